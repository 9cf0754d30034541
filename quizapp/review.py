"""The classroom score review of a quiz, loaded in a fixed number of queries whatever the class size."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from .export.tables import cell
from .extensions import db
from .models import Attempt, Item, Quiz, Response
from .quizzes import quiz_items
from .stats import ItemStats, Sitting, Summary, first_sittings, item_statistics, summary


@dataclass(frozen=True)
class Review:
    quiz: Quiz
    items: list[Item]
    sittings: list[Sitting]  # every attempt submitted in time, in the order submitted
    first: list[Sitting]  # each student's first submitted attempt: what the statistics describe
    summary: Summary
    item_stats: dict[int, ItemStats]
    late: list[Sitting] = field(default_factory=list)  # submitted after the quiz closed: kept, not counted

    @property
    def flagged(self) -> list[Item]:
        return [item for item in self.items if self.item_stats[item.id].flagged]


def load_sittings(quiz_id: int, *, late: bool = False) -> list[Sitting]:
    """Attempts submitted in time (or late ones) with their students and responses, in the order submitted:
    two queries."""
    attempts = db.session.scalars(
        select(Attempt)
        .where(Attempt.quiz_id == quiz_id, Attempt.submitted_at.is_not(None), Attempt.late == late)
        .options(joinedload(Attempt.student))
        .order_by(Attempt.submitted_at, Attempt.id)
    ).all()
    answers: dict[int, dict[int, tuple[str, bool]]] = {a.id: {} for a in attempts}
    rows = db.session.execute(
        select(Response.attempt_id, Response.item_id, Response.given, Response.correct)
        .join(Attempt, Attempt.id == Response.attempt_id)
        .where(Attempt.quiz_id == quiz_id, Attempt.submitted_at.is_not(None), Attempt.late == late)
    )
    for attempt_id, item_id, given, correct in rows:
        answers[attempt_id][item_id] = (given, correct)
    return [Sitting(a.id, a.student_id, a.student.name, a.score or 0, a.total, answers[a.id]) for a in attempts]


def review(quiz: Quiz) -> Review:
    items = quiz_items(quiz)
    sittings = load_sittings(quiz.id)
    first = first_sittings(sittings)
    stats = {s.item_id: s for s in item_statistics(first, [i.id for i in items])}
    return Review(quiz, items, sittings, first, summary(first), stats, load_sittings(quiz.id, late=True))


def scores_csv(data: Review) -> str:
    """One row per attempt, one column per item (1 right, 0 wrong, empty if not shown)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        ["student", "attempt", "score", "total", "percent", *(f"Q{n}" for n in range(1, len(data.items) + 1))]
    )
    for number, sitting in enumerate(data.sittings, start=1):
        marks = [
            ("1" if sitting.answers[item.id][1] else "0") if item.id in sitting.answers else "" for item in data.items
        ]
        writer.writerow([cell(sitting.student), number, sitting.score, sitting.total, round(sitting.percent), *marks])
    writer.writerow([])
    writer.writerow(["question", "prompt"])
    for number, item in enumerate(data.items, start=1):
        writer.writerow([f"Q{number}", cell(item.prompt)])
    return out.getvalue()
