"""Flashcard study: the schedule is fsrs's own, it survives a restart, and answers stay hidden until earned."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta

from fsrs import Card, Rating, Scheduler
from sqlalchemy import select

from quizapp import create_app
from quizapp.extensions import db
from quizapp.models import Item, Quiz, StudyCard
from quizapp.quizzes import start_attempt, submit
from quizapp.students import create
from quizapp.study import LEARN_AHEAD, grade, queue, until

from .conftest import start

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def studying_student(app) -> tuple[int, Quiz]:
    with app.app_context():
        quiz = db.session.scalar(select(Quiz))
        student, _ = create("Ada", None)
        submit(start_attempt(quiz, student), {})
        return student.id, quiz.id


def test_schedule_matches_fsrs_for_a_known_sequence_of_grades(app):
    student_id, _ = studying_student(app)
    grades = [Rating.Good, Rating.Good, Rating.Again, Rating.Good, Rating.Easy, Rating.Hard]
    reference, when = Card(card_id=1, due=T0), T0
    with app.app_context():
        item = db.session.scalar(select(Item))
        for rating in grades:
            reference, _ = Scheduler(enable_fuzzing=False).review_card(reference, rating, review_datetime=when)
            card = grade(student_id, item, rating, now=when)
            assert card.due == reference.due.replace(tzinfo=None)
            assert card.fsrs_card["stability"] == reference.stability
            assert card.fsrs_card["difficulty"] == reference.difficulty
            assert card.state == int(reference.state)
            when = reference.due  # the student comes back exactly when the card is due
        assert card.reviews == len(grades)


def test_again_comes_back_in_the_session_good_waits(app):
    student_id, quiz_id = studying_student(app)
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        start = queue(student_id, quiz, now=T0)
        first = start.next_item
        grade(student_id, first, Rating.Good, now=T0)
        after_good = queue(student_id, quiz, now=T0)
        assert after_good.new == start.new - 1 and after_good.learning == 0
        second = after_good.next_item
        assert second.id != first.id
        grade(student_id, second, Rating.Again, now=T0)
        after_again = queue(student_id, quiz, now=T0)
        assert after_again.learning == 1
        later = T0 + timedelta(minutes=2)  # new cards first, then the one graded Again returns
        ids = []
        for _ in range(after_again.new + 1):
            nxt = queue(student_id, quiz, now=later).next_item
            ids.append(nxt.id)
            grade(student_id, nxt, Rating.Easy, now=later)
        assert second.id in ids and first.id not in ids
        assert queue(student_id, quiz, now=later).done
        assert queue(student_id, quiz, now=T0 + timedelta(minutes=10) + LEARN_AHEAD).next_item.id == first.id


def test_queue_survives_a_restart(app, tmp_path):
    student_id, quiz_id = studying_student(app)
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        item = queue(student_id, quiz, now=T0).next_item
        grade(student_id, item, Rating.Good, now=T0)
        before = queue(student_id, quiz, now=T0)
    restarted = create_app(dict(app.config))
    with restarted.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        after = queue(student_id, quiz, now=T0)
        assert (after.new, after.learning, after.due) == (before.new, before.learning, before.due)
        assert db.session.scalar(select(StudyCard)).item_id == item.id
        db.session.remove()
        db.engine.dispose()


def test_study_needs_a_submitted_attempt(app, client):
    with app.app_context():
        public_id = db.session.scalar(select(Quiz)).public_id
    assert client.get(f"/study/{public_id}").status_code == 403
    attempt = start(client, public_id)
    assert client.get(f"/study/{public_id}").status_code == 403  # started, not submitted
    client.post(attempt, data={})
    page = client.get(f"/study/{public_id}").get_data(as_text=True)
    assert 'id="count-new"' in page
    front = re.search(r'action="(/study/[^"]+/(\d+))"', page)
    with app.app_context():
        item = db.session.get(Item, int(front.group(2)))
        assert item.explanation not in html.unescape(page)
    back = client.get(front.group(1)).get_data(as_text=True)
    assert item.explanation in html.unescape(back)
    graded = client.post(front.group(1), data={"rating": "good"})
    assert graded.status_code == 303
    assert client.post(front.group(1), data={"rating": "excellent"}).status_code == 303  # refused, back to the card


def test_done_for_now_says_when_the_next_card_is_due(app):
    student_id, quiz_id = studying_student(app)
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        while not (current := queue(student_id, quiz, now=T0)).done:
            grade(student_id, current.next_item, Rating.Good, now=T0)  # each new card: due in ten minutes
        assert current.next_due == (T0 + timedelta(minutes=10)).replace(tzinfo=None)
        assert until(current.next_due, T0 + timedelta(minutes=1)) == "in 9 minutes"
    assert until(T0 + timedelta(minutes=1), T0) == "in 1 minute"
    assert until(T0 + timedelta(hours=3), T0) == "in 3 hours"
    assert until(T0 + timedelta(days=1), T0) == "tomorrow" and until(T0 + timedelta(days=4), T0) == "in 4 days"


def test_the_page_says_when_the_next_card_is_due(app, client):
    with app.app_context():
        public_id = db.session.scalar(select(Quiz)).public_id
    client.post(start(client, public_id), data={})
    for _ in range(30):
        page = client.get(f"/study/{public_id}").get_data(as_text=True)
        front = re.search(r'action="(/study/[^"]+/\d+)"', page)
        if front is None:
            break
        client.post(front.group(1), data={"rating": "good"})
    assert re.search(r"Next card in (9|10) minutes", page)


def who_said_card(app) -> Item:
    with app.app_context():
        return next(i for i in db.session.scalars(select(Item)) if i.type == "who_said" and i.accepted)


def test_a_who_said_card_accepts_what_the_item_accepts(app, client):
    item = who_said_card(app)
    with app.app_context():
        public_id = db.session.scalar(select(Quiz)).public_id
    client.post(start(client, public_id), data={})
    back = f"/study/{public_id}/{item.id}"
    for typed, verdict in [(item.accepted[0], "right"), (item.answer, "right"),
                           (next(c for c in item.choices if c != item.answer), "not quite")]:  # fmt: skip
        page = client.get(back, query_string={"answer": typed}).get_data(as_text=True)
        assert re.search(rf"Your answer: “[^”]+”: {verdict}\.", page), typed


def test_who_said_cards_take_a_tap_on_a_choice(app, client):
    item = who_said_card(app)
    with app.app_context():
        public_id = db.session.scalar(select(Quiz)).public_id
    client.post(start(client, public_id), data={})
    for _ in range(25):
        page = client.get(f"/study/{public_id}").get_data(as_text=True)
        if f"/{item.id}\"" in page:
            break
        client.post(re.search(r'action="(/study/[^"]+/\d+)"', page).group(1), data={"rating": "easy"})
    buttons = re.findall(r'<button type="submit" name="answer" value="([^"]+)" class="choice-button">', page)
    assert sorted(html.unescape(b) for b in buttons) == sorted(item.choices)
