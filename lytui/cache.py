"""Analysed documents cached by content: in memory for the session, and on disk under the user's cache
directory so reopening an article in a later session is instant.

The memory cache holds a bounded number of characters, least recently used out first, so a folder of
thousands of articles does not keep every one it has analysed. The disk cache is read as if anyone
could have written it: entries are plain values (strings, numbers, lists, arrays as bytes) in marshal,
which builds data and never runs code, behind a checksum of the payload, and the Document is rebuilt
by its own constructors with every part checked on the way; an entry that fails any check is ignored
and analysed again. The directory must belong to this user and be writable by no one else, or only the
memory cache is used. Its name carries a digest of the code and data that produce an analysis, so a
changed extractor starts a fresh cache instead of serving the facts the old code found. Safe to delete
at any time; `LYTUI_CACHE_DIR` moves it, `LYTUI_NO_DISK_CACHE=1` turns the article cache off.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import stat
import sys
import tempfile
import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeAlias, TypeVar

from platformdirs import user_cache_dir

from lytui import __version__
from lytui.model import Block, BlockKind, Document, Fact, Keyword, Keywords, Meta, RepairLog, Section, Sentence, Spans

FORMAT = 5  # 3: plain values in marshal behind a checksum, keyed on the code digest; 4: facts carry via and
# confidence; 5: meta keeps the byline
T = TypeVar("T")
# what marshal writes, as far as derived tables use it
Marshallable: TypeAlias = (
    bool | int | float | bytes | str | tuple["Marshallable", ...] | list[Any] | dict[Any, Any] | None
)
Table = TypeVar("Table", bound=Marshallable)
MAX_CACHED_CHARS = 2_000_000
"""Documents with more clean text than this are kept in memory only (writing them costs more than it saves)."""
MEMORY_CHARS = 1_000_000
"""Characters (clean plus raw text) the memory cache holds. An analysed document takes about 60 bytes per
such character, so this bounds the cache near 60 MB: a few hundred ordinary articles, or one large one."""

_ENTRY_MAGIC = b"lytui\x00A3"
_TABLE_MAGIC = b"lytui\x00T3"
_CHECKSUM_BYTES = 16
_SCALARS = frozenset({str, int, float, bool, type(None)})
_BLOCK_KINDS: tuple[BlockKind, ...] = ("title", "dateline", "heading", "paragraph")
_ANALYSIS_SOURCES = ("text", "analyse", "model.py", "pipeline.py", "cache.py")
_ANALYSIS_LIBRARIES = ("jieba", "opencc-python-reimplemented")


class DamagedEntry(ValueError):
    """A cache file that is not what this code writes; it is analysed again, never trusted."""


def content_key(document: Document) -> str:
    return hashlib.blake2b(document.raw.encode("utf-8", errors="surrogatepass"), digest_size=16).hexdigest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """`source_digest` of this lytui, once per process."""
    return source_digest(Path(__file__).resolve().parent)


def source_digest(package: Path) -> str:
    """A digest of everything that decides what an analysis holds: the text and analysis code, the
    model, the data files, the libraries' versions and this format. A few milliseconds (about 130 KB
    of source and 700 KB of data)."""
    import importlib.metadata  # 30 ms to import: paid when the disk cache is first used, not at start-up

    digest = hashlib.blake2b(digest_size=10)
    digest.update(f"{FORMAT} {__version__} {sys.version_info[:2]} {sys.byteorder}\n".encode())
    for library in _ANALYSIS_LIBRARIES:
        try:
            version = importlib.metadata.version(library)
        except importlib.metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{library}={version}\n".encode())
    files = [p for p in (package / "data").glob("*") if p.is_file()]  # not data/seeds: the sample article
    for source in _ANALYSIS_SOURCES:
        path = package / source
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    try:
        for file in sorted(files):
            digest.update(file.relative_to(package).as_posix().encode() + b"\0" + file.read_bytes())
    except OSError:
        return f"v{__version__}"
    return digest.hexdigest()


def cache_root() -> Path:
    return Path(os.environ.get("LYTUI_CACHE_DIR") or user_cache_dir("lytui"))


def cache_dir() -> Path:
    """Where analysed documents are kept: one folder per version of the analysis code."""
    return cache_root() / f"analysis-{code_digest()}"


def tables_dir() -> Path:
    """Where tables derived from libraries' data files are kept; their names say what they were built from."""
    return cache_root() / "tables"


def private_directory(directory: Path, create: bool = True) -> bool:
    """Whether `directory` is a real directory (not a link) of this user's that no one else can write,
    made so when missing and `create`; only then are its files read, since anyone who can write there
    could plant one. The folder above it need not be private: others who can write there can remove or
    rename this one, or make their own in its place, but cannot make one owned by this user, nor put
    files in it. (That keeps working a `~/.cache/lytui` that an earlier lytui made group-writable
    under umask 002.)"""
    try:
        if create:
            directory.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            directory.mkdir(mode=0o700, exist_ok=True)
        info = os.lstat(directory)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False
    return os.name != "posix" or (info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH))


def _checksum(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, digest_size=_CHECKSUM_BYTES).digest()


def _sealed(magic: bytes, payload: bytes) -> bytes:
    return magic + _checksum(payload) + payload


def _unsealed(magic: bytes, path: Path) -> bytes:
    """The payload of a file `_sealed` wrote; DamagedEntry when it is not one or its checksum fails.
    OSError when it cannot be read (a missing entry is the usual case)."""
    with open(path, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise DamagedEntry(f"{path}: not a regular file")
        data = handle.read()
    head = len(magic) + _CHECKSUM_BYTES
    if len(data) < head or data[: len(magic)] != magic or data[len(magic) : head] != _checksum(data[head:]):
        raise DamagedEntry(f"{path}: wrong header or checksum")
    return data[head:]


def _write_atomically(directory: Path, name: str, data: bytes) -> None:
    """Readers see the old file or the whole new one, never a part; errors only mean nothing is kept."""
    try:
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".", suffix=".tmp", delete=False) as handle:
            temporary = handle.name
            handle.write(data)
    except OSError:
        return
    try:
        os.replace(temporary, directory / name)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def read_table(path: Path) -> Any:  # whatever marshal-able table was stored
    """A table `derived_table` stored; DamagedEntry (a ValueError) or OSError when it cannot be had."""
    try:
        return marshal.loads(_unsealed(_TABLE_MAGIC, path))
    except (EOFError, ValueError, TypeError, OverflowError, MemoryError, RecursionError) as error:
        raise DamagedEntry(f"{path}: {error}") from error


def derived_table(source: str, name: str, build: Callable[[], Table], looks_right: Callable[[Any], bool]) -> Table:
    """A table derived from a library's data file, parsed once and kept as a marshal file named after
    the source's size and time (so a new source builds it anew); marshal reads it back several times
    faster than the source parses. A file that is missing, damaged, does not look right or lies in a
    directory others could write only means building the table again."""
    stat_result = os.stat(source)
    directory = tables_dir()
    file_name = f"{name}-{stat_result.st_size}-{int(stat_result.st_mtime)}.marshal"
    if private_directory(directory, create=False):
        try:
            data = read_table(directory / file_name)
            if looks_right(data):
                return data  # type: ignore[no-any-return]  # marshal's Any, vouched for by looks_right
        except Exception:  # noqa: BLE001 - any damage, even one looks_right trips on, means building anew
            pass
    data = build()
    if private_directory(directory):
        try:
            payload = marshal.dumps(data)
        except ValueError:
            return data
        _write_atomically(directory, file_name, _sealed(_TABLE_MAGIC, payload))
    return data


def _ints(values: Iterable[int]) -> bytes:
    return array("i", values).tobytes()


def _int_array(raw: bytes, limit: int | None, low: int = 0) -> array[int]:
    """Stored offsets back as an array, each checked to lie in [low, limit] unless `limit` is None (a
    check of every element costs a few milliseconds per 100,000)."""
    if type(raw) is not bytes:
        raise DamagedEntry("offsets must be bytes")
    values = array("i")
    values.frombytes(raw)
    if limit is not None and values and (min(values) < low or max(values) > limit):
        raise DamagedEntry("offset out of range")
    return values


def _columns(*columns: Sequence[T]) -> tuple[Sequence[T], ...]:
    if len({len(column) for column in columns}) > 1:
        raise DamagedEntry("columns of different lengths")
    return columns


def _only(kind: type | tuple[type, ...], values: Iterable[object]) -> None:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if not set(map(type, values)) <= set(kinds):
        raise DamagedEntry(f"expected only {kinds}")


def _plain(value: object, depth: int = 0) -> bool:
    """Whether a fact value is JSON-shaped, as the extractors make them (marshal can also build sets,
    bytes and code objects, none of which a fact holds)."""
    if type(value) in _SCALARS:
        return True
    if depth > 20:
        return False
    if type(value) is dict:
        return all(type(k) is str for k in value) and all(_plain(v, depth + 1) for v in value.values())
    if type(value) is list or type(value) is tuple:
        return all(_plain(v, depth + 1) for v in value)
    return False


def encode_document(document: Document, key: str) -> bytes | None:
    """The document as marshal of plain values, or None when it holds something this format does not
    know (a keyword ranker other than lytui's own); such documents stay in memory only."""
    from lytui.analyse.keywords import _Ranker

    ranker = document.keywords.ranker
    if ranker is not None and not isinstance(ranker, _Ranker):
        return None
    keywords: tuple[Any, list[Any]]
    if isinstance(ranker, _Ranker):
        keywords = (ranker.stored(), [(k.word, k.weight) for k in document.keywords.by_count])
    else:
        keywords = (
            None,
            [
                (k.word, k.count, k.weight, _ints(s for s, _ in k.spans), _ints(e for _, e in k.spans))
                for k in document.keywords.by_count
            ],
        )
    repairs = document.repairs
    if not isinstance(repairs, RepairLog):
        log = RepairLog()
        for repair in repairs:
            log.append(repair)
        repairs = log
    facts = document.facts
    meta = document.meta
    payload = (
        FORMAT,
        key,
        document.text,
        document.encoding,
        document.analysed,
        (meta.title, meta.published, meta.source, meta.editor, meta.dateline, meta.byline),
        (
            bytes(_BLOCK_KINDS.index(b.kind) for b in document.blocks),
            _ints(b.start for b in document.blocks),
            _ints(b.end for b in document.blocks),
        ),
        [
            (
                None if s.heading is None else (_BLOCK_KINDS.index(s.heading.kind), s.heading.start, s.heading.end),
                s.paragraphs,
            )
            for s in document.sections
        ],
        (
            _ints(s.start for s in document.sentences),
            _ints(s.end for s in document.sentences),
            _ints(s.paragraph for s in document.sentences),
        ),
        repairs.columns(),
        _ints(document.origin),
        (
            [f.kind for f in facts],
            [f.text for f in facts],
            [f.value for f in facts],
            [f.start for f in facts],
            [f.end for f in facts],
            [f.note for f in facts],
            [f.via for f in facts],
            [f.confidence for f in facts],
        ),
        keywords,
    )
    try:
        return marshal.dumps(payload)
    except ValueError:  # a fact value marshal cannot store
        return None


def decode_document(payload: bytes, document: Document, key: str) -> Document:
    """The analysed form of `document` (whose raw text the entry does not repeat) from `encode_document`'s
    payload; DamagedEntry, or another ValueError, TypeError, IndexError or KeyError, when any part is wrong."""
    try:
        data = marshal.loads(payload)
    except (EOFError, OverflowError, MemoryError, RecursionError) as error:
        raise DamagedEntry(str(error)) from error
    if type(data) is not tuple or len(data) != 13:
        raise DamagedEntry("not an entry")
    fmt, stored_key, text, encoding, analysed, meta, blocks, sections, sentences, repairs, origin, facts, keywords = (
        data
    )
    if fmt != FORMAT or stored_key != key:
        raise DamagedEntry("another format or another article")
    _only(str, (text, encoding))
    _only(bool, (analysed,))
    _only((str, type(None)), meta)
    size = len(text)

    kinds, starts, ends = blocks
    _only(bytes, (kinds,))  # numbers 0-255: an unknown one is an IndexError, never a kind counted from the end
    block_kinds = [_BLOCK_KINDS[k] for k in kinds]
    block_list = tuple(map(Block, block_kinds, *_columns(_int_array(starts, size), _int_array(ends, size))))
    if len(block_list) != len(block_kinds):
        raise DamagedEntry("block columns of different lengths")

    section_list = []
    for heading, paragraphs in sections:
        _only(int, paragraphs)
        if heading is not None:
            kind, start, end = heading
            _only(int, (kind, start, end))
            if not (0 <= kind < len(_BLOCK_KINDS) and 0 <= start <= end <= size):
                raise DamagedEntry("heading out of range")
            heading = Block(_BLOCK_KINDS[kind], start, end)
        section_list.append(Section(heading, tuple(paragraphs)))

    sentence_starts, sentence_ends, sentence_paragraphs = sentences
    columns = (
        _int_array(sentence_starts, size),
        _int_array(sentence_ends, size),
        _int_array(sentence_paragraphs, len(block_list)),
    )
    sentence_list = tuple(map(Sentence, *_columns(*columns)))

    fact_kinds, fact_texts, fact_values, fact_starts, fact_ends, fact_notes, fact_vias, fact_confidences = _columns(
        *facts
    )
    for column in (fact_kinds, fact_texts, fact_notes, fact_vias, fact_confidences):
        _only(str, column)
    for column in (fact_starts, fact_ends):
        _only((int, type(None)), column)
        present = [offset for offset in column if offset is not None]
        if present and not 0 <= min(present) <= max(present) <= size:
            raise DamagedEntry("fact offset out of range")
    if not all(map(_plain, {id(value): value for value in fact_values}.values())):  # shared values checked once
        raise DamagedEntry("a fact value that is not JSON-shaped")
    fact_list = tuple(
        map(Fact, fact_kinds, fact_texts, fact_values, fact_starts, fact_ends, fact_notes, fact_vias, fact_confidences)
    )

    stored_ranker, by_count = keywords
    if stored_ranker is not None:
        from lytui.analyse.keywords import _Ranker

        ranker = _Ranker.from_stored(stored_ranker)
        _only(float, (weight for _, weight in by_count))
        ranked = tuple(ranker.keyword(word, weight) for word, weight in by_count)
        restored_keywords = Keywords(by_count=ranked, ranker=ranker)
    else:
        restored = []
        for word, count, weight, spans_starts, spans_ends in by_count:
            _only(str, (word,))
            _only(int, (count,))
            _only(float, (weight,))
            restored.append(
                Keyword(word, count, weight, Spans(_int_array(spans_starts, size), _int_array(spans_ends, size)))
            )
        restored_keywords = Keywords(by_count=tuple(restored))

    origin_array = _int_array(origin, None)  # ascending: its ends bound it, and it is the largest array
    if origin_array and (
        len(origin_array) != size + 1 or not 0 <= origin_array[0] <= origin_array[-1] <= len(document.raw)
    ):
        raise DamagedEntry("origin does not fit the text")
    return Document(
        text=text,
        raw=document.raw,
        meta=Meta(*meta),
        blocks=block_list,
        sections=tuple(section_list),
        sentences=sentence_list,
        repairs=RepairLog.from_columns(repairs),
        source_path=document.source_path,
        encoding=encoding,
        facts=fact_list,
        keywords=restored_keywords,
        analysed=analysed,
        origin=origin_array,
        markup=document.markup,
    )


def _weight(document: Document) -> int:
    return len(document.text) + len(document.raw)


class AnalysisCache:
    def __init__(self, use_disk: bool | None = None, max_chars: int = MEMORY_CHARS) -> None:
        self._memory: OrderedDict[str, Document] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()
        self.max_chars = max_chars
        self.use_disk = (os.environ.get("LYTUI_NO_DISK_CACHE") != "1") if use_disk is None else use_disk

    def get_or_compute(self, document: Document, compute: Callable[[Document], Document]) -> Document:
        """The cached analysis of this content, or `compute(document)` stored under the same key."""
        key = content_key(document)
        found = self.get(document, key)
        if found is not None:
            return found
        result = compute(document)
        self.put(result, key)
        return result

    def get(self, document: Document, key: str | None = None) -> Document | None:
        key = key or content_key(document)
        with self._lock:
            found = self._memory.get(key)
            if found is not None:
                self._memory.move_to_end(key)
        if found is not None or not self.use_disk:
            return self._with_path(found, document)
        directory = cache_dir()
        if not private_directory(directory, create=False):
            return None
        try:
            found = decode_document(_unsealed(_ENTRY_MAGIC, directory / f"{key}.entry"), document, key)
        except (OSError, ValueError, TypeError, IndexError, KeyError):
            return None
        self._remember(key, found)
        return found

    def put(self, document: Document, key: str | None = None) -> None:
        key = key or content_key(document)
        self._remember(key, document)
        if not self.use_disk or len(document.text) > MAX_CACHED_CHARS:
            return
        payload = encode_document(document, key)
        directory = cache_dir()
        if payload is not None and private_directory(directory):
            _write_atomically(directory, f"{key}.entry", _sealed(_ENTRY_MAGIC, payload))

    def __len__(self) -> int:
        return len(self._memory)

    def _remember(self, key: str, document: Document) -> None:
        """Keep `document` as the most recent entry and drop the least recent ones beyond `max_chars`
        (the newest is kept even alone over the bound: it is the article on screen)."""
        with self._lock:
            previous = self._memory.pop(key, None)
            if previous is not None:
                self._chars -= _weight(previous)
            self._memory[key] = document
            self._chars += _weight(document)
            while self._chars > self.max_chars and len(self._memory) > 1:
                _, dropped = self._memory.popitem(last=False)
                self._chars -= _weight(dropped)

    @staticmethod
    def _with_path(found: Document | None, document: Document) -> Document | None:
        """The same content under another name keeps the name it was opened with."""
        if found is None or found.source_path == document.source_path:
            return found
        from dataclasses import replace

        return replace(found, source_path=document.source_path)
