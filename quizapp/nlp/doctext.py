"""The text of a parsed block, built once: spaCy's Doc.text joins every token on each access."""

from __future__ import annotations

from spacy.tokens import Doc

KEY = "quizapp_text"


def text_of(doc: Doc) -> str:
    text = doc.user_data.get(KEY)
    if text is None:
        text = doc.user_data[KEY] = doc.text
    return text
