"""Group headings over a run of items ("Sager til beslutning", "Lukkede sager", pure).

Many councils sort their agenda into groups: the contents list and the text both carry
lines such as "Sager til beslutning", "Sager til orientering", "Lukkede sager" or
"Supplerende dagsorden" above the items of each group. They are neither items nor text
of the item above, and inside a contents list they must not end the list.
"""

from __future__ import annotations

import re

from analysis.parse import BODY_WORDS, Line, heading_key, match_case_number

#: A group heading, alone on its line (any case, a trailing colon allowed), maybe lettered
#: ("A. Sager til afgørelse i byrådet", also after a dash: "A – Sager til beslutning") or
#: numbered in Roman numerals ("II. Sager til drøftelse", "III. Orienteringssager").
_GROUP = re.compile(
    # ("Del A – Beslutningspunkter", "Del 2: Sager til orientering": a part of the agenda)
    r"^(?:(?:[A-H]|(?-i:I{1,3}|IV|VI{0,3}))(?:[.)]|\s+[–—-])\s+"
    r"|del\s+(?:[A-H]|[1-9])\s*[–—:.-]\s*)?"
    r"(?:(?:sager|punkter|emner|dagsordenspunkter)\s+til\s+(?:beslutning|orientering|"
    r"drøftelse|godkendelse|efterretning|behandling|udtalelse|høring|afgørelse)"
    # ("Sager til beslutning og drøftelse": a group of two kinds of point)
    r"(?:\s+og\s+(?:beslutning|orientering|drøftelse|godkendelse|efterretning))?"
    r"(?:\s+i\s+[a-zæøå]+)?"
    # ("Sager til beslutning uden debat": a council's consent part, decided at once, and
    # "… med debat", the part debated)
    r"(?:\s+(?:uden|med)\s+debat)?"
    # ("Indledende punkter": the group of the meeting's opening points, the agenda approved)
    r"|indledende\s+(?:sager|punkter|dagsordenspunkter)"
    # ("Beslutnings- og drøftelsespunkter": two kinds of point, the first word cut short)
    r"|(?:(?:beslutnings|orienterings|drøftelses)-\s+og\s+)?"
    r"(?:beslutnings|orienterings|drøftelses)(?:sager|punkter)"
    r"|(?:lukkede|åbne|offentlige|ikke[\s-]offentlige)\s+(?:sager|punkter|dagsordenspunkter)"
    # ("Åbne sager til beslutning", "Lukkede sager til orientering": the part named by
    # both whether it is open and what its points are for)
    r"(?:\s+til\s+(?:beslutning|orientering|drøftelse|godkendelse|efterretning|behandling))?"
    r"|(?:lukket|åbent?)\s+(?:møde|dagsorden|del)"
    r"|supplerende\s+(?:dagsorden|sager|punkter)|tillægsdagsorden|ekstra\s+punkter"
    # ("DAG 2", "Dag 2 – fredag den 15. marts": a seminar's day, its items maybe numbered
    # from 1 again)
    r"|dag\s+[1-9](?:\s*[–—:-]\s*(?:man|tirs|ons|tors|fre|lør|søn)dag\b[^\n]{0,30})?)\s*:?$",
    re.IGNORECASE,
)
#: A joint meeting's agenda in parts, each numbered from 1 again: "Fælles punkter", then
#: "Socialudvalgets punkter (kun SU)", "Sager for Beskæftigelsesudvalget", "Punkter kun
#: for <body>" (a note in brackets after it: whose the part's points are, "(kun BU)",
#: "(alle tre udvalg)").
_JOINT_PART = re.compile(
    r"^(?:fælles\s+(?:sager|punkter|dagsordenspunkter)"
    rf"|(?:[a-zæøå][a-zæøå -]{{0,40}}?)?(?:{BODY_WORDS})s\s+(?:sager|punkter|dagsordenspunkter)"
    rf"|(?:sager|punkter)\s+(?:kun\s+)?for\s+(?:[a-zæøå][a-zæøå -]{{0,40}}?)?(?:{BODY_WORDS}))"
    r"(?:\s*\([^()]{1,30}\))?\s*:?$",
    re.IGNORECASE,
)  # (each form holds "sager" or "punkter", the cheap test in :func:`is_group_heading`)
#: "TIL ORIENTERING", "Til beslutning": the group's purpose alone, a group heading only
#: where it stands apart (capitals, a heading, or blank lines around it); right under an
#: item's title it is that item's purpose.
_BARE_GROUP = re.compile(
    r"^til\s+(?:beslutning|orientering|drøftelse|godkendelse|efterretning|behandling)\s*:?$",
    re.IGNORECASE,
)
#: "=====" / "-----": the underline of a heading in plain text.
_RULE = re.compile(r"^[=\-_~*]{3,}$")


def is_group_heading(text: str) -> bool:
    """A line heading a group of items (its text, cleaned)."""
    if len(text) > 60:
        return False
    text = text.strip()
    return _GROUP.match(text) is not None or (
        ("ager" in text or "unkter" in text or "AGER" in text or "UNKTER" in text)
        and _JOINT_PART.match(text) is not None
    )


#: "Punkt 7a: Title": an inserted item's entry in a contents list (see ``is_contents_gap``).
_INSERTED_ENTRY = re.compile(r"^Punkt\s+\d{1,3}[a-h]\s*[:.]\s*\S", re.IGNORECASE)


def is_contents_gap(text: str) -> bool:
    """A line that may stand between two ``Punkt N: title`` entries of a contents list
    without ending it: a group heading ("Lukket dagsorden", "Tillægsdagsorden") or an
    inserted item's entry ("Punkt 7a: Title", listed under its own group)."""
    return is_group_heading(text) or _INSERTED_ENTRY.match(text) is not None


#: "Punkt 4", "Pkt. 4", "4": an item's number alone on its line, its title on the next.
_NUMBER_ALONE = re.compile(r"^(?:(?:pkt|punkt|dagsordenspunkt)\.?\s*)?\d{1,4}[.:]?$", re.I)


def _under_number(lines: list[Line], pos: int) -> bool:
    """The nearest line above ``pos`` with text is an item's number alone."""
    for k in range(pos - 1, max(pos - 4, -1), -1):
        if not lines[k].blank:
            return _NUMBER_ALONE.match(lines[k].clean.strip()) is not None
    return False


def _bare_group(lines: list[Line], pos: int) -> bool:
    """``lines[pos]`` is a bare group heading standing apart (see ``_BARE_GROUP``)."""
    text = lines[pos].clean.strip()
    if _BARE_GROUP.match(text) is None:
        return False
    above = next((k for k in range(pos - 1, max(pos - 4, -1), -1) if not lines[k].blank), None)
    if above is not None and (key := heading_key(lines[above])) and key[0] == "beslutning":
        return False  # "Beslutning" over "Til efterretning": the outcome, no group's purpose
    if text.isupper() or lines[pos].heading_level:
        return True
    return (pos == 0 or lines[pos - 1].blank) and (pos + 1 >= len(lines) or lines[pos + 1].blank)


#: "- ", "• ": a bullet before a group's line in a contents list nested by groups ("- A.
#: Sager til afgørelse i byrådet" over "  - 1. Title").
_BULLET = re.compile(r"^[-•*]\s+(?=[A-H][.)]\s)")
#: The next non-blank line opens a numbered item ("1. Title", "Punkt 8: Title", "- 8. Title").
_ITEM_NEXT = re.compile(r"^(?:[-•*]\s+)?(?:(?:pkt|punkt)\.?\s*)?\d{1,3}[a-h]?[.:)]?\s+\S", re.I)


def _lettered_on(lines: list[Line], pos: int, text: str, last: str | None) -> bool:
    """``text`` ("D. Eventuelt") letters on from the lettered group heading ``last`` above
    it ("C. Sager til orientering") and stands over a numbered item: the next group, named
    by what it holds rather than by the group words."""
    if last is None or text[:1] != chr(ord(last) + 1) or not _LETTERED_LINE.match(text):
        return False
    nxt = next((k for k in range(pos + 1, min(pos + 4, len(lines))) if not lines[k].blank), None)
    return nxt is not None and _ITEM_NEXT.match(lines[nxt].clean.strip()) is not None


def group_headings(lines: list[Line]) -> set[int]:
    """Indexes of group-heading lines and of the rule underlining each."""
    out: set[int] = set()
    last_letter: str | None = None  # the letter of the last lettered group heading
    for pos, line in enumerate(lines):
        if line.blank:
            continue
        if line.clean[:3].lower() == "til" and _bare_group(lines, pos):
            out.add(line.index)
            continue
        if _LETTERED_LINE.match(line.clean) and _over_own_group(lines, pos):
            out.add(line.index)
            continue
        text = line.clean
        if text[:1] in "-•*" and _BULLET.match(text):
            text = _BULLET.sub("", text)  # "- A. Sager til …": a nested contents list's group
        if "A" <= text[:1] <= "H" and _lettered_on(lines, pos, text, last_letter):
            out.add(line.index)
            last_letter = text[0]
            continue
        if not is_group_heading(text):
            continue
        if "A" <= text[:1] <= "H" and text[1:2] in ".)":
            last_letter = text[0]
        if _under_number(lines, pos):
            continue  # "Punkt 4" / "Orienteringssager": the group's word titles that item
        out.add(line.index)
        if (note := _group_note(lines, pos)) is not None:
            # "(udsendt 12. januar 2026)" under "SUPPLERENDE DAGSORDEN": the group's note
            out.add(lines[note].index)
        nxt = pos + 1
        if nxt < len(lines) and _RULE.match(lines[nxt].clean):
            out.add(lines[nxt].index)
    return out


#: "(udsendt 12. januar 2026)", "(kun for udvalgets medlemmer)": a note in brackets alone on
#: the line under a group heading, of that group (when its points went out, who may read
#: them), neither an item nor text of the point above.
_GROUP_NOTE = re.compile(r"^\([^()]{3,60}\)$")


def _group_note(lines: list[Line], pos: int) -> int | None:
    """Position of the note in brackets right under the group heading at ``pos`` (a blank
    line between them at most), else None."""
    for k in range(pos + 1, min(pos + 3, len(lines))):
        if lines[k].blank:
            continue
        text = lines[k].clean.strip()
        return k if _GROUP_NOTE.match(text) else None
    return None


#: "B. Orientering og opfølgning": a lettered line, maybe a lettered group's heading.
_LETTERED_LINE = re.compile(r"^(?P<letter>[A-H])[.)]\s+[A-ZÆØÅ][^\t]{1,60}$")
#: "B1 Title", "B.1 Title": the first item of group B.
_GROUP_FIRST = re.compile(r"^(?P<letter>[A-H])\.?1[.)]?\s+\S")


def _over_own_group(lines: list[Line], pos: int) -> bool:
    """``lines[pos]`` ("B. Orientering") stands right over its group's first item ("B1
    Title" / "B.1 Title"): the heading of a group of items numbered within it."""
    nxt = next((k for k in range(pos + 1, min(pos + 4, len(lines))) if not lines[k].blank), None)
    first = _GROUP_FIRST.match(lines[nxt].clean) if nxt is not None else None
    return first is not None and first.group("letter") == lines[pos].clean[0]


#: "2 Orientering", "3. Beslutningspunkter": a numbered group's heading line; also written
#: as the points are, "Pkt. 3.0 Økonomi" (a zero decimal) or "Pkt. 3 Økonomi".
_NUMBERED_GROUP = re.compile(
    r"^(?:(?i:pkt|punkt)\.?\s*)?(?P<num>[1-9]\d?)(?:\.0)?\.?\s+(?P<title>[A-ZÆØÅ][^.:\t]{1,60})$"
)


def group_title(line: Line) -> str | None:
    """The title of a numbered group's heading line ("Pkt. 2 Arbejdsmiljø" -> "Arbejdsmiljø",
    see :func:`numbered_group_lines`), else None."""
    m = _NUMBERED_GROUP.match(line.clean.strip())
    return m.group("title") if m else None


def numbered_group_lines(lines: list[Line], heads: list[int]) -> set[int]:
    """Indexes of numbered groups' headings: "2 Orientering" right over the group's first
    point ("2.1 Title", "Pkt. 2.1 Title") at one of the item heading positions ``heads``,
    or beside such points over a group's one item ("4 Afslutning" / "Pkt. 4 Eventuelt").
    Neither an item nor text of the item above (its decision would run on into it)."""
    out: set[int] = set()
    points = [_POINT_ONE.match(lines[pos].clean.strip()) for pos in heads]
    if not any(points):
        return out
    for pos, m in zip(heads, points, strict=True):
        # beside such points, "Pkt. 4 Eventuelt" is a group of one item under "4 Afslutning"
        m = m or _PKT_WHOLE.match(lines[pos].clean.strip())
        if m is None:
            continue
        above = next((k for k in range(pos - 1, -1, -1) if not lines[k].blank), None)
        lead: list[int] = []
        while (
            above is not None
            and len(lead) < 2
            and (lead or lines[above].clean.rstrip().endswith(":"))
            and not _NUMBERED_GROUP.match(lines[above].clean.strip())
            and not match_case_number(lines[above].clean)
        ):
            # ("3 Meddelelser" / "Udvalget orienteres om disse sager:" / "3.1 Title": the
            # group's lead-in to its points, of the group too (see headings._led_in_group))
            lead.append(above)
            above = next((k for k in range(above - 1, -1, -1) if not lines[k].blank), None)
        group = _NUMBERED_GROUP.match(lines[above].clean.strip()) if above is not None else None
        if group and group.group("num") == m.group("num") and (not lead or above not in heads):
            out.add(lines[above].index)
            out.update(lines[k].index for k in lead)
    return out


#: "2.1 Title", "Pkt. 2.1 Title", "### 2.1 Title" (cleaned): a group's first point.
_POINT_ONE = re.compile(r"^(?:(?:pkt|punkt)\.?\s*)?(?P<num>[1-9]\d?)\.1\.?\s+\S", re.I)
#: "Pkt. 4 Eventuelt": a whole-numbered point (a group of one item beside "Pkt. 2.1").
_PKT_WHOLE = re.compile(r"^(?:pkt|punkt)\.?\s*(?P<num>[1-9]\d?)\.?\s+[^\d\s]", re.I)
