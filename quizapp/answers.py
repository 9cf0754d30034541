"""The one answer checker every scorer uses: typed answers against an item's answer and accepted forms.

Pure Python (no spaCy, no Flask), so the language core, the web quiz and the exporters can share it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from num2words import num2words
from rapidfuzz.distance import Levenshtein

LEADING_ARTICLE = re.compile(r"^(the|a|an|mr|mrs|ms|miss|dr|sir|lord|lady|dame)\s+")  # "Mrs Quinn" is "Quinn"
NUMBER = re.compile(r"\d+(?:\.\d+)?")
AMOUNT_SUFFIX = re.compile(r"(\d(?:[\d.]*\d)?)\s*(bn|m|k|tn)\b")
SPACE_GROUPED = re.compile(r"(?<![\d.])\d{1,3}(?: \d{3})+(?![\d.])")
MULTIPLIERS = {"bn": "billion", "m": "million", "k": "thousand", "tn": "trillion"}
CURRENCY_WORDS = re.compile(r"\b(?:dollars?|pounds?|euros?|us\$|usd|gbp|eur)\b")
FRACTION = re.compile(r"\b(?:(?:a|one)\s+(half|third|quarter|fifth)|1/([2-5]))\b")
FRACTION_WORDS = {"2": "half", "3": "third", "4": "quarter", "5": "fifth"}
MIN_FUZZY_LENGTH = 6  # one slip allowed in a word this long: "Zelensky" for "Zelenskyy"

# Other names for places, each group one place, each name spelled as it is written.
PLACE_ALIASES: tuple[tuple[str, ...], ...] = (
    ("United States", "USA", "US", "U.S.", "United States of America", "America"),
    ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    ("European Union", "EU"),
    ("United Nations", "UN"),
    ("North Korea", "DPRK", "Democratic People's Republic of Korea"),
    ("South Korea", "Republic of Korea"),
    ("Russia", "Russian Federation"),
    ("Netherlands", "Holland"),
    ("United Arab Emirates", "UAE"),
)


def normalise(text: str) -> str:
    """Case, accents, punctuation, spacing, a leading article or honorific aside; numbers as words, amounts spelled out
    ("£4bn", "4 billion" and "four billion pounds" are one answer; "19%" and "19 per cent" another)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().strip()
    text = FRACTION.sub(lambda m: "one " + (m.group(1) or FRACTION_WORDS[m.group(2)]), text)  # "a third", "1/3"
    text = SPACE_GROUPED.sub(lambda m: m.group().replace(" ", ""), text)  # "250 000" is "250,000"
    text = text.replace(",", "").replace("%", " per cent ").replace("percent", "per cent")
    text = AMOUNT_SUFFIX.sub(lambda m: f"{m.group(1)} {MULTIPLIERS[m.group(2)]}", text)
    text = CURRENCY_WORDS.sub(" ", text)
    text = NUMBER.sub(lambda m: " " + _number_words(m.group()) + " ", text)
    text = re.sub(r"[^\w\s]", " ", text).replace("_", " ")
    text = " ".join(text.split())
    return LEADING_ARTICLE.sub("", text)


def _number_words(digits: str) -> str:
    try:
        return num2words(float(digits) if "." in digits else int(digits))
    except (OverflowError, ValueError):
        return digits


def _group_of(name: str) -> tuple[str, ...]:
    key = normalise(name)
    return next((group for group, keys in _PLACE_KEYS if key in keys), ())


_PLACE_KEYS = tuple((group, frozenset(normalise(name) for name in group)) for group in PLACE_ALIASES)


def _forms(answer: str, accepted: Iterable[str]) -> set[str]:
    names = [answer, *accepted]
    names += [alias for name in names for alias in _group_of(name)]
    return {form for form in (normalise(n) for n in names) if form}


def matches(response: str, answer: str, accepted: Iterable[str] = ()) -> bool:
    """Whether a typed response is the answer, or an accepted form of it, up to one slip in a long word."""
    given = normalise(response)
    if not given:
        return False
    for form in _forms(answer, accepted):
        if given == form:
            return True
        if _one_slip(given, form):
            return True
    return False


def _one_slip(given: str, form: str) -> bool:
    """One letter wrong, missing or extra in a long word, not at its start ("Russia" is not "Prussia")."""
    return (
        len(form) >= MIN_FUZZY_LENGTH and given[0] == form[0] and Levenshtein.distance(given, form, score_cutoff=1) <= 1
    )


def is_correct(item: Mapping[str, Any], response: str | bool | None, *, typed: bool = False) -> bool:
    """Score one response to an item in the shape of shared/ITEMS.md.

    A quiz scores who-said-what by the choice picked; `typed` is for an answer written where no choice
    is offered (a flashcard): then the answer's accepted forms count too ("Ushakov"), another choice never.
    """
    if response is None:
        return False
    if typed and item["type"] == "who_said" and isinstance(response, str) and response not in item["choices"]:
        if any(normalise(response) == normalise(c) for c in item["choices"] if c != item["answer"]):
            return False
        return matches(response, str(item["answer"]), item.get("accepted") or ())
    kind = item["type"]
    if kind == "true_false":
        value = response if isinstance(response, bool) else str(response).strip().lower() in ("true", "t", "yes")
        valid = isinstance(response, bool) or str(response).strip().lower() in ("true", "false", "t", "f", "yes", "no")
        return valid and value is item["answer"]
    if kind == "who_said":
        return isinstance(response, str) and response in item["choices"] and response == item["answer"]
    return isinstance(response, str) and matches(response, str(item["answer"]), item.get("accepted") or ())
