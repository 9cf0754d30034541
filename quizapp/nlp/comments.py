"""Where an article's own text ends and its readers' comments begin.

Some news pages print a selection of readers' comments after the story, with no mark the text keeps:
"What about the Marine Chronometer?", "I'd have put the mobile phone high up the list." They are opinions
and anecdotes of unnamed readers, not the article's facts, and no item may be made from them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

READER_VOICE = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|my|me|we|our|us|you|your)\b")
QUOTE_MARKS = ('"', "\u201c", "\u201d")
MIN_COMMENTS = 4  # a run this long at least: one chatty closing paragraph is still the article's
MIN_SHARE = 0.75  # of the run's paragraphs in a reader's voice


def in_a_readers_voice(paragraph: str) -> bool:
    """Speaks to or for the writer ("I", "you") or asks or exclaims, with no quotation marks (a quoted
    person's "I" is the article reporting speech)."""
    if any(mark in paragraph for mark in QUOTE_MARKS):
        return False
    return READER_VOICE.search(paragraph) is not None or "?" in paragraph or "!" in paragraph


def readers_comments_start(paragraphs: Sequence[str]) -> int | None:
    """The index of the first paragraph of a closing run of readers' comments, or None.

    The run is the longest closing stretch, opening with a paragraph in a reader's voice, of which at
    least three quarters are in that voice; never the first paragraph, which is the story's lede.
    """
    voiced = [in_a_readers_voice(p) for p in paragraphs]
    start = None
    for k in range(len(paragraphs) - MIN_COMMENTS, 0, -1):
        run = voiced[k:]
        if voiced[k] and sum(run) >= MIN_SHARE * len(run):
            start = k
    return start
