"""Whether words of a sentence lean on sentences left behind: "the company", "this move", "he"."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .resources import (
    COUNTRY_NAMES,
    DESCRIPTION_KINDS,
    GENERIC_ROLE_HEADS,
    HEADS_OF,
    KIND_HEADS,
    ROLE_NOUNS,
    UNIQUE_REFERENTS,
)

YEAR = re.compile(r"(?:19|20)\d\d")
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "both", "either", "neither"})
TIME_RELATIVE = frozenset({"latest", "newest", "earliest", "most"})  # superlatives that say "of those just told"
THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their", "theirs", "its", "it"})


# What "local" may qualify and still say where: a country's own tier of government, or the time of a place
LOCAL_INSTITUTIONS = frozenset({"election", "government", "authority", "council", "councillor", "time", "elections"})


def relative_place(token: Token) -> bool:
    """ "a local operation", "local people": local to a place the sentence may have left behind."""
    return token.lower_ == "local" and token.dep_ == "amod" and token.head.lemma_.lower() not in LOCAL_INSTITUTIONS


def does_so(token: Token) -> bool:
    """ "to do so", "did so", "if you do,": an act told in a sentence left behind."""
    if token.lower_ == "so" and token.head.lemma_.lower() == "do" and token.i > token.head.i:
        return True
    if token.lemma_.lower() != "do" or token.dep_ in ("aux", "auxpass", "neg"):
        return False
    done = any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "attr", "advcl") for c in token.children)
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return not done and (following is None or following.is_punct)  # "If you do, we will give you support"


def is_title(token: Token) -> bool:
    """ "The Russian leader": a singular title that stands for one person."""
    return token.lemma_.lower() in ROLE_NOUNS and token.tag_ == "NN"


def in_subject(token: Token) -> bool:
    while token.dep_ not in ("nsubj", "nsubjpass", "ROOT") and token.head != token:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def dangling_pronoun(token: Token) -> bool:
    """A third-person pronoun whose referent the words around it do not carry ("it" of "it is clear" does)."""
    return token.lower_ in THIRD_PERSON and token.pos_ in ("PRON", "DET") and token.dep_ != "expl"


NATIONALITY_NOUNS = frozenset({
    "Scot", "Briton", "Brit", "Swede", "Dane", "Finn", "Pole", "Spaniard", "Turk", "Kiwi", "Aussie", "Argentine",
    "Czech", "Serb", "Croat", "Slovak", "Slovene", "Swiss", "Thai", "Iraqi", "Israeli", "Pakistani", "Kenyan",
})  # fmt: skip
NATIONALITY_MAN = re.compile(r"(?:French|Dutch|Welsh|English|Irish|Scots|Cornish|Manx)(?:wo)?man")
MEASURE_NOUNS = frozenset({"figure", "number", "total", "amount", "tally", "sum", "proportion", "share",
                           "target", "goal", "objective"})  # "the 2005 target": a target of what?


def _says_of_what(word: Token, measure: Token) -> bool:
    """ "the number of people", "the figure for 2004", "the Nielsen figure": what a measure counts."""
    return word.dep_ == "prep" and word.head == measure and word.lower_ in ("of", "for") or word.pos_ == "PROPN"


def a_person_by_nationality(token: Token) -> bool:
    """ "the Argentine", "the unseeded Czech", "the Scot": a nationality standing for one person, with "the"
    (the model often tags "Scot" a person and "Frenchman" a body)."""
    nationality = token.ent_type_ == "NORP" or token.text in NATIONALITY_NOUNS or NATIONALITY_MAN.fullmatch(token.text)
    if not nationality or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "poss"):
        return False
    return token.lower_[-1:] != "s" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


# Roles a body has one of at a time: "the Chelsea manager" says who, "the Chelsea striker" does not.
ONE_PER_BODY = HEADS_OF | GENERIC_ROLE_HEADS | {"captain", "coach", "founder", "owner", "editor", "skipper", "ceo"}

QUANTIFIERS = frozenset({"both", "either", "neither", "each", "all", "none"})


def _a_quantifier_alone(token: Token) -> bool:
    """ "Both", "Neither", "All" standing for people or things just told of, with no "of" phrase saying which."""
    if token.lower_ not in QUANTIFIERS or token.pos_ != "PRON":
        return False
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


# Words that name a law, a document or a body when capitalised after "the" on their own ("the Act", "the
# Commission"): the short name of one the article gave in full before
CAPITALISED_KINDS = frozenset({
    "act", "bill", "treaty", "report", "commission", "committee", "inquiry", "council", "agreement", "accord",
    "directive", "charter", "court", "tribunal", "board", "authority", "department", "ministry", "panel",
    "convention", "protocol", "code", "regulation", "constitution", "budget", "fund", "trust", "union",
    "library", "museum", "gallery", "institute", "foundation", "centre", "academy",
})  # fmt: skip


def _a_capitalised_kind_alone(token: Token) -> bool:
    if token.pos_ != "PROPN" or token.lower_ not in CAPITALISED_KINDS or not token.text[:1].isupper():
        return False
    if token.dep_ == "compound" or any(c.dep_ != "det" for c in token.children):
        return False  # "the Freedom of Information Act", "the Act of Union": the name in full
    return any(c.lower_ == "the" for c in token.children)


FORMER = frozenset({"former", "ex", "erstwhile"})
COMPARISONS = frozenset({"than", "like", "unlike"})
SAYS_WHICH = frozenset({"of", "who", "whose", "which", "that"})  # "the former head of Enron", "... who quit"


# Set phrases, not comparisons: "the lower house", "the bigger picture"
SET_COMPARATIVES = frozenset({("lower", "house"), ("upper", "house"), ("bigger", "picture"), ("greater", "good"),
                              ("higher", "rate"), ("lower", "rate")})  # fmt: skip


def _compared_with_one_told_before(token: Token, kept: set[int]) -> bool:
    """ "the smaller iPod", "the older brother": a comparative picks one of two the article told of before,
    unless the statement keeps what it is compared with ("the cheaper model than the Mini")."""
    if token.tag_ != "JJR" or token.dep_ != "amod" or token.i not in kept:
        return False
    head = token.head
    if (token.lower_, head.lemma_.lower()) in SET_COMPARATIVES:
        return False
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)
    compared = any(t.lower_ == "than" and t.i in kept for t in token.sent)
    return definite and not compared


def _a_former_someone(token: Token) -> bool:
    """ "the former MTV VJ", "the former England forward": one described by what they were, named elsewhere.
    Read from the words, not the parse (which often breaks such a phrase): a name, an "of" phrase or a
    relative clause says who ("the former champion Tom Reed", "the former head of Enron", "the ex-chief
    who quit"), and a place stays one ("the former Soviet Union")."""
    if token.lower_ not in FORMER or token.i == 0 or token.nbor(-1).lower_ != "the":
        return False
    phrase: list[Token] = []
    for word in token.doc[token.i + 1 : token.i + 5]:
        if word.pos_ not in ("PROPN", "NOUN", "ADJ", "ADV") and word.text != "-":
            break
        phrase.append(word)
    else:
        return False
    if not phrase or word.lower_ in SAYS_WHICH or any(w.ent_type_ == "PERSON" for w in phrase):
        return False
    return phrase[-1].ent_type_ not in ("GPE", "LOC", "ORG", "NORP", "FAC")


# Predicates that need what they relate to: "were involved" (in what?), "was responsible" (for what?)
RELATIONAL_PREDICATES = frozenset({
    "involved", "responsible", "aware", "linked", "connected", "related", "eligible", "entitled", "opposed",
    "included", "selected",
})  # fmt: skip
RETURNING_VERBS = frozenset({"return", "rejoin", "progress", "advance"})  # "the chance to return": to what?
JOINING_NOUNS = frozenset({"entry", "accession", "admission", "exit", "withdrawal"})  # into or out of what?
# Nouns of a person's stance on something: "explained his reasons", "gave her reaction": for, to what?
STANCE_NOUNS = frozenset({"reason", "decision", "reaction", "response", "motive", "thinking", "sentiment", "view",
                          "remark", "comment", "feeling"})  # fmt: skip
# Measures that belong to something: bare, as a subject, they lean on the sentence that said whose.
OWNED_MEASURES = frozenset({"sales", "profits", "revenues", "revenue", "earnings", "turnover", "shares", "exports",
                            "imports", "output", "takings", "losses"})  # fmt: skip
MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"})  # fmt: skip
JOBS = frozenset({"jobs", "posts", "staff", "workers", "employees", "positions"})
STANCE_OBJECTS = frozenset({"for", "behind", "of", "on", "over", "about", "against"})  # not "to his constituents"
# Help offered or given: to whom? "has offered State help" leans on the sentence that said who needs it.
OFFERING_VERBS = frozenset({"offer", "promise", "pledge", "give", "provide", "extend", "send"})
AID_NOUNS = frozenset({"help", "aid", "support", "assistance"})
RECIPIENT_PREPOSITIONS = frozenset({"to", "for", "towards"})
# Verbs whose object takes a complement the parse may hang on it as an apposition: "voted X the winner".
NAMING_VERBS = frozenset({"vote", "name", "elect", "appoint", "crown", "declare", "dub", "make", "call"})


def lacks_its_complement(token: Token, kept: set[int]) -> bool:
    """ "security services were involved", "nobody was responsible": a predicate that says nothing without
    the "in ..." or "for ..." the sentences before gave it; or a "between" left with one of its parties."""
    if _between_one(token, kept):
        return True
    if token.lemma_.lower() in JOINING_NOUNS and token.pos_ == "NOUN" and token.i in kept:
        return not any(c.dep_ == "prep" and c.i in kept for c in token.children)  # "backed Russian entry": into what?
    if token.lower_ in OWNED_MEASURES and token.dep_ in ("nsubj", "nsubjpass") and token.i in kept:
        described = ("det", "poss", "compound", "amod", "prep", "nummod", "acl", "relcl")
        return not any(c.dep_ in described and c.i in kept for c in token.children)  # "sales have tripled": of what?
    if token.lower_ in JOBS and token.dep_ in ("nsubj", "nsubjpass") and token.i in kept:
        owned = ("poss", "compound", "prep", "acl", "relcl")  # a count does not say whose: "About 1,100 jobs will go"
        return not any(c.dep_ in owned and c.i in kept for c in token.children)
    if token.lemma_.lower() in STANCE_NOUNS and token.pos_ == "NOUN" and token.text.islower() and token.i in kept:
        owned = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "no" for c in token.children)
        told = any(
            (c.dep_ in ("acl", "relcl", "compound", "amod") or c.dep_ == "prep" and c.lower_ in STANCE_OBJECTS)
            and c.i in kept
            for c in token.children
        )
        if token.dep_ in ("nsubj", "nsubjpass"):  # "no decisions had been taken on the embargo"
            verb = token.head.children
            told = told or any(c.dep_ == "prep" and c.lower_ in STANCE_OBJECTS and c.i in kept for c in verb)
        return owned and not told  # "explained his reasons to his constituents": reasons for what?
    if token.lemma_.lower() in AID_NOUNS and token.dep_ == "dobj" and token.i in kept:
        return _help_to_no_one(token, kept)
    if token.lemma_.lower() in NAMING_VERBS and token.pos_ == "VERB" and token.i in kept:
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if any(a.dep_ == "appos" and a.i not in kept for o in objects for a in o.children):
            return True  # "fans have voted Fergus Crane[, ..., the winner of two prizes]": voted it what?
    if token.lemma_.lower() in RETURNING_VERBS and token.pos_ == "VERB" and token.i in kept:
        complements = ("prep", "dobj", "advmod", "npadvmod", "prt", "xcomp", "advcl")
        return not any(c.dep_ in complements and c.i in kept for c in token.children)
    if token.lower_ not in RELATIONAL_PREDICATES or token.i not in kept:
        return False
    predicate = token.dep_ in ("acomp", "ROOT", "ccomp", "conj", "xcomp") and (
        token.tag_ == "JJ" or any(c.dep_ == "auxpass" for c in token.children)
    )
    taken = any(c.dep_ in ("prep", "xcomp", "ccomp", "advcl", "agent") and c.i in kept for c in token.children)
    return predicate and not taken


def _help_to_no_one(aid: Token, kept: set[int]) -> bool:
    """ "offered State help but not for free": help offered with no one named to receive it."""
    verb = aid.head
    if verb.lemma_.lower() not in OFFERING_VERBS:
        return False
    recipient = any(
        c.i in kept and (c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPOSITIONS and any(
            g.dep_ == "pobj" for g in c.children))
        for c in (*verb.children, *aid.children)
    )
    # the parse hangs "the firm" of "offered the firm financial help" on the help: more than one word before it
    described = [t for t in aid.subtree if t.i < aid.i and t.pos_ in ("NOUN", "PROPN", "ADJ")]
    return not recipient and len(described) < 2


def _between_one(token: Token, kept: set[int]) -> bool:
    """ "a merger between Seton Healthcare" once the others went with an aside: "between" wants two or more."""
    if token.lower_ not in ("between", "among", "amongst") or token.dep_ != "prep" or token.i not in kept:
        return False
    objects = [c for c in token.children if c.dep_ == "pobj" and c.i in kept]
    together = any(c.dep_ == "conj" and c.i in kept for o in objects for c in o.children)
    return bool(objects) and not together and all(o.tag_ in ("NN", "NNP") and o.ent_type_ != "DATE" for o in objects)


PAIR_NOUNS = frozenset({"pair", "duo", "trio", "couple", "twosome"})


def _a_pair_of_people(token: Token) -> bool:
    """ "the pair", "the duo": the people just told of, whatever the parse hung on it ("the pair on GMTV")."""
    if token.lemma_.lower() not in PAIR_NOUNS or token.pos_ != "NOUN":
        return False
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
    return definite and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


TEAM_NOUNS = frozenset({"side", "men", "team", "squad", "charges", "boys", "women", "girls", "players"})


def _a_team_by_its_coach(token: Token) -> bool:
    """A team named by whoever runs it: a reader of the item does not know whose side that is."""
    if token.lower_ not in TEAM_NOUNS or token.pos_ != "NOUN":
        return False
    return any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in token.children)


EVENT_NOUNS = frozenset({
    "decision", "move", "plan", "proposal", "announcement", "comment", "remark", "ruling", "bid", "offer",
    "claim", "criticism", "attack", "action", "response", "reaction", "request", "demand", "warning", "stance",
    "speech", "interview", "statement", "visit", "letter", "appearance",
})  # fmt: skip
SAYING_NOTHING_OF_WHICH = frozenset({"big", "major", "key", "recent", "latest", "important", "long-awaited"})
SAYING_WHICH = frozenset({"of", "on", "about", "to", "for", "against", "over"})  # not "in Lisbon"
SPECIFIERS = frozenset({"acl", "relcl", "prep", "xcomp", "ccomp", "appos", "compound", "amod", "nummod"})


def _an_owned_event_alone(token: Token, kept: set[int]) -> bool:
    """ "the Federation's decision", "Blair's move", "made the comments in a report": an act of someone the
    sentences before told of, with nothing in the phrase to say which ("Blair's decision to quit" says)."""
    if token.lemma_.lower() not in EVENT_NOUNS or token.pos_ != "NOUN" or token.i not in kept:
        return False
    owned = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in token.children)
    return owned and not any(
        c.dep_ in SPECIFIERS
        and c.i in kept
        and (c.dep_ != "prep" or c.lower_ in SAYING_WHICH)
        and c.lower_ not in SAYING_NOTHING_OF_WHICH  # "Blair's big speech": which?
        for c in token.children
    )


def an_age_for_a_person(token: Token) -> bool:
    """ "the 30-year-old", "the 39-year-old actor": a person by age alone, no name beside it."""
    if token.lower_ == "old":
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts)
        return the and any(c.lemma_.lower() == "year" for c in token.children)
    if token.pos_ != "NOUN" or not token.n_lefts:
        return False
    lefts = list(token.lefts)
    aged = any(c.lower_ == "old" and any(y.lemma_.lower() == "year" for y in c.children) for c in lefts)
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in lefts)
    return aged and the and not any(c.pos_ == "PROPN" for c in token.children)


BARE_PARTICIPLES = frozenset({"involve", "concern", "affect", "mention", "name", "implicate"})
NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})  # where an adjective the tagger chose is a noun
COMMON_ACRONYMS = frozenset({"IPO", "AGM", "EGM", "CEO", "CFO", "COO", "MP", "MEP", "MSP", "QC"})
DESCRIBING_POS = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "ADV"})  # what the checks below can be about


def points_back(token: Token, kept: set[int]) -> bool:
    """ "the company", "the show", "this move": a description whose referent is in sentences left behind.

    A definite noun phrase stands alone when something in it says which one is meant: a name, a number,
    an "of" phrase or clause, a superlative or ordinal ("the biggest", "the first"), or a noun that
    names one thing anyway ("the world"). A title of a person ("the Russian leader") is left to the
    pronoun and title resolution of attribution.
    """
    if token.pos_ not in DESCRIBING_POS:
        return False  # a verb, a determiner, a preposition ...: no description of its own
    if a_person_by_nationality(token) and token.i in kept:
        return True  # "The unseeded Argentine now plays ...", "the Austrian's drop shots": which Argentine?
    if _a_quantifier_alone(token) and token.i in kept:
        return True  # "Both are looking to Russia": both of whom?
    if _a_capitalised_kind_alone(token) and token.i in kept:
        return True  # "when the Act was passed": which act?
    if _a_former_someone(token) and token.i in kept:
        return True  # "praises the former MTV VJ", "the former England forward": which one?
    if _compared_with_one_told_before(token, kept):
        return True  # "The smaller iPod will hold 120 songs": smaller than which?
    if _an_owned_event_alone(token, kept):
        return True  # "backed the Federation's decision": which decision?
    if _a_pair_of_people(token) and token.i in kept:
        return True  # "the rivalry between the pair": which two?
    if _a_team_by_its_coach(token) and token.i in kept:
        return True  # "Andy Robinson's men", "Eddie O'Sullivan's side": which team?
    if an_age_for_a_person(token) and token.i in kept:
        return True  # "the 30-year-old must draw on her achievements": who is she?
    if token.lower_ in ("there", "here") and token.dep_ == "advmod" and token.pos_ == "ADV" and token.i in kept:
        place_before = any(t.ent_type_ in ("GPE", "LOC", "FAC") and t.i in kept for t in token.doc[: token.i])
        return not place_before  # "has never raced there before": where? ("sales in Asia ... there": Asia)
    common_acronym = token.text in COMMON_ACRONYMS  # "the IPO", "the AGM": a kind, tagged a name
    noun = token.pos_ == "NOUN" or token.pos_ == "ADJ" and token.dep_ in NOUN_DEPS  # "the musical was broadcast"
    if not (noun or common_acronym) or token.i not in kept or token.lemma_.lower() in UNIQUE_REFERENTS:
        return False
    if token.ent_type_ and not common_acronym:
        return False  # "Top of the Pops": a word of a name
    determiner = next((c for c in token.children if c.dep_ == "det" or _a_days_own(c)), None)
    edge = token.left_edge
    if determiner is None and edge.dep_ == "det" and edge.lower_ == "the" and edge.head.dep_ == "nmod":
        determiner = edge  # "The Jacksonville, Florida-based firm": the parse hung "the" on the place
    counted = token.tag_ == "NNS" and any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in token.children)
    definite = DEFINITE_DETERMINERS | ({"all"} if counted else set()) | DAYS | RELATIVE_SPANS
    if determiner is None and the_greatest_of_a_place(token):
        return True  # "the world's largest retailer", "Britain's biggest lender": one firm, its name owed
    if determiner is None or determiner.lower_ not in definite:
        return False
    if token.lemma_.lower() in MEASURE_NOUNS:  # "the annual figure", "the number sold": of what?
        return not any(_says_of_what(t, token) for t in token.subtree if t.i in kept and t != token)
    kind_of_thing = token.lemma_.lower() not in DESCRIPTION_KINDS  # "the benefit show" is one show, named before
    person = token.lemma_.lower() in ROLE_NOUNS
    one_of_many = person and token.lemma_.lower() not in ONE_PER_BODY
    compared = {w.i for c in token.children if c.dep_ == "prep" and c.lower_ in COMPARISONS for w in c.subtree}
    aside = {w.i for c in token.children if _says_nothing_of_which(c) for w in c.subtree}
    aside |= {w.i for c in token.children if c.dep_ in ("conj", "cc") for w in c.subtree}  # "the midfielder and
    # Williams": another one joined to it says nothing of which midfielder
    event = DESCRIPTION_KINDS.get(token.lemma_.lower()) == frozenset({"EVENT"})
    for t in token.subtree:
        if t == token or t == determiner or t.i not in kept or t.i in compared | aside:
            continue  # "towards the state than Europe": what it is compared with does not say which state
        if t.dep_ in ("compound", "nmod") and _a_city(t) and _place_before(t, token) and not event:
            continue  # "the London gallery", "the Moscow court": a city has many (but "the Cannes festival" is one)
        if t.ent_type_ == "NORP" and t.dep_ in ("amod", "compound", "npadvmod") and (person or not kind_of_thing):
            continue  # "the Spanish group", "the British-born presenter": which? ("the Portuguese parliament" is one)
        if one_of_many and t.dep_ == "compound" and t.head == token and (t.pos_ == "PROPN" or t.ent_type_):
            continue  # "the Chelsea striker", "the Labour MP": a club has many strikers (but one manager)
        if person and t.dep_ == "compound" and t.head.dep_ == "conj" and t.head.head == token and (
            t.head.lemma_.lower() in ROLE_NOUNS and t.ent_type_ != "PERSON"
        ):
            continue  # "the European commissioner and former Labour minister": Labour has many ministers
        if t.ent_type_ == "MONEY" and t.i < token.i:
            continue  # "the $150m movie", "the £2bn deal": what it cost does not say which
        if t.ent_type_ == "ORDINAL" and token.lemma_.lower() in DESCRIPTION_KINDS:
            continue  # "the first series": of which show?
        if t.tag_ in ("JJS", "RBS") and t.lower_ in TIME_RELATIVE:
            continue  # "the latest deal": the latest of those the article told of
        if _inside_a_hyphenated_word(t):
            continue  # "the Linux-based machine", "the London-based firm": a kind of thing, not which one
        if counted and t.dep_ == "nummod" and t.head == token and t.pos_ == "NUM":
            continue  # "the two men", "all three teams": the ones just told of
        if t.pos_ == "NUM" and _under_a_preposition_other_than_of(t, token):
            continue  # "the IPO for 17.3 million shares", "the match on 5 March": how big or when, not which
        if t.pos_ == "PROPN" and t.text.islower() and not t.ent_type_ and token.lemma_.lower() not in KIND_HEADS:
            continue  # "the Italian liqueur maker": a common noun the tagger took for a name
        if (YEAR.fullmatch(t.text) or t.ent_type_ == "DATE" and t.text in MONTHS) and t.i < token.i and not event:
            continue  # "the 1984 single", "the 2005 target", "the June gig": which of that year's or month's?
        if t.pos_ in ("PROPN", "NUM") or t.ent_type_ or t.tag_ in ("JJS", "RBS") or t.dep_ in ("relcl", "acl"):
            return False
        if t.dep_ == "compound" and t.head == token and t.pos_ == "NOUN" and token.lemma_.lower() in KIND_HEADS:
            return False  # "the music industry": a kind; but "the spyware tool" is one tool mentioned before
        if t.dep_ == "prep" and t.head == token and (t.lower_ == "of" or _names_a_place(t)):
            return False  # "the price of oil", "the situation in the world"
    return True


def _under_a_preposition_other_than_of(word: Token, head: Token) -> bool:
    node = word
    while node.head != head and node.head != node:
        node = node.head
    return node.dep_ == "prep" and node.lower_ != "of"


def the_greatest_of_a_place(token: Token) -> bool:
    """A firm described as the superlative of a place or of the world, with no name beside it."""
    if "ORG" not in DESCRIPTION_KINDS.get(token.lemma_.lower(), ()) or token.dep_ == "appos":
        return False  # "Holcim, the world's second-biggest cement maker": the name is beside it
    children = list(token.children)
    place = any(c.dep_ == "poss" and (c.lemma_.lower() == "world" or c.ent_type_ in ("GPE", "LOC")) for c in children)
    greatest = any(c.tag_ in ("JJS", "RBS") for c in children)
    return place and greatest and not any(c.pos_ == "PROPN" and c.dep_ in ("compound", "appos") for c in children)


def _says_nothing_of_which(child: Token) -> bool:
    """A part of a description that does not say which one is meant: an indefinite aside ("the suit - a figure
    in line with the fees it collected in 2003 -"), a clause set off by a comma, which only adds to what is
    known, or a clause that only dates it ("the settlement announced in January", "the film which was released
    last week")."""
    if child.dep_ == "appos":
        gap = child.doc[child.head.i + 1 : child.left_edge.i]
        apart = any(not t.is_punct for t in gap)  # "The protests had been led by ..., the Black Gay Men's Group":
        # an aside hung on the subject across the verb is the parse's slip, not a name of the protests
        return apart or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in child.children)
    if child.dep_ == "relcl" and child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == ",":
        return True  # "the document, which the Foreign Office says cost £2,500": more of one already known
    bare = child.n_lefts + child.n_rights == 0
    if child.dep_ in ("acl", "amod") and child.lemma_.lower() in BARE_PARTICIPLES and bare:
        return True  # "the eighteen firms involved", "the people concerned": those the article told of
    if child.dep_ not in ("acl", "relcl") or child.lemma_.lower() not in MAKING_KNOWN_VERBS:
        return False  # "the chief who stepped down in April" is one chief
    rest = [t for t in child.subtree if t != child and not t.is_punct]
    return bool(rest) and all(t.ent_type_ in ("DATE", "TIME") or not t.ent_type_ and t.pos_ in DATING_POS for t in rest)


DAYS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
    "tomorrow",
})  # fmt: skip


RELATIVE_SPANS = frozenset({"year", "week", "month", "season", "weekend"})


def _a_days_own(child: Token) -> bool:
    """ "Thursday's report", "Sunday's final", "this year's event": the day or the year says which only to a
    reader who knows the article's date."""
    if child.dep_ != "poss":
        return False
    relative = child.lower_ in RELATIVE_SPANS and any(c.lower_ in ("this", "last", "next") for c in child.children)
    return child.lower_ in DAYS or relative


DATING_POS = frozenset({"ADP", "DET", "AUX", "PRON", "ADV", "PART"})
MAKING_KNOWN_VERBS = frozenset({
    "announce", "unveil", "publish", "release", "reveal", "launch", "report", "agree", "sign", "reach", "strike",
    "issue", "propose", "introduce", "approve", "make", "give", "hold", "show", "air", "broadcast", "open",
})  # fmt: skip


def _place_before(word: Token, head: Token) -> bool:
    """A word of a place's name that runs into the head: "London" or "South" of "the South Yorkshire company"."""
    while word.dep_ in ("compound", "nmod") and word.head != head and word.head.ent_type_ == word.ent_type_:
        word = word.head
    return word.head == head


def _a_city(token: Token) -> bool:
    """A place named by a token that is not a country's: a city or a region, of which there are many galleries."""
    if token.ent_type_ != "GPE":
        return False
    place = next((e.text for e in token.doc.ents if e.start <= token.i < e.end), token.text)
    return place not in COUNTRY_NAMES


def _inside_a_hyphenated_word(token: Token) -> bool:
    doc = token.doc
    glued_after = token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_
    glued_before = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
    return glued_after or glued_before


def _names_a_place(preposition: Token) -> bool:
    """A phrase that pins a description down: "in the world", "in Iraq"."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    named = [o for o in objects if o.ent_type_ not in ("DATE", "TIME")]  # "the finalists for 2005": of what?
    named = [o for o in named if o.lemma_.lower() not in SPANS_OF_TIME]  # "the decision for a long time": which?
    return any(o.pos_ == "PROPN" or o.ent_type_ or o.lemma_.lower() in UNIQUE_REFERENTS for o in named)


SPANS_OF_TIME = frozenset({"time", "moment", "year", "month", "week", "day", "weekend", "past", "future", "present"})
