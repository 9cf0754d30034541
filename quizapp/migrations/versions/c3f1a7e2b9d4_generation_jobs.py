"""generation jobs: uploads read and their items generated off the request path

A table of jobs: who asked, what to read (kept until the job ends), its state and the message the
teacher is shown. Nothing existing changes.

Revision ID: c3f1a7e2b9d4
Revises: 9a9adc015c2c
Create Date: 2026-12-04 10:00:00

"""

import sqlalchemy as sa
from alembic import op

revision = "c3f1a7e2b9d4"
down_revision = "9a9adc015c2c"  # after issue 13's student accounts and quiz settings
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "generation_job",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=32), nullable=False),
        sa.Column("teacher_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("source_name", sa.String(length=200), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=True),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["teacher_id"], ["teacher.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("public_id"),
    )
    op.create_index("ix_generation_job_state", "generation_job", ["state", "teacher_id"])


def downgrade():
    op.drop_index("ix_generation_job_state", table_name="generation_job")
    op.drop_table("generation_job")
