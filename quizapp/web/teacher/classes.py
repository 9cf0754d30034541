"""Classes: create one (students join with its code), see it, rename, delete or archive it."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required
from sqlalchemy import select
from werkzeug.wrappers import Response as WerkzeugResponse

from ... import housekeeping, teachers
from ...extensions import db
from ...models import Classroom, Quiz, Student
from ..forms import ClassroomForm, EmptyForm, RenameForm
from .blueprint import bp, mine

TEMPLATES = "teacher/classes/"


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
    students = db.session.scalars(select(Student).where(Student.classroom_id == found.id).order_by(Student.name))
    quizzes = db.session.scalars(select(Quiz).where(Quiz.classroom_id == found.id).order_by(Quiz.id.desc()))
    return render_template(TEMPLATES + "show.html", classroom=found, students=students, quizzes=quizzes,
                           form=EmptyForm())  # fmt: skip


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
