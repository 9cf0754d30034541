"""True/false candidates: each kind of change, what may not be swapped, and the falsity check."""

from __future__ import annotations

import json
import re

import pytest

from quizapp.nlp.article import from_text
from quizapp.nlp.pipeline import generate, parse_one, propose
from quizapp.nlp.truefalse import changed_number, nationality, one_end_of_a_range, other_figure, with_article_agreed

from .conftest import corpus_records


def candidates(nlp, text: str) -> list:
    article = from_text("t", "Title\n\n" + text)
    proposal = propose(article, parse_one(article, nlp))
    return [c.item for c in proposal.candidates if c.item.type == "true_false"]


def falses(nlp, text: str) -> list[tuple[str, str, str]]:
    made = [i for i in candidates(nlp, text) if not i.answer]
    return [(i.extra["changed"]["kind"], i.extra["changed"]["to"], i.prompt) for i in made]


def test_a_figure_is_swapped_for_another_of_the_article_in_the_same_unit(nlp):
    text = "Sales of Portuguese wine in Brazil rose by 12% in 2004. Exports to Angola fell by 3% in 2004."
    assert ("number", "3%", "Sales of Portuguese wine in Brazil rose by 3% in 2004.") in falses(nlp, text)


def test_a_date_or_a_body_is_never_changed(nlp):
    text = (
        "The Portuguese parliament approved the Lisbon metro extension in 2003. "
        "Galp Energia and Portugal Telecom signed the deal. Galp Energia paid for it, Portugal Telecom built it."
    )
    assert not [to for kind, to, _ in falses(nlp, text) if kind in ("date", "organisation")]


@pytest.mark.parametrize(
    "text",
    [
        "Nelson Evora won the 60m title in Lisbon on Sunday, and Rui Silva the 1500m title.",  # a measure
        "G7 finance ministers in London backed plans to write off up to 100% of the debts owed by Mozambique.",
        # a bound or an estimate: "more than 150" is still true of 160 pupils
        "Carla Diaz spoke to more than 100 pupils from schools in Lisbon about binge drinking.",
        "Nearly 40% of the wine made in Portugal in 2004 was sold to Brazil.",
        # a figure named as a mark or a bound: "the first to top the £30m mark" is still true of £50m
        "Carla Diaz's novel became the first Portuguese book to top the £50m (€60m) mark in sales last week.",
        "Two-thirds of the farmers in the Alentejo region of Portugal live on €2,000 a year or less.",
        # a figure of a name, and a figure glued to a measure
        "Band Aid 20 has been released in Portugal and sold in many countries around the world.",
        "In the city of Porto, the Red Cross runs the Gazetta - a 200-page, tabloid-size book of missing people.",
    ],
)
def test_a_figure_is_changed_only_where_the_change_is_plausible(nlp, text):
    assert not [to for kind, to, _ in falses(nlp, text) if kind == "number"]


def test_a_quotation_is_no_true_false_statement(nlp):
    text = (
        "Finance minister Carla Diaz said the deal was good for Portugal. "
        '"We have cut the fuel tax on petrol by 5% this year," Carla Diaz said. Diesel sales in Portugal rose by 8%.'
    )
    assert not [i.prompt for i in candidates(nlp, text) if "Carla Diaz said:" in i.prompt]  # a side quote, always true
    assert any("Diesel sales" in i.prompt for i in candidates(nlp, text))


def test_a_person_is_swapped_only_for_a_comparable_one(nlp):
    text = (
        "Finance minister Carla Diaz met bankers in Lisbon. Health minister Ana Lopes visited Porto. "
        "Carla Diaz cut the fuel tax in Portugal by 5% in March. Singer Ana Moura played in Lisbon."
    )
    swapped = [to for kind, to, _ in falses(nlp, text) if kind == "person"]
    assert "Ana Lopes" in swapped  # another minister
    assert "Ana Moura" not in swapped  # a singer is not in the minister's place


def test_a_person_is_not_swapped_for_one_of_the_other_sex_nor_for_one_the_statement_describes(nlp):
    text = (
        "Tennis player Rui Costa and tennis player Ana Lopes lead Portugal's team in Lisbon. "
        "Rui Costa upset world number seven Hugo Almeida 6-4 6-1 in Lisbon on Monday. "
    )
    swapped = [(to, prompt) for kind, to, prompt in falses(nlp, text) if kind == "person"]
    assert not [p for to, p in swapped if "upset world number seven" in p], swapped  # a woman beating a man
    text = (
        "Spokesman Alan Brooks and striker Tom Reed met fans in Leeds on Friday. Mr Reed said he was tired. "
        "Mr Brooks said the team was ready. A spokesman for Leeds United called on Mr Reed to rest in 2005."
    )
    swapped = [(to, prompt) for kind, to, prompt in falses(nlp, text) if kind == "person"]
    assert not [p for to, p in swapped if "called on Alan Brooks" in p], swapped  # the spokesman calling on himself


def test_a_person_is_not_swapped_into_words_that_say_the_other_sex(nlp):
    text = (
        "Actor Sam Costa and actor Carla Diaz were nominated for Lisbon film awards in March. "
        "Carla Diaz triumphed for playing a gutsy female boxer in Lisbon Nights. "
        "Sam Costa was praised for playing the mayor of Porto in 2004."
    )  # "Sam" may be a man or a woman: only the words tell
    swapped = [prompt for kind, to, prompt in falses(nlp, text) if kind == "person"]
    assert not any("female boxer" in p for p in swapped), swapped
    assert any("playing the mayor of Porto" in p for p in swapped), swapped  # nothing there says a man


def test_no_swap_from_a_list_of_the_world_outside_the_article(nlp):
    text = "Portugal signed a trade agreement with Brazil in Lisbon on Monday."
    assert not [to for kind, to, _ in falses(nlp, text) if kind == "place" and to not in text]


def test_a_titled_name_or_a_speaker_is_not_swapped(nlp):
    text = (
        "Prime Minister Jose Socrates met President Lula da Silva in Brasilia on Monday. "
        "Economy minister Manuel Pinho said exports to Brazil rose by 12% in 2004."
    )
    for kind, to, prompt in falses(nlp, text):
        assert not (kind == "person" and prompt.startswith(("Prime Minister", f"{to} said"))), prompt


def test_a_roll_call_and_a_generality_make_no_statement(nlp):
    general = "Open standards are vital to the future growth of the whole economy in the long term."
    assert [i.prompt for i in candidates(nlp, "Portugal named its squad on Monday in Lisbon. " + general)][-1:] != [
        general
    ]
    roll = "Luis Figo, Rui Costa, Deco and Nuno Gomes are among the players picked by Portugal for the friendly."
    assert candidates(nlp, "Portugal named its squad on Monday in Lisbon. " + roll)[0].prompt != roll


def test_changed_numbers():
    assert changed_number("two") == "four"
    assert changed_number("Three") == "Five"
    assert changed_number("1984") == "1980"
    assert changed_number("$2,000") == "$3,000"  # a sum, not the year 2000
    assert changed_number("£4bn") == "£8bn"
    assert changed_number("35%") == "52%"
    assert changed_number("1,200") == "1,800"
    assert changed_number("$881m") == "$1,320m"  # grouped as the article writes a figure over a thousand
    assert changed_number("£870") == "£1,300"  # as round as the article's figure: not "£1,305"
    assert changed_number("6,900") == "10,000"


def test_other_figure_keeps_the_unit():
    assert other_figure("12%", ["£4bn", "3%", "40%"]) == "3%"
    assert other_figure("£4bn", ["12%", "£9bn"]) == "£9bn"
    assert other_figure("708", ["12%"]) is None
    assert other_figure("£2,000", ["£1,996", "£5,000"]) == "£5,000"  # "£1,996" for "£2,000" is a slip of memory
    assert other_figure("£2,000", ["£1,996"]) is None


def content_words(text: str) -> set[str]:
    stop = {"the", "a", "an", "of", "in", "on", "to", "and", "by", "for", "with", "at", "is", "was", "has", "its"}
    return {w for w in re.findall(r"\d+(?:[.,]\d+)*%?|[\w']+", text.lower()) if w not in stop}  # "1.4%" one word


def negated(words: set[str]) -> bool:
    return bool(words & {"not", "never", "no", "n't"})


@pytest.mark.slow
def test_no_false_statement_is_stated_in_its_article(nlp):
    """Independent of the generator's own check: no sentence of the article holds the false statement."""
    records = list(corpus_records(19))
    articles = [from_text(r["id"], r["text"], title=r["title"]) for r in records]
    checked = 0
    for record, result in zip(records, generate(articles, nlp), strict=True):
        sentences = [content_words(s) for s in re.split(r"(?<=[.!?])[\"\u201d]?\s+", record["text"])]
        for item in result.items:
            if item.type != "true_false" or item.answer is not False:
                continue
            checked += 1
            claim = content_words(item.prompt)
            holding = [s for s in sentences if claim <= s and negated(s) == negated(claim)]
            assert not holding, json.dumps(item.to_json())
    assert checked >= 30


@pytest.mark.parametrize(
    ("statement", "new", "expected"),
    [
        ("Sales saw an 15% rise in Lisbon.", "15%", "Sales saw a 15% rise in Lisbon."),
        ("Sales saw a 8% rise in Lisbon.", "8%", "Sales saw an 8% rise in Lisbon."),
        ("A 11m deal was signed.", "11m", "An 11m deal was signed."),
        ("Porto hired an Ukrainian coach.", "Ukrainian", "Porto hired a Ukrainian coach."),
        ("Porto hired a Irish coach.", "Irish", "Porto hired an Irish coach."),
    ],
)
def test_a_or_an_agrees_with_the_value_swapped_in(statement, new, expected):
    assert with_article_agreed(statement, new) == expected


def test_only_peoples_of_countries_are_swapped_for_each_other(nlp):
    assert nationality("Brazilians") and nationality("North Koreans")
    assert not any(nationality(n) for n in ("Catholics", "Christians", "Tory", "Jewish", "anti-Semitism"))
    text = (
        "Catholics in Lisbon are planning a protest against the film on Wednesday. "
        "Christians make up most of the population of Portugal, and Brazilians a small part of it."
    )
    assert not [to for kind, to, _ in falses(nlp, text) if kind == "nationality"]


def test_a_report_turned_round_leaves_its_speakers_apposition_out(nlp):
    text = (
        "Yet in some areas of the Lisbon economy, investment from abroad is still welcomed, insists Mr Costa, a "
        "Brazilian who left Rio three decades ago. Portuguese investors own 40% of BCP. Spanish investors own 10%."
    )
    assert not [to for kind, to, _ in falses(nlp, text) if kind == "nationality"]
    prompts = [i.prompt for i in candidates(nlp, text)]  # turned round to name the speaker first, without the aside
    assert "Mr Costa insists in some areas of the Lisbon economy, investment from abroad is still welcomed." in prompts


def test_background_in_the_simple_present_past_the_lede_is_no_statement(nlp):
    text = (
        "The Lisbon Actors Guild gave its award to Ana Lopes on Sunday in Porto. "
        "The Lisbon Actors Guild (LAG) represents Portuguese film and TV actors. "
        "Ana Lopes won three awards at the Porto film festival in 2003."
    )
    prompts = [i.prompt for i in candidates(nlp, text)]
    assert not any("represents" in p for p in prompts), prompts
    assert any("won three awards at the Porto film festival in 2003" in p for p in prompts), prompts


def test_the_country_the_story_is_about_is_never_swapped_in(nlp):
    text = (
        "Portugal beat Spain 2-0 on Saturday. Portugal now host France in Porto in March. "
        "Spain play France in April. Portugal lead the group, with France second and Spain third."
    )
    swaps = [(to, prompt) for kind, to, prompt in falses(nlp, text) if kind == "place"]
    assert swaps and not [to for to, _ in swaps if to == "Portugal"], swaps  # Portugal hosting Portugal


@pytest.mark.parametrize(
    "opening",
    [
        "Leeds Library Trust (LLT) opened a new library in Leeds in March 2004.",
        # spelled out in passing, then used without brackets: the one name of those initials
        "A report from the Leeds Library Trust said a new library opened in Leeds in March 2004.",
    ],
)
def test_an_acronym_the_article_spelled_out_is_spelled_out_in_a_statement(nlp, opening):
    text = f"{opening} LLT bought 20,000 books for the library in Leeds in 2005."
    prompts = [i.prompt for i in candidates(nlp, text)]
    assert any(p.startswith("Leeds Library Trust bought 20,000 books") for p in prompts), prompts
    assert not any(re.search(r"\bLLT\b", p) and "Leeds Library Trust" not in p for p in prompts)


def test_a_figure_inside_a_name_is_never_changed_nor_swapped_in(nlp):
    text = (
        "Research firm Leeds View predicts that Wimax will take a lot of business from 3G and will be a clear winner "
        "in Leeds. The regulator Ofcom has declared 056 to be the area code for internet calls in Leeds."
    )
    changed = [(frm, to) for kind, frm, to in number_changes(nlp, text)]
    assert not [c for c in changed if "3" in c], changed


def number_changes(nlp, text: str) -> list[tuple[str, str, str]]:
    made = [i for i in candidates(nlp, text) if not i.answer and i.extra["changed"]["kind"] == "number"]
    return [("number", i.extra["changed"]["from"], i.extra["changed"]["to"]) for i in made]


def test_no_statement_from_a_sentence_with_a_typo_even_where_the_typo_is_cut(nlp):
    text = (
        "Porto beat Benfica 3-1 in Lisbon on Sunday in front of 50,000 fans. "
        "Striker Hugo Almeida revelled in his return to the to the Porto starting line-up and scored twice in Lisbon."
    )
    assert not [i for i in candidates(nlp, text) if "Almeida" in i.prompt]


def test_a_share_whose_complement_the_sentence_gives_is_not_changed(nlp):
    text = (
        "Portuguese films took 37.5% of Lisbon box office takings in 2004, with foreign films taking the remaining "
        "62.5%. Lisbon cinemas sold 4.5% more tickets in 2004 than in 2003."
    )
    assert not [c for c in number_changes(nlp, text) if c[1] in ("37.5%", "62.5%")], number_changes(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Shares in Lisbon rose 3% on Monday. In London, the FTSE 100 index closed 15 points higher at 4,751, "
            "as Porto shares gained 12% in Lisbon.",
            "100",
        ),
        ("Keane won the Lisbon poll in 2004, while US rapper 50 Cent topped the Lisbon poll in 2003.", "50"),
    ],
)
def test_a_figure_that_is_part_of_a_name_is_not_changed(nlp, text, figure):
    assert not [c for c in number_changes(nlp, text) if c[1] == figure], number_changes(nlp, text)


def test_a_count_is_not_changed_below_an_ordinal_it_bounds(nlp):
    text = "Porto kept a clean sheet for the eighth time in 11 matches in Lisbon, and Benfica have 2 points."
    changed = number_changes(nlp, text)
    assert changed and all(int(to) >= 8 for _, frm, to in changed if frm == "11"), changed


def test_a_bare_count_is_not_swapped_for_a_count_of_something_else(nlp):
    text = (
        "Health checks are already made in 47 other countries, the Lisbon minister said. "
        "Recent checks were carried out on 175,000 people at Lisbon airport and 10,000 at Porto."
    )
    changed = {frm: to for _, frm, to in number_changes(nlp, text)}
    assert "175,000" in changed and changed["175,000"] not in ("47", "10,000"), changed


def test_a_person_described_beside_the_name_is_not_swapped(nlp):
    opening = "Tennis player Rui Costa and tennis player Hugo Almeida reached the last eight in Lisbon. "
    described = opening + "Rui Costa, the brother of Portugal's coach Ana Lopes, beat Tom Reed 6-3 6-1 in Porto."
    swapped = [prompt for kind, _, prompt in falses(nlp, described) if kind == "person"]
    assert not swapped  # whose brother beat Tom Reed: a swap asks who is who
    plain = opening + "Rui Costa beat Tom Reed 6-3 6-1 in Porto on Saturday."
    assert [kind for kind, _, _ in falses(nlp, plain) if kind == "person"]  # without the description, a swap


def test_a_person_is_not_swapped_for_one_named_beside_the_statements_other_person(nlp):
    opening = 'Paul Gray joined Mark Hall in backing Tom Reed to lead Portugal. "Reed is ready," Gray said. '
    opening += 'Hall said: "Reed is the best man we have." '
    backing = 'Reed already has the support of many fans, including Ian Ford. Ford said: "He would be a fine choice."'
    swapped = [to for kind, to, _ in falses(nlp, opening + backing) if kind == "person"]
    assert "Ian Ford" not in swapped  # he backs Reed as well: "Gray joined Ford in backing Reed" is not surely false
    apart = 'Many fans want a younger man, and Ian Ford agrees. Ford said: "We need a new face in the job."'
    assert "Ian Ford" in [to for kind, to, _ in falses(nlp, opening + apart) if kind == "person"]


def test_a_share_price_move_past_the_lede_is_no_statement_nor_blank(nlp):
    move = "Shares in Porto Telecom were up 1.76% at 115.5 cents in morning trade."
    lede = "Porto Telecom has signed a new four-year deal worth 40m euros with Benfica."
    for text, asked in ((f"{lede} {move}", False), (f"{move} {lede}", True)):
        article = from_text("t", "Title\n\n" + text)
        prompts = [c.item.prompt for c in propose(article, parse_one(article, nlp)).candidates]
        assert any("1.76" in p or "115.5" in p for p in prompts) == asked  # the day's trading, unless it is the news


def test_a_name_after_its_title_is_not_swapped_where_the_parse_heads_it_by_the_title(nlp):
    text = (
        "Benfica's club chief Tom Reed has defended his club's new shirts. Porto spokesman Paul Gray said the "
        'shirts were part of a wider trend. "We are angry," Gray said. "It was wrong," Reed said.'
    )
    assert not [to for kind, to, _ in falses(nlp, text) if kind == "person"]  # "Benfica's club chief Paul Gray"


def test_nothing_is_swapped_in_a_statement_the_article_negates(nlp):
    # "Hugo Almeida has not played in Madrid since 2003": of him the article says nothing, so it is not false
    opening = "Porto striker Rui Costa and Benfica striker Hugo Almeida spoke on Monday. "
    negated = falses(nlp, opening + "Rui Costa has not played in Madrid since 2003.")
    assert not [p for kind, _, p in negated if kind == "person"]
    positive = falses(nlp, opening + "Rui Costa scored twice in Madrid on Sunday.")
    assert ("person", "Hugo Almeida", "Hugo Almeida scored twice in Madrid on Sunday.") in positive


def test_a_person_is_not_swapped_for_a_speaker_the_article_titles_differently(nlp):
    text = (
        'Porto striker Rui Costa said: "We will win the league." '
        'Journalist Hugo Almeida said: "The team is tired." Rui Costa scored twice in Madrid on Sunday.'
    )
    assert not [p for kind, _, p in falses(nlp, text) if kind == "person"]  # a journalist for a striker


def test_a_figure_read_against_another_of_its_measure_is_not_changed(nlp):
    text = (
        "Growth in Portugal is tipped to be 4.1% this year, dipping to 4% in 2005, the Lisbon bank said. "
        "Profits at Galp Energia in Lisbon rose 76% to $1.13bn, from $639m a year earlier. "
        "The audience for RTP's one-hour special in Lisbon averaged 3.7 million and peaked at 4.2 million. "
        "Exports to Angola fell by 12% in 2004."
    )
    changed = {frm for _, frm, _ in number_changes(nlp, text)}
    never = {"4.1%", "4%", "$1.13bn", "$639m", "3.7 million", "4.2 million"}
    assert "12%" in changed and not changed & never, changed
    worked_out = (
        "Galp saw its fourth-quarter profits fall 15% to $56m, against $66m a year earlier. "
        "Exports to Angola rose by 40% in 2004."
    )
    assert {frm for _, frm, _ in number_changes(nlp, worked_out)} == {"40%"}  # 15% is $66m to $56m


def test_a_time_of_day_or_a_bulleted_note_past_the_lede_is_no_statement(nlp):
    text = (
        "Porto director Ana Lopes won the Lisbon film festival's top award in Lisbon on Sunday.\n\n"
        "- Ana Lopes: A Life in Film is being shown on RTP2 on Saturday 12 February at 2005 GMT.\n\n"
        "The Porto escudo had strengthened to 102.975 against the dollar by 0730 GMT on Monday."
    )
    prompts = [i.prompt for i in candidates(nlp, text)]
    assert prompts and not any("GMT" in p for p in prompts), prompts


def test_background_with_only_a_rough_figure_or_the_year_of_a_name_is_no_statement(nlp):
    text = (
        "Porto airport opened a new terminal for flights to Brazil on Monday. "
        "Brazil has a population of more than 180 million people. "
        "Under the 1989 Lisbon Act, Portuguese councils have a duty to run public libraries. "
        "Brazil has 26 states and a federal district, the Brazilian government says."
    )
    prompts = [i.prompt for i in candidates(nlp, text)]
    assert not any("population" in p or "1989" in p for p in prompts), prompts
    assert "Brazil has 26 states and a federal district, the Brazilian government says." in prompts, prompts


def test_a_lede_that_names_nothing_and_tells_no_news_is_no_statement(nlp):
    hook = "Gambling is hugely popular, especially with tech-savvy criminals."
    prompts = [i.prompt for i in candidates(nlp, hook + " Porto police arrested three men in Lisbon on Monday.")]
    assert hook not in prompts and prompts, prompts


@pytest.mark.parametrize(
    "text",
    [
        "Benfica signed Rui Costa in Lisbon in July.",
        "The Portuguese parliament did not approve the Lisbon airport plan in 2004.",
    ],
)
def test_no_false_statement_puts_in_or_takes_out_a_not(nlp, text):
    # blind readers (r37-r39) rejected nearly every such statement: the "not" gives the key away
    made = [p for _, _, p in falses(nlp, text)]
    assert [i.prompt for i in candidates(nlp, text)] == [text] and not made, made


def test_a_person_is_not_swapped_for_one_whose_words_answer_them(nlp):
    text = (
        'Finance minister Carla Diaz said: "The bank failed us." Health minister Ana Lopes said: "I agree with '
        'Carla. The bank should have acted in December." Transport minister Rita Costa said: "Porto needs a new '
        'bridge by 2008." Carla Diaz criticised Banco Norte over high interest rates in 2004.'
    )
    swapped = {to for _, to, prompt in falses(nlp, text) if "criticised" in prompt}
    assert "Ana Lopes" not in swapped, swapped
    assert "Rita Costa" in swapped, swapped


def test_a_lower_place_of_a_chart_past_the_lede_is_no_statement(nlp):
    text = (
        "Porto film Mare topped the Portuguese box office in Lisbon with takings of $22m at the weekend. "
        "Lisbon comedy Sol came in at fifth with $9m in Portugal. "
        "Porto drama Rio continued to perform well in sixth place with takings of $7.2m in Portugal. "
        "Lisbon thriller Luz came in second with $12m in Portugal."
    )
    prompts = [i.prompt for i in candidates(nlp, text)]
    assert not any("Sol" in p or "Rio" in p for p in prompts), prompts
    assert any(p.startswith("Lisbon thriller Luz came in second") for p in prompts), prompts


def test_a_country_is_not_swapped_where_the_city_or_ground_tells_whose_home_it_is(nlp):
    text = (
        "Ireland beat England 19-13 in Dublin on Sunday to stay top of the Six Nations table. Wales beat Scotland "
        "46-22 in Edinburgh on Sunday. Ireland and Wales share top spot with England third. England lost 11-9 to "
        "Wales in Cardiff in February. Scotland prop Tom Taylor was injured playing against Ireland in Dublin in 2004."
    )
    assert not [(to, prompt) for kind, to, prompt in falses(nlp, text) if kind == "place"]


def test_a_statement_dated_years_before_the_story_is_background(nlp):
    text = (
        "Former Lisbon MP Rui Costa has died in Porto at the age of 84, his family said on Monday 6 December 2004. "
        "Rui Costa won the Porto seat for the Socialists in 1964 by 11 votes. "
        "Rui Costa challenged Jose Lopes for the Socialist leadership in 2003."
    )
    prompts = [i.prompt for i in candidates(nlp, text)]
    assert not any("1964" in p for p in prompts), prompts
    assert any("2003" in p for p in prompts), prompts



def test_a_body_the_model_took_for_a_people_is_no_nationality():
    assert nationality("Brazilians") and nationality("Dutch") and nationality("Greek") and nationality("Iraqi")
    assert not nationality("Euronext")  # "European stock market German has met ..." (r45)
    assert not nationality("Corinthians")  # a Brazilian club: "joining Brazilians" would be near true (r74)


def test_the_same_sum_in_another_currency_is_not_swapped_in(nlp):
    text = "Lisbon drugmaker Galp has announced 5.65bn euros ($7.4bn; £3.9bn) of purchases in Brazil and Angola."
    changed = {(frm, to) for _, frm, to in number_changes(nlp, text)}
    assert changed and not any(to.startswith(("7.4", "3.9")) for _, to in changed), changed



def test_a_person_named_with_a_countrys_possessive_is_not_swapped():
    from quizapp.nlp.facts import Slot
    from quizapp.nlp.items import Person
    from quizapp.nlp.truefalse import Alternatives

    lopes, costa = Person("Ana Lopes", ("Lopes",), gender="female"), Person("Rita Costa", ("Costa",), gender="female")
    alternatives = Alternatives((lopes, costa), {}, frozenset({"Ana Lopes", "Rita Costa"}))
    slot = Slot(1, 2, "person", "Lopes", lopes, "subject")
    assert alternatives.for_slot(slot, "Lopes routed Vera Silva 6-1 6-0 in the final.") == ["Rita Costa"]
    assert alternatives.for_slot(slot, "France's Lopes routed Vera Silva 6-1 6-0 in the final.") == []


def test_a_part_is_never_changed_against_its_whole(nlp):
    text = "At least 60 people were arrested worldwide - 45 of them in Portugal. The police said so."
    assert not [p for kind, _, p in falses(nlp, text) if kind == "number"]
    share = (
        "Rui Costa of the Lisbon clinic said 700,000 people in Angola were on the drugs, amounting to only 12% of "
        "the 5.8 million who needed them."
    )
    assert not [p for kind, _, p in falses(nlp, share) if kind == "number"]


@pytest.mark.parametrize(
    ("text", "kind", "turned"),
    [
        ("Sales of Portuguese wine in Brazil rose by 12% in 2004, the trade body said.", "direction", "fell by 12%"),
        ("Exports of cork to Angola have grown 12% this year, the ministry in Lisbon said.", "direction",
         "have shrunk 12%"),
        ("Galp profits were up 27% at £2bn in 2004, the firm said in Lisbon.", "direction", "were down 27%"),
        ("Portugal's Galp has won a copyright case in Beijing.", "opposite", "has lost a copyright case"),
        ("Shareholders of Galp rejected the offer from Sonangol in Lisbon.", "opposite", "accepted the offer"),
        ("Galp has agreed to buy 33% of Sonangol, the Angolan oil firm, for $1bn.", "opposite", "has refused to buy"),
        ("The Bank of Portugal has raised interest rates to 4.75% in Lisbon.", "opposite", "has cut interest rates"),
        ("A Lisbon court has cleared Rui Costa of fraud over the Galp deal.", "opposite",
         "has convicted Rui Costa of fraud"),
        # a movement or a balance told by a noun a figure measures, the article agreed
        ("Galp reported a 19% rise in profits to £676m in Lisbon.", "direction", "a 19% fall in profits"),
        ("Sales of cork in Lisbon showed an increase of 5% in the year to March.", "direction", "a decrease of 5%"),
        ("Galp posted a pre-tax profit of $2.3bn in Lisbon for the six months to June.", "direction",
         "a pre-tax loss of $2.3bn"),
    ],
)
def test_a_movement_or_an_outcome_is_turned_the_other_way(nlp, text, kind, turned):
    made = falses(nlp, text)
    assert any(k == kind and turned in prompt for k, _, prompt in made), made


@pytest.mark.parametrize(
    "text",
    [
        "Unemployment in Portugal fell to 4.7% in March from 5.1% in February.",  # the two figures tell which way
        "Shares in Galp plunged 20% in Lisbon after Galp warned of weak sales in Brazil.",  # the cause tells
        "The singer Rui Costa fell ill in Lisbon in 2004, and his album sold 20,000 copies.",  # no movement
        "The Galp computer clocked up 35.86 teraflops in tests in Lisbon.",  # a phrasal verb's "up"
        "Rui Costa won the award for best actor in Lisbon on Monday, beating Ana Lopes.",  # "lost the award"?
        "Lisbon's Galp has refused to comment on reports it may be taken over by Sonangol in 2005.",  # no decision
        "The Galp boss Rui Costa rejected claims in a Lisbon court that he pressured Ana Lopes to falsify accounts.",
        "Galp has cut 500 jobs at its Lisbon refinery, the Portuguese firm said.",  # "raised 500 jobs"?
        "The Lisbon council cleared the way for a new stadium in Porto in 2004.",
        # a word beside the verb names the outcome: turned, the statement contradicts itself
        "The Bank of Portugal raised interest rates to 2.5% on Thursday, the first rise in a year.",
        "Galp won its appeal in a Lisbon court on Monday, a victory for the Portuguese firm.",
        "Benfica complained about an incident during Wednesday's 2-1 loss in Lisbon.",  # a defeat, not money
        "Portugal's trade gap narrowed in November, helped by a 3% rise in exports to Brazil.",  # the cause tells
        "Downloads of Portuguese TV shows have increased by 150% in the last year, Galp said.",  # no fall of 150%
        # a concession beside the verb tells the outcome: turned, the statement contradicts itself
        "The Galp board has approved the takeover of the Lisbon bourse despite the signs of opposition from investors.",
    ],
)
def test_nothing_is_turned_where_its_own_words_tell_or_it_would_be_no_english(nlp, text):
    assert not [prompt for kind, _, prompt in falses(nlp, text) if kind in ("direction", "opposite")]


@pytest.mark.parametrize(
    "text",
    [
        "The Portuguese consumer office said two in five of the 635,173 reports it had in 2004 concerned fraud.",
        # how many were asked: the finding stays true whatever the count
        "More than 90% of large companies in Portugal are highly optimistic, a survey of 1,300 bosses in Lisbon says.",
    ],
)
def test_a_count_too_exact_to_remember_or_of_those_asked_is_not_changed(nlp, text):
    assert not [to for kind, to, _ in falses(nlp, text) if kind == "number"]


def test_a_figure_of_the_same_subject_is_not_swapped_in(nlp):
    text = (
        "Portuguese animation Lisboa has raked in $80 million on DVD, its makers said on Monday. "
        "Lisboa took $56 million at the US box office in October."
    )
    assert not [p for _, to, p in falses(nlp, text) if "56" in to], falses(nlp, text)  # of another week: maybe true


def test_a_person_never_named_in_full_is_not_swapped_in():
    from quizapp.nlp.facts import Slot
    from quizapp.nlp.items import Person, Role
    from quizapp.nlp.truefalse import Alternatives

    leader = Role("Tory leader", "leader", frozenset({"tory"}))
    lopes = Person("Ana Lopes", ("Lopes",), (leader,), gender="female")
    white = Person("Mrs White", ("White",), (leader,), gender="female")  # the article only ever says "Mrs White"
    costa = Person("Rita Costa", ("Costa",), (leader,), gender="female")
    slot = Slot(0, 2, "person", "Ana Lopes", lopes, "subject")
    alternatives = Alternatives((lopes, white, costa), {}, frozenset())
    assert alternatives.for_slot(slot, "Ana Lopes called for a return to O-levels in Lisbon.") == ["Rita Costa"]



def test_a_figure_of_a_works_title_is_not_changed(nlp):
    text = "Lisbon Nights has taken $40m at the US box office in its first weekend. Rio's 12 took $20m in Porto."
    assert not [to for kind, to, _ in falses(nlp, text) if kind == "number" and not to.startswith("$")]  # "Rio's 18"
    drama = "A Muslim group in Lisbon has criticised the new series of US drama 24, which is to air on SIC in Portugal."
    assert not [to for kind, to, _ in falses(nlp, drama) if kind == "number"]  # "US drama 36"


def test_one_surname_misspelt_is_one_person():
    from quizapp.nlp.truefalse import excludes

    assert not excludes("Mr Montieth", "David Monteith")  # the article printed one man two ways
    assert excludes("Ana Lopes", "Rita Costa")


def test_a_best_actor_is_not_swapped_for_someone_of_unknown_sex():
    from quizapp.nlp.facts import Slot
    from quizapp.nlp.items import Person
    from quizapp.nlp.truefalse import Alternatives

    costa, lopes = Person("Rui Costa", ("Costa",), gender="male"), Person("Imelda Lopes", ("Lopes",))
    alternatives = Alternatives((costa, lopes), {}, frozenset({"Rui Costa", "Imelda Lopes"}))
    slot = Slot(0, 2, "person", "Rui Costa", costa, "subject")
    assert alternatives._people_for(slot, "Rui Costa won best actor for Lisboa.") == []  # "actor": a man
    assert alternatives._people_for(slot, "Rui Costa won the best screenplay award for Lisboa.") == [lopes]


def test_a_time_of_day_is_never_changed_into_one_no_clock_shows(nlp):
    assert falses(nlp, "A bomb exploded in a car park in Madrid at 2100 local time on Sunday.") == []


def test_agreed_turns_to_refused_only_before_a_verb(nlp):
    assert falses(nlp, "Viacom agreed to the FCC's demands over the Super Bowl broadcast in 2004.") == []
    turned = "Viacom refused to pay the FCC $3.5m over the Super Bowl broadcast in 2004."
    agreed = "Viacom agreed to pay the FCC $3.5m over the Super Bowl broadcast in 2004."
    assert ("opposite", "refused", turned) in falses(nlp, agreed)


def test_no_figure_is_changed_against_the_other_end_of_its_range():
    statement = "A report values WMC shares at A$7.17 to A$8.24, against the bid of A$6."
    assert one_end_of_a_range("A$7.17", statement) and one_end_of_a_range("A$8.24", statement)
    assert not one_end_of_a_range("A$6", statement)
    assert not one_end_of_a_range("12%", "Profits rose 12% to £300m in 2004.")  # a move and its result


def test_a_figure_opening_a_works_title_is_not_changed(nlp):
    text = "Ana Lopes will play Fern in the film to be directed by 13 Going on 30 film-maker Rui Costa in Lisbon."
    assert not [to for kind, to, _ in falses(nlp, text) if kind == "number"]
