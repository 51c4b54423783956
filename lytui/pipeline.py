"""The one-way pipeline: bytes → decode → repair → convert → segment → Document (→ analyse).

`clean()` gives the Document without facts and keywords (fast, no jieba start-up), so the UI can paint
at once; `analyse()` adds facts and keywords; `load()` does both for scripts and export.
"""

from __future__ import annotations

import dataclasses
import os
import re
import stat
from collections.abc import Sequence
from pathlib import Path

from lytui.model import Document, Repair
from lytui.model import InputError as InputError  # where callers have always found it
from lytui.text.convert import to_simplified
from lytui.text.decode import DecodeError, decode
from lytui.text.html import Page, extract_page, looks_like_html
from lytui.text.repair.control import remove_controls
from lytui.text.repair.markup import remove_markup
from lytui.text.repair.mojibake import repair_mojibake
from lytui.text.repair.noise import (
    remove_copy_noise,
    remove_glued_spam,
    remove_image_file_names,
    remove_injected_phrases,
    remove_jump_notes,
    remove_lost_indentation,
    remove_paragraph_watermarks,
    remove_phone_ads,
)
from lytui.text.repair.own_copy import restore_from_own_copies
from lytui.text.repair.pinyin import readings, remove_readings
from lytui.text.repair.punctuation import repair_punctuation
from lytui.text.segment import segment
from lytui.text.tracked import Tracked
from lytui.text.unwrap import (
    drop_doubled_lines,
    part_credits_from_the_text,
    rejoin_wrapped_closing_quotes,
    unwrap_hard_lines,
)

MAX_BYTES = 64 * 1024 * 1024


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """Only regular files, and never more than `limit` bytes: a FIFO would block forever, /dev/zero or a
    file that grows while read would fill memory, and st_size is only a hint (procfs says 0)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError as error:
        raise InputError(f"{path}: no such file") from error
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from error
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{path}: is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path}: not a regular file")
        if info.st_size > limit:
            raise InputError(f"{path}: {_megabytes(info.st_size)} is over the {_megabytes(limit)} limit")
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        if remaining <= 0:
            raise InputError(f"{path}: over the {_megabytes(limit)} limit")
        return b"".join(chunks)
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from error
    finally:
        os.close(fd)


def _megabytes(size: int) -> str:
    return f"{size // 1_048_576} MB" if size >= 1_048_576 else f"{size} bytes"


_LINE_END = re.compile(r"\r\n?")


def clean_text(
    raw: str,
    source_path: str | None = None,
    encoding: str = "utf-8",
    undecodable: Sequence[tuple[int, bytes]] = (),
) -> Document:
    """Line endings (CRLF, lone CR) are unified through the tracked text, not before it, so every offset
    a repair reports still indexes `raw` as decoded (a CRLF file would otherwise drift a character a line).
    `undecodable` (from `Decoded`) marks U+FFFDs that stand for lost bytes: they stay in the text, where
    the reader sees them, and are listed as unrecovered repairs."""
    tracked = Tracked.from_raw(raw)
    for at, lost in undecodable:
        tracked.repairs.append(
            Repair("unrecovered", at, at + 1, raw[at], raw[at], f"undecodable bytes {lost.hex(' ')}")
        )
    tracked = tracked.edit(
        ((m.start(), m.end(), "\n", "boilerplate", "line ending") for m in _LINE_END.finditer(raw)), record=False
    )
    tracked = remove_controls(tracked)
    tracked = remove_lost_indentation(tracked)
    tracked = remove_copy_noise(tracked)
    tracked = remove_injected_phrases(tracked)
    tracked = remove_paragraph_watermarks(tracked)
    known_readings = readings(tracked.text)
    tracked = repair_mojibake(tracked, known_readings)
    tracked = remove_markup(tracked)
    tracked = remove_readings(tracked)
    tracked = repair_punctuation(tracked)
    tracked = to_simplified(tracked)
    tracked = remove_glued_spam(tracked)
    tracked = remove_phone_ads(tracked)
    tracked = remove_jump_notes(tracked)
    tracked = remove_image_file_names(tracked)
    tracked = restore_from_own_copies(tracked)
    tracked = unwrap_hard_lines(tracked)
    tracked = rejoin_wrapped_closing_quotes(tracked)
    tracked = part_credits_from_the_text(tracked)
    tracked = drop_doubled_lines(tracked)
    segmented = segment(tracked)
    repairs = segmented.tracked.repairs.sorted_by_position()
    return Document(
        text=segmented.text,
        raw=raw,
        meta=segmented.meta,
        blocks=segmented.blocks,
        sections=segmented.sections,
        sentences=segmented.sentences,
        repairs=repairs,
        source_path=source_path,
        encoding=encoding,
        origin=segmented.tracked.origin,
    )


def clean_bytes(data: bytes, source_path: str | None = None) -> Document:
    try:
        decoded = decode(data)
    except DecodeError as error:
        raise InputError(f"{source_path or 'input'}: {error}") from error
    if looks_like_html(decoded.text, source_path):
        return clean_page(extract_page(decoded.text), source_path, decoded.encoding)
    return clean_text(decoded.text, source_path, decoded.encoding, decoded.undecodable)


def clean_page(page: Page, source_path: str | None = None, encoding: str = "utf-8") -> Document:
    """The extracted text goes through the same repairs as a text file; the page's own metadata fills
    only what the text does not say (its info line usually says more: a time of day, the editor)."""
    document = clean_text(page.text, source_path, encoding)
    meta = document.meta
    filled = dataclasses.replace(
        meta,
        published=meta.published or page.published,
        source=meta.source or _cleaned_line(page.site_name),
    )
    return dataclasses.replace(document, meta=filled, markup="html")


def _cleaned_line(text: str | None) -> str | None:
    """A page's metadata value with the text repairs applied (readings, Traditional characters)."""
    if not text:
        return None
    cleaned = clean_text(text).text.strip()
    return cleaned or None


def clean_file(path: Path) -> Document:
    return clean_bytes(read_bytes(path), str(path))


def analyse(document: Document) -> Document:
    from lytui.analyse import analyse_document

    return analyse_document(document)


def load(path: Path) -> Document:
    return analyse(clean_file(path))
