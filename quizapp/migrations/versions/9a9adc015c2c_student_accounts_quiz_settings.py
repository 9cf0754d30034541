"""student accounts, quiz settings, safe attempts

Students get a folded name (unique in their class), a hashed personal code and a sign-in epoch;
quizzes get publishing, a closing time, an attempt limit and a feedback timing; attempts get a saved
draft, a late mark and at most one open attempt per student and quiz.

Today's data is carried over: students keep their attempts and flashcards (two students of one class
with the same name become "Sam" and "Sam (2)", for the teacher to merge or rename; none has a code until
the teacher issues one); existing quizzes stay published with unlimited attempts and feedback at once;
of several attempts a student started and never submitted on one quiz (they hold no answers) the
newest stays.

Revision ID: 9a9adc015c2c
Revises: 8a8b7f79b789
Create Date: 2026-11-27 15:00:00

"""

import sqlalchemy as sa
from alembic import op

revision = "9a9adc015c2c"
down_revision = "8a8b7f79b789"  # after issue 14's teacher review and regrading
branch_labels = None
depends_on = None

OPEN = sa.text("submitted_at IS NULL")


def folded_names(rows):
    """(id, name, name_key) for every student, names made unique within each class."""
    used: set[tuple[int, str]] = set()
    for student_id, name, classroom_id in rows:
        base = " ".join((name or "").split())[:80] or "Student"
        name, n = base, 1
        while classroom_id is not None and (classroom_id, name.casefold()) in used:
            n += 1
            name = f"{base[:72]} ({n})"
        if classroom_id is not None:
            used.add((classroom_id, name.casefold()))
        yield student_id, name, name.casefold()


def upgrade():
    bind = op.get_bind()
    with op.batch_alter_table("student") as batch:
        batch.add_column(sa.Column("name_key", sa.String(80), nullable=True))
        batch.add_column(sa.Column("code_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("sign_in_epoch", sa.Integer(), nullable=False, server_default="0"))
    rows = bind.execute(sa.text("SELECT id, name, classroom_id FROM student ORDER BY id")).all()
    for student_id, name, key in folded_names(rows):
        bind.execute(sa.text("UPDATE student SET name = :name, name_key = :key WHERE id = :id"),
                     {"name": name, "key": key, "id": student_id})  # fmt: skip
    with op.batch_alter_table("student") as batch:
        batch.alter_column("name_key", existing_type=sa.String(80), nullable=False)
        batch.create_unique_constraint("uq_student_classroom_id_name_key", ["classroom_id", "name_key"])
        batch.create_index("ix_student_code_hash", ["code_hash"])

    with op.batch_alter_table("quiz") as batch:
        batch.add_column(sa.Column("published_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("closes_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("max_attempts", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("feedback", sa.String(16), nullable=False, server_default="immediate"))
    bind.execute(sa.text("UPDATE quiz SET published_at = created_at"))

    with op.batch_alter_table("attempt") as batch:
        batch.add_column(sa.Column("draft", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("late", sa.Boolean(), nullable=False, server_default=sa.false()))
    stale = bind.execute(sa.text(
        "SELECT a.id FROM attempt a WHERE a.submitted_at IS NULL AND EXISTS (SELECT 1 FROM attempt b "
        "WHERE b.student_id = a.student_id AND b.quiz_id = a.quiz_id AND b.submitted_at IS NULL AND b.id > a.id)"
    )).scalars().all()  # fmt: skip
    for attempt_id in stale:  # never submitted, so no response refers to it
        bind.execute(sa.text("DELETE FROM attempt WHERE id = :id"), {"id": attempt_id})
    op.create_index("uq_attempt_open", "attempt", ["student_id", "quiz_id"], unique=True,
                    sqlite_where=OPEN, postgresql_where=OPEN)  # fmt: skip
    op.create_index("ix_attempt_student_id_quiz_id", "attempt", ["student_id", "quiz_id"])


def downgrade():
    op.drop_index("ix_attempt_student_id_quiz_id", table_name="attempt")
    op.drop_index("uq_attempt_open", table_name="attempt")
    with op.batch_alter_table("attempt") as batch:
        batch.drop_column("late")
        batch.drop_column("draft")
    with op.batch_alter_table("quiz") as batch:
        batch.drop_column("feedback")
        batch.drop_column("max_attempts")
        batch.drop_column("closes_at")
        batch.drop_column("published_at")
    with op.batch_alter_table("student") as batch:
        batch.drop_index("ix_student_code_hash")
        batch.drop_constraint("uq_student_classroom_id_name_key", type_="unique")
        batch.drop_column("sign_in_epoch")
        batch.drop_column("code_hash")
        batch.drop_column("name_key")
