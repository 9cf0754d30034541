"""Housekeeping: rename and delete with a confirmation; what students worked on is archived, never
destroyed; uploads that are not articles are refused with what to do; articles get an owner."""

from __future__ import annotations

import html
import io
import re
import zipfile

import pytest
from sqlalchemy import func, select

from quizapp.extensions import db
from quizapp.models import Article, Attempt, Classroom, Item, Quiz, Teacher

from .conftest import SEED
from .teaching import PASSWORD, added_article, build_world, sign_in, take

# Refusals and forms: once on SQLite; deleting and archiving run on PostgreSQL too.
SQLITE_ONLY = pytest.mark.parametrize("app", ["sqlite"], indirect=True)


@pytest.fixture()
def world(app, seed_parsed, seed_items):
    return build_world(app, seed_parsed, seed_items)


def count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


@SQLITE_ONLY
@pytest.mark.parametrize(("kind", "key", "page"), [("articles", "article", "/teach/articles/{}"),
                                                   ("quizzes", "quiz", "/teach/quizzes/{}"),
                                                   ("classes", "class", "/teach/classes/{}")])  # fmt: skip
def test_rename(client, world, kind, key, page):
    sign_in(client)
    path = f"/teach/{kind}/{world[key]}/rename"
    form = client.get(path).get_data(as_text=True)
    assert 'name="title"' in form and ">Cancel</a>" in form
    assert client.post(path, data={"title": "   "}).status_code == 200  # refused, the form again
    assert client.post(path, data={"title": "  Spring  term  "}).status_code == 303
    assert "<h1>Spring term</h1>" in client.get(page.format(world[key])).get_data(as_text=True)


def test_a_quiz_nobody_took_is_deleted_after_confirming(app, client, world):
    sign_in(client)
    path = f"/teach/quizzes/{world['quiz']}/delete"
    confirm = html.unescape(client.get(path).get_data(as_text=True))
    assert "This deletes, for good" in confirm and "the quiz “Pact quiz” (nobody has taken it)" in confirm
    assert count(app, Quiz) == 2  # the seed's own quiz and Ann's: nothing happens on GET
    items = count(app, Item)
    assert client.post(path).status_code == 303
    assert count(app, Quiz) == 1 and count(app, Item) == items  # the items stay with their article


def test_a_quiz_with_attempts_is_archived_not_destroyed(app, client, world):
    take(app, world["quiz"], world["class"], "Ada", lambda item: None)
    sign_in(client)
    path = f"/teach/quizzes/{world['quiz']}/delete"
    confirm = html.unescape(client.get(path).get_data(as_text=True))
    assert "archived, not deleted" in confirm and "its 1 attempt, kept with their scores" in confirm
    client.post(path)
    with app.app_context():
        quiz = db.session.get(Quiz, world["quiz"])
        assert quiz.archived_at is not None and not quiz.is_open
        assert db.session.scalar(select(func.count(Attempt.id))) == 1
    dashboard = client.get("/teach/").get_data(as_text=True)
    assert "Quiz: Pact quiz" in dashboard.split("<h2>Archived</h2>", 1)[1]
    assert client.get(f"/teach/quizzes/{world['quiz']}").status_code == 200  # scores still readable
    opened = client.post(f"/teach/quizzes/{world['quiz']}/toggle")
    assert "restore it before opening" in client.get(opened.headers["Location"]).get_data(as_text=True)
    client.post(f"/teach/quizzes/{world['quiz']}/restore")
    with app.app_context():
        assert db.session.get(Quiz, world["quiz"]).archived_at is None


def test_an_article_is_deleted_or_archived(app, client, world):
    sign_in(client)
    take(app, world["quiz"], world["class"], "Ada", lambda item: None)
    client.post(f"/teach/articles/{world['article']}/delete")
    with app.app_context():
        assert db.session.get(Article, world["article"]).archived_at is not None
        assert db.session.get(Quiz, world["quiz"]).archived_at is not None
    fresh = added_article(client, {"text": "Bridge\n\nThe bridge reopened on Monday."})
    confirm = html.unescape(client.get(f"/teach/articles/{fresh}/delete").get_data(as_text=True))
    assert "This deletes, for good" in confirm
    client.post(f"/teach/articles/{fresh}/delete")
    with app.app_context():
        assert db.session.get(Article, fresh) is None


def test_a_class_is_deleted_when_empty_and_archived_once_joined(app, client, world):
    sign_in(client)
    empty = client.post("/teach/classes/new", data={"name": "Empty"}).headers["Location"]
    client.post(empty + "/delete")
    assert client.get(empty).status_code == 404
    student = app.test_client()
    student.post("/join", data={"code": world["code"], "name": "Ada"})
    confirm = html.unescape(client.get(f"/teach/classes/{world['class']}/delete").get_data(as_text=True))
    assert "its 1 student (the join code stops working)" in confirm
    client.post(f"/teach/classes/{world['class']}/delete")
    with app.app_context():
        assert db.session.get(Classroom, world["class"]).archived_at is not None
        assert db.session.get(Quiz, world["quiz"]).archived_at is not None
    late = app.test_client().post("/join", data={"code": world["code"], "name": "Late"})
    assert late.status_code == 404 and "No class has that code" in late.get_data(as_text=True)
    client.post(f"/teach/classes/{world['class']}/restore")
    joined = app.test_client().post("/join", data={"code": world["code"], "name": "Late"})
    assert joined.status_code == 200 and 'id="personal-code"' in joined.get_data(as_text=True)


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as package:
        package.writestr("word/document.xml", "<w:document>Budget row</w:document>")
    return buffer.getvalue()


@SQLITE_ONLY
@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("article.docx", docx_bytes(), "word-processor document"),
        ("article.zip", docx_bytes(), "unzip it and upload the article file inside"),
        ("notes.pdf", b"%PDF-1.7\n1 0 obj", "copy the article's text and paste it"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + b"x" * 50, "is an image"),
        ("data.csv", b"a,b\n1,2\n", "quizapp reads .txt, .md and .html files"),
    ],
)
def test_files_that_are_not_articles_are_refused_with_what_to_do(app, client, world, name, data, message):
    sign_in(client)
    before = count(app, Article)
    refused = client.post("/teach/articles/new", data={"file": (io.BytesIO(data), name)},
                          content_type="multipart/form-data")  # fmt: skip
    page = html.unescape(refused.get_data(as_text=True))
    assert refused.status_code == 400 and message in page
    assert re.search(r'id="file-error">[^<]*' + re.escape(message), page)  # beside the field
    assert count(app, Article) == before


@SQLITE_ONLY
@pytest.mark.parametrize("text", ["https://www.bbc.co.uk/news/articles/c1234", "  www.example.com/story  \n",
                                  "https://a.example/1\nhttps://b.example/2"])  # fmt: skip
def test_a_pasted_web_address_is_refused(app, client, world, text):
    sign_in(client)
    refused = client.post("/teach/articles/new", data={"text": text})
    page = html.unescape(refused.get_data(as_text=True))
    assert refused.status_code == 400 and "That is a web address, not an article" in page
    assert "copy the article's text and paste it here" in page and 'id="text-error"' in page


def test_add_article_for_a_teacher_gives_it_an_owner(app, world):
    runner = app.test_cli_runner()
    with app.app_context():
        ownerless = db.session.scalar(select(Article).where(Article.teacher_id.is_(None)))
        assert ownerless is not None  # the seed, stored by the app fixture without a teacher
    unknown = runner.invoke(args=["add-article", "--teacher", "nobody@school.example", str(SEED)])
    assert unknown.exit_code == 1 and "no teacher has the email nobody@school.example" in unknown.output
    result = runner.invoke(args=["add-article", "--teacher", "bob@school.example", str(SEED)])
    assert result.exit_code == 0, result.output
    with app.app_context():
        bob = db.session.scalar(select(Teacher).where(Teacher.email == "bob@school.example"))
        article = db.session.get(Article, ownerless.id)
        assert article.teacher_id == bob.id  # adopted, not stored twice
        assert {q.teacher_id for q in db.session.scalars(select(Quiz).where(Quiz.article_id == article.id))} == {
            bob.id
        }


@SQLITE_ONLY
def test_demo_teacher_prints_a_password_that_signs_in(app):
    runner = app.test_cli_runner()
    for _ in range(2):  # a second run gives a new password that works too
        result = runner.invoke(args=["demo-teacher", "--email", "demo@quizapp.example"])
        assert result.exit_code == 0, result.output
        password = re.search(r"password (\S+)", result.output).group(1)
        client = app.test_client()
        signed = client.post("/teach/login", data={"email": "demo@quizapp.example", "password": password})
        assert signed.status_code == 303
    assert PASSWORD not in result.output
