"""Quotations in a paragraph: where each begins and ends, and which ones go on from the one before.

News copy often leaves a quotation open at the end of a sentence or paragraph and opens the next
part with a fresh mark: `He said: "We won. "It was hard."`. Each part is a quotation of its own,
marked as continuing the last, so that the speaker of the first part is the speaker of the rest.
Straight marks are told apart by what stands on either side of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

OPENING_MARKS = "\u201c\u201e"
CLOSING_MARKS = "\u201d"
STRAIGHT_MARK = '"'
BEFORE_AN_OPENING = " \t\n([{/\u2013\u2014-"
AFTER_A_CLOSING = " \t\n,.;:!?)]}\u2013\u2014-"


@dataclass(frozen=True)
class Quotation:
    """Characters [start, end) inside the marks of one quotation of a paragraph."""

    start: int
    end: int
    closed: bool  # ended by its own closing mark, not by the next opening or the paragraph's end
    continues: bool  # follows a quotation left open: the same speaker goes on

    def holds(self, char: int) -> bool:
        return self.start <= char < self.end


def _is_opening(text: str, at: int) -> bool | None:
    """True for an opening mark, False for a closing one, None when the sides do not tell."""
    mark = text[at]
    if mark in OPENING_MARKS:
        return True
    if mark in CLOSING_MARKS:
        return False
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    opens = before in BEFORE_AN_OPENING and not after.isspace()
    closes = not before.isspace() and after in AFTER_A_CLOSING
    if opens == closes:
        return None
    return opens


def find_quotations(text: str, *, open_at_start: bool = False) -> list[Quotation]:
    """The paragraph's quotations in order. `open_at_start`: the paragraph before ended inside a quotation."""
    quotations: list[Quotation] = []
    opened: int | None = None
    continues = False
    for at, mark in enumerate(text):
        if mark != STRAIGHT_MARK and mark not in OPENING_MARKS and mark not in CLOSING_MARKS:
            continue
        opening = _is_opening(text, at)
        if opening is None:
            opening = opened is None
        if opening:
            if opened is not None:  # the quotation before was left open: it ran up to this mark
                quotations.append(Quotation(opened, _trim_end(text, at), False, continues))
                continues = True
            else:
                continues = open_at_start and not quotations and not text[:at].strip()
            opened = at + 1
        elif opened is not None:
            quotations.append(Quotation(opened, at, True, continues))
            opened, continues = None, False
        elif open_at_start and not quotations:  # the quotation began in the paragraph before, unmarked here
            quotations.append(Quotation(0, at, True, True))
    if opened is not None:
        quotations.append(Quotation(opened, _trim_end(text, len(text)), False, continues))
    return [q for q in quotations if q.end > q.start]


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def ends_open(quotations: Sequence[Quotation], text: str) -> bool:
    """Whether the paragraph ends inside a quotation, which the next paragraph may go on with."""
    return bool(quotations) and not quotations[-1].closed and not text[quotations[-1].end :].strip()


def inside(char: int, quotations: Sequence[Quotation]) -> bool:
    return any(q.holds(char) for q in quotations)


def spans(quotations: Sequence[Quotation]) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in quotations]
