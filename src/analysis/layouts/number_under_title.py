"""Items whose number is written under their headline, not before it (pure).

A news post summing up a meeting for citizens ("Nyt fra byrådet", "Kort nyt fra
byrådsmødet") gives each item a headline of its own and writes the agenda's number on the
line under it, with the case number (``Punkt 4 | Sagsnr. 21/4410``, ``Pkt. 6 · Sag
21/11207``, ``Punkt 12`` alone), or in a reference line closing the item's text (``Se
punkt 4 i dagsordenen (sagsnr. 16/021944)``, ``Læs punkt 7 på dagsordenen, sag 24/113``).
Read as they stand, the number line became a heading whose title is the case, or the
headlines were read unnumbered and the page's own headline taken for an item. Rewritten,
the headline is the numbered heading it means (``4. Title``) and the case stands on the
line under it (``Sagsnr. 21/4410``), which the item grammar reads as every other item.
Used only where two or more headlines are numbered so.
"""

from __future__ import annotations

import re

from analysis.parse import line_start_test

#: "Punkt 4 | Sagsnr. 21/4410", "Pkt. 6 · Sag 21/11207", "Punkt 12": the item's number
#: (and its case) on the line under the headline.
_NUMBER_LINE = re.compile(
    r"^(?:punkt|pkt\.?|dagsordenspunkt)\s*(?P<num>\d{1,3})"
    r"(?:\s*[|·•,–—-]\s*(?P<case>(?:sagsnr\.?|sags?nummer|sag|j\.\s?nr\.?)\s*:?\s*\S+))?\s*$",
    re.IGNORECASE,
)
#: "Se punkt 4 i dagsordenen (sagsnr. 16/021944)", "Læs punkt 7 på dagsordenen, sag
#: 24/113": a reference to the agenda's item closing the item's text.
_REFERENCE_LINE = re.compile(
    r"^(?:se|læs)\s+(?:hele\s+sagen\s+(?:under|i)\s+)?(?:punkt|pkt\.?)\s*(?P<num>\d{1,3})\s+"
    r"(?:i|på)\s+dagsordenen\s*[(,:–—-]?\s*"
    r"(?P<case>(?:sagsnr\.?|sags?nummer|sag|j\.\s?nr\.?)\s*:?\s*[^\s()]+)?\)?\s*\.?$",
    re.IGNORECASE,
)
#: A headline: a capitalised line without a full stop at its end, a markdown heading's
#: marks allowed before it.
_HEADLINE = re.compile(r"^(?P<mark>#{1,4}\s+)?(?P<title>[A-ZÆØÅ0-9\"«][^\n]{1,150}[^.\s:])$")
#: "Oqaluuserisassaq 1": one word and a number, a heading's label (not a headline).
_LABEL_AND_NUMBER = re.compile(r"^\w+\.?\s+\d{1,3}$")
#: A line (stripped, as the readers below take it) that may be a number line or a reference
#: line: their starts, looked for at the lines' starts of the whole text at once.
_may_number_under = line_start_test(
    re.compile(
        r"^\s*(?:punkt|pkt\.?|dagsordenspunkt)\s*\d{1,3}(?:\s*[|·•,–—-]|\s*$)",
        re.IGNORECASE | re.MULTILINE,
    )
)
_may_refer = line_start_test(
    re.compile(
        r"^\s*(?:se|læs)\s+(?:hele\s+sagen\s+(?:under|i)\s+)?(?:punkt|pkt\.?)\s*\d",
        re.IGNORECASE | re.MULTILINE,
    )
)
#: Rows needed for the text to be such a post.
_MIN_ITEMS = 2


def numbers_under_titles(text: str) -> str:
    """``text`` with each headline whose number is written under it (or in a reference line
    closing its text) as the numbered heading and the case line it means; as it was where
    fewer than two headlines are numbered so."""
    if not _may_number_under(text) and not _may_refer(text):
        return text  # (the cheap gate: no line can be a number line or a reference line)
    low = text[:20000].lower()
    if "punkt" not in low and "pkt" not in low:
        return text
    lines = text.split("\n")
    under = _under(lines)
    if len(under) >= _MIN_ITEMS:
        for k, (num, case) in under.items():
            m = _HEADLINE.match(lines[k].strip())
            assert m is not None
            lines[k] = f"{m.group('mark') or ''}{num}. {m.group('title')}"
            lines[k + 1] = case or ""
        return "\n".join(lines)
    referred = _referred(lines)
    if len(referred) < _MIN_ITEMS:
        return text
    for k, (num, case, ref) in referred.items():
        m = _HEADLINE.match(lines[k].strip())
        assert m is not None
        lines[k] = f"{m.group('mark') or ''}{num}. {m.group('title')}"
        lines[ref] = ""
        if case:
            if not lines[k + 1].strip():
                lines[k + 1] = case  # the blank line under the heading holds the case
            else:
                lines[k] = f"{lines[k]}\n{case}"
    return "\n".join(lines)


def _case(value: str | None) -> str | None:
    """ "Sagsnr. 21/4410" as the case line the item grammar reads ("Sag 24/1" written with
    the label's usual word)."""
    if not value:
        return None
    number = re.split(r"[\s:]+", value.strip(), maxsplit=1)[-1].strip()
    return f"Sagsnr. {number}"


def _under(lines: list[str]) -> dict[int, tuple[str, str | None]]:
    """The headlines with their number (and case) on the line right under them."""
    out: dict[int, tuple[str, str | None]] = {}
    for k in range(len(lines) - 1):
        below = lines[k + 1].strip()
        if below[:1] not in "PpDd" or not _NUMBER_LINE.match(below):
            continue
        line = lines[k].strip()
        if not _HEADLINE.match(line) or (k and lines[k - 1].strip()):
            continue  # a headline has a blank line (or the text's start) above it
        m = _NUMBER_LINE.match(below)
        assert m is not None
        if _LABEL_AND_NUMBER.match(line) and line.split()[-1].lstrip("0") == m.group("num"):
            # "Oqaluuserisassaq 1" over "Dagsordenspunkt 1": the label in a second language
            # with the same number (a bilingual heading), not a headline
            continue
        out[k] = (m.group("num"), _case(m.group("case")))
    return out


def _referred(lines: list[str]) -> dict[int, tuple[str, str | None, int]]:
    """The headlines whose text closes with a reference to the agenda's item: the
    headline's position, the number, the case and the reference line's position."""
    out: dict[int, tuple[str, str | None, int]] = {}
    heading: int | None = None
    for k, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if line[:1] in "SsLl" and _REFERENCE_LINE.match(line):
            m = _REFERENCE_LINE.match(line)
            assert m is not None
            if heading is not None and heading not in out:
                out[heading] = (m.group("num"), _case(m.group("case")), k)
            heading = None
            continue
        if line[:1] == "#" and _HEADLINE.match(line):
            heading = k
    return out
