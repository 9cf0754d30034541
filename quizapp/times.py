"""Times: the database stores naive UTC; everyone reads and types them in the school's zone (QUIZAPP_TIMEZONE)."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def zone(name: str | None) -> tzinfo:
    """The named zone (UTC needs no zone database); an unknown name is a configuration error."""
    if name in (None, "", "UTC"):
        return UTC
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"QUIZAPP_TIMEZONE={name!r} is not a time zone name such as Europe/London") from None


def local(moment: datetime, name: str | None) -> datetime:
    """A stored (naive UTC) time as an aware time in the named zone."""
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    return aware.astimezone(zone(name))


def iso(moment: datetime | None, name: str | None) -> str:
    """ISO 8601 with its offset, to the second: 2026-03-02T09:00:00+00:00."""
    return local(moment, name).isoformat(timespec="seconds") if moment else ""


def stored(moment: datetime, name: str | None) -> datetime:
    """A time typed in the named zone (a closing time), as the naive UTC the database keeps."""
    aware = moment.replace(tzinfo=zone(name)) if moment.tzinfo is None else moment
    return aware.astimezone(UTC).replace(tzinfo=None)


def readable(moment: datetime | None, name: str | None, *, weekday: bool = False) -> str:
    """For a page: 2 Mar 2026, 09:00 (or Mon 2 Mar 2026, 09:00)."""
    if moment is None:
        return ""
    shown = local(moment, name)
    return f"{shown:%a} " * weekday + f"{shown.day} {shown:%b %Y, %H:%M}"
