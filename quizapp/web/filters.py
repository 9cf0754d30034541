"""Template filters: times in the school's time zone, a quiz's state, a wait as a student reads it.

The database keeps naive UTC; TIMEZONE (an IANA name such as "Europe/London", default UTC) is the
zone teachers type closing times in and everyone reads them in.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo

from flask import Flask, current_app

from .. import quizzes, study


def zone() -> tzinfo:
    name = current_app.config.get("TIMEZONE") or "UTC"
    return UTC if name == "UTC" else ZoneInfo(name)


def to_local(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC).astimezone(zone())


def from_local(moment: datetime) -> datetime:
    """A time typed in the school's zone, as the naive UTC the database keeps."""
    return moment.replace(tzinfo=zone()).astimezone(UTC).replace(tzinfo=None)


def localtime(moment: datetime | None) -> str:
    """"Tue 3 Mar 2026, 15:00" in the school's time zone."""
    if moment is None:
        return ""
    local = to_local(moment)
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"


def init_app(app: Flask) -> None:
    app.config.setdefault("TIMEZONE", "UTC")
    zone_name = app.config["TIMEZONE"]
    if zone_name != "UTC":
        ZoneInfo(zone_name)  # an unknown zone fails at start, not on a student's page
    app.add_template_filter(localtime, "localtime")
    app.add_template_filter(lambda moment: study.until(moment), "until")
    app.add_template_global(quizzes.state, "quiz_state")
