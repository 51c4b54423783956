"""A file the UI refuses after it started still ends lytui non-zero."""

from __future__ import annotations

import time
from pathlib import Path


async def test_a_large_binary_in_the_ui_exits_non_zero(tmp_path: Path) -> None:
    from lytui.tui.app import make_app

    path = tmp_path / "bigbinary"
    path.write_bytes(bytes(range(256)) * 5000)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        wait_until = time.monotonic() + 60
        while app.is_running and time.monotonic() < wait_until:
            await pilot.pause(0.1)
    assert app.return_code == 2
