"""The review of a quiz's scores, the markbook downloads, regrading an item and marking one answer by hand."""

from __future__ import annotations

from flask import Response, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import login_required
from werkzeug.wrappers import Response as WerkzeugResponse

from ... import markbook, quizzes, regrade
from ... import review as reviews
from ...export import TEXT_FORMATS
from ...models import Quiz
from ...stats import WHICH_ATTEMPT
from ..forms import EmptyForm
from .blueprint import bp, download, mine, my_answer, my_item, next_path

TEMPLATES = "teacher/review/"
MARKS = {"right": True, "wrong": False, "checker": None}


@bp.get("/quizzes/<int:quiz_id>")
@login_required
def review(quiz_id: int) -> str:
    """The class's scores: a row per student (best, first or latest attempt), the chart, each item's statistics."""
    data = reviews.review(mine(Quiz, quiz_id), request.args.get("attempt", "best"))
    return render_template(TEMPLATES + "show.html", review=data, form=EmptyForm(), formats=TEXT_FORMATS,
                           which_choices=WHICH_ATTEMPT)  # fmt: skip


@bp.get("/quizzes/<int:quiz_id>/scores.csv")
@login_required
def scores_csv(quiz_id: int) -> Response:
    """The scores for a markbook: one row per attempt, each item's answer and mark."""
    quiz = mine(Quiz, quiz_id)
    text = markbook.scores_csv(reviews.review(quiz), timezone=current_app.config.get("TIMEZONE"))
    return download(text.encode("utf-8-sig"), "text/csv", f"quiz-{quiz.id}-scores.csv")


@bp.get("/quizzes/<int:quiz_id>/key.csv")
@login_required
def key_csv(quiz_id: int) -> Response:
    """The questions of the scores file (Q1, Q2, ...) with their answers."""
    quiz = mine(Quiz, quiz_id)
    text = markbook.key_csv(quizzes.quiz_items(quiz))
    return download(text.encode("utf-8-sig"), "text/csv", f"quiz-{quiz.id}-key.csv")


@bp.route("/items/<int:item_id>/regrade", methods=["GET", "POST"])
@login_required
def regrade_item(item_id: int) -> str | WerkzeugResponse:
    """How many past answers a re-score against the item as it is now would change; on confirmation, do it."""
    item = my_item(item_id)
    form, back = EmptyForm(), next_path(url_for("teacher.article", article_id=item.article_id))
    if form.validate_on_submit():
        done = regrade.regrade(item)
        flash(f"Re-scored: {len(done.changes)} answers changed, in {done.attempts} attempts.", "info")
        return redirect(back, code=303)
    return render_template(TEMPLATES + "regrade.html", item=item, preview=regrade.preview(item), form=form,
                           back=back)  # fmt: skip


@bp.route("/responses/<int:response_id>", methods=["GET", "POST"])
@login_required
def response(response_id: int) -> str | WerkzeugResponse:
    """One student's answer as they saw the question; mark it right or wrong by hand, or leave it to the checker."""
    answer = my_answer(response_id)
    form, back = EmptyForm(), next_path(url_for("teacher.review", quiz_id=answer.attempt.quiz_id))
    if form.validate_on_submit():
        request.form.get("mark") in MARKS or abort(400)
        regrade.mark_by_hand(answer, MARKS[request.form["mark"]])
        flash(f"{answer.attempt.student.name}'s answer is now marked {'right' if answer.correct else 'wrong'}.",
              "info")  # fmt: skip
        return redirect(back, code=303)
    checker = regrade.checker_mark(answer.item, answer)
    return render_template(TEMPLATES + "response.html", answer=answer, checker=checker, form=form, back=back)
