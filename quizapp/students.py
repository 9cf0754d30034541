"""Students: joining a class, personal sign-in codes, and what a teacher does with a class's roster.

A student is a name in one class (or in none, for the home page's quizzes) with a personal code of
ten characters (50 bits) shown once. The database keeps only a scrypt hash of the code, salted per
class, so a sign-in costs one hash and a lookup; a teacher can issue a new code, never read the old one.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from .extensions import db
from .models import Attempt, Classroom, Response, Student, StudyCard, StudyReview
from .teachers import JOIN_CODE_ALPHABET, new_join_code

MAX_NAME = 80
CODE_LENGTH = 10  # 32 symbols, 5 bits each: 50 bits
SCRYPT = {"n": 2**12, "r": 8, "p": 1, "dklen": 32}  # ~20 ms a sign-in; 50 bits still take ages to guess


class NameTaken(ValueError):
    """Another student of the class has that name."""


def clean_name(name: str) -> str:
    return " ".join(name.split())[:MAX_NAME]


def name_key(name: str) -> str:
    """The name as two students of a class must not share it: case and spacing aside."""
    return clean_name(name).casefold()


def new_code() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normal_code(typed: str) -> str:
    """The code as stored, from what a student typed: case, spaces and dashes aside."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())


def shown_code(code: str) -> str:
    """The code in two groups of five, easier to copy from a slip of paper."""
    return f"{code[:5]}-{code[5:]}"


def code_hash(code: str, classroom_id: int | None) -> str:
    """scrypt of the code with the class as salt: one hash a sign-in, slow to guess from a stolen database."""
    salt = f"quizapp-student:{classroom_id or 0}".encode()
    return hashlib.scrypt(normal_code(code).encode(), salt=salt, **SCRYPT).hex()


def issue_code(student: Student) -> str:
    """A new personal code for the student; the old one stops working and signs no device in any more."""
    code = new_code()
    student.code_hash = code_hash(code, student.classroom_id)
    student.sign_in_epoch = (student.sign_in_epoch or 0) + 1
    return code


def create(name: str, classroom: Classroom | None) -> tuple[Student, str]:
    """A new student and their personal code (the only time it exists in clear). Raises NameTaken."""
    name = clean_name(name)
    student = Student(name=name, name_key=name_key(name), classroom_id=classroom.id if classroom else None)
    code = issue_code(student)
    if classroom is not None and name_taken(classroom.id, student.name_key):
        raise NameTaken(name)
    db.session.add(student)
    try:
        db.session.commit()
    except IntegrityError:  # the same name joined in the same instant
        db.session.rollback()
        raise NameTaken(name) from None
    return student, code


def name_taken(classroom_id: int, key: str, *, other_than: int | None = None) -> bool:
    query = select(func.count(Student.id)).where(Student.classroom_id == classroom_id, Student.name_key == key)
    if other_than is not None:
        query = query.where(Student.id != other_than)
    return bool(db.session.scalar(query))


def authenticate(classroom: Classroom | None, code: str) -> Student | None:
    """The student of the class (or of no class) with this personal code."""
    if len(normal_code(code)) != CODE_LENGTH:
        return None
    classroom_id = classroom.id if classroom else None
    owner = Student.classroom_id == classroom_id if classroom_id else Student.classroom_id.is_(None)
    return db.session.scalar(select(Student).where(owner, Student.code_hash == code_hash(code, classroom_id)))


def roster(classroom_id: int) -> list[Student]:
    query = select(Student).where(Student.classroom_id == classroom_id).order_by(Student.name_key)
    return list(db.session.scalars(query))


def of_class(classroom_id: int, student_id: int) -> Student | None:
    student = db.session.get(Student, student_id)
    return student if student is not None and student.classroom_id == classroom_id else None


def rename(student: Student, name: str) -> None:
    """Only the teacher renames; the new name must be free in the class. Raises NameTaken."""
    name = clean_name(name)
    if student.classroom_id is not None and name_taken(student.classroom_id, name_key(name), other_than=student.id):
        raise NameTaken(name)
    student.name, student.name_key = name, name_key(name)
    db.session.commit()


def reissue_codes(students: Iterable[Student]) -> list[tuple[Student, str]]:
    """New codes for these students, for the teacher to hand out (printed slips)."""
    issued = [(student, issue_code(student)) for student in students]
    db.session.commit()
    return issued


def delete_attempts(attempt_ids: list[int]) -> None:
    if attempt_ids:
        db.session.execute(delete(Response).where(Response.attempt_id.in_(attempt_ids)))
        db.session.execute(delete(Attempt).where(Attempt.id.in_(attempt_ids)))


def delete_cards(card_ids: list[int]) -> None:
    if card_ids:
        db.session.execute(delete(StudyReview).where(StudyReview.study_card_id.in_(card_ids)))
        db.session.execute(delete(StudyCard).where(StudyCard.id.in_(card_ids)))


def remove(student: Student) -> None:
    """Delete the student with their attempts, answers and flashcard schedule."""
    delete_attempts(list(db.session.scalars(select(Attempt.id).where(Attempt.student_id == student.id))))
    delete_cards(list(db.session.scalars(select(StudyCard.id).where(StudyCard.student_id == student.id))))
    db.session.delete(student)
    db.session.commit()


def merge(keep: Student, other: Student) -> None:
    """Two records of one student become `keep`: every attempt moves over; of two schedules for one card
    the one reviewed more stays; of two attempts in progress on one quiz, the kept student's stays."""
    open_quizzes = set(db.session.scalars(
        select(Attempt.quiz_id).where(Attempt.student_id == keep.id, Attempt.submitted_at.is_(None))))  # fmt: skip
    clashing = db.session.scalars(select(Attempt.id).where(
        Attempt.student_id == other.id, Attempt.submitted_at.is_(None), Attempt.quiz_id.in_(open_quizzes)))  # fmt: skip
    delete_attempts(list(clashing))
    db.session.execute(update(Attempt).where(Attempt.student_id == other.id).values(student_id=keep.id))
    kept = {item_id: (card_id, reviews) for card_id, item_id, reviews in db.session.execute(
        select(StudyCard.id, StudyCard.item_id, StudyCard.reviews).where(StudyCard.student_id == keep.id))}  # fmt: skip
    moved, dropped = [], []
    for card_id, item_id, reviews in db.session.execute(
        select(StudyCard.id, StudyCard.item_id, StudyCard.reviews).where(StudyCard.student_id == other.id)
    ).all():
        if item_id in kept and kept[item_id][1] >= reviews:
            dropped.append(card_id)
        else:
            moved.append(card_id)
            if item_id in kept:
                dropped.append(kept[item_id][0])
    delete_cards(dropped)
    if moved:
        db.session.execute(update(StudyCard).where(StudyCard.id.in_(moved)).values(student_id=keep.id))
    db.session.flush()
    db.session.delete(other)
    db.session.commit()


def reset_attempt(attempt: Attempt) -> None:
    """Delete one attempt, so the student can take the quiz again as if it never happened."""
    delete_attempts([attempt.id])
    db.session.commit()


def new_class_code(classroom: Classroom) -> str:
    """A new join code (the old one stops working); personal codes stay as they are."""
    classroom.join_code = new_join_code()
    db.session.commit()
    return classroom.join_code
