#!/usr/bin/env python3
"""A blind-review packet per ../shared/eval/REVIEW.md: a random sample of corpus articles the generators
were not tuned on (not every 11th article, not the dev or seed gold, not the ids given with --exclude),
their items, and the rubric, in one Markdown file a judge reads with no other context.

Usage: .venv/bin/python tools/review_packet.py SEED N DIR [--exclude ID ...]
Writes DIR/articles.jsonl, DIR/items.jsonl and DIR/packet.md, and prints the sampled ids.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "bbc-news.jsonl"
QUIZAPP = ROOT / ".venv" / "bin" / "quizapp"

INSTRUCTIONS = """\
# Blind review packet

You judge quiz items generated from news articles. You see each article and its items. Judge every
item by the rubric below (copied from the project's review guide), each criterion yes or no; an item is
acceptable only when all four hold. Also judge each article's items read as one quiz.

Write your results to the file named in your task: a per-item table (article id, item number, type,
correct, unambiguous, standalone, worthwhile, acceptable, one-line reason for any "no"), then a per-type
summary (n, acceptable count and %, wrong keys), the list of wrong keys, the failure patterns you saw, and
quiz-level notes.

"""


def sample_ids(seed: int, n: int, exclude: set[str]) -> list[dict]:
    corpus = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    gold = {a["id"] for name in ("dev", "dev2", "seed")
            for a in json.loads((SHARED / f"eval/attribution-{name}.json").read_text())["articles"]}
    tuned = {r["id"] for r in corpus[::11]} | gold | exclude
    pool = [r for r in corpus if r["id"] not in tuned]
    return random.Random(seed).sample(pool, n)


def item_view(item: dict) -> dict:
    return {key: item[key] for key in ("type", "prompt", "choices", "answer", "accepted")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("seed", type=int)
    parser.add_argument("n", type=int)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--exclude", nargs="*", default=[])
    args = parser.parse_args()
    args.directory.mkdir(parents=True, exist_ok=True)
    records = sample_ids(args.seed, args.n, set(args.exclude))
    articles = args.directory / "articles.jsonl"
    articles.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    generated = subprocess.run([QUIZAPP, "generate", "--jsonl", articles], capture_output=True, text=True, check=True)
    (args.directory / "items.jsonl").write_text(generated.stdout, encoding="utf-8")
    items_by_id = {o["id"]: o["items"] for o in map(json.loads, generated.stdout.splitlines())}
    parts = [INSTRUCTIONS, (SHARED / "eval" / "REVIEW.md").read_text(encoding="utf-8").split("## How to run one")[0]]
    for record in records:
        items = items_by_id.get(record["id"], [])
        parts.append(f"\n---\n\n## Article {record['id']}: {record['title']}\n\n{record['text']}\n\n### Items\n")
        parts += [f"{n}. `{json.dumps(item_view(item), ensure_ascii=False)}`\n" for n, item in enumerate(items, 1)]
        if not items:
            parts.append("(no items)\n")
    (args.directory / "packet.md").write_text("".join(parts), encoding="utf-8")
    counts: dict[str, int] = {}
    for items in items_by_id.values():
        for item in items:
            counts[item["type"]] = counts.get(item["type"], 0) + 1
    print(" ".join(r["id"] for r in records))
    print(counts)


if __name__ == "__main__":
    main()
