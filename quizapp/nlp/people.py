"""The people of an article: one record per person, with every way the article names them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc, Span, Token

from .attribution.lexicon import reporting_verbs
from .doctext import text_of
from .items import Person, Role
from .names import given_name_gender, is_common_word, is_given_name
from .resources import (
    DESCRIPTION_KINDS,
    FEMALE_HONORIFICS,
    FEMALE_NOUNS,
    GENERIC_ROLE_HEADS,
    HEADS_OF,
    HONORIFICS,
    MALE_HONORIFICS,
    MALE_NOUNS,
    NON_PERSON_NAME_WORDS,
    OFFICE_MODIFIERS,
    PEOPLE_NOUNS,
    PERSON_NOUN_SUFFIXES,
    POST_NOMINALS,
    ROLE_NOUNS,
    UNNAMED_PERSON_NOUNS,
)

PERSON_WORDS = ROLE_NOUNS | PEOPLE_NOUNS | FEMALE_NOUNS | MALE_NOUNS  # "Courtney Love, the widow of ..."
NAME_TRAILERS = frozenset({"'s", "'", "\u2019s", "\u2019"})
# Small words inside a name: "Rodrigo de Rato", "Ludwig van Beethoven", "Ahmed bin Salem".
NAME_PARTICLES = frozenset(
    {"de", "da", "di", "del", "della", "dos", "du", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el"}
)
ARTICLES = frozenset({"the", "a", "an"})
INITIAL = re.compile(r"^[A-Z]{1,2}\.?$")


@dataclass(frozen=True)
class Mention:
    """Where a person is named: block, token range, and the person's key."""

    block: int
    start: int
    end: int
    key: str


@dataclass
class _Draft:
    name: str
    aliases: set[str] = field(default_factory=set)
    roles: list[Role] = field(default_factory=list)
    honorific_gender: str | None = None
    mentions: int = 0
    employer: bool = False  # named as the body someone works for


MAIN_PERSON_MENTIONS = 3


def most_named(counts: Mapping[str, int], minimum: int = MAIN_PERSON_MENTIONS) -> str | None:
    """What a story is about: named at least `minimum` times, and twice as often as anything else of its kind."""
    ranked = Counter(counts).most_common(2)
    if not ranked or ranked[0][1] < minimum or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


@dataclass
class People:
    """The people found in an article's blocks, and the lookups attribution needs."""

    persons: dict[str, Person]
    mentions: list[Mention]
    _by_token: dict[tuple[int, int], str]

    def main_person(self) -> Person | None:
        """The one the story is about (see `most_named`)."""
        key = most_named(Counter(m.key for m in self.mentions))
        return self.persons[key] if key is not None else None

    def at(self, block: int, token_i: int) -> Person | None:
        key = self._by_token.get((block, token_i))
        return self.persons.get(key) if key else None

    def in_span(self, block: int, start: int, end: int) -> list[tuple[Mention, Person]]:
        return [(m, self.persons[m.key]) for m in self.mentions if m.block == block and start <= m.start < end]

    def with_title(self, head: str, qualifiers: frozenset[str]) -> list[Person]:
        """People the article gave a title that fits "the <qualifiers> <head>"."""
        return [p for p in self.persons.values() if any(title_fits(r, head, qualifiers) for r in p.roles)]

    def title_heads(self) -> set[str]:
        return {r.head for p in self.persons.values() for r in p.roles}


def title_fits(role: Role, head: str, qualifiers: frozenset[str]) -> bool:
    """ "the North Korean President" fits "North Korean leader"; "the chancellor" does not fit "shadow chancellor"."""
    heads_agree = (
        role.head == head or head in GENERIC_ROLE_HEADS or role.head in GENERIC_ROLE_HEADS and head in HEADS_OF
    )
    # "the leader" fits a minister, "the President" a "North Korean leader"; "the skipper" is no club's boss
    other_office = (role.qualifiers & OFFICE_MODIFIERS) - qualifiers
    return heads_agree and not other_office and qualifiers <= role.qualifiers | {role.head}


def name_words(text: str) -> list[str]:
    return text.replace("\u2019", "'").split()


def _trim_name(span: Span) -> tuple[Span, str | None]:
    """Strip honorifics, titles and a possessive from a PERSON span; return it with the honorific."""
    start, end = span.start, span.end
    doc = span.doc
    honorific = None
    while end > start and (doc[end - 1].text in NAME_TRAILERS or doc[end - 1].is_punct or _post_nominal(doc[end - 1])):
        end -= 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and span.root.head == doc[end]:
        if _post_nominal(doc[end]):
            break  # "Frank Field MP": the letters after a name are not the name
        end += 1  # the model stopped short: "Susilo Bambang" of "Susilo Bambang Yudhoyono's"
    while end < len(doc) and end > start and _middle_initial(doc[end - 1]) and _name_shaped(doc[end]):
        end += 1  # "Bruce L Castor Jr": the model stopped at the middle initial
    while (
        start < end
        and (
            doc[start].lower_ in HONORIFICS
            or doc[start].lower_ in ROLE_NOUNS
            or doc[start].lower_ in POST_NOMINALS  # "MEP Caroline Lucas"
            or doc[start].lower_ in FRONTED_CUES  # "Said Wales coach Scott Johnson: ...": the verb, put first
            or not doc[start].text[:1].isupper()
        )
    ):
        if doc[start].lower_ in HONORIFICS:
            honorific = doc[start].lower_
        start += 1
    while end - start >= 2 and _is_descriptor(doc[start], doc[start + 1]):
        start += 1  # "Songwriter Guy Chambers", "Model Anna Nicole Smith": a description, then the name
    while end - start >= 3 and _a_demonym(doc[start]):
        start += 1  # "Russian Dmitriy Bogdanov": his people, then his name
    inner = [t.i for t in doc[start:end] if t.lower_ in HONORIFICS]
    if inner:  # "Tanzania Mr Brown": the name is what follows the honorific
        start = inner[-1] + 1
        honorific = doc[inner[-1]].lower_
    if start > 0 and doc[start - 1].lower_ in HONORIFICS:
        honorific = doc[start - 1].lower_
    return doc[start:end], honorific


FRONTED_CUES = frozenset({"said", "says", "added", "adds"})


def _middle_initial(token: Token) -> bool:
    return len(token.text.rstrip(".")) == 1 and token.text[:1].isupper() and token.i > 0 and token.nbor(-1).is_title


GROUPS_OF_PEOPLE = frozenset({"people", "families", "children", "men", "women", "parents", "workers", "members"})
PARTY_WORDS = frozenset({
    "tory", "labour", "conservative", "liberal", "democrat", "republican", "ukip", "snp", "tories", "conservatives",
    "liberals", "democrats", "republicans",
})  # fmt: skip


def _is_descriptor(word: Token, following: Token) -> bool:
    """A word before a name that describes the person ("Songwriter", "Croatian", "MEP"), then a given name.

    Only a word for a person or a people: "New" of "New York Times" is part of the name.
    """
    if not is_given_name(following.text):
        return False
    if word.lower_ in PARTY_WORDS:
        return True  # "Tory Liam Fox": a member of a party, then the name ("Tory" is also a given name)
    if is_given_name(word.text):
        return False
    lower = word.lower_
    person_word = lower in ROLE_NOUNS or lower.endswith(PERSON_NOUN_SUFFIXES)
    return word.ent_type_ == "NORP" or person_word and is_common_word(word.text) or lower in POST_NOMINALS


def _looks_like_name(span: Span) -> bool:
    """Capitalised words without digits: "Kim Jong-un", "Rachel Lomax", "O'Neill"."""
    words = name_words(span.text)
    return (
        bool(words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all((w[:1].isupper() or w in NAME_PARTICLES) and not any(c.isdigit() for c in w) for w in words)
        and not any(w.lower().strip(".") in NON_PERSON_NAME_WORDS for w in words)
    )


FOREIGN_ARTICLES = frozenset({"La", "Le", "Les", "El", "Il", "Los", "Las", "Der", "Die", "Das"})


def _is_not_a_person(span: Span, honorific: str | None) -> bool:
    """The article itself shows the name is a thing: "the Aurus Senat", "a limousine, Aurus"."""
    if honorific:
        return False
    if span[0].text in FOREIGN_ARTICLES and len(span) > 1:
        return True  # "La Scala", "La Boheme", "El Nino": a house, a work, a current
    if span[-1].lower_ in GROUPS_OF_PEOPLE:
        return True  # "Young People" of "Minister for Children, Young People and Families": a group, no one

    root = span.root
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in ARTICLES and before.head.i in range(span.start, span.end):
        return True
    described = before is not None and before.pos_ == "ADJ" and before.lemma_.lower() not in ROLE_NOUNS
    described = described and not (before.ent_type_ in ("PERSON", "NORP") and _a_demonym(before))  # "Russian X"
    if described and before.head.i in range(span.start, span.end):
        return True  # "the official presidential Aurus"; not "Chief executive Jean-Pierre Garnier", a title
    if root.dep_ == "appos" and _is_thing_noun(root.head):
        return True
    if root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" and root.head.i > root.i:
        return True  # "Lib Dem leader", "St Katherine's dock": a name used as a modifier
    if before is not None and before.dep_ == "compound" and before.head == root and _is_thing_noun(before):
        return True  # "Mexican outfit Red Sharks Veracruz"
    plural_role = before is not None and before.tag_ == "NNS" and before.lemma_.lower() in ROLE_NOUNS
    if plural_role and not is_given_name(span[0].text):
        return True  # "consultants Strategy Analytics", "analysts Gartner": people in the plural, a firm
    if before is not None and before.pos_ == "PROPN" and before.head == root and before.text[:1].isupper():
        title = before.lower_ in HONORIFICS or before.lemma_.lower() in ROLE_NOUNS or before.lower_ in POST_NOMINALS
        title = title or _is_descriptor(before, span[0])  # "Conductor Marcello Viotti"
        if not title and not is_given_name(before.text) and before.ent_type_ in ("", "PERSON"):
            return True  # "New" of "New York Times": the name runs on to the left, and is no person's
    return any(c.dep_ == "appos" and _is_thing_noun(c) for c in root.children)


def _works_for(name: Token) -> bool:
    """The object of "of", "at" or "for" after a word for a person: "director of Age Concern"."""
    preposition = name.head
    if name.dep_ != "pobj" or preposition.lower_ not in ("of", "at", "for", "with"):
        return False
    holder = preposition.head
    return holder.lemma_.lower() in ROLE_NOUNS or holder.lemma_.lower() in UNNAMED_PERSON_NOUNS


def _is_thing_noun(token: Token) -> bool:
    """A common noun that names no kind of person: "limousine", "outfit", "dock"."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "NOUN"
        and lemma not in ROLE_NOUNS
        and lemma not in UNNAMED_PERSON_NOUNS
        and not lemma.endswith(PERSON_NOUN_SUFFIXES)
    )


def _honorific_names(doc: Doc) -> Iterable[tuple[Span, str]]:
    """ "Mr Brown" where the model found no person: the capitalised words after the honorific."""
    for token in doc:
        if token.lower_ in HONORIFICS and token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
            if doc[token.i + 1].lower_ in ROLE_NOUNS:
                continue  # "Lord Chancellor Lord Falconer": an office, then the name with its own honorific
            end = token.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                if doc[end].lower_ in HONORIFICS:
                    break
                end += 1
                if end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ and doc[end + 1].is_title:
                    end += 2  # "Mr Hulme-Cross"
            yield doc[token.i + 1 : end], token.lower_


def _name_spans(doc: Doc) -> list[tuple[Span, str | None, bool]]:
    """(name span, honorific, rejected) for each person the model or an honorific names."""
    found: dict[int, tuple[Span, str | None, bool]] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" and not _titled_name(ent):
            continue
        span, honorific = _trim_name(ent)
        if _looks_like_name(span):
            found[span.start] = (span, honorific, _is_not_a_person(span, honorific))
    for span, honorific in _honorific_names(doc):
        if not any(s.start <= span.start < s.end for s, _, _ in found.values()):
            found[span.start] = (span, honorific, False)
    return [found[k] for k in sorted(found)]


def _titled_name(ent: Span) -> bool:
    """ "South African president Thabo Mbeki": a role noun right before a proper name marks a person."""
    if len(ent) < 2 or not all(t.pos_ == "PROPN" for t in ent) or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.lemma_.lower() in ROLE_NOUNS and before.head == ent.root and before.dep_ == "compound"


def _role_from_tokens(tokens: Sequence[Token]) -> Role | None:
    words = [t for t in tokens if not t.is_punct]
    while words and words[0].lower_ in ARTICLES:
        words = words[1:]
    while words and words[-1].lower_ in HONORIFICS:
        words = words[:-1]  # "Lord Chancellor Lord Falconer": the last "Lord" goes with the name
    if "'s" in [t.lower_ for t in words]:
        last = max(i for i, t in enumerate(words) if t.lower_ == "'s")
        words = words[last + 1 :]
    heads = [t for t in words if t.lemma_.lower() in ROLE_NOUNS or t.lower_ in ROLE_NOUNS]
    if not heads:
        return None
    head = heads[0] if heads[0].i < words[-1].i and heads[0].nbor(1).pos_ == "ADP" else heads[-1]
    quals = frozenset(t.lower_ for t in words if t != head and t.is_alpha and not t.is_stop)
    return Role(" ".join(t.text for t in words), head.lower_, quals)


def _roles_of(span: Span) -> list[Role]:
    """Titles given next to the name: "Russian President X", "X, the Ukrainian leader", "Assistant to ... X"."""
    doc, root = span.doc, span.root
    roles = []
    left = [t for t in root.subtree if t.i < span.start]
    if left and left[-1].i == span.start - 1:
        contiguous = [t for t in left if t.i >= _run_start(left)]
        if role := _role_from_tokens(contiguous):
            roles.append(role)
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i and child.lemma_.lower() in ROLE_NOUNS:
            if role := _role_from_tokens(list(child.subtree)):
                roles.append(role)
    if root.dep_ == "appos" and root.head.lemma_.lower() in ROLE_NOUNS and root.head.i < span.start:
        top = root.head
        while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.lemma_.lower() in ROLE_NOUNS:
            top = top.head.head
        tokens = [t for t in top.subtree if t.i < span.start and t.i >= top.left_edge.i]
        if role := _role_from_tokens([doc[i] for i in range(tokens[0].i, span.start)] if tokens else []):
            roles.append(role)
    return roles


def _run_start(tokens: list[Token]) -> int:
    """Index where the contiguous run of tokens ending at the last one begins."""
    start = tokens[-1].i
    for t in reversed(tokens):
        if t.i != start - 1 and t.i != start:
            break
        start = t.i
    return start


def _gender(honorific: str | None) -> str | None:
    if honorific in MALE_HONORIFICS:
        return "male"
    if honorific in FEMALE_HONORIFICS:
        return "female"
    return None


NON_PERSON_TAG_WEIGHT = 2  # the model calling the same words a place or firm outweighs a PERSON tag
NON_PERSON_LABELS = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})


def _person_spans(docs: Sequence[Doc]) -> list[tuple[int, Span, str | None]]:
    """Names used as people more often than the article shows them to be things."""
    found = [(b, span, hon, bad) for b, doc in enumerate(docs) for span, hon, bad in _name_spans(doc)]
    votes: Counter[str] = Counter()
    for _, span, _, bad in found:
        votes[span.text] += -1 if bad else 1
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ in NON_PERSON_LABELS and not _titled_name(ent):
                votes[ent.text] -= NON_PERSON_TAG_WEIGHT  # "Sri Lanka", tagged a place elsewhere
    honorific = {span.text for _, span, hon, _ in found if hon}
    return [(b, s, h) for b, s, h, _ in found if votes[s.text] > 0 or s.text in honorific]


def find_people(docs: Sequence[Doc]) -> People:
    """Cluster the article's person names into people with aliases and roles."""
    spans = _person_spans(docs)
    spans += _recovered_full_names(docs, spans)
    spans += _speaking_names(docs, spans)
    drafts: dict[str, _Draft] = {}
    key_of_text: dict[str, str] = {}
    for _, span, _ in spans:
        words = name_words(span.text)
        if len(words) >= 2 and span.text not in key_of_text:
            key_of_text[span.text] = _merge_full_name(drafts, words)
    royal = {span.text for _, span, _ in spans if _after_a_royal_title(span)}  # "Prince Charles": not Charles Kennedy
    for _, span, honorific in spans:
        words = name_words(span.text)
        if len(words) == 1 and span.text not in key_of_text and span.text not in royal and not _peer_of_a_place(
            span, honorific
        ):
            owners = [k for k, d in drafts.items() if _shortens(words[0], d.name) and _same_sex(d, honorific)]
            if len(owners) == 1:
                key_of_text[span.text] = owners[0]
                drafts[owners[0]].aliases.add(span.text)
    for _, span, honorific in spans:  # "Lord Falconer", "Mr Hockney": a surname the article never gives in full
        if honorific and span.text not in key_of_text and len(name_words(span.text)) == 1:
            if any(_shortens(span.text, d.name) for d in drafts.values()) and not _peer_of_a_place(span, honorific):
                continue  # "Ms Clarkson" beside Donna and Lana Clarkson: one of them, but which?
            misspelt = [k for k, d in drafts.items()
                        if _misspelt_surname(span.text, d.name) and _same_sex(d, honorific)]
            if len(misspelt) == 1:  # "Mr Mafeca" of a story on Billy Macaefa: him, with two letters swapped
                drafts[misspelt[0]].aliases.add(span.text)
                key_of_text[span.text] = misspelt[0]
                continue
            name = f"{span.doc[span.start - 1].text} {span.text}" if span.start else span.text
            drafts.setdefault(name, _Draft(name)).aliases.add(span.text)
            key_of_text[span.text] = name
    mentions, by_token = [], {}
    for block, span, honorific in spans:
        key = key_of_text.get(span.text)
        if key is None or (block, span.start) in by_token:
            continue
        draft = drafts[key]
        draft.honorific_gender = draft.honorific_gender or _gender(honorific)
        for role in _roles_of(span):
            if role not in draft.roles:
                draft.roles.append(role)
        _add_mention(mentions, by_token, block, span, key)
        draft.mentions += 1
    for block, span, key in _alias_mentions(docs, drafts, by_token):
        _add_mention(mentions, by_token, block, span, key)
        drafts[key].mentions += 1
        if len(span) == 1 and span.text != drafts[key].name:
            drafts[key].aliases.add(span.text)  # "said O'Leary", tagged a body: the surname the article uses
    for mention in mentions:  # "director of Age Concern": a body people work for, however the model tagged it
        if _works_for(docs[mention.block][mention.end - 1]):
            drafts[mention.key].employer = True
    mentions.sort(key=lambda m: (m.block, m.start))
    persons = {
        k: Person(
            d.name,
            tuple(sorted(d.aliases - {d.name})),
            tuple(d.roles),
            _draft_gender(d),
            _confirmed(d),
            d.honorific_gender is not None,
        )
        for k, d in drafts.items()
        if d.mentions and not _named_like_a_thing(d) and not d.employer
    }
    mentions = [m for m in mentions if m.key in persons]
    return People(persons, mentions, {place: key for place, key in by_token.items() if key in persons})


ROYAL_TITLES = frozenset({"prince", "princess", "king", "queen", "duke", "duchess", "emperor", "empress", "sultan"})


def _after_a_royal_title(span: Span) -> bool:
    """ "Prince Charles", "King Abdullah": a royal is known by the given name alone, which names no one else."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in ROYAL_TITLES


def _peer_of_a_place(span: Span, honorific: str | None) -> bool:
    """ "Lord Roberts of Conwy": a peer's whole name, not the surname of another Roberts of the article."""
    doc, end = span.doc, span.end
    peer = honorific is not None and honorific.lower() in ("lord", "lady", "baroness", "baron")
    return peer and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].pos_ == "PROPN"


def _shortens(short: str, name: str) -> bool:
    """ "Brown" and "Gordon" shorten "Gordon Brown"; "Kilroy-Silk" shortens "Robert Kilroy Silk"."""
    parts, full = short.replace("-", " ").split(), name.replace("-", " ").split()
    return full[: len(parts)] == parts or full[-len(parts) :] == parts


MIN_SHARED_LETTERS = 0.8


def _misspelt_surname(surname: str, name: str) -> bool:
    """ "Mafeca" of "Billy Macaefa": a long surname of the same first letter and nearly the same letters, in
    another order; the article's typing, not a second person (but names one letter apart are two names)."""
    other = name_words(name)[-1]
    if len(name_words(name)) < 2 or surname == other or min(len(surname), len(other)) < 5:
        return False
    if surname[0] != other[0] or abs(len(surname) - len(other)) > 1:
        return False
    if Levenshtein.distance(surname.lower(), other.lower()) < 2:
        return False  # "Johnston" and "Johnson", "Browne" and "Brown": two names, one letter apart
    shared = sum((Counter(surname.lower()) & Counter(other.lower())).values())
    return shared / max(len(surname), len(other)) >= MIN_SHARED_LETTERS


def _same_sex(draft: _Draft, honorific: str | None) -> bool:
    """ "Mrs Tully" is not Callum Tully: an honorific of one sex does not shorten a given name of the other."""
    said = _gender(honorific)
    named = draft.honorific_gender or given_name_gender(name_words(draft.name)[0])
    return said is None or named is None or said == named


def _add_mention(
    mentions: list[Mention], by_token: dict[tuple[int, int], str], block: int, span: Span, key: str
) -> None:
    mentions.append(Mention(block, span.start, span.end, key))
    for i in range(span.start, span.end):
        by_token[(block, i)] = key


def _draft_gender(draft: _Draft) -> str | None:
    """From an honorific ("Mrs"), else from a given name that is nearly always one gender ("Theresa")."""
    if draft.honorific_gender:
        return draft.honorific_gender
    first = name_words(draft.name)[0]
    return None if first.lower() in HONORIFICS else given_name_gender(first)


# Entities a name-shaped word inside cannot be a person's name: "May" in "in May", "Jordan" the country.
NOT_A_NAME_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"})
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def _alias_mentions(
    docs: Sequence[Doc], drafts: dict[str, _Draft], taken: dict[tuple[int, int], str]
) -> list[tuple[int, Span, str]]:
    """Every other place the article spells a person's name or short name, whatever the model tagged it.

    The model often tags a surname as an organisation in one sentence and a person in the next; a
    name the article has already given a person is that person wherever it stands as a proper noun.
    """
    forms: dict[tuple[str, ...], set[str]] = {}
    for key, draft in drafts.items():
        if not draft.mentions:
            continue
        words = name_words(draft.name)
        for form in {draft.name, *draft.aliases, words[-1]}:
            forms.setdefault(tuple(name_words(form)), set()).add(key)
    unique = {" ".join(form): next(iter(keys)) for form, keys in forms.items() if len(keys) == 1}
    if not unique:
        return []
    alternatives = "|".join(map(re.escape, sorted(unique, key=len, reverse=True)))
    pattern = re.compile(rf"(?<![\w'-])(?:{alternatives})(?![\w-])")
    found = []
    place_votes: Counter[str] = Counter()
    companies: set[str] = set()  # "Ford, the US car company, ...": where the model tags it a body, the firm
    for block, doc in enumerate(docs):
        text = text_of(doc).replace("\u2019", "'")
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end())
            if span is None or any((block, t.i) in taken for t in span):
                continue
            labels = {t.ent_type_ for t in span}
            place_votes[match.group()] += 1 if labels & PLACE_LABELS else -1
            if "ORG" in labels and _described_as_a_company(span):
                companies.add(span.text)
            if all(_name_shaped(t) for t in span if t.is_alpha) and not labels & NOT_A_NAME_LABELS:
                found.append((block, span, unique[match.group()]))
    # a place name more often than not ("Jordan", "Chelsea"): only where it is not tagged a place
    return [
        (b, s, k)
        for b, s, k in found
        if place_votes[s.text.replace("\u2019", "'")] <= 0 or not _tagged_place(s) or _speaking_subject(s.root)
        if s.root.ent_type_ in ("", "PERSON") or s.text not in companies
    ]  # "Dunmore said": a known person's surname speaking is the person, whatever the model tagged it


def _described_as_a_company(span: Span) -> bool:
    """ "Ford, the US car company", "shares in Ford": a firm's name, whoever else bears it."""
    root = span.root
    if any(c.dep_ == "appos" and DESCRIPTION_KINDS.get(c.lemma_.lower()) == frozenset({"ORG"}) for c in root.children):
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.lemma_.lower() == "share"


def _name_shaped(token: Token) -> bool:
    """A proper noun, or a capitalised word the model took for a noun ("But Davies stressed")."""
    return token.pos_ == "PROPN" or token.pos_ == "NOUN" and token.is_title and token.i != token.sent.start


def _tagged_place(span: Span) -> bool:
    return any(t.ent_type_ in PLACE_LABELS for t in span)


def _post_nominal(token: Token) -> bool:
    """ "QC", "MP", "OBE" after a name: letters of an office or honour, not part of the name."""
    return token.lower_ in POST_NOMINALS


def _speaking_subject(token: Token) -> Token | None:
    """The reporting verb a proper noun is the subject of, itself or as the name in apposition to it."""
    subject = token.head if token.dep_ == "appos" and token.head.dep_ == "nsubj" else token
    if subject.dep_ == "nsubj" and subject.head.lemma_.lower() in reporting_verbs():
        return subject.head
    return None


def _described_as_a_person(name: Token) -> bool:
    """A name with a word for a person in apposition: "G Money, a presenter on 1Xtra", "The new chairman of the
    Bar Council, Guy Mansfield QC"."""
    described = [c for c in name.children if c.dep_ == "appos"] + ([name.head] if name.dep_ == "appos" else [])
    return any(
        d.lemma_.lower() in PERSON_WORDS or d.lemma_.lower().endswith(PERSON_NOUN_SUFFIXES) for d in described
    )


def _speaking_names(docs: Sequence[Doc], spans: list[tuple[int, Span, str | None]]) -> list:
    """ "Theresa May, shadow secretary for the family, told ...", "Courtney Love, the widow of ...": a name the
    model missed that speaks or that a word for a person in apposition describes.

    Such a proper noun is a person when it starts with a given name and the article never shows it to be
    a place or an organisation.
    """
    taken = {(b, i) for b, s, _ in spans for i in range(s.start, s.end)}
    found = []
    for block, doc in enumerate(docs):
        for token in doc:
            if token.pos_ != "PROPN" or token.dep_ == "compound":
                continue
            speaks = _speaking_subject(token) is not None
            if not (speaks or _described_as_a_person(token)):
                continue
            start, end = token.left_edge.i, token.i + 1
            if any(t.dep_ not in ("compound", "flat") for t in doc[start : token.i]):
                start = token.i
                while start > 0 and doc[start - 1].dep_ in ("compound", "flat") and doc[start - 1].head == token:
                    start -= 1
            letters_after = end > start + 1 and _post_nominal(doc[end - 1])  # "Guy Mansfield QC": a person's honour
            while end > start + 1 and _post_nominal(doc[end - 1]):
                end -= 1
            while end - start >= 2 and _is_descriptor(doc[start], doc[start + 1]):
                start += 1  # "Songwriter Guy Chambers said ..."
            span = doc[start:end]
            if (block, start) in taken or not 2 <= len(span) <= 4 or not _looks_like_name(span):
                continue
            if not (is_given_name(span[0].text) or INITIAL.match(span[0].text)):
                continue
            if all(t.lower_ in OFFICE_MODIFIERS or t.lower_ in ROLE_NOUNS for t in span):
                continue  # "Glen Wood, Vice President of Deutsche Securities, asks": "Vice" is a given name too
            tagged_as_thing = any(t.ent_type_ not in ("", "PERSON") for t in span)  # "The New York Times"
            if not tagged_as_thing and speaks or letters_after or _described_as_a_person(token):
                found.append((block, span, None))  # "Rodrigo de Rato, the IMF's managing director, said"
    return found


def _recovered_full_names(docs: Sequence[Doc], spans: list[tuple[int, Span, str | None]]) -> list:
    """ "Helmut Panke" tagged as an organisation, where the article also says "Mr Panke"."""
    full = {name_words(s.text)[-1] for _, s, _ in spans if len(name_words(s.text)) >= 2}
    orphans = {s.text for _, s, _ in spans if len(name_words(s.text)) == 1 and s.text not in full}
    taken = {(b, i) for b, s, _ in spans for i in range(s.start, s.end)}
    recovered = []
    for block, doc in enumerate(docs):
        for token in doc:
            if token.text not in orphans or (block, token.i) in taken:
                continue
            start = token.i
            while start > 0 and _is_first_name(doc[start - 1], token):
                start -= 1
            while token.i - start >= 1 and _is_descriptor(doc[start], doc[start + 1]):
                start += 1  # "Songwriter Guy Chambers"
            while token.i - start >= 1 and _word_before_a_given_name(doc[start], doc[start + 1]):
                start += 1  # "Minister for Children, Young People and Families Margaret Hodge"
            if start < token.i:
                recovered.append((block, doc[start : token.i + 1], None))
    return recovered


def _word_before_a_given_name(word: Token, following: Token) -> bool:
    """A common word, not itself a name, before a given name: the end of a title ("... and Families")."""
    return is_given_name(following.text) and not is_given_name(word.text) and is_common_word(word.text)


DEMONYM = re.compile(r"[A-Z][a-z]+(?:ean|ian|can|ish|ese|ch)$")  # "European", "Italian", "American", "British"


def _a_demonym(token: Token) -> bool:
    """ "European" of "the best European Elvis impersonator": a people's adjective, not a given name."""
    return DEMONYM.match(token.text) is not None and not is_given_name(token.text)


def _is_first_name(token: Token, surname: Token) -> bool:
    return (
        not _a_demonym(token)
        and token.pos_ == "PROPN"
        and token.head == surname
        and token.dep_ == "compound"
        and token.text[:1].isupper()
        and token.lower_ not in HONORIFICS
        and token.lower_ not in ROLE_NOUNS
        and token.ent_type_ not in ("GPE", "NORP", "LOC")
    )


def _named_like_a_thing(draft: _Draft) -> bool:
    """ "Age Concern", "Canary Wharf", "Virgin Blue": no given name, no title or honorific, and ordinary
    words in the name. The model tags such names as people; the article gives no sign that they are."""
    words = name_words(draft.name)
    product_code = len(words) > 1 and re.fullmatch(r"[A-Z]{2,3}", words[-1]) and words[-1].lower() not in POST_NOMINALS
    if words[0] == "The" or product_code or len(words) == 2 and words[0] == words[1]:  # "Duran Duran": a band
        return True  # "The Da Vinci Code", "Mario Kart DS": a work or a product the model tagged a person
    if is_given_name(words[0]) or words[0].lower() in HONORIFICS or draft.roles or draft.honorific_gender:
        return False
    if INITIAL.match(words[0]):
        return False  # "G Money", "K Clark": an initial is a person's
    return any(is_common_word(w) for w in words)


def _confirmed(draft: _Draft) -> bool:
    """More than one sign that this is a person: a title, an honorific, or a second mention."""
    return bool(draft.roles) or draft.honorific_gender is not None or draft.mentions >= 2


def _merge_full_name(drafts: dict[str, _Draft], words: list[str]) -> str:
    """Add a full name to the drafts, merging "George W Bush" with "George Bush" and a hyphen with a space;
    return its key."""
    text = " ".join(words)
    for key, draft in drafts.items():
        if draft.name.replace("-", " ") == text.replace("-", " "):
            draft.aliases.add(text)  # "Robert Kilroy Silk" of "Robert Kilroy-Silk": the article spells it both ways
            return key
        known = name_words(draft.name)
        same_given = known[0] == words[0] or _spelling_variants(known[0], words[0])
        if known[-1] == words[-1] and (same_given or set(known) <= set(words) or set(words) <= set(known)):
            draft.aliases.add(text)
            return key
    drafts[text] = _Draft(text)
    return text


def _spelling_variants(one: str, other: str) -> bool:
    """ "Viktor" and "Victor", "Mohammed" and "Mohamed": one name spelt two ways, one letter apart."""
    if min(len(one), len(other)) < 4 or one[0] != other[0] or abs(len(one) - len(other)) > 1:
        return False
    if len(one) == len(other):
        return sum(a != b for a, b in zip(one, other, strict=True)) == 1
    shorter, longer = sorted((one, other), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
