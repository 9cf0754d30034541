"""True/false statements of who said what, for stories with fewer than three people to choose from."""

from __future__ import annotations

from quizapp.nlp.article import from_text
from quizapp.nlp.pipeline import parse_one, propose
from quizapp.nlp.select import compose

TITLE = "Council budget\n\n"


def speech_items(nlp, text: str) -> dict[str, bool]:
    article = from_text("t", TITLE + text)
    proposal = propose(article, parse_one(article, nlp))
    return {c.item.prompt: c.item.answer for c in proposal.candidates if "said_by" in c.item.extra}


def test_a_statement_is_asked_as_said_and_in_the_mouth_of_the_other_speaker(nlp):
    text = (
        "Mayor Tom Reed said that the Leeds library would stay open until 2006. "
        "Treasurer Alan Brooks said that council tax in Leeds would rise by 3% next year."
    )
    items = speech_items(nlp, text)
    assert items["Tom Reed said that the Leeds library would stay open until 2006."] is True
    assert items["Alan Brooks said that the Leeds library would stay open until 2006."] is False
    assert items["Alan Brooks said that council tax in Leeds would rise by 3% next year."] is True
    assert items["Tom Reed said that council tax in Leeds would rise by 3% next year."] is False


def test_no_statement_when_nobody_else_could_have_said_it(nlp):
    alone = "Mayor Tom Reed said that the Leeds library would stay open until 2006."
    assert speech_items(nlp, alone) == {}
    # "he" is the speaker: a woman put in his place would be saying it of someone else
    text = (
        "Mayor Tom Reed said that he would close the Leeds library in 2006. "
        "Councillor Ann Lowe said that council tax in Leeds would rise by 3% next year."
    )
    items = speech_items(nlp, text)
    assert "Ann Lowe said that he would close the Leeds library in 2006." not in items
    assert "Tom Reed said that council tax in Leeds would rise by 3% next year." in items


def test_one_persons_sayings_count_together_across_item_types(nlp):
    text = (
        "Mayor Tom Reed said that the Leeds library would stay open until 2006. "
        "Mr Reed said that the Leeds swimming pool would close in March. "
        "Mr Reed said that three new schools would open in Leeds in 2007. "
        "Treasurer Alan Brooks said that council tax in Leeds would rise by 3% next year."
    )
    article = from_text("t", TITLE + text)
    proposal = propose(article, parse_one(article, nlp))
    chosen = compose(proposal.candidates, word_count=400)
    about_reed = [i for i in chosen if i.extra.get("said_by") == "Tom Reed"]
    assert 1 <= len(about_reed) <= 2


def saying(question: str):
    from quizapp.nlp.items import Attribution

    return Attribution("Tom Reed", "person", "Tom Reed", "said", "indirect", question, question, question)


def test_another_record_of_the_same_person_is_not_another_speaker():
    from quizapp.nlp.items import Person
    from quizapp.nlp.speech import other_speaker

    etzioni = Person("Amitai Etzioni", (), gender="male")
    assert other_speaker(etzioni, [etzioni, Person("Prof Etzioni", (), gender="male")], saying("said that x")) is None
    assert other_speaker(etzioni, [etzioni, Person("Tom Reed", (), gender="male")], saying("said that x")).name == (
        "Tom Reed"
    )


def test_the_words_are_not_put_in_the_mouth_of_someone_who_said_the_like(nlp):
    text = (
        "Mayor Tom Reed said there were grave concerns about the closure of the Leeds library. "
        'Treasurer Alan Brooks said: "We have many serious concerns about the closure of the library." '
        "Councillor Ann Lowe said that council tax in Leeds would rise by 3% next year."
    )
    items = speech_items(nlp, text)
    assert not any(p.startswith("Alan Brooks said that there were grave concerns") for p in items), items
    assert "Ann Lowe said that there were grave concerns about the closure of the Leeds library." in items, items


def test_the_words_are_not_put_in_the_mouth_of_someone_who_answers_the_speaker(nlp):
    text = (
        "Mayor Tom Reed said Leeds council had failed to fund the Leeds library in time for the new year. "
        'Treasurer Alan Brooks said: "I agree with Tom. We should have found the money in December." '
        "Councillor Ann Lowe said that council tax in Leeds would rise by 3% next year."
    )
    items = speech_items(nlp, text)
    reed = "said that Leeds council had failed to fund the Leeds library in time for the new year."
    assert f"Alan Brooks {reed}" not in items, items  # he agrees with Tom: half true in his mouth
    assert f"Ann Lowe {reed}" in items, items



def test_praise_of_someone_by_role_is_not_put_in_the_mouth_of_the_one_who_holds_it():
    from quizapp.nlp.items import Person, Role
    from quizapp.nlp.speech import other_speaker

    reed = Person("Tom Reed", (), (Role("Prime minister", "minister", frozenset({"prime"})),), gender="male")
    brooks = Person("Alan Brooks", (), (Role("Chancellor", "chancellor", frozenset()),), gender="male")
    lowe = Person("Ian Lowe", (), gender="male")  # "his": a man in his place
    praise = "praised his chancellor for his role in creating economic stability"
    assert other_speaker(reed, [reed, brooks, lowe], saying(praise)) is lowe  # not the chancellor praising himself
    assert other_speaker(reed, [reed, brooks, lowe], saying("said that council tax would rise")) is brooks


def test_a_saying_with_its_speakers_pronoun_is_not_put_in_another_mouth(nlp):
    text = (
        "Mayor Tom Reed said that he would stay in Leeds for another year. "
        "Treasurer Alan Brooks said that council tax in Leeds would rise by 3% next year."
    )
    items = speech_items(nlp, text)
    assert items.get("Tom Reed said that he would stay in Leeds for another year.") is True, items
    assert "Alan Brooks said that he would stay in Leeds for another year." not in items, items  # he: which man?


def test_the_words_are_not_put_in_the_mouth_of_someone_the_article_says_did_the_like(nlp):
    text = (
        "Mayor Tom Reed said the Leeds library would close in May. Ann Lowe said council tax in Leeds would rise. "
        'Treasurer Alan Brooks said people were fed up of "pager politics" in Leeds. He, like Mr Reed, pointed to '
        "the thousands of people who marched against the cuts in Leeds."
    )
    items = speech_items(nlp, text)
    assert not [p for p in items if p.startswith("Tom Reed pointed to")], items


def test_a_we_saying_is_put_only_in_the_mouth_of_someone_of_another_side(nlp):
    team = (
        'Rovers boss Tom Reed said: "The experience we have in the squad is showing." '
        'Rovers midfielder Alan Brooks said: "Winning at home in the cup was a great feeling for me."'
    )
    items = speech_items(nlp, team)
    assert not [p for p in items if "experience" in p], items  # the player's "we" is the boss's: no false version
    rivals = team.replace("Rovers midfielder", "City manager")
    items = speech_items(nlp, rivals)
    assert items.get('Alan Brooks said "The experience we have in the squad is showing".') is False, items
