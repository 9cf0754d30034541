"""What a clipped name or a definite description ("the group") stands for, on parses built by hand so that
the named-entity model's guesses do not decide what is tested."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from quizapp.nlp.referents import Referents


def paragraph(nlp: Language, sentences: list[tuple[str, list[tuple[int, int]]]]) -> Doc:
    """A doc of the given sentences, each with its organisations as token ranges within the sentence."""
    words: list[str] = []
    starts: list[bool] = []
    organisations: list[tuple[int, int]] = []
    for text, spans in sentences:
        tokens = text.split()
        organisations += [(len(words) + start, len(words) + end) for start, end in spans]
        starts += [True] + [False] * (len(tokens) - 1)
        words += tokens
    doc = Doc(nlp.vocab, words=words, sent_starts=starts, lemmas=[w.lower() for w in words])
    doc.ents = [Span(doc, start, end, label="ORG") for start, end in organisations]
    return doc


LEDE = ("Hallam , Britain's third-biggest bank , saw profits rise .", [])  # the parent, untagged
ARM = ("Earnings at Hallam Capital investment bank rose 25% .", [(2, 4)])
GROUP = ("The group is the first bank to report results .", [])
LATER = ("Hallam results were in line with forecasts .", [(0, 1)])
SHARES = ("Shares in Hallam Capital rose 2% .", [(2, 4)])


def test_a_short_name_used_alone_before_its_longer_form_is_the_parent_not_the_arm(nlp):
    referents = Referents([(0, paragraph(nlp, [LEDE, ARM, GROUP, LATER]))])
    assert referents.full_name("Hallam", "ORG") is None
    clipped = Referents([(0, paragraph(nlp, [ARM, GROUP, LATER]))])
    assert clipped.full_name("Hallam", "ORG") == "Hallam Capital"  # named in full first, then clipped


def test_a_description_is_not_resolved_to_the_arm_of_a_body_named_alone_before(nlp):
    with_parent = paragraph(nlp, [LEDE, ARM, SHARES, GROUP])
    group = with_parent[-9]
    assert group.text == "group"
    assert Referents([(0, with_parent)]).resolve(0, group, 3) is None  # Hallam, or Hallam Capital?
    arm_only = paragraph(nlp, [ARM, SHARES, GROUP])
    assert Referents([(0, arm_only)]).resolve(0, arm_only[-9], 2) == "Hallam Capital"


def test_the_names_a_word_was_clipped_from_are_found_at_either_end(nlp):
    doc = paragraph(nlp, [("Fans of Manchester City and Real Madrid met .", [(2, 4), (5, 7)])])
    referents = Referents([(0, doc)])
    assert referents.names_clipped_to("City") == {"Manchester City": "ORG"}
    assert referents.names_clipped_to("Real") == {"Real Madrid": "ORG"}
    assert referents.names_clipped_to("Fans") == {}


def test_a_word_used_alone_before_the_longer_name_or_an_acronym_is_no_clipped_name(nlp):
    body_first = paragraph(nlp, [("Hallam has met the coaches .", []), ("Plans go to the Hallam Council .", [(4, 6)])])
    assert Referents([(0, body_first)]).names_clipped_to("Hallam") == {}  # the body, and later its council
    acronym = paragraph(nlp, [("Plans go to the IAAF Council .", [(4, 6)]), ("The IAAF agreed .", [])])
    assert Referents([(0, acronym)]).names_clipped_to("IAAF") == {}
    clipped = paragraph(nlp, [("Plans go to the Hallam Council .", [(4, 6)]), ("Hallam agreed .", [])])
    assert Referents([(0, clipped)]).names_clipped_to("Hallam") == {"Hallam Council": "ORG"}


def test_an_entity_cut_from_a_longer_name_is_no_referent(nlp):
    words = "Jazz legend Nina Cole visited the city .".split()
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True] * 6 + [False, False],
        sent_starts=[True] + [False] * 7,
        lemmas=[w.lower() for w in words],
        pos=["NOUN", "NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        heads=[1, 3, 3, 4, 4, 6, 4, 4],
        deps=["compound", "compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
    )
    doc.ents = [Span(doc, 2, 3, label="GPE")]  # "Nina", as the small model tags it
    assert Referents([(0, doc)]).resolve(0, doc[6], 0) is None  # "the city" is no "Nina"
    doc.ents = [Span(doc, 2, 4, label="GPE")]  # had the model tagged "Nina Cole" a place, it would be one
    assert Referents([(0, doc)]).resolve(0, doc[6], 0) == "Nina Cole"


def test_the_paper_or_channel_someone_spoke_to_is_no_referent(nlp):
    doc = nlp('Rui Costa lost his job in May. "We were in trouble," he told BBC News Online. '
              "At the start of the year, the company employed 268 people.")
    company = next(t for t in doc if t.text == "company")
    told = Referents([(0, doc)])
    assert [e.text for _, e in told.entities if e.label == "ORG"] == []  # "BBC News Online" is where he said it
    assert told.resolve(0, company, 2) is None


def test_a_description_is_not_resolved_to_a_name_in_passing_where_the_story_names_another_more(nlp):
    doc = paragraph(nlp, [
        ("Hallam will face Leeds on Wednesday .", [(0, 1), (3, 4)]),
        ("Hallam have won ten games .", [(0, 1)]),
        ("Hallam beat Porto in 2001 .", [(0, 1), (2, 3)]),
        ("Smith played well .", []),
        ("Smith was signed from Porto in 1998 .", [(4, 5)]),
        ("Fans cheered .", []),
        ("Then Jones bought the club in 2003 .", []),
    ])  # fmt: skip
    club = doc[-4]
    assert club.text == "club"
    assert Referents([(0, doc)]).resolve(0, club, 6) is None  # Porto, or the story's Hallam?
    alone = paragraph(nlp, [
        ("Porto won the cup .", [(0, 1)]),
        ("Smith was signed from Porto in 1998 .", [(4, 5)]),
        ("Then Jones bought the club .", []),
    ])  # fmt: skip
    assert Referents([(0, alone)]).resolve(0, alone[-2], 2) == "Porto"


def test_the_country_beside_a_people_of_another_country_is_not_the_country_just_named(nlp):
    def country_in(words: str, ents: list[tuple[int, int, str]]) -> str | None:
        tokens = words.split()
        starts = [True] + [False] * (len(tokens) - 1)
        doc = Doc(nlp.vocab, words=tokens, lemmas=words.lower().split(), sent_starts=starts)
        doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
        head = next(t for t in doc if t.text == "country")
        return Referents([(0, doc)]).resolve(0, head, 0)

    plain = "President Silva offered Angola access to the country 's oil ."
    assert country_in(plain, [(3, 4, "GPE")]) == "Angola"
    beside = "Portuguese president Silva offered Angola access to the country 's oil ."
    assert country_in(beside, [(0, 1, "NORP"), (4, 5, "GPE")]) is None  # Portugal's oil, surely


def test_the_country_is_never_a_city_and_the_city_never_a_country(nlp):
    def resolved(words: str, place: int, head_word: str) -> str | None:
        tokens = words.split()
        starts = [True] + [False] * (len(tokens) - 1)
        doc = Doc(nlp.vocab, words=tokens, lemmas=words.lower().split(), sent_starts=starts)
        doc.ents = [Span(doc, place, place + 1, label="GPE")]
        head = next(t for t in doc if t.text == head_word)
        return Referents([(0, doc)]).resolve(0, head, 0)

    assert resolved("Shares in Jakarta fell after the country doubled its estimate .", 2, "country") is None
    assert resolved("Shares in Indonesia fell after the country doubled its estimate .", 2, "country") == "Indonesia"
    assert resolved("Shares in Indonesia fell after the city doubled its estimate .", 2, "city") is None
    assert resolved("Shares in Jakarta fell after the city doubled its estimate .", 2, "city") == "Jakarta"
