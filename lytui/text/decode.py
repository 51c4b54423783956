"""bytes → str: pick the encoding whose strict decode reads most like Chinese, not the file name."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


class DecodeError(ValueError):
    """The input cannot be read as text; the message is one line a user can act on."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    undecodable: tuple[tuple[int, bytes], ...] = ()
    """(offset in `text`, the bytes) of each U+FFFD that stands for bytes the encoding could not read,
    so the pipeline can report them as unrecovered rather than let them pass as text."""


@lru_cache(maxsize=1)
def common_chars() -> frozenset[str]:
    data = resources.files("lytui.data").joinpath("common_chars.txt").read_text(encoding="utf-8")
    lines = [line for line in data.splitlines() if line and not line.startswith("#")]
    return frozenset("".join(lines))


def _plausibility(text: str) -> float:
    """Share of characters that are common Han, ASCII or usual punctuation; mis-decodings score low."""
    if not text:
        return 0.0
    common = common_chars()
    sample = text[:20000]
    good = 0
    for ch in sample:
        if ch in common or ch.isascii() or ch in "，。、；：？！“”‘’（）《》—…·\u3000":
            good += 1
    return good / len(sample)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls / max(1, len(sample)) > 0.05


def decode(data: bytes) -> Decoded:
    decoded = _decode(data)
    text = decoded.text.lstrip("\ufeff")
    shift = len(decoded.text) - len(text)
    return Decoded(text, decoded.encoding, tuple((at - shift, bad) for at, bad in decoded.undecodable))


MOSTLY_UTF8 = 20
"""A file whose valid UTF-8 multibyte characters outnumber its invalid byte runs this many times over is
UTF-8 with damage (a character cut at the end, a stray 0xFF, a cp1252 quote pasted in): read as GB18030
it would be mojibake from the first line, while GB18030 text read as UTF-8 fails on most of its pairs."""


def _mostly_utf8(data: bytes) -> bool:
    rough = data.decode("utf-8", errors="replace")
    invalid = rough.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = len(rough) - len(rough.encode("ascii", errors="ignore")) - invalid
    return multibyte >= MOSTLY_UTF8 * invalid


def _utf8_replacing(data: bytes, encoding: str) -> Decoded:
    """UTF-8 with each invalid byte run as one U+FFFD whose place and bytes are kept."""
    view = memoryview(data)  # slices without copying the rest of a large file at every error
    pieces: list[str] = []
    undecodable: list[tuple[int, bytes]] = []
    length = 0
    position = 0
    while position < len(data):
        try:
            pieces.append(str(view[position:], "utf-8"))
            break
        except UnicodeDecodeError as error:
            piece = str(view[position : position + error.start], "utf-8")
            pieces.append(piece)
            length += len(piece)
            undecodable.append((length, data[position + error.start : position + error.end]))
            pieces.append("\ufffd")
            length += 1
            position += error.end
    return Decoded("".join(pieces), encoding, tuple(undecodable))


def _decode(data: bytes) -> Decoded:
    if not data.strip():
        raise DecodeError("the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        return _utf8_replacing(data[3:], "utf-8-sig")
    for bom, name in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return Decoded(data[2:].decode(name), name)
            except UnicodeDecodeError:
                break
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM: ASCII characters leave a zero on one side of every other byte.
        for name in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if _plausibility(text) > 0.8:
                return Decoded(text, name)
        raise DecodeError("this looks like a binary file, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise DecodeError("this looks like a binary file, not text")
    if _mostly_utf8(data):
        return _utf8_replacing(data, "utf-8")
    candidates: list[tuple[float, int, Decoded]] = []
    for priority, name in enumerate(("gb18030", "big5")):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), -priority, Decoded(text, name)))
    if not candidates:
        # Not valid in any encoding we know: keep every byte visible rather than fail.
        return Decoded(data.decode("gb18030", errors="replace"), "gb18030 (with errors)")
    best = max(candidates, key=lambda c: (c[0], c[1]))
    if best[0] < 0.5:
        raise DecodeError("this does not look like text in a Chinese encoding (UTF-8, UTF-16, GB18030, Big5)")
    return best[2]
