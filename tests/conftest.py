from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_eaa03b8991818edb.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Copies and keymaps go to a temporary folder, never the developer's own."""
    monkeypatch.setenv("LYTUI_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("LYTUI_KEYMAP", str(tmp_path / "keymap.toml"))
    monkeypatch.setenv("LYTUI_CACHE_DIR", str(tmp_path / "cache"))
    os.environ.pop("DISPLAY", None)


@pytest.fixture(scope="session")
def seed_document():
    from lytui.pipeline import load

    return load(SEED)


@pytest.fixture(scope="session")
def seed_clean():
    from lytui.pipeline import clean_file

    return clean_file(SEED)
