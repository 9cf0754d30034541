"""Who-said-what items: a statement from the article; pick the person who made it."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence

from .items import Attribution, Item, Person
from .names import spelt_alike
from .resources import FEMALE_NOUNS, MALE_NOUNS

MIN_PEOPLE = 3
MALE_WORDS = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
FEMALE_WORDS = re.compile(r"\b(?:she|her|herself)\b", re.IGNORECASE)
REPORTERS = frozenset({"correspondent", "reporter", "journalist", "editor", "columnist", "presenter", "host"})
# "The BBC's Paul Reynolds", "our correspondent": a reporter of the paper or channel telling the news
NEWSROOM = re.compile(r"\b(?:BBC|ITV|CNN|Sky|Reuters|AFP|AP|Associated Press|Channel 4)['\u2019]s\b|\bour\b", re.I)
MAX_CHOICES = 4
MAX_PROMPT_CHARS = 300
# "Williams was also far from content" beside Davenport's complaint: the article puts that person in the
# same position, a second defensible answer
SAME_POSITION = r"(?:\s+\w+){0,2}\s+(?:also|likewise|similarly|echoed)\b"  # "Williams was also ..."
NEARBY_SENTENCES = 2
LIKENED_TITLES = ("", "Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Sir ", "Lord ", "Lady ")
LIKENED_VERBS = ("did", "had", "has", "does")


def item_id(article_id: str, kind: str, *parts: str) -> str:
    digest = hashlib.sha1("\x1f".join((article_id, kind, *parts)).encode("utf-8")).hexdigest()
    return digest[:12]


POSSESSIVE = re.compile(r"['\u2019]s\b")


def words(text: str) -> list[str]:
    """Lower-case words, a possessive "'s" split off so that "Reed's" names Reed."""
    return re.findall(r"[\w'-]+", POSSESSIVE.sub(" ", text.lower()))


def mentions_any(text: str, names: Sequence[str]) -> bool:
    """Whether any of the names appears in the text as whole words."""
    haystack = words(text)
    for name in names:
        needle = words(name)
        n = len(needle)
        if n and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1)):
            return True
    return False


GIVEN_NAME_LAST = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Jong-un" of "Kim Jong-un": a given name after the family name


def accepted_names(person: Person, others: Sequence[Person] = ()) -> tuple[str, ...]:
    """Other spellings that score: the short names the article uses (else the surname), the first and last
    names of a longer name; not one that also names another person of the article ("Jones" for Catherine
    Zeta Jones beside Norah Jones)."""
    given, last = person.name.split()[0], person.name.split()[-1]
    by_surname = last in person.aliases or person.surname in person.aliases
    # "Jim" for Jim Callaghan, named "Callaghan" too, is a familiarity; "Kim" for Kim Jong-un is his short name
    forms = [a for a in person.aliases if a != person.name and not (a == given and by_surname)]
    words = person.name.split()
    if len(words) >= 3 and words[0][:1].isupper() and person.surname == words[-1]:
        forms.append(f"{words[0]} {words[-1]}")  # "Ramdhan Kotamaraja" for "Ramdhan Yadav Kotamaraja"
    if person.surname != person.name and not (person.aliases and GIVEN_NAME_LAST.fullmatch(person.surname)):
        forms.append(person.surname)  # "O'Leary" beside the article's "David"; but "Kim", not "Jong-un"
    taken = {w.lower() for p in others if p.name != person.name for w in (p.name, p.surname, *p.aliases)}
    return tuple(f for f in dict.fromkeys(forms) if f.lower() not in taken)


CLOSED_BEFORE_OPENED = re.compile(r'^[^"]*[\w.,!?]"(?:\s|$|[,.;:])')  # the first mark closes: its opening is lost
DOUBLED_WORD = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
GLUED_I = re.compile(r"\b[a-z]{2,}I\b")  # "asI said": a dropped space
DOUBLED_PHRASE = re.compile(r"\b(\w+ \w+) \1\b", re.IGNORECASE)  # "revelled in his return to the to the ..."
MISSING_OF = re.compile(r"\bone (?:his|her|their|its|my|our|your)\b", re.IGNORECASE)  # "one his G8 priorities"
MISSING_TO = re.compile(r"\baccording (?!to\b|as\b)", re.IGNORECASE)  # "according revised data"
# "a undecided fee": "a" before a vowel sound (not "a one-off", "a euro", "a unique")
A_BEFORE_A_VOWEL = re.compile(r"\b[Aa] (?:(?!one\b|once\b|one-|[Ee]u|[Ee]we)[AEIOaeio][a-z]|un(?!i)[a-z])")
AN_BEFORE_A_CONSONANT = re.compile(r"\b[Aa]n [b-df-gj-np-tv-wyz][a-z]")  # "An second-half goal" (not "an x-ray")
# "the looming problems of council tax bands he argued which would ...": a cue left in the middle of the words
CUE_INSIDE_THE_WORDS = re.compile(r"\b(?:he|she|they) (?:argued|said|claimed|insisted|added|warned)\s+(?:which|who)\b")
CUT_AT_A_JOINING_WORD = re.compile(r"\b(?:but|and|or|because|although)[\"'\u201d]?[?.!]?$")  # "... risks but?"
# "should 'given a good beating'": a "be" or "have" lost between a modal and a participle
MISSING_BE = re.compile(
    r"\b(?:should|would|could|must|will|can|may|might)\s+[\"'\u2018\u201c]?(?:given|taken|beaten|done|seen|shown|"
    r"known|written|broken|chosen|driven|forgiven|forgotten|hidden|stolen|spoken|thrown|grown|drawn)\b",
    re.IGNORECASE,
)
# "The UK' opposition", "O'Sullivan' side": no possessive (that would end in s), no quotation
STRAY_APOSTROPHE = re.compile(r"\b\w*[A-Za-rt-z]' [a-z]")
OPENING_SINGLE_QUOTE = re.compile(r"(?:^|\s)'\w")
REPEATED_AROUND_PRONOUN = re.compile(r"\b(\w+)\s+(?:him|her|them|it|he|she|they|us|me)\s+\1\b", re.IGNORECASE)


def reads_cleanly(text: str) -> bool:
    """No doubled word ("than than"), words typed twice ("since him since he"), glued "I" ("asI"), a lost "of"
    ("one his priorities"), "to" ("according revised data") or "be" ("should 'given'"), "a undecided", "an second",
    a cue left inside the words ("bands he argued which would") nor a stray
    apostrophe ("the UK' opposition"): typos of the source a teacher would not hand out; nor words cut off at a
    joining word ("Who argued that there are risks but?") or a bracket left open."""
    typos = (DOUBLED_WORD, DOUBLED_PHRASE, REPEATED_AROUND_PRONOUN, GLUED_I, MISSING_OF, MISSING_TO, MISSING_BE,
             A_BEFORE_A_VOWEL, AN_BEFORE_A_CONSONANT, CUT_AT_A_JOINING_WORD, CUE_INSIDE_THE_WORDS)  # fmt: skip
    stray = STRAY_APOSTROPHE.search(text)
    if text.count("(") != text.count(")"):
        return False  # "The Institute of Public Policy Research (IPPR says ...": a bracket the cut left open
    if CLOSED_BEFORE_OPENED.match(text):
        return False  # 'said that about a third" of Asbos ...': a quotation mark whose opening the cut lost
    return not any(typo.search(text) for typo in typos) and not (stray and not OPENING_SINGLE_QUOTE.search(text))


def prompt_for(question: str) -> str:
    question = question.rstrip()
    return f"Who {question}" if question.endswith(("?", '?"', '!"')) else f"Who {question}?"


def choices_for(
    answer: Person, ranked: Sequence[Person], prompt: str, key: str, speakers: frozenset[str]
) -> tuple[str, ...] | None:
    """The answer and up to three other people of the article, none of them named in the prompt; when the
    prompt says "he" or "she", only people it could be. One of the others is another speaker of the article:
    where the answer is the only one quoted, the rest are people things happen to (a virus's celebrity lure,
    an author long dead), and the quoted one is the answer without reading."""
    gendered = "male" if MALE_WORDS.search(prompt) else "female" if FEMALE_WORDS.search(prompt) else None
    gendered = gendered or self_described_sex(prompt)
    others = [
        p
        for p in ranked
        if p.name != answer.name
        and not mentions_any(prompt, [p.name, *p.aliases, p.surname])
        and (gendered is None or p.gender == gendered)
        and not spoken_of_by_role(prompt, p)
    ]
    distractors: list[Person] = []
    for person in others:  # "Robbie Keane" beside "Matchwinner Keane", as the model split one man: one choice
        taken = [p.surname for p in (answer, *distractors)]
        one_of_them = any(person.surname == t or spelt_alike(person.surname, t) for t in taken)
        if len(distractors) < MAX_CHOICES - 1 and not one_of_them:
            distractors.append(person)  # nor "Mr Montieth" beside "David Monteith": one man, misspelt
    if len(distractors) < MIN_PEOPLE - 1 or not any(p.name in speakers for p in distractors):
        return None
    if names_the_answers_side(prompt, answer, distractors):
        return None
    names = [answer.name, *(p.name for p in distractors)]
    return tuple(sorted(names, key=lambda n: hashlib.sha1(f"{key}\x1f{n}".encode()).hexdigest()))


def sides(person: Person) -> set[str]:
    """The bodies and countries a person's titles name: "Middlesbrough" of "Middlesbrough boss", "Italian" of
    "Italian Prime Minister"."""
    return {w for r in person.roles for w in r.text.split() if w[:1].isupper() and w.lower() in r.qualifiers}


def names_the_answers_side(prompt: str, answer: Person, distractors: Sequence[Person]) -> bool:
    """ "... was 'absolutely worrying' for Italian exports" with the Italian Prime Minister the one Italian
    among the choices: the words name the answer's country or body, and no other choice shares it."""
    named = {w for w in sides(answer) if re.search(rf"\b{re.escape(w)}\b", prompt)}
    return bool(named) and not any(named & sides(p) for p in distractors)


SELF_DESCRIBED = re.compile(r"\bI(?:'m| am| was)\s+(?:just |only |still )?an?\s+((?:[\w-]+\s*){1,3})", re.I)


def self_described_sex(prompt: str) -> str | None:
    """ "I'm just a girl from a trailer park": a speaker who says her sex, so the choices are of it."""
    for match in SELF_DESCRIBED.finditer(prompt):
        words = set(match.group(1).lower().split())  # "a girl", "a proud father", "a single working mother"
        if words & FEMALE_NOUNS:
            return "female"
        if words & MALE_NOUNS:
            return "male"
    return None


SHORT_ROLES = {"referee": ("ref",), "manager": ("boss",), "chairman": ("chair",)}


def spoken_of_by_role(prompt: str, person: Person) -> bool:
    """ "The ref asked me ..." beside the referee as a choice: the words speak of that person, so they are not
    the speaker, and the choice is one fewer without reading."""
    heads = {r.head.lower() for r in person.roles}
    words = heads | {short for h in heads for short in SHORT_ROLES.get(h, ())}
    return any(re.search(rf"\bthe {re.escape(w)}\b", prompt, re.IGNORECASE) for w in words)


def rank_people(persons: Sequence[Person], attributions: Sequence[Attribution], counts: Counter[str]) -> list[Person]:
    """Speakers first, in the order they speak, then people with a title or named more than once: the
    article's players, each a choice a reader must think about."""
    speakers = list(dict.fromkeys(a.speaker for a in attributions if a.speaker_type == "person"))
    by_name = {p.name: p for p in persons}
    first = [by_name[s] for s in speakers if s in by_name]
    others = (p for p in persons if p.name not in speakers and (p.roles or counts[p.name] >= 2))
    return first + sorted(others, key=lambda p: (not p.roles, -counts[p.name], p.name))


def askable(attributions: Sequence[Attribution], persons: Sequence[Person]) -> list[tuple[Attribution, Person]]:
    """Each person's statement a question can restate: said by one person only, not a journalist's preview
    of someone else's speech, and not naming its own speaker ("Reed said that Mr Reed's ward ...")."""
    by_name = {p.name: p for p in persons}
    said_by = Counter(a.statement.lower() for a in attributions)
    found = []
    for a in attributions:
        person = by_name.get(a.speaker)
        if a.speaker_type != "person" or person is None or not a.question or said_by[a.statement.lower()] > 1:
            continue
        if any(r.head in REPORTERS for r in person.roles) or NEWSROOM.search(a.mention):
            continue
        if echoed_by_another(a, attributions) or SUBJECTLESS.match(a.question):
            continue  # "said that would not get a free vote": the parse gave the subject to the addressee
        if RETOLD_QUOTATION.search(a.statement):
            continue  # "Back then you'd hear: 'If you go to San Francisco ...'": someone else's words, retold
        if only_a_feeling(a.statement):
            continue  # "I was feeling horrible earlier in the week": how the speaker felt, not a position
        if not mentions_any(a.question, [person.name, *person.aliases, person.surname]):
            found.append((a, person))
    return found


RETOLD_QUOTATION = re.compile(r":\s*['\u2018]\w+(?:\s+\w+){2,}")
# "said that would not get a free vote" (the subject went to the addressee), "asked that whether ...": garbled
SUBJECTLESS = re.compile(
    r"\w+ that (?:would|will|could|should|can|may|might|must|is|was|are|were|has|had|have|did|does|whether|if)\b"
)
OWN_FEELING = re.compile(
    r"^(?:I|We)(?:'m|'re| am| are| was| were| have been| had been|'ve been)?(?: really| very| so| just)?"
    r" (?:feel|feels|felt|feeling|happy|delighted|pleased|disappointed|thrilled|gutted|tired|sad|proud|excited)\b"
)


def only_a_feeling(statement: str) -> bool:
    """The speaker's own mood, with no name or figure to make it about something."""
    rest = statement.split(" ", 1)[1] if " " in statement else ""
    return OWN_FEELING.match(statement) is not None and not re.search(r"\d|\b[A-Z][a-z]", rest)


SCARE_QUOTED = re.compile(r'"([^"]{3,60})"')


def echoed_by_another(said: Attribution, attributions: Sequence[Attribution]) -> bool:
    """The words quoted in a statement ("the comment was 'ill-advised'") said by someone else as well: two
    people could be the answer."""
    words = [w.lower() for w in SCARE_QUOTED.findall(said.statement)]
    others = [a.statement.lower() for a in attributions if a.speaker != said.speaker]
    return any(w in other for w in words for other in others)


SUBJECT_AND_VERB = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+(?:would|will|could|should|might|may)\b", re.IGNORECASE
)


def spoke_of_it_too(person: Person, said: Attribution, attributions: Sequence[Attribution]) -> bool:
    """Another speaker who told what the same thing would do ("the referendum would come in the first half of
    next year" beside "the referendum could be held in spring 2006"): as a choice, defensible too."""
    things = {m.group(1).lower() for m in SUBJECT_AND_VERB.finditer(said.statement)}
    theirs = " ".join(a.statement for a in attributions if a.speaker == person.name and a is not said)
    return bool(things & {m.group(1).lower() for m in SUBJECT_AND_VERB.finditer(theirs)})


def in_the_same_position(person: Person, said: Attribution, sentences: Sequence[str]) -> bool:
    """A sentence or two from the saying, the article says this person "also" did or thought the like."""
    first, last = said.sentences
    nearby = " ".join(sentences[max(0, first - NEARBY_SENTENCES) : last + NEARBY_SENTENCES + 1])
    if person.surname not in nearby:
        return False  # the cheap test first: most people are not named nearby at all
    surname = person.surname
    likened = [f"like {title}{surname}" for title in LIKENED_TITLES] + [f"as {surname} {v}" for v in LIKENED_VERBS]
    if any(phrase in nearby for phrase in likened):
        return True  # "Cook, like Mr Kennedy, pointed to ...", "as Kennedy did"
    return re.search(rf"\b{re.escape(surname)}{SAME_POSITION}", nearby) is not None


def who_said_candidates(
    article_id: str,
    attributions: Sequence[Attribution],
    persons: Sequence[Person],
    counts: Counter[str],
    sentences: Sequence[str] = (),
) -> list[tuple[Item, Attribution]]:
    """An item for each person attribution worth asking about; none when the article has under three people.
    `sentences` are the article's sentences in order, as the attributions count them."""
    ranked = rank_people(persons, attributions, counts)
    if len(ranked) < MIN_PEOPLE:
        return []
    speakers = frozenset(a.speaker for a in attributions if a.speaker_type == "person")
    found: list[tuple[Item, Attribution]] = []
    prompts: set[str] = set()
    for a, person in askable(attributions, persons):
        prompt = prompt_for(a.question)
        if len(prompt) > MAX_PROMPT_CHARS or prompt.lower() in prompts or not reads_cleanly(prompt):
            continue
        key = item_id(article_id, "who_said", a.evidence, prompt)
        candidates = [
            p for p in ranked if not in_the_same_position(p, a, sentences) and not spoke_of_it_too(p, a, attributions)
        ]
        choices = choices_for(person, candidates, prompt, key, speakers)
        if choices is None:
            continue
        role = f" ({person.roles[0].text})" if person.roles else ""
        item = Item(
            id=key,
            type="who_said",
            prompt=prompt,
            choices=choices,
            answer=person.name,
            accepted=accepted_names(person, persons),
            evidence=a.evidence,
            explanation=f"The article attributes this to {person.name}{role}.",
        )
        found.append((item, a))
        prompts.add(prompt.lower())
    return found
