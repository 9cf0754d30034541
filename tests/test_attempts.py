"""Attempts that cannot go wrong or be gamed: one open attempt, a review step, limits and feedback timing
held on the server, late submissions kept, drafts hidden, previews that leave nothing behind."""

from __future__ import annotations

import html
import re
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from quizapp import quizzes
from quizapp.extensions import db
from quizapp.models import Attempt, Item, Quiz, Response, Student, StudyCard, utcnow
from quizapp.review import review

from .conftest import join, teacher_client


def configure(app, quiz_id: int, **settings) -> None:
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        for name, value in settings.items():
            setattr(quiz, name, value)
        db.session.commit()


def begin(client, public_id: str) -> str:
    response = client.post(f"/quiz/{public_id}/start")
    assert response.status_code == 303, response.status_code
    return response.headers["Location"]


def right_answers(app, attempt_url: str) -> dict[str, str]:
    with app.app_context():
        attempt = db.session.scalar(select(Attempt).where(Attempt.public_id == attempt_url.rsplit("/", 1)[-1]))
        return {f"q{q.number}": ("true" if q.item.answer else "false") if isinstance(q.item.answer, bool)
                else q.item.answer for q in quizzes.questions(attempt)}  # fmt: skip


def key_shown(page: str, app) -> bool:
    """Whether a page shows any item's explanation: the key a student must not see too early."""
    with app.app_context():
        return any(html.escape(i.explanation) in page for i in db.session.scalars(select(Item)))


@pytest.fixture()
def sam(app, school):
    client = app.test_client()
    join(client, school["code"], "Sam")
    return client


def test_the_two_attempt_trick_gives_no_answers_and_is_not_counted_first(app, school, sam):
    configure(app, school["quiz"], feedback="after_close")
    tab_one = begin(sam, school["public"])
    answers = right_answers(app, tab_one)  # what the student would fill in from what they read
    tab_two = begin(sam, school["public"])  # "start attempt 2": the same attempt, resumed
    assert tab_two == tab_one
    sam.post(tab_two, data={})  # submitted blank
    results = sam.get(tab_two + "/results").get_data(as_text=True)
    assert not key_shown(results, app) and "out of" not in results
    assert sam.get(f"/study/{school['public']}").status_code == 403
    sam.post(tab_one, data=answers)  # the first tab's answers: this attempt is already scored
    with app.app_context():
        [attempt] = db.session.scalars(select(Attempt)).all()
        assert attempt.score == 0 and db.session.scalar(select(func.count(Response.id))) == attempt.total
    retake = begin(sam, school["public"])  # a real second attempt, after the first was submitted
    sam.post(retake, data=right_answers(app, retake))
    with app.app_context():
        data = review(db.session.get(Quiz, school["quiz"]), "first")
        assert [s.score for s in data.first] == [0] and data.summary.mean == 0  # statistics: the first submitted
        assert len(data.sittings) == 2


def test_statistics_count_the_first_submitted_attempt(app, school):
    """Attempt order by submission, not by start: an attempt started first and submitted second is a retake."""
    with app.app_context():
        quiz = db.session.get(Quiz, school["quiz"])
        student = Student(name="Sam", name_key="sam", classroom_id=school["class"])
        db.session.add(student)
        early = quizzes.start_attempt(quiz, student)
        early_id = early.id
        quizzes.submit(early, {})
        late = quizzes.start_attempt(quiz, student)
        late.submitted_at = early.submitted_at - timedelta(minutes=5)  # as if submitted before the other
        late.score = late.total
        db.session.commit()
        assert [s.attempt_id for s in review(quiz).first] == [late.id] != [early_id]


def test_one_open_attempt_per_student_and_quiz_is_enforced_by_the_database(app, school):
    with app.app_context():
        quiz = db.session.get(Quiz, school["quiz"])
        student = Student(name="Sam", name_key="sam", classroom_id=school["class"])
        db.session.add(student)
        first = quizzes.start_attempt(quiz, student)
        db.session.add(Attempt(public_id="second", quiz=quiz, student=student, layout=first.layout, total=1))
        with pytest.raises(IntegrityError):
            db.session.commit()
        db.session.rollback()


def test_the_review_step_lists_unanswered_questions(app, school, sam):
    attempt = begin(sam, school["public"])
    answers = right_answers(app, attempt)
    some = {k: v for k, v in answers.items() if k in ("q1", "q2")}
    saved = sam.post(attempt + "/review", data=some)
    assert saved.status_code == 303 and saved.headers["Location"].endswith("/review")
    page = sam.get(saved.headers["Location"]).get_data(as_text=True)
    missing = len(answers) - 2
    assert f"{missing} unanswered" in page and "Submit anyway" in page and "Go back to the questions" in page
    assert "#question-3" in page and "#question-1\"" not in page
    with app.app_context():
        assert db.session.scalar(select(Attempt)).submitted_at is None  # nothing submitted yet
    back = sam.get(attempt).get_data(as_text=True)  # going back keeps what was answered
    kept = back.count(" checked>") + len(re.findall(r'<input id="q\d+"[^>]* value="[^"]+"', back))
    assert kept == 2
    sam.post(attempt + "/review", data=answers)
    assert "All " in sam.get(attempt + "/review").get_data(as_text=True)
    sam.post(attempt, data={})  # "Submit": the saved answers are scored
    with app.app_context():
        attempt_row = db.session.scalar(select(Attempt))
        assert attempt_row.score == attempt_row.total


def test_the_quiz_form_has_a_disabled_default_button(sam, school):
    """Enter in a text box presses a form's first submit button: here it is disabled, so nothing happens."""
    page = sam.get(begin(sam, school["public"])).get_data(as_text=True)
    form = page.split('class="quiz">', 1)[1]
    first_button = re.search(r"<button[^>]*>", form).group(0)
    assert 'type="submit"' in first_button and "disabled" in first_button
    assert form.index(first_button) < form.index('class="question"')  # before every answer box


@pytest.mark.parametrize("allowed", [1, 2, None])
def test_attempt_limits_hold_on_the_server(app, school, sam, allowed):
    configure(app, school["quiz"], max_attempts=allowed)
    for _ in range(allowed or 4):
        sam.post(begin(sam, school["public"]), data={})
    refused = sam.post(f"/quiz/{school['public']}/start")
    with app.app_context():
        count = db.session.scalar(select(func.count(Attempt.id)))
    if allowed is None:
        assert refused.status_code == 303 and count == 5
    else:
        assert refused.status_code == 409 and "used every attempt" in refused.get_data(as_text=True)
        assert count == allowed
        assert "Take the quiz again" not in sam.get(f"/quiz/{school['public']}").get_data(as_text=True)


def test_feedback_after_the_quiz_closes_holds_on_the_server(app, school, sam):
    configure(app, school["quiz"], feedback="after_close")
    attempt = begin(sam, school["public"])
    sam.post(attempt, data=right_answers(app, attempt))
    results = sam.get(attempt + "/results").get_data(as_text=True)
    assert not key_shown(results, app) and "out of" not in results and "after the quiz closes" in results
    assert "out of" not in sam.get("/my").get_data(as_text=True)
    with app.app_context():
        item_id = db.session.scalar(select(Item.id))
    for method, path in [("GET", ""), ("GET", f"/{item_id}"), ("POST", f"/{item_id}")]:
        assert sam.open(f"/study/{school['public']}{path}", method=method, data={"rating": "good"}).status_code == 403
    with app.app_context():
        assert db.session.scalar(select(func.count(StudyCard.id))) == 0
    configure(app, school["quiz"], is_open=False)
    results = sam.get(attempt + "/results").get_data(as_text=True)
    assert key_shown(results, app) and "out of" in results
    assert sam.get(f"/study/{school['public']}").status_code == 200


def test_score_only_never_shows_the_key(app, school, sam):
    configure(app, school["quiz"], feedback="score_only")
    attempt = begin(sam, school["public"])
    sam.post(attempt, data={})
    results = sam.get(attempt + "/results").get_data(as_text=True)
    assert "0 out of" in results and not key_shown(results, app)
    configure(app, school["quiz"], is_open=False)
    assert not key_shown(sam.get(attempt + "/results").get_data(as_text=True), app)
    assert sam.get(f"/study/{school['public']}").status_code == 403


@pytest.mark.parametrize("how", ["closed by the teacher", "past its closing time"])
def test_a_submission_after_closing_is_refused_kept_and_shown_as_late(app, school, sam, how):
    attempt = begin(sam, school["public"])
    answers = right_answers(app, attempt)
    if how == "closed by the teacher":
        ann = teacher_client(app)
        assert ann.post(f"/teach/quizzes/{school['quiz']}/toggle").status_code == 303
    else:
        configure(app, school["quiz"], closes_at=utcnow() - timedelta(minutes=1))
    response = sam.post(attempt, data=answers, follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "Not accepted" in page and "kept" in page and "out of" not in page and not key_shown(page, app)
    with app.app_context():
        [row] = db.session.scalars(select(Attempt)).all()
        assert row.late and row.score == row.total
        kept = {r.given for r in db.session.scalars(select(Response))}
        assert {str(v) for v in answers.values()} <= kept  # nothing the student typed is lost
        data = review(db.session.get(Quiz, school["quiz"]))
        assert data.summary.count == 0 and [s.student for s in data.late] == ["Sam"]
    teacher_page = teacher_client(app).get(f"/teach/quizzes/{school['quiz']}").get_data(as_text=True)
    assert "Late submissions" in teacher_page and "Sam" in teacher_page
    assert "Submitted late" in sam.get("/my").get_data(as_text=True)
    assert sam.post(f"/quiz/{school['public']}/start").status_code == 409  # no new attempt either


def test_a_quiz_closes_by_itself_at_its_closing_time(app, school, sam):
    configure(app, school["quiz"], closes_at=utcnow() + timedelta(hours=1))
    assert "Start the quiz" in sam.get(f"/quiz/{school['public']}").get_data(as_text=True)
    configure(app, school["quiz"], closes_at=utcnow() - timedelta(seconds=1))
    assert "This quiz is closed" in sam.get(f"/quiz/{school['public']}").get_data(as_text=True)
    assert sam.post(f"/quiz/{school['public']}/start").status_code == 409


def test_a_draft_quiz_is_invisible_to_students(app, client, school, sam):
    with app.app_context():
        quiz = db.session.get(Quiz, school["quiz"])
        public = db.session.scalar(select(Quiz).where(Quiz.classroom_id.is_(None)))
        quiz.published_at = public.published_at = None
        db.session.commit()
        public_id = public.public_id
    assert public_id not in client.get("/").get_data(as_text=True)
    assert "Pact quiz" not in sam.get("/my").get_data(as_text=True)
    for who in (client, sam):
        for pid in (school["public"], public_id):
            assert who.get(f"/quiz/{pid}").status_code == 404
            assert who.post(f"/quiz/{pid}/start", data={"name": "Eve"}).status_code == 404
            assert who.get(f"/study/{pid}").status_code == 404
    with app.app_context():
        assert db.session.scalar(select(func.count(Attempt.id))) == 0


def test_a_new_teacher_quiz_starts_as_a_draft_and_is_published_from_its_settings(app, school, sam):
    ann = teacher_client(app)
    with app.app_context():
        ticked = [i.id for i in db.session.scalars(select(Item).where(Item.article_id == school["article"]))]
    built = ann.post(f"/teach/articles/{school['article']}/quizzes/new",
                     data={"title": "Second quiz", "audience": school["class"], "item": ticked})  # fmt: skip
    assert built.status_code == 303
    with app.app_context():
        quiz = db.session.scalar(select(Quiz).where(Quiz.title == "Second quiz"))
    assert quiz.published_at is None and "Second quiz" not in sam.get("/my").get_data(as_text=True)
    settings = {"max_attempts": "2", "feedback": "after_close", "closes_at": "2099-06-01T15:30"}
    assert ann.post(f"/teach/quizzes/{quiz.id}/settings", data=settings).status_code == 303
    assert ann.post(f"/teach/quizzes/{quiz.id}/publish").status_code == 303
    with app.app_context():
        quiz = db.session.get(Quiz, quiz.id)
        assert (quiz.max_attempts, quiz.feedback) == (2, "after_close")
        assert quiz.closes_at.isoformat() == "2099-06-01T15:30:00"  # the school's zone is UTC here
        assert quiz.published_at is not None
    assert "Second quiz" in sam.get("/my").get_data(as_text=True)


def test_a_teacher_preview_leaves_no_attempt(app, school):
    ann = teacher_client(app)
    page = ann.get(f"/teach/quizzes/{school['quiz']}/preview").get_data(as_text=True)
    with app.app_context():
        quiz = db.session.get(Quiz, school["quiz"])
        assert page.count('class="question"') == sum(e.item.enabled for e in quiz.entries) > 0
        assert "Nothing you answer here is stored" in page
        answers = {f"q{q.number}": ("true" if q.item.answer else "false") if isinstance(q.item.answer, bool)
                   else q.item.answer for q in quizzes.preview_questions(quiz)}  # fmt: skip
    results = ann.post(f"/teach/quizzes/{school['quiz']}/preview", data=answers).get_data(as_text=True)
    assert f"{len(answers)} out of {len(answers)}" in results
    with app.app_context():
        for model in (Attempt, Response, Student):
            assert db.session.scalar(select(func.count(model.id))) == 0
    assert app.test_client().get(f"/teach/quizzes/{school['quiz']}/preview").status_code == 302  # teachers only


def test_my_quizzes_lists_to_do_and_done_with_score_and_date_and_works_after_closing(app, school, sam):
    home = sam.get("/my").get_data(as_text=True)
    assert "Pact quiz" in home.split("<h2>Done</h2>")[0]  # to do
    attempt = begin(sam, school["public"])
    sam.post(attempt, data=right_answers(app, attempt))
    configure(app, school["quiz"], is_open=False)
    done = sam.get("/my").get_data(as_text=True).split("<h2>Done</h2>")[1]
    assert "Pact quiz" in done and re.search(r"<strong>(\d+) out of \1</strong>", done)
    assert re.search(r"\b20\d\d, \d\d:\d\d", done)  # the date submitted
    assert f'href="{attempt}/results"' in done and f'href="/study/{school["public"]}"' in done
    assert sam.get(attempt + "/results").status_code == 200
    assert "Take the quiz again" not in sam.get(attempt + "/results").get_data(as_text=True)
    configure(app, school["quiz"], is_open=True)
    retake = begin(sam, school["public"])
    sam.post(retake, data={})
    done = sam.get("/my").get_data(as_text=True).split("<h2>Done</h2>")[1]
    assert "<strong>0 out of" in done and f'href="{retake}/results"' in done  # the latest attempt's score
    assert f'href="{attempt}/results">Attempt 1' in done and "2 attempts" in done  # and the earlier one
