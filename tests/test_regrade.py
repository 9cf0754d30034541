"""Regrading: a key changed after students answered re-scores them once the teacher confirms; a mark by
hand does the same for one answer; scores, statistics and the CSV follow; students keep the wording
they answered."""

from __future__ import annotations

import csv
import html
import io
import re

import pytest
from sqlalchemy import select

from quizapp.editing import Draft, new_item
from quizapp.extensions import db
from quizapp.models import Article, Attempt, Item, Quiz, QuizItem, Response, Student

from .teaching import answer_by_web, build_world, sign_in, web_student

PROMPT = "Russian President _____ and North Korean leader Kim Jong-un were seen riding in a Russian-made limousine."
EVIDENCE = ("Specifically, Russian President Vladimir Putin and North Korean leader Kim Jong-un were seen riding in a "
            "Russian-made limousine, Aurus.")  # fmt: skip
GIVEN = {"Ada": "Vladimir Putin", "Ben": "Vova", "Cy": "the Russian leader"}  # right, then two wrong


def putin_fill_in(article: Article, quiz: Quiz) -> Item:
    """The seed's fill-in about Putin; while the generator proposes none, the teacher writes it into the quiz."""
    found = next((i for i in article.items if i.prompt == PROMPT and i.type == "fill_in"), None)
    if found is None:
        found = new_item(article, Draft("fill_in", PROMPT, "Vladimir Putin", accepted=["Putin"], evidence=EVIDENCE))
        quiz.entries.append(QuizItem(item_id=found.id, position=len(quiz.entries)))
        db.session.commit()
    return found


@pytest.fixture()
def answered(app, seed_parsed, seed_items):
    """Three students of Ann's class answered the fill-in about Putin (and left the rest blank)."""
    world = build_world(app, seed_parsed, seed_items)
    with app.app_context():
        quiz = db.session.get(Quiz, world["quiz"])
        world["fill_in"] = putin_fill_in(db.session.get(Article, world["article"]), quiz).id
        world["total"] = len(quiz.entries)  # every item of the quiz is enabled
    world["students"] = {}
    for name, given in GIVEN.items():
        student = web_student(app, world["code"], name)
        world["students"][name] = (student, answer_by_web(student, world["public"], {PROMPT: given}))
    return world


def scores(app) -> dict[str, tuple[int, int]]:
    with app.app_context():
        rows = db.session.execute(select(Student.name, Attempt.score, Attempt.total).join(Attempt.student))
        return {name: (score, total) for name, score, total in rows}


def facility(client, quiz_id: int, prompt: str) -> str:
    """The "Right" share the review page shows for the item."""
    page = html.unescape(client.get(f"/teach/quizzes/{quiz_id}").get_data(as_text=True))
    return re.search(re.escape(prompt) + r"</td>\s*<td[^>]*>([^<]+)</td>", page).group(1)


def csv_marks(client, quiz_id: int, question: str) -> dict[str, str]:
    body = client.get(f"/teach/quizzes/{quiz_id}/scores.csv").get_data().decode("utf-8-sig")
    return {row["student"]: row[f"{question} mark"] for row in csv.DictReader(io.StringIO(body))}


def question_number(app, quiz_id: int, item_id: int) -> str:
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        return f"Q{[e.item_id for e in quiz.entries].index(item_id) + 1}"


def edit_accepted(client, app, item_id: int, accepted: str):
    with app.app_context():
        item = db.session.get(Item, item_id)
        form = {"prompt": item.prompt, "answer": item.answer, "accepted": accepted, "evidence": item.evidence,
                "explanation": item.explanation}  # fmt: skip
    return client.post(f"/teach/items/{item_id}/edit", data=form)


def test_a_new_accepted_answer_regrades_scores_statistics_and_csv(app, client, answered):
    sign_in(client)
    quiz, item = answered["quiz"], answered["fill_in"]
    q = question_number(app, quiz, item)
    n = answered["total"]
    assert scores(app) == {"Ada": (1, n), "Ben": (0, n), "Cy": (0, n)}
    assert facility(client, quiz, PROMPT) == "33%"
    assert csv_marks(client, quiz, q) == {"Ada": "1", "Ben": "0", "Cy": "0"}

    saved = edit_accepted(client, app, item, "Putin\nVova")
    assert saved.status_code == 303 and f"/teach/items/{item}/regrade" in saved.headers["Location"]
    offer = client.get(saved.headers["Location"]).get_data(as_text=True)
    assert "1 of 3 submitted answers</strong> would change" in offer and "1 become right" in offer
    assert scores(app)["Ben"] == (0, n), "nothing changes before the teacher confirms"

    done = client.post(f"/teach/items/{item}/regrade", data={"next": f"/teach/quizzes/{quiz}"})
    assert done.status_code == 303 and done.headers["Location"] == f"/teach/quizzes/{quiz}"
    assert scores(app) == {"Ada": (1, n), "Ben": (1, n), "Cy": (0, n)}
    assert facility(client, quiz, PROMPT) == "67%"
    assert csv_marks(client, quiz, q) == {"Ada": "1", "Ben": "1", "Cy": "0"}
    ben, ben_results = answered["students"]["Ben"]
    assert re.search(rf"you scored\s*<strong>1 out of {n}</strong>", ben.get(ben_results).get_data(as_text=True))
    again = client.get(f"/teach/items/{item}/regrade").get_data(as_text=True)
    assert "No past answer would change" in again


def response_of(app, name: str, item_id: int) -> int:
    with app.app_context():
        return db.session.scalar(
            select(Response.id).join(Attempt).join(Student).where(Student.name == name, Response.item_id == item_id)
        )


def test_a_mark_by_hand_changes_score_statistics_and_csv_and_survives_a_regrade(app, client, answered):
    sign_in(client)
    quiz, item = answered["quiz"], answered["fill_in"]
    q, n = question_number(app, quiz, item), answered["total"]
    cy = response_of(app, "Cy", item)
    page = client.get(f"/teach/responses/{cy}").get_data(as_text=True)
    assert "the Russian leader" in page and "The answer checker says: <strong>wrong</strong>" in page
    marked = client.post(f"/teach/responses/{cy}", data={"mark": "right", "next": f"/teach/quizzes/{quiz}"})
    assert marked.status_code == 303
    assert scores(app)["Cy"] == (1, n)
    assert facility(client, quiz, PROMPT) == "67%"
    assert csv_marks(client, quiz, q)["Cy"] == "1"
    cy_client, cy_results = answered["students"]["Cy"]
    assert "(marked by your teacher)" in cy_client.get(cy_results).get_data(as_text=True)

    edit_accepted(client, app, item, "Putin\nVova")  # a regrade leaves the teacher's own mark alone
    offer = client.get(f"/teach/items/{item}/regrade").get_data(as_text=True)
    assert "1 answer you marked by hand keep your mark" in offer
    client.post(f"/teach/items/{item}/regrade")
    assert scores(app) == {"Ada": (1, n), "Ben": (1, n), "Cy": (1, n)}
    client.post(f"/teach/responses/{cy}", data={"mark": "checker"})
    assert scores(app)["Cy"] == (0, n)
    assert client.post(f"/teach/responses/{cy}", data={"mark": "maybe"}).status_code == 400


def test_disabling_an_item_and_regrading_takes_it_out_of_past_scores(app, client, answered):
    sign_in(client)
    quiz, item, n = answered["quiz"], answered["fill_in"], answered["total"]
    toggled = client.post(f"/teach/items/{item}/toggle", data={"next": f"/teach/quizzes/{quiz}"})
    assert f"/teach/items/{item}/regrade" in toggled.headers["Location"]
    assert "3 stop counting" in client.get(toggled.headers["Location"]).get_data(as_text=True)
    client.post(f"/teach/items/{item}/regrade")
    assert scores(app) == {"Ada": (0, n - 1), "Ben": (0, n - 1), "Cy": (0, n - 1)}
    assert csv_marks(client, quiz, question_number(app, quiz, item)) == {"Ada": "", "Ben": "", "Cy": ""}
    ada, ada_results = answered["students"]["Ada"]
    assert "This question no longer counts" in ada.get(ada_results).get_data(as_text=True)
    client.post(f"/teach/items/{item}/toggle")  # enabled again: the answers count again
    client.post(f"/teach/items/{item}/regrade")
    assert scores(app)["Ada"] == (1, n)


def test_results_keep_the_wording_the_student_answered(app, client, answered):
    sign_in(client)
    item = answered["fill_in"]
    with app.app_context():
        found = db.session.get(Item, item)
        form = {"prompt": "Which president rode in the limousine with Kim? _____", "answer": found.answer,
                "accepted": "Putin", "evidence": found.evidence, "explanation": found.explanation}  # fmt: skip
    assert client.post(f"/teach/items/{item}/edit", data=form).status_code == 303
    ada, results = answered["students"]["Ada"]
    page = html.unescape(ada.get(results).get_data(as_text=True))
    assert PROMPT in page and "Which president rode" not in page
    teacher_view = html.unescape(client.get(f"/teach/responses/{response_of(app, 'Ada', item)}").get_data(as_text=True))
    assert PROMPT in teacher_view
