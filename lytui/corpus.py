"""Folders of articles: listing, and batch export over all cores with a stable output order."""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterable
from contextlib import closing
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from lytui.export import export_chunks, facts_table_part
from lytui.output import OutputError, Sink, open_sink, say
from lytui.pipeline import InputError, load
from lytui.text.decode import DecodeError, decode
from lytui.text.html import head_title, looks_like_html
from lytui.text.meta_lines import header_meta
from lytui.text.repair.control import without_controls
from lytui.text.repair.pinyin import remove_readings_in
from lytui.text.repair.punctuation import punctuated
from lytui.text.t2s import quick_simplified
from lytui.workers import ordered_results, worker_count

ARTICLE_SUFFIXES = {".txt", ".text", ".htm", ".html", ""}


def is_article_name(path: Path) -> bool:
    return not path.name.startswith(".") and path.suffix.lower() in ARTICLE_SUFFIXES


def scan_articles(directory: Path) -> tuple[list[Path], list[str]]:
    """Files that may be articles, sorted by name so every run lists them in the same order, and a
    one-line problem for each folder that could not be read (a silent gap would look like a full export).
    Symbolic links to folders are not followed, so a link loop cannot make the walk endless."""
    problems: list[str] = []

    def unreadable(error: OSError) -> None:
        problems.append(f"{error.filename}: {error.strerror or error}")

    found = [
        Path(folder, name)
        for folder, folders, files in os.walk(directory, onerror=unreadable)
        for name in files
        if is_article_name(Path(name))
    ]
    return sorted(p for p in found if p.is_file()), problems


def article_paths(directory: Path) -> list[Path]:
    return scan_articles(directory)[0]


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
    if looks_like_html(text, path.name):
        title = head_title(text) or path.name
        return ArticleSummary(path, punctuated(quick_simplified(remove_readings_in(title)))[:80], None, None, size)
    lines = [line.strip() for line in without_controls(text).splitlines() if line.strip()]
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


def _write_pieces(sink: Sink, name: str, pieces: Iterable[str]) -> str | None:
    """Write an article's export; a streamed one is made as it is written, so a failure while it is made
    is reported here as one line (what was written of it stays: the file is replaced only on success)."""
    try:
        for piece in pieces:
            sink.write(piece)
    except (OutputError, OSError):
        raise
    except Exception as error:  # noqa: BLE001 - one bad file must not stop a batch
        return f"{name}: {type(error).__name__}: {error}"
    return None


def _worker_died(job: tuple[str, str, str, bool], reason: str) -> tuple[str, str | None, str | None]:
    return job[0], None, f"{job[0]}: the worker process died ({reason}); skipped"


def _table_header(fmt: str) -> str:
    from lytui.export import FACT_COLUMNS, render_table

    return render_table(("source_path", *FACT_COLUMNS), [], fmt)


def export_many(
    paths: list[Path], fmt: str, what: str, jobs: int, one_table: bool = False
) -> Generator[tuple[str, Iterable[str] | None, str | None], None, None]:
    """Results in input order (stable output), computed on at most `jobs` processes. A single article is
    streamed; an article of a batch is joined first, so one that fails mid-way writes nothing."""
    work = [(str(p), fmt, what, one_table) for p in paths]
    if len(work) == 1:
        yield _export_one(work[0], stream=True)
        return
    workers = worker_count(jobs, len(work))
    if workers <= 1:
        yield from map(_export_one, work)
        return
    yield from ordered_results(work, _export_one, workers, _worker_died)


ExportProgress = Callable[[int, int, int], None]
"""Told (articles done, articles in all, failures so far) before the first article and after each."""


def run_export(
    path: Path, fmt: str, what: str, output: Path | None, jobs: int, progress: ExportProgress | None = None
) -> int:
    """0 when every file exported, 1 when some failed (the rest are written), 2 when nothing could be."""
    try:
        return _run_export(path, fmt, what, output, jobs, progress)
    except OutputError as error:
        say(str(error))
        return 2


def _read_back(directory: Path, output: Path) -> bool:
    """A new output inside the exported folder that a later run would take for an article."""
    try:
        Path(os.path.realpath(output)).relative_to(os.path.realpath(directory))
    except ValueError:
        return False
    return is_article_name(output)


def _run_export(
    path: Path, fmt: str, what: str, output: Path | None, jobs: int, progress: ExportProgress | None
) -> int:
    if not os.path.lexists(path):
        say(f"{path}: no such file or directory")
        return 2
    problems: list[str] = []
    if path.is_dir():
        paths, problems = scan_articles(path)
        for problem in problems:
            say(problem)
        if not paths:
            say(f"{path}: no article files in this directory")
            return 2
    else:
        paths = [path]
    if path.is_dir() and fmt == "json":
        fmt = "jsonl"  # one JSON object per article; a directory cannot be one JSON document
    # a folder's facts as csv/tsv/md is one table with a source_path column, not one table per file
    one_table = path.is_dir() and fmt in ("csv", "tsv", "md")
    if one_table:
        what = "facts"
    sink = open_sink(output, paths, partial(_read_back, path) if path.is_dir() else None)
    failures = len(problems)
    written = 0
    if progress is not None:
        progress(0, len(paths), failures)
    try:
        if one_table:
            sink.write(_table_header(fmt))
        with closing(export_many(paths, fmt, what, jobs, one_table)) as results:
            for name, pieces, error in results:
                if error is None:
                    assert pieces is not None
                    error = _write_pieces(sink, name, pieces)
                if error is not None:
                    failures += 1
                    say(error)
                else:
                    written += 1
                if progress is not None:
                    progress(written + failures - len(problems), len(paths), failures)
        if written:
            sink.commit()
    except BrokenPipeError:
        sink.silence()
        return 141
    finally:
        sink.close()
    if failures:
        if len(paths) > 1 or problems:
            say(f"{failures} of {len(paths) + len(problems)} file(s) or folder(s) failed")
        return 1
    return 0
