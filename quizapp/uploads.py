"""What a teacher hands in as an article, a file or pasted text; what is not an article is refused
with a message that says what to do instead. Reading itself is the language core's (nlp/article.py)."""

from __future__ import annotations

import re
from pathlib import Path

from .nlp.article import Article, ArticleError, decode, from_text, read_bytes, without_controls

READABLE = (".txt", ".md", ".markdown", ".html", ".htm")
PASTE_INSTEAD = "or copy the article's text and paste it in the box below"
WORD_PROCESSOR = (".docx", ".doc", ".odt", ".rtf", ".pages")
SIGNATURES = (
    (b"PK\x03\x04", "zip"),  # .zip, and .docx / .odt / .pages, which are zip archives
    (b"%PDF", "pdf"),
    (b"\xd0\xcf\x11\xe0", "word"),  # an old .doc
    (b"{\\rtf", "word"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
)
URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


def kind_of(name: str, data: bytes) -> str | None:
    """What a file is when it is not an article to read: "word", "zip", "pdf", "image", "other"; else None."""
    suffix = Path(name).suffix.lower()
    for signature, kind in SIGNATURES:
        if data.startswith(signature):
            return "word" if kind == "zip" and suffix in WORD_PROCESSOR else kind
    if suffix in WORD_PROCESSOR:
        return "word"
    return None if suffix in READABLE else "other"


def refusal(name: str, kind: str) -> str:
    if kind == "word":
        return (f"{name} is a word-processor document, which quizapp cannot read: save it as a web page (.html) "
                f"or as plain text (.txt) and upload that, {PASTE_INSTEAD}.")  # fmt: skip
    if kind == "zip":
        return f"{name} is a zip archive: unzip it and upload the article file inside (.txt, .md or .html), " \
               f"{PASTE_INSTEAD}."
    if kind == "pdf":
        return f"{name} is a PDF, which quizapp cannot read: open it, copy the article's text and paste it below."
    if kind == "image":
        return f"{name} is an image: quizapp needs the article's words. Upload a .txt, .md or .html file, " \
               f"{PASTE_INSTEAD}."
    return f"{name}: quizapp reads .txt, .md and .html files. Save the article as one of those, {PASTE_INSTEAD}."


MAX_NAME = 120


def short_name(filename: str) -> str:
    """The file's own name (no folders), its stem cut so the whole stays within MAX_NAME with its extension."""
    path = Path(Path(without_controls(filename)).name)
    suffix = path.suffix[:20]
    return path.stem[: MAX_NAME - len(suffix)] + suffix


def check_file(filename: str, data: bytes) -> None:
    """Refuse at once what is not an article file (a document, archive, PDF or image, not UTF-8),
    saying what to do instead; reading it is left to a generation job."""
    name = Path(filename).name
    kind = kind_of(name, data)
    if kind is not None:
        raise ArticleError(refusal(name, kind))
    decode(data, name)


def read_file(filename: str, data: bytes) -> Article:
    """An uploaded article file; a document, archive, PDF or image is refused with what to do instead."""
    check_file(filename, data)
    return read_bytes(Path(filename).name, data)


def is_web_address(text: str) -> bool:
    """Pasted text that is only web addresses, one or more, with nothing of an article around them."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return bool(lines) and all(URL.match(line) for line in lines)


def check_pasted(text: str | None) -> str:
    """Pasted text, stripped; nothing, or a web address alone, is refused (quizapp fetches nothing)."""
    text = (text or "").strip()
    if not text:
        raise ArticleError("Choose a file or paste the article's text.")
    if is_web_address(text):
        raise ArticleError(
            "That is a web address, not an article: quizapp does not fetch pages. Open the page, copy the "
            "article's text and paste it here, or save the page (File › Save Page As, .html) and upload the file."
        )
    return text


def read_pasted(text: str | None) -> Article:
    """Pasted text: the first line is the title."""
    text = check_pasted(text)
    title = text.splitlines()[0].strip()
    return from_text("-".join(title.lower().split())[:60] or "article", text)
