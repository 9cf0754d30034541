"""What the app refuses to start with, and what serving in production adds: keys, proxies, hosts, the limiter's store.

A weak secret key (none, "dev", or shorter than 32 characters) signs cookies anyone can forge, so the app
starts with one only where the environment says explicitly that it is development or testing
(`QUIZAPP_ENV_NAME`, any case, or Flask's TESTING). gunicorn.conf.py sets the environment to production.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

DEV_SECRET = "dev"
MIN_SECRET_LENGTH = 32
RELAXED_ENVIRONMENTS = frozenset({"development", "testing"})
HSTS = "max-age=31536000"  # a year; no includeSubDomains: the school's other sites are not ours to decide
LIMITS_FILE = "limits.sqlite"


class WeakSecretKey(RuntimeError):
    """The secret key (or one of its fallbacks) would let anyone forge a session."""


def environment(config: Mapping[str, Any]) -> str:
    return str(config.get("ENV_NAME") or "").strip().lower()


def is_relaxed(config: Mapping[str, Any]) -> bool:
    """Explicitly development or testing: the only places a weak key is allowed."""
    return bool(config.get("TESTING")) or environment(config) in RELAXED_ENVIRONMENTS


def is_production(config: Mapping[str, Any]) -> bool:
    return environment(config) == "production"


def weakness(key: object) -> str | None:
    """What is wrong with a secret key, or None for a usable one."""
    if not key:
        return "is not set"
    text = key.decode(errors="replace") if isinstance(key, bytes) else str(key)
    if text.strip().lower() == DEV_SECRET:
        return 'is the development key "dev"'
    if len(text) < MIN_SECRET_LENGTH:
        return f"has {len(text)} characters (at least {MIN_SECRET_LENGTH} are needed)"
    return None


def check_secret_keys(config: Mapping[str, Any]) -> None:
    """Refuse a weak key, or a weak fallback (a fallback still accepts what it signed), outside development."""
    if is_relaxed(config):
        return
    problems = [f"QUIZAPP_SECRET_KEY {problem}"] if (problem := weakness(config.get("SECRET_KEY"))) else []
    for n, key in enumerate(config.get("SECRET_KEY_FALLBACKS") or [], start=1):
        if problem := weakness(key):
            problems.append(f"fallback key {n} in QUIZAPP_SECRET_KEY_FALLBACKS {problem}")
    if problems:
        raise WeakSecretKey(
            "; ".join(problems) + ". Generate a key once with "
            "`python3 -c 'import secrets; print(secrets.token_hex(32))'` and keep it (README, Running in production); "
            "only QUIZAPP_ENV_NAME=development or testing may run with a weak key."
        )


def limiter_storage_uri(config: Mapping[str, Any], instance_path: str) -> str:
    """Where the rate limits are counted: Redis when QUIZAPP_REDIS_URL is set, else a SQLite file in instance/
    that every gunicorn worker of the machine shares. Tests get a fresh in-memory store per app unless they
    name one."""
    if config.get("RATELIMIT_STORAGE_URI"):
        return str(config["RATELIMIT_STORAGE_URI"])
    if config.get("REDIS_URL"):
        return str(config["REDIS_URL"])
    if config.get("TESTING"):
        return "memory://"
    return sqlite_limits_uri(Path(instance_path) / LIMITS_FILE)


def sqlite_limits_uri(path: Path) -> str:
    from .limits_store import SCHEME

    return f"{SCHEME}://{path}"
