"""Signing in and out, and the dashboard of a teacher's articles, classes and quizzes."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_login import current_user, login_required, login_user, logout_user
from werkzeug.wrappers import Response as WerkzeugResponse

from ... import teachers
from ...extensions import limiter
from ..forms import EmptyForm, LoginForm
from .blueprint import bp


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("10 per minute", methods=["POST"])
def login() -> str | WerkzeugResponse:
    """Sign in with email and password."""
    form = LoginForm()
    if form.validate_on_submit():
        teacher = teachers.authenticate(form.email.data, form.password.data)
        if teacher is not None:
            login_user(teacher)
            return redirect(url_for("teacher.dashboard"), code=303)
        flash("That email and password do not match.", "error")
    return render_template("teacher/login.html", form=form)


@bp.post("/logout")
@login_required
def logout() -> WerkzeugResponse:
    """Sign out."""
    logout_user()
    return redirect(url_for("quiz.index"), code=303)


@bp.get("/")
@login_required
def dashboard() -> str:
    """The teacher's articles, classes and quizzes, and what they archived."""
    return render_template("teacher/dashboard.html", desk=teachers.dashboard(current_user.id), form=EmptyForm())
