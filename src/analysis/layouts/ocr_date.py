"""A meeting's date as OCR read it off a scanned, typewritten page.

Older minutes scanned from paper and run through OCR write the meeting's line as the
typewriter did, with OCR's errors in it:

- a figure read as a letter: "onsdag den l2. marts 1997", "Torsdag den 14. maj 199l",
  "Mødedato: 2O.O4.1998" (a small l or a capital I for the 1, a capital O for the 0);
- the opening sentence broken where the typewriter's line ended (a long line, not a
  title set in short lines), the year on the next line: "Referat af udvalgets møde
  mandag den 3. november" / "1998 kl. 15.00 på rådhuset.".

:func:`with_ocr_date` rewrites such a header line so that the header's readers find the
date: only where the header found no date at all, only in a date's shape (a day, a month
word or number and a year of four places, two of them figures) and with a letter in a
figure's place, or the year alone opening the line under a day and month closing one.
The rewrite is of the header's copy only: titles and decisions keep what OCR read.
"""

from __future__ import annotations

import re

from analysis import dates
from analysis.layouts.yearless import MONTH_WORDS
from analysis.parse import Line

#: A figure's place as OCR may fill it: the figure, or "l"/"I" for 1 and "O" for 0.
_FIGURE = r"[0-9lIO]"
_FIGURES = str.maketrans({"l": "1", "I": "1", "O": "0"})
_MONTHS = rf"(?i:{MONTH_WORDS})"
#: A day's or month's number as OCR may read it: a figure and a second place, a letter
#: before a figure ("l2", "O4"), or a lone "l" or "I" for 1.
_DAY = rf"(?:[0-9]{_FIGURE}?|[lIO][0-9]|[lI])"
#: "l2. marts 1997", "26. juni 200l", "2O.O4.1998": a date's shape, letters in figures' places.
_OCR_DATE = re.compile(
    rf"(?<![\w.])(?:(?P<d>{_DAY})\.[ ]*{_MONTHS}\.?,?[ ]+"
    rf"|(?P<nd>{_DAY})\.(?P<nm>{_DAY})\.)"
    rf"(?P<y>{_FIGURE}{{4}})(?![\w])"
)
#: Cheap gate: a letter standing beside a figure, or a lone "l"/"I" before a dot (every
#: date ``_OCR_DATE`` reads with a letter in it has one: a year of four places with two
#: figures and a letter has a letter beside a figure).
_LETTER_AMONG = re.compile(r"[0-9][lIO]|[lIO][0-9]|(?<!\w)[lI]\.")
#: "… mandag den 3. november": a line closing with a day and a month word, no year.
_DAY_MONTH_END = re.compile(rf"(?:\bden|\bd\.)[ ]*{_FIGURE}{{1,2}}\.[ ]*{_MONTHS}\.?$")
#: The fewest characters of a typed line the typewriter broke at the margin.
_TYPED_LINE = 40
#: "1998 kl. 15.00 …", "1998." : the year opening the line under it.
_YEAR_START = re.compile(rf"^(?:19|20|l9|I9|2O){_FIGURE}{{2}}(?![\w])")


def _figures_read(text: str) -> str | None:
    """``text`` with the letters in its date's figures' places read as figures ("l2." ->
    "12."), the same length; None where no date has a letter there."""
    if not _LETTER_AMONG.search(text):
        return None
    for m in _OCR_DATE.finditer(text):
        year = m.group("y")
        if sum(c.isdigit() for c in year) < 2:
            continue
        groups = [g for g in ("d", "nd", "nm", "y") if m.group(g)]
        if all(m.group(g).isdigit() for g in groups):
            continue
        fixed = list(text)
        for g in groups:
            start, end = m.span(g)
            fixed[start:end] = m.group(g).translate(_FIGURES)
        read = "".join(fixed)
        if dates.find_date(read[m.start() : m.end()]) is not None:
            return read
    return None


def with_ocr_date(lines: list[Line]) -> tuple[list[Line], set[int]] | None:
    """The header's ``lines`` with the meeting's date as OCR broke it made whole: the year
    on the line under a day and month joined to that line (the line under left blank,
    its index among the returned ones), a letter in a figure's place read as the figure;
    None where no line needed it."""
    out = list(lines)
    joined: set[int] = set()
    changed = False
    for k, line in enumerate(out):
        text = line.clean.rstrip()
        if not text:
            continue
        if (
            k + 1 < len(out)
            # (a typed line broken at the page's margin, not a title set in short lines)
            and len(text) >= _TYPED_LINE
            and _DAY_MONTH_END.search(text)
            and _YEAR_START.match(out[k + 1].clean.strip())
        ):
            # "… mandag den 3. november" / "1998 kl. 15.00 på rådhuset."
            below = out[k + 1]
            text = f"{text} {below.clean.strip()}"
            out[k] = line._replace(clean=text)
            out[k + 1] = below._replace(clean="")
            joined.add(below.index)
            changed = True
        read = _figures_read(text)
        if read is not None:
            out[k] = out[k]._replace(clean=read)
            changed = True
    return (out, joined) if changed else None
