"""Spreadsheet CSV and the tab-separated term/definition file that Quizlet imports."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from typing import Any

CSV_COLUMNS = (
    "article_id", "article_title", "item_id", "type", "prompt", "choices", "answer", "accepted",
    "evidence", "explanation",
)  # fmt: skip
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    """Text for a spreadsheet cell; a leading = + - @ is quoted so it is never run as a formula."""
    text = " ".join(str(value).split())
    return "'" + text if text.startswith(FORMULA_START) else text


def answer_text(item: Mapping[str, Any]) -> str:
    answer = item["answer"]
    return ("True" if answer else "False") if isinstance(answer, bool) else str(answer)


def to_csv(articles: Iterable[Mapping[str, Any]]) -> str:
    """One row per item; lists joined with " | ". Written with a BOM by the caller for Excel."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for article in articles:
        for item in article.get("items", []):
            row = (
                article["id"], article.get("title") or "", item["id"], item["type"], item["prompt"],
                " | ".join(item.get("choices", [])), answer_text(item), " | ".join(item.get("accepted", [])),
                item.get("evidence", ""), item.get("explanation", ""),
            )  # fmt: skip
            writer.writerow([cell(v) for v in row])
    return out.getvalue()


def quizlet_term(item: Mapping[str, Any]) -> str:
    if item["type"] == "who_said":
        return f"{item['prompt']} ({' / '.join(item['choices'])})"
    if item["type"] == "true_false":
        return f"True or false: {item['prompt']}"
    return item["prompt"]


def to_quizlet(articles: Iterable[Mapping[str, Any]]) -> str:
    """ "term<TAB>definition" lines; tabs and line breaks inside a field become spaces, and a field is guarded
    as a CSV cell is (the file opens in a spreadsheet as readily as in Quizlet)."""
    lines = []
    for article in articles:
        for item in article.get("items", []):
            lines.append(f"{cell(quizlet_term(item))}\t{cell(answer_text(item))}")
    return "\n".join(lines) + ("\n" if lines else "")
