"""two_char_words.txt and common_chars.txt are derived from jieba's dictionary and OpenCC by
lytui/data/make_word_lists.py: they must still be exactly what the script makes of the installed
libraries, so a library upgrade that changes them is seen here, not as a quiet drift in repairs."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

DATA = Path(__file__).resolve().parent.parent / "lytui" / "data"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_word_lists", DATA / "make_word_lists.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["two_char_words.txt", "two_char_freq.txt", "common_chars.txt"])
def test_the_list_is_what_the_script_makes_of_the_libraries(name: str) -> None:
    made = _script().MAKERS[name]()
    assert made == (DATA / name).read_text(encoding="utf-8")


def test_breaking_a_tie_between_recovered_characters_never_starts_jieba() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from lytui.text.repair import language\n"
        "assert language.word_frequency('发展') > 10 * language.word_frequency('发炎') > 0\n"
        "assert language.word_frequency('萘窟') == 0\n"
        "print('jieba' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
