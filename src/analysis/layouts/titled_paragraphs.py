"""Items without numbers, each title a paragraph of its own (pure).

Plain text copied from an intranet or web page of a forum's notes numbers nothing and
marks nothing: each item's title is a paragraph of one line (its case field "Sag: …"
may stand under it), the item's text follows in paragraphs, and its outcome stands under
a decision label alone on its line ("Referat:", "Beslutning:")::

    Økonomiopfølgning
    Sag: 00.30.00-A00-4-24

    Teksten om punktet.

    Referat:
    Godkendt.

Titles alone are no evidence: every title found must be followed by its decision label
before the next one (a standing item, "Eventuelt", may have none; one-line paragraphs of
the header above the first decided item are the header's). One title without a label
in the middle, and the whole reading is refused; one-line paragraphs after the last
decided item with no outcome after them (a news post's comments heading, the association's
address line) end the items.
"""

from __future__ import annotations

import re
from itertools import pairwise

from analysis.case_labels import CASE_ID_LABEL, CASE_LABEL
from analysis.field_value import FIELD_VALUE
from analysis.layouts.headings import Head
from analysis.layouts.outcome import standing_title
from analysis.layouts.unnumbered import (
    CASE_FIELD,
    CASE_LINE,
    dated_line,
    decision_label,
    matter_kind_title,
    unnumbered_title,
)
from analysis.parse import Line, heading_key, match_case_number
from analysis.read.text import place_line


def _paragraphs(lines: list[Line], start: int, skip: set[int]) -> list[list[int]]:
    """The paragraphs from ``start`` on: runs of positions of non-blank lines not skipped."""
    out: list[list[int]] = []
    run: list[int] = []
    for p in range(start, len(lines)):
        if lines[p].blank or lines[p].index in skip:
            if run:
                out.append(run)
                run = []
            continue
        run.append(p)
    if run:
        out.append(run)
    return out


def _case_line(text: str) -> str | None:
    """The case number of a case field line ("Sag: 81.00.00-A00-3-21"), else None; also
    "Sagsnr. 94-0917" with no colon, the number right after the label (a typed protocol's
    case line under its underlined title)."""
    if not CASE_LINE.match(text):
        # (the number alone after the label: a portal's "Sagsnr. 25/1007 · Lukket" over no
        # outcome is no such title's line)
        bare = text[-1:].isdigit() and CASE_FIELD.match(text)
        return match_case_number(text) if bare else None
    return match_case_number(text.split(":", 1)[1])


#: A template's case field left unfilled under the title: nothing after the label
#: ("Sagsnr.:"), the template's mask for the number ("Sagsnr.: xx/xxxx", "Sag: XX-XXXX"),
#: or its placeholder in brackets ("[Indsæt sagsnr.]", "<<Sagsnr>>", "{{sagsnr}}", "…").
_UNFILLED_CASE = re.compile(
    rf"^(?:{CASE_LABEL}|{CASE_ID_LABEL})\s*:\s*"
    r"(?:[xX]+(?:\s*[/.-]\s*[xX]+)+|\[[^\]]*\]|<<[^>]*>>|\{\{[^}]*\}\}|…|\.\.\.|[-–])?\s*$",
    re.I,
)


def unfilled_case(text: str) -> bool:
    """Whether ``text`` is a case field the template left unfilled (``_UNFILLED_CASE``):
    the item's case line all the same, with no number (a short line with a colon only)."""
    return ":" in text and len(text) <= 60 and _UNFILLED_CASE.match(text) is not None


def _title_of(lines: list[Line], para: list[int]) -> tuple[str, str | None] | None:
    """(title, case number) of a paragraph that is an item's title: one line that can be
    a title, or two where the second is its case field (filled or left unfilled by the
    template: :func:`unfilled_case`); else None."""
    if len(para) > 2:
        return None
    line = lines[para[0]]
    text = line.clean.strip()
    case = _case_line(lines[para[1]].clean.strip()) if len(para) == 2 else None
    if len(para) == 2 and case is None and not unfilled_case(lines[para[1]].clean.strip()):
        # (a template's unfilled case field, "Sagsnr.: xx/xxxx" or "Sagsnr.:", stands under
        # its title as a filled one does: the item's, with no number)
        return None
    if (
        line.heading_level  # (items marked as headings are the heading rules' to read)
        # ("Tid: 9.00", "Ansvarlig: AB": a field, no title; "Høring: Title" is one)
        or (FIELD_VALUE.match(text) and not matter_kind_title(text))
        or match_case_number(text) is not None  # "Sagsnr. 25-001187" under a heading
        or heading_key(line) is not None
        or decision_label(line)
        or unnumbered_title(text) is None
    ):
        return None
    return text, case


def _case_paragraph(lines: list[Line], paras: list[list[int]], k: int) -> str | None:
    """The case number of paragraph ``k`` where it is a case field line alone ("Sagsnr.:
    12/3456"), else None."""
    if k >= len(paras) or len(paras[k]) != 1:
        return None
    return _case_line(lines[paras[k][0]].clean.strip())


def _cut_prose(lines: list[Line], paras: list[list[int]]) -> bool:
    """Whether the paragraphs after a title are prose cut off mid-sentence: one or more,
    the last a long paragraph not closed by a full stop (the copy stopped in the item's
    text, before its outcome; a page's foot is short lines)."""
    if not paras:
        return False
    last = " ".join(lines[p].clean.strip() for p in paras[-1])
    return len(last) >= 80 and last[-1:] not in ".!?:)" and " " in last[-20:]


def _bare(line: Line) -> bool:
    """The decision label stands alone ("Referat:", "Beslutning"), its outcome below; a
    label with its text on the line ("Opfølgning: Godkendt.") is the whole outcome."""
    return not line.clean.partition(":")[2].strip()


def _under_cased_heading(lines: list[Line], p: int) -> bool:
    """Whether the nearest line above ``p`` is a styled heading holding a case number ("###
    J.nr. 23/4411 — Title", a board's case heading): the one-line paragraph under it (the
    parties, "*A mod B*") belongs to that heading's item, no title of its own."""
    q = p - 1
    while q >= 0 and lines[q].blank:
        q -= 1
    if q < 0 or not lines[q].heading_level:
        return False
    from analysis.parse import match_case_number

    return match_case_number(lines[q].clean) is not None


def paragraph_items(lines: list[Line], skip: set[int]) -> list[Head]:
    """The items of plain text whose titles are one-line paragraphs below the header's
    date line, each followed by a decision label before the next (see the module's
    docstring); else []."""
    dated = dated_line(lines)
    if dated is None:
        return []
    start = dated + 1
    while start < len(lines) and not lines[start].blank and lines[start].index not in skip:
        # ("Onsdag den 4. februar 2026 kl. 15.00" / "Rådhuset, lokale 3": the lines run on
        # under the date line, its paragraph, are the header's, no one-line title)
        start += 1
    paras = _paragraphs(lines, start, skip)
    if (
        paras
        and len(paras[0]) == 1
        and paras[0][0] <= start + 1
        and place_line(lines[paras[0][0]].clean.strip())
    ):
        # ("Onsdag den 4. februar 2026 kl. 15.00" / blank / "Rådhuset, Ramsherred 5,
        # mødelokale 3", each line a paragraph: the meeting's place, no title)
        paras = paras[1:]
    labelled = [any(decision_label(lines[p]) for p in para) for para in paras]
    opens: list[tuple[int, str, str | None]] = []
    for k, para in enumerate(paras):
        if k and labelled[k - 1] and len(paras[k - 1]) == 1 and _bare(lines[paras[k - 1][0]]):
            continue  # the outcome under a label alone ("Referat:" / blank / "Godkendt")
        if _under_cased_heading(lines, para[0]):
            continue  # "### J.nr. 23/4411 — Title" / "*A mod B*": the parties, no title
        found = _title_of(lines, para)
        if found is not None:
            opens.append((k, *found))
    heads: list[Head] = []
    decided_count = 0
    for n, (k, title, case) in enumerate(opens):
        end = opens[n + 1][0] if n + 1 < len(opens) else len(paras)
        decided = any(labelled[k + 1 : end])
        if not decided and not standing_title(title):
            if heads and not any(labelled[end:]):
                if case is None:
                    # (its case field a paragraph of its own right under it: "Title" /
                    # blank / "Sagsnr.: …", as the decided items' may stand)
                    case = _case_paragraph(lines, paras, k + 1)
                if case is None and not _cut_prose(lines, paras[k + 1 :]):
                    # no outcome after it: the page's foot ("2 kommentarer", the
                    # association's address line), not an item
                    break
                # its case line under it: the last item, the copy cut before its outcome
            elif heads:
                return []  # a title with no outcome among decided items: no such layout
            else:
                continue  # a one-line paragraph of the header's above the first item
        decided_count += decided
        heads.append(Head(paras[k][0], len(heads) + 1, title, case_number=case, evidence=1))
    if len(heads) < 2 or decided_count < 2 or _sections_of_styled(lines, dated, heads):
        return []
    if any(_decided_title(lines, para) for para in paras if para[0] < heads[0].pos):
        # ("Godkendelse af dagsorden" / "J.nr. 26/004411" / "Referat" / "Godkendt." in one
        # paragraph above the first title found): an item over its outcome that is no
        # title paragraph; the text is not of this layout
        return []
    return heads


def _decided_title(lines: list[Line], para: list[int]) -> bool:
    """Whether ``para`` is a whole item run together: a title and its case field, then a
    decision label ("Title" / "Sagsnr.: 26/001187" / "Referat" / "Godkendt.")."""
    if len(para) < 3:
        return False
    found = _title_of(lines, para[:2])
    return (
        found is not None
        and found[1] is not None
        and any(decision_label(lines[p]) for p in para[2:])
    )


def _sections_of_styled(lines: list[Line], dated: int, heads: list[Head]) -> bool:
    """Whether a styled heading stands above each title found, between it and the one
    before (a Word document's items are its headings, "## Title" / "Forslag" / "…" /
    "Referat" / "Godkendt.": the one-line paragraph under each, a section's own label such
    as "Forslag", is no item; the heading rules read them)."""
    edges = [dated, *(h.pos for h in heads)]
    return all(any(lines[p].heading_level for p in range(a + 1, b)) for a, b in pairwise(edges))
