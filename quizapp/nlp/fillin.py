"""Fill-in candidates: a standalone statement with one key figure blanked out.

Only figures are blanked. A name blank was, in blind reviews, mostly a side person of a match report, a
body world knowledge supplies ("iTunes after _____ reached agreement") or a name its title gives away
("British sprint icon _____"): readers kept 3 of the 20 name blanks of the last four reviews, against 17
of 26 figures. Who-said-what and true/false ask about the article's people.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from num2words import num2words

from .facts import Fact, Slot, approximate, market_move, market_tick, sample_size, spelled_out
from .items import Item
from .standalone import YEAR
from .whosaid import item_id, mentions_any, reads_cleanly

BLANK = "_____"
STEM = 5  # words sharing their first five letters give each other away: "seven" / "seventh"
NUMBER_WORDS = {"three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
                "ten": "10", "eleven": "11", "twelve": "12", "two": "2", "one": "1"}  # fmt: skip
PERCENT = re.compile(r"^(\d[\d,.]*)\s*(?:%|per\s?cent)$", re.IGNORECASE)
SCALED = re.compile(r"^(\w+)\s+(hundred|thousand|million|billion)$", re.IGNORECASE)
SCALE_SUFFIX = {"million": "m", "billion": "bn", "trillion": "tn"}
AMOUNT = re.compile(
    r"([£$€¥]|[A-Z]{1,3}\$)?(\d[\d,]*(?:\.\d+)?)\s?(bn|m|k|tn|million|billion|trillion)?", re.IGNORECASE
)
AMOUNT_WORDS = {"bn": "billion", "m": "million", "k": "thousand", "tn": "trillion"}
SCALE_VALUE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
               "trillion": 1_000_000_000_000}
FRACTION = re.compile(r"^(?:one|a)\s+(half|third|quarter|fifth)$", re.IGNORECASE)
FRACTION_DIGITS = {"half": "1/2", "third": "1/3", "quarter": "1/4", "fifth": "1/5"}
ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")
MIN_CHARS, MAX_CHARS = 15, 300
MEASURE_UNITS = re.compile(
    r"\d\s*(?:km|kg|g|lb|ft|mph|kmh|metres?|meters?|miles?|yards?|seconds?|secs?|minutes?|mins?)\b", re.I
)
SCORE = re.compile(r"\d{1,2}-\d{1,2}")
COUNTED = re.compile(r"(\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|m|bn))?)\s+([a-z]+)")
SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "per", "percent"})
RACE_DISTANCES = frozenset({50, 60, 100, 110, 200, 400, 800, 1000, 1500, 3000, 5000, 10000})
DATA_UNITS = {"kilobyte": "KB", "megabyte": "MB", "gigabyte": "GB", "terabyte": "TB"}
DATA_SIZE = re.compile(r"(\d[\d,.]*)\s+(kilobytes?|megabytes?|gigabytes?|terabytes?)", re.IGNORECASE)
GLUED_BLANK = re.compile(r"[^\W_]_{3,}|_{3,}[^\W_]")
# A figure split into what stays beside the blank and what is blanked: "£1.8bn" is asked as "£_____ billion".
FIGURE = re.compile(r"(?P<currency>(?:[£$€¥]|[A-Z]{1,3}\$)?)(?P<figure>\d[\d,]*(?:\.\d+)?)(?P<rest>.*)")
SCALE = re.compile(r"(?P<scale>bn|m|k|tn|thousand|million|billion|trillion)\b", re.IGNORECASE)
UNIT_AFTER = re.compile(r"%|\s(?:per\s?cent|percent)|\s[A-Za-z][A-Za-z-]*(?:\s[A-Za-z][A-Za-z-]*)?")


PENCE = re.compile(r"(\d+(?:\.\d+)?)p")


def thousands_forms(value: int) -> list[str]:
    """A round number of thousands as typed: "10,000" -> "10k", "10 thousand", "ten thousand"."""
    if value % 1000 or not 1000 <= value < 1_000_000:
        return []
    thousands = value // 1000
    forms = [f"{thousands}k", f"{thousands} thousand"]
    if len(words := num2words(thousands).split()) <= 2:  # "ten", "one hundred", not "one hundred and fifty-five"
        forms.append(" ".join(words) + " thousand")
    return forms


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
        if scale and figure.isdigit() and int(figure) < 100:  # "20m" -> "twenty million"
            forms.append(f"{num2words(int(figure))} {scale}")
        forms += [bare] if not unit else []  # "£100,000" -> "100,000", "100000"
        if not unit and bare.isdigit():  # "£10,000" -> "10k", "£10k", "ten thousand"
            typed = thousands_forms(int(bare))
            forms += typed + [f"{currency}{f}" for f in typed if currency and f[:1].isdigit()]
        if re.fullmatch(r"\d+\.\d*[1-9]0+", bare):  # "$42.30" -> "42.3", "$42.3"
            short = bare.rstrip("0")
            forms += [short, f"{currency or ''}{short}{joined}"]
        if re.fullmatch(r"\d+\.0+", bare):  # "£7.00" -> "7", "£7", "seven"
            whole = bare.split(".")[0]
            forms += [whole, f"{currency or ''}{whole}{joined}", *number_forms(whole)]
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):
        forms.append(text.replace(",", ""))  # "47,000" -> "47000"
        forms += thousands_forms(int(text.replace(",", "")))
    elif text.isdigit() and (int(text) < 1000 or len(num2words(int(text)).split()) == 2):
        words = num2words(int(text))  # "60" -> "sixty", "150" -> "one hundred and fifty" (not "one thousand, two ...")
        forms += [words, words.replace(" and ", " ")] if " and " in words else [words]
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
    if match := PENCE.fullmatch(text.strip()):  # "1p" -> "1 penny", "one penny", "1 pence"
        figure = match.group(1)
        words = [figure, *([num2words(int(figure))] if figure.isdigit() and int(figure) < 100 else [])]
        forms += [f"{w} {unit}" for w in words for unit in ("pence", "penny" if figure == "1" else "p")]
        forms += ["a penny"] if figure == "1" else []
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
    by_initials: dict[str, set[str]] = {}
    for run in {m.group() for m in CAPITALISED_RUN.finditer(text)}:
        by_initials.setdefault(initials(run), set()).add(run)
    for short in set(BARE_ACRONYM.findall(text)) - set(pairs):
        names = set(by_initials.get(short, ()))
        if len(names) == 1:  # "the British Retail Consortium. The BRC said ...": the one name it stands for
            name = names.pop()
            pairs[name], pairs[short] = short, name
    return pairs


BARE_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
# "Office for National Statistics": capitalised words, with the small words a name may hold
CAPITALISED_RUN = re.compile(r"\b(?!The )[A-Z][a-z]+(?:(?: (?:of|for|and|on))? [A-Z][a-z]+)+")


def gives_away(prompt: str, answer: str, accepted: Sequence[str]) -> bool:
    """The rest of the sentence prints the answer in some spelling, or a word sharing its stem ("seventh")."""
    rest = prompt.replace(BLANK, " ")
    if mentions_any(rest, [answer, *accepted]):
        return True
    answer_stems = {w[:STEM] for w in re.findall(r"[a-z]+", answer.lower()) if len(w) >= STEM}
    rest_stems = {w[:STEM] for w in re.findall(r"[a-z]+", rest.lower()) if len(w) >= STEM}
    return bool(answer_stems & rest_stems)


NOT_BLANKED_PLACES = frozenset({"list", "title", "titled", "hyphenated", "speaker", "pronoun"})


def blankable(slot: Slot) -> bool:
    """One whole figure that stands on its own in the sentence: not one of a list (the others would be
    right too), not glued to a word by a hyphen ("_____-era"), not a small bare count ("_____ leading
    firms predicted ...": how many were asked is trivia), and one a student can type one way ("10/1" has
    many spellings)."""
    if slot.kind != "number" or slot.place in NOT_BLANKED_PLACES:
        return False
    return not small_count(slot.text) and plain_figure(slot.text) and not too_precise(slot.text) and not (
        TIME_OF_DAY.fullmatch(slot.text.strip())
    )  # "the 2300 slot": a time, typed "23:00" or "11pm" as often


TIME_OF_DAY = re.compile(r"(?!19|20)(?:[01]\d|2[0-3])[0-5]\d")


MAX_SIGNIFICANT_DIGITS = 3
FIGURES = re.compile(r"\d[\d,]*(?:\.\d+)?")


def too_precise(text: str, most: int = MAX_SIGNIFICANT_DIGITS) -> bool:
    """ "155,465 pickups": more digits than anyone remembers from one reading ("1.13bn", "47,000" are fine)."""
    digits = (figure.replace(",", "").replace(".", "").strip("0") for figure in FIGURES.findall(text))
    return any(len(d) > most for d in digits)


def plain_figure(text: str) -> bool:
    """A figure a student can type one way: no odds or fractions ("10/1"), no distance or weight units; a
    figure at all ("half his age" is a phrase, not a figure of the story)."""
    has_figure = any(c.isdigit() for c in text) or bool(SCALED.match(text.strip()))
    relay = re.search(r"\d\s*x\s*\d", text)  # "4x100m"
    glued = re.search(r"\d%?-[a-z]", text, re.IGNORECASE)  # "banned for 10-games", "46%-owned": many spellings
    code = re.search(r"\d[A-Za-z]+\d|^[A-Z]+\d|\d[A-Z]{2,}$", text.strip())  # "7E7", "A380", "3DS": a model's name
    return has_figure and "/" not in text and not MEASURE_UNITS.search(text) and not relay and not glued and not code


def small_count(text: str) -> bool:
    """A bare count under ten ("three", "5"), with no unit to make it a figure of the story."""
    digits = NUMBER_WORDS.get(text.lower(), text)
    return digits.isdigit() and int(digits) < 10


NAME_STOPWORDS = frozenset({"the", "of", "and", "for", "in", "on", "at", "a", "an", "s"})


def initials(name: str) -> str:
    """ "Federal Bureau of Investigation" -> "FBI"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in NAME_STOPWORDS).upper()


def in_a_title(fact: Fact, slot: Slot) -> bool:
    """ "Ocean's 12": a figure that is part of a title, not a figure of the story."""
    text = re.escape(slot.text)
    return re.search(rf"\b[A-Z][\w-]*['\u2019]s {text}(?:\W*$|\s+[A-Z])", fact.evidence) is not None


def race_distance(fact: Fact, slot: Slot) -> bool:
    """ "the 100m final", "over 1500m": a race's distance in metres, not blanked like any distance; not the
    "100m" of "100m viewers" or "100m of the shares" (a plural noun or "of" after it counts millions)."""
    match = re.fullmatch(r"(\d{1,2},?\d{3}|\d{2,3})m", slot.text)
    if match is None or int(match.group(1).replace(",", "")) not in RACE_DISTANCES:
        return False
    return not counts_millions(fact, slot)


def counts_millions(fact: Fact, slot: Slot) -> bool:
    """Whether a bare "m" figure counts something ("100m viewers", "100m of the shares"), not metres."""
    after = fact.render({slot.start: (slot.end, BLANK)}).split(BLANK, 1)[1].split()
    following = after[0].lower() if after else ""
    plural = following.endswith("s") and not following.endswith(("ss", "us"))  # not "a double 60m success"
    return following == "of" or (plural and following not in ("hurdles", "is", "was", "as"))


BARE_SCALED = re.compile(r"\d[\d,.]*(?:m|k)", re.IGNORECASE)  # "10,500m": metres, or millions of something


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
    match = FIGURE.fullmatch(slot.text.strip())
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


def fill_in_item(
    article_id: str, fact: Fact, slot: Slot, headline: str, expansions: Mapping[str, str] | None = None
) -> Item | None:
    blank = figure_blank(slot)
    prompt = spelled_out(fact.render({slot.start: (slot.end, blank.before + BLANK + blank.after)}), expansions or {})
    forms = number_forms(slot.text)
    if blank.answer != slot.text:  # a student may type the unit as well, or spell the figure out
        forms = [*number_forms(blank.answer), slot.text, *forms]
    if BARE_SCALED.fullmatch(slot.text) and not counts_millions(fact, slot):
        forms = [f for f in forms if not re.search(r"million|thousand|\d,\d{3},\d{3}", f)]  # a "10,500m" course
    accepted = tuple(dict.fromkeys(f for f in forms if f.lower() not in (blank.answer.lower(), "")))
    if slot.place == "subject" and re.fullmatch(r"\d[\d,.]*", slot.text):
        return None  # "with _____ receiving a windfall": nothing says a figure is wanted
    if not reads_cleanly(prompt) or not reads_cleanly(fact.evidence) or prompt.count(BLANK) != 1:
        return None  # a typo of the source, in what is asked or in what was cut from it
    if not MIN_CHARS <= len(prompt) <= MAX_CHARS:
        return None
    if GLUED_BLANK.search(prompt):
        return None  # "about _____m an hour": the answer would be half a word
    if gives_away(prompt, blank.answer, accepted) or mentions_any(headline, [slot.text, *accepted]):
        return None  # the sentence, or the headline above the quiz, names the answer
    if SCORE.fullmatch(slot.text) and re.search(rf"\d+-\d+\s+{re.escape(BLANK)}|{re.escape(BLANK)}\s+\d+-\d+", prompt):
        return None  # "saw off the third seed 7-5 _____": one set's score of several, trivia
    if RANKING.search(prompt):
        return None  # "risen to _____ in the world", "world number _____": a rank, trivia typed many ways
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


def beside_its_earlier_value(statement: str, answer: str) -> bool:
    """ "rose to _____%, up from November's 4.2%", "to 7.1% from _____%": one figure a guess at the other."""
    unit = re.sub(r"[\d,.]+", "#", answer.replace(" ", ""))
    others = [f for f in re.findall(r"[£$€¥]?\d[\d,.]*\s?(?:%|bn|m|p)?", statement) if f.strip() != answer.strip()]
    same = [f for f in others if re.sub(r"[\d,.]+", "#", f.replace(" ", "")) == unit]
    return bool(same) and re.search(r"\bfrom\b", statement, re.IGNORECASE) is not None


OUT_OF_EVERY = re.compile(r"\bout of (?:every |each )?_{5}")  # "six out of every _____ planes": 10, surely


def worked_out_from_its_sums(statement: str) -> bool:
    """ "rose by _____%, up 23,600 to 27,700": a change the sentence's own two figures of one measure give."""
    if not re.search(r"_{5}\s?(?:%|per cent)", statement):
        return False
    figures = [f.strip() for f in re.findall(r"[£$€¥]?\d[\d,.]*(?:\s?(?:%|bn|m|per cent))?", statement)]
    others = [f for f in figures if "%" not in f and "cent" not in f and not YEAR.fullmatch(f.rstrip(".,"))]
    units = [re.sub(r"[\d,.]+|bn$|m$", "", f.replace(" ", "")) for f in others]  # "$1.13bn", "$639m": both "$"
    return len(units) != len(set(units)) and COMPARED.search(statement) is not None


ALL_OF_IT = re.compile(r"100\s?(?:%|per ?cent)", re.IGNORECASE)  # "bought _____% of the firm": all, surely


def a_model_number(fact: Fact, slot: Slot) -> bool:
    """ "Porsche's 911 sports cars", "Boeing's 747": a bare number after a maker's name is the name of a model."""
    before = fact.pieces[slot.start - 1].text if slot.start > 0 else ""
    return before in ("'s", "\u2019s", "'") and re.fullmatch(r"\d+", slot.text.strip()) is not None


def converted_beside(fact: Fact, slot: Slot) -> bool:
    """ "the 1.3m (4.2ft) robot": the bracket gives the blank in other units."""
    return slot.end < len(fact.pieces) and fact.pieces[slot.end].text == "(" and any(
        re.match(r"\d", p.text) for p in fact.pieces[slot.end + 1 : slot.end + 3]
    )


def blank_of(slot: Slot) -> str:
    """The blank as the prompt prints it, its unit kept: "_____%"."""
    return "_____%" if "%" in slot.text or "cent" in slot.text else "_____"


COMPARED = re.compile(r"\b(?:from|to)\b")


RANKING = re.compile(rf"\b(?:[Nn]umber|No\.?|[Rr]anked)\s+{BLANK}|{BLANK}\s+in the world\b")  # not "no _____"
ORDINAL_FIGURE = re.compile(r"\d(?:st|nd|rd|th)\b")
RANGE = re.compile(r"\d\s*(?:[-\u2013]|to)\s*[£$€]?\d")  # "20-25%", "£5 to £7m": many ways to type a range


def fill_in_candidates(
    article_id: str, fact: Fact, headline: str, expansions: Mapping[str, str] | None = None
) -> list[Item]:
    """An item for each figure of the fact worth blanking, in the order of the sentence."""
    slots = sorted((s for s in fact.slots if blankable(s)), key=lambda s: s.start)
    slots = [s for s in slots if not approximate(fact, s) and not RANGE.search(s.text)]  # "More than _____ voted"
    slots = [s for s in slots if not ORDINAL_FIGURE.search(s.text)]  # "the UK's 1,000th number one": "1000th"?
    if market_tick(fact) or market_move(fact):
        return []  # "_____ by 0900 GMT", "Shares in Umbro were up _____%": a price at a tick of trading
    slots = [s for s in slots if not in_a_title(fact, s)]  # "Ocean's _____"
    slots = [s for s in slots if not race_distance(fact, s)]  # "the 100m final": a distance, not 100 million
    slots = [s for s in slots if not beside_its_earlier_value(fact.render(), s.text)]
    slots = [s for s in slots if not a_model_number(fact, s) and not converted_beside(fact, s)]
    slots = [s for s in slots if not sample_size(fact, s) and not ALL_OF_IT.fullmatch(s.text.strip())]
    slots = [s for s in slots if not worked_out_from_its_sums(fact.render({s.start: (s.end, blank_of(s))}))]
    slots = [s for s in slots if not OUT_OF_EVERY.search(fact.render({s.start: (s.end, "_____")}))]
    items = (fill_in_item(article_id, fact, slot, headline, expansions) for slot in slots)
    return [item for item in items if item is not None]
