"""Moodle GIFT: multiple choice, true/false and short answer with every accepted answer.

Moodle shows a question's text, its choices and its feedback as HTML, so each question is marked `[html]`
and its text escaped (`<script>` arrives as text, never as markup); GIFT's own special characters get a
backslash. A short answer is compared with what the student types, not shown as HTML, so only its angle
brackets are escaped (an "&" stays, or "AT&T" would never match).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from typing import Any

GIFT_SPECIAL = re.compile(r"([~=#{}:\\])")
BLANK = re.compile(r"_{3,}")
HTML = "[html]"


def escape(text: object) -> str:
    """GIFT's rule: a backslash before each of ~ = # { } : (and the backslash itself)."""
    return GIFT_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", str(text)))


def shown(text: object) -> str:
    """Text Moodle shows as HTML: markup escaped first (no entity holds a GIFT character), then GIFT's."""
    return escape(html.escape(str(text), quote=False))


def typed(text: object) -> str:
    """A short answer the student's typing is compared with: no markup can pass, "&" stays as typed."""
    return escape(str(text).replace("<", "&lt;").replace(">", "&gt;"))


def feedback(item: Mapping[str, Any]) -> str:
    return f"####{shown(item['explanation'])}" if item.get("explanation") else ""


def question(item: Mapping[str, Any]) -> str | None:
    """One GIFT question for an item, or None for a type GIFT cannot hold."""
    title = f"::{escape(item['id'])}::{HTML}"
    kind = item["type"]
    if kind == "who_said":
        options = " ".join(("=" if c == item["answer"] else "~") + shown(c) for c in item["choices"])
        return f"{title}{shown(item['prompt'])} {{{options} {feedback(item)}}}"
    if kind == "true_false":
        value = "TRUE" if item["answer"] is True else "FALSE"
        return f"{title}{shown(item['prompt'])} {{{value}{feedback(item)}}}"
    if kind == "fill_in":
        parts = BLANK.split(item["prompt"], maxsplit=1)
        if len(parts) != 2:
            return None
        answers = " ".join("=" + typed(a) for a in dict.fromkeys([item["answer"], *item.get("accepted", [])]))
        before, after = shown(parts[0]), shown(parts[1])
        return f"{title}{before}{{{answers} {feedback(item)}}}{after}"
    return None


def to_gift(articles: Iterable[Mapping[str, Any]]) -> str:
    """All items of the articles as one GIFT file, a category per article."""
    blocks = []
    for article in articles:
        blocks.append(f"$CATEGORY: quizapp/{shown(article.get('title') or article['id'])}")
        blocks.extend(q for item in article.get("items", []) if (q := question(item)))
    return "\n\n".join(blocks) + "\n"
