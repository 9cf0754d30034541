"""In Chromium: the teacher's journey end to end, and axe-core on every teacher and student page.

The journey: upload an article, edit a true/false key, write a fill-in item, build a quiz from three
ticked items for a class, publish the draft, two students join and take it, review, regrade after a new accepted answer,
download the scores CSV.
axe-core (from npm: `make axe`) runs inside each page at 1280 and 390 px wide; the app's CSP forbids
inline scripts, so those pages are opened with Playwright's bypass_csp.
"""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Item, Quiz

from .conftest import SEED
from .teaching import (
    PASSWORD,
    PYONGYANG,
    build_world,
    item_of_kind,
    make_attempts,
    new_student,
    retake,
    right_answer,
    take,
)

ROOT = Path(__file__).resolve().parent.parent
AXE = Path(os.environ.get("QUIZAPP_AXE", ROOT / ".axe" / "node_modules" / "axe-core" / "axe.min.js"))
WIDTHS = (1280, 390)
OWN_FILL_IN = "Putin went to _____, the North Korean capital, after many years."


def sign_in(page, server: str, email: str = "ann@school.example") -> None:
    page.goto(server + "/teach/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/teach/$"))


def key_by_prompt(app) -> dict[str, Item]:
    with app.app_context():
        return {item.prompt: item for item in db.session.scalars(select(Item))}


def take_quiz(browser, server: str, code: str, name: str, answer) -> None:
    """A student joins the class, opens the class's quiz from My quizzes, answers each question with
    answer(prompt), checks the answers and submits."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(server + "/join")
    page.get_by_label("Class code").fill(code)
    page.get_by_label("Your name").fill(name)
    page.get_by_role("button", name="Join").click()
    page.get_by_role("link", name="Go to my quizzes").click()
    page.get_by_role("link", name=re.compile("Pact quiz")).click()
    page.get_by_role("button", name="Start the quiz").click()
    questions = page.locator(".question")
    for n in range(questions.count()):
        question = questions.nth(n)
        prompt = question.locator(".prompt").inner_text().strip()
        given = answer(prompt)
        if question.get_by_role("radio").count():
            question.get_by_role("radio", name=given, exact=True).check()
        else:
            question.get_by_role("textbox").fill(given)
    page.get_by_role("button", name="Review my answers").click()
    page.get_by_role("button", name="Submit my answers").click()
    page.wait_for_url(re.compile(r"/results$"))
    context.close()


def first_of_kind(page, kind: str) -> str:
    """The prompt of the first item of a kind on the builder page ("True or false", "Fill in", ...)."""
    label = page.locator("ul.picks label").filter(has_text=re.compile(rf"^{kind}:")).first
    return label.inner_text().split(":", 1)[1].strip()


def test_teacher_journey(app, browser, server, output):
    with app.app_context():
        from quizapp.teachers import create_teacher

        create_teacher("ann@school.example", "Ann", PASSWORD)
    page = browser.new_context(accept_downloads=True).new_page()
    sign_in(page, server)
    page.get_by_role("link", name="Create a class").click()
    page.get_by_label("Class name").fill("Year 9")
    page.get_by_role("button", name="Create").click()
    code = page.locator(".code").inner_text().strip()

    # upload, and flip the key of the first true/false item
    page.goto(server + "/teach/articles/new")
    page.get_by_label("Article file").set_input_files(str(SEED))
    page.get_by_role("button", name="Generate the items").click()
    page.wait_for_url(re.compile(r"/teach/articles/\d+$"))
    article_url = page.url
    statement = page.locator("li.item").filter(has_text="true or false").first
    old_key = statement.locator("p", has_text="Answer:").inner_text().split(":", 1)[1].strip()
    new_key = "False" if old_key == "True" else "True"
    statement.get_by_role("link", name=re.compile("^Edit")).click()
    page.get_by_role("radio", name=new_key, exact=True).check()
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(re.compile(r"/teach/articles/\d+(#item-\d+)?$"))
    assert page.url.split("#")[0] == article_url
    edited = page.locator("li.item").filter(has_text="true or false").first
    assert f"Answer: {new_key}" in edited.inner_text()

    # write a fill-in of one's own: the quiz's fill-in whatever the generator proposed
    page.get_by_role("link", name="fill in the blank", exact=True).click()
    page.get_by_label("Sentence with a blank").fill(OWN_FILL_IN)
    page.get_by_label("Answer: the missing words").fill("Pyongyang")
    page.get_by_label(re.compile("^Evidence")).fill(PYONGYANG)
    page.get_by_role("button", name="Add the item").click()
    assert "Your item was added" in page.locator("main").inner_text()

    # build a quiz of three ticked items for the class
    page.get_by_role("link", name="Build a quiz").click()
    prompts = [first_of_kind(page, kind) for kind in ("Who said what", "True or false")] + [OWN_FILL_IN]
    page.get_by_label("Quiz title").fill("Pact quiz")
    page.get_by_label("Who takes it").select_option(label="Class: Year 9")
    for prompt in prompts:
        page.get_by_role("checkbox", name=re.compile(re.escape(prompt))).check()
    page.get_by_role("button", name="Create the quiz").click()
    page.wait_for_url(re.compile(r"/teach/quizzes/\d+$"))
    assert "Quiz created with 3 items" in page.locator("main").inner_text()
    review_url = page.url
    assert "A draft: no student sees it" in page.locator("main").inner_text()
    page.get_by_role("button", name="Publish", exact=True).click()
    page.wait_for_url(review_url)
    assert "Published" in page.locator("main").inner_text() and "A draft" not in page.locator("main").inner_text()

    keys = key_by_prompt(app)
    assert (keys[prompts[1]].answer is True) == (new_key == "True")  # the edit was stored
    who, fill = keys[prompts[0]], keys[prompts[2]]
    wrong_person = next(c for c in who.choices if c != who.answer)

    def sam(prompt: str) -> str:  # all right
        return {"true_false": new_key, "who_said": who.answer, "fill_in": fill.answer}[keys[prompt].type]

    def kai(prompt: str) -> str:  # all wrong; "Vova" for the fill-in
        return {"true_false": old_key, "who_said": wrong_person, "fill_in": "Vova"}[keys[prompt].type]

    take_quiz(browser, server, code, "Sam", sam)
    take_quiz(browser, server, code, "Kai", kai)

    # review: one row per student, the answers given
    page.goto(review_url)
    main = page.locator("main").inner_text()
    assert "2 students" in main
    grid = page.locator("table.grid")
    assert grid.locator("tbody tr").count() == 2 and grid.locator("thead th").count() == 4 + 3
    sam_row, kai_row = grid.locator("tr", has_text="Sam"), grid.locator("tr", has_text="Kai")
    assert "3/3" in sam_row.inner_text() and "0/3" in kai_row.inner_text()
    assert "Vova" in kai_row.inner_text() and wrong_person in kai_row.inner_text()
    assert page.locator("svg.chart rect").count() == 11
    page.screenshot(path=str(output / "review.png"), full_page=True)

    # regrade: "Vova" becomes an accepted answer of the fill-in
    page.get_by_role("link", name="Edit Q3", exact=True).click()
    accepted = page.get_by_label(re.compile("Other accepted answers|Other spellings"))
    accepted.fill((accepted.input_value() + "\nVova").strip())
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(re.compile(r"/regrade\?"))
    assert "1 of 2 submitted answers would change" in page.locator("main").inner_text()
    page.get_by_role("button", name="Re-score 1 answer").click()
    page.wait_for_url(review_url)
    assert "1/3" in page.locator("table.grid tr", has_text="Kai").inner_text()

    with page.expect_download() as download:
        page.get_by_role("link", name="Scores (CSV)").click()
    table = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))
    assert sorted((r["student"], r["attempt"], r["score"]) for r in table) == [("Kai", "1", "1"), ("Sam", "1", "3")]
    kai_csv = next(r for r in table if r["student"] == "Kai")
    assert (kai_csv["class"], kai_csv["Q3 answer"], kai_csv["Q3 mark"]) == ("Year 9", "Vova", "1")


AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(" "))}));
}"""


def axe_violations(page, label: str) -> list[str]:
    """axe-core's violations on the page as loaded, at each width, as readable lines."""
    page.add_script_tag(path=str(AXE))
    found = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for v in page.evaluate(AXE_RUN):
            found.append(f"{label} at {width}px: {v['id']} ({v['help']}) on {v['nodes'][:3]}")
    return found


@pytest.fixture()
def classroom_with_scores(app, seed_parsed, seed_items) -> dict:
    """Ann's class quiz with twelve students (one retakes) and a late submission, a disabled item, an archived
    quiz, a regrade to offer."""
    world = build_world(app, seed_parsed, seed_items)
    make_attempts(app, world, 11)
    attempt = take(app, world["quiz"], world["class"], "Zoe", lambda item: None)
    with app.app_context():
        from quizapp.housekeeping import delete_quiz
        from quizapp.models import Attempt, Response
        from quizapp.store import create_quiz

        zoe = db.session.get(Attempt, attempt).student_id
        quiz = db.session.get(Quiz, world["quiz"])
        fill = item_of_kind(quiz.article, "fill_in", quiz)
        fill.accepted = [*fill.accepted, "Vova"]  # a key change not yet re-scored: the regrade page has work
        item_of_kind(quiz.article, "true_false", quiz).enabled = False  # shown as disabled
        world["fill"] = fill.id
        world["response"] = db.session.scalar(select(Response.id).where(Response.attempt_id == attempt).limit(1))
        old = create_quiz(quiz.article, quiz.article.items[:3], title="Old quiz", teacher_id=quiz.teacher_id,
                          published=True)  # fmt: skip
        db.session.commit()
        world["old_quiz"] = old.id
    take(app, world["old_quiz"], world["class"], "Yan", lambda item: None)
    with app.app_context():
        delete_quiz(db.session.get(Quiz, world["old_quiz"]))  # archived: it has an attempt
    retake(app, world["quiz"], zoe, right_answer)
    with app.app_context():
        from quizapp.quizzes import start_attempt, submit

        quiz = db.session.get(Quiz, world["quiz"])
        late = start_attempt(quiz, new_student(quiz.classroom, "Lou"))
        quiz.is_open = False
        db.session.commit()
        assert submit(late, {}) == "late"  # after the quiz closed: kept for the teacher, not counted
        quiz.is_open = True
        db.session.commit()
    world["zoe"] = zoe
    return world


@pytest.mark.parametrize("app", ["sqlite"], indirect=True)  # the pages are the same on PostgreSQL
def test_every_page_passes_axe_at_1280_and_390(app, browser, server, classroom_with_scores, output):
    if not AXE.is_file():
        message = f"axe-core is not at {AXE}: run `make axe` (npm install axe-core)"
        pytest.fail(message) if os.environ.get("QUIZAPP_REQUIRE_BROWSER") else pytest.skip(message)
    w = classroom_with_scores
    with app.app_context():
        items = {i.type: i.id for i in reversed(db.session.get(Quiz, w["quiz"]).article.items)}
    violations: list[str] = []
    teacher = browser.new_context(bypass_csp=True).new_page()
    teacher.goto(server + "/teach/login")
    violations += axe_violations(teacher, "sign-in")
    sign_in(teacher, server)
    pages = {
        "dashboard": "/teach/", "add an article": "/teach/articles/new", "article": f"/teach/articles/{w['article']}",
        "edit who-said": f"/teach/items/{items['who_said']}/edit",
        "edit true/false": f"/teach/items/{items['true_false']}/edit",
        "edit fill-in": f"/teach/items/{items['fill_in']}/edit",
        "write an item": f"/teach/articles/{w['article']}/items/new/who_said",
        "rename article": f"/teach/articles/{w['article']}/rename",
        "delete article": f"/teach/articles/{w['article']}/delete",
        "create a class": "/teach/classes/new", "class": f"/teach/classes/{w['class']}",
        "delete class": f"/teach/classes/{w['class']}/delete",
        "quiz builder": f"/teach/articles/{w['article']}/quizzes/new",
        "review": f"/teach/quizzes/{w['quiz']}", "review, first attempts": f"/teach/quizzes/{w['quiz']}?attempt=first",
        "archived quiz": f"/teach/quizzes/{w['old_quiz']}", "delete quiz": f"/teach/quizzes/{w['quiz']}/delete",
        "regrade": f"/teach/items/{w['fill']}/regrade", "one answer": f"/teach/responses/{w['response']}",
        "quiz settings": f"/teach/quizzes/{w['quiz']}/settings", "preview": f"/teach/quizzes/{w['quiz']}/preview",
        "a student of the class": f"/teach/classes/{w['class']}/students/{w['zoe']}",
    }  # fmt: skip
    for label, path in pages.items():
        assert teacher.goto(server + path).ok, path
        violations += axe_violations(teacher, label)
    teacher.set_viewport_size({"width": 390, "height": 900})
    teacher.goto(server + f"/teach/quizzes/{w['quiz']}")
    assert teacher.get_by_role("heading", name="Late submissions").count() == 1
    teacher.screenshot(path=str(output / "review-390.png"), full_page=True)

    # pages reached by a button: the preview's results, new codes on slips
    teacher.goto(server + f"/teach/quizzes/{w['quiz']}/preview")
    teacher.get_by_role("button", name="See the results").click()
    violations += axe_violations(teacher, "preview results")
    teacher.goto(server + f"/teach/classes/{w['class']}/students/{w['zoe']}")
    teacher.get_by_role("button", name=re.compile("new personal code")).click()
    violations += axe_violations(teacher, "code slips")

    # pages showing errors beside their fields
    teacher.goto(server + f"/teach/items/{items['who_said']}/edit")
    teacher.get_by_label("Answer: the person who said it").fill("Nobody")
    teacher.get_by_role("button", name="Save").click()
    violations += axe_violations(teacher, "item with an error")
    teacher.goto(server + f"/teach/articles/{w['article']}/quizzes/new")
    teacher.get_by_role("button", name="Create the quiz").click()
    violations += axe_violations(teacher, "builder with an error")
    teacher.goto(server + "/teach/articles/new")
    teacher.get_by_label(re.compile("paste the article")).fill("https://news.example/story")
    teacher.get_by_role("button", name="Generate the items").click()
    violations += axe_violations(teacher, "upload refused")

    student = browser.new_context(bypass_csp=True).new_page()
    for label, path in {"home": "/", "join": "/join", "not found": "/quiz/nope"}.items():
        student.goto(server + path)
        violations += axe_violations(student, label)
    student.goto(server + "/teach/login")
    student.get_by_label("Email").fill("ann@school.example")
    student.get_by_label("Password").fill("not the password")
    student.get_by_role("button", name="Sign in").click()
    violations += axe_violations(student, "sign-in refused")
    student.goto(server + "/join")
    student.get_by_label("Class code").fill("NOPE99")
    student.get_by_label("Your name").fill("Una")
    student.get_by_role("button", name="Join").click()
    violations += axe_violations(student, "join refused")
    student.goto(server + "/signin")
    violations += axe_violations(student, "sign-in")
    student.get_by_label("Class code").fill(w["code"])
    student.get_by_label("Your personal code").fill("AAAAA-AAAAA")
    student.get_by_role("button", name="Sign in").click()
    violations += axe_violations(student, "student sign-in refused")
    student.goto(server + "/join")
    student.get_by_label("Class code").fill(w["code"])
    student.get_by_label("Your name").fill("Una")
    student.get_by_role("button", name="Join").click()
    violations += axe_violations(student, "personal code")
    student.get_by_role("link", name="Go to my quizzes").click()
    violations += axe_violations(student, "my quizzes")
    student.get_by_role("link", name=re.compile("Pact quiz")).click()
    violations += axe_violations(student, "quiz start")
    student.get_by_role("button", name="Start the quiz").click()
    violations += axe_violations(student, "quiz")
    student.get_by_role("button", name="Review my answers").click()
    violations += axe_violations(student, "check before submitting")
    student.get_by_role("button", name="Submit anyway").click()
    student.wait_for_url(re.compile(r"/results$"))
    violations += axe_violations(student, "results")
    student.get_by_role("link", name="Study these questions as flashcards").click()
    violations += axe_violations(student, "flashcard front")
    student.get_by_role("button", name=re.compile("Show the answer")).click()
    student.wait_for_selector(".grades")
    violations += axe_violations(student, "flashcard back")
    assert not violations, "\n".join(violations)
