"""True/false statements: standalone restatements, each kind of change, and the falsity check."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from quizapp.nlp.article import from_text
from quizapp.nlp.facts import Sentence, article_sentences, read_facts
from quizapp.nlp.people import find_people
from quizapp.nlp.pipeline import generate
from quizapp.nlp.attribution.reader import read_discourse
from quizapp.nlp.truefalse import Change, changed_number, supported, words_of

from .conftest import SEED, corpus_records


def facts_of(nlp, text: str):
    article = from_text("t", text)
    docs = list(nlp.pipe(b.text for b in article.blocks))
    people = find_people(docs)
    paragraphs = [(i, d) for i, (b, d) in enumerate(zip(article.blocks, docs, strict=True)) if b.kind == "paragraph"]
    discourse = read_discourse(paragraphs, people)
    return read_facts(paragraphs, people, discourse.pronouns), article_sentences(paragraphs)


def statements(nlp, text: str) -> list[str]:
    return [f.render() for f in facts_of(nlp, "Title\n\n" + text)[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a subject pronoun becomes the name it stands for
            "Finance minister Carla Diaz presented the budget on Monday. She cut the fuel tax by 5% in March.",
            "Carla Diaz cut the fuel tax by 5% in March.",
        ),
        (  # a leading connective, an aside and a context adverb are trimmed
            "Meanwhile, Carla Diaz, the finance minister, also opened a new bridge in Porto.",
            "Carla Diaz opened a new bridge in Porto.",
        ),
        (  # a hedge around the claim is dropped
            "It is clear that the bridge cost 40 million euros to build.",
            "The bridge cost 40 million euros to build.",
        ),
    ],
)
def test_restated_to_stand_alone(nlp, text, expected):
    assert expected in statements(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Such measures have been tried in Spain before.",  # "such" points back
        "This bridge was opened by the mayor in 2004.",  # "this bridge": which?
        "It was opened by the mayor in 2004.",  # "it": what?
        "The two ministers signed the treaty in Lisbon.",  # "the two": who?
        "He intends to maintain the same philosophy as before.",  # no one to be "he", and "the same"
        "Similar rises have been seen in many other European nations.",
    ],
)
def test_sentences_that_cannot_stand_alone_are_left_out(nlp, text):
    opening = "Parliament met in Lisbon on Monday to debate the transport budget."
    assert statements(nlp, f"{opening} {text}") == [opening]


def test_changed_numbers():
    assert changed_number("two") == "four"
    assert changed_number("Three") == "Five"
    assert changed_number("1984") == "1980"
    assert changed_number("£4bn") == "£8bn"
    assert changed_number("35%") == "52%"
    assert changed_number("1,200") == "1,800"


def seed_items(nlp):
    return next(generate([from_text("putin-kim-aurus", SEED.read_text(encoding="utf-8"))], nlp)).items


def test_seed_has_each_kind_of_change_checked_against_the_article(nlp):
    items = [i for i in seed_items(nlp) if i.type == "true_false"]
    assert len(items) >= 10
    falses = [i for i in items if i.answer is False]
    assert len(falses) >= 4
    assert 0.3 <= len(falses) / len(items) <= 0.7
    for item in falses:
        change = item.extra["changed"]
        assert change["to"] in item.prompt
        assert change["from"] in item.explanation and item.evidence in item.explanation
    for item in items:
        assert item.evidence in " ".join(SEED.read_text(encoding="utf-8").split())
        assert not re.match(r"(he|she|they|it|this|these|those|his|her|their|its)\b", item.prompt, re.I)


def test_kim_driving_the_aurus_is_not_false(nlp):
    """The article says Kim "later took the wheel himself and drove them back"."""
    facts, sentences = facts_of(nlp, SEED.read_text(encoding="utf-8"))
    fact = next(f for f in facts if f.verb == "broadcast")  # "... a video showing Putin driving the ... Aurus ..."
    statement = "Kim Jong-un drove the Aurus."
    change = Change("person", "Putin", "Kim Jong-un", statement, words_of("Kim"), words_of("Putin"))
    driving = dataclasses.replace(fact, verb="drive", negation=None)
    assert supported(change, driving, sentences)
    elsewhere = Change("person", "Putin", "Volodymyr Zelenskyy", statement, words_of("Zelenskyy"), frozenset())
    assert not supported(elsewhere, driving, sentences)


def test_negation_is_supported_only_by_a_negated_sentence(nlp):
    facts, sentences = facts_of(nlp, "Title\n\nThe council approved the new budget on Monday.")
    [fact] = facts
    negated = Change("negation", "approved", "did not approve", "", frozenset(), frozenset())
    assert not supported(negated, fact, sentences)
    denial = Sentence(frozenset(), fact.lemmas, True)
    assert supported(negated, fact, [*sentences, denial])


def content_words(text: str) -> set[str]:
    stop = {"the", "a", "an", "of", "in", "on", "to", "and", "by", "for", "with", "at", "is", "was", "has", "its"}
    return {w for w in re.findall(r"[\w']+", text.lower()) if w not in stop}


def test_no_false_statement_is_stated_in_its_article(nlp):
    """Independent of the generator's own check: no sentence of the article holds the false statement."""
    records = list(corpus_records(41))
    articles = [from_text(r["id"], r["text"], title=r["title"]) for r in records]
    checked = 0
    for record, result in zip(records, generate(articles, nlp), strict=True):
        sentences = [content_words(s) for s in re.split(r"(?<=[.!?])[\"\u201d]?\s+", record["text"])]
        for item in result.items:
            if item.type != "true_false" or item.answer is not False:
                continue
            checked += 1
            claim = content_words(item.prompt)
            assert not any(claim <= sentence for sentence in sentences), json.dumps(item.to_json())
    assert checked >= 50
