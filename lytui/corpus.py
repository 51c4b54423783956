"""Folders of articles: listing, and batch export over all cores with a stable output order."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from lytui.export import export_chunks, facts_table_part
from lytui.pipeline import InputError, load
from lytui.text.decode import DecodeError, decode
from lytui.text.repair.pinyin import remove_readings_in
from lytui.text.repair.punctuation import punctuated
from lytui.text.segment import header_meta
from lytui.text.t2s import quick_simplified

ARTICLE_SUFFIXES = {".txt", ".text", ".htm", ".html", ""}


def article_paths(directory: Path) -> list[Path]:
    """Files that may be articles, sorted by name so every run lists them in the same order."""
    return sorted(
        p
        for p in directory.rglob("*")
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in ARTICLE_SUFFIXES
    )


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    path: Path
    title: str
    published: str | None
    source: str | None
    size: int


def summarise(path: Path, head_bytes: int = 4096) -> ArticleSummary:
    """Title, date and source from the first bytes only, so a folder of thousands lists at once."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(head_bytes)
    except OSError:
        return ArticleSummary(path, f"(unreadable) {path.name}", None, None, 0)
    if size > head_bytes and b"\n" in head:
        # cut at a line end: a multi-byte character split at the edge would make UTF-8 look like GBK
        head = head[: head.rindex(b"\n") + 1]
        if head[:2] in (b"\xff\xfe", b"\xfe\xff") and len(head) % 2:
            head = head[:-1] if head[:2] == b"\xfe\xff" else head + b"\x00"
    elif size > head_bytes:
        for cut in range(1, 4):  # one long line: drop the bytes of a character split at the edge
            try:
                head[:-cut].decode("utf-8")
            except UnicodeDecodeError:
                continue
            head = head[:-cut]
            break
    try:
        text = decode(head).text
    except DecodeError as error:
        return ArticleSummary(path, f"({error})", None, None, size)
    except UnicodeDecodeError:
        text = head.decode("utf-8", errors="replace")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    meta = header_meta([remove_readings_in(line) for line in lines[1:6]])
    title = punctuated(quick_simplified(remove_readings_in(lines[0])))[:80] if lines else path.name
    return ArticleSummary(path, title, meta.get("published"), meta.get("source"), size)


def _export_one(job: tuple[str, str, str, bool], stream: bool = False) -> tuple[str, Iterable[str] | None, str | None]:
    """One article's export as pieces of text; `stream` leaves them unjoined, to be written as they are
    made (a 10 MB article's JSON is 300 MB of text), which only a caller in this process can do."""
    path, fmt, what, one_table = job
    try:
        document = load(Path(path))
        if one_table:
            return path, [facts_table_part(document, fmt, header=False)], None
        pieces = export_chunks(document, fmt, what)
        return path, (pieces if stream else ["".join(pieces)]), None
    except InputError as error:
        return path, None, str(error)
    except Exception as error:  # noqa: BLE001 - one bad file must not stop a batch
        return path, None, f"{path}: {type(error).__name__}: {error}"


def _table_header(fmt: str) -> str:
    from lytui.export import FACT_COLUMNS, render_table

    return render_table(("source_path", *FACT_COLUMNS), [], fmt)


def export_many(
    paths: list[Path], fmt: str, what: str, jobs: int, one_table: bool = False
) -> Iterator[tuple[str, Iterable[str] | None, str | None]]:
    """Results in input order (stable output), computed on `jobs` processes. A single article is
    streamed; an article of a batch is joined first, so one that fails mid-way writes nothing."""
    work = [(str(p), fmt, what, one_table) for p in paths]
    if len(work) == 1:
        yield _export_one(work[0], stream=True)
        return
    if jobs <= 1:
        yield from map(_export_one, work)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_export_one, work, chunksize=max(1, min(32, len(work) // (jobs * 8) or 1)))


def run_export(path: Path, fmt: str, what: str, output: Path | None, jobs: int) -> int:
    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    if not path.exists():
        print(f"lytui: {path}: no such file or directory", file=sys.stderr)
        return 2
    paths = article_paths(path) if path.is_dir() else [path]
    if path.is_dir() and not paths:
        print(f"lytui: {path}: no article files in this directory", file=sys.stderr)
        return 2
    if path.is_dir() and fmt == "json":
        fmt = "jsonl"  # one JSON object per article; a directory cannot be one JSON document
    # a folder's facts as csv/tsv/md is one table with a source_path column, not one table per file
    one_table = path.is_dir() and fmt in ("csv", "tsv", "md")
    if one_table:
        what = "facts"
    failures = 0
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        if one_table:
            sink.write(_table_header(fmt))
        for _name, text, error in export_many(paths, fmt, what, jobs, one_table):
            if error is not None:
                failures += 1
                print(f"lytui: {error}", file=sys.stderr)
                continue
            assert text is not None
            sink.writelines(text)
            sink.flush()
    except BrokenPipeError:
        return 0
    finally:
        if output:
            sink.close()
    if failures:
        if len(paths) > 1:
            print(f"lytui: {failures} of {len(paths)} file(s) failed", file=sys.stderr)
        return 1
    return 0
