"""The plain records the language core returns; no spaCy object leaves the core."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

NAME_PARTICLES = frozenset({"le", "la", "de", "du", "da", "di", "del", "della", "van", "von", "der", "den", "ter"})


@dataclass(frozen=True)
class Role:
    """A title given to a person: "North Korean leader" is head "leader", qualifiers {"north", "korean"}."""

    text: str
    head: str
    qualifiers: frozenset[str]


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...] = ()
    gender: str | None = None
    confirmed: bool = False  # named with a title or honorific, or more than once
    gender_known: bool = False  # the gender comes from an honorific ("Mrs"), not from a given name

    @property
    def surname(self) -> str:
        """ "Brown" of "Gordon Brown"; "Le Bon" of "Simon Le Bon", "van Nistelrooy" of "Ruud van Nistelrooy"."""
        words = self.name.split()
        start = len(words) - 1
        while start > 1 and words[start - 1].lower() in NAME_PARTICLES:
            start -= 1
        return " ".join(words[start:])

    def describe(self) -> str:
        """The name with the article's first title for the person, if any."""
        return f"{self.name}, {self.roles[0].text}" if self.roles else self.name


@dataclass(frozen=True)
class Attribution:
    speaker: str
    speaker_type: str  # "person" or "group"
    mention: str
    cue: str
    kind: str  # "direct" or "indirect"
    statement: str
    evidence: str
    question: str = ""  # the predicate restated for a who-said prompt: 'said that ...'
    sentences: tuple[int, int] = (0, 0)  # first and last sentence of the article the evidence covers

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        del data["question"], data["sentences"]
        return data


@dataclass(frozen=True)
class Item:
    id: str
    type: str  # "who_said", "true_false" or "fill_in"
    prompt: str
    choices: tuple[str, ...]
    answer: str | bool
    accepted: tuple[str, ...]
    evidence: str
    explanation: str
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data = {
            "id": self.id,
            "type": self.type,
            "prompt": self.prompt,
            "choices": list(self.choices),
            "answer": self.answer,
            "accepted": list(self.accepted),
            "evidence": self.evidence,
            "explanation": self.explanation,
        }
        data.update(self.extra)
        return data


@dataclass(frozen=True)
class ArticleItems:
    id: str
    title: str
    byline: str | None
    attributions: tuple[Attribution, ...]
    items: tuple[Item, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "byline": self.byline,
            "attributions": [a.to_json() for a in self.attributions],
            "items": [i.to_json() for i in self.items],
        }
