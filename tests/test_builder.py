"""The quiz builder: a tick means use it, the list shows what each item is, the teacher says who takes
the quiz, and a request the article cannot meet is refused with the reason."""

from __future__ import annotations

import html

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Article, Item, Quiz
from quizapp.teachers import create_classroom

from .teaching import added_article, build_world, sign_in

BRIDGE = ("Harbour bridge reopens\n\nMayor Tom Reed said the bridge would reopen on Monday. "
          "Engineers Ann Lowe and Alan Brooks repaired it in 2004.")  # fmt: skip

# Page and form logic: once on SQLite; building the quiz itself runs on PostgreSQL too.
SQLITE_ONLY = pytest.mark.parametrize("app", ["sqlite"], indirect=True)


@pytest.fixture()
def world(app, seed_parsed, seed_items):
    return build_world(app, seed_parsed, seed_items)


def quiz_titled(app, title: str) -> Quiz | None:
    with app.app_context():
        quiz = db.session.scalar(select(Quiz).where(Quiz.title == title))
        if quiz is not None:
            quiz.item_ids = [e.item_id for e in quiz.entries]
        return quiz


def items_of(app, article_id: int) -> list[Item]:
    with app.app_context():
        return list(db.session.scalars(select(Item).where(Item.article_id == article_id).order_by(Item.position)))


def test_ticking_three_items_makes_a_quiz_of_those_three(app, client, world):
    sign_in(client)
    items = items_of(app, world["article"])
    ticked = [items[0].id, items[len(items) // 2].id, items[-1].id]  # first, middle and last, in article order
    built = client.post(f"/teach/articles/{world['article']}/quizzes/new",
                        data={"title": "Three", "audience": str(world["class"]), "item": ticked})  # fmt: skip
    assert built.status_code == 303
    quiz = quiz_titled(app, "Three")
    assert quiz.item_ids == ticked and quiz.classroom_id == world["class"]


@SQLITE_ONLY
def test_the_list_shows_type_answer_and_evidence(app, client, world):
    sign_in(client)
    page = html.unescape(client.get(f"/teach/articles/{world['article']}/quizzes/new").get_data(as_text=True))
    item = items_of(app, world["article"])[0]
    entry = page.split(f'id="pick-{item.id}"', 1)[1].split("</li>", 1)[0]
    kind = {"who_said": "Who said what", "true_false": "True or false", "fill_in": "Fill in"}[item.type]
    assert f"{kind}:" in entry and f"Answer: <strong>{item.answer}</strong>" in entry
    assert f"Evidence: “{item.evidence}”" in entry
    assert f'aria-describedby="pick-{item.id}-more"' in page


@SQLITE_ONLY
def test_who_takes_it_must_be_chosen_and_public_is_explicit(app, client, world):
    sign_in(client)
    path = f"/teach/articles/{world['article']}/quizzes/new"
    page = client.get(path).get_data(as_text=True)
    select_box = page.split('<select', 1)[1].split("</select>", 1)[0]
    assert '<option value="">Choose…</option>' in select_box and "selected" not in select_box  # no default
    refused = client.post(path, data={"title": "Nobody's", "true_false": 1})
    assert refused.status_code == 400 and quiz_titled(app, "Nobody's") is None
    assert "Choose a class, or list the quiz on the home page for everyone." in refused.get_data(as_text=True)
    have = enabled_of_type(app, world["article"], "true_false")
    assert have > 0, "the seed article should give true/false items"
    public = client.post(path, data={"title": "For all", "audience": "public", "true_false": have})
    quiz = quiz_titled(app, "For all")
    assert public.status_code == 303 and quiz.classroom_id is None
    assert "For all" not in client.get("/").get_data(as_text=True)  # a draft until the teacher publishes it
    assert client.post(f"/teach/quizzes/{quiz.id}/publish").status_code == 303
    assert "For all" in client.get("/").get_data(as_text=True)


@SQLITE_ONLY
def test_another_teachers_class_cannot_be_chosen(app, client, world):
    with app.app_context():
        from quizapp.teachers import authenticate

        bobs = create_classroom(authenticate("bob@school.example", "correct horse").id, "Bob's class").id
    sign_in(client)
    refused = client.post(f"/teach/articles/{world['article']}/quizzes/new",
                          data={"title": "Sneaky", "audience": str(bobs), "true_false": 1})  # fmt: skip
    assert refused.status_code == 400 and quiz_titled(app, "Sneaky") is None


def enabled_of_type(app, article_id: int, kind: str) -> int:
    """How many enabled items of a type the article has (the generator's output, not a number to pin)."""
    return sum(item.type == kind and item.enabled for item in items_of(app, article_id))


PLURALS = {"who_said": "who-said items", "true_false": "true/false items", "fill_in": "fill-in items"}


@SQLITE_ONLY
@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({}, "Tick the items to use, or give a number of each type."),
        ({"true_false": 2, "item": "TICK"}, "do one or the other"),
        ({"KIND": 50}, "only {have} {plural} (you asked for 50)"),
    ],
)
def test_requests_that_cannot_be_met_say_why(app, client, world, form, message):
    sign_in(client)
    if "KIND" in form:  # more of a type than the article has: the type it has most of
        have, kind = max((enabled_of_type(app, world["article"], kind), kind) for kind in PLURALS)
        assert 0 < have < 50, "the seed article gives some items, fewer than 50 of each type"
        form = {kind: form.pop("KIND")}
        message = message.format(have=have, plural=PLURALS[kind])
    if form.get("item") == "TICK":
        form["item"] = items_of(app, world["article"])[0].id
    refused = client.post(f"/teach/articles/{world['article']}/quizzes/new",
                          data={"title": "Refused", "audience": str(world["class"]), **form})  # fmt: skip
    assert refused.status_code == 400 and quiz_titled(app, "Refused") is None
    assert message in html.unescape(refused.get_data(as_text=True))


@SQLITE_ONLY
def test_an_article_without_three_people_quoted_says_so(app, client, world):
    sign_in(client)
    article_id = added_article(client, {"text": BRIDGE})
    with app.app_context():
        assert db.session.get(Article, article_id).speakers == ["Tom Reed"]
    have = enabled_of_type(app, article_id, "true_false")  # one more than the generator gave: a second reason
    refused = client.post(f"/teach/articles/{article_id}/quizzes/new",
                          data={"title": "Bridge", "audience": "public", "who_said": 3,
                                "true_false": have + 1})  # fmt: skip
    text = html.unescape(refused.get_data(as_text=True))
    assert refused.status_code == 400
    assert "no who-said items: fewer than three people are quoted (quoted: Tom Reed)" in text
    if have:
        assert f"only {have} true/false items (you asked for {have + 1})" in text
    else:
        assert "no true/false items: no sentence states a fact" in text


@SQLITE_ONLY
def test_disabled_items_are_named_as_the_reason(app, client, world):
    sign_in(client)
    who_said = enabled_of_type(app, world["article"], "who_said")
    assert who_said > 0, "the seed article should give who-said items"
    for item in items_of(app, world["article"]):
        if item.type == "who_said":
            client.post(f"/teach/items/{item.id}/toggle")
    refused = client.post(f"/teach/articles/{world['article']}/quizzes/new",
                          data={"title": "W", "audience": "public", "who_said": 1})  # fmt: skip
    message = f"no who-said items left: all {who_said} are disabled"
    assert message in html.unescape(refused.get_data(as_text=True))
