"""Generation as background jobs: an upload becomes a job whose page shows how it goes and then the items;
hostile or odd articles end with a message, never a server error, on SQLite and PostgreSQL; a teacher
and the school have a cap on jobs waiting or running; a real worker drains the embedded SQLite queue
and, when QUIZAPP_TEST_REDIS_URL is set, a Redis queue; the web process never imports spaCy."""

from __future__ import annotations

import html
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from quizapp.extensions import db
from quizapp.models import Article, GenerationJob, Quiz, Response, Student
from quizapp.nlp.article import MAX_BLOCK_CHARS

from .conftest import start
from .teaching import PASSWORD, added_article, build_world, item_of_kind, sign_in

REDIS_URL = os.environ.get("QUIZAPP_TEST_REDIS_URL")
QUIZAPP = Path(sys.executable).parent / "quizapp"
BRIDGE = "Mayor Tom Reed said the bridge would reopen on Monday. Engineers Ann Lowe and Alan Brooks repaired it."
NESTED_LISTS = {  # 150,000 nested list items, as the attack on the production set-up sent them
    "items in one list": "<html><body><ul>" + "<li>" * 150_000 + "deep" + "</li>" * 150_000 + "</ul></body></html>",
    "lists in items": "<html><body>" + "<ul><li>" * 150_000 + "deep</body></html>",
}
SQLITE_ONLY = pytest.mark.parametrize("app", ["sqlite"], indirect=True)


@pytest.fixture()
def world(app, seed_parsed, seed_items):
    return build_world(app, seed_parsed, seed_items)


def upload(client, name: str, data: bytes):
    """Post a file; the body is built in memory (the test client spools a large one to a file it never closes)."""
    boundary, body = encode_multipart({"file": FileStorage(io.BytesIO(data), name)})
    return client.post("/teach/articles/new", data=body, content_type=f"multipart/form-data; boundary={boundary}")


def job_of(app, response) -> GenerationJob:
    assert response.status_code == 303, response.get_data(as_text=True)[:500]
    public_id = response.headers["Location"].rsplit("/", 1)[1]
    with app.app_context():
        return db.session.scalar(select(GenerationJob).where(GenerationJob.public_id == public_id))


def articles(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Article))


def long_article(words: int) -> str:
    """An article of varied sentences, each naming other people, places and numbers."""
    people = ["Tom Reed", "Ann Lowe", "Alan Brooks", "Maria Diaz", "Sam Patel", "Li Wei", "Omar Haddad"]
    places = ["Leeds", "Lisbon", "Accra", "Osaka", "Lima", "Perth", "Oslo"]
    sentences, count = ["Council budget row\n"], 0
    for n in range(words // 14):
        sentences.append(f"{people[n % 7]} said {n + 3} schools in {places[n * 3 % 7]} would reopen on day {n}.")
        sentences.append("\n\n" if n % 5 == 4 else " ")
        count += 14
    return "".join(sentences)


@pytest.mark.parametrize("name", list(NESTED_LISTS))
def test_a_page_of_150000_nested_list_items_ends_with_a_message(app, client, world, name):
    sign_in(client)
    before = articles(app)
    job = job_of(app, upload(client, "nested.html", NESTED_LISTS[name].encode()))
    page = client.get(f"/teach/jobs/{job.public_id}")
    text = html.unescape(page.get_data(as_text=True))
    assert page.status_code == 200 and 'role="alert"' in text
    assert "paste it in the box below" in text and ("more than 512 deep" in text or "more than 100,000 tags" in text)
    assert job.state == "failed" and job.payload is None and articles(app) == before


@SQLITE_ONLY
def test_a_job_past_its_time_limit_is_killed_and_the_teacher_told(app, client, world):
    app.config["JOB_TIME_LIMIT"] = 0.5  # far less than parsing 40,000 words takes on any machine
    sign_in(client)
    before = articles(app)
    job = job_of(app, upload(client, "council.txt", long_article(40_000).encode()))
    text = html.unescape(client.get(f"/teach/jobs/{job.public_id}").get_data(as_text=True))
    assert "Reading council.txt was stopped after 0.5 s, the longest one article may take" in text
    assert job.state == "failed" and articles(app) == before


def test_a_repeated_paragraph_gives_each_item_once(app, client, world):
    sign_in(client)
    other = "The council said 40 schools in Leeds would reopen in March."
    article_id = added_article(client, {"text": "\n\n".join(["Bridge reopens", BRIDGE, other, BRIDGE, other])})
    with app.app_context():
        article = db.session.get(Article, article_id)
        texts = [block["text"] for block in article.blocks]
        uids = [item.uid for item in article.items]
    assert texts == [BRIDGE, other]
    assert uids and len(uids) == len(set(uids))


def test_a_paragraph_of_a_million_and_a_half_characters_is_read_in_pieces(app, client, world):
    sign_in(client)
    paragraph = " ".join(f"Mayor Tom Reed said bridge {n % 30} would reopen on Monday." for n in range(28_000))
    assert len(paragraph) > 1_500_000
    job = job_of(app, upload(client, "long.txt", f"Bridges reopen\n\n{paragraph}\n".encode()))
    assert client.get(f"/teach/jobs/{job.public_id}").status_code == 303  # done: on to the article
    with app.app_context():
        article = db.session.get(Article, db.session.get(GenerationJob, job.id).article_id)
        assert article.title == "Bridges reopen"
        assert all(len(block["text"]) <= MAX_BLOCK_CHARS for block in article.blocks)


def test_nul_and_control_characters_are_dropped_everywhere(app, client, world):
    sign_in(client)
    from_file = job_of(app, upload(client, "bri\x00dge.txt", f"Bridge\x00 reopens\n\n{BRIDGE}\x00\x07\n".encode()))
    assert client.get(f"/teach/jobs/{from_file.public_id}").status_code == 303
    added_article(client, {"text": f"Harbour\x00 news\n\n{BRIDGE}\x00"})
    with app.app_context():
        stored = db.session.scalars(select(Article)).all()
        assert {"Bridge reopens", "Harbour news"} <= {a.title for a in stored}
        assert not any("\x00" in a.slug + a.title + json.dumps(a.blocks) for a in stored)
        home_quiz = db.session.scalar(select(Quiz).where(Quiz.teacher_id.is_(None)))  # on the home page
        item_of_kind(db.session.get(Article, home_quiz.article_id), "fill_in", home_quiz)  # a text box to type in
        seed_quiz = home_quiz.public_id
    student = app.test_client()
    attempt = start(student, seed_quiz, "A\x00da")
    boxes = re.findall(r'<input id="(q\d+)"', student.get(attempt).get_data(as_text=True))  # typed answers
    assert boxes, "the seed quiz has a fill-in question"
    assert student.post(attempt, data={box: "Pyong\x00yang" for box in boxes}).status_code == 303
    with app.app_context():
        assert "Ada" in db.session.scalars(select(Student.name)).all()
        given = db.session.scalars(select(Response.given)).all()
        assert "Pyongyang" in given and not any("\x00" in g for g in given)


def test_an_over_long_file_name_and_title_are_cut_to_fit(app, client, world):
    sign_in(client)
    title = "Budget " * 200
    job = job_of(app, upload(client, "n" * 250 + ".txt", f"{title}\n\n{BRIDGE}\n".encode()))
    assert client.get(f"/teach/jobs/{job.public_id}").status_code == 303
    with app.app_context():
        article = db.session.get(Article, db.session.get(GenerationJob, job.id).article_id)
        assert len(article.slug) <= 100 and len(article.title) <= 300 and article.title.endswith("\u2026")


# a real worker on a real queue
@contextmanager
def job_worker(app, tmp_path: Path, **settings: str) -> Iterator[subprocess.Popen]:
    """`quizapp worker` on the app's database and queue, as `make run` starts it."""
    env = dict(os.environ, DATABASE_URL=app.config["SQLALCHEMY_DATABASE_URI"], QUIZAPP_ENV_NAME="development",
               QUIZAPP_SECRET_KEY="worker-test-secret-key-of-some-length", **settings)  # fmt: skip
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen([str(QUIZAPP), "worker", "--workers", "1"], env=env, stdout=log, stderr=log)
    try:
        yield worker
    finally:
        worker.send_signal(signal.SIGINT)  # huey's graceful stop
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
        log.close()


def wait_until_ended(app, public_id: str, tries: int = 900) -> GenerationJob:
    for _ in range(tries):  # bounded: at most 900 looks, 0.1 s apart
        with app.app_context():
            job = db.session.scalar(select(GenerationJob).where(GenerationJob.public_id == public_id))
            if job.state in ("done", "failed"):
                return job
        time.sleep(0.1)
    raise AssertionError(f"job {public_id} still {job.state}")


QUEUES = ["sqlite", pytest.param("redis", marks=pytest.mark.skipif(
    not REDIS_URL, reason="set QUIZAPP_TEST_REDIS_URL to run the jobs through Redis too"))]  # fmt: skip


@SQLITE_ONLY
@pytest.mark.parametrize("broker", QUEUES)
def test_jobs_wait_for_the_worker_within_their_caps(app, world, tmp_path, broker):
    from quizapp.jobs import queue

    settings = {"QUIZAPP_REDIS_URL": REDIS_URL} if broker == "redis" else {}
    settings |= {"QUIZAPP_JOB_QUEUE_FILE": str(tmp_path / "jobs.sqlite")}
    app.config.update(JOBS_IMMEDIATE=False, JOB_QUEUE_FILE=settings["QUIZAPP_JOB_QUEUE_FILE"], JOBS_PER_TEACHER=2,
                      JOBS_IN_TOTAL=3, REDIS_URL=settings.get("QUIZAPP_REDIS_URL"))  # fmt: skip
    app.extensions["quizapp.jobs"] = None
    queue(app).huey.flush()
    ann, bob = app.test_client(), app.test_client()
    sign_in(ann)
    sign_in(bob, "bob@school.example")
    waiting = [job_of(app, ann.post("/teach/articles/new", data={"text": f"Bridge {n}\n\n{BRIDGE}"})) for n in (1, 2)]
    page = ann.get(f"/teach/jobs/{waiting[1].public_id}").get_data(as_text=True)
    assert '<meta http-equiv="refresh"' in page and "1 article ahead of it" in page
    third = ann.post("/teach/articles/new", data={"text": f"Bridge 3\n\n{BRIDGE}"})
    assert third.status_code == 429 and "You already have 2 articles being read" in third.get_data(as_text=True)
    waiting.append(job_of(app, bob.post("/teach/articles/new", data={"text": f"Tunnel\n\n{BRIDGE}"})))
    busy = bob.post("/teach/articles/new", data={"text": f"Tunnel 2\n\n{BRIDGE}"})
    assert busy.status_code == 429 and "quizapp is already reading 3 articles" in busy.get_data(as_text=True)
    with job_worker(app, tmp_path, **settings):
        ended = [wait_until_ended(app, job.public_id) for job in waiting]
    assert [job.state for job in ended] == ["done"] * 3, [job.message for job in ended]
    done = ann.get(f"/teach/jobs/{waiting[0].public_id}")
    assert done.status_code == 303 and done.headers["Location"].endswith(f"/teach/articles/{ended[0].article_id}")
    assert job_of(app, ann.post("/teach/articles/new", data={"text": f"Bridge 3\n\n{BRIDGE}"})).state == "queued"


WEB_ONLY = """
import io, json, sys
from quizapp import create_app
from quizapp.extensions import db
from quizapp.store import init_db
from quizapp.teachers import create_teacher

app = create_app({"SQLALCHEMY_DATABASE_URI": sys.argv[1], "JOB_QUEUE_FILE": sys.argv[2], "TESTING": True,
                  "WTF_CSRF_ENABLED": False, "SECRET_KEY": "test"})
with app.app_context():
    init_db()
    create_teacher("ann@school.example", "Ann", sys.argv[3])
client = app.test_client()
client.post("/teach/login", data={"email": "ann@school.example", "password": sys.argv[3]})
posted = client.post("/teach/articles/new", data={"file": (io.BytesIO(open(sys.argv[4], "rb").read()), "seed.txt")},
                     content_type="multipart/form-data")
page = client.get(posted.headers["Location"])
waiting = "Waiting" in page.get_data(as_text=True)
print(json.dumps({"posted": posted.status_code, "page": page.status_code, "waiting": waiting,
                  "spacy": sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "thinc"))}))
"""


def test_the_web_process_never_imports_spacy(tmp_path):
    from .conftest import SEED

    result = subprocess.run([sys.executable, "-c", WEB_ONLY, f"sqlite:///{tmp_path / 'web.sqlite'}",
                             str(tmp_path / "jobs.sqlite"), PASSWORD, str(SEED)],
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    outcome = json.loads(result.stdout.splitlines()[-1])
    assert outcome == {"posted": 303, "page": 200, "waiting": True, "spacy": []}
