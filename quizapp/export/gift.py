"""Moodle GIFT: multiple choice, true/false and short answer with every accepted answer."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

GIFT_SPECIAL = re.compile(r"([~=#{}:\\])")
BLANK = re.compile(r"_{3,}")


def escape(text: object) -> str:
    """GIFT's rule: a backslash before each of ~ = # { } : (and the backslash itself)."""
    return GIFT_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", str(text)))


def feedback(item: Mapping[str, Any]) -> str:
    return f"####{escape(item['explanation'])}" if item.get("explanation") else ""


def question(item: Mapping[str, Any]) -> str | None:
    """One GIFT question for an item, or None for a type GIFT cannot hold."""
    title = f"::{escape(item['id'])}::"
    kind = item["type"]
    if kind == "who_said":
        options = " ".join(("=" if c == item["answer"] else "~") + escape(c) for c in item["choices"])
        return f"{title}{escape(item['prompt'])} {{{options} {feedback(item)}}}"
    if kind == "true_false":
        value = "TRUE" if item["answer"] is True else "FALSE"
        return f"{title}{escape(item['prompt'])} {{{value}{feedback(item)}}}"
    if kind == "fill_in":
        parts = BLANK.split(item["prompt"], maxsplit=1)
        if len(parts) != 2:
            return None
        answers = " ".join("=" + escape(a) for a in dict.fromkeys([item["answer"], *item.get("accepted", [])]))
        before, after = escape(parts[0]), escape(parts[1])
        return f"{title}{before}{{{answers} {feedback(item)}}}{after}"
    return None


def to_gift(articles: Iterable[Mapping[str, Any]]) -> str:
    """All items of the articles as one GIFT file, a category per article."""
    blocks = []
    for article in articles:
        blocks.append(f"$CATEGORY: quizapp/{escape(article.get('title') or article['id'])}")
        blocks.extend(q for item in article.get("items", []) if (q := question(item)))
    return "\n\n".join(blocks) + "\n"
