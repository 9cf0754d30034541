"""Helpers for the teacher tests: a world of two teachers, signing in, students taking a quiz."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from sqlalchemy import select

from quizapp.editing import Draft, new_item
from quizapp.extensions import db
from quizapp.models import Article, Attempt, Classroom, GenerationJob, Item, Quiz, QuizItem, Student
from quizapp.quizzes import start_attempt, submit
from quizapp.store import add_article, create_quiz
from quizapp.students import name_key
from quizapp.teachers import create_classroom, create_teacher

PASSWORD = "correct horse"
PYONGYANG = "Interestingly, Vladimir Putin visited the North Korean capital, Pyongyang, after many years."
# An item of each type about the seed article, for when the generator proposes none of a type.
WRITTEN = {
    "who_said": Draft("who_said", "Who referred to the agreement as an alliance?", "Kim Jong-un",
                      ["Kim Jong-un", "Vladimir Putin", "Yuri Ushakov"], [],
                      "The two leaders also signed a mutual defense obligation agreement, which the North Korean "
                      "President referred to as an alliance."),
    "true_false": Draft("true_false", "Putin visited Pyongyang.", True, ["True", "False"], [], PYONGYANG),
    "fill_in": Draft("fill_in", "Vladimir Putin visited the North Korean capital, _____, after many years.",
                     "Pyongyang", [], [], PYONGYANG),
}  # fmt: skip


def build_world(app, seed_parsed, seed_items) -> dict:
    """Teacher Ann owns an article, a class and a published quiz in it; teacher Bob owns nothing of hers."""
    with app.app_context():
        ann = create_teacher("ann@school.example", "Ann", PASSWORD)
        create_teacher("bob@school.example", "Bob", PASSWORD)
        article, _ = add_article(seed_parsed, seed_items.to_json(), teacher_id=ann.id, with_quiz=False)
        classroom = create_classroom(ann.id, "Year 9")
        quiz = create_quiz(article, article.items, title="Pact quiz", teacher_id=ann.id, classroom_id=classroom.id,
                           published=True)  # fmt: skip
        job = GenerationJob(public_id="ann-job-1", teacher_id=ann.id, kind="paste", source_name="pasted text",
                            state="failed", message="Choose a file or paste the article's text.")  # fmt: skip
        db.session.add(job)
        db.session.commit()
        return {"article": article.id, "item": article.items[0].id, "class": classroom.id, "quiz": quiz.id,
                "code": classroom.join_code, "public": quiz.public_id, "job": job.public_id}  # fmt: skip


def item_of_kind(article: Article, kind: str, quiz: Quiz | None = None) -> Item:
    """The article's first enabled item of a kind; while the generator proposes none, one the teacher
    writes (and adds to the quiz, when one is given). Call it inside an app context."""
    found = next((i for i in article.items if i.type == kind and i.enabled), None)
    if found is None:
        found = new_item(article, WRITTEN[kind])
        if quiz is not None:
            quiz.entries.append(QuizItem(item_id=found.id, position=len(quiz.entries)))
            db.session.commit()
        db.session.refresh(found)
    return found


def added_article(client, data: dict, **options) -> int:
    """Upload a file or paste text (the app fixture runs each job as it is submitted); the new article's id."""
    response = client.post("/teach/articles/new", data=data, **options)
    assert response.status_code == 303, response.get_data(as_text=True)
    job_page = client.get(response.headers["Location"])
    assert job_page.status_code == 303, job_page.get_data(as_text=True)  # done: on to the article
    return int(job_page.headers["Location"].rsplit("/", 1)[1])


def sign_in(client, email: str = "ann@school.example") -> None:
    response = client.post("/teach/login", data={"email": email, "password": PASSWORD})
    assert response.status_code == 303, response.get_data(as_text=True)


def right_answer(item: Item) -> str:
    return ("true" if item.answer else "false") if item.type == "true_false" else str(item.answer)


def new_student(classroom: Classroom, name: str) -> Student:
    """A student of the class, as joining makes one (without the personal code: its hash takes time)."""
    student = Student(name=name, name_key=name_key(name), classroom_id=classroom.id)
    db.session.add(student)
    db.session.commit()
    return student


def take(app, quiz_id: int, classroom_id: int, name: str, answer: Callable[[Item], str | None]) -> int:
    """A new student of the class takes the quiz once; returns the attempt's id."""
    with app.app_context():
        student = new_student(db.session.get(Classroom, classroom_id), name)
        return retake(app, quiz_id, student.id, answer)


def retake(app, quiz_id: int, student_id: int, answer: Callable[[Item], str | None]) -> int:
    """The student takes the quiz again (a new attempt); returns its id."""
    with app.app_context():
        attempt = start_attempt(db.session.get(Quiz, quiz_id), db.session.get(Student, student_id))
        items = {i.id: i for i in db.session.scalars(select(Item))}
        form = {f"q{n}": given for n, (item_id, _) in enumerate(attempt.layout, start=1)
                if (given := answer(items[item_id])) is not None}  # fmt: skip
        submit(attempt, form)
        return attempt.id


def make_attempts(app, world, count: int) -> None:
    """`count` more students of the class take the quiz, the first items right for the better students."""
    with app.app_context():
        quiz = db.session.get(Quiz, world["quiz"])
        classroom = db.session.get(Classroom, world["class"])
        items = {i.id: i for i in db.session.scalars(select(Item))}
        joined = len(db.session.scalars(select(Student.id)).all())
        for n in range(joined, joined + count):
            student = new_student(classroom, f"Student {n:03d}")
            attempt = start_attempt(quiz, student)
            form = {f"q{number}": right_answer(items[item_id])
                    for number, (item_id, _) in enumerate(attempt.layout, start=1) if (item_id + n) % 3}  # fmt: skip
            submit(attempt, form)


def score_of(app, attempt_id: int) -> tuple[int, int]:
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        return attempt.score, attempt.total


def web_student(app, code: str, name: str):
    """A student's own browser, joined to the class (the page shows the personal code, and signs the device in)."""
    client = app.test_client()
    assert client.post("/join", data={"code": code, "name": name}).status_code == 200
    client.student_name = name
    return client


def answer_by_web(client, public_id: str, answers: dict[str, str]) -> str:
    """Start the quiz and submit `answers` (prompt -> answer), the rest blank; returns the results path."""
    attempt = client.post(f"/quiz/{public_id}/start", data={"name": client.student_name}).headers["Location"]
    page = client.get(attempt).get_data(as_text=True)
    form = {}
    for block in re.split(r'<(?:div|fieldset) class="question">', page)[1:]:
        number = re.search(r"Question (\d+)", block).group(1)
        prompt = html.unescape(re.search(r'class="prompt">(.*?)</', block, re.S).group(1).strip())
        if prompt in answers:
            form[f"q{number}"] = answers[prompt]
    assert len(form) == len(answers), "every answer was asked"
    done = client.post(attempt, data=form)
    assert done.status_code == 303
    return done.headers["Location"]
