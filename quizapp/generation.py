"""Items for articles, as plain dicts in the shape of shared/ITEMS.md: the one door to the language core."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from multiprocessing import get_context
from typing import Any

from .nlp.article import Article
from .nlp.model import load_model, model_name
from .nlp.pipeline import generate

CHUNK = 16


def generated(articles: Iterable[Article], model: str | None = None) -> Iterator[dict[str, Any]]:
    """The items of each article, in input order; the model is loaded once per process."""
    nlp = load_model(model_name(model))
    for result in generate(articles, nlp):
        yield result.to_json()


def read_and_generate(kind: str, name: str, data: bytes, model: str | None = None) -> tuple[Article, dict[str, Any]]:
    """An article read and its items, a job's work: an uploaded "file" read by its name, "paste"d text, or
    the "stored" text of an article being regenerated (its title, a blank line, its blocks)."""
    from .nlp.article import from_text
    from .uploads import read_file, read_pasted

    if kind == "file":
        article = read_file(name, data)
    elif kind == "paste":
        article = read_pasted(data.decode("utf-8"))
    else:
        title, _, body = data.decode("utf-8").partition("\n\n")
        article = from_text(name, body, title=title)
    [items] = generated([article], model)
    return article, items


def _generate_chunk(args: tuple[list[Article], str | None]) -> list[dict[str, Any]]:
    articles, model = args
    return list(generated(articles, model))


def generated_parallel(articles: Iterable[Article], model: str | None, jobs: int) -> Iterator[dict[str, Any]]:
    """The same as generated(), with chunks of articles spread over worker processes."""
    chunks: list[list[Article]] = []
    for article in articles:
        if not chunks or len(chunks[-1]) == CHUNK:
            chunks.append([])
        chunks[-1].append(article)
    with get_context("spawn").Pool(jobs) as pool:
        for results in pool.imap(_generate_chunk, [(chunk, model) for chunk in chunks]):
            yield from results
