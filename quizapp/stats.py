"""Classroom statistics over plain records: scores, item facility and discrimination, wrong choices."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

FLAG_UPPER_FACILITY = 0.5  # strong students getting an item right less often than this: probably flawed
MIN_STUDENTS_FOR_DISCRIMINATION = 10  # thirds of fewer students are one or two people: noise, not a measure
WHICH_ATTEMPT = ("best", "first", "latest")  # which of a student's attempts stands for the student


@dataclass(frozen=True)
class Sitting:
    """One submitted attempt: who, the score, and each counted item's (given answer, right or not)."""

    attempt_id: int
    student_id: int
    student: str
    score: int
    total: int
    answers: dict[int, tuple[str, bool]] = field(default_factory=dict)
    submitted_at: datetime | None = None
    responses: dict[int, int] = field(default_factory=dict)  # item id -> response id, for marking by hand
    number: int = 1  # the student's first, second, ... submitted attempt
    classroom: str = ""  # the student's class, for the markbook

    @property
    def percent(self) -> float:
        return 100 * self.score / self.total if self.total else 0.0


@dataclass(frozen=True)
class ItemStats:
    item_id: int
    answered: int
    facility: float | None  # share right
    upper: float | None  # share right among the top third by score
    lower: float | None  # share right among the bottom third
    wrong_answers: list[tuple[str, int]]  # wrong answers given, most frequent first

    @property
    def discrimination(self) -> float | None:
        return None if self.upper is None or self.lower is None else self.upper - self.lower

    @property
    def flagged(self) -> bool:
        """Strong students miss it, or weak ones do better than strong ones: check the item."""
        d = self.discrimination
        return self.upper is not None and (self.upper < FLAG_UPPER_FACILITY or (d is not None and d < 0))

    @property
    def discrimination_words(self) -> str:
        """What the number means, in the words a teacher would use."""
        d = self.discrimination
        if d is None:
            return "not measured"
        if d < 0:
            return "weaker students did better: check the item"
        if d < 0.1:
            return "strong and weak students did about the same"
        if d < 0.3:
            return "strong students did a little better"
        return "strong students did clearly better"


def submission_order(sitting: Sitting) -> tuple[datetime, int]:
    return (sitting.submitted_at or datetime.max, sitting.attempt_id)


def by_student(sittings: Sequence[Sitting]) -> dict[int, list[Sitting]]:
    """Each student's submitted attempts in the order they were submitted."""
    students: dict[int, list[Sitting]] = {}
    for sitting in sorted(sittings, key=submission_order):
        students.setdefault(sitting.student_id, []).append(sitting)
    return students


def first_sittings(sittings: Sequence[Sitting]) -> list[Sitting]:
    """Each student's first submitted attempt: item statistics describe first tries, not practice."""
    return [attempts[0] for attempts in by_student(sittings).values()]


def chosen_sitting(attempts: Sequence[Sitting], which: str) -> Sitting:
    """The attempt that stands for a student: the first, the latest, or the best (the earliest of equals)."""
    if which == "first":
        return attempts[0]
    if which == "latest":
        return attempts[-1]
    return max(attempts, key=lambda s: (s.percent, -s.attempt_id))


def share(values: Sequence[bool]) -> float | None:
    return sum(values) / len(values) if values else None


def thirds(sittings: Sequence[Sitting]) -> tuple[list[Sitting], list[Sitting]]:
    """The top and bottom thirds by score (ties broken by attempt order); one each for a class of two."""
    if len(sittings) < 2:
        return [], []
    size = max(1, len(sittings) // 3)
    ranked = sorted(sittings, key=lambda s: (-s.percent, s.attempt_id))
    return ranked[:size], ranked[-size:]


def answer_label(given: str) -> str:
    """A given answer as the review shows it: true/false capitalised, an empty one said so."""
    if not given:
        return "(no answer)"
    return given.capitalize() if given in ("true", "false") else given


def item_statistics(sittings: Sequence[Sitting], item_ids: Sequence[int]) -> list[ItemStats]:
    upper, lower = thirds(sittings)
    result = []
    for item_id in item_ids:
        marks = [s.answers[item_id][1] for s in sittings if item_id in s.answers]
        wrong = Counter(answer_label(s.answers[item_id][0]) for s in sittings
                        if item_id in s.answers and not s.answers[item_id][1])  # fmt: skip
        result.append(
            ItemStats(
                item_id=item_id,
                answered=len(marks),
                facility=share(marks),
                upper=share([s.answers[item_id][1] for s in upper if item_id in s.answers]) if upper else None,
                lower=share([s.answers[item_id][1] for s in lower if item_id in s.answers]) if lower else None,
                wrong_answers=sorted(wrong.items(), key=lambda kv: (-kv[1], kv[0])),
            )
        )
    return result


@dataclass(frozen=True)
class Summary:
    count: int
    mean: float | None
    median: float | None
    histogram: list[int]  # counts of scores in 0-9%, 10-19%, ..., 90-99%, and 100% on its own

    @property
    def bins(self) -> list[tuple[str, int]]:
        """Each bar's label and count: "0-9", ..., "90-99", "100"."""
        last = len(self.histogram) - 1
        width = 100 // last if last else 100
        return [(f"{n * width}-{n * width + width - 1}" if n < last else "100", count)
                for n, count in enumerate(self.histogram)]  # fmt: skip


def summary(sittings: Sequence[Sitting], *, bins: int = 10) -> Summary:
    """Mean, median and a histogram: `bins` bars of equal width below 100%, then one bar for 100% alone."""
    percents = [s.percent for s in sittings]
    histogram = [0] * (bins + 1)
    for p in percents:
        histogram[bins if p >= 100 else min(int(p * bins // 100), bins - 1)] += 1
    if not percents:
        return Summary(0, None, None, histogram)
    return Summary(len(percents), statistics.fmean(percents), statistics.median(percents), histogram)
