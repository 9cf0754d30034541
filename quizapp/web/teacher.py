"""Teachers: articles in, items reviewed, quizzes built and assigned, and the class's scores reviewed."""

from __future__ import annotations

import tempfile
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from werkzeug.wrappers import Response as WerkzeugResponse

from .. import quizzes, teachers
from .. import review as reviews
from ..export import TEXT_FORMATS
from ..export.anki import write_apkg
from ..extensions import db, limiter
from ..generation import generated
from ..models import Article, Classroom, Item, Quiz, Student
from ..nlp.article import ArticleError, from_text, read_bytes
from ..store import add_article, create_quiz, replace_items
from .forms import ArticleForm, ClassroomForm, EmptyForm, ItemForm, LoginForm, QuizForm

bp = Blueprint("teacher", __name__, url_prefix="/teach")
ITEM_TYPES = ("who_said", "true_false", "fill_in")


def mine(model, object_id: int):  # noqa: ANN001, ANN201 - one of the owned models
    """The teacher's own object, or a 404 that says nothing about anyone else's."""
    return teachers.owned(model, object_id, current_user.id) or abort(404)


def my_item(item_id: int) -> Item:
    item = db.session.get(Item, item_id)
    if item is None or item.article.teacher_id != current_user.id:
        abort(404)
    return item


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
    """The teacher's articles, classes and quizzes."""
    me = current_user.id
    return render_template(
        "teacher/dashboard.html",
        articles=db.session.scalars(select(Article).where(Article.teacher_id == me).order_by(Article.id.desc())),
        classes=db.session.scalars(select(Classroom).where(Classroom.teacher_id == me).order_by(Classroom.name)),
        quizzes=db.session.scalars(
            select(Quiz).where(Quiz.teacher_id == me).options(selectinload(Quiz.classroom)).order_by(Quiz.id.desc())
        ),
        form=EmptyForm(),
    )


@bp.route("/articles/new", methods=["GET", "POST"])
@login_required
def new_article() -> str | WerkzeugResponse:
    """Upload a file or paste an article; its items are generated and shown for review."""
    form = ArticleForm()
    if form.validate_on_submit():
        try:
            parsed = read_upload(form)
        except ArticleError as exc:
            flash(str(exc), "error")
            return render_template("teacher/article_new.html", form=form), 400
        [items] = generated([parsed], current_app.config.get("SPACY_MODEL"))
        article, new = add_article(parsed, items, teacher_id=current_user.id, with_quiz=False)
        flash(f"{len(article.items)} items generated." if new else "You had added this article already.", "info")
        return redirect(url_for("teacher.article", article_id=article.id), code=303)
    return render_template("teacher/article_new.html", form=form)


def read_upload(form: ArticleForm):  # noqa: ANN201 - the language core's Article
    upload = form.file.data
    if upload and upload.filename:
        return read_bytes(Path(upload.filename).name, upload.read())
    text = (form.text.data or "").strip()
    if not text:
        raise ArticleError("choose a file or paste the article's text")
    title = text.splitlines()[0].strip()
    return from_text("-".join(title.lower().split())[:60] or "article", text)


@bp.get("/articles/<int:article_id>")
@login_required
def article(article_id: int) -> str:
    """The generated items with their evidence, to edit, disable or build a quiz from."""
    return render_template("teacher/article.html", article=mine(Article, article_id), form=EmptyForm())


@bp.post("/articles/<int:article_id>/regenerate")
@login_required
def regenerate(article_id: int) -> WerkzeugResponse:
    """Generate the items again; edited items stay as the teacher left them."""
    found = mine(Article, article_id)
    EmptyForm().validate_on_submit() or abort(400)
    text = "\n\n".join([found.title, *(b["text"] for b in found.blocks)])
    [items] = generated([from_text(found.slug, text)], current_app.config.get("SPACY_MODEL"))
    added, disabled = replace_items(found, items)
    flash(f"Regenerated: {added} new items, {disabled} items no longer generated were disabled.", "info")
    return redirect(url_for("teacher.article", article_id=article_id), code=303)


@bp.route("/items/<int:item_id>/edit", methods=["GET", "POST"])
@login_required
def edit_item(item_id: int) -> str | WerkzeugResponse:
    """Edit a prompt, an answer, the accepted answers or the explanation."""
    item = my_item(item_id)
    form = ItemForm(obj=item) if request.method == "GET" else ItemForm()
    if request.method == "GET":
        form.answer.data = "" if isinstance(item.answer, bool) else item.answer
        form.accepted.data = "; ".join(item.accepted)
    if form.validate_on_submit():
        item.prompt, item.explanation = form.prompt.data.strip(), form.explanation.data.strip()
        if item.type == "fill_in" and "_____" not in item.prompt:
            flash("A fill-in question needs its blank: write it as _____.", "error")
            return render_template("teacher/item_edit.html", item=item, form=form), 400
        if not isinstance(item.answer, bool) and form.answer.data.strip():
            item.answer = form.answer.data.strip()
            if item.type == "who_said" and item.answer not in item.choices:
                item.choices = [*item.choices[:-1], item.answer]
        item.accepted = [a.strip() for a in form.accepted.data.split(";") if a.strip()]
        db.session.commit()
        flash("Item saved.", "info")
        return redirect(url_for("teacher.article", article_id=item.article_id, _anchor=f"item-{item.id}"), code=303)
    return render_template("teacher/item_edit.html", item=item, form=form)


@bp.post("/items/<int:item_id>/toggle")
@login_required
def toggle_item(item_id: int) -> WerkzeugResponse:
    """Disable an item (students no longer see it in new attempts), or enable it again."""
    item = my_item(item_id)
    EmptyForm().validate_on_submit() or abort(400)
    item.enabled = not item.enabled
    db.session.commit()
    flash(f"Item {'enabled' if item.enabled else 'disabled'}.", "info")
    return redirect(request.form.get("next") or url_for("teacher.article", article_id=item.article_id), code=303)


@bp.route("/classes/new", methods=["GET", "POST"])
@login_required
def new_class() -> str | WerkzeugResponse:
    """Create a class; students join it with its code."""
    form = ClassroomForm()
    if form.validate_on_submit():
        classroom = teachers.create_classroom(current_user.id, form.name.data)
        return redirect(url_for("teacher.classroom", classroom_id=classroom.id), code=303)
    return render_template("teacher/class_new.html", form=form)


@bp.get("/classes/<int:classroom_id>")
@login_required
def classroom(classroom_id: int) -> str:
    """The class's join code, students and quizzes."""
    found = mine(Classroom, classroom_id)
    students = db.session.scalars(select(Student).where(Student.classroom_id == found.id).order_by(Student.name))
    quizzes = db.session.scalars(select(Quiz).where(Quiz.classroom_id == found.id).order_by(Quiz.id.desc()))
    return render_template("teacher/class.html", classroom=found, students=students, quizzes=quizzes)


@bp.route("/articles/<int:article_id>/quizzes/new", methods=["GET", "POST"])
@login_required
def new_quiz(article_id: int) -> str | WerkzeugResponse:
    """Build a quiz from ticked items or a number per type, and assign it to a class."""
    found = mine(Article, article_id)
    form = QuizForm()
    classes = db.session.scalars(select(Classroom).where(Classroom.teacher_id == current_user.id)).all()
    form.classroom.choices = [(0, "No class: list it on the home page")] + [(c.id, c.name) for c in classes]
    if request.method == "GET":
        form.title.data = found.title
    if form.validate_on_submit():
        items = chosen_items(found, form, {int(v) for v in request.form.getlist("item") if v.isdigit()})
        if not items:
            flash("Choose at least one item.", "error")
            return render_template("teacher/quiz_new.html", article=found, form=form), 400
        quiz = create_quiz(found, items, title=form.title.data.strip(), teacher_id=current_user.id,
                           classroom_id=form.classroom.data or None)  # fmt: skip
        db.session.commit()
        flash(f"Quiz created with {len(items)} items.", "info")
        return redirect(url_for("teacher.review", quiz_id=quiz.id), code=303)
    return render_template("teacher/quiz_new.html", article=found, form=form)


def chosen_items(article: Article, form: QuizForm, ticked: set[int]) -> list[Item]:
    enabled = [i for i in article.items if i.enabled]
    if form.hand_picked.data:
        return [i for i in enabled if i.id in ticked]
    wanted = {kind: getattr(form, kind).data for kind in ITEM_TYPES}
    if all(n is None for n in wanted.values()):
        return enabled
    return [i for kind in ITEM_TYPES for i in [x for x in enabled if x.type == kind][: wanted[kind] or 0]]


@bp.post("/quizzes/<int:quiz_id>/toggle")
@login_required
def toggle_quiz(quiz_id: int) -> WerkzeugResponse:
    """Open or close a quiz for new attempts."""
    quiz = mine(Quiz, quiz_id)
    EmptyForm().validate_on_submit() or abort(400)
    quiz.is_open = quizzes.is_closed(quiz)
    if quiz.is_open and quizzes.is_closed(quiz):  # reopened after its closing time: that time no longer holds
        quiz.closes_at = None
    db.session.commit()
    flash(f"Quiz {'opened' if quiz.is_open else 'closed'}.", "info")
    return redirect(url_for("teacher.review", quiz_id=quiz.id), code=303)


@bp.get("/quizzes/<int:quiz_id>")
@login_required
def review(quiz_id: int) -> str:
    """The class's scores: average, median, chart, grid, each item's statistics and flags."""
    data = reviews.review(mine(Quiz, quiz_id))
    return render_template("teacher/review.html", review=data, form=EmptyForm(), formats=TEXT_FORMATS)


@bp.get("/quizzes/<int:quiz_id>/scores.csv")
@login_required
def scores_csv(quiz_id: int) -> Response:
    """The scores as CSV: one row per attempt, one column per item."""
    quiz = mine(Quiz, quiz_id)
    body = reviews.scores_csv(reviews.review(quiz)).encode("utf-8-sig")
    return download(body, "text/csv", f"quiz-{quiz.id}-scores.csv")


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


def download(body: bytes, mimetype: str, filename: str) -> Response:
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
