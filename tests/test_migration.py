"""The migration of issue 14 carries today's data over: a database at the initial schema, with a
teacher, an article, a quiz, a class and scored attempts, is upgraded and keeps all of it; each
response gets the wording of its item and the choices in the order its attempt showed them."""

from __future__ import annotations

from datetime import datetime

import pytest
import sqlalchemy as sa
from flask_migrate import downgrade, upgrade
from sqlalchemy import MetaData

from quizapp import create_app
from quizapp.extensions import db

from .conftest import DATABASES, database_for

BEFORE = "5eebe4befc9d"
THIS = "8a8b7f79b789"
WHEN = datetime(2026, 3, 2, 9, 0)
SHOWN = ["Yuri Ushakov", "Kim Jong-un", "Vladimir Putin"]  # the attempt's own order of the choices


def table(name: str, *columns: str, json: tuple[str, ...] = ()) -> sa.TableClause:
    return sa.table(name, *(sa.column(c) for c in columns), *(sa.column(c, sa.JSON) for c in json))


def old_data(connection: sa.Connection) -> None:
    """Rows as the app wrote them before this migration (the initial schema)."""
    insert = lambda t, **row: connection.execute(sa.insert(t).values(**row))  # noqa: E731
    insert(table("teacher", "id", "email", "name", "password_hash", "created_at"),
           id=1, email="ann@school.example", name="Ann", password_hash="x", created_at=WHEN)
    insert(table("classroom", "id", "teacher_id", "name", "join_code", "created_at"),
           id=1, teacher_id=1, name="Year 9", join_code="ABC234", created_at=WHEN)
    insert(table("article", "id", "teacher_id", "slug", "title", "byline", "created_at", json=("blocks",)),
           id=1, teacher_id=1, slug="pact", title="Pact", byline=None, created_at=WHEN,
           blocks=[{"kind": "paragraph", "text": "Ushakov said it was fine."}])
    items = table("item", "id", "article_id", "uid", "type", "prompt", "evidence", "explanation", "position",
                  "enabled", json=("choices", "answer", "accepted"))
    insert(items, id=1, article_id=1, uid="a1", type="who_said", prompt="Who said it was fine?",
           choices=["Vladimir Putin", "Yuri Ushakov", "Kim Jong-un"], answer="Yuri Ushakov", accepted=["Ushakov"],
           evidence="Ushakov said it was fine.", explanation="", position=0, enabled=True)
    insert(items, id=2, article_id=1, uid="a2", type="true_false", prompt="It was fine.", choices=["True", "False"],
           answer=True, accepted=[], evidence="Ushakov said it was fine.", explanation="", position=1, enabled=True)
    insert(table("quiz", "id", "public_id", "title", "article_id", "teacher_id", "classroom_id", "is_open",
                 "created_at"),
           id=1, public_id="q1", title="Pact quiz", article_id=1, teacher_id=1, classroom_id=1, is_open=True,
           created_at=WHEN)
    quiz_item = table("quiz_item", "quiz_id", "item_id", "position")
    insert(quiz_item, quiz_id=1, item_id=1, position=0)
    insert(quiz_item, quiz_id=1, item_id=2, position=1)
    insert(table("student", "id", "name", "classroom_id", "created_at"), id=1, name="Ada", classroom_id=1,
           created_at=WHEN)
    insert(table("attempt", "id", "public_id", "quiz_id", "student_id", "started_at", "submitted_at", "score",
                 "total", json=("layout",)),
           id=1, public_id="t1", quiz_id=1, student_id=1, layout=[[2, []], [1, SHOWN]], started_at=WHEN,
           submitted_at=WHEN, score=1, total=2)
    responses = table("response", "id", "attempt_id", "item_id", "position", "given", "correct")
    insert(responses, id=1, attempt_id=1, item_id=2, position=1, given="true", correct=True)
    insert(responses, id=2, attempt_id=1, item_id=1, position=2, given="Kim Jong-un", correct=False)
    insert(table("study_card", "id", "student_id", "item_id", "state", "due", "reviews", json=("fsrs_card",)),
           id=1, student_id=1, item_id=1, state=1, due=WHEN, fsrs_card={"card_id": 1}, reviews=1)  # fmt: skip


def rows(connection: sa.Connection, query: str) -> list[tuple]:
    return [tuple(row) for row in connection.execute(sa.text(query))]


@pytest.mark.parametrize("kind", DATABASES)
def test_upgrade_keeps_todays_data_and_records_what_students_saw(kind, tmp_path):
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": database_for(kind, tmp_path)})
    with app.app_context():
        meta = MetaData()
        meta.reflect(bind=db.engine)
        meta.drop_all(bind=db.engine)
        upgrade(revision=BEFORE)
        with db.engine.begin() as connection:
            old_data(connection)
        upgrade(revision=THIS)
        with db.engine.connect() as connection:
            version = rows(connection, "select version_num from alembic_version")
            assert version == [(THIS,)]
            assert rows(connection, "select email, name from teacher") == [("ann@school.example", "Ann")]
            classes = rows(connection, "select name, join_code, archived_at from classroom")
            assert classes == [("Year 9", "ABC234", None)]
            assert rows(connection, "select title, archived_at, speakers from article") == [("Pact", None, None)]
            assert rows(connection, "select title, is_open, archived_at from quiz") == [("Pact quiz", True, None)]
            assert rows(connection, "select score, total from attempt") == [(1, 2)]
            assert rows(connection, "select count(*) from study_card") == [(1,)]
            found = connection.execute(
                sa.select(table("response", "id", "prompt", "given", "correct", "override", "counted",
                                json=("choices",))).order_by(sa.column("id"))  # fmt: skip
            ).all()
        assert [tuple(r) for r in found] == [
            (1, "It was fine.", "true", True, None, True, []),
            (2, "Who said it was fine?", "Kim Jong-un", False, None, True, SHOWN),
        ]
        downgrade(revision=BEFORE)  # and back, keeping the rows
        with db.engine.connect() as connection:
            assert rows(connection, "select given, correct from response order by id") == [
                ("true", True), ("Kim Jong-un", False)
            ]
        upgrade()
        db.engine.dispose()
