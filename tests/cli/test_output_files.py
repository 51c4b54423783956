"""The output never destroys an input or the previous export, and every refusal is one line."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
from pathlib import Path

import pytest

from lytui.cli import main
from tests.cli.helpers import folder_of_seeds, lytui, one_line_error, wait_for
from tests.conftest import SEED


@pytest.mark.parametrize("alias", ["same", "dotted", "hardlink", "symlink"])
def test_output_naming_the_input_is_refused_and_the_input_kept(
    tmp_path: Path, alias: str, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    shutil.copy(SEED, article)
    output = {
        "same": article,
        "dotted": tmp_path / "sub" / ".." / "article.txt",
        "hardlink": tmp_path / "link.txt",
        "symlink": tmp_path / "sym.txt",
    }[alias]
    (tmp_path / "sub").mkdir()
    if alias == "hardlink":
        os.link(article, output)
    elif alias == "symlink":
        output.symlink_to(article)
    assert main(["export", str(article), "-o", str(output)]) != 0
    one_line_error(capsys.readouterr().err)
    assert article.read_bytes() == SEED.read_bytes()


def test_output_inside_an_exported_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = folder_of_seeds(tmp_path / "news", 2)
    before = (folder / "01.txt").read_bytes()
    for target in (folder / "01.txt", folder / "new.txt"):
        assert main(["export", str(folder), "-o", str(target)]) == 2
        one_line_error(capsys.readouterr().err)
    assert (folder / "01.txt").read_bytes() == before
    assert not (folder / "new.txt").exists()


def test_a_full_disk_on_standard_output_is_one_line_and_non_zero() -> None:
    with open("/dev/full", "wb") as full:
        process = lytui("export", str(SEED), stdout=full)
        _, stderr = process.communicate(timeout=120)
    assert process.returncode != 0
    one_line_error(stderr.decode())
    assert "No space left" in stderr.decode()


def test_a_file_size_limit_is_one_line_and_non_zero(tmp_path: Path) -> None:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (10_000, 10_000))

    with (tmp_path / "out.json").open("wb") as out:
        process = lytui("export", str(SEED), stdout=out, preexec_fn=limit)
        _, stderr = process.communicate(timeout=120)
    assert process.returncode != 0
    one_line_error(stderr.decode())
    assert "File too large" in stderr.decode()


def test_a_closed_pipe_ends_the_export_quietly(tmp_path: Path) -> None:
    folder = folder_of_seeds(tmp_path / "news", 3)
    process = lytui("export", str(folder), "--format", "jsonl", "--jobs", "1")
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(1) == b"{"
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=120)
    assert stderr == ""
    assert process.returncode == 141


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_run_where_every_file_fails_keeps_the_old_output(tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"")
    (folder / "b.txt").write_bytes(bytes(range(256)) * 10)
    output = tmp_path / "out" / f"out.{fmt}"
    output.parent.mkdir()
    output.write_text("OLD\n")
    assert main(["export", str(folder), "--format", fmt, "-o", str(output)]) == 1
    assert output.read_text() == "OLD\n"
    assert os.listdir(output.parent) == [output.name]


def test_a_successful_run_replaces_the_output_and_keeps_its_mode(tmp_path: Path) -> None:
    output = tmp_path / "out" / "out.json"
    output.parent.mkdir()
    output.write_text("OLD\n")
    output.chmod(0o640)
    assert main(["export", str(SEED), "-o", str(output)]) == 0
    assert json.loads(output.read_text())["meta"]["title"] == "龙岩市：又见苏区干部好作风"
    assert output.stat().st_mode & 0o777 == 0o640
    assert os.listdir(output.parent) == ["out.json"]


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killing_an_export_keeps_the_old_output(tmp_path: Path, sig: signal.Signals) -> None:
    folder = folder_of_seeds(tmp_path / "news", 30)
    output = tmp_path / "out" / "out.jsonl"
    output.parent.mkdir()
    output.write_text("OLD\n")
    process = lytui("export", str(folder), "-o", str(output), "--jobs", "1")
    wait_for(lambda: len(os.listdir(output.parent)) > 1 or output.read_text() != "OLD\n")
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=60)
    assert output.read_text() == "OLD\n"
    if sig == signal.SIGTERM:
        assert process.returncode == 143
        assert os.listdir(output.parent) == ["out.jsonl"]
        one_line_error(stderr.decode())


@pytest.mark.parametrize("where", ["missing", "directory"])
def test_an_impossible_output_is_one_line(tmp_path: Path, where: str, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "missing" / "x.json" if where == "missing" else tmp_path
    assert main(["export", str(SEED), "-o", str(output)]) == 2
    one_line_error(capsys.readouterr().err)


def test_an_unreadable_subfolder_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = folder_of_seeds(tmp_path / "news", 1)
    (folder / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    output = tmp_path / "out.jsonl"
    assert main(["export", str(folder), "-o", str(output), "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "locked: Permission denied" in err and "Traceback" not in err
    assert len(output.read_text().splitlines()) == 1


def test_a_closed_standard_output_is_one_line() -> None:
    process = lytui("export", str(SEED), preexec_fn=lambda: os.close(1))
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 2
    one_line_error(stderr.decode())


def test_a_write_protected_output_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out.json"
    output.write_text("OLD\n")
    output.chmod(0o444)
    monkeypatch.setattr(os, "access", lambda path, mode: False)  # root may write anything; a user may not
    assert main(["export", str(SEED), "-o", str(output)]) == 2
    assert "Permission denied" in capsys.readouterr().err
    assert output.read_text() == "OLD\n"
