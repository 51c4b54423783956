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

import hashlib
import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from lytui import __version__
from lytui.cache_entry import FORMAT, decode_document, encode_document
from lytui.model import Document
from lytui.store import cache_root, private_directory, sealed, unsealed, write_atomically

MAX_CACHED_CHARS = 2_000_000
"""Documents with more clean text than this are kept in memory only (writing them costs more than it saves)."""
MEMORY_CHARS = 1_000_000
"""Characters (clean plus raw text) the memory cache holds. An analysed document takes about 60 bytes per
such character, so this bounds the cache near 60 MB: a few hundred ordinary articles, or one large one."""

ENTRY_MAGIC = b"lytui\x00A3"
_VIEWS = ("tui", "cli.py", "export.py", "output.py", "corpus.py", "workers.py", "__main__.py")
"""What only shows or writes out an analysis; every other module and data file is part of the digest, so
a module added to the pipeline is covered without being listed."""
_ANALYSIS_LIBRARIES = ("jieba", "opencc-python-reimplemented")


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
    files += [p for p in package.rglob("*.py") if p.relative_to(package).parts[0] not in _VIEWS]
    try:
        for file in sorted(set(files)):
            digest.update(file.relative_to(package).as_posix().encode() + b"\0" + file.read_bytes())
    except OSError:
        return f"v{__version__}"
    return digest.hexdigest()


def cache_dir() -> Path:
    """Where analysed documents are kept: one folder per version of the analysis code."""
    return cache_root() / f"analysis-{code_digest()}"


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
            found = decode_document(unsealed(ENTRY_MAGIC, directory / f"{key}.entry"), document, key)
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
            write_atomically(directory, f"{key}.entry", sealed(ENTRY_MAGIC, payload))

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
