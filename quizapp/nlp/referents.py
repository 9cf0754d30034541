"""What "the company", "the film" or "the country" stands for, so that a restated sentence can name it.

A definite description whose head is a kind of organisation, place or work refers to the one entity of
that kind the sentences just before named; when they named none or several, it stays unresolved and
the sentence is not restated.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .resources import DESCRIPTION_KINDS

LOOKBACK_SENTENCES = 3
MIN_MENTIONS = 2  # named once in an earlier sentence, an entity is not the obvious referent of "the company"


@dataclass(frozen=True)
class Entity:
    sentence: int
    start: int  # token index in its paragraph
    text: str
    label: str


def entity_text(ent: Span) -> str:
    """The entity as a name: "BBC" of "the BBC's"."""
    words = [t for t in ent if t.text not in ("'s", "\u2019s", "'", "\u2019")]
    if words and words[0].lower_ == "the":
        words = words[1:]
    return "".join(t.text_with_ws for t in words).strip()


class Referents:
    """The named entities of an article in reading order, for resolving definite descriptions."""

    def __init__(self, docs: Sequence[tuple[int, Doc]]) -> None:
        self.entities: list[tuple[int, Entity]] = []  # (block, entity) in reading order
        self.counts: Counter[str] = Counter()
        sentence = 0
        for block, doc in docs:
            for sent in doc.sents:
                for ent in sent.ents:
                    if text := entity_text(ent):
                        self.entities.append((block, Entity(sentence, ent.start, text, ent.label_)))
                        self.counts[text] += 1
                sentence += 1

    def resolve(self, block: int, head: Token, sentence: int) -> str | None:
        """The name the description headed by `head` stands for, or None when it is not certain."""
        labels = DESCRIPTION_KINDS.get(head.lemma_.lower())
        if labels is None:
            return None
        before = [e for b, e in self.entities if e.label in labels and self._before(b, e, block, head, sentence)]
        if len({e.text for e in before}) != 1:
            return None
        name = before[0].text
        same_sentence = any(e.sentence == sentence for e in before)
        return name if same_sentence or self.counts[name] >= MIN_MENTIONS else None

    @staticmethod
    def _before(block: int, entity: Entity, here: int, head: Token, sentence: int) -> bool:
        if entity.sentence == sentence:
            return block == here and entity.start < head.left_edge.i
        return sentence - LOOKBACK_SENTENCES <= entity.sentence < sentence
