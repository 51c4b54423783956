"""Argument parsing only: `lytui [PATH]` opens the explorer, `lytui export …` runs the pipeline headless."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from lytui.export import FORMATS, WHATS


def bundled_seed() -> Path:
    """The sample article shipped inside the package, so `lytui` works from a wheel too. importlib.resources
    is imported here: `lytui FILE` does not need it before its first frame, and what the module imports
    runs before lytui.early_clean can fork."""
    from importlib import resources

    return Path(str(resources.files("lytui.data").joinpath("seeds", "000_eaa03b8991818edb.txt")))


def _export_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("export", help="clean and analyse articles without the UI")
    parser.add_argument("path", type=Path, help="an article file or a directory of articles")
    parser.add_argument("--format", "-f", choices=FORMATS, default="json")
    parser.add_argument("--what", "-w", choices=WHATS, default="all")
    parser.add_argument("--output", "-o", type=Path, help="write here instead of standard output")
    parser.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=0,
        help="processes for a directory (default 0: all cores; never more than files or cores)",
    )
    parser.add_argument(
        "--quiet", "-q", action="store_true", help="no progress display on standard error for a directory"
    )


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (all cores) or more")
    return jobs


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lytui", description=__doc__)
    sub = parser.add_subparsers(dest="command")
    _export_parser(sub)
    open_parser = sub.add_parser("open", help="open the explorer (the default)")
    open_parser.add_argument("path", type=Path, nargs="?")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Ctrl-C ends lytui with one line and the shell's usual status 130, never a traceback."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        _say("interrupted")
        return 130


def _main(argv: list[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] not in ("export", "open", "-h", "--help"):
        args_list.insert(0, "open")
    args = build_parser().parse_args(args_list)
    if args.command == "export":
        return _export(args)
    return _open(args.path)


class Terminated(BaseException):
    """SIGTERM, raised like KeyboardInterrupt so the same clean-up runs."""


def _terminated(signum: int, frame: object) -> None:
    raise Terminated


def _export(args: argparse.Namespace) -> int:
    """SIGTERM unwinds like Ctrl-C (status 143), so workers stop and a half-written output file is
    removed; only for export, as the UI's event loop must not get an exception from a signal. A folder
    exported on a terminal shows its progress on standard error."""
    from lytui.corpus import run_export

    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminated) if in_main_thread else None
    try:
        if args.path.is_dir():
            from lytui.tui.progress import ExportProgressDisplay, wanted

            if wanted(args.quiet):
                with ExportProgressDisplay() as display:
                    return run_export(args.path, args.format, args.what, args.output, args.jobs, display.update)
        return run_export(args.path, args.format, args.what, args.output, args.jobs)
    except Terminated:
        _say("terminated")
        return 143
    finally:
        if in_main_thread:
            signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


def _say(message: str) -> None:
    from lytui.output import say

    say(message)


def _open(path: Path | None) -> int:
    """A small article is cleaned in a forked child while Textual is imported here (lytui.early_clean)."""
    from lytui import early_clean
    from lytui.model import InputError

    target = path or bundled_seed()
    if not target.exists():
        _say(f"{target}: no such file or directory")
        return 2
    early = early_clean.start(target, EARLY_CLEAN_BYTES)
    try:
        try:
            from lytui.tui.app import make_app
        except ImportError as error:  # pragma: no cover - broken install
            _say(f"cannot start the interface: {error}")
            return 2
        try:
            app = make_app(target, early)
        except InputError as error:
            _say(str(error))
            return 2
    finally:
        if early is not None:
            early.cancel()
    app.run()
    return app.return_code or 0


EARLY_CLEAN_BYTES = 1_000_000
"""Files up to this size are cleaned before the first frame (larger ones open on a loading screen,
lytui.tui.app.LARGE_FILE_BYTES), so only they are worth cleaning in a child while Textual loads."""
