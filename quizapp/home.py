"""A student's own page, "My quizzes": what is to do, what is done with its score, what has closed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import selectinload

from .extensions import db
from .models import Attempt, Quiz, Student, utcnow
from .quizzes import attempts_left, attempts_of, is_closed, key_visible, score_visible


@dataclass(frozen=True)
class Entry:
    """One quiz as the student sees it on their page."""

    quiz: Quiz
    attempts: list[Attempt] = field(default_factory=list)  # the student's, oldest first
    closed: bool = False
    key_visible: bool = False
    score_visible: bool = False

    @property
    def in_progress(self) -> Attempt | None:
        return next((a for a in self.attempts if a.submitted_at is None), None)

    @property
    def submitted(self) -> list[Attempt]:
        return [a for a in self.attempts if a.submitted_at is not None and not a.late]

    @property
    def late(self) -> list[Attempt]:
        return [a for a in self.attempts if a.late]

    @property
    def last(self) -> Attempt | None:
        """The latest submitted attempt: its score and date are the ones shown."""
        return self.submitted[-1] if self.submitted else None

    @property
    def left(self) -> int | None:
        return attempts_left(self.quiz, self.attempts)

    @property
    def can_start(self) -> bool:
        return not self.closed and (self.in_progress is not None or self.left != 0)


@dataclass(frozen=True)
class Home:
    todo: list[Entry]  # open, and not yet submitted
    done: list[Entry]  # submitted at least once
    missed: list[Entry]  # closed before the student submitted


def entry(quiz: Quiz, student: Student | None, now: datetime | None = None) -> Entry:
    """One quiz and the student's attempts of it (none for a visitor)."""
    now = now or utcnow()
    attempts = attempts_of(student.id, quiz.id) if student is not None else []
    return Entry(quiz, attempts, is_closed(quiz, now), key_visible(quiz, now), score_visible(quiz, now))


def student_home(student: Student, now: datetime | None = None) -> Home:
    """The student's class's published quizzes (or, out of a class, the home page's) that are not archived,
    with every quiz they have an attempt of: two queries whatever the number of quizzes."""
    now = now or utcnow()
    attempts = db.session.scalars(
        select(Attempt).where(Attempt.student_id == student.id).order_by(Attempt.id)
    ).all()
    theirs = {a.quiz_id for a in attempts}
    assigned = Quiz.classroom_id == student.classroom_id if student.classroom_id else Quiz.classroom_id.is_(None)
    quizzes = db.session.scalars(
        select(Quiz)
        .where(Quiz.published_at.is_not(None), or_(and_(assigned, Quiz.archived_at.is_(None)), Quiz.id.in_(theirs)))
        .options(selectinload(Quiz.article))
        .order_by(Quiz.published_at.desc(), Quiz.id.desc())
    ).all()
    todo, done, missed = [], [], []
    for quiz in quizzes:
        closed = is_closed(quiz, now)
        entry = Entry(quiz, [a for a in attempts if a.quiz_id == quiz.id], closed,
                      key_visible(quiz, now), score_visible(quiz, now))  # fmt: skip
        if entry.submitted:
            done.append(entry)
        elif not closed:
            todo.append(entry)
        elif entry.attempts or quiz.classroom_id is not None:
            missed.append(entry)
    todo.sort(key=lambda e: (e.quiz.closes_at or datetime.max, -e.quiz.id))
    return Home(todo, done, missed)
