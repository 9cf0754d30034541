"""Generation as background jobs: the one door through which the views have an article read and its items made.

A job is a row (models.GenerationJob: who asked, what to read, how it ended) and a message on a huey
queue: an SQLite file in instance/ by default, needing no server, or Redis when QUIZAPP_REDIS_URL is
set. `quizapp worker` consumes the queue; it runs each job in a child process forked for it, which is
killed at the job's time limit and cannot take more memory than its limit (quizapp/limited.py). A
teacher has at most JOBS_PER_TEACHER jobs waiting or running, the school at most JOBS_IN_TOTAL; past
that an upload is refused with a message. The web process never imports spaCy: it only adds rows and
messages, and reads how jobs went.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from typing import Any

from flask import Flask, current_app
from huey import Huey, MemoryHuey, RedisHuey, SqliteHuey
from sqlalchemy import func, or_, select, update

from .extensions import db
from .limited import Limits, Outcome, run_limited
from .models import Article, GenerationJob, utcnow
from .nlp.article import ArticleError
from .store import add_article, new_public_id, replace_items

NAME_LENGTH = 200  # GenerationJob.source_name
LOST_AFTER_QUEUED = timedelta(hours=1)  # a job waiting longer than this was lost with its queue
RUNNING_GRACE = timedelta(seconds=60)  # past its time limit, a running job's worker has died
IDLE_POLL = 0.5  # seconds between looks at an idle SQLite queue (huey backs off to 10 s by default)
DEFAULTS = {
    "REDIS_URL": None,  # redis://127.0.0.1:6379/0: the queue in Redis; else an SQLite file in instance/
    "JOB_QUEUE_FILE": None,  # the SQLite queue's file (default instance/jobs.sqlite)
    "JOBS_IMMEDIATE": False,  # run each job as it is submitted, in a child of the submitting process (tests)
    "JOB_TIME_LIMIT": 300,  # seconds one job may take before its child is killed
    "JOB_MEMORY_MB": 2048,  # memory one job may take on top of the worker's own (its address space)
    "JOBS_PER_TEACHER": 2,  # jobs waiting or running for one teacher
    "JOBS_IN_TOTAL": 8,  # jobs waiting or running for everyone
    "JOB_WORKERS": max(1, (os.cpu_count() or 2) // 2),  # jobs running at once (`quizapp worker` processes)
}
log = logging.getLogger(__name__)
QUEUE_LOCK = threading.Lock()


class JobRefused(Exception):
    """Too many jobs already; the message says how many and what to do."""


@dataclass(frozen=True)
class Upload:
    """What a job reads: a "file" (by its name), "paste"d text, or an article's "stored" text to regenerate."""

    kind: str
    name: str
    data: bytes
    article_id: int | None = None


@dataclass(frozen=True)
class Queue:
    huey: Huey
    task: Any  # huey's TaskWrapper: calling it enqueues a job's id


def init_app(app: Flask) -> None:
    for key, value in DEFAULTS.items():
        app.config.setdefault(key, value)
    app.extensions["quizapp.jobs"] = None  # made on first use: an app that never queues opens no queue


def queue(app: Flask | None = None) -> Queue:
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    with QUEUE_LOCK:
        if app.extensions["quizapp.jobs"] is None:
            app.extensions["quizapp.jobs"] = make_queue(app)
        return app.extensions["quizapp.jobs"]


def make_queue(app: Flask) -> Queue:
    """The app's huey queue, with the one task it runs."""
    config = app.config
    huey: Huey
    if config["JOBS_IMMEDIATE"]:
        huey = MemoryHuey("quizapp", immediate=True, results=False)
    elif config["REDIS_URL"]:
        huey = RedisHuey("quizapp", url=config["REDIS_URL"], results=False)
    else:
        path = config["JOB_QUEUE_FILE"] or os.path.join(app.instance_path, "jobs.sqlite")
        huey = SqliteHuey("quizapp", filename=path, results=False, strict_fifo=True, timeout=30)

    @huey.task(name="quizapp.generate")
    def generate_job(job_id: int) -> None:
        run_job(app, job_id)

    return Queue(huey, generate_job)


# submitting, from a view
def submit(teacher_id: int, upload: Upload) -> GenerationJob:
    """Add the job and queue it; JobRefused when the teacher or the school has too many already.

    The job is stored before the jobs are counted, and counts itself: of uploads arriving together,
    none is let in past a cap (two racing for the last place may both be refused, never both admitted)."""
    job = GenerationJob(public_id=new_public_id(), teacher_id=teacher_id, kind=upload.kind,
                        source_name=upload.name[:NAME_LENGTH], payload=upload.data, article_id=upload.article_id,
                        state="queued")  # fmt: skip
    db.session.add(job)
    db.session.commit()
    try:
        check_capacity(teacher_id)
    except JobRefused:
        db.session.delete(job)
        db.session.commit()
        raise
    try:
        queue().task(job.id)
    except Exception:  # the queue cannot be reached (Redis down): the job ends at once, saying so
        log.exception("could not queue generation job %s", job.id)
        fail(job, "The job queue cannot be reached, so nothing was read. Try again in a few minutes.")
    return job


def check_capacity(teacher_id: int) -> None:
    """Refuse when the jobs waiting or running, the newest one included, pass a cap."""
    per_teacher, in_total = current_app.config["JOBS_PER_TEACHER"], current_app.config["JOBS_IN_TOTAL"]
    if active_count(teacher_id) > per_teacher:
        raise JobRefused(
            f"You already have {per_teacher} articles being read, as many as quizapp reads at once for one "
            "teacher. Wait until one is done (its page says when), then add this one again."
        )
    if active_count() > in_total:
        raise JobRefused(
            f"quizapp is already reading {in_total} articles for teachers, as many as it takes at once. "
            "Try again in a few minutes."
        )


def active_count(teacher_id: int | None = None) -> int:
    """Jobs waiting or running (not those lost with a worker or a queue)."""
    query = select(func.count()).select_from(GenerationJob).where(live_clause())
    if teacher_id is not None:
        query = query.where(GenerationJob.teacher_id == teacher_id)
    return db.session.scalar(query) or 0


def live_clause():  # noqa: ANN201 - an SQLAlchemy expression
    now = utcnow()
    return or_(
        (GenerationJob.state == "queued") & (GenerationJob.created_at > now - LOST_AFTER_QUEUED),
        (GenerationJob.state == "running") & (GenerationJob.started_at > now - running_limit()),
    )


def running_limit() -> timedelta:
    return timedelta(seconds=current_app.config["JOB_TIME_LIMIT"]) + RUNNING_GRACE


# reading how a job is going, for its page
@dataclass(frozen=True)
class Progress:
    state: str  # queued, running, done, failed, lost
    message: str | None
    ahead: int = 0  # jobs queued before this one
    seconds: int = 0  # since it started running
    limit: int = 0


def progress(job: GenerationJob) -> Progress:
    limit = int(current_app.config["JOB_TIME_LIMIT"])
    if job.state in ("done", "failed"):
        return Progress(job.state, job.message, limit=limit)
    if is_lost(job):
        return Progress("lost", "This job was lost (the job worker stopped before it finished). "
                                "Add the article again.", limit=limit)  # fmt: skip
    if job.state == "running":
        return Progress("running", None, seconds=int((utcnow() - job.started_at).total_seconds()), limit=limit)
    ahead = db.session.scalar(select(func.count()).select_from(GenerationJob).where(
        live_clause(), GenerationJob.state == "queued", GenerationJob.id < job.id))  # fmt: skip
    return Progress("queued", None, ahead=ahead or 0, limit=limit)


def is_lost(job: GenerationJob) -> bool:
    now = utcnow()
    if job.state == "queued":
        return job.created_at <= now - LOST_AFTER_QUEUED
    return job.state == "running" and job.started_at is not None and job.started_at <= now - running_limit()


# running, in the worker
def run_job(app: Flask, job_id: int) -> None:
    """Claim a queued job, run its work in a limited child process, and store what came of it."""
    with app.app_context():
        job = claim(job_id)
        if job is None:
            return
        upload = Upload(job.kind, job.source_name, job.payload or b"", job.article_id)
        limits = Limits(float(app.config["JOB_TIME_LIMIT"]), int(app.config["JOB_MEMORY_MB"]))
        try:
            conclude(job, upload, run_limited(partial(work, upload, app.config.get("SPACY_MODEL")), limits))
        except Exception:  # whatever went wrong, the job ends and the teacher is told
            db.session.rollback()
            log.exception("generation job %s failed", job_id)
            fail(job, f"The items of {upload.name} could not be stored. Try again; if it happens again, "
                      "tell whoever runs quizapp.")  # fmt: skip


def claim(job_id: int) -> GenerationJob | None:
    """The job, now running; None if it is not waiting (another worker took it, or it was lost)."""
    claimed = db.session.execute(
        update(GenerationJob).where(GenerationJob.id == job_id, GenerationJob.state == "queued")
        .values(state="running", started_at=utcnow())
    ).rowcount  # fmt: skip
    db.session.commit()
    return db.session.get(GenerationJob, job_id) if claimed else None


def work(upload: Upload, model: str | None) -> tuple[Any, dict[str, Any]]:
    """In the child: read the article and generate its items (spaCy is imported here, never in the web)."""
    from .generation import read_and_generate

    return read_and_generate(upload.kind, upload.name, upload.data, model)


def conclude(job: GenerationJob, upload: Upload, outcome: Outcome) -> None:
    if not outcome.ok:
        fail(job, failure_message(upload.name, outcome))
        return
    parsed, items = outcome.result
    if upload.kind == "stored":
        article = db.session.get(Article, upload.article_id)
        if article is None:
            fail(job, "The article was deleted before its items were regenerated.")
            return
        added, disabled = replace_items(article, items)
        finish(job, article.id, f"Regenerated: {added} new items, {disabled} items no longer generated were disabled.")
        return
    article, new = add_article(parsed, items, teacher_id=job.teacher_id, with_quiz=False)
    finish(job, article.id, f"{len(article.items)} items generated." if new else "You had added this article already.")


def failure_message(name: str, outcome: Outcome) -> str:
    if outcome.stopped == "time":
        return (f"Reading {name} was stopped after {outcome.detail}, the longest one article may take. "
                "Paste the article's own text instead, or add it in shorter parts.")  # fmt: skip
    if outcome.stopped == "memory":
        return (f"Reading {name} was stopped: it needed more than {outcome.detail} of memory, the most one "
                "article may take. Paste the article's own text instead, or add it in shorter parts.")  # fmt: skip
    if outcome.stopped == "crash":
        return (f"Reading {name} stopped unexpectedly ({outcome.detail}); an article this large may need more "
                "memory than a job may take. Add it in shorter parts.")  # fmt: skip
    if isinstance(outcome.raised, ArticleError):
        return str(outcome.raised)
    log.error("generation job for %s raised %r", name, outcome.raised)
    return f"{name} could not be read ({type(outcome.raised).__name__}: {outcome.raised})."


def finish(job: GenerationJob, article_id: int, message: str) -> None:
    end(job, "done", message, article_id)


def fail(job: GenerationJob, message: str) -> None:
    end(job, "failed", message, job.article_id)


def end(job: GenerationJob, state: str, message: str, article_id: int | None) -> None:
    job.state, job.message, job.article_id = state, message, article_id
    job.payload, job.finished_at = None, utcnow()
    db.session.commit()


# the worker
def prepared_consumer(app: Flask, workers: int | None = None) -> Any:
    """The queue's consumer, the model loaded and warmed first: each job's child is forked from a worker
    process that has it, so a job starts at once and the web process never loads it."""
    from .nlp.model import load_model, model_name

    nlp = load_model(model_name(app.config.get("SPACY_MODEL")))
    nlp("Warm the model up once, so that each job's child starts ready.")
    with app.app_context():
        db.engine.dispose()  # the worker processes are forked: none may share this one's connections
    return queue(app).huey.create_consumer(workers=workers or app.config["JOB_WORKERS"], worker_type="process",
                                           periodic=False, max_delay=IDLE_POLL)  # fmt: skip
