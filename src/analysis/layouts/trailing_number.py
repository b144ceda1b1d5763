"""Item headings that give the item's number last, in brackets (pure).

A board's secretary writing the minutes as a markdown note may head each point with its
title and put the agenda's number after it, as a reference back to the agenda sent out:
``### ★ Velkommen og godkendelse af dagsorden (pkt. 1)``, ``## Trafik (punkt 4)``; a mark
before the title may say which points were on that agenda (``★``, ``☆``) and an item added
at the meeting has none. The item grammar reads a number before the title, so such
headings are written ``### 1. Title`` (mark and bracket off). A document must head two or
more points so: a single heading naming a point ("## Opfølgning (pkt. 3)") stays as it is.
A municipal web page copied as text does the same without the hashes, the title on a line
of its own after a blank one (``Godkendelse af dagsorden (punkt 1)``); such a line is
read so too, where two or more points are so headed. An advisory council's minutes put
the number after an en dash or in a column of its own (``Godkendelse af dagsorden – pkt. 1``,
``Godkendelse af dagsorden<TAB>Punkt nr. 1``), read so where point 1 is among them. A
meeting portal's page puts the number in a label floated right of the title, a space alone
between them once saved (``## Godkendelse af dagsorden Pkt. 1``): read so in markdown
headings where two or more number upwards.
"""

from __future__ import annotations

import re

from analysis import dates
from analysis.parse import break_led, decision_heading, holds_after, lines_holding
from analysis.vocab import SECTION_HEADINGS

#: "### ★ Title (pkt. 3)": a markdown heading, a mark perhaps, the title, the point's number;
#: or the same line without the hashes after a blank line (a heading, not a prose reference).
_TRAILING = re.compile(
    r"^(?:(?P<hashes>#{1,6}[ \t]+)|(?<![^\n]\n))(?:[★☆✱*•■▪►][ \t]*)?(?P<title>[^\s(][^\n]*?)[ \t]*"
    # ("■ Title  [pkt. 3]": a Word template's square mark and the number in square brackets)
    r"(?:\((?:pkt|punkt)\.?[ \t]*(?P<num>\d{1,3})\)|\[(?:pkt|punkt)\.?[ \t]*(?P<sq>\d{1,3})\])"
    # ("Personalesag      (pkt. 7) LUKKET": the closed item's mark after the number, kept
    # after the title, where the item grammar reads it)
    r"(?:[ \t]+(?P<mark>(?-i:LUKKET|Lukket)))?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
#: Headings so written before the document's are read so.
_MIN_HEADS = 2


#: "## Godkendelse af dagsorden (1)": a Word heading with the bare number in brackets last
#: (a mail's pasted minutes); read so only where the headings run 1, 2, 3, … in order.
_BARE = re.compile(
    r"^(?P<hashes>#{1,6}[ \t]+)(?P<title>[^\s(#][^\n]*?)[ \t]*\((?P<num>\d{1,2})\)[ \t]*$",
    re.MULTILINE,
)


#: "(pkt", "(Punkt", "(1)" closing a line: what either form needs, found in one pass (a
#: regular expression's one scan costs less than the four substring tests it replaces); the
#: words in any case, as ``_TRAILING`` reads them ("(PKT. 3)").
_GATE = re.compile(r"\((?:(?i:pkt|punkt)|1\)[ \t]*$)", re.MULTILINE)
#: "[pkt", "[Punkt": the square brackets' form, a gate of its own (one alternation with the
#: round bracket's costs the search its literal start: 20x slower)
_SQUARE_GATE = re.compile(r"\[(?i:pkt|punkt)")


#: "Godkendelse af dagsorden – pkt. 1", "Godkendelse af dagsorden<TAB>Punkt nr. 1": an
#: advisory council's heading with the point's number after an en dash or in a column of
#: its own (a web table's right-hand cell), on a line of its own after a blank one (or a
#: markdown heading: a title a rule marked as one). (Not after a hyphen: hyphens are in
#: every text, and the scan for one before "pkt" would cost ten times the others.)
_SEPARATED = re.compile(
    r"^(?:(?P<hashes>#{1,6}[ \t]+)|(?<![^\n]\n))"
    r"(?P<title>[^\s(#][^\n]*?)(?:[ \t]+–[ \t]+|[ \t]*\t[ \t]*)"
    r"(?:pkt|punkt)\.?(?:[ \t]+nr\.?)?[ \t]*(?P<num>\d{1,3})[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
#: The separators before "pkt"/"Punkt", each a pattern led by one character, which the
#: regex engine scans for fast (about 2 and 4 µs a page; the pattern above costs 1 ms).
#: (The words in any case, as the pattern reads them: "Titel – PKT. 1".)
_DASH_GATE = re.compile(r"–[ \t]*(?i:pkt|punkt)")
_TAB_GATE = re.compile(r"\t[ \t]*(?i:pkt|punkt)")


#: "## Godkendelse af dagsorden Pkt. 1": a web page's heading with the point's number in
#: a label floated right of the title (``<h2>Title <span>Pkt. 1</span></h2>``), a space
#: alone between them once the page is saved; a markdown heading only (the page marked it
#: as one: a title may end in "… punkt 3" in running text).
_SPACED = re.compile(
    r"^(?P<hashes>#{1,6}[ \t]+)(?P<title>[^\s#][^\n]*?[^\s(–-])[ \t]+"
    r"(?:pkt|punkt)\.?[ \t]*(?P<num>\d{1,3})[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
#: ``_SPACED``'s end, the point's number closing a line.
_SPACED_END = re.compile(r"[ \t](?:pkt|punkt)\.?[ \t]*\d{1,3}[ \t]*$", re.IGNORECASE)


def _spaced_numbers(text: str) -> str:
    """``text`` with markdown headings ending in the point's number after a space
    (``## Title Pkt. 3``) written ``## 3. Title``, where two or more such headings number
    upwards (the weakest of the forms: no bracket, dash or tab parts the number off)."""
    # (the cheap gate: two or more lines holding "#" that end so; a scan of the whole text
    # for the pattern costs ~40 µs a page, a look at the few lines with a "#" far less)
    held = lines_holding(text, "#")
    ends = (_SPACED_END.search(ln) for ln in held if ln.rstrip()[-1:].isdigit())
    if sum(1 for m in ends if m is not None) < _MIN_HEADS:
        return text
    matches = [m for m in _SPACED.finditer(text) if not _body_decision(m)]
    found = [int(m["num"]) for m in matches]
    if len(found) < _MIN_HEADS or any(b <= a for a, b in zip(found, found[1:], strict=False)):
        return text
    if any(_numbered_apart(text, m) for m in matches):
        return text
    return _SPACED.sub(
        lambda m: m[0] if _body_decision(m) else f"{m['hashes']}{m['num']}. {m['title']}", text
    )


def _body_decision(m: re.Match[str]) -> bool:
    """Whether a ``_SPACED`` heading is a body's dated decision heading set as a heading
    ("## Kultur- og Fritidsudvalget, 10-03-2020, pkt. 18": an export's bold line over the
    body's decision on the item), no title numbered last."""
    return m["title"][-1:] == "," and dated_body_line(m["title"][:-1])


def _numbered_apart(text: str, m: re.Match[str]) -> bool:
    """Whether a ``_SPACED`` heading is no title numbered last: its number alone on the line
    above ("1." / "## Title Punkt 1": the number repeated, which the headings read), or a
    heading right under it that no section's label is ("## Ad dagsordenens punkt 1" /
    "## Title", "## Oqaluuserisassaq 1 / Punkt 1" / "### Title": the number's own heading
    over the title)."""
    above = text[: m.start()].rstrip().rpartition("\n")[2].strip()
    if above.rstrip(".") == m["num"]:
        return True
    below = text[m.end() :].lstrip().partition("\n")[0]
    return below[:1] == "#" and below.strip("#*: \t").lower() not in SECTION_HEADINGS


def _separated_numbers(text: str) -> str:
    """``text`` with headings ending in an en dash or a tab and the point's number
    (``Title – pkt. 3``, ``Title<TAB>Punkt nr. 3``) written ``3. Title``, where two or more
    such headings, each of another number and one of them number 1, are so written."""
    if _DASH_GATE.search(text) is None and _TAB_GATE.search(text) is None:
        return text
    found = [m["num"] for m in _SEPARATED.finditer(text) if not dated_meeting_line(m["title"])]
    if len(found) < _MIN_HEADS or len(set(found)) < len(found) or "1" not in found:
        return text
    return _SEPARATED.sub(
        lambda m: (
            m[0]
            if dated_meeting_line(m["title"])
            else f"{m['hashes'] or ''}{m['num']}. {m['title']}"
        ),
        text,
    )


def dated_meeting_line(title: str) -> bool:
    """Whether the words before "– Punkt 3" are the meeting's line, a date last after a dash
    ("Teknik- og Miljøudvalget – 14. marts 2023 – Punkt 3"): a portal's print of one item
    at a time heads each item with the meeting and the item's place in the print, no title
    (the item's own heading follows)."""
    head, dash, last = title.replace(" - ", " – ").rpartition(" – ")
    found = dates.find_date(last) if dash and head else None
    return found is not None and found.start == 0


def dated_body_line(title: str) -> bool:
    """Whether the words before ", pkt. 18" are a body and its date ("Kultur- og
    Fritidsudvalget, 10-03-2020", "Kommunalbestyrelsen 23.04.2026"): the heading a web page
    sets over each body's decision on the item (``parse.decision_heading``), not a title
    numbered beside it."""
    head, comma, last = title.rpartition(",")
    found = dates.find_date(last.strip()) if comma and head.strip() else None
    if found is not None and found.start == 0:
        return True  # (a comma before the date: the body's name may hold commas itself)
    # (the body named by its noun right before the date, no comma: the parse's own test)
    return title[-1:].isdigit() and decision_heading(f"{title.strip()}, pkt. 1") is not None


#: "Godkendelse af dagsordenen<TAB>1": a council protocol's title with the item's number
#: right-aligned at the line's end (a PDF's or a Word tab stop's column); the tab and the
#: number found first (a tab-led pattern the engine scans for fast; the title's last
#: character looked behind only at a tab: no dot leader of a contents line), the line
#: checked after.
_RIGHT_NUMBER = re.compile(r"\t(?<=[^\s.…:]\t)(?P<num>\d{1,3})[ \t]*$", re.MULTILINE)
#: The title before it: a capital first, no full stop, dot leader or colon last (a contents
#: line "Title ..... 3", a field "Side: 3").
_RIGHT_TITLE = re.compile(r"[A-ZÆØÅ][^\t\n]*[^\s.…:]")
#: Headings so numbered that make a document's item headings (a table's few numbered rows
#: are fewer).
_MIN_RIGHT = 3
#: "Punkt<TAB>1", "Sag nr.<TAB>4": the item's word alone before the number, the number's
#: row of a two-column table of fields per item (its title in the "Emne" row under it),
#: no title numbered at its right.
_NUMBER_LABEL = re.compile(r"(?:punkt|pkt|dagsordenspunkt|sag|nr)\.?(?:[ \t]*nr)?", re.I)


def _right_numbers(text: str) -> str:
    """``text`` with headings giving the item's number right-aligned after the title
    (``Meddelelser<TAB>3``) written ``3. Meddelelser``, where three or more such headings,
    each after a blank line and with text under it before the next, number on by one (the
    item's word alone before the number, ``Punkt<TAB>3``, is the number's row of an item's
    table of fields, no title: ``_NUMBER_LABEL``)."""
    if "\t" not in text:
        return text
    heads: list[tuple[int, int, str, int]] = []
    for m in _RIGHT_NUMBER.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if start > 1 and text[start - 2] != "\n":
            continue  # not after a blank line: a row of a table or a list
        title = text[start : m.start()].rstrip()
        if _RIGHT_TITLE.fullmatch(title) is None or _NUMBER_LABEL.fullmatch(title):
            continue
        if heads and not text[heads[-1][1] : start].strip():
            return text  # two such lines with nothing between: a contents list's rows
        heads.append((start, m.end(), title, int(m["num"])))
    if len(heads) < _MIN_RIGHT or any(
        b[3] != a[3] + 1 for a, b in zip(heads, heads[1:], strict=False)
    ):
        return text
    return _numbered_first_at(text, heads)


def _numbered_first_at(text: str, heads: list[tuple[int, int, str, int]]) -> str:
    """``text`` with each head (its start, its end, its title, its number) written
    ``3. Title``."""
    out, at = [], 0
    for start, end, title, number in heads:
        out += [text[at:start], f"{number}. {title}"]
        at = end
    return "".join([*out, text[at:]])


def _bare_numbers(text: str) -> str:
    """``text`` with markdown headings ending in a bare bracketed number written
    ``## 1. Title``, where two or more such headings number 1, 2, 3, … in order."""
    if "(1)" not in text:  # (as ``_BARE`` reads "Title(1)" and "Title<TAB>(1)")
        return text  # (the first such heading is number 1)
    numbers = [int(m["num"]) for m in _BARE.finditer(text)]
    if len(numbers) < _MIN_HEADS or numbers != list(range(1, len(numbers) + 1)):
        return text
    return _BARE.sub(lambda m: f"{m['hashes']}{m['num']}. {m['title']}", text)


#: The end of a title line giving the item's number beside the title: in brackets, bare or
#: after "nr."/"sag" (``Meddelelser (3)``, ``Meddelelser [3]``, ``Meddelelser (nr. 3)``,
#: ``Meddelelser (sag 45)``), after a spaced dash, middle dot, bar or slash and the item's
#: word (``Budget – pkt. 4``, ``Lokalplan · Punkt 7``, ``Spørgetid | Punkt 6``, ``Budget —
#: nr. 2``), after a comma (``Halvårsregnskab, pkt. 143``), or after a dot leader and the
#: word (``Meddelelser ........ Sag nr. 45``: a contents row or the heading printed as one).
#: Found line by line from its end: ``_beside_title_numbers`` checks the line's start.
_BESIDE_END = re.compile(
    r"(?:[ \t]*\((?:(?:nr|sag)\.?(?:[ \t]+nr\.?)?[ \t]*)?(?P<br>[0-9]{1,3})\)"
    r"|[ \t]*\[(?P<sq>[0-9]{1,3})\]"
    r"|[ \t]+[-–—·|/][ \t]+(?:pkt|punkt|nr|sag[ \t]+nr)\.?(?:[ \t]+nr\.?)?[ \t]*(?P<sep>[0-9]{1,3})"
    r"|,[ \t]+(?:pkt|punkt)\.?[ \t]*(?P<comma>[0-9]{1,3})"
    r"|[ \t]*(?:\.{3,}|…+)[ \t]*(?:pkt|punkt|sag)\.?(?:[ \t]+nr\.?)?[ \t]*(?P<dots>[0-9]{1,3})"
    r")[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
#: ``_BESIDE_END``'s last characters: a digit closing a line, a bracket perhaps after it.
_BESIDE_GATE = re.compile(r"[0-9][)\]]?(?=[ \t]*$)", re.MULTILINE)
#: ``_BESIDE_GATE`` read backwards in the reversed text: a line break, white space, a
#: bracket perhaps, a digit (the white space's span gives where the line's text ends).
#: (led by a look-ahead for its first characters, see ``break_led``)
_REVERSED_GATE = re.compile(break_led(r"([ \t]*)[)\]]?[0-9]"))


def _digit_line_ends(text: str) -> list[int]:
    """``[m.end() for m in _BESIDE_GATE.finditer(text)]``: found from the lines' ends in
    the reversed text, by a pattern led by the line break (which the engine scans for and
    tries at ~250 places a page), not by a digit class tried at every character."""
    size = len(text)
    ends = [size + 1 - m.end(1) for m in _REVERSED_GATE.finditer("\n" + text[::-1])]
    ends.reverse()
    return ends


#: How far before a line's end ``_BESIDE_END`` is looked for (its longest form, a dot
#: leader's last dots and "Sag nr. 123", fits in it).
_END_SPAN = 32
#: The title before it: a capital or a digit first, something other than a field's colon
#: or a sentence's full stop last.
_BESIDE_TITLE = re.compile(r"[A-ZÆØÅ0-9][^\t\n]*[^\s.:;]")
#: A line numbered first already, or a markdown heading: "3. Title (5)", "## Title (2)"
#: (the passes above read the heading's forms).
_NUMBERED_ALREADY = re.compile(r"#|\d{1,3}[.)][ \t]")
#: "Mødedato: 21. juni 2022", "Dato: 03.05.2022": a date field in a print line's parts.
_DATE_FIELD = re.compile(r"dato:\s*\d{1,2}[.\-/ ]", re.IGNORECASE)
#: "KFU 03.04.2024", "Kultur- og Fritidsudvalget 3-4-24": the body and the meeting's date
#: in figures, a print line's part before "– Sag nr. 31".
_DATE_LAST = re.compile(r"\d{1,2}[.\-/]\d{1,2}[.\-/](?:\d{4}|\d{2})$")
#: A title wrapped over two lines: the first one's least length (a short line above is a
#: section's heading, "Åbne punkter", no title's start).
_WRAP_MIN = 30


def _beside_title_numbers(text: str) -> str:
    """``text`` with title lines giving the item's number beside the title
    (``Godkendelse af dagsorden (1)``, ``Meddelelser · Punkt 2``, ``Budget, pkt. 143``,
    ``Meddelelser ..... Sag nr. 201``; ``_BESIDE_END``) written ``1. Title``, where two or
    more such lines, each after a blank line (a dot leader's row also after another one)
    or its title's first line (a title wrapped: ``Orientering om …`` / ``2020/21 (sag
    86)``), number upwards: once, or twice where a contents list's rows come before the
    items' own headings."""
    # (the cheap gate: a digit closing a line, a bracket perhaps after it, found from the
    # lines' ends (``_digit_line_ends``), and on such a line a bracket or the
    # item's word; the end's pattern over the whole text costs ~50 times as much, and is
    # tried on those lines' last characters alone)
    ends: list[int] = []
    for end in _digit_line_ends(text):
        if text[end - 1] in ")]":
            ends.append(end)
            continue
        # (the item's words ``_BESIDE_END`` reads before a number closing a line without a
        # bracket, tested one by one: no generator made for each of ~20 such lines)
        tail = text[max(0, end - _END_SPAN) : end].lower()
        if "pkt" in tail or "punkt" in tail or "nr" in tail or "sag" in tail:
            ends.append(end)
    if len(ends) < _MIN_HEADS:
        return text
    found = [
        m
        for end in ends
        if (m := _BESIDE_END.search(text, max(text.rfind("\n", 0, end) + 1, end - _END_SPAN), end))
        is not None
        and text[m.start() - 1 : m.start()] != "\n"
    ]
    if len(found) < _MIN_HEADS:
        return text
    heads: list[tuple[int, int, str, int]] = []
    last_end = -1
    for m in found:
        start = text.rfind("\n", 0, m.start()) + 1
        title = text[start : m.start()].rstrip()
        if m["dots"] is not None:  # (the dot leader's start may lie before the span looked at)
            title = title.rstrip(" \t.…")
        if not title or title[-1] in ".:;" or _NUMBERED_ALREADY.match(title):
            continue  # (a heading, a contents row numbered first: the number beside is a page)
        if m["sep"] is not None and (
            dated_meeting_line(title) or _DATE_FIELD.search(title) or _DATE_LAST.search(title)
        ):
            # (a portal's print heading an item with the meeting's line; "Regionsrådet |
            # Mødedato: 21. juni 2022 kl. 13:00 | Punkt nr. 1": its date as a field)
            continue
        if m["comma"] is not None and dated_body_line(title):
            continue  # (a body's dated decision heading, "<udvalg>, 10-03-2020, pkt. 18")
        first = start
        if _after_break(text, start, last_end):
            if _BESIDE_TITLE.fullmatch(title) is None:
                continue
        else:
            above = text.rfind("\n", 0, start - 1) + 1
            wrapped = text[above : start - 1].strip()
            if (
                len(wrapped) >= _WRAP_MIN
                and _BESIDE_TITLE.fullmatch(wrapped) is not None
                and _after_break(text, above, last_end)
            ):
                first, title = above, f"{wrapped} {title}"
            elif m["dots"] is None:
                continue  # (a dot leader's row is a contents row wherever it stands)
        number = int(next(n for n in m.groups() if n is not None))
        heads.append((first, m.end(), title, number))
        last_end = m.end() if m["dots"] is not None else -1  # (a contents row's next row)
    if not _numbered_upwards([h[3] for h in heads]):
        return text
    return _numbered_first_at(text, heads)


def _after_break(text: str, start: int, last_end: int) -> bool:
    """Whether the line at ``start`` opens the text, follows a blank line or follows the
    dot leader's row read before it (ending at ``last_end``: a contents list's rows)."""
    return start == 0 or text[start - 2 : start] == "\n\n" or start - 1 == last_end


def _numbered_upwards(numbers: list[int]) -> bool:
    """Whether ``numbers`` (two or more) rise by one or two at a time, once, or twice where
    the second run repeats the first's numbers (a contents list and the items under it)."""
    if len(numbers) < _MIN_HEADS:
        return False
    runs: list[list[int]] = [[numbers[0]]]
    for number in numbers[1:]:
        if number <= runs[-1][-1]:
            runs.append([number])
        elif number - runs[-1][-1] > 2:
            return False
        else:
            runs[-1].append(number)
    return len(runs) == 1 or (
        len(runs) == 2 and len(runs[0]) >= _MIN_HEADS and set(runs[1]) <= set(runs[0])
    )


def trailing_numbers(text: str) -> str:
    """``text`` with headings numbered last (``## Title (pkt. 3)``, ``## Title (3)``,
    ``Title – pkt. 3``, ``■ Title  [pkt. 3]``, ``Title · Punkt 3``) written ``## 3. Title``,
    where two or more headings, each of another number, are so written; else as it was."""
    text = _beside_title_numbers(_right_numbers(_separated_numbers(_spaced_numbers(text))))
    if _GATE.search(text) is None and _SQUARE_GATE.search(text) is None:
        return text  # (the cheap gate, one pass: most texts have neither)
    text = _bare_numbers(text)
    words = ("pkt", "Pkt", "PKT", "punkt", "Punkt", "PUNKT")
    if not holds_after(text, "(", words) and not holds_after(text, "[", words):
        return text  # (most texts name no point in brackets)
    found = list(_TRAILING.finditer(text))
    numbers = [m["num"] or m["sq"] for m in found]
    if len(numbers) == 1 and _in_numbered_run(text, found[0]):
        m = found[0]
        return f"{text[: m.start()]}{_numbered_first(m)}{text[m.end() :]}"
    if len(numbers) < _MIN_HEADS or len(set(numbers)) < len(numbers):
        return text
    return _TRAILING.sub(_numbered_first, text)


def _in_numbered_run(text: str, m: re.Match[str]) -> bool:
    """The one heading numbered last (``Title (pkt. 3)``) stands between the headings
    numbered first right below and above its number (``2. Title`` … ``4. Title``): a
    secretary's slip in one heading of the run, the item in its place."""
    number = int(m["num"] or m["sq"])
    if number < 2:
        return False
    before = re.search(rf"^{number - 1}[.)][ \t]+\S", text[: m.start()], re.MULTILINE)
    return before is not None and (
        re.search(rf"^{number + 1}[.)][ \t]+\S", text[m.end() :], re.MULTILINE) is not None
    )


def _numbered_first(m: re.Match[str]) -> str:
    """A ``_TRAILING`` heading written ``## 3. Title`` (a closed mark after the title)."""
    mark = f" {m['mark']}" if m["mark"] else ""
    return f"{m['hashes'] or ''}{m['num'] or m['sq']}. {m['title']}{mark}"
