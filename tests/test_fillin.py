"""Fill-in items: what may be blanked and what may not."""

from __future__ import annotations

import re

import pytest

from quizapp.answers import matches
from quizapp.nlp.article import from_text
from quizapp.nlp.pipeline import generate

from .conftest import SEED, corpus_records


def fill_ins(nlp, text: str):
    result = next(generate([from_text("t", "Title\n\n" + text)], nlp))
    return [i for i in result.items if i.type == "fill_in"]


def test_seed_fill_ins(nlp):
    result = next(generate([from_text("putin-kim-aurus", SEED.read_text(encoding="utf-8"))], nlp))
    items = [i for i in result.items if i.type == "fill_in"]
    assert len(items) >= 10
    assert len({i.answer.lower() for i in items}) == len(items)
    two_hour = next(i for i in items if i.answer == "two")
    assert two_hour.prompt == "Putin and Kim had a _____-hour conversation."
    assert matches("2", two_hour.answer, two_hour.accepted)
    for item in items:
        assert item.prompt.count("_____") == 1
        assert item.answer.lower() not in item.prompt.lower().replace("_____", " ")


@pytest.mark.parametrize(
    ("text", "answer", "prompt"),
    [
        ("Finance minister Carla Diaz opened a new bridge in Porto on 4 May 2004.",
         "Carla Diaz", "Finance minister _____ opened a new bridge in Porto on 4 May 2004."),
        ("The bridge across the river cost 40 million euros to build over six years.",
         "40 million", "The bridge across the river cost _____ euros to build over six years."),
    ],
)  # fmt: skip
def test_key_names_and_figures_are_blanked(nlp, text, answer, prompt):
    items = fill_ins(nlp, text)
    assert (answer, prompt) in [(i.answer, i.prompt) for i in items]


@pytest.mark.parametrize(
    "text",
    [
        "The council has argued about the bridge for many years without reaching a decision.",  # vague time
        "Spanish engineers helped Spain finish the bridge across the river before winter.",  # Spain/Spanish
        "Portugal and the Portuguese government agreed to pay for the bridge in full.",
    ],
)
def test_no_vague_or_given_away_blanks(nlp, text):
    for item in fill_ins(nlp, text):
        assert item.answer.lower() not in ("many years", "spain", "spanish", "portugal", "portuguese"), item.prompt


def test_corpus_fill_ins_never_blank_a_pronoun_or_stopword(nlp):
    records = list(corpus_records(53))
    articles = [from_text(r["id"], r["text"], title=r["title"]) for r in records]
    stop = {"he", "she", "it", "they", "the", "a", "an", "this", "that", "his", "her", "their", "its", "one"}
    seen = 0
    for result in generate(articles, nlp):
        answers = [i.answer.lower() for i in result.items if i.type == "fill_in"]
        assert len(answers) == len(set(answers))
        for answer in answers:
            seen += 1
            assert answer not in stop and not re.search(r"\b(many|several|few|some|hundreds|thousands)\b", answer)
    assert seen >= 100
