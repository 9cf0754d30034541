"""A real gunicorn serving quizapp on loopback, on a database prepared with a 20-item seed quiz."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import MetaData

if TYPE_CHECKING:  # the app is imported late, once the database URL is known
    from quizapp.models import Article, Item

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "putin-kim-aurus.txt"
QUIZ_ITEMS = 20
UPLOADERS = 6


def topped_up(article: Article, count: int) -> list[Item]:
    """The article's first `count` items; while the generator gives fewer, true statements the teacher
    writes from the article's own sentences make up the rest, so every run times a quiz of the same size."""
    import re

    from quizapp.editing import Draft, new_item

    items = list(article.items[:count])
    sentences = (s for block in article.blocks for s in re.split(r"(?<=[.!?])\s+", block["text"]) if len(s) > 40)
    while len(items) < count:
        sentence = next(sentences)
        items.append(new_item(article, Draft("true_false", sentence, True, evidence=sentence)))
    return items


def prepare_database(url: str) -> tuple[str, str]:
    """Empty the database, migrate it, load the seed article and a 20-item quiz published to a class;
    return the quiz's path and the class code."""
    from quizapp import create_app
    from quizapp.extensions import db
    from quizapp.generation import generated
    from quizapp.nlp.article import read_path
    from quizapp.store import add_article, create_quiz, init_db
    from quizapp.teachers import create_classroom, create_teacher

    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "ENV_NAME": "development"})
    with app.app_context():
        meta = MetaData()
        meta.reflect(bind=db.engine)
        meta.drop_all(bind=db.engine)
        init_db()
        teacher = create_teacher("load@school.example", "Load", "load-test-password")
        for n in range(UPLOADERS):  # teachers who upload articles while the class takes the quiz
            create_teacher(f"uploader{n}@school.example", f"Uploader {n}", "load-test-password")
        classroom = create_classroom(teacher.id, "Load class")
        parsed = read_path(SEED)
        article, _ = add_article(parsed, next(generated([parsed])), teacher_id=teacher.id, with_quiz=False)
        quiz = create_quiz(article, topped_up(article, QUIZ_ITEMS), title="Load quiz", teacher_id=teacher.id,
                           classroom_id=classroom.id, published=True)  # fmt: skip
        db.session.commit()
        path, code = f"/quiz/{quiz.public_id}", classroom.join_code
        db.session.remove()
        db.engine.dispose()
    return path, code


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SECRET_KEY = "load-test-secret-" * 4  # production refuses a key under 32 characters


def queue_settings(job_queue: str) -> dict[str, str]:
    """The environment for a job queue given as a redis:// URL or an SQLite file."""
    if job_queue.startswith("redis://"):
        return {"QUIZAPP_REDIS_URL": job_queue}
    return {"QUIZAPP_JOB_QUEUE_FILE": job_queue}


@contextmanager
def gunicorn(
    url: str, *, workers: int = 4, job_queue: str | None = None, env: dict[str, str] | None = None
) -> Iterator[tuple[str, subprocess.Popen]]:
    """gunicorn with the project's configuration, and with a job queue its `quizapp worker`; yields the base
    URL and the master process. The rate limits are counted in a file of their own (not instance/'s), so
    one run's counts never reach the next."""
    with tempfile.TemporaryDirectory(prefix="quizapp-limits-") as limits:
        extra = {
            "QUIZAPP_RATELIMIT_STORAGE_URI": f"quizapp-sqlite://{Path(limits) / 'limits.sqlite'}",
            **(queue_settings(job_queue) if job_queue else {}),
            **(env or {}),
        }
        with _gunicorn(url, workers, extra, with_worker=job_queue is not None) as running:
            yield running


@contextmanager
def _gunicorn(
    url: str, workers: int, extra: dict[str, str], *, with_worker: bool
) -> Iterator[tuple[str, subprocess.Popen]]:
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "QUIZAPP_SECRET_KEY": SECRET_KEY,
        "QUIZAPP_BIND": f"127.0.0.1:{port}",
        "QUIZAPP_WORKERS": str(workers),
        "QUIZAPP_ACCESS_LOG": "/dev/null",
        **extra,
    }
    master = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "-c", str(ROOT / "gunicorn.conf.py")],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    consumer = None
    if with_worker:
        consumer = subprocess.Popen([str(Path(sys.executable).parent / "quizapp"), "worker"], env=env, cwd=ROOT,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(port, master)
        yield base, master
    finally:
        stopped = [master] + ([consumer] if consumer else [])
        for process in stopped:  # SIGTERM stops the worker at once: a job still running is cut short
            process.send_signal(signal.SIGTERM)
        for process in stopped:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if master.stderr:
            master.stderr.close()


def wait_until_up(port: int, master: subprocess.Popen) -> None:
    """Until a worker answers /healthz: the master binds the port before its workers have loaded the app."""
    for _ in range(300):
        if master.poll() is not None:
            raise RuntimeError(f"gunicorn exited: {master.stderr.read().decode()[-2000:]}")
        if _answers(port):
            return
        time.sleep(0.1)
    raise RuntimeError("gunicorn did not start in 30 s")


def _answers(port: int) -> bool:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", "/healthz")
        return conn.getresponse().status == 200
    except (OSError, http.client.HTTPException):
        return False
    finally:
        conn.close()


def worker_pids(master: subprocess.Popen) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(master.pid)], capture_output=True, text=True).stdout
    return [int(pid) for pid in out.split()]


def stored_attempts(url: str) -> dict[str, tuple[bool, int]]:
    """public id -> (submitted, number of responses), straight from the database."""
    from sqlalchemy import create_engine, text

    from quizapp import database_url

    engine = create_engine(database_url(url))
    query = text(
        "select a.public_id, a.submitted_at is not null, count(r.id) from attempt a "
        "left join response r on r.attempt_id = a.id group by a.public_id, a.submitted_at"
    )
    with engine.connect() as conn:
        rows = {public_id: (bool(submitted), count) for public_id, submitted, count in conn.execute(query)}
    engine.dispose()
    return rows


def rss_mb(pid: int) -> float:
    """A process's resident memory now, from /proc (0 once it has gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class PeakRss(threading.Thread):
    """The largest resident memory any web worker of the master reaches while it runs, sampled from /proc."""

    def __init__(self, master: subprocess.Popen, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.master, self.every = master, every
        self.peak_mb, self.samples = 0.0, 0
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.wait(self.every):
            for pid in worker_pids(self.master):
                self.peak_mb = max(self.peak_mb, rss_mb(pid))
            self.samples += 1

    def stop(self) -> float:
        self.stopping.set()
        self.join()
        return self.peak_mb
