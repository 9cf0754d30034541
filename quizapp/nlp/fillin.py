"""Fill-in items: a standalone statement with one key name, number, place or term blanked out."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..answers import place_aliases
from .facts import Fact, Slot
from .items import Item
from .whosaid import accepted_names, item_id, mentions_any, reads_cleanly

BLANK = "_____"
KIND_PREFERENCE = {"person": 0, "number": 1, "date": 2, "place": 3, "organisation": 4, "term": 5, "nationality": 6}
STEM = 5  # words sharing their first five letters give each other away: "Russia" / "Russian"
NAME_STEM = 3  # capitalised words need only three: "Spain" / "Spanish", "France" / "French"
NUMBER_WORDS = {"three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
                "ten": "10", "eleven": "11", "twelve": "12", "two": "2", "one": "1"}  # fmt: skip


def accepted_for(slot: Slot) -> tuple[str, ...]:
    """Other spellings that score as right: the person's other names, digits for a number word, a place's aliases."""
    forms: list[str] = []
    if slot.person is not None:
        forms += [slot.person.name, *accepted_names(slot.person)]
    if slot.kind == "number" and slot.text.lower() in NUMBER_WORDS:
        forms.append(NUMBER_WORDS[slot.text.lower()])
    if slot.kind == "place":
        forms += place_aliases(slot.text)
    return tuple(dict.fromkeys(f for f in forms if f.lower() != slot.text.lower()))


def gives_away(prompt: str, slot: Slot, accepted: Sequence[str]) -> bool:
    """The rest of the sentence names the answer, or a word that shares its stem."""
    rest = prompt.replace(BLANK, " ")
    if mentions_any(rest, [slot.text, *accepted]):
        return True
    answer_stems = {w[:STEM] for w in re.findall(r"[a-z]+", slot.text.lower()) if len(w) >= STEM}
    rest_stems = {w[:STEM] for w in re.findall(r"[a-z]+", rest.lower()) if len(w) >= STEM}
    names = {w[:NAME_STEM] for w in re.findall(r"\b[A-Z][a-z]{3,}", slot.text)}
    rest_names = {w[:NAME_STEM] for w in re.findall(r"\b[A-Z][a-z]{3,}", rest)}
    return bool(answer_stems & rest_stems or names & rest_names)


def open_slots(fact: Fact, used: set[str]) -> list[Slot]:
    """Slots of the fact worth blanking, best first: unused answers the sentence does not give away."""
    candidates = [s for s in fact.slots if s.kind in KIND_PREFERENCE and not {s.value().lower(), s.text.lower()} & used]
    candidates.sort(key=lambda s: (KIND_PREFERENCE[s.kind], s.start))
    return [
        slot
        for slot in candidates
        if not gives_away(fact.render({slot.start: (slot.end, BLANK)}), slot, accepted_for(slot))
    ]


def fill_in_item(article_id: str, fact: Fact, slot: Slot) -> Item | None:
    prompt = fact.render({slot.start: (slot.end, BLANK)})
    if not reads_cleanly(prompt) or not 15 <= len(prompt) <= 300 or prompt.count(BLANK) != 1:
        return None
    return Item(
        id=item_id(article_id, "fill_in", fact.evidence, prompt),
        type="fill_in",
        prompt=prompt,
        choices=(),
        answer=slot.text,
        accepted=accepted_for(slot),
        evidence=fact.evidence,
        explanation=f'The article says: "{fact.evidence}"',
        extra={"blank_kind": slot.kind},
    )


def fill_in_items(article_id: str, facts: Sequence[Fact], *, limit: int) -> list[Item]:
    """Up to `limit` items, no two with the same answer; a second blank from a sentence only when the
    article has too few sentences for one each."""
    items: list[Item] = []
    used: set[str] = set()
    for per_fact in (1, 2):
        for fact in facts:
            if len(items) >= limit:
                return items
            taken = sum(1 for i in items if i.evidence == fact.evidence)
            slots = open_slots(fact, used)
            if taken >= per_fact or not slots:
                continue
            item = fill_in_item(article_id, fact, slots[0])
            if item is not None:
                items.append(item)
                used |= {slots[0].value().lower(), slots[0].text.lower()}
    return items
