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
``Godkendelse af dagsorden<TAB>Punkt nr. 1``), read so where point 1 is among them.
"""

from __future__ import annotations

import re

from analysis.parse import holds_after

#: "### ★ Title (pkt. 3)": a markdown heading, a mark perhaps, the title, the point's number;
#: or the same line without the hashes after a blank line (a heading, not a prose reference).
_TRAILING = re.compile(
    r"^(?:(?P<hashes>#{1,6}[ \t]+)|(?<![^\n]\n))(?:[★☆✱*•■▪►][ \t]*)?(?P<title>[^\s(][^\n]*?)[ \t]*"
    # ("■ Title  [pkt. 3]": a Word template's square mark and the number in square brackets)
    r"(?:\((?:pkt|punkt)\.?[ \t]*(?P<num>\d{1,3})\)|\[(?:pkt|punkt)\.?[ \t]*(?P<sq>\d{1,3})\])"
    r"[ \t]*$",
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


def _separated_numbers(text: str) -> str:
    """``text`` with headings ending in an en dash or a tab and the point's number
    (``Title – pkt. 3``, ``Title<TAB>Punkt nr. 3``) written ``3. Title``, where two or more
    such headings, each of another number and one of them number 1, are so written."""
    if _DASH_GATE.search(text) is None and _TAB_GATE.search(text) is None:
        return text
    found = [m["num"] for m in _SEPARATED.finditer(text)]
    if len(found) < _MIN_HEADS or len(set(found)) < len(found) or "1" not in found:
        return text
    return _SEPARATED.sub(lambda m: f"{m['hashes'] or ''}{m['num']}. {m['title']}", text)


def _bare_numbers(text: str) -> str:
    """``text`` with markdown headings ending in a bare bracketed number written
    ``## 1. Title``, where two or more such headings number 1, 2, 3, … in order."""
    if "(1)" not in text:  # (as ``_BARE`` reads "Title(1)" and "Title<TAB>(1)")
        return text  # (the first such heading is number 1)
    numbers = [int(m["num"]) for m in _BARE.finditer(text)]
    if len(numbers) < _MIN_HEADS or numbers != list(range(1, len(numbers) + 1)):
        return text
    return _BARE.sub(lambda m: f"{m['hashes']}{m['num']}. {m['title']}", text)


def trailing_numbers(text: str) -> str:
    """``text`` with headings numbered last (``## Title (pkt. 3)``, ``## Title (3)``,
    ``Title – pkt. 3``, ``■ Title  [pkt. 3]``) written ``## 3. Title``, where two or more
    headings, each of another number, are so written; else as it was."""
    text = _separated_numbers(text)
    if _GATE.search(text) is None and _SQUARE_GATE.search(text) is None:
        return text  # (the cheap gate, one pass: most texts have neither)
    text = _bare_numbers(text)
    words = ("pkt", "Pkt", "PKT", "punkt", "Punkt", "PUNKT")
    if not holds_after(text, "(", words) and not holds_after(text, "[", words):
        return text  # (most texts name no point in brackets)
    numbers = [m["num"] or m["sq"] for m in _TRAILING.finditer(text)]
    if len(numbers) < _MIN_HEADS or len(set(numbers)) < len(numbers):
        return text
    return _TRAILING.sub(lambda m: f"{m['hashes'] or ''}{m['num'] or m['sq']}. {m['title']}", text)
