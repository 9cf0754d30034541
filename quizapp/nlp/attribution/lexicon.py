"""The reporting verbs and nouns, read once from the data files beside this module."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True)
class ReportingVerb:
    lemma: str
    past: str  # the form a who-said question uses: "Who warned that ...?"
    takes_object: bool  # "praised X for ...", not only "said that ..."
    needs: frozenset[str]  # particles or prepositions without which it reports nothing ("pointed out")


def _rows(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@functools.cache
def reporting_verbs() -> dict[str, ReportingVerb]:
    verbs = {}
    for lemma, past, frame, *needs in _rows("reporting_verbs.tsv"):
        particles = frozenset(needs[0].split("|")) if needs and needs[0] else frozenset()
        verbs[lemma] = ReportingVerb(lemma, past, frame == "object", particles)
    return verbs


@functools.cache
def reporting_nouns() -> dict[str, str]:
    """Noun lemma -> the past tense of its verb: "warning" -> "warned"."""
    return {noun: past for noun, past in _rows("reporting_nouns.tsv")}
