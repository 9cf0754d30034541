"""True/false items: facts restated faithfully, or with one controlled change the article does not support."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from .facts import Fact, Sentence, Slot
from .items import Item, Person
from .resources import COUNTRIES, NATIONALITIES
from .whosaid import item_id, reads_cleanly

SWAPPABLE = ("person", "number", "place", "nationality", "organisation")
CHANGED_NUMBER_WORD = {"two": "four", "three": "five", "four": "six", "five": "three", "six": "eight",
                       "seven": "nine", "eight": "five", "nine": "six", "ten": "seven", "twelve": "eight",
                       "eleven": "nine", "one": "three"}  # fmt: skip


@dataclass(frozen=True)
class Change:
    """One controlled change to a fact: what changed, from what, to what, and the changed statement."""

    kind: str
    was: str
    now: str
    statement: str
    new_words: frozenset[str]
    dropped_words: frozenset[str]


@dataclass(frozen=True)
class Alternatives:
    """Values of each kind the article (or a background list) offers for swaps."""

    people: tuple[Person, ...]
    values: Mapping[str, Sequence[str]]

    def for_slot(self, slot: Slot, statement: str, seed: int) -> list[str]:
        """Other values of the slot's kind, none already in the statement: the article's first, then a
        background list (countries for a country, nationalities for a nationality), picked by `seed`."""
        lower = statement.lower()
        if slot.kind == "person":
            return [p.name for p in self.people if p != slot.person and p.surname.lower() not in lower]
        if lower.startswith("the " + slot.text.lower()) or f" the {slot.text.lower()}" in lower:
            return []  # "the UK": another name might not take "the"
        person_words = {w for p in self.people for w in (p.name, *p.aliases)}
        named = [n for n in self.values.get(slot.kind, ()) if n not in person_words]
        background: tuple[str, ...] = ()
        if slot.kind == "place" and slot.text in COUNTRIES:
            named, background = [n for n in named if n in COUNTRIES], COUNTRIES
        elif slot.kind == "nationality":
            if slot.text not in NATIONALITIES:
                return []
            named, background = [n for n in named if n in NATIONALITIES], NATIONALITIES
        elif slot.kind == "place":
            return []  # a town for a region or a region for a street: no list tells us which is which
        turn = seed % len(background) if background else 0
        options = named + [b for b in background[turn:] + background[:turn] if b not in named]
        return [o for o in options if o != slot.text and o.lower() not in lower and slot.text.lower() not in o.lower()]


def stable_number(text: str) -> int:
    """A number drawn from the text, the same on every run (unlike hash())."""
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16)


def words_of(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[\w']+", text.lower()))


def supported(change: Change, fact: Fact, sentences: Sequence[Sentence]) -> bool:
    """Whether some sentence of the article says what the changed statement says.

    Conservative on purpose: a sentence with the new value and the same main verb, or (for a negation)
    any negated sentence sharing most of the statement's content, counts as support.
    """
    if change.kind == "negation":
        needed = fact.lemmas
        return any(s.negated and len(needed & s.lemmas) >= 0.6 * len(needed) for s in sentences)
    for sentence in sentences:
        if change.new_words <= sentence.words | sentence.lemmas:
            if fact.verb in sentence.lemmas or len(fact.lemmas & sentence.lemmas) >= 0.5 * len(fact.lemmas):
                return True
    return False


def changed_number(text: str) -> str | None:
    lower = text.lower()
    if lower in CHANGED_NUMBER_WORD:
        new = CHANGED_NUMBER_WORD[lower]
        return new.capitalize() if text[:1].isupper() else new
    match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if not match:
        return None
    raw = match.group().replace(",", "")
    value = float(raw) if "." in raw else int(raw)
    if isinstance(value, int) and 1900 <= value <= 2100:
        new_value: float = value - 4  # a year: four years earlier
    elif value < 10:
        new_value = value * 2 if value else 3
    else:
        new_value = round(value * 1.5, 1) if isinstance(value, float) else int(value * 1.5)
    new_text = f"{new_value:,}" if "," in match.group() else str(new_value)
    return text[: match.start()] + new_text + text[match.end() :]


def changes(fact: Fact, alternatives: Alternatives, rotation: int) -> Iterator[Change]:
    """Candidate changes in a preference order that rotates from fact to fact, for variety."""
    plain = fact.render()
    slot_changes = []
    for slot in fact.slots:
        if slot.kind not in SWAPPABLE:
            continue
        if slot.kind == "number":
            new = changed_number(slot.text)
            options = [new] if new else []
        else:
            options = alternatives.for_slot(slot, plain, seed=stable_number(fact.evidence))[:1]
        for new in options:
            statement = fact.render({slot.start: (slot.end, new)})
            slot_changes.append(Change(slot.kind, slot.value(), new, statement, words_of(new), words_of(slot.text)))
    if fact.negation is not None:
        piece, words = fact.negation
        statement = fact.render({piece: (piece + 1, words)})
        slot_changes.append(Change("negation", fact.pieces[piece].text, words, statement, frozenset(), frozenset()))
    if slot_changes:
        start = rotation % len(slot_changes)
        yield from slot_changes[start:] + slot_changes[:start]


def explanation_for(change: Change | None, fact: Fact) -> str:
    if change is None:
        return f'True. The article says: "{fact.evidence}"'
    if change.kind == "negation":
        return f'False. The article says the opposite: "{fact.evidence}"'
    return f'False. The article says {change.was}, not {change.now}: "{fact.evidence}"'


def true_false_item(article_id: str, fact: Fact, change: Change | None) -> Item | None:
    statement = change.statement if change else fact.render()
    if not reads_cleanly(statement) or not 15 <= len(statement) <= 300:
        return None
    extra = {"changed": {"kind": change.kind, "from": change.was, "to": change.now}} if change else {}
    return Item(
        id=item_id(article_id, "true_false", fact.evidence, statement),
        type="true_false",
        prompt=statement,
        choices=("True", "False"),
        answer=change is None,
        accepted=(),
        evidence=fact.evidence,
        explanation=explanation_for(change, fact),
        extra=extra,
    )


def true_false_items(
    article_id: str,
    facts: Sequence[Fact],
    people: Sequence[Person],
    sentences: Sequence[Sentence],
    named: Mapping[str, Sequence[str]],
    *,
    limit: int,
) -> list[Item]:
    """Up to `limit` statements, about half of them false, each false one checked against the article."""
    alternatives = Alternatives(tuple(p for p in people if p.confirmed), named)
    items: list[Item] = []
    falses = 0
    for n, fact in enumerate(facts):
        if len(items) >= limit:
            break
        want_false = falses * 2 < len(items) + 1
        change = None
        if want_false:
            change = next((c for c in changes(fact, alternatives, n) if not supported(c, fact, sentences)), None)
        item = true_false_item(article_id, fact, change)
        if item is not None:
            items.append(item)
            falses += change is not None
    return balanced(items)


def balanced(items: list[Item]) -> list[Item]:
    """Drop the last statements of the larger side until true and false are within one of each other."""
    trues = [i for i in items if i.answer is True]
    falses = [i for i in items if i.answer is False]
    keep = min(len(trues), len(falses)) + 1
    kept = {i.id for i in trues[:keep]} | {i.id for i in falses[:keep]}
    return [i for i in items if i.id in kept]
