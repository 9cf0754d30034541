"""Student accounts: a personal code shown once and hashed at rest, a device that stays signed in, sign-in
anywhere with class code + personal code (rate-limited per class), names nobody else can take."""

from __future__ import annotations

import math
import re
from http.cookies import SimpleCookie

from sqlalchemy import select

from quizapp import students
from quizapp.extensions import db
from quizapp.models import Attempt, Student
from quizapp.teachers import JOIN_CODE_ALPHABET
from quizapp.web.identity import COOKIE

from .conftest import join, teacher_client

CODE = re.compile(r"[A-Z2-9]{5}-[A-Z2-9]{5}")


def sign_in(client, class_code: str, personal: str, **extra: str):
    return client.post("/signin", data={"code": class_code, "personal": personal, **extra})


def signed_in_as(client) -> str | None:
    """The name on the student's own page, or None when it sends the visitor to sign in."""
    page = client.get("/my")
    if page.status_code != 200:
        return None
    return re.search(r'<p class="muted">([^<]+)</p>', page.get_data(as_text=True)).group(1)


def test_joining_shows_a_personal_code_once_and_keeps_only_its_hash(app, client, school):
    code = join(client, school["code"], "Sam")
    assert CODE.fullmatch(code)
    assert students.CODE_LENGTH * math.log2(len(JOIN_CODE_ALPHABET)) >= 40  # 50 bits
    assert join(app.test_client(), school["code"], "Kai") != code
    with app.app_context():
        sam = db.session.scalar(select(Student).where(Student.name == "Sam"))
        stored = [str(v) for v in (sam.name, sam.name_key, sam.code_hash, sam.sign_in_epoch)]
        assert not any(code.replace("-", "") in v or code in v for v in stored)
        assert sam.code_hash == students.code_hash(code, school["class"]) and len(sam.code_hash) == 64
    for path in ("/my", f"/quiz/{school['public']}", "/join"):  # shown once: on no other page
        assert code not in client.get(path).get_data(as_text=True)


def test_the_device_stays_signed_in_with_a_signed_httponly_cookie(app, client, school):
    response = client.post("/join", data={"code": school["code"], "name": "Sam"})
    header = next(h for h in response.headers.getlist("Set-Cookie") if h.startswith(COOKIE + "="))
    cookie = SimpleCookie(header)[COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and int(cookie["max-age"]) >= 365 * 24 * 3600
    assert response.headers["Cache-Control"] == "no-store"
    assert signed_in_as(client) == "Sam"
    forged = app.test_client()
    forged.set_cookie(COOKIE, cookie.value[:-2] + ("AA" if not cookie.value.endswith("AA") else "BB"))
    assert signed_in_as(forged) is None


def test_signing_in_elsewhere_with_class_code_and_personal_code(app, client, school):
    code = join(client, school["code"], "Sam")
    elsewhere = app.test_client()
    response = sign_in(elsewhere, school["code"].lower(), code.lower().replace("-", " "))
    assert response.status_code == 303 and response.headers["Location"] == "/my"
    assert signed_in_as(elsewhere) == "Sam"


def test_a_wrong_personal_code_does_not_sign_in(app, client, school):
    code = join(client, school["code"], "Sam")
    wrong = ("A" if code[0] != "A" else "B") + code[1:]
    for class_code, personal in [(school["code"], wrong), (school["other_code"], code), ("", code),
                                 ("NOPE99", code), (school["code"], "")]:  # fmt: skip
        other = app.test_client()
        assert sign_in(other, class_code, personal).status_code in (400, 401)
        assert signed_in_as(other) is None


def test_sign_in_is_rate_limited_per_class(app, client, school):
    code = join(client, school["code"], "Sam")
    other_code = join(app.test_client(), school["other_code"], "Kai")
    attacker = app.test_client()
    statuses = [sign_in(attacker, school["code"], "AAAAABBBBB").status_code for _ in range(25)]
    assert statuses[:20] == [401] * 20 and statuses[-1] == 429
    assert sign_in(app.test_client(), school["code"], code).status_code == 429  # the class is paused
    assert sign_in(app.test_client(), school["other_code"], other_code).status_code == 303  # not other classes


def test_nobody_takes_a_name_already_in_the_class(app, client, school):
    join(client, school["code"], "Sam Lee")
    impostor = app.test_client()
    response = impostor.post("/join", data={"code": school["code"], "name": "  sam   LEE "})
    assert response.status_code == 409 and "already has that name" in response.get_data(as_text=True)
    assert signed_in_as(impostor) is None
    join(app.test_client(), school["other_code"], "Sam Lee")  # another class may have its own Sam Lee
    with app.app_context():
        assert len(db.session.scalars(select(Student).where(Student.name_key == "sam lee")).all()) == 2


def test_the_name_is_fixed_once_joined(app, client, school):
    join(client, school["code"], "Sam")
    page = client.get(f"/quiz/{school['public']}").get_data(as_text=True)
    assert 'name="name"' not in page
    attempt = client.post(f"/quiz/{school['public']}/start", data={"name": "Mallory"}).headers["Location"]
    client.post(attempt, data={})
    with app.app_context():
        assert [s.name for s in db.session.scalars(select(Student))] == ["Sam"]
        assert db.session.scalar(select(Attempt)).student.name == "Sam"


def test_a_quiz_link_opened_before_joining_leads_back_to_the_quiz(app, school):
    quiz_path = f"/quiz/{school['public']}"
    visitor = app.test_client()
    response = visitor.get(quiz_path)
    assert response.status_code == 303 and response.headers["Location"].startswith("/join?next=")
    form = visitor.get(response.headers["Location"]).get_data(as_text=True)
    nxt = re.search(r'name="next" type="hidden" value="([^"]+)"', form).group(1)
    assert nxt == quiz_path
    welcome = visitor.post("/join", data={"code": school["code"], "name": "Sam", "next": nxt})
    assert f'href="{quiz_path}"' in welcome.get_data(as_text=True)
    code = re.search(r'id="personal-code">([^<]+)<', welcome.get_data(as_text=True)).group(1)
    assert "Start the quiz" in visitor.get(quiz_path).get_data(as_text=True)
    again = app.test_client()
    assert sign_in(again, school["code"], code, next=quiz_path).headers["Location"] == quiz_path
    for outside in ("https://evil.example/", "//evil.example/x", "/\\evil.example"):
        assert sign_in(app.test_client(), school["code"], code, next=outside).headers["Location"] == "/my"


def test_a_new_code_signs_the_old_devices_out(app, client, school):
    old = join(client, school["code"], "Sam")
    with app.app_context():
        sam = db.session.scalar(select(Student))
        [(_, new)] = students.reissue_codes([sam])
    assert signed_in_as(client) is None
    assert sign_in(app.test_client(), school["code"], old).status_code == 401
    assert sign_in(app.test_client(), school["code"], new).status_code == 303


def test_signing_out(client, school):
    join(client, school["code"], "Sam")
    assert client.post("/signout").status_code == 303
    assert signed_in_as(client) is None


def test_the_header_fits_who_is_signed_in(app, client, school):
    anonymous = client.get("/").get_data(as_text=True)
    assert "Join a class" in anonymous and ">Sign in<" in anonymous and "My quizzes" not in anonymous
    join(client, school["code"], "Sam")
    student = client.get("/").get_data(as_text=True)
    assert "My quizzes" in student and "Sam" in student and "Sign out" in student
    assert "Join a class" not in student and ">Teachers<" not in student
    teacher = teacher_client(app).get("/").get_data(as_text=True)
    assert "Teacher dashboard" in teacher and "Join a class" not in teacher and "My quizzes" not in teacher
