"""Nothing typed is lost: answers saved as the student goes, a quiz page that still submits hours later, a refused
submission that shows the answers back, and a restart with a rotated key that keeps every attempt in progress."""

from __future__ import annotations

import html
import json
import re
from datetime import timedelta

import time_machine
from sqlalchemy import select

from benchmarks.server import gunicorn, prepare_database, stored_attempts
from benchmarks.students import Outcome, Student, answers, token
from quizapp.extensions import db
from quizapp.models import Attempt

from .conftest import join


def with_csrf(app) -> None:
    app.config["WTF_CSRF_ENABLED"] = True


def joined_with_token(client, code: str, name: str) -> None:
    page = client.get(f"/join?code={code}").get_data(as_text=True)
    response = client.post("/join", data={"code": code, "name": name, "csrf_token": token(page)})
    assert response.status_code == 200


def started(client, quiz: str) -> str:
    page = client.get(f"/quiz/{quiz}").get_data(as_text=True)
    response = client.post(f"/quiz/{quiz}/start", data={"csrf_token": token(page)})
    assert response.status_code == 303
    return response.headers["Location"]


def shown_answers(page: str) -> dict[str, str]:
    """The answers a quiz page shows filled in: text boxes' values and checked radio buttons."""
    found = {}
    for tag in re.findall(r"<input [^>]*>", page):
        attributes = dict(re.findall(r'(\w+)="([^"]*)"', tag))
        name, value = attributes.get("name", ""), html.unescape(attributes.get("value", ""))
        if not re.fullmatch(r"q\d+", name):
            continue
        if attributes.get("type") != "radio" or re.search(r"\schecked\b", tag):
            found[name] = value
    return {name: value for name, value in found.items() if value}


def typed_in(form: dict[str, str]) -> dict[str, str]:
    return {name: value for name, value in form.items() if name != "csrf_token"}


def test_a_quiz_page_submitted_three_hours_after_loading_scores(app, school):
    with_csrf(app)
    client = app.test_client()
    with time_machine.travel("2026-12-01 09:00 +0000", tick=True) as traveller:
        joined_with_token(client, school["code"], "Ada")
        attempt = started(client, school["public"])
        form = answers(client.get(attempt).get_data(as_text=True))
        traveller.shift(timedelta(hours=3))
        saved = client.post(attempt + "/review", data=form)
        assert saved.status_code == 303 and saved.headers["Location"].endswith("/review")
        review = client.get(attempt + "/review").get_data(as_text=True)
        submitted = client.post(attempt, data={"csrf_token": token(review)})
        assert submitted.status_code == 303
        results = client.get(attempt + "/results").get_data(as_text=True)
    assert re.search(r"\d+ out of \d+", results)
    with app.app_context():
        stored = db.session.scalar(select(Attempt))
        assert stored.submitted_at is not None and stored.score is not None


def test_a_refused_submission_shows_the_answers_back_and_stores_nothing(app, school):
    with_csrf(app)
    client = app.test_client()
    joined_with_token(client, school["code"], "Ada")
    attempt = started(client, school["public"])
    form = answers(client.get(attempt).get_data(as_text=True))
    for path in (attempt + "/review", attempt):  # the review step and the submission
        refused = client.post(path, data={**form, "csrf_token": "expired-or-forged"})
        page = refused.get_data(as_text=True)
        assert refused.status_code == 400 and "Your answers were not sent" in page
        assert shown_answers(page) == typed_in(form)
        with app.app_context():
            assert db.session.scalar(select(Attempt)).draft is None
    again = client.post(attempt, data={**answers(page), "csrf_token": token(page)})  # sent once more: scored
    assert again.status_code == 303
    with app.app_context():
        assert db.session.scalar(select(Attempt)).score is not None


def test_a_page_reloaded_mid_quiz_shows_the_answers_typed_so_far(app, client, school):
    join(client, school["code"], "Ada")
    attempt = client.post(f"/quiz/{school['public']}/start").headers["Location"]
    page = client.get(attempt).get_data(as_text=True)
    assert f'data-draft="{attempt}/draft"' in page and "draft.js" in page
    typed = dict(list(typed_in(answers(page)).items())[:3])
    assert client.post(attempt + "/draft", data=typed).status_code == 204  # what draft.js sends as they type
    assert shown_answers(client.get(attempt).get_data(as_text=True)) == typed
    client.post(attempt, data={})
    assert client.post(attempt + "/draft", data=typed).status_code == 409  # a submitted attempt keeps its answers
    other = app.test_client()
    join(other, school["code"], "Ben")
    assert other.post(attempt + "/draft", data=typed).status_code == 404  # nobody else's attempt


KEY_A, KEY_B = "a" * 64, "b" * 64


def begin(base: str, quiz_path: str, code: str, name: str) -> tuple[Student, str, dict[str, str]]:
    """A student who joined, started and saved every answer in a draft, and kept the page open."""
    student = Student(base, Outcome())
    _, _, page = student.request("GET", f"/join?code={code}")
    assert student.request("POST", "/join", {"code": code, "name": name, "csrf_token": token(page)})[0] == 200
    _, _, page = student.request("GET", quiz_path)
    _, attempt, _ = student.request("POST", quiz_path + "/start", {"csrf_token": token(page)})
    form = answers(student.request("GET", attempt)[2])
    assert student.request("POST", attempt + "/draft", form)[0] == 204
    return student, attempt, form


def test_a_restart_with_a_rotated_key_keeps_every_attempt_in_progress(tmp_path):
    url = f"sqlite:///{tmp_path / 'rotate.sqlite'}"
    quiz_path, code = prepare_database(url)
    with gunicorn(url, workers=2, env={"QUIZAPP_SECRET_KEY": KEY_A}) as (base, _):
        students = [begin(base, quiz_path, code, f"Student {n:02d}") for n in range(20)]
    with gunicorn(url, workers=2, env={"QUIZAPP_SECRET_KEY": KEY_B}) as (base, _):  # the control: no fallback
        student, attempt, _ = students[0]
        lost = Student(base, Outcome())
        lost.cookies = dict(student.cookies)
        assert lost.request("GET", attempt)[0] == 404
    rotated = {"QUIZAPP_SECRET_KEY": KEY_B, "QUIZAPP_SECRET_KEY_FALLBACKS": json.dumps([KEY_A])}
    with gunicorn(url, workers=2, env=rotated) as (base, _):
        for student, attempt, form in students:
            student.host, student.port = "127.0.0.1", int(base.rsplit(":", 1)[1])
            status, _, page = student.request("GET", attempt)  # reloaded after the restart: the draft is there
            assert status == 200 and shown_answers(page) == typed_in(form)
            status, location, _ = student.request("POST", attempt, form)  # the page kept open since before
            assert status == 303 and location.endswith("/results")
    stored = stored_attempts(url)
    assert len(stored) == 20 and all(submitted and count == 20 for submitted, count in stored.values())
