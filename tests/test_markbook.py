"""The scores CSV goes straight into a markbook: one table, one row per attempt, numbered per student;
the answer key is a download of its own. And the review page: one row per student, the attempt the
teacher chooses, discrimination only when it means something, a chart with labelled axes."""

from __future__ import annotations

import csv
import html
import io
import re
from datetime import datetime

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.markbook import SCORE_COLUMNS
from quizapp.models import Item, Quiz, Student

from .teaching import build_world, retake, right_answer, sign_in, take

# Page rendering: once on SQLite; the scores themselves are checked on PostgreSQL too.
SQLITE_ONLY = pytest.mark.parametrize("app", ["sqlite"], indirect=True)


@pytest.fixture()
def world(app, seed_parsed, seed_items):
    return build_world(app, seed_parsed, seed_items)


def everything_right(item: Item) -> str:
    return right_answer(item)


def nothing(item: Item) -> None:
    return None


def only_true_false(item: Item) -> str | None:
    return right_answer(item) if item.type == "true_false" else None


@pytest.fixture()
def retakes(app, world) -> dict[str, int]:
    """Ada takes the quiz three times (0, some, all right), Ben once (all right), "=Eve" twice."""
    quiz, room = world["quiz"], world["class"]
    take(app, quiz, room, "Ada", nothing)
    take(app, quiz, room, "Ben", everything_right)
    take(app, quiz, room, "=HYPERLINK(\"http://x\")", only_true_false)
    with app.app_context():
        ids = {s.name: s.id for s in db.session.scalars(select(Student))}
    retake(app, quiz, ids["Ada"], only_true_false)
    retake(app, quiz, ids['=HYPERLINK("http://x")'], everything_right)
    retake(app, quiz, ids["Ada"], everything_right)
    return ids


def download(client, path: str) -> list[list[str]]:
    response = client.get(path)
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.data.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads UTF-8
    return list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))


def test_scores_csv_is_one_table_with_a_row_per_attempt_numbered_per_student(app, client, world, retakes):
    sign_in(client)
    rows = download(client, f"/teach/quizzes/{world['quiz']}/scores.csv")
    with app.app_context():
        items = [e.item for e in db.session.get(Quiz, world["quiz"]).entries]
        count, keys = len(items), {("True" if i.answer else "False") for i in items if i.type == "true_false"}
    header, body = rows[0], rows[1:]
    questions = [f"Q{n} {part}" for n in range(1, count + 1) for part in ("answer", "mark")]
    assert header == [*SCORE_COLUMNS, *questions]
    assert header[:8] == ["class", "student", "student_id", "attempt", "submitted_at", "score", "total", "percent"]
    assert len(body) == 6 and all(len(row) == len(header) for row in body)  # one table: nothing appended below
    table = [dict(zip(header, row, strict=True)) for row in body]
    assert [(r["student"], r["attempt"]) for r in table] == [
        ("'=HYPERLINK(\"http://x\")", "1"), ("'=HYPERLINK(\"http://x\")", "2"),  # formula guard kept
        ("Ada", "1"), ("Ada", "2"), ("Ada", "3"), ("Ben", "1"),
    ]  # fmt: skip
    assert {r["class"] for r in table} == {"Year 9"}
    assert {r["student_id"] for r in table if r["student"] == "Ada"} == {str(retakes["Ada"])}
    for row in table:
        when = datetime.fromisoformat(row["submitted_at"])
        assert when.tzinfo is not None and when.utcoffset().total_seconds() == 0
        marks = [row[f"Q{n} mark"] for n in range(1, count + 1)]
        assert set(marks) <= {"0", "1"} and int(row["score"]) == marks.count("1")
    ada = [r for r in table if r["student"] == "Ada"]
    assert [int(r["score"]) for r in ada] == [0, sum(i.type == "true_false" for i in items), count]
    assert ada[0]["Q1 answer"] == "" and ada[2]["Q1 answer"] != ""
    assert keys and {r[f"Q{n} answer"] for r in ada[1:2] for n in range(1, count + 1)} >= keys


@SQLITE_ONLY
def test_answer_key_is_its_own_download(app, client, world):
    sign_in(client)
    rows = download(client, f"/teach/quizzes/{world['quiz']}/key.csv")
    assert rows[0] == ["question", "type", "prompt", "answer", "accepted", "choices", "enabled", "evidence"]
    with app.app_context():
        items = [e.item for e in db.session.get(Quiz, world["quiz"]).entries]
        assert [r[0] for r in rows[1:]] == [f"Q{n}" for n in range(1, len(items) + 1)]
        assert [r[3] for r in rows[1:]] == [("True" if i.answer else "False") if i.type == "true_false"
                                             else i.answer for i in items]  # fmt: skip


@SQLITE_ONLY
def test_times_follow_the_schools_zone(app, client, world, retakes):
    app.config["TIMEZONE"] = "Asia/Tokyo"
    sign_in(client)
    rows = download(client, f"/teach/quizzes/{world['quiz']}/scores.csv")
    assert all(row[4].endswith("+09:00") for row in rows[1:])


def grid_rows(page: str) -> dict[str, str]:
    body = page.split('<table class="grid">', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r'<tr><th scope="row">([^<]+)</th>(.*?)</tr>', body, re.S)
    return {html.unescape(name): re.sub(r"<[^>]+>|\s+", " ", cells) for name, cells in rows}


@pytest.mark.parametrize(("which", "ada_score"), [("first", "0/{n}"), ("latest", "{n}/{n}"), ("best", "{n}/{n}")])
def test_review_shows_one_row_per_student_with_the_chosen_attempt(app, client, world, retakes, which, ada_score):
    sign_in(client)
    with app.app_context():
        ada_score = ada_score.format(n=len(db.session.get(Quiz, world["quiz"]).entries))
    page = client.get(f"/teach/quizzes/{world['quiz']}?attempt={which}").get_data(as_text=True)
    rows = grid_rows(page)
    assert set(rows) == {"Ada", "Ben", '=HYPERLINK("http://x")'}
    assert ada_score in rows["Ada"] and re.search(r"Attempts 3\b", " ".join(rows["Ada"].split()))
    assert re.search(r"\d{1,2} \w{3} \d{4}, \d\d:\d\d", rows["Ada"])  # the date of the attempt shown
    assert f'<option value="{which}" selected>' in page
    if which == "latest":  # the cells show the answers given: all right, Q1's among them
        with app.app_context():
            first = db.session.get(Quiz, world["quiz"]).entries[0].item
            shown = ("True" if first.answer else "False") if first.type == "true_false" else first.answer
        assert f"✓ right: {shown}" in " ".join(html.unescape(rows["Ada"]).split())


@SQLITE_ONLY
def test_discrimination_is_hidden_below_ten_students_and_explained_from_ten(app, client, world):
    sign_in(client)
    path = f"/teach/quizzes/{world['quiz']}"
    for n in range(9):
        take(app, world["quiz"], world["class"], f"S{n}", everything_right if n % 2 else only_true_false)
    few = client.get(path).get_data(as_text=True)
    assert "Strong vs weak</th>" not in few and "with\n      9 so far" in few
    take(app, world["quiz"], world["class"], "S9", nothing)
    enough = client.get(path).get_data(as_text=True)
    assert "Strong vs weak</th>" in enough and "the share of the top third" in enough
    assert "strong students did clearly better" in enough


@SQLITE_ONLY
def test_the_chart_has_labelled_axes_and_100_in_its_own_bar(app, client, world):
    sign_in(client)
    take(app, world["quiz"], world["class"], "Ada", everything_right)
    page = client.get(f"/teach/quizzes/{world['quiz']}").get_data(as_text=True)
    chart = page.split('<svg class="chart"', 1)[1].split("</svg>", 1)[0]
    assert "Score (%)" in chart and ">Students</text>" in chart
    bars = re.findall(r'<rect x="\d+" y="\d+" width="32" height="(\d+)" class="bar( full)?"', chart)
    assert len(bars) == 11 and int(bars[-1][0]) > 0 and bars[-1][1] and int(bars[-2][0]) == 0
    assert "1 scored 100%" in chart and "0 scored 90-99%" in chart
