"""Template filters: times in the school's time zone, a quiz's state, a wait as a student reads it.

The database keeps naive UTC; TIMEZONE (QUIZAPP_TIMEZONE, an IANA name such as "Europe/London", default
UTC) is the zone teachers type closing times in and everyone reads times in. create_app checks the name.
"""

from __future__ import annotations

from datetime import datetime

from flask import Flask, current_app

from .. import quizzes, study, times


def zone_name() -> str | None:
    return current_app.config.get("TIMEZONE")


def to_local(moment: datetime) -> datetime:
    return times.local(moment, zone_name())


def from_local(moment: datetime) -> datetime:
    """A time typed in the school's zone, as the naive UTC the database keeps."""
    return times.stored(moment, zone_name())


def localtime(moment: datetime | None) -> str:
    """"Tue 3 Mar 2026, 15:00" in the school's time zone: for students and dates to plan by."""
    return times.readable(moment, zone_name(), weekday=True)


def when(moment: datetime | None) -> str:
    """"3 Mar 2026, 15:00" in the school's time zone: the teacher's tables."""
    return times.readable(moment, zone_name())


def init_app(app: Flask) -> None:
    app.add_template_filter(localtime, "localtime")
    app.add_template_filter(when, "when")
    app.add_template_filter(lambda moment: study.until(moment), "until")
    app.add_template_global(quizzes.state, "quiz_state")
