"""Signing in and out, and the dashboard of a teacher's articles, classes and quizzes."""

from __future__ import annotations

import secrets

from flask import flash, redirect, render_template, session, url_for
from flask_login import current_user, login_required, login_user, logout_user
from werkzeug.wrappers import Response as WerkzeugResponse

from ... import teachers
from .. import throttle
from ..forms import EmptyForm, LoginForm
from .blueprint import bp

PAUSED = ("Too many wrong passwords for this account or from this network: wait a minute and try again. "
          "A browser you signed in with before can still sign in.")  # fmt: skip


@bp.route("/login", methods=["GET", "POST"])
def login() -> str | WerkzeugResponse | tuple[str, int]:
    """Sign in with email and password (wrong passwords are limited per account and per address)."""
    form = LoginForm()
    if not form.validate_on_submit():
        return render_template("teacher/login.html", form=form)
    email = teachers.normal_email(form.email.data)
    device = throttle.known_device(email)
    if not throttle.teacher_sign_in_allowed(email, device):
        flash(PAUSED, "error")
        return render_template("teacher/login.html", form=form), 429
    teacher = teachers.authenticate(email, form.password.data)
    if teacher is None:
        throttle.teacher_sign_in_failed(email, device)
        flash("That email and password do not match.", "error")
        return render_template("teacher/login.html", form=form)
    throttle.teacher_signed_in(email)
    session.clear()  # a new session at sign-in: nothing from before it (a planted token, a student's) carries over
    login_user(teacher)
    response = redirect(url_for("teacher.dashboard"), code=303)
    return throttle.remember_device(response, email, device or secrets.token_urlsafe(12))


@bp.post("/logout")
@login_required
def logout() -> WerkzeugResponse:
    """Sign out, here and in every other browser: no session cookie saved before works again."""
    EmptyForm().validate_on_submit()
    teachers.end_sessions(current_user._get_current_object())
    logout_user()
    session.clear()
    return redirect(url_for("quiz.index"), code=303)


@bp.get("/")
@login_required
def dashboard() -> str:
    """The teacher's articles, classes and quizzes, and what they archived."""
    return render_template("teacher/dashboard.html", desk=teachers.dashboard(current_user.id), form=EmptyForm())
