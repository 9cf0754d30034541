"""Fill-in candidates: a standalone statement with one key name, number, place or term blanked out."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from num2words import num2words

from ..answers import place_aliases
from .facts import Fact, Slot, approximate, market_tick
from .items import Item, Person
from .people import most_named
from .resources import HONORIFICS
from .whosaid import accepted_names, item_id, mentions_any, reads_cleanly

BLANK = "_____"
# What may be blanked, best first: the story's figures, then its people; a nationality or a bare date is
# trivia, or given away by its sentence.
# Places are left out: "in the _____" of a British paper is "UK" to anyone, reader or not.
KIND_PREFERENCE = {"number": 0, "person": 1, "organisation": 2}
STEM = 5  # words sharing their first five letters give each other away: "Russia" / "Russian"
NAME_STEM = 3  # capitalised words need only three: "Spain" / "Spanish", "France" / "French"
NUMBER_WORDS = {"three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
                "ten": "10", "eleven": "11", "twelve": "12", "two": "2", "one": "1"}  # fmt: skip
PERCENT = re.compile(r"^(\d[\d,.]*)\s*(?:%|per\s?cent)$", re.IGNORECASE)
SCALED = re.compile(r"^(\w+)\s+(hundred|thousand|million|billion)$", re.IGNORECASE)
SCALE_SUFFIX = {"million": "m", "billion": "bn"}
AMOUNT = re.compile(r"([£$€¥]|[A-Z]{1,3}\$)?(\d[\d,]*(?:\.\d+)?)\s?(bn|m|k|tn|million|billion)?", re.IGNORECASE)
AMOUNT_WORDS = {"bn": "billion", "m": "million", "k": "thousand", "tn": "trillion"}
SCALE_VALUE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
FRACTION = re.compile(r"^(?:one|a)\s+(half|third|quarter|fifth)$", re.IGNORECASE)
FRACTION_DIGITS = {"half": "1/2", "third": "1/3", "quarter": "1/4", "fifth": "1/5"}
ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")
MIN_CHARS, MAX_CHARS = 15, 300
MEASURE_UNITS = re.compile(r"\d\s*(?:km|kg|g|lb|ft|mph|kmh|metres?|meters?|miles?|yards?|seconds?|minutes?)\b", re.I)
MIN_PERSON_MENTIONS = 2
SCORE = re.compile(r"\d{1,2}-\d{1,2}")
COUNTED = re.compile(r"(\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|m|bn))?)\s+([a-z]+)")
SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "per", "percent"})
# Prizes so famous that a sentence about awards or nominations names them without the article.
FAMOUS_PRIZES = re.compile(r"^(?:the )?(?:Oscars?|Academy Awards?|Grammys?|Emmys?|Baftas?|Golden Globes?|Brits|"
                           r"Brit Awards?|Tony Awards?|Tonys|Nobel Prizes?|Booker Prize)$", re.IGNORECASE)
RACE_DISTANCES = frozenset({50, 60, 100, 110, 200, 400, 800, 1000, 1500, 3000, 5000, 10000})
DATA_UNITS = {"kilobyte": "KB", "megabyte": "MB", "gigabyte": "GB", "terabyte": "TB"}
DATA_SIZE = re.compile(r"(\d[\d,.]*)\s+(kilobytes?|megabytes?|gigabytes?|terabytes?)", re.IGNORECASE)
COMPANY_WORDS = frozenset({"bank", "group", "corporation", "corp", "inc", "plc", "ltd", "holdings", "company", "co"})
TITLES = frozenset({
    "gen", "general", "col", "colonel", "lt", "capt", "captain", "maj", "major", "adm", "admiral", "sgt", "prof",
    "professor", "rev", "sen", "senator", "gov", "governor", "president", "judge",
})  # fmt: skip
CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?:\s+(?:of|and|for|the)?\s*[A-Z][a-z]+)+")
GLUED_BLANK = re.compile(r"[^\W_]_{3,}|_{3,}[^\W_]")
# A figure split into what stays beside the blank and what is blanked: "£1.8bn" is asked as "£_____ billion".
FIGURE = re.compile(r"(?P<currency>(?:[£$€¥]|[A-Z]{1,3}\$)?)(?P<figure>\d[\d,]*(?:\.\d+)?)(?P<rest>.*)")
SCALE = re.compile(r"(?P<scale>bn|m|k|tn|thousand|million|billion|trillion)\b", re.IGNORECASE)
UNIT_AFTER = re.compile(r"%|\s(?:per\s?cent|percent)|\s[A-Za-z][A-Za-z-]*(?:\s[A-Za-z][A-Za-z-]*)?")


def number_forms(text: str) -> list[str]:
    """ "19%" -> "19 per cent", "19 percent"; "two" -> "2"."""
    forms = []
    if text.lower() in NUMBER_WORDS:
        forms.append(NUMBER_WORDS[text.lower()])
    if match := PERCENT.match(text.strip()):
        number = match.group(1)
        forms += [f"{number}%", f"{number} per cent", f"{number} percent", number]  # "1.4" for "1.4%"
        if number.isdigit() and int(number) < 100:  # "three per cent", "three"
            word = num2words(int(number))
            forms += [f"{word} per cent", f"{word} percent", word]
    if match := AMOUNT.fullmatch(text.strip()):
        currency, figure, unit = match.groups()
        scale = AMOUNT_WORDS.get(unit.lower(), "") if unit else ""
        if unit and unit.lower() in SCALE_SUFFIX:  # "350 million" -> "350m", "350,000,000"
            forms += [f"{currency or ''}{figure}{SCALE_SUFFIX[unit.lower()]}"]
            if re.fullmatch(r"\d+", figure.replace(",", "")):
                forms.append(f"{currency or ''}{int(figure.replace(',', '')) * SCALE_VALUE[unit.lower()]:,}")
        bare = figure.replace(",", "")
        joined = f" {unit}" if unit and len(unit) > 2 else unit or ""  # "2 billion", "2bn"
        forms += [f"{figure}{joined}", f"{currency}{bare}{joined}"] if currency else []
        forms += [f"{currency or ''}{figure} {scale}", f"{figure} {scale}"] if scale else []
        forms += [bare] if not unit else []  # "£100,000" -> "100,000", "100000"
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):
        forms.append(text.replace(",", ""))  # "47,000" -> "47000"
    elif text.isdigit() and int(text) < 100:
        forms.append(num2words(int(text)))  # "60" -> "sixty"
    if match := DATA_SIZE.fullmatch(text.strip()):  # "200 megabytes" -> "200MB", "200 MB", "200"
        figure, unit = match.group(1), DATA_UNITS[match.group(2).lower().rstrip("s")]
        forms += [f"{figure}{unit}", f"{figure} {unit}", figure]
    if (match := SCALED.match(text.strip())) and match.group(1).lower() in NUMBER_WORDS:
        digits, scale = NUMBER_WORDS[match.group(1).lower()], match.group(2).lower()
        forms.append(f"{digits} {scale}")  # "five million" -> "5 million", "5m"
        if scale in SCALE_SUFFIX:
            forms.append(f"{digits}{SCALE_SUFFIX[scale]}")
        forms.append(f"{int(digits) * SCALE_VALUE[scale]:,}")  # "6,000,000"
    if (match := COUNTED.fullmatch(text.strip())) and match.group(2).lower() not in SCALE_WORDS:
        figure, noun = match.groups()  # "965,000 tonnes": the figure alone, or with its noun, in any spelling
        figures = [figure, *number_forms(figure)]
        forms += figures + [f"{f} {noun}" for f in figures[1:]]
    if match := FRACTION.match(text.strip()):
        word = match.group(1).lower()
        forms += [f"one {word}", f"a {word}", FRACTION_DIGITS[word]]  # "one third", "a third", "1/3"
    return forms


def acronyms(text: str) -> dict[str, str]:
    """Both ways between a name and the acronym the article gives it: "British Medical Association (BMA)"."""
    pairs: dict[str, str] = {}
    for match in ACRONYM.finditer(text):
        short = match.group(1)
        before = text[: match.start()].split()
        for size in range(len(short), min(len(before), 2 * len(short)) + 1):
            name = before[-size:]
            if "".join(w[0] for w in name if w[:1].isupper()) == short and name[0][:1].isupper():
                pairs[" ".join(name)], pairs[short] = short, " ".join(name)
                break
    return pairs


@dataclass(frozen=True)
class Names:
    """What the article calls things, for the spellings a blank accepts and the blanks it must not ask."""

    expansions: dict[str, str] = field(default_factory=dict)  # acronym <-> name, both ways
    organisations: tuple[str, ...] = ()
    title: str = ""
    people: tuple[Person, ...] = ()
    mentions: Mapping[str, int] = field(default_factory=dict)  # how often the article names each thing


def accepted_for(slot: Slot, names: Names) -> tuple[str, ...]:
    """Other spellings that score as right: a person's other names, digits for a number word, "19 per cent"
    for "19%", a place's other names, an organisation's acronym, the name it stands for, or its longer name
    in the article ("Labour Party" for "Labour")."""
    forms: list[str] = []
    if slot.person is not None:
        forms += [slot.person.name, *accepted_names(slot.person, names.people)]
    if slot.kind == "number":
        forms += number_forms(slot.text)
    if slot.kind == "place":
        forms += place_aliases(slot.text)
    if slot.text in names.expansions:
        forms.append(names.expansions[slot.text])
    if slot.kind == "organisation":
        forms += [o for o in names.organisations if o != slot.text and _extends(o, slot.text)]
        words = slot.text.split()
        if len(words) >= 2 and words[-1].lower().rstrip(".") in COMPANY_WORDS:
            forms.append(" ".join(words[:-1]))  # "Riggs" for "Riggs Bank"
    if slot.kind == "person" and len(slot.text.split()) >= 2 and slot.text.split()[0].lower().rstrip(".") in TITLES:
        forms.append(slot.text.split(maxsplit=1)[1])  # "Pinochet" for "Gen Pinochet"
    return tuple(dict.fromkeys(f for f in forms if f.lower() != slot.text.lower()))


def _extends(longer: str, name: str) -> bool:
    """ "Labour Party" extends "Labour"; "Sheffield United" extends "Sheffield"."""
    long_words, words = longer.lower().split(), name.lower().split()
    return len(long_words) > len(words) and (long_words[: len(words)] == words or long_words[-len(words) :] == words)


def gives_away(prompt: str, answer: str, accepted: Sequence[str]) -> bool:
    """The rest of the sentence names the answer, spells out its letters ("Federal Bureau of Investigation"
    beside "the _____" keyed "FBI"), or has a word that shares its stem."""
    rest = prompt.replace(BLANK, " ")
    if mentions_any(rest, [answer, *accepted]):
        return True
    if answer.isupper() and any(initials(run) == answer for run in CAPITALISED_RUN.findall(rest)):
        return True
    answer_stems = {w[:STEM] for w in re.findall(r"[a-z]+", answer.lower()) if len(w) >= STEM}
    rest_stems = {w[:STEM] for w in re.findall(r"[a-z]+", rest.lower()) if len(w) >= STEM}
    names = {w[:NAME_STEM] for w in re.findall(r"\b[A-Z][a-z]{3,}", answer)}
    rest_names = {w[:NAME_STEM] for w in re.findall(r"\b[A-Z][a-z]{3,}", rest)}
    return bool(answer_stems & rest_stems or names & rest_names)


NOT_BLANKED_PLACES = frozenset({"list", "title", "titled", "hyphenated", "speaker", "pronoun"})


def blankable(slot: Slot) -> bool:
    """One whole name, figure or term that stands on its own in the sentence.

    Not one of a list (the others would be right too), not a person's title or a name its title gives
    away ("Russian President _____"), not glued to a word by a hyphen ("_____-era"), and, but for a
    figure, not a modifier the noun after it gives away.
    """
    if slot.kind not in KIND_PREFERENCE or slot.place in NOT_BLANKED_PLACES:
        return False  # a speaker's name blanked asks who said it; "he" put back as a name would fit the blank too
    if slot.kind == "number" and (small_count(slot.text) or not plain_figure(slot.text)):
        return False  # "_____ leading firms predicted ...": how many were asked is trivia; "10/1" has many spellings
    return slot.place != "modifier" or slot.kind == "number"


def plain_figure(text: str) -> bool:
    """A figure a student can type one way: no odds or fractions ("10/1"), no distance or weight units; a
    figure at all ("half his age" is a phrase, not a figure of the story)."""
    has_figure = any(c.isdigit() for c in text) or bool(SCALED.match(text.strip()))
    relay = re.search(r"\d\s*x\s*\d", text)  # "4x100m"
    return has_figure and "/" not in text and not MEASURE_UNITS.search(text) and not relay


def small_count(text: str) -> bool:
    """A bare count under ten ("three", "5"), with no unit to make it a figure of the story."""
    digits = NUMBER_WORDS.get(text.lower(), text)
    return digits.isdigit() and int(digits) < 10


NAME_STOPWORDS = frozenset({"the", "of", "and", "for", "in", "on", "at", "a", "an", "s"})


def initials(name: str) -> str:
    """ "Federal Bureau of Investigation" -> "FBI"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in NAME_STOPWORDS).upper()


def in_a_title(fact: Fact, slot: Slot) -> bool:
    """ "Ocean's 12": a figure and a name that are parts of one title, not a figure or a body of the story."""
    text = re.escape(slot.text)
    if slot.kind == "number":
        return re.search(rf"\b[A-Z][\w-]*['\u2019]s {text}(?:\W*$|\s+[A-Z])", fact.evidence) is not None
    return re.search(rf"\b{text}['\u2019]s \d+\b", fact.evidence) is not None


def race_distance(fact: Fact, slot: Slot) -> bool:
    """ "the 100m final", "over 1500m": a race's distance in metres, not blanked like any distance; not the
    "100m" of "100m viewers" or "100m of the shares" (a plural noun or "of" after it counts millions)."""
    match = re.fullmatch(r"(\d{1,2},?\d{3}|\d{2,3})m", slot.text)
    if slot.kind != "number" or match is None or int(match.group(1).replace(",", "")) not in RACE_DISTANCES:
        return False
    after = fact.render({slot.start: (slot.end, BLANK)}).split(BLANK, 1)[1].split()
    following = after[0].lower() if after else ""
    counted = following == "of" or (following.endswith("s") and following not in ("hurdles", "is", "was", "as"))
    return not counted


@dataclass(frozen=True)
class Blank:
    """What the student fills in, with the unit printed either side of the blank ("£_____ billion")."""

    before: str
    answer: str
    after: str


def figure_blank(slot: Slot) -> Blank:
    """A figure's currency, scale and unit stay beside the blank, so that the sentence says a figure is
    wanted: "The new £_____ award", not "The new _____ award" (which "international" fills as well).
    A word scale ("bn", "m") is spelled out, and only after a currency or before a counted noun
    ("$1.8bn", "1.47m yuan"): a bare "200m" may be metres."""
    match = FIGURE.fullmatch(slot.text.strip()) if slot.kind == "number" else None
    if match is None:
        return Blank("", slot.text, "")
    currency, figure, rest = match.group("currency"), match.group("figure"), match.group("rest")
    scale = SCALE.match(rest)
    after = ""
    if scale and (currency or rest[scale.end() :].startswith(" ")):  # " million" is printed as it stands
        after = " " + AMOUNT_WORDS.get(scale.group("scale").lower(), scale.group("scale").lower())
        rest = rest[scale.end() :]
    if rest and not UNIT_AFTER.fullmatch(rest):
        return Blank("", slot.text, "")  # "2Mbps", "10K", "28-17": no unit to print apart from the figure
    return Blank(currency, figure, after + rest)


def fill_in_item(article_id: str, fact: Fact, slot: Slot, names: Names) -> Item | None:
    blank = figure_blank(slot)
    prompt = fact.render({slot.start: (slot.end, blank.before + BLANK + blank.after)})
    if blank.answer == slot.text:
        forms = accepted_for(slot, names) + with_honorific(fact, slot)
    else:  # a student may type the unit as well, or spell the figure out
        forms = (*number_forms(blank.answer), slot.text, *accepted_for(slot, names))
    accepted = tuple(dict.fromkeys(f for f in forms if f != blank.answer))
    if slot.place == "subject" and re.fullmatch(r"\d[\d,.]*", slot.text):
        return None  # "with _____ receiving a windfall": nothing says a figure is wanted
    if not reads_cleanly(prompt) or not reads_cleanly(fact.evidence) or prompt.count(BLANK) != 1:
        return None  # a typo of the source, in what is asked or in what was cut from it
    if not MIN_CHARS <= len(prompt) <= MAX_CHARS:
        return None
    if GLUED_BLANK.search(prompt):
        return None  # "about _____m an hour": the answer would be half a word
    if gives_away(prompt, blank.answer, accepted) or mentions_any(names.title, [slot.text, *accepted]):
        return None  # the sentence, or the headline above the quiz, names the answer
    if FAMOUS_PRIZES.match(slot.text) or re.search(r"\btold (?:the )?" + re.escape(BLANK), prompt):
        return None  # "boosting their _____ hopes", "has told the _____": world knowledge fills them in
    if slot.kind == "organisation" and re.search(r"\b[A-Z][\w&.-]*['\u2019]s " + re.escape(BLANK), prompt):
        return None  # "outstripping Microsoft's _____": the maker names its own product
    if slot.kind == "organisation" and names.mentions.get(slot.text, 0) < 2:
        return None  # a body named once in passing: a side detail, or one world knowledge supplies
    if slot.person is not None and names.mentions.get(slot.person.name, 0) < MIN_PERSON_MENTIONS:
        return None  # someone named once: a side figure of the story
    if slot.person is not None and set(prompt[: prompt.index(BLANK)].split()[-1:]) & set(slot.person.name.split()):
        return None  # "Ana _____ scored": half of the name is left beside the blank
    if slot.person is not None and slot.person.name == main_person(names):
        return None  # "_____ has had raunchy roles ...": the one the whole story is about, guessed without reading
    if SCORE.fullmatch(slot.text) and re.search(rf"\d+-\d+\s+{re.escape(BLANK)}|{re.escape(BLANK)}\s+\d+-\d+", prompt):
        return None  # "saw off the third seed 7-5 _____": one set's score of several, trivia
    if complements_a_share(prompt, slot.text):
        return None  # "_____ of sales, with foreign films taking the remaining 62.5%": 100 less the other
    if prompt[: prompt.index(BLANK)].count('"') % 2 == 1:
        return None  # "I'll be _____ fresh": inside a person's own words, a turn of phrase more than a fact
    return Item(
        id=item_id(article_id, "fill_in", fact.evidence, prompt),
        type="fill_in",
        prompt=prompt,
        choices=(),
        answer=blank.answer,
        accepted=accepted,
        evidence=fact.evidence,
        explanation=f'The article says: "{fact.evidence}"',
        extra={"blank_kind": slot.kind},
    )


def complements_a_share(prompt: str, answer: str) -> bool:
    """A share the sentence gives away as what is left of 100% beside another share it prints."""
    share = PERCENT.match(answer.strip())
    if share is None:
        return False
    value = float(share.group(1).replace(",", ""))
    others = [float(m.replace(",", "")) for m in re.findall(r"(\d[\d,]*(?:\.\d+)?)\s*(?:%|per\s?cent)", prompt)]
    return any(abs(value + other - 100) < 0.01 for other in others)


def main_person(names: Names) -> str | None:
    """The person the story is about."""
    return most_named({p.name: names.mentions.get(p.name, 0) for p in names.people})


def with_honorific(fact: Fact, slot: Slot) -> tuple[str, ...]:
    """ "Dr Carpenter" and "Dr Brian Carpenter" where the blank takes the honorific with the name (not where
    the statement gave a bare surname its given name: "Xavier Rush" for "Rush" is the name, already listed)."""
    under = " ".join(piece.text for piece in fact.pieces[slot.start : slot.end])
    if slot.person is None or under == slot.text or not under.endswith(" " + slot.text):
        return ()
    honorific = under[: -len(slot.text)].strip()
    if honorific.lower() not in HONORIFICS:
        return ()
    return tuple(dict.fromkeys(f for f in (under, f"{honorific} {slot.person.name}") if f != slot.text))


def fill_in_candidates(article_id: str, fact: Fact, names: Names) -> list[Item]:
    """An item for each slot of the fact worth blanking, best kind first.

    A name is blanked only where another name or figure stays to anchor the sentence: "_____ firmly
    stands by his words" asks nothing a reader could pin down.
    """
    slots = sorted((s for s in fact.slots if blankable(s)), key=lambda s: (KIND_PREFERENCE[s.kind], s.start))
    slots = [s for s in slots if not (s.kind == "number" and approximate(fact, s))]  # "More than _____ voted"
    slots = [s for s in slots if not (s.kind == "number" and market_tick(fact))]  # "_____ by 0900 GMT": a tick
    slots = [s for s in slots if not in_a_title(fact, s)]  # "Ocean's _____", "_____'s 12"
    slots = [s for s in slots if not race_distance(fact, s)]  # "the 100m final": a distance, not 100 million
    slots = [s for s in slots if s.kind == "number" or any(o.start != s.start for o in fact.slots)]
    items = (fill_in_item(article_id, fact, slot, names) for slot in slots)
    return [item for item in items if item is not None]
