"""teacher review and regrading: what each student saw, marks by hand, archiving, quoted people

Revision ID: 8a8b7f79b789
Revises: 5eebe4befc9d
Create Date: 2026-11-27 15:00:00

Responses keep the question as the student saw it (its wording, and the choices in the order shown),
a teacher's mark by hand, and whether they still count after a regrade. Existing responses take the
wording their item has now (the best record there is) and the choices from their attempt's layout.
Articles, quizzes and classes can be archived instead of destroyed; articles remember whom they quote.
"""

import json

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "8a8b7f79b789"
down_revision = "5eebe4befc9d"
branch_labels = None
depends_on = None

BATCH = 500


def upgrade():
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prompt", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("choices", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("override", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("counted", sa.Boolean(), server_default=sa.true(), nullable=False))
    for table in ("article", "quiz", "classroom"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("archived_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.add_column(sa.Column("speakers", sa.JSON(), nullable=True))

    carry_over_what_students_saw()

    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.alter_column("prompt", existing_type=sa.Text(), nullable=False)
        batch_op.alter_column("choices", existing_type=sa.JSON(), nullable=False)
        batch_op.create_index(batch_op.f("ix_response_attempt_id"), ["attempt_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_response_item_id"), ["item_id"], unique=False)


def carry_over_what_students_saw():
    """Each response's wording from its item, and its choices from the attempt's layout (the order shown)."""
    bind = op.get_bind()
    op.execute("update response set prompt = (select item.prompt from item where item.id = response.item_id)")
    attempt = sa.table("attempt", sa.column("id", sa.Integer), sa.column("layout", sa.JSON))
    response = sa.table(
        "response", sa.column("id", sa.Integer), sa.column("attempt_id", sa.Integer),
        sa.column("item_id", sa.Integer), sa.column("choices", sa.JSON),
    )  # fmt: skip
    last = 0
    while True:
        rows = bind.execute(
            sa.select(attempt.c.id, attempt.c.layout).where(attempt.c.id > last).order_by(attempt.c.id).limit(BATCH)
        ).all()
        if not rows:
            break
        ids = [attempt_id for attempt_id, _ in rows]
        shown = {attempt_id: dict(_layout(layout)) for attempt_id, layout in rows}
        updates = [
            {"rid": rid, "shown": shown[attempt_id].get(item_id, [])}
            for rid, attempt_id, item_id in bind.execute(
                sa.select(response.c.id, response.c.attempt_id, response.c.item_id).where(
                    response.c.attempt_id.in_(ids)
                )
            )
        ]
        if updates:
            statement = response.update().where(response.c.id == sa.bindparam("rid"))
            bind.execute(statement.values(choices=sa.bindparam("shown", type_=sa.JSON)), updates)
        last = ids[-1]
    op.execute("update response set choices = '[]' where choices is null")


def _layout(layout):
    """[[item id, [choice, ...]], ...] as stored; tolerant of a JSON string from an old driver."""
    if isinstance(layout, str):
        layout = json.loads(layout)
    return [(int(entry[0]), list(entry[1])) for entry in layout or []]


def downgrade():
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_response_item_id"))
        batch_op.drop_index(batch_op.f("ix_response_attempt_id"))
        batch_op.drop_column("counted")
        batch_op.drop_column("override")
        batch_op.drop_column("choices")
        batch_op.drop_column("prompt")
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_column("speakers")
    for table in ("classroom", "quiz", "article"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("archived_at")
