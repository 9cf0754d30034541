"""The schema migrations: today's data (students, attempts, study cards) survives the upgrade, and the
models and the migrations describe the same schema."""

from __future__ import annotations

import json

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import MetaData, select, text

from quizapp import create_app
from quizapp.extensions import db
from quizapp.home import student_home
from quizapp.models import Attempt, Quiz, Student, StudyCard, StudyReview

from .conftest import DATABASES, database_for

BEFORE = "5eebe4befc9d"  # the initial schema
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


@pytest.fixture(params=DATABASES)
def bare_app(request, tmp_path):
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


def test_the_upgrade_carries_students_attempts_and_study_cards_over(bare_app):
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
        assert not any(a.late or a.draft for a in attempts.values())
        quiz = db.session.scalar(select(Quiz))
        assert quiz.published_at == quiz.created_at and quiz.feedback == "immediate" and quiz.max_attempts is None
        card = db.session.scalar(select(StudyCard))
        assert (card.student_id, card.reviews, card.fsrs_card) == (1, 2, FSRS_CARD)
        assert len(db.session.scalars(select(StudyReview)).all()) == 2
        home = student_home(students[1])
        assert [e.quiz.id for e in home.done] == [1] and home.done[0].last.public_id == "a1"
        db.session.remove()  # ends the session's transaction: PostgreSQL would make the downgrade wait for it
        downgrade(revision=BEFORE)  # and back: the old schema keeps the data
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM student")).scalar() == 4
            assert conn.execute(text("SELECT count(*) FROM study_card")).scalar() == 1


def test_the_models_match_the_migrations(bare_app):
    with bare_app.app_context():
        upgrade()
        with db.engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), db.metadata)
        assert differences == []
