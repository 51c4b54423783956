"""Argument parsing only: `lytui [PATH]` opens the explorer, `lytui export …` runs the pipeline headless."""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

from lytui.export import FORMATS, WHATS
from lytui.model import visible_controls


def bundled_seed() -> Path:
    """The sample article shipped inside the package, so `lytui` works from a wheel too."""
    return Path(str(resources.files("lytui.data").joinpath("seeds", "000_eaa03b8991818edb.txt")))


def _export_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("export", help="clean and analyse articles without the UI")
    parser.add_argument("path", type=Path, help="an article file or a directory of articles")
    parser.add_argument("--format", "-f", choices=FORMATS, default="json")
    parser.add_argument("--what", "-w", choices=WHATS, default="all")
    parser.add_argument("--output", "-o", type=Path, help="write here instead of standard output")
    parser.add_argument("--jobs", "-j", type=int, default=0, help="processes for a directory (default: all cores)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lytui", description=__doc__)
    sub = parser.add_subparsers(dest="command")
    _export_parser(sub)
    open_parser = sub.add_parser("open", help="open the explorer (the default)")
    open_parser.add_argument("path", type=Path, nargs="?")
    return parser


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] not in ("export", "open", "-h", "--help"):
        args_list.insert(0, "open")
    args = build_parser().parse_args(args_list)
    if args.command == "export":
        from lytui.corpus import run_export

        return run_export(args.path, args.format, args.what, args.output, args.jobs)
    return _open(args.path)


def _open(path: Path | None) -> int:
    from lytui.pipeline import InputError

    target = path or bundled_seed()
    if not target.exists():
        print(f"lytui: {visible_controls(str(target))}: no such file or directory", file=sys.stderr)
        return 2
    try:
        from lytui.tui.app import make_app
    except ImportError as error:  # pragma: no cover - broken install
        print(f"lytui: cannot start the interface: {error}", file=sys.stderr)
        return 2
    try:
        app = make_app(target)
    except InputError as error:
        print(f"lytui: {error}", file=sys.stderr)
        return 2
    app.run()
    return app.return_code or 0
