"""Students: pick a quiz, give a name, answer, submit once, and see the feedback."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response as WerkzeugResponse

from .. import quizzes, teachers
from ..models import Attempt
from .forms import JoinForm

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


@bp.route("/join", methods=["GET", "POST"])
def join() -> str | WerkzeugResponse | tuple[str, int]:
    """Join a class with the code the teacher gives and a name: no password, as in a classroom."""
    form = JoinForm(code=request.args.get("code", ""))
    if form.validate_on_submit():
        classroom = teachers.classroom_by_code(form.code.data)
        if classroom is None:
            flash("No class has that code. Check it with your teacher.", "error")
            return render_template("join.html", form=form), 404
        student = quizzes.join_classroom(classroom, quizzes.clean_name(form.name.data), session.get("student_id"))
        session["student_id"], session["student_name"] = student.id, student.name
        return redirect(url_for("quiz.my_class"), code=303)
    return render_template("join.html", form=form)


@bp.get("/class")
def my_class() -> str | WerkzeugResponse:
    """The open quizzes of the student's class."""
    student = quizzes.current_student(session.get("student_id"))
    if student is None or student.classroom_id is None:
        return redirect(url_for("quiz.join"), code=303)
    return render_template("class_home.html", student=student, quizzes=quizzes.class_quizzes(student.classroom_id))


@bp.get("/quiz/<public_id>")
def start_page(public_id: str) -> str:
    """The quiz's start page: the student's name, then start."""
    quiz = quizzes.quiz_by_public_id(public_id) or abort(404)
    return render_template("quiz_start.html", quiz=quiz, name=session.get("student_name", ""))


@bp.post("/quiz/<public_id>/start")
def start(public_id: str) -> WerkzeugResponse | tuple[str, int]:
    """Start a new attempt (a retake is a new attempt too)."""
    quiz = quizzes.quiz_by_public_id(public_id) or abort(404)
    if not quizzes.may_take(quiz, session.get("student_id")):
        flash("This quiz is for a class: join it with the code your teacher gave you.", "error")
        return redirect(url_for("quiz.join"), code=303)
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
