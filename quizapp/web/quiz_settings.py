"""Teachers: a quiz's settings (attempts, feedback, closing time), publishing a draft, previewing as a student."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response as WerkzeugResponse

from .. import quizzes, teachers
from ..extensions import db
from ..models import Quiz, utcnow
from .filters import from_local, to_local
from .forms import EmptyForm, QuizSettingsForm

bp = Blueprint("quiz_settings", __name__, url_prefix="/teach/quizzes")


def my_quiz(quiz_id: int) -> Quiz:
    return teachers.owned(Quiz, quiz_id, current_user.id) or abort(404)


@bp.route("/<int:quiz_id>/settings", methods=["GET", "POST"])
@login_required
def settings(quiz_id: int) -> str | WerkzeugResponse:
    """Attempts allowed, when feedback shows, and an optional closing time."""
    quiz = my_quiz(quiz_id)
    form = QuizSettingsForm(obj=quiz)
    if request.method == "GET" and quiz.closes_at:
        form.closes_at.data = to_local(quiz.closes_at).replace(tzinfo=None)
    if form.validate_on_submit():
        quiz.max_attempts, quiz.feedback = form.max_attempts.data, form.feedback.data
        quiz.closes_at = from_local(form.closes_at.data) if form.closes_at.data else None
        db.session.commit()
        flash("Settings saved." + (" The closing time has passed: the quiz is closed." if quizzes.is_closed(quiz)
                                   and quiz.is_open else ""), "info")  # fmt: skip
        return redirect(url_for("quiz_settings.settings", quiz_id=quiz.id), code=303)
    return render_template("teacher/quiz_settings.html", quiz=quiz, form=form, action=EmptyForm())


@bp.post("/<int:quiz_id>/publish")
@login_required
def publish(quiz_id: int) -> WerkzeugResponse:
    """Publish a draft: it shows on its class's pages (or the home page) from now on."""
    quiz = my_quiz(quiz_id)
    EmptyForm().validate_on_submit() or abort(400)
    if quiz.published_at is None:
        quiz.published_at = utcnow()
        db.session.commit()
        flash("Published: students can see and take the quiz.", "info")
    return redirect(url_for("quiz_settings.settings", quiz_id=quiz.id), code=303)


@bp.get("/<int:quiz_id>/preview")
@login_required
def preview(quiz_id: int) -> str:
    """The quiz as a student sees it; nothing the teacher does here is stored or counted."""
    quiz = my_quiz(quiz_id)
    return render_template("attempt.html", quiz=quiz, questions=quizzes.preview_questions(quiz), given={},
                           action=url_for("quiz_settings.preview_results", quiz_id=quiz.id), preview=True)  # fmt: skip


@bp.post("/<int:quiz_id>/preview")
@login_required
def preview_results(quiz_id: int) -> str:
    """The preview's answers scored as a student's would be, then forgotten."""
    quiz = my_quiz(quiz_id)
    feedback = quizzes.preview_feedback(quiz, request.form.to_dict())
    score = sum(f.response.correct for f in feedback)
    summary = {"score": score, "total": len(feedback), "percent": round(100 * score / len(feedback)) if feedback else 0}
    return render_template("preview_results.html", quiz=quiz, summary=summary, feedback=feedback)
