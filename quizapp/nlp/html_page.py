"""Reading an HTML page in one pass: the text of its headings and paragraphs, and what names its title and author.

The page is read as a stream of tags (the standard library's HTMLParser), never as a tree searched
again and again: each tag costs the same whatever its depth, so a page costs time in proportion to
its size. A page nested deeper or holding more tags than any article needs is refused as soon as it
passes the limit, with a message saying what to do instead.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser

MAX_DEPTH = 512  # browsers stop nesting about here too
MAX_TAGS = 100_000  # a saved news page holds a few thousand
TEXT_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote"})
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe"})
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                       "source", "track", "wbr"})  # fmt: skip
INLINE_TAGS = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
                         "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
                         "var"})  # fmt: skip
# A new block closes an open paragraph, as a browser's parser does: "<p>One<p>Two" is two paragraphs.
CLOSES_PARAGRAPH = TEXT_TAGS | {"address", "article", "aside", "div", "dl", "fieldset", "figure", "footer", "form",
                                "header", "hr", "main", "nav", "ol", "pre", "section", "table", "ul"}  # fmt: skip
LIST_TAGS = frozenset({"ul", "ol"})
AUTHOR_ATTRIBUTES = (("rel", "author"), ("itemprop", "author"))


class PageTooComplex(ValueError):
    """The page passes the reader's limits; the message says which and what to do."""


@dataclass
class Page:
    """What a page says, in its own words: text blocks in order, the first of each title source."""

    lines: list[str] = field(default_factory=list)
    h1: str = ""
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)  # the first non-empty content of each meta name/property
    authors: dict[str, str] = field(default_factory=dict)  # "rel" / "itemprop": the first author element's text


@dataclass
class Capture:
    """Text gathered for one open element, nested text included (a title, an h1, an author element)."""

    depth: int
    key: str
    parts: list[str] = field(default_factory=list)


def normalized(parts: list[str]) -> str:
    return " ".join("".join(parts).split())


class PageReader(HTMLParser):
    def __init__(self, *, max_depth: int = MAX_DEPTH, max_tags: int = MAX_TAGS) -> None:
        super().__init__(convert_charrefs=True)
        self.max_depth, self.max_tags = max_depth, max_tags
        self.page = Page()
        self.stack: list[str] = []
        self.open_at: defaultdict[str, list[int]] = defaultdict(list)  # tag -> depths where it is open
        self.blocks: list[tuple[int, list[str]]] = []  # open text tags: (depth, text so far)
        self.captures: list[Capture] = []
        self.hidden = 0  # open elements whose content is never text (scripts, styles, svg)
        self.tags = 0

    # the stack: every push and pop is constant time; an end tag not open is ignored, as browsers do
    def push(self, tag: str) -> None:
        self.open_at[tag].append(len(self.stack))
        self.stack.append(tag)
        if len(self.stack) > self.max_depth:
            raise PageTooComplex(
                f"the page nests its tags more than {self.max_depth:,} deep, which no article needs: "
                "open it in a browser, copy the article's text and paste it in the box below"
            )

    def pop(self) -> None:
        tag = self.stack.pop()
        depth = self.open_at[tag].pop()
        if tag in HIDDEN_TAGS:
            self.hidden -= 1
        if self.blocks and self.blocks[-1][0] == depth:
            self.flush(self.blocks.pop()[1])
        while self.captures and self.captures[-1].depth == depth:
            self.finish(self.captures.pop())

    def close_tag(self, tag: str) -> None:
        """Close the innermost open `tag` and everything opened inside it."""
        depth = self.open_at[tag][-1]
        while len(self.stack) > depth:
            self.pop()

    def innermost(self, *tags: str) -> int:
        return max((self.open_at[t][-1] for t in tags if self.open_at[t]), default=-1)

    # text
    def flush(self, parts: list[str]) -> None:
        text = normalized(parts)
        if text:
            self.page.lines.append(text)
        parts.clear()

    def finish(self, capture: Capture) -> None:
        text = normalized(capture.parts)
        if capture.key == "h1" and not self.page.h1:
            self.page.h1 = text
        elif capture.key == "title" and not self.page.title:
            self.page.title = text
        elif capture.key in ("rel", "itemprop") and text:
            self.page.authors.setdefault(capture.key, text)

    def add_text(self, text: str) -> None:
        if self.hidden:
            return
        if self.blocks:
            self.blocks[-1][1].append(text)
        for capture in self.captures:
            capture.parts.append(text)

    # the parser's events
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags += 1
        if self.tags > self.max_tags:
            raise PageTooComplex(
                f"the page holds more than {self.max_tags:,} tags, far more than an article needs: "
                "open it in a browser, copy the article's text and paste it in the box below"
            )
        if tag == "meta":
            self.read_meta(dict(attrs))
        if tag not in INLINE_TAGS:
            self.add_text(" ")
        if tag in VOID_TAGS:
            return
        self.close_implied(tag)
        self.push(tag)
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in TEXT_TAGS:
            if self.blocks:  # a container such as <li><p>: its own text so far is a block of its own
                self.flush(self.blocks[-1][1])
            self.blocks.append((len(self.stack) - 1, []))
        self.start_captures(tag, dict(attrs))

    def close_implied(self, tag: str) -> None:
        """The end tags a browser implies: an open paragraph before a block, an open item before the next."""
        if tag in CLOSES_PARAGRAPH and self.open_at["p"] and self.blocks and self.stack[self.blocks[-1][0]] == "p":
            self.close_tag("p")
        if tag == "li" and self.innermost("li") > self.innermost(*LIST_TAGS):
            self.close_tag("li")

    def start_captures(self, tag: str, attrs: dict[str, str | None]) -> None:
        depth = len(self.stack) - 1
        if self.hidden:
            return
        if tag in ("h1", "title"):
            self.captures.append(Capture(depth, tag))
        for name, value in AUTHOR_ATTRIBUTES:
            if value in (attrs.get(name) or "").lower().split() and name not in self.page.authors:
                self.captures.append(Capture(depth, name))

    def read_meta(self, attrs: dict[str, str | None]) -> None:
        content = " ".join(str(attrs.get("content") or "").split())
        for attribute in ("property", "name"):
            key = (attrs.get(attribute) or "").lower()
            if key and content:
                self.page.meta.setdefault(key, content)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in INLINE_TAGS:
            self.add_text(" ")
        if self.open_at[tag]:
            self.close_tag(tag)

    def handle_data(self, data: str) -> None:
        self.add_text(data)


def read_page(html: str, *, max_depth: int = MAX_DEPTH, max_tags: int = MAX_TAGS) -> Page:
    """The page's text blocks and title sources; PageTooComplex past the limits of depth or tag count."""
    reader = PageReader(max_depth=max_depth, max_tags=max_tags)
    reader.feed(html)
    reader.close()
    while reader.stack:  # the elements the page left open end with it
        reader.pop()
    return reader.page
