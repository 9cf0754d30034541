"""issue 15, serving: a teacher's session epoch, so signing out revokes every session cookie saved before

Each teacher gets a counter kept in their session cookies; signing out raises it, and a cookie carrying an
older value no longer signs anyone in. Existing teachers start at 0 (their current cookies, which carry no
epoch, are refused once: they sign in again).

Revision ID: b15e55105e55
Revises: 9a9adc015c2c
Create Date: 2026-12-01 10:00:00

"""

import sqlalchemy as sa
from alembic import op

revision = "b15e55105e55"
down_revision = "c3f1a7e2b9d4"  # after issue 15's generation jobs
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("teacher") as batch:
        batch.add_column(sa.Column("session_epoch", sa.Integer(), nullable=False, server_default="0"))


def downgrade():
    with op.batch_alter_table("teacher") as batch:
        batch.drop_column("session_epoch")
