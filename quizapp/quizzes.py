"""Taking a quiz: starting an attempt, scoring a submission once, and the feedback afterwards."""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from .answers import is_correct
from .extensions import db
from .models import Article, Attempt, Item, Quiz, QuizItem, Response, Student, utcnow
from .store import new_public_id

MAX_ANSWER = 200
FEEDBACK = {
    "immediate": "At once: score, answers and explanations",
    "after_close": "After the quiz closes (nothing before)",
    "score_only": "Score only (the answers stay hidden)",
}


class QuizClosed(Exception):
    """The quiz is not open for attempts."""


class NoAttemptsLeft(Exception):
    """The student has used every attempt the quiz allows."""


def is_closed(quiz: Quiz, now: datetime | None = None) -> bool:
    """Closed by the teacher, or past its closing time."""
    return not quiz.is_open or (quiz.closes_at is not None and (now or utcnow()) >= quiz.closes_at)


def state(quiz: Quiz, now: datetime | None = None) -> str:
    """"draft", "open" or "closed"."""
    if quiz.published_at is None:
        return "draft"
    return "closed" if is_closed(quiz, now) else "open"


def key_visible(quiz: Quiz, now: datetime | None = None) -> bool:
    """Whether a student who submitted may see the right answers (results and flashcards)."""
    return quiz.feedback == "immediate" or (quiz.feedback == "after_close" and is_closed(quiz, now))


def score_visible(quiz: Quiz, now: datetime | None = None) -> bool:
    return quiz.feedback != "after_close" or is_closed(quiz, now)


def open_quizzes() -> list[Quiz]:
    """The published, open quizzes not given to a class: the home page's list."""
    query = (
        select(Quiz)
        .where(Quiz.published_at.is_not(None), Quiz.is_open, Quiz.classroom_id.is_(None))
        .order_by(Quiz.created_at.desc(), Quiz.id)
    )
    return [quiz for quiz in db.session.scalars(query) if not is_closed(quiz)]


def visible(quiz: Quiz | None) -> Quiz | None:
    """The quiz as students may see it: a draft is nobody's but the teacher's."""
    return quiz if quiz is not None and quiz.published_at is not None else None


def may_take(quiz: Quiz, student: Student | None) -> bool:
    """A class's quiz is for the students of that class; a home page quiz for anyone."""
    if quiz.classroom_id is None:
        return True
    return student is not None and student.classroom_id == quiz.classroom_id


def quiz_by_public_id(public_id: str) -> Quiz | None:
    return db.session.scalar(select(Quiz).where(Quiz.public_id == public_id))


def attempts_of(student_id: int, quiz_id: int) -> list[Attempt]:
    query = select(Attempt).where(Attempt.student_id == student_id, Attempt.quiz_id == quiz_id).order_by(Attempt.id)
    return list(db.session.scalars(query))


def open_attempt(student_id: int, quiz_id: int) -> Attempt | None:
    return next((a for a in attempts_of(student_id, quiz_id) if a.submitted_at is None), None)


def attempts_left(quiz: Quiz, attempts: list[Attempt]) -> int | None:
    """How many more attempts the student may submit (None: no limit)."""
    if quiz.max_attempts is None:
        return None
    return max(0, quiz.max_attempts - sum(a.submitted_at is not None and not a.late for a in attempts))


def start_attempt(quiz: Quiz, student: Student, *, rng: random.Random | None = None) -> Attempt:
    """The student's attempt in progress, or a new one with the quiz's enabled items and their choices
    in an order of its own. Raises QuizClosed, or NoAttemptsLeft once every allowed attempt was submitted."""
    if is_closed(quiz):
        raise QuizClosed(quiz.title)
    attempts = attempts_of(student.id, quiz.id)
    current = next((a for a in attempts if a.submitted_at is None), None)
    if current is not None:
        return current
    if attempts_left(quiz, attempts) == 0:
        raise NoAttemptsLeft(quiz.title)
    rng = rng or random.SystemRandom()
    items = [entry.item for entry in quiz.entries if entry.item.enabled]
    rng.shuffle(items)
    layout = [[item.id, rng.sample(item.choices, len(item.choices)) if item.type == "who_said" else []]
              for item in items]  # fmt: skip
    attempt = Attempt(public_id=new_public_id(), quiz=quiz, student=student, layout=layout, total=len(items))
    db.session.add(attempt)
    try:
        db.session.commit()
    except IntegrityError:  # another tab started one in the same instant: resume that one
        db.session.rollback()
        current = open_attempt(student.id, quiz.id)
        if current is None:
            raise
        return current
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


def answers_given(attempt: Attempt, form: Mapping[str, str]) -> dict[str, str]:
    """The saved draft, with what this form holds over it: {"q1": answer, ...}, only the attempt's questions."""
    names = {f"q{n}" for n in range(1, len(attempt.layout) + 1)}
    given = {k: v for k, v in (attempt.draft or {}).items() if k in names}
    given.update({k: " ".join(v.split())[:MAX_ANSWER] for k, v in form.items() if k in names})
    return {k: v for k, v in given.items() if v}


def save_draft(attempt: Attempt, form: Mapping[str, str]) -> None:
    """Keep the answers so far (the review step, going back): only while the attempt is open."""
    db.session.execute(
        update(Attempt).where(Attempt.id == attempt.id, Attempt.submitted_at.is_(None))
        .values(draft=answers_given(attempt, form)).execution_options(synchronize_session=False)
    )  # fmt: skip
    db.session.commit()
    db.session.refresh(attempt)


def unanswered(attempt: Attempt) -> list[Question]:
    given = answers_given(attempt, {})
    return [q for q in questions(attempt) if not response_value(q.item, given.get(f"q{q.number}"))]


def scored(questions: list[Question], given: Mapping[str, str]) -> list[tuple[Question, str, bool]]:
    """Each question with the answer as stored and whether it is right."""
    result = []
    for question in questions:
        value = response_value(question.item, given.get(f"q{question.number}"))
        result.append((question, value, bool(value) and is_correct(question.item.as_item(), value)))
    return result


def submit(attempt: Attempt, form: Mapping[str, str]) -> str:
    """Score and store the attempt's responses in one transaction: "scored", "late" (after the quiz closed:
    kept for the teacher, not counted) or "already" (it was submitted before; nothing changes).

    The conditional update claims the attempt, so a double submit or a resubmit after "back" cannot
    score it twice, even when two requests arrive together.
    """
    given = answers_given(attempt, form)
    late = is_closed(attempt.quiz)
    claimed = db.session.execute(
        update(Attempt)
        .where(Attempt.id == attempt.id, Attempt.submitted_at.is_(None))
        .values(submitted_at=utcnow(), late=late)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:
        db.session.rollback()
        return "already"
    score = 0
    for question, value, right in scored(questions(attempt), given):
        score += right
        db.session.add(Response(attempt_id=attempt.id, item_id=question.item.id, position=question.number,
                                given=value, correct=right, prompt=question.item.prompt,
                                choices=question.choices))  # fmt: skip
    db.session.execute(update(Attempt).where(Attempt.id == attempt.id).values(score=score))
    db.session.commit()
    db.session.refresh(attempt)
    return "late" if late else "scored"


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


def paragraphs_of(article_id: int) -> list[str]:
    article = db.session.get(Article, article_id)
    return [b["text"] for b in article.blocks if b["kind"] == "paragraph"] if article else []


def feedback(attempt: Attempt) -> list[Feedback]:
    """Each response with the paragraph of the article its evidence comes from, the evidence marked."""
    responses = db.session.scalars(
        select(Response).where(Response.attempt_id == attempt.id).order_by(Response.position)
        .options(selectinload(Response.item))
    ).all()  # fmt: skip
    paragraphs = paragraphs_of(attempt.quiz.article_id)
    return [Feedback(r, highlight(r.item.evidence, paragraphs)) for r in responses]


def preview_questions(quiz: Quiz) -> list[Question]:
    """The quiz as a student would get it, in the teacher's order: for a preview that stores nothing."""
    items = [item for item in quiz_items(quiz) if item.enabled]
    return [Question(n, item, list(item.choices) if item.type == "who_said" else []) for n, item in
            enumerate(items, start=1)]  # fmt: skip


def preview_feedback(quiz: Quiz, form: Mapping[str, str]) -> list[Feedback]:
    """A preview's answers scored as a submission would be, in responses that are never stored."""
    paragraphs = paragraphs_of(quiz.article_id)
    return [Feedback(Response(item=q.item, item_id=q.item.id, position=q.number, prompt=q.item.prompt,
                              choices=q.choices, given=value, correct=right, override=None, counted=True),
                     highlight(q.item.evidence, paragraphs))
            for q, value, right in scored(preview_questions(quiz), form)]  # fmt: skip


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
