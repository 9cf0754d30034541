"""The selection stage, on candidates written by hand: what one article's quiz may hold."""

from __future__ import annotations

from quizapp.nlp.items import Item
from quizapp.nlp.select import Candidate, compose, item_limit


def item(kind: str, prompt: str, answer, *, n: int = 0, **extra) -> Item:
    choices = {"true_false": ("True", "False"), "who_said": ("Ana Lopes", "Rui Costa", "Carla Diaz")}.get(kind, ())
    return Item(f"{kind}-{n}-{prompt[:12]}", kind, prompt, choices, answer, (), prompt, "", extra)


def candidate(kind: str, prompt: str, answer, sentence: int, weight: float = 1.0, **extra) -> Candidate:
    return Candidate(item(kind, prompt, answer, n=sentence, **extra), frozenset({sentence}), weight)


def test_one_item_per_sentence_and_the_weightiest_sentences_first():
    candidates = [
        candidate("fill_in", "Exports rose by _____ in 2004.", "12%", 0, 1.0, blank_kind="number"),
        candidate("true_false", "Exports rose by 12% in 2004.", True, 0, 0.9),
        candidate("fill_in", "Imports fell by _____ in 2004.", "3%", 1, 0.87, blank_kind="number"),
    ]
    chosen = compose(candidates, word_count=400)
    assert [i.answer for i in chosen] == ["12%", "3%"]


def test_a_fill_in_answer_printed_in_another_prompt_is_not_asked():
    candidates = [
        candidate("true_false", "Carla Diaz cut the fuel tax in Portugal in 2004.", True, 0, 1.0),
        candidate("fill_in", "_____ opened a bridge in Porto.", "Carla Diaz", 1, 0.9, blank_kind="person"),
    ]
    assert [i.type for i in compose(candidates, word_count=400)] == ["true_false"]


def test_true_false_keys_alternate():
    candidates = [
        candidate("true_false", f"Statement number {n} about Lisbon.", True, n, 1.0 - n / 10) for n in range(4)
    ]
    candidates.append(
        candidate(
            "true_false", "Statement about Porto.", False, 5, 0.5, changed={"kind": "number", "from": "4", "to": "6"}
        )
    )
    keys = [i.answer for i in compose(candidates, word_count=900)]
    assert abs(keys.count(True) - keys.count(False)) <= 1


def test_a_sentence_offering_a_false_version_gives_it_when_keys_are_even():
    number = {"kind": "number", "from": "12%", "to": "3%"}
    candidates = [
        candidate("true_false", "Exports rose by 12% in Lisbon in 2004.", True, 0, 1.0),
        candidate("true_false", "Exports rose by 3% in Lisbon in 2004.", False, 0, 1.0, changed=number),
        candidate("true_false", "Imports fell in Porto in 2004.", True, 1, 0.9),
    ]
    assert [i.answer for i in compose(candidates, word_count=400)] == [False, True]


def test_a_swap_that_keeps_the_articles_own_not_may_be_one_false_negated_statement_ahead():
    swap = {"kind": "person", "from": "Rui Costa", "to": "Hugo Almeida"}
    kept_not = [
        candidate("true_false", "Exports rose in Lisbon in 2004.", True, 0, 1.0),
        candidate("true_false", "Hugo Almeida does not want the bridge to close.", False, 1, 0.9, changed=swap),
        candidate("true_false", "Ana Lopes did not sign the deal.", False, 2, 0.8, changed=swap | {"to": "Ana Lopes"}),
    ]
    assert [i.answer for i in compose(kept_not, word_count=900)] == [True, False]  # one ahead, not two


def test_one_speaker_answers_one_who_said_item_at_most():
    said = [
        ("Ana Lopes", "Who said that taxes in Lisbon would rise?"),
        ("Ana Lopes", "Who said that the Porto bridge cost too much?"),
        ("Ana Lopes", "Who said that Braga needed a new hospital?"),
        ("Rui Costa", "Who said that exports to Angola were falling?"),
        ("Carla Diaz", "Who said that tourism in the Algarve had doubled?"),
    ]
    candidates = [candidate("who_said", prompt, name, 5 * n, 1.0 - n / 10) for n, (name, prompt) in enumerate(said)]
    answers = [i.answer for i in compose(candidates, word_count=900)]
    assert answers.count("Ana Lopes") == 1  # a second one of hers: readers kept 76%, against 87% of first ones


def test_the_number_of_items_follows_the_length_of_the_article():
    assert item_limit(100) == 2
    assert item_limit(300) == 6
    assert item_limit(5000) == 12
    many = [
        candidate("fill_in", f"Figure {n} was _____ in 2004.", str(100 + n), n, 1.0, blank_kind="number")
        for n in range(20)
    ]
    assert len(compose(many, word_count=180)) == 4


def test_the_same_swap_is_not_made_twice():
    change = {"kind": "number", "from": "four", "to": "six"}
    candidates = [
        candidate("true_false", "Six Britons were freed in January.", False, 0, 1.0, changed=change),
        candidate("true_false", "Exports rose in Lisbon in 2004.", True, 1, 0.9),
        candidate("true_false", "He was one of six Britons held there.", False, 2, 0.8, changed=change),
    ]
    prompts = [i.prompt for i in compose(candidates, word_count=900)]
    assert "He was one of six Britons held there." not in prompts


def test_two_swaps_of_the_same_two_people_each_way_are_not_both_asked():
    there = {"kind": "speaker", "from": "Ana Lopes", "to": "Rui Costa"}
    back = {"kind": "speaker", "from": "Rui Costa", "to": "Ana Lopes"}
    candidates = [
        candidate("true_false", "Rui Costa said the bridge would open in May.", False, 0, 1.0, changed=there),
        candidate("true_false", "Exports rose in Lisbon in 2004.", True, 1, 0.9),
        candidate("true_false", "Ana Lopes said the toll would be cut.", False, 2, 0.8, changed=back),
        candidate("true_false", "Imports fell in Porto in 2004.", True, 3, 0.7),
    ]
    prompts = [i.prompt for i in compose(candidates, word_count=900)]
    assert "Ana Lopes said the toll would be cut." not in prompts, prompts


def test_a_prompt_printing_the_figure_a_false_statement_changed_gives_it_away():
    change = {"kind": "number", "from": "$47", "to": "$70"}
    candidates = [
        candidate("true_false", "Oil rose above the $70 a barrel mark on Thursday.", False, 0, 1.0, changed=change),
        candidate("fill_in", "US light crude rose $_____ to $47.10 in New York.", "1.64", 1, 0.9, blank_kind="number"),
        candidate("fill_in", "Brent gained $_____ to $470 a tonne in London.", "1.32", 2, 0.87, blank_kind="number"),
    ]
    prompts = [i.prompt for i in compose(candidates, word_count=900)]
    assert "US light crude rose $_____ to $47.10 in New York." not in prompts  # $47.10 is about $47, not $70
    assert "Brent gained $_____ to $470 a tonne in London." in prompts  # another figure


def test_a_prompt_printing_the_figure_swapped_in_as_another_measure_gives_it_away():
    change = {"kind": "number", "from": "20%", "to": "37.5%"}
    boost = candidate("true_false", "Lisbon's box office got a 37.5% boost last year.", False, 0, 1.0, changed=change)
    share = candidate("true_false", "Portuguese films took 37.5% of the box office in 2004.", True, 1, 0.9)
    other = candidate("true_false", "Portuguese films took a third of the box office in 2004.", True, 1, 0.9)
    assert len(compose([boost, share], word_count=900)) == 1  # 37.5% is seen to be the films' share
    assert len(compose([boost, other], word_count=900)) == 2


def test_a_blank_keyed_the_figure_a_false_statement_changed_gives_it_away():
    change = {"kind": "number", "from": "20", "to": "30"}
    false = candidate("true_false", "Lisbon has 30 projects under way in Angola.", False, 0, 1.0, changed=change)
    blank = candidate("fill_in", "Porto named _____ projects for its own port.", "20", 1, 0.9, blank_kind="number")
    other = candidate("fill_in", "Porto named _____ projects for its own port.", "15", 1, 0.9, blank_kind="number")
    assert len(compose([false, blank], word_count=900)) == 1  # the blank's key tells the statement is false
    assert len(compose([false, other], word_count=900)) == 2


def test_a_blank_only_in_the_main_sentences():
    candidates = [
        candidate("who_said", "Who said that taxes in Lisbon would rise?", "Rui Costa", 0, 1.0),
        candidate("fill_in", "_____ opened a bridge in Porto in 2004.", "Ana Lopes", 1, 0.9, blank_kind="person"),
        candidate("fill_in", "Exports to Angola fell by _____ in 2004.", "3%", 2, 0.8, blank_kind="number"),
    ]  # readers judged most blanks past the lede and the sentence after it a side figure
    assert [i.type for i in compose(candidates, word_count=400)] == ["who_said", "fill_in"]
    weightier = candidate("fill_in", "Exports to Angola fell by _____ in 2004.", "3%", 2, 0.9, blank_kind="number")
    assert [i.type for i in compose([*candidates[:2], weightier], word_count=400)] == ["who_said", "fill_in", "fill_in"]


def test_one_person_is_the_answer_to_one_fill_in():
    candidates = [
        candidate("fill_in", "_____ opened a bridge in Porto in 2004.", "Ana Lopes", 0, 1.0, blank_kind="person"),
        candidate("fill_in", "Exports to Angola grew after _____ went there.", "Lopes", 1, 0.9, blank_kind="person"),
    ]
    assert len(compose(candidates, word_count=400)) == 1


def test_two_sayings_of_one_person_about_one_thing_are_not_both_asked():
    to_costa = {"kind": "speaker", "from": "Ana Lopes", "to": "Rui Costa"}
    to_diaz = {"kind": "speaker", "from": "Ana Lopes", "to": "Carla Diaz"}
    candidates = [
        candidate("who_said", 'Who said "Pupil discipline in Porto schools must come first"?', "Ana Lopes", 0, 1.0),
        candidate("true_false", "Rui Costa said that pupil discipline had improved in Porto.", False, 5, 0.9,
                  said_by="Ana Lopes", changed=to_costa),  # fmt: skip
        candidate("true_false", "Carla Diaz said that the fuel tax would be cut in 2005.", False, 10, 0.8,
                  said_by="Ana Lopes", changed=to_diaz),  # fmt: skip
        candidate("who_said", "Who said that pupil discipline had got worse?", "Rui Costa", 15, 0.7),
    ]
    chosen = compose(candidates, word_count=400)
    assert [i.prompt for i in chosen] == [
        'Who said "Pupil discipline in Porto schools must come first"?',
        "Carla Diaz said that the fuel tax would be cut in 2005.",  # Ana Lopes again, on another subject
        "Who said that pupil discipline had got worse?",  # the same subject, another person
    ]


def test_every_word_of_a_blanked_name_printed_elsewhere_gives_it_away():
    candidates = [
        candidate("true_false", "The SEC fined Columbia Funds Distributor $140m in 2004.", True, 0, 1.0),
        candidate("fill_in", "Two executives of _____ were charged.", "Columbia Distributor", 1, 0.9,
                  blank_kind="organisation"),
    ]  # fmt: skip
    assert [i.type for i in compose(candidates, word_count=400)] == ["true_false"]


def test_a_prompt_naming_the_speaker_of_a_who_said_item_gives_it_away():
    candidates = [
        candidate("who_said", "Who said that most attacks hit sites in Porto?", "Ana Lopes", 0, 1.0),
        candidate("fill_in", "Bigger attacks of _____ were rare, Ana Lopes said.", "200MB", 1, 0.9,
                  blank_kind="number"),
        candidate("fill_in", "Bigger attacks were rare in Lisbon, _____ said.", "Ana Lopes", 2, 0.88,
                  blank_kind="person"),
        candidate("fill_in", "Sites in Porto lost _____ in 2004.", "$4m", 3, 0.87, blank_kind="number"),
    ]  # fmt: skip
    assert [i.answer for i in compose(candidates, word_count=400)] == ["Ana Lopes", "$4m"]


def test_a_statement_of_what_the_speaker_said_in_other_words_gives_the_who_said_item_away():
    candidates = [
        candidate("who_said", 'Who said "I very much wanted to be in Porto but I am not well"?', "Ana Lopes", 0, 1.0),
        candidate("true_false", "Ana Lopes cancelled a visit to Porto, saying she was too ill to fly.", True, 1, 0.9),
        candidate("true_false", "Rui Costa opened the Porto festival in 2004.", True, 2, 0.8),
    ]
    assert [i.answer for i in compose(candidates, word_count=400)] == ["Ana Lopes", True]
    assert [i.prompt for i in compose(candidates, word_count=400)][1].startswith("Rui Costa")


def test_one_persons_sayings_a_sentence_apart_are_one_stretch_of_talk():
    swapped = {"kind": "speaker", "from": "Ana Lopes", "to": "Rui Costa"}
    candidates = [
        candidate("who_said", 'Who said "We believe peace in Porto is possible now"?', "Ana Lopes", 3, 1.0),
        candidate("true_false", 'Rui Costa said "It would be irresponsible to let the chance slip away".', False, 4,
                  0.9, said_by="Ana Lopes", changed=swapped),  # fmt: skip
        candidate("true_false", "Rui Costa said that the fuel tax would be cut in 2005.", False, 9, 0.8,
                  said_by="Ana Lopes", changed=swapped),  # fmt: skip
    ]
    assert [i.prompt[:15] for i in compose(candidates, word_count=400)] == ['Who said "We be', "Rui Costa said "]
    assert "fuel tax" in compose(candidates, word_count=400)[1].prompt  # the later saying, not the next sentence

def test_a_prompt_naming_a_who_said_answer_on_the_same_subject_gives_it_away():
    candidates = [
        candidate("who_said", "Who said that his party can save £35m in Porto by tackling waste?", "Ana Lopes", 0, 1.0),
        candidate("who_said", 'Who said "Nobody in Porto believes Ana Lopes\'s claims of £35m"?', "Rui Costa", 5, 0.9),
        candidate("who_said", 'Who said "Ana Lopes will lose the vote in Braga"?', "Carla Diaz", 9, 0.8),
    ]
    assert [i.answer for i in compose(candidates, word_count=400)] == ["Ana Lopes", "Carla Diaz"]
    reported = [  # the statement reports what the quotation says, in other forms of its words
        candidate("true_false", "Agent Ana Lopes has insisted she has had no contact with Benfica.", True, 0, 1.0),
        candidate("who_said", 'Who said "Nobody from Benfica has contacted me"?', "Ana Lopes", 5, 0.9),
    ]
    assert len(compose(reported, word_count=400)) == 1


def test_the_lede_is_not_lost_to_a_later_item_that_would_give_it_away():
    candidates = [
        candidate("true_false", 'Porto coach Ana Lopes has called Benfica\'s complaint "pathetic".', True, 0, 1.0),
        candidate("who_said", 'Who said "The way Benfica complained is pathetic"?', "Ana Lopes", 3, 1.1),
    ]
    assert [i.type for i in compose(candidates, word_count=400)][0] == "true_false"


def test_a_prompt_telling_what_a_false_statement_changed_gives_it_away():
    swap = {"kind": "person", "from": "Rui Costa", "to": "Hugo Almeida"}
    candidates = [
        candidate("true_false", "Top seed Rui Costa suffered a heavy defeat by Hugo Almeida in Lisbon.", True, 0, 1.0),
        candidate("true_false", "Hugo Almeida was beaten by the drop shots, losing 6-3 6-1.", False, 1, 0.9,
                  changed=swap),  # fmt: skip
        candidate("true_false", "Imports fell in Porto in 2004.", True, 2, 0.8),
    ]
    prompts = [i.prompt for i in compose(candidates, word_count=900)]
    assert "Hugo Almeida was beaten by the drop shots, losing 6-3 6-1." not in prompts, prompts


def test_a_true_statement_passed_over_is_taken_once_a_later_false_one_evens_the_keys():
    number = {"kind": "number", "from": "7%", "to": "5%"}
    candidates = [
        candidate("true_false", "Exports rose in Lisbon in 2004.", True, 0, 1.0),
        candidate("true_false", "Imports fell in Porto in 2004.", True, 1, 0.9),
        candidate("true_false", "Wages rose by 5% in Faro in 2004.", False, 2, 0.8, changed=number),
    ]
    assert sorted(i.answer for i in compose(candidates, word_count=400)) == [False, True, True]


def test_a_true_statement_with_the_articles_own_not_may_run_one_further_ahead():
    candidates = [
        candidate("true_false", "Exports rose in Lisbon in 2004.", True, 0, 1.0),
        candidate("true_false", "Imports did not fall in Porto in 2004.", True, 1, 0.9),
        candidate("true_false", "Wages rose in Faro in 2004.", True, 2, 0.8),
    ]
    assert [i.prompt for i in compose(candidates, word_count=400)] == [
        "Exports rose in Lisbon in 2004.", "Imports did not fall in Porto in 2004."
    ]


def test_a_persons_position_is_asked_from_deep_in_the_article_where_a_side_fact_is_not():
    lede = candidate("true_false", "Lisbon cut fuel tax by 5% in 2004.", True, 0, 1.0)
    side = candidate("true_false", "Porto opened a bridge in 1998.", False, 20, 0.3)
    position = candidate("true_false", "Ana Lopes said the tax cut came too late.", False, 21, 0.3, said_by="Rui Costa",
                         changed={"kind": "speaker", "from": "Rui Costa", "to": "Ana Lopes"})  # fmt: skip
    assert [i.prompt for i in compose([lede, side], word_count=400)] == [lede.item.prompt]
    assert [i.prompt for i in compose([lede, position], word_count=400)] == [lede.item.prompt, position.item.prompt]


def test_one_fact_in_other_words_is_asked_once():
    tucker = candidate("true_false", "One member of the Bank of Portugal's Monetary Policy Committee (MPC) - "
                       "Rui Costa - voted to raise rates to 5%.", True, 0)
    again = candidate("true_false", "Monetary Policy Committee member Rui Costa voted for a quarter point rise in "
                      "interest rates to 5%.", True, 1)
    other = candidate("true_false", "Ana Lopes said rates would stay at 5% in Lisbon.", False, 2, 0.9)
    prompts = [i.prompt for i in compose([tucker, again, other], word_count=400)]
    assert prompts == [tucker.item.prompt, other.item.prompt]  # one figure, but not one person's


def test_two_statements_naming_one_person_as_the_speaker_are_not_both_asked():
    swapped = {"kind": "speaker", "from": "Ana Lopes", "to": "Rui Costa"}
    candidates = [
        candidate("true_false", "Rui Costa said the bridge would open in May.", True, 0, 1.0, said_by="Rui Costa"),
        candidate("true_false", "Rui Costa said the toll would be cut.", False, 2, 0.9, said_by="Ana Lopes",
                  changed=swapped),  # fmt: skip
        candidate("true_false", "Imports fell in Porto in 2004.", True, 3, 0.7),
    ]
    prompts = [i.prompt for i in compose(candidates, word_count=900)]
    assert "Rui Costa said the toll would be cut." not in prompts, prompts


def test_a_movement_turned_is_not_asked_beside_a_prompt_that_prints_the_true_one():
    turned = {"kind": "direction", "from": "growth", "to": "decline"}
    lede = candidate("true_false", "New members will bolster Portugal's economic growth in 2005.", True, 0)
    false = candidate("true_false", "The Bank of Portugal forecasts economic decline of 2.2% in 2005.", False, 1,
                      changed=turned)  # fmt: skip
    prompts = [i.prompt for i in compose([lede, false], word_count=400)]
    assert prompts == [lede.item.prompt], prompts
    elsewhere = candidate("true_false", "New members will lift Portugal's exports in 2005.", True, 0)
    prompts = [i.prompt for i in compose([elsewhere, false], word_count=400)]
    assert false.item.prompt in prompts, prompts



def test_a_who_said_answer_left_by_elimination_is_not_asked():
    said = [("Ana Lopes", "Who said taxes in Lisbon would rise?"), ("Rui Costa", "Who said exports were falling?"),
            ("Carla Diaz", "Who said tourism in the Algarve had doubled?")]  # fmt: skip
    candidates = [candidate("who_said", prompt, name, 5 * n, 1.0 - n / 10) for n, (name, prompt) in enumerate(said)]
    answers = [i.answer for i in compose(candidates, word_count=900)]
    assert answers == ["Ana Lopes", "Rui Costa"]  # the third over the same three names: the one name not yet keyed


def test_a_decision_turned_is_not_asked_beside_a_prompt_on_the_same_thing():
    turned = {"kind": "opposite", "from": "rejected", "to": "accepted"}
    lede = candidate("true_false", "Galp has accepted a takeover offer worth $3bn from Sonae.", False, 0,
                     changed=turned)  # fmt: skip
    board = candidate("true_false", 'Rui Costa said "The board is not prepared to recommend the offer".', True, 1)
    assert len(compose([lede, board], word_count=400)) == 1
    other = candidate("true_false", "Rui Costa said Galp would cut 500 jobs in Lisbon.", True, 1)
    assert len(compose([lede, other], word_count=400)) == 2
