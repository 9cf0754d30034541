"""The student's quiz through Flask's test client: honest pages, scoring once, private results."""

from __future__ import annotations

import html
import re

import pytest
from sqlalchemy import func, select

from quizapp import create_app
from quizapp.extensions import db
from quizapp.models import Attempt, Item, Quiz, Response

from .conftest import start


def seed_quiz(app) -> Quiz:
    with app.app_context():
        return db.session.scalar(select(Quiz))


def all_items(app) -> list[Item]:
    with app.app_context():
        return list(db.session.scalars(select(Item).order_by(Item.position)))


def right_answers(page: str, items: list[Item]) -> dict[str, str]:
    """The form values that answer every question of an attempt page right."""
    by_prompt = {i.prompt: i for i in items}
    answers = {}
    blocks = re.split(r'<(?:div|fieldset) class="question">', page)[1:]
    for block in blocks:
        number = re.search(r"Question (\d+)", block).group(1)
        prompt = re.search(r'class="prompt">(.*?)</', block, re.S).group(1).strip()
        item = by_prompt[prompt.replace("&#34;", '"').replace("&quot;", '"').replace("&#39;", "'")]
        answer = item.answer
        answers[f"q{number}"] = ("true" if answer else "false") if isinstance(answer, bool) else answer
    return answers


def test_home_lists_the_seed_quiz(client, app):
    quiz = seed_quiz(app)
    page = client.get("/").get_data(as_text=True)
    assert quiz.title in page and f"/quiz/{quiz.public_id}" in page


def test_quiz_page_holds_no_answers(client, app):
    quiz = seed_quiz(app)
    page = client.get(start(client, quiz.public_id)).get_data(as_text=True)
    items = all_items(app)
    assert page.count('class="question"') == len(items)
    for item in items:
        assert html.escape(item.explanation) not in page
        if item.type != "true_false" or item.answer is False:  # the sentence that settles the answer
            assert html.escape(item.evidence) not in page
    text_boxes = re.findall(r'<input id="q\d+"[^>]*>', page)
    assert len(text_boxes) == sum(i.type == "fill_in" for i in items)
    assert not any("value=" in box for box in text_boxes)
    assert "correct" not in page.lower() and "data-answer" not in page
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/static/draft.js" defer>']  # no inline script


def test_a_full_attempt_scores_every_answer(client, app):
    quiz = seed_quiz(app)
    attempt_url = start(client, quiz.public_id)
    page = client.get(attempt_url).get_data(as_text=True)
    answers = right_answers(page, all_items(app))
    response = client.post(attempt_url, data=answers)
    assert response.status_code == 303 and response.headers["Location"].endswith("/results")
    results = client.get(response.headers["Location"]).get_data(as_text=True)
    total = len(all_items(app))
    assert f"{total} out of {total}" in results
    assert results.count("<mark>") == total


def test_wrong_and_missing_answers_score_zero(client, app):
    quiz = seed_quiz(app)
    attempt_url = start(client, quiz.public_id)
    client.post(attempt_url, data={"q1": "definitely wrong"})
    results = client.get(attempt_url + "/results").get_data(as_text=True)
    assert "0 out of" in results and "(no answer)" in results


def test_double_submit_scores_once(client, app):
    quiz = seed_quiz(app)
    attempt_url = start(client, quiz.public_id)
    page = client.get(attempt_url).get_data(as_text=True)
    answers = right_answers(page, all_items(app))
    client.post(attempt_url, data=answers)
    again = client.post(attempt_url, data={})  # the back button and a second submit
    assert again.status_code == 303
    with app.app_context():
        [attempt] = db.session.scalars(select(Attempt)).all()
        assert attempt.score == attempt.total
        assert db.session.scalar(select(func.count(Response.id))) == attempt.total


def test_starting_again_resumes_and_a_retake_is_a_new_attempt_in_its_own_order(client, app):
    quiz = seed_quiz(app)
    first = start(client, quiz.public_id)
    assert start(client, quiz.public_id) == first  # one attempt in progress: starting again resumes it
    client.post(first, data={})
    second = start(client, quiz.public_id)
    assert second != first
    with app.app_context():
        layouts = [a.layout for a in db.session.scalars(select(Attempt).order_by(Attempt.id))]
    assert len(layouts) == 2 and layouts[0] != layouts[1]  # 23 items: the same order twice is ~1 in 10^22
    assert sorted(i for i, _ in layouts[0]) == sorted(i for i, _ in layouts[1])


def test_another_student_cannot_open_my_attempt(client, app):
    quiz = seed_quiz(app)
    mine = start(client, quiz.public_id, "Ada")
    client.post(mine, data={})
    other = app.test_client()
    assert other.get(mine).status_code == 404
    assert other.get(mine + "/results").status_code == 404
    assert other.post(mine, data={}).status_code == 404


def test_name_is_required_and_capped(client, app):
    quiz = seed_quiz(app)
    assert client.post(f"/quiz/{quiz.public_id}/start", data={"name": "   "}).status_code == 400
    start(client, quiz.public_id, "x" * 5000)
    with app.app_context():
        assert len(db.session.scalar(select(Attempt)).student.name) == 80


def test_unknown_quiz_and_attempt_are_404(client):
    assert client.get("/quiz/nope").status_code == 404
    assert client.get("/attempt/nope").status_code == 404


def test_security_headers(client):
    response = client.get("/")
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_forms_need_a_csrf_token(tmp_path, seed_parsed, seed_items):
    from quizapp.store import add_article, init_db

    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'csrf.sqlite'}"})
    with app.app_context():
        init_db()
        add_article(seed_parsed, seed_items.to_json())
        public_id = db.session.scalar(select(Quiz)).public_id
    client = app.test_client()
    assert client.post(f"/quiz/{public_id}/start", data={"name": "Ada"}).status_code == 400
    page = client.get(f"/quiz/{public_id}").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    started = client.post(f"/quiz/{public_id}/start", data={"name": "Ada", "csrf_token": token})
    assert started.status_code == 200 and 'id="personal-code"' in started.get_data(as_text=True)
    with app.app_context():
        db.engine.dispose()


@pytest.mark.parametrize("path", ["/", "/healthz"])
def test_pages_render(client, path):
    assert client.get(path).status_code == 200
