"""Students: open a quiz, answer, review what is unanswered, submit once, and see the feedback."""

from __future__ import annotations

from flask import Blueprint, abort, flash, make_response, redirect, render_template, request, url_for
from flask_wtf.csrf import CSRFError
from werkzeug.wrappers import Response as WerkzeugResponse

from .. import home, quizzes, students
from ..extensions import limiter
from ..models import Attempt, Quiz
from . import throttle
from .accounts import welcome
from .filters import localtime
from .identity import current_student, current_student_id, no_store

bp = Blueprint("quiz", __name__)
ANSWER_FORMS = {"quiz.save", "quiz.submit", "quiz.draft"}  # the forms that carry a student's answers


def current_attempt(public_id: str) -> Attempt:
    """The signed-in student's own attempt, or a 404 that says nothing about anyone else's."""
    return quizzes.attempt_for(public_id, current_student_id()) or abort(404)


def takeable(public_id: str) -> Quiz | WerkzeugResponse:
    """The published quiz if this student may take it; a visitor is sent to join a class's quiz first."""
    quiz = quizzes.visible(quizzes.quiz_by_public_id(public_id)) or abort(404)
    if quizzes.may_take(quiz, current_student()):
        return quiz
    if current_student() is None:
        flash("This quiz is for a class: join it with the code your teacher gave you, or sign in.", "info")
        return redirect(url_for("account.join", next=url_for("quiz.start_page", public_id=public_id)), code=303)
    abort(403, "This quiz is for another class.")


@bp.get("/")
def index() -> str:
    """The open quizzes of the home page."""
    return render_template("index.html", quizzes=quizzes.open_quizzes())


@bp.get("/healthz")
def healthz() -> str:
    """A minimal view: the app is up (for load balancers and the serving benchmark)."""
    return "ok"


@bp.get("/quiz/<public_id>")
def start_page(public_id: str) -> str | WerkzeugResponse:
    """The quiz's start page: start, continue, or what is left of it once done or closed."""
    quiz = takeable(public_id)
    if not isinstance(quiz, Quiz):
        return quiz
    return render_template("quiz_start.html", entry=home.entry(quiz, current_student()))


@bp.post("/quiz/<public_id>/start")
@limiter.limit(throttle.limit("START"), key_func=throttle.student_or_address)
def start(public_id: str) -> str | WerkzeugResponse | tuple[str, int]:
    """Start an attempt, or resume the one in progress; a visitor to a home page quiz gives a name first."""
    quiz = takeable(public_id)
    if not isinstance(quiz, Quiz):
        return quiz
    student, code = current_student(), None
    if student is None:
        name = students.clean_name(request.form.get("name", ""))
        if not name:
            flash("Please type your name so your teacher can see your score.", "error")
            return render_template("quiz_start.html", entry=home.entry(quiz, None)), 400
        if quizzes.is_closed(quiz):
            return render_template("quiz_start.html", entry=home.entry(quiz, None)), 409
        student, code = students.create(name, None)
    try:
        attempt = quizzes.start_attempt(quiz, student)
    except (quizzes.QuizClosed, quizzes.NoAttemptsLeft):
        return render_template("quiz_start.html", entry=home.entry(quiz, student)), 409
    target = url_for("quiz.attempt", public_id=attempt.public_id)
    return welcome(student, code, target) if code else redirect(target, code=303)


def attempt_page(current: Attempt, given: dict[str, str]) -> str:
    return render_template("attempt.html", attempt=current, quiz=current.quiz, questions=quizzes.questions(current),
                           given=given, closed=quizzes.is_closed(current.quiz))  # fmt: skip


@bp.get("/attempt/<public_id>")
def attempt(public_id: str) -> str | WerkzeugResponse:
    """The questions of an attempt in progress, with the answers saved so far; after submitting, the results."""
    current = current_attempt(public_id)
    if current.submitted_at is not None:
        return redirect(url_for("quiz.results", public_id=public_id), code=303)
    return attempt_page(current, quizzes.answers_given(current, {}))


@bp.post("/attempt/<public_id>/draft")
def draft(public_id: str) -> tuple[str, int]:
    """Keep the answers typed so far (draft.js sends them as the student goes); the next load shows them."""
    current = current_attempt(public_id)
    if current.submitted_at is not None:
        return "", 409
    quizzes.save_draft(current, request.form.to_dict())
    return "", 204


@bp.errorhandler(CSRFError)
def answers_kept(error: CSRFError) -> tuple[str, int]:
    """A quiz form refused for its token (its session ended, say): nothing is stored, and the page shows the
    student's answers again with a fresh token, to send once more. Any other form gets the error page."""
    public_id, student_id = (request.view_args or {}).get("public_id"), current_student_id()
    answering = request.endpoint in ANSWER_FORMS and student_id is not None
    current = quizzes.attempt_for(public_id, student_id) if answering else None
    if current is None or current.submitted_at is not None:
        return render_template("error.html", error=error), 400
    flash("Your answers were not sent: the page had expired. Here they are again: check them and send them once "
          "more.", "error")  # fmt: skip
    return attempt_page(current, quizzes.answers_given(current, request.form.to_dict())), 400


@bp.post("/attempt/<public_id>/review")
def save(public_id: str) -> WerkzeugResponse:
    """Keep the answers so far and go to the review step (nothing is submitted here)."""
    current = current_attempt(public_id)
    if current.submitted_at is None:
        quizzes.save_draft(current, request.form.to_dict())
    return redirect(url_for("quiz.review", public_id=public_id), code=303)


@bp.get("/attempt/<public_id>/review")
def review(public_id: str) -> str | WerkzeugResponse:
    """The review step: which questions are unanswered, then submit anyway or go back."""
    current = current_attempt(public_id)
    if current.submitted_at is not None:
        return redirect(url_for("quiz.results", public_id=public_id), code=303)
    return render_template("attempt_review.html", attempt=current, unanswered=quizzes.unanswered(current),
                           closed=quizzes.is_closed(current.quiz))  # fmt: skip


@bp.post("/attempt/<public_id>")
def submit(public_id: str) -> WerkzeugResponse:
    """Score the answers once and show the results; after the quiz closed, keep them as late instead."""
    current = current_attempt(public_id)
    outcome = quizzes.submit(current, request.form.to_dict())
    if outcome == "already":
        flash("These answers were already submitted; here is what there is to see.", "info")
    elif outcome == "late":
        closed = localtime(current.quiz.closes_at) if current.quiz.closes_at and current.quiz.is_open else None
        flash(f"Not accepted: this quiz closed{' on ' + closed if closed else ''} before you submitted. "
              "Your answers are kept, and your teacher sees them as late.", "error")  # fmt: skip
    return redirect(url_for("quiz.results", public_id=public_id), code=303)


@bp.get("/attempt/<public_id>/results")
def results(public_id: str) -> WerkzeugResponse:
    """Score and feedback as the quiz's settings allow: at once, after it closes, or the score only."""
    current = current_attempt(public_id)
    if current.submitted_at is None:
        return redirect(url_for("quiz.attempt", public_id=public_id), code=303)
    entry = home.entry(current.quiz, current.student)
    feedback = quizzes.feedback(current) if entry.key_visible and not current.late else []
    page = render_template("results.html", attempt=current, entry=entry, summary=quizzes.summary(current),
                           feedback=feedback)  # fmt: skip
    return no_store(make_response(page))
