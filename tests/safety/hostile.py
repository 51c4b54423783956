"""Hostile inputs shared by the safety tests: terminal commands, markup and empty articles."""

from __future__ import annotations

from pathlib import Path

OSC_CLIPBOARD = "\x1b]52;c;aGFja2Vk\x07"  # would set the reader's clipboard to "hacked"
OSC_TITLE = "\x1b]2;pwned\x07"
CLEAR = "\x1b[2J"
C1_CSI = "\x9b31m"
HOSTILE_ARTICLE = (
    f"龙岩市：苏区干部好作风{OSC_TITLE}\n来源：新华社\n\n"
    f"　　记者从市政府获悉{OSC_CLIPBOARD}，全市今年投入资金138亿元{CLEAR}，同比增长12%{C1_CSI}。\x7f\x01\n"
)
TERMINAL_COMMANDS = ("\x1b]52;", "\x1b]2;", "\x1b[2J", "\x07", "\x9b", "\x7f", "\x01")
MARKUP_ARTICLE = "标题[/]里有[reverse]方括号[/reverse]\n\n　　他说：“[/]这是引语[bold]。”全市投入资金3亿元。\n"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def leaked(output: str) -> list[str]:
    """The hostile commands found in what would be written to the terminal (Textual's own styling
    sequences are CSI `m` and cursor moves, none of these)."""
    return [command for command in TERMINAL_COMMANDS if command in output]
