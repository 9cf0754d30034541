"""Readers' comments printed after a story are no part of the article's facts."""

from __future__ import annotations

from quizapp.nlp.article import from_text
from quizapp.nlp.comments import readers_comments_start
from quizapp.nlp.pipeline import parse_one, propose

STORY = [
    "The Lisbon Pocket 100 has been chosen as the greatest gadget of all time by the Porto magazine Mobile Life.",
    "The 1991 laptop was chosen because it was one of the first portable computers, the magazine said.",
    "Sony's Walkman came third in the list of 100 gadgets, ahead of the Zenith remote control.",
]
COMMENTS = [
    "What about the marine chronometer? It changed navigation for centuries.",
    "A laptop is not a gadget! It's a working tool!",
    "I'd have put the mobile phone high up the list. Probably a Nokia model.",
    "The Psion Organiser 3 had a usable keyboard and removable storage in 1993. I loved mine.",
    "Congratulations to Lisbon, a deserved win!",
]


def test_a_closing_run_of_readers_comments_is_found():
    assert readers_comments_start(STORY + COMMENTS) == len(STORY)


def test_a_story_closing_with_quotations_or_a_single_question_keeps_every_paragraph():
    quoted = ['"I am delighted," said editor Ana Lopes. "We tested 300 gadgets."'] * 4
    assert readers_comments_start(STORY + quoted) is None
    assert readers_comments_start(STORY + ["Will the Pocket 100 sell again? The magazine thinks not."]) is None


def test_no_item_comes_from_a_readers_comment(nlp):
    article = from_text("t", "Lisbon laptop named greatest gadget\n\n" + "\n\n".join(STORY + COMMENTS))
    evidence = [c.item.evidence for c in propose(article, parse_one(article, nlp)).candidates]
    assert evidence and not [e for e in evidence if any(e in comment for comment in COMMENTS)], evidence
