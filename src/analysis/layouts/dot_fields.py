"""Field labels led to their colon by dots (pure).

A typed or fixed-width template (an old case system's "beslutningsprotokol" printed as
text) pads each label with dots so that the colons stand in one column: "Dato
..........: 11.03.2025", and under an item "Sag .........: 05.01.00-P15-1-25" and
"Beslutning ..: Godkendt.". The dots say nothing: the line reads as the label, its colon
and the value ("Beslutning: Godkendt."), so the header, the case line and the decision
are found as in any other layout.
"""

from __future__ import annotations

import re

from analysis.parse import Line

#: "Dato ........: Mandag d. 10/3-2025": a label (a word or a few, no digit first), dots
#: leading to its colon; the label may end in its own abbreviation's dot ("Møde nr. ...:").
DOT_LEADER = re.compile(
    # ("Mødested . . . . : <place>": the dots spaced out, a typewriter's leader)
    r"^(?P<key>[^\W\d][\w /-]{1,29}?(?:\.(?=\s))?)\s*(?:\.{2,}|(?:\.\s){2,}\.?)\s*:\s*"
    # "Mødetid ...... 17.00": a meeting's own field led by dots to its value, no colon (a
    # contents line "Title ....... 4" leads to its page, so only these labels)
    r"|^(?P<bare>(?:møde)?(?:dato|tid|tidspunkt|sted|lokale)|starttidspunkt)\s+\.{3,}\s+(?=\S)",
    re.IGNORECASE,
)


def has_dot_fields(text: str) -> bool:
    """The cheap test of a whole text before its lines are looked at."""
    return _DOT_HINT(text) is not None


#: "..:", ".. :", "... ", ". . :" as one search (led by the dot: about twice as fast as
#: four searches for words, the same answer).
_DOT_HINT = re.compile(r"\.(?:\.:|\. :|\.\. | \. :)").search


#: "Mødetidspunkt.: 13.00": a label as long as the block's padding, one dot left before
#: its colon (read only between two lines led by dots, see ``close_dot_leaders``).
_ONE_DOT = re.compile(r"^(?P<key>[^\W\d][\w /-]{1,29}?)\.:\s*(?=\S)")


#: The lines from one field to the next in a block: the next line, or the one after a blank.
_FIELD_GAP = 2


def close_dot_leaders(lines: list[Line]) -> list[Line]:
    """The lines with the dots between a label and its colon closed up ("Tid .........:
    13.15-14.30" reads "Tid: 13.15-14.30"); the same list where no line has any. In a
    block of such fields, a label that fills the padding to one dot ("Mødetidspunkt.:")
    is closed up as well, also where each field stands as its own paragraph."""
    out = lines
    led = [
        DOT_LEADER.match(ln.clean) if ".." in ln.clean or ". . " in ln.clean else None
        for ln in lines
    ]
    # (its neighbours the filled lines next to it, one blank line between at most: each
    # field its own paragraph, as a Word document read paragraph by paragraph gives them)
    filled = [i for i, ln in enumerate(lines) if ln.clean]
    for above, i, below in zip(filled, filled[1:], filled[2:], strict=False):
        if (
            led[i] is None
            and led[above] is not None
            and led[below] is not None
            and i - above <= _FIELD_GAP
            and below - i <= _FIELD_GAP
        ):
            led[i] = _ONE_DOT.match(lines[i].clean)
    for i, ln in enumerate(lines):
        m = led[i]
        if m is None:
            continue
        if out is lines:
            out = list(lines)
        value = ln.clean[m.end() :]
        # "Deltagere..: …, dagtilbudschef" / "Marianne Holst, …" / "Afbud......: …": a
        # value wrapped onto a line of its own between two padded fields goes on the field's
        # line (the wrapped line blanked, line numbers kept)
        k = i + 1
        if (
            k + 1 < len(lines)
            and led[k + 1] is not None
            and led[k] is None
            and lines[k].clean
            and ":" not in lines[k].clean
        ):
            value = f"{value} {lines[k].clean}"
            out[k] = lines[k]._replace(clean="")
        out[i] = ln._replace(clean=f"{m.group('key') or m.groupdict().get('bare')}: {value}")
    return out
