"""Teachers: a class's students: sign-in codes to print or reissue, rename, merge, remove, reset an attempt."""

from __future__ import annotations

from flask import Blueprint, abort, flash, make_response, redirect, render_template, url_for
from flask_login import current_user, login_required
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from werkzeug.wrappers import Response as WerkzeugResponse

from .. import students, teachers
from ..extensions import db
from ..models import Attempt, Classroom, Student
from .forms import EmptyForm, MergeForm, RemoveForm, RenameForm
from .identity import no_store

bp = Blueprint("classes", __name__, url_prefix="/teach/classes")


def my_class(classroom_id: int) -> Classroom:
    return teachers.owned(Classroom, classroom_id, current_user.id) or abort(404)


def my_student(classroom_id: int, student_id: int) -> Student:
    """A student of one of the teacher's classes, or a 404."""
    return students.of_class(my_class(classroom_id).id, student_id) or abort(404)


def checked() -> None:
    """A button's form: only its CSRF token."""
    EmptyForm().validate_on_submit() or abort(400)


def back_to(student: Student) -> WerkzeugResponse:
    return redirect(url_for("classes.student", classroom_id=student.classroom_id, student_id=student.id), code=303)


def slips(classroom: Classroom, issued: list[tuple[Student, str]]) -> WerkzeugResponse:
    """Printable slips with the new codes: shown on this page only, never stored in clear."""
    codes = [(student, students.shown_code(code)) for student, code in issued]
    return no_store(make_response(render_template("teacher/classes/slips.html", classroom=classroom, codes=codes)))


@bp.post("/<int:classroom_id>/join-code")
@login_required
def new_join_code(classroom_id: int) -> WerkzeugResponse:
    """A new class code: the old one no longer lets anyone join; students keep their personal codes."""
    classroom = my_class(classroom_id)
    checked()
    flash(f"The new class code is {students.new_class_code(classroom)}.", "info")
    return redirect(url_for("teacher.classroom", classroom_id=classroom.id), code=303)


@bp.post("/<int:classroom_id>/codes")
@login_required
def print_codes(classroom_id: int) -> WerkzeugResponse:
    """New personal codes for the whole class, on slips to print and hand out."""
    classroom = my_class(classroom_id)
    checked()
    return slips(classroom, students.reissue_codes(students.roster(classroom.id)))


@bp.get("/<int:classroom_id>/students/<int:student_id>")
@login_required
def student(classroom_id: int, student_id: int) -> str:
    """One student: their attempts (late ones marked) and what the teacher can do about them."""
    found = my_student(classroom_id, student_id)
    attempts = db.session.scalars(select(Attempt).where(Attempt.student_id == found.id)
                                  .options(selectinload(Attempt.quiz)).order_by(Attempt.id)).all()  # fmt: skip
    merge = MergeForm()
    merge.other.choices = [(s.id, s.name) for s in students.roster(classroom_id) if s.id != found.id]
    return render_template("teacher/classes/student.html", student=found, attempts=attempts, form=EmptyForm(),
                           rename=RenameForm(name=found.name), merge=merge, remove=RemoveForm())  # fmt: skip


@bp.post("/<int:classroom_id>/students/<int:student_id>/code")
@login_required
def reissue(classroom_id: int, student_id: int) -> WerkzeugResponse:
    """A new personal code for one student (the old one stops working, on every device)."""
    found = my_student(classroom_id, student_id)
    checked()
    return slips(my_class(classroom_id), students.reissue_codes([found]))


@bp.post("/<int:classroom_id>/students/<int:student_id>/rename")
@login_required
def rename(classroom_id: int, student_id: int) -> WerkzeugResponse:
    """Rename a student (students cannot rename themselves)."""
    found, form = my_student(classroom_id, student_id), RenameForm()
    form.validate_on_submit() or abort(400)
    try:
        students.rename(found, form.name.data)
        flash(f"Renamed to {found.name}.", "info")
    except students.NameTaken:
        flash("Another student of the class has that name: merge the two records if they are one student.", "error")
    return back_to(found)


@bp.post("/<int:classroom_id>/students/<int:student_id>/merge")
@login_required
def merge(classroom_id: int, student_id: int) -> WerkzeugResponse:
    """Merge another record of the same student into this one."""
    found, form = my_student(classroom_id, student_id), MergeForm()
    form.other.choices = [(s.id, s.name) for s in students.roster(classroom_id) if s.id != found.id]
    if not form.validate_on_submit():
        flash("Choose the other record and tick the box to merge.", "error")
        return back_to(found)
    other = my_student(classroom_id, form.other.data)
    name = other.name
    students.merge(found, other)
    flash(f"{name}'s attempts and flashcards are now {found.name}'s.", "info")
    return back_to(found)


@bp.post("/<int:classroom_id>/students/<int:student_id>/remove")
@login_required
def remove(classroom_id: int, student_id: int) -> WerkzeugResponse:
    """Remove a student from the class, with their attempts and flashcards."""
    found = my_student(classroom_id, student_id)
    if not RemoveForm().validate_on_submit():
        flash("Tick the box to confirm: removing a student deletes their scores.", "error")
        return back_to(found)
    name = found.name
    students.remove(found)
    flash(f"{name} was removed from the class.", "info")
    return redirect(url_for("teacher.classroom", classroom_id=classroom_id), code=303)


@bp.post("/<int:classroom_id>/students/<int:student_id>/attempts/<int:attempt_id>/reset")
@login_required
def reset_attempt(classroom_id: int, student_id: int, attempt_id: int) -> WerkzeugResponse:
    """Delete one attempt so the student can take the quiz again."""
    found = my_student(classroom_id, student_id)
    attempt = db.session.get(Attempt, attempt_id)
    if attempt is None or attempt.student_id != found.id:
        abort(404)
    checked()
    students.reset_attempt(attempt)
    flash("The attempt was reset: the student can take the quiz again.", "info")
    return back_to(found)
