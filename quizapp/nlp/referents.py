"""What "the company", "the film" or "the country" stands for, so that a restated sentence can name it.

A definite description whose head is a kind of organisation, place or work refers to the one entity of
that kind the sentences just before named; when they named none or several, it stays unresolved and
the sentence is not restated.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .doctext import sentence_text, sentences_of
from .people import most_named
from .places import is_country
from .resources import DESCRIPTION_KINDS

LOOKBACK_SENTENCES = 3
MAIN_ENTITY_MENTIONS = 3
MIN_MENTIONS = 2  # named once in an earlier sentence, an entity is not the obvious referent of "the company"
MAIN_ENTITY_LABELS = frozenset({"ORG", "GPE", "NORP"})  # news calls its company "the firm" paragraphs later
COUNTRY_KINDS = frozenset({"country", "nation"})
TOWN_KINDS = frozenset({"city", "town", "capital"})


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


def part_of_a_longer_name(ent: Span) -> bool:
    """An entity the model cut from a longer name: its last word qualifies a proper noun just after it."""
    last = ent[-1]
    return last.dep_ == "compound" and last.head.i >= ent.end and last.head.pos_ == "PROPN"


TELLING_VERBS = frozenset({"tell", "inform", "brief", "assure", "write"})


def told_to(ent: Span) -> bool:
    """The paper or channel someone spoke to: where the story was told, not what it is about."""
    root = ent.root
    return root.dep_ in ("dative", "dobj") and root.head.lemma_.lower() in TELLING_VERBS or (
        root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in ("say", "speak", "talk")
    )


def main_place(docs: Sequence[tuple[int, Doc]]) -> str | None:
    """The country or city a whole article is about: named at least twice, and twice as often as any other."""
    counts = Counter(text for _, doc in docs for ent in doc.ents if ent.label_ == "GPE" and (text := entity_text(ent)))
    return most_named(counts, minimum=MIN_MENTIONS)


def place_fits(kind: str, entity: Entity) -> bool:
    """ "the country" is a country the article named, never its capital ("the stock market in Jakarta ...
    after the country doubled its estimate"); "the city" is never a country."""
    if entity.label != "GPE":
        return True
    if kind in COUNTRY_KINDS:
        return is_country(entity.text)
    return kind not in TOWN_KINDS or not is_country(entity.text)


class Referents:
    """The named entities of an article in reading order, for resolving definite descriptions."""

    def __init__(self, docs: Sequence[tuple[int, Doc]]) -> None:
        self.entities: list[tuple[int, Entity]] = []  # (block, entity) in reading order
        self.counts: Counter[str] = Counter()
        self.beside: dict[str, set[str]] = {}  # the lemmas of the sentences that name each entity
        self.with_the: set[str] = set()  # names the article writes after "the": "the Labour Party"
        self.sentences: list[str] = []
        sentence = 0
        for block, doc in docs:
            for sent in sentences_of(doc):
                self.sentences.append(sentence_text(sent))
                lemmas: set[str] | None = None
                for ent in sent.ents:
                    if part_of_a_longer_name(ent) or told_to(ent):
                        continue  # "Nina" of "jazz legend Nina Cole", tagged a place; "he told BBC News Online"
                    if text := entity_text(ent):
                        self.entities.append((block, Entity(sentence, ent.start, text, ent.label_)))
                        self.counts[text] += 1
                        after_the = ent[0].lower_ == "the" or ent.start > 0 and doc[ent.start - 1].lower_ == "the"
                        if after_the and ent.root.dep_ != "compound":  # not "The REM gigs": the gigs'
                            self.with_the.add(text)
                        lemmas = lemmas if lemmas is not None else {t.lemma_.lower() for t in sent}
                        self.beside.setdefault(text, set()).update(lemmas)
                sentence += 1

    def full_name(self, short: str, label: str) -> str | None:
        """The one longer name of that kind the article gave first and then clipped: "Deutsche Boerse" for
        "Deutsche". Not for an acronym ("BBC" is not "BBC Radio 4") nor a name used alone before, tagged or not
        ("Barclays ... Barclays Capital investment bank": the short name is the parent, not its part)."""
        if short.isupper():
            return None
        found = [e for _, e in self.entities if e.label == label and (e.text + " ").startswith(short + " ")]
        longer = {e.text for e in found if e.text != short}
        if len(longer) != 1 or found[0].text not in longer:
            return None
        alone = re.compile(rf"\b{re.escape(short)}\b")
        return None if any(alone.search(text) for text in self.sentences[: found[0].sentence]) else found[0].text

    def resolve(self, block: int, head: Token, sentence: int) -> str | None:
        """The name the description headed by `head` stands for, or None when it is not certain."""
        labels = DESCRIPTION_KINDS.get(head.lemma_.lower())
        if labels is None or head.tag_ in ("NNS", "NNPS"):
            return None  # "the firms": several, never the one name before them
        kind = head.lemma_.lower()
        before = [
            e
            for b, e in self.entities
            if e.label in labels
            and self._before(b, e, block, head, sentence)
            and place_fits(kind, e)
            and (labels & MAIN_ENTITY_LABELS or kind in self.beside[e.text])
        ]  # "the book" is a work the article calls a book somewhere, not the programme just named
        names = {e.text for e in before}
        if len(names) == 1 and self._another_people_beside(block, head, sentence, before[0]):
            return None  # "Venezuelan president Chavez offered China access to the country's oil": Venezuela's
        if len(names) == 1:
            name = before[0].text
            if self._a_part_of(name, sentence):
                return None  # "Barclays ... Barclays Capital ... the group": the body or its arm?
            if not any(e.sentence == sentence for e in before) and self._outnamed(name, labels):
                return None  # "signed from AC Milan ... Abramovich bought the club": the story's Chelsea, surely?
            if any(e.sentence == sentence for e in before) or self.counts[name] >= MIN_MENTIONS:
                return name
        if len(names) > 1 or not labels & MAIN_ENTITY_LABELS:
            return None  # "the book" may be any work, and a news programme is tagged one: no main work
        main = self._main_entity(labels, sentence)
        return main if main is None or place_fits(kind, Entity(sentence, 0, main, "GPE")) else None

    def names_clipped_to(self, short: str) -> dict[str, str]:
        """The names of bodies and places of the article that this word begins or ends, with their labels:
        "Real Sociedad" for "Real", "Manchester City" for "City". Not for an acronym, nor a name used alone
        before the longer one: "The IAAF has met ..." and later "the IAAF Council" is the body and its arm."""
        if short.isupper():
            return {}
        alone = re.compile(rf"\b{re.escape(short)}\b")
        return {
            e.text: e.label
            for _, e in self.entities
            if e.label in ("ORG", "GPE")
            and (e.text.startswith(short + " ") or e.text.endswith(" " + short))
            and not any(alone.search(text) for text in self.sentences[: e.sentence])
        }

    def _a_part_of(self, name: str, sentence: int) -> bool:
        """The name extends a shorter one the article used alone up to here: "Barclays Capital" after
        "Barclays", an arm of a body named on its own."""
        first, _, rest = name.partition(" ")
        if not rest:
            return False
        alone = re.compile(rf"\b{re.escape(first)}\b(?!\s+{re.escape(rest)})")
        return any(alone.search(text) for text in self.sentences[: sentence + 1])

    def main_place(self, sentence: int) -> str | None:
        """The country or city the article is about, named before this sentence and far more than any other."""
        return self._main_entity(frozenset({"GPE"}), sentence, minimum=MIN_MENTIONS)

    def _main_entity(self, labels: frozenset[str], sentence: int, minimum: int = MAIN_ENTITY_MENTIONS) -> str | None:
        """The entity of that kind the article is about: named before, and far more often than any other.

        News copy calls the company a story is about "the firm" paragraphs after naming it.
        """
        counts = Counter(e.text for _, e in self.entities if e.label in labels)
        if not counts:
            return None
        (top, n), *rest = counts.most_common(2)
        runner_up = rest[0][1] if rest else 0
        named_before = any(e.text == top and e.sentence < sentence for _, e in self.entities)
        return top if named_before and n >= minimum and n >= 2 * runner_up else None

    def _another_people_beside(self, block: int, head: Token, sentence: int, place: Entity) -> bool:
        """A people of another country named before a place description in its own sentence: the country
        may be theirs, not the one just named."""
        if place.label != "GPE":
            return False
        return any(
            e.label == "NORP" and e.sentence == sentence and b == block and e.start < head.i
            and e.text[:4].lower() != place.text[:4].lower()
            for b, e in self.entities
        )

    def _outnamed(self, name: str, labels: frozenset[str]) -> bool:
        """Another name of the kind the article gives more often: what a later "the club" may well stand for."""
        return any(self.counts[e.text] > self.counts[name] for _, e in self.entities if e.label in labels)

    @staticmethod
    def _before(block: int, entity: Entity, here: int, head: Token, sentence: int) -> bool:
        if entity.sentence == sentence:
            return block == here and entity.start < head.left_edge.i
        return sentence - LOOKBACK_SENTENCES <= entity.sentence < sentence
