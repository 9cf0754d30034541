"""Storing generated articles and items, and building quizzes from them."""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select

from .extensions import db
from .models import Article, Item, Quiz, QuizItem, utcnow
from .nlp.article import Article as ParsedArticle

OWN_ITEM_PREFIX = "own-"  # the uid of an item a teacher wrote, not the generator


def new_public_id() -> str:
    """An unguessable id for URLs: it says nothing about the answers or the order of creation."""
    return secrets.token_urlsafe(12)


def init_db() -> None:
    """Bring the database to the newest schema (Alembic migrations: an upgrade keeps existing scores)."""
    from flask_migrate import upgrade

    upgrade()


def item_from(data: Mapping[str, Any], position: int) -> Item:
    return Item(
        uid=data["id"],
        type=data["type"],
        prompt=data["prompt"],
        choices=list(data["choices"]),
        answer=data["answer"],
        accepted=list(data.get("accepted", [])),
        evidence=data["evidence"],
        explanation=data["explanation"],
        position=position,
    )


def speakers(generated: Mapping[str, Any]) -> list[str]:
    """The people the article quotes, in the order they first speak (groups are not people to choose from)."""
    names = (a["speaker"] for a in generated.get("attributions", []) if a.get("speaker_type") == "person")
    return list(dict.fromkeys(names))


def adopt(article: Article, teacher_id: int) -> None:
    """Give an article stored without a teacher (from the command line) and its quizzes an owner."""
    article.teacher_id = teacher_id
    for quiz in db.session.scalars(select(Quiz).where(Quiz.article_id == article.id, Quiz.teacher_id.is_(None))):
        quiz.teacher_id = teacher_id
    db.session.commit()


def add_article(
    parsed: ParsedArticle,
    generated: Mapping[str, Any],
    *,
    teacher_id: int | None = None,
    with_quiz: bool = True,
    adopt_ownerless: bool = False,
) -> tuple[Article, bool]:
    """Store an article, its items and (unless told not to) a quiz of all its items.

    Returns the article and whether it was new: an article already stored under the same id for the
    same teacher is left as it is, so its quizzes and scores stay valid. With `adopt_ownerless` (the
    command line's --teacher), an article of the same id stored without an owner is given to the
    teacher, with its quizzes, rather than stored twice.
    """
    existing = db.session.scalar(select(Article).where(Article.slug == parsed.id, Article.teacher_id == teacher_id))
    if existing is not None:
        return existing, False
    if teacher_id is not None and adopt_ownerless:
        ownerless = db.session.scalar(select(Article).where(Article.slug == parsed.id, Article.teacher_id.is_(None)))
        if ownerless is not None:
            adopt(ownerless, teacher_id)
            return ownerless, False
    article = Article(
        teacher_id=teacher_id,
        slug=parsed.id,
        title=parsed.title or parsed.id,
        byline=parsed.byline,
        blocks=[{"kind": block.kind, "text": block.text} for block in parsed.blocks],
        speakers=speakers(generated),
    )
    article.items = [item_from(data, position) for position, data in enumerate(generated["items"])]
    db.session.add(article)
    db.session.flush()
    if with_quiz:
        create_quiz(article, article.items, title=article.title, teacher_id=teacher_id, published=True)
    db.session.commit()
    return article, True


def create_quiz(
    article: Article,
    items: Sequence[Item],
    *,
    title: str,
    teacher_id: int | None = None,
    classroom_id: int | None = None,
    published: bool = False,
) -> Quiz:
    """A quiz of these items; a draft (seen by its teacher only) unless published."""
    quiz = Quiz(
        public_id=new_public_id(),
        title=title,
        article_id=article.id,
        teacher_id=teacher_id,
        classroom_id=classroom_id,
        published_at=utcnow() if published else None,
    )
    quiz.entries = [QuizItem(item_id=item.id, position=n) for n, item in enumerate(items)]
    db.session.add(quiz)
    return quiz


def replace_items(article: Article, generated: Mapping[str, Any]) -> tuple[int, int]:
    """Take a regeneration: unchanged ids keep their row (and the teacher's edits), new ones are added,
    vanished ones are disabled rather than deleted so past responses keep their item; the teacher's own
    items are not the generator's to disable.
    Returns (added, disabled)."""
    current = {item.uid: item for item in article.items}
    fresh = {data["id"] for data in generated["items"]}
    position = max((i.position for i in article.items), default=-1) + 1
    added = 0
    for data in generated["items"]:
        if data["id"] not in current:
            article.items.append(item_from(data, position))
            position += 1
            added += 1
    disabled = 0
    for uid, item in current.items():
        if uid not in fresh and item.enabled and not uid.startswith(OWN_ITEM_PREFIX):
            item.enabled = False
            disabled += 1
    article.speakers = speakers(generated)
    db.session.commit()
    return added, disabled
