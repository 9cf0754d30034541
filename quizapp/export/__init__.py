"""Exporters: quiz items (shared/ITEMS.md shape) out to Anki, Moodle GIFT, CSV and Quizlet."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .gift import to_gift
from .tables import to_csv, to_quizlet


@dataclass(frozen=True)
class TextFormat:
    render: Callable[[Iterable[Mapping[str, Any]]], str]
    encoding: str
    mimetype: str
    suffix: str


TEXT_FORMATS = {
    "gift": TextFormat(to_gift, "utf-8", "text/plain", "gift.txt"),
    "csv": TextFormat(to_csv, "utf-8-sig", "text/csv", "csv"),  # with a BOM, so Excel reads UTF-8
    "quizlet": TextFormat(to_quizlet, "utf-8", "text/tab-separated-values", "quizlet.tsv"),
}
