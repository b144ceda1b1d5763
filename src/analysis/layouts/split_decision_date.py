"""A decision heading whose date was printed on the next line (pure).

An agenda system's export may break "Beslutning i Miljøudvalget den" and the
meeting's date ("02-10-2024") onto two lines, the date alone on its line under the
heading. Read together they are the one heading "Beslutning i <forum> den <date>"; the
date's line is part of it, not the decision's first line.

A case's treatments may be printed the same way with the body alone over each: a
publishing system listing every body that treated the case ("Byrådet" / "31.03.2025" /
"Beslutning" / "Godkendt.", then "Økonomiudvalget" / "24.03.2025" / …) heads each outcome
by the body's name on a line of its own and the meeting's date alone under it. Read
together they are the heading "<body> <date>:", this meeting's decision or an earlier (or
later) body's, which the date and the body tell apart (``parse.heading_key``).
"""

from __future__ import annotations

import re
from operator import attrgetter, methodcaller

from analysis.parse import Line, body_alone, line_start_test

_CLEAN = attrgetter("clean")
_ENDS_OPEN = methodcaller("endswith", (" den", " d."))

#: "Beslutning i Miljøudvalget den", "Indstilling fra Økonomiudvalget d.":
#: the heading's words up to the "den" that the date follows.
_OPEN_HEADING = re.compile(
    r"^(?:Beslutning|Indstilling)\s+(?:i\s+|fra\s+)?[A-ZÆØÅ§].{1,80}?\s+(?:den|d\.)$"
)
#: "02-10-2024", "2. oktober 2024", "02.10.2024:": a date alone on its line.
_DATE_ALONE = re.compile(r"^(?:\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\.?\s+[a-zæøå]+\.?\s+\d{4}):?$")


#: The longest date alone on its line ("30. september 2025:").
_LONGEST_DATE = 22
#: A line holding such a date alone, spaces around it (the cheap test over all lines).
_DATE_LINE = re.compile(r"^\s*" + _DATE_ALONE.pattern[1:-1] + r"\s*$")
#: ``_DATE_LINE`` for the lines joined by line breaks: each ``\s`` one that is no line
#: break, so that a match stays on its line; tried at the lines' starts only. In a text of
#: lines holding no line break of their own it finds a line ``_DATE_LINE`` matches, and only
#: such a line (one search of the joined text: many times faster than a match for each
#: line, which every item's body asked for).
_date_line_in = line_start_test(
    re.compile(_DATE_LINE.pattern.replace(r"\s", r"[^\S\n]"), re.MULTILINE)
)


def _joined(body: list[Line]) -> str | None:
    """The body's clean lines joined by line breaks, or None where a line holds a line
    break of its own (then the joined text's lines are not the body's)."""
    joined = "\n".join(map(_CLEAN, body))
    return joined if joined.count("\n") == len(body) - 1 else None


def _date_alone(text: str) -> bool:
    last = text[-1:]
    return (
        (last == ":" or last.isdigit())
        and len(text) <= _LONGEST_DATE
        and _DATE_ALONE.match(text) is not None
    )


def joined_decision_dates(body: list[Line]) -> tuple[list[Line], set[int]]:
    """``body`` with each "Beslutning i <forum> den" line joined to the date alone on the
    next non-blank line, and the indexes of the date lines so joined (read, not text);
    also a body's name alone joined so to the date under it (see :func:`joined_body_dates`)."""
    text = _joined(body)
    body, joined = joined_body_dates(body, text)
    if joined:
        text = _joined(body)  # (lines joined: the text to test is theirs)
    if text is None:
        if not any(map(_ENDS_OPEN, map(_CLEAN, body))):
            return body, joined  # the cheap test (C loops): no line ends where a date follows
    elif " den\n" not in text and " d.\n" not in text and not text.endswith((" den", " d.")):
        return body, joined  # the same test on the joined lines (one scan)
    out: list[Line] = []
    k = 0
    while k < len(body):
        ln = body[k]
        nxt = k + 1
        while nxt < len(body) and body[nxt].blank:
            nxt += 1
        if (
            ln.clean.endswith((" den", " d."))
            and nxt < len(body)
            and _OPEN_HEADING.match(ln.clean)
            and _DATE_ALONE.match(body[nxt].clean.strip())
        ):
            date = body[nxt].clean.strip().rstrip(":")
            out.append(Line(ln.index, f"{ln.clean} {date}", ln.heading_level))
            joined.add(body[nxt].index)
            k = nxt + 1
            continue
        out.append(ln)
        k += 1
    return out, joined


def joined_body_dates(body: list[Line], text: str | None = None) -> tuple[list[Line], set[int]]:
    """``body`` with each line naming a body alone ("Miljø- og Teknikudvalget", perhaps a
    page's heading) joined to the date alone on the next non-blank line, as the heading
    "<body> <date>:" of that body's outcome, and the indexes of the date lines so joined
    (``text``: the body's lines joined, see ``_joined``, where the caller has them)."""
    if text is None and (text := _joined(body)) is None:
        if not any(map(_DATE_LINE.match, map(_CLEAN, body))):
            return body, set()  # the cheap test (C loops): no line holds a date alone
    elif not _date_line_in(text):
        return body, set()  # the same test, one search of the joined lines
    dated = [k for k, ln in enumerate(body) if _date_alone(ln.clean.strip())]
    if not dated:
        return body, set()
    heads: dict[int, int] = {}  # the body's line -> its date's line
    for k in dated:
        p = k - 1
        while p >= 0 and body[p].blank:
            p -= 1
        if p >= 0 and p not in heads and body_alone(body[p].clean.strip()):
            heads[p] = k
    if not heads:
        return body, set()
    dates = set(heads.values())
    # (the blank lines between a body and its date go with the date)
    between = {k for p, d in heads.items() for k in range(p + 1, d + 1)}
    out: list[Line] = []
    for k, ln in enumerate(body):
        if k in between:
            continue
        if k in heads:
            date = body[heads[k]].clean.strip().rstrip(":")
            ln = Line(ln.index, f"{ln.clean.strip()} {date}:", ln.heading_level)
        out.append(ln)
    return out, {body[k].index for k in dates}
