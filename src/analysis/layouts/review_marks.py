"""Word's review marks printed with the minutes (pure).

Minutes saved or printed from Word with "Vis markering" on carry the review pane's
balloons as lines of their own: ``Formateret: Skrifttype: 11 pkt``, ``Slettet: 2016``,
``Indsat: 2015``, ``Kommenteret [MK1]: Titlen er ændret …``, and each comment's anchor in
the text (``… høringssvar[MK1]``, ``Referent: Anja Brøndum [AB1]``), the comments perhaps listed
at the end under ``Kommentarer`` (``[AB1] Anja Brøndum: …``). None of it is the minutes:
a deleted word stood in the draft, an inserted one stands in the text already, a comment
is the editors' talk. Read as they stand, a balloon became an item's title or its
decision's first line, and an anchor the end of a title.

:func:`review_marks_off` drops the balloons, the comment list and the anchors of the
comments it names (an anchor with no comment may be a reference: kept).
:func:`corrected_labels` reads a label marked as corrected after the meeting
(``Beslutning (rettet):Frigivet med …``) as the label itself.
"""

from __future__ import annotations

import re

from analysis.parse import break_led

#: A balloon's line: the change's kind, a colon, what was changed ("Slettet: meldt afbud",
#: "Formateret: Venstre, Afstand Efter: 6 pkt", "Kommenteret [BN1]: Skal …").
_BALLOON = re.compile(
    r"^[ \t]*(?:Formateret|Slettet|Indsat|Flyttet\s+(?:til|fra)"
    r"|Kommenteret\s+\[(?P<label>[^\]\n]{1,12})\])"
    r"[ \t]*:(?:[ \t].*)?$",
    re.MULTILINE,
)
#: "[AB1] Anja Brøndum: Referatet er …": a comment in the list closing the document.
_LISTED_COMMENT = re.compile(
    r"^[ \t]*\[(?P<label>[A-ZÆØÅ]{1,4}\d{1,3})\][ \t]+(?-i:[A-ZÆØÅ])[^:\n]{1,60}:[ \t].*$",
    re.MULTILINE,
)
#: "Kommentarer" (a heading's marks allowed): the list's heading.
_COMMENTS_HEAD = re.compile(r"^(?:#{1,4}\s+)?Kommentarer\s*:?\s*$")


#: A line that may open a balloon or the comment list: one scan for the line breaks, the
#: rest tried at the lines' starts only, indented as ``_BALLOON`` allows (most minutes have
#: none; a balloon on the text's first line is not looked for). Every kind ``_BALLOON``
#: reads is here: a draft whose only balloons are insertions or moves is cleaned too.
#: (A look-ahead for the first characters after the break, see ``break_led``.)
_MAY_HOLD = re.compile(
    break_led(r"[ \t]*(?:[FSK](?:ormateret|lettet|ommenteret|ommentarer)\b|Indsat\b|Flyttet\b)")
)


def _marked(text: str) -> bool:
    """Two or more balloons, or one that only Word's review pane writes (a formatting
    change, a comment): a lone "Slettet: …" may be a register's own word."""
    for found, m in enumerate(_BALLOON.finditer(text), 1):
        if m.group("label") or m.group(0).lstrip().startswith("Formateret"):
            return True
        if found >= 2:
            return True
    return False


def review_marks_off(text: str) -> str:
    """The text without Word's review balloons, its closing comment list and the anchors
    of the comments named (see the module docstring)."""
    if _MAY_HOLD.search(text) is None:
        return text  # (the cheap gate)
    labels: set[str] = set()
    balloons = _marked(text)
    if balloons:
        labels.update(m.group("label") for m in _BALLOON.finditer(text) if m.group("label"))
    listed = list(_LISTED_COMMENT.finditer(text)) if "\n[" in text else []
    if len(listed) >= 2 or (listed and labels):
        labels.update(m.group("label") for m in listed)
    else:
        listed = []
    if not labels and not balloons:
        return text
    lines = text.split("\n")
    kept: list[str] = []
    for line in lines:
        if balloons and _BALLOON.match(line):
            continue
        if listed and _LISTED_COMMENT.match(line):
            continue
        kept.append(line)
    if listed:
        # the list's heading, nothing but blank lines under it now
        while kept and not kept[-1].strip():
            kept.pop()
        if kept and _COMMENTS_HEAD.match(kept[-1].strip()):
            kept.pop()
    out = "\n".join(kept)
    if labels:
        anchors = "|".join(re.escape(label) for label in sorted(labels))
        out = re.sub(rf"[ \t]?\[(?:{anchors})\]", "", out)
    return out


#: The bracket that marks a label as corrected (the cheap gate: one scan, led by "(").
_CORRECTED_MARK = re.compile(r"\((?:rettet|korrigeret|ændret|berigtiget|præciseret|revideret)\b")
#: "Beslutning (rettet):", "Beslutning (præciseret 14.06.2022):": a label marked as
#: corrected after the meeting (an erratum's reissued minutes), its text after it.
_CORRECTED_LABEL = re.compile(
    r"^(?P<label>(?:#{1,4}[ \t]+)?(?:Beslutning|Indstilling|Konklusion|Afgørelse)\b[^\n:()]{0,60}?)"
    r"[ \t]*\((?:rettet|korrigeret|ændret|berigtiget|præciseret|revideret)\b[^()\n]{0,30}\)"
    # (a web page's heading "### Beslutning (rettet 09.11.2016)": no colon, the line's end)
    r"(?P<end>[ \t]*:[ \t]*|[ \t]*$)",
    re.MULTILINE,
)


def corrected_labels(text: str) -> str:
    """The text with each label or heading marked as corrected (``Beslutning
    (rettet):``) written as the plain label (``Beslutning: …``): the corrected text is
    the minutes' own."""
    if _CORRECTED_MARK.search(text) is None:
        return text  # (the cheap gate)
    return _CORRECTED_LABEL.sub(
        lambda m: m.group("label") + (": " if ":" in m.group("end") else ""), text
    )
