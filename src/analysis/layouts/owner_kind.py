"""A letterhead's two columns on one line: the owner, then the document's kind (pure).

A Word or agenda-system template puts the municipality on the left of the page's top line
and the kind of document on the right; exported to text the two columns meet on one line,
parted by a tab, a run of spaces or a dash ("Faxe Kommune<TAB>Referat", "Ikast-Brande
Kommune – Dagsorden"). The body's name then stands on the line below, as it does under a
lone "Referat". This module only splits the line; the header reader places it.
"""

from __future__ import annotations

import re

#: "<Name> Kommune", a column gap or a dash, then the kind alone.
_OWNER_THEN_KIND = re.compile(
    r"^(?P<mun>[A-ZÆØÅ][\wæøå\-]+(?:[ -][A-ZÆØÅ][\wæøå]+)? Kommune)"
    # (a run of spaces is one space after the lines are tidied)
    r"(?:[ \t]*[–—-][ \t]*|[ \t]+)"
    # ("Beslutningsreferat", "Konklusionsreferat": minutes of the decisions alone)
    r"(?P<kind>dagsorden|(?:beslutnings|konklusions)?referat|beslutningsprotokol)$",
    re.IGNORECASE,
)


def owner_and_kind(text: str) -> tuple[str, str] | None:
    """(municipality, kind) of a line that is the owner's and the kind's columns run
    together ("Faxe Kommune\\tReferat" -> ("Faxe Kommune", "Referat")), else None."""
    if "ommune" not in text:  # (most lines: no owner named)
        return None
    m = _OWNER_THEN_KIND.match(text)
    if m is None or not m.group("mun")[:1].isupper() or m.group("mun")[-7:] != "Kommune":
        return None
    return m.group("mun"), m.group("kind")
