"""An item's fields printed as two columns read one after the other (pure).

A PDF's field table under an item heading ("Sagsnr.:" beside its number, "Sagsansvarlig:"
beside a name) comes out of pdftotext's default reading as the column of labels, each
alone on its line, then, after a blank line, the column of values in the same order::

    3. Vintertjeneste 2025-2026
    Sagsnr.:
    Sagsbehandler:

    25/9912
    Tove Riis
    Åben sag

The case label's place among the labels says which value is the case: the value at the
same place, read only where it is in a case number's shape; the labels and their values
are the item's fields, neither its title's wrap nor its text (a value the labels leave
over, "Åben sag", is read as before). Asked by ``headings._evidence`` where the first
line under a heading is a label alone; one label over its number ("Sagsnr." / "23/4102")
is read there as before.
"""

from __future__ import annotations

import re

from analysis.case_labels import CASE_ID_LABEL, CASE_NUMBER_LABEL

#: "Sagsansvarlig:", "Dok.nr.:", "Sagsnr.:": a field's label alone on its line, its colon
#: closing it.
_LABEL_ALONE = re.compile(r"^[A-ZÆØÅ][\wæøåÆØÅ.\-/ ]{1,28}:$")
#: The case's label among them.
_CASE_LABEL = re.compile(rf"^(?:{CASE_NUMBER_LABEL}|{CASE_ID_LABEL}|sag)\s*:$", re.I)
#: The most labels such a column holds.
_MAX_LABELS = 6


def label_column_case(body: list) -> tuple[str, list[int]] | None:
    """(the case, the positions in ``body`` of the labels and of their values) where
    ``body``'s first lines are a column of two or more labels alone, one the case's, then a
    blank line and a column of as many values or more; else None. ``body``: the lines
    under an item's heading (``parse.Line``)."""
    from analysis.parse import match_case_number  # (parse imports the layouts)

    at = 0
    while at < len(body) and body[at].blank:
        at += 1
    first = body[at].clean if at < len(body) else ""
    if first[-1:] != ":" or not _LABEL_ALONE.match(first):
        return None  # the cheap gate: most items open with a title's wrap or their text
    labels: list[int] = []
    rank = None
    while at < len(body) and not body[at].blank and len(labels) <= _MAX_LABELS:
        text = body[at].clean
        if not _LABEL_ALONE.match(text):
            return None
        if rank is None and _CASE_LABEL.match(text):
            rank = len(labels)
        labels.append(at)
        at += 1
    if rank is None or len(labels) < 2:
        return None
    while at < len(body) and body[at].blank:
        at += 1
    values: list[int] = []
    while at < len(body) and not body[at].blank:
        values.append(at)
        at += 1
    if len(values) < len(labels):
        return None
    case = match_case_number(f"Sagsnr.: {body[values[rank]].clean}")
    if case is None:
        return None
    return case, [*labels, *values[: len(labels)]]
