"""The child that cleans a small article while the parent imports Textual (lytui.early_clean): the parent
gets the Document it would have made itself, or cleans itself when the child fails, is too slow or
sends something damaged; no child outlives `document()` or `cancel()`, not even as a zombie.

Each case forks in a fresh Python process: a pytest worker has threads, and forking one is not what lytui
does (it forks at start, before anything has started a thread)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lytui import early_clean

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_eaa03b8991818edb.txt"

_NO_CHILD_LEFT = (
    "try:\n"
    "    os.waitpid(-1, os.WNOHANG)\n"
    "    print('a child is left')\n"
    "except ChildProcessError:\n"
    "    print('no child left')\n"
)


_IDLE = (
    "os.getloadavg = lambda: (0.0, 0.0, 0.0)\nos.sched_getaffinity = lambda pid: {0, 1}\n"
    "import lytui.early_clean\nlytui.early_clean.cgroup_cpu_quota = lambda: None\n"
)
"""As on an idle machine with two cores and no CPU quota: the child is started whatever the test
machine's load or container."""


def _run(code: str, *args: str) -> list[str]:
    env = dict(os.environ, LYTUI_NO_DISK_CACHE="1")
    env.pop("LYTUI_NO_EARLY_CLEAN", None)
    result = subprocess.run(
        [sys.executable, "-c", "import os, sys, time\n" + _IDLE + code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout.splitlines()


def test_the_parent_gets_the_document_it_would_make_and_never_loads_the_pipeline_before_its_frame() -> None:
    out = _run(
        "from pathlib import Path\n"
        "from lytui import early_clean\n"
        "path = Path(sys.argv[1])\n"
        "early = early_clean.start(path, 1_000_000)\n"
        "print(early is not None)\n"
        "from lytui.tui.app import make_app\n"
        "from lytui.tui.screens.main import ArticleScreen\n"
        "app = make_app(path, early)\n"
        "print('lytui.pipeline' in sys.modules)\n" + _NO_CHILD_LEFT + "from lytui.pipeline import clean_file\n"
        "print(app.document == clean_file(path))\n",
        str(SEED),
    )
    assert out == ["True", "False", "no child left", "True"]


def _fork(child_code: str) -> str:
    """Code that forks a child running `child_code` (with `writer`), and wraps it as an EarlyClean."""
    return (
        "from pathlib import Path\n"
        "from lytui.early_clean import EarlyClean\n"
        "reader, writer = os.pipe()\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    os.close(reader)\n"
        f"    {child_code}\n"
        "os.close(writer)\n"
        "early = EarlyClean(Path(sys.argv[1]), pid, reader)\n"
    )


@pytest.mark.parametrize(
    "child_code",
    [
        "os._exit(1)",  # an exception or a signal in the child
        "os.write(writer, b'not a pickle'); os._exit(0)",
        "import pickle; os.write(writer, pickle.dumps(['not', 'a', 'document'])); os._exit(0)",
        "time.sleep(60); os._exit(0)",  # too slow: killed
    ],
)
def test_a_failed_or_slow_child_gives_nothing_and_is_reaped_and_the_parent_cleans(child_code: str) -> None:
    out = _run(
        _fork(child_code) + "started = time.monotonic()\n"
        "print(early.document(timeout=1.0))\n"
        "print(time.monotonic() - started < 20)\n" + _NO_CHILD_LEFT + "from lytui.tui.app import make_app\n"
        "from lytui.pipeline import clean_file\n"
        "print(make_app(Path(sys.argv[1]), early).document == clean_file(Path(sys.argv[1])))\n",
        str(SEED),
    )
    assert out == ["None", "True", "no child left", "True"]


def test_cancel_stops_and_reaps_a_child_still_cleaning() -> None:
    out = _run(_fork("time.sleep(60); os._exit(0)") + "early.cancel()\n" + _NO_CHILD_LEFT, str(SEED))
    assert out == ["no child left"]


def test_a_file_the_child_cannot_clean_gives_the_usual_one_line_error(tmp_path: Path) -> None:
    """The child fails on it, so the parent cleans in process and reports as it always did."""
    path = tmp_path / "input.txt"
    path.write_bytes(bytes(range(256)) * 10)
    env = dict(os.environ)
    env.pop("LYTUI_NO_EARLY_CLEAN", None)
    code = "from lytui.cli import main\ncode = main(['open', sys.argv[1]])\n" + _NO_CHILD_LEFT + "sys.exit(code)\n"
    result = subprocess.run(
        [sys.executable, "-c", "import os, sys\n" + _IDLE + code, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout.splitlines() == ["no child left"]
    assert "binary" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_no_child_where_it_cannot_help(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder, a file the loading screen cleans, the opt-out, or a platform without fork: the parent
    cleans as before."""
    monkeypatch.delenv("LYTUI_NO_EARLY_CLEAN", raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(early_clean, "cgroup_cpu_quota", lambda: None)
    large = tmp_path / "large.txt"
    large.write_bytes(b"x" * 2000)
    assert early_clean.start(tmp_path, 1_000_000) is None
    assert early_clean.start(large, 1000) is None
    assert early_clean.start(tmp_path / "missing.txt", 1_000_000) is None
    monkeypatch.setenv("LYTUI_NO_EARLY_CLEAN", "1")
    assert early_clean.start(SEED, 1_000_000) is None
    monkeypatch.delenv("LYTUI_NO_EARLY_CLEAN")
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert early_clean.start(SEED, 1_000_000) is None  # one core: the child would only take turns
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (3.0, 3.0, 3.0))
    assert early_clean.start(SEED, 1_000_000) is None  # both cores busy
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    monkeypatch.setattr(early_clean, "cgroup_cpu_quota", lambda: 1.0)
    assert early_clean.start(SEED, 1_000_000) is None  # two cores seen, one granted (a container's --cpus 1)
    monkeypatch.setattr(early_clean, "cgroup_cpu_quota", lambda: None)
    monkeypatch.delattr(os, "fork")
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert early_clean.start(SEED, 1_000_000) is None


@pytest.mark.parametrize(
    ("files", "cores"),
    [
        ({"cpu.max": "100000 100000\n"}, 1.0),
        ({"cpu.max": "250000 100000\n"}, 2.5),
        ({"cpu.max": "max 100000\n"}, None),
        ({"cpu/cpu.cfs_quota_us": "50000\n", "cpu/cpu.cfs_period_us": "100000\n"}, 0.5),
        ({"cpu,cpuacct/cpu.cfs_quota_us": "200000\n", "cpu,cpuacct/cpu.cfs_period_us": "100000\n"}, 2.0),
        ({"cpu/cpu.cfs_quota_us": "-1\n", "cpu/cpu.cfs_period_us": "100000\n"}, None),
        ({"cpu.max": "garbage"}, None),
        ({"cpu/cpu.cfs_quota_us": "100000\n", "cpu/cpu.cfs_period_us": "0\n"}, None),
        ({}, None),
    ],
)
def test_a_cgroup_quota_counts_as_the_cores_granted(tmp_path: Path, files: dict[str, str], cores: float | None) -> None:
    """cgroup v2 and v1 quotas, unlimited ones and unreadable ones (no quota assumed, as before)."""
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    assert early_clean.cgroup_cpu_quota(tmp_path) == cores


def test_the_cli_module_imports_nothing_the_open_path_does_not_need_before_the_fork() -> None:
    """What `lytui FILE` imports before lytui.early_clean forks delays the child; importlib.resources
    is only for the bundled seed."""
    out = _run(
        "import lytui.cli\nprint('importlib.resources' in sys.modules)\nprint(lytui.cli.bundled_seed().is_file())\n"
    )
    assert out == ["False", "True"]
