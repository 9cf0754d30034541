"""A teacher's class roster: codes reissued and printed, rename, merge, remove, reset an attempt, a new class
code; quiz settings and preview; every page answers only its own teacher."""

from __future__ import annotations

import re

import pytest
from fsrs import Rating
from sqlalchemy import func, select

from quizapp import quizzes
from quizapp.extensions import db
from quizapp.models import Attempt, Classroom, Item, Quiz, Response, Student, StudyCard, StudyReview
from quizapp.study import grade

from .conftest import join, teacher_client

SLIP_CODE = re.compile(r'class="personal-code">([A-Z2-9]{5}-[A-Z2-9]{5})<')


@pytest.fixture()
def roster(app, school):
    """Sam and Kai in Year 9; Sam has submitted the quiz and studied a card."""
    sam, kai = app.test_client(), app.test_client()
    codes = {"Sam": join(sam, school["code"], "Sam"), "Kai": join(kai, school["code"], "Kai")}
    attempt = sam.post(f"/quiz/{school['public']}/start").headers["Location"]
    sam.post(attempt, data={})
    with app.app_context():
        ids = {s.name: s.id for s in db.session.scalars(select(Student))}
        grade(ids["Sam"], db.session.scalar(select(Item)), Rating.Good)
    return {"ids": ids, "codes": codes, "clients": {"Sam": sam, "Kai": kai}, "attempt": attempt}


def routes(school, roster) -> list[tuple[str, str]]:
    c, s, q = school["class"], roster["ids"]["Sam"], school["quiz"]
    with_attempt = f"/teach/classes/{c}/students/{s}/attempts/{{attempt}}/reset"
    return [
        ("POST", f"/teach/classes/{c}/join-code"),
        ("POST", f"/teach/classes/{c}/codes"),
        ("GET", f"/teach/classes/{c}/students/{s}"),
        ("POST", f"/teach/classes/{c}/students/{s}/code"),
        ("POST", f"/teach/classes/{c}/students/{s}/rename"),
        ("POST", f"/teach/classes/{c}/students/{s}/merge"),
        ("POST", f"/teach/classes/{c}/students/{s}/remove"),
        ("POST", with_attempt),
        ("GET", f"/teach/quizzes/{q}/settings"),
        ("POST", f"/teach/quizzes/{q}/settings"),
        ("POST", f"/teach/quizzes/{q}/publish"),
        ("GET", f"/teach/quizzes/{q}/preview"),
        ("POST", f"/teach/quizzes/{q}/preview"),
    ]


def filled(app, paths: list[tuple[str, str]]) -> list[tuple[str, str]]:
    with app.app_context():
        attempt_id = db.session.scalar(select(Attempt.id))
    return [(m, p.replace("{attempt}", str(attempt_id))) for m, p in paths]


ROSTER_AND_SETTINGS = {"new_join_code", "print_codes", "student", "reissue_code", "rename_student", "merge_student",
                       "remove_student", "reset_attempt", "quiz_settings", "publish_quiz", "preview_quiz",
                       "preview_results"}  # fmt: skip


def test_the_table_covers_every_route_of_the_roster_and_the_quiz_settings(app, school, roster):
    covered = {(m, re.sub(r"/(\d+|\{attempt\})", "/<id>", p)) for m, p in routes(school, roster)}
    found = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint.removeprefix("teacher.") in ROSTER_AND_SETTINGS:
            found.add(rule.endpoint.removeprefix("teacher."))
            for method in rule.methods - {"HEAD", "OPTIONS"}:
                assert (method, re.sub(r"<int:\w+>", "<id>", rule.rule)) in covered, rule.rule
    assert found == ROSTER_AND_SETTINGS


def test_students_and_visitors_are_sent_to_sign_in(app, school, roster):
    for who in (app.test_client(), roster["clients"]["Sam"]):
        for method, path in filled(app, routes(school, roster)):
            response = who.open(path, method=method)
            assert response.status_code == 302 and "/teach/login" in response.headers["Location"], path


def test_another_teacher_gets_404_everywhere(app, school, roster):
    bob = teacher_client(app, "bob@school.example")
    for method, path in filled(app, routes(school, roster)):
        assert bob.open(path, method=method, data={"name": "X", "confirm": "y"}).status_code == 404, path
    with app.app_context():
        assert db.session.scalar(select(func.count(Student.id))) == 2
        assert db.session.get(Classroom, school["class"]).join_code == school["code"]


def test_the_owner_reaches_every_page(app, school, roster):
    ann = teacher_client(app)
    for method, path in filled(app, routes(school, roster)):
        if method == "GET":
            assert ann.get(path).status_code == 200, path
    page = ann.get(f"/teach/classes/{school['class']}").get_data(as_text=True)
    assert "Sam" in page and "Kai" in page and roster["codes"]["Sam"] not in page


def test_a_reissued_code_is_shown_on_a_slip_once_and_replaces_the_old(app, school, roster):
    ann = teacher_client(app)
    response = ann.post(f"/teach/classes/{school['class']}/students/{roster['ids']['Sam']}/code")
    assert response.headers["Cache-Control"] == "no-store"
    [new] = SLIP_CODE.findall(response.get_data(as_text=True))
    assert new != roster["codes"]["Sam"] and school["code"] in response.get_data(as_text=True)
    for personal, status in ((roster["codes"]["Sam"], 401), (new, 303)):
        signin = {"code": school["code"], "personal": personal}
        assert app.test_client().post("/signin", data=signin).status_code == status
    assert roster["clients"]["Sam"].get("/my").status_code == 303  # the old device is signed out
    assert roster["clients"]["Kai"].get("/my").status_code == 200  # nobody else is


def test_printing_codes_for_the_whole_class(app, school, roster):
    page = teacher_client(app).post(f"/teach/classes/{school['class']}/codes").get_data(as_text=True)
    codes = SLIP_CODE.findall(page)
    assert len(codes) == 2 and len(set(codes)) == 2 and not set(codes) & set(roster["codes"].values())
    assert re.search(r"<strong>Kai</strong>.*?<strong>Sam</strong>", page, re.S)  # in name order


def test_only_the_teacher_renames_and_never_onto_a_name_in_use(app, school, roster):
    ann = teacher_client(app)
    base = f"/teach/classes/{school['class']}/students/{roster['ids']['Sam']}"
    ann.post(base + "/rename", data={"name": "Samuel  Lee"})
    taken = ann.post(base + "/rename", data={"name": "kai"}, follow_redirects=True).get_data(as_text=True)
    assert "Another student of the class has that name" in taken
    with app.app_context():
        assert db.session.get(Student, roster["ids"]["Sam"]).name == "Samuel Lee"


def test_merging_two_records_of_one_student(app, school, roster):
    with app.app_context():
        items = db.session.scalars(select(Item).order_by(Item.id)).all()
        first, second = items[0].id, items[1].id
        kai = roster["ids"]["Kai"]
        grade(kai, items[0], Rating.Again)  # Sam's card of this item has as many reviews: Sam's stays
        grade(kai, items[1], Rating.Good)
        grade(kai, items[1], Rating.Good)  # Kai's card of another item moves over
        quizzes.start_attempt(db.session.get(Quiz, school["quiz"]), db.session.get(Student, kai))  # open attempt
    ann = teacher_client(app)
    base = f"/teach/classes/{school['class']}/students/{roster['ids']['Sam']}"
    assert ann.post(base + "/merge", data={"other": kai}).status_code == 303  # not confirmed: nothing happens
    with app.app_context():
        assert db.session.get(Student, kai) is not None
    ann.post(base + "/merge", data={"other": kai, "confirm": "y"})
    with app.app_context():
        assert db.session.get(Student, kai) is None
        sam = roster["ids"]["Sam"]
        assert {a.student_id for a in db.session.scalars(select(Attempt))} == {sam}
        cards = {c.item_id: c for c in db.session.scalars(select(StudyCard))}
        assert set(cards) == {first, second} and {c.student_id for c in cards.values()} == {sam}
        assert cards[second].reviews == 2
        assert db.session.scalar(select(func.count(StudyReview.id))) == 3


def test_removing_a_student_deletes_their_scores_and_cards(app, school, roster):
    ann = teacher_client(app)
    base = f"/teach/classes/{school['class']}/students/{roster['ids']['Sam']}"
    ann.post(base + "/remove", data={})  # unconfirmed
    with app.app_context():
        assert db.session.get(Student, roster["ids"]["Sam"]) is not None
    ann.post(base + "/remove", data={"confirm": "y"})
    with app.app_context():
        assert db.session.get(Student, roster["ids"]["Sam"]) is None
        for model in (Attempt, Response, StudyCard, StudyReview):
            assert db.session.scalar(select(func.count(model.id))) == 0
    assert roster["clients"]["Sam"].get("/my").status_code == 303


def test_resetting_one_attempt_lets_the_student_take_the_quiz_again(app, school, roster):
    with app.app_context():
        db.session.get(Quiz, school["quiz"]).max_attempts = 1
        db.session.commit()
        attempt_id = db.session.scalar(select(Attempt.id))
    sam = roster["clients"]["Sam"]
    assert sam.post(f"/quiz/{school['public']}/start").status_code == 409
    ann = teacher_client(app)
    ann.post(f"/teach/classes/{school['class']}/students/{roster['ids']['Sam']}/attempts/{attempt_id}/reset")
    with app.app_context():
        assert db.session.get(Attempt, attempt_id) is None
    assert sam.post(f"/quiz/{school['public']}/start").status_code == 303


def test_a_new_class_code_stops_joining_but_keeps_personal_codes(app, school, roster):
    teacher_client(app).post(f"/teach/classes/{school['class']}/join-code")
    with app.app_context():
        new = db.session.get(Classroom, school["class"]).join_code
    assert new != school["code"]
    assert app.test_client().post("/join", data={"code": school["code"], "name": "Eve"}).status_code == 404
    signin = {"code": new, "personal": roster["codes"]["Kai"]}
    assert app.test_client().post("/signin", data=signin).status_code == 303


def test_an_archived_class_takes_no_sign_in_and_gives_no_codes_until_restored(app, school, roster):
    ann = teacher_client(app)
    ann.post(f"/teach/classes/{school['class']}/delete")  # it has students: archived, not deleted
    with app.app_context():
        assert db.session.get(Classroom, school["class"]).archived_at is not None
    signin = {"code": school["code"], "personal": roster["codes"]["Kai"]}
    assert app.test_client().post("/signin", data=signin).status_code == 401
    assert app.test_client().post("/join", data={"code": school["code"], "name": "Eve"}).status_code == 404
    base = f"/teach/classes/{school['class']}"
    refused = ann.post(base + "/join-code", follow_redirects=True).get_data(as_text=True)
    assert "This class is archived: restore it before giving out codes." in refused
    slips = ann.post(base + "/codes", follow_redirects=True).get_data(as_text=True)
    one = ann.post(base + f"/students/{roster['ids']['Sam']}/code", follow_redirects=True).get_data(as_text=True)
    assert not SLIP_CODE.findall(slips + one) and "restore it before giving out codes" in one
    with app.app_context():
        assert db.session.get(Classroom, school["class"]).join_code == school["code"]
    page = ann.get(base).get_data(as_text=True)
    assert "Issue a new class code" not in page and "New personal codes for everyone" not in page
    ann.post(base + "/restore")
    assert app.test_client().post("/signin", data=signin).status_code == 303  # the same codes work again
