"""Choosing a quiz's items: the ones the teacher ticked, or a number of each type; a request the
article cannot meet is refused with the reason, never quietly shrunk or grown."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from .editing import ITEM_TYPES
from .models import Article, Item

WHO_SAID_PEOPLE = 3  # a who-said item offers three or more people of the article
PLURAL_NAMES = {"who_said": "who-said items", "true_false": "true/false items", "fill_in": "fill-in items"}
WHY_NONE = {
    "true_false": "no sentence states a fact that reads on its own and can be checked against the article",
    "fill_in": "no sentence has a name, number, place or term that makes a fair blank",
}


class BuildError(ValueError):
    """The items asked for cannot make a quiz; the message says why and what to do."""


def available(article: Article) -> dict[str, list[Item]]:
    """The article's enabled items by type, in the article's order."""
    found: dict[str, list[Item]] = {kind: [] for kind in ITEM_TYPES}
    for item in article.items:
        if item.enabled:
            found.setdefault(item.type, []).append(item)
    return found


def why_none(article: Article, kind: str) -> str:
    """Why the article has no enabled item of a type."""
    disabled = sum(i.type == kind and not i.enabled for i in article.items)
    if disabled:
        return f"no {PLURAL_NAMES[kind]} left: all {disabled} are disabled (enable them on the article page)"
    if kind == "who_said":
        speakers = article.speakers
        if speakers is not None and len(speakers) < WHO_SAID_PEOPLE:
            quoted = f" (quoted: {', '.join(speakers)})" if speakers else ""
            return f"no who-said items: fewer than three people are quoted{quoted}"
        if speakers is None:
            return "no who-said items: fewer than three people are quoted, or no quote makes a clear question"
        return "no who-said items: no quote could be asked about without giving its speaker away"
    return f"no {PLURAL_NAMES[kind]}: {WHY_NONE[kind]}"


def choose(article: Article, ticked: Collection[int], counts: Mapping[str, int | None]) -> list[Item]:
    """The ticked items (in the article's order), else the first `counts[type]` enabled items of each type."""
    wanted = {kind: n for kind, n in counts.items() if n}
    if ticked and wanted:
        raise BuildError("You ticked items and also asked for a number of each type: do one or the other.")
    if ticked:
        chosen = [i for i in article.items if i.id in ticked and i.enabled]
        if len(chosen) != len(set(ticked)):
            raise BuildError("Some ticked items are no longer available (disabled or removed): check the list.")
        return chosen
    if not wanted:
        raise BuildError("Tick the items to use, or give a number of each type.")
    by_type = available(article)
    reasons = []
    for kind, n in wanted.items():
        have = len(by_type.get(kind, []))
        if have == 0:
            reasons.append(why_none(article, kind))
        elif have < n:
            reasons.append(f"only {have} {PLURAL_NAMES[kind]} (you asked for {n})")
    if reasons:
        raise BuildError("This article cannot give that: " + "; ".join(reasons) + ".")
    return [item for kind in ITEM_TYPES for item in by_type.get(kind, [])[: wanted.get(kind, 0)]]
