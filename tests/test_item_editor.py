"""The item editor: every field of every item type through the web form, refusals beside their field,
a teacher's own items, Cancel."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from quizapp.editing import Draft, problems, same_person
from quizapp.extensions import db
from quizapp.models import Article, Item

from .teaching import build_world, item_of_kind, sign_in

# Form handling alone: once on SQLite (the stored lists are checked on PostgreSQL too, by the first test).
SQLITE_ONLY = pytest.mark.parametrize("app", ["sqlite"], indirect=True)


@pytest.fixture()
def world(app, seed_parsed, seed_items):
    return build_world(app, seed_parsed, seed_items)


def first_of(app, article_id: int, kind: str) -> Item:
    """The article's first item of a kind (one the teacher wrote while the generator proposes none)."""
    with app.app_context():
        return item_of_kind(db.session.get(Article, article_id), kind)


def stored(app, item_id: int) -> Item:
    with app.app_context():
        return db.session.get(Item, item_id)


EVERY_FIELD = {
    "who_said": {
        "prompt": "Who called the pact an alliance?",
        "choices": "Kim Jong-un\nVladimir Putin\nYuri Ushakov\nSergei Lavrov",
        "answer": "Kim Jong-un",
        "accepted": "Kim\nKim Jong Un",
        "evidence": "Kim Jong-un referred to it as an alliance.",
        "explanation": "Kim said so at the signing.",
    },
    "true_false": {
        "prompt": "Putin and Kim talked for two hours.",
        "truth": "false",  # the generator's key is True: the teacher flips it
        "evidence": "Putin and Kim had a two-hour conversation.",
        "explanation": "The article says two hours.",
    },
    "fill_in": {
        "prompt": "Putin and Kim had a _____ conversation.",
        "answer": "two-hour",
        "accepted": "2-hour; two hour",
        "evidence": "Putin and Kim had a two-hour conversation.",
        "explanation": "",
    },
}


def expected(kind: str) -> dict:
    form = EVERY_FIELD[kind]
    common = {"prompt": form["prompt"], "evidence": form["evidence"], "explanation": form["explanation"]}
    if kind == "who_said":
        return {**common, "answer": "Kim Jong-un", "accepted": ["Kim", "Kim Jong Un"],
                "choices": ["Kim Jong-un", "Vladimir Putin", "Yuri Ushakov", "Sergei Lavrov"]}  # fmt: skip
    if kind == "true_false":
        return {**common, "answer": False, "accepted": [], "choices": ["True", "False"]}
    return {**common, "answer": "two-hour", "accepted": ["2-hour", "two hour"], "choices": []}


@pytest.mark.parametrize("kind", ["who_said", "true_false", "fill_in"])
def test_every_field_of_every_type_is_edited_through_the_form(app, client, world, kind):
    sign_in(client)
    item = first_of(app, world["article"], kind)
    page = client.get(f"/teach/items/{item.id}/edit")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert f'href="/teach/articles/{world["article"]}#item-{item.id}">Cancel</a>' in html
    saved = client.post(f"/teach/items/{item.id}/edit", data=EVERY_FIELD[kind])
    assert saved.status_code == 303, saved.get_data(as_text=True)
    after = stored(app, item.id)
    fields = {"prompt": after.prompt, "evidence": after.evidence, "explanation": after.explanation,
              "answer": after.answer, "accepted": after.accepted, "choices": after.choices}  # fmt: skip
    assert fields == expected(kind)


@SQLITE_ONLY
def test_a_true_false_key_flips_both_ways_without_a_500(app, client, world):
    sign_in(client)
    item = first_of(app, world["article"], "true_false")
    for truth, key in (("false", False), ("true", True)):
        form = {"prompt": item.prompt, "truth": truth, "evidence": item.evidence, "explanation": item.explanation}
        assert client.post(f"/teach/items/{item.id}/edit", data=form).status_code == 303
        assert stored(app, item.id).answer is key
    page = client.get(f"/teach/items/{item.id}/edit").get_data(as_text=True)
    assert re.search(r'value="true"\s+checked', page)


def who_said_form(item: Item, **changes: str) -> dict:
    form = {"prompt": item.prompt, "choices": "\n".join(item.choices), "answer": item.answer,
            "accepted": "\n".join(item.accepted), "evidence": item.evidence,
            "explanation": item.explanation}  # fmt: skip
    return {**form, **changes}


@SQLITE_ONLY
@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"answer": "Kim"}, "answer", "must be one of the choices"),
        ({"choices": "Kim Jong-un\nKim\nVladimir Putin\nYuri Ushakov"}, "choices", "name the same person"),
        ({"choices": "Kim Jong-un\nVladimir Putin"}, "choices", "at least 3 people"),
        ({"answer": "Leo"}, "answer", "must be one of the choices"),
    ],
)
def test_a_who_said_edit_that_would_break_the_choices_is_refused(app, client, world, changes, field, message):
    sign_in(client)
    item = first_of(app, world["article"], "who_said")
    refused = client.post(f"/teach/items/{item.id}/edit", data=who_said_form(item, **changes))
    assert refused.status_code == 400
    html = refused.get_data(as_text=True)
    error = re.search(rf'<span class="field-error" id="{field}-error">([^<]*)</span>', html)
    assert error and message in error.group(1)
    assert re.search(rf'id="{field}"[^>]*aria-describedby="[^"]*{field}-error"|aria-describedby="[^"]*{field}-error"'
                     rf'[^>]*id="{field}"', html)  # fmt: skip
    after = stored(app, item.id)
    assert (after.answer, after.choices) == (item.answer, item.choices)  # nothing stored


@SQLITE_ONLY
def test_the_leo_case_renaming_the_key_within_the_choices_is_fine(app, client, world):
    """Renaming the right choice and the answer together keeps one person once: no distractor lost."""
    sign_in(client)
    item = first_of(app, world["article"], "who_said")
    choices = [("Kim" if c == item.answer else c) for c in item.choices]
    saved = client.post(f"/teach/items/{item.id}/edit", data=who_said_form(item, answer="Kim",
                                                                          choices="\n".join(choices)))  # fmt: skip
    assert saved.status_code == 303
    after = stored(app, item.id)
    assert after.answer == "Kim" and after.choices == choices and len(after.choices) == len(item.choices)


@SQLITE_ONLY
def test_a_fill_in_needs_one_blank_and_a_true_false_needs_its_key(app, client, world):
    sign_in(client)
    fill = first_of(app, world["article"], "fill_in")
    form = {"prompt": "No blank here.", "answer": fill.answer, "evidence": fill.evidence, "explanation": ""}
    refused = client.post(f"/teach/items/{fill.id}/edit", data=form)
    assert refused.status_code == 400 and "exactly one blank" in refused.get_data(as_text=True)
    truth = first_of(app, world["article"], "true_false")
    refused = client.post(f"/teach/items/{truth.id}/edit", data={"prompt": truth.prompt, "evidence": truth.evidence})
    assert refused.status_code == 400 and "true or false" in refused.get_data(as_text=True)


@SQLITE_ONLY
@pytest.mark.parametrize("kind", ["who_said", "true_false", "fill_in"])
def test_a_teacher_writes_an_item_of_each_type(app, client, world, kind):
    sign_in(client)
    path = f"/teach/articles/{world['article']}/items/new/{kind}"
    assert client.get(path).status_code == 200
    assert client.post(path, data={"prompt": ""}).status_code == 400  # empty: refused, beside the fields
    added = client.post(path, data=EVERY_FIELD[kind])
    assert added.status_code == 303
    with app.app_context():
        article = db.session.get(Article, world["article"])
        mine = [i for i in article.items if i.uid.startswith("own-")]
        assert len(mine) == 1 and mine[0].type == kind and mine[0].position == len(article.items) - 1
        assert mine[0].prompt == EVERY_FIELD[kind]["prompt"] and mine[0].answer == expected(kind)["answer"]
    page = client.get(f"/teach/articles/{world['article']}").get_data(as_text=True)
    assert EVERY_FIELD[kind]["prompt"] in page
    assert client.get(f"/teach/articles/{world['article']}/items/new/essay").status_code == 404


@SQLITE_ONLY
def test_regenerating_keeps_the_teachers_own_items(app, client, world):
    sign_in(client)
    client.post(f"/teach/articles/{world['article']}/items/new/true_false", data=EVERY_FIELD["true_false"])
    client.post(f"/teach/articles/{world['article']}/regenerate")
    with app.app_context():
        [own] = db.session.scalars(select(Item).where(Item.uid.startswith("own-"))).all()
        assert own.enabled


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Leo", "Leo Martin", True), ("Martin", "Leo Martin", True), ("leo martin", "Leo  Martin", True),
     ("Kim Jong-un", "Kim Yo-jong", False), ("Vladimir Putin", "Volodymyr Zelenskyy", False)],
)  # fmt: skip
def test_same_person(a, b, same):
    assert same_person(a, b) is same


def test_problems_name_their_field():
    draft = Draft("who_said", "Who said it?", "Ann Lowe", ["Ann Lowe", "Tom Reed", "Lowe"], [], "Ann said it.")
    assert set(problems(draft)) == {"choices"}
    assert problems(Draft("fill_in", "A _____ and a _____.", "x", evidence="e")) == {
        "prompt": "A fill-in question has exactly one blank: write it as _____."
    }
    assert set(problems(Draft("true_false"))) == {"prompt", "answer", "evidence"}
