"""An item's planning fields in a column right of its heading (a PDF set out in columns).

An internal forum's Word template sets each item as a table row: the number and the title
on the left, who brings it and its time on the right. ``pdftotext -layout`` prints the row
line by line, so the fields stand on the heading's line and a long title wraps under it in
the left column:

    1.    Godkendelse af dagsorden og opfølgning          Ansvarlig: US    Tid: 10 min.
          på sidste referat
          Til beslutning

Read as one line, the fields end the title and the title's rest stands apart from it.
:func:`fields_under_headings` writes the heading's line without its right column and the
fields on a line of their own under the heading's lines (the title's rest, the purpose
line), as a template printing them one below the other reads.
"""

from __future__ import annotations

import re

from analysis.parse import line_start_test

#: "4a.   Vejplan 2025-2028 – prioritering<gap>Ansvarlig: KR    Tid: 25 min.": an item's
#: number (a sub-item's letter after it), its title, a gap of three or more spaces (as a
#: PDF's columns are set out: ``text.prepare`` runs the pass on gapped texts only), then
#: planning fields to the line's end (who brings it, its time).
_HEADING_ROW = re.compile(
    r"^(?P<lead>[ \t]*\d{1,3}[a-h]?\.?[ \t]+)(?P<title>\S(?:[^\n]*?\S)?) {3,}"
    r"(?P<fields>(?:ansvarlig|ansv\.|tid|varighed|oplæg(?:[ \t]+ved)?)[ \t]*:[^\n]*\S)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
#: ``_HEADING_ROW`` tried at the lines' starts only (the same answer, faster).
_heading_rows_in = line_start_test(_HEADING_ROW)
#: A gap of three or more spaces or tabs between two fields of the right column.
_GAP = re.compile(r"[ \t]{3,}")


#: How many lines under a heading's line may be its own (a title wrapped twice, the purpose).
_OWN_LINES = 3


def _under_title(line: str, column: int) -> bool:
    """A filled line set in the title's column (or right of it) that is no section's label
    ("Baggrund:") and no next heading row: one of the heading's own lines."""
    text = line.strip()
    return (
        bool(text)
        and len(line.expandtabs()) - len(line.expandtabs().lstrip()) >= column
        and text[-1:] != ":"
        and _HEADING_ROW.match(line) is None
    )


def fields_under_headings(text: str) -> str:
    """``text`` with each heading row's right column of planning fields on a line of its
    own under the heading's lines (see the module); a text without such rows as it is."""
    if not _heading_rows_in(text):
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        m = _HEADING_ROW.match(lines[k])
        if m is None:
            out.append(lines[k])
            k += 1
            continue
        indent = " " * len(m.group("lead").expandtabs())
        out.append(m.group("lead") + m.group("title"))
        k += 1
        # the heading's own lines under it in the title's column (the title's rest, the
        # purpose and case line), at most three, down to a blank line or a section's label:
        # the fields go after them
        own = 0
        while own < _OWN_LINES and k < len(lines) and _under_title(lines[k], len(indent)):
            out.append(lines[k])
            k += 1
            own += 1
        out.append(indent + _GAP.sub("   ", m.group("fields")))
    return "\n".join(out)
