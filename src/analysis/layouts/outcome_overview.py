"""The outcomes listed apart from the items, by item number and title (pure, on the text).

Minutes may keep the decisions apart from the items' texts. A decision overview stands
first ("Beslutningsoversigt", "Resumé af beslutninger"), a row an item with its number,
title and outcome, and the items follow with their background but no decision; or the
agenda comes first with its cases and a second part ("Referat", "Protokol") takes the items
again by number and title with only what became of each::

    Beslutningsoversigt                 REFERAT

    Sag 1: Godkendelse af dagsorden     Punkt 2 – Orientering om budget
    Godkendt.                           Taget til efterretning.

The row may also be a line with dotted leaders (``3  Title ........ Godkendt.``), a
markdown table's row (``| 3 | Title | Godkendt. |``), a fixed-width table's row (under
``Pkt.  Sag  Beslutning``) or a list's item with its title in bold (``3. **Title:**
Godkendt.``). :func:`overview_decisions` writes
each row's outcome under its item as the ``Beslutning`` the item grammar reads and blanks
the overview. Only where every row's number heads an item elsewhere in the text (below the
overview, or above a second part), in order, numbered without a gap, each row's title
names its item (the item's own title, or a row cut short sharing its words), most items
have text of its own and none carries a decision label: a contents list, or a recap of
decisions the items already hold, is left as it is.
"""

from __future__ import annotations

import re

from analysis.layouts.decision_summary import (
    _labelled_decision,
    _next_filled,
    _shares_word,
    heads_in,
    numbered_in_turn,
    written_at,
)
from analysis.layouts.decision_summary import _rows as summary_rows
from analysis.parse import break_led, matchable_lower, titles_match

#: The overview's or the second part's head: "Beslutningsoversigt", "Resumé af
#: beslutninger", "Beslutninger på mødet", "Opsamling – beslutninger", "REFERAT",
#: "Protokol", perhaps as a markdown heading or after a part's number ("Del 2 – Referat").
_HEAD = re.compile(
    r"^(?:#{1,6}[ \t]*)?(?:(?:del[ \t]+\d|[IVX]{1,4}\.|\d\.)[ \t]*[–—:.-]?[ \t]*)?"
    r"(?:beslutningsoversigt|beslutningsresumé|beslutningsreferat|beslutningsprotokol"
    r"|oversigt[ \t]+over[ \t]+(?:mødets[ \t]+)?beslutninger(?:ne)?"
    r"|(?:resumé|sammenfatning)[ \t]+af[ \t]+(?:mødets[ \t]+)?beslutninger(?:ne)?"
    r"|(?:mødets[ \t]+)?beslutninger[ \t]+på[ \t]+mødet"
    r"|referat|protokol)[ \t]*:?[ \t]*$"
    # ("## Beslutninger": the overview's own heading on a web page or in a Word document;
    # the word alone, unmarked, is most minutes' label of an item's decision)
    r"|^#{1,6}[ \t]+beslutninger[ \t]*:?[ \t]*$",
    re.I | re.M,
)
#: A word every head holds (its rest after the first letter, and in capitals): the gate.
_HEAD_WORDS = ("eslutning", "ESLUTNING", "eferat", "EFERAT", "rotokol", "ROTOKOL")
#: A ``_HEAD``'s end read backwards from its line's end in the reversed lowered text: a
#: colon and white space perhaps, then the last word of one of its alternatives with what
#: must stand before it ("beslutningsoversigt", "beslutningsresumé", "oversigt over
#: beslutninger" and "resumé af beslutninger" by the white space before "beslutninger",
#: "beslutninger på mødet", "referat", "protokol"; "beslutningerne" by its "ne"). A
#: section's own label ("Resumé", "Beslutninger" alone on a line, in most minutes) is none.
#: (led by a look-ahead for its first characters, see ``break_led``)
_HEAD_END_REVERSED = re.compile(
    break_led(
        r"[ \t]*:?[ \t]*(?:en)?"
        r"(?:tarefer|lokotorp|tgisrevosgnintulseb|émusersgnintulseb"
        r"|regnintulseb[ \t]|tedøm[ \t]+åp)"
    )
)


def _may_hold_head(text: str) -> bool:
    """False only where no line of ``text`` is a ``_HEAD`` (see ``_HEAD_END_REVERSED``).
    ``_HEAD``, written case-insensitively with eight alternatives after two optional
    parts, costs about a microsecond at each line's start even when tried there alone
    (``line_start_test``); the lowered text reversed is searched for a line break, and
    each line's end is tried with a few case-sensitive letters."""
    low = matchable_lower(text)
    if low is None:
        return True  # (a character a case-insensitive match reads as a-z: the pattern decides)
    return _HEAD_END_REVERSED.search("\n" + low[::-1]) is not None


#: An item's heading, or a row's first line: "3. Title", "Sag 3: Title", "Punkt 3 – Title",
#: "### 3. Title", "Pkt. 3 Title".
_HEADING = re.compile(
    r"^(?:#{1,6}\s+)?(?:(?:punkt|pkt\.?|sag)\s*)?(?P<num>\d{1,3})(?:[.):]|\s+[-–—])?\s+"
    r"(?P<title>\S.*)$",
    re.I,
)
#: A row's first line: an item's heading, or its number after "Ad" ("Ad 3. Title", "Ad pkt.
#: 3 – Title": the second part's form).
_ROW_HEADING = re.compile(
    r"^(?:#{1,6}\s+)?(?:ad\s+)?(?:(?:punkt|pkt\.?|sag)\s*)?(?P<num>\d{1,3})(?:[.):]|\s+[-–—])?"
    r"\s+(?P<title>\S.*)$",
    re.I,
)
#: "Del 1 – Dagsorden", "I. DAGSORDEN": the first part's numbered head over the first item
#: of a document whose second part takes the outcomes; "Sagsfremstillinger", "Sager": the
#: head of the items' part under an overview.
_FIRST_PART = re.compile(
    r"^(?:#{1,6}\s+)?(?:del\s+(?:\d|[IVX]{1,4}|[A-D])|[IVX]{1,4}\.|\d\.|[A-D]\.)\s*[–—:.-]?\s*"
    r"dagsorden(?:\s+med\s+sagsfremstillinger)?\s*:?$"
    # ("Sagsfremstillinger", "## Sager": the items' part head under the overview)
    r"|^(?:#{1,6}\s+)?(?:sager(?:ne)?|sagsfremstillinger(?:ne)?)\s*:?$",
    re.I,
)
#: "3   Title ........ Godkendt.": a row with its outcome after dotted leaders.
_DOTTED = re.compile(r"^(?P<num>\d{1,3})[.)]?\s+(?P<title>\S.*?)\s*(?:\.\s?){3,}\s*(?P<out>\S.*)$")
#: "| 3 | Title | Godkendt. |": a markdown table's row; also without the outer bars ("3 |
#: Title | Godkendt.", a table drawn in a text file), the outcome's cell perhaps empty.
_PIPED = re.compile(
    r"^(?:\|\s*)?(?P<num>\d{1,3})\.?\s*\|(?P<title>[^|]+)\|(?P<out>[^|]*?)\s*(?:\|\s*)?$"
)
#: "3. **Title:** Godkendt.": a list's item, its title in bold, the outcome after it.
_BOLD = re.compile(
    r"^(?:[-*]\s+)?(?P<num>\d{1,3})[.)]\s+\*\*(?P<title>[^*]+?)\s*:?\*\*\s*[:–—-]?\s*(?P<out>\S.*)$"
)
#: "| Pkt. | Sag | Beslutning |", "|---|---|": a markdown table's head and rule; "Pkt. | Emne
#: | Beslutning" and "-----+-------+----": a text file's table head without the outer bars
#: and the rule under it, the bars crossing it as plus signs.
_PIPED_HEAD = re.compile(r"^\|[^\d]*\|\s*$|^[^\d|]+(?:\|[^\d|]+){2,}$|^[-=:]+(?:\+[-=:]+)+$")
#: An outcome's cell left empty: "-", "–", "…" (a point with nothing to decide).
_EMPTY_OUTCOME = re.compile(r"^[\s\-–—…./]*$")
#: "Beslutning", "Beslutning:": the decision's label over a row's outcome (a web table's
#: row as the reader writes it: "## 3. Title" / "Beslutning" / the text).
_OUTCOME_LABEL = re.compile(r"^(?:beslutning|afgørelse|udfald|resultat|konklusion)\s*:?$", re.I)
#: "Beslutning: Godkendt.", "Udvalgets beslutning: …": a decision label with its text.
_INLINE_LABEL = re.compile(
    r"^(?:[\wæøå-]+s\s+)?(?:beslutning|afgørelse|indstilling\s+godkendt)\s*:", re.I
)
#: "Pkt.  Sag                Beslutning": a fixed-width table's head, its last column the
#: outcome (the rows' outcomes start under that word).
_GAPPED_HEAD = re.compile(
    r"^\s*(?:pkt|punkt|nr|sag)\.?\s{2,}\S.*?\s{2,}(?P<out>beslutning|afgørelse|udfald)\s*$", re.I
)
#: "170   Lokalplan for boligområde ved     Vedtaget endeligt med de": a row of that table
#: (its number, then text); a line under it indented, with no number, goes on its cells.
_GAPPED_ROW = re.compile(r"^\s*(?P<num>\d{1,3})\.?\s{2,}\S")
#: Lines an outcome under a row's own line may take (more is an item's text).
_MAX_OUTCOME = 4

Row = tuple[int, str, list[str], bool]  # (number, title, outcome, its own line's title)


def _filled_above(lines: list[str], k: int) -> int | None:
    """The position of the nearest non-blank line above ``k``, else None."""
    k -= 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    return k if k >= 0 else None


def _row(lines: list[str], k: int) -> tuple[Row, int] | None:
    """The row at ``k`` and the position after it, else None."""
    text = lines[k].strip()
    if m := _PIPED.match(text) or _DOTTED.match(text):
        out = m["out"].strip()
        return (
            int(m["num"]),
            m["title"].strip(),
            [] if _EMPTY_OUTCOME.match(out) else [out],
            False,
        ), k + 1
    if m := _BOLD.match(text):
        return (int(m["num"]), m["title"].strip(), [m["out"].strip()], True), k + 1
    if not (m := _ROW_HEADING.match(text)):
        return None
    if (parted := _parted_outcome(lines, k)) is not None:
        outcome = parted[0]
        if len(outcome) > 1 and _OUTCOME_LABEL.match(outcome[0]):
            outcome = outcome[1:]  # (the label over the outcome: no part of it)
        return (int(m["num"]), m["title"].strip(), outcome, True), parted[1]
    out: list[str] = []
    j = k + 1
    while j < len(lines) and lines[j].strip():
        if _ROW_HEADING.match(lines[j].strip()) or len(out) == _MAX_OUTCOME:
            return None
        out.append(lines[j].strip())
        j += 1
    return ((int(m["num"]), m["title"].strip(), out, True), j) if out else None


def _parted_outcome(lines: list[str], k: int) -> tuple[list[str], int] | None:
    """The outcome under the row's own line at ``k`` written as paragraphs of their own
    (one blank line before each, as a Word document read paragraph by paragraph gives it:
    ``Punkt 2 – Title`` / blank / ``Taget til efterretning.``) up to the next row, two
    blank lines or the end, and the position after it; None where the line under the row
    is filled (the outcome right under it), none follows, or it runs longer than an
    outcome does (``_MAX_OUTCOME`` lines: an item's text)."""
    out: list[str] = []
    j = k + 1
    while j + 1 < len(lines) and not lines[j].strip() and lines[j + 1].strip():
        if _ROW_HEADING.match(lines[j + 1].strip()):
            break
        j += 1
        while j < len(lines) and lines[j].strip():
            out.append(lines[j].strip())
            j += 1
        if len(out) > _MAX_OUTCOME:
            return None
    return (out, j) if out else None


def _rows(lines: list[str], head: int) -> tuple[list[Row], int]:
    """The rows under the head at ``head`` and the position after the last; a table's head
    and rule, and a short subheading over a row ("Lukket dagsorden"), passed over."""
    rows: list[Row] = []
    k = end = head + 1
    first = _next_filled(lines, k)
    if first < len(lines) and (m := _GAPPED_HEAD.match(lines[first])):
        return _gapped_rows(lines, first, m.start("out"))
    while (k := _next_filled(lines, k)) < len(lines):
        text = lines[k].strip()
        if not rows and _PIPED_HEAD.match(text):
            k += 1
            continue
        if found := _row(lines, k):
            if rows and found[0][0] != rows[-1][0] + 1:
                break  # (the numbers start again: the items under the overview)
            rows.append(found[0])
            k = end = found[1]
            continue
        if rows and (bare := _bare_row(lines, k, rows)):
            rows.append(bare)
            k = end = k + 1
            continue
        if len(text.split()) <= 3 and not text[:1].isdigit():
            nxt = _next_filled(lines, k + 1)
            if nxt < len(lines) and _row(lines, nxt):
                k += 1
                continue
        break
    return rows, end


def _bare_row(lines: list[str], k: int, rows: list[Row]) -> Row | None:
    """The row at ``k`` whose outcome cell was left empty (a closed point's: the reader
    writes the row's number and title alone, "## 7. Title"), numbered next after the
    last row, where the next filled line is the next row or the first row's item (the
    overview ends there); else None."""
    m = _ROW_HEADING.match(lines[k].strip())
    if m is None or int(m["num"]) != rows[-1][0] + 1:
        return None
    nxt = _next_filled(lines, k + 1)
    after = _ROW_HEADING.match(lines[nxt].strip()) if nxt < len(lines) else None
    if after is None or int(after["num"]) not in (rows[0][0], int(m["num"]) + 1):
        return None
    return int(m["num"]), m["title"].strip(), [], True


def _gapped_rows(lines: list[str], head: int, col: int) -> tuple[list[Row], int]:
    """The rows of a fixed-width table under its head at ``head`` (see ``_GAPPED_HEAD``),
    the outcome column starting at ``col``, and the position after the last."""
    rows: list[Row] = []
    k = end = head + 1
    while k < len(lines) and lines[k].strip():
        line = lines[k]
        if m := _GAPPED_ROW.match(line):
            title, out = line[m.end() - 1 : col].strip(), line[col:].strip()
            if not out or not line[col - 1 : col].isspace():
                break
            rows.append((int(m["num"]), title, [out], False))
        elif rows and line[:1].isspace() and (not line[col:].strip() or line[col - 1] == " "):
            n, title, out, own = rows[-1]
            more, rest = line[:col].strip(), line[col:].strip()
            rows[-1] = (n, f"{title} {more}".strip(), [*out, rest] if rest else out, own)
        else:
            break
        k = end = k + 1
    return rows, end


def _headings(
    lines: list[str], rows: list[Row], head: int, end: int
) -> tuple[dict[int, int], bool] | None:
    """Each row's item heading ({number: position}) and whether the items stand below the
    overview (else above it, a second part), or None: in the rows' order, each named by
    its row (``_names``). The nearest line so numbered is the heading; where those fail,
    the nearest carrying its row's title is (an item's text numbering its points "1. at
    …", "2. …" stands nearer than the items' headings)."""
    numbers = [n for n, _, _, _ in rows]
    by_number = {row[0]: row for row in rows}
    for below in (True, False):
        span = range(end, len(lines)) if below else range(head - 1, -1, -1)
        found: dict[int, int] = {}
        named: dict[int, int] = {}
        for k in span:
            text = lines[k].strip()
            if text[:1].isdigit() or text[:1] in "#PpSs":
                m = _HEADING.match(text)
                if m is None or (n := int(m["num"])) not in by_number or n in named:
                    continue
                if n not in found:
                    found[n] = k
                if titles_match(by_number[n][1], m["title"].strip("#* ")):
                    named[n] = k
        for chosen in (found, {**found, **named}):
            if (
                len(chosen) == len(numbers)
                and [chosen[n] for n in numbers] == sorted(chosen.values())
                and all(_names(row, lines[chosen[row[0]]]) for row in rows)
            ):
                return chosen, below
            if not named:
                break
    return None


def _names(row: Row, heading: str) -> bool:
    """Whether the row's title names the item under ``heading``."""
    title = (m["title"] if (m := _HEADING.match(heading.strip())) else heading).strip("#* ")
    if row[3]:
        return titles_match(row[1], title)
    return titles_match(row[1], title) or _shares_word(row[1], title)


def overview_decisions(text: str) -> str:
    """``text`` with each row of an overview of the outcomes (see the module docstring)
    written as ``Beslutning`` at the end of its item, the overview blanked; as it was where
    no such overview stands."""
    if not any(w in text for w in _HEAD_WORDS) or not _may_hold_head(text):
        return text  # (the cheap gates: the head's words, then its last word's place)
    for lines, head in heads_in(text, _HEAD):
        rows, end = _rows(lines, head)
        if not rows:
            # ("## 3. Title" / "Beslutning" / "Godkendt.": a table's rows as the readers write
            # them, each row's text read down the row)
            labelled, end = summary_rows(lines, head)
            rows = [(n, title, out, False) for n, title, out in labelled]
        numbers = [n for n, _, _, _ in rows]
        if not numbered_in_turn(numbers):
            continue
        if 2 * sum(1 for row in rows if row[2]) <= len(rows):
            continue  # (most rows give an outcome; rows of titles alone are a contents list)
        if (at := _headings(lines, rows, head, end)) is None:
            continue
        headings, below = at
        last = rows[-1][0]
        stop = len(lines) if below else head
        after = next(
            (k for k in range(headings[last] + 1, stop) if _next_item(lines, k, last)), stop
        )
        ends = {n: headings[rows[i + 1][0]] for i, (n, _, _, _) in enumerate(rows[:-1])}
        ends[last] = after
        if _decided(lines, headings[numbers[0]], after):
            continue  # (the items carry their own decisions: the overview is a recap)
        texts = sum(any(lines[k].strip() for k in range(headings[n] + 1, ends[n])) for n in numbers)
        if 2 * texts <= len(numbers):
            continue  # (a contents list, not the items; "Eventuelt" alone may be bare)
        k = _filled_above(lines, headings[numbers[0]])
        if k is not None and (k >= end or not below) and _FIRST_PART.match(lines[k].strip()):
            lines[k] = ""  # (the items' part's head: no part of the first item's title)
        # (a row whose outcome cell was left empty gives its item none)
        at = {ends[n]: out for n, _, out, _ in rows if out}
        return "\n".join(written_at(lines, at, head, end))
    return text


def _decided(lines: list[str], first: int, stop: int) -> bool:
    """Whether a line of the items (from ``first`` to ``stop``) is a decision label, alone
    or with the decision after it ("Beslutning: Godkendt.")."""
    return _labelled_decision(lines, first, stop) or any(
        _INLINE_LABEL.match(lines[k].strip()) for k in range(first + 1, stop)
    )


def _next_item(lines: list[str], k: int, last: int) -> bool:
    """Whether the last item ends at ``k``: the next number's heading, or a line after two
    blank lines (the signatures or closing notes under the items: "Underskrifter")."""
    if k >= 2 and lines[k].strip() and not lines[k - 1].strip() and not lines[k - 2].strip():
        return True
    m = _HEADING.match(lines[k].strip())
    return m is not None and int(m["num"]) == last + 1
