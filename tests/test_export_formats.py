"""GIFT, CSV and Quizlet files from the same items."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from quizapp.export.gift import escape, question, to_gift
from quizapp.export.tables import CSV_COLUMNS, to_csv, to_quizlet

from .conftest import SEED

WHO = dict(
    id="w1", type="who_said", prompt='Who said: "2 + 2 = {four}"?', choices=["Ann Lee", "Bo Ma", "Cy Ng"],
    answer="Bo Ma", accepted=["Ma"], evidence="Bo Ma said so.", explanation="Bo Ma: a maths teacher #1.",
)  # fmt: skip
TF = dict(
    id="t1", type="true_false", prompt="The vote was 12:9.", choices=["True", "False"], answer=False,
    accepted=[], evidence="The vote was 12 to 9.", explanation="False ~ it was 12 to 9.",
)  # fmt: skip
FILL = dict(
    id="f1", type="fill_in", prompt="The bridge cost _____ euros.", choices=[], answer="40",
    accepted=["forty"], evidence="The bridge cost 40 euros.", explanation="The article says so.",
)  # fmt: skip
ARTICLE = {"id": "a", "title": "Tolls: a=b", "byline": None, "attributions": [], "items": [WHO, TF, FILL]}


def test_gift_escapes_its_special_characters():
    assert escape("a ~ b = c # d { e } f : g \\ h") == "a \\~ b \\= c \\# d \\{ e \\} f \\: g \\\\ h"
    assert question(WHO) == (
        '::w1::[html]Who said\\: "2 + 2 \\= \\{four\\}"? {~Ann Lee =Bo Ma ~Cy Ng ####Bo Ma\\: a maths teacher \\#1.}'
    )


def test_gift_true_false_and_short_answer_with_every_accepted_answer():
    assert question(TF) == "::t1::[html]The vote was 12\\:9. {FALSE####False \\~ it was 12 to 9.}"
    assert question(FILL) == "::f1::[html]The bridge cost {=40 =forty ####The article says so.} euros."
    gift = to_gift([ARTICLE])
    assert gift.startswith("$CATEGORY: quizapp/Tolls\\: a\\=b\n\n")
    assert gift.count("::") == 2 * 3


def test_csv_opens_as_one_row_per_item():
    rows = list(csv.reader(io.StringIO(to_csv([ARTICLE]))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 4
    assert rows[1][CSV_COLUMNS.index("choices")] == "Ann Lee | Bo Ma | Cy Ng"
    assert rows[2][CSV_COLUMNS.index("answer")] == "False"


def test_csv_never_starts_a_cell_with_a_formula():
    risky = dict(FILL, prompt='=HYPERLINK("http://x") _____', answer="@SUM(1)")
    rows = list(csv.reader(io.StringIO(to_csv([dict(ARTICLE, items=[risky])]))))
    assert rows[1][CSV_COLUMNS.index("prompt")].startswith("'=")
    assert rows[1][CSV_COLUMNS.index("answer")] == "'@SUM(1)"


def test_quizlet_lines_are_term_tab_definition():
    lines = to_quizlet([ARTICLE]).splitlines()
    assert lines == [
        'Who said: "2 + 2 = {four}"? (Ann Lee / Bo Ma / Cy Ng)\tBo Ma',
        "True or false: The vote was 12:9.\tFalse",
        "The bridge cost _____ euros.\t40",
    ]


MARKUP = "<script>alert('x')</script>"


def test_gift_escapes_markup_everywhere_and_keeps_an_ampersand_in_a_short_answer():
    hostile = {"id": "h", "title": f"News {MARKUP}", "items": [
        dict(WHO, prompt=f"Who said {MARKUP}?", choices=[MARKUP, "Bo Ma", "Cy Ng"], explanation=MARKUP),
        dict(TF, prompt=f"{MARKUP} is & was"),
        dict(FILL, prompt=f"{MARKUP} _____ <b>", answer="AT&T", accepted=[MARKUP]),
    ]}  # fmt: skip
    gift = to_gift([hostile])
    assert "<script" not in gift and "<b>" not in gift
    assert gift.count("&lt;script&gt;") == 7  # title, prompt, choice, feedback, prompt, prompt, answer
    assert "is &amp; was" in gift and "=AT&T " in gift
    assert all(block.startswith(("$CATEGORY", "::")) for block in gift.split("\n\n") if block)
    assert gift.count("::[html]") == 3


def test_quizlet_never_starts_a_field_with_a_formula():
    risky = dict(FILL, prompt='=HYPERLINK("http://x") _____', answer="@SUM(1)")
    [line] = to_quizlet([dict(ARTICLE, items=[risky])]).splitlines()
    term, definition = line.split("\t")
    assert term.startswith("'=HYPERLINK") and definition == "'@SUM(1)"


def test_export_command_writes_each_format(runner, tmp_path: Path):
    items = tmp_path / "seed.jsonl"
    generated = runner.invoke(args=["generate", str(SEED)])
    items.write_text(generated.stdout, encoding="utf-8")
    count = len(json.loads(generated.stdout)["items"])
    for fmt in ("gift", "csv", "quizlet"):
        out = tmp_path / f"seed.{fmt}"
        result = runner.invoke(args=["export", "--items", str(items), "--format", fmt, "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert f"wrote {count} items" in result.stderr
    assert (tmp_path / "seed.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM, for Excel
    assert len((tmp_path / "seed.quizlet").read_text(encoding="utf-8").splitlines()) == count
    deck = tmp_path / "seed.apkg"
    result = runner.invoke(args=["export-anki", str(SEED), "--out", str(deck)])
    assert result.exit_code == 0 and deck.stat().st_size > 0
    assert f"wrote {count} notes in 1 deck(s)" in result.stderr
