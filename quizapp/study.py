"""Flashcard study with the FSRS scheduler of the fsrs package, one schedule per student and card."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from fsrs import Card, Rating, Scheduler, State
from sqlalchemy import select

from .extensions import db
from .models import Attempt, Item, Quiz, StudyCard, StudyReview
from .quizzes import key_visible, quiz_items

# A card due within this window is shown now rather than ending the session: "Again" (one minute)
# comes back in the same session, "Good" on a new card (ten minutes) waits for later.
LEARN_AHEAD = timedelta(minutes=5)
NEW_PER_DAY = 20
RATINGS = {"again": Rating.Again, "hard": Rating.Hard, "good": Rating.Good, "easy": Rating.Easy}

# No fuzz: the same grades give the same schedule, which teachers and tests can check against fsrs.
SCHEDULER = Scheduler(enable_fuzzing=False)


def utc(moment: datetime) -> datetime:
    """The naive UTC the database stores, as the aware datetime fsrs wants."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def naive(moment: datetime) -> datetime:
    return utc(moment).replace(tzinfo=None)


def refusal(quiz: Quiz, student_id: int | None) -> str | None:
    """Why the student may not study the quiz's flashcards (they show the answers), or None if they may:
    after submitting an attempt, and only when the quiz's feedback lets the answers show."""
    query = select(Attempt.id).where(
        Attempt.quiz_id == quiz.id, Attempt.student_id == student_id, Attempt.submitted_at.is_not(None)
    )
    if student_id is None or db.session.scalar(query.limit(1)) is None:
        return "Take the quiz first: its flashcards show the answers."
    if quiz.feedback == "score_only":
        return "Your teacher keeps this quiz's answers to themselves, so it has no flashcards."
    if not key_visible(quiz):
        return "The flashcards open when the quiz closes: they show the answers."
    return None


@dataclass(frozen=True)
class Queue:
    new: int  # never studied, within today's allowance
    learning: int  # in (re)learning, due now or within the learn-ahead window
    due: int  # in review, due now
    next_item: Item | None  # None: done for now
    next_due: datetime | None = None  # when done: when the next card is due (naive UTC)

    @property
    def done(self) -> bool:
        return self.next_item is None


def cards_of(student_id: int, items: Sequence[Item]) -> dict[int, StudyCard]:
    ids = [i.id for i in items]
    rows = db.session.scalars(select(StudyCard).where(StudyCard.student_id == student_id, StudyCard.item_id.in_(ids)))
    return {card.item_id: card for card in rows}


def new_today(student_id: int, now: datetime) -> int:
    """How many cards the student has started today (UTC)."""
    start = naive(now).replace(hour=0, minute=0, second=0, microsecond=0)
    first_reviews = (
        select(StudyReview.study_card_id)
        .join(StudyCard, StudyCard.id == StudyReview.study_card_id)
        .where(StudyCard.student_id == student_id)
        .group_by(StudyReview.study_card_id)
        .having(db.func.min(StudyReview.reviewed_at) >= start)
    )
    return len(db.session.execute(first_reviews).all())


def queue(student_id: int, quiz: Quiz, now: datetime | None = None) -> Queue:
    """What to study next: due reviews and learning cards first, then new cards, else done for today."""
    now = naive(now or datetime.now(UTC))
    items = [i for i in quiz_items(quiz) if i.enabled]
    cards = cards_of(student_id, items)
    learning = sorted(
        (c for c in cards.values() if c.state != State.Review and c.due <= now + LEARN_AHEAD), key=lambda c: c.due
    )
    reviews = sorted((c for c in cards.values() if c.state == State.Review and c.due <= now), key=lambda c: c.due)
    fresh = [i for i in items if i.id not in cards][: max(0, NEW_PER_DAY - new_today(student_id, now))]
    by_id = {i.id: i for i in items}
    due_now = sorted((c for c in learning + reviews if c.due <= now), key=lambda c: c.due)
    if due_now:
        nxt = by_id[due_now[0].item_id]
    elif fresh:
        nxt = fresh[0]
    elif learning:
        nxt = by_id[learning[0].item_id]
    else:
        nxt = None
    later = [c.due for c in cards.values() if c.due > now]
    if any(i.id not in cards for i in items):  # new cards wait for tomorrow's allowance
        later.append(naive(now).replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1))
    next_due = min(later) if nxt is None and later else None
    return Queue(new=len(fresh), learning=len(learning), due=len(reviews), next_item=nxt, next_due=next_due)


def until(moment: datetime, now: datetime | None = None) -> str:
    """How long until then, as a student reads it: "in 9 minutes", "in 3 hours", "tomorrow", "in 4 days"."""
    seconds = (naive(moment) - naive(now or datetime.now(UTC))).total_seconds()
    minutes = max(1, round(seconds / 60))
    if minutes < 60:
        return f"in {minutes} minute{'s' if minutes != 1 else ''}"
    if minutes < 60 * 20:
        hours = round(minutes / 60)
        return f"in {hours} hour{'s' if hours != 1 else ''}"
    days = max(1, round(minutes / (60 * 24)))
    return "tomorrow" if days == 1 else f"in {days} days"


def grade(student_id: int, item: Item, rating: Rating, now: datetime | None = None) -> StudyCard:
    """Review the card with fsrs and store its new schedule."""
    now = utc(now or datetime.now(UTC))
    card = db.session.scalar(select(StudyCard).where(StudyCard.student_id == student_id, StudyCard.item_id == item.id))
    fsrs_card = Card.from_dict(card.fsrs_card) if card else Card(card_id=item.id, due=now)
    fsrs_card, _ = SCHEDULER.review_card(fsrs_card, rating, review_datetime=now)
    if card is None:
        card = StudyCard(student_id=student_id, item_id=item.id, state=0, due=naive(now), fsrs_card={}, reviews=0)
        db.session.add(card)
    card.fsrs_card = fsrs_card.to_dict()
    card.state = int(fsrs_card.state)
    card.due = naive(fsrs_card.due)
    card.reviews += 1
    db.session.flush()
    db.session.add(StudyReview(study_card_id=card.id, rating=int(rating), reviewed_at=naive(now)))
    db.session.commit()
    return card
