"""Classes: create one (students join with its code), see it, rename, delete or archive it; its roster:
personal codes to print or reissue, a new class code, rename, merge or remove a student, reset an attempt."""

from __future__ import annotations

from flask import abort, flash, make_response, redirect, render_template, url_for
from flask_login import current_user, login_required
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from werkzeug.wrappers import Response as WerkzeugResponse

from ... import housekeeping, students, teachers
from ...extensions import db
from ...models import Attempt, Classroom, Quiz, Student
from ..forms import ClassroomForm, EmptyForm, MergeForm, RemoveForm, RenameForm, StudentNameForm
from ..identity import no_store
from .blueprint import bp, mine

TEMPLATES = "teacher/classes/"
ARCHIVED = "This class is archived: restore it before giving out codes."


@bp.route("/classes/new", methods=["GET", "POST"])
@login_required
def new_class() -> str | WerkzeugResponse:
    """Create a class; students join it with its code."""
    form = ClassroomForm()
    if form.validate_on_submit():
        classroom = teachers.create_classroom(current_user.id, form.name.data)
        return redirect(url_for("teacher.classroom", classroom_id=classroom.id), code=303)
    return render_template(TEMPLATES + "new.html", form=form)


@bp.get("/classes/<int:classroom_id>")
@login_required
def classroom(classroom_id: int) -> str:
    """The class's join code, students and quizzes."""
    found = mine(Classroom, classroom_id)
    quizzes = db.session.scalars(select(Quiz).where(Quiz.classroom_id == found.id).order_by(Quiz.id.desc())).all()
    return render_template(TEMPLATES + "show.html", classroom=found, students=students.roster(found.id),
                           quizzes=quizzes, form=EmptyForm())  # fmt: skip


@bp.route("/classes/<int:classroom_id>/rename", methods=["GET", "POST"])
@login_required
def rename_class(classroom_id: int) -> str | WerkzeugResponse:
    """Give the class another name (its join code stays)."""
    found = mine(Classroom, classroom_id)
    form = RenameForm(title=found.name)
    if form.validate_on_submit():
        housekeeping.rename(found, form.title.data)
        flash("Class renamed.", "info")
        return redirect(url_for("teacher.classroom", classroom_id=found.id), code=303)
    return render_template("teacher/rename.html", form=form, what="class", name=found.name,
                           cancel=url_for("teacher.classroom", classroom_id=found.id))  # fmt: skip


@bp.route("/classes/<int:classroom_id>/delete", methods=["GET", "POST"])
@login_required
def delete_class(classroom_id: int) -> str | WerkzeugResponse:
    """Say what deleting would do; on confirmation delete an empty class, or archive one with students."""
    found = mine(Classroom, classroom_id)
    form = EmptyForm()
    if form.validate_on_submit():
        plan = housekeeping.delete_classroom(found)
        flash("Class archived: nobody can join it now." if plan.archives else "Class deleted.", "info")
        return redirect(url_for("teacher.dashboard"), code=303)
    return render_template("teacher/delete.html", form=form, what="class", name=found.name,
                           plan=housekeeping.class_plan(found),
                           cancel=url_for("teacher.classroom", classroom_id=found.id))  # fmt: skip


@bp.post("/classes/<int:classroom_id>/restore")
@login_required
def restore_class(classroom_id: int) -> WerkzeugResponse:
    """Bring an archived class back: its code works again (its quizzes stay archived until restored)."""
    found = mine(Classroom, classroom_id)
    EmptyForm().validate_on_submit() or abort(400)
    housekeeping.restore(found)
    flash("Class restored: students can join it again.", "info")
    return redirect(url_for("teacher.classroom", classroom_id=found.id), code=303)


def my_student(classroom_id: int, student_id: int) -> Student:
    """A student of one of the teacher's classes, or a 404."""
    return students.of_class(mine(Classroom, classroom_id).id, student_id) or abort(404)


def checked() -> None:
    """A button's form: only its CSRF token."""
    EmptyForm().validate_on_submit() or abort(400)


def to_class(classroom_id: int) -> WerkzeugResponse:
    return redirect(url_for("teacher.classroom", classroom_id=classroom_id), code=303)


def back_to(student: Student) -> WerkzeugResponse:
    return redirect(url_for("teacher.student", classroom_id=student.classroom_id, student_id=student.id), code=303)


def slips(classroom: Classroom, issued: list[tuple[Student, str]]) -> WerkzeugResponse:
    """Printable slips with the new codes: shown on this page only, never stored in clear."""
    codes = [(student, students.shown_code(code)) for student, code in issued]
    return no_store(make_response(render_template(TEMPLATES + "slips.html", classroom=classroom, codes=codes)))


@bp.post("/classes/<int:classroom_id>/join-code")
@login_required
def new_join_code(classroom_id: int) -> WerkzeugResponse:
    """A new class code: the old one no longer lets anyone join; students keep their personal codes."""
    found = mine(Classroom, classroom_id)
    checked()
    if found.archived_at is not None:
        flash(ARCHIVED, "error")
    else:
        flash(f"The new class code is {students.new_class_code(found)}.", "info")
    return to_class(found.id)


@bp.post("/classes/<int:classroom_id>/codes")
@login_required
def print_codes(classroom_id: int) -> WerkzeugResponse:
    """New personal codes for the whole class, on slips to print and hand out."""
    found = mine(Classroom, classroom_id)
    checked()
    if found.archived_at is not None:
        flash(ARCHIVED, "error")
        return to_class(found.id)
    return slips(found, students.reissue_codes(students.roster(found.id)))


@bp.get("/classes/<int:classroom_id>/students/<int:student_id>")
@login_required
def student(classroom_id: int, student_id: int) -> str:
    """One student: their attempts (late ones marked) and what the teacher can do about them."""
    found = my_student(classroom_id, student_id)
    attempts = db.session.scalars(select(Attempt).where(Attempt.student_id == found.id)
                                  .options(selectinload(Attempt.quiz)).order_by(Attempt.id)).all()  # fmt: skip
    merge = MergeForm()
    merge.other.choices = [(s.id, s.name) for s in students.roster(classroom_id) if s.id != found.id]
    return render_template(TEMPLATES + "student.html", student=found, classroom=mine(Classroom, classroom_id),
                           attempts=attempts, form=EmptyForm(), rename=StudentNameForm(name=found.name), merge=merge,
                           remove=RemoveForm())  # fmt: skip


@bp.post("/classes/<int:classroom_id>/students/<int:student_id>/code")
@login_required
def reissue_code(classroom_id: int, student_id: int) -> WerkzeugResponse:
    """A new personal code for one student (the old one stops working, on every device)."""
    found = my_student(classroom_id, student_id)
    checked()
    classroom = mine(Classroom, classroom_id)
    if classroom.archived_at is not None:
        flash(ARCHIVED, "error")
        return back_to(found)
    return slips(classroom, students.reissue_codes([found]))


@bp.post("/classes/<int:classroom_id>/students/<int:student_id>/rename")
@login_required
def rename_student(classroom_id: int, student_id: int) -> WerkzeugResponse:
    """Rename a student (students cannot rename themselves)."""
    found, form = my_student(classroom_id, student_id), StudentNameForm()
    form.validate_on_submit() or abort(400)
    try:
        students.rename(found, form.name.data)
        flash(f"Renamed to {found.name}.", "info")
    except students.NameTaken:
        flash("Another student of the class has that name: merge the two records if they are one student.", "error")
    return back_to(found)


@bp.post("/classes/<int:classroom_id>/students/<int:student_id>/merge")
@login_required
def merge_student(classroom_id: int, student_id: int) -> WerkzeugResponse:
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


@bp.post("/classes/<int:classroom_id>/students/<int:student_id>/remove")
@login_required
def remove_student(classroom_id: int, student_id: int) -> WerkzeugResponse:
    """Remove a student from the class, with their attempts and flashcards."""
    found = my_student(classroom_id, student_id)
    if not RemoveForm().validate_on_submit():
        flash("Tick the box to confirm: removing a student deletes their scores.", "error")
        return back_to(found)
    name = found.name
    students.remove(found)
    flash(f"{name} was removed from the class.", "info")
    return to_class(classroom_id)


@bp.post("/classes/<int:classroom_id>/students/<int:student_id>/attempts/<int:attempt_id>/reset")
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
