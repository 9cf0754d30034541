"""Editing items and writing new ones: the rules of shared/ITEMS.md, checked field by field.

The web form hands over what the teacher typed as a Draft; `problems` says, per field, what is wrong
and how to fix it; `apply` and `new_item` store a draft that has none.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field

from .answers import normalise
from .extensions import db
from .models import Article, Item
from .store import OWN_ITEM_PREFIX

BLANK = "_____"
BLANK_PATTERN = re.compile(r"_{3,}")
MIN_CHOICES = 3
MAX_CHOICES = 6
ITEM_TYPES = ("who_said", "true_false", "fill_in")
TYPE_NAMES = {"who_said": "who said what", "true_false": "true or false", "fill_in": "fill in the blank"}


@dataclass
class Draft:
    """An item as typed into the form: lists already split into their entries."""

    type: str
    prompt: str = ""
    answer: str | bool | None = None  # a bool for true/false
    choices: list[str] = field(default_factory=list)
    accepted: list[str] = field(default_factory=list)
    evidence: str = ""
    explanation: str = ""


def split_list(text: str | None) -> list[str]:
    """Entries one per line (or separated by ;), trimmed, empty ones and repeats dropped."""
    entries = (" ".join(part.split()) for part in re.split(r"[;\n]", text or ""))
    return list(dict.fromkeys(e for e in entries if e))


def draft_of(item: Item) -> Draft:
    return Draft(item.type, item.prompt, item.answer, list(item.choices), list(item.accepted), item.evidence,
                 item.explanation)  # fmt: skip


def name_words(name: str) -> set[str]:
    return set(normalise(name).split())


def same_person(a: str, b: str) -> bool:
    """Whether two choices name the same person: "Leo" and "Leo Martin", "Martin" and "Leo Martin"."""
    first, second = name_words(a), name_words(b)
    return bool(first and second) and (first <= second or second <= first)


def clashing_choices(choices: list[str]) -> tuple[str, str] | None:
    for n, one in enumerate(choices):
        for other in choices[n + 1 :]:
            if same_person(one, other):
                return one, other
    return None


def problems(draft: Draft) -> dict[str, str]:
    """What is wrong with the draft, by form field; empty when it can be stored."""
    found: dict[str, str] = {}
    if not draft.prompt:
        found["prompt"] = "Write the question."
    if not draft.evidence:
        found["evidence"] = "Give the sentence of the article that settles the answer."
    if draft.type == "true_false":
        if not isinstance(draft.answer, bool):
            found["answer"] = "Choose whether the statement is true or false."
    elif draft.type == "fill_in":
        if draft.prompt and len(BLANK_PATTERN.findall(draft.prompt)) != 1:
            found["prompt"] = f"A fill-in question has exactly one blank: write it as {BLANK}."
        if not draft.answer:
            found["answer"] = "Give the missing words."
    elif draft.type == "who_said":
        found.update(who_said_problems(draft))
    return found


def who_said_problems(draft: Draft) -> dict[str, str]:
    found: dict[str, str] = {}
    choices = draft.choices
    if len(choices) < MIN_CHOICES:
        found["choices"] = f"Give at least {MIN_CHOICES} people to choose from, one per line."
    elif len(choices) > MAX_CHOICES:
        found["choices"] = f"Give at most {MAX_CHOICES} people to choose from."
    elif clash := clashing_choices(choices):
        found["choices"] = (f"“{clash[0]}” and “{clash[1]}” name the same person: keep one of them, "
                            "so the right answer is not also a wrong one.")  # fmt: skip
    if not draft.answer:
        found["answer"] = "Give the person who said it."
    elif draft.answer not in choices:
        near = [c for c in choices if same_person(c, str(draft.answer))]
        hint = f" Did you mean “{near[0]}”?" if near else " Add them to the choices, or pick one of the choices."
        found["answer"] = f"The answer must be one of the choices, written the same way.{hint}"
    return found


def store(item: Item, draft: Draft) -> None:
    item.prompt, item.evidence, item.explanation = draft.prompt, draft.evidence, draft.explanation
    if draft.type == "true_false":
        item.answer, item.choices, item.accepted = bool(draft.answer), ["True", "False"], []
    elif draft.type == "who_said":
        item.answer, item.choices, item.accepted = draft.answer, list(draft.choices), list(draft.accepted)
    else:
        item.answer, item.choices, item.accepted = draft.answer, [], list(draft.accepted)


def apply(item: Item, draft: Draft) -> None:
    """Store a checked draft over the item; past answers change only by a regrade (regrade.py)."""
    store(item, draft)
    db.session.commit()


def new_item(article: Article, draft: Draft) -> Item:
    """A teacher's own item, after the article's others, with a stable id of its own."""
    position = max((i.position for i in article.items), default=-1) + 1
    item = Item(uid=f"{OWN_ITEM_PREFIX}{secrets.token_hex(8)}", type=draft.type, position=position, enabled=True)
    store(item, draft)
    article.items.append(item)
    db.session.commit()
    return item


def toggle(item: Item) -> None:
    """Disable an item (new attempts leave it out) or enable it again; past scores change only by a regrade."""
    item.enabled = not item.enabled
    db.session.commit()
