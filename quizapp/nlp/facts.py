"""Statements of fact: article sentences restated so that they read without the article.

A fact keeps its words as pieces, with slots marking the names, places and numbers in it, so the
true/false and fill-in generators can swap or blank a slot without parsing again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .attribution.lexicon import reporting_verbs
from .doctext import text_of
from .items import Person
from .people import People
from .resources import (
    CONTEXT_ADJECTIVES,
    CONTEXT_ADVERBS,
    DANGLING_PRONOUNS,
    HEDGE_ADJECTIVES,
    HONORIFICS,
    MEASURES,
    NEGATABLE_AUXILIARIES,
    NEGATIVE_WORDS,
    OBJECT_PRONOUNS,
    PERSONAL_PRONOUNS,
    POSSESSIVES,
    ROLE_NOUNS,
    SLOT_LEADERS,
    SUBJECT_CONTEXT_ADJECTIVES,
    VAGUE_QUANTITIES,
)

MIN_WORDS, MAX_WORDS = 7, 36
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
SLOT_KINDS = {
    "PERSON": "person", "GPE": "place", "LOC": "place", "ORG": "organisation", "NORP": "nationality",
    "MONEY": "number", "PERCENT": "number", "QUANTITY": "number", "CARDINAL": "number", "DATE": "date",
    "EVENT": "term", "LAW": "term", "FAC": "place",
}  # fmt: skip
# "I", "we", "you" ...; lower case or sentence-initial, so that "US" (the country) is not "us".
FIRST_OR_SECOND_PERSON = re.compile(
    r"\b(?:I|[Ww]e|[Yy]ou|me|us|[Mm]y|[Oo]ur|[Yy]our|mine|ours|yours|[Ww]e're|[Yy]ou're|I'm|I've|I'd|I'll)\b"
)
CLOSING = frozenset({")", "]"})  # a trimmed ending keeps the bracket it closes
QUOTE_MARKS = ('"', "\u201c", "\u201d")
ASIDE_DEPS = frozenset({"appos", "acl", "relcl", "advcl", "npadvmod", "amod"})


@dataclass(frozen=True)
class Piece:
    text: str
    space: str


@dataclass(frozen=True)
class Slot:
    """A name, place, number or date in a statement, by piece range."""

    start: int
    end: int
    kind: str
    text: str
    person: Person | None = None

    def value(self) -> str:
        """What the slot stands for: the person's full name, else its words."""
        return self.person.name if self.person else self.text


@dataclass(frozen=True)
class Fact:
    order: int  # position of the sentence in the article
    evidence: str
    pieces: tuple[Piece, ...]
    slots: tuple[Slot, ...]
    verb: str  # lemma of the main verb
    negation: tuple[int, str] | None  # piece to rewrite, and its negated words
    lemmas: frozenset[str]  # content words, for finding sentences that say the same

    def render(self, replacements: Mapping[int, tuple[int, str]] | None = None) -> str:
        """The statement, each replacement {start piece: (end piece, text)} put in place."""
        replacements = replacements or {}
        out, i = [], 0
        while i < len(self.pieces):
            if i in replacements:
                end, text = replacements[i]
                out.append(text + self.pieces[end - 1].space)
                i = end
            else:
                out.append(self.pieces[i].text + self.pieces[i].space)
                i += 1
        return finish_sentence("".join(out))


@dataclass(frozen=True)
class Sentence:
    """An article sentence reduced to what a support check needs."""

    words: frozenset[str]
    lemmas: frozenset[str]
    negated: bool


def finish_sentence(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:-")
    text = re.sub(r"\s+([,.;:%])", r"\1", text)
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text.rstrip(".") + "."


def article_sentences(docs: Sequence[tuple[int, Doc]]) -> list[Sentence]:
    return [
        Sentence(
            frozenset(t.lower_ for t in sent),
            frozenset(t.lemma_.lower() for t in sent),
            any(t.dep_ == "neg" for t in sent),
        )
        for _, doc in docs
        for sent in doc.sents
    ]


def read_facts(
    docs: Sequence[tuple[int, Doc]], people: People, pronouns: Mapping[tuple[int, int], Person]
) -> list[Fact]:
    facts = []
    order = 0
    for block, doc in docs:
        for sent in doc.sents:
            fact = restate(block, sent, order, people, pronouns)
            if fact is not None:
                facts.append(fact)
            order += 1
    return facts


def restate(
    block: int, sent: Span, order: int, people: People, pronouns: Mapping[tuple[int, int], Person]
) -> Fact | None:
    """The sentence as a standalone statement, or None when it cannot stand alone."""
    if not _is_plain_statement(sent):
        return None
    root = _claim_root(sent)
    if root is None:
        return None
    kept = _kept_tokens(sent, root)
    if kept is None or not MIN_WORDS <= sum(not t.is_punct for t in kept) <= MAX_WORDS:
        return None
    pieces: list[Piece] = []
    index: dict[int, int] = {}
    named_before: set[str] = set()  # "person" once a person is named, "noun" once a subject noun is
    resolved: dict[int, Person] = {}  # piece index of a pronoun -> the person put in its place
    for n, token in enumerate(kept):
        space = token.whitespace_ if n + 1 < len(kept) and kept[n + 1].i == token.i + 1 else " "
        text = token.text
        lower = token.lower_
        if lower in PERSONAL_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass") and "person" not in named_before:
            person = pronouns.get((block, token.i))
            if person is None:
                return None
            text = person.name
            named_before.add("person")
            resolved[len(pieces)] = person
        elif lower in PERSONAL_PRONOUNS:
            pass  # "..., and he said": bound to the person the statement has already named
        elif lower in CONTEXT_ADJECTIVES or lower in SUBJECT_CONTEXT_ADJECTIVES and _in_subject(token):
            return None  # "Similar rises", "Other firms": compared with something we left behind
        elif lower in POSSESSIVES and token.dep_ == "poss":
            if POSSESSIVES[lower] not in named_before:
                return None
        elif lower in OBJECT_PRONOUNS and token.pos_ == "PRON":
            if "person" not in named_before:
                return None  # "him", "himself": bound to the person the statement has named
        elif lower in DANGLING_PRONOUNS and (token.pos_ in ("PRON", "DET") or lower == "such") and not _bound(token):
            return None
        elif lower == "same" and n > 0 and kept[n - 1].lower_ == "the":
            return None
        if people.at(block, token.i) is not None or token.dep_ in ("nsubj", "nsubjpass") and _is_title(token):
            named_before.add("person")
        if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ in ("NOUN", "PROPN"):
            named_before.add("noun")
        index[token.i] = len(pieces)
        pieces.append(Piece(text, space))
    if _opens_with_bare_definite(kept):
        return None
    slots = tuple(_slots(sent, kept, index, people, block)) + tuple(
        Slot(i, i + 1, "person", person.name, person) for i, person in resolved.items()
    )
    lemmas = frozenset(t.lemma_.lower() for t in kept if t.pos_ in CONTENT_POS and not t.is_stop) | frozenset(
        w.lower() for p in pieces for w in p.text.split() if p.text[:1].isupper()
    )
    evidence = " ".join(sent.text.split())
    return Fact(order, evidence, tuple(pieces), slots, root.lemma_.lower(), _negation(root, index), lemmas)


def _is_plain_statement(sent: Span) -> bool:
    """A declarative sentence in the third person, without quotation marks."""
    text = text_of(sent.doc)[sent.start_char : sent.end_char].strip()
    if not text.endswith(".") or any(mark in text for mark in QUOTE_MARKS):
        return False
    return FIRST_OR_SECOND_PERSON.search(text) is None


def _claim_root(sent: Span) -> Token | None:
    """The verb the statement is about: the root, or the clause of "It's clear that ..."."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in reporting_verbs():
        return None
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    if subjects[0].lower_ == "it" and root.lemma_ == "be":
        if any(c.dep_ == "acomp" and c.lower_ in HEDGE_ADJECTIVES for c in root.children):
            clause = next((c for c in root.children if c.dep_ == "ccomp"), None)
            if clause is not None and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                return clause
        return None
    return root


def _kept_tokens(sent: Span, root: Token) -> list[Token] | None:
    """The root's clause without leading connectives, comma-set asides and context adverbs."""
    tokens = list(root.subtree) if root != sent.root else list(sent)
    dropped: set[int] = set()
    subject = next(c for c in root.children if c.dep_ in ("nsubj", "nsubjpass"))
    lead = [t for t in tokens if t.i < subject.left_edge.i and not (t.dep_ == "mark" and t.head == root)]
    if lead:
        if lead[-1].text != "," and not all(t.pos_ in ("CCONJ", "ADV") for t in lead):
            return None  # a leading phrase we cannot tell is an aside
        dropped.update(t.i for t in lead)
    for token in tokens:
        if token.lower_ in CONTEXT_ADVERBS and token.dep_ == "advmod":
            dropped.add(token.i)
        elif token.dep_ in ASIDE_DEPS and _set_off_by_commas(token):
            dropped.update(t.i for t in token.subtree)
            dropped.update(_commas_around(token))
        elif token.dep_ == "mark" and token.head == root and token.lower_ == "that":
            dropped.add(token.i)
    kept = [t for t in tokens if t.i not in dropped]
    while kept and (kept[-1].is_punct and kept[-1].text not in CLOSING or kept[-1].dep_ == "cc"):
        kept.pop()
    while kept and (kept[0].is_punct or kept[0].dep_ == "cc"):
        kept.pop(0)
    return kept or None


def _set_off_by_commas(token: Token) -> bool:
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    before = doc[left - 1].text if left > 0 else ""
    after = doc[right + 1].text if right + 1 < len(doc) else ""
    return before == "," and after in (",", ".")


def _commas_around(token: Token) -> Iterator[int]:
    left, right = token.left_edge.i, token.right_edge.i
    yield left - 1
    if right + 1 < len(token.doc) and token.doc[right + 1].text == ",":
        yield right + 1


def _in_subject(token: Token) -> bool:
    while token.dep_ not in ("nsubj", "nsubjpass", "ROOT") and token.head != token:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def _is_title(token: Token) -> bool:
    """ "The Russian leader": a singular title that stands for one person."""
    return token.lemma_.lower() in ROLE_NOUNS and token.tag_ == "NN"


def _bound(token: Token) -> bool:
    """A pronoun whose referent is in the sentence: a relative "which" or "who", an expletive "there"."""
    if token.dep_ == "expl":
        return True
    if token.lower_ not in ("that", "which", "who", "whose"):
        return False
    return token.head.dep_ == "relcl" or token.head.head.dep_ == "relcl" and token.dep_ in ("pobj", "poss")


def _opens_with_bare_definite(kept: list[Token]) -> bool:
    """ "The two leaders ...": a subject that points back at sentences we left behind."""
    return len(kept) > 1 and kept[0].lower_ == "the" and kept[1].pos_ == "NUM"


def _slots(sent: Span, kept: list[Token], index: Mapping[int, int], people: People, block: int) -> Iterator[Slot]:
    kept_ids = set(index)
    covered: set[int] = set()
    for ent in sent.ents:
        kind = SLOT_KINDS.get(ent.label_)
        tokens = _slot_tokens(ent)
        if kind is None or not tokens or not {t.i for t in tokens} <= kept_ids or _in_parentheses(ent):
            continue
        if kind == "date" and not any(ch.isdigit() for ch in ent.text):
            continue  # "many years", "Tuesday": a vague time is no answer
        if kind in ("number", "date") and any(t.lower_ in ("and", "to", "or") for t in tokens):
            continue  # a range, "between $40 and $50", has no one answer
        person = people.at(block, ent.root.i)
        if ent.label_ == "PERSON" and person is None:
            continue  # a name the article shows is no person, or one we could not place
        if kind == "number" and ent.label_ == "CARDINAL" and not _is_specific_number(ent):
            continue
        text = text_of(sent.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
        covered.update(t.i for t in tokens)
        start = index[tokens[0].i]
        if person is not None and tokens[0].i - 1 in index and tokens[0].nbor(-1).lower_ in HONORIFICS:
            start -= 1  # "Mr Jolin": the honorific goes with the name it belongs to
        yield Slot(start, index[tokens[-1].i] + 1, kind, text, person)
    for token in kept:  # "a two-hour conversation": a number inside a hyphenated measure
        if token.like_num and token.i not in covered and _measure_follows(token):
            yield Slot(index[token.i], index[token.i] + 1, "number", token.text)


def _measure_follows(token: Token) -> bool:
    """ "two-hour", "seven-seat"; not "one-time" or "one-off", which count nothing."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "-":
        return False
    return doc[token.i + 2].lemma_.lower() in MEASURES


def _slot_tokens(ent: Span) -> list[Token]:
    """The entity's words without a leading "the" or "about" and a trailing possessive; [] if broken."""
    tokens = list(ent)
    while tokens and (tokens[0].lower_ in SLOT_LEADERS or tokens[0].lower_ == "as" and len(tokens) > 2):
        tokens = tokens[1:]
    while tokens and tokens[-1].text in ("'s", "\u2019s", "'", "\u2019"):
        tokens = tokens[:-1]
    if any(t.text in ("'", "\u2019", "'s", "\u2019s", "(", ")", '"') for t in tokens):
        return []  # "Dubs ' Succession": the model cut across a name
    return tokens


def _in_parentheses(ent: Span) -> bool:
    """ "$5bn (£2.6bn)": a conversion in brackets is no fair question."""
    text = text_of(ent.doc)
    before = text[max(0, ent.start_char - 3) : ent.start_char]
    return "(" in before and ")" in text[ent.end_char : ent.end_char + 3]


def _is_specific_number(ent: Span) -> bool:
    """ "35", "1,200", "seven"; not "one" or "two" counting the people just named, nor "many hundreds"."""
    if any(t.lower_ in VAGUE_QUANTITIES for t in ent):
        return False
    return any(ch.isdigit() for ch in ent.text) or ent.text.lower() not in ("one", "two", "a", "an")


def _negation(root: Token, index: Mapping[int, int]) -> tuple[int, str] | None:
    """The piece to rewrite so the main clause says the opposite: "signed" -> "did not sign"."""
    if any(c.dep_ == "neg" for c in root.children) or root.i not in index:
        return None
    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in root.children):
        return None  # "rose and fell": "did not rise and fell" would be garbled
    if any(t.lower_ in NEGATIVE_WORDS for t in root.sent):
        return None  # a second negative makes the statement hard to read
    auxiliaries = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i and c.i in index]
    if auxiliaries:
        first = auxiliaries[0]
        if first.lower_ in NEGATABLE_AUXILIARIES:
            return index[first.i], f"{first.text} not"
        return None
    if root.lemma_ == "be" and root.lower_ in NEGATABLE_AUXILIARIES:
        return index[root.i], f"{root.text} not"
    if root.tag_ == "VBD":
        return index[root.i], f"did not {root.lemma_}"
    if root.tag_ == "VBZ":
        return index[root.i], f"does not {root.lemma_}"
    if root.tag_ == "VBP":
        return index[root.i], f"do not {root.lemma_}"
    return None


def named_values(docs: Sequence[tuple[int, Doc]]) -> dict[str, list[str]]:
    """Places, organisations and nationalities the article names, by kind, in order of first mention."""
    values: dict[str, list[str]] = {}
    for _, doc in docs:
        for ent in doc.ents:
            kind = SLOT_KINDS.get(ent.label_)
            text = ent.text.removeprefix("the ").removesuffix("'s")
            if kind in ("place", "organisation", "nationality") and text not in values.setdefault(kind, []):
                values[kind].append(text)
    return values
