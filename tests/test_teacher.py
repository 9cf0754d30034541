"""Teacher pages: sign-in, articles, items, classes, quizzes, review; each answers only its teacher."""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest
from sqlalchemy import event, select

from quizapp.extensions import db
from quizapp.models import Article, Attempt, Item, Quiz, Response

from .teaching import added_article, build_world, make_attempts, sign_in, take


@pytest.fixture()
def world(app, seed_parsed, seed_items):
    """Ann's article, class and quiz (see teaching.build_world), with one submitted attempt to mark."""
    found = build_world(app, seed_parsed, seed_items)
    attempt_id = take(app, found["quiz"], found["class"], "Sam", lambda item: None)
    with app.app_context():
        found["response"] = db.session.scalar(select(Response.id).where(Response.attempt_id == attempt_id).limit(1))
        found["student"], found["attempt"] = db.session.get(Attempt, attempt_id).student_id, attempt_id
    return found


def routes(world) -> list[tuple[str, str]]:
    w = world
    return [
        ("GET", "/teach/"),
        ("GET", "/teach/articles/new"),
        ("POST", "/teach/articles/new"),
        ("GET", f"/teach/articles/{w['article']}"),
        ("GET", f"/teach/jobs/{w['job']}"),
        ("POST", f"/teach/articles/{w['article']}/regenerate"),
        ("GET", f"/teach/items/{w['item']}/edit"),
        ("POST", f"/teach/items/{w['item']}/edit"),
        ("POST", f"/teach/items/{w['item']}/toggle"),
        ("GET", f"/teach/items/{w['item']}/regrade"),
        ("POST", f"/teach/items/{w['item']}/regrade"),
        ("GET", f"/teach/articles/{w['article']}/items/new/true_false"),
        ("POST", f"/teach/articles/{w['article']}/items/new/true_false"),
        ("GET", f"/teach/articles/{w['article']}/rename"),
        ("POST", f"/teach/articles/{w['article']}/rename"),
        ("GET", f"/teach/articles/{w['article']}/delete"),
        ("POST", f"/teach/articles/{w['article']}/delete"),
        ("POST", f"/teach/articles/{w['article']}/restore"),
        ("GET", "/teach/classes/new"),
        ("POST", "/teach/classes/new"),
        ("GET", f"/teach/classes/{w['class']}"),
        ("GET", f"/teach/classes/{w['class']}/rename"),
        ("POST", f"/teach/classes/{w['class']}/rename"),
        ("GET", f"/teach/classes/{w['class']}/delete"),
        ("POST", f"/teach/classes/{w['class']}/delete"),
        ("POST", f"/teach/classes/{w['class']}/restore"),
        ("POST", f"/teach/classes/{w['class']}/join-code"),
        ("POST", f"/teach/classes/{w['class']}/codes"),
        ("GET", f"/teach/classes/{w['class']}/students/{w['student']}"),
        ("POST", f"/teach/classes/{w['class']}/students/{w['student']}/code"),
        ("POST", f"/teach/classes/{w['class']}/students/{w['student']}/rename"),
        ("POST", f"/teach/classes/{w['class']}/students/{w['student']}/merge"),
        ("POST", f"/teach/classes/{w['class']}/students/{w['student']}/remove"),
        ("POST", f"/teach/classes/{w['class']}/students/{w['student']}/attempts/{w['attempt']}/reset"),
        ("GET", f"/teach/articles/{w['article']}/quizzes/new"),
        ("POST", f"/teach/articles/{w['article']}/quizzes/new"),
        ("POST", f"/teach/quizzes/{w['quiz']}/toggle"),
        ("GET", f"/teach/quizzes/{w['quiz']}"),
        ("GET", f"/teach/quizzes/{w['quiz']}/rename"),
        ("POST", f"/teach/quizzes/{w['quiz']}/rename"),
        ("GET", f"/teach/quizzes/{w['quiz']}/delete"),
        ("POST", f"/teach/quizzes/{w['quiz']}/delete"),
        ("POST", f"/teach/quizzes/{w['quiz']}/restore"),
        ("GET", f"/teach/quizzes/{w['quiz']}/settings"),
        ("POST", f"/teach/quizzes/{w['quiz']}/settings"),
        ("POST", f"/teach/quizzes/{w['quiz']}/publish"),
        ("GET", f"/teach/quizzes/{w['quiz']}/preview"),
        ("POST", f"/teach/quizzes/{w['quiz']}/preview"),
        ("GET", f"/teach/quizzes/{w['quiz']}/scores.csv"),
        ("GET", f"/teach/quizzes/{w['quiz']}/key.csv"),
        ("GET", f"/teach/quizzes/{w['quiz']}/export/apkg"),
        ("GET", f"/teach/quizzes/{w['quiz']}/export/gift"),
        ("GET", f"/teach/responses/{w['response']}"),
        ("POST", f"/teach/responses/{w['response']}"),
        ("POST", "/teach/logout"),
    ]


OWNED = re.compile(r"/(articles|items|classes|quizzes|responses)/\d+|/jobs/")


def route_pattern(path: str) -> str:
    path = re.sub(r"/export/\w+", "/export/<fmt>", re.sub(r"/items/new/\w+", "/items/new/<kind>", path))
    path = re.sub(r"/jobs/[\w-]+", "/jobs/<public_id>", path)
    return re.sub(r"/\d+", "/<id>", path)


def test_the_table_covers_every_teacher_route(app, world):
    covered = {(m, route_pattern(p)) for m, p in routes(world)}
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith("teacher.") and rule.endpoint != "teacher.login":
            path = re.sub(r"<int:\w+>", "<id>", rule.rule)
            for method in rule.methods - {"HEAD", "OPTIONS"}:
                assert (method, path) in covered, f"no permission test for {method} {rule.rule}"


def test_anonymous_and_students_are_sent_to_sign_in(app, client, world):
    student = app.test_client()
    student.post("/join", data={"code": world["code"], "name": "Sam"})
    for who in (client, student):
        for method, path in routes(world):
            response = who.open(path, method=method)
            assert response.status_code == 302, (method, path)
            assert "/teach/login" in response.headers["Location"]


def test_another_teacher_gets_404_on_every_owned_page(client, world):
    sign_in(client, "bob@school.example")
    for method, path in routes(world):
        if OWNED.search(path):
            assert client.open(path, method=method).status_code == 404, (method, path)
    assert "Pact quiz" not in client.get("/teach/").get_data(as_text=True)


def test_the_owner_reaches_every_page(client, world):
    sign_in(client, "ann@school.example")
    for method, path in routes(world):
        if method == "GET":
            assert client.get(path).status_code == 200, path


def test_wrong_password_and_rate_limit(client, world):
    response = client.post("/teach/login", data={"email": "ann@school.example", "password": "nope"})
    assert response.status_code == 200 and "do not match" in response.get_data(as_text=True)
    codes = [client.post("/teach/login", data={"email": "ann@school.example", "password": "x"}).status_code
             for _ in range(12)]  # fmt: skip
    assert 429 in codes


def test_upload_paste_disable_and_build_a_quiz_by_numbers(client, world, app):
    sign_in(client, "ann@school.example")
    text = ("Harbour bridge reopens\n\nMayor Tom Reed said the bridge would reopen on Monday. "
            "Engineers Ann Lowe and Alan Brooks repaired it in 2004.")  # fmt: skip
    article_id = added_article(client, {"text": text})
    page = client.get(f"/teach/articles/{article_id}").get_data(as_text=True)
    assert "Harbour bridge reopens" in page and "items generated" in page
    client.post(f"/teach/items/{world['item']}/toggle")
    with app.app_context():
        assert db.session.get(Item, world["item"]).enabled is False
    with app.app_context():  # two of the article's first type, one of its last (whatever the generator gave)
        have = Counter(i.type for i in db.session.get(Article, world["article"]).items if i.enabled)
    kinds = [kind for kind in ("who_said", "true_false", "fill_in") if have[kind]]
    counts = {kinds[0]: min(2, have[kinds[0]]), kinds[-1]: 1} if len(kinds) > 1 else {kinds[0]: 1}
    wanted = {"title": "Short quiz", "audience": str(world["class"]), **counts}
    built = client.post(f"/teach/articles/{world['article']}/quizzes/new", data=wanted)
    assert built.status_code == 303
    with app.app_context():
        quiz = db.session.scalar(select(Quiz).where(Quiz.title == "Short quiz"))
        types = [e.item.type for e in quiz.entries]
        assert types == [kind for kind in kinds for _ in range(counts.get(kind, 0))]
        assert quiz.classroom_id == world["class"] and world["item"] not in [e.item_id for e in quiz.entries]


def test_oversized_and_unreadable_uploads_get_a_message(app, client, world):
    app.config["MAX_CONTENT_LENGTH"] = 100_000  # small, so the test client keeps the body in memory
    sign_in(client, "ann@school.example")
    binary = client.post("/teach/articles/new", data={"file": (io.BytesIO(bytes(range(256)) * 10), "a.txt")},
                         content_type="multipart/form-data")  # fmt: skip
    assert binary.status_code == 400 and "not a text file" in binary.get_data(as_text=True)
    big = client.post("/teach/articles/new", data={"file": (io.BytesIO(b"a" * 200_000), "big.txt")},
                      content_type="multipart/form-data")  # fmt: skip
    assert big.status_code == 413 and "too large" in big.get_data(as_text=True).lower()


def test_class_students_take_the_assigned_quiz(app, world):
    outsider = app.test_client()
    assert outsider.post(f"/quiz/{world['public']}/start", data={"name": "Eve"}).status_code == 303
    assert "/join" in outsider.post(f"/quiz/{world['public']}/start", data={"name": "Eve"}).headers["Location"]
    student = app.test_client()
    taken = student.post("/join", data={"code": world["code"], "name": "sam"})  # the world's Sam is in the class
    assert taken.status_code == 409 and "already has that name" in taken.get_data(as_text=True)
    joined = student.post("/join", data={"code": world["code"].lower(), "name": "Kai"})
    assert joined.status_code == 200 and 'id="personal-code"' in joined.get_data(as_text=True)
    assert "Pact quiz" in student.get("/my").get_data(as_text=True)
    assert "/attempt/" in student.post(f"/quiz/{world['public']}/start", data={"name": "Kai"}).headers["Location"]


def count_queries(app, client, path: str) -> int:
    statements: list[str] = []
    with app.app_context():
        engine = db.engine
        listener = lambda *args: statements.append(args[2])  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
        try:
            assert client.get(path).status_code == 200
        finally:
            event.remove(engine, "before_cursor_execute", listener)
    return len(statements)


def test_review_renders_in_a_fixed_number_of_queries(app, client, world):
    sign_in(client, "ann@school.example")
    path = f"/teach/quizzes/{world['quiz']}"
    make_attempts(app, world, 20)
    few = count_queries(app, client, path)
    make_attempts(app, world, 180)
    many = count_queries(app, client, path)
    assert many == few <= 12
    page = client.get(path).get_data(as_text=True)
    assert "201 students" in page and "<svg" in page  # Sam of the world, and 200 more


def test_exports_download(client, world):
    sign_in(client, "ann@school.example")
    deck = client.get(f"/teach/quizzes/{world['quiz']}/export/apkg")
    assert deck.status_code == 200 and deck.data[:2] == b"PK"
    gift = client.get(f"/teach/quizzes/{world['quiz']}/export/gift").get_data(as_text=True)
    assert gift.startswith("$CATEGORY: quizapp/Pact quiz")
    assert client.get(f"/teach/quizzes/{world['quiz']}/export/exe").status_code == 404


def test_create_teacher_command(app):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["create-teacher", "--email", "cy@school.example", "--name", "Cy"],
                           input="longenough\nlongenough\n")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "longenough" not in result.output  # typed hidden
    short = runner.invoke(args=["create-teacher", "--email", "d@school.example", "--name", "D"], input="x\nx\n")
    assert short.exit_code == 1 and "at least 8 characters" in short.output
    mismatch = runner.invoke(args=["create-teacher", "--email", "e@school.example", "--name", "E"],
                             input="longenough\nlongenougH\nlongenough\nlongenough\n")  # fmt: skip
    assert mismatch.exit_code == 0 and "do not match" in mismatch.output
    taken = runner.invoke(args=["create-teacher", "--email", "f@school.example", "--name", "F", "--password", "xx"])
    assert taken.exit_code == 2  # no password on the command line
    with app.app_context():
        assert db.session.scalar(select(Article)) is not None
