"""Typed models: articles and their items, quizzes, students, attempts and responses."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from flask_login import UserMixin
from sqlalchemy import JSON, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint, text, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .extensions import db


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Teacher(UserMixin, db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # in every session cookie of the teacher; signing out raises it, so no cookie saved before works again
    session_epoch: Mapped[int] = mapped_column(default=0, server_default="0")

    def get_id(self) -> str:
        """What Flask-Login keeps in the session: the teacher and the sign-in epoch."""
        return f"{self.id}:{self.session_epoch}"


class Classroom(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id"))
    name: Mapped[str] = mapped_column(String(120))
    join_code: Mapped[str] = mapped_column(String(12), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    archived_at: Mapped[datetime | None]  # set: closed to joining, kept with its students' scores


class Article(db.Model):
    __table_args__ = (UniqueConstraint("teacher_id", "slug"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    teacher_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id"))  # None: loaded from the command line
    slug: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(500))
    byline: Mapped[str | None] = mapped_column(String(200))
    blocks: Mapped[list[dict[str, str]]] = mapped_column(JSON)  # [{"kind": "paragraph", "text": ...}]
    # the people the article quotes (from the generator's attributions); None: stored before this was kept
    speakers: Mapped[list[str] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    archived_at: Mapped[datetime | None]  # set: hidden from the dashboard, kept for its quizzes' scores
    items: Mapped[list[Item]] = relationship(
        back_populates="article", order_by="Item.position", cascade="all, delete-orphan"
    )


class Item(db.Model):
    __table_args__ = (UniqueConstraint("article_id", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id"))
    uid: Mapped[str] = mapped_column(String(40))  # the generator's stable item id
    type: Mapped[str] = mapped_column(String(20))
    prompt: Mapped[str] = mapped_column(Text)
    choices: Mapped[list[str]] = mapped_column(JSON)
    answer: Mapped[Any] = mapped_column(JSON)  # a string, or a boolean for true/false
    accepted: Mapped[list[str]] = mapped_column(JSON)
    evidence: Mapped[str] = mapped_column(Text)
    explanation: Mapped[str] = mapped_column(Text)
    position: Mapped[int]
    enabled: Mapped[bool] = mapped_column(default=True)
    article: Mapped[Article] = relationship(back_populates="items")

    def as_item(self) -> dict[str, Any]:
        """The item in the shape of shared/ITEMS.md, for the answer checker and the exporters."""
        return {
            "id": self.uid, "type": self.type, "prompt": self.prompt, "choices": self.choices,
            "answer": self.answer, "accepted": self.accepted, "evidence": self.evidence,
            "explanation": self.explanation,
        }  # fmt: skip


class QuizItem(db.Model):
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quiz.id"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), primary_key=True)
    position: Mapped[int]
    item: Mapped[Item] = relationship()


class Quiz(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id"))
    teacher_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id"))
    classroom_id: Mapped[int | None] = mapped_column(ForeignKey("classroom.id"))  # None: listed on the home page
    is_open: Mapped[bool] = mapped_column(default=True)  # False: closed by the teacher
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    archived_at: Mapped[datetime | None]  # set: closed and hidden, its attempts and scores kept
    published_at: Mapped[datetime | None]  # None: a draft, which no student sees
    closes_at: Mapped[datetime | None]  # naive UTC; the quiz closes by itself then
    max_attempts: Mapped[int | None]  # None: unlimited
    feedback: Mapped[str] = mapped_column(String(16), default="immediate", server_default="immediate")
    article: Mapped[Article] = relationship()
    classroom: Mapped[Classroom | None] = relationship()
    entries: Mapped[list[QuizItem]] = relationship(order_by="QuizItem.position", cascade="all, delete-orphan")


class Student(db.Model):
    """A student of one class (or of none, for the home page's quizzes), signed in by a personal code."""

    __table_args__ = (UniqueConstraint("classroom_id", "name_key", name="uq_student_classroom_id_name_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    name_key: Mapped[str] = mapped_column(String(80))  # the name folded: two students of a class differ in it
    classroom_id: Mapped[int | None] = mapped_column(ForeignKey("classroom.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    code_hash: Mapped[str | None] = mapped_column(String(64), index=True)  # scrypt of the personal code
    sign_in_epoch: Mapped[int] = mapped_column(default=0, server_default="0")  # a new code signs devices out


class Attempt(db.Model):
    # One open attempt per student and quiz: starting again resumes it, even from two tabs at once.
    __table_args__ = (
        Index("uq_attempt_open", "student_id", "quiz_id", unique=True,
              sqlite_where=text("submitted_at IS NULL"), postgresql_where=text("submitted_at IS NULL")),
        Index("ix_attempt_student_id_quiz_id", "student_id", "quiz_id"),  # a student's attempts, their page
    )  # fmt: skip

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quiz.id"))
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"))
    # [[item id, [choice, ...]], ...]: the order this attempt shows items and choices in
    layout: Mapped[list[list[Any]]] = mapped_column(JSON)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[datetime | None]
    score: Mapped[int | None]
    total: Mapped[int]
    draft: Mapped[dict[str, str] | None] = mapped_column(JSON)  # answers saved before submitting
    late: Mapped[bool] = mapped_column(default=False, server_default=text("false"))  # submitted after closing
    quiz: Mapped[Quiz] = relationship()
    student: Mapped[Student] = relationship()
    responses: Mapped[list[Response]] = relationship(
        back_populates="attempt", cascade="all, delete-orphan", order_by="Response.position"
    )


class Response(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempt.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)  # a regrade reads an item's responses
    position: Mapped[int]
    # the question as the student saw it: a later edit of the item never rewrites a past result
    prompt: Mapped[str] = mapped_column(Text)
    choices: Mapped[list[str]] = mapped_column(JSON)  # in the order shown; [] for true/false and fill-in
    given: Mapped[str] = mapped_column(Text)
    correct: Mapped[bool]  # the mark that counts: the teacher's override if any, else the answer checker's
    override: Mapped[bool | None]  # the teacher marked it right (True) or wrong (False) by hand
    counted: Mapped[bool] = mapped_column(default=True, server_default=true())  # False: item dropped by a regrade
    attempt: Mapped[Attempt] = relationship(back_populates="responses")
    item: Mapped[Item] = relationship()


class StudyCard(db.Model):
    """A student's spaced-repetition state for one item, as the fsrs package keeps it."""

    __table_args__ = (UniqueConstraint("student_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    state: Mapped[int]  # fsrs.State: 1 learning, 2 review, 3 relearning
    due: Mapped[datetime] = mapped_column(index=True)  # naive UTC
    fsrs_card: Mapped[dict[str, Any]] = mapped_column(JSON)  # fsrs.Card.to_dict()
    reviews: Mapped[int] = mapped_column(default=0)


class StudyReview(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    study_card_id: Mapped[int] = mapped_column(ForeignKey("study_card.id"), index=True)
    rating: Mapped[int]  # fsrs.Rating: 1 again, 2 hard, 3 good, 4 easy
    reviewed_at: Mapped[datetime]


class GenerationJob(db.Model):
    """An upload being read and its items generated off the request path (quizapp/jobs.py runs it)."""

    __table_args__ = (Index("ix_generation_job_state", "state", "teacher_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id"))
    kind: Mapped[str] = mapped_column(String(16))  # "file", "paste" or "regenerate"
    source_name: Mapped[str] = mapped_column(String(200))  # the file's name, "pasted text" or the article's title
    payload: Mapped[bytes | None] = mapped_column(LargeBinary)  # what to read; dropped once the job ends
    article_id: Mapped[int | None] = mapped_column(ForeignKey("article.id", ondelete="SET NULL"))
    state: Mapped[str] = mapped_column(String(16), default="queued")  # queued, running, done, failed
    message: Mapped[str | None] = mapped_column(Text)  # what the teacher is told when it ends
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
