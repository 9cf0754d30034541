"""Reading an article: plain text, Markdown, HTML or a JSON Lines record.

An article is a title, an optional byline and a list of blocks (headings and
paragraphs), each block kept verbatim so that evidence can be quoted exactly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from markdown_it import MarkdownIt

from .html_page import Page, PageTooComplex, read_page

MAX_ARTICLE_BYTES = 2_000_000
HEADING_MAX_WORDS = 20
SENTENCE_END = (".", "!", "?", ":", ";", '"', "\u201d", "'", "\u2019", ")")
BYLINE = re.compile(r"^\s*by\s+(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*$")
SITE_SEPARATOR = re.compile(r"\s+[|\u2013\u2014\u00b7-]\s+")  # "Headline | Site", "Headline - Site"
SITE_NAME_MAX_WORDS = 4
MAX_BYLINE = 200
MAX_TITLE = 300  # a longer first line is the article's first paragraph, not its title
MAX_ID = 100
# A block longer than this is split: far below spaCy's max_length (1,000,000), since a parse needs
# memory in proportion to its text; no paragraph of a news article comes near it.
MAX_BLOCK_CHARS = 10_000
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # all but tab and line ends
SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]?\s")
SPACE = re.compile(r"\s")
BYLINE_SEARCH = 3  # the page's own credit line comes within its first few lines
AUTHOR_META = ("author", "article:author", "byl", "parsely-author", "sailthru.author")


class ArticleError(ValueError):
    """An article that cannot be read; the message says why and what to do."""


@dataclass(frozen=True)
class Block:
    kind: str  # "heading" or "paragraph"
    text: str


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    byline: str | None
    blocks: tuple[Block, ...]

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == "paragraph")


def is_heading(line: str) -> bool:
    """A short line without closing punctuation, such as "Yuri Ushakov reacts"."""
    words = line.split()
    return 0 < len(words) <= HEADING_MAX_WORDS and not line.rstrip().endswith(SENTENCE_END)


def byline_name(line: str) -> str | None:
    match = BYLINE.match(line)
    return match.group("name") if match else None


def from_lines(article_id: str, lines: list[str], *, title: str | None = None) -> Article:
    """Build an article from its lines; the first non-empty line is the title unless given.

    Control characters are dropped, a paragraph that repeats an earlier one is left out (it would ask
    the same questions twice) and an over-long paragraph is split into pieces spaCy can parse.
    """
    lines = [without_controls(line).strip() for line in lines]
    lines = [line for line in lines if line]
    article_id = without_controls(article_id)[:MAX_ID]
    if title is None:
        if not lines:
            return Article(article_id, "", None, ())
        title = lines[0]
        lines = lines[1:] if len(title) <= MAX_TITLE else lines  # a paragraph pasted without a title line
    byline = None
    if lines and (name := byline_name(lines[0])):
        byline, lines = name, lines[1:]
    blocks = [Block("heading" if is_heading(line) else "paragraph", line) for line in lines]
    title = clipped(without_controls(title).strip(), MAX_TITLE)
    return Article(article_id, title, byline, tuple(without_repeats(split_long(blocks))))


def without_controls(text: str) -> str:
    """The text without NUL and other control characters (tab and line ends stay)."""
    return CONTROL_CHARACTERS.sub("", text)


def clipped(text: str, limit: int) -> str:
    """The text, cut at a word boundary with an ellipsis when longer than the limit."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut).rstrip() + "\u2026"


def split_long(blocks: list[Block]) -> Iterator[Block]:
    for block in blocks:
        text = block.text
        while len(text) > MAX_BLOCK_CHARS:
            cut = last_break(text[:MAX_BLOCK_CHARS])
            yield Block(block.kind, text[:cut].strip())
            text = text[cut:].lstrip()
        if text:
            yield Block(block.kind, text)


def last_break(text: str) -> int:
    """Where to cut: after the last sentence end in the second half, else at its last space, else anywhere."""
    half = len(text) // 2
    for pattern in (SENTENCE_BREAK, SPACE):
        ends = [m.end() for m in pattern.finditer(text, half)]
        if ends:
            return ends[-1]
    return len(text)


def without_repeats(blocks: Iterator[Block]) -> Iterator[Block]:
    """Each block once: a page repeating a paragraph (a pull quote, a pasted twice) asks nothing new."""
    seen: set[tuple[str, str]] = set()
    for block in blocks:
        if (block.kind, block.text) not in seen:
            seen.add((block.kind, block.text))
            yield block


def from_text(article_id: str, text: str, *, title: str | None = None) -> Article:
    return from_lines(article_id, text.splitlines(), title=title)


def from_html(article_id: str, html: str) -> Article:
    """Keep the text of headings and paragraphs; scripts, styles and markup never reach a block.

    The title is the page's headline (its first <h1>, else og:title, else <title>) without the site
    name; the byline comes from the page's author metadata, else from a "by ..." line. The page is
    read in one pass; one nested too deep or holding too many tags is refused (ArticleError).
    """
    try:
        page = read_page(html)
    except PageTooComplex as exc:
        raise ArticleError(f"{article_id}: {exc}") from None
    headline, byline = html_headline(page), html_author(page)
    lines = list(page.lines)
    if headline in lines:
        lines.remove(headline)  # the headline is the title, not a block
    credit = next((n for n, line in enumerate(lines[:BYLINE_SEARCH]) if is_credit(line, byline)), None)
    if credit is not None:
        del lines[credit]  # "By Jane Smith, Political reporter": the byline, not a block
    article = from_lines(article_id, lines, title=headline) if headline else from_lines(article_id, lines)
    return replace(article, byline=clipped(byline, MAX_BYLINE)) if byline else article


def meta_content(page: Page, *keys: str) -> str:
    """The content of the first <meta property=...> or <meta name=...> among the keys that has one."""
    return next((page.meta[key] for key in keys if page.meta.get(key)), "")


def without_site_name(title: str, site: str) -> str:
    """ "Budget row | The Daily News" -> "Budget row": the site's part at either end, or a short last part."""
    parts = SITE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    if site:
        kept = [part for part in parts if part.casefold() != site.casefold()]
        return " - ".join(kept) if kept and len(kept) < len(parts) else title
    *rest, last = parts
    short_last = len(last.split()) <= SITE_NAME_MAX_WORDS and len(last.split()) < len(" ".join(rest).split())
    return " - ".join(rest) if short_last else title


def html_headline(page: Page) -> str | None:
    site = meta_content(page, "og:site_name")
    for candidate in (page.h1, without_site_name(meta_content(page, "og:title"), site),
                      without_site_name(page.title, site)):  # fmt: skip
        if candidate:
            return candidate
    return None


def html_author(page: Page) -> str | None:
    """The author a page declares: meta author tags, a rel="author" link, an itemprop="author" element."""
    names = [meta_content(page, key) for key in AUTHOR_META]
    names += [page.authors.get("rel", ""), page.authors.get("itemprop", "")]
    for name in names:
        name = re.sub(r"^by\s+", "", name, flags=re.IGNORECASE).strip()
        if name and "://" not in name and len(name) <= MAX_BYLINE:  # article:author is often a profile URL
            return name
    return None


def is_credit(line: str, byline: str | None) -> bool:
    return bool(byline) and line.lower().startswith("by ") and byline.lower() in line.lower()


def from_markdown(article_id: str, text: str) -> Article:
    return from_html(article_id, MarkdownIt("commonmark").render(text))


def decode(data: bytes, source: str) -> str:
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{source}: the file is over {MAX_ARTICLE_BYTES // 1_000_000} MB; split it into articles")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if b"\x00" in data:
            raise ArticleError(f"{source}: this is not a text file (it holds binary data)") from None
        raise ArticleError(
            f"{source}: the text is not UTF-8 (bad byte at position {exc.start}); save it as UTF-8 and try again"
        ) from None
    if sum(not (ch.isprintable() or ch.isspace()) for ch in text) > max(10, len(text) // 100):
        raise ArticleError(f"{source}: this is not a text file (it holds control characters)")
    return without_controls(text)  # a stray NUL or two is a slip of the editor, not a reason to refuse


def read_path(path: Path) -> Article:
    """Read a .txt, .md or .html file into an article whose id is the file name without extension."""
    if not path.is_file():
        raise ArticleError(f"{path}: no such file")
    return read_bytes(path.name, path.read_bytes(), source=str(path))


def read_bytes(filename: str, data: bytes, *, source: str | None = None) -> Article:
    """An uploaded or stored file, read by its extension (.html, .md, else plain text)."""
    path = Path(filename)
    text = decode(data, source or filename)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return from_html(path.stem, text)
    if suffix in (".md", ".markdown"):
        return from_markdown(path.stem, text)
    return from_text(path.stem, text)


def read_jsonl(path: Path) -> Iterator[Article]:
    """Read records {"id", "title", "text"}, one per line."""
    if not path.is_file():
        raise ArticleError(f"{path}: no such file")
    for number, line in enumerate(decode_lines(path), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            article_id, text = str(record["id"]), record["text"]
            title = record.get("title")
        except (ValueError, KeyError, TypeError):
            raise ArticleError(f'{path}:{number}: not a JSON record with "id" and "text"') from None
        if not isinstance(text, str) or not (title is None or isinstance(title, str)):
            raise ArticleError(f'{path}:{number}: "title" and "text" must be strings')
        yield from_text(article_id, text, title=title)


def decode_lines(path: Path) -> Iterator[str]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                raise ArticleError(f"{path}:{number}: the line is not UTF-8; save the file as UTF-8") from None
