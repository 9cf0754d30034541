"""Names: whether a word is a given name and the gender it usually goes with (gender-guesser's name list), and
whether two surnames are one misspelt."""

from __future__ import annotations

import functools
from difflib import SequenceMatcher

from gender_guesser.detector import Detector
from lemminflect import getAllLemmas

GENDERS = {"male": "male", "female": "female"}  # "mostly_male", "andy" ... are no evidence either way


@functools.cache
def _detector() -> Detector:
    return Detector(case_sensitive=False)


@functools.cache
def given_name_gender(word: str) -> str | None:
    """ "male" or "female" for a given name that is nearly always one or the other, else None."""
    return GENDERS.get(_detector().get_gender(word))


@functools.cache
def is_given_name(word: str) -> bool:
    """Whether the word is in the list of given names at all (of either gender or both)."""
    return _detector().get_gender(word) != "unknown"


@functools.cache
def is_common_word(word: str) -> bool:
    """An ordinary English noun, verb or adjective ("concern", "wharf", "songwriter"): lemminflect's lexicon."""
    return bool(getAllLemmas(word.lower()))


MIN_SPELT_ALIKE = 0.8


def spelt_alike(one: str, other: str) -> bool:
    """Two long words that differ by a letter or two swapped ("Monteith", "Montieth"): one name misspelt."""
    long_enough = len(one) >= 5 and len(other) >= 5
    return long_enough and SequenceMatcher(None, one.lower(), other.lower()).ratio() >= MIN_SPELT_ALIKE
