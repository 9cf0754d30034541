"""The shared limiter: counts every worker shares (a SQLite file, or Redis when configured); teacher sign-in per
account and per address with a known browser let through; join, start and upload limited."""

from __future__ import annotations

import http.client
import os
import random
import re
import subprocess
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest

from benchmarks.server import gunicorn, prepare_database
from quizapp import create_app
from quizapp.limits_store import SQLiteStorage
from quizapp.teachers import create_teacher

from .conftest import TEACHER_PASSWORD, empty_database, join

REDIS_URL = os.environ.get("QUIZAPP_TEST_REDIS_URL")
STORES = ["sqlite", pytest.param("redis", marks=pytest.mark.skipif(
    not REDIS_URL, reason="set QUIZAPP_TEST_REDIS_URL to run the limiter through Redis too"))]  # fmt: skip


def store_uri(kind: str, tmp_path: Path) -> str:
    return REDIS_URL if kind == "redis" else f"quizapp-sqlite://{tmp_path / 'limits.sqlite'}"


def addresses(count: int) -> list[str]:
    """Loopback addresses of this run's own: a Redis store outlives the test."""
    first = random.randrange(1, 200)
    return [f"127.{first}.{n // 250}.{n % 250 + 1}" for n in range(count)]


@pytest.fixture(params=STORES)
def store_app(request, tmp_path):
    """An app on a fresh SQLite database, its limits counted in the store under test, with one teacher."""
    app = create_app({"TESTING": True, "SECRET_KEY": "test", "WTF_CSRF_ENABLED": False,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'app.sqlite'}",
                      "RATELIMIT_STORAGE_URI": store_uri(request.param, tmp_path)})  # fmt: skip
    empty_database(app)
    email = f"ann-{uuid.uuid4().hex[:8]}@school.example"
    with app.app_context():
        create_teacher(email, "Ann", TEACHER_PASSWORD)
    app.config["TEST_EMAIL"] = email
    return app


def sign_in(client, email: str, password: str, address: str) -> int:
    data = {"email": email, "password": password}
    return client.post("/teach/login", data=data, environ_base={"REMOTE_ADDR": address}).status_code


def test_the_eleventh_wrong_password_from_any_mix_of_addresses_is_refused(store_app):
    app, email = store_app, store_app.config["TEST_EMAIL"]
    own_browser = app.test_client()  # the teacher signed in from it before
    assert sign_in(own_browser, email, TEACHER_PASSWORD, "127.0.0.1") == 303
    own_browser.post("/teach/logout")
    places = addresses(12)
    wrong = [sign_in(app.test_client(), email, "guess", places[n % 4]) for n in range(10)]
    assert wrong == [200] * 10  # "do not match", each from a fresh client
    assert sign_in(app.test_client(), email, "guess", places[4]) == 429  # the 11th, from a fifth address
    assert sign_in(app.test_client(), email, "guess", places[0]) == 429
    # the account is paused for strangers, even with the right password ...
    assert sign_in(app.test_client(), email, TEACHER_PASSWORD, places[5]) == 429
    # ... but its teacher's own browser signs in, from yet another address
    assert sign_in(own_browser, email, TEACHER_PASSWORD, places[6]) == 303
    assert own_browser.get("/teach/").status_code == 200


def test_one_address_trying_many_accounts_is_paused(store_app):
    app = store_app
    [address, elsewhere] = addresses(2)
    statuses = [sign_in(app.test_client(), f"nobody{n}-{uuid.uuid4().hex[:6]}@school.example", "guess", address)
                for n in range(31)]  # fmt: skip
    assert statuses[:30] == [200] * 30 and statuses[30] == 429
    assert sign_in(app.test_client(), app.config["TEST_EMAIL"], TEACHER_PASSWORD, elsewhere) == 303


def test_the_sqlite_store_is_one_count_for_every_process(tmp_path):
    """Two processes (as two gunicorn workers) hitting one key: the count is their sum."""
    uri = f"quizapp-sqlite://{tmp_path / 'limits.sqlite'}"
    script = ("import sys; from quizapp.limits_store import SQLiteStorage; s = SQLiteStorage(sys.argv[1]); "
              "[s.incr('k', 60) for _ in range(200)]")  # fmt: skip
    workers = [subprocess.Popen([sys.executable, "-c", script, uri]) for _ in range(2)]
    assert [w.wait(timeout=120) for w in workers] == [0, 0]
    store = SQLiteStorage(uri)
    assert store.get("k") == 400
    assert 0 < store.get_expiry("k") - __import__("time").time() <= 60
    store.clear("k")
    assert store.get("k") == 0


def test_an_expired_window_starts_again(tmp_path, monkeypatch):
    import time_machine

    store = SQLiteStorage(f"quizapp-sqlite://{tmp_path / 'limits.sqlite'}")
    with time_machine.travel(1_800_000_000, tick=False) as traveller:
        assert [store.incr("k", 60) for _ in range(3)] == [1, 2, 3]
        traveller.shift(61)
        assert store.get("k") == 0 and store.incr("k", 60) == 1


def test_guessing_class_codes_is_limited_per_address(app, school):
    [guesser, classmate] = addresses(2)
    guesses = [app.test_client().post("/join", data={"code": f"ZZZZ{n:02d}", "name": "X"},
                                      environ_base={"REMOTE_ADDR": guesser}).status_code
               for n in range(21)]  # fmt: skip
    assert guesses[:20] == [404] * 20 and guesses[20] == 429
    joined = app.test_client().post("/join", data={"code": school["code"], "name": "Sam"},
                                    environ_base={"REMOTE_ADDR": classmate})  # fmt: skip
    assert joined.status_code == 200


def test_a_flood_of_students_into_one_class_is_stopped(app, school):
    app.config["LIMIT_JOIN_PER_CLASS"] = "3 per minute"
    for name in ["Ada", "Ben", "Cy"]:
        join(app.test_client(), school["code"], name)
    assert app.test_client().post("/join", data={"code": school["code"], "name": "Dee"}).status_code == 429
    assert join(app.test_client(), school["other_code"], "Dee")  # another class is not paused


def test_starting_quizzes_is_limited_per_student(app, client, school):
    app.config["LIMIT_START"] = "3 per minute"
    join(client, school["code"], "Ada")
    starts = [client.post(f"/quiz/{school['public']}/start").status_code for _ in range(4)]
    assert starts == [303, 303, 303, 429]
    other = app.test_client()
    join(other, school["code"], "Ben")
    assert other.post(f"/quiz/{school['public']}/start").status_code == 303


def test_uploads_are_limited_per_teacher(app, school):
    from .conftest import teacher_client

    app.config["LIMIT_UPLOAD"] = "2 per hour"
    ann, bob = teacher_client(app), teacher_client(app, "bob@school.example")
    statuses = [ann.post("/teach/articles/new", data={"text": ""}).status_code for _ in range(3)]
    assert statuses[2] == 429 and 429 not in statuses[:2]
    assert ann.post(f"/teach/articles/{school['article']}/regenerate").status_code == 429  # the same budget
    assert bob.post("/teach/articles/new", data={"text": ""}).status_code != 429


class Browser:
    """A client of the real server: its own cookies, a fresh connection a request, an address it claims through
    nginx's X-Forwarded-For (gunicorn.conf.py trusts one proxy)."""

    def __init__(self, base: str, address: str) -> None:
        self.base, self.address, self.cookies = urlsplit(base), address, {}

    def request(self, method: str, path: str, form: dict[str, str] | None = None) -> tuple[int, str]:
        conn = http.client.HTTPConnection(self.base.hostname, self.base.port, timeout=60)
        headers = {"X-Forwarded-For": self.address, "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if form is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            conn.request(method, path, body=urlencode(form) if form is not None else None, headers=headers)
            response = conn.getresponse()
            body = response.read().decode()
        finally:
            conn.close()
        for cookie in response.msg.get_all("Set-Cookie") or []:
            name, _, value = cookie.split(";", 1)[0].partition("=")
            self.cookies[name.strip()] = value
        return response.status, body

    def sign_in(self, email: str, password: str) -> int:
        _, page = self.request("GET", "/teach/login")
        token = re.search(r'name="csrf_token"[^>]*? value="([^"]+)"', page).group(1)
        return self.request("POST", "/teach/login", {"csrf_token": token, "email": email, "password": password})[0]


@pytest.mark.slow
def test_sign_in_counts_across_all_gunicorn_workers(tmp_path):
    url = f"sqlite:///{tmp_path / 'workers.sqlite'}"
    prepare_database(url)
    email, password = "load@school.example", "load-test-password"
    with gunicorn(url, workers=3) as (base, _master):
        own = Browser(base, "127.0.0.9")
        assert own.sign_in(email, password) == 303
        places = addresses(11)
        with ThreadPoolExecutor(max_workers=5) as pool:  # at once, so that they land on different workers
            wrong = list(pool.map(lambda n: Browser(base, places[n % 3]).sign_in(email, "guess"), range(10)))
        assert wrong == [200] * 10
        assert Browser(base, places[3]).sign_in(email, "guess") == 429
        assert Browser(base, places[4]).sign_in(email, password) == 429
        own.address = places[5]
        assert own.sign_in(email, password) == 303
