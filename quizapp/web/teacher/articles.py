"""Articles and their items: upload, review, edit every field, write new items, rename, delete."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import select
from werkzeug.wrappers import Response as WerkzeugResponse

from ... import editing, housekeeping, jobs, regrade
from ...editing import Draft
from ...extensions import db, limiter
from ...models import Article, GenerationJob, Item
from ...nlp.article import ArticleError
from ...uploads import check_file, check_pasted, short_name
from .. import throttle
from ..forms import ArticleForm, EmptyForm, ItemForm, RenameForm
from .blueprint import bp, mine, my_item, next_path

TEMPLATES = "teacher/articles/"
generation_limit = limiter.shared_limit(throttle.limit("UPLOAD"), scope="generation", key_func=throttle.teacher_key,
                                        methods=["POST"])  # fmt: skip


def checked_upload(form: ArticleForm) -> jobs.Upload:
    """The uploaded file, else the pasted text, checked for what can be told at once (a PDF, a web
    address, not UTF-8); a refusal is put beside the field it concerns. The reading is the job's."""
    upload = form.file.data
    field = form.file if upload and upload.filename else form.text
    try:
        if field is form.file:
            data = upload.read()
            upload.close()  # a large upload is spooled to a temporary file: let it go now
            check_file(upload.filename, data)
            return jobs.Upload("file", short_name(upload.filename), data)
        text = check_pasted(form.text.data)
        return jobs.Upload("paste", "pasted text", text.encode("utf-8"))
    except ArticleError as exc:
        field.errors = [*field.errors, str(exc)]
        raise


@bp.route("/articles/new", methods=["GET", "POST"])
@login_required
@generation_limit
def new_article() -> str | WerkzeugResponse | tuple[str, int]:
    """Upload a file or paste an article; a job reads it and generates its items, shown for review."""
    form = ArticleForm()
    if form.validate_on_submit():
        try:
            job = jobs.submit(current_user.id, checked_upload(form))
        except ArticleError:
            return render_template(TEMPLATES + "new.html", form=form), 400
        except jobs.JobRefused as exc:
            return render_template(TEMPLATES + "new.html", form=form, refused=str(exc)), 429
        return redirect(url_for("teacher.job", public_id=job.public_id), code=303)
    return render_template(TEMPLATES + "new.html", form=form)


@bp.get("/jobs/<public_id>")
@login_required
def job(public_id: str) -> str | WerkzeugResponse:
    """How an upload is going (the page reloads itself); once done, the article with its items."""
    found = db.session.scalar(select(GenerationJob).where(GenerationJob.public_id == public_id,
                                                          GenerationJob.teacher_id == current_user.id))  # fmt: skip
    found is not None or abort(404)
    progress = jobs.progress(found)
    if progress.state == "done" and found.article_id is not None:
        flash(progress.message, "info")
        return redirect(url_for("teacher.article", article_id=found.article_id), code=303)
    return render_template(TEMPLATES + "job.html", job=found, progress=progress)


@bp.get("/articles/<int:article_id>")
@login_required
def article(article_id: int) -> str:
    """The generated items with their evidence, to edit, disable, add to or build a quiz from."""
    found = mine(Article, article_id)
    return render_template(TEMPLATES + "show.html", article=found, form=EmptyForm(), kinds=editing.TYPE_NAMES)


@bp.post("/articles/<int:article_id>/regenerate")
@login_required
@generation_limit
def regenerate(article_id: int) -> WerkzeugResponse:
    """Generate the items again, as a job; edited items stay as the teacher left them."""
    found = mine(Article, article_id)
    EmptyForm().validate_on_submit() or abort(400)
    text = "\n\n".join([found.title, *(b["text"] for b in found.blocks)])
    try:
        job = jobs.submit(current_user.id, jobs.Upload("stored", found.slug, text.encode("utf-8"), found.id))
    except jobs.JobRefused as exc:
        flash(str(exc), "error")
        return redirect(url_for("teacher.article", article_id=article_id), code=303)
    return redirect(url_for("teacher.job", public_id=job.public_id), code=303)


def item_page(item: Item) -> str:
    return url_for("teacher.article", article_id=item.article_id, _anchor=f"item-{item.id}")


def form_from(draft: Draft, form: ItemForm) -> None:
    """Fill the form with an item's fields (on the first GET)."""
    form.prompt.data, form.evidence.data, form.explanation.data = draft.prompt, draft.evidence, draft.explanation
    form.choices.data, form.accepted.data = "\n".join(draft.choices), "\n".join(draft.accepted)
    if draft.type == "true_false":
        form.truth.data = "true" if draft.answer else "false"
    else:
        form.answer.data = "" if draft.answer is None else str(draft.answer)


def checked_draft(form: ItemForm, kind: str) -> Draft | None:
    """The submitted item if every field is right; else None, with each problem beside its field."""
    valid = form.validate()
    truth = {"true": True, "false": False}.get(form.truth.data or "")
    clean = " ".join((form.answer.data or "").split())
    draft = Draft(kind, (form.prompt.data or "").strip(), truth if kind == "true_false" else clean,
                  editing.split_list(form.choices.data), editing.split_list(form.accepted.data),
                  (form.evidence.data or "").strip(), (form.explanation.data or "").strip())  # fmt: skip
    found = editing.problems(draft)
    for name, message in found.items():
        field = form.truth if name == "answer" and kind == "true_false" else getattr(form, name)
        field.errors = [*field.errors, message]
    return draft if valid and not found else None


def after_change(item: Item, back: str) -> WerkzeugResponse:
    """Back to where the teacher was, by way of the regrade page when past answers would be marked differently."""
    if regrade.preview(item).changes:
        return redirect(url_for("teacher.regrade_item", item_id=item.id, next=back), code=303)
    return redirect(back, code=303)


@bp.route("/items/<int:item_id>/edit", methods=["GET", "POST"])
@login_required
def edit_item(item_id: int) -> str | WerkzeugResponse | tuple[str, int]:
    """Edit every field of an item; a change to its key offers to re-score past answers."""
    item = my_item(item_id)
    form, back = ItemForm(), next_path(item_page(item))
    if request.method == "GET":
        form_from(editing.draft_of(item), form)
    elif draft := checked_draft(form, item.type):
        editing.apply(item, draft)
        flash("Item saved.", "info")
        return after_change(item, back)
    page = render_template(TEMPLATES + "item_form.html", item=item, kind=item.type, form=form, cancel=back,
                           answered=len(regrade.submitted_responses(item)))  # fmt: skip
    return (page, 400) if form.errors else page


@bp.route("/articles/<int:article_id>/items/new/<kind>", methods=["GET", "POST"])
@login_required
def new_item(article_id: int, kind: str) -> str | WerkzeugResponse | tuple[str, int]:
    """Write an item of one's own: who said what, true or false, or fill in the blank."""
    found = mine(Article, article_id)
    kind in editing.ITEM_TYPES or abort(404)
    form, back = ItemForm(), url_for("teacher.article", article_id=found.id)
    if request.method == "POST" and (draft := checked_draft(form, kind)):
        item = editing.new_item(found, draft)
        flash("Your item was added. Tick it when you build a quiz.", "info")
        return redirect(item_page(item), code=303)
    page = render_template(TEMPLATES + "item_form.html", item=None, article=found, kind=kind, form=form,
                           cancel=back, answered=0)  # fmt: skip
    return (page, 400) if form.errors else page


@bp.post("/items/<int:item_id>/toggle")
@login_required
def toggle_item(item_id: int) -> WerkzeugResponse:
    """Disable an item (new attempts leave it out; a regrade takes it out of past scores), or enable it."""
    item = my_item(item_id)
    EmptyForm().validate_on_submit() or abort(400)
    editing.toggle(item)
    flash(f"Item {'enabled' if item.enabled else 'disabled'}.", "info")
    return after_change(item, next_path(item_page(item)))


@bp.route("/articles/<int:article_id>/rename", methods=["GET", "POST"])
@login_required
def rename_article(article_id: int) -> str | WerkzeugResponse:
    """Give the article another title (its quizzes keep theirs)."""
    found = mine(Article, article_id)
    form = RenameForm(title=found.title)
    if form.validate_on_submit():
        housekeeping.rename(found, form.title.data)
        flash("Article renamed.", "info")
        return redirect(url_for("teacher.article", article_id=found.id), code=303)
    return render_template("teacher/rename.html", form=form, what="article", name=found.title,
                           cancel=url_for("teacher.article", article_id=found.id))  # fmt: skip


@bp.route("/articles/<int:article_id>/delete", methods=["GET", "POST"])
@login_required
def delete_article(article_id: int) -> str | WerkzeugResponse:
    """Say what deleting would do; on confirmation delete, or archive what students have answered."""
    found = mine(Article, article_id)
    form = EmptyForm()
    if form.validate_on_submit():
        plan = housekeeping.delete_article(found)
        flash("Article archived: its quizzes' scores are kept." if plan.archives else "Article deleted.", "info")
        return redirect(url_for("teacher.dashboard"), code=303)
    return render_template("teacher/delete.html", form=form, what="article", name=found.title,
                           plan=housekeeping.article_plan(found),
                           cancel=url_for("teacher.article", article_id=found.id))  # fmt: skip


@bp.post("/articles/<int:article_id>/restore")
@login_required
def restore_article(article_id: int) -> WerkzeugResponse:
    """Bring an archived article back to the dashboard."""
    found = mine(Article, article_id)
    EmptyForm().validate_on_submit() or abort(400)
    housekeeping.restore(found)
    flash("Article restored.", "info")
    return redirect(url_for("teacher.article", article_id=found.id), code=303)
