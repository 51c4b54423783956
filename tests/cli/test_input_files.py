"""Only regular files are read, and never more than the size cap."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lytui.pipeline import InputError, read_bytes
from tests.cli.helpers import lytui, one_line_error


def test_devices_and_fifos_are_refused_without_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for path in ("/dev/zero", str(fifo)):
        process = lytui("export", path)
        _, stderr = process.communicate(timeout=60)
        assert process.returncode != 0
        one_line_error(stderr.decode())
        assert "not a regular file" in stderr.decode()


def test_the_size_cap_holds_whatever_st_size_says(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="limit"):
        read_bytes(Path("/proc/self/maps"), limit=10)  # st_size 0, content far longer
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 11)
    with pytest.raises(InputError, match="limit"):
        read_bytes(path, limit=10)
    assert read_bytes(path, limit=11) == b"x" * 11
