"""Who a speaker is: a named person, "he" or "she" along the chain of subjects, a title, or a group.

The memory of the article read so far is one record per sentence: which people were its subjects,
who spoke in it, and whether its subject was a person we could not name. A pronoun is resolved
only when that memory leaves one candidate; otherwise the statement is left unattributed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..doctext import text_of
from ..items import Person
from ..people import ARTICLES, PARTY_WORDS, People
from ..resources import (
    DEMONSTRATIVES,
    FEMALE_NOUNS,
    GROUP_PRONOUNS,
    MALE_NOUNS,
    PERSONAL_PRONOUNS,
    ROLE_NOUNS,
    UNNAMED_PERSON_NOUNS,
)
from ..standalone import a_person_by_nationality, an_age_for_a_person
from .content import SUBJECT_DEPS, content_clause
from .lexicon import reporting_verbs
from .quotations import Quotation, inside

POSSESSIVE_PRONOUNS = {"his": "male", "her": "female", "him": "male", "himself": "male", "herself": "female"}
# Words that make a title another holder of the office: "the last prime minister", "the new chairman".
SEQUENCE_WORDS = frozenset({"last", "next", "first", "previous", "former", "late", "future", "new", "then"})
# Cues that say the last speaker goes on: "He added", "she continued".
CONTINUING_CUES = frozenset({"add", "continue"})
PRONOUN_LOOKBACK_SENTENCES = 4
CONTINUING_LOOKBACK_SENTENCES = 4
TITLE_FALLBACK_SENTENCES = 6
VAGUE_GROUPS = frozenset({"many", "some", "others", "most", "few"})
AGE = re.compile(r"\d+-year-old$")
PERSON_NOUN_ENDINGS = ("ist", "ian")  # "medallist", "politician": nouns for a person, whatever the field
MIN_PERSON_NOUN_LENGTH = 7  # not "list", "fist", "asian"


@dataclass(frozen=True)
class Speaker:
    name: str
    kind: str  # "person" or "group"
    mention: str
    person: Person | None = None


@dataclass
class SentenceMemory:
    subjects: list[Person] = field(default_factory=list)  # people the sentence's clauses are about, in order
    speakers: list[Speaker] = field(default_factory=list)
    named: list[Person] = field(default_factory=list)  # everyone named outside quotation marks
    embedded: list[Person] = field(default_factory=list)  # subjects of clauses inside the sentence
    unplaced: bool = False  # its subject was a person we could not name ("a spokesman", "the chancellor")

    def speaking(self) -> list[Person]:
        return [s.person for s in self.speakers if s.person is not None]


def unique(persons: Iterable[Person]) -> list[Person]:
    return list({p.name: p for p in persons}.values())


def reported_before(pronoun: Token) -> frozenset[int]:
    """ "Mr Blair has failed ..., he claimed", "The Tories, he said, can ...": the tokens of the words a
    parenthetical cue after them reports, whose people are what "he" speaks about, not who he is."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in reporting_verbs():
        return frozenset()
    if pronoun.i == 0 or pronoun.nbor(-1).text != ",":
        return frozenset()  # "after he said he was hit": the words said come after the cue
    return frozenset(t.i for t in content_clause(verb) if t.i < pronoun.i)


def asked_about(pronoun: Token) -> frozenset[int]:
    """ "Asked if Mr Blunkett could return, he replied ...": the people of the question he was asked are what
    he speaks about; he is the one asked, someone named before."""
    verb = pronoun.head
    lead = next((c for c in verb.children if c.dep_ == "advcl" and c.i < pronoun.i and c.lower_ == "asked"), None)
    if pronoun.dep_ not in SUBJECT_DEPS or lead is None or any(c.dep_ in SUBJECT_DEPS for c in lead.children):
        return frozenset()
    return frozenset(t.i for t in lead.subtree)


def noun_gender(lemma: str) -> str | None:
    """ "woman", "chairwoman" -> female; "man", "spokesman" -> male; "chair", "official" -> None."""
    if lemma in FEMALE_NOUNS or lemma.endswith("woman"):
        return "female"
    if lemma in MALE_NOUNS or lemma.endswith("man") and lemma not in ("german", "roman", "human"):
        return "male"
    return None


def fits(person: Person, gender: str) -> bool:
    return person.gender in (None, gender)


def _under_preposition(token: Token, subject: Token) -> bool:
    """A name governed, within the subject phrase, by "for": someone spoken for ("lawyers for X and Y")."""
    for ancestor in token.ancestors:
        if ancestor == subject:
            return False
        if ancestor.dep_ == "prep" and ancestor.lower_ == "for":
            return True
    return False


def is_person_noun(token: Token) -> bool:
    """A common noun for a person holding a title or doing a job: "chancellor", "medallist", "31-year-old"."""
    lemma = token.lemma_.lower()
    if lemma in ROLE_NOUNS or AGE.search(token.text) or lemma == "old" and AGE.search(span_text(token)):
        return True
    if token.ent_type_ == "NORP" and token.pos_ in ("NOUN", "PROPN") and token.tag_ in ("NN", "NNP"):
        return not token.lower_.endswith("s")  # "the Italian", "the Scot"; but "the Kiwis", tagged singular
    return token.pos_ == "NOUN" and len(lemma) >= MIN_PERSON_NOUN_LENGTH and lemma.endswith(PERSON_NOUN_ENDINGS)


def is_definite_singular(token: Token) -> bool:
    if token.tag_ in ("NNS", "NNPS"):
        return False
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def is_subject(token: Token) -> bool:
    while token.dep_ in ("compound", "flat", "appos", "conj") and token.head != token:
        token = token.head
    return token.dep_ in SUBJECT_DEPS


def person_like(token: Token) -> bool:
    """A subject that stands for one person: a title ("the chancellor"), a description ("the Scot", "the
    Frenchman", "the 57-year-old") or "he" / "she"."""
    if token.lower_ in PERSONAL_PRONOUNS:
        return True
    if token.lemma_.lower() == "source" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False  # "the source of Chelsea's anger": where it came from, not an informant
    if token.tag_ not in ("NN", "NNP") or not is_definite_singular(token) and token.tag_ == "NN":
        return token.tag_ == "NN" and (is_person_noun(token) or token.lemma_.lower() in UNNAMED_PERSON_NOUNS)
    lemma = token.lemma_.lower()
    people_of_a_country = token.ent_type_ == "NORP" and token.lower_.endswith("s")  # "the Kiwis", tagged singular
    if people_of_a_country:
        return False
    described = token.ent_type_ == "NORP" or lemma.endswith(("man", "woman")) or lemma.endswith("-old")
    return is_person_noun(token) or lemma in UNNAMED_PERSON_NOUNS or described


def unknown_person(token: Token, people: People, block: int) -> bool:
    """A name the model calls a person's, or a bare proper noun, that the article's people do not include."""
    if token.pos_ != "PROPN" or people.at(block, token.i) is not None:
        return False
    return token.ent_type_ in ("PERSON", "")


def is_main_subject(token: Token) -> bool:
    """The subject of the sentence's main clause (or of a verb joined to it), not of a clause inside it."""
    while token.dep_ in ("compound", "flat", "appos", "conj") and token.head != token:
        token = token.head
    if token.dep_ not in SUBJECT_DEPS:
        return False
    verb = token.head
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _names(name: Token, noun: Token) -> bool:
    """Whether the name is the noun's own (in a compound or apposition), not someone it relates to."""
    return (
        name.head == noun
        and name.dep_ in ("appos", "compound", "flat")
        or noun.head == name
        and noun.dep_
        in (
            "compound",
            "appos",
        )
    )


def span_text(subject: Token) -> str:
    start, end = subject.left_edge, subject.right_edge
    return " ".join(text_of(subject.doc)[start.idx : end.idx + len(end)].split()).strip(" ,;:-")


def group_name(subject: Token) -> str:
    tokens = [t for t in subject.subtree if t.dep_ not in ("relcl", "punct") and not t.is_punct]
    words = [t.text for t in tokens if t.i <= subject.i or t.dep_ in ("prep", "pobj", "compound", "amod")]
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    return " ".join(words) or subject.text


class Speakers:
    """Resolves speakers against what the article has said so far."""

    def __init__(self, people: People) -> None:
        self.people = people
        self.memory: list[SentenceMemory] = []
        self.pronouns: dict[tuple[int, int], Person] = {}  # (block, token) of a resolved subject pronoun or title
        self.quotations: Sequence[Quotation] = ()  # of the paragraph being read
        self.titles_given: dict[tuple[str, frozenset[str]], Person] = {}  # "the prime minister" read as Blair

    def begin_paragraph(self, quotations: Sequence[Quotation]) -> None:
        self.quotations = quotations

    @property
    def sentence(self) -> int:
        """The number of the sentence being read."""
        return len(self.memory)

    # --- one subject -----------------------------------------------------------------------

    def speaker(self, block: int, subject: Token, cue: str | None = None) -> Speaker | None:
        lower = subject.lower_
        mention = span_text(subject)
        if lower in PERSONAL_PRONOUNS:
            person = self.pronoun(block, subject, cue)
            return Speaker(person.name, "person", subject.text, person) if person else None
        if lower in POSSESSIVE_PRONOUNS:
            person = self.possessive(block, subject)
            return Speaker(person.name, "person", subject.text, person) if person else None
        if lower in GROUP_PRONOUNS:
            group = self._recent_group()
            return Speaker(group.name, "group", subject.text) if group else None
        if subject.pos_ == "PRON" or lower in DEMONSTRATIVES or lower == "there":
            return Speaker(mention, "group", mention) if lower in VAGUE_GROUPS else None
        named = self._named(block, subject)
        if named == "ambiguous":
            return None
        if isinstance(named, Person):
            return Speaker(named.name, "person", mention, named)
        if is_person_noun(subject) and subject.lemma_.lower() not in UNNAMED_PERSON_NOUNS:
            if is_definite_singular(subject):
                person = self.title(subject)
                return Speaker(person.name, "person", mention, person) if person else None
        if subject.pos_ == "PROPN" and subject.ent_type_ in ("PERSON", ""):
            return None  # a name the article never gave in full: not sure who it is
        return Speaker(group_name(subject), "group", mention)

    def holder(self, block: int, token: Token) -> Speaker | None:
        """Whose a reported statement is, from its possessor: "his warning", "Smith's claim"."""
        if token.lower_ in POSSESSIVE_PRONOUNS:
            person = self.possessive(block, token)
        else:
            person = self.people.at(block, token.i)
        return Speaker(person.name, "person", token.text, person) if person else None

    def _named(self, block: int, subject: Token) -> Person | str | None:
        """The one person the subject phrase names as the speaker ("Assistant to ... Yuri Ushakov")."""
        start, end = subject.left_edge.i, subject.right_edge.i + 1
        doc = subject.doc
        clauses = {t.i for c in subject.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
        persons = []
        for mention, person in self.people.in_span(block, start, end):
            if mention.start in clauses:
                continue  # "Clapton, who joined Guy and King": a name inside a clause about the subject
            before = doc[mention.start - 1] if mention.start > start else None
            after = doc[mention.end] if mention.end < end else None
            if after is not None and after.text in ("'s", "'", "\u2019s", "\u2019"):
                continue  # "Michael Howard's spokesman"
            if before is not None and before.pos_ == "ADP" and before.lower_ != "of" or _under_preposition(
                doc[mention.end - 1], subject
            ):
                continue  # "a spokesman for Michael Howard", "lawyers for Mr Fawcett and Mr McDonald"
            if subject.lemma_.lower() in UNNAMED_PERSON_NOUNS and not _names(doc[mention.end - 1], subject):
                continue  # "an aide to Tony Blair", not "spokesman Mark Oaten"
            persons.append(person)
        distinct = unique(persons)
        if len(distinct) > 1:
            return "ambiguous"
        return distinct[0] if distinct else None

    def pronoun(self, block: int, pronoun: Token, cue: str | None = None) -> Person | None:
        """He/she: the one person of that gender the sentence or the chain of subjects before it offers.

        The "he" of a cue after the words it reports is not the person those words are about: in "Mr Blair
        has failed, he claimed" he is someone before."""
        gender = PERSONAL_PRONOUNS[pronoun.lower_]
        if cue in CONTINUING_CUES and (last := self._last_person_speaker(gender)) is not None:
            return last if fits(last, gender) else None
        return self._resolve(gender, self._so_far(block, pronoun, reported_before(pronoun) | asked_about(pronoun)))

    def possessive(self, block: int, pronoun: Token) -> Person | None:
        """His/her/him: as for he/she, the pronoun's own clause read first."""
        gender = PERSONAL_PRONOUNS.get(pronoun.lower_) or POSSESSIVE_PRONOUNS.get(pronoun.lower_)
        return self._resolve(gender, self._so_far(block, pronoun)) if gender else None

    def _so_far(self, block: int, pronoun: Token, reported: frozenset[int] = frozenset()) -> SentenceMemory:
        """What the pronoun's own sentence has said before it (but for the words its cue reports)."""
        doc, sent = pronoun.doc, pronoun.sent
        memory = SentenceMemory()
        for mention, person in self.people.in_span(block, sent.start, pronoun.i):
            if mention.start in reported:
                if is_subject(doc[mention.end - 1]):
                    memory.embedded.append(person)
            elif not inside(doc[mention.start].idx, self.quotations):
                memory.named.append(person)
                if is_subject(doc[mention.end - 1]):
                    memory.subjects.append(person)
        for token in doc[sent.start : pronoun.i]:  # "While saying he admired ..., he criticised ...": the first "he"
            if (
                token.lower_ in PERSONAL_PRONOUNS
                and token.dep_ in SUBJECT_DEPS
                and not inside(token.idx, self.quotations)
            ):
                if (block, token.i) not in self.pronouns and (earlier := self.pronoun(block, token)):
                    self.pronouns[(block, token.i)] = earlier
        memory.subjects += [
            p for (b, i), p in self.pronouns.items() if b == block and sent.start <= i < pronoun.i and i not in reported
        ]
        memory.unplaced = not memory.subjects and any(
            unknown_person(t, self.people, block) for t in doc[sent.start : pronoun.i] if t.dep_ in SUBJECT_DEPS
        )
        return memory

    def _resolve(self, gender: str, here: SentenceMemory) -> Person | None:
        """Walk back from the pronoun: the nearest subject of that gender, unless another person of that
        gender was named in between; a person named only as an object counts when no subject competes.

        "He then scored" after "... said coach Smith, praising Jones" is not certain, and is left alone.
        """
        candidate: Person | None = None
        for memory in [here, *reversed(self.memory[-PRONOUN_LOOKBACK_SENTENCES:])]:
            subjects = [p for p in unique([*memory.subjects, *memory.speaking()]) if fits(p, gender)]
            named = [p for p in unique([*memory.named, *subjects]) if fits(p, gender)]
            if not subjects and any(p.gender is None for p in named):
                return candidate if candidate is not None and candidate in named else None  # named only, sex unknown
            rivals = [p for p in unique(memory.embedded) if fits(p, gender) and p not in subjects]
            if memory.unplaced and candidate is None:
                return None  # "the chancellor said ...", "Ronaldino wasted ...": someone we cannot name
            if not subjects and any(not p.gender_known for p in memory.subjects):
                return candidate  # a subject of the other sex by given name only: a unisex name could be wrong
            if subjects:
                if len(subjects) > 1 or rivals:
                    return None  # "Hardy said Mr Brown would ... He would contrast ...": which of them?
                return subjects[0] if candidate in (None, subjects[0]) else None
            if named:
                if len(named) > 1 or candidate not in (None, named[0]):
                    return None
                candidate = named[0]
        return candidate

    def _last_person_speaker(self, gender: str | None = None) -> Person | None:
        """The one person who spoke last, unless someone else of that gender has been the subject since
        ("Keeper Tony Bullock echoed McIntyre's sentiments. '...,' he added": Bullock goes on, not McIntyre)."""
        since: list[Person] = []  # subjects of the sentences after the last speaker's, of that gender
        for memory in reversed(self.memory[-CONTINUING_LOOKBACK_SENTENCES:]):
            if memory.speakers:
                people = unique(s.person for s in memory.speakers if s.person)
                if len(people) != 1 or len(memory.speakers) != 1:
                    return None
                return people[0] if all(p.name == people[0].name for p in since) else None
            since += [p for p in memory.subjects if gender is not None and fits(p, gender)]
        return None

    def _recent_group(self) -> Speaker | None:
        for memory in reversed(self.memory[-2:]):
            if memory.speakers:
                last = memory.speakers[-1]
                return last if last.kind == "group" else None
        return None

    def title(self, subject: Token) -> Person | None:
        """ "the foreign secretary": the person the article gave that title, else the person just named."""
        if an_age_for_a_person(subject):
            return None  # "said the 22-year-old": an age fits anyone, not surely the person just named
        if any(c.lower_ in SEQUENCE_WORDS or _infinitive(c) for c in subject.children):
            return None  # "The last prime minister to be installed younger": another holder of the office
        owned = any(c.dep_ == "poss" for c in subject.children)  # "Mr Sigarchi's lawyer", "the campaign's director"
        head = subject.lemma_.lower()
        qualifiers = frozenset(
            c.lower_ for c in subject.children if c.dep_ in ("amod", "compound") and c.is_alpha and not c.is_stop
        )
        introduced = {p.name for memory in self.memory for p in memory.named}
        titled = [p for p in self.people.with_title(head, qualifiers) if p.name in introduced]
        if owned:  # "the campaign's director" is no "Supreme leader" of another body, whatever "leader" may fit
            titled = [p for p in titled if any(r.head == head for r in p.roles)]
        if len(titled) == 1:
            return titled[0]
        if titled or any(r.head == head for p in self.people.persons.values() if p.name in introduced for r in p.roles):
            return None
        office = head in ROLE_NOUNS  # "the chancellor" is an office; "the Italian", "the 31-year-old" describe
        partisan = (c.lower_ in PARTY_WORDS or c.ent_type_ == "NORP" for c in subject.children if c.dep_ != "det")
        if any(partisan):
            return None  # "The Tory leader": a party's office, not surely whoever was just named
        person = None if owned else self._just_named(head, office)  # whoever holds it, not the one just named
        given = self.titles_given.setdefault((head, qualifiers), person) if person else None
        # "The prime minister" was Blair a paragraph ago; after "Mr Bush was sworn in" it is still Blair
        return person if given == person else None

    def _just_named(self, head: str, office: bool) -> Person | None:
        """News style: a later title stands for the person just named as subject or speaker."""
        sex = noun_gender(head)
        for memory in reversed(self.memory[-TITLE_FALLBACK_SENTENCES:]):
            people = unique([*memory.subjects, *memory.speaking()])
            if people:
                if len(people) > 1 or office and people[0].roles or sex and people[0].gender != sex:
                    return None  # "The woman reported ..." after "Cosby": someone else
                if office and not self._has_spoken(people[0]):
                    return None  # "The manager ..." after a player the story only tells of: not surely him
                return people[0]
        return None

    def _has_spoken(self, person: Person) -> bool:
        return any(p.name == person.name for memory in self.memory for p in memory.speaking())

    # --- after each sentence -----------------------------------------------------------------

    def remember(
        self,
        block: int,
        sent: Span,
        quotations: Sequence[Quotation],
        speakers: Sequence[Speaker],
        reported: Sequence[tuple[int, int]] = (),
    ) -> None:
        """Record the sentence's subjects and speakers, resolving its subject pronouns on the way.

        A person the sentence reports about ("Mr Blair has failed, he claimed": the character range of what
        was said is in `reported`) is a subject of the words said, not of the sentence."""
        doc = sent.doc
        subjects: list[tuple[int, Person]] = []
        named, embedded = [], []
        for mention, person in self.people.in_span(block, sent.start, sent.end):
            if not inside(doc[mention.start].idx, quotations):
                named.append(person)
                if any(start <= doc[mention.start].idx < end for start, end in reported):
                    if is_subject(doc[mention.end - 1]):
                        embedded.append(person)  # the subject of the words said, not of the sentence
                elif is_main_subject(doc[mention.end - 1]):
                    subjects.append((mention.start, person))
                elif is_subject(doc[mention.end - 1]):
                    embedded.append(person)
        for token in sent:
            if token.lower_ in PERSONAL_PRONOUNS and token.dep_ in SUBJECT_DEPS and not inside(token.idx, quotations):
                if (block, token.i) not in self.pronouns and (person := self.pronoun(block, token)):
                    self.pronouns[(block, token.i)] = person
                person = self.pronouns.get((block, token.i))
                if person is not None and is_main_subject(token):
                    subjects.append((token.i, person))
        in_order = unique(p for _, p in sorted(subjects, key=lambda s: s[0]))
        memory = SentenceMemory(in_order, list(speakers), unique(named), unique(embedded))
        root_subject = next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS), None)
        if any(t.pos_ != "VERB" and a_person_by_nationality(t) and not inside(t.idx, quotations) for t in sent):
            memory.unplaced = True  # "The affair still rankles with the Dutchman": a man we cannot name for sure
        elif root_subject is not None and not subjects and unknown_person(root_subject, self.people, block):
            memory.unplaced = True  # "Ronaldino wasted a chance": a name we do not know is a person's
        elif root_subject is not None and not subjects and person_like(root_subject):
            titled = None
            if root_subject.lower_ not in PERSONAL_PRONOUNS and is_definite_singular(root_subject):
                titled = self.title(root_subject)  # "The prime minister ridiculed ..."
            if titled is not None:
                memory.subjects.append(titled)
                self.pronouns[(block, root_subject.i)] = titled  # "The prime minister" of a restated fact
            else:
                memory.unplaced = True
        self.memory.append(memory)


def _infinitive(clause: Token) -> bool:
    """ "the prime minister to be installed ...": which of the office's holders, not the one just named."""
    to = any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in clause.children)
    return clause.dep_ in ("acl", "relcl") and to
