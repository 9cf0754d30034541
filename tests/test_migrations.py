"""The schema migrations, one chain with one head: the initial schema (5eebe4befc9d), then issue 14's
teacher review and regrading (8a8b7f79b789), then issue 13's student accounts and quiz settings
(9a9adc015c2c), then issue 15's generation jobs (c3f1a7e2b9d4) and a teacher's session epoch
(b15e55105e55). Each carries today's data over, on SQLite and on PostgreSQL: responses get the wording
and choices their student saw; students, attempts and study cards survive accounts and settings; the
models and the migrations describe the same schema; `quizapp init-db` and `flask db upgrade` bring an
empty database to the head."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask_migrate import downgrade, upgrade
from sqlalchemy import MetaData, select, text

from quizapp import create_app
from quizapp.extensions import db
from quizapp.home import student_home
from quizapp.models import Attempt, Quiz, Student, StudyCard, StudyReview

from .conftest import DATABASES, database_for

MIGRATIONS = Path(__file__).resolve().parent.parent / "quizapp" / "migrations"
BEFORE = "5eebe4befc9d"  # the initial schema
TEACHERS = "8a8b7f79b789"  # issue 14: what each student saw, marks by hand, archiving, quoted people
ACCOUNTS = "9a9adc015c2c"  # issue 13: student accounts, quiz settings, safe attempts
JOBS = "c3f1a7e2b9d4"  # issue 15: generation jobs
HEAD = "b15e55105e55"  # issue 15: a teacher's session epoch (signing out revokes the session cookies)
CHAIN = [BEFORE, TEACHERS, ACCOUNTS, JOBS, HEAD]


@pytest.fixture(params=DATABASES)
def bare_app(request, tmp_path):
    """An app on an empty database: no table, no alembic_version (a PostgreSQL database outlives a test)."""
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": database_for(request.param, tmp_path),
                      "SECRET_KEY": "test"})  # fmt: skip
    with app.app_context():
        meta = MetaData()
        meta.reflect(bind=db.engine)
        meta.drop_all(bind=db.engine)
        with db.engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def version(connection: sa.Connection) -> list[str]:
    return [row[0] for row in connection.execute(text("select version_num from alembic_version"))]


def test_the_migrations_are_one_chain_with_one_head():
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    scripts = ScriptDirectory.from_config(config)
    assert scripts.get_heads() == [HEAD]
    assert [s.revision for s in scripts.walk_revisions()] == list(reversed(CHAIN))


@pytest.mark.parametrize("command", [["init-db"], ["db", "upgrade"]])
def test_init_db_and_flask_db_upgrade_bring_an_empty_database_to_the_head(bare_app, command):
    result = bare_app.test_cli_runner().invoke(args=command)
    assert result.exit_code == 0, result.output
    with bare_app.app_context(), db.engine.connect() as connection:
        assert version(connection) == [HEAD]
        tables = set(sa.inspect(connection).get_table_names())
    assert {"teacher", "classroom", "article", "item", "quiz", "student", "attempt", "response"} <= tables


# Issue 14's migration: rows as the app wrote them at the initial schema.
WHEN = datetime(2026, 3, 2, 9, 0)
SHOWN = ["Yuri Ushakov", "Kim Jong-un", "Vladimir Putin"]  # the attempt's own order of the choices
SAW = [  # each response: (id, prompt, given, correct, override, counted, choices shown)
    (1, "It was fine.", "true", True, None, True, []),
    (2, "Who said it was fine?", "Kim Jong-un", False, None, True, SHOWN),
]


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



def test_the_teacher_review_migration_records_what_students_saw(bare_app):
    with bare_app.app_context():
        upgrade(revision=BEFORE)
        with db.engine.begin() as connection:
            old_data(connection)
        upgrade(revision=TEACHERS)
        with db.engine.connect() as connection:
            assert version(connection) == [TEACHERS]
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
        assert [tuple(r) for r in found] == SAW
        downgrade(revision=BEFORE)  # and back, keeping the rows
        with db.engine.connect() as connection:
            assert rows(connection, "select given, correct from response order by id") == [
                ("true", True), ("Kim Jong-un", False)
            ]
        upgrade()  # on through issue 13's migration: what students saw stays, the rest is carried over
        with db.engine.connect() as connection:
            assert version(connection) == [HEAD]
            found = connection.execute(
                sa.select(table("response", "id", "prompt", "given", "correct", "override", "counted",
                                json=("choices",))).order_by(sa.column("id"))  # fmt: skip
            ).all()
            assert [tuple(r) for r in found] == SAW
            assert rows(connection, "select name, name_key from student") == [("Ada", "ada")]
            assert rows(connection, "select score, total, late from attempt") == [(1, 2, False)]
            quizzes = rows(connection, "select title, archived_at, feedback from quiz")
            assert quizzes == [("Pact quiz", None, "immediate")]
        db.engine.dispose()


# Issue 13's migration: students (two of one name in a class), attempts (open ones piled up), study cards.
FSRS_CARD = {"card_id": 1, "state": 2, "step": None, "stability": 3.2, "difficulty": 5.1,
             "due": "2026-03-05T09:00:00+00:00", "last_review": "2026-03-02T09:00:00+00:00"}  # fmt: skip
OLD_ROWS = [
    "INSERT INTO teacher (id, email, name, password_hash, created_at) VALUES (1, 'ann@school.example', 'Ann', 'x', "
    "'2026-01-05 08:00:00')",
    "INSERT INTO classroom (id, teacher_id, name, join_code, created_at) VALUES (1, 1, 'Year 9', 'ABCDEF', "
    "'2026-01-05 08:00:00')",
    "INSERT INTO article (id, teacher_id, slug, title, byline, blocks, created_at) VALUES (1, 1, 'a', 'A title', "
    """NULL, '[{"kind": "paragraph", "text": "Kim said so."}]', '2026-01-05 08:00:00')""",
    "INSERT INTO item (id, article_id, uid, type, prompt, choices, answer, accepted, evidence, explanation, position, "
    """enabled) VALUES (1, 1, 'i1', 'fill_in', '_____ said so.', '[]', '"Kim"', '[]', 'Kim said so.', 'Kim did.', 0, """
    "true)",
    "INSERT INTO quiz (id, public_id, title, article_id, teacher_id, classroom_id, is_open, created_at) VALUES "
    "(1, 'q1', 'A quiz', 1, 1, 1, true, '2026-01-06 08:00:00')",
    "INSERT INTO quiz_item (quiz_id, item_id, position) VALUES (1, 1, 0)",
    "INSERT INTO student (id, name, classroom_id, created_at) VALUES (1, 'Sam', 1, '2026-01-07 08:00:00'), "
    "(2, 'sam ', 1, '2026-01-07 08:05:00'), (3, 'Ada', NULL, '2026-01-07 08:10:00'), "
    "(4, 'Ada', NULL, '2026-01-07 08:11:00')",
    "INSERT INTO attempt (id, public_id, quiz_id, student_id, layout, started_at, submitted_at, score, total) VALUES "
    "(1, 'a1', 1, 1, '[[1, []]]', '2026-01-08 09:00:00', '2026-01-08 09:05:00', 1, 1), "
    "(2, 'a2', 1, 1, '[[1, []]]', '2026-01-08 09:10:00', NULL, NULL, 1), "
    "(3, 'a3', 1, 1, '[[1, []]]', '2026-01-08 09:20:00', NULL, NULL, 1), "
    "(4, 'a4', 1, 2, '[[1, []]]', '2026-01-08 09:30:00', NULL, NULL, 1)",
    "INSERT INTO response (id, attempt_id, item_id, position, given, correct) VALUES (1, 1, 1, 1, 'Kim', true)",
    "INSERT INTO study_card (id, student_id, item_id, state, due, fsrs_card, reviews) VALUES (1, 1, 1, 2, "
    f"'2026-03-05 09:00:00', '{json.dumps(FSRS_CARD)}', 2)",
    "INSERT INTO study_review (id, study_card_id, rating, reviewed_at) VALUES (1, 1, 3, '2026-03-01 09:00:00'), "
    "(2, 1, 3, '2026-03-02 09:00:00')",
]



def test_the_student_accounts_migration_carries_students_attempts_and_study_cards_over(bare_app):
    with bare_app.app_context():
        upgrade(revision=BEFORE)
        with db.engine.begin() as conn:
            for statement in OLD_ROWS:
                conn.execute(text(statement))
        upgrade()
        db.session.remove()
        students = {s.id: s for s in db.session.scalars(select(Student).order_by(Student.id))}
        assert [(s.name, s.name_key, s.classroom_id) for s in students.values()] == [
            ("Sam", "sam", 1), ("sam (2)", "sam (2)", 1), ("Ada", "ada", None), ("Ada", "ada", None)]  # fmt: skip
        assert all(s.code_hash is None and s.sign_in_epoch == 0 for s in students.values())
        attempts = {a.public_id: a for a in db.session.scalars(select(Attempt))}
        assert set(attempts) == {"a1", "a3", "a4"}  # a2: an older attempt never submitted, beside a3
        assert attempts["a1"].score == 1 and [r.given for r in attempts["a1"].responses] == ["Kim"]
        assert [(r.prompt, r.choices) for r in attempts["a1"].responses] == [("_____ said so.", [])]  # issue 14's
        assert not any(a.late or a.draft for a in attempts.values())
        quiz = db.session.scalar(select(Quiz))
        assert quiz.published_at == quiz.created_at and quiz.feedback == "immediate" and quiz.max_attempts is None
        assert quiz.archived_at is None
        card = db.session.scalar(select(StudyCard))
        assert (card.student_id, card.reviews, card.fsrs_card) == (1, 2, FSRS_CARD)
        assert len(db.session.scalars(select(StudyReview)).all()) == 2
        home = student_home(students[1])
        assert [e.quiz.id for e in home.done] == [1] and home.done[0].last.public_id == "a1"
        db.session.remove()  # ends the session's transaction: PostgreSQL would make the downgrade wait for it
        downgrade(revision=BEFORE)  # and back through both: the old schema keeps the data
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM student")).scalar() == 4
            assert conn.execute(text("SELECT count(*) FROM study_card")).scalar() == 1
            assert conn.execute(text("SELECT count(*) FROM response")).scalar() == 1


def test_the_models_match_the_migrations(bare_app):
    with bare_app.app_context():
        upgrade()
        with db.engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), db.metadata)
        assert differences == []
