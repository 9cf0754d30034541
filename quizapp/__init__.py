"""quizapp: turn a news article into a quiz and a deck of flashcards."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from flask import Flask, current_app, render_template
from sqlalchemy import event
from sqlalchemy.engine import Engine

from . import times

DEV_SECRET = "dev"


def database_url(url: str) -> str:
    """PostgreSQL through psycopg 3, whatever spelling DATABASE_URL uses."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


@event.listens_for(Engine, "connect")
def sqlite_for_many_writers(connection: object, _record: object) -> None:
    """WAL and a busy timeout: concurrent submissions wait their turn instead of failing."""
    if isinstance(connection, sqlite3.Connection):
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()


def too_large(error: Exception) -> tuple[str, int]:
    limit = current_app.config["MAX_CONTENT_LENGTH"] // 1000
    message = f"That file is too large: the limit is {limit:,} KB. Split the article or paste its text."
    return render_template("error.html", error=error, message=message), 413


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """The application factory: defaults, then instance/config.py, then QUIZAPP_* variables, then tests."""
    app = Flask(__name__, instance_relative_config=True, template_folder="../templates")
    app.config.from_mapping(
        ENV_NAME="development",
        SECRET_KEY=DEV_SECRET,
        SPACY_MODEL=None,
        SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL", "sqlite:///quizapp.sqlite"),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
        TIMEZONE="UTC",  # the school's zone: every time shown or typed (closing times, review, scores CSV)
    )
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env(prefix="QUIZAPP")
    else:
        app.config.from_mapping(test_config)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_url(app.config["SQLALCHEMY_DATABASE_URI"])
    if app.config["ENV_NAME"] == "production":
        if app.config["SECRET_KEY"] in (DEV_SECRET, "", None):
            raise RuntimeError("set QUIZAPP_SECRET_KEY to a long random value: production must not use the dev key")
        app.config["SESSION_COOKIE_SECURE"] = True
    times.zone(app.config["TIMEZONE"])  # an unknown zone stops the app here, not on a teacher's download
    os.makedirs(app.instance_path, exist_ok=True)

    from . import cli, jobs
    from .extensions import csrf, db, limiter, login_manager, migrate
    from .models import Teacher
    from .web import accounts, cleaning, filters, identity, quiz, security, study, teacher

    db.init_app(app)
    migrate.init_app(app, db, directory=str(Path(__file__).parent / "migrations"))
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    login_manager.user_loader(lambda teacher_id: db.session.get(Teacher, int(teacher_id)))
    security.init_app(app)
    cleaning.init_app(app)
    identity.init_app(app)
    filters.init_app(app)
    jobs.init_app(app)
    app.register_blueprint(quiz.bp)
    app.register_blueprint(accounts.bp)
    app.register_blueprint(teacher.bp)
    app.register_blueprint(study.bp)
    cli.init_app(app)
    app.register_error_handler(404, lambda e: (render_template("error.html", error=e), 404))
    app.register_error_handler(400, lambda e: (render_template("error.html", error=e), 400))
    app.register_error_handler(403, lambda e: (render_template("error.html", error=e), 403))
    app.register_error_handler(413, too_large)
    app.register_error_handler(429, lambda e: (render_template("error.html", error=e), 429))
    return app
