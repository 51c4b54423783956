"""Where an export goes: standard output, or a file that is replaced only when the export succeeded.

Writing `-o out.jsonl` in place would truncate it first, so a killed run or one where every article
fails would destroy the previous export; and `-o` naming an input would empty it before it is read."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from lytui.export import display_path, inert


class OutputError(Exception):
    """The output cannot be written; the message is one line for the user."""


def say(message: str) -> None:
    """One `lytui: …` line on standard error, with any control character from a file name made visible
    so a crafted name cannot drive the terminal."""
    if sys.stderr is None:  # started with 2>&-; print(file=None) would write to standard output
        return
    with contextlib.suppress(OSError, ValueError):
        print(f"lytui: {inert(display_path(message))}", file=sys.stderr, flush=True)


def _reason(error: OSError) -> str:
    return error.strerror or errno.errorcode.get(error.errno or 0, str(error))


class Sink:
    """Standard output as UTF-8 bytes whatever the locale says, written straight to the descriptor: a
    buffered writer reports a short write (a file size limit) as a count, not an error, so the loop
    here goes on until every byte is out or the system says why not."""

    name = "standard output"

    def __init__(self) -> None:
        if sys.stdout is None:  # started with >&-
            raise OutputError("standard output is closed")
        sys.stdout.flush()
        try:
            self._fd = sys.stdout.fileno()
        except (OSError, ValueError):  # io.UnsupportedOperation: a stream without a descriptor (captured)
            self._fd = -1

    def write(self, text: str) -> None:
        data = memoryview(text.encode("utf-8", errors="backslashreplace"))
        try:
            if self._fd < 0:
                sys.stdout.write(text)
                sys.stdout.flush()
                return
            while data:
                data = data[os.write(self._fd, data) :]
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError(f"cannot write to {self.name}: {_reason(error)}") from error

    def commit(self) -> None:
        """Standard output has nothing to replace."""

    def silence(self) -> None:
        """Point fd 1 at /dev/null so the interpreter's last flush of a broken standard output cannot
        print `Exception ignored …`."""
        if self._fd < 0:
            return
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._fd)
            os.close(devnull)
        except OSError:
            pass

    def close(self) -> None:
        """Standard output stays open for the interpreter."""


class DeviceSink(Sink):
    """An existing output that is not a regular file (/dev/null, a terminal, a FIFO) is written in place:
    there is nothing to truncate, and it cannot be replaced by renaming."""

    def __init__(self, path: Path) -> None:
        self.name = display_path(path)
        try:
            self._fd = os.open(path, os.O_WRONLY | os.O_NOCTTY | os.O_CLOEXEC)
        except OSError as error:
            raise OutputError(f"{self.name}: {_reason(error)}") from error

    def silence(self) -> None:
        """Nothing of the interpreter's writes here."""

    def close(self) -> None:
        if self._fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = -1


class FileSink(DeviceSink):
    """A temporary file beside the target, renamed over it on commit: the target holds the old export or
    the whole new one, never a part. A run that fails or is interrupted removes the temporary file."""

    def __init__(self, target: Path) -> None:
        self.name = display_path(target)
        self.target = target
        try:
            mode = stat.S_IMODE(target.stat().st_mode)
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        try:
            self._fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        except OSError as error:
            raise OutputError(f"{display_path(target.parent)}: {_reason(error)}") from error
        self.temporary: Path | None = Path(temporary)
        self._mode = mode

    def commit(self) -> None:
        assert self.temporary is not None
        try:
            os.fchmod(self._fd, self._mode)
            os.fsync(self._fd)
            os.replace(self.temporary, self.target)
        except OSError as error:
            raise OutputError(f"cannot write to {self.name}: {_reason(error)}") from error
        self.temporary = None

    def close(self) -> None:
        super().close()
        if self.temporary is not None:
            with contextlib.suppress(OSError):
                self.temporary.unlink()
            self.temporary = None


def open_sink(output: Path | None, inputs: list[Path], read_back: Callable[[Path], bool] | None = None) -> Sink:
    """Refuse, before anything is read or written, an output that is one of the inputs under any name
    (another path, a hard link, a symbolic link), a folder, a file in a missing folder, or a new file that
    `read_back` says the next run over the same folder would take as an input."""
    if output is None:
        return Sink()
    shown = display_path(output)
    try:
        info: os.stat_result | None = output.stat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise OutputError(f"{shown}: {_reason(error)}") from error
    if info is None:
        parent = output.parent
        if not parent.is_dir():
            raise OutputError(f"{display_path(parent)}: no such directory")
        if read_back is not None and read_back(output):
            raise OutputError(f"{shown}: inside the exported folder, it would be read as an article next time")
        return FileSink(output)
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{shown}: is a directory")
    for path in inputs:
        try:
            same = os.path.samestat(info, path.stat())
        except OSError:
            continue
        if same:
            raise OutputError(f"{shown}: is the input {display_path(path)}; refusing to overwrite it")
    if not stat.S_ISREG(info.st_mode):
        return DeviceSink(output)
    if not os.access(output, os.W_OK):  # renaming over it would get round its write protection
        raise OutputError(f"{shown}: Permission denied")
    return FileSink(Path(os.path.realpath(output)))
