"""Storing generated articles and items, and the quiz each article starts with."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from .extensions import db
from .models import Article, Item, Quiz, QuizItem
from .nlp.article import Article as ParsedArticle


def new_public_id() -> str:
    """An unguessable id for URLs: it says nothing about the answers or the order of creation."""
    return secrets.token_urlsafe(12)


def init_db() -> None:
    db.create_all()


def add_article(parsed: ParsedArticle, generated: Mapping[str, Any]) -> tuple[Article, bool]:
    """Store an article, its items and a quiz of all its items; (the article, whether it was new).

    An article already stored under the same id is left as it is, so its quizzes and scores stay valid.
    """
    existing = db.session.scalar(select(Article).where(Article.slug == parsed.id))
    if existing is not None:
        return existing, False
    article = Article(
        slug=parsed.id,
        title=parsed.title or parsed.id,
        byline=parsed.byline,
        blocks=[{"kind": block.kind, "text": block.text} for block in parsed.blocks],
    )
    for position, data in enumerate(generated["items"]):
        article.items.append(
            Item(
                uid=data["id"],
                type=data["type"],
                prompt=data["prompt"],
                choices=list(data["choices"]),
                answer=data["answer"],
                accepted=list(data.get("accepted", [])),
                evidence=data["evidence"],
                explanation=data["explanation"],
                position=position,
            )  # fmt: skip
        )
    db.session.add(article)
    db.session.flush()
    quiz = Quiz(public_id=new_public_id(), title=article.title, article_id=article.id)
    quiz.entries = [QuizItem(item_id=item.id, position=n) for n, item in enumerate(article.items)]
    db.session.add(quiz)
    db.session.commit()
    return article, True
