"""Ready for a school: a killed worker loses no confirmed attempt, hostile input stays text, settings are safe."""

from __future__ import annotations

import html
import os
import re
import sqlite3
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from benchmarks.load_test import WEB_WORKER_LIMIT_MB, report, run_load
from benchmarks.server import QUIZ_ITEMS, gunicorn, prepare_database, stored_attempts, worker_pids
from benchmarks.students import ping, run_class
from quizapp import create_app
from quizapp.export.anki import write_apkg
from quizapp.extensions import db
from quizapp.models import Quiz, Response
from quizapp.nlp.article import from_text
from quizapp.store import add_article

from .conftest import DATABASES, database_for, start

HOSTILE = "<script>alert('owned')</script><img src=x onerror=alert(2)>"


@pytest.mark.slow
def test_killing_a_worker_loses_no_confirmed_attempt(tmp_path):
    url = f"sqlite:///{tmp_path / 'fault.sqlite'}"
    quiz_path, class_code = prepare_database(url)
    with gunicorn(url, workers=3) as (base, master):
        ping(base, 10)
        victim = worker_pids(master)[0]
        with ThreadPoolExecutor(max_workers=1) as pool:
            running = pool.submit(run_class, base, quiz_path, class_code, 40)
            while not stored_attempts(url) and not running.done():  # until the class is under way
                time.sleep(0.05)
            os.kill(victim, 9)
            outcomes = running.result()
        assert ping(base, 3), "the app serves again after the worker was killed"
        assert victim not in worker_pids(master)
    confirmed = {o.confirmed for o in outcomes if o.confirmed}
    stored = stored_attempts(url)
    assert len(confirmed) == 40
    assert all(stored[a] == (True, QUIZ_ITEMS) for a in confirmed)


@pytest.mark.slow
@pytest.mark.parametrize("database", DATABASES)
def test_200_students_lose_nothing_while_teachers_upload_20_articles_and_a_nested_page(tmp_path, database):
    redis = os.environ.get("QUIZAPP_TEST_REDIS_URL") if database == "postgresql" else None  # each broker once
    result = run_load(database_for(database, tmp_path), 200, uploads=20, job_queue=redis)
    report(database, result, kill_worker=False)  # shown with -s, and in the log of a failure
    assert result.errors == []
    assert len(result.confirmed) == 200 and result.lost == [] and result.alive_after
    statuses = [upload.status for upload in result.uploads[1:]]
    assert len(statuses) == 20 and "error" not in statuses and 1 <= statuses.count("queued") <= 8  # the cap in all
    assert all(u.message for u in result.uploads[1:] if u.status == "refused")  # each refusal says why
    state, message = result.nested
    assert state == "failed" and "paste it in the box below" in message
    assert 0 < result.peak_rss_mb < WEB_WORKER_LIMIT_MB


def hostile_article(app) -> str:
    """An article and items full of markup, stored as a teacher's upload would be; returns the quiz id."""
    parsed = from_text("hostile", f"Budget {HOSTILE}\n\nThe mayor said {HOSTILE} was fine.")
    item = {
        "id": "h1", "type": "fill_in", "prompt": f"The mayor said _____ {HOSTILE}.", "choices": [],
        "answer": "fine", "accepted": [HOSTILE], "evidence": f"The mayor said {HOSTILE} was fine.",
        "explanation": f"Because {HOSTILE}.",
    }  # fmt: skip
    with app.app_context():
        add_article(parsed, {"items": [item]})
        return db.session.scalar(select(Quiz).where(Quiz.title.contains("Budget"))).public_id


def test_markup_in_an_article_is_shown_as_text_everywhere(app, client, tmp_path):
    public_id = hostile_article(app)
    attempt = start(client, public_id, HOSTILE)
    pages = [client.get(f"/quiz/{public_id}").get_data(as_text=True), client.get(attempt).get_data(as_text=True)]
    client.post(attempt, data={"q1": HOSTILE})
    pages.append(client.get(attempt + "/results").get_data(as_text=True))
    for page in pages:
        assert "<script>alert" not in page and "<img src=x" not in page
    assert html.escape(HOSTILE, quote=False)[:20] in pages[-1]
    with app.app_context():
        deck = tmp_path / "h.apkg"
        quiz = db.session.scalar(select(Quiz).where(Quiz.public_id == public_id))
        write_apkg([{"id": "h", "title": quiz.title, "items": [i.item.as_item() for i in quiz.entries]}], deck)
    with zipfile.ZipFile(deck) as package:
        package.extract("collection.anki2", tmp_path)
    fields = " ".join(r[0] for r in sqlite3.connect(tmp_path / "collection.anki2").execute("select flds from notes"))
    assert "<script>" not in fields and "&lt;script&gt;" in fields


def test_very_long_answers_are_cut_not_a_500(app, client):
    with app.app_context():
        public_id = db.session.scalar(select(Quiz)).public_id
    attempt = start(client, public_id)
    response = client.post(attempt, data={f"q{n}": "x" * 20_000 for n in range(1, 30)})
    assert response.status_code == 303
    with app.app_context():
        assert max(len(r.given) for r in db.session.scalars(select(Response))) <= 200


def test_every_form_needs_its_csrf_token(tmp_path):
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'c.sqlite'}"})
    client = app.test_client()
    posts = [r for r in app.url_map.iter_rules() if "POST" in r.methods]
    assert len(posts) >= 12
    for rule in posts:
        path = re.sub(r"<(?:int:)?(\w+)>", lambda m: "1" if "int:" in m.group(0) else "x", rule.rule)
        response = client.post(path, data={"name": "Ada"})
        assert response.status_code == 400, rule.rule
        assert "CSRF" in response.get_data(as_text=True)


def test_production_needs_a_secret_key_and_secure_cookies(tmp_path):
    url = f"sqlite:///{tmp_path / 'p.sqlite'}"
    with pytest.raises(RuntimeError, match="QUIZAPP_SECRET_KEY"):
        create_app({"ENV_NAME": "production", "SQLALCHEMY_DATABASE_URI": url})
    app = create_app({"ENV_NAME": "production", "SECRET_KEY": "s" * 32, "SQLALCHEMY_DATABASE_URI": url})
    assert app.config["SESSION_COOKIE_SECURE"] and app.config["SESSION_COOKIE_HTTPONLY"]
    assert app.config["SESSION_COOKIE_SAMESITE"] == "Lax"


def test_postgres_urls_use_psycopg_3():
    from quizapp import database_url

    assert database_url("postgres://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert database_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert database_url("sqlite:///x.sqlite") == "sqlite:///x.sqlite"


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout_and_full_sync(app):
    with app.app_context():
        if db.engine.dialect.name != "sqlite":
            pytest.skip("a SQLite setting")
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL: a confirmed submission is on disk
