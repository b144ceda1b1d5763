"""Minutes written as a slide deck: the slide's own mark off each slide's first line (pure).

A presentation exported to text or PDF, or copied as an outline, starts each slide with
its number (``Dias 3``, ``Slide 3 of 11``), alone on its line or before the slide's title
(``Dias 3 · pkt 1 Godkendelse af dagsorden``, ``## Slide 3 of 11 — 1 · Title``). Read as
it stands, the mark was taken for the item's title (every slide a numbered item) or hid
the item's number behind it. Rewritten, a mark alone is a blank line (the slides' border)
and a mark before a title leaves the title as the heading it is, so the item grammar
reads the number written on the slide. Used only where two or more slides are marked so.

In such a deck the minutes are often typed onto the slides afterwards, in a text box the
export names (``[Tekstfelt] REFERAT: Godkendt.``): the box's tag goes, and its
``Referat:`` label, where a box carries it or two or more slides write it in capitals (one
``Referat: <name>`` in the header is the note taker), is the decision's label it stands
for. A bullet holding the item's case alone (``o Sagsnr. 13.02.00-P00-2-24``, the hollow
bullet exported as a letter ``o``) is the case's field; the letter is the bullet (``•``)
it stands for, so no bulleted line is read as the wrapped rest of a title.
"""

from __future__ import annotations

import re

from analysis.parse import line_start_test

#: "Dias 3", "Slide 3 of 11", "Dias 2 af 9 – Program", "## Slide 4 — 2 · Title": a slide's
#: number (and the deck's count), then nothing or a dash or dot and the slide's title.
_SLIDE_MARK = re.compile(
    r"^(?P<mark>#{1,4}[ \t]+)?(?:dias|slide)[ \t]+\d{1,3}(?:[ \t]+(?:af|of|/)[ \t]+\d{1,3})?"
    r"(?:[ \t]*[·•|:–—-][ \t]*(?P<title>\S[^\n]*)|[ \t]*)$",
    re.MULTILINE | re.IGNORECASE,
)
_has_slide_mark = line_start_test(_SLIDE_MARK)
#: The mark's word as the pattern reads it, in any case and before a space or a tab (a
#: substring test each: "Dias 3", "SLIDE\t3").
_MARK_WORDS = ("ias", "IAS", "lide", "LIDE")
#: Characters of a deck's start that hold its first slides' marks (the title slide, the
#: agenda slide): minutes with no mark there are no deck.
_HEAD = 4000
#: "pkt 1 Title", "pkt. 2 Title": the item's word in small letters on a slide, as the item
#: grammar reads it with a capital.
_SMALL_POINT = re.compile(r"^pkt(\.?[ \t]+\d)")
#: "Dagsorden": the agenda slide's title, the heading of the list of items on it (not the
#: document's title, which says an agenda: the deck's minutes write the decisions on it).
_AGENDA_SLIDE = frozenset({"dagsorden", "agenda"})


#: "[Tekstfelt] ", "[Textbox] ": the tag an export puts before a text box's text.
_BOX_TAG = r"^([ \t]*)\[(?:tekstfelt|tekstboks|textbox|text box)\][ \t]*"
_TEXT_BOX = re.compile(_BOX_TAG, re.M | re.I)
#: "REFERAT: Godkendt.": the minutes' words written onto the slide, in capitals.
_MINUTES_NOTE = re.compile(r"^([ \t]*)REFERAT[ \t]*:(?=[ \t]*\S)", re.M)
#: "[Tekstfelt] Referat: …": the minutes written in a text box.
_BOXED_NOTE = re.compile(_BOX_TAG + r"referat[ \t]*:", re.M | re.I)
#: "o Sagsnr. 13.02.00-P00-2-24", "• J.nr. 24/1": a round bullet holding the case alone
#: (a dash's line stays: the line over it may be a title's rest, the case under the title).
#: "    o Til beslutning": a hollow bullet exported as the letter.
_LETTER_BULLET = re.compile(r"^([ \t]*)o[ \t]+(?=\S)", re.M)
_CASE_BULLET = re.compile(
    r"^([ \t]*)[o•*▪◦][ \t]+(?=(?:sagsnr|sags?nummer|journalnr|j\.[ \t]?nr)\.?[ \t]*:?[ \t]*\S+$)",
    re.M | re.I,
)


def _slide_line(m: re.Match[str]) -> str:
    title = m["title"]
    if not title:
        return ""  # the mark alone: the border between two slides
    if title.lower() in _AGENDA_SLIDE:
        return f"{m['mark'] or ''}{title}:"  # the list's label, as "Dagsorden:" over it
    return (m["mark"] or "") + _SMALL_POINT.sub(r"Pkt\1", title)


#: "3<TAB>1. Godkendelse af dagsorden": a slide's first line in a presentation's outline
#: exported as text, the slide's number in a column of its own, its other lines indented.
_OUTLINE_SLIDE = re.compile(r"^(\d{1,3})\t(?=\S)")
#: Slides an outline must number 1, 2, 3 … before it is read as one.
_MIN_OUTLINE_SLIDES = 3


def outline_numbers_off(text: str) -> str:
    """``text`` with an outline's slide numbers off (see ``_OUTLINE_SLIDE``): each slide's
    number column a blank line (the slides' border) and its lines out of the indent, so the
    item's own number ("1. Godkendelse af dagsorden") heads the slide and a slide's footer
    loses the slide's number at its end. Unchanged unless the text starts with slide 1,
    every line is either the next slide's first line or indented (or blank), and every
    slide but one has an indented line (a numbered table's rows have none)."""
    if text[:2] != "1\t":  # (the cheap gate: an outline starts with its first slide)
        return text
    out: list[str] = []
    slide = 0
    filled: set[int] = set()  # the slides with an indented line (a table's rows have none)
    for line in text.split("\n"):
        m = _OUTLINE_SLIDE.match(line)
        if m:
            if int(m[1]) != slide + 1:
                return text
            slide += 1
            out += ["", line[m.end() :]]
        elif line[:1] == "\t":
            filled.add(slide)
            body = line[1:]
            end = f"\t{slide}"
            out.append(body[: -len(end)] if body.endswith(end) and body[0] != "\t" else body)
        elif line.strip():
            return text
        else:
            out.append(line)
    if slide < _MIN_OUTLINE_SLIDES or len(filled) < slide - 1:
        return text
    return "\n".join(out)


def slide_marks_off(text: str) -> str:
    """``text`` with each slide's mark off its first line (see the module docstring);
    unchanged unless two or more lines start with a slide's mark."""
    head = text[:_HEAD]
    if not any(w in head for w in _MARK_WORDS) or not _has_slide_mark(text):
        # (the cheap gates: the word in the text's head, where a deck marks its first
        # slides, then the pattern at the lines' starts)
        return text
    found = _SLIDE_MARK.findall(text)
    if len(found) < 2:
        return text
    text = _SLIDE_MARK.sub(_slide_line, text)
    if "[" in text:
        text = _TEXT_BOX.sub(r"\1", _BOXED_NOTE.sub(r"\1Beslutning:", text))
    if len(_MINUTES_NOTE.findall(text)) >= 2:
        text = _MINUTES_NOTE.sub(r"\1Beslutning:", text)
    if len(_LETTER_BULLET.findall(text)) >= 2:
        text = _LETTER_BULLET.sub("\\1• ", text)
    return _CASE_BULLET.sub(r"\1", text)
