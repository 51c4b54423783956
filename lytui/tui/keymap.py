"""User key remapping: `~/.config/lytui/keymap.toml` maps command ids to keys.

[keys]
copy-value = "y"
maximize = "m,f11"
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _config_dir() -> Path:
    """XDG's config directory on Linux, read directly: importing platformdirs just for this path sat on
    the way to the first frame (the analysis cache, which needs it, is made after the first frame)."""
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_CONFIG_HOME", "").strip()
        return (Path(base) if base else Path.home() / ".config") / "lytui"
    from platformdirs import user_config_dir

    return Path(user_config_dir("lytui"))


def keymap_path() -> Path:
    return Path(os.environ.get("LYTUI_KEYMAP") or _config_dir() / "keymap.toml")


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], str | None]:
    """(binding id → keys, error message or None). A broken file never stops the app."""
    path = path or keymap_path()
    if not path.exists():
        return {}, None
    import tomllib  # only when there is a keymap to read

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        return {}, f"{path}: {error}"
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        return {}, f'{path}: [keys] must be a table of command = "key"'
    return {f"lytui.{name}": str(value) for name, value in keys.items()}, None
