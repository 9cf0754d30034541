"""Command-line interface: thin click commands over the plain functions of the package."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from multiprocessing import get_context
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import FlaskGroup, with_appcontext

from .nlp.article import Article, ArticleError, read_jsonl, read_path
from .nlp.model import ModelError, load_model, model_name
from .nlp.pipeline import generate

CHUNK = 16


def items_json(articles: Iterable[Article], model: str) -> Iterator[str]:
    """One JSON line per article, in input order."""
    nlp = load_model(model)
    for result in generate(articles, nlp):
        yield json.dumps(result.to_json(), ensure_ascii=False)


def _chunk_json(args: tuple[list[Article], str]) -> list[str]:
    articles, model = args
    return list(items_json(articles, model))


def items_json_parallel(articles: Iterable[Article], model: str, jobs: int) -> Iterator[str]:
    """The same lines as items_json, with chunks of articles spread over worker processes."""
    chunks: list[list[Article]] = []
    for article in articles:
        if not chunks or len(chunks[-1]) == CHUNK:
            chunks.append([])
        chunks[-1].append(article)
    with get_context("spawn").Pool(jobs) as pool:
        for lines in pool.imap(_chunk_json, [(chunk, model) for chunk in chunks]):
            yield from lines


def read_inputs(files: tuple[Path, ...], jsonl: Path | None) -> tuple[list[Article], list[str]]:
    """The readable articles, and a message for each input that could not be read."""
    articles, errors = [], []
    for path in files:
        try:
            articles.append(read_path(path))
        except ArticleError as exc:
            errors.append(str(exc))
    if jsonl is not None:
        try:
            articles.extend(read_jsonl(jsonl))
        except ArticleError as exc:
            errors.append(str(exc))
    return articles, errors


@click.command("generate")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--jsonl", type=click.Path(path_type=Path, dir_okay=False), help='Articles as {"id","title","text"} lines.'
)
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes.")
@click.option("--pretty", is_flag=True, help="Indent each article's JSON for reading (no longer JSON Lines).")
@with_appcontext
def generate_command(files: tuple[Path, ...], jsonl: Path | None, jobs: int, pretty: bool) -> None:
    """Print quiz items for article files (.txt, .md, .html) as JSON Lines."""
    if not files and jsonl is None:
        raise click.UsageError("give article files or --jsonl FILE")
    articles, errors = read_inputs(files, jsonl)
    for message in errors:
        click.echo(f"error: {message}", err=True)
    model = model_name(current_app.config.get("SPACY_MODEL"))
    try:
        lines = items_json_parallel(articles, model, jobs) if jobs > 1 else items_json(articles, model)
        with _progress(len(articles)) as bar:
            for line in lines:
                click.echo(json.dumps(json.loads(line), ensure_ascii=False, indent=2) if pretty else line)
                bar.update(1)
    except ModelError as exc:
        raise click.ClickException(str(exc)) from None
    if errors:
        sys.exit(1)


def _progress(total: int):  # noqa: ANN202 - tqdm's type is private
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, disable=None if total > 1 else True, leave=False)


def init_app(app: Flask) -> None:
    app.cli.add_command(generate_command)


def main() -> None:
    from . import create_app

    FlaskGroup(create_app=create_app, help="quizapp: news articles into quizzes and flashcards.")()
