"""The original-text view of a CRLF or CR file: the raw text keeps its line endings (repair offsets
index it), and no CR may reach the terminal as part of a drawn line."""

from __future__ import annotations

from pathlib import Path

import pytest

from lytui.tui.app import make_app
from tests.conftest import SEED
from tests.tui.helpers import wait_analysed


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
async def test_original_view_draws_lines_without_carriage_returns(tmp_path: Path, line_end: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(SEED.read_text(encoding="utf-8").replace("\n", line_end).encode("utf-8"))
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("o")
        await pilot.pause(0.2)
        reader = app.screen.reader  # type: ignore[attr-defined]
        drawn = ["".join(segment.text for segment in reader.render_line(y)) for y in range(12)]
        assert "龍巖市:又見蘇區(qū)干部好作風" in drawn[0]
        assert not [line for line in drawn if "\r" in line]
