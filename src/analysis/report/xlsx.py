"""The yearly overview as a formatted Excel workbook (openpyxl)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HEADER_FILL = PatternFill("solid", fgColor="1F4E5F")
HEADER_FONT = Font(bold=True, color="FFFFFF")
#: Widest a column gets (characters); long texts wrap instead.
MAX_WIDTH = 70
DATE_FORMAT = "DD-MM-YYYY"
#: Text starting with these is a formula (or becomes one when edited) in Excel, and in
#: the tools a sheet is copied to: such cells are stored as text with Excel's quote
#: prefix, so a title like "=HYPERLINK(…)" is shown, never run.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write_sheet(ws: Worksheet, df: pd.DataFrame) -> None:
    """Fill a sheet: bold header row, frozen, with filters; dates as dates; fitted widths."""
    _append(ws, [_cell_value(c) for c in df.columns])
    for cell in ws[1]:
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for row in df.itertuples(index=False):
        _append(ws, [_cell_value(v) for v in row])
    widths = [len(str(c)) for c in df.columns]
    for col_idx, col in enumerate(df.columns, start=1):
        letter = get_column_letter(col_idx)
        is_date = pd.api.types.is_datetime64_any_dtype(df[col])
        for cell in ws[letter][1:]:
            if is_date:
                cell.number_format = DATE_FORMAT
            elif isinstance(cell.value, float) and col.startswith("Andel"):
                cell.number_format = "0.0%"
            if isinstance(cell.value, str) and len(cell.value) > MAX_WIDTH:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        longest = max(
            [widths[col_idx - 1]]
            + [10 if is_date else len(str(v)) for v in df[col] if v is not None]
        )
        ws.column_dimensions[letter].width = min(MAX_WIDTH, max(8, longest + 2))
    ws.freeze_panes = "A2"
    if len(df.columns):
        ws.auto_filter.ref = f"A1:{get_column_letter(len(df.columns))}{max(len(df), 1) + 1}"


def _append(ws: Worksheet, values: list[object]) -> None:
    """Append a row; text that Excel would read as a formula is kept as text."""
    ws.append([_text_cell(ws, v) if _formula_like(v) else v for v in values])


def _formula_like(v: object) -> bool:
    return isinstance(v, str) and v.startswith(FORMULA_STARTS)


def _text_cell(ws: Worksheet, text: str) -> Cell:
    cell = Cell(ws, value=text)  # openpyxl types "=…" as a formula here ...
    cell.data_type = "s"  # ... so the type is set back to text
    cell.quotePrefix = True
    return cell


def _cell_value(v: object) -> object:
    if isinstance(v, str):
        # Control characters (tables built before they were removed at reading) make
        # openpyxl refuse the whole workbook.
        return ILLEGAL_CHARACTERS_RE.sub("", v)
    if v is None or pd.isna(v):
        return None
    if isinstance(v, pd.Timestamp):
        return v.to_pydatetime().date()
    if hasattr(v, "item"):  # numpy scalars
        return v.item()
    return v


def write_workbook(sheets: dict[str, pd.DataFrame], path: Path) -> Path:
    """Write the sheets (name -> frame, in order) to ``path``; returns the path."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, df in sheets.items():
        write_sheet(wb.create_sheet(title=name[:31]), df)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
