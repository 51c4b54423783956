"""Row 18: the copy history is private and pruned; `e` asks where to write, asks before replacing a
file and never writes through a symbolic link."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from lytui.tui.app import make_app
from lytui.tui.clipboard import KEEP_COPIES, clip_dir, save_copy
from lytui.tui.screens.menus import Confirm, PathInput
from tests.conftest import SEED
from tests.tui.helpers import wait_analysed


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_copy_history_is_private_and_pruned() -> None:
    clip_dir().mkdir(parents=True)
    os.chmod(clip_dir(), 0o755)  # as an older lytui left it
    saved = [save_copy(f"copy {i}", "value") for i in range(KEEP_COPIES + 5)]
    assert all(path is not None for path in saved)
    assert mode(clip_dir()) == 0o700
    files = sorted(clip_dir().iterdir())
    assert all(mode(path) == 0o600 for path in files)
    stamped = [path for path in files if not path.name.startswith("latest")]
    assert len(stamped) == KEEP_COPIES
    assert saved[-1] in stamped and saved[0] not in stamped
    assert (clip_dir() / "latest.txt").read_text(encoding="utf-8") == f"copy {KEEP_COPIES + 4}"


def test_latest_copy_replaces_a_planted_symlink_instead_of_following_it(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    clip_dir().mkdir(parents=True)
    (clip_dir() / "latest.txt").symlink_to(victim)
    save_copy("copied", "value")
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not (clip_dir() / "latest.txt").is_symlink()


async def export(pilot, path: str | None) -> None:  # a pilot
    await pilot.press("4", "e", "c")
    await pilot.pause()
    assert isinstance(pilot.app.screen, PathInput)
    if path is not None:
        field = pilot.app.screen.query_one("Input")
        field.value = path
    await pilot.press("enter")
    await pilot.pause()


async def test_export_asks_before_replacing_and_never_follows_a_symlink(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    target = tmp_path / f"{SEED.stem}.facts.csv"
    target.write_text("mine", encoding="utf-8")
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (tmp_path / "link.csv").symlink_to(victim)
    app = make_app(SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_analysed(pilot)
        await export(pilot, None)  # the suggested name, which exists
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "mine"
        await export(pilot, None)
        await pilot.press("y")
        await pilot.pause()
        assert target.read_text(encoding="utf-8").startswith("kind,value,text")
        await export(pilot, "link.csv")
        assert not isinstance(app.screen, Confirm)
        assert victim.read_text(encoding="utf-8") == "keep me" and (tmp_path / "link.csv").is_symlink()
        await export(pilot, str(tmp_path / "new.csv"))  # a new file needs no confirmation
        assert (tmp_path / "new.csv").read_text(encoding="utf-8").startswith("kind,value,text")
        await pilot.press("e", "c", "escape")  # Esc at the path prompt cancels
        await pilot.pause()
        assert app.return_code is None and not isinstance(app.screen, (PathInput, Confirm))
