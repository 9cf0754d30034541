"""Teacher accounts, classes and the ownership checks every teacher page relies on."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload
from werkzeug.security import check_password_hash, generate_password_hash

from .extensions import db
from .models import Article, Classroom, Quiz, Teacher

JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread on a board
JOIN_CODE_LENGTH = 6
MIN_PASSWORD = 8
DEMO_TEACHER = "teacher@quizapp.example"  # the account `make run` prints (example.* is never a real domain)

Owned = TypeVar("Owned", Article, Classroom, Quiz)


class AccountError(ValueError):
    """A teacher account that cannot be created as asked."""


def create_teacher(email: str, name: str, password: str) -> Teacher:
    email = email.strip().lower()
    if "@" not in email:
        raise AccountError(f"{email!r} is not an email address")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password needs at least {MIN_PASSWORD} characters")
    if db.session.scalar(select(Teacher).where(Teacher.email == email)):
        raise AccountError(f"a teacher with the email {email} already exists")
    teacher = Teacher(email=email, name=name.strip() or email, password_hash=generate_password_hash(password))
    db.session.add(teacher)
    db.session.commit()
    return teacher


def normal_email(email: str) -> str:
    return email.strip().lower()


def teacher_by_email(email: str) -> Teacher | None:
    return db.session.scalar(select(Teacher).where(Teacher.email == normal_email(email)))


def set_demo_teacher(email: str = DEMO_TEACHER) -> str:
    """The demo account `make run` signs in with: created if missing, given a fresh password; returns it."""
    password = secrets.token_urlsafe(9)
    teacher = teacher_by_email(email)
    if teacher is None:
        create_teacher(email, "Demo teacher", password)
    else:
        teacher.password_hash = generate_password_hash(password)
        db.session.commit()
    return password


@cache
def dummy_hash() -> str:
    """A hash of no one's password, made as real ones are: an unknown email costs the same time to check."""
    return generate_password_hash(secrets.token_urlsafe(16))


def authenticate(email: str, password: str) -> Teacher | None:
    teacher = teacher_by_email(email)
    if teacher is None:
        check_password_hash(dummy_hash(), password)
        return None
    return teacher if check_password_hash(teacher.password_hash, password) else None


def teacher_for_session(session_id: str) -> Teacher | None:
    """The teacher a session cookie names ("id:epoch"), unless they signed out since it was made."""
    teacher_id, _, epoch = session_id.partition(":")
    if not (teacher_id.isdigit() and epoch.isdigit()):
        return None
    teacher = db.session.get(Teacher, int(teacher_id))
    return teacher if teacher is not None and teacher.session_epoch == int(epoch) else None


def end_sessions(teacher: Teacher) -> None:
    """Sign the teacher out everywhere: every session cookie saved so far stops working."""
    teacher.session_epoch = (teacher.session_epoch or 0) + 1
    db.session.commit()


def owned(model: type[Owned], object_id: int, teacher_id: int) -> Owned | None:
    """The object only if it belongs to the teacher: every id in a teacher URL goes through here."""
    found = db.session.get(model, object_id)
    return found if found is not None and found.teacher_id == teacher_id else None


def new_join_code() -> str:
    while True:
        code = "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))
        if not db.session.scalar(select(func.count(Classroom.id)).where(Classroom.join_code == code)):
            return code


def create_classroom(teacher_id: int, name: str) -> Classroom:
    classroom = Classroom(teacher_id=teacher_id, name=name.strip()[:120], join_code=new_join_code())
    db.session.add(classroom)
    db.session.commit()
    return classroom


def classroom_by_code(code: str) -> Classroom | None:
    """The class students join with the code; an archived class takes no one."""
    query = select(Classroom).where(Classroom.join_code == code.strip().upper(), Classroom.archived_at.is_(None))
    return db.session.scalar(query)


@dataclass(frozen=True)
class Dashboard:
    articles: list[Article]
    classes: list[Classroom]
    quizzes: list[Quiz]
    archived_articles: list[Article]
    archived_classes: list[Classroom]
    archived_quizzes: list[Quiz]


def dashboard(teacher_id: int) -> Dashboard:
    """The teacher's articles, classes and quizzes, current ones apart from archived ones: three queries."""
    articles = db.session.scalars(select(Article).where(Article.teacher_id == teacher_id).order_by(Article.id.desc()))
    classes = db.session.scalars(select(Classroom).where(Classroom.teacher_id == teacher_id).order_by(Classroom.name))
    quizzes = db.session.scalars(
        select(Quiz).where(Quiz.teacher_id == teacher_id).options(selectinload(Quiz.classroom)).order_by(Quiz.id.desc())
    )
    a, c, q = list(articles), list(classes), list(quizzes)
    return Dashboard(
        [x for x in a if x.archived_at is None], [x for x in c if x.archived_at is None],
        [x for x in q if x.archived_at is None], [x for x in a if x.archived_at is not None],
        [x for x in c if x.archived_at is not None], [x for x in q if x.archived_at is not None],
    )  # fmt: skip
