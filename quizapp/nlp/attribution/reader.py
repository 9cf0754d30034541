"""Reading an article's paragraphs in order and finding who said what in each sentence."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..doctext import sentence_text, sentences_of, text_of
from ..items import Attribution, Person
from ..people import People
from ..referents import main_place
from ..resources import HOME_COUNTRIES, HONORIFICS, NATIONAL_BODIES, RELATIVE_PRONOUNS
from .content import (
    SAID_FOR_CLAUSES,
    SUBJECT_DEPS,
    balance_quotes,
    bare_description,
    clause_range,
    content_clause,
    content_tokens,
    ends_its_sentence,
    full_proper_name,
    joined_quotations,
    object_fronted,
    object_is_it,
    object_points_back,
    quotation_question,
    reason_for_the_clause_before,
    restate_clause,
    restate_object,
    specific_description,
    swallowed_addressee,
    tidy,
    tokens_text,
)
from .lexicon import ReportingVerb, reporting_nouns, reporting_verbs
from .quotations import Quotation, ends_open, find_quotations, inside
from .speakers import Speaker, Speakers

INHERIT_SUBJECT_DEPS = frozenset({"conj", "xcomp", "advcl"})
MAX_SUBJECT_AFTER_VERB = 6
MIN_QUOTED_WORDS = 4
MAX_UNMARKED_CONTINUATIONS = 3  # quote-only sentences after an attribution, each taken as the same speaker's
COMMISSIVES = frozenset({"promise", "pledge", "vow", "swear", "threaten", "guarantee", "urge"})


@dataclass(frozen=True)
class Found:
    """An attribution with where it stands, to compare it with others and to quote its evidence."""

    attribution: Attribution
    speaker: Speaker
    cue_char: int
    content: tuple[int, int]
    block: int
    sentence: int
    evidence_from: tuple[int, int]  # (block, character) where the evidence starts
    continued: int = 0  # how many unmarked quote-only sentences this one continues


def cue_of(token: Token) -> ReportingVerb | None:
    """The reporting verb a token is, when it reports here ("called it a disgrace", not "called up")."""
    verb = reporting_verbs().get(token.lemma_.lower())
    if verb is None or token.pos_ not in ("VERB", "AUX") and token.tag_ != "VBG":
        return None
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and token.dep_ in ("advcl", "acl", "relcl"):
        return None  # "on a tour of Africa to highlight new plans": what a trip is for, not words said
    if any(c.dep_ == "mark" and c.lower_ == "with" for c in token.children) or token.tag_ == "VBN" and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children
    ):
        return None  # "with Gary Neville criticised for ...": he is the one criticised, not the one who spoke
    particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep")}
    if verb.lemma == "call":
        if particles & {"for", "on"}:
            return verb
        says_something = any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") or _quoted_after(c) for c in token.children)
        return verb if says_something and "up" not in particles else None
    return verb if not verb.needs or particles & verb.needs else None


def _quoted_after(child: Token) -> bool:
    """'called the targets "impressive"': a quotation right after the object says what was said."""
    after = child.right_edge.i + 1
    return child.dep_ == "dobj" and after < len(child.doc) and child.doc[after].text in ('"', "\u201c")


def subject_of(verb: Token, *, inherited: bool = False) -> Token | None:
    """The verb's subject, or the subject it shares with the verb it hangs from ("..., saying ...").

    A passive cue's subject is who was spoken to or about ("he was asked"), never the speaker; a
    passive verb higher up may still pass its subject on ("he was quoted as saying").
    """
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) > 1 and all(c.dep_ == "nsubj" and c.i < verb.i for c in subjects):
        # "The new chairman of the Bar Council, Guy Mansfield QC warned": an apposition parsed as two subjects
        subjects = [c for c in subjects if c.pos_ == "PROPN"][-1:] or subjects
    for child in subjects:
        if child.dep_ == "nsubjpass" and not inherited or child.i > verb.i + MAX_SUBJECT_AFTER_VERB:
            return None
        return child
    if verb.dep_ in INHERIT_SUBJECT_DEPS and verb.head != verb:
        return subject_of(verb.head, inherited=True)
    return _name_run_into_the_phrase_before(verb)


def _name_run_into_the_phrase_before(verb: Token) -> Token | None:
    """ "On top of the deal with Tanzania Mr Brown said ...": with no comma, the parse ran the speaker's name
    into the fronted phrase; a person's name just before a subjectless main cue is its subject."""
    if verb.dep_ != "ROOT" or verb.i == 0 or any(c.dep_ == "dobj" and c.i < verb.i for c in verb.children):
        return None
    name = verb.doc[verb.i - 1]
    fronted = name.dep_ in ("pobj", "compound") and name.head.i < verb.i
    titled = name.i > 0 and name.nbor(-1).lower_ in HONORIFICS  # the model may tag "Tanzania Mr Brown" a body
    return name if name.pos_ == "PROPN" and (name.ent_type_ == "PERSON" or titled) and fronted else None


def asserted(verb: Token) -> bool:
    """Said, not "did not say", "avoided suggesting", "will argue" or "is expected to tell", nor only claimed by another
    source ("Blair promised Brown he would go, a new book claims": the book's claim, not Blair's words)."""
    if verb.dep_ == "xcomp" or any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children):
        return False  # "..., he will argue": a speech still to come, not words said
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in CLAIM_NOUNS and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children
    ):
        return False  # "rejects a suggestion that he had once told Roberts that ...": a claim about him, denied
    if _inside_a_sources_report(verb):
        return False  # "It claims Tony Blair felt ...": the book's claim about him, not his words
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in verb.children):
        return False  # "would quit because he felt he had lost voters' trust": the writer's reason, not his words
    sent = verb.sent
    outer = OUTER_REPORT.search(sentence_text(sent))
    return outer is None or verb.idx - sent.start_char >= outer.start()


REASON_MARKS = frozenset({"because", "since", "as"})
SECOND_PERSON = re.compile(r"\byou(?:'re|'ve|'ll|'d)?\b", re.IGNORECASE)


def told_of_words_said_to_them(verb: Token, quotation: str) -> bool:
    """ "told researchers of the hostility: 'Well, you've only succeeded because you're a woman'": what the
    speaker tells of, quoted in the words others said to the speaker ("you"), not the speaker's own."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "dative"))]  # "told researchers of ..."
    told_of = any(c.dep_ == "prep" and c.lower_ in ("of", "about") for h in heads for c in h.children)
    return told_of and SECOND_PERSON.search(quotation) is not None


def _inside_a_sources_report(verb: Token) -> bool:
    """The cue is in the words another subject reports ("It claims", "the report says", "He also says Lord
    Goldsmith warned ..."): that source's claim about the person, even where "he" cannot be told."""
    head = verb.head
    if verb.dep_ != "ccomp" or head == verb or head.lemma_.lower() not in reporting_verbs():
        return False
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None


CLAIM_NOUNS = frozenset({
    "suggestion", "claim", "allegation", "accusation", "report", "rumour", "rumor", "idea", "notion", "speculation",
})  # fmt: skip
OUTER_REPORT = re.compile(
    r",\s+(?:a|an|the)\s[^,\"\u201c\u201d]{0,80}?\b(?:claims|says|reports|suggests|alleges|forecasts|predicts|estimates|believes|argues|writes)\s*[.!]?\s*$"
)


def sentence_bounds(doc: Doc, start_char: int, end_char: int) -> tuple[int, int]:
    """Character range of the whole sentences covering [start_char, end_char)."""
    begin, finish = start_char, end_char
    for sent in sentences_of(doc):
        if sent.start_char <= start_char < sent.end_char:
            begin = sent.start_char
        if sent.start_char < end_char <= sent.end_char:
            finish = sent.end_char
    return begin, finish


def cue_text(verb: Token, cue: ReportingVerb) -> str:
    wanted = cue.needs | ({"for", "on"} if cue.lemma == "call" else set())
    particles = [c.text for c in verb.children if c.dep_ == "prt" or c.lower_ in wanted]
    return " ".join([verb.text, *particles[:1]])


def with_particle(verb: Token, cue: ReportingVerb) -> str:
    """ "pointed out" of "He pointed out that ...": the cue's past with the particle it needs."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt" and c.lower_ in cue.needs), None)
    return f"{cue.past} {particle}" if particle else cue.past


def drop_nested(found: list[Found]) -> list[Found]:
    """A report inside another report's words ("..., argued Mr Howard" over "Mr Blair claiming") is not kept."""
    return [f for f in found if not any(o is not f and o.content[0] <= f.cue_char < o.content[1] for o in found)]


class Attributor:
    """Walks an article's paragraphs in order, resolving speakers from what came before."""

    def __init__(self, people: People) -> None:
        self.speakers = Speakers(people)
        self.main_person = people.main_person()  # the one the story is about, if anyone
        self.described: dict[str, set[str]] = {}  # a noun -> the specific descriptions the article gave it so far
        self.first_bare: set[str] = set()  # nouns the article first used bare ("the case"), before saying which
        self.texts: dict[int, str] = {}
        self.open_at_end = False  # the paragraph before ended inside a quotation
        self.quote_speaker: Found | None = None  # who the last quotation read belongs to, if anyone
        self.last_found: list[Found] = []
        self.sentence_starts: list[tuple[int, int]] = []  # (first character, article-wide number) per sentence

    def paragraph(self, block: int, doc: Doc) -> list[Found]:
        text = self.texts[block] = text_of(doc)
        self.sentence_starts = [(s.start_char, self.speakers.sentence + n) for n, s in enumerate(sentences_of(doc))]
        quotations = find_quotations(text, open_at_start=self.open_at_end)
        self.speakers.begin_paragraph(quotations)
        found: list[Found] = []
        covered_to = 0
        for sent in sentences_of(doc):
            here = [f for token in sent if (f := self._verb_attribution(block, doc, token, quotations))]
            here += [f for token in sent if (f := self._noun_attribution(block, doc, token, quotations))]
            here = drop_nested(here + self._according_to(block, doc, sent, quotations))
            if not here and sent.start_char >= covered_to:
                here = self._continued_quotation(block, sent, quotations)
            covered_to = max([covered_to, *(f.content[1] for f in here)])
            self._follow_quotations(sent, quotations, here)
            self.speakers.remember(block, sent, quotations, [f.speaker for f in here], [f.content for f in here])
            if here:
                self.last_found = here
            found.extend(here)
            self._remember_descriptions(sent, quotations)
        self.open_at_end = ends_open(quotations, text)
        return found

    def _remember_descriptions(self, sent: Span, quotations: Sequence[Quotation]) -> None:
        """Each description that says which one it is, for a later "the pact" to be named by; not one of a
        noun the article first used bare: "the case" of a file-sharing story is no "Sony Betamax case"
        named later as the precedent."""
        for token in sent:
            if token.tag_ not in ("NN", "NNP") or inside(token.idx, quotations):
                continue  # (only a singular noun or name is a description or a full name)
            lemma = token.lemma_.lower()
            if words := specific_description(token):
                if lemma not in self.first_bare:
                    self.described.setdefault(lemma, set()).add(words)
            elif bare_description(token) and lemma not in self.described:
                self.first_bare.add(lemma)
            if full_name := full_proper_name(token):  # "the Constitutional Reform Bill", later "the Bill"
                self.described.setdefault(token.lower_, set()).add(full_name)

    # --- one cue ---------------------------------------------------------------------------

    def _verb_attribution(self, block: int, doc: Doc, verb: Token, quotations: Sequence[Quotation]) -> Found | None:
        cue = cue_of(verb)
        if cue is None or inside(verb.idx, quotations) or not asserted(verb):
            return None
        subject = subject_of(verb)
        if subject is not None and inside(subject.idx, quotations):
            subject = _named_after(verb, quotations)  # '"The obvious choice is Dawson" said Guscott': not Dawson
        if subject is None:
            return None
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subject = verb.head
        clause = clause_range(verb, subject)
        speaker = self.speakers.speaker(block, subject, cue.lemma)
        if speaker is None or _read_as_one_it_names(speaker, subject, verb):
            return None
        is_speaker = self._speaker_test(block, speaker)
        if subject.lower_ in ("he", "she"):  # "His business savvy ... has proved a winner, he says": his is another's
            is_speaker = self._speaker_test(block, speaker, after=verb.i)
        said = self._what_was_said(doc, verb, cue, clause, quotations, is_speaker)
        if said is None or not said[0]:
            return None
        statement, kind, question, content = said
        if any(c.dep_ == "conj" for c in subject.children):
            question = ""  # "Both the prime minister and Gordon Brown have called for ...": either is the answer
        begin = min(content[0], doc[clause[0]].idx)
        finish = max(content[1], doc[clause[1] - 1].idx + len(doc[clause[1] - 1]))
        return self._found(block, doc, speaker, cue_text(verb, cue), kind, statement, question, (begin, finish),
                           verb.idx, content)  # fmt: skip

    def _restate(self, tokens: Sequence[Token], is_speaker: Callable[[Token], bool]) -> str | None:
        return restate_clause(tokens, is_speaker, self.described)

    def _speaker_test(self, block: int, speaker: Speaker, after: int = -1) -> Callable[[Token], bool]:
        """Whether a pronoun in what was said stands for the speaker: "Blair said he would ..."; never one
        before `after`, the cue "he says" that the words said come before."""

        main = self.main_person
        pronoun_gender = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}

        def is_speaker(token: Token) -> bool:
            if token.i < after:
                return False
            if main is not None and main != speaker.person and main.gender in (None, pronoun_gender.get(token.lower_)):
                return False  # "Mr Howard said he would be remembered ...": in a story about Callaghan, which he?
            return speaker.person is not None and self.speakers.possessive(block, token) == speaker.person

        return is_speaker

    def _what_was_said(
        self,
        doc: Doc,
        verb: Token,
        cue: ReportingVerb,
        clause: tuple[int, int],
        quotations: Sequence[Quotation],
        is_speaker: Callable[[Token], bool],
    ) -> tuple[str, str, str, tuple[int, int]] | None:
        """(statement, kind, question, character range) of what the cue reports, or None."""
        text = text_of(doc)
        if joined := joined_quotations(doc, clause, quotations):
            statement = " ".join(tidy(text[q.start : q.end]) for q in joined)
            if told_of_words_said_to_them(verb, statement):
                return None  # "Harman told researchers of the hostility: 'You've only succeeded because ...'"
            question = quotation_question(cue.past, doc, [(q.start, q.end) for q in joined])
            return statement, "direct", question, (joined[0].start, joined[-1].end)
        if tokens := content_clause(verb):
            content = (tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
            quoted = any(q.start <= content[0] + 1 and content[1] - 1 <= q.end for q in quotations)
            kind = "direct" if quoted else "indirect"
            whole = ends_its_sentence(verb, tokens) and not swallowed_addressee(verb)
            whole = whole and any(_finite(t) for t in tokens)  # not "warned [against] musicians being linked"
            restated = self._restate(tokens, is_speaker) if whole else None
            past = "said" if cue.past in SAID_FOR_CLAUSES else with_particle(verb, cue)
            return tidy(tokens_text(tokens)), kind, f"{past} that {restated}" if restated else "", content
        if cue.takes_object or cue.needs or verb.lemma_ == "call" or cue.lemma in COMMISSIVES:
            restated = restate_object(verb, cue.past)
            if restated is None:
                return None
            last = doc[verb.right_edge.i]
            leans = object_fronted(verb) or object_points_back(verb) or reason_for_the_clause_before(verb)
            leans = leans or object_is_it(verb)
            question = "" if leans else restated
            return restated, "indirect", question, (verb.idx, last.idx + len(last))
        return None

    def _noun_attribution(self, block: int, doc: Doc, noun: Token, quotations: Sequence[Quotation]) -> Found | None:
        """ "his insistence that ...", "Smith's warning that ...": a reporting noun with a holder and a clause."""
        past = reporting_nouns().get(noun.lemma_.lower())
        if past is None or noun.pos_ != "NOUN" or inside(noun.idx, quotations):
            return None
        holder = next((c for c in noun.children if c.dep_ == "poss"), None)
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and _has_that(c)), None)
        if holder is None or clause is None:
            return None
        tokens = content_tokens(clause)
        if len(tokens) < MIN_QUOTED_WORDS:
            return None
        speaker = self.speakers.holder(block, holder)
        if speaker is None:
            return None
        is_speaker = self._speaker_test(block, speaker)
        restated = self._restate(tokens, is_speaker) if ends_its_sentence(noun, tokens) else None
        content = (tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
        question = f"{past} that {restated}" if restated and " " not in past else ""
        return self._found(block, doc, speaker, noun.text, "indirect", tidy(tokens_text(tokens)), question,
                           (min(holder.idx, content[0]), content[1]), noun.idx, content)  # fmt: skip

    def _according_to(self, block: int, doc: Doc, sent: Span, quotations: Sequence[Quotation]) -> list[Found]:
        found: list[Found] = []
        if "according" not in text_of(doc)[sent.start_char : sent.end_char].lower():
            return found
        for token in sent:
            if token.lower_ != "according" or inside(token.idx, quotations):
                continue
            to = next((c for c in token.children if c.lower_ == "to"), None)
            source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
            if source is None:
                continue
            a_start, a_end = token.i, source.right_edge.i + 1
            rest = [t for t in sent if not a_start <= t.i < a_end and not (t.is_punct and t.i == a_end)]
            statement = tidy(tokens_text(rest))
            speaker = self.speakers.speaker(block, source)
            if speaker is None or len(statement.split()) < 5:
                continue
            restated = self._restate(rest, self._speaker_test(block, speaker)) if rest else None
            question = f"said that {restated}" if restated else ""
            content = (sent.start_char, sent.end_char)
            found.append(self._found(block, doc, speaker, "according to", "indirect", statement, question, content,
                                     token.idx, content))  # fmt: skip
        return found

    # --- quotations without a cue of their own -------------------------------------------------

    def _continued_quotation(self, block: int, sent: Span, quotations: Sequence[Quotation]) -> list[Found]:
        """A sentence that opens with a quotation and has no cue: the speaker of what came just before goes on.

        A quotation that follows one left open (`"We won. "It was hard."`) belongs to that one's speaker;
        a fresh quotation right after a sentence with one person's attribution is that person's.
        """
        quotation = _opening_quotation(sent, quotations)
        if quotation is None or _a_named_cue_of_its_own(sent, quotations) or _named_just_after(sent):
            return []  # '"We are bringing in ranges ...," said M&S.': a speaker we could not name, not the last one
        before = self.quote_speaker if quotation.continues else self._previous_single_speaker()
        if before is None or before.speaker.kind != "person":
            return []
        if not quotation.continues and before.continued >= MAX_UNMARKED_CONTINUATIONS:
            return []
        doc, text = sent.doc, text_of(sent.doc)
        quoted = balance_quotes(tidy(text[quotation.start : quotation.end].rstrip('"\u201d ')))
        if len(quoted.split()) < MIN_QUOTED_WORDS:
            return []
        a = before.attribution
        end = sentence_bounds(doc, quotation.start, quotation.end)[1]
        evidence = self._evidence(before.evidence_from, (block, end))
        if not evidence:
            return []
        sentences = (a.sentences[0], self._sentence_at(end - 1))
        attribution = Attribution(a.speaker, a.speaker_type, a.mention, a.cue, "direct", quoted, evidence,
                                  quotation_question("said", doc, [(quotation.start, quotation.end)]),
                                  sentences)  # fmt: skip
        continued = 0 if quotation.continues else before.continued + 1
        return [Found(attribution, before.speaker, sent.start_char, (quotation.start, quotation.end), block,
                      self.speakers.sentence, before.evidence_from, continued)]  # fmt: skip

    def _previous_single_speaker(self) -> Found | None:
        last = self.last_found
        if len(last) != 1 or last[0].sentence != self.speakers.sentence - 1:
            return None
        return last[0]

    def _follow_quotations(self, sent: Span, quotations: Sequence[Quotation], found: Sequence[Found]) -> None:
        """Remember whose the last quotation begun in this sentence is, for quotations that go on from it."""
        for quotation in quotations:
            if sent.start_char <= quotation.start < sent.end_char:
                owner = [f for f in found if f.content[0] <= quotation.start + 1 and quotation.start < f.content[1]]
                self.quote_speaker = owner[0] if owner and owner[0].speaker.kind == "person" else None

    # --- building records ----------------------------------------------------------------------

    def _found(
        self,
        block: int,
        doc: Doc,
        speaker: Speaker,
        cue: str,
        kind: str,
        statement: str,
        question: str,
        reach: tuple[int, int],
        cue_char: int,
        content: tuple[int, int],
    ) -> Found:
        start, end = sentence_bounds(doc, *reach)
        evidence = " ".join(text_of(doc)[start:end].split())
        sentences = (self._sentence_at(start), self._sentence_at(end - 1))
        attribution = Attribution(speaker.name, speaker.kind, speaker.mention, cue, kind, statement, evidence, question,
                                  sentences)  # fmt: skip
        return Found(attribution, speaker, cue_char, content, block, self.speakers.sentence, (block, start))

    def _sentence_at(self, char: int) -> int:
        """The article-wide number of the sentence of the paragraph being read that holds a character."""
        return max((n for start, n in self.sentence_starts if start <= char), default=self.speakers.sentence)

    def _evidence(self, start: tuple[int, int], end: tuple[int, int]) -> str:
        """The article's words from one place to another, across paragraphs, white space made single."""
        (first, begin), (last, finish) = start, end
        if any(b not in self.texts for b in range(first, last + 1)):
            return ""  # a heading stands between: no one stretch of the article holds both
        parts = [self.texts[b] for b in range(first, last + 1)]
        if first == last:
            parts = [parts[0][begin:finish]]
        else:
            parts[0], parts[-1] = parts[0][begin:], parts[-1][:finish]
        return " ".join(" ".join(parts).split())


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a clause "that ..." can restate has a finite verb
MAX_BARE_CUE_WORDS = 4  # "Mr Weingarten pressed", "Prosecutor Ann Lowe countered"


def _read_as_one_it_names(speaker: Speaker, subject: Token, verb: Token) -> bool:
    """ "The premier insisted Mr Brown will have a key role", read as Brown: a title or a pronoun is not the
    person the words it reports name by surname."""
    if speaker.person is None or subject.pos_ == "PROPN":
        return False
    surname = speaker.person.name.split()[-1]
    own = {t.i for t in subject.subtree}
    return any(t.text == surname and t.i not in own for t in verb.subtree)


def _finite(verb: Token) -> bool:
    """A verb a clause can stand on: "provided" with its subject, though the tagger read a participle."""
    return verb.tag_ in FINITE_TAGS or verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children)


def _has_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _opening_quotation(sent: Span, quotations: Sequence[Quotation]) -> Quotation | None:
    """The quotation the sentence opens with, or is inside of from its start."""
    text = text_of(sent.doc)
    for quotation in quotations:
        if quotation.start <= sent.start_char < quotation.end:
            return quotation
        if sent.start_char <= quotation.start < sent.end_char:
            return None if any(ch.isalnum() for ch in text[sent.start_char : quotation.start]) else quotation
    return None


@dataclass(frozen=True)
class Quote:
    """A quotation a named person spoke: where its words are, and the sentences that say who spoke."""

    block: int
    start: int  # characters of the words inside the marks
    end: int
    speaker: Person
    sentences: tuple[int, int]
    evidence: str


@dataclass(frozen=True)
class Discourse:
    """What attribution learned about the article: who said what, and who each "he"/"she" is."""

    attributions: tuple[Attribution, ...]
    pronouns: dict[tuple[int, int], Person]  # (block, token index) of a subject pronoun -> person
    quotes: tuple[Quote, ...] = ()


def read_discourse(docs: Sequence[tuple[int, Doc]], people: People) -> Discourse:
    attributor = Attributor(people)
    country = main_place(docs)
    if country is not None and country not in HOME_COUNTRIES:  # "the government" of a story on Russia
        for body in NATIONAL_BODIES:
            attributor.described.setdefault(body, set()).add(f"{body} of {country}")
    found: dict[tuple[str, str], Attribution] = {}
    quotes = []
    for block, doc in docs:
        for f in attributor.paragraph(block, doc):
            found.setdefault((f.attribution.speaker, f.attribution.statement), f.attribution)
            if f.attribution.kind == "direct" and f.speaker.person is not None:
                a = f.attribution
                quotes.append(Quote(f.block, *f.content, f.speaker.person, a.sentences, a.evidence))
    return Discourse(tuple(found.values()), attributor.speakers.pronouns, tuple(quotes))


def _a_named_cue_of_its_own(sent: Span, quotations: Sequence[Quotation]) -> bool:
    """A reporting verb outside the quotation with a name or a noun beside it ("said M&S", "a spokesman said"):
    the sentence says who spoke, even where we cannot tell who that is (but "he added" may be the last one)."""
    for verb in sent:
        if cue_of(verb) is None or inside(verb.idx, quotations):
            continue
        near = [t for t in sent if abs(t.i - verb.i) <= 3 and t != verb and not inside(t.idx, quotations)]
        if any(t.pos_ in ("PROPN", "NOUN") for t in near):
            return True
    return False


def _named_just_after(sent: Span) -> bool:
    """The next sentence is only a name and its verb ('"Did you ever ...?" | Mr Weingarten pressed.'): the
    parse cut the quotation from the words saying who spoke it, whatever the verb."""
    doc = sent.doc
    if sent.end >= len(doc) or not doc[sent.end - 1].is_quote:
        return False
    following = doc[sent.end].sent
    words = [t for t in following if not t.is_punct]
    verb = following.root
    named = any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children)
    return named and verb.pos_ == "VERB" and len(words) <= MAX_BARE_CUE_WORDS and words[-1] == verb


def _named_after(verb: Token, quotations: Sequence[Quotation]) -> Token | None:
    """The name right after a cue ("said Guscott"), outside the quotation: the last word of its run."""
    doc, i = verb.doc, verb.i + 1
    if i >= len(doc) or doc[i].pos_ != "PROPN" or inside(doc[i].idx, quotations):
        return None
    while i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
        i += 1
    return doc[i]
