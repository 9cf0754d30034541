"""Taking a quiz: starting an attempt, scoring a submission once, and the feedback afterwards."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from .answers import is_correct
from .extensions import db
from .models import Article, Attempt, Classroom, Item, Quiz, QuizItem, Response, Student, utcnow
from .store import new_public_id

MAX_NAME = 80
MAX_ANSWER = 200


class QuizClosed(Exception):
    """The quiz is not open for attempts."""


def open_quizzes() -> list[Quiz]:
    """The open quizzes not given to a class: the home page's list."""
    query = select(Quiz).where(Quiz.is_open, Quiz.classroom_id.is_(None)).order_by(Quiz.created_at.desc(), Quiz.id)
    return list(db.session.scalars(query))


def class_quizzes(classroom_id: int) -> list[Quiz]:
    query = select(Quiz).where(Quiz.is_open, Quiz.classroom_id == classroom_id).order_by(Quiz.id.desc())
    return list(db.session.scalars(query))


def current_student(student_id: int | None) -> Student | None:
    return db.session.get(Student, student_id) if student_id else None


def may_take(quiz: Quiz, student_id: int | None) -> bool:
    """A class's quiz is for the students who joined that class."""
    if quiz.classroom_id is None:
        return True
    student = current_student(student_id)
    return student is not None and student.classroom_id == quiz.classroom_id


def join_classroom(classroom: Classroom, name: str, student_id: int | None) -> Student:
    """The student in this class: the same browser keeps its student if already in the class."""
    student = current_student(student_id)
    if student is None or student.classroom_id != classroom.id:
        student = Student(name=name, classroom_id=classroom.id)
        db.session.add(student)
    else:
        student.name = name
    db.session.commit()
    return student


def quiz_by_public_id(public_id: str) -> Quiz | None:
    return db.session.scalar(select(Quiz).where(Quiz.public_id == public_id))


def clean_name(name: str) -> str:
    return " ".join(name.split())[:MAX_NAME]


def student_for(student_id: int | None, name: str) -> Student:
    """The student of this browser session, created or renamed as they typed it."""
    student = db.session.get(Student, student_id) if student_id else None
    if student is None:
        student = Student(name=name)
        db.session.add(student)
    else:
        student.name = name
    return student


def start_attempt(quiz: Quiz, student: Student, *, rng: random.Random | None = None) -> Attempt:
    """A new attempt with the quiz's enabled items and their choices in an order of its own."""
    if not quiz.is_open:
        raise QuizClosed(quiz.title)
    rng = rng or random.SystemRandom()
    items = [entry.item for entry in quiz.entries if entry.item.enabled]
    rng.shuffle(items)
    layout = [[item.id, rng.sample(item.choices, len(item.choices)) if item.type == "who_said" else []]
              for item in items]  # fmt: skip
    attempt = Attempt(public_id=new_public_id(), quiz=quiz, student=student, layout=layout, total=len(items))
    db.session.add(attempt)
    db.session.commit()
    return attempt


def attempt_for(public_id: str, student_id: int | None) -> Attempt | None:
    """The attempt, only for the student who made it."""
    attempt = db.session.scalar(select(Attempt).where(Attempt.public_id == public_id))
    if attempt is None or student_id is None or attempt.student_id != student_id:
        return None
    return attempt


@dataclass(frozen=True)
class Question:
    number: int
    item: Item
    choices: list[str]


def questions(attempt: Attempt) -> list[Question]:
    """The attempt's items in its own order, loaded in one query."""
    ids = [item_id for item_id, _ in attempt.layout]
    items = {i.id: i for i in db.session.scalars(select(Item).where(Item.id.in_(ids)))}
    return [Question(n, items[item_id], choices) for n, (item_id, choices) in enumerate(attempt.layout, start=1)
            if item_id in items]  # fmt: skip


def response_value(item: Item, raw: str | None) -> str:
    """What the student gave, as stored: trimmed and capped in length."""
    text = " ".join((raw or "").split())[:MAX_ANSWER]
    if item.type == "true_false":
        return text.lower() if text.lower() in ("true", "false") else ""
    if item.type == "who_said":
        return text if text in item.choices else ""
    return text


def submit(attempt: Attempt, form: dict[str, str]) -> bool:
    """Score and store the attempt's responses in one transaction; False if it was already submitted.

    The conditional update claims the attempt, so a double submit or a resubmit after "back" cannot
    score it twice, even when two requests arrive together.
    """
    claimed = db.session.execute(
        update(Attempt)
        .where(Attempt.id == attempt.id, Attempt.submitted_at.is_(None))
        .values(submitted_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:
        db.session.rollback()
        return False
    score = 0
    for question in questions(attempt):
        given = response_value(question.item, form.get(f"q{question.number}"))
        right = bool(given) and is_correct(question.item.as_item(), given)
        score += right
        db.session.add(
            Response(
                attempt_id=attempt.id, item_id=question.item.id, position=question.number, given=given, correct=right,
                prompt=question.item.prompt, choices=question.choices,
            )  # fmt: skip
        )
    db.session.execute(update(Attempt).where(Attempt.id == attempt.id).values(score=score))
    db.session.commit()
    db.session.refresh(attempt)
    return True


@dataclass(frozen=True)
class Feedback:
    response: Response
    paragraph: list[tuple[str, bool]]  # the evidence's paragraph as (text, highlighted) runs

    @property
    def given(self) -> str:
        given = self.response.given
        return given.capitalize() if self.response.item.type == "true_false" else given

    @property
    def answer(self) -> str:
        answer = self.response.item.answer
        return ("True" if answer else "False") if isinstance(answer, bool) else str(answer)


def feedback(attempt: Attempt) -> list[Feedback]:
    """Each response with the paragraph of the article its evidence comes from, the evidence marked."""
    responses = db.session.scalars(
        select(Response).where(Response.attempt_id == attempt.id).order_by(Response.position)
        .options(selectinload(Response.item))
    ).all()  # fmt: skip
    article = db.session.get(Article, attempt.quiz.article_id)
    paragraphs = [b["text"] for b in article.blocks if b["kind"] == "paragraph"] if article else []
    return [Feedback(r, highlight(r.item.evidence, paragraphs)) for r in responses]


def _flexible(text: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(word) for word in text.split()))


def highlight(evidence: str, paragraphs: list[str]) -> list[tuple[str, bool]]:
    """The paragraph(s) holding the evidence, split into plain and highlighted runs."""
    joined = "\n\n".join(paragraphs)
    match = _flexible(evidence).search(joined) if evidence.strip() else None
    if match is None:
        return [(evidence, True)]
    start = joined.rfind("\n\n", 0, match.start())
    start = 0 if start < 0 else start + 2
    end = joined.find("\n\n", match.end())
    end = len(joined) if end < 0 else end
    runs = [(joined[start : match.start()], False), (joined[match.start() : match.end()], True)]
    runs.append((joined[match.end() : end], False))
    return [(text, marked) for text, marked in runs if text]


def quiz_items(quiz: Quiz) -> list[Item]:
    entries = db.session.scalars(
        select(QuizItem).where(QuizItem.quiz_id == quiz.id).order_by(QuizItem.position)
        .options(selectinload(QuizItem.item))
    )  # fmt: skip
    return [entry.item for entry in entries]


def summary(attempt: Attempt) -> dict[str, Any]:
    percent = round(100 * (attempt.score or 0) / attempt.total) if attempt.total else 0
    return {"score": attempt.score or 0, "total": attempt.total, "percent": percent}
