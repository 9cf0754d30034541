"""Teacher pages: sign-in, articles, items, classes, quizzes, review; each answers only its teacher."""

from __future__ import annotations

import csv
import io
import re

import pytest
from sqlalchemy import event, select

from quizapp.extensions import db
from quizapp.models import Article, Attempt, Classroom, Item, Quiz, Student
from quizapp.quizzes import start_attempt, submit
from quizapp.store import add_article, create_quiz
from quizapp.teachers import create_classroom, create_teacher

PASSWORD = "correct horse"


@pytest.fixture()
def world(app, seed_parsed, seed_items):
    """Teacher Ann owns an article, a class and a quiz in it; teacher Bob owns nothing of hers."""
    with app.app_context():
        ann = create_teacher("ann@school.example", "Ann", PASSWORD)
        create_teacher("bob@school.example", "Bob", PASSWORD)
        article, _ = add_article(seed_parsed, seed_items.to_json(), teacher_id=ann.id, with_quiz=False)
        classroom = create_classroom(ann.id, "Year 9")
        quiz = create_quiz(article, article.items, title="Pact quiz", teacher_id=ann.id, classroom_id=classroom.id,
                           published=True)  # fmt: skip
        db.session.commit()
        return {"article": article.id, "item": article.items[0].id, "class": classroom.id, "quiz": quiz.id,
                "code": classroom.join_code, "public": quiz.public_id}  # fmt: skip


def sign_in(client, email: str) -> None:
    response = client.post("/teach/login", data={"email": email, "password": PASSWORD})
    assert response.status_code == 303, response.get_data(as_text=True)


def routes(world) -> list[tuple[str, str]]:
    w = world
    return [
        ("GET", "/teach/"),
        ("GET", "/teach/articles/new"),
        ("POST", "/teach/articles/new"),
        ("GET", f"/teach/articles/{w['article']}"),
        ("POST", f"/teach/articles/{w['article']}/regenerate"),
        ("GET", f"/teach/items/{w['item']}/edit"),
        ("POST", f"/teach/items/{w['item']}/edit"),
        ("POST", f"/teach/items/{w['item']}/toggle"),
        ("GET", "/teach/classes/new"),
        ("POST", "/teach/classes/new"),
        ("GET", f"/teach/classes/{w['class']}"),
        ("GET", f"/teach/articles/{w['article']}/quizzes/new"),
        ("POST", f"/teach/articles/{w['article']}/quizzes/new"),
        ("POST", f"/teach/quizzes/{w['quiz']}/toggle"),
        ("GET", f"/teach/quizzes/{w['quiz']}"),
        ("GET", f"/teach/quizzes/{w['quiz']}/scores.csv"),
        ("GET", f"/teach/quizzes/{w['quiz']}/export/apkg"),
        ("GET", f"/teach/quizzes/{w['quiz']}/export/gift"),
        ("POST", "/teach/logout"),
    ]


OWNED = re.compile(r"/(articles|items|classes|quizzes)/\d+")


def test_the_table_covers_every_teacher_route(app, world):
    covered = {(m, re.sub(r"/\d+", "/<id>", re.sub(r"/export/\w+", "/export/<fmt>", p))) for m, p in routes(world)}
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith("teacher.") and rule.endpoint != "teacher.login":
            path = re.sub(r"<int:\w+>", "<id>", re.sub(r"<fmt>", "<fmt>", rule.rule))
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


def test_upload_paste_edit_disable_and_build_a_quiz(client, world, app):
    sign_in(client, "ann@school.example")
    text = ("Harbour bridge reopens\n\nMayor Tom Reed said the bridge would reopen on Monday. "
            "Engineers Ann Lowe and Alan Brooks repaired it in 2004.")  # fmt: skip
    response = client.post("/teach/articles/new", data={"text": text})
    assert response.status_code == 303
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Harbour bridge reopens" in page
    item_id = world["item"]
    edited = {
        "prompt": "Who referred to the pact as an alliance?",
        "answer": "Kim Jong-un",
        "accepted": "Kim; Kim Jong Un",
        "explanation": "See the article.",
    }
    edit = client.post(f"/teach/items/{item_id}/edit", data=edited)
    assert edit.status_code == 303
    client.post(f"/teach/items/{item_id}/toggle")
    with app.app_context():
        item = db.session.get(Item, item_id)
        assert item.prompt == "Who referred to the pact as an alliance?" and item.accepted == ["Kim", "Kim Jong Un"]
        assert item.enabled is False
    wanted = {"title": "Short quiz", "classroom": world["class"], "true_false": 2, "fill_in": 1}
    built = client.post(f"/teach/articles/{world['article']}/quizzes/new", data=wanted)
    assert built.status_code == 303
    with app.app_context():
        quiz = db.session.scalar(select(Quiz).where(Quiz.title == "Short quiz"))
        types = [e.item.type for e in quiz.entries]
        assert types == ["true_false", "true_false", "fill_in"] and quiz.classroom_id == world["class"]


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
    joined = student.post("/join", data={"code": world["code"].lower(), "name": "Sam"})
    assert joined.status_code == 200 and 'id="personal-code"' in joined.get_data(as_text=True)
    assert "Pact quiz" in student.get("/my").get_data(as_text=True)
    assert "/attempt/" in student.post(f"/quiz/{world['public']}/start", data={"name": "Sam"}).headers["Location"]


def make_attempts(app, world, count: int) -> None:
    """`count` students of the class take the quiz, the first items right for the better students."""
    with app.app_context():
        quiz = db.session.get(Quiz, world["quiz"])
        classroom = db.session.get(Classroom, world["class"])
        joined = len(db.session.scalars(select(Student.id)).all())
        for n in range(joined, joined + count):
            student = Student(name=f"Student {n:03d}", name_key=f"student {n:03d}", classroom_id=classroom.id)
            db.session.add(student)
            attempt = start_attempt(quiz, student)
            items = {i.id: i for i in db.session.scalars(select(Item))}
            form = {}
            for number, (item_id, _) in enumerate(attempt.layout, start=1):
                item = items[item_id]
                if (item_id + n) % 3:
                    form[f"q{number}"] = (
                        ("true" if item.answer else "false") if item.type == "true_false" else str(item.answer)
                    )
            submit(attempt, form)


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
    assert "200 students" in page and "<svg" in page


def test_scores_csv_has_a_row_per_attempt_and_a_column_per_item(app, client, world):
    make_attempts(app, world, 5)
    sign_in(client, "ann@school.example")
    body = client.get(f"/teach/quizzes/{world['quiz']}/scores.csv").get_data()
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    with app.app_context():
        items = len(db.session.get(Quiz, world["quiz"]).entries)
        attempts = db.session.scalars(select(Attempt)).all()
    assert rows[0][:5] == ["student", "attempt", "score", "total", "percent"] and len(rows[0]) == 5 + items
    assert len([r for r in rows[1:] if r and r[0].startswith("Student")]) == len(attempts) == 5
    assert all(cell in ("0", "1") for r in rows[1:6] for cell in r[5:])


def test_exports_download(client, world):
    sign_in(client, "ann@school.example")
    deck = client.get(f"/teach/quizzes/{world['quiz']}/export/apkg")
    assert deck.status_code == 200 and deck.data[:2] == b"PK"
    gift = client.get(f"/teach/quizzes/{world['quiz']}/export/gift").get_data(as_text=True)
    assert gift.startswith("$CATEGORY: quizapp/Pact quiz")
    assert client.get(f"/teach/quizzes/{world['quiz']}/export/exe").status_code == 404


def test_create_teacher_command(app):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["create-teacher", "--email", "cy@school.example", "--name", "Cy",
                                 "--password", "longenough"])  # fmt: skip
    assert result.exit_code == 0, result.output
    short = runner.invoke(args=["create-teacher", "--email", "d@school.example", "--name", "D", "--password", "x"])
    assert short.exit_code == 1 and "at least 8 characters" in short.output
    with app.app_context():
        assert db.session.scalar(select(Article)) is not None
