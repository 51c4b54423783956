"""Batch workers: never more than needed, they die with lytui, a dead one is named, Ctrl-C is one line."""

from __future__ import annotations

import os
import re
import signal
from pathlib import Path

import pytest

from lytui.cli import main
from tests.cli.helpers import alive, children, folder_of_seeds, lytui, wait_for
from tests.conftest import SEED


def _double_but_die_on_three(item: int) -> int:
    if item == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return item * 2


def test_a_dead_worker_is_pinned_on_its_item_and_the_batch_goes_on() -> None:
    from lytui.workers import ordered_results

    results = list(ordered_results(list(range(8)), _double_but_die_on_three, 2, lambda item, why: f"{item}: {why}"))
    assert results == [0, 2, 4, "3: killed by SIGKILL", 8, 10, 12, 14]


def test_a_killed_worker_is_reported_with_its_file(tmp_path: Path) -> None:
    folder = folder_of_seeds(tmp_path / "news", 60)  # work left when the worker is killed, however fast
    process = lytui("export", str(folder), "--format", "jsonl", "--jobs", "2")
    wait_for(lambda: len(children(process.pid)) == 2)
    os.kill(children(process.pid)[0], signal.SIGKILL)
    stdout, stderr = process.communicate(timeout=180)
    assert process.returncode == 1
    assert "Traceback" not in stderr.decode()
    assert re.search(r"news/\d\d\.txt: the worker process died \(killed by SIGKILL\)", stderr.decode())
    assert len(stdout.splitlines()) == 59


def test_workers_die_with_a_killed_export(tmp_path: Path) -> None:
    folder = folder_of_seeds(tmp_path / "news", 12)
    process = lytui("export", str(folder), "--format", "jsonl", "--jobs", "2")
    wait_for(lambda: len(children(process.pid)) == 2)
    workers = children(process.pid)
    process.kill()
    process.wait(timeout=60)
    try:
        wait_for(lambda: not any(alive(pid) for pid in workers), seconds=10)
    finally:
        for pid in workers:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_ctrl_c_exits_130_with_one_line(tmp_path: Path) -> None:
    folder = folder_of_seeds(tmp_path / "news", 120)  # seconds of work left when the signal comes, however fast
    process = lytui("export", str(folder), "--format", "jsonl", "--jobs", "2", start_new_session=True)
    wait_for(lambda: len(children(process.pid)) == 2)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.decode().strip() == "lytui: interrupted"


def test_jobs_are_capped_by_files_and_cores(capsys: pytest.CaptureFixture[str]) -> None:
    from lytui.workers import worker_count

    assert worker_count(200, 3) <= 3
    assert worker_count(200, 3) <= (os.cpu_count() or 1)
    assert worker_count(0, 3) >= 1
    assert worker_count(1, 0) == 1
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(SEED), "--jobs", "-1"])
    assert exit_info.value.code == 2
    assert "--jobs" in capsys.readouterr().err
