"""Statements of fact: article sentences restated so that they read without the article.

A fact keeps its words as pieces, with slots marking the names, places and numbers in it, so the
true/false and fill-in generators can swap or blank a slot without parsing again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .attribution.content import swallowed_addressee
from .attribution.lexicon import reporting_verbs
from .attribution.quotations import ends_open, find_quotations
from .attribution.reader import OUTER_REPORT, Quote
from .attribution.speakers import is_person_noun
from .doctext import sentence_text, sentences_of, text_of
from .items import Person
from .people import People
from .referents import Referents
from .resources import (
    BOUND_PRONOUNS,
    CONTEXT_ADJECTIVES,
    CONTEXT_ADVERBS,
    COUNTRY_NAMES,
    DANGLING_PRONOUNS,
    DESCRIPTION_KINDS,
    HEDGE_ADJECTIVES,
    HOME_COUNTRIES,
    HONORIFICS,
    MEASURES,
    NATIONAL_BODIES,
    NEGATIVE_WORDS,
    OPINION_MODALS,
    OPINION_WORDS,
    PEOPLE_NOUNS,
    PERSONAL_PRONOUNS,
    ROLE_NOUNS,
    SLOT_LEADERS,
    SUBJECT_CONTEXT_ADJECTIVES,
    UNCERTAIN_MODALS,
    UNCERTAIN_VERBS,
    UNCERTAIN_WORDS,
    UNIQUE_REFERENTS,
    VAGUE_QUANTITIES,
)
from .standalone import (
    DESCRIBING_POS,
    dangling_pronoun,
    does_so,
    in_subject,
    is_title,
    lacks_its_complement,
    points_back,
    relative_place,
    the_greatest_of_a_place,
)

MIN_WORDS, MAX_WORDS = 7, 36
MAX_SCARE_QUOTE_WORDS = 4
MIN_QUOTE_WORDS = 6
DEMONSTRATIVE_WORDS = frozenset({"this", "that", "these", "those"})
JOINTS = frozenset({",", ";", "-", "\u2013", "\u2014"})
AMOUNT_UNITS = frozenset({"m", "bn", "k", "tn", "%"})
DROPPABLE_PREPOSITIONS = frozenset({"after", "before", "during", "following", "at", "in", "on", "for", "with", "amid",
                                    "over", "since", "from", "through", "by"})  # fmt: skip
DROPPABLE_MARKS = frozenset({"after", "as", "when", "while", "because", "since", "before", "following"})
SUBORDINATORS = frozenset({"though", "although", "while", "because", "if", "unless", "whereas", "since", "as"})
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
OPENING_POINTER = re.compile(r"(?:he|she|they|it|this|these|those|his|her|their|its)$", re.IGNORECASE)
KEPT_AT_END = frozenset({")", "]", "%"})  # a trimmed ending keeps the bracket it closes and a figure's unit
QUOTE_MARKS = ('"', "\u201c", "\u201d")
COMPARING_NOUNS = frozenset({"contrast", "comparison", "addition", "turn", "response", "particular"})
# Verbs of praise and blame: their "for" phrase is the reason, the point of the sentence.
JUDGING_VERBS = frozenset({
    "praise", "criticise", "criticize", "blame", "thank", "fine", "punish", "reward", "condemn", "ban", "sack",
    "arrest", "jail", "honour", "congratulate", "attack", "applaud", "slam", "suspend", "penalise", "commend",
})  # fmt: skip
ASIDE_DEPS = frozenset({"appos", "acl", "relcl"})  # what a comma-set aside may be and still be dropped


@dataclass(frozen=True)
class Piece:
    text: str
    space: str
    tag: str = ""  # the token's part-of-speech tag, where the piece is one token of the sentence


# "more than 100" is still true of 160, "about 100" of 110: a figure given as a bound or a round guess
# cannot be changed into a statement the article refutes
APPROXIMATE = re.compile(
    r"\b(?:more|fewer|less|greater|higher|lower)\s+than|\b(?:over|under|above|below|almost|nearly|about|around|"
    r"roughly|approximately|some|up\s+to|at\s+least|at\s+most|as\s+(?:many|much|little|few|low|high)\s+as|close\s+to|"
    r"in\s+excess\s+of|upwards\s+of|estimated|top)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Slot:
    """A name, place, number or date in a statement, by piece range."""

    start: int
    end: int
    kind: str
    text: str
    person: Person | None = None
    place: str = "argument"  # how it stands: argument, subject, list, title, hyphenated, modifier, pronoun

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
    lemmas: frozenset[str]  # content words, for finding sentences that say the same
    negated: bool = False  # the article's own sentence says "not", "never", "no"
    through: int | None = None  # the last sentence its evidence covers, when it covers more than one
    quoted: bool = False  # a person's own words: a false version would put words in their mouth
    timeless: bool = False  # in the simple present ("SAG represents actors"): background, not the news

    @property
    def sentences(self) -> tuple[int, int]:
        return self.order, self.through if self.through is not None else self.order

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
        )
        for _, doc in docs
        for sent in sentences_of(doc)
    ]


def read_facts(
    docs: Sequence[tuple[int, Doc]], people: People, pronouns: Mapping[tuple[int, int], Person]
) -> list[Fact]:
    facts = []
    order = 0
    referents = Referents(docs)
    open_at_end = False
    for block, doc in docs:
        quotations = find_quotations(text_of(doc), open_at_start=open_at_end)
        open_at_end = ends_open(quotations, text_of(doc))
        speech = [q for q in quotations if len(text_of(doc)[q.start : q.end].split()) > MAX_SCARE_QUOTE_WORDS]
        for sent in sentences_of(doc):
            if any(q.start < sent.end_char and sent.start_char < q.end for q in speech):
                order += 1
                continue  # inside someone's words: "Time will tell if it is a possibility," said Agassi
            if not (_ends_a_sentence(sent[-1]) and (sent.start == 0 or _ends_a_sentence(doc[sent.start - 1]))):
                order += 1
                continue  # the parse cut a sentence in two: "... Clint Eastwood's Million" | "Dollar Baby has ..."
            fact = restate(block, sent, order, people, pronouns, referents)
            if fact is not None:
                facts.append(fact)
            order += 1
    return facts


CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")", "]"})


def _ends_a_sentence(last: Token) -> bool:
    """A full stop, question or exclamation mark, maybe inside a closing quotation mark or bracket."""
    while last.i > 0 and last.text in CLOSERS:
        last = last.nbor(-1)
    return last.text in (".", "!", "?") or last.text.endswith(".")


CALENDAR_WORDS = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "I",
})  # fmt: skip


def quote_facts(docs: Sequence[tuple[int, Doc]], quotes: Sequence[Quote], people: People) -> list[Fact]:
    """Quotations of named people as statements: 'Fred Hasson said: "We have lost a third of developers"'.

    The words stay the speaker's; a quotation is used only when it reads on its own (no "he", "it" or
    "the company" from outside it) and names a figure, a person or a body a question can turn on.
    """
    parsed = dict(docs)
    facts = []
    for quote in quotes:
        doc = parsed[quote.block]
        span = doc.char_span(quote.start, quote.end, alignment_mode="contract")
        tokens = list(span) if span is not None else []
        while tokens and (tokens[-1].is_punct and tokens[-1].text not in KEPT_AT_END or tokens[-1].text in QUOTE_MARKS):
            tokens.pop()
        words = sum(not t.is_punct for t in tokens)
        if not MIN_QUOTE_WORDS <= words <= MAX_WORDS or any(t.text in QUOTE_MARKS for t in tokens):
            continue
        ids = {t.i for t in tokens}
        if any(dangling_pronoun(t) or _pointing_demonstrative(t) or points_back(t, ids) for t in tokens):
            continue
        if fact := _quoted_fact(doc[tokens[0].i : tokens[-1].i + 1], tokens, quote, people):
            facts.append(fact)
    return facts


def _pointing_demonstrative(token: Token) -> bool:
    """ "this is crucial", "these developments": pointing at something the quotation leaves out ("this year"
    points at the article's own time, and stays)."""
    if token.lower_ not in DEMONSTRATIVE_WORDS or token.dep_ == "mark" or token.tag_ == "WDT":
        return False
    return token.head.lemma_.lower() not in UNIQUE_REFERENTS or token.dep_ != "det"


def _quoted_fact(span: Span, tokens: list[Token], quote: Quote, people: People) -> Fact | None:
    pieces = [Piece(f"{quote.speaker.name} said:", " "), Piece('"', "")]
    index: dict[int, int] = {}
    for n, token in enumerate(tokens):
        index[token.i] = len(pieces)
        space = token.whitespace_ if n + 1 < len(tokens) else ""
        pieces.append(Piece(token.text, space))
    pieces.append(Piece('"', ""))
    slots = tuple(s for s in _slots(span, tokens, index, people, quote.block) if s.kind != "date" or s.place != "list")
    if not slots:
        return None
    lemmas = frozenset(t.lemma_.lower() for t in tokens if t.pos_ in CONTENT_POS and not t.is_stop)
    negated = any(t.dep_ == "neg" or t.lower_ in NEGATIVE_WORDS for t in tokens)
    first, last = quote.sentences
    return Fact(first, quote.evidence, tuple(pieces), slots, "say", lemmas, negated, last, quoted=True)


def restate(
    block: int,
    sent: Span,
    order: int,
    people: People,
    pronouns: Mapping[tuple[int, int], Person],
    referents: Referents,
) -> Fact | None:
    """The sentence as a standalone statement, or None when it cannot stand alone."""
    if not _is_plain_statement(sent):
        return None
    root = _claim_root(sent)
    if root is None:
        return None
    if root.tag_ in ("VBG", "VB") and not any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return None  # "People coming to live and work in Britain ...": no finite verb, no claim
    if order > 0 and any(c.dep_ == "aux" and c.lower_ in SPECULATIVE_MODALS for c in root.children):
        return None  # "Piero could end discussions in minutes", "People would have to prove ...": a guess or a
        # plan's detail without its plan (in the lede, the news itself)
    if any(c.dep_ == "parataxis" and c.lemma_.lower() in reporting_verbs() for c in root.children):
        return None  # "However, he added, any rate increase is not likely ...": a report, its cue in the middle
    outer = OUTER_REPORT.search(sentence_text(sent))
    if outer is not None and root.idx - sent.start_char < outer.start():
        return None  # "Growth will reach 4.6%, the UNECE forecasts": the parse lost who claims it
    kept = _kept_tokens(sent, root)
    if kept is None or not MIN_WORDS <= sum(not t.is_punct for t in kept) <= MAX_WORDS:
        return None
    if kept[0].lower_ in SUBORDINATORS:
        return None  # "Though Mr Lanzone added that ...": half a sentence
    if any(t.text == "." for t in kept[:-1]):
        return None  # "... drama Miami Vice. Scrubs is an off-beat comedy ...": two sentences the parse ran together
    kept_ids = {t.i for t in kept}
    named = _named_descriptions(kept, kept_ids, referents, block, order, people)
    named |= _named_titles(kept, pronouns, block)
    if order > 0 and any(_whose_national_body(t, named, referents, order) for t in kept):
        return None  # "The economy is benefiting ..." of a story that named Israel once: a reader asks whose
    lede = order == 0  # the story's first sentence: nothing comes before it for "the go-ahead" to point back to
    kept = _without_leaning_adjuncts(kept, root, named, descriptions=not lede)
    if kept is None or sum(not t.is_punct for t in kept) < MIN_WORDS:
        return None
    kept_ids = {t.i for t in kept}
    if any(not t.is_punct and t.head.i not in kept_ids for t in kept if t.head != t and t != root):
        return None  # a word whose head went with an aside
    if _subject_cut_off_by_a_comma(kept, root):
        return None  # "The wars in Iraq and Afghanistan, increased expenditure ...": a list the parse read as a verb
    if _clause_without_verb(kept):
        return None  # "... when Roy Carroll[, who was struck by a missile, saved at his feet]."
    if _contrast_cut_off(root, kept_ids):
        return None  # "France may have beaten Scotland[ but they were tedious]": the half that concedes
    if _two_subjects_across_a_cut(root, kept_ids):
        return None  # "The Streets[, aka British rapper,] Mike Skinner have topped ...": one broken subject
    if _a_conjunction_joining_nothing(kept, kept_ids):
        return None  # "was the first prima ballerina, and, in her heyday[, the greatest in the world]."
    renamed = _renamed(named)
    describing = [t for t in kept if t.pos_ in DESCRIBING_POS and t.i not in renamed]
    if any(points_back(t, kept_ids) and not (lede and _definite_article(t) and not _named_in_the_cut(t, sent, kept_ids))
           for t in describing):  # fmt: skip
        return None
    if any(lacks_its_complement(t, kept_ids) for t in kept):
        return None  # "Lord Roberts denied security services were involved": in what?
    starts = {start: (head, name) for head, (start, name) in named.items()}
    recased = _turned_round_start(sent.root) if root == sent.root else None
    pieces: list[Piece] = []
    index: dict[int, int] = {}
    named_before: set[str] = set()  # "person", "thing" or "things" once a subject of that kind is named
    resolved: dict[int, Person] = {}  # piece index of a pronoun -> the person put in its place
    persons_named: set[str] = set()
    for n, token in enumerate(kept):
        space = token.whitespace_ if n + 1 < len(kept) and kept[n + 1].i == token.i + 1 else " "
        if token.i in starts:  # "the firm" -> "Next": one piece for the whole description
            head, name = starts[token.i]
            index.update({i: len(pieces) for i in range(token.i, head + 1)})
            if (titled := pronouns.get((block, head))) is not None:  # "The prime minister" -> "Tony Blair"
                named_before.add("person")
                persons_named.add(titled.name)
                resolved[len(pieces)] = titled
            if token.lower_ == "the" and (takes_the(name) or name in referents.with_the):
                name = ("The " if not pieces else "the ") + name  # "the country's" -> "the UK's", not "UK's"
            pieces.append(Piece(name, token.doc[head].whitespace_ if head + 1 in kept_ids else " "))
            continue
        if any(start <= token.i <= head for head, (start, _) in named.items()):
            continue
        text = token.text
        lower = token.lower_
        if token.i == recased and token.pos_ != "PROPN" and not token.text.isupper() and token.ent_type_ not in NAMED:
            text = token.text[:1].lower() + token.text[1:]  # "the ONS says the economy ...", not "The economy"
        if lower in PERSONAL_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass") and "person" not in named_before:
            person = pronouns.get((block, token.i))
            if person is not None:
                text = person.name
                named_before.add("person")
                persons_named.add(person.name)
                resolved[len(pieces)] = person
            elif len(persons_named) != 1 or token.head == root:
                return None  # "Ray Charles ... as he was given ...": only the one person the statement named
        elif lower in PERSONAL_PRONOUNS:
            pass  # "..., and he said": bound to the person the statement has already named
        elif lower in CONTEXT_ADJECTIVES or lower in SUBJECT_CONTEXT_ADJECTIVES and in_subject(token):
            return None  # "Similar rises", "Other firms": compared with something we left behind
        elif _other_than_what_went_before(token):
            return None  # "covered a range of other topics": other than the ones the sentences before named
        elif lower == "fellow" and token.dep_ == "amod" and not any(c.dep_ == "poss" for c in token.head.children):
            return None  # "Fellow shareholders Atticus Capital ... have expressed doubts": fellows of whom?
        elif lower == "another" and token.dep_ == "det" and order > 0 and token.head.lower_ != "one":
            return None  # "Inbev bought out another partner": one more than the sentences before told of
        elif does_so(token):
            return None  # "will not have to give up US citizenship to do so": to do what?
        elif relative_place(token) and order > 0:
            return None  # "to set up a local operation": local to a place the lede named, perhaps
        elif lower == "their" and any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in kept[:n]):
            pass  # "McClaren wants his Middlesbrough team to win their group": a team, a party, a country
        elif lower == "its" and _one_body_named(kept[:n]):
            pass  # "Aitken is taking action against NBC over its programme": the one body the statement names
        elif lower == "it" and token.dep_ == "dobj" and _one_body_named(kept[:n]) and _a_person_acts_on(token):
            pass  # "Kilroy-Silk has quit the UK Independence Party and accused it of ...": the party
        elif lower in BOUND_PRONOUNS and token.pos_ in ("PRON", "DET"):
            if BOUND_PRONOUNS[lower] not in named_before:
                return None  # "its", "them": bound only to a subject the statement has already named
            if _object_it_without_antecedent(token, kept[:n]):
                return None  # "Nasa is doing it": not Nasa, and nothing else the statement names
            if lower == "it" and _a_measure_moving(token):
                return None  # "The IBGE said it fell to 9.6%": a rate, not the institute
            if BOUND_PRONOUNS[lower] == "person" and len(persons_named) > 1:
                return None  # "Toure's free-kick landed at his feet, but Kenny ...": whose?
        elif lower in ("one", "ones") and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and not (
            token.n_rights or token.ent_type_ or token.i > 0 and token.nbor(-1).pos_ in ("NOUN", "PROPN")
        ):  # not "went straight to number one" (a count the model tagged), "Formula One"
            return None  # "was demonstrating one at the show": one what? (a number the tagger made of the pronoun)
        elif lower in DANGLING_PRONOUNS and (token.pos_ in ("PRON", "DET") or lower == "such") and not _bound(token):
            plural_bound = lower in ("they", "them") and _one_plural_before(kept[:n])
            asked = token.tag_ == "WP" and token.head.dep_ == "ccomp"  # "reveal who told them": a question in it
            if not (plural_bound or asked):
                return None  # but "make three bloggers reveal who told them": the bloggers
        elif lower == "same" and n > 0 and kept[n - 1].lower_ == "the" and not any(t.lower_ == "as" for t in kept[n:]):
            return None  # "the same rights": as whose? ("the same rights as men" says)
        if _clipped_organisation(token) and (full := referents.full_name(token.text, "ORG")) is not None:
            text = full  # "Deutsche is in competition ...": which Deutsche? the name the article gave it first
            if full in referents.with_the and not (pieces and pieces[-1].text.lower() in ("the", "a", "an")):
                text = ("The " if not pieces else "the ") + full  # "Labour won" -> "The Labour Party won"
        elif _lone_untagged_name(token) and (longer := referents.names_clipped_to(token.text)):
            if people.at(block, token.i) is None:
                (name, label), *others = longer.items()
                if others or label != "ORG":
                    return None  # "United" of two Uniteds; "City" of "Manchester City", tagged a place: which?
                text = name  # "Hallam's results": Hallam Group, as the article named it
        if (named_next := _courtesy_title_of(token, kept[n + 1 : n + 2], people, block)) is not None:
            if named_next.name not in persons_named:
                text = ""  # "Mr Martin revealed ...": the quiz has not met him, so "Michael Martin revealed ..."
        if (person := people.at(block, token.i)) is not None:
            if person.name not in persons_named and _bare_surname(token, person, people, block):
                text = person.name  # "Arnold's film won": the quiz has not met Andrea Arnold, so her whole name
            elif person.name not in persons_named and pieces and pieces[-1].text == "" and _is_surname(token, person):
                text = person.name
            persons_named.add(person.name)
        if person is not None or token.dep_ in ("nsubj", "nsubjpass") and is_title(token):
            named_before.add("person")
        elif token.tag_ == "NN" and (is_person_noun(token) or token.lemma_.lower() in PEOPLE_NOUNS) and (
            token.dep_ != "compound" or token.head.ent_type_ == "PERSON" or is_person_noun(token.head)
        ):  # "Tory headquarters says he ...": a building, not a person ("champion Derartu Tulu" is one)
            named_before.add("person")  # "a film that depicts a priest having an affair with a girl half his age"
        elif token.dep_ in ("nsubj", "nsubjpass") and token.pos_ in ("NOUN", "PROPN"):
            named_before.add("things" if _plural(token) else "thing")
        elif token.ent_type_ == "GPE" and token.pos_ == "PROPN" and token.ent_iob_ == "B":
            named_before.add("thing")  # "The days of Britain having to apologise for its colonial past"
        if token.dep_ == "conj" and token.head.dep_ in ("nsubj", "nsubjpass") and token.pos_ in ("PROPN", "NOUN"):
            named_before.add("things")  # "Kenteris and Thanou will fight the bans imposed on them": the two
        index[token.i] = len(pieces)
        pieces.append(Piece(text, space, token.tag_ if text == token.text else ""))
    if _opens_with_bare_definite(kept) or OPENING_POINTER.match(pieces[0].text if pieces else ""):
        return None  # "This year's festival ...": a reader of the quiz, not the article, asks which year
    if order > 0 and not (resolved or starts or any(_names_something(t) for t in kept)):
        return None  # "Production dropped 1.6% in October": whose? past the lede, a statement names what it is about
    slots = tuple(_slots(sent, kept, index, people, block)) + tuple(
        Slot(i, i + 1, "person", person.name, person, "pronoun") for i, person in resolved.items()
    )
    lemmas = frozenset(t.lemma_.lower() for t in kept if t.pos_ in CONTENT_POS and not t.is_stop) | frozenset(
        w.lower() for p in pieces for w in p.text.split() if p.text[:1].isupper()
    )
    evidence = " ".join(sentence_text(sent).split())
    negated = any(t.dep_ == "neg" or t.lower_ in NEGATIVE_WORDS for t in kept)
    reported = root.lemma_.lower() in reporting_verbs()  # "The ONS says ...": a report, not background
    plain_present = root.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in root.children)
    timeless = plain_present and not reported and not any(_hedges(t) for t in kept)
    return Fact(order, evidence, tuple(pieces), slots, root.lemma_.lower(), lemmas, negated, timeless=timeless)


def _is_plain_statement(sent: Span) -> bool:
    """A declarative sentence in the third person, without quotation marks, stating a fact rather than a view.

    In a report ("Blair said prices should rise") the view is the speaker's: only the words outside what
    was reported must not judge.
    """
    text = text_of(sent.doc)[sent.start_char : sent.end_char].strip()
    if not text.endswith(".") or not _scare_quotes_only(text):
        return False
    if FIRST_OR_SECOND_PERSON.search(text) is not None:
        return False
    return not any(_judges(t) for t in _own_words(sent))


def _own_words(sent: Span) -> list[Token]:
    """The sentence's words but for what a report in it says someone else said."""
    reported = set()
    if _reports(sent.root):
        reported = {t.i for c in sent.root.children if c.dep_ == "ccomp" for t in c.subtree}
    return [t for t in sent if t.i not in reported]


def _scare_quotes_only(text: str) -> bool:
    """No quotation marks, or only around a few words of the writer's own ("Britain's "chaotic" asylum system")."""
    if not any(mark in text for mark in QUOTE_MARKS):
        return True
    quoted = re.findall(r'"([^"]*)"|\u201c([^\u201d]*)\u201d', text)
    marks = sum(text.count(m) for m in QUOTE_MARKS)
    return marks == 2 * len(quoted) and all(len((a or b).split()) <= MAX_SCARE_QUOTE_WORDS for a, b in quoted)


def _acts(root: Token) -> bool:
    """ "Five banks have agreed to pay $515m", "Blair has been accused of ...", "groups demanded the withdrawal
    of a film": a verb of speech reporting no words, only what was done."""
    if any(c.dep_ == "ccomp" for c in root.children):
        return False
    return any(c.dep_ in ("xcomp", "dobj", "prep", "nsubjpass") for c in root.children)


def _reports(root: Token) -> bool:
    """ "Tony Blair has said he will not ...", "BP has announced a 26% rise", "a poll suggests ...": a
    report by a named or described source, itself a fact about the source."""
    verb = reporting_verbs().get(root.lemma_.lower())
    if verb is None:
        return False
    says = any(c.dep_ == "ccomp" or verb.takes_object and c.dep_ == "dobj" for c in root.children)
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if not says or subject is None:
        return False
    if subject.lower_ in PERSONAL_PRONOUNS or any(t.pos_ == "PROPN" for t in subject.subtree):
        return True
    return subject.pos_ == "NOUN" and subject.lower_ not in VAGUE_QUANTITIES  # "a poll suggests", "two reports say"


def _judges(token: Token) -> bool:
    """A word of the writer's view: "surely", "unfortunately", "should", "of course", "laughably slow"."""
    if token.lower_ in OPINION_WORDS or token.tag_ == "MD" and token.lower_ in OPINION_MODALS:
        return True
    if token.lower_ == "course" and token.i > 0 and token.nbor(-1).lower_ == "of":
        return True
    if token.lower_ == "enough" and token.dep_ in ("amod", "det") and token.head.pos_ == "NOUN":
        complement = any(c.dep_ in ("xcomp", "prep", "acl") for c in token.head.children if c.i > token.head.i)
        return not complement  # "has caused enough chaos": the writer's measure; "enough money to pay" is a fact
    evaluative = token.lower_.endswith(("ably", "ibly", "ingly")) and token.pos_ == "ADV"
    return evaluative and token.head.pos_ == "ADJ" or _a_degree_of_a_bare_quality(token)


DEGREE_ADVERBS = frozenset({
    "highly", "very", "extremely", "hugely", "deeply", "incredibly", "truly", "really", "so", "immensely",
    "enormously", "tremendously", "massively", "utterly",
})  # fmt: skip


def _a_degree_of_a_bare_quality(token: Token) -> bool:
    """ "The budget proposals are highly controversial": a quality and how much of it, the writer's weighing,
    with nothing of what, to whom or for what ("very close to a deal" says what)."""
    if token.lower_ not in DEGREE_ADVERBS or token.dep_ != "advmod" or token.head.dep_ != "acomp":
        return False
    quality, verb = token.head, token.head.head
    bare = all(c.dep_ in BARE_CLAUSE_DEPS for c in verb.children)  # not "looks very different than it did"
    return bare and not any(c.dep_ in ("prep", "xcomp", "ccomp", "advcl") for c in quality.children)


BARE_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "acomp", "aux", "auxpass", "punct"})


def _hedges(token: Token) -> bool:
    """A word of uncertainty: "may", "seems", "is likely to". The statement keeps it word for word."""
    lower = token.lower_
    if lower in UNCERTAIN_WORDS or token.tag_ == "MD" and lower in UNCERTAIN_MODALS:
        return True
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in UNCERTAIN_VERBS


# "could", "might", "may": the writer's guess; "would": what a plan would do, told past the lede without whose plan
SPECULATIVE_MODALS = frozenset({"could", "might", "may", "would"})
ANNOUNCING_VERBS = frozenset({"announce", "confirm", "reveal", "disclose", "report"})


def _claim_root(sent: Span) -> Token | None:
    """The verb the statement is about: the root, or the clause of "It's clear that ..." and of "...,
    it has been announced"."""
    root = sent.root
    if root.lemma_.lower() in reporting_verbs() and _impersonal(root):
        if root.lemma_.lower() not in ANNOUNCING_VERBS:
            return None  # "..., it has been claimed": someone's view, not the writer's fact
        clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
        return clause if clause is not None and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) else None
    if root.pos_ not in ("VERB", "AUX"):
        return None
    if root.lemma_.lower() in reporting_verbs() and not (_reports(root) or _acts(root)) or swallowed_addressee(root):
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


def _impersonal(cue: Token) -> bool:
    """ "..., it has been announced": a report that names no one."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in cue.children)


def _cue_after_content(root: Token) -> bool:
    """ "The economy grew by 3.1%, says the ONS": the words said, whole, come before the one who said them."""
    if root.lemma_.lower() not in reporting_verbs():
        return False
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if clause is None or subject is None or clause.right_edge.i > root.i or subject.i < root.i:
        return False
    return all(t.is_punct for t in root.doc[subject.right_edge.i + 1 : root.sent.end])


def _turned_round_start(root: Token) -> int | None:
    """The first word of what was said, in a report turned round to name its speaker first."""
    if not _cue_after_content(root):
        return None
    clause = next(c for c in root.children if c.dep_ == "ccomp" and c.i < root.i)
    return next((t.i for t in clause.subtree if not t.is_punct), None)


def _speaker_first(sent: Span, root: Token) -> list[Token]:
    """ "the ONS says the economy grew by 3.1%": the report in the order a statement of it takes."""
    clause = next(c for c in root.children if c.dep_ == "ccomp" and c.i < root.i)
    subject = next(c for c in root.children if c.dep_ in ("nsubj", "nsubjpass"))
    verb = [c for c in root.children if c.dep_ in ("aux", "neg") and c.i > clause.right_edge.i] + [root]
    said = [t for t in clause.subtree]
    while said and said[-1].is_punct:
        said.pop()
    asides = [c for c in subject.children if c.dep_ == "appos" and _set_off(c)]  # "Mr Hadi, an Iraqi who ...",
    aside = {t.i for c in asides for t in c.subtree}  # not the name of "vice president Patricio Cartagena"
    named = [t for t in subject.subtree if t.i not in aside]
    while named and named[-1].is_punct and named[-1].text != ")":
        named.pop()  # the comma that opened the aside (not the bracket that closes "(IPPR)")
    after = named[-1].i + 1 if named else len(sent.doc)
    if any(t.text == "(" for t in named) and after < len(sent.doc) and sent.doc[after].text == ")":
        named.append(sent.doc[after])  # "(IPPR": the parse left the closing bracket outside the subject
    return named + sorted(verb, key=lambda t: t.i) + said


def _set_off(token: Token) -> bool:
    """A phrase a comma or dash opens: an aside, not part of the name it follows (nor is "(FCC)")."""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text in (",", "-", "--", "\u2013", "\u2014")


# What a person issues or makes whose words a trailing "warning ..." or "saying ..." gives
SPEECH_ACTS = frozenset({"cry", "call", "warning", "plea", "appeal", "message", "statement", "promise", "pledge",
                         "threat", "ultimatum"})


def _an_act_of_speech_without_content(obj: Token) -> bool:
    """ "a rallying cry to supporters": a cry, a warning or a plea that says nothing of what (not "an attack on
    Tory plans", "a call for calm")."""
    if obj.dep_ != "dobj" or obj.lemma_.lower() not in SPEECH_ACTS:
        return False
    return not any(c.dep_ in ("prep", "acl", "relcl") and c.lower_ != "to" for c in obj.children)
SIDE_STORY_LINKS = frozenset({"elsewhere", "separately"})
INSTEAD_LINKS = frozenset({"instead", "rather"})
TIME_BEFORE = re.compile(r"(?:at|by|until|since) (?:the|that) (?:time|point|moment|stage)\b(?! of| when)|by then\b")


def _named_in_the_cut(description: Token, sent: Span, kept: set[int]) -> bool:
    """ "Jez San[, the man behind the Argonaut games group ...,] has bought back most of the company": what
    the lede's description stood for went with the aside; the headline may name it, but a quiz item stands alone."""
    labels = DESCRIPTION_KINDS.get(description.lemma_.lower())
    if labels is None:
        return False
    cut = [t for t in sent if t.i not in kept]
    return any(t.ent_type_ in labels or DESCRIPTION_KINDS.get(t.lemma_.lower()) == labels for t in cut)


def _opens_a_quotation(mark: Token, tokens: Sequence[Token]) -> bool:
    """ "'The new Maradona' - Carlos Tevez - is ...": a mark whose closing partner follows, not a stray."""
    if mark.text == "'":
        return sum(t.text == "'" for t in tokens) % 2 == 0
    closing = {"\u201c": "\u201d"}.get(mark.text, mark.text)
    return mark.text in QUOTE_MARKS and mark.text != "\u201d" and any(t.text == closing for t in tokens if t.i > mark.i)


def _modifies_the_subject(lead: Sequence[Token], subject: Token) -> bool:
    """ "UK sportswear firm Umbro": nouns run straight into the subject, the parse having hung them elsewhere."""
    adjacent = lead[-1].i + 1 == subject.left_edge.i and subject.left_edge.pos_ in ("NOUN", "PROPN", "ADJ")
    nouns = all(t.pos_ in ("NOUN", "PROPN", "ADJ") and t.ent_type_ not in ("DATE", "TIME") for t in lead)
    return adjacent and nouns  # not "Last year the association urged ...": a time, not a description


def _kept_tokens(sent: Span, root: Token) -> list[Token] | None:
    """The root's clause without leading connectives, comma-set asides, context adverbs and trailing
    "saying ..." clauses; a report whose speaker comes last is turned round to name the speaker first."""
    if _cue_after_content(root):
        return _speaker_first(sent, root)
    if _comma_splice(root):
        return None  # "Kuwait's bank has bought a stake, a Jordanian bank has bought 49%": two sentences in one
    tokens = list(root.subtree) if root != sent.root else list(sent)
    dropped: set[int] = set()
    subject = next(c for c in root.children if c.dep_ in ("nsubj", "nsubjpass"))
    lead = [t for t in tokens if t.i < subject.left_edge.i and not (t.dep_ == "mark" and t.head == root)]
    while lead and (lead[0].is_punct or lead[0].pos_ == "CCONJ" or lead[0].lower_ in CONTEXT_ADVERBS):
        if _opens_a_quotation(lead[0], tokens):
            break
        link = lead.pop(0)
        dropped.add(link.i)  # "But", "Meanwhile,": a link to the sentence before
        if link.lower_ in ("but", "yet", "however") and any(c.lower_ == "still" for c in root.children):
            return None  # "But Ireland still delivered a blow": still, in spite of what the sentence before said
        if link.lower_ in SIDE_STORY_LINKS:
            return None  # "Elsewhere, Dinkessa won the Brussels race": another story told in passing
    if TIME_BEFORE.match(" ".join(t.lower_ for t in lead)):
        return None  # "At the time, Titan was trying ...": at the time of what the sentence before told
    if lead and lead[0].lower_ in INSTEAD_LINKS:
        return None  # "Instead, the new Act could help ...": instead of what the sentence before said
    if len(lead) >= 2 and lead[0].lower_ in ("in", "by") and lead[1].lower_ in COMPARING_NOUNS:
        return None  # "In contrast, ...": in contrast with a sentence we leave behind
    if lead and not _modifies_the_subject(lead, subject):
        if lead[-1].text != "," or any(_judges(t) for t in lead):
            return None  # a leading phrase we cannot tell is an aside
        # "In the shoot-out, ...", "According to official figures, ...": the scope of the claim stays with it
    for token in tokens:
        aside_adverb = token.lower_ == "though" and _set_off_by_commas(token)  # "Bogdanovic, though, is ..."
        linking = token.lower_ in CONTEXT_ADVERBS or token.lower_ == "then"  # "then upset ...": after what?
        if (linking or aside_adverb) and token.dep_ == "advmod":
            if token.lower_ == "then" and token.head.pos_ in ("NOUN", "PROPN"):
                return None  # "won the title, then the Five Nations, in 1985": what it was called then, not "then"
            if token.lower_ == "then" and token.i > token.head.i and not _set_off_by_commas(token):
                return None  # "not that he expected a call then": a time the sentence before gave, not a link
            dropped.add(token.i)
            if _set_off_by_commas(token):
                dropped.update(_commas_around(token))  # "Morgan, however, has had ..." -> "Morgan has had ..."
        elif token.dep_ in ASIDE_DEPS and _set_off_by_commas(token) and not (
            _the_name_of_a_description(token) or _the_subject_goes_on(token)
        ):
            if any(c.dep_ == "conj" and c.i > token.i for c in token.head.children):
                return None  # "Baby Cow[, which created Nighty Night,] Hat Trick and ...": the list would run together
            if _a_figure(token) and _a_figure(token.head):
                return None  # "38.4% in Argentina, 15.6% in Italy[, 10.3% in Switzerland ...]": a list, cut short
            dropped.update(t.i for t in token.subtree)
            ends_a_lead = token.right_edge.i + 2 == subject.left_edge.i  # "Using XDR[, made by Rambus,] memory can"
            dropped.update(i for i in _commas_around(token) if not (ends_a_lead and i > token.i))
        elif token.dep_ == "mark" and token.head == root and token.lower_ == "that":
            dropped.add(token.i)
        elif _trailing_report(token, root):  # "..., saying they are a "ludicrous improbability"."
            if any(_an_act_of_speech_without_content(c) for c in root.children):
                return None  # "issued a rallying cry[, warning the stakes are too high]": the cry is what follows
            dropped.update(t.i for t in token.subtree)
            dropped.add(token.left_edge.i - 1)
        elif token.text == "(" and _conversion_follows(token):  # "112.1bn yuan ($9bn; £4.8bn)"
            closing = next((t for t in token.doc[token.i :] if t.text == ")"), None)
            if closing is not None:
                dropped.update(range(token.i, closing.i + 1))
        elif _second_clause(token, root) and not _joined(token, root):
            return None  # "investigated over claims its campaign has broken the rules": a clause the parse misjoined
        elif _second_clause(token, root) and _qualifies(token):
            return None  # "decided it discriminated, but that this was justified": the first half misleads alone
        elif _second_clause(token, root):  # "The rate stayed at 5.4%, and ... if that figure is to drop."
            dropped.update(t.i for t in token.subtree)
            joints = (t for t in root.children if root.i < t.i < token.i and (t.dep_ == "cc" or t.text in JOINTS))
            dropped.update(t.i for t in joints)
    if any(_name_joined_across_a_cut(t, root, dropped) for t in tokens if t.i not in dropped):
        return None  # "is 100% British-owned[, but ... ,] and Banco Norte": a name the parse joined to the verb
    kept = [t for t in tokens if t.i not in dropped]
    while kept and (kept[-1].is_punct and kept[-1].text not in KEPT_AT_END or kept[-1].dep_ == "cc"):
        if kept[-1].text in QUOTE_MARKS and sum(t.text in QUOTE_MARKS for t in kept) % 2 == 0:
            break  # the mark that closes a quotation ("... cold calls".)
        kept.pop()
    while kept and (kept[0].is_punct or kept[0].dep_ == "cc"):
        if _opens_a_quotation(kept[0], kept):
            break
        kept.pop(0)
    return kept or None


PLACES_WITH_THE = frozenset({"UK", "US", "USA", "U.S.", "EU", "UN", "UAE", "Netherlands", "Philippines", "Gambia"})


def takes_the(name: str) -> bool:
    """A place named with "the": "the UK", "the United States", "the Netherlands"."""
    return name in PLACES_WITH_THE or name.startswith(("United ", "Republic of ", "Czech Republic"))


CLAUSE_OPENERS = frozenset({"when", "while", "because", "although", "though", "unless", "whereas", "until"})


def _its_own_subject(token: Token, name: str) -> bool:
    """The name is the subject of the verb the description hangs on: a thing is not said of itself that way."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    return any(contains_words("".join(t.text_with_ws for t in s.subtree), name) for s in subjects)


def _contrast_cut_off(root: Token, kept: set[int]) -> bool:
    """A "but" clause of the main verb left out after a "may have": what is kept is only the concession
    ("exports rose 12.3%, but imports rose faster" keeps its first clause, a fact on its own)."""
    conceded = any(c.dep_ == "aux" and c.lower_ in SPECULATIVE_MODALS for c in root.children)
    contrasted = conceded and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in root.children)
    return contrasted and any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i not in kept for c in root.children)


def _clause_without_verb(kept: Sequence[Token]) -> bool:
    """A clause opener with no verb after it: the parse hung the clause's verb on an aside we dropped."""
    for n, token in enumerate(kept):
        if token.lower_ in CLAUSE_OPENERS and token.pos_ != "ADP":
            if not any(t.pos_ in ("VERB", "AUX") for t in kept[n + 1 :]):
                return True
    return False


def _two_subjects_across_a_cut(root: Token, kept_ids: set[int]) -> bool:
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in kept_ids]
    if len(subjects) < 2:
        return False  # (two subjects with nothing cut between are a report turned round: "X, the Lords ruled")
    first, last = subjects[0], subjects[-1]
    return any(i not in kept_ids for i in range(first.i + 1, last.left_edge.i))


def _a_conjunction_joining_nothing(kept: Sequence[Token], kept_ids: set[int]) -> bool:
    """An "and" or "but" followed by nothing but a phrase of time or place to the statement's end: what it
    joined went with an aside ("and, in her heyday[, the greatest in the world].")."""
    for n, token in enumerate(kept):
        if n == 0 or token.dep_ != "cc" or token.lower_ not in ("and", "but", "or"):
            continue
        rest = [t for t in kept[n + 1 :] if not t.is_punct]
        phrases = [t for t in rest if t.dep_ == "prep" and t.head == token.head]
        inside = {w.i for p in phrases for w in p.subtree}
        if rest and phrases and all(t.i in inside for t in rest):
            return True
    return False


def _conversion_follows(opening: Token) -> bool:
    """A bracket of figures only: the same amount in other currencies, which a changed figure would contradict."""
    inside = []
    for token in opening.doc[opening.i + 1 :]:
        if token.text == ")":
            break
        inside.append(token)
    return bool(inside) and all(
        t.like_num or t.is_currency or t.is_punct or t.ent_type_ == "MONEY" or t.lower_ in AMOUNT_UNITS
        or t.lower_ in CURRENCY_WORDS or SCALED_FIGURE.fullmatch(t.text) is not None  # "(1.88bn euros)"
        for t in inside
    )


SCALED_FIGURE = re.compile(r"\d[\d,.]*(?:bn|m|k|tn|p)", re.IGNORECASE)  # "53p": pence
CURRENCY_WORDS = frozenset({
    "euro", "euros", "dollar", "dollars", "pound", "pounds", "yen", "yuan", "rupee", "rupees", "franc", "francs",
    "rouble", "roubles", "ruble", "rubles", "peso", "pesos", "rand", "krona", "kronor", "krone", "kroner",
    "won", "real", "reais", "ringgit", "baht", "dinar", "dinars", "riyal", "riyals", "shekel", "shekels",
})  # fmt: skip


def _name_joined_across_a_cut(token: Token, root: Token, dropped: set[int]) -> bool:
    """A noun the parse made a second clause of the verb, with words cut between them: what is left would read
    as one claim joining things the sentence kept apart."""
    if token.dep_ != "conj" or token.head != root or token.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(root.i < i < token.i for i in dropped)


def _comma_splice(root: Token) -> bool:
    """A clause with its own subject before the main one, joined by a bare comma, the main verb not one of
    saying: the parse hangs the first sentence on the second."""
    if root.lemma_.lower() in reporting_verbs():
        return False
    if not any(c.dep_ in ("dobj", "attr", "acomp", "xcomp", "prep") and c.i > root.i for c in root.children):
        return False  # "..., official figures show": a report after all, however its verb is counted
    return any(
        c.dep_ == "ccomp" and c.i < root.i and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        and root.doc[c.right_edge.i + 1].text == ","
        for c in root.children
    )


def _joined(clause: Token, root: Token) -> bool:
    """ "..., and ...", "... but ...": a second clause joined by a conjunction, not one the parse hung there."""
    return any(c.dep_ == "cc" and root.i < c.i < clause.i for c in root.children)


def _qualifies(clause: Token) -> bool:
    """A "but" clause that takes back part of the first: still part of what was decided ("but that ..."), or
    about the first clause itself ("but this was justified")."""
    joined_by_but = any(c.lower_ in ("but", "yet") for c in clause.head.children if c.dep_ == "cc")
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    about_the_first = any(c.lower_ in ("this", "that", "it") for c in subjects)
    that_clause = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    return joined_by_but and (about_the_first or that_clause)


def _second_clause(token: Token, root: Token) -> bool:
    """A clause joined to the main one with ", and" or ", but", with a subject of its own: a statement
    of its own, left out so each statement claims one thing."""
    if token.dep_ != "conj" or token.head != root or token.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _trailing_report(token: Token, root: Token) -> bool:
    """A participle of a reporting verb that ends the sentence after a comma: more words said, left out."""
    if token.dep_ != "advcl" or token.head != root or token.tag_ != "VBG":
        return False
    if token.lemma_.lower() not in reporting_verbs() or token.left_edge.i == 0:
        return False
    doc = token.doc
    return doc[token.left_edge.i - 1].text == "," and all(
        t.is_punct for t in doc[token.right_edge.i + 1 : token.sent.end]
    )


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


def _plural(subject: Token) -> bool:
    """A plural subject, or one its verb treats as plural ("U2 have smashed ...")."""
    verbs = [subject.head, *(c for c in subject.head.children if c.dep_ in ("aux", "auxpass"))]
    return subject.tag_ in ("NNS", "NNPS") or any(v.tag_ == "VBP" or v.lower_ in ("are", "were") for v in verbs)


SUBJECT_DEPS_OF_FACTS = frozenset({"nsubj", "nsubjpass", "compound"})
IT_FRAMES = frozenset({"make", "find", "keep", "consider", "take", "leave"})  # "made it clear that ..."


def _object_it_without_antecedent(token: Token, before: Sequence[Token]) -> bool:
    """An object "it" stands for something other than its clause's subject; with no other noun before it in
    the statement, it stands for something the statement does not name."""
    if token.lower_ != "it" or token.dep_ != "dobj" or token.head.lemma_.lower() in IT_FRAMES:
        return False
    return not any(t.tag_ in ("NN", "NNP", "NNS") and t.dep_ not in SUBJECT_DEPS_OF_FACTS for t in before)


def _bound(token: Token) -> bool:
    """A pronoun whose referent is in the sentence: a relative "which" or "who", an expletive "there"."""
    if token.dep_ in ("expl", "mark") or _complementizer(token):
        return True
    if token.lower_ in ("this", "next", "last") and token.head.lemma_.lower() in UNIQUE_REFERENTS:
        return True  # "this year", "this weekend": the time of the article
    if token.lower_ not in ("that", "which", "who", "whose"):
        return False
    return token.head.dep_ == "relcl" or token.head.head.dep_ == "relcl" and token.dep_ in ("pobj", "poss")


def _complementizer(token: Token) -> bool:
    """ "charges that it failed", "the ruling that detaining suspects breaks the law": a "that" opening a clause
    (which the small model sometimes tags a pronoun), not a "that" pointing at something said before."""
    if token.lower_ != "that" or token.i == 0 or token.i + 1 >= len(token.doc):
        return False
    before, after = token.nbor(-1), token.nbor(1)
    return before.pos_ in ("NOUN", "VERB") and (after.pos_ in ("DET", "PRON", "PROPN") or after.tag_ == "VBG")


def _without_leaning_adjuncts(
    kept: list[Token], root: Token, named: Mapping[int, tuple[int, str]], *, descriptions: bool = True
) -> list[Token] | None:
    """The statement without a circumstance that leans on sentences left behind: "Shares rose 3% after
    the announcement" -> "Shares rose 3%", still true. Never in a negated or conditional statement, where
    the circumstance is what makes it true ("did not score in the shoot-out")."""
    kept_ids = {t.i for t in kept}
    if any(t.dep_ == "neg" or t.lower_ in NEGATIVE_WORDS for t in kept):
        return kept
    dropped: set[int] = set()
    for adjunct in root.children:
        if adjunct.i not in kept_ids or not _droppable(adjunct):
            continue
        words = [t for t in adjunct.subtree if t.i in kept_ids]
        leaning_pronoun = any(
            dangling_pronoun(t)
            and not _bound_within(t, words)
            and not _the_one_person_before(t, kept, words)
            and not (t.lower_ == "its" and _one_body_named([k for k in kept if k.i < adjunct.left_edge.i]))
            for t in words
        )
        renamed = _renamed(named)
        if leaning_pronoun or any(descriptions and points_back(t, kept_ids) and t.i not in renamed for t in words):
            if root.lemma_.lower() in JUDGING_VERBS and (adjunct.lower_ == "for" or adjunct.dep_ == "advcl"):
                return None  # "praised by police [for tackling a burglar]", "praised his team [after they won]"
            if _a_first_time(words):
                return None  # "entered the top ten [for the first time in its 15th week]": without it, no news
            if not _of_time_or_occasion(adjunct):
                if not descriptions:
                    continue  # the lede: "on their stock market debut" has what it leans on in its own sentence
                return None  # "will start [on the bench]": the place or manner is part of what is true
            if _measures_a_figure(adjunct, words, kept):  # "raked in $80m [in the first week of its DVD release]": the
                if not descriptions:  # span the figure is of; the lede's "its" has its subject beside it
                    continue
                return None
            if any(t.lower_ == "the" and t.ent_iob_ == "B" and t.ent_type_ == "DATE" for t in kept if t not in words):
                return None  # "in the three weeks [after that election]": the span it dated would be left undated
            after = adjunct.right_edge.i + 1
            before = adjunct.left_edge.i - 1
            if _a_fragment_after(root.doc, after, kept_ids):
                return None  # "won £2,450 [after he claimed ... the skin complaint], eczema, when ...": its noun
            if after < len(root.doc) and after in kept_ids and not root.doc[after].is_punct:
                if not _trailing_aside(adjunct, kept):
                    return None  # the parse left a word of the aside over, mid-sentence
                words = [t for t in kept if t.i > before and not (t.is_punct and t.i == kept[-1].i)]
                # ", just hours after announcing his departure from pop band Busted.": all of it goes
            dropped.update(t.i for t in words)
            if before in kept_ids and root.doc[before].text == ",":
                dropped.add(before)
    if not dropped:
        return kept
    remaining = [t for t in kept if t.i not in dropped]
    if _news_went_with_the_cut(root, [t for t in kept if t.i in dropped], remaining):
        return None  # "Robinson faces the first test of his tenure[ as he tries ... after the defeat by Wales]"
    while remaining and remaining[-1].is_punct and remaining[-1].text not in KEPT_AT_END:
        remaining.pop()
    return remaining or None


def _news_went_with_the_cut(root: Token, cut: Sequence[Token], remaining: Sequence[Token]) -> bool:
    """The cut words name someone, somewhere or a figure, and what stays names nothing beyond its subject."""
    subject = {t.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    named = [t for t in cut if _names_something(t) or t.pos_ == "NUM"]
    return bool(named) and not any(_names_something(t) or t.pos_ == "NUM" for t in remaining if t.i not in subject)


SPAN_NOUNS = frozenset({"week", "weekend", "month", "year", "quarter", "half", "day", "season", "period", "run"})


def _measures_a_figure(adjunct: Token, words: Sequence[Token], kept: Sequence[Token]) -> bool:
    """A span of time the dropped phrase is ("in the first week of its release") or the start it counts from
    ("since the tsunami hit"), beside a figure of the statement: the figure is of that span."""
    span = next((c for c in adjunct.children if c.dep_ == "pobj"), None)
    spans = adjunct.dep_ == "prep" and span is not None and span.lemma_.lower() in SPAN_NOUNS
    since = adjunct.lower_ == "since" or any(c.dep_ == "mark" and c.lower_ == "since" for c in adjunct.children)
    figure = any(t.like_num and t not in words and not YEAR_TOKEN.fullmatch(t.text) for t in kept)
    return (spans or since) and figure


YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")


def _a_fragment_after(doc: Doc, after: int, kept_ids: set[int]) -> bool:
    """A bare noun set off by commas just after a dropped phrase, which the parse hung on the verb: it named
    something inside the phrase."""
    if after + 1 >= len(doc) or doc[after].text != "," or after + 1 not in kept_ids:
        return False
    noun = doc[after + 1]
    return noun.dep_ in ("npadvmod", "appos") and noun.pos_ in ("NOUN", "PROPN")


def _subject_cut_off_by_a_comma(kept: Sequence[Token], root: Token) -> bool:
    """One comma between a verbless subject and its verb, with none before it to open an aside (but "The trade
    gap narrowed in November, helped by ..." has its verb before the comma, whatever the parse made the root)."""
    before = [t for t in kept if t.i < root.i]
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in before)
    return bool(before) and before[-1].text == "," and sum(t.text == "," for t in before) % 2 == 1 and verbless


def _a_first_time(words: Sequence[Token]) -> bool:
    """ "for the first time", "for the last time": what makes the event news."""
    return any(t.lemma_.lower() == "time" and any(c.lower_ in ("first", "last", "second", "third") for c in t.children)
               for t in words)  # fmt: skip


def _a_figure(token: Token) -> bool:
    return token.pos_ == "NUM" or any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in token.children)


def _trailing_aside(adjunct: Token, kept: Sequence[Token]) -> bool:
    """An aside set off by a comma that runs, with a word the parse hung elsewhere, to the sentence's end."""
    before = adjunct.left_edge.i - 1
    rest = [t for t in adjunct.sent if t.i > adjunct.right_edge.i and not t.is_punct]
    return before >= 0 and adjunct.doc[before].text == "," and len(rest) == 1 and rest[0] in kept


SINGULAR_PERSONAL = frozenset({"he", "she", "him", "her", "his"})


def _the_one_person_before(pronoun: Token, kept: Sequence[Token], aside: Sequence[Token]) -> bool:
    """ "Ray Charles dominated the ceremony as he was given eight Grammys": "he" stands for the one person the
    statement names before the aside (which, with the figure in it, is the news)."""
    if pronoun.lower_ not in SINGULAR_PERSONAL:
        return False
    inside = {t.i for t in aside}
    before = [t for t in kept if t.i < pronoun.i and t.i not in inside]
    people = {t.i for t in before if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"}
    return len(people) == 1 and not any(t.lower_ in SINGULAR_PERSONAL for t in before)


MOVING_VERBS = frozenset({"rise", "fall", "grow", "drop", "increase", "decrease", "climb", "jump", "slip", "dip",
                          "decline", "edge", "slump", "soar", "plunge", "shrink", "tumble", "surge"})


def _a_measure_moving(pronoun: Token) -> bool:
    """ "it fell to 9.6%": what rises or falls by a figure is a measure the sentences before named."""
    verb = pronoun.head
    moving = pronoun.dep_ == "nsubj" and verb.lemma_.lower() in MOVING_VERBS
    moved = any(c.dep_ == "dobj" for c in verb.children)  # "it was increasing its dividend": the firm did
    return moving and not moved and any(t.like_num for t in verb.subtree if t.i > verb.i)


def _bound_within(pronoun: Token, words: Sequence[Token]) -> bool:
    """ "after the club confirmed it had received ...": "it" stands for a noun of the same aside, before it."""
    before = [t for t in words if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")]  # "the club confirmed it"
    if pronoun.lower_ in ("it", "its"):
        return any(t.tag_ in ("NN", "NNP") for t in before)
    if pronoun.lower_ in ("they", "them", "their"):
        pair = [t for t in words if t.i < pronoun.i and t.dep_ == "conj" and t.ent_type_ == "PERSON"]
        plural = any(t.tag_ in ("NNS", "NNPS") for t in before)
        return plural or bool(pair)  # "criticised Tony Blair and Gordon Brown over their rift"
    return any(t.ent_type_ == "PERSON" for t in before)


TIME_PREPOSITIONS = frozenset({"after", "before", "during", "following", "amid", "since"})
OCCASION_NOUNS = frozenset({
    "announcement", "news", "move", "decision", "deal", "talks", "meeting", "match", "game", "event", "incident",
    "attack", "ruling", "vote", "row", "takeover", "merger", "period", "quarter", "time", "day", "week", "month",
    "year", "season", "tournament", "summit", "visit", "report", "results", "figures", "statement", "launch",
})  # fmt: skip


def _the_name_of_a_description(aside: Token) -> bool:
    """ "One of Britain's largest game makers, Argonaut Games, ...": the aside names what the words before it
    only describe, and is the one thing the statement must keep."""
    if aside.dep_ != "appos" or aside.head.pos_ == "PROPN":
        return False
    words = [t for t in aside.subtree if t.is_alpha]
    titled = bool(words) and all(t.text[:1].isupper() for t in words)  # "fundraiser, Grief Never Grows Old,"
    return titled or aside.pos_ == "PROPN" and aside.ent_type_ in NAMED_LABELS


def _of_time_or_occasion(adjunct: Token) -> bool:
    """ "after the announcement", "in the quarter", "at the meeting": when or on what occasion, which can go
    without changing what the statement says; not "on the bench" or "with the band"."""
    if adjunct.dep_ != "prep" or adjunct.lower_ in TIME_PREPOSITIONS:
        return True
    objects = [c for c in adjunct.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.lemma_.lower() in OCCASION_NOUNS or o.ent_type_ in ("DATE", "TIME") for o in objects)


def _renamed(named: Mapping[int, tuple[int, str]]) -> set[int]:
    """Every token of the descriptions replaced by a name ("the former Liverpool striker" -> "Fowler")."""
    return {i for head, (start, _) in named.items() for i in range(start, head + 1)}


def _droppable(adjunct: Token) -> bool:
    """A prepositional phrase or a clause of time or cause hung on the main verb; not a condition."""
    if adjunct.dep_ == "prep":  # not "while on the move", a clause the parse cut short: a condition of the claim
        return adjunct.lower_ in DROPPABLE_PREPOSITIONS and not any(c.dep_ == "mark" for c in adjunct.children)
    if adjunct.dep_ == "advcl":
        marks = {c.lower_ for c in adjunct.children if c.dep_ == "mark"}
        return bool(marks) and marks <= DROPPABLE_MARKS
    return False


def _definite_article(head: Token) -> bool:
    """A description with "the" or a place's superlative ("South Korea's largest card firm"), not "this" or
    "these", which point at something said before."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or the_greatest_of_a_place(head)


NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def _names_something(token: Token) -> bool:
    """A name of a person, body, place, people or work: what a statement is about ("October" is not)."""
    if token.ent_type_ in NAMED_LABELS:
        return True
    figure = token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL")
    return token.pos_ == "PROPN" and not figure and token.text not in CALENDAR_WORDS  # not "6.3bn" tagged a name


def _named_titles(
    kept: Sequence[Token], pronouns: Mapping[tuple[int, int], Person], block: int
) -> dict[int, tuple[int, str]]:
    """ "The prime minister ridiculed ..." -> "Tony Blair ridiculed ...": a title subject attribution resolved."""
    named = {}
    for token in kept:
        person = pronouns.get((block, token.i))
        if person is None or token.lower_ in PERSONAL_PRONOUNS:
            continue
        if token.ent_type_ == "NORP":
            continue  # "The unseeded Argentine now plays ...": one of several Argentines, not surely the last subject
        words = [t for t in token.subtree if t.i <= token.i]
        if _named_again(person, kept, token):
            continue  # "The premier insisted Mr Brown will have a key role": whoever the premier is, not Brown
        if all(t.dep_ in ("det", "amod", "compound") for t in words if t != token) and words[0].lower_ == "the":
            named[token.i] = (words[0].i, person.name)
    return named


def _named_again(person: Person, kept: Sequence[Token], title: Token) -> bool:
    """The person a title was read as is named elsewhere in the same statement: one of them is someone else."""
    surname = person.name.split()[-1]
    return any(t.text == surname and t.i != title.i for t in kept)


def _named_descriptions(
    kept: Sequence[Token], kept_ids: set[int], referents: Referents, block: int, sentence: int, people: People
) -> dict[int, tuple[int, str]]:
    """Definite descriptions the sentences before resolve: head token -> (first token, the name)."""
    named = {}
    surnames = {p.surname for p in people.persons.values()}
    for token in kept:
        if token.lemma_.lower() in NATIONAL_BODIES and [c.lower_ for c in token.children] == ["the"]:
            country = referents.main_place(sentence)
            if country is not None and country not in HOME_COUNTRIES:  # "the government" of a story on Russia
                of = f"the {country}" if takes_the(country) else country  # "the economy of the US"
                named[token.i] = (token.i - 1, f"the {token.text} of {of}")
            continue
        if not points_back(token, kept_ids):
            continue
        words = [t for t in token.subtree if t.i <= token.i]
        if any(t.dep_ not in ("det", "amod", "compound") for t in words if t != token) or words[0].lower_ != "the":
            continue
        name = referents.resolve(block, token, sentence)
        modifiers = {t.lemma_.lower() for t in words if t.dep_ in ("amod", "compound")}
        if name and not modifiers <= referents.beside.get(name, set()):
            continue  # "the cross-party group": a group the article never described so beside that name
        placed = [t.text for t in words if t.dep_ == "compound" and t.ent_type_ in ("GPE", "LOC")]
        if name and any(place not in name for place in placed):
            continue  # "the Amsterdam club" is not Tottenham, named beside Amsterdam in the same sentence
        sayer = token.dep_ == "nsubj" and token.head.lemma_.lower() in reporting_verbs()
        before = "".join(t.text_with_ws for t in kept if t.i < words[0].i)
        if name and (any(contains_words(name, surname) for surname in surnames) or _its_own_subject(token, name)):
            continue  # "Irishmen JP McManus ... will reject any offer for the club": the club is not who rejects
        if name and not (sayer and contains_words(before, name)):
            named[token.i] = (words[0].i, name)  # not "Argonaut is for sale, Argonaut said": the name is there
    return named


BODIES = frozenset({"ORG", "GPE", "NORP"})
NAMED = frozenset({"NORP", "GPE", "ORG", "PERSON"})  # "Australian tennis coach ..." keeps its capital


def _whose_national_body(token: Token, named: Mapping[int, tuple[int, str]], referents: Referents, order: int) -> bool:
    """ "the government", "the economy" left unnamed where the article has named a country other than the
    British paper's own: it may be that country's, or Britain's."""
    if token.lemma_.lower() not in NATIONAL_BODIES or token.i in named:
        return False
    if [c.lower_ for c in token.children] != ["the"]:
        return False
    return any(e.label == "GPE" and e.text in COUNTRY_NAMES and e.text not in HOME_COUNTRIES and e.sentence <= order
               for _, e in referents.entities)


def _one_plural_before(before: Sequence[Token]) -> bool:
    """One plural noun before a "they" or "them", and no other: what it stands for is in the statement."""
    plurals = [t for t in before if t.tag_ in ("NNS", "NNPS") and t.dep_ != "compound" and not t.ent_type_]
    return len(plurals) == 1


def _the_subject_goes_on(clause: Token) -> bool:
    """ "ministers are meeting in Brussels, where they are to discuss a jet fuel tax": a "where" or "when"
    clause whose subject is the sentence's own, told again by a pronoun, carries the news on; it stays."""
    if clause.dep_ != "relcl" or not any(c.lower_ in ("where", "when") for c in clause.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" and c.lower_ != "it" for c in clause.children)


def _other_than_what_went_before(token: Token) -> bool:
    """ "other topics" with nothing in the statement to be other than: not "France and other countries",
    "other than", "among other things" or "each other"."""
    if token.lower_ != "other" or token.dep_ != "amod" or token.i == 0:
        return False
    noun = token.head
    listed = noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)
    compared = any(c.lower_ == "than" for c in noun.subtree)
    return not (listed or compared or token.nbor(-1).lower_ in ("among", "each", "and", "or"))


def _a_person_acts_on(token: Token) -> bool:
    """The object's verb has a person for its subject (its own, or the one of the verb it is joined to): what
    the person acts on is the body named before, not the subject itself ("Nasa is doing it": doing what?)."""
    verb = token.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.ent_type_ == "PERSON" or s.lower_ in PERSONAL_PRONOUNS for s in subjects)


def _one_body_named(before: Sequence[Token]) -> bool:
    return len({t.i for t in before if t.ent_type_ in BODIES and t.ent_iob_ == "B"}) == 1


def contains_words(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _clipped_organisation(token: Token) -> bool:
    """A one-word name of a body, which may be short for a longer one."""
    whole = token.ent_type_ == "ORG" and token.ent_iob_ == "B"
    return whole and (token.i + 1 == len(token.doc) or token.nbor(1).ent_iob_ != "I")


def _lone_untagged_name(token: Token) -> bool:
    """A one-word proper name the model tagged as nothing ("Real's ground", "helped City"): often a club or
    a firm the article named in full before."""
    if token.pos_ != "PROPN" or token.ent_iob_ != "O" or not token.text[:1].isupper():
        return False
    neighbours = [token.doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(token.doc)]
    return not any(n.pos_ == "PROPN" for n in neighbours)


COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss"})


def _courtesy_title_of(token: Token, following: Sequence[Token], people: People, block: int) -> Person | None:
    """The person whose surname follows "Mr", "Mrs", "Ms" or "Miss", when the article gave a full name."""
    if token.lower_.rstrip(".") not in COURTESY_TITLES or not following or following[0].i != token.i + 1:
        return None
    person = people.at(block, following[0].i)
    return person if person is not None and _is_surname(following[0], person) else None


def _is_surname(token: Token, person: Person) -> bool:
    return token.text == person.name.split()[-1] != person.name


def _bare_surname(token: Token, person: Person, people: People, block: int) -> bool:
    """The person's surname alone: not after an honorific ("Mr Arnold") nor part of a longer name."""
    alone = all(people.at(block, i) is not person for i in (token.i - 1, token.i + 1))
    after_honorific = token.i > 0 and token.nbor(-1).lower_.rstrip(".") in HONORIFICS
    before = token.nbor(-1) if token.i > 0 else None
    after_given_name = before is not None and (
        before.text in person.name.split()[:-1]  # "Ana" of "Ana Lopes"
        or before.pos_ == "PROPN" and before.dep_ == "compound" and before.head == token and before.is_title
    )  # "Kieran Campbell" of a person the article lists as "K Campbell": a name already printed in full
    in_a_title = token.dep_ == "poss" and token.head.pos_ == "PROPN"  # "the book, Brown's Britain": its title
    in_a_name = token.dep_ == "compound" and token.head.i > token.i and token.head.pos_ == "PROPN"  # "Mittal Steel"
    last = person.name.split()[-1]
    part_of_more = after_honorific or after_given_name or in_a_title or in_a_name
    return token.text == last != person.name and alone and not part_of_more


def _opens_with_bare_definite(kept: list[Token]) -> bool:
    """ "The two leaders ...": a subject that points back at sentences we left behind."""
    return len(kept) > 1 and kept[0].lower_ == "the" and kept[1].pos_ == "NUM"


def _slots(sent: Span, kept: list[Token], index: Mapping[int, int], people: People, block: int) -> Iterator[Slot]:
    """The people, places, organisations, numbers and dates of the statement, each with where it stands."""
    kept_ids = set(index)
    covered: set[int] = set()
    for mention, person in people.in_span(block, sent.start, sent.end):
        tokens = [t for t in sent.doc[mention.start : mention.end] if t.text not in ("'s", "\u2019s")]
        if not tokens or not {t.i for t in tokens} <= kept_ids or _shares_a_piece(tokens, index):
            continue
        covered.update(t.i for t in tokens)
        start = index[tokens[0].i]
        if tokens[0].i - 1 in index and tokens[0].nbor(-1).lower_ in HONORIFICS:
            start -= 1  # "Mr Jolin": the honorific goes with the name it belongs to
        text = text_of(sent.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
        yield Slot(start, index[tokens[-1].i] + 1, "person", text, person, _place_of(tokens))
    for ent in sent.ents:
        kind = SLOT_KINDS.get(ent.label_)
        tokens = _slot_tokens(ent)
        if kind is None or kind == "person" or not tokens or {t.i for t in tokens} & covered:
            continue
        if not {t.i for t in tokens} <= kept_ids or _in_parentheses(ent) or _shares_a_piece(tokens, index):
            continue
        if kind == "date" and not any(ch.isdigit() for ch in ent.text):
            continue  # "many years", "Tuesday": a vague time is no answer
        if kind in ("number", "date") and any(t.lower_ in ("and", "to", "or") for t in tokens):
            continue  # a range, "between $40 and $50", has no one answer
        if kind == "number" and ent.label_ == "CARDINAL" and not _is_specific_number(ent):
            continue
        if kind == "number" and _inside_a_name(tokens) or _glued_to_letters(tokens):
            continue  # "3G", "G8", "MP3", "the FTSE 100 index", "50 Cent": a figure inside a name is no count
        text = text_of(sent.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
        covered.update(t.i for t in tokens)
        yield Slot(index[tokens[0].i], index[tokens[-1].i] + 1, kind, text, None, _place_of(tokens))
    for token in kept:  # "a two-hour conversation": a number inside a hyphenated measure
        if token.like_num and token.i not in covered and _measure_follows(token):
            yield Slot(index[token.i], index[token.i] + 1, "number", token.text, None, "hyphenated")


def _inside_a_name(tokens: Sequence[Token]) -> bool:
    return _glued_to_letters(tokens) or _after_a_name(tokens[0]) or _before_a_singular_name(tokens[-1])


def _before_a_singular_name(last: Token) -> bool:
    """ "rapper 50 Cent": a figure above one counting a singular proper noun is part of its name ("20 Labour MPs"
    and "2 million iPods" count plurals)."""
    doc = last.doc
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is None or after.tag_ != "NNP" or last.head != after or after.text in CALENDAR_WORDS:
        return False
    return last.text.replace(",", "") != "1"


def _after_a_name(first: Token) -> bool:
    before = first.doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.tag_ in ("NNP", "NNPS") and before.text not in CALENDAR_WORDS


def _glued_to_letters(tokens: Sequence[Token]) -> bool:
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i
    glued_after = last + 1 < len(doc) and not doc[last].whitespace_ and doc[last + 1].text[:1].isalpha()
    glued_before = first > 0 and not doc[first - 1].whitespace_ and doc[first - 1].text[-1:].isalpha()
    return glued_after or glued_before


def _in_a_run_of_names(tokens: Sequence[Token]) -> bool:
    """ "Catherine Zeta Jones, Michael Douglas, Bruce Willis ...": a name with a comma or "and" and a name
    on either side, whatever the parse made of the list."""
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i
    after = doc[last + 1 : last + 3]
    before = doc[max(0, first - 2) : first]
    joined_after = len(after) == 2 and after[0].text in (",", "and", "&") and after[1].pos_ == "PROPN"
    joined_before = len(before) == 2 and before[1].text in (",", "and", "&") and before[0].pos_ == "PROPN"
    return joined_after or joined_before


def _is_title_word(token: Token) -> bool:
    return token.lemma_.lower() in ROLE_NOUNS or token.ent_type_ == "NORP"


def _shares_a_piece(tokens: Sequence[Token], index: Mapping[int, int]) -> bool:
    """Inside a description replaced by a name: no piece of its own to blank or swap."""
    pieces = [index[t.i] for t in tokens]
    return len(set(pieces)) != len(pieces)


def _place_of(tokens: Sequence[Token]) -> str:
    """How a name or figure stands in its sentence, for the generators to judge whether to blank or swap it.

    "list": one of several ("Norway, Brazil and Mexico"); "title": part of a person's title ("Russian
    President"); "titled": a name with its title ("Russian President Vladimir Putin"); "hyphenated": glued
    to a word ("Soviet-era"); "modifier": describing a noun ("the North Korean capital"); "speaker": who
    made a report; "described": a name with a description beside it ("Johansson, the boyfriend of ...");
    "subject": the subject of its clause; "argument": an object or complement of its own.
    """
    doc = tokens[0].doc
    root = min(tokens, key=lambda t: len(list(t.ancestors)))
    after = tokens[-1].i + 1
    if after < len(doc) and doc[after].text in ("-", "\u2013") and not tokens[-1].whitespace_:
        return "hyphenated"
    if tokens[0].i > 0 and doc[tokens[0].i - 1].text == "-" and not doc[tokens[0].i - 1].whitespace_:
        return "hyphenated"
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children) or _in_a_run_of_names(tokens):
        return "list"
    if any(c.dep_ in ("compound", "amod", "appos") and _is_title_word(c) for c in root.children):
        return "titled"  # "Russian President Vladimir Putin": the title tells who, without the article
    if root.dep_ == "appos" and root.head.i == tokens[0].i - 1 and _is_title_word(root.head):
        return "titled"  # "Labour's election chief Alan Milburn", the parse heading it by the title
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in reporting_verbs():
        return "speaker"  # "Sony said production will begin": another speaker leaves the facts true
    if root.ent_type_ == "PERSON" and any(c.dep_ == "appos" for c in root.children):
        return "described"  # "Johansson, the boyfriend of Hewitt's sister, ...": a swap asks who is who
    if root.dep_ in ("compound", "amod", "nmod", "poss", "nummod", "npadvmod") and root.head.pos_ in ("NOUN", "PROPN"):
        return "title" if root.head.lemma_.lower() in ROLE_NOUNS else "modifier"
    return "subject" if root.dep_ in ("nsubj", "nsubjpass") else "argument"


def _measure_follows(token: Token) -> bool:
    """ "two-hour", "seven-seat"; not "one-time" or "one-off", which count nothing."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "-":
        return False
    return doc[token.i + 2].lemma_.lower() in MEASURES


def _slot_tokens(ent: Span) -> list[Token]:
    """The entity's words without a leading "the" or "about" and a trailing possessive, a figure with its
    currency and its "m" or "bn" ("£150,000", "300m"); [] if broken."""
    tokens = list(ent)
    while tokens and (tokens[0].lower_ in SLOT_LEADERS or tokens[0].lower_ == "as" and len(tokens) > 2):
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[0].pos_ in ("VERB", "AUX") and tokens[1].like_num:
        tokens = tokens[1:]  # "saw its net profits fall 37%": the model took the verb into the figure
    doc = ent.doc
    if tokens and any(ch.isdigit() for ch in tokens[0].text):
        first, last = tokens[0].i, tokens[-1].i
        if first > 0 and doc[first - 1].is_currency and not doc[first - 1].whitespace_:
            tokens.insert(0, doc[first - 1])
        if last + 1 < len(doc) and doc[last + 1].lower_ in AMOUNT_UNITS and not doc[last].whitespace_:
            tokens.append(doc[last + 1])
    while tokens and tokens[-1].text in ("'s", "\u2019s", "'", "\u2019"):
        tokens = tokens[:-1]
    if any(t.text in ("'", "\u2019", "'s", "\u2019s", "(", ")", '"') for t in tokens):
        return []  # "Dubs ' Succession": the model cut across a name
    return tokens


def _in_parentheses(ent: Span) -> bool:
    """ "$5bn (£2.6bn)", "HK$327m (US$42m; £22m)": a conversion in brackets is no fair question."""
    sentence = text_of(ent.doc)[ent.sent.start_char : ent.start_char]
    return sentence.rfind("(") > sentence.rfind(")")


def _is_specific_number(ent: Span) -> bool:
    """ "35", "1,200", "seven"; not "one" or "two" counting the people just named, nor "many hundreds", nor
    "at least one"."""
    if any(t.lower_ in VAGUE_QUANTITIES or t.lower_ in ("least", "most") for t in ent):
        return False
    return any(ch.isdigit() for ch in ent.text) or ent.text.lower() not in ("one", "two", "a", "an")


BROKEN_NAME = re.compile(r"\s[-\u2013\u2014]\s|\s(?:the|a|an|of|and|to)$")


def named_values(docs: Sequence[tuple[int, Doc]]) -> dict[str, list[str]]:
    """Places, organisations, nationalities and figures the article names, by kind, in order of first mention."""
    values: dict[str, list[str]] = {}
    for _, doc in docs:
        for ent in doc.ents:
            kind = SLOT_KINDS.get(ent.label_)
            text = ent.text.removeprefix("the ").removesuffix("'s")
            if kind == "number" and _inside_a_name(list(ent)):
                continue
            if BROKEN_NAME.search(text):
                continue  # "Oscars - the": the model ran a name into the words after it
            if kind in ("place", "organisation", "nationality", "number") and text not in values.setdefault(kind, []):
                values[kind].append(text)
    return values


MARKET_TICK = re.compile(
    r"\b\d{4} ?(?:GMT|BST|EST|ET|CET)\b|\b\d{1,2}[:.]\d{2} ?(?:am|pm|a\.m\.|p\.m\.|GMT|BST)"
    r"|\bin (?:early|late) trading\b|\bat the close\b|\bby midday\b"
    r"|\bshares (?:touched|hit|peaked at)\b|\b(?:falling|fell) back to\b|\bto trade\b",  # a day's high, a day's trade
    re.IGNORECASE,
)


# "Shares in Umbro were up 1.76% at 115.5 pence", "the FTSE 100's 0.3% decline": the day's market move
SHARE_PRICE_MOVE = re.compile(
    r"\b(?:shares?|share price|stocks?|FTSE(?: 100)?|Dow Jones|Nasdaq|Nikkei)\b[^.;]*?\b(?:up|down|higher|lower|"
    r"rose|fell|gained|lost|climbed|dropped|jumped|slipped|closed|ended|added|shed|slid|tumbled|soared)\b[^.;]*?\d",
    re.IGNORECASE,
)


def market_move(fact: Fact) -> bool:
    """A share price or an index moving, past the lede: the market's side note, not the story's figure."""
    return fact.order > 0 and SHARE_PRICE_MOVE.search(fact.evidence) is not None


def market_tick(fact: Fact) -> bool:
    """ "The yen was at 102.97 by 0730 GMT": a price at a moment of one day's trading, not a figure of the story."""
    return MARKET_TICK.search(fact.evidence) is not None


RANGE_AFTER = re.compile(r"\s*(?:to|-|\u2013)\s*\d")
RANGE_BEFORE = re.compile(r"\d\s*(?:to|-|\u2013)\s*$")
# "the $100m mark", "$2,000 a year or less", "passed the 50% threshold": a bound, not the figure itself
BOUND_AFTER = re.compile(
    r"(?:\([^)]*\)\s*)?(?:(?:a|an|per|each)\s+\w+\s+)?(?:or\s+(?:less|more|fewer|under|over|above|below|so)|"
    r"and\s+(?:over|above|under|below|upwards)|plus\b|mark|barrier|threshold|milestone)\b",
    re.IGNORECASE,
)


def approximate(fact: Fact, slot: Slot) -> bool:
    """A figure given as a bound or an estimate: "more than 100", "nearly 50%", "up to £2m", "an estimated 40m",
    "as little as £34", one end of a range ("15 to 24-year-olds")."""
    before = " ".join(piece.text for piece in fact.pieces[max(0, slot.start - 4) : slot.start])
    digit = re.search(r"\d", slot.text)
    leading = slot.text[: digit.start()] if digit else ""
    after = " ".join(piece.text for piece in fact.pieces[slot.end : slot.end + 2])
    in_a_range = RANGE_AFTER.match(after) is not None or RANGE_BEFORE.search(before) is not None  # "15 to 24"
    bound = BOUND_AFTER.match(" ".join(piece.text for piece in fact.pieces[slot.end : slot.end + 8]).lstrip())
    return in_a_range or bound is not None or bool(APPROXIMATE.search(f"{before} {leading}".rstrip(" £$€¥")))


SAMPLE_BEFORE = re.compile(
    r"\b(?:survey|poll|study|sample|questionnaire)s? of(?: (?:more than|over|some|about|nearly))?$", re.IGNORECASE
)
SAMPLE_AFTER = re.compile(r"^\S+ (?:were |was )?(?:surveyed|polled|questioned|interviewed)\b", re.IGNORECASE)


def sample_size(fact: Fact, slot: Slot) -> bool:
    """ "a survey of 1,300 bosses", "2,000 adults were polled": how many were asked, a side detail of the finding."""
    before = " ".join(piece.text for piece in fact.pieces[max(0, slot.start - 5) : slot.start])
    after = " ".join(piece.text for piece in fact.pieces[slot.end : slot.end + 4])
    return SAMPLE_BEFORE.search(before) is not None or SAMPLE_AFTER.match(after) is not None


def spelled_out(statement: str, expansions: Mapping[str, str]) -> str:
    """ "The settlement with CAM ..." -> "The settlement with Columbia Management Advisors ...": an acronym
    the article spelled out once, spelled out where the statement does not."""
    for short, name in expansions.items():
        found = re.search(rf"\b{re.escape(short)}\b", statement)
        if short.isupper() and name.lower() not in statement.lower() and found:
            spelled = _with_its_the(name, statement, found.start())
            statement = statement[: found.start()] + spelled + statement[found.end() :]
    return statement


# A body's name read with "the" ("the United Nations Economic Commission for Europe", "the Office of Fair
# Trading"), unlike a firm's ("Columbia Management Advisors")
NAME_WITH_THE = re.compile(
    r"\b(?:Commission|Office|Department|Ministry|Agency|Association|Union|Council|Committee|Organi[sz]ation|"
    r"Institute|Federation|Board|Authority|Service|Forum|Society|Bureau)\b"
)
DETERMINERS_BEFORE = re.compile(r"(?:\b(?:the|a|an|this|that|its|their|his|her|our)|['\u2019]s?)\s*$", re.IGNORECASE)


def _with_its_the(name: str, statement: str, at: int) -> str:
    """The spelled-out name, with the "the" it is read with where nothing before it stands in its place."""
    if not NAME_WITH_THE.search(name) or DETERMINERS_BEFORE.search(statement[:at]):
        return name
    return ("The " if at == 0 else "the ") + name
