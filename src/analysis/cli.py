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
  minutes notebooks             execute the notebooks, outputs saved in notebooks/*.ipynb
  minutes charts                every chart as PNG and SVG (1920x1080) in reports/charts/
  minutes overview --all        the yearly overview (HTML, XLSX, PPTX) for every year
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


def _cmd_charts(args: argparse.Namespace) -> int:
    import analysis
    from analysis.export import ExportError, export_charts

    try:
        files = export_charts(
            analysis.load(processed_dir=args.processed),
            args.out,
            forum=args.forum or None,
            years=args.year or None,
        )
    except (ExportError, FileNotFoundError) as exc:
        print(f"minutes charts: {exc}", file=sys.stderr)
        return 1
    print(f"{len(files)} files written to {args.out}")
    return 0


def _cmd_notebooks(args: argparse.Namespace) -> int:
    from analysis.notebooks import NotebookError, execute_notebooks

    try:
        done = execute_notebooks(args.dir, processed_dir=args.processed)
    except NotebookError as exc:
        print(f"minutes notebooks: {exc}", file=sys.stderr)
        return 1
    for path in done:
        print(f"executed {path}")
    return 0


def _cmd_overview(args: argparse.Namespace) -> int:
    import analysis
    from analysis.report.figures import NoMeetingsError
    from analysis.report.overview import write_all_overviews, write_overview

    try:
        tables = analysis.load(processed_dir=args.processed)
        if args.all:
            written = write_all_overviews(tables, args.out, args.forum)
        else:
            written = {args.year: write_overview(tables, args.year, args.out, args.forum)}
    except (NoMeetingsError, FileNotFoundError) as exc:
        print(f"minutes overview: {exc}", file=sys.stderr)
        return 2
    if not written:
        print("minutes overview: no meetings in the tables; nothing written", file=sys.stderr)
        return 2
    for year, files in written.items():
        print(f"{year}: " + ", ".join(str(f) for f in files))
    return 0


def _cmd_synth(args: argparse.Namespace) -> int:
    from analysis.synth.corpus import RefusedTarget, generate_corpus

    try:
        raw = generate_corpus(
            args.out, args.n, seed=args.seed, formats=tuple(args.formats), progress=True
        )
    except RefusedTarget as exc:
        print(f"minutes synth: {exc}", file=sys.stderr)
        return 2
    print(f"{args.n} SYNTHETIC meetings in {raw} (ground truth beside it).")
    print(
        f"Build them with: MINUTES_RAW_DIR={raw} MINUTES_PROCESSED_DIR={args.out / 'processed'}"
        " minutes build"
    )
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

    p = sub.add_parser(
        "notebooks",
        help="execute the numbered notebooks and save their outputs",
        description="Execute notebooks/NN-*.py (jupytext) and save outputs in the paired "
        ".ipynb files.",
    )
    p.add_argument(
        "--dir",
        type=Path,
        default=config.PROJECT_ROOT / "notebooks",
        help="notebook folder (default: notebooks/)",
    )
    p.add_argument(
        "--processed", type=Path, default=None, help="tables to use (default: the processed folder)"
    )
    p.set_defaults(func=_cmd_notebooks)

    p = sub.add_parser(
        "charts",
        help="save every chart as PNG and SVG at slide size (1920x1080)",
        description="Write every standard chart as PNG and SVG at 1920x1080 for slides. "
        "Needs Chromium (make charts installs it).",
    )
    p.add_argument(
        "--out",
        type=Path,
        default=config.REPORTS_DIR / "charts",
        help=f"output folder (default: {config.REPORTS_DIR / 'charts'})",
    )
    p.add_argument(
        "--processed",
        type=Path,
        default=config.PROCESSED_DIR,
        help="folder with the tables (default: the processed folder)",
    )
    p.add_argument("--forum", action="append", help="only this forum (repeatable)")
    p.add_argument("--year", type=int, action="append", help="only this year (repeatable)")
    p.set_defaults(func=_cmd_charts)

    p = sub.add_parser(
        "overview",
        help="write the yearly overview (årsoversigt): HTML, XLSX and PPTX",
        description="Write reports/<year>/aarsoversigt-<year>.html, .xlsx and .pptx. "
        "Exit code 2 when the year has no meetings.",
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--year", type=int, help="the year, e.g. 2024")
    which.add_argument("--all", action="store_true", help="every year with meetings")
    p.add_argument("--forum", default=None, help="only this forum (default: all forums)")
    p.add_argument(
        "--out",
        type=Path,
        default=config.REPORTS_DIR,
        help=f"output folder (default: {config.REPORTS_DIR})",
    )
    p.add_argument(
        "--processed",
        type=Path,
        default=config.PROCESSED_DIR,
        help="folder with the tables (default: the processed folder)",
    )
    p.set_defaults(func=_cmd_overview)

    p = sub.add_parser(
        "synth",
        help="write a synthetic corpus (labelled SYNTETISK) for tests and benchmarks",
        description="Generate N synthetic minutes with their ground truth into OUT/raw. "
        "Refuses to write into data/raw: synthetic minutes never mix with real ones.",
    )
    p.add_argument("out", type=Path, help="output folder (e.g. /tmp/synthetic)")
    p.add_argument("--n", type=int, default=1000, help="number of meetings (default: 1000)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    p.add_argument(
        "--formats",
        nargs="+",
        default=["txt"],
        choices=["txt", "md", "pdf", "docx", "html"],
        help="formats, used in turn (default: txt)",
    )
    p.set_defaults(func=_cmd_synth)

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
