"""SVG snapshots of the layout (pytest-textual-snapshot). Update with `pytest --snapshot-update`."""

from __future__ import annotations

import pytest

from lytui.tui.app import make_app
from tests.conftest import SEED
from tests.tui.helpers import wait_analysed


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 50)])
def test_article_layout(snap_compare, size: tuple[int, int]) -> None:
    async def ready(pilot) -> None:
        await wait_analysed(pilot)

    assert snap_compare(make_app(SEED), terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_repairs_and_money_facts(snap_compare, size: tuple[int, int]) -> None:
    async def ready(pilot) -> None:
        await wait_analysed(pilot)
        await pilot.press("2", "r", "4", "K")
        await pilot.app.workers.wait_for_complete()
        # the repairs count is a toast: whether it is still up when the picture is taken depends on the
        # machine's load, so the picture is taken without it (a pilot test checks the toast itself)
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(make_app(SEED), terminal_size=size, run_before=ready)


def test_help_screen(snap_compare) -> None:
    async def ready(pilot) -> None:
        await wait_analysed(pilot)  # the article screen shows behind the help
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(SEED), terminal_size=(80, 24), run_before=ready)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_fact_detail(snap_compare, size: tuple[int, int]) -> None:
    async def ready(pilot) -> None:
        await wait_analysed(pilot)
        await pilot.press("4", "K", "K", "K", "K", "K", "K", "K", "K")  # quotes
        pilot.app.clear_notifications()
        await pilot.press("down", "down", "enter")
        await pilot.pause()

    assert snap_compare(make_app(SEED), terminal_size=size, run_before=ready)


def test_maximised_facts_show_whole_quotes(snap_compare) -> None:
    async def ready(pilot) -> None:
        await wait_analysed(pilot)
        await pilot.press("4", "z")
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(make_app(SEED), terminal_size=(120, 40), run_before=ready)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_folder_facts_after_G(snap_compare, tmp_path, size: tuple[int, int]) -> None:
    for index in range(15):
        (tmp_path / f"{index:02d}.txt").write_text(f"第{index}篇\n厦门市投资{index + 3}亿元。", encoding="utf-8")
    (tmp_path / "zz_bad.txt").write_bytes(b"")

    async def ready(pilot) -> None:
        await pilot.pause()
        await pilot.press("F")
        for _ in range(400):
            await pilot.pause(0.05)
            if pilot.app.screen.done == 16:
                break
        await pilot.press("K", "G")
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(make_app(tmp_path), terminal_size=size, run_before=ready)
