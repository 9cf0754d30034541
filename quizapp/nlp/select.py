"""Choosing the quiz: from every candidate the generators propose, the items a careful teacher would keep.

The article's sentences are ranked by importance (the lede and the headline's words first, then what
follows, with people's statements and key figures weighing more); each sentence gives at most one item,
no item may give another's answer away, true/false keys stay near half false without "not" telling the
key, and the number of items follows the article's length rather than a quota.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .items import Item

WORDS_PER_ITEM = 45
MIN_ITEMS, MAX_ITEMS = 2, 12
MAX_WHO_SAID_SHARE = 0.6
MAX_ITEMS_PER_SPEAKER = 2
MAX_KEY_LEAD = 1  # a key may lead the other by one at most: a student always answering "True" gets about half
GIVEAWAY_SHARE = 0.6  # another prompt holding the answer and this share of a fill-in's other words
DUPLICATE_SHARE = 0.7  # two statements sharing this share of their content words say the same thing
SHORT_ARTICLE_SENTENCES = 20
MIN_FACT_WEIGHT = 0.6  # about the sixth sentence of twenty, later ones when they share the headline's words: readers
# kept 64% of statements from below it (r38-r44), against 72-94% above
MIN_FILL_IN_WEIGHT = 0.85  # the lede and the sentence after it, or a later one sharing the headline's words:
# readers judged most blanks past them a side figure (r36-r41: 6 of 14 kept, against 14 of 18 above)
REPORTING_PARTICIPLE = re.compile(r",? (?:saying|adding|telling|claiming|insisting|arguing|warning)\b")
SAME_SUBJECT_WORDS = 2  # two sayings sharing this many content words are about one thing
NEARBY_SENTENCES = 2  # one person's sayings this close are one stretch of talk
MIN_SUBJECT_WORD = 5  # shared words this long (or a figure) say two prompts are on one subject
QUESTION_WORDS = frozenset({"who", "told", "added", "warned", "claimed", "i", "we", "not", "would", "could", "should"})
BLANK = re.compile(r"_{3,}")
POSSESSIVE = re.compile(r"['\u2019]s\b")
NEGATION = re.compile(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)
STOPWORDS = frozenset(
    "a an the of in on at to for and or but is was were be been has have had by with from as that this it its "
    "their his her he she they which who said says will would".split()
)
KIND_BONUS = {"person": 0.1, "number": 0.1, "organisation": 0.05, "place": 0.0, "term": -0.05}
FALSE_KIND_ORDER = {"direction": -1, "opposite": -1, "number": 0, "person": 1, "speaker": 1, "organisation": 2,
                    "date": 3, "place": 4, "nationality": 5}  # fmt: skip


@dataclass(frozen=True)
class Candidate:
    """A proposed item, the article sentences its evidence covers, and how much those sentences matter."""

    item: Item
    sentences: frozenset[int]
    weight: float

    @property
    def negated(self) -> bool:
        return self.item.type == "true_false" and NEGATION.search(self.item.prompt) is not None

    @property
    def change(self) -> str:
        return str(self.item.extra.get("changed", {}).get("kind", ""))


@dataclass
class Quiz:
    """The items chosen so far and the counts that steer the next choice."""

    items: list[Candidate] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    types: Counter[str] = field(default_factory=Counter)
    keys: Counter[bool] = field(default_factory=Counter)  # true/false answers
    negated_keys: Counter[bool] = field(default_factory=Counter)  # answers of statements with a negation
    answers: Counter[str] = field(default_factory=Counter)
    speakers: Counter[str] = field(default_factory=Counter)  # items asking about each person's sayings
    per_speaker: int = MAX_ITEMS_PER_SPEAKER

    def add(self, candidate: Candidate) -> None:
        self.items.append(candidate)
        self.answers[str(candidate.item.answer)] += 1
        if speaker := speaker_of(candidate.item):
            self.speakers[speaker] += 1
        self.used |= candidate.sentences
        self.types[candidate.item.type] += 1
        if candidate.item.type == "true_false":
            key = bool(candidate.item.answer)
            self.keys[key] += 1
            if candidate.negated:
                self.negated_keys[key] += 1


def speaker_of(item: Item) -> str | None:
    """Whose saying the item asks about: a who-said item's answer, or the person a statement of who said
    what is about."""
    if item.type == "who_said":
        return str(item.answer)
    said_by = item.extra.get("said_by")
    return str(said_by) if said_by else None


def named_sayer(item: Item) -> str | None:
    """Whom an "X said that ..." statement names as the speaker: the true one, or the one swapped in."""
    if item.type != "true_false" or "said_by" not in item.extra:
        return None
    changed = item.extra.get("changed")
    return str(changed["to"]) if isinstance(changed, dict) else str(item.extra["said_by"])


def one_sayer_twice(one: Item, other: Item) -> bool:
    """Two statements of what one person said: once one is known true, the other reads false, and back."""
    return named_sayer(one) is not None and named_sayer(one) == named_sayer(other)


def words(text: str) -> list[str]:
    return re.findall(r"[\w'-]+", text.lower())


def content_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in STOPWORDS}


def contains_phrase(text: str, phrase: str) -> bool:
    haystack, needle = words(text), words(phrase)
    return bool(needle) and any(haystack[i : i + len(needle)] == needle for i in range(len(haystack)))


def sentence_weight(order: int, text: str, title: str, sentences: int) -> float:
    """The lede weighs most, then earlier sentences (a long article's story runs longer: positions count in
    twentieths of it); sharing the headline's words adds to any of them."""
    title_words = content_words(title)
    overlap = len(title_words & content_words(text)) / len(title_words) if title_words else 0.0
    position = order * SHORT_ARTICLE_SENTENCES / max(SHORT_ARTICLE_SENTENCES, sentences)
    return 1.0 / (1.0 + 0.12 * position) + 0.4 * overlap


def item_bonus(item: Item) -> float:
    """People's positions and key figures before side details."""
    if item.type == "who_said":
        return 0.25
    if item.type == "fill_in":
        return KIND_BONUS.get(str(item.extra.get("blank_kind")), 0.0)
    return 0.0


def gives_away(one: Item, other: Item) -> bool:
    """Either item is a fill-in whose answer the other prints along with most of its sentence."""
    for blank, text in ((one, other), (other, one)):
        if blank.type != "fill_in":
            continue
        forms = [str(blank.answer), *blank.accepted]
        stem = content_words(BLANK.sub(" ", blank.prompt))
        if any(contains_phrase(text.prompt, f) for f in forms) and stem:
            if len(stem & content_words(text.prompt)) / len(stem) >= GIVEAWAY_SHARE:
                return True
    return False


def same_statement(one: Item, other: Item) -> bool:
    a, b = content_words(BLANK.sub(" ", one.prompt)), content_words(BLANK.sub(" ", other.prompt))
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= DUPLICATE_SHARE


def item_limit(word_count: int) -> int:
    """A short article gets fewer items: about one for every 45 words, from 2 to 12."""
    return max(MIN_ITEMS, min(MAX_ITEMS, word_count // WORDS_PER_ITEM))


def fits(candidate: Candidate, quiz: Quiz) -> bool:
    """No sentence asked twice, no answer given away, no statement asked twice in other words; a fact
    from deep in the article (a side detail) only when it matters by other signs."""
    if candidate.sentences & quiz.used:
        return False
    if speaker_of(candidate.item) is None and candidate.weight < MIN_FACT_WEIGHT:
        return False  # a person's position is a main point wherever the article reports it
    if candidate.item.type == "fill_in" and candidate.weight < MIN_FILL_IN_WEIGHT:
        return False  # a blank asks for one word of the story: only the story's main sentences deserve it
    if any(one_stretch_of_talk(candidate, c) for c in quiz.items):
        return False
    clashes = (gives_away, same_statement, same_blank, prints_answer, same_change, same_speaker_same_subject,
               names_the_answer_on_its_subject, prints_the_changed_figure, tells_the_truth_of,
               prints_what_was_turned, one_fact_twice, one_sayer_twice)  # fmt: skip
    return not any(clash(candidate.item, c.item) for c in quiz.items for clash in clashes)


YEAR = re.compile(r"(?:19|20)\d\d")
FIGURE_WORD = re.compile(r"\d")
NAME_WORD = re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]{2,}")  # a capitalised word not opening a sentence


def one_fact_twice(one: Item, other: Item) -> bool:
    """Two statements with one figure and one name in common ("Paul Tucker voted to raise rates to 5%" and
    "MPC member Paul Tucker voted for a quarter point rise to 5%"): one fact asked twice in other words."""
    if "who_said" in (one.type, other.type):
        return False
    figures = [{w for w in words(i.prompt) if FIGURE_WORD.search(w) and not YEAR.fullmatch(w)} for i in (one, other)]
    names = [set(NAME_WORD.findall(i.prompt)) for i in (one, other)]
    return bool(figures[0] & figures[1]) and bool(names[0] & names[1])


def one_stretch_of_talk(one: Candidate, other: Candidate) -> bool:
    """Two sayings of one person a sentence or two apart: one interview, one point, and the first answers the
    second ("We believe peace is possible ..." and the next sentence of the same quotation)."""
    speaker = speaker_of(one.item)
    if speaker is None or speaker != speaker_of(other.item):
        return False
    return min(abs(a - b) for a in one.sentences for b in other.sentences) <= NEARBY_SENTENCES


def names_the_answer_on_its_subject(one: Item, other: Item) -> bool:
    """A prompt that names a who-said item's answer on the same subject: "People will not be taken in by
    Michael Howard's claims of £35bn" beside "Who said that his party can save £35bn ...?"."""
    for asked, text in ((one, other), (other, one)):
        if asked.type != "who_said" or not contains_phrase(POSSESSIVE.sub("", text.prompt), str(asked.answer)):
            continue
        names = set(words(str(asked.answer)))
        shared = (content_words(asked.prompt) & content_words(text.prompt)) - QUESTION_WORDS - names
        figures = [w for w in shared if any(ch.isdigit() for ch in w)]
        if figures or len(subject_stems(asked.prompt, names) & subject_stems(text.prompt, names)) >= SAME_SUBJECT_WORDS:
            return True
    return False


def subject_stems(text: str, names: set[str]) -> set[str]:
    """The long words of a prompt by their first letters: "contact" and "contacted" are one subject."""
    kept = content_words(text) - QUESTION_WORDS - names
    return {w[:MIN_SUBJECT_WORD] for w in kept if len(w) >= MIN_SUBJECT_WORD}


def same_speaker_same_subject(one: Item, other: Item) -> bool:
    """Two sayings of one person about one thing, or a who-said item and another prompt that names its
    speaker on the same subject: whoever reads the one knows the other."""
    for asked, text in ((one, other), (other, one)):
        if asked.type != "who_said":
            continue
        if contains_phrase(text.prompt, str(asked.answer).split()[-1] + " said"):
            return True  # "Who said that attacks ...?" beside "Bigger attacks ..., Malcolm Seagrave said."
        if contains_phrase(text.prompt, str(asked.answer)) and REPORTING_PARTICIPLE.search(text.prompt):
            return True  # "Who said 'I'm not well'?" beside "Jennifer Lopez cancelled ..., saying she was ill."
        if text.type == "fill_in" and str(text.answer) in (str(asked.answer), *asked.accepted):
            return True  # "..., _____ said." keyed with the answer of a who-said item
    if speaker_of(one) is None or speaker_of(one) != speaker_of(other):
        return False
    shared = content_words(one.prompt) & content_words(other.prompt) - QUESTION_WORDS
    return len(shared) >= SAME_SUBJECT_WORDS


def same_blank(one: Item, other: Item) -> bool:
    """Two fill-ins with one answer ("Kim Jong-un" and "Kim" are one): the second asks nothing new."""
    if not one.type == other.type == "fill_in":
        return False
    return bool({f.lower() for f in answer_forms(one)} & {f.lower() for f in answer_forms(other)})


def answer_forms(item: Item) -> list[str]:
    """The answer, its accepted forms, and for a person every part of the name ("Presley" of "Elvis Presley")."""
    forms = [str(item.answer), *item.accepted]
    if item.extra.get("blank_kind") == "person":
        forms += [w for w in str(item.answer).split() if len(w) >= 3]
    return forms


def same_change(one: Item, other: Item) -> bool:
    """Two false statements made by the same swap ("six" for "four" twice), or by one swap each way (Smith's
    words given to Costantini, Costantini's to Smith): once a student sees one, the other is plain."""
    changed = one.extra.get("changed"), other.extra.get("changed")
    if None in changed:
        return False
    return {changed[0]["from"], changed[0]["to"]} == {changed[1]["from"], changed[1]["to"]}


def prints_the_changed_figure(one: Item, other: Item) -> bool:
    """A false statement's figure changed ("$47" to "$70") beside a prompt that prints the true one, or the
    true one to more places ("rose $1.64 to $47.10"): the one tells the other is false. Or beside a prompt
    that prints the figure swapped in as the measure of something else ("a 37.5% boost" beside "Japanese
    films took 37.5%"): the figure is seen to belong elsewhere."""
    for false, text in ((one, other), (other, one)):
        changed = false.extra.get("changed") or {}
        if changed.get("kind") != "number":
            continue
        for value in (str(changed.get("from", "")), str(changed.get("to", ""))):
            figure = re.escape(value)
            if any(ch.isdigit() for ch in value) and re.search(rf"(?<![\w.,]){figure}(?!\d|,\d)", text.prompt):
                return True
        if text.type == "fill_in" and FIGURE_DIGITS.findall(str(changed.get("from", ""))) == [str(text.answer)]:
            return True  # "30 projects" (false) beside "_____ projects" keyed 20: the blank tells the statement false
    return False


FIGURE_DIGITS = re.compile(r"\d[\d,.]*")


SWAPS = frozenset({"person", "speaker", "place", "organisation", "nationality"})


def tells_the_truth_of(one: Item, other: Item) -> bool:
    """A false statement beside a prompt that tells what is true: a swap of Agassi for Melzer beside "Agassi
    suffered a defeat by Melzer" (both names on one event)."""
    for false, text in ((one, other), (other, one)):
        changed = false.extra.get("changed") or {}
        kind = changed.get("kind")
        if kind in SWAPS and contains_phrase(text.prompt, str(changed["from"])):
            if contains_phrase(text.prompt, str(changed["to"])):
                return True
    return False


def prints_what_was_turned(one: Item, other: Item) -> bool:
    """A movement turned ("economic growth of 2.2%" made "economic decline of 2.2%") beside a prompt that
    prints the true one ("will bolster Europe's economic growth"), or a decision turned ("has accepted a
    takeover offer") beside a prompt on the same thing ("is not prepared to recommend the offer"): the one
    tells the other is false."""
    for false, text in ((one, other), (other, one)):
        changed = false.extra.get("changed") or {}
        if changed.get("kind") == "direction":
            before = re.search(rf"(\w+) {re.escape(str(changed['to']))}\b", false.prompt)
            if before and contains_phrase(text.prompt, f"{before.group(1)} {changed['from']}"):
                return True
        elif changed.get("kind") == "opposite":  # not "Gatlin lost the 100m final" beside "won bronze in the 200m"
            after = false.prompt.split(str(changed["to"]), 1)[-1]
            decided = [w for w in words(after) if w not in STOPWORDS][:DECIDED_WORDS]
            if any(len(w) >= MIN_SUBJECT_WORD and w in content_words(text.prompt) for w in decided):
                return True
    return False


DECIDED_WORDS = 3  # the words after a turned decision that say what was decided: "a takeover offer worth ..."


def prints_answer(one: Item, other: Item) -> bool:
    """A fill-in's answer, in any accepted form, printed in the other item's prompt; or a name's every word
    ("Columbia Distributor" in "Columbia Funds Distributor")."""
    for blank, text in ((one, other), (other, one)):
        if blank.type == "fill_in":  # a name among a who-said item's choices is one of several, not the answer
            if any(contains_phrase(text.prompt, form) for form in answer_forms(blank)):
                return True
            name_words = set(words(str(blank.answer))) - STOPWORDS
            if blank.extra.get("blank_kind") == "organisation" and name_words <= set(words(text.prompt)):
                return True
    return False


def preference(candidate: Candidate, quiz: Quiz, limit: int) -> float | None:
    """How much the quiz wants this candidate now; None when it must not take it."""
    item = candidate.item
    speaker = speaker_of(item)
    if speaker is not None and quiz.speakers[speaker] >= quiz.per_speaker:
        return None  # a quiz of one person's sayings asks one thing over and over
    if item.type == "who_said":
        if quiz.types["who_said"] >= max(3, MAX_WHO_SAID_SHARE * limit):
            return None
        if any(c.item.type == "who_said" and c.item.answer == item.answer for c in quiz.items):
            return None  # one answer twice: readers kept 76% of second who-said items of a person, 87% of first ones
        if left_by_elimination(item, [c.item for c in quiz.items if c.item.type == "who_said"]):
            return None
        return 3.0
    if item.type == "fill_in":
        return 2.0 - quiz.types["fill_in"] / (1 + sum(quiz.types.values())) + item_bonus(item)
    key = bool(item.answer)
    if candidate.negated and not key and quiz.negated_keys[False] > quiz.negated_keys[True]:
        return None  # a "not" must not tell the key: a swap that keeps the article's "not" runs one ahead at most
    # a true statement with the article's own "not" may run one further ahead: it lets a false "not" follow,
    # and true negated statements are what keep "not" from telling the key
    lead = MAX_KEY_LEAD + (1 if key and candidate.negated else 0)
    if quiz.keys[key] >= quiz.keys[not key] + lead:
        return None  # keys stay near even: a student who always answers "True" gets about half
    if quiz.keys[key] == quiz.keys[not key]:
        score_lean = -0.25 if key else 0.25  # on a tie, a false version where a sentence has one: there are fewer
    elif quiz.keys[key] < quiz.keys[not key]:
        score_lean = 0.5  # the key the quiz is short of: take it while a sentence offers it
    else:
        score_lean = 0.0
    score = 2.0 - quiz.types["true_false"] / (1 + sum(quiz.types.values())) + score_lean
    return score - 0.01 * FALSE_KIND_ORDER.get(candidate.change, 6 if not key else 0)


MIN_OPEN_CHOICES = 2


def left_by_elimination(item: Item, asked: Sequence[Item]) -> bool:
    """Who-said items over a few names, each the answer once: a student who knows the others' answers strikes
    them off, and one name is left: the answer without reading."""
    names = {n for i in (*asked, item) for n in i.choices}
    return bool(asked) and len(names) - len(asked) < MIN_OPEN_CHOICES


def by_sentence(candidates: Iterable[Candidate]) -> list[list[Candidate]]:
    """Candidates grouped by the first sentence they cover: the lede first (the story itself, never lost to a
    later item that would give it away), then the weightiest group."""
    groups: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        groups.setdefault(min(candidate.sentences), []).append(candidate)
    return sorted(groups.values(), key=lambda g: (first_of(g) != 0, -max(c.weight for c in g), first_of(g)))


def first_of(group: Sequence[Candidate]) -> int:
    return min(group[0].sentences)


def balance(quiz: Quiz) -> list[Candidate]:
    """With four or more true/false items, drop the lightest of the larger side until 30-70% are false."""
    chosen = list(quiz.items)
    while True:
        keys = [bool(c.item.answer) for c in chosen if c.item.type == "true_false"]
        if len(keys) < 4 or 0.3 <= keys.count(False) / len(keys) <= 0.7:
            return chosen
        larger = keys.count(True) > keys.count(False)
        side = [c for c in chosen if c.item.type == "true_false" and bool(c.item.answer) == larger]
        drop = min(side, key=lambda c: (c.negated, c.weight))  # a negated true covers a negated false: kept
        chosen.remove(drop)


def compose(candidates: Sequence[Candidate], *, word_count: int) -> list[Item]:
    """The quiz: each sentence's best candidate, weightiest sentences first, up to the article's share."""
    limit = item_limit(word_count)
    quiz = Quiz()
    groups = by_sentence(candidates)
    while True:  # a sentence passed over while the keys leaned its way may be taken once a later one evens them
        added = False
        for group in groups:
            if len(quiz.items) >= limit:
                break
            if any(c in quiz.items for c in group):
                continue
            options = []
            for candidate in group:
                score = preference(candidate, quiz, limit)
                if score is not None and fits(candidate, quiz):
                    options.append((score + candidate.weight, candidate))
            if options:
                quiz.add(max(options, key=lambda o: o[0])[1])
                added = True
        if not added or len(quiz.items) >= limit:
            return [c.item for c in balance(quiz)]
