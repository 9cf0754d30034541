"""Classroom statistics over plain records: scores, item facility and discrimination, wrong choices."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

FLAG_UPPER_FACILITY = 0.5  # strong students getting an item right less often than this: probably flawed


@dataclass(frozen=True)
class Sitting:
    """One submitted attempt: who, the score, and each item's (given answer, right or not)."""

    attempt_id: int
    student_id: int
    student: str
    score: int
    total: int
    answers: dict[int, tuple[str, bool]] = field(default_factory=dict)

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


def first_sittings(sittings: Sequence[Sitting]) -> list[Sitting]:
    """Each student's first attempt, of sittings in the order they were submitted (not started: an attempt
    started early and submitted after a blank one is not a first try): statistics describe first tries."""
    seen: set[int] = set()
    first = []
    for sitting in sittings:
        if sitting.student_id not in seen:
            seen.add(sitting.student_id)
            first.append(sitting)
    return first


def share(values: Sequence[bool]) -> float | None:
    return sum(values) / len(values) if values else None


def thirds(sittings: Sequence[Sitting]) -> tuple[list[Sitting], list[Sitting]]:
    """The top and bottom thirds by score (ties broken by attempt order); one each for a class of two."""
    if len(sittings) < 2:
        return [], []
    size = max(1, len(sittings) // 3)
    ranked = sorted(sittings, key=lambda s: (-s.percent, s.attempt_id))
    return ranked[:size], ranked[-size:]


def item_statistics(sittings: Sequence[Sitting], item_ids: Sequence[int]) -> list[ItemStats]:
    upper, lower = thirds(sittings)
    result = []
    for item_id in item_ids:
        marks = [s.answers[item_id][1] for s in sittings if item_id in s.answers]
        wrong = Counter(s.answers[item_id][0] or "(no answer)" for s in sittings
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
    histogram: list[int]  # counts of scores in 0-9%, 10-19%, ..., 90-100%


def summary(sittings: Sequence[Sitting], *, bins: int = 10) -> Summary:
    percents = [s.percent for s in sittings]
    histogram = [0] * bins
    for p in percents:
        histogram[min(int(p * bins // 100), bins - 1)] += 1
    if not percents:
        return Summary(0, None, None, histogram)
    return Summary(len(percents), statistics.fmean(percents), statistics.median(percents), histogram)
