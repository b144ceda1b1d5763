"""The members as a table in the header (pure): one row a person, columns for the name,
the party or role, and whether they came.

A web page or a Word template lists the members in a small table under the meeting's
facts ("| Medlem | Parti | Status |", "Navn<TAB>Funktion<TAB>Fremmøde"), read as rows of
tab-separated cells. The head row names the columns; each row under it is a participant,
absent where the status cell says so ("Afbud", "Fraværende", "Ikke mødt").
"""

from __future__ import annotations

import re

from analysis.model import Participant
from analysis.parse import Line

#: The column holding the person's name.
_NAME_HEADS = frozenset(
    {"medlem", "medlemmer", "navn", "deltager", "deltagere", "mødedeltager", "mødedeltagere"}
)
#: The column saying whether the person came.
_STATUS_HEADS = frozenset({"status", "fremmøde", "deltagelse", "til stede", "tilstede", "deltog"})
#: Columns of what the person is: a party's letter, a role ("formand"), an organisation.
_ROLE_HEADS = frozenset({"parti", "rolle", "funktion", "titel", "repræsenterer", "organisation"})
#: A status cell saying the person did not come.
_ABSENT = re.compile(
    r"^(?:afbud|afbud\s+.*|fraværende|fravær|ikke\s+(?:til\s+stede|mødt|fremmødt|deltaget)|"
    r"syg|forfald|udeblevet|udeblev|nej|-|–)\.?$",
    re.IGNORECASE,
)


def _columns(text: str) -> list[str] | None:
    """The head row's column names (lower case) when ``text`` heads a member table."""
    if "\t" not in text or text[:1] not in "MmNnDd":  # (most lines: a cheap look first)
        return None
    cells = [c.strip().lower().rstrip(":") for c in text.split("\t")]
    if len(cells) < 2 or cells[0] not in _NAME_HEADS:
        return None
    rest = cells[1:]
    if not all(c in _STATUS_HEADS or c in _ROLE_HEADS for c in rest):
        return None
    return cells


def member_table(
    lines: list[Line], k: int, skip: set[int] | None = None
) -> tuple[list[Participant], list[int]] | None:
    """(participants, the table's line positions in ``lines``) when ``lines[k]`` heads a
    member table and at least one row follows; else None. The table ends at the first
    line whose cells do not fit the head row (a blank line between head and rows, as a
    pipe table's rule leaves, is passed over)."""
    columns = _columns(lines[k].clean)
    if columns is None:
        return None
    people: list[Participant] = []
    taken = [k]
    for pos in range(k + 1, min(len(lines), k + 80)):
        line = lines[pos]
        if line.blank or (skip and line.index in skip):
            if people:
                break
            continue
        cells = [c.strip() for c in line.clean.split("\t")]
        if len(cells) != len(columns) or not cells[0][:1].isupper():
            break
        status = next((c for h, c in zip(columns, cells, strict=True) if h in _STATUS_HEADS), "")
        roles = [c for h, c in zip(columns, cells, strict=True) if h in _ROLE_HEADS and c]
        present = not _ABSENT.match(status.strip())
        people.append(Participant(cells[0], ", ".join(roles) or None, present=present))
        taken.append(pos)
    if not people:
        return None
    return people, taken


def take_member_tables(
    lines: list[Line], skip: set[int], placed: set[int]
) -> tuple[list[Line], list[Participant]]:
    """``lines`` with each member table's lines blank (their indexes added to
    ``placed``), and the participants the tables list, in order."""
    people: list[Participant] = []
    out = lines
    k = 0
    while k < len(lines):
        found = member_table(lines, k, skip) if "\t" in lines[k].clean else None
        if found is None:
            k += 1
            continue
        if out is lines:
            out = list(lines)
        rows, taken = found
        people.extend(rows)
        for pos in taken:
            placed.add(lines[pos].index)
            out[pos] = Line(lines[pos].index, "", 0)
        k = taken[-1] + 1
    return out, people
