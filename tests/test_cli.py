"""`quizapp generate` as a user runs it: files in, JSON Lines out, clear messages for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import SEED

BAD_INPUTS = {
    "empty file": (b"", None),
    "random bytes": (bytes(range(256)) * 8, "not a text file"),
    "latin-1 text": ("Le café est fermé, a dit le maire.".encode("latin-1"), "not UTF-8"),
}


def run_generate(runner, *args: str):
    return runner.invoke(args=["generate", *args], catch_exceptions=False)


def test_generate_seed_prints_one_json_line(runner):
    result = run_generate(runner, str(SEED))
    assert result.exit_code == 0
    [line] = result.stdout.splitlines()
    article = json.loads(line)
    assert article["id"] == "putin-kim-aurus"
    assert article["byline"] == "Sead Dedovic"
    assert {i["type"] for i in article["items"]} >= {"who_said"}


def test_two_runs_print_identical_output(runner):
    assert run_generate(runner, str(SEED)).stdout == run_generate(runner, str(SEED)).stdout


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_input_gets_a_clear_message(runner, tmp_path: Path, name: str):
    content, message = BAD_INPUTS[name]
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    result = run_generate(runner, str(path))
    if message is None:  # an empty article is readable: it has no items
        assert result.exit_code == 0
        assert json.loads(result.stdout)["items"] == []
    else:
        assert result.exit_code == 1
        assert result.stdout == ""
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr


def test_missing_file_is_reported_and_the_others_still_run(runner, tmp_path: Path):
    result = run_generate(runner, str(tmp_path / "missing.txt"), str(SEED))
    assert result.exit_code == 1
    assert "missing.txt: no such file" in result.stderr
    assert json.loads(result.stdout)["id"] == "putin-kim-aurus"


def test_no_input_is_a_usage_error(runner):
    result = runner.invoke(args=["generate"])
    assert result.exit_code == 2
    assert "give article files or --jsonl FILE" in result.stderr


def test_html_script_never_reaches_an_item(runner, tmp_path: Path):
    page = tmp_path / "page.html"
    body = SEED.read_text(encoding="utf-8").split("\n\n", 2)[2]
    paragraphs = "".join(f"<p>{p}</p><script>var secret = 'stolen cookie';</script>" for p in body.splitlines())
    page.write_text(f"<html><head><title>Pact</title></head><body>{paragraphs}</body></html>", encoding="utf-8")
    result = run_generate(runner, str(page))
    assert result.exit_code == 0
    assert "stolen cookie" not in result.stdout and "var secret" not in result.stdout
    assert json.loads(result.stdout)["items"]


def test_article_with_no_people_gives_no_who_said_items(runner, tmp_path: Path):
    path = tmp_path / "weather.md"
    path.write_text("# Weather\n\nRain is expected across the north on Tuesday. Temperatures will fall.\n")
    result = run_generate(runner, str(path))
    assert result.exit_code == 0
    article = json.loads(result.stdout)
    assert article["attributions"] == []
    assert not [i for i in article["items"] if i["type"] == "who_said"]


@pytest.mark.slow
def test_one_megabyte_article(runner, tmp_path: Path):
    paragraph = "The committee met again on Tuesday and agreed to publish its report in the spring. " * 12
    path = tmp_path / "long.txt"
    path.write_text("A long report\n\n" + "\n\n".join([paragraph] * (1_000_000 // len(paragraph) + 1)))
    assert path.stat().st_size >= 1_000_000
    result = run_generate(runner, str(path))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "A long report"


def test_jobs_give_the_same_output_as_one_process(runner, tmp_path: Path):
    from .conftest import corpus_records

    path = tmp_path / "slice.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in corpus_records(97, limit=20)), encoding="utf-8")
    one = run_generate(runner, "--jsonl", str(path))
    two = run_generate(runner, "--jsonl", str(path), "--jobs", "2")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 20
