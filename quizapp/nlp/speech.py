"""True/false statements of who said what: "Ann Lowe said that ..." as the article reports it, and the same
words put in the mouth of another person the article quotes.

Who-said items need three people; a story with two voices (a minister and her critic, a coach and his
player) still asks who took which position, one statement at a time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .items import Attribution, Item, Person
from .truefalse import GENDERED, excludes, speaks_of
from .whosaid import MAX_PROMPT_CHARS, askable, in_the_same_position, item_id, mentions_any, reads_cleanly, sides

SPEECH_KIND = "speaker"


def statement_of(name: str, question: str) -> str:
    """ "Ann Lowe" + 'said that the plan was fair' -> "Ann Lowe said that the plan was fair." """
    text = f"{name} {question.rstrip()}"
    return text if text.endswith((".", "?", "!", '?"', '!"')) else text + "."


SAME_SUBJECT_STEMS = 2  # two long words in common ("concerns", "Albania"): two sayings on one subject
STEM = 5


def other_speaker(
    person: Person,
    speakers: Sequence[Person],
    said: Attribution,
    attributions: Sequence[Attribution] = (),
    sentences: Sequence[str] = (),
) -> Person | None:
    """The first other person the article quotes who could have said it: not named in the words, of the
    speaker's gender when the words say "he" or "she" of the speaker, and not one who said the like ("many
    serious concerns" beside "grave concerns": the swapped statement would be half true)."""
    question = said.question
    gendered = GENDERED.search(question) is not None
    for other in speakers:
        if not excludes(other.name, person.name) or mentions_any(question, [other.name, *other.aliases, other.surname]):
            continue  # "Prof Etzioni" for "Amitai Etzioni" is the same man
        if gendered and (other.gender is None or other.gender != person.gender):
            continue
        if any(a.speaker == other.name and said_the_like(a.statement, question) for a in attributions):
            continue
        if speaks_of(" ".join(a.statement for a in attributions if a.speaker == other.name), person):
            continue  # "I agree with Greg": Greg's words in the other's mouth would be half true
        if {r.head for r in other.roles} & set(re.findall(r"[a-z]+", question.lower())):
            continue  # "praised his chancellor" put in the chancellor's mouth praises himself
        if in_the_same_position(other, said, sentences):
            continue  # "Cook, like Mr Kennedy, pointed to ...": Kennedy's name in it would be true as well
        if FIRST_PERSON_PLURAL.search(question) and not of_another_side(person, other):
            continue  # "the experience we have in the squad": the boss's "we" fits his own player as well
        return other
    return None


FIRST_PERSON_PLURAL = re.compile(r"\b(?:[Ww]e|us|[Oo]urs?)\b|\b[Ww]e(?:'re|'ve|'ll|'d)")


def of_another_side(person: Person, other: Person) -> bool:
    """Both titled, by bodies that differ ("Spurs boss", "Manchester United manager"): one's "we" is not the other's."""
    mine, theirs = sides(person), sides(other)
    return bool(mine) and bool(theirs) and not mine & theirs


# A pronoun of the saying stands for its speaker: in another's mouth it would stand for them, or be misread
THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.IGNORECASE)
COMMON_STEMS = frozenset(w[:STEM] for w in (
    "would", "could", "should", "there", "their", "which", "about", "after", "being", "other", "people", "years",
    "these", "those", "where", "while", "still", "since", "because", "never", "really", "think", "going", "things",
))  # fmt: skip


def stems(text: str) -> set[str]:
    """The long ordinary words of a saying, by their first letters ("child" of "children"); not names, which
    two people on one story share without saying the same."""
    found = {w[:STEM] for w in re.findall(r"\b[a-z][a-z]+", text) if len(w) >= STEM}
    return found - COMMON_STEMS


def said_the_like(one: str, other: str) -> bool:
    return len(stems(one) & stems(other)) >= SAME_SUBJECT_STEMS


def speech_candidates(
    article_id: str, attributions: Sequence[Attribution], persons: Sequence[Person], sentences: Sequence[str] = ()
) -> list[tuple[Item, Attribution]]:
    """For each person's statement a question can restate, the faithful version and, where another quoted
    person of the article could have said it, the swapped one; none for a statement two people made."""
    by_name = {p.name: p for p in persons}
    order = list(dict.fromkeys(a.speaker for a in attributions if a.speaker_type == "person"))
    speakers = [by_name[name] for name in order if name in by_name]
    found: list[tuple[Item, Attribution]] = []
    for a, person in askable(attributions, persons):
        other = other_speaker(person, speakers, a, attributions, sentences)
        if other is None:
            continue  # nobody else quoted: "X said ..." asks nothing a reader must remember
        own_pronoun = THIRD_PERSON.search(a.question) is not None
        for speaker in (person,) if own_pronoun else (person, other):  # "Keegan felt that he can play on": who?
            statement = statement_of(speaker.name, a.question)
            if len(statement) > MAX_PROMPT_CHARS or not reads_cleanly(statement):
                break
            true = speaker is person
            extra: dict[str, object] = {"said_by": person.name}
            if not true:
                extra["changed"] = {"kind": SPEECH_KIND, "from": person.name, "to": other.name}
            explanation = (
                f'True. The article says: "{a.evidence}"'
                if true
                else f'False. The article says {person.name} said this, not {other.name}: "{a.evidence}"'
            )
            item = Item(
                id=item_id(article_id, "true_false", a.evidence, statement),
                type="true_false",
                prompt=statement,
                choices=("True", "False"),
                answer=true,
                accepted=(),
                evidence=a.evidence,
                explanation=explanation,
                extra=extra,
            )
            found.append((item, a))
    return found
