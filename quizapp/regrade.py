"""Regrading: past answers brought in line with an item as it is now, and marks a teacher gives by hand.

Every mark comes from the one answer checker (answers.is_correct), given the choices the student saw;
a teacher's mark by hand wins over it until the teacher hands the response back to the checker.
A disabled item stops counting in the attempts that had it (score and total both drop); enabling it
again and regrading brings it back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from .answers import is_correct
from .extensions import db
from .models import Attempt, Item, Response


def checker_mark(item: Item, response: Response) -> bool:
    """What the answer checker says of the response, against the item's key now and the choices shown."""
    shown = {**item.as_item(), "choices": response.choices or item.choices}
    return bool(response.given) and is_correct(shown, response.given)


def mark(item: Item, response: Response) -> bool:
    return response.override if response.override is not None else checker_mark(item, response)


@dataclass(frozen=True)
class Change:
    response: Response
    correct: bool
    counted: bool


@dataclass(frozen=True)
class Preview:
    """What a regrade of one item would change, for the teacher to confirm."""

    item: Item
    answered: int  # submitted responses to the item
    changes: list[Change]
    by_hand: int  # responses the teacher marked by hand: their mark stays
    quizzes: list[str]  # titles of the quizzes whose scores would change

    @property
    def attempts(self) -> int:
        return len({c.response.attempt_id for c in self.changes})

    @property
    def students(self) -> int:
        return len({c.response.attempt.student_id for c in self.changes})

    @property
    def to_right(self) -> int:
        return sum(c.counted and c.correct and not c.response.correct for c in self.changes)

    @property
    def to_wrong(self) -> int:
        return sum(c.counted and c.response.correct and not c.correct for c in self.changes)

    @property
    def dropped(self) -> int:
        return sum(c.response.counted and not c.counted for c in self.changes)

    @property
    def restored(self) -> int:
        return sum(c.counted and not c.response.counted for c in self.changes)


def submitted_responses(item: Item) -> list[Response]:
    query = (
        select(Response)
        .join(Attempt, Attempt.id == Response.attempt_id)
        .where(Response.item_id == item.id, Attempt.submitted_at.is_not(None))
        .options(joinedload(Response.attempt).joinedload(Attempt.quiz),
                 joinedload(Response.attempt).joinedload(Attempt.student))  # fmt: skip
        .order_by(Response.id)
    )
    return list(db.session.scalars(query))


def preview(item: Item) -> Preview:
    """The responses whose mark, or whether they count, would change if the item were regraded now."""
    responses = submitted_responses(item)
    changes = []
    for response in responses:
        correct, counted = mark(item, response), item.enabled
        if (correct, counted) != (response.correct, response.counted):
            changes.append(Change(response, correct, counted))
    quizzes = sorted({c.response.attempt.quiz.title for c in changes})
    by_hand = sum(r.override is not None for r in responses)
    return Preview(item, len(responses), changes, by_hand, quizzes)


def regrade(item: Item) -> Preview:
    """Apply the preview: new marks, and the affected attempts' scores and totals counted again."""
    found = preview(item)
    for change in found.changes:
        change.response.correct, change.response.counted = change.correct, change.counted
    rescore({c.response.attempt_id for c in found.changes})
    db.session.commit()
    return found


def mark_by_hand(response: Response, right: bool | None) -> None:
    """The teacher's mark for one response (None: back to the answer checker), and the attempt's new score."""
    response.override = right
    response.correct = mark(response.item, response)
    rescore([response.attempt_id])
    db.session.commit()


def rescore(attempt_ids: Iterable[int]) -> None:
    """Score and total of each attempt from its counted responses."""
    ids = list(attempt_ids)
    if not ids:
        return
    db.session.flush()
    attempts = db.session.scalars(select(Attempt).where(Attempt.id.in_(ids)).options(selectinload(Attempt.responses)))
    for attempt in attempts:
        counted = [r for r in attempt.responses if r.counted]
        attempt.score = sum(r.correct for r in counted)
        attempt.total = len(counted)
