"""Students: pick a quiz, give a name, answer, submit once, and see the feedback."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response as WerkzeugResponse

from .. import quizzes
from ..models import Attempt

bp = Blueprint("quiz", __name__)


def current_attempt(public_id: str) -> Attempt:
    attempt = quizzes.attempt_for(public_id, session.get("student_id"))
    if attempt is None:
        abort(404)
    return attempt


@bp.get("/")
def index() -> str:
    """The open quizzes."""
    return render_template("index.html", quizzes=quizzes.open_quizzes())


@bp.get("/healthz")
def healthz() -> str:
    """A minimal view: the app is up (for load balancers and the serving benchmark)."""
    return "ok"


@bp.get("/quiz/<public_id>")
def start_page(public_id: str) -> str:
    """The quiz's start page: the student's name, then start."""
    quiz = quizzes.quiz_by_public_id(public_id) or abort(404)
    return render_template("quiz_start.html", quiz=quiz, name=session.get("student_name", ""))


@bp.post("/quiz/<public_id>/start")
def start(public_id: str) -> WerkzeugResponse | tuple[str, int]:
    """Start a new attempt (a retake is a new attempt too)."""
    quiz = quizzes.quiz_by_public_id(public_id) or abort(404)
    name = quizzes.clean_name(request.form.get("name", ""))
    if not name:
        flash("Please type your name so your teacher can see your score.", "error")
        return render_template("quiz_start.html", quiz=quiz, name=""), 400
    if not quiz.is_open:
        flash("This quiz is closed.", "error")
        return render_template("quiz_start.html", quiz=quiz, name=name), 409
    student = quizzes.student_for(session.get("student_id"), name)
    attempt = quizzes.start_attempt(quiz, student)
    session["student_id"], session["student_name"] = student.id, student.name
    return redirect(url_for("quiz.attempt", public_id=attempt.public_id), code=303)


@bp.get("/attempt/<public_id>")
def attempt(public_id: str) -> str | WerkzeugResponse:
    """The questions of an attempt in progress; after submitting, the results instead."""
    current = current_attempt(public_id)
    if current.submitted_at is not None:
        return redirect(url_for("quiz.results", public_id=public_id), code=303)
    return render_template("attempt.html", attempt=current, questions=quizzes.questions(current))


@bp.post("/attempt/<public_id>")
def submit(public_id: str) -> WerkzeugResponse:
    """Score the answers once and show the results (a second submit just shows them)."""
    current = current_attempt(public_id)
    if not quizzes.submit(current, request.form.to_dict()):
        flash("These answers were already submitted; here are your results.", "info")
    return redirect(url_for("quiz.results", public_id=public_id), code=303)


@bp.get("/attempt/<public_id>/results")
def results(public_id: str) -> str | WerkzeugResponse:
    """Score and feedback, each answer tied to its sentence in the article."""
    current = current_attempt(public_id)
    if current.submitted_at is None:
        return redirect(url_for("quiz.attempt", public_id=public_id), code=303)
    return render_template(
        "results.html", attempt=current, summary=quizzes.summary(current), feedback=quizzes.feedback(current)
    )
