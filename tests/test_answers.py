"""The one answer checker: right and wrong tables."""

from __future__ import annotations

import pytest

from quizapp.answers import is_correct, matches

RIGHT = [
    ("Kim Jong-un", "Kim Jong-un", ()),
    ("kim jong-un", "Kim Jong-un", ()),
    ("  Kim   Jong un ", "Kim Jong-un", ()),
    ("Ushakov", "Yuri Ushakov", ("Ushakov",)),
    ("Zelensky", "Volodymyr Zelenskyy", ("Zelenskyy",)),
    ("2", "two", ()),
    ("two", "2", ()),
    ("the United States", "USA", ()),
    ("US", "the United States", ()),
    ("Britain", "United Kingdom", ()),
    ("The Pyongyang", "Pyongyang", ()),
    ("Pyongyang.", "Pyongyang", ()),
    ("Pyongyng", "Pyongyang", ()),
    ("35%", "35 %", ()),
    ("Zürich", "Zurich", ()),
    ("a third", "one third", ()),
    ("1/3", "one third", ()),
    ("5 million", "five million", ()),
    ("5m", "five million", ()),
    ("250 000", "250,000", ()),  # digits grouped by spaces, as much of Europe writes them
    ("1 250 000", "1,250,000", ()),
]
WRONG = [
    ("Putin", "Kim Jong-un", ("Kim",)),
    ("", "Kim Jong-un", ()),
    ("Kim", "Kim Jong-un", ()),
    ("3", "two", ()),
    ("twenty", "two", ()),
    ("Russia", "Prussia", ()),
    ("France", "United Kingdom", ()),
    ("Zelenskyy Putin", "Volodymyr Zelenskyy", ("Zelenskyy",)),
    ("a quarter", "one third", ()),
    ("1/3", "one half", ()),
    ("250 000", "250", ()),
]


@pytest.mark.parametrize(("response", "answer", "accepted"), RIGHT)
def test_right_answers(response, answer, accepted):
    assert matches(response, answer, accepted)


@pytest.mark.parametrize(("response", "answer", "accepted"), WRONG)
def test_wrong_answers(response, answer, accepted):
    assert not matches(response, answer, accepted)


def test_one_slip_only_in_long_words():
    assert matches("Ushakof", "Ushakov")  # a long word: one slip allowed
    assert not matches("Kin", "Kim")  # three letters: exact only
    assert not matches("Zelenskiii", "Zelenskyy")  # two slips


WHO = {"type": "who_said", "choices": ["A B", "C D", "E F"], "answer": "C D", "accepted": ["D"]}
TF = {"type": "true_false", "choices": ["True", "False"], "answer": False, "accepted": []}
FILL = {"type": "fill_in", "choices": [], "answer": "two", "accepted": ["2"]}


@pytest.mark.parametrize(
    ("item", "response", "right"),
    [
        (WHO, "C D", True),
        (WHO, "D", False),  # who-said is scored by choice, not by typing
        (WHO, "A B", False),
        (TF, False, True),
        (TF, "false", True),
        (TF, True, False),
        (TF, "maybe", False),
        (TF, None, False),
        (FILL, "2", True),
        (FILL, "Two", True),
        (FILL, "three", False),
    ],
)
def test_is_correct_by_item_type(item, response, right):
    assert is_correct(item, response) is right
