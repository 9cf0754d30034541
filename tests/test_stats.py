"""Item statistics on a hand-made class whose facility and discrimination are known."""

from __future__ import annotations

from datetime import datetime

import pytest

from quizapp.stats import (
    ItemStats,
    Sitting,
    answer_label,
    by_student,
    chosen_sitting,
    first_sittings,
    item_statistics,
    summary,
)

# Six students, three items. Item 1: everyone right. Item 2: only the top two right (discriminates).
# Item 3: only the bottom two right, and the top two answer "Putin" (a flawed item).
RIGHT, WRONG = True, False
SITTINGS = [
    Sitting(1, 1, "A", 2, 3, {1: ("x", RIGHT), 2: ("x", RIGHT), 3: ("Putin", WRONG)}),
    Sitting(2, 2, "B", 2, 3, {1: ("x", RIGHT), 2: ("x", RIGHT), 3: ("Putin", WRONG)}),
    Sitting(3, 3, "C", 1, 3, {1: ("x", RIGHT), 2: ("y", WRONG), 3: ("Kim", WRONG)}),
    Sitting(4, 4, "D", 1, 3, {1: ("x", RIGHT), 2: ("", WRONG), 3: ("Kim", WRONG)}),
    Sitting(5, 5, "E", 0, 3, {1: ("z", WRONG), 2: ("y", WRONG), 3: ("x", RIGHT)}),
    Sitting(6, 6, "F", 0, 3, {1: ("z", WRONG), 2: ("y", WRONG), 3: ("x", RIGHT)}),
]


def test_facility_discrimination_and_wrong_answers():
    one, two, three = item_statistics(SITTINGS, [1, 2, 3])
    assert one.facility == pytest.approx(4 / 6)
    assert (one.upper, one.lower, one.discrimination) == (1.0, 0.0, 1.0)
    assert two.facility == pytest.approx(2 / 6) and two.discrimination == 1.0
    assert three.facility == pytest.approx(2 / 6)
    assert (three.upper, three.lower, three.discrimination) == (0.0, 1.0, -1.0)
    assert three.wrong_answers == [("Kim", 2), ("Putin", 2)]
    assert two.wrong_answers == [("y", 3), ("(no answer)", 1)]
    assert [s.flagged for s in (one, two, three)] == [False, False, True]


def test_summary_and_histogram():
    s = summary(SITTINGS)
    assert s.count == 6
    assert s.mean == pytest.approx(100 * (2 + 2 + 1 + 1) / 18)
    assert s.median == pytest.approx(100 / 3)
    assert s.histogram == [2, 0, 0, 2, 0, 0, 2, 0, 0, 0, 0]
    assert summary([]).mean is None


def test_a_full_score_has_its_own_bar():
    perfect, nearly = Sitting(1, 1, "A", 3, 3), Sitting(2, 2, "B", 19, 20)
    s = summary([perfect, nearly])
    assert s.histogram == [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]
    assert [label for label, _ in s.bins] == ["0-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69",
                                              "70-79", "80-89", "90-99", "100"]  # fmt: skip


def test_statistics_use_each_students_first_attempt():
    retake = Sitting(7, 5, "E", 3, 3, {1: ("x", RIGHT), 2: ("x", RIGHT), 3: ("x", RIGHT)})
    assert [s.attempt_id for s in first_sittings([*SITTINGS, retake])] == [1, 2, 3, 4, 5, 6]


def test_first_means_first_submitted_and_best_breaks_ties_by_the_earlier():
    started_first = Sitting(1, 1, "A", 3, 3, submitted_at=datetime(2026, 3, 2, 10))
    submitted_first = Sitting(2, 1, "A", 0, 3, submitted_at=datetime(2026, 3, 2, 9))
    again = Sitting(3, 1, "A", 3, 3, submitted_at=datetime(2026, 3, 2, 11))
    attempts = by_student([started_first, submitted_first, again])[1]
    assert [s.attempt_id for s in attempts] == [2, 1, 3]
    assert [s.attempt_id for s in first_sittings(attempts)] == [2]
    assert chosen_sitting(attempts, "first").attempt_id == 2
    assert chosen_sitting(attempts, "latest").attempt_id == 3
    assert chosen_sitting(attempts, "best").attempt_id == 1


@pytest.mark.parametrize(("upper", "lower", "words"), [
    (1.0, 0.0, "strong students did clearly better"),
    (0.6, 0.4, "strong students did a little better"),
    (0.5, 0.5, "strong and weak students did about the same"),
    (0.0, 1.0, "weaker students did better: check the item"),
])  # fmt: skip
def test_discrimination_in_plain_words(upper, lower, words):
    assert ItemStats(1, 6, 0.5, upper, lower, []).discrimination_words == words


def test_answers_as_the_review_shows_them():
    assert [answer_label(a) for a in ("true", "false", "", "Kim")] == ["True", "False", "(no answer)", "Kim"]


def test_too_few_students_for_thirds():
    [stats] = item_statistics(SITTINGS[:1], [1])
    assert stats.upper is None and stats.discrimination is None and not stats.flagged
