"""Attribution: who said what, direct and indirect, with the speaker resolved to a person or a group."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .doctext import text_of
from .items import Attribution, Person
from .people import ARTICLES, People
from .resources import (
    CLAUSE_ONLY_VERBS,
    DEMONSTRATIVES,
    GROUP_PRONOUNS,
    OBJECT_VERBS,
    PARTICLE_VERBS,
    PERSONAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    UNNAMED_PERSON_NOUNS,
)

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
INHERIT_SUBJECT_DEPS = frozenset({"conj", "xcomp", "advcl"})
CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
OBJECT_DEPS = frozenset({"dobj", "prep", "xcomp", "oprd", "attr", "prt", "dative", "npadvmod", "advmod"})
QUOTE_PAIRS = re.compile(r'"([^"]+)"|\u201c([^\u201d]+)\u201d')
OPEN_QUOTE_TAIL = re.compile(r'["\u201c]([^"\u201c\u201d]+)$')
GLUE_BEFORE_CLAUSE = re.compile(r"^[\s,\u2013\u2014-]*$")  # '"...," he said'
GLUE_AFTER_CLAUSE = re.compile(r"^\s*[,:]?\s*$")  # 'he said: "..."'
TITLE_FALLBACK_SENTENCES = 6
MAX_CONTINUED_SENTENCES = 2
PRONOUN_LOOKBACK_SENTENCES = 3


@dataclass(frozen=True)
class Speaker:
    name: str
    kind: str  # "person" or "group"
    mention: str
    person: Person | None = None


@dataclass(frozen=True)
class Found:
    """An attribution with the character offsets needed to compare it with others."""

    attribution: Attribution
    cue_char: int
    content: tuple[int, int]
    block: int
    sentence: int
    speaker: Speaker
    continued: int = 0  # how many whole-quote sentences this one continues


@dataclass
class Context:
    """What earlier sentences tell us: who spoke, who was the subject."""

    people: People
    sentence: int = 0
    speakers: list[tuple[int, Speaker]] = field(default_factory=list)
    subjects: dict[int, list[Person]] = field(default_factory=dict)
    named: dict[int, list[Person]] = field(default_factory=dict)
    last_found: list[Found] = field(default_factory=list)
    unplaced: set[int] = field(default_factory=set)  # sentences whose subject is a person we could not name


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of quoted material (inside the marks); an unclosed quote runs to the end."""
    spans = [(m.start() + 1, m.end() - 1) for m in QUOTE_PAIRS.finditer(text)]
    tail_from = spans[-1][1] + 1 if spans else 0
    if tail := OPEN_QUOTE_TAIL.search(text[tail_from:]):
        spans.append((tail_from + tail.start() + 1, len(text)))
    return spans


def inside(char: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= char < end for start, end in spans)


def is_cue(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma not in REPORTING_VERBS or token.pos_ not in ("VERB", "AUX") and token.tag_ != "VBG":
        return False
    if lemma == "call":  # "called it a disgrace" reports; "called up a player", "called a meeting" do not
        return not any(c.dep_ == "prt" for c in token.children) and any(
            c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in token.children
        )
    particles = PARTICLE_VERBS.get(lemma)
    return particles is None or any(c.lower_ in particles for c in token.children)


MAX_SUBJECT_AFTER_VERB = 6
MAX_PARENTHETICAL_TOKENS = 8  # "..., the firm's chief executive has said,"


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the subject it shares with the verb it hangs from ("..., saying ...")."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child if child.i <= verb.i + MAX_SUBJECT_AFTER_VERB else None
    if verb.dep_ in INHERIT_SUBJECT_DEPS and verb.head != verb:
        return subject_of(verb.head)
    return None


def clause_range(verb: Token, subject: Token) -> tuple[int, int]:
    """Token range of the reporting clause: subject, verb, and objects such as "told MPs"."""
    start = min(subject.left_edge.i, verb.i)
    end = max(subject.right_edge.i, verb.i) + 1
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass", "neg", "advmod") and child.i < verb.i:
            start = min(start, child.i)
        if child.dep_ in ("dobj", "dative", "prt", "npadvmod") and child.i > verb.i:
            end = max(end, child.right_edge.i + 1)
        if child.dep_ == "prep" and child.i > verb.i and child.lower_ == "to" and verb.lemma_ in ("say", "tell"):
            end = max(end, child.right_edge.i + 1)
    return start, end


def sentence_bounds(doc: Doc, start_char: int, end_char: int) -> tuple[int, int]:
    """Character range of the whole sentences covering [start_char, end_char)."""
    begin, finish = start_char, end_char
    for sent in doc.sents:
        if sent.start_char <= start_char < sent.end_char:
            begin = sent.start_char
        if sent.start_char < end_char <= sent.end_char:
            finish = sent.end_char
    return begin, finish


def direct_quotes(doc: Doc, clause: tuple[int, int], quotes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotes joined to the reporting clause by nothing but punctuation: '"...," he said' or 'he said: "..."'."""
    text = text_of(doc)
    c_start = doc[clause[0]].idx
    c_end = doc[clause[1] - 1].idx + len(doc[clause[1] - 1])
    joined = []
    for q_start, q_end in quotes:
        open_ended = text[q_start:q_end].rstrip().endswith((",", "?", "!", "-", "\u2013", "\u2014"))
        if q_end <= c_start and open_ended and GLUE_BEFORE_CLAUSE.match(text[q_end + 1 : c_start]):
            joined.append((q_start, q_end))
        elif q_start >= c_end and GLUE_AFTER_CLAUSE.match(text[c_end : q_start - 1]):
            joined.append((q_start, q_end))
    return joined


def tidy(text: str) -> str:
    text = " ".join(text.split())
    return text.strip(" ,;:-\u2013\u2014").rstrip(".")


def span_text(doc: Doc, start: int, end: int) -> str:
    return text_of(doc)[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])] if end > start else ""


def tokens_text(tokens: Sequence[Token]) -> str:
    """The text of tokens in order; a gap left by a removed phrase becomes one space."""
    parts = []
    for n, token in enumerate(tokens):
        parts.append(token.text_with_ws)
        if n + 1 < len(tokens) and tokens[n + 1].i != token.i + 1 and not token.whitespace_:
            parts.append(" ")
    return "".join(parts)


def content_tokens(head: Token, *, without: Token | None = None) -> list[Token]:
    """The head's subtree minus the reporting clause, without a leading "that" or edge punctuation."""
    skip = set(without.subtree) if without is not None else set()
    tokens = [t for t in head.subtree if t not in skip]
    while tokens and (tokens[0].dep_ == "mark" and tokens[0].lower_ == "that" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ('"', "\u201d"):
        tokens = tokens[:-1]
    return tokens


def lower_first(text: str, first: Token) -> str:
    """The statement's first letter in lower case, unless it starts a name or an acronym ("MSPs", "No 10")."""
    keeps_case = first.pos_ == "PROPN" or first.text == "I" or any(c.isupper() for c in first.text[1:])
    if keeps_case or first.i + 1 < len(first.doc) and first.nbor(1).like_num:
        return text
    return text[:1].lower() + text[1:]


def restate_clause(tokens: Sequence[Token]) -> str | None:
    """A that-clause readable on its own, or None when it leans on a word it cannot carry."""
    if len(tokens) < 4:
        return None
    first = tokens[0]
    if first.lower_ in DEMONSTRATIVES | GROUP_PRONOUNS and first.dep_ in SUBJECT_DEPS:
        return None  # "this is ...", "it is ...": the reader cannot tell what "it" is
    words = []
    for token in tokens:
        if token.lower_ in DEMONSTRATIVES and token.dep_ == "det":
            words.append(("the" if token != first else "The") + token.whitespace_)
        else:
            words.append(token.text_with_ws)
    text = balance_quotes(tidy("".join(words)))
    return lower_first(text, first) if text else None


def balance_quotes(text: str) -> str:
    if text.count('"') % 2:
        text = text.rstrip('"') if text.endswith('"') else text + '"'
    return text if text.count('"') % 2 == 0 else text.replace('"', "")


def restate_object(doc: Doc, verb: Token, past: str) -> str | None:
    """ "accused ministers of wasting money", "referred to the agreement as an alliance"."""
    parts = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i or _is_moved_relative(c)]
    if not parts:
        return None
    pieces = [_linearize(child) for child in sorted(parts, key=lambda c: c.i if c.i > verb.i else verb.i + 0.5)]
    if not all(pieces):
        return None
    text = balance_quotes(tidy(" ".join([past, *(" ".join(p.split()) for p in pieces)])))
    return text if len(text.split()) >= 4 else None


def _is_moved_relative(child: Token) -> bool:
    return child.dep_ == "prep" and any(g.lower_ in RELATIVE_PRONOUNS for g in child.children)


def _linearize(token: Token) -> str:
    """The subtree's text, a fronted relative pronoun put back as its antecedent ("to which" -> "to the agreement")."""
    parts = []
    for t in token.subtree:
        if t.lower_ in RELATIVE_PRONOUNS and t.dep_ == "pobj" and t.head.dep_ == "prep":
            continue
        parts.append(t.text_with_ws)
        if t.dep_ == "prep" and any(c.lower_ in RELATIVE_PRONOUNS and c.dep_ == "pobj" for c in t.children):
            antecedent = _antecedent(t)
            if antecedent is None:
                return ""
            parts.append((" " if not t.whitespace_ else "") + antecedent + " ")
    return "".join(parts)


def _antecedent(prep: Token) -> str | None:
    clause = prep.head
    while clause.dep_ != "relcl" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    tokens = [t for t in noun.subtree if t.i <= noun.i or t.dep_ in ("prep", "pobj", "compound") and t.i < clause.i]
    tokens = [t for t in tokens if t.i < clause.left_edge.i and not t.is_punct]
    text = " ".join(t.text for t in tokens)
    first = tokens[0].lower_ if tokens else ""
    return "the " + text.split(" ", 1)[1] if first in ("a", "an") and " " in text else text


def speaker_text(subject: Token) -> str:
    start, end = subject.left_edge.i, subject.right_edge.i + 1
    return tidy(span_text(subject.doc, start, end))


class Attributor:
    """Walks an article's paragraphs in order, resolving speakers from what came before."""

    def __init__(self, people: People) -> None:
        self.ctx = Context(people)
        self.pronouns: dict[tuple[int, int], Person] = {}

    def paragraph(self, block: int, doc: Doc) -> list[Found]:
        quotes = quote_spans(text_of(doc))
        found: list[Found] = []
        for sent in doc.sents:
            sentence_found = [f for cue in sent if is_cue(cue) and (f := self._attribute(block, doc, cue, quotes))]
            sentence_found = drop_nested(sentence_found + self._according_to(block, doc, sent, quotes))
            if not sentence_found and (continued := self._continued_quote(block, sent, quotes)):
                sentence_found = [continued]
            self._remember(block, sent, quotes, sentence_found)
            found.extend(sentence_found)
            self.ctx.sentence += 1
        return found

    def _attribute(self, block: int, doc: Doc, verb: Token, quotes: Sequence[tuple[int, int]]) -> Found | None:
        if inside(verb.idx, quotes) or not _asserted(verb):
            return None
        subject = subject_of(verb)
        if subject is None:
            return None
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subject = verb.head
        lemma = verb.lemma_.lower()
        past = REPORTING_VERBS[lemma]
        clause = clause_range(verb, subject)
        direct = direct_quotes(doc, clause, quotes)
        content: tuple[int, int] | None = None
        if direct:
            kind, statement = "direct", " ".join(tidy(text_of(doc)[s:e]) for s, e in direct)
            content = (direct[0][0], direct[-1][1])
            question = _direct_question(past, direct, text_of(doc))
        elif tokens := self._content_clause(verb):
            statement = tidy(tokens_text(tokens))
            content = (tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
            kind = "direct" if _wholly_quoted(content, quotes) else "indirect"
            restated = restate_clause(tokens) if _ends_its_sentence(verb, tokens) else None
            question = f"{past} that {restated}" if restated else ""
        elif lemma in OBJECT_VERBS and lemma not in CLAUSE_ONLY_VERBS or lemma in PARTICLE_VERBS:
            restated = restate_object(doc, verb, past)
            if restated is None:
                return None
            last = doc[verb.right_edge.i]
            statement, kind, question = restated, "indirect", restated
            content = (verb.idx, last.idx + len(last))
        else:
            return None
        speaker = self._speaker(block, subject, verb)
        if speaker is None or not statement:
            return None
        begin = min(content[0], doc[clause[0]].idx)
        finish = max(content[1], doc[clause[1] - 1].idx + len(doc[clause[1] - 1]))
        ev_start, ev_end = sentence_bounds(doc, begin, finish)
        attribution = Attribution(
            speaker=speaker.name,
            speaker_type=speaker.kind,
            mention=speaker.mention,
            cue=_cue_text(verb),
            kind=kind,
            statement=statement,
            evidence=" ".join(text_of(doc)[ev_start:ev_end].split()),
            question=question,
        )
        return Found(attribution, verb.idx, content, block, self.ctx.sentence, speaker)

    def _content_clause(self, verb: Token) -> list[Token]:
        """What was said: the verb's clause complement, or the clause a trailing or parenthetical cue comments on."""
        for child in verb.children:
            if child.dep_ in CONTENT_DEPS:
                return content_tokens(child)
        head = verb.head
        doc, left, right = verb.doc, verb.left_edge.i, verb.right_edge.i
        commas = {doc[i].text for i in (left - 1, left, right, right + 1) if 0 <= i < len(doc)}
        short_clause = len(list(verb.subtree)) <= MAX_PARENTHETICAL_TOKENS
        if verb.dep_ in CONTENT_DEPS and head != verb and "," in commas and short_clause:
            return content_tokens(head, without=verb)  # "..., argued Mr Howard." / "In contrast, he said, ..."
        return []

    def _according_to(self, block: int, doc: Doc, sent: Span, quotes: Sequence[tuple[int, int]]) -> list[Found]:
        found: list[Found] = []
        if "according" not in text_of(doc)[sent.start_char : sent.end_char].lower():
            return found
        for token in sent:
            if token.lower_ != "according" or inside(token.idx, quotes):
                continue
            to = next((c for c in token.children if c.lower_ == "to"), None)
            source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
            if source is None:
                continue
            speaker = self._speaker(block, source, token)
            a_start, a_end = token.i, source.right_edge.i + 1
            rest = [t for t in sent if not a_start <= t.i < a_end]
            statement = tidy(" ".join(t.text for t in rest if not (t.is_punct and t.i == a_end)))
            statement = re.sub(r"\s+([,.;:!?%])", r"\1", statement)
            if speaker is None or len(statement.split()) < 5:
                continue
            restated = lower_first(statement, rest[0]) if rest else ""
            attribution = Attribution(
                speaker.name,
                speaker.kind,
                speaker.mention,
                "according to",
                "indirect",
                statement,
                " ".join(sent.text.split()),
                f"said that {restated}" if restated else "",
            )
            content = (sent.start_char, sent.end_char)
            found.append(Found(attribution, token.idx, content, block, self.ctx.sentence, speaker))
        return found

    def _continued_quote(self, block: int, sent: Span, quotes: Sequence[tuple[int, int]]) -> Found | None:
        """A sentence that is all quotation, right after one person's quote: the same person goes on."""
        previous = self.ctx.last_found
        if len(previous) != 1 or previous[0].sentence != self.ctx.sentence - 1:
            return None
        before = previous[0]
        if before.speaker.kind != "person" or before.continued >= MAX_CONTINUED_SENTENCES:
            return None
        if before.block == block and sent.start_char < before.content[1]:
            return None  # already inside the quote the previous sentence reported
        span = _quote_opening(sent, quotes)
        if span is None:
            return None
        doc_text = text_of(sent.doc)
        quoted = balance_quotes(tidy(doc_text[span[0] : span[1]].rstrip('"\u201d ')))
        if len(quoted.split()) < 4:
            return None
        a = before.attribution
        evidence = f"{a.evidence} {' '.join(doc_text[sent.start_char : span[1]].split())}"
        attribution = Attribution(
            a.speaker, a.speaker_type, a.mention, a.cue, "direct", quoted, evidence, f'said "{quoted}"'
        )
        return Found(attribution, sent.start_char, span, block, self.ctx.sentence, before.speaker, before.continued + 1)

    # --- speakers -------------------------------------------------------------------------

    def _speaker(self, block: int, subject: Token, verb: Token) -> Speaker | None:
        lower = subject.lower_
        mention = speaker_text(subject)
        if lower in PERSONAL_PRONOUNS:
            person = self._resolve_pronoun(block, subject, PERSONAL_PRONOUNS[lower])
            return Speaker(person.name, "person", subject.text, person) if person else None
        if lower in GROUP_PRONOUNS:
            group = self._recent_group()
            return Speaker(group.name, "group", subject.text) if group else None
        if subject.pos_ == "PRON" or subject.lower_ in DEMONSTRATIVES or subject.lower_ == "there":
            if subject.lower_ in ("many", "some", "others", "most", "few"):
                return Speaker(mention, "group", mention)
            return None
        named = self._named_speaker(block, subject)
        if named == "ambiguous":
            return None
        if isinstance(named, Person):
            return Speaker(named.name, "person", mention, named)
        head = subject.lemma_.lower()
        if head in ROLE_NOUNS and head not in UNNAMED_PERSON_NOUNS and _is_definite_singular(subject):
            person = self._resolve_title(subject)
            return Speaker(person.name, "person", mention, person) if person else None
        if subject.pos_ == "PROPN" and subject.ent_type_ in ("PERSON", ""):
            return None  # a name the article never gave in full: not sure who it is
        return Speaker(_group_name(subject), "group", mention)

    def _named_speaker(self, block: int, subject: Token) -> Person | str | None:
        """The one person the subject phrase names as the speaker ("Assistant to ... Yuri Ushakov")."""
        start, end = subject.left_edge.i, subject.right_edge.i + 1
        doc = subject.doc
        clauses = {t.i for c in subject.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
        persons = []
        for mention, person in self.ctx.people.in_span(block, start, end):
            if mention.start in clauses:
                continue  # "Clapton, who joined Guy and King": a name inside a clause about the subject
            before = doc[mention.start - 1] if mention.start > start else None
            after = doc[mention.end] if mention.end < end else None
            if after is not None and after.text in ("'s", "'", "\u2019s"):
                continue  # "Michael Howard's spokesman"
            if before is not None and before.pos_ == "ADP" and before.lower_ != "of":
                continue  # "a spokesman for Michael Howard"
            if any(t.lemma_.lower() in UNNAMED_PERSON_NOUNS and t.i < mention.start for t in doc[start:end]):
                continue
            persons.append(person)
        distinct = {p.name: p for p in persons}
        if len(distinct) > 1:
            return "ambiguous"
        return next(iter(distinct.values()), None)

    def _resolve_pronoun(self, block: int, pronoun: Token, gender: str) -> Person | None:
        """He/she: the person who spoke or was the subject most recently, if that is clear."""
        doc = pronoun.doc
        sent = pronoun.sent
        quotes = quote_spans(text_of(doc))
        same = [
            p
            for m, p in self.ctx.people.in_span(block, sent.start, pronoun.i)
            if not inside(doc[m.start].idx, quotes) and _is_subject(doc[m.end - 1])
        ]
        candidates = list({p.name: p for p in same}.values())
        if not candidates:
            candidates = self._previous_referent()
        if len(candidates) != 1:
            return None
        person = candidates[0]
        return person if person.gender in (None, gender) else None

    def _previous_referent(self) -> list[Person]:
        now = self.ctx.sentence
        for back in range(1, PRONOUN_LOOKBACK_SENTENCES + 1):
            index = now - back
            spoke = [s.person for i, s in self.ctx.speakers if i == index and s.person]
            if spoke:
                return [spoke[-1]]
            if subjects := self.ctx.subjects.get(index):
                return list({p.name: p for p in subjects}.values())
            if index in self.ctx.unplaced:
                return []  # "the chancellor said ...": someone we could not name was the subject
            if named := self.ctx.named.get(index):
                return list({p.name: p for p in named}.values())
            if any(i == index for i, _ in self.ctx.speakers):
                return []  # a group spoke last: "he" is not about anyone named before it
        return []

    def _recent_group(self) -> Speaker | None:
        for index, speaker in reversed(self.ctx.speakers):
            if self.ctx.sentence - index > 2:
                break
            return speaker if speaker.kind == "group" else None
        return None

    def _resolve_title(self, subject: Token) -> Person | None:
        """ "the foreign secretary": the person the article gave that title, else the recent speaker."""
        head = subject.lemma_.lower()
        qualifiers = frozenset(
            c.lower_ for c in subject.children if c.dep_ in ("amod", "compound") and c.is_alpha and not c.is_stop
        )
        titled = self.ctx.people.with_title(head, qualifiers)
        if len(titled) == 1:
            return titled[0]
        if titled or head in self.ctx.people.title_heads():
            return None
        for index, speaker in reversed(self.ctx.speakers):
            if self.ctx.sentence - index > TITLE_FALLBACK_SENTENCES:
                break
            if speaker.person is not None and not speaker.person.roles:
                return speaker.person  # news style: a later title stands for the person who spoke
        return None

    def _remember(self, block: int, sent: Span, quotes: Sequence[tuple[int, int]], found: list[Found]) -> None:
        doc = sent.doc
        named, subjects = [], []
        for mention, person in self.ctx.people.in_span(block, sent.start, sent.end):
            if inside(doc[mention.start].idx, quotes):
                continue
            named.append(person)
            if _is_subject(doc[mention.end - 1]):
                subjects.append((mention.start, person))
        for token in sent:
            if token.lower_ in PERSONAL_PRONOUNS and token.dep_ in SUBJECT_DEPS and not inside(token.idx, quotes):
                if person := self._resolve_pronoun(block, token, PERSONAL_PRONOUNS[token.lower_]):
                    subjects.append((token.i, person))
                    self.pronouns[(block, token.i)] = person
        root_subject = next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS), None)
        if root_subject is not None and not subjects and _person_like(root_subject):
            titled = None
            if root_subject.lower_ not in PERSONAL_PRONOUNS and _is_definite_singular(root_subject):
                titled = self._resolve_title(root_subject)  # "The prime minister ridiculed ..."
            if titled is not None:
                subjects.append((root_subject.i, titled))
            else:
                self.ctx.unplaced.add(self.ctx.sentence)
        self.ctx.named[self.ctx.sentence] = named
        self.ctx.subjects[self.ctx.sentence] = [person for _, person in sorted(subjects, key=lambda s: s[0])]
        self.ctx.speakers.extend((self.ctx.sentence, f.speaker) for f in found)
        if found:
            self.ctx.last_found = found


def _quote_opening(sent: Span, quotes: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The quote a sentence opens with, when the quote also ends a sentence: '"We lost. It hurts."'."""
    doc, text = sent.doc, text_of(sent.doc)
    for start, end in quotes:
        if start < sent.start_char or any(ch.isalnum() for ch in text[sent.start_char : start]):
            continue
        closing = next((s for s in doc.sents if s.start_char <= end < s.end_char + 1), None)
        if closing is not None and not any(ch.isalnum() for ch in text[end : closing.end_char]):
            return start, closing.end_char
        return None
    return None


def _ends_its_sentence(verb: Token, tokens: Sequence[Token]) -> bool:
    """When the words said follow the cue, nothing but punctuation comes after them in the sentence.

    Words left over ("warned that moves [to] bring him back ... could be controversial") mean the parse
    cut the statement short, and a question built from it could say something the speaker did not.
    """
    if tokens[0].i < verb.i:
        return True
    return all(t.is_punct for t in verb.sent if t.i > tokens[-1].i)


def _asserted(verb: Token) -> bool:
    """Said, not "did not say", "avoided suggesting" or "is expected to tell"."""
    return verb.dep_ != "xcomp" and not any(c.dep_ == "neg" for c in verb.children)


def _person_like(token: Token) -> bool:
    """A subject that stands for one person: a title ("the chancellor") or "he" / "she"."""
    return token.lower_ in PERSONAL_PRONOUNS or token.lemma_.lower() in ROLE_NOUNS and token.tag_ == "NN"


def _is_subject(token: Token) -> bool:
    while token.dep_ in ("compound", "flat", "appos", "conj") and token.head != token:
        token = token.head
    return token.dep_ in SUBJECT_DEPS


def _is_definite_singular(token: Token) -> bool:
    if token.tag_ in ("NNS", "NNPS"):
        return False
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _group_name(subject: Token) -> str:
    tokens = [t for t in subject.subtree if t.dep_ not in ("relcl", "punct") and not t.is_punct]
    words = [t.text for t in tokens if t.i <= subject.i or t.dep_ in ("prep", "pobj", "compound", "amod")]
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    return " ".join(words) or subject.text


def _cue_text(verb: Token) -> str:
    particles = [c.text for c in verb.children if c.dep_ == "prt" or c.lower_ in PARTICLE_VERBS.get(verb.lemma_, ())]
    return " ".join([verb.text, *particles[:1]])


def _wholly_quoted(content: tuple[int, int], quotes: Sequence[tuple[int, int]]) -> bool:
    return any(s <= content[0] + 1 and content[1] - 1 <= e for s, e in quotes)


def _direct_question(past: str, quotes: Sequence[tuple[int, int]], text: str) -> str:
    quoted = " ".join(tidy(text[s:e]) for s, e in quotes)
    if '"' in quoted or "\u201c" in quoted or len(quoted.split()) < 4:
        return ""
    return f'{past} "{quoted}"'


def drop_nested(found: list[Found]) -> list[Found]:
    """A report inside another report's words ("..., argued Mr Howard" over "Mr Blair claiming") is not kept."""
    return [f for f in found if not any(o is not f and o.content[0] <= f.cue_char < o.content[1] for o in found)]


@dataclass(frozen=True)
class Discourse:
    """What attribution learned about the article: who said what, and who each "he"/"she" is."""

    attributions: tuple[Attribution, ...]
    pronouns: dict[tuple[int, int], Person]  # (block, token index) of a subject pronoun -> person


def read_discourse(docs: Sequence[tuple[int, Doc]], people: People) -> Discourse:
    attributor = Attributor(people)
    found: dict[tuple[str, str], Attribution] = {}
    for block, doc in docs:
        for f in attributor.paragraph(block, doc):
            found.setdefault((f.attribution.speaker, f.attribution.statement), f.attribution)
    return Discourse(tuple(found.values()), attributor.pronouns)
