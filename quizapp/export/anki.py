"""Anki decks from quiz items: our own note types, stable ids, every field escaped.

Reads items in the shape of shared/ITEMS.md; knows nothing of spaCy or the web app.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import genanki

# Fixed forever: changing one forks the note type in every student's collection.
WHO_SAID_MODEL_ID = 1_607_411_001
TRUE_FALSE_MODEL_ID = 1_607_411_002
CLOZE_MODEL_ID = 1_607_411_003
DECK_ID_BASE = 1_607_000_000_000
DECK_PREFIX = "quizapp"
BLANK = re.compile(r"_{3,}")

CSS = """
.card { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 20px;
  line-height: 1.45; color: #1d1d1f; background: #fdfdfd; text-align: left; padding: 0 4px;
  max-width: 36em; margin: 0 auto; }
.question { font-weight: 600; }
.choices { padding-left: 1.4em; }
.choices li { margin: .3em 0; }
.answer { font-size: 1.15em; font-weight: 700; color: #0b5cad; margin: .4em 0; }
.cloze { font-weight: 700; color: #0b5cad; }
.sentence { border-left: 4px solid #c7d2e0; padding: .2em .6em; margin: .8em 0; color: #333; }
.explanation { color: #333; }
.source { font-size: .8em; color: #666; margin-top: 1em; }
.nightMode.card, .night_mode .card { color: #e8e8e8; background: #1e1e1e; }
.nightMode .answer, .night_mode .answer, .nightMode .cloze, .night_mode .cloze { color: #7ab8ff; }
.nightMode .sentence, .night_mode .sentence { border-color: #4a5563; color: #d0d0d0; }
.nightMode .explanation, .night_mode .explanation { color: #d0d0d0; }
.nightMode .source, .night_mode .source { color: #a0a0a0; }
"""

SOURCE = '<div class="source">{{Article}}</div>'
BACK_DETAILS = '<div class="sentence">{{Sentence}}</div><div class="explanation">{{Explanation}}</div>' + SOURCE

WHO_SAID_MODEL = genanki.Model(
    WHO_SAID_MODEL_ID,
    "quizapp: who said what",
    fields=[{"name": n} for n in ("Question", "Choices", "Answer", "Sentence", "Explanation", "Article")],
    templates=[
        {
            "name": "Who said it",
            "qfmt": '<div class="question">{{Question}}</div>{{Choices}}',
            "afmt": '{{FrontSide}}<hr id="answer"><div class="answer">{{Answer}}</div>' + BACK_DETAILS,
        }
    ],
    css=CSS,
)

TRUE_FALSE_MODEL = genanki.Model(
    TRUE_FALSE_MODEL_ID,
    "quizapp: true or false",
    fields=[{"name": n} for n in ("Statement", "Answer", "Explanation", "Sentence", "Article")],
    templates=[
        {
            "name": "True or false",
            "qfmt": '<div class="question">True or false?</div><p>{{Statement}}</p>',
            "afmt": '{{FrontSide}}<hr id="answer"><div class="answer">{{Answer}}</div>' + BACK_DETAILS,
        }
    ],
    css=CSS,
)

CLOZE_MODEL = genanki.Model(
    CLOZE_MODEL_ID,
    "quizapp: fill in the blank",
    fields=[{"name": n} for n in ("Text", "Sentence", "Explanation", "Article")],
    templates=[
        {
            "name": "Fill in",
            "qfmt": "{{cloze:Text}}",
            "afmt": "{{cloze:Text}}" + BACK_DETAILS,
        }
    ],
    css=CSS,
    model_type=genanki.Model.CLOZE,
)


def deck_id(article_id: str) -> int:
    """The same deck id for the same article on every export and machine."""
    return DECK_ID_BASE + int(hashlib.sha1(f"quizapp-deck\x1f{article_id}".encode()).hexdigest()[:9], 16)


def deck_name(title: str, article_id: str) -> str:
    name = " ".join((title or article_id).split()).replace("::", ":")
    return f"{DECK_PREFIX}::{name}"


def tag(text: str) -> str:
    """Anki tags cannot hold spaces."""
    return re.sub(r"\s+", "_", text.strip()) or "untitled"


def escape(text: object) -> str:
    return html.escape(str(text), quote=True)


def cloze_text(prompt: str, answer: str) -> str:
    """The fill-in sentence with its blank as the first cloze, everything escaped."""
    before, after = BLANK.split(prompt, maxsplit=1)
    safe_answer = escape(answer).replace("}}", "} }").replace("::", ": :")
    return f"{escape(before)}{{{{c1::{safe_answer}}}}}{escape(after)}"


def note_for(item: Mapping[str, Any], article: Mapping[str, Any]) -> genanki.Note | None:
    """One note per item; None for an item type Anki has no note type for here."""
    title = escape(article.get("title") or article["id"])
    tags = [DECK_PREFIX, tag(item["type"]), tag(f"article::{article['id']}")]
    guid = genanki.guid_for(DECK_PREFIX, item["id"])
    sentence, explanation = escape(item["evidence"]), escape(item["explanation"])
    kind = item["type"]
    if kind == "who_said":
        choices = "".join(f"<li>{escape(c)}</li>" for c in item["choices"])
        fields = [escape(item["prompt"]), f'<ol class="choices">{choices}</ol>', escape(item["answer"])]
        return genanki.Note(WHO_SAID_MODEL, fields + [sentence, explanation, title], tags=tags, guid=guid)
    if kind == "true_false":
        answer = "True" if item["answer"] is True else "False"
        fields = [escape(item["prompt"]), answer, explanation, sentence, title]
        return genanki.Note(TRUE_FALSE_MODEL, fields, tags=tags, guid=guid)
    if kind == "fill_in" and BLANK.search(item["prompt"]):
        text = cloze_text(item["prompt"], str(item["answer"]))
        return genanki.Note(CLOZE_MODEL, [text, sentence, explanation, title], tags=tags, guid=guid)
    return None


def build_deck(article: Mapping[str, Any]) -> genanki.Deck:
    deck = genanki.Deck(deck_id(str(article["id"])), deck_name(article.get("title") or "", str(article["id"])))
    for item in article.get("items", []):
        note = note_for(item, article)
        if note is not None:
            deck.add_note(note)
    return deck


def write_apkg(articles: Iterable[Mapping[str, Any]], path: Path, *, timestamp: float | None = None) -> int:
    """Write one package with a deck per article; return the number of notes written."""
    decks: Sequence[genanki.Deck] = [build_deck(article) for article in articles]
    genanki.Package(list(decks)).write_to_file(str(path), timestamp=timestamp)
    return sum(len(deck.notes) for deck in decks)
