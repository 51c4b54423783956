#!/usr/bin/env python3
"""Add a page's dateline and source-line facts as optional ones to the golds annotated under the guide that
left them out (batches t- onwards), so they follow the seed's convention: seed.facts.json lists the dateline's
date and the media it names. The facts are read from each gold's own meta (source, dateline, published),
never from the page or from lytui's output.

usage: python bench/align_dateline_facts.py PREFIX[,PREFIX…] [--write]   (prints what it would add)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "real" / "gold"
HAN = "\u4e00-\u9fff"
MEDIA = re.compile(rf"[{HAN}]{{2,12}}?(?:日报|晚报|都市报|早报|商报|时报|网|社|电视台|台|客户端)")
DATE = re.compile(r"(\d{1,2})月(\d{1,2})日")
CITY = re.compile(rf"(?:社|网|报|台)([{HAN}]{{2,6}}?)\d{{1,2}}月\d{{1,2}}日")


def dateline_facts(meta: dict[str, Any], have: set[tuple[str, str]]) -> list[dict[str, Any]]:
    """The source's and the dateline's media, the dateline's day and city, as optional facts not yet listed."""
    found: list[tuple[str, str, str]] = []
    if source := meta.get("source"):
        found.append(("organization", source, source))
    dateline = meta.get("dateline") or ""
    # "据新华网报导" cites a medium: the medium is 新华网, not the phrase citing it.
    media_part = re.sub(r"(^|[／/\s])据", r"\1", re.sub(r"[（(].*?[）)]", "", dateline))
    found += [("organization", m.group(), m.group()) for m in MEDIA.finditer(media_part)]
    published = meta.get("published") or ""
    for m in DATE.finditer(dateline):
        month, day = int(m[1]), int(m[2])
        year = published[:4] if published[:4].isdigit() else "-"
        found.append(("date", m.group(), f"{year}-{month:02d}-{day:02d}"))
    found += [("place", m[1], m[1]) for m in CITY.finditer(dateline) if not MEDIA.search(m[1])]
    added: list[dict[str, Any]] = []
    for kind, text, value in found:
        if (kind, text) not in have:
            have.add((kind, text))
            added.append({"kind": kind, "text": text, "value": value, "required": False})
    return added


def main() -> int:
    prefixes = tuple(sys.argv[1].split(","))
    total = 0
    for meta_path in sorted(GOLD.glob("*.meta.json")):
        name = meta_path.name.removesuffix(".meta.json")
        if not name.startswith(prefixes):
            continue
        facts_path = GOLD / f"{name}.facts.json"
        gold = json.loads(facts_path.read_text(encoding="utf-8"))
        have = {(f["kind"], f["text"]) for f in gold["facts"]}
        added = dateline_facts(json.loads(meta_path.read_text(encoding="utf-8")), have)
        if added:
            total += len(added)
            print(name, [(f["kind"], f["text"], f["value"]) for f in added])
            if "--write" in sys.argv:
                gold["facts"].extend(added)
                facts_path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("added", total)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
