"""quizapp: turn a news article into a quiz and a deck of flashcards."""

from __future__ import annotations

import os
from typing import Any

from flask import Flask, current_app, render_template


def too_large(error: Exception) -> tuple[str, int]:
    limit = current_app.config["MAX_CONTENT_LENGTH"] // 1000
    message = f"That file is too large: the limit is {limit:,} KB. Split the article or paste its text."
    return render_template("error.html", error=error, message=message), 413


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """The application factory: defaults, then instance/config.py, then QUIZAPP_* variables, then tests."""
    app = Flask(__name__, instance_relative_config=True, template_folder="../templates")
    app.config.from_mapping(
        SECRET_KEY="dev",
        SPACY_MODEL=None,
        SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL", "sqlite:///quizapp.sqlite"),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
    )
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env(prefix="QUIZAPP")
    else:
        app.config.from_mapping(test_config)
    os.makedirs(app.instance_path, exist_ok=True)

    from . import cli
    from .extensions import csrf, db, limiter, login_manager
    from .models import Teacher
    from .web import quiz, security, study, teacher

    db.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    login_manager.user_loader(lambda teacher_id: db.session.get(Teacher, int(teacher_id)))
    security.init_app(app)
    app.register_blueprint(quiz.bp)
    app.register_blueprint(teacher.bp)
    app.register_blueprint(study.bp)
    cli.init_app(app)
    app.register_error_handler(404, lambda e: (render_template("error.html", error=e), 404))
    app.register_error_handler(400, lambda e: (render_template("error.html", error=e), 400))
    app.register_error_handler(403, lambda e: (render_template("error.html", error=e), 403))
    app.register_error_handler(413, too_large)
    app.register_error_handler(429, lambda e: (render_template("error.html", error=e), 429))
    return app
