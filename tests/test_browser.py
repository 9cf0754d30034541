"""End to end in a real Chromium: a student takes the seed quiz, answers every item, sees score and feedback.
The teacher's journey and the accessibility checks are in test_teacher_browser.py.

Without Chromium these tests skip, saying why; CI sets QUIZAPP_REQUIRE_BROWSER=1 to turn a skip into a failure.
"""

from __future__ import annotations

import re

from quizapp.study import NEW_PER_DAY


def seed_quiz_size(app) -> int:
    """How many questions the seed article's home page quiz asks (its enabled items: whatever the generator gave)."""
    from quizapp.extensions import db
    from quizapp.models import Quiz

    with app.app_context():
        quiz = db.session.scalar(db.select(Quiz).where(Quiz.classroom_id.is_(None)).order_by(Quiz.id))
        return sum(entry.item.enabled for entry in quiz.entries)


def answer_every_question(page, *, pick: int = 0, typed: str = "Pyongyang") -> int:
    questions = page.locator(".question")
    for n in range(questions.count()):
        radios = questions.nth(n).get_by_role("radio")
        if radios.count():
            radios.nth(pick % radios.count() if pick >= 0 else radios.count() - 1).check()
        else:
            questions.nth(n).get_by_role("textbox").fill(typed)
    return questions.count()


def review_and_submit(page) -> None:
    page.get_by_role("button", name="Review my answers").click()
    page.wait_for_url(re.compile(r"/review$"))
    page.get_by_role("button", name=re.compile("^Submit")).click()
    page.wait_for_url(re.compile(r"/results$"))


def test_student_takes_the_seed_quiz(app, browser, server, output):
    page = browser.new_page(viewport={"width": 390, "height": 844})  # a phone
    page.goto(server)
    page.get_by_role("link", name=re.compile("Putin")).click()
    page.get_by_label("Your name").fill("Grace")
    page.get_by_role("button", name="Start the quiz").click()
    assert re.fullmatch(r"[A-Z2-9]{5}-[A-Z2-9]{5}", page.locator("#personal-code").inner_text())
    page.get_by_role("link", name="Continue to the quiz").click()

    count = page.locator(".question").count()
    assert count == seed_quiz_size(app) > 0
    assert "answer" not in (page.content().lower().split('class="quiz">', 1)[1].split("review my answers")[0]
                            .replace("your answer", ""))  # fmt: skip
    answer_every_question(page)
    page.screenshot(path=str(output / "quiz.png"), full_page=True)
    page.get_by_role("button", name="Review my answers").click()
    assert f"All {count} questions answered" in page.get_by_role("status").inner_text()
    page.get_by_role("button", name="Submit my answers").click()

    page.wait_for_url(re.compile(r"/results$"))
    score = page.get_by_role("status").filter(has_text="you scored")
    assert re.search(rf"Grace, you scored \d+ out of {count}", score.inner_text())
    assert page.locator(".feedback > li").count() == count
    assert page.locator("mark").count() == count
    page.screenshot(path=str(output / "results.png"), full_page=True)

    page.go_back()  # back to the review step: it shows the results, it does not score again
    assert "/results" in page.url or page.get_by_role("status").count()


def tab_to(page, condition: str, *, limit: int = 15) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(condition):
            return
    raise AssertionError(f"Tab never reached: {condition}")


def test_keyboard_only(app, browser, server):
    page = browser.new_page()
    page.goto(server)
    tab_to(page, "document.activeElement.textContent.includes('Putin')")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"  # visible focus
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/quiz/"))
    tab_to(page, "document.activeElement.id === 'name'")
    page.keyboard.type("Keys Only")
    page.keyboard.press("Enter")
    page.wait_for_selector("#personal-code")
    tab_to(page, "document.activeElement.textContent.includes('Continue to the quiz')")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/attempt/"))
    assert page.locator(".question").count() == seed_quiz_size(app) > 0


def join(page, server: str, code: str, name: str) -> str:
    """Join the class; returns the personal code the page shows once."""
    page.goto(server + "/join")
    page.get_by_label("Class code").fill(code)
    page.get_by_label("Your name").fill(name)
    page.get_by_role("button", name="Join").click()
    return page.locator("#personal-code").inner_text()


def counts(page) -> tuple[int, int, int]:
    return tuple(int(page.locator(f"#count-{name}").inner_text()) for name in ("new", "learning", "due"))


def keys_ready(page) -> None:
    """Wait until the page's keyboard shortcuts listen (study.js is deferred)."""
    page.wait_for_selector("html[data-keys=ready]", state="attached")


def test_student_studies_flashcards_with_the_keyboard(app, browser, server, output):
    page = browser.new_page()
    page.goto(server)
    page.get_by_role("link", name=re.compile("Putin")).click()
    page.get_by_label("Your name").fill("Lin")
    page.get_by_role("button", name="Start the quiz").click()
    page.get_by_role("link", name="Continue to the quiz").click()
    page.get_by_role("button", name="Review my answers").click()
    page.get_by_role("button", name="Submit anyway").click()
    page.get_by_role("link", name="Study these questions as flashcards").click()

    new, learning, due = counts(page)
    assert new == min(seed_quiz_size(app), NEW_PER_DAY) and new >= 2 and (learning, due) == (0, 0)
    front = page.locator("#card-front").inner_text()
    keys_ready(page)
    page.keyboard.press("Space")  # flip
    page.wait_for_selector(".grades")
    assert page.locator(".answer-line").count() == 1
    page.screenshot(path=str(output / "card-back.png"), full_page=True)
    keys_ready(page)
    page.keyboard.press("1")  # Again: back in this session
    page.wait_for_selector("#card-front")
    assert counts(page) == (new - 1, 1, 0)

    keys_ready(page)
    page.keyboard.press("Space")
    page.wait_for_selector(".grades")
    keys_ready(page)
    page.keyboard.press("3")  # Good: due later
    page.wait_for_selector("#card-front")
    assert counts(page) == (new - 2, 1, 0)
    assert page.locator("#card-front").inner_text() != front or new == 2


def test_enter_in_a_text_box_does_not_submit(browser, server, app):
    from quizapp.extensions import db
    from quizapp.models import Attempt, Quiz

    from .teaching import item_of_kind

    with app.app_context():  # a text box to press Enter in, whatever the generator proposed
        quiz = db.session.scalar(db.select(Quiz).where(Quiz.classroom_id.is_(None)))
        item_of_kind(quiz.article, "fill_in", quiz)

    page = browser.new_page()
    posts: list[str] = []  # every POST but the draft saved as the student types (draft.js)
    page.on("request", lambda request: posts.append(request.url)
            if request.method == "POST" and not request.url.endswith("/draft") else None)  # fmt: skip
    page.goto(server)
    page.get_by_role("link", name=re.compile("Putin")).click()
    page.get_by_label("Your name").fill("Enid")
    page.get_by_label("Your name").press("Enter")  # the control: Enter does submit a form it should submit
    page.wait_for_selector("#personal-code")
    assert len(posts) == 1
    page.get_by_role("link", name="Continue to the quiz").click()
    count = page.locator(".question").count()
    box = page.get_by_role("textbox").first
    box.fill("Pyongyang")
    box.press("Enter")
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => setTimeout(done)))")
    assert len(posts) == 1 and "/attempt/" in page.url and not page.url.endswith("/review")
    with app.app_context():
        attempt = db.session.scalar(db.select(Attempt))
        assert attempt.submitted_at is None  # nothing was submitted
    page.get_by_role("button", name="Review my answers").click()  # still on the questions: the button is there
    page.wait_for_url(re.compile(r"/review$"))
    assert f"{count - 1} unanswered" in page.locator(".unanswered-count").inner_text()
    assert len(posts) == 2
    page.get_by_role("link", name="Go back to the questions").click()
    assert page.get_by_role("textbox").first.input_value() == "Pyongyang"


def saved_draft_size(app, expected: int) -> int:
    """How many answers the open attempt's draft holds, once it holds `expected` or after 10 s."""
    import time

    from quizapp.extensions import db
    from quizapp.models import Attempt

    size = 0
    for _ in range(100):
        with app.app_context():
            size = len(db.session.scalar(db.select(Attempt)).draft or {})
        if size >= expected:
            break
        time.sleep(0.1)
    return size


def test_answers_typed_are_saved_as_the_student_goes_and_a_reload_shows_them(browser, server, app):
    page = browser.new_page()
    page.goto(server)
    page.get_by_role("link", name=re.compile("Putin")).click()
    page.get_by_label("Your name").fill("Hana")
    page.get_by_role("button", name="Start the quiz").click()
    page.get_by_role("link", name="Continue to the quiz").click()
    count = answer_every_question(page, pick=-1, typed="Seoul")
    assert saved_draft_size(app, count) == count  # draft.js sent every answer, no button pressed
    chosen = [page.locator(".question").nth(n).locator("input:checked, input[type=text], input:not([type])")
              .first.input_value() for n in range(count)]  # fmt: skip
    page.reload()  # the answers come back from the server
    again = [page.locator(".question").nth(n).locator("input:checked, input[type=text], input:not([type])")
             .first.input_value() for n in range(count)]  # fmt: skip
    assert again == chosen
    review_and_submit(page)
    assert page.get_by_role("status").filter(has_text="you scored").count() == 1


def test_a_student_comes_back_in_another_browser(browser, server, school, output):
    first = browser.new_context()
    page = first.new_page()
    code = join(page, server, school["code"], "Sam")
    page.get_by_role("link", name="Go to my quizzes").click()
    page.get_by_role("link", name=re.compile("Pact quiz")).click()
    page.get_by_role("button", name="Start the quiz").click()
    answer_every_question(page, pick=0, typed="Kim Jong-un")
    review_and_submit(page)
    results_url = page.url
    score = re.search(r"\d+ out of \d+", page.get_by_role("status").filter(has_text="you scored").inner_text()).group()
    page.get_by_role("link", name="Study these questions as flashcards").click()
    new = counts(page)[0]
    studied = page.locator("#card-front").inner_text()
    keys_ready(page)
    page.keyboard.press("Space")
    page.wait_for_selector(".grades")
    keys_ready(page)
    page.keyboard.press("3")  # Good: due in ten minutes
    page.wait_for_selector("#card-front")
    assert counts(page) == (new - 1, 0, 0)
    first.close()  # the browser is gone, and its cookie with it

    second = browser.new_context()
    page = second.new_page()
    page.goto(server + "/my")  # not signed in here: sent to sign in, then back
    page.get_by_label("Class code").fill(school["code"])
    page.get_by_label("Your personal code").fill(code)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/my$"))
    done = page.locator(".quiz-done").filter(has_text="Pact quiz")
    assert score in done.inner_text()
    page.screenshot(path=str(output / "my-quizzes.png"), full_page=True)
    done.get_by_role("link", name=re.compile("^Results")).click()
    assert page.url == results_url and score in page.get_by_role("status").filter(has_text="you scored").inner_text()
    page.go_back()
    page.locator(".quiz-done").get_by_role("link", name=re.compile("^Flashcards")).click()
    assert counts(page) == (new - 1, 0, 0)  # the schedule came along
    assert page.locator("#card-front").inner_text() != studied  # the card graded Good is not due yet
    second.close()

    third = browser.new_context()
    page = third.new_page()
    page.goto(server + "/join")
    page.get_by_label("Class code").fill(school["code"])
    page.get_by_label("Your name").fill("sam")
    page.get_by_role("button", name="Join").click()
    assert "already has that name" in page.get_by_role("alert").inner_text()
    assert page.locator("#personal-code").count() == 0
    join(page, server, school["code"], "Eve")
    assert page.goto(results_url).status == 404
    assert page.goto(server + f"/study/{school['public']}").status == 403
    third.close()


def test_flashcards_on_a_phone_take_a_tap_and_show_no_keyboard_hints(browser, server, school):
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    desktop = browser.new_context()
    pages = []
    for context, name in ((phone, "Pia"), (desktop, "Dev")):
        page = context.new_page()
        join(page, server, school["code"], name)
        page.goto(server + f"/quiz/{school['public']}")
        page.get_by_role("button", name="Start the quiz").click()
        review_and_submit(page)
        page.get_by_role("link", name="Study these questions as flashcards").click()
        pages.append(page)
    phone_page, desktop_page = pages
    assert phone_page.evaluate("matchMedia('(hover: none)').matches")
    assert not phone_page.locator(".key").first.is_visible()
    assert desktop_page.locator(".key").first.is_visible()
    for _ in range(25):  # to a who-said card
        if phone_page.locator(".choice-button").count() > 2:
            break
        phone_page.get_by_role("button", name=re.compile("Show the answer")).tap()
        phone_page.get_by_role("button", name=re.compile("^Easy")).tap()
        phone_page.wait_for_selector("#card-front")
    choice = phone_page.locator(".choice-button").first
    picked = choice.inner_text()
    box = choice.bounding_box()
    assert box["height"] >= 44  # a finger-sized target
    choice.tap()
    phone_page.wait_for_url(re.compile(r"answer="))
    assert f"Your answer: “{picked}”" in phone_page.locator(".card").inner_text()
    phone.close()
    desktop.close()
