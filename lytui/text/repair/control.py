"""Terminal control characters leave the text as recorded repairs.

A scraped page can carry `ESC ] 52 ; c ; … BEL` (writes the reader's clipboard), `ESC ] 2 ; … BEL`
(retitles the terminal) or `ESC [ 2 J` (clears it). Nothing after this step may hold C0 (but tab and
newline), ESC, DEL or C1: a whole escape sequence goes as one repair, so its parameters do not stay
behind as stray text, and the repair log keeps what was removed so nothing is lost silently.

`visible_controls` (in the model, so the views and exports reach it) is for strings that never pass
through the pipeline (file names, the raw text of the original view, export cells): it maps each
control character to a visible stand-in, one character for one, so offsets into the string stay valid.
"""

from __future__ import annotations

import re

from lytui.model import has_controls, visible_controls
from lytui.text.tracked import Tracked

__all__ = ["remove_controls", "visible_controls", "without_controls"]

_CONTROL_CLASS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # CR is a line ending: unified later, tracked
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"  # CSI: ESC [ 2 J
    r"|(?:\x1b[\]PX^_]|[\x9d\x90\x98\x9e\x9f])[^\x07\x1b\x9c\n]{0,4096}(?:\x07|\x1b\\|\x9c)?"  # OSC/DCS/SOS/PM/APC … ST
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]?"  # other escapes: ESC c, ESC ( B
    rf"|[{_CONTROL_CLASS}]+"
)


def remove_controls(tracked: Tracked) -> Tracked:
    text = tracked.text
    if not has_controls(text):
        return tracked
    return tracked.edit([(m.start(), m.end(), "", "control", _describe(m.group())) for m in _SEQUENCE.finditer(text)])


def without_controls(text: str) -> str:
    """The control repairs alone on a short string (a file's head in a folder listing), unrecorded."""
    return remove_controls(Tracked.from_raw(text)).text if has_controls(text) else text


def _describe(removed: str) -> str:
    if removed.startswith(("\x1b]", "\x9d")):
        return "terminal command (OSC)"
    if removed.startswith(("\x1b[", "\x9b")):
        return "terminal control sequence (CSI)"
    if removed.startswith("\x1b"):
        return "terminal escape"
    return "control character"
