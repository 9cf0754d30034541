"""A `limits` storage in a SQLite file: the rate limits every gunicorn worker of one machine shares.

The `limits` library (under Flask-Limiter) counts in memory, Redis, Memcached or MongoDB. Memory is per
process, so each gunicorn worker would keep its own count; this storage keeps the fixed-window counters in
one small SQLite file instead (WAL, one upsert per hit), so no extra server is needed on one machine.
Several machines share Redis instead (`QUIZAPP_REDIS_URL`).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from limits.storage import Storage

SCHEME = "quizapp-sqlite"
PURGE_EVERY = 500  # increments between deletions of expired counters
SCHEMA = "CREATE TABLE IF NOT EXISTS counter (key TEXT PRIMARY KEY, count INTEGER NOT NULL, expires_at REAL NOT NULL)"
INCREMENT = """
INSERT INTO counter (key, count, expires_at) VALUES (:key, :amount, :expires_at)
ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN counter.expires_at <= :now THEN excluded.count ELSE counter.count + excluded.count END,
    expires_at = CASE WHEN counter.expires_at <= :now THEN excluded.expires_at ELSE counter.expires_at END
RETURNING count
"""


class SQLiteStorage(Storage):
    """Fixed-window counters (Flask-Limiter's default strategy) in one SQLite file: `quizapp-sqlite:///path`."""

    STORAGE_SCHEME = [SCHEME]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, **options: float | str | bool) -> None:
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        self.path = Path(urlsplit(uri or "").path)
        if not self.path.name:
            raise ValueError(f"{uri!r}: give the file, as {SCHEME}:///path/to/limits.sqlite")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._increments = 0
        self._connection().execute(SCHEMA)

    @property
    def base_exceptions(self) -> type[Exception]:
        return sqlite3.Error

    def _connection(self) -> sqlite3.Connection:
        """One connection a thread and process (sqlite3 connections stay in theirs), in autocommit mode."""
        conn, pid = getattr(self._local, "conn", None), getattr(self._local, "pid", None)
        if conn is None or pid != os.getpid():
            conn = sqlite3.connect(self.path, timeout=LOCK_TIMEOUT, isolation_level=None, check_same_thread=True)
            in_wal_mode(conn)
            conn.execute("PRAGMA synchronous=NORMAL")  # a counter lost to a power cut costs nothing
            self._local.conn, self._local.pid = conn, os.getpid()
        return conn

    def incr(self, key: str, expiry: float, amount: int = 1) -> int:
        now = time.time()
        conn = self._connection()
        count = conn.execute(INCREMENT, {"key": key, "amount": amount, "expires_at": now + expiry, "now": now})
        value = int(count.fetchone()[0])
        self._increments += 1
        if self._increments % PURGE_EVERY == 0:
            conn.execute("DELETE FROM counter WHERE expires_at <= ?", (now,))
        return value

    def get(self, key: str) -> int:
        row = self._connection().execute(
            "SELECT count FROM counter WHERE key = ? AND expires_at > ?", (key, time.time())
        ).fetchone()
        return int(row[0]) if row else 0

    def get_expiry(self, key: str) -> float:
        now = time.time()
        row = self._connection().execute(
            "SELECT expires_at FROM counter WHERE key = ? AND expires_at > ?", (key, now)
        ).fetchone()
        return float(row[0]) if row else now

    def check(self) -> bool:
        try:
            self._connection().execute("SELECT 1").fetchone()
        except sqlite3.Error:
            return False
        return True

    def reset(self) -> int | None:
        return self._connection().execute("DELETE FROM counter").rowcount

    def clear(self, key: str) -> None:
        self._connection().execute("DELETE FROM counter WHERE key = ?", (key,))


LOCK_TIMEOUT = 10


def in_wal_mode(conn: sqlite3.Connection) -> None:
    """Switch a new file to write-ahead logging. The switch takes the file for itself and, unlike a write,
    does not wait for a busy file (two workers starting at once): it is tried again until the timeout."""
    deadline = time.monotonic() + LOCK_TIMEOUT
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
