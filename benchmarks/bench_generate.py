"""How much `quizapp generate` costs beyond the spaCy parse it cannot avoid.

Runs, in one process and alternating, a bare `nlp.pipe` over the blocks of N corpus articles and the
full generator (parse, people, attribution, items, JSON) over the same articles, and prints the ratio
of the best times. Usage: python benchmarks/bench_generate.py [--articles 300] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from quizapp.nlp.article import Article, from_text
from quizapp.nlp.model import load_model, model_name
from quizapp.nlp.pipeline import DOCS_PER_BATCH, generate

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc-news.jsonl"


def corpus_articles(count: int) -> list[Article]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    step = max(1, len(lines) // count)
    records = [json.loads(line) for line in lines[::step][:count]]
    return [from_text(r["id"], r["text"], title=r["title"]) for r in records]


def best_of(rounds: int, *runs: Callable[[], None]) -> list[float]:
    """The best wall time of each run, the runs interleaved so that machine noise hits them alike."""
    best = [float("inf")] * len(runs)
    for _ in range(rounds):
        for n, run in enumerate(runs):
            start = time.perf_counter()
            run()
            best[n] = min(best[n], time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    nlp = load_model(model_name())
    articles = corpus_articles(args.articles)
    texts = [block.text for article in articles for block in article.blocks]

    def bare_parse() -> None:
        for _ in nlp.pipe(texts, batch_size=DOCS_PER_BATCH):
            pass

    def full_generate() -> None:
        for result in generate(articles, nlp):
            json.dumps(result.to_json(), ensure_ascii=False)

    best_of(1, lambda: list(nlp.pipe(texts[:50])), lambda: list(generate(articles[:5], nlp)))  # warm up
    parse, full = best_of(args.rounds, bare_parse, full_generate)
    print(f"articles: {len(articles)}, blocks: {len(texts)}, model: {nlp.meta['name']}")
    print(f"bare nlp.pipe: {parse:.2f} s   quizapp generate: {full:.2f} s")
    print(f"ratio generate / parse: {full / parse:.3f} (target <= 1.25)")


if __name__ == "__main__":
    main()
