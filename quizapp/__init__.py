"""quizapp: turn a news article into a quiz and a deck of flashcards."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from flask import Flask, current_app, render_template
from sqlalchemy import event
from sqlalchemy.engine import Engine
from werkzeug.exceptions import SecurityError
from werkzeug.middleware.proxy_fix import ProxyFix

from . import settings, times


def database_url(url: str) -> str:
    """PostgreSQL through psycopg 3, whatever spelling DATABASE_URL uses."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


@event.listens_for(Engine, "connect")
def sqlite_for_many_writers(connection: object, _record: object) -> None:
    """WAL and a busy timeout: concurrent submissions wait their turn instead of failing. synchronous=FULL:
    a submission confirmed to the student is on disk, even through a power cut (NORMAL may lose the last ones)."""
    if isinstance(connection, sqlite3.Connection):
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()


def too_large(error: Exception) -> tuple[str, int]:
    limit = current_app.config["MAX_CONTENT_LENGTH"] // 1000
    message = f"That file is too large: the limit is {limit:,} KB. Split the article or paste its text."
    return render_template("error.html", error=error, message=message), 413


def untrusted_host(_error: Exception) -> tuple[str, int, dict[str, str]]:
    """A Host header outside TRUSTED_HOSTS: no page (its links would need the host), a plain refusal."""
    return "This site does not answer to that host name.", 400, {"Content-Type": "text/plain; charset=utf-8"}


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """The application factory: defaults, then instance/config.py, then QUIZAPP_* variables, then tests."""
    app = Flask(__name__, instance_relative_config=True, template_folder="../templates")
    app.config.from_mapping(
        ENV_NAME=None,  # "development", "testing" or "production": unset is none of them (no weak key)
        SECRET_KEY=None,
        SECRET_KEY_FALLBACKS=[],  # earlier keys, still accepted while their cookies and pages live
        SPACY_MODEL=None,
        SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL", "sqlite:///quizapp.sqlite"),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
        TIMEZONE="UTC",  # the school's zone: every time shown or typed (closing times, review, scores CSV)
        WTF_CSRF_TIME_LIMIT=None,  # a form's token lives as long as its session: a quiz open for hours still submits
        PROXY_COUNT=0,  # proxies in front (nginx: 1) whose X-Forwarded-For and -Proto are believed
        TRUSTED_HOSTS=None,  # the host names the app answers to, e.g. ["quiz.school.example"]
        PUBLIC_URL=None,  # e.g. https://quiz.school.example: join and sign-in links are built from it
        REDIS_URL=None,  # a shared limiter store for several machines (redis://127.0.0.1:6379/0)
        RATELIMIT_STORAGE_URI=None,
    )
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env(prefix="QUIZAPP")
    else:
        app.config.from_mapping(test_config)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_url(app.config["SQLALCHEMY_DATABASE_URI"])
    settings.check_secret_keys(app.config)
    if settings.is_relaxed(app.config) and not app.config["SECRET_KEY"]:
        app.config["SECRET_KEY"] = settings.DEV_SECRET
    if app.config["SECRET_KEY_FALLBACKS"] and "WTF_CSRF_SECRET_KEY" not in app.config:
        # itsdangerous signs with the last key and accepts any: a page loaded before a key rotation still submits
        app.config["WTF_CSRF_SECRET_KEY"] = [*app.config["SECRET_KEY_FALLBACKS"], app.config["SECRET_KEY"]]
    if settings.is_production(app.config):
        app.config["SESSION_COOKIE_SECURE"] = True
        app.config["PREFERRED_URL_SCHEME"] = "https"
    if app.config["PROXY_COUNT"]:
        count = int(app.config["PROXY_COUNT"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count)  # type: ignore[method-assign]
    app.config["RATELIMIT_STORAGE_URI"] = settings.limiter_storage_uri(app.config, app.instance_path)
    times.zone(app.config["TIMEZONE"])  # an unknown zone stops the app here, not on a teacher's download
    os.makedirs(app.instance_path, exist_ok=True)

    from . import cli, jobs, limits_store  # noqa: F401 - limits_store registers the limiter's SQLite storage
    from .extensions import csrf, db, limiter, login_manager, migrate
    from .teachers import teacher_for_session
    from .web import accounts, cleaning, filters, identity, quiz, security, study, teacher

    db.init_app(app)
    migrate.init_app(app, db, directory=str(Path(__file__).parent / "migrations"))
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    login_manager.user_loader(teacher_for_session)
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
    app.register_error_handler(SecurityError, untrusted_host)
    app.register_error_handler(403, lambda e: (render_template("error.html", error=e), 403))
    app.register_error_handler(413, too_large)
    app.register_error_handler(429, lambda e: (render_template("error.html", error=e), 429))
    return app
