"""Scores as a markbook takes them: one table, one row per attempt; the answer key as a file of its own."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from .export.tables import answer_text, cell
from .models import Item
from .review import Review
from .stats import answer_label
from .times import iso

SCORE_COLUMNS = ("class", "student", "student_id", "attempt", "submitted_at", "score", "total", "percent")
KEY_COLUMNS = ("question", "type", "prompt", "answer", "accepted", "choices", "enabled", "evidence")
TYPE_NAMES = {"who_said": "who said it", "true_false": "true or false", "fill_in": "fill in"}


def item_columns(count: int) -> list[str]:
    return [name for n in range(1, count + 1) for name in (f"Q{n} answer", f"Q{n} mark")]


def scores_csv(data: Review, *, timezone: str | None = None) -> str:
    """Every submitted attempt, by student and then attempt number; per item the answer given and 1 or 0.

    An item that does not count for an attempt (not in it, or dropped by a regrade) leaves both cells empty.
    Every text cell goes through the formula guard: a name or answer starting with = is never run.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*SCORE_COLUMNS, *item_columns(len(data.items))])
    for s in sorted(data.sittings, key=lambda s: (s.student.casefold(), s.student_id, s.number)):
        marks: list[str] = []
        for item in data.items:
            given, right = s.answers.get(item.id, (None, None))
            marks += ["", ""] if given is None else [cell(answer_label(given)) if given else "", "1" if right else "0"]
        writer.writerow([cell(s.classroom), cell(s.student), s.student_id, s.number, iso(s.submitted_at, timezone),
                         s.score, s.total, round(s.percent), *marks])  # fmt: skip
    return out.getvalue()


def key_csv(items: Sequence[Item]) -> str:
    """The quiz's questions in the scores file's order (Q1, Q2, ...), with their answers."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(KEY_COLUMNS)
    for number, item in enumerate(items, start=1):
        row = (TYPE_NAMES.get(item.type, item.type), item.prompt, answer_text(item.as_item()),
               " | ".join(item.accepted), " | ".join(item.choices), "yes" if item.enabled else "no", item.evidence)
        writer.writerow([f"Q{number}", *(cell(v) for v in row)])  # fmt: skip
    return out.getvalue()
