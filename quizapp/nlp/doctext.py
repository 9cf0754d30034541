"""The text and the sentences of a parsed block, built once: spaCy's Doc.text joins every token on each
access, and Doc.sents walks the whole parse each time it is read."""

from __future__ import annotations

from spacy.tokens import Doc, Span

KEY = "quizapp_text"
SENTENCES_KEY = "quizapp_sentences"


def text_of(doc: Doc) -> str:
    text = doc.user_data.get(KEY)
    if text is None:
        text = doc.user_data[KEY] = doc.text
    return text


def sentences_of(doc: Doc) -> list[Span]:
    sentences = doc.user_data.get(SENTENCES_KEY)
    if sentences is None:
        sentences = doc.user_data[SENTENCES_KEY] = list(doc.sents)
    return sentences


def sentence_text(sent: Span) -> str:
    """Span.text without joining its tokens again."""
    return text_of(sent.doc)[sent.start_char : sent.end_char]
