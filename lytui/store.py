"""Files lytui keeps for itself under the user's cache directory, read as if anyone could have written
them: a file is sealed (a magic string and a checksum of its payload) and read only from a directory
of this user's that no one else can write. Tables derived from libraries' data files are kept here; the
analysed documents (`lytui.cache`) use the same seals.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from platformdirs import user_cache_dir

T = TypeVar("T")
_TABLE_MAGIC = b"lytui\x00T3"
_CHECKSUM_BYTES = 16


class DamagedEntry(ValueError):
    """A cache file that is not what this code writes; it is analysed again, never trusted."""


def cache_root() -> Path:
    return Path(os.environ.get("LYTUI_CACHE_DIR") or user_cache_dir("lytui"))


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


def sealed(magic: bytes, payload: bytes) -> bytes:
    return magic + _checksum(payload) + payload


def unsealed(magic: bytes, path: Path) -> bytes:
    """The payload of a file `sealed` wrote; DamagedEntry when it is not one or its checksum fails.
    OSError when it cannot be read (a missing entry is the usual case)."""
    with open(path, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise DamagedEntry(f"{path}: not a regular file")
        data = handle.read()
    head = len(magic) + _CHECKSUM_BYTES
    if len(data) < head or data[: len(magic)] != magic or data[len(magic) : head] != _checksum(data[head:]):
        raise DamagedEntry(f"{path}: wrong header or checksum")
    return data[head:]


def write_atomically(directory: Path, name: str, data: bytes) -> None:
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


def read_table(path: Path) -> Any:
    """A table `derived_table` stored; DamagedEntry (a ValueError) or OSError when it cannot be had."""
    try:
        return marshal.loads(unsealed(_TABLE_MAGIC, path))
    except (EOFError, ValueError, TypeError, OverflowError, MemoryError, RecursionError) as error:
        raise DamagedEntry(f"{path}: {error}") from error


def derived_table(source: str, name: str, build: Callable[[], T], looks_right: Callable[[Any], bool]) -> T:
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
                return data  # type: ignore[no-any-return]
        except Exception:  # noqa: BLE001 - any damage, even one looks_right trips on, means building anew
            pass
    data = build()
    if private_directory(directory):
        try:
            payload = marshal.dumps(data)  # type: ignore[arg-type]  # build() returns plain values; ValueError otherwise
        except ValueError:
            return data
        write_atomically(directory, file_name, sealed(_TABLE_MAGIC, payload))
    return data
