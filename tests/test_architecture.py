"""The one-way flow, checked on the source: decode → repair → convert → segment (text) → analyse →
Document → views. Imports inside functions count too (the pipeline imports lazily for start-up)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "lytui"


def _imports() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        found[module] = names
    return found


def _within(name: str, *prefixes: str) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def test_only_the_views_know_textual_and_rich() -> None:
    for module, names in _imports().items():
        if not _within(module, "lytui.tui"):
            assert not [n for n in names if _within(n, "textual", "rich")], module


def test_each_stage_imports_only_what_comes_before_it() -> None:
    allowed = {
        "lytui.han": (),
        "lytui.store": (),
        "lytui.model": ("lytui.han",),
        "lytui.columns": ("lytui.model",),
        "lytui.text": ("lytui.han", "lytui.data", "lytui.model", "lytui.columns", "lytui.text"),
        "lytui.analyse": ("lytui.han", "lytui.data", "lytui.model", "lytui.columns", "lytui.analyse", "lytui.store"),
        "lytui.export": ("lytui.model",),
    }
    for module, names in _imports().items():
        for stage, permitted in allowed.items():
            if _within(module, stage):
                wrong = [n for n in names if n.startswith("lytui") and not _within(n, *permitted)]
                assert not wrong, f"{module} imports {wrong}"
    # the word lists every stage may read stand below them all (their make_ scripts are tools, not stages)
    assert not [n for n in _imports()["lytui.data"] if n.startswith("lytui")]


def test_widgets_never_parse_text_and_nothing_below_the_views_imports_them() -> None:
    for module, names in _imports().items():
        lytui_names = [n for n in names if n.startswith("lytui")]
        if _within(module, "lytui.tui.widgets"):
            assert not [n for n in lytui_names if _within(n, "lytui.text", "lytui.analyse", "lytui.pipeline")], module
        if not _within(module, "lytui.tui", "lytui.cli"):
            assert not [n for n in lytui_names if _within(n, "lytui.tui")], module


def test_the_han_range_is_written_once() -> None:
    """Every stage reads what a Chinese character is from lytui.han (jieba's own patterns, copied where
    lytui reproduces jieba, stop at U+9FD5 and are jieba's, not lytui's)."""
    for path in PACKAGE.rglob("*.py"):
        if path.name != "han.py":
            source = path.read_text(encoding="utf-8")
            assert "\\u9fff" not in source.lower() and "\\u3400" not in source.lower(), path
