"""Command-line interface: thin click commands over the plain functions of the package."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
from flask import Flask, current_app
from flask.cli import FlaskGroup, with_appcontext

from .export import TEXT_FORMATS
from .export.anki import write_apkg
from .nlp.article import Article, ArticleError, read_jsonl, read_path
from .store import add_article, init_db
from .teachers import DEMO_TEACHER, AccountError, create_teacher, set_demo_teacher, teacher_by_email


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


def read_items(path: Path) -> list[dict[str, Any]]:
    """Items printed earlier by `quizapp generate`."""
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise click.ClickException(f"{path}: not an items file from 'quizapp generate' ({exc})") from None


def stream_items(files: tuple[Path, ...], jsonl: Path | None, jobs: int, total: list[int]) -> Iterator[dict[str, Any]]:
    """Generate items for the inputs, reporting unreadable ones on stderr; sets exit status 1 through `total`."""
    articles, errors = read_inputs(files, jsonl)
    for message in errors:
        click.echo(f"error: {message}", err=True)
    total[:] = [len(articles), len(errors)]
    model = current_app.config.get("SPACY_MODEL")
    from .generation import generated, generated_parallel  # spaCy: only the commands that generate import it
    from .nlp.model import ModelError

    try:
        yield from generated_parallel(articles, model, jobs) if jobs > 1 else generated(articles, model)
    except ModelError as exc:
        raise click.ClickException(str(exc)) from None


def input_options(command: click.Command) -> click.Command:
    command = click.option("--jobs", default=1, show_default=True, type=click.IntRange(1, 64), help="Processes.")(
        command
    )
    command = click.option(
        "--jsonl", type=click.Path(path_type=Path, dir_okay=False), help='Articles as {"id","title","text"} lines.'
    )(command)
    return click.argument("files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))(command)


@click.command("generate")
@input_options
@click.option("--pretty", is_flag=True, help="Indent each article's JSON for reading (no longer JSON Lines).")
@with_appcontext
def generate_command(files: tuple[Path, ...], jsonl: Path | None, jobs: int, pretty: bool) -> None:
    """Print quiz items for article files (.txt, .md, .html) as JSON Lines."""
    if not files and jsonl is None:
        raise click.UsageError("give article files or --jsonl FILE")
    counts: list[int] = [0, 0]
    results = stream_items(files, jsonl, jobs, counts)
    with _progress(len(files) if jsonl is None else None) as bar:
        for article in results:
            click.echo(json.dumps(article, ensure_ascii=False, indent=2 if pretty else None))
            bar.update(1)
    if counts[1]:
        sys.exit(1)


def collect(files: tuple[Path, ...], jsonl: Path | None, items: Path | None, jobs: int) -> list[dict[str, Any]]:
    if not files and jsonl is None and items is None:
        raise click.UsageError("give article files, --jsonl FILE or --items FILE")
    articles = read_items(items) if items is not None else []
    counts: list[int] = [0, 0]
    if files or jsonl is not None:
        articles += list(stream_items(files, jsonl, jobs, counts))
    if counts[1]:
        raise click.ClickException("nothing written: fix the inputs above and run again")
    return articles


@click.command("export-anki")
@input_options
@click.option("--items", type=click.Path(path_type=Path, dir_okay=False), help="Items from 'quizapp generate'.")
@click.option("--out", required=True, type=click.Path(path_type=Path, dir_okay=False), help="The .apkg to write.")
@with_appcontext
def export_anki_command(files: tuple[Path, ...], jsonl: Path | None, items: Path | None, jobs: int, out: Path) -> None:
    """Write an Anki deck (.apkg) for articles, generating their items as needed."""
    articles = collect(files, jsonl, items, jobs)
    notes = write_apkg(articles, out)
    click.echo(f"wrote {notes} notes in {len(articles)} deck(s) to {out}", err=True)


@click.command("export")
@input_options
@click.option("--items", type=click.Path(path_type=Path, dir_okay=False), help="Items from 'quizapp generate'.")
@click.option("--format", "fmt", required=True, type=click.Choice(sorted(TEXT_FORMATS)), help="Output format.")
@click.option("--out", required=True, type=click.Path(path_type=Path, dir_okay=False), help="The file to write.")
@with_appcontext
def export_command(
    files: tuple[Path, ...], jsonl: Path | None, items: Path | None, jobs: int, fmt: str, out: Path
) -> None:
    """Write items as Moodle GIFT, CSV or a Quizlet import file."""
    articles = collect(files, jsonl, items, jobs)
    text_format = TEXT_FORMATS[fmt]
    out.write_text(text_format.render(articles), encoding=text_format.encoding, newline="")
    click.echo(f"wrote {sum(len(a['items']) for a in articles)} items to {out}", err=True)


@click.command("init-db")
@with_appcontext
def init_db_command() -> None:
    """Create the database tables."""
    init_db()
    click.echo("database ready", err=True)


@click.command("add-article")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--teacher", "email", help="The email of the teacher who owns the articles and their quizzes.")
@with_appcontext
def add_article_command(files: tuple[Path, ...], email: str | None) -> None:
    """Generate the items of article files and store them, each with a quiz of all its items."""
    init_db()
    teacher_id = None
    if email is not None:
        teacher = teacher_by_email(email)
        if teacher is None:
            raise click.ClickException(f"no teacher has the email {email}: create one with 'quizapp create-teacher'")
        teacher_id = teacher.id
    articles, errors = read_inputs(files, None)
    for message in errors:
        click.echo(f"error: {message}", err=True)
    from .generation import generated
    from .nlp.model import ModelError

    try:
        results = list(generated(articles, current_app.config.get("SPACY_MODEL")))
    except ModelError as exc:
        raise click.ClickException(str(exc)) from None
    for parsed, result in zip(articles, results, strict=True):
        article, new = add_article(parsed, result, teacher_id=teacher_id, adopt_ownerless=True)
        state = f"added with {len(article.items)} items" if new else "already stored, items left as they are"
        state += f"; owned by {email}" if email else ""
        click.echo(f"{parsed.id}: {state}", err=True)
    if errors:
        sys.exit(1)


@click.command("create-teacher")
@click.option("--email", prompt=True, help="The teacher's email, used to sign in.")
@click.option("--name", prompt=True, help="The name shown in the app.")
@with_appcontext
def create_teacher_command(email: str, name: str) -> None:
    """Create a teacher account; the password is asked for, hidden and twice (never an argument, which
    shell history and the process list would keep)."""
    password = click.prompt("Password (at least 8 characters)", hide_input=True, confirmation_prompt=True)
    init_db()
    try:
        teacher = create_teacher(email, name, password)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"teacher {teacher.email} created", err=True)


@click.command("demo-teacher")
@click.option("--email", default=DEMO_TEACHER, show_default=True, help="The demo account's email.")
@with_appcontext
def demo_teacher_command(email: str) -> None:
    """Create the demo teacher account (or give it a new password) and print how to sign in."""
    init_db()
    password = set_demo_teacher(email)
    click.echo(f"demo teacher: email {email}  password {password}")


@click.command("worker")
@click.option("--workers", type=click.IntRange(1, 64), help="Jobs run at once (default QUIZAPP_JOB_WORKERS).")
@with_appcontext
def worker_command(workers: int | None) -> None:
    """Run the generation jobs of uploads (the queue in instance/jobs.sqlite, or Redis when configured)."""
    from .jobs import prepared_consumer

    init_db()
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    consumer = prepared_consumer(app, workers)
    queue = "in Redis" if app.config["REDIS_URL"] else app.config["JOB_QUEUE_FILE"] or "instance/jobs.sqlite"
    click.echo(f"job worker: {consumer.workers} job(s) at once, queue {queue} (Ctrl-C stops it)", err=True)
    consumer.run()


def _progress(total: int | None):  # noqa: ANN202 - tqdm's type is private
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, disable=None if total != 1 else True, leave=False)


def init_app(app: Flask) -> None:
    commands = (generate_command, export_anki_command, export_command, init_db_command, add_article_command,
                create_teacher_command, demo_teacher_command, worker_command)  # fmt: skip
    for command in commands:
        app.cli.add_command(command)


def main() -> None:
    """The quizapp command: a development and admin tool, so a weak key is allowed unless QUIZAPP_ENV_NAME
    says otherwise (production serves through gunicorn.conf.py, which sets production)."""
    import os

    from . import create_app

    os.environ.setdefault("QUIZAPP_ENV_NAME", "development")
    FlaskGroup(create_app=create_app, help="quizapp: news articles into quizzes and flashcards.")()
