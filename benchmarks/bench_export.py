"""Exporting a deck costs little next to generating its items.

Generates the items of N corpus articles (default 2,000) in this process, then writes them as one
Anki package and as GIFT and CSV, and prints each export's time as a ratio of the generation time.
Usage: python benchmarks/bench_export.py [--articles 2000]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from quizapp.export.anki import write_apkg
from quizapp.export.gift import to_gift
from quizapp.export.tables import to_csv
from quizapp.nlp.article import from_text
from quizapp.nlp.model import load_model, model_name
from quizapp.nlp.pipeline import generate

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc-news.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()[: args.articles]]
    articles = [from_text(r["id"], r["text"], title=r["title"]) for r in records]
    nlp = load_model(model_name())

    start = time.perf_counter()
    items = [result.to_json() for result in generate(articles, nlp)]
    generating = time.perf_counter() - start
    count = sum(len(a["items"]) for a in items)

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        notes = write_apkg(items, Path(tmp) / "corpus.apkg", timestamp=0)
        deck = time.perf_counter() - start
    start = time.perf_counter()
    to_gift(items), to_csv(items)
    text = time.perf_counter() - start

    print(f"articles: {len(items)}, items: {count}, notes: {notes}")
    print(f"generate: {generating:.1f} s   anki deck: {deck:.2f} s   gift+csv: {text:.2f} s")
    print(f"ratio deck / generate: {deck / generating:.4f}   gift+csv / generate: {text / generating:.4f}")


if __name__ == "__main__":
    main()
