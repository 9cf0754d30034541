"""Keys and sessions: no weak key outside development, sign-out revokes, a new session at sign-in, the same work
for unknown emails, only relative `next`, HSTS, no-store on private pages, trusted hosts and links."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from benchmarks.server import free_port
from quizapp import create_app, teachers
from quizapp.extensions import db
from quizapp.models import Item
from quizapp.settings import WeakSecretKey

from .conftest import TEACHER_PASSWORD, join, teacher_client

ROOT = Path(__file__).resolve().parent.parent
STRONG = "k" * 32


def make(tmp_path: Path, **config: object):
    return create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'k.sqlite'}",
                       "RATELIMIT_STORAGE_URI": "memory://", **config})  # fmt: skip


@pytest.mark.parametrize("key", [None, "", "dev", "DEV", "s" * 31])
@pytest.mark.parametrize("env", [None, "production", "staging", ""])
def test_a_weak_or_missing_key_refuses_to_start_outside_development(tmp_path, key, env):
    with pytest.raises(WeakSecretKey, match="QUIZAPP_SECRET_KEY"):
        make(tmp_path, SECRET_KEY=key, ENV_NAME=env)


@pytest.mark.parametrize("env", ["development", "Development", "TESTING", " testing "])
def test_development_and_testing_may_run_with_the_dev_key(tmp_path, env):
    assert make(tmp_path, ENV_NAME=env).secret_key == "dev"


def test_a_weak_fallback_key_is_refused_too(tmp_path):
    with pytest.raises(WeakSecretKey, match="fallback key 1"):
        make(tmp_path, ENV_NAME="production", SECRET_KEY=STRONG, SECRET_KEY_FALLBACKS=["dev"])
    assert make(tmp_path, ENV_NAME="production", SECRET_KEY=STRONG, SECRET_KEY_FALLBACKS=["o" * 40])


def test_gunicorn_conf_sets_production_so_a_weak_key_stops_gunicorn(tmp_path):
    env = {"PATH": str(Path(sys.executable).parent), "DATABASE_URL": f"sqlite:///{tmp_path / 'g.sqlite'}",
           "QUIZAPP_SECRET_KEY": "dev", "QUIZAPP_ENV_NAME": "development", "QUIZAPP_WORKERS": "1",
           "QUIZAPP_BIND": f"127.0.0.1:{free_port()}", "QUIZAPP_ACCESS_LOG": "/dev/null"}  # fmt: skip
    gunicorn = Path(sys.executable).parent / "gunicorn"
    done = subprocess.run([str(gunicorn), "-c", "gunicorn.conf.py"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.returncode != 0
    assert "QUIZAPP_SECRET_KEY is the development key" in done.stderr


def test_a_session_cookie_saved_before_sign_out_is_refused_after(app):
    with app.app_context():
        teachers.create_teacher("ann@school.example", "Ann", TEACHER_PASSWORD)
    client = teacher_client(app)
    saved = client.get_cookie("session").value
    assert client.get("/teach/").status_code == 200
    assert client.post("/teach/logout").status_code == 303
    thief = app.test_client()
    thief.set_cookie("session", saved)
    refused = thief.get("/teach/")
    assert refused.status_code == 302 and "/teach/login" in refused.headers["Location"]
    assert teacher_client(app).get("/teach/").status_code == 200  # signing in again works


def test_sign_in_starts_a_new_session(app):
    with app.app_context():
        teachers.create_teacher("ann@school.example", "Ann", TEACHER_PASSWORD)
    client = app.test_client()
    with client.session_transaction() as session:
        session["planted"] = "by someone else"
    client.post("/teach/login", data={"email": "ann@school.example", "password": TEACHER_PASSWORD})
    with client.session_transaction() as session:
        assert "planted" not in session and session["_user_id"].startswith("1:")


def test_an_unknown_email_costs_one_password_hash_as_a_known_one_does(app, monkeypatch):
    checked: list[str] = []
    real = teachers.check_password_hash
    monkeypatch.setattr(teachers, "check_password_hash", lambda h, p: checked.append(h) or real(h, p))
    with app.app_context():
        teachers.create_teacher("ann@school.example", "Ann", TEACHER_PASSWORD)
        stored = teachers.teacher_by_email("ann@school.example").password_hash
        assert teachers.authenticate("ann@school.example", "wrong password") is None
        assert teachers.authenticate("nobody@school.example", "wrong password") is None
    assert len(checked) == 2
    method = stored.split("$", 1)[0]  # e.g. "scrypt:32768:8:1": the same work factor
    assert checked[0] == stored and checked[1] != stored and checked[1].split("$", 1)[0] == method


HOSTILE_NEXT = ["//evil.example/", "https://evil.example/", "/\\evil.example", "/\t/evil.example",
                "/\n/evil.example", "javascript:alert(1)", " /teach/", "http:/evil.example"]  # fmt: skip


@pytest.mark.parametrize("target", HOSTILE_NEXT)
def test_next_on_the_item_toggle_and_sign_in_never_leaves_the_site(app, client, school, target):
    with app.app_context():
        item_id = db.session.scalar(select(Item.id).where(Item.article_id == school["article"]))
    toggled = teacher_client(app).post(f"/teach/items/{item_id}/toggle", data={"next": target})
    assert toggled.status_code == 303 and toggled.headers["Location"].startswith("/teach/"), target
    code = join(client, school["code"], "Ada")
    signed = app.test_client().post("/signin", data={"code": school["code"], "personal": code, "next": target})
    assert signed.status_code == 303 and signed.headers["Location"] == "/my", target


def test_hsts_in_production_only(tmp_path):
    production = make(tmp_path, ENV_NAME="production", SECRET_KEY=STRONG)
    assert production.test_client().get("/healthz").headers["Strict-Transport-Security"].startswith("max-age=")
    development = make(tmp_path, ENV_NAME="development")
    assert "Strict-Transport-Security" not in development.test_client().get("/healthz").headers


def test_teacher_pages_and_results_are_never_cached(app, client, school):
    teacher = teacher_client(app)
    for path in ["/teach/", f"/teach/quizzes/{school['quiz']}", f"/teach/classes/{school['class']}",
                 f"/teach/quizzes/{school['quiz']}/scores.csv"]:  # fmt: skip
        page = teacher.get(path)
        assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store", path
    join(client, school["code"], "Ada")
    attempt = client.post(f"/quiz/{school['public']}/start").headers["Location"]
    client.post(attempt, data={})
    assert client.get(attempt + "/results").headers["Cache-Control"] == "no-store"
    assert client.get("/my").headers["Cache-Control"] == "no-store"


def test_an_untrusted_host_is_refused_and_links_come_from_the_public_url(app, school):
    app.config["TRUSTED_HOSTS"] = ["quiz.school.example", "localhost"]
    app.config["PUBLIC_URL"] = "https://quiz.school.example"
    teacher = teacher_client(app)
    assert teacher.get("/teach/", headers={"Host": "evil.example"}).status_code == 400
    page = teacher.get(f"/teach/classes/{school['class']}").get_data(as_text=True)
    assert f"https://quiz.school.example/join?code={school['code']}" in page and "localhost/join" not in page


def test_proxy_fix_takes_the_client_address_from_the_one_trusted_proxy(tmp_path):
    app = make(tmp_path, ENV_NAME="development", PROXY_COUNT=1)
    seen: list[str | None] = []

    @app.get("/address")
    def address() -> str:
        from flask import request

        seen.append(request.remote_addr)
        return "ok"

    app.test_client().get("/address", headers={"X-Forwarded-For": "198.51.100.7, 127.0.0.9"},
                          environ_base={"REMOTE_ADDR": "127.0.0.1"})  # fmt: skip
    assert seen == ["127.0.0.9"]  # the address nginx saw; the client's own claim before it is not believed
