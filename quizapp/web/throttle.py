"""Rate limits: what is counted, per what, in the store every worker shares (settings.limiter_storage_uri).

Each limit can be changed with `QUIZAPP_LIMIT_<NAME>` (a Flask-Limiter string such as "10 per minute").

A teacher's sign-in is counted three ways:
- per account, every try from a browser the account does not know (counted before the password is checked,
  so a burst at once cannot slip past), from any mix of addresses, with a pause that grows (10 a minute,
  30 an hour, 100 a day; tries refused still count towards the longer windows; the right password starts
  the count again);
- per address, wrong passwords across accounts (one machine trying many teachers);
- per browser that signed in to the account before (a signed "known device" cookie, as OWASP's device
  cookies): while strangers have paused the account, its teacher still signs in from their own browser,
  wherever it connects from, and that browser has its own budget of wrong passwords. A browser that never
  signed in to the account waits out the pause like everyone else.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import current_app, request
from flask_login import current_user
from itsdangerous import BadSignature, URLSafeTimedSerializer
from limits import RateLimitItem, parse_many
from werkzeug.wrappers import Response

from ..extensions import limiter
from .identity import current_student_id, secret_keys

DEFAULTS = {
    "TEACHER_SIGNIN_ACCOUNT": "10 per minute;30 per hour;100 per day",
    "TEACHER_SIGNIN_ADDRESS": "30 per minute;300 per day",
    "TEACHER_SIGNIN_DEVICE": "10 per minute;30 per hour",
    "STUDENT_SIGNIN_CLASS": "20 per minute;100 per hour",  # wrong personal codes per class code
    "JOIN_WRONG_CODE": "20 per minute;100 per hour",  # class codes that match no class, per address
    "JOIN_PER_CLASS": "250 per 10 minutes",  # students joining one class
    "START": "30 per minute",  # quiz starts per student (per address for a visitor, who becomes a student)
    "UPLOAD": "30 per hour",  # articles uploaded or regenerated per teacher
}
DEVICE_COOKIE = "quizapp_teacher_device"
DEVICE_LIFETIME = 400 * 24 * 3600


def limit(name: str) -> Callable[[], str]:
    """The limit as configured (QUIZAPP_LIMIT_<NAME>) or its default, read on each request."""
    return lambda: str(current_app.config.get(f"LIMIT_{name}") or DEFAULTS[name])


def items(name: str) -> list[RateLimitItem]:
    return parse_many(limit(name)())


def within(name: str, *identifiers: str) -> bool:
    """Whether another failure is still allowed for these identifiers, under every window of the limit."""
    return all(limiter.limiter.test(item, "quizapp", name, *identifiers) for item in items(name))


def count(name: str, *identifiers: str) -> None:
    for item in items(name):
        limiter.limiter.hit(item, "quizapp", name, *identifiers)


def client_address() -> str:
    """The client's address: ProxyFix has put the proxy's X-Forwarded-For there when PROXY_COUNT is set."""
    return request.remote_addr or "unknown"


def student_or_address() -> str:
    student_id = current_student_id()
    return f"student:{student_id}" if student_id is not None else f"address:{client_address()}"


def teacher_key() -> str:
    return f"teacher:{current_user.id}" if current_user.is_authenticated else f"address:{client_address()}"


def _device_serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_keys(), salt="quizapp-teacher-device")


def known_device(email: str) -> str | None:
    """The id of this browser if it signed in to this account before, from its signed cookie."""
    token = request.cookies.get(DEVICE_COOKIE)
    if not token:
        return None
    try:
        known_email, device_id = _device_serializer().loads(token, max_age=DEVICE_LIFETIME)
    except (BadSignature, TypeError, ValueError):
        return None
    return str(device_id) if known_email == email else None


def remember_device(response: Response, email: str, device_id: str) -> Response:
    response.set_cookie(
        DEVICE_COOKIE, _device_serializer().dumps([email, device_id]), max_age=DEVICE_LIFETIME, httponly=True,
        samesite="Lax", secure=current_app.config.get("SESSION_COOKIE_SECURE", False), path="/teach/",
    )  # fmt: skip
    return response


def counted(name: str, *identifiers: str) -> bool:
    """Count a try now, in every window of the limit (atomic in the store, so a burst of tries at once cannot
    slip past); whether it was still within them all."""
    return all([limiter.limiter.hit(item, "quizapp", name, *identifiers) for item in items(name)])


def teacher_sign_in_allowed(email: str, device_id: str | None) -> bool:
    """Whether this try may have its password checked. A try from a browser the account does not know counts
    against the account whatever its outcome; a known browser counts against its own budget."""
    if not within("TEACHER_SIGNIN_ADDRESS", client_address()):
        return False
    if device_id is not None:
        return counted("TEACHER_SIGNIN_DEVICE", email, device_id)
    return counted("TEACHER_SIGNIN_ACCOUNT", email)


def teacher_signed_in(email: str) -> None:
    """The right password: the account's count starts again (only wrong passwords pile up)."""
    for item in items("TEACHER_SIGNIN_ACCOUNT"):
        limiter.limiter.clear(item, "quizapp", "TEACHER_SIGNIN_ACCOUNT", email)


def teacher_sign_in_failed(email: str, device_id: str | None) -> None:
    count("TEACHER_SIGNIN_ADDRESS", client_address())
    if device_id is not None:  # a known browser's wrong passwords count against the account too
        count("TEACHER_SIGNIN_ACCOUNT", email)
