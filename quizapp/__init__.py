"""quizapp: turn a news article into a quiz and a deck of flashcards."""

from __future__ import annotations

from typing import Any

from flask import Flask


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """The application factory: defaults, then instance/config.py, then QUIZAPP_* variables, then tests."""
    app = Flask(__name__, instance_relative_config=True, template_folder="../templates")
    app.config.from_mapping(SECRET_KEY="dev", SPACY_MODEL=None)
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env(prefix="QUIZAPP")
    else:
        app.config.from_mapping(test_config)
    from . import cli

    cli.init_app(app)
    return app
