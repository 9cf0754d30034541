#!/usr/bin/env python3
"""The yardsticks of issues 11 and 12 on the landed code, in one run.

- every 11th corpus article: `check_items.py --quiz`, items by type, the share of negated true/false
  statements keyed False, the share of articles with an item from the first paragraph, the median item
  count of articles of 300 words or more;
- the public dev gold (dev + dev2): `score_attribution.py`;
- the seed: `check_items.py --quiz` and its items by type.

Usage: .venv/bin/python tools/measure.py [--jobs 2] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "bbc-news.jsonl"
QUIZAPP = ROOT / ".venv" / "bin" / "quizapp"
NEGATION = re.compile(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)


def run(*args: object) -> str:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, check=False).stdout


def generate(records: list[dict], directory: Path, name: str, jobs: int) -> Path:
    source = directory / f"{name}-articles.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    items = directory / f"{name}-items.jsonl"
    items.write_text(run(QUIZAPP, "generate", "--jsonl", source, "--jobs", jobs), encoding="utf-8")
    return items


def quiz_figures(records: list[dict], items_path: Path) -> dict[str, object]:
    texts = {r["id"]: r["text"] for r in records}
    outputs = [json.loads(line) for line in items_path.read_text(encoding="utf-8").splitlines()]
    types: Counter[str] = Counter()
    negated = negated_false = first_para = 0
    long_counts = []
    for article in outputs:
        items = article["items"]
        types.update(i["type"] for i in items)
        for item in items:
            if item["type"] == "true_false" and NEGATION.search(item["prompt"]):
                negated += 1
                negated_false += item["answer"] is False
        text = texts[article["id"]]
        first = " ".join(text.split("\n\n")[0].split())
        if any(" ".join(i["evidence"].split()) in first or first in " ".join(i["evidence"].split()) for i in items):
            first_para += 1
        if len(text.split()) >= 300:
            long_counts.append(len(items))
    return {
        "articles": len(outputs),
        "items": dict(sorted(types.items())),
        "negated true/false keyed False": f"{negated_false}/{negated} = {negated_false / max(negated, 1):.2f}",
        "articles with a first-paragraph item": f"{first_para}/{len(outputs)} = {first_para / len(outputs):.2f}",
        "median items, articles of 300+ words": statistics.median(long_counts) if long_counts else None,
    }


def load_gold(name: str) -> list[dict]:
    return json.loads((SHARED / f"eval/attribution-{name}.json").read_text())["articles"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="keep the generated files here")
    parser.add_argument("--skip-corpus", action="store_true")
    args = parser.parse_args()
    directory = args.keep or Path(tempfile.mkdtemp())
    directory.mkdir(parents=True, exist_ok=True)
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    corpus = [json.loads(line) for line in lines]

    gold = [a for n in ("dev", "dev2") for a in load_gold(n)]
    (directory / "gold.json").write_text(json.dumps({"articles": gold}))
    wanted = {a["id"] for a in gold}
    dev = generate([r for r in corpus if r["id"] in wanted], directory, "dev", args.jobs)
    score = run(sys.executable, SHARED / "tools/score_attribution.py", directory / "gold.json", dev)
    print("dev + dev2:", score.strip())

    seed_text = (ROOT / "seeds" / "putin-kim-aurus.txt").read_text(encoding="utf-8")
    seed = subprocess.run([QUIZAPP, "generate", ROOT / "seeds" / "putin-kim-aurus.txt"], capture_output=True, text=True)
    (directory / "seed-items.jsonl").write_text(seed.stdout)
    out = run(sys.executable, SHARED / "tools/check_items.py", directory / "seed-items.jsonl", "--source",
              ROOT / "seeds" / "putin-kim-aurus.txt", "--quiz")
    print("seed:", " | ".join(out.strip().splitlines()[-2:]))
    seed_score = run(sys.executable, SHARED / "tools/score_attribution.py", SHARED / "eval/attribution-seed.json",
                     directory / "seed-items.jsonl")
    print("seed attribution:", seed_score.strip().splitlines()[-1])
    del seed_text

    if args.skip_corpus:
        return
    sample = corpus[::11]
    items = generate(sample, directory, "corpus11", args.jobs)
    check = SHARED / "tools/check_items.py"
    out = run(sys.executable, check, items, "--source", directory / "corpus11-articles.jsonl", "--quiz")
    (directory / "corpus11-check.txt").write_text(out)
    print("every 11th article:", " | ".join(out.strip().splitlines()[-2:]))
    for key, value in quiz_figures(sample, items).items():
        print(f"  {key}: {value}")
    print(f"files in {directory}")


if __name__ == "__main__":
    main()
