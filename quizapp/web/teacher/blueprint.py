"""The teacher blueprint and what its views share: ownership checks, safe redirects, downloads."""

from __future__ import annotations

from typing import TypeVar

from flask import Blueprint, Response, abort, request
from flask_login import current_user

from ... import teachers
from ...extensions import db
from ...models import Article, Classroom, Item, Quiz
from ...models import Response as Answer
from ...stats import answer_label
from ..identity import no_store, safe_next

bp = Blueprint("teacher", __name__, url_prefix="/teach")
bp.after_request(no_store)  # scores, codes and names: no cache, shared or the browser's, keeps a teacher's page

Owned = TypeVar("Owned", Article, Classroom, Quiz)


def mine(model: type[Owned], object_id: int) -> Owned:
    """The teacher's own object, or a 404 that says nothing about anyone else's."""
    return teachers.owned(model, object_id, current_user.id) or abort(404)


def my_item(item_id: int) -> Item:
    item = db.session.get(Item, item_id)
    if item is None or item.article.teacher_id != current_user.id:
        abort(404)
    return item


def my_answer(response_id: int) -> Answer:
    """A student's response to one of the teacher's quizzes."""
    found = db.session.get(Answer, response_id)
    if found is None or found.attempt.quiz.teacher_id != current_user.id or found.attempt.submitted_at is None:
        abort(404)
    return found


def next_path(default: str) -> str:
    """Where to go back to: the form's or query's `next` if it is a page of this site, else `default`."""
    return safe_next(request.values.get("next")) or default


def download(body: bytes, mimetype: str, filename: str) -> Response:
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@bp.app_template_filter("given")
def given(answer: str) -> str:
    """An answer a student gave, as the review shows it."""
    return answer_label(answer)


@bp.app_context_processor
def here() -> dict[str, str]:
    """The page's own path and query, for links that should come back to it."""
    return {"here": request.full_path.rstrip("?")}
