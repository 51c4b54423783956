"""User key remapping: `~/.config/lytui/keymap.toml` maps command ids to keys.

[keys]
copy-value = "y"
maximize = "m,f11"
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from platformdirs import user_config_dir


def keymap_path() -> Path:
    return Path(os.environ.get("LYTUI_KEYMAP") or Path(user_config_dir("lytui")) / "keymap.toml")


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], str | None]:
    """(binding id → keys, error message or None). A broken file never stops the app."""
    path = path or keymap_path()
    if not path.exists():
        return {}, None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        return {}, f"{path}: {error}"
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        return {}, f'{path}: [keys] must be a table of command = "key"'
    return {f"lytui.{name}": str(value) for name, value in keys.items()}, None
