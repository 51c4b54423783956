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


@pytest.fixture(scope="session", autouse=True)
def _jieba_as_the_product_loads_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each worker builds lytui's jieba tables in a cache of its own, not the developer's."""
    from lytui.analyse.jieba_tables import tables

    previous = os.environ.get("LYTUI_CACHE_DIR")
    os.environ["LYTUI_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    try:
        tables()
    finally:
        if previous is None:
            os.environ.pop("LYTUI_CACHE_DIR", None)
        else:
            os.environ["LYTUI_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def seed_document():
    from lytui.pipeline import load

    return load(SEED)


@pytest.fixture(scope="session")
def seed_clean():
    from lytui.pipeline import clean_file

    return clean_file(SEED)
