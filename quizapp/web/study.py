"""Flashcards in the browser: one card at a time, flip, grade Again / Hard / Good / Easy."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as WerkzeugResponse

from .. import quizzes, study
from ..answers import is_correct
from ..extensions import db
from ..models import Item, Quiz
from .forms import EmptyForm
from .identity import current_student_id

bp = Blueprint("study", __name__, url_prefix="/study")


def studied_quiz(public_id: str) -> Quiz:
    quiz = quizzes.visible(quizzes.quiz_by_public_id(public_id)) or abort(404)
    refusal = study.refusal(quiz, current_student_id())
    if refusal:
        abort(403, refusal)
    return quiz


def card_item(quiz: Quiz, item_id: int) -> Item:
    item = db.session.get(Item, item_id)
    if item is None or item.id not in {i.id for i in quizzes.quiz_items(quiz)}:
        abort(404)
    return item


@bp.get("/<public_id>")
def front(public_id: str) -> str:
    """The counts, and the front of the next card (or when the next one is due)."""
    quiz = studied_quiz(public_id)
    queue = study.queue(current_student_id(), quiz)
    return render_template("study_front.html", quiz=quiz, queue=queue)


@bp.get("/<public_id>/<int:item_id>")
def back(public_id: str, item_id: int) -> str:
    """The back of a card: the answer, the explanation and the sentence, with the four grades."""
    quiz = studied_quiz(public_id)
    item = card_item(quiz, item_id)
    queue = study.queue(current_student_id(), quiz)
    typed = " ".join(request.args.get("answer", "").split())[:200]
    right = bool(typed) and is_correct(item.as_item(), typed, typed=True)
    return render_template(
        "study_back.html", quiz=quiz, item=item, queue=queue, typed=typed, right=right, form=EmptyForm()
    )


@bp.post("/<public_id>/<int:item_id>")
def grade(public_id: str, item_id: int) -> WerkzeugResponse:
    """Record the grade with FSRS and go to the next card."""
    quiz = studied_quiz(public_id)
    item = card_item(quiz, item_id)
    rating = study.RATINGS.get(request.form.get("rating", ""))
    if rating is None or not EmptyForm().validate_on_submit():
        flash("Choose Again, Hard, Good or Easy.", "error")
        return redirect(url_for("study.back", public_id=public_id, item_id=item_id), code=303)
    study.grade(current_student_id(), item, rating)
    return redirect(url_for("study.front", public_id=public_id), code=303)
