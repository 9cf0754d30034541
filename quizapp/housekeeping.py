"""Renaming, deleting and archiving a teacher's articles, quizzes and classes.

Nothing a student did is destroyed: a quiz anyone has started is archived (closed, hidden, its scores
kept) instead of deleted, and so are an article or a class that such a quiz belongs to. Only what no
student has touched is deleted. The plan of what will happen is shown before the teacher confirms.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from .extensions import db
from .models import Article, Attempt, Classroom, Item, Quiz, Student, StudyCard, utcnow

MAX_TITLE = 200


class RenameError(ValueError):
    """A name that cannot be used; the message says why."""


@dataclass
class Plan:
    """What deleting something would do: the lines to show before the teacher confirms."""

    deleted: list[str] = field(default_factory=list)
    archived: list[str] = field(default_factory=list)

    @property
    def archives(self) -> bool:
        return bool(self.archived)


def clean_title(title: str | None) -> str:
    text = " ".join((title or "").split())
    if not text:
        raise RenameError("Give it a name.")
    if len(text) > MAX_TITLE:
        raise RenameError(f"Keep the name under {MAX_TITLE} characters.")
    return text


def rename(thing: Article | Quiz | Classroom, title: str) -> None:
    text = clean_title(title)
    if isinstance(thing, Classroom):
        thing.name = text[:120]
    else:
        thing.title = text
    db.session.commit()


def attempt_counts(quiz_ids: list[int]) -> dict[int, int]:
    """Attempts started (submitted or not) per quiz, in one query."""
    if not quiz_ids:
        return {}
    rows = db.session.execute(
        select(Attempt.quiz_id, func.count(Attempt.id)).where(Attempt.quiz_id.in_(quiz_ids)).group_by(Attempt.quiz_id)
    )
    return dict(rows.all())


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def quiz_line(quiz: Quiz, attempts: int) -> str:
    if attempts:
        return f"the quiz “{quiz.title}” and its {plural(attempts, 'attempt')}, kept with their scores"
    return f"the quiz “{quiz.title}” (nobody has taken it)"


def quiz_plan(quiz: Quiz) -> Plan:
    attempts = attempt_counts([quiz.id]).get(quiz.id, 0)
    return Plan(archived=[quiz_line(quiz, attempts)]) if attempts else Plan(deleted=[quiz_line(quiz, 0)])


def archive_quiz(quiz: Quiz) -> None:
    quiz.archived_at = quiz.archived_at or utcnow()
    quiz.is_open = False


def delete_quiz(quiz: Quiz) -> Plan:
    """Delete a quiz nobody has started; archive one with attempts."""
    plan = quiz_plan(quiz)
    if plan.archives:
        archive_quiz(quiz)
    else:
        db.session.delete(quiz)
    db.session.commit()
    return plan


def quizzes_of(column: object, value: int) -> list[Quiz]:
    return list(db.session.scalars(select(Quiz).where(column == value).order_by(Quiz.id)))


def studied(article: Article) -> bool:
    """Whether any student has flashcards of the article's items."""
    query = select(StudyCard.id).join(Item, Item.id == StudyCard.item_id).where(Item.article_id == article.id)
    return db.session.scalar(query.limit(1)) is not None


def article_plan(article: Article) -> Plan:
    quizzes = quizzes_of(Quiz.article_id, article.id)
    attempts = attempt_counts([q.id for q in quizzes])
    lines = [quiz_line(q, attempts.get(q.id, 0)) for q in quizzes]
    what = f"the article “{article.title}” and its {plural(len(article.items), 'item')}"
    if any(attempts.values()) or studied(article):
        return Plan(archived=[what, *lines])
    return Plan(deleted=[what, *lines])


def delete_article(article: Article) -> Plan:
    """Delete an article no student has answered; otherwise archive it with all its quizzes."""
    plan = article_plan(article)
    archive_or_delete(article, quizzes_of(Quiz.article_id, article.id), plan)
    return plan


def class_plan(classroom: Classroom) -> Plan:
    quizzes = quizzes_of(Quiz.classroom_id, classroom.id)
    attempts = attempt_counts([q.id for q in quizzes])
    students = db.session.scalar(select(func.count(Student.id)).where(Student.classroom_id == classroom.id)) or 0
    what = f"the class “{classroom.name}”"
    lines = [quiz_line(q, attempts.get(q.id, 0)) for q in quizzes]
    if students or any(attempts.values()):
        return Plan(archived=[f"{what} and its {plural(students, 'student')} (the join code stops working)", *lines])
    return Plan(deleted=[what, *lines])


def delete_classroom(classroom: Classroom) -> Plan:
    """Delete a class nobody has joined; otherwise archive it (no more joining) with its quizzes."""
    plan = class_plan(classroom)
    archive_or_delete(classroom, quizzes_of(Quiz.classroom_id, classroom.id), plan)
    return plan


def archive_or_delete(owner: Article | Classroom, quizzes: list[Quiz], plan: Plan) -> None:
    """Carry out a plan: archive the article or class with its quizzes, or delete them all."""
    if plan.archives:
        owner.archived_at = owner.archived_at or utcnow()
        for quiz in quizzes:
            archive_quiz(quiz)
    else:
        for quiz in quizzes:
            db.session.delete(quiz)
        db.session.flush()
        db.session.delete(owner)
    db.session.commit()


def restore_quiz(quiz: Quiz) -> None:
    """Back on the dashboard, closed until the teacher opens it; its article and class come back too."""
    quiz.archived_at = None
    quiz.article.archived_at = None
    if quiz.classroom is not None:
        quiz.classroom.archived_at = None
    db.session.commit()


def restore(thing: Article | Classroom) -> None:
    thing.archived_at = None
    db.session.commit()
