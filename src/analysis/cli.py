"""Command line: ``minutes <command>`` or ``python -m analysis <command>``. Thin by design."""

from __future__ import annotations

import argparse
import errno
import os
import sys
from pathlib import Path

from analysis import config
from analysis.errors import AnalysisError

DESCRIPTION = """\
Turn municipal minutes (referater) into tidy tables and reports.

Typical use:
  minutes build                 read data/raw, write the tables to data/processed
  minutes notebooks             execute the notebooks, outputs saved in notebooks/*.ipynb
  minutes charts                every chart as PNG and SVG (1920x1080) in reports/charts/
  minutes overview --all        the yearly overview (HTML, XLSX, PPTX) for every year
  minutes schema                list every table and column the build writes
  minutes evaluate LABELS_DIR   score the parser against hand-labelled minutes
  minutes evaluate --titles F   score policy areas and instruments on labelled titles
  minutes evaluate --protocol   policy areas held out: KLE subject titles, tuned on half A
  minutes probe LABELS_DIR      the labelled minutes rewritten (paragraphs, HTML, DOCX, PDF)
  minutes explore               the interactive explorer in the browser (localhost)
"""


EPILOG = """\
Exit codes:
  0  done
  1  the build ran but a file was rejected (see the manifest table), or a notebook failed
  2  usage or configuration: a bad argument, a bad MINUTES_THEMES_FILE or KLE file, a
     year without meetings, tables not built yet
  3  the environment: disk full, out of memory, no permission, a dead worker, Chromium
     missing
"""


def _cmd_build(args: argparse.Namespace) -> int:
    from analysis.build import build

    if os.environ.get(config.THEMES_FILE_ENV):
        # Check the user's taxonomy before parsing: a bad one would fail every file.
        from analysis.enrich.themes import load_taxonomy

        load_taxonomy()
    if os.environ.get(config.POLICY_AREAS_FILE_ENV):
        from analysis.enrich.policy_areas import load_policy_areas

        load_policy_areas()
    summary = build(
        raw_dir=args.raw,
        out_dir=args.out,
        external_dir=args.external,
        force=args.force,
        progress=False if args.quiet else None,
    )
    print(summary.render())
    from analysis.watchlist import report_new_hits

    try:
        watched = report_new_hits(args.out, args.watchlist)
    except FileNotFoundError:  # no tables were published (every file rejected)
        watched = ""
    if watched:
        print(watched)
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
    from analysis.metrics import EmptySelectionError

    try:
        files = export_charts(
            analysis.load(processed_dir=args.processed),
            args.out,
            forum=args.forum or None,
            years=args.year or None,
        )
    except (ExportError, EmptySelectionError, FileNotFoundError) as exc:
        print(f"minutes charts: {exc}", file=sys.stderr)
        return exc.exit_code if isinstance(exc, AnalysisError) else 2
    print(f"{len(files)} files written to {args.out}")
    return 0


def _cmd_notebooks(args: argparse.Namespace) -> int:
    from analysis.notebooks import NotebookError, execute_notebooks

    try:
        done = execute_notebooks(args.dir, processed_dir=args.processed)
    except NotebookError as exc:
        print(f"minutes notebooks: {exc}", file=sys.stderr)
        return exc.exit_code
    for path in done:
        print(f"executed {path}")
    return 0


def _cmd_overview(args: argparse.Namespace) -> int:
    from analysis.metrics import EmptySelectionError
    from analysis.report.figures import NoMeetingsError
    from analysis.report.overview import write_overviews
    from analysis.watchlist import WatchlistError, load_watchlist

    try:
        watches = load_watchlist(args.watchlist)
        years = None if args.all else [args.year]
        written = write_overviews(args.processed, years, args.out, args.forum, watches)
    except (NoMeetingsError, EmptySelectionError, FileNotFoundError, WatchlistError) as exc:
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
            args.out,
            args.n,
            seed=args.seed,
            formats=tuple(args.formats),
            layouts=tuple(args.layouts),
            progress=True,
            distinct=args.distinct,
        )
    except (RefusedTarget, ValueError) as exc:
        print(f"minutes synth: {exc}", file=sys.stderr)
        return 2
    print(f"{args.n} SYNTHETIC meetings in {raw} (ground truth beside it).")
    print(
        f"Build them with: MINUTES_RAW_DIR={raw} MINUTES_PROCESSED_DIR={args.out / 'processed'}"
        " minutes build"
    )
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from analysis.evaluate import LabelError, NoLabels, evaluate_dir, render, summarise, write_json

    if args.titles is not None or args.protocol:
        code = _evaluate_titles(args.titles, args.folds, args.protocol)
        if args.labels is None or code:
            return code
        print()
    elif args.labels is None:
        print(
            "minutes evaluate: give LABELS_DIR, --titles FILE, --protocol or both",
            file=sys.stderr,
        )
        return 2
    try:
        scores = evaluate_dir(args.labels, args.raw)
    except (NoLabels, LabelError) as exc:
        print(f"minutes evaluate: {exc}", file=sys.stderr)
        return 2
    summary = summarise(scores)
    print(render(scores, summary))
    if args.json:
        try:
            write_json(args.json, scores, summary)
        except OSError as exc:
            reason = exc.strerror or exc
            print(f"minutes evaluate: cannot write {args.json}: {reason}", file=sys.stderr)
            return 1
        print(f"scores written to {args.json}")
    return 0


def _cmd_probe(args: argparse.Namespace) -> int:
    from analysis.evaluate import LabelError, NoLabels
    from analysis.probe import FORMS, probe_dir, render

    forms = [f.strip() for f in args.forms.split(",") if f.strip()]
    unknown = [f for f in forms if f not in FORMS]
    if unknown or not forms:
        print(
            f"minutes probe: unknown form {', '.join(unknown) or '(none)'}; "
            f"the forms are {', '.join(FORMS)}",
            file=sys.stderr,
        )
        return 2
    try:
        rows = probe_dir(args.labels, args.raw, forms)
    except (NoLabels, LabelError) as exc:
        print(f"minutes probe: {exc}", file=sys.stderr)
        return 2
    print(render(rows))
    return 0


def _evaluate_titles(path: Path | None, folds: int | None = None, protocol: bool = False) -> int:
    """Policy areas and instruments of a labelled titles CSV (``evaluate_titles``), and
    with ``protocol`` the held-out protocol on KLE's subject titles."""
    from analysis import evaluate_titles as et
    from analysis.enrich.policy_areas import policy_area_labels

    try:
        titles = et.load_titles(path) if path is not None else None
    except et.TitlesError as exc:
        print(f"minutes evaluate: {exc}", file=sys.stderr)
        return 2
    if protocol:
        print(et.render_protocol(et.protocol(titles)))
        tuning = et.tune_kle_words()
        for col in ("område rigtigt", "uden område"):
            tuning[col] = tuning[col].map(et._pct)
        print("\nKLE-ordenes renhed, tunet på halvdel A alene (A0 mod A1 og omvendt)")
        print(tuning.to_string(index=False))
        if titles is None:
            return 0
        print()
    classified = et.classify(titles)
    print(et.render(classified, policy_area_labels()))
    if folds:
        try:
            print("\n" + et.render_folds(classified, folds))
            if "kle_main_group" in titles.columns:
                also = et.shipped_training_titles()
                cross = et.cross_validated(titles, folds, also)
                print(et.render_cross_validated(classified, cross))
        except et.TitlesError as exc:
            print(f"minutes evaluate: {path}: {exc}", file=sys.stderr)
            return 2
    return 0


def _cmd_explore(args: argparse.Namespace) -> int:
    from analysis.explore.app import serve

    try:
        serve(
            processed_dir=args.processed,
            raw_dir=args.raw,
            watchlist_file=args.watchlist,
            port=args.port,
            open_browser=not args.no_browser,
        )
    except FileNotFoundError as exc:
        print(f"minutes explore: {exc}", file=sys.stderr)
        return 2
    return 0


def _processed_option(p: argparse.ArgumentParser) -> None:
    """``--processed``: the tables a reading command works on."""
    p.add_argument(
        "--processed",
        type=Path,
        default=config.PROCESSED_DIR,
        help="folder with the tables (default: the processed folder)",
    )


def _watchlist_option(p: argparse.ArgumentParser, help: str) -> None:
    """``--watchlist``: the saved searches (``help`` says what the command does with them)."""
    p.add_argument("--watchlist", type=Path, default=config.WATCHLIST_FILE, help=help)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minutes",
        description=DESCRIPTION,
        epilog=EPILOG,
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
    _watchlist_option(
        p,
        f"saved searches whose new hits are printed (default: {config.WATCHLIST_FILE})",
    )
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
    _processed_option(p)
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
    _processed_option(p)
    _watchlist_option(
        p,
        "saved searches whose hits of the year are listed "
        f"(default: {config.WATCHLIST_FILE}; skipped when absent)",
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
    p.add_argument(
        "--layouts",
        nargs="+",
        default=["agenda"],
        choices=["agenda", "web", "beslutning_i", "udvalg_header"],
        help="document layouts, drawn per meeting among those rendered in its format "
        "(web: txt html pdf; beslutning_i: txt docx; udvalg_header: txt html; "
        "default: agenda, the agenda-system export in every format)",
    )
    p.add_argument(
        "--distinct",
        type=int,
        nargs="?",
        const=1,
        default=0,
        choices=[0, 1],
        help="1 (the flag alone): varied titles and paraphrased decisions, so texts repeat "
        "as little as in real minutes (default: 0, the corpus as before)",
    )
    p.set_defaults(func=_cmd_synth)

    p = sub.add_parser(
        "evaluate",
        help="score the parser against hand-labelled minutes",
        description="Parse the document of every label (*.json) in LABELS_DIR and compare "
        "meeting facts, items, titles, journal numbers and decisions with the labels. "
        "Exit code 2 when LABELS_DIR holds no label files or one cannot be read.",
    )
    p.add_argument(
        "labels", type=Path, nargs="?", metavar="LABELS_DIR", help="folder with label JSONs"
    )
    p.add_argument(
        "--titles",
        type=Path,
        default=None,
        metavar="FILE",
        help="CSV of labelled titles (title, kle_main_group and/or instrument): report the "
        "policy area and instrument each title alone gets against its labels",
    )
    p.add_argument(
        "--folds",
        type=int,
        default=None,
        metavar="K",
        help="with --titles: also report the scores per fold of municipalities (K folds; "
        "needs a municipality column), the held-out check of a hand-written vocabulary, "
        "and the areas with the learned model cross-validated over those folds",
    )
    p.add_argument(
        "--protocol",
        action="store_true",
        help="report the held-out protocol: KLE's subject titles in two fixed halves (the "
        "vocabulary tuned on half A, measured on half B) and, with --titles, the file as a "
        "regression check and by KLE's words alone",
    )
    _add_raw_argument(p)
    p.add_argument("--json", type=Path, default=None, help="also write the scores to this file")
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser(
        "probe",
        help="rewrite the labelled minutes in other forms and score them again",
        description="A metamorphic probe: every labelled text or markdown document in "
        "LABELS_DIR is rewritten in each form (para: every line its own paragraph; dedent: "
        "no indentation; html: a page of paragraphs; docx: a Word document; pdf: a plain A4 "
        "PDF; export: an agenda system's PDF export; both PDFs need reportlab) and scored "
        "against the same label. Reports the misses each form has that the original has not. "
        "Documents with tables or titles wrapped by hand are left out (the rewriting cannot "
        "keep their labels true).",
    )
    p.add_argument("labels", type=Path, metavar="LABELS_DIR", help="folder with label JSONs")
    _add_raw_argument(p)
    p.add_argument(
        "--forms",
        default="para,dedent,html,docx,pdf,export",
        help="comma-separated forms to write (default: all six)",
    )
    p.set_defaults(func=_cmd_probe)

    p = sub.add_parser(
        "explore",
        help="serve the interactive explorer on localhost and open the browser",
        description="Filters across every year and forum, drill-down to the items, keyword "
        "over time, saved searches and export of the current view. Runs offline; stop it "
        "with Ctrl+C.",
    )
    p.add_argument("--port", type=int, default=5006, help="port on localhost (default: 5006)")
    p.add_argument("--no-browser", action="store_true", help="do not open a browser")
    _processed_option(p)
    p.add_argument(
        "--raw",
        type=Path,
        default=config.RAW_DIR,
        help=f"folder with the minutes, linked from each item (default: {config.RAW_DIR})",
    )
    _watchlist_option(
        p,
        f"saved searches (default: {config.WATCHLIST_FILE})",
    )
    p.set_defaults(func=_cmd_explore)

    p = sub.add_parser("schema", help="describe the tables and their columns")
    p.add_argument("--markdown", action="store_true", help="print as markdown")
    p.set_defaults(func=_cmd_schema)
    return parser


def _add_raw_argument(p: argparse.ArgumentParser) -> None:
    """``--raw``: where a labels folder's documents are (evaluate, probe)."""
    p.add_argument(
        "--raw",
        type=Path,
        default=None,
        help="folder with the labelled documents (default: LABELS_DIR/../raw if it exists, "
        "else LABELS_DIR)",
    )


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args))
    except AnalysisError as exc:
        return _fail(str(exc), exc.exit_code)
    except MemoryError:
        return _fail("out of memory: close other programs or build on a larger machine", 3)
    except RuntimeError as exc:
        from concurrent.futures.process import BrokenProcessPool

        if not isinstance(exc, BrokenProcessPool):
            raise
        return _fail("a worker process died (out of memory?); run the command again", 3)
    except OSError as exc:
        usage = isinstance(exc, (FileNotFoundError, NotADirectoryError))
        return _fail(_os_problem(exc), 2 if usage else 3)


def _fail(message: str, code: int) -> int:
    """One line on stderr instead of a traceback; the exit code tells scripts the kind."""
    print(f"minutes: {message}", file=sys.stderr)
    return code


def _os_problem(exc: OSError) -> str:
    """A plain line for an error of the operating system (disk, permissions, paths)."""
    where = f": {exc.filename}" if exc.filename else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"the disk is full{where} (free some space and run the command again)"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"permission denied{where} (the command may not read or write there)"
    return f"{exc.strerror}{where}" if exc.strerror else str(exc)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
