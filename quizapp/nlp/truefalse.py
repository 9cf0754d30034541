"""True/false candidates: a fact restated faithfully, and versions with one controlled change the article
does not support. Which of them a quiz uses is decided later, by the selection stage."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from .facts import (
    CALENDAR_WORDS,
    Fact,
    Piece,
    Sentence,
    Slot,
    approximate,
    contains_words,
    market_move,
    market_tick,
    sample_size,
    spelled_out,
)
from .fillin import NAME_STOPWORDS, TIME_OF_DAY, complements_a_share, initials, small_count, too_precise
from .items import Item, Person
from .names import spelt_alike
from .places import names_a_people
from .resources import COUNTRIES, COUNTRY_NAMES, FAITHS_AND_PARTIES, HONORIFICS
from .whosaid import item_id, reads_cleanly

CHANGED_NUMBER_WORD = {"two": "four", "three": "five", "four": "six", "five": "three", "six": "eight",
                       "seven": "nine", "eight": "five", "nine": "six", "ten": "seven", "twelve": "eight",
                       "eleven": "nine", "one": "three"}  # fmt: skip
# What a false version may change. Not a body ("Irish band Usher", "Japan's EU"), nor a date (a year moved
# is a side detail, and tense or history often exposes it): readers judged those exposed or trivia.
SWAP_ORDER = {"number": 0, "person": 1, "place": 4, "nationality": 5}
# A figure a false version may change: a count, a share or an amount of money; not a measure ("60m", "25-minute").
CHANGEABLE_UNIT = re.compile(
    r"(?:[£$€¥]|[a-z]{1,3}\$)?#(?:%| ?per ?cent| ?(?:bn|tn|m|k|billion|million|thousand|trillion))?"
)
CURRENCY = re.compile(r"[£$€¥]")
SHARE_OF_A_WHOLE = re.compile(r"(?:%|per ?cent) of (?:the |a |an )?[£$€¥]?\d", re.IGNORECASE)  # "12% of the 5.8m"
PART_OF_THE_WHOLE = re.compile(r"\b\d[\d,.]*%?\s+(?:\w+\s+)?of (?:them|whom|which|those|these)\b", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Words that say whether a man or a woman is meant: "Foxx triumphed for playing a female boxer" is exposed
GENDERED = re.compile(
    r"\b(?:he|she|his|her|him|himself|herself|male|female|man|woman|men|women|actress|mother|father|wife|"
    r"husband|son|daughter|brother|sister|boy|girl|king|queen|widow|widower|actor|actors|chairman|chairwoman|"
    r"spokesman|spokeswoman|businessman|businesswoman|sportsman|sportswoman)\b",
    re.IGNORECASE,
)
MIN_CHARS, MAX_CHARS = 15, 300
MAX_RECOGNISED_DIGITS = 4  # "$620.2 an ounce" is told from "$930.3" on reading; "635,173" from "952,759" is not
VENUE = re.compile(r"\b(?:in|at) (?:the )?((?:[A-Z][\w'-]+ ?)+)")  # "in Cardiff", "at Lansdowne Road"
SIDE_NOTE = re.compile(r"[-*\u2022\u2013]\s")  # a bulleted line after the story
MAX_LISTED = 3
LOW_PLACING = re.compile(
    r"\b(?:(?:in|at|into|to) (?:(?:the )?number (?:four|five|six|seven|eight|nine|ten|[4-9]|10)\b|"
    r"(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+th)(?: place)?\b)|"
    r"(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth) place\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Change:
    """One controlled change to a fact: what changed, from what, to what, and the changed statement."""

    kind: str
    was: str
    now: str
    statement: str
    new_words: frozenset[str]
    dropped_words: frozenset[str]


@dataclass(frozen=True)
class Alternatives:
    """The article's own people and values of each kind, the only ones a swap may bring in."""

    people: tuple[Person, ...]
    values: Mapping[str, Sequence[str]]
    speakers: frozenset[str] = frozenset()  # people the article quotes
    mentions: Mapping[str, int] = field(default_factory=dict)  # how often the article names each value
    expansions: Mapping[str, str] = field(default_factory=dict)  # acronym <-> the name the article gave it
    sayings: Mapping[str, str] = field(default_factory=dict)  # each quoted person's words, joined

    def for_slot(self, slot: Slot, statement: str) -> list[str]:
        """Values of the slot's kind from the article that exclude the original, none already in the statement.

        A value that contains, or is contained in, the original ("the council" / "the council's finance
        committee", "BBC" / "British Broadcasting Corporation") would not make the statement false.
        """
        lower = statement.lower()
        if slot.place in ("title", "titled", "described", "hyphenated", "list", "speaker"):
            return []  # "Ukrainian President Vladimir Putin": the world, not the article, gives it away
        if slot.place == "modifier" and slot.kind != "number":
            return []  # "an IBM engineer", "an IP address": another name there often makes no sense
        if lower.startswith("the " + slot.text.lower()) or f" the {slot.text.lower()}" in lower:
            return []  # "the UK": another name might not take "the"; "the Glasgow forward" is no person
        if slot.kind == "person":
            if re.search(rf"\b[A-Z][\w.]*['\u2019]s {re.escape(slot.text)}\b", statement):
                return []  # "France's Mauresmo": whose country the person is from, the world may know
            return [p.name for p in self._people_for(slot, statement) if p.surname.lower() not in lower]
        person_words = {w.lower() for p in self.people for n in (p.name, *p.aliases) for w in n.split()}
        options = [v for v in self.values.get(slot.kind, ()) if clean_value(v) and not person_words & words_of(v)]
        if slot.kind == "place":
            if slot.text not in COUNTRIES:
                return []  # a town for a region or a region for a street: no list tells which is which
            if any(v != slot.text and v not in COUNTRY_NAMES and contains_words(statement, v) for v in options) or any(
                m.group(1).strip() not in COUNTRY_NAMES | CALENDAR_WORDS for m in VENUE.finditer(statement)
            ):
                return []  # "against Ireland in Dublin", "at Lansdowne Road": the city or ground tells whose home
            options = [v for v in options if v in COUNTRIES and self.mentions.get(v, 0) >= 2]
            main = max(options + [slot.text], key=lambda v: self.mentions.get(v, 0))
            options = [v for v in options if v != main]  # "Ireland's side ... welcoming Ireland": the story's own
        if slot.kind == "nationality":  # "Russians" for "North Koreans", not "North Korean"
            if not nationality(slot.text):
                return []
            options = [v for v in options if nationality(v) and v.endswith("s") == slot.text.endswith("s")]
        if slot.kind == "organisation":  # a body for a body the story turns on, not a name in passing
            options = [v for v in options if self.mentions.get(v, 0) >= 2 and self.mentions.get(slot.text, 0) >= 2]
        return [v for v in options if v.lower() not in lower and excludes(v, slot.text)]

    def _people_for(self, slot: Slot, statement: str) -> list[Person]:
        """Other people of the article in a comparable part (both quoted, or both holding the same kind of
        title), of the same sex where both are known ("Hantuchova upset Coria" is exposed by the world, "a
        female boxer" by its own words), and not one the statement already describes by title."""
        person = slot.person
        if person is None:
            return []
        gendered = GENDERED.search(statement) is not None
        words = set(re.findall(r"[a-z]+", statement.lower()))
        return [
            p
            for p in self.people
            if p.name != person.name
            and excludes(p.name, person.name)
            and p.name.split()[0].lower().rstrip(".") not in HONORIFICS  # "Mr White": never named in full
            and self._comparable(p, person)
            and (not gendered or p.gender is not None and p.gender == person.gender)
            and (p.gender is None or person.gender is None or p.gender == person.gender)
            and not {r.head for r in p.roles} & words  # "A spokesman for UKIP called on [the spokesman] to quit"
            and not speaks_of(self.sayings.get(p.name, ""), person)
        ]

    def _comparable(self, one: Person, other: Person) -> bool:
        """Another minister for a minister, another quoted speaker for a speaker: a swap only reading tells.
        (Any other person of the story is a swap the world often exposes: an actor for a director; and two
        speakers with titles of different kinds are such a pair: "IAAF spokesman" for the Olympic champion.)"""
        heads, other_heads = {r.head for r in one.roles}, {r.head for r in other.roles}
        if heads or other_heads:  # "journalist Robert Peston" for the prime minister: a title tells them apart
            return bool(heads & other_heads)
        return one.name in self.speakers and other.name in self.speakers


def speaks_of(words: str, person: Person) -> bool:
    """Whether someone's words name the person ("I agree with Greg"): the two answer each other, and what one
    did or said may be half true of the other."""
    names = [person.name, person.surname, *person.aliases]
    if len(parts := person.name.split()) > 1:
        names.append(parts[0])
    return any(contains_words(words, name) for name in names if name)


HISTORY_YEARS = 5


def history(fact: Fact, sentences: Sequence[Sentence]) -> bool:
    """A statement dated years before the latest year the article names: background to the story."""
    years = [int(w) for s in sentences for w in s.words if YEAR.fullmatch(w)]
    dated = [int(y) for y in YEAR.findall(fact.render())]
    return bool(years and dated) and max(dated) <= max(years) - HISTORY_YEARS


def nationality(name: str) -> bool:
    """A people by country ("Brazilians", "Dutch"), not a faith or a party ("Catholics", "Tory") nor a word the
    model took for one ("anti-Semitism", the football club "Corinthians")."""
    words = name.lower().split()
    return bool(words) and name[:1].isupper() and all(w.isalpha() for w in words) and DEMONYM_ENDING.search(
        words[-1]
    ) is not None and not any(w.removesuffix("s") in FAITHS_AND_PARTIES or w in FAITHS_AND_PARTIES for w in words) and (
        names_a_people(words[0])  # not "Corinthians", a club
    )


# How names of peoples end ("Brazilians", "Dutch", "Iraqi", "Greek"): not "Euronext", a body the model took for one
DEMONYM_ENDING = re.compile(r"(?:an|ans|ese|ish|sh|ch|i|is|ic|er|ers|s|ek|eks|que|ques)$")


def clean_value(value: str) -> bool:
    """A name as a name: not a possessive ("Hanks'") nor a fragment the model cut at a bracket or quote."""
    return not re.search(r"['\u2019()\"]", value) and value[:1].isupper()


def excludes(new: str, old: str) -> bool:
    """Whether two names can name different things: no shared word, neither the initials of the other, nor a
    surname the other's misspelt ("Montieth" for "Monteith": one man, printed two ways)."""
    new_words, old_words = set(words_of(new)) - STOP, set(words_of(old)) - STOP
    if new_words & old_words:
        return False
    if spelt_alike(new.split()[-1], old.split()[-1]):
        return False
    return initials(new) != old.replace(".", "").upper() and initials(old) != new.replace(".", "").upper()


STOP = NAME_STOPWORDS


def stable_number(text: str) -> int:
    """A number drawn from the text, the same on every run (unlike hash())."""
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16)


def words_of(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[\w']+", text.lower()))


def supported(change: Change, fact: Fact, sentences: Sequence[Sentence]) -> bool:
    """Whether some sentence of the article says what the changed statement says.

    Conservative on purpose: a sentence with the new value and the same main verb, or sharing half the
    statement's content, counts as support.
    """
    if change.kind == "person" and named_together(change.now, others_named(fact, change.was), sentences):
        return True
    if change.kind == "number" and figure_of_the_same_subject(change.now, fact, sentences):
        return True
    for sentence in sentences:
        if change.new_words <= sentence.words | sentence.lemmas:
            if fact.verb in sentence.lemmas or len(fact.lemmas & sentence.lemmas) >= 0.5 * len(fact.lemmas):
                return True
    return False


def figure_of_the_same_subject(figure: str, fact: Fact, sentences: Sequence[Sentence]) -> bool:
    """The figure swapped in comes from a sentence naming what the statement names ("Shark Tale took $56m in
    its opening week" for "Shark Tale has raked in $80m [on DVD]"): with a qualifier dropped, it may be true."""
    digits = set(re.findall(r"\d[\d,.]*\d|\d", figure))
    capitalised = re.findall(r"(?<=\s)[A-Z][\w'-]+", fact.render())  # not the first word: any word starts so
    names = {w.lower() for w in capitalised if w not in CALENDAR_WORDS} - STOP
    return bool(digits) and any(digits <= s.words and names & s.words for s in sentences)


def others_named(fact: Fact, swapped: str) -> frozenset[str]:
    """The surname of each other person the statement names."""
    return frozenset(s.person.surname.lower() for s in fact.slots if s.person is not None and s.value() != swapped)


def named_together(person: str, others: frozenset[str], sentences: Sequence[Sentence]) -> bool:
    """A sentence names the person beside another name of the statement ("Smith has the backing of pundits,
    including Craig Brown"): the person may hold the same view or share the deed, so a swap to them is not
    surely false."""
    surname = person.split()[-1].lower()
    return any(surname in s.words and others & s.words for s in sentences)


def unit_of(text: str) -> str:
    """What a figure counts in: "£m" of "£264m", "%" of "9.8%", "" of "708"."""
    return FIGURE.sub("#", text.lower()).replace(" ", "")


def value_of(text: str) -> float | None:
    match = FIGURE.search(text)
    return float(match.group().replace(",", "")) if match else None


MIN_CHANGE = 0.2  # "£2,000" said to be "£1,996" is a slip of memory, not a false statement


def other_figure(text: str, figures: Sequence[str]) -> str | None:
    """Another figure of the article in the same unit, the nearest in size but a fifth apart at least: a swap
    only reading can tell."""
    unit, value = unit_of(text), value_of(text)
    if value is None or "#" not in unit or unit == "#":
        return None  # a bare count: "47 other countries" is no count of people at Heathrow
    same = [f for f in figures if unit_of(f) == unit and far_enough(value_of(f), value)]
    return min(same, key=lambda f: abs((value_of(f) or 0) - value), default=None)


def far_enough(new: float | None, old: float) -> bool:
    return new is not None and abs(new - old) >= MIN_CHANGE * max(abs(old), abs(new))


def changeable_figure(text: str) -> bool:
    """A count, share or sum: "20%", "£1.5bn", "400"; not a measure ("60m" run, "25-minute" episode) nor over 100%."""
    unit = unit_of(text).replace(",", "")
    if not CHANGEABLE_UNIT.fullmatch(unit) or unit.endswith("#m") and not CURRENCY.search(unit):
        return False
    value = value_of(text)
    return not ("%" in unit or "cent" in unit) or value is None or value * 1.5 <= 100


AN_SOUND = re.compile(r"^(?:[aeiou]|8|1[18](?!\d)|1[18],\d{3}(?!\d)|hour|honou?r|heir)", re.IGNORECASE)


def with_article_agreed(statement: str, new: str) -> str:
    """ "a 10% rise" changed to 15% reads "a 15% rise", 8% "an 8% rise": the article before the new value."""
    if re.match(r"[A-Z]{2,}\b", new):  # an acronym is read letter by letter: "an MP", "a UN envoy"
        wanted = "an" if new[0] in "AEFHILMNORSX" else "a"
    else:  # "a European", "a Ukrainian", "a one-off": a vowel letter with a consonant sound
        wanted = "an" if AN_SOUND.match(new) and not re.match(r"(?:eu|u[^nm]|uni|one)", new, re.IGNORECASE) else "a"

    def agree(match: re.Match[str]) -> str:
        word = match.group(1)
        fixed = wanted.capitalize() if word[:1].isupper() else wanted
        return f"{fixed} {new}"

    return re.sub(rf"\b(an?|An?) {re.escape(new)}", agree, statement, count=1)


def changed_number(text: str) -> str | None:
    lower = text.lower()
    if lower in CHANGED_NUMBER_WORD:
        new = CHANGED_NUMBER_WORD[lower]
        return new.capitalize() if text[:1].isupper() else new
    match = FIGURE.search(text)
    if not match:
        return None
    raw = match.group().replace(",", "")
    value = float(raw) if "." in raw else int(raw)
    if isinstance(value, int) and 1900 <= value <= 2100 and re.fullmatch(r"\d{4}", text):
        new_value: float = value - 4  # a year ("2004", never "$2,000"): four years earlier
    elif value < 10:
        new_value = value * 2 if value else 3
    else:
        new_value = round(value * 1.5, 1) if isinstance(value, float) else as_precise_as(int(value * 1.5), raw)
    grouped = "," in match.group() or isinstance(new_value, int) and new_value >= 1000 and not 1900 <= value <= 2100
    new_text = f"{new_value:,}" if grouped else str(new_value)  # "$1,321m", as the article writes its figures
    return text[: match.start()] + new_text + text[match.end() :]


def as_precise_as(value: int, original: str) -> int:
    """The changed figure rounded to the original's significant digits: 870 made 1,300, not 1,305, whose odd
    precision beside the article's round figures would tell it is made up."""
    digits = len(original.rstrip("0")) if original.isdigit() else len(original)
    scale = 10 ** max(0, len(str(value)) - max(digits, 2))
    return round(value / scale) * scale


COMPARED = re.compile(
    r"\b(?:from|than|compared|versus|against|up|down|rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|dipp\w*|dropp?\w*|"
    r"increas\w*|decreas\w*|grew|grow\w*|jump\w*|climb\w*|slump\w*|doubl\w*|halv\w*|pick\w* up|averag\w*|peak\w*|"
    r"high\w*|low\w*)\b",
    re.IGNORECASE,
)


def beside_a_figure_of_its_unit(text: str, statement: str) -> bool:
    """Another figure of the same measure in a statement that reads them against each other ("to $11.1bn
    from $10.9bn", "4.1% this year, dipping to 4%"): a change to one shows against the other."""
    if not COMPARED.search(statement):
        return False  # "175,000 at Lisbon airport and 10,000 at Porto": two counts, neither read against the other
    family = measure_family(text)
    figure = r"[£$€¥]?\d[\d,]*(?:\.\d+)?(?:\s?%|\s?per ?cent|\s?(?:million|billion|trillion|thousand|bn|m|k|tn)\b)?"
    others = [m.group() for m in re.finditer(figure, statement)]
    return sum(measure_family(o) == family for o in others) > 1


def one_end_of_a_range(figure: str, statement: str) -> bool:
    """ "A$7.17 to A$8.24", "20-25%": a figure read against the other end of its range."""
    here = re.escape(figure.strip())
    end = r"[^\s\d]{0,3}\d[\d,.]*(?:%|bn|m|k)?"
    after = re.search(rf"(?<![\w.])({here})\s*(?:-|\u2013|to)\s*({end})", statement)
    before = re.search(rf"({end})\s*(?:-|\u2013|to)\s*({here})(?![\d.])", statement)
    ends = [m.groups() for m in (after, before) if m is not None]
    return any(kind_of_end(one) == kind_of_end(other) for one, other in ends)  # not "rose 5% to 300 staff"


def kind_of_end(text: str) -> tuple[bool, bool]:
    return "%" in text, CURRENCY.search(text) is not None


def measure_family(text: str) -> str:
    """What a figure measures, whatever its scale: "$" for "$1.13bn" and "$639m", "%" for "76%"."""
    currency = CURRENCY.search(text)
    if currency:
        return currency.group()
    unit = unit_of(text)
    return "%" if "%" in unit or "cent" in unit else unit


TITLED_WORKS = frozenset({"drama", "series", "show", "film", "movie", "album", "single", "song", "game", "programme"})


def part_of_a_name(fact: Fact, slot: Slot) -> bool:
    """A figure right after a capitalised word of the statement, not its first: "Band Aid 20", "FTSE 100"."""
    if slot.start < 2:
        return False
    before = fact.pieces[slot.start - 1]
    if before.text in ("'s", "\u2019s") and fact.pieces[slot.start - 2].text[:1].isupper():
        return True  # "Ocean's 12": a film's title, which the world knows
    if before.text.lower() in TITLED_WORKS:
        return True  # "US drama 24", "the album 21": the work's name
    near = [fact.pieces[slot.end]] if slot.end < len(fact.pieces) else []
    near += [fact.pieces[slot.start - 2]] if fact.pieces[slot.start - 1].text.islower() else []
    if any(p.text[:1].isupper() and p.tag not in ("NNP", "NNPS", "") and p.text.isalpha() for p in near):
        return True  # "13 Going on 30": a work's title, a common word capitalised beside its figures
    return before.text[:1].isupper() and before.space != "" and before.text.isalpha()


def changes(fact: Fact, alternatives: Alternatives) -> Iterator[Change]:
    """Candidate changes, best first: another of the article's people, figures or places. Never a "not" put
    in or taken out: blind readers (r37-r39) rejected nearly every such statement, the word giving the key
    away."""
    if fact.quoted:
        return  # a person's own words are never changed
    if market_tick(fact):
        return  # "The yen had strengthened to 102.975 by 0730 GMT": one moment of trading, not worth a change
    plain = fact.render()
    figures = alternatives.values.get("number", ())
    for slot in sorted(fact.slots, key=lambda s: (SWAP_ORDER.get(s.kind, 9), s.start)):
        if slot.kind not in SWAP_ORDER or fact.negated:
            continue  # "Yelling has never raced there": of another, the article says nothing, so not false
        if slot.kind == "number":  # a small count changed by hand ("five dimensions") is absurd: the article's own
            if not changeable_figure(slot.text) or approximate(fact, slot) or market_tick(fact):
                continue
            if TIME_OF_DAY.fullmatch(slot.text.strip()):
                continue  # "due to explode at 2100 local time" made 2096: no clock shows it
            if one_end_of_a_range(slot.text, plain):
                continue  # "values the shares at A$7.17 to A$8.24" made "A$14.34 to A$8.24": a range turned round
            if sample_size(fact, slot):
                continue  # "a survey of 1,300 bosses" made 2,000: the finding stays true
            if too_precise(slot.text, MAX_RECOGNISED_DIGITS):
                continue  # "two in five of the 635,173 reports" made 952,759: neither figure is remembered
            if slot.place == "hyphenated" or part_of_a_name(fact, slot):
                continue  # "a 200-page book" is a measure; "Band Aid 20", "Channel 4" are names
            if complements_a_share(fact.render({slot.start: (slot.end, "")}), slot.text):
                continue  # "37.5% ..., with foreign films taking the remaining 62.5%": a change the sum exposes
            if beside_a_figure_of_its_unit(slot.text, plain):
                continue  # "4.1% this year, dipping to 4% in 2005": a change the other figure exposes
            if PART_OF_THE_WHOLE.search(plain) or SHARE_OF_A_WHOLE.search(plain):
                continue  # "60 people were arrested - 45 of them in the US": a part read against its whole
            if "%" in slot.text and len(re.findall(r"[£$€¥]\d", plain)) >= 2 and COMPARED.search(plain):
                continue  # "fell 15% to $56m from $66m": the change the two sums give, worked out by arithmetic
            elsewhere = [f for f in figures if f not in plain and f not in fact.evidence]  # "rose 0.8% ... and 0.4%":
            # not 0.4% twice; nor "5.65bn euros ($7.4bn)": the same sum in another currency, the bracket cut
            new = other_figure(slot.text, elsewhere)
            new = new or (None if small_count(slot.text) else changed_number(slot.text))
            options = [new] if new and slot.place != "list" else []
        else:
            options = alternatives.for_slot(slot, plain)[:1]
        for new in options:
            statement = with_article_agreed(fact.render({slot.start: (slot.end, new)}), new)
            yield Change(slot.kind, slot.value(), new, statement, words_of(new), words_of(slot.text))
    if (move := opposite_move(fact) or opposite_act(fact)) is not None:
        yield move


# A movement told by its verb, and the opposite movement in the same form: "Profits rose 27%" made "Profits
# fell 27%" is false, and only reading tells which way the figure went.
OPPOSITE_MOVE = {"rise": "fall", "fall": "rise", "increase": "decrease", "decrease": "increase", "grow": "shrink",
                 "shrink": "grow", "jump": "fall", "climb": "fall", "soar": "plunge", "surge": "fall",
                 "plunge": "soar", "slump": "rise", "drop": "rise", "dip": "rise", "tumble": "rise",
                 "decline": "rise"}  # fmt: skip
MOVE_FORMS = {  # base: past, past participle, third person, -ing
    "rise": ("rose", "risen", "rises", "rising"), "fall": ("fell", "fallen", "falls", "falling"),
    "increase": ("increased", "increased", "increases", "increasing"),
    "decrease": ("decreased", "decreased", "decreases", "decreasing"),
    "grow": ("grew", "grown", "grows", "growing"), "shrink": ("shrank", "shrunk", "shrinks", "shrinking"),
    "soar": ("soared", "soared", "soars", "soaring"), "plunge": ("plunged", "plunged", "plunges", "plunging"),
}  # fmt: skip
FORM_OF_TAG = {"VBD": 0, "VBN": 1, "VBZ": 2, "VBG": 3}  # where each tag's form stands in a verb's forms
BASE_FORM = 4
MOVE_WORD = re.compile(
    r"\b(?:ris(?:e|es|en|ing)\b|rose\b|fall|fell|increas|decreas|grow|grew|shr[iau]nk|jump|climb|soar|surg|plung|"
    r"slump|drop|dip(?:s|ped|ping)?\b|tumbl|declin|up\b|down\b|gain|lost\b|los(?:e|es|ing)\b|higher|lower|boost|"
    r"cut)\w*",
    re.IGNORECASE,
)
BALANCE_WORD = re.compile(r"\b(?:profit|loss|surplus|deficit)(?:s|es)?\b", re.IGNORECASE)  # "a profit of £2m"
# A cause or a sequel beside the movement tells its direction by sense: "plunged 20% after it warned of a fall"
TOLD_BY_ITS_CAUSE = re.compile(
    r"\b(?:after|as|following|amid|because|due to|thanks to|despite|on (?:fears|hopes|worries|concerns)|"
    r"rebound\w*|recover\w*|boost\w*|hit by|helped by|driven by|fuelled by|fail\w*|warn\w*|record)\b",
    re.IGNORECASE,
)
MEASURED = re.compile(r"(?:by |to |from )?(?:a |an )?(?:[£$€¥]|\d)")  # "rose 5%", "fell by £2m", "grew to 4.1%"


# A decision or an outcome told by the main verb, and its opposite in each form (past, participle, third person,
# -ing, base): "Honda has won a copyright case" made "Honda has lost a copyright case" tests the story itself.
ACT_FORMS = {
    "win": ("won", "won", "wins", "winning", "win"), "lose": ("lost", "lost", "loses", "losing", "lose"),
    "accept": ("accepted", "accepted", "accepts", "accepting", "accept"),
    "reject": ("rejected", "rejected", "rejects", "rejecting", "reject"),
    "approve": ("approved", "approved", "approves", "approving", "approve"),
    "agree": ("agreed", "agreed", "agrees", "agreeing", "agree"),
    "refuse": ("refused", "refused", "refuses", "refusing", "refuse"),
    "uphold": ("upheld", "upheld", "upholds", "upholding", "uphold"),
    "overturn": ("overturned", "overturned", "overturns", "overturning", "overturn"),
    "convict": ("convicted", "convicted", "convicts", "convicting", "convict"),
    "acquit": ("acquitted", "acquitted", "acquits", "acquitting", "acquit"),
    "clear": ("cleared", "cleared", "clears", "clearing", "clear"),
    "raise": ("raised", "raised", "raises", "raising", "raise"), "cut": ("cut", "cut", "cuts", "cutting", "cut"),
}  # fmt: skip
# ("refused to comment" is no decision to turn; "rejected allegations" made "accepted allegations" is no English)
OPPOSITE_ACT = {"win": "lose", "lose": "win", "accept": "reject", "reject": "accept", "approve": "reject",
                "agree": "refuse", "uphold": "overturn", "overturn": "uphold", "convict": "acquit",
                "acquit": "convict", "clear": "convict", "raise": "cut", "cut": "raise"}  # fmt: skip
# What a bank or a government raises or cuts and a court convicts or clears of: "cut 500 jobs" is no rate
RATES = re.compile(r"^(?:\w+ ){0,3}?(?:rates?|prices?|tax(?:es)?|dut(?:y|ies)|fares?|forecasts?|tariffs?)\b", re.I)
CHARGED = re.compile(r"^(?:\w+ ){0,2}?of\b")  # "cleared of murder", "convicted of fraud"
PROPOSALS = re.compile(
    r"^(?:\w+ ){0,3}?(?:offer|bid|proposal|plan|plans|deal|terms|invitation|application|resignation|takeover|"
    r"merger|request|motion|amendment|bill|budget|settlement|recommendation)s?\b",
    re.IGNORECASE,
)
# What one wins or loses: a contest ("lost the award" is no English, "lost the title" another story)
CONTESTS = re.compile(
    r"^(?:\w+ ){0,3}?(?:case|appeal|election|match|game|battle|vote|bid|fight|tie|final|race|seat|contest|challenge|"
    r"dispute|ballot|semi-final|series|by-election|court)\b",
    re.IGNORECASE,
)
# A word elsewhere in the statement that names the outcome: "cut rates to 4.75%, the first rise in a year" or
# "won the case, a victory for Sony" read as their own contradiction once the verb is turned.
NAMES_THE_OUTCOME = re.compile(
    r"\b(?:ris(?:e|es|ing)|rose|increase[sd]?|hikes?|cuts?|reductions?|falls?|higher|lower|victor(?:y|ies)|"
    r"defeats?|triumph\w*|success\w*|setbacks?|blow|win|wins|winners?|losers?|beat(?:en|s)?|rejection|"
    r"approval|refusal|acquittal|conviction|guilty|innocent)\b",
    re.IGNORECASE,
)


CONCEDED = re.compile(r"\b(?:despite|in spite of|although|though|even if|notwithstanding)\b", re.IGNORECASE)


def opposite_act(fact: Fact) -> Change | None:
    """The fact with its main verb's decision or outcome reversed: "won a copyright case" -> "lost a copyright
    case", "rejected the offer" -> "accepted the offer", "agreed to buy" -> "refused to buy"."""
    if fact.quoted or fact.negated or fact.verb not in OPPOSITE_ACT:
        return None
    if CONCEDED.search(fact.render()):
        return None  # "approved the takeover despite opposition from investors": turned, it contradicts itself
    opposite = ACT_FORMS[OPPOSITE_ACT[fact.verb]]
    for n, piece in enumerate(fact.pieces):
        if n == 0 or not piece.tag.startswith("VB") or piece.text.lower() not in ACT_FORMS[fact.verb]:
            continue
        rest = "".join(p.text + p.space for p in fact.pieces[n + 1 :])
        infinitive = n + 2 < len(fact.pieces) and fact.pieces[n + 1].text == "to" and fact.pieces[n + 2].tag == "VB"
        if fact.verb in ("agree", "refuse") and not infinitive:
            return None  # "agreed a deal", "agreed to the FCC's demands": "refused (to) ..." is no plain opposite
        if fact.verb in ("win", "lose") and not CONTESTS.match(rest):
            return None
        if fact.verb in ("raise", "cut") and not RATES.match(rest):
            return None  # "raised interest rates", but not "cut 500 jobs"
        if fact.verb in ("convict", "acquit", "clear") and not CHARGED.match(rest):
            return None  # "cleared of fraud", but not "cleared the way"
        if fact.verb in ("accept", "reject", "approve") and not PROPOSALS.match(rest):
            return None  # "accepted the offer", but not "accepted allegations" nor "approved of him"
        if rest.startswith(("that ", "to ")) and fact.verb not in ("agree", "refuse"):
            return None  # "accepted that he was wrong": "rejected that ..." is no English
        others = "".join(p.text + p.space for m, p in enumerate(fact.pieces) if m != n)
        if NAMES_THE_OUTCOME.search(others):
            return None
        new = opposite[FORM_OF_TAG.get(piece.tag, BASE_FORM)]
        statement = fact.render({n: (n + 1, new)})
        return Change("opposite", piece.text, new, statement, words_of(new), words_of(piece.text))
    return None


STATE_WORDS = frozenset({"is", "was", "were", "are", "be", "been", "closed", "ended", "finished", "profits", "sales"})


def opposite_move(fact: Fact) -> Change | None:
    """The fact with its one measured movement turned the other way: "Sales rose 5% to £2bn" -> "Sales fell 5%
    to £2bn". Only where it is the statement's one movement and a figure measures it (not "fell ill", "rose to
    fame"), and no second figure of its kind lets arithmetic tell the direction ("rose to 5% from 4%")."""
    plain = fact.render()
    moves, balances = len(MOVE_WORD.findall(plain)), len(BALANCE_WORD.findall(plain))
    one_balance = moves == 0 and balances == 1  # "a profit of £2m" turned, but not "Profits rose 5%" twice
    if fact.quoted or fact.negated or not (moves == 1 or one_balance) or TOLD_BY_ITS_CAUSE.search(plain):
        return None
    if any(float(p.replace(",", "")) >= 100 for p in PERCENTAGE.findall(plain)):
        return None  # "increased by 150%" turned "decreased by 150%": nothing falls by more than all it had
    for n, piece in enumerate(fact.pieces):
        rest = "".join(p.text + p.space for p in fact.pieces[n + 1 :])
        after_a_state = n > 0 and fact.pieces[n - 1].text.lower() in STATE_WORDS  # "were up 27%", not "clocked up"
        measured = re.match(r"[£$€¥]?\d", rest) is not None and not two_of_a_measure(rest)
        if piece.text in ("up", "down") and after_a_state and measured:
            new = "down" if piece.text == "up" else "up"  # "profits were up 27%"
            statement = fact.render({n: (n + 1, new)})
            return Change("direction", piece.text, new, statement, words_of(new), words_of(piece.text))
        turned = opposite_noun(piece)
        balance = BALANCE_WORD.fullmatch(piece.text) is not None  # a profit or a loss is of money, not "a 2-1 loss"
        of_its_kind = one_balance if balance else moves == 1
        if turned and n > 0 and of_its_kind and figure_beside(fact.pieces, n, rest, money=balance):
            statement = with_article_agreed(fact.render({n: (n + 1, turned)}), turned)  # "a 19% rise" -> "a 19% fall"
            return Change("direction", piece.text, turned, statement, words_of(turned), words_of(piece.text))
        lemma = lemma_of_move(piece.text.lower(), piece.tag)
        if lemma is None or n == 0:
            continue
        if not MEASURED.match(rest) or two_of_a_measure(rest):
            return None
        opposite = OPPOSITE_MOVE[lemma]
        forms = MOVE_FORMS[opposite]
        new = opposite if piece.tag in ("VB", "VBP") else forms[FORM_OF_TAG[piece.tag]]
        statement = fact.render({n: (n + 1, new)})
        return Change("direction", piece.text, new, statement, words_of(new), words_of(piece.text))
    return None


PERCENTAGE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?(?:%|per ?cent)")
# A movement told by a noun a figure measures: "a 19% rise in profits", "an increase of £2m"
OPPOSITE_MOVE_NOUN = {"rise": "fall", "fall": "rise", "increase": "decrease", "decrease": "increase",
                      "jump": "fall", "drop": "rise", "gain": "loss", "growth": "decline", "decline": "growth",
                      "profit": "loss", "loss": "profit", "surplus": "deficit", "deficit": "surplus"}  # fmt: skip
PLURAL = {"loss": "losses", "surplus": "surpluses", "deficit": "deficits"}


def opposite_noun(piece: Piece) -> str | None:
    word = piece.text.lower()
    singular = next((one for one, many in PLURAL.items() if many == word), None) or (
        word[:-1] if piece.tag == "NNS" and word.endswith("s") else word
    )
    if piece.tag not in ("NN", "NNS") or singular not in OPPOSITE_MOVE_NOUN:
        return None
    turned = OPPOSITE_MOVE_NOUN[singular]
    return PLURAL.get(turned, turned + "s") if singular != word else turned


def figure_beside(pieces: Sequence[Piece], n: int, rest: str, *, money: bool = False) -> bool:
    """ "a 19% rise", "a £2m increase" (the figure just before the noun) or "a rise of 19%"."""
    before = "".join(p.text + p.space for p in pieces[max(0, n - 4) : n]).strip()
    sign = "[£$€¥]" if money else "[£$€¥]?"
    return re.search(rf"{sign}\d[\d,.]*\s?(?:%|bn|m|per cent|-?points?)?$", before) is not None or (
        re.match(rf"of {sign}\d", rest) is not None and not two_of_a_measure(rest)
    )


def lemma_of_move(word: str, tag: str) -> str | None:
    if not tag.startswith("VB"):
        return None
    for lemma in OPPOSITE_MOVE:
        if word == lemma or word in MOVE_FORMS.get(lemma, ()) or word in regular_forms(lemma):
            return lemma
    return None


def regular_forms(lemma: str) -> tuple[str, ...]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    doubled = stem + stem[-1] if lemma in ("drop", "dip") else stem
    return (doubled + "ed", lemma + "s", doubled + "ing")


def two_of_a_measure(text: str) -> bool:
    """Two figures of one measure after the movement: "to $11.1bn from $10.9bn" tells its direction."""
    figures = [m.group() for m in re.finditer(r"[£$€¥]?\d[\d,]*(?:\.\d+)?\s?%?", text)]
    families = [measure_family(f) for f in figures]
    return len(families) != len(set(families))


def explanation_for(change: Change | None, fact: Fact) -> str:
    if change is None:
        return f'True. The article says: "{fact.evidence}"'
    return f'False. The article says {change.was}, not {change.now}: "{fact.evidence}"'


def true_false_item(
    article_id: str, fact: Fact, change: Change | None, expansions: Mapping[str, str] | None = None
) -> Item | None:
    statement = spelled_out(change.statement if change else fact.render(), expansions or {})
    if not reads_cleanly(statement) or not reads_cleanly(fact.evidence):
        return None  # a typo of the source, in what is asked or in what was cut from it
    if not MIN_CHARS <= len(statement) <= MAX_CHARS:
        return None
    extra = {"changed": {"kind": change.kind, "from": change.was, "to": change.now}} if change else {}
    return Item(
        id=item_id(article_id, "true_false", fact.evidence, statement),
        type="true_false",
        prompt=statement,
        choices=("True", "False"),
        answer=change is None,
        accepted=(),
        evidence=fact.evidence,
        explanation=explanation_for(change, fact),
        extra=extra,
    )


def true_false_candidates(
    article_id: str, fact: Fact, alternatives: Alternatives, sentences: Sequence[Sentence]
) -> list[Item]:
    """The faithful statement, and each false version no sentence of the article supports.

    A statement with no name, place or figure in it ("Standards are vital to the net") is a view or a
    generality, not a fact worth a question.
    """
    if fact.quoted:
        return []  # 'X said: "..."', always true: readers kept 18 of 24 (r51-r58), a side quote word for word
    roll_call = sum(slot.place == "list" and slot.kind != "nationality" for slot in fact.slots) >= MAX_LISTED
    # ("Russian President Putin and North Korean leader Kim": two people, their peoples words of their titles)
    if fact.order > 0 and (not fact.slots or roll_call):
        return []  # a generality, or "A, B, C and D are among the names": a roll call (the lede may have both)
    if not fact.slots and fact.timeless and not any(p.text[:1].isupper() for p in fact.pieces[1:]):
        return []  # "Gambling is hugely popular, especially with criminals": the lede's hook, not its news
    if fact.order > 0 and (market_tick(fact) or SIDE_NOTE.match(fact.evidence)):
        return []  # "is being shown on BBC2 at 2005 GMT", "- The film opens on Friday": a listing, a side note
    if fact.order > 0 and LOW_PLACING.search(fact.render()):
        return []  # "came in at fifth with $9m": a chart's lower places are side details (r42)
    if fact.order > 0 and history(fact, sentences):
        return []  # "won the Eton and Slough seat in 1964 - by 11 votes": a life's background, not the news (r44)
    dated = any(s.kind in ("number", "date") for s in fact.slots)
    news_figure = any(
        s.kind == "number" and not approximate(fact, s) or s.kind == "date" and s.place != "modifier"
        for s in fact.slots
    )  # "India has more than a billion people", "Under the 1989 Children Act, ...": background all the same
    general = not dated and len({s.value() for s in fact.slots}) < 2
    if general and fact.order > 0:
        return []  # one name and a generality: background a student could guess without reading (but the lede)
    if market_move(fact):
        return []  # "Shares were 28 pence lower at 925p by midday": the day's trading, not the story
    if fact.timeless and not news_figure and fact.order > 0:
        return []  # "The Screen Actors Guild represents US film and TV actors": background, not the story
    found = [true_false_item(article_id, fact, None, alternatives.expansions)]
    for change in changes(fact, alternatives):
        if not supported(change, fact, sentences):
            found.append(true_false_item(article_id, fact, change, alternatives.expansions))
    return [item for item in found if item is not None]
