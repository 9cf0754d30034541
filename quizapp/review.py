"""The classroom score review of a quiz, loaded in a fixed number of queries whatever the class size."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from .extensions import db
from .models import Attempt, Classroom, Item, Quiz, Response, Student
from .quizzes import quiz_items
from .stats import (
    MIN_STUDENTS_FOR_DISCRIMINATION,
    WHICH_ATTEMPT,
    ItemStats,
    Sitting,
    Summary,
    by_student,
    chosen_sitting,
    first_sittings,
    item_statistics,
    summary,
)


@dataclass(frozen=True)
class StudentRow:
    """One student of the review grid: the attempt that stands for them, and how many they made."""

    student_id: int
    student: str
    attempts: int
    sitting: Sitting


@dataclass(frozen=True)
class Review:
    quiz: Quiz
    items: list[Item]
    sittings: list[Sitting]  # every attempt submitted in time, in the order submitted, numbered per student
    which: str  # "best", "first" or "latest": the attempt each row and the score summary show
    rows: list[StudentRow]
    summary: Summary  # of the rows' attempts
    first: list[Sitting]  # each student's first submitted attempt: what the item statistics describe
    item_stats: dict[int, ItemStats]
    late: list[Sitting] = field(default_factory=list)  # submitted after the quiz closed: kept, not counted

    @property
    def reliable(self) -> bool:
        """Enough students for the top and bottom thirds to mean something."""
        return len(self.first) >= MIN_STUDENTS_FOR_DISCRIMINATION

    @property
    def flagged(self) -> list[Item]:
        if not self.reliable:
            return []
        return [item for item in self.items if self.item_stats[item.id].flagged]


def load_sittings(quiz_id: int, *, late: bool = False) -> list[Sitting]:
    """Attempts submitted in time (or, with `late`, after the quiz closed) with their students, classes and
    counted responses: two queries."""
    attempts = db.session.execute(
        select(Attempt.id, Attempt.student_id, Student.name, Classroom.name, Attempt.score, Attempt.total,
               Attempt.submitted_at)
        .join(Student, Student.id == Attempt.student_id)
        .outerjoin(Classroom, Classroom.id == Student.classroom_id)
        .where(Attempt.quiz_id == quiz_id, Attempt.submitted_at.is_not(None), Attempt.late == late)
        .order_by(Attempt.submitted_at, Attempt.id)
    ).all()  # fmt: skip
    answers: dict[int, dict[int, tuple[str, bool]]] = {row[0]: {} for row in attempts}
    response_ids: dict[int, dict[int, int]] = {row[0]: {} for row in attempts}
    rows = db.session.execute(
        select(Response.id, Response.attempt_id, Response.item_id, Response.given, Response.correct)
        .join(Attempt, Attempt.id == Response.attempt_id)
        .where(Attempt.quiz_id == quiz_id, Attempt.submitted_at.is_not(None), Attempt.late == late, Response.counted)
    )
    for response_id, attempt_id, item_id, given, correct in rows:
        answers[attempt_id][item_id] = (given, correct)
        response_ids[attempt_id][item_id] = response_id
    numbers: dict[int, int] = {}
    sittings = []
    for attempt_id, student_id, name, classroom, score, total, submitted_at in attempts:
        numbers[student_id] = numbers.get(student_id, 0) + 1
        sittings.append(
            Sitting(attempt_id, student_id, name, score or 0, total, answers[attempt_id], submitted_at,
                    response_ids[attempt_id], numbers[student_id], classroom or "")  # fmt: skip
        )
    return sittings


def student_rows(sittings: list[Sitting], which: str) -> list[StudentRow]:
    """One row per student, in name order, showing the chosen attempt."""
    rows = [StudentRow(attempts[0].student_id, attempts[0].student, len(attempts), chosen_sitting(attempts, which))
            for attempts in by_student(sittings).values()]  # fmt: skip
    return sorted(rows, key=lambda r: (r.student.casefold(), r.student_id))


def review(quiz: Quiz, which: str = "best") -> Review:
    which = which if which in WHICH_ATTEMPT else "best"
    items = quiz_items(quiz)
    sittings = load_sittings(quiz.id)
    rows = student_rows(sittings, which)
    first = first_sittings(sittings)
    stats = {s.item_id: s for s in item_statistics(first, [i.id for i in items])}
    return Review(quiz, items, sittings, which, rows, summary([r.sitting for r in rows]), first, stats,
                  load_sittings(quiz.id, late=True))
