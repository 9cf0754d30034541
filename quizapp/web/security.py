"""Security headers on every response: no inline script, no framing, no sniffing; HTTPS only in production."""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app, url_for
from werkzeug.wrappers import Response

from ..settings import HSTS, is_production

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)


def add_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    if is_production(current_app.config):  # served only over TLS (nginx): browsers must never fall back to http
        response.headers.setdefault("Strict-Transport-Security", HSTS)
    return response


def public_url(endpoint: str, **values: Any) -> str:
    """An absolute link a teacher hands out (join, sign in, a quiz): from PUBLIC_URL when it is set, so a
    forged Host header never ends up on a slip of paper; else from the request's host, which TRUSTED_HOSTS
    (Flask's own check) limits to the names the app answers to."""
    base = current_app.config.get("PUBLIC_URL")
    if base:
        return str(base).rstrip("/") + url_for(endpoint, **values)
    return url_for(endpoint, _external=True, **values)


def init_app(app: Flask) -> None:
    app.after_request(add_headers)
    app.add_template_global(public_url, "public_url")
    if is_production(app.config) and not (app.config.get("PUBLIC_URL") or app.config.get("TRUSTED_HOSTS")):
        app.logger.warning("set QUIZAPP_PUBLIC_URL or QUIZAPP_TRUSTED_HOSTS: links handed to students are "
                           "built from the Host header until then")  # fmt: skip
