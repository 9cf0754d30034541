from __future__ import annotations

import json
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from spacy.language import Language
from werkzeug.serving import make_server

from quizapp import create_app
from quizapp.nlp.article import from_text
from quizapp.nlp.items import ArticleItems
from quizapp.nlp.model import load_model, model_name
from quizapp.nlp.pipeline import generate

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "putin-kim-aurus.txt"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "bbc-news.jsonl"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model(model_name())


@pytest.fixture(scope="session")
def analyse(nlp: Language) -> Callable[[str], ArticleItems]:
    """Items for a text written for a test: its first line is the title."""

    def run(text: str) -> ArticleItems:
        return next(generate([from_text("test", text)], nlp))

    return run


@pytest.fixture(scope="session")
def seed_items(nlp: Language) -> ArticleItems:
    return next(generate([from_text("putin-kim-aurus", SEED.read_text(encoding="utf-8"))], nlp))


@pytest.fixture(scope="session")
def seed_parsed():
    from quizapp.nlp.article import read_path

    return read_path(SEED)


POSTGRES_URL = os.environ.get("QUIZAPP_TEST_DATABASE_URL")
DATABASES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not POSTGRES_URL, reason="set QUIZAPP_TEST_DATABASE_URL to run the database tests on PostgreSQL too"))]  # fmt: skip


def database_for(kind: str, tmp_path: Path) -> str:
    return POSTGRES_URL if kind == "postgresql" else f"sqlite:///{tmp_path / 'test.sqlite'}"


def empty_database(app) -> None:
    """Drop every table (a PostgreSQL database outlives the test), then migrate to the newest schema."""
    from sqlalchemy import MetaData

    from quizapp.extensions import db
    from quizapp.store import init_db

    with app.app_context():
        meta = MetaData()
        meta.reflect(bind=db.engine)
        meta.drop_all(bind=db.engine)
        init_db()


@pytest.fixture(params=DATABASES)
def app(request, tmp_path, seed_parsed, seed_items):
    """An app on a fresh database (SQLite, and PostgreSQL when configured) holding the seed article's quiz."""
    from quizapp.extensions import db
    from quizapp.store import add_article

    config = {"TESTING": True, "SQLALCHEMY_DATABASE_URI": database_for(request.param, tmp_path),
              "WTF_CSRF_ENABLED": False, "SECRET_KEY": "test", "JOBS_IMMEDIATE": True,
              "RATELIMIT_STORAGE_URI": f"quizapp-sqlite://{tmp_path / 'limits.sqlite'}"}  # fmt: skip
    app = create_app(config)
    empty_database(app)
    with app.app_context():
        add_article(seed_parsed, seed_items.to_json())
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture()
def runner(tmp_path):
    """The command line on an empty SQLite database (the commands are not database-specific)."""
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'cli.sqlite'}"})
    return app.test_cli_runner(mix_stderr=False) if _click_mixes_stderr() else app.test_cli_runner()


def _click_mixes_stderr() -> bool:
    import inspect

    from click.testing import CliRunner

    return "mix_stderr" in inspect.signature(CliRunner.__init__).parameters


TEACHER_PASSWORD = "correct horse"


@pytest.fixture()
def school(app, seed_parsed, seed_items) -> dict:
    """Teacher Ann with two classes, Year 9 and Year 10, and a published quiz of the seed article for Year 9."""
    from quizapp.extensions import db
    from quizapp.store import add_article, create_quiz
    from quizapp.teachers import create_classroom, create_teacher

    with app.app_context():
        ann = create_teacher("ann@school.example", "Ann", TEACHER_PASSWORD)
        create_teacher("bob@school.example", "Bob", TEACHER_PASSWORD)
        article, _ = add_article(seed_parsed, seed_items.to_json(), teacher_id=ann.id, with_quiz=False)
        year9, year10 = create_classroom(ann.id, "Year 9"), create_classroom(ann.id, "Year 10")
        quiz = create_quiz(article, article.items, title="Pact quiz", teacher_id=ann.id, classroom_id=year9.id,
                           published=True)  # fmt: skip
        db.session.commit()
        return {"article": article.id, "class": year9.id, "code": year9.join_code, "other_class": year10.id,
                "other_code": year10.join_code, "quiz": quiz.id, "public": quiz.public_id}  # fmt: skip


def join(client, code: str, name: str, **extra: str) -> str:
    """Join a class; returns the personal code the page shows once."""
    import re

    response = client.post("/join", data={"code": code, "name": name, **extra})
    assert response.status_code == 200, response.status_code
    return re.search(r'id="personal-code">([^<]+)<', response.get_data(as_text=True)).group(1)


def teacher_client(app, email: str = "ann@school.example"):
    client = app.test_client()
    response = client.post("/teach/login", data={"email": email, "password": TEACHER_PASSWORD})
    assert response.status_code == 303
    return client


def start(client, quiz_public_id: str, name: str = "Ada") -> str:
    """Start (or resume) an attempt of a home page quiz; a visitor gives a name and passes the personal code."""
    import re

    response = client.post(f"/quiz/{quiz_public_id}/start", data={"name": name})
    if response.status_code == 200:  # a first visit: the page with the personal code links on to the attempt
        return re.search(r'href="(/attempt/[^"]+)"', response.get_data(as_text=True)).group(1)
    assert response.status_code == 303, response.status_code
    return response.headers["Location"]


def corpus_records(step: int, *, limit: int | None = None) -> Iterator[dict]:
    """Every step-th article of the shared BBC corpus."""
    if not CORPUS.is_file():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    with CORPUS.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if n % step == 0:
                yield json.loads(line)
                if limit is not None and n // step + 1 >= limit:
                    return


# Browser tests (test_browser.py, test_teacher_browser.py): a real Chromium through Playwright, and the app
# served on loopback. Without Chromium they skip, saying why; QUIZAPP_REQUIRE_BROWSER=1 makes that a failure.
CHROMIUM = os.environ.get("QUIZAPP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]  # fmt: skip
OUTPUT = Path(__file__).resolve().parent.parent / "test-output"


def browser_missing() -> str | None:
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        return f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install playwright)"
    return None


@pytest.fixture(scope="module")
def browser():
    reason = browser_missing()
    if reason:
        if os.environ.get("QUIZAPP_REQUIRE_BROWSER"):
            pytest.fail(f"browser tests are required here: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture()
def server(app) -> Iterator[str]:
    """The app served on a free loopback port for the length of one test."""
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


@pytest.fixture()
def output(request) -> Path:
    folder = OUTPUT / re.sub(r"\W+", "_", request.node.name)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
