"""Students' accounts: join a class, sign in anywhere with a personal code, sign out, and "My quizzes"."""

from __future__ import annotations

from flask import Blueprint, flash, make_response, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as WerkzeugResponse

from .. import home, students, teachers
from ..extensions import limiter
from ..models import Student
from . import throttle
from .forms import EmptyForm, JoinForm, SignInForm
from .identity import current_student, no_store, safe_next, sign_in, sign_out

bp = Blueprint("account", __name__)


def class_of_request() -> str:
    """The rate limit's key: the class code typed (a class's students share one budget of failures)."""
    return "class:" + students.normal_code(request.form.get("code", ""))


def address_of_request() -> str:
    return "address:" + throttle.client_address()


def welcome(student: Student, code: str, next_page: str | None) -> WerkzeugResponse:
    """The personal code, shown this once, and the device signed in."""
    page = render_template("welcome.html", student=student, code=students.shown_code(code), next_page=next_page)
    return no_store(sign_in(make_response(page), student))


@bp.route("/join", methods=["GET", "POST"])
@limiter.limit(throttle.limit("JOIN_WRONG_CODE"), key_func=address_of_request, methods=["POST"],
               deduct_when=lambda r: r.status_code == 404)  # guessing class codes
@limiter.limit(throttle.limit("JOIN_PER_CLASS"), key_func=class_of_request, methods=["POST"],
               deduct_when=lambda r: r.status_code == 200)  # a flood of made-up students
def join() -> str | WerkzeugResponse | tuple[str, int]:
    """Join a class with its code and a name: the name is yours in the class, with a personal code."""
    form = JoinForm(code=request.args.get("code", ""), next=request.args.get("next", ""))
    if not form.validate_on_submit():
        return render_template("join.html", form=form)
    next_page = safe_next(form.next.data)
    classroom = teachers.classroom_by_code(form.code.data)
    if classroom is None:
        flash("No class has that code. Check it with your teacher.", "error")
        return render_template("join.html", form=form), 404
    me = current_student()
    if me is not None and me.classroom_id == classroom.id:
        flash(f"You are already in this class as {me.name}.", "info")
        return redirect(next_page or url_for("account.my_quizzes"), code=303)
    try:
        student, code = students.create(form.name.data, classroom)
    except students.NameTaken:
        flash("Someone in this class already has that name. If it is you, sign in with your personal code; "
              "if not, add the initial of your surname.", "error")  # fmt: skip
        return render_template("join.html", form=form), 409
    return welcome(student, code, next_page)


@bp.route("/signin", methods=["GET", "POST"])
@limiter.limit(throttle.limit("STUDENT_SIGNIN_CLASS"), key_func=class_of_request, methods=["POST"],
               deduct_when=lambda r: r.status_code != 303)
def signin() -> str | WerkzeugResponse | tuple[str, int]:
    """Sign in on this device with the class code and your personal code."""
    form = SignInForm(next=request.args.get("next", ""))
    if not form.validate_on_submit():
        return render_template("signin.html", form=form), 400 if request.method == "POST" else 200
    classroom = teachers.classroom_by_code(form.code.data) if (form.code.data or "").strip() else None
    known_class = classroom is not None or not (form.code.data or "").strip()
    student = students.authenticate(classroom, form.personal.data) if known_class else None
    if student is None:
        flash("That class code and personal code do not match. Check both with your teacher.", "error")
        return render_template("signin.html", form=form), 401
    flash(f"Signed in as {student.name}.", "info")
    return sign_in(redirect(safe_next(form.next.data) or url_for("account.my_quizzes"), code=303), student)


@bp.post("/signout")
def signout() -> WerkzeugResponse:
    """Sign out on this device (your personal code signs you in again)."""
    EmptyForm().validate_on_submit()
    return sign_out(redirect(url_for("quiz.index"), code=303))


@bp.get("/my")
def my_quizzes() -> WerkzeugResponse:
    """My quizzes: to do, done with score and date, and closed; links to results and flashcards."""
    student = current_student()
    if student is None:
        return redirect(url_for("account.signin", next=request.path), code=303)
    return no_store(make_response(render_template("my_quizzes.html", student=student, home=home.student_home(student))))


@bp.get("/class")
def my_class() -> WerkzeugResponse:
    """The former class page: now "My quizzes"."""
    return redirect(url_for("account.my_quizzes"), code=303)
