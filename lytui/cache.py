"""Analysed documents cached by content: in memory for the session, and on disk under the user's cache
directory so reopening an article in a later session is instant.

The disk cache is versioned (a new lytui version starts a new folder), safe to delete at any time and
never required: any error reading or writing it is ignored. `LYTUI_CACHE_DIR` moves it,
`LYTUI_NO_DISK_CACHE=1` turns it off. Entries are pickles written by this user's own lytui only.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import pickle
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from platformdirs import user_cache_dir

from lytui import __version__
from lytui.model import Document

FORMAT = 3  # 2: keywords ranked on demand, spans as arrays; 3: control characters removed from the text
T = TypeVar("T")
MAX_CACHED_CHARS = 2_000_000


def content_key(document: Document) -> str:
    return hashlib.blake2b(document.raw.encode("utf-8", errors="surrogatepass"), digest_size=16).hexdigest()


def cache_dir() -> Path:
    base = os.environ.get("LYTUI_CACHE_DIR") or user_cache_dir("lytui")
    return Path(base) / f"analysis-v{FORMAT}-{__version__}"


def derived_table(source: str, name: str, build: Callable[[], T], looks_right: Callable[[Any], bool]) -> T:
    """A table derived from a library's data file, parsed once and kept as a marshal file named after
    the source's size and time (so a new source builds it anew); marshal reads it back several times
    faster than the source parses. Any error reading or writing only means building it again."""
    stat = os.stat(source)
    path = cache_dir() / f"{name}-{stat.st_size}-{int(stat.st_mtime)}.marshal"
    try:
        data = marshal.loads(path.read_bytes())
        if looks_right(data):
            return data  # type: ignore[no-any-return]
    except (OSError, EOFError, ValueError, TypeError):
        pass
    data = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps(data))
        os.replace(temporary, path)
    except (OSError, ValueError):
        pass
    return data


class AnalysisCache:
    def __init__(self, use_disk: bool | None = None) -> None:
        self._memory: dict[str, Document] = {}
        self._lock = threading.Lock()
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
        if found is not None or not self.use_disk:
            return self._with_path(found, document)
        path = cache_dir() / f"{key}.pickle"
        try:
            with path.open("rb") as handle:
                found = pickle.load(handle)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None
        if not isinstance(found, Document) or found.raw != document.raw:
            return None
        with self._lock:
            self._memory[key] = found
        return self._with_path(found, document)

    def put(self, document: Document, key: str | None = None) -> None:
        key = key or content_key(document)
        with self._lock:
            self._memory[key] = document
        if not self.use_disk or len(document.text) > MAX_CACHED_CHARS:
            return
        try:
            directory = cache_dir()
            directory.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=directory, delete=False, suffix=".tmp") as handle:
                pickle.dump(document, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(handle.name, directory / f"{key}.pickle")
        except OSError:
            return

    @staticmethod
    def _with_path(found: Document | None, document: Document) -> Document | None:
        """The same content under another name keeps the name it was opened with."""
        if found is None or found.source_path == document.source_path:
            return found
        from dataclasses import replace

        return replace(found, source_path=document.source_path)
