"""Who attended, listed between the contents list and the first item (pure).

Some agenda systems print the meeting's facts, then the contents list, and only then the
members ("Medlemmer: …" / "Fraværende: ingen") right above the first item. The header is
read above the contents list, so such lines were left unplaced; read here, they are the
meeting's participants as they would be above the list.
"""

from __future__ import annotations

import re

from analysis.parse import Header, Line

#: "Medlemmer: …", "Deltagere: …", "Fraværende: ingen", "Afbud: …": the member fields.
_MEMBER_FIELD = re.compile(
    r"^(?:medlemmer|deltagere|mødedeltagere|til\s+stede|tilstede|fraværende|afbud)\s*:\s*\S",
    re.IGNORECASE,
)


def members_after_contents(
    lines: list[Line],
    after: int,
    first_item: int,
    head: Header,
    placed: set[int],
    skip: frozenset[int] | set[int] = frozenset(),
) -> None:
    """Read the member fields between the contents list's last line (``after``) and the
    first item into ``head``'s participants, where the header named none and every line
    there is such a field (anything else and the lines are left as they are); page
    furniture (``skip``: "Side 1 af 6" and the running head over the first item) aside."""
    between = [ln for ln in lines[after + 1 : first_item] if not ln.blank and ln.index not in skip]
    if head.participants or not between or len(between) > 6:
        return
    if not all(_MEMBER_FIELD.match(ln.clean.strip()) for ln in between):
        return
    from analysis.layouts.header import read_header  # the header's own field reading

    found = read_header(between, set(), set())
    if found.participants:
        head.participants = found.participants
        placed.update(ln.index for ln in between)
