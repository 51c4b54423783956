"""The one-way pipeline: bytes → decode → repair → convert → segment → Document (→ analyse).

`clean()` gives the Document without facts and keywords (fast, no jieba start-up), so the UI can paint
at once; `analyse()` adds facts and keywords; `load()` does both for scripts and export.
"""

from __future__ import annotations

from pathlib import Path

from lytui.model import Document, visible_controls
from lytui.text.convert import to_simplified
from lytui.text.decode import DecodeError, decode
from lytui.text.repair.control import remove_controls
from lytui.text.repair.mojibake import repair_mojibake
from lytui.text.repair.pinyin import readings, remove_readings
from lytui.text.repair.punctuation import repair_punctuation
from lytui.text.segment import segment
from lytui.text.tracked import Tracked

MAX_BYTES = 64 * 1024 * 1024


class InputError(ValueError):
    """A file lytui cannot open; the message is one line for the user, printed to a terminal, so a
    file name's control characters are shown as pictures rather than obeyed."""

    def __init__(self, message: str) -> None:
        super().__init__(visible_controls(message))


def read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: {size // 1_048_576} MB is over the {MAX_BYTES // 1_048_576} MB limit")
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from error


def clean_text(raw: str, source_path: str | None = None, encoding: str = "utf-8") -> Document:
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    tracked = remove_controls(Tracked.from_raw(raw))
    known_readings = readings(tracked.text)
    tracked = repair_mojibake(tracked, known_readings)
    tracked = remove_readings(tracked)
    tracked = repair_punctuation(tracked)
    tracked = to_simplified(tracked)
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
    return clean_text(decoded.text, source_path, decoded.encoding)


def clean_file(path: Path) -> Document:
    return clean_bytes(read_bytes(path), str(path))


def analyse(document: Document) -> Document:
    from lytui.analyse import analyse_document

    return analyse_document(document)


def load(path: Path) -> Document:
    return analyse(clean_file(path))
