"""Command line: ``minutes <command>`` or ``python -m analysis <command>``. Thin by design."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis import config

DESCRIPTION = """\
Turn municipal minutes (referater) into tidy tables and reports.

Typical use:
  minutes build                 read data/raw, write the tables to data/processed
  minutes schema                list every table and column the build writes
"""


def _cmd_build(args: argparse.Namespace) -> int:
    from analysis.build import build

    summary = build(
        raw_dir=args.raw,
        out_dir=args.out,
        external_dir=args.external,
        force=args.force,
        progress=False if args.quiet else None,
    )
    print(summary.render())
    return summary.exit_code


def _cmd_schema(args: argparse.Namespace) -> int:
    from analysis import schema

    if args.markdown:
        print(schema.markdown())
        return 0
    for spec in schema.TABLES.values():
        print(f"{spec.name}: {spec.doc}")
        for c in spec.columns:
            print(f"    {c.name:<24} {c.dtype:<8} {c.doc}")
        print()
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minutes",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "build",
        help="parse every minutes file in the raw folder into tables (Parquet + DuckDB)",
        description="Parse every file in the raw folder (txt, md, pdf, docx, html) into "
        "tables in the processed folder. Unchanged files are not parsed again. Exit code "
        "1 when any file was rejected (see the manifest table).",
    )
    p.add_argument(
        "--raw",
        type=Path,
        default=config.RAW_DIR,
        help=f"folder with the minutes (default: {config.RAW_DIR})",
    )
    p.add_argument(
        "--out",
        type=Path,
        default=config.PROCESSED_DIR,
        help=f"folder for the tables (default: {config.PROCESSED_DIR})",
    )
    p.add_argument(
        "--external",
        type=Path,
        default=config.EXTERNAL_DIR,
        help=f"folder with KL's KLE XML files, if you have them (default: {config.EXTERNAL_DIR})",
    )
    p.add_argument(
        "--force", action="store_true", help="parse every file again, ignoring the cache"
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("schema", help="describe the tables and their columns")
    p.add_argument("--markdown", action="store_true", help="print as markdown")
    p.set_defaults(func=_cmd_schema)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
