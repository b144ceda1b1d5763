"""The yearly overview as a formatted Excel workbook (openpyxl).

Every sheet starts with a source line ("Kilde: …") and a generation line ("Dannet 1.
december 2026 kl. 05.12 af minutes"), a blank row, then the table with its header in row
:data:`HEADER_ROW` (frozen, with filters). Numbers are written as numbers with an Excel
number format, so Excel shows them in the reader's locale (a Danish Excel shows ``1,8`` and
``60 %``) and they can be summed and sorted. A frame says how a column is shown in
``df.attrs["formats"]``: ``{column: format}`` or ``{column: [format or None per row]}``
(for a sheet such as "Nøgletal" whose "Værdi" column mixes counts, shares and hours).
Without one, a numeric column whose name says it is a share ("Andel …") is shown as
``0 %``, whole numbers as ``0`` and other numbers as ``0.0``. ``df.attrs["source"]``, when
set, is that sheet's source line instead of the workbook's.

Missing values: in a column shown as numbers (or a row given a number format) a missing
value is written as the text "ikke oplyst", never as 0 and never as a blank that reads as
nothing to report; Excel's SUM and AVERAGE skip text, so the column still sums. In text
columns a missing value is an empty cell. A sheet without rows gets one "Ingen …" row
under its header (``df.attrs["empty"]`` words it, else "Ingen <sheet name>").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from analysis.vocab import MONTHS_DA

HEADER_FILL = PatternFill("solid", fgColor="1F4E5F")
HEADER_FONT = Font(bold=True, color="FFFFFF")
NOTE_FONT = Font(italic=True, color="5F6B7A")
#: Widest a column gets (characters); long texts wrap instead.
MAX_WIDTH = 70
DATE_FORMAT = "DD-MM-YYYY"
#: Excel number formats: the code always uses '.', Excel shows the locale's separator.
PERCENT_FORMAT = "0 %"
INTEGER_FORMAT = "0"
DECIMAL_FORMAT = "0.0"
#: Shown for a missing value where a number belongs.
MISSING_TEXT = "ikke oplyst"
#: Rows 1-2: source and generation lines; row 3 blank; the table's header row.
HEADER_ROW = 4
GENERATOR = "minutes"
TIMEZONE = ZoneInfo("Europe/Copenhagen")
#: Text starting with these is a formula (or becomes one when edited) in Excel, and in
#: the tools a sheet is copied to: such cells are stored as text with Excel's quote
#: prefix, so a title like "=HYPERLINK(…)" is shown, never run.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Format = str | None


def generated_line(when: dt.datetime | None = None) -> str:
    """'Dannet 1. december 2026 kl. 05.12 af minutes' (Danish time; now by default)."""
    when = dt.datetime.now(TIMEZONE) if when is None else when
    if when.tzinfo is not None:
        when = when.astimezone(TIMEZONE)
    month = list(MONTHS_DA)[when.month - 1]
    return f"Dannet {when.day}. {month} {when.year} kl. {when:%H.%M} af {GENERATOR}"


def source_text(source: object) -> str:
    """The sheet's source line: 'Kilde: …' (the prefix added when missing), or ''."""
    text = " ".join(str(source or "").split())
    if not text or text.lower().startswith("kilde"):
        return text
    return f"Kilde: {text}"


def _is_number(v: object) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def default_format(name: object, column: pd.Series) -> Format:
    """Number format of a column the frame says nothing about (None: Excel's General)."""
    if pd.api.types.is_datetime64_any_dtype(column):
        return DATE_FORMAT
    if pd.api.types.is_bool_dtype(column) or not pd.api.types.is_numeric_dtype(column):
        return None
    if "andel" in str(name).lower():
        return PERCENT_FORMAT
    values = pd.to_numeric(column, errors="coerce").dropna()
    whole = pd.api.types.is_integer_dtype(column) or bool((values == values.round()).all())
    return INTEGER_FORMAT if whole else DECIMAL_FORMAT


def column_formats(df: pd.DataFrame) -> list[list[Format]]:
    """Per column, the number format of each row: ``df.attrs["formats"]`` or the default.

    Raises ValueError for a per-row list whose length is not the frame's.
    """
    given = df.attrs.get("formats") or {}
    out = []
    for name in df.columns:
        spec = given.get(name)
        if isinstance(spec, Sequence) and not isinstance(spec, str):
            if len(spec) != len(df):
                raise ValueError(f"formats[{name!r}] has {len(spec)} entries for {len(df)} rows")
            out.append(list(spec))
        else:
            fmt = spec if isinstance(spec, str) else default_format(name, df[name])
            out.append([fmt] * len(df))
    return out


def write_sheet(
    ws: Worksheet, df: pd.DataFrame, source: object = "", generated: str | None = None
) -> None:
    """Fill a sheet: source and generation lines, then the table (see the module doc).

    The header row is bold, frozen and has filters; dates are dates, numbers numbers with
    their format; widths fit the content up to :data:`MAX_WIDTH`.
    """
    source = df.attrs.get("source") or source  # a sheet may cover other years than the rest
    notes = [source_text(source), generated if generated is not None else generated_line()]
    for row, note in enumerate(n for n in notes if n):
        ws.cell(row=row + 1, column=1, value=_clean(note)).font = NOTE_FONT
    for col, name in enumerate(df.columns, start=1):
        cell = _put(ws, HEADER_ROW, col, _clean(name))
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    widths = [len(str(name)) for name in df.columns]
    if df.empty:
        default = f"Ingen {str(ws.title)[:1].lower()}{str(ws.title)[1:]}"
        cell = ws.cell(row=HEADER_ROW + 1, column=1, value=df.attrs.get("empty") or default)
        cell.font = NOTE_FONT
    formats = column_formats(df)
    for col_idx, (name, fmts) in enumerate(zip(df.columns, formats, strict=True), start=1):
        for offset, (value, fmt) in enumerate(zip(df[name].tolist(), fmts, strict=True)):
            value = _cell_value(value)
            if value is None and fmt is not None and fmt != DATE_FORMAT:
                cell = _put(ws, HEADER_ROW + 1 + offset, col_idx, MISSING_TEXT)
                cell.font = NOTE_FONT
                cell.alignment = Alignment(horizontal="right")
            else:
                cell = _put(ws, HEADER_ROW + 1 + offset, col_idx, value)
                if fmt is not None and (_is_number(value) or isinstance(value, dt.date)):
                    cell.number_format = fmt
                if isinstance(value, str) and len(value) > MAX_WIDTH:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
            shown = 10 if isinstance(value, dt.date) else len(str(cell.value or ""))
            widths[col_idx - 1] = max(widths[col_idx - 1], shown)
        letter = get_column_letter(col_idx)
        ws.column_dimensions[letter].width = min(MAX_WIDTH, max(8, widths[col_idx - 1] + 2))
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    if len(df.columns) and not df.empty:
        last = get_column_letter(len(df.columns))
        ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + len(df)}"


def _put(ws: Worksheet, row: int, col: int, value: object) -> Cell:
    """Set a cell; text that Excel would read as a formula is kept as text."""
    cell = ws.cell(row=row, column=col)
    cell.value = value  # openpyxl types "=…" as a formula here ...
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"  # ... so the type is set back to text
        cell.quotePrefix = True
    return cell


def _clean(text: object) -> str:
    # Control characters (tables built before they were removed at reading) make
    # openpyxl refuse the whole workbook.
    return ILLEGAL_CHARACTERS_RE.sub("", str(text))


def _cell_value(v: object) -> object:
    if isinstance(v, str):
        return _clean(v)
    if v is None or (not isinstance(v, list | tuple | dict) and pd.isna(v)):
        return None
    if isinstance(v, pd.Timestamp):
        return v.to_pydatetime().date()
    if hasattr(v, "item"):  # numpy scalars
        return v.item()
    return v


def write_workbook(
    sheets: dict[str, pd.DataFrame],
    path: Path,
    source: object = "",
    generated: dt.datetime | None = None,
) -> Path:
    """Write the sheets (name -> frame, in order) to ``path``; returns the path.

    ``source`` is the source line of every sheet ("Kilde: …"; a ``Source`` value is
    written as its text); ``generated`` the time in the generation line (now by default).
    """
    when = dt.datetime.now(TIMEZONE) if generated is None else generated
    line = generated_line(when)
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.creator = GENERATOR
    for name, df in sheets.items():
        write_sheet(wb.create_sheet(title=name[:31]), df, source, line)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
