"""Quizzes: build one from ticked items for a class (or for everyone), its settings (attempts, feedback,
closing time), publish a draft, preview it as a student, open or close, rename, delete or archive, and
export its items."""

from __future__ import annotations

import tempfile
from pathlib import Path

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import select
from werkzeug.wrappers import Response as WerkzeugResponse

from ... import builder, housekeeping, quizzes
from ...export import TEXT_FORMATS
from ...export.anki import write_apkg
from ...extensions import db
from ...models import Article, Classroom, Quiz, utcnow
from ...store import create_quiz
from ..filters import from_local, to_local
from ..forms import EmptyForm, QuizForm, QuizSettingsForm, RenameForm
from .blueprint import bp, download, mine, next_path

TEMPLATES = "teacher/quizzes/"
PUBLIC = "public"


def audiences(teacher_id: int) -> list[tuple[str, str]]:
    """The builder's "who takes it" choices: nothing chosen at first, the teacher's classes, or everyone."""
    classes = db.session.scalars(
        select(Classroom).where(Classroom.teacher_id == teacher_id, Classroom.archived_at.is_(None))
        .order_by(Classroom.name)
    )  # fmt: skip
    return [("", "Choose…"), *((str(c.id), f"Class: {c.name}") for c in classes),
            (PUBLIC, "Everyone: list it on the public home page")]  # fmt: skip


def build(article: Article, form: QuizForm, ticked: set[int]) -> Quiz:
    """The quiz the form asks for, as a draft; builder.BuildError says why it cannot be."""
    items = builder.choose(article, ticked, {k: getattr(form, k).data for k in ("who_said", "true_false", "fill_in")})
    classroom_id = None if form.audience.data == PUBLIC else int(form.audience.data)
    quiz = create_quiz(article, items, title=form.title.data.strip(), teacher_id=current_user.id,
                       classroom_id=classroom_id)  # fmt: skip
    db.session.commit()
    return quiz


@bp.route("/articles/<int:article_id>/quizzes/new", methods=["GET", "POST"])
@login_required
def new_quiz(article_id: int) -> str | WerkzeugResponse | tuple[str, int]:
    """Build a quiz from the ticked items (or a number of each type) for a class or for everyone."""
    found = mine(Article, article_id)
    form = QuizForm(title=found.title) if request.method == "GET" else QuizForm()
    form.audience.choices = audiences(current_user.id)
    ticked = {int(v) for v in request.form.getlist("item") if v.isdigit()}
    if form.validate_on_submit():
        try:
            quiz = build(found, form, ticked)
        except builder.BuildError as exc:
            flash(str(exc), "error")
        else:
            flash(f"Quiz created with {len(quiz.entries)} items, as a draft: preview it, then publish it "
                  "when students should see it.", "info")  # fmt: skip
            return redirect(url_for("teacher.review", quiz_id=quiz.id), code=303)
    page = render_template(TEMPLATES + "new.html", article=found, form=form, ticked=ticked,
                           available=builder.available(found))  # fmt: skip
    return (page, 400) if request.method == "POST" else page


@bp.post("/quizzes/<int:quiz_id>/toggle")
@login_required
def toggle_quiz(quiz_id: int) -> WerkzeugResponse:
    """Open or close a quiz for new attempts; reopening one past its closing time drops that time."""
    quiz = mine(Quiz, quiz_id)
    EmptyForm().validate_on_submit() or abort(400)
    if quiz.archived_at is not None:
        flash("This quiz is archived: restore it before opening it.", "error")
    else:
        quiz.is_open = quizzes.is_closed(quiz)
        if quiz.is_open and quizzes.is_closed(quiz):
            quiz.closes_at = None
        db.session.commit()
        flash(f"Quiz {'opened' if quiz.is_open else 'closed'}.", "info")
    return redirect(next_path(url_for("teacher.review", quiz_id=quiz.id)), code=303)


@bp.route("/quizzes/<int:quiz_id>/settings", methods=["GET", "POST"])
@login_required
def quiz_settings(quiz_id: int) -> str | WerkzeugResponse:
    """Attempts allowed, when feedback shows, and an optional closing time."""
    quiz = mine(Quiz, quiz_id)
    form = QuizSettingsForm(obj=quiz)
    if request.method == "GET" and quiz.closes_at:
        form.closes_at.data = to_local(quiz.closes_at).replace(tzinfo=None)
    if form.validate_on_submit():
        quiz.max_attempts, quiz.feedback = form.max_attempts.data, form.feedback.data
        quiz.closes_at = from_local(form.closes_at.data) if form.closes_at.data else None
        db.session.commit()
        passed = quizzes.is_closed(quiz) and quiz.is_open
        flash("Settings saved." + (" The closing time has passed: the quiz is closed." if passed else ""), "info")
        return redirect(url_for("teacher.quiz_settings", quiz_id=quiz.id), code=303)
    return render_template(TEMPLATES + "settings.html", quiz=quiz, form=form, action=EmptyForm())


@bp.post("/quizzes/<int:quiz_id>/publish")
@login_required
def publish_quiz(quiz_id: int) -> WerkzeugResponse:
    """Publish a draft: it shows on its class's pages (or the home page) from now on."""
    quiz = mine(Quiz, quiz_id)
    EmptyForm().validate_on_submit() or abort(400)
    if quiz.archived_at is not None:
        flash("This quiz is archived: restore it before publishing it.", "error")
    elif quiz.published_at is None:
        quiz.published_at = utcnow()
        db.session.commit()
        flash("Published: students can see and take the quiz.", "info")
    return redirect(next_path(url_for("teacher.quiz_settings", quiz_id=quiz.id)), code=303)


@bp.get("/quizzes/<int:quiz_id>/preview")
@login_required
def preview_quiz(quiz_id: int) -> str:
    """The quiz as a student sees it; nothing the teacher does here is stored or counted."""
    quiz = mine(Quiz, quiz_id)
    return render_template("attempt.html", quiz=quiz, questions=quizzes.preview_questions(quiz), given={},
                           action=url_for("teacher.preview_results", quiz_id=quiz.id), preview=True)  # fmt: skip


@bp.post("/quizzes/<int:quiz_id>/preview")
@login_required
def preview_results(quiz_id: int) -> str:
    """The preview's answers scored as a student's would be, then forgotten."""
    quiz = mine(Quiz, quiz_id)
    feedback = quizzes.preview_feedback(quiz, request.form.to_dict())
    score = sum(f.response.correct for f in feedback)
    summary = {"score": score, "total": len(feedback), "percent": round(100 * score / len(feedback)) if feedback else 0}
    return render_template(TEMPLATES + "preview_results.html", quiz=quiz, summary=summary, feedback=feedback)


@bp.route("/quizzes/<int:quiz_id>/rename", methods=["GET", "POST"])
@login_required
def rename_quiz(quiz_id: int) -> str | WerkzeugResponse:
    """Give the quiz another title (students see the new one)."""
    quiz = mine(Quiz, quiz_id)
    form = RenameForm(title=quiz.title)
    if form.validate_on_submit():
        housekeeping.rename(quiz, form.title.data)
        flash("Quiz renamed.", "info")
        return redirect(url_for("teacher.review", quiz_id=quiz.id), code=303)
    return render_template("teacher/rename.html", form=form, what="quiz", name=quiz.title,
                           cancel=url_for("teacher.review", quiz_id=quiz.id))  # fmt: skip


@bp.route("/quizzes/<int:quiz_id>/delete", methods=["GET", "POST"])
@login_required
def delete_quiz(quiz_id: int) -> str | WerkzeugResponse:
    """Say what deleting would do; on confirmation delete an untaken quiz, or archive one with attempts."""
    quiz = mine(Quiz, quiz_id)
    form = EmptyForm()
    if form.validate_on_submit():
        plan = housekeeping.delete_quiz(quiz)
        flash("Quiz archived: closed, with its scores kept." if plan.archives else "Quiz deleted.", "info")
        return redirect(url_for("teacher.dashboard"), code=303)
    return render_template("teacher/delete.html", form=form, what="quiz", name=quiz.title,
                           plan=housekeeping.quiz_plan(quiz),
                           cancel=url_for("teacher.review", quiz_id=quiz.id))  # fmt: skip


@bp.post("/quizzes/<int:quiz_id>/restore")
@login_required
def restore_quiz(quiz_id: int) -> WerkzeugResponse:
    """Bring an archived quiz back, closed until the teacher opens it."""
    quiz = mine(Quiz, quiz_id)
    EmptyForm().validate_on_submit() or abort(400)
    housekeeping.restore_quiz(quiz)
    flash("Quiz restored. It is closed: open it when students should take it.", "info")
    return redirect(url_for("teacher.review", quiz_id=quiz.id), code=303)


@bp.get("/quizzes/<int:quiz_id>/export/<fmt>")
@login_required
def export(quiz_id: int, fmt: str) -> Response:
    """The quiz's items as an Anki deck, GIFT, CSV or a Quizlet file."""
    quiz = mine(Quiz, quiz_id)
    article = {"id": f"quiz-{quiz.public_id}", "title": quiz.title, "byline": quiz.article.byline,
               "items": [i.as_item() for i in quizzes.quiz_items(quiz) if i.enabled]}  # fmt: skip
    if fmt == "apkg":
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "deck.apkg"
            write_apkg([article], path)
            return download(path.read_bytes(), "application/octet-stream", f"quiz-{quiz.id}.apkg")
    text_format = TEXT_FORMATS.get(fmt) or abort(404)
    body = text_format.render([article]).encode(text_format.encoding)
    return download(body, text_format.mimetype, f"quiz-{quiz.id}.{text_format.suffix}")
