"""What was said: the words a cue reports, and the same words restated for a who-said question."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Doc, Token

from ..doctext import text_of
from ..resources import (
    CONTEXT_ADJECTIVES,
    CONTEXT_ADVERBS,
    DEMONSTRATIVES,
    GROUP_PRONOUNS,
    NATIONAL_BODIES,
    PEOPLE_NOUNS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SUBJECT_CONTEXT_ADJECTIVES,
)
from ..standalone import (
    dangling_pronoun,
    does_so,
    in_subject,
    is_title,
    lacks_its_complement,
    points_back,
    relative_place,
)
from .lexicon import reporting_verbs
from .quotations import Quotation

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
OBJECT_DEPS = frozenset({"dobj", "prep", "xcomp", "oprd", "attr", "prt", "dative", "npadvmod", "advmod"})
GLUE_BEFORE_CLAUSE = re.compile(r"^[\s,\u2013\u2014-]*$")  # '"...," he said'
GLUE_AFTER_CLAUSE = re.compile(r"^\s*[,:]?\s*$")  # 'he said: "..."'
OPEN_ENDED = (",", "?", "!", "-", "\u2013", "\u2014")
SENTENCE_ENDS = frozenset({".", "!", "?"})
THING_ENTITIES = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "GPE", "LOC", "FAC", "EVENT", "LAW"})
NOUN_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})
CONNECTIVE_OPENING = re.compile(
    r"^(?:but|and|so|or|yet|then|also|because|however|still|plus|which|otherwise|instead|meanwhile|indeed)\b", re.I
)
MAX_PARENTHETICAL_TOKENS = 8  # "..., the firm's chief executive has said,"
QUOTE_CHARACTERS = ('"', "\u201c", "\u201d")
MIN_QUOTED_QUESTION_WORDS = 6
FIRST_AND_SECOND_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours"})
EXPLETIVE_IT = re.compile(
    r"\bit(?:'s|\u2019s| is| was| will be| would be| has been)(?: not)? (?!going\b)\w+ (?:to|that)\b", re.I
)  # "it is hard to ...", but not "it is going to ...": that "it" is something
LEANING_OPENING = re.compile(r"^(?:it|this|that|these|those|there|they|he|she|his|her|their|its)\b", re.IGNORECASE)


def tidy(text: str) -> str:
    text = " ".join(text.split())
    return text.strip(" ,;:-'\u2018\u2019\u2013\u2014").rstrip(".")


def balance_quotes(text: str) -> str:
    if text.count('"') % 2:
        text = text.rstrip('"') if text.endswith('"') else text + '"'
    return text if text.count('"') % 2 == 0 else text.replace('"', "")


def tokens_text(tokens: Sequence[Token]) -> str:
    """The text of tokens in order; a gap left by a removed phrase becomes one space."""
    parts = []
    for n, token in enumerate(tokens):
        parts.append(token.text_with_ws)
        if n + 1 < len(tokens) and tokens[n + 1].i != token.i + 1 and not token.whitespace_:
            parts.append(" ")
    return "".join(parts)


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


def joined_quotations(doc: Doc, clause: tuple[int, int], quotations: Sequence[Quotation]) -> list[Quotation]:
    """Quotations joined to the reporting clause by nothing but punctuation: '"...," he said', 'he said: "..."'."""
    text = text_of(doc)
    c_start = doc[clause[0]].idx
    c_end = doc[clause[1] - 1].idx + len(doc[clause[1] - 1])
    before = [q for q in quotations if q.end <= c_start][-1:]
    after = [q for q in quotations if q.start >= c_end][:1]
    joined = [
        q
        for q in before
        if text[q.start : q.end].rstrip().endswith(OPEN_ENDED) and GLUE_BEFORE_CLAUSE.match(text[q.end + 1 : c_start])
    ]
    return joined + [q for q in after if GLUE_AFTER_CLAUSE.match(text[c_end : q.start - 1])]


def content_tokens(head: Token, *, without: Token | None = None) -> list[Token]:
    """The head's subtree minus the reporting clause, without a leading "that" or edge punctuation."""
    skip = set(without.subtree) if without is not None else set()
    tokens = [t for t in head.subtree if t not in skip]
    while tokens and (tokens[0].dep_ == "mark" and tokens[0].lower_ == "that" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in (*QUOTE_CHARACTERS, "%", ")"):
        tokens = tokens[:-1]  # the closing mark and a figure's "%" stay
    return tokens


def content_clause(verb: Token) -> list[Token]:
    """What was said: the verb's clause complement, or the clause a trailing or parenthetical cue comments on."""
    complements = [c for c in verb.children if c.dep_ in CONTENT_DEPS]
    if complements:
        # "In a move ministers say should ..., the chancellor said he was ...": with a clause on each side,
        # the one that follows is what was said; the fronted one is a phrase the parse hung on the verb
        after = [c for c in complements if c.i > verb.i]
        return content_tokens(after[0] if after and len(complements) > 1 else complements[0])
    head = verb.head
    doc, left, right = verb.doc, verb.left_edge.i, verb.right_edge.i
    commas = {doc[i].text for i in (left - 1, left, right, right + 1) if 0 <= i < len(doc)}
    short_clause = len(list(verb.subtree)) <= MAX_PARENTHETICAL_TOKENS
    if verb.dep_ in CONTENT_DEPS and head != verb and "," in commas and short_clause:
        return content_tokens(head, without=verb)  # "..., argued Mr Howard." / "In contrast, he said, ..."
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)  # not "She withdrew, citing an injury"
    if verb.dep_ == "advcl" and head != verb and short_clause and doc[left - 1].text == "," and _ends_sentence(verb):
        if own_subject:
            return content_tokens(head, without=verb)  # "..., Lord Smith said.": the parse hung the cue on the clause
    return told_clause(verb) or sentence_before_trailing_cue(verb)


def told_clause(verb: Token) -> list[Token]:
    """ "told BBC Radio 4's Today programme that the plans were ...", "told the programme he hoped ...": the
    words told, which the parse hung on the addressee as if a clause about it."""
    if verb.lemma_.lower() not in ADDRESSED_VERBS:
        return []
    for addressee in (c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i):
        for clause in (c for c in addressee.children if c.dep_ in ("acl", "relcl") and c.i > addressee.i):
            children = list(clause.children)
            relative = any(c.lower_ in RELATIVE_PRONOUNS and c.dep_ != "mark" for c in children)
            subject = any(c.dep_ in SUBJECT_DEPS for c in children)
            if subject and not relative:
                return content_tokens(clause)
    return []


def sentence_before_trailing_cue(verb: Token) -> list[Token]:
    """ "Curfews were options which could be used if orders were defied, Lord Falconer said.": a cue that ends
    its sentence after a comma reports all that comes before, however the parse split the words between them."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if subject is None or not _ends_sentence(verb) or verb.dep_ == "ROOT":
        return []
    between = verb.doc[subject.right_edge.i + 1 : verb.i]
    comma = subject.left_edge.i - 1
    if comma <= verb.sent.start or verb.doc[comma].text != "," or any(t.dep_ not in ("aux", "advmod") for t in between):
        return []
    if subject.right_edge.i - subject.left_edge.i + 1 > MAX_PARENTHETICAL_TOKENS:
        return []
    tokens = list(verb.doc[verb.sent.start : comma])
    while tokens and tokens[0].is_punct and tokens[0].text not in QUOTE_CHARACTERS:
        tokens = tokens[1:]
    if not any(t.dep_ in SUBJECT_DEPS | {"expl"} for t in tokens):
        return []  # "When asked about it, Smith said.": no clause of its own
    return tokens


def _ends_sentence(verb: Token) -> bool:
    return all(t.is_punct for t in verb.doc[verb.right_edge.i + 1 : verb.sent.end])


def lower_first(text: str, first: Token) -> str:
    """The statement's first letter in lower case, unless it starts a name or an acronym ("MSPs", "No 10")."""
    keeps_case = first.pos_ == "PROPN" or first.text == "I" or any(c.isupper() for c in first.text[1:])
    keeps_case = keeps_case or first.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")  # "Australian tennis coach ..."
    number_name = first.text in ("No", "No.") and first.i + 1 < len(first.doc) and first.nbor(1).like_num
    if keeps_case or number_name:  # "No 10", but "All four Britons" -> "all four Britons"
        return text
    return text[:1].lower() + text[1:]


ADDRESSED_VERBS = frozenset({"tell", "inform", "assure", "remind", "brief", "persuade", "convince", "notify"})


def swallowed_addressee(verb: Token) -> bool:
    """ "He told a Commons committee human rights concerns remained": with no object of its own, the verb's
    addressee was parsed into the clause ("a Commons committee human rights concerns"), garbling it."""
    if verb.lemma_.lower() not in ADDRESSED_VERBS:
        return False
    if any(c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
        return True  # "told BBC Radio 4's Today programme the US had ...": the clause hung on "programme"
    return not any(c.dep_ in ("dobj", "dative", "iobj") for c in verb.children)


REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})


def restate_clause(
    tokens: Sequence[Token],
    is_speaker: Callable[[Token], bool] = lambda _: False,
    described: Mapping[str, set[str]] | None = None,
) -> str | None:
    """A that-clause readable on its own, or None when it leans on a word it cannot carry.

    "he" or "his" may stay when they stand for the speaker ("Who said that he would resign?" asks
    about the one who said it); any other "he" or "they" leaves the reader asking who. A description
    stays when something in it says which one is meant, or the article described it once before in
    words that say which (`described`: "this pact" -> "the pact on strategic partnership"); "the deal" of
    an article that keeps coming back to one, but never says which, leaves a student asking which deal,
    and so does "the fine" under the headline "... angered by racism fine" (r45: an item is read alone).
    """
    if len(tokens) < 4:
        return None
    first = tokens[0]
    if first.pos_ == "CCONJ" or first.lower_ in CONTEXT_ADVERBS:
        return None  # "that but classic market research ...": the clause goes on from one left out
    if first.tag_ in ("WDT", "WP") and first.lower_ in RELATIVE_PRONOUNS:
        return None  # "allegations which he said had been made": the clause is about a noun left outside
    if first.lower_ in DEMONSTRATIVES | GROUP_PRONOUNS and first.dep_ in SUBJECT_DEPS:
        return None  # "this is ...", "it is ...": the reader cannot tell what "it" is
    if first.lower_ in REFLEXIVES:
        return None  # "declared himself satisfied with ...": no clause, "that himself satisfied" is no English
    if any(dangling_pronoun(t) and not is_speaker(t) for t in tokens):
        return None
    if any(t.lower_ in FIRST_AND_SECOND_PERSON and t.pos_ == "PRON" for t in tokens):
        return None  # "Who said that I know ...": the speaker's own words, a quotation, not a that-clause
    if any(t.lower_ in ("this", "these", "those") and t.pos_ == "PRON" and t.head.dep_ != "relcl" for t in tokens):
        return None  # "that iTunes was a perfect example of this": of what?
    if any(t.lower_ in CONTEXT_ADVERBS and t.dep_ == "advmod" for t in tokens):
        return None  # "that he has nevertheless kept ...": in spite of what? the clause leans on one left out
    if any(t.lower_ in COMPARED_TO_BEFORE and t.dep_ == "amod" for t in tokens):
        return None  # "that Energis took a similar approach": similar to what?
    such = any(t.lower_ == "such" and t.dep_ in ("predet", "det") for t in tokens)
    if such and not any(t.lower_ == "as" for t in tokens):
        return None  # "no need for such a massive upheaval": such as which?
    if any(relative_place(t) or does_so(t) for t in tokens):
        return None  # "that he is keen to start a local operation": local to where?
    if first.text in QUOTE_CHARACTERS or tokens[-1].text in QUOTE_CHARACTERS and first.text in QUOTE_CHARACTERS:
        return None  # a quotation in a that-clause's clothes: asked as a quotation, or not at all
    kept = {t.i for t in tokens}
    replaced: dict[int, tuple[int, str]] = {}  # first token of a description -> (its last token, the fuller words)
    quoted = quoted_ids(tokens)
    for t in tokens:
        if t.lemma_.lower() in NATIONAL_BODIES and [c.lower_ for c in t.children] == ["the"]:
            bodies = (described or {}).get(t.lemma_.lower(), set())
            if len(bodies) == 1:  # "the government" of a story on Russia: "the government of Russia"
                replaced[t.left_edge.i] = (t.i, "the " + next(iter(bodies)))
            continue
        if short_name(t, kept) and (full_names := (described or {}).get(t.lower_)):
            if len(full_names) != 1:
                return None  # "the Bill" of an article with two bills
            replaced[t.left_edge.i] = (t.i, "the " + next(iter(full_names)))
            continue
        if not points_back(t, kept):
            continue  # (not "the fine" under "... angered by racism fine": an item is read without its headline)
        if is_title(t) and not unnamed_role(t):
            continue  # "the prime minister", "the chancellor": one office
        if t.i in quoted and not _asked_about(t, kept):
            continue  # the speaker's own words, judged as a quotation is: "... in the world and the region"
        fuller = (described or {}).get(t.lemma_.lower(), set())
        if len(fuller) != 1 or t.left_edge.i not in kept or t.right_edge.i != t.i:
            return None  # "Who said that the 10 had agreed ...?": which ten?
        replaced[t.left_edge.i] = (t.i, "the " + next(iter(fuller)))
    if any(lacks_its_complement(t, kept) for t in tokens):
        return None  # "that security services were involved": in what?
    if any(unnamed_role(t) and not is_speaker(t) for t in tokens):
        return None  # "that the comedian was pleased": which comedian? ("the prime minister" is one office)
    if not any(t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for t in tokens):
        return None  # the clause lost its subject to the parse: "... that had better be involved"
    if any(_a_report(t) and t.dep_ in ("parataxis", "ccomp", "conj") and _said_by_pronoun(t) for t in tokens[1:]):
        return None  # "people he says feel let down", "... has come and he hopes ...": another report inside
    words = []
    skip_to = -1
    for token in tokens:
        if token.i <= skip_to:
            continue
        if token.i in replaced:
            skip_to, fuller = replaced[token.i]
            words.append(fuller + token.doc[skip_to].whitespace_)
        elif token.lower_ in DEMONSTRATIVES and token.dep_ == "det" and token.head.lemma_.lower() in PART_NOUNS:
            return None  # "that part of Leicestershire": "the part of" says no more which part
        elif token.lower_ in DEMONSTRATIVES and token.dep_ == "det" and not _a_time(token.head):
            words.append(("the" if token != first else "The") + token.whitespace_)
        else:
            words.append(token.text_with_ws)
        if words[-1] == words[-1].rstrip() and token.i + 1 not in kept:
            words.append(" ")  # "The Tories[, he said,] can": a gap where words were taken out
    text = balance_quotes(tidy("".join(words)))
    return lower_first(text, first) if text else None


PART_NOUNS = frozenset({"part", "area", "corner", "side", "end", "section", "stretch", "region", "half", "bit"})
TIME_NOUNS = frozenset({"time", "year", "week", "month", "season", "summer", "winter", "spring", "autumn",
                        "weekend", "morning", "afternoon", "evening", "decade", "century", "term", "quarter"})


def _a_time(noun: Token) -> bool:
    """ "this year", "this time": a time the reader shares with the article, kept as it is."""
    return noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in TIME_NOUNS


MAX_DESCRIPTION_WORDS = 6
COMPARED_TO_BEFORE = frozenset({"similar", "same", "such", "comparable", "identical"})


def quoted_ids(tokens: Sequence[Token]) -> set[int]:
    """The tokens between quotation marks."""
    inside, ids = False, set()
    for t in tokens:
        if t.text in QUOTE_CHARACTERS:
            inside = not inside
        elif inside:
            ids.add(t.i)
    return ids


def specific_description(noun: Token) -> str | None:
    """ "The pact on strategic partnership" -> "pact on strategic partnership": a singular description whose
    own words say which one is meant, short and plain enough to stand in for a later "this pact"."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.ent_type_:
        return None
    words = sorted((t for t in noun.subtree if not (t.dep_ == "det" and t.i < noun.i)), key=lambda t: t.i)
    if not words or words[0].i < noun.left_edge.i or len(words) > MAX_DESCRIPTION_WORDS:
        return None
    if any(t.pos_ in ("PRON", "PUNCT", "VERB", "AUX") or t.text in QUOTE_CHARACTERS for t in words):
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "Lord Goldsmith's statement" is put back with "the" in front: "the Lord Goldsmith's ..."
    saying_which = [  # "the Russian pact", "the Gaza deal", not "the landmark deal" (of praise, not which one)
        c
        for c in noun.children
        if c.dep_ == "prep" or c.dep_ in ("amod", "compound") and (c.ent_type_ or c.pos_ == "PROPN")
    ]
    return "".join(t.text_with_ws for t in words).strip() if saying_which else None


def bare_description(noun: Token) -> bool:
    """ "the case": a singular noun with "the" and nothing that says which one."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.ent_type_:
        return False
    children = list(noun.children)
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in children)
    return the and not any(c.dep_ in ("prep", "amod", "compound", "poss", "relcl", "acl", "nummod") for c in children)


def short_name(token: Token, kept: set[int]) -> bool:
    """ "the Bill": one capitalised word with "the", standing for a name the article gave in full before."""
    children = list(token.children)
    if token.pos_ != "PROPN" or not token.is_title or len(children) != 1 or children[0].lower_ != "the":
        return False
    return children[0].i == token.i - 1 and children[0].i in kept


def full_proper_name(token: Token) -> str | None:
    """ "the Constitutional Reform Bill" -> "Constitutional Reform Bill": a name of capitalised words ending in
    a singular word the article may later use alone ("the Bill"); not a person's or a place's name."""
    if token.tag_ != "NNP" or not token.is_title or token.ent_type_ in ("PERSON", "GPE", "NORP", "LOC"):
        return None
    doc, start = token.doc, token.i
    while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ != "DET" and start - 1 >= token.left_edge.i:
        start -= 1
    if start == token.i or doc[start].ent_type_ in ("PERSON", "GPE", "NORP", "LOC"):
        return None
    return doc[start : token.i + 1].text


# Offices a country has one of at a time: "the chancellor", "the prime minister", "the home secretary".
SOLE_OFFICES = frozenset({"chancellor", "president", "premier", "pope", "queen", "king", "taoiseach"})
OFFICE_HEADS = frozenset({"minister", "secretary"})  # one of each when qualified: "prime", "home", "foreign"


def unnamed_role(token: Token) -> bool:
    """ "the comedian", "the England striker": a person by role alone, one of many such, no name beside it."""
    if not is_title(token) or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    if any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in token.subtree):
        return False  # "the striker Alan Smith"
    lemma = token.lemma_.lower()
    qualified = any(c.dep_ in ("amod", "compound") for c in token.children)
    return lemma not in SOLE_OFFICES and not (lemma in OFFICE_HEADS and qualified)


def ends_its_sentence(verb: Token, tokens: Sequence[Token]) -> bool:
    """When the words said follow the cue, nothing but punctuation comes after them in the sentence.

    Words left over ("warned that moves [to] bring him back ... could be controversial") mean the parse
    cut the statement short, and a question built from it could say something the speaker did not.
    """
    if tokens[0].i < verb.i:
        return True
    return all(t.is_punct for t in verb.sent if t.i > tokens[-1].i)


def _a_report(verb: Token) -> bool:
    """A reporting verb, by its lemma or by its form ("hopes", which the lemmatiser reads as "hop")."""
    verbs = reporting_verbs()
    return verb.lemma_.lower() in verbs or verb.tag_ == "VBZ" and verb.lower_.removesuffix("s") in verbs


def _said_by_pronoun(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)


GIVEN_AS_A_REASON = frozenset({"cite", "blame"})  # ", citing a leg injury": the reason for the clause before


def restate_object(verb: Token, past: str) -> str | None:
    """ "accused ministers of wasting money", "referred to the agreement as an alliance"; None when the
    words the parse gives the verb stop short of the sentence's end (the rest would be lost)."""
    parts = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i or _is_moved_relative(c)]
    if not parts:
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("than", "as") for c in verb.children):
        return None  # "£2bn more than Mr Brown predicted in his March budget": a measure compared, no words
    if verb.lemma_.lower() in NOT_SAID_OF_PEOPLE and any(c.dep_ == "dobj" and _a_person(c) for c in parts):
        return None  # "Martyn denied the England striker", "dismissed the manager": an act, not words
    last = max(c.right_edge.i for c in parts)
    if not all(t.is_punct for t in verb.doc[last + 1 : verb.sent.end]) and not _is_moved_relative(parts[-1]):
        return None
    if any(t.lower_ in OBJECT_PRONOUNS and t.dep_ != "poss" for c in parts for t in c.subtree):
        return None  # "called him a giant": who is he?
    fronted = [t for c in parts for t in c.subtree if t.tag_ in ("WDT", "WP") and t.i < verb.i and t.dep_ != "pobj"]
    if fronted:
        return None  # "savings which Mr Howard pledged to plough back": what he pledged is outside the clause
    pieces = [_linearize(child) for child in sorted(parts, key=lambda c: c.i if c.i > verb.i else verb.i + 0.5)]
    if not all(pieces):
        return None
    text = balance_quotes(tidy(" ".join([past, *(" ".join(p.split()) for p in pieces)])))
    return text if len(text.split()) >= 4 else None


def object_is_it(verb: Token) -> bool:
    """ "called it a budget for Middle England": his words, but "Who called it ...?" says not what."""
    return any(c.dep_ in ("dobj", "nsubj") and c.lower_ == "it" and c.i > verb.i for c in verb.children)


def reason_for_the_clause_before(verb: Token) -> bool:
    """ "failed to run, citing a leg injury": the words are hers, but "Who cited a leg injury?" says not for what."""
    return verb.lemma_.lower() in GIVEN_AS_A_REASON and verb.dep_ == "advcl" and verb.head.i < verb.i


def object_points_back(verb: Token) -> bool:
    """ "praises the former MTV VJ for what he has done": his words, but which VJ a question cannot say."""
    words = {t.i for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i for t in c.subtree}
    return any(points_back(verb.doc[i], words) for i in words)


def object_fronted(verb: Token) -> bool:
    """ "a rise which he described as ...", "what he called a fantasy island": the words say what he called it,
    not what "it" was, so they are his words but no question."""
    return any(c.dep_ == "dobj" and c.i < verb.i for c in verb.children)


OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
NOT_SAID_OF_PEOPLE = frozenset({"deny", "dismiss"})


def _a_person(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.ent_type_ == "PERSON" or token.pos_ == "PRON" or lemma in ROLE_NOUNS or lemma in PEOPLE_NOUNS


def _is_moved_relative(child: Token) -> bool:
    return child.dep_ == "prep" and any(g.lower_ in RELATIVE_PRONOUNS for g in child.children)


def _linearize(token: Token) -> str:
    """The subtree's text, a fronted relative pronoun put back as its antecedent ("to which" -> "to the agreement")."""
    parts = []
    for t in sorted(token.subtree, key=lambda t: t.i):  # a crossing arc ("which he said was") puts it out of order
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


# Cues that ask oddly before a quotation ("Who told "..."?"): the question says "said".
SAID_FOR_QUOTES = frozenset({"told", "added", "continued", "replied", "answered", "responded", "stated", "mentioned",
                             "agreed", "disagreed", "concurred", "echoed"})  # "Who agreed ...?": with whom?
SAID_FOR_CLAUSES = frozenset({"told", "added", "continued"})  # "Who told that ...?", "Who added ...?": to what?


def reads_as_a_saying(quoted: str) -> bool:
    if any(mark in quoted for mark in QUOTE_CHARACTERS) or len(quoted.split()) < MIN_QUOTED_QUESTION_WORDS:
        return False
    if LEANING_OPENING.match(quoted) or CONNECTIVE_OPENING.match(quoted):
        return False  # "They were magnificent", "But it was hard": who, what, in answer to what?
    return quoted[:1].isupper()  # not a few words lifted from a sentence ("a symbol of American culture")


def quotation_question(past: str, doc: Doc, spans: Sequence[tuple[int, int]]) -> str:
    """'said "..."' for the quotation, or else for its longest run of whole sentences that reads on its own.

    A pronoun stays when the quoted words of its sentence name what it stands for ("the referee ... his
    mind"); a description the saying is about stays when something in it says which one is meant. Unlike a
    restated clause, a quotation cannot name what "the film" was. A run without a verb is half a sentence
    the cue split ('"A literate population," insisted Mr Sener, "will make a positive impact"').
    """
    runs = [run for start, end in spans for run in sentence_runs(quoted_tokens(doc, start, end))]
    for run in sorted(runs, key=lambda r: (-len(r), r[0].i)):
        text = balance_quotes(tidy(tokens_text(run)))
        if reads_as_a_saying(text) and quotation_stands_alone(run) and any(t.pos_ in ("VERB", "AUX") for t in run):
            return f'{"said" if past in SAID_FOR_QUOTES else past} "{text}"'
    return ""


def quoted_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return [t for t in span if t.text not in QUOTE_CHARACTERS] if span is not None else []


def sentence_runs(tokens: Sequence[Token]) -> list[list[Token]]:
    """Every run of consecutive whole sentences of the quoted words, the whole first."""
    sentences: list[list[Token]] = [[]]
    for n, token in enumerate(tokens):
        sentences[-1].append(token)
        follows = tokens[n + 1] if n + 1 < len(tokens) else None
        if token.text in SENTENCE_ENDS and follows is not None and follows.text[:1].isupper():
            sentences.append([])
    sentences = [s for s in sentences if s]
    return [sum(sentences[i:j], []) for i in range(len(sentences)) for j in range(len(sentences), i, -1)]


def narrated(tokens: Sequence[Token]) -> bool:
    """ "Mr Yushchenko was careful ..., saying it was important ...": a reporter's words inside what the marks
    hold, where the article left a quotation unclosed."""
    for token in tokens:
        if token.lemma_.lower() not in reporting_verbs() or token.i == 0:
            continue
        if token.tag_ == "VBG" and token.dep_ == "advcl" and token.nbor(-1).text == ",":
            return True  # ", saying ...", ", adding ..."
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if token.tag_ == "VBD" and subject is not None and subject.lower_ in ("he", "she", "they"):
            return True  # "..., he said, ..." inside the marks
    return False


def quotation_stands_alone(tokens: Sequence[Token]) -> bool:
    if narrated(tokens):
        return False
    kept = {t.i for t in tokens}
    sentence_start = 0
    for n, token in enumerate(tokens):
        if n and tokens[n - 1].text in SENTENCE_ENDS:
            sentence_start = n
        if dangling_pronoun(token) and not (token.lower_ == "it" and _expletive(tokens[n:])):
            if not _named_before(token, tokens[sentence_start:n]) or _other_than_its_subject(token):
                return False  # "I work with him every day": who is he?
        if token.lower_ in ("here", "there") and token.dep_ == "advmod":
            return False  # "We had two officials there": where?
        if token.lower_ in DEMONSTRATIVES and token.tag_ in ("DT", "IN") and token.dep_ in NOUN_PHRASE_DEPS:
            return False  # "this isn't the proper form", "we have proved that today": what?
        if token.lower_ in DEMONSTRATIVES and _after_a_preposition_without_object(token):
            return False  # "I've dealt with this six months ago" (the parse read "this six months"): with what?
        if _a_demonstrative_read_as_relative(token):
            return False  # "Nobody had any idea that was going to happen": that what?
        if token.lower_ in CONTEXT_ADVERBS and token.dep_ == "advmod":
            return False  # "we also want ...": as well as what?
        if token.lower_ in CONTEXT_ADJECTIVES and not any(t.lower_ == "as" for t in tokens[n + 1 :]):
            return False  # "to make such a charge", "a similar scheme": like what? ("such help as ..." says)
        if token.lower_ in SUBJECT_CONTEXT_ADJECTIVES and in_subject(token) or does_so(token):
            return False  # "No other minister was involved", "our practice of doing so": other than whom? so what?
        if points_back(token, kept) and _asked_about(token, kept):
            return False  # "The numbers are good", "this deal": which?
    return True


COMPLEMENT_NOUNS = frozenset({"idea", "notion", "sense", "feeling", "hope", "fear", "belief", "impression", "doubt"})


def _after_a_preposition_without_object(token: Token) -> bool:
    if token.i == 0:
        return False
    before = token.nbor(-1)
    return before.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in before.children)


def _a_demonstrative_read_as_relative(token: Token) -> bool:
    """ "any idea that was going to happen": an idea takes a clause of what it is, so a "that" subject of the
    clause after it is "that" (the event) with the joining "that" left out, not a relative pronoun."""
    if token.lower_ != "that" or token.tag_ != "WDT" or token.dep_ not in SUBJECT_DEPS:
        return False
    return token.head.dep_ == "relcl" and token.head.head.lemma_.lower() in COMPLEMENT_NOUNS


def _other_than_its_subject(pronoun: Token) -> bool:
    """ "Russia says it is bound by it": an object "it" is not the "it" that is its clause's subject, so it
    stands for something the quotation may not name."""
    if pronoun.dep_ in SUBJECT_DEPS or pronoun.lower_ not in ("it", "them"):
        return False
    verb = _clause_verb(pronoun)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return any(s.lower_ in ("it", "they") and s.i < pronoun.i for s in subjects)


def _asked_about(noun: Token, kept: set[int]) -> bool:
    """A description the saying is about (the subject of its main clause) or points at ("this deal"); one
    deeper in ("you know what the minimum access is") or in an object ("get the decision right") reads on."""
    pointed = any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in noun.children)
    verb = noun.head
    main_clause = verb.head == verb or verb.head.i not in kept or verb.dep_ == "conj" and verb.head.head.i not in kept
    return pointed or noun.dep_ in SUBJECT_DEPS and main_clause


def _clause_verb(token: Token) -> Token:
    while token.pos_ not in ("VERB", "AUX") and token.head != token:
        token = token.head
    return token


def _expletive(tokens: Sequence[Token]) -> bool:
    return EXPLETIVE_IT.match(tokens_text(tokens)) is not None


def _named_before(pronoun: Token, before: Sequence[Token]) -> bool:
    """Whether words before the pronoun, in its own sentence of the quotation, name something it can stand
    for: a person for "he", a thing for "it", people or things or a body for "they"."""
    word = pronoun.lower_
    verb = _clause_verb(pronoun)  # "take care of it": "care" is what "it" hangs on, not what it means
    heads = [
        t
        for t in before
        if t.dep_ not in ("compound", "amod", "poss") and (_clause_verb(t) != verb or t.dep_ in SUBJECT_DEPS)
    ]
    if word in ("he", "him", "his", "himself", "she", "her", "hers", "herself"):
        return any(t.ent_type_ == "PERSON" or t.tag_ == "NN" and t.lemma_.lower() in ROLE_NOUNS for t in heads)
    if word in ("it", "its", "itself"):
        return any(t.tag_ == "NN" or t.tag_ == "NNP" and t.ent_type_ in THING_ENTITIES for t in heads)
    return any(t.tag_ in ("NNS", "NNPS") or t.ent_type_ in ("ORG", "NORP", "GPE") for t in heads)
