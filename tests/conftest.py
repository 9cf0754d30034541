from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from spacy.language import Language

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


@pytest.fixture()
def app(tmp_path, seed_parsed, seed_items):
    """An app on a fresh SQLite database holding the seed article and its quiz."""
    from quizapp.store import add_article, init_db

    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'test.sqlite'}",
                      "WTF_CSRF_ENABLED": False, "SECRET_KEY": "test"})  # fmt: skip
    with app.app_context():
        init_db()
        add_article(seed_parsed, seed_items.to_json())
    return app


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture()
def runner(app):
    return app.test_cli_runner(mix_stderr=False) if _click_mixes_stderr() else app.test_cli_runner()


def _click_mixes_stderr() -> bool:
    import inspect

    from click.testing import CliRunner

    return "mix_stderr" in inspect.signature(CliRunner.__init__).parameters


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
