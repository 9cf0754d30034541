"""Who the student is: a long-lived, signed, HttpOnly cookie on each device they signed in on.

The cookie holds the student's id and sign-in epoch, signed with the app's secret key; a new personal
code raises the epoch, which signs every other device out. Teachers are Flask-Login's business.
"""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

from flask import Flask, current_app, g, request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from werkzeug.wrappers import Response

from ..extensions import db
from ..models import Student

COOKIE = "quizapp_student"
LIFETIME = timedelta(days=400)  # the longest a browser keeps a cookie


def secret_keys() -> list[str | bytes]:
    """The keys a signature may be made with, newest last (itsdangerous signs with the last): a restart with
    a new key and the old one in SECRET_KEY_FALLBACKS keeps every device signed in."""
    return [*(current_app.config.get("SECRET_KEY_FALLBACKS") or []), current_app.secret_key]


def serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_keys(), salt="quizapp-student-sign-in")


def current_student() -> Student | None:
    """The student signed in on this device, checked once a request."""
    if "student" not in g:
        g.student = None
        token = request.cookies.get(COOKIE)
        if token:
            try:
                student_id, epoch = serializer().loads(token, max_age=int(LIFETIME.total_seconds()))
            except (BadSignature, TypeError, ValueError):
                student_id, epoch = None, None
            student = db.session.get(Student, student_id) if isinstance(student_id, int) else None
            if student is not None and student.sign_in_epoch == epoch:
                g.student = student
    return g.student


def current_student_id() -> int | None:
    student = current_student()
    return student.id if student else None


def sign_in(response: Response, student: Student) -> Response:
    """Keep the student signed in on this device."""
    response.set_cookie(
        COOKIE, serializer().dumps([student.id, student.sign_in_epoch]), max_age=int(LIFETIME.total_seconds()),
        httponly=True, samesite="Lax", secure=current_app.config.get("SESSION_COOKIE_SECURE", False),
    )  # fmt: skip
    g.student = student
    return response


def sign_out(response: Response) -> Response:
    response.delete_cookie(COOKIE, httponly=True, samesite="Lax")
    g.student = None
    return response


def safe_next(target: str | None) -> str | None:
    """A page of this site to go back to after joining or signing in; anything else is dropped."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in target):  # browsers drop some: "/\t/evil"
        return None
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else None


def no_store(response: Response) -> Response:
    """A private page (a personal code, a teacher's page, results): no cache keeps it."""
    response.headers["Cache-Control"] = "no-store"
    return response


def init_app(app: Flask) -> None:
    app.context_processor(lambda: {"signed_in_student": current_student()})
