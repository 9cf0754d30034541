"""Teacher accounts, classes and the ownership checks every teacher page relies on."""

from __future__ import annotations

import secrets
from typing import TypeVar

from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash

from .extensions import db
from .models import Article, Classroom, Quiz, Teacher

JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread on a board
JOIN_CODE_LENGTH = 6
MIN_PASSWORD = 8

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


def authenticate(email: str, password: str) -> Teacher | None:
    teacher = db.session.scalar(select(Teacher).where(Teacher.email == email.strip().lower()))
    if teacher is None or not check_password_hash(teacher.password_hash, password):
        return None
    return teacher


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
    return db.session.scalar(select(Classroom).where(Classroom.join_code == code.strip().upper()))
