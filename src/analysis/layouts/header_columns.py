"""A fixed-width header of two columns of fields, each wrapping (pure).

Text printed from a fixed-width template may set the meeting's fields in two columns,
each field wrapping onto the next lines of its own column::

    Mødetidspunkt: 13:00-16:15        Deltagere: Jan Holm (A), formand, Ole
    Sted: Mødesal 2, Rådhuset,        Berg (V), Eva Lund (S),
    Torvet 3                          Per Dal (O)
    Afbud: Ingen

Read line by line the columns run together: the place takes in members' names and the
members the place's street. :func:`unmixed_header_columns` rewrites such a block as the
left column's lines followed by the right column's, each field whole again. It does so
only for a block among the first lines where both columns hold labelled fields (or the
right column opens with a field's label alone, "Mødested" over its wrapped value, beside
the meeting's unlabelled forum, date and hour, which stay lines of their own), the gap
stands at one place on two or more lines, and some cell below the first has no label (a
field wrapped: side by side fields that never wrap are read as they are, see
``header._split_columns``). A block of two lines may hold three fields ("Mødedato: …
Mødested: Mødelokale C," / "Mødetid: … Rådhuset, Stenløse"): the blank line under it
takes the third, so no line below moves.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

#: How many lines open a document: a header's columns stand among them.
_TOP = 30
#: The right column opening after four or more spaces.
_GAP = re.compile(r"(?<=\S) {4,}(?=\S)")
#: "Sted: …", "Deltagere: …", "Afbud: Ingen": a cell opening with a field's label.
_LABEL = re.compile(r"^[A-ZÆØÅ][\wæøå.-]{1,25}(?: [\wæøå.-]{1,15})?:(?:\s|$)")


def _cells(line: str, at: int) -> tuple[str, str] | None:
    """(left, right) of a line of the block whose right column opens at ``at`` (a cell
    may be empty), else None: the line does not fit the columns."""
    if not line.strip() or "\t" in line:
        return None
    if len(line) <= at - 1 or not line[at - 1 :].strip():
        return line.strip(), ""  # the left column alone
    if not line[: at - 1].strip():
        return "", line.strip()  # the right column alone
    # (the gap at the column's edge: a cell may hold a gap of its own, "Mødedato:   15. juni
    # 2021", and a wrapped value stand in its value's column, right of the label's)
    gap = next((g for g in _GAP.finditer(line) if g.start() < at and g.end() >= at - 1), None)
    if gap is None:
        return None
    return line[: gap.start()].strip(), line[gap.end() :].strip()


def unmixed_header_columns(text: str) -> str:
    """The text with a two-column header block (see the module docstring) as its left
    column's lines, then its right column's; the same text where there is none."""
    if "    " not in text[:3000]:
        return text  # (most texts: no run of spaces on top)
    lines = text.split("\n", _TOP)
    top = lines[:_TOP]
    for start, line in enumerate(top):
        # (the first gap before a label: a left cell may hold a gap between its label and
        # value; a page printed with its layout kept sets every line in by its margin)
        gaps = _GAP.finditer(line)
        gap = next((g for g in gaps if _LABEL.match(line[g.end() :])), None)
        gap = gap or _GAP.search(line)
        if gap is None:
            continue
        right = line[gap.end() :]
        beside = False
        if not (_LABEL.match(line.lstrip(" ")) and _LABEL.match(right)) and not _label_alone(right):
            # the block opens with a field in each column, or with a field's label alone
            # in the right column beside the meeting's unlabelled lines ("<forum>   Mødested"),
            # or with a field beside them (see ``_unlabelled_beside_fields``)
            if _LABEL.match(right) is None:
                continue
            beside = True
        at = gap.end()
        cells: list[tuple[str, str]] = []
        for ln in top[start:]:
            found = _cells(ln, at)
            if found is None:
                break
            cells.append(found)
        if beside and not _unlabelled_beside_fields(cells):
            continue
        both = sum(1 for left, right in cells if left and right)
        # (a field wrapped: a cell with no label under the first line)
        wrapped = any(c and not _LABEL.match(c) for pair in cells[1:] for c in pair)
        if len(cells) < 2 or both < 2 or not wrapped:
            continue
        fields = [*_fields(c for c, _ in cells), *_fields(c for _, c in cells)]
        # (blank lines for the lines saved: the text under the block keeps its line numbers)
        span = len(cells)
        if span == 2 and len(fields) > span:
            # a block of two lines giving three fields: the blank line under it takes the
            # third (else the block is left as it is)
            span = len(fields)
            if start + span > len(top) or any(ln.strip() for ln in top[start + 2 : start + span]):
                continue
        lines[start : start + span] = fields + [""] * (span - len(fields))
        return "\n".join(lines)
    return text


def _unlabelled_beside_fields(cells: list[tuple[str, str]]) -> bool:
    """True for a block whose left cells hold no label (the owner, the body, "Referat 3.
    februar 2004", filled on two lines or more) and whose right cells each open with a
    field's label ("Tid: kl. 19.00", "Sted: …", "Afbud: …"): a scanned letterhead's two
    columns read across, each right cell a field of its own."""
    return (
        sum(1 for left, _ in cells if left) >= 2
        and not any(_LABEL.match(left) for left, _ in cells)
        and all(_LABEL.match(right) for _, right in cells)
    )


def _fields(column: Iterable[str]) -> list[str]:
    """A column's cells as one line a field: a cell with no label goes on with the field
    above it ("Sted: Mødesal 2, Rådhuset," / "Torvet 3"), a word hyphenated over the wrap
    joined again."""
    out: list[str] = []
    labelled = False  # (the column's unlabelled lines above its first field stay lines)
    for cell in column:
        if not cell:
            continue
        if _label_alone(cell) and not _LABEL.match(cell):
            cell = f"{cell}:"  # "Mødested" over its value: the field's label
        if out and labelled and not _LABEL.match(cell):
            last = out[-1]
            if last[-1:] == "-" and last[-2:-1].isalpha() and cell[:1].islower():
                out[-1] = last[:-1] + cell
            else:
                out[-1] = f"{last} {cell}"
            continue
        out.append(cell)
        labelled = labelled or _LABEL.match(cell) is not None
    return out


#: A meeting's field named alone, its value under it in its column ("Mødested" /
#: "Udvalgsværelse 2, …"; also with its colon).
_FIELD_ALONE = re.compile(
    r"^(?:mødested|sted|mødelokale|mødetidspunkt|mødetid|tidspunkt|tid|mødedato|dato"
    r"|afbud|fraværende|deltagere|til stede|sekretær|referent)\s*:?$",
    re.I,
)


def _label_alone(cell: str) -> bool:
    """ "Mødested", "Afbud:": a meeting's field label alone in a cell."""
    return len(cell) <= 14 and _FIELD_ALONE.match(cell) is not None


#: "Mødelokale     Rådmandshaven 20, …", "Deltagere      Ulla …": a header table's row
#: printed as text, the label's cell and the value's parted by a run of spaces, no colon.
_GAPPED_LABEL = re.compile(
    r"^(?P<label>[A-ZÆØÅ][a-zæøå]{1,20}(?: [a-zæøå]{1,12})?) {2,}(?=\S)", re.M
)


def _tab_after_labels(text: str, gapped: re.Pattern[str], known: Callable[[str], bool]) -> str:
    """``text`` with the run of spaces after each line's ``label`` that ``gapped`` finds
    written as a tab, as the same table copied as text gives it, where ``known`` takes two
    or more of those labels (a template's rows); else ``text`` itself."""
    found = [m for m in gapped.finditer(text) if known(m.group("label"))]
    if len(found) < 2:
        return text
    parts, at = [], 0
    for m in found:
        parts += [text[at : m.start()], m.group("label"), "\t"]
        at = m.end()
    return "".join([*parts, text[at:]])


def gapped_fields(text: str) -> str:
    """The text with a header table's rows printed as text (see ``_GAPPED_LABEL``), two or
    more among the first lines, each label a known field's, written with a tab between
    label and value as a Word table's row is (so "Mødelokale" is the label, not the
    place's first word); the same text where there are none."""
    if "  " not in text[:3000]:
        return text  # (most texts: no run of spaces on top)
    from analysis.layouts.header import is_field_label  # (header reads this module's)

    lines = text.split("\n", _TOP)
    head = "\n".join(lines[:_TOP])
    tabbed = _tab_after_labels(head, _GAPPED_LABEL, is_field_label)
    return text if tabbed is head else "\n".join([tabbed, *lines[_TOP:]])


#: "Beslutning     Godkendt.", "Indstilling   Forvaltningen …": an item's section label, a gap
#: of two spaces or more, its text (a Word table's row printed with its layout kept).
_GAPPED_SECTION = re.compile(
    r"^(?P<label>[A-ZÆØÅ][\wæøå./]{1,25}(?: [\wæøå]{1,12})?) {2,}(?=\S)", re.M
)


def gapped_section_labels(text: str) -> str:
    """The text with each line that opens with a section's known label (``Beslutning``,
    ``Indstilling``: ``parse.heading_key``), a gap of spaces and the section's text written
    with a tab after the label (see :func:`_tab_after_labels`)."""
    from analysis.parse import Line, heading_key  # (parse imports the layouts)

    def known(label: str) -> bool:
        return heading_key(Line(0, f"{label.rstrip(':')}:", 0)) is not None

    return _tab_after_labels(text, _GAPPED_SECTION, known)


#: Two of the meeting's one-line facts' labels alone on their lines, then their two values
#: ("Mødedato" / "Mødested" / "3. marts 2025" / "Byrådssalen"): a header table's two
#: columns pasted out of a PDF viewer row by row. The block ends at a blank line, another
#: label alone or the text's end.
_PAIRED_LABELS = re.compile(
    r"^(?P<l1>[A-ZÆØÅ][a-zæøå]{2,20}):?\n(?P<l2>[A-ZÆØÅ][a-zæøå]{2,20}):?\n"
    r"(?P<v1>[^\n]{1,80})\n(?P<v2>[^\n]{1,80})\n(?=[ \t]*\n|[A-ZÆØÅ][a-zæøå]{2,20}:?\n|\Z)",
    re.M,
)
#: The one-line facts whose labels a pasted header pairs: the day, the hours, the place.
_ONE_LINE_FACT = re.compile(
    r"^(?:møde)?(?:dato|sted|lokale|tidspunkt|tid)$|^(?:start|slut)(?:tidspunkt|tid)?$"
    r"|^mødestart$|^mødeslut$",
    re.I,
)


def paired_labels_split(text: str) -> str:
    """``text`` with each block of two fact labels over their two values among the first
    lines (see ``_PAIRED_LABELS``: "Starttidspunkt" / "Sluttidspunkt" / "kl. 08.30" /
    "kl. 11.15", two header columns pasted row by row) written as each label over its own
    value, as one column read down gives them; the same text where there is none. Neither
    value may itself be a label alone (a label with an empty value, then the next field)."""
    lines = text.split("\n", _TOP)
    head = "\n".join(lines[:_TOP])

    def paired(m: re.Match[str]) -> str:
        l1, l2, v1, v2 = m.group("l1", "l2", "v1", "v2")
        if not (_ONE_LINE_FACT.match(l1) and _ONE_LINE_FACT.match(l2)) or l1 == l2:
            return m.group(0)
        if any(_FIELD_ALONE.match(v.strip()) or not v.strip() or ":" in v[:20] for v in (v1, v2)):
            return m.group(0)
        first, second = m.group(0).split("\n")[:2]
        return f"{first}\n{v1}\n{second}\n{v2}\n"

    split = _PAIRED_LABELS.sub(paired, head)
    return text if split == head else "\n".join([split, *lines[_TOP:]])
