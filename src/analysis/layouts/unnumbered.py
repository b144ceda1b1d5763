"""Items without numbers: an internal forum's notes (pure).

Leadership forums' own notes often number nothing: a Teams or OneNote page lists the
agenda's titles under "Agenda" and repeats each title as the line opening its notes; a
Word or markdown document makes each item a heading of its own with "Aftalt:" under it;
plain text (a committee's minutes typed without numbers) writes each title as a line of
its own, between rules, with a section label ("Konklusion:") under it.
Tried only where no numbered heading and no contents list was found: the items are
numbered 1, 2, 3 … in the order they stand.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from analysis import dates
from analysis.case_labels import CASE_ID_LABEL, CASE_LABEL, CASE_NUMBER_LABEL
from analysis.field_value import FIELD_VALUE
from analysis.layouts.headings import (
    _INLINE_CASE,
    _TOC_HEAD,
    Contents,
    Head,
    TocEntry,
    _lower_case_title,
    _norm,
    plausible_title,
)
from analysis.layouts.inline_case import ADDRESS_END, bracketed_case
from analysis.layouts.outcome import (
    ARROW_OUTCOME,
    ARROW_STARTS,
    framed_agenda,
    opening_title,
    opens_with_outcome,
    outcome_line,
    standing_title,
)
from analysis.layouts.text import _BULLET
from analysis.parse import (
    _CASE_TEXT,
    _DECISION_KEYS,
    REFERAT_LABEL,
    TIME_BOX,
    Line,
    _title_line,
    decision_heading,
    heading_key,
    match_case_number,
)
from analysis.vocab import BULLET_MARKS, SECTION_HEADINGS

#: "Agenda", "Dagsorden", "Punkter": the head of a list of unnumbered titles ("Indhold": a
#: web page's contents list of its items' titles, no numbers, no pages).
_LIST_HEAD = re.compile(
    r"^(?:agenda|dagsorden|dagsordenspunkter|punkter|emner|indhold|indholdsfortegnelse)\s*:?$",
    re.I,
)
#: Headings of a notes page above its items, no items themselves: who took part, and the
#: notes section of a Teams or OneNote page ("Mødenoter", "Noter", "Meeting notes").
NOTES_HEAD = re.compile(
    r"^(?:deltagere|afbud|fraværende|mødenoter|noter|notater|meeting\s+notes|notes|"
    # "## Referat af punkterne" between the agenda table and the items' notes
    r"referat\s+af\s+(?:dagsordens)?punkterne)\s*:?$",
    re.I,
)
#: Lists after the items that are no items: follow-up tasks, actions, the next meeting
#: (not "Næste møde og eventuelt": the standing last item, the next meeting's date in it).
_FOLLOW_UP_HEAD = re.compile(
    r"^(?:to[\s-]?do|opfølgning\w*|handlinger|handlingsliste|aktionsliste|aktioner|"
    r"opgaver|næste\s+møde\b(?!\s*(?:og|&|\+|/)\s*(?:eventuelt|evt)\b).*)\s*:?$",
    re.I,
)


#: "Opfølgning fra sidst", "Opfølgning på sidste møde": the tasks of the last meeting, a
#: notes page's checklist above its items.
_LAST_TASKS_HEAD = re.compile(r"^opfølgning\s+(?:fra|på)\s+sidst(?:e\s+møde)?\s*:?$", re.I)
#: A checklist's line: "- [x] …", "[ ] …", "☑ …" (a task, ticked or not).
_TASK_LINE = re.compile(r"^(?:[-*•]\s+)?(?:\[[ xX]\]|[☐☑☒⬜✅])\s*\S")


def _last_tasks(lines: list[Line], p: int, end: int) -> bool:
    """Whether the heading at ``p`` is "Opfølgning fra sidst" over nothing but a checklist
    up to ``end``: the last meeting's tasks ticked off, no item (an item so titled has its
    notes or its decision under it)."""
    if _LAST_TASKS_HEAD.match(lines[p].clean.strip()) is None:
        return False
    under = [lines[q].clean.strip() for q in range(p + 1, end) if not lines[q].blank]
    return bool(under) and all(_TASK_LINE.match(text) for text in under)


def _not_item(text: str) -> bool:
    """A heading that is no item: a follow-up list's, or a notes page's own."""
    return bool(_FOLLOW_UP_HEAD.match(text) or NOTES_HEAD.match(text))


def _title(text: str, styled: bool = False) -> str | None:
    """A line that can be an unnumbered item's title: short, no sentence, no field. A
    ``styled`` heading may be written in small letters ("## godkendelse af dagsorden", a
    careless note's bold titles: ``read.text.bold_titles_as_headings``), its first word
    none a sentence or a point opens with (``headings._lower_case_title``)."""
    text = text.strip()
    if styled and text[-1:] == ":" and ":" not in text[:-1]:
        # "## Godkendelse af dagsorden:": a heading closed by a colon, as some secretaries
        # end every item's title (never a known section label, "## Beslutning:")
        bare = text[:-1].rstrip()
        if bare.lower() in SECTION_HEADINGS or _title(bare, styled) is None:
            return None
        return text
    if (
        not text
        or len(text) > 120
        # ("Evt." is one; so is "…, Farimagsvej 12, 1. th.": an address's abbreviation)
        or (
            text.endswith((".", ":", ","))
            and not standing_title(text)
            and not ADDRESS_END.search(text)
        )
        or _BULLET.match(text)
        or _not_item(text)
        or not (
            plausible_title(text)
            or (styled and _lower_case_title(text) and plausible_title(text.capitalize()))
        )
    ):
        return None
    return text


def _unbulleted(text: str) -> str:
    """A listed title without its bullet ("- Title" under "Dagsorden" in a chat's post)."""
    text = text.strip()
    return _BULLET.sub("", text, count=1) if text[:1] in BULLET_MARKS else text


def _listed_title(text: str) -> str | None:
    """An agenda list's entry: a title, or "Næste møde", a standing item where the agenda
    lists it (a follow-up list's heading only below the items)."""
    if text[:1] in "Nn" and text.lower().rstrip(" :") == "næste møde":
        return text
    return _title(text)


#: A table's head row naming the titles' column first ("Emne<TAB>Tid<TAB>Ejer"), perhaps
#: after an empty cell (a column of check boxes or numbers lost in the copy).
_TITLE_COLUMN_ROW = re.compile(r"^\t?(?:emne|titel|punkt|dagsordenspunkt)\t", re.I)


def _first_cell(text: str) -> str:
    """A table row's first filled cell (the row itself where it has no tab)."""
    if "\t" not in text:
        return text
    return next((c.strip() for c in text.split("\t") if c.strip()), "")


def listed_items(lines: list[Line], skip: set[int]) -> tuple[list[Head], Contents] | None:
    """Headings repeating, in order, the titles listed under "Agenda" (a Teams or OneNote
    page; plain or bulleted, "- Title"): at least two of them, else None."""
    for pos, line in enumerate(lines):
        if line.index in skip or not _LIST_HEAD.match(line.clean):
            continue
        entries: list[TocEntry] = []
        k = pos + 1
        while k < len(lines) and lines[k].blank:
            k += 1
        # ("Dagsorden" / "<TAB>Emne<TAB>Tid<TAB>Ejer" / "<TAB>Title<TAB>20 min<TAB>Anne": a
        # meeting app's agenda table copied as text, the title in its first filled cell)
        tabled = k < len(lines) and _TITLE_COLUMN_ROW.match(lines[k].clean) is not None
        k += tabled
        while k < len(lines) and not lines[k].blank:
            text = _unbulleted(_first_cell(lines[k].clean) if tabled else lines[k].clean)
            if not _listed_title(text):
                break
            if entries and _norm(text) == _norm(entries[0].title):
                # ("Dagsorden:" / titles / "Godkendelse af dagsorden" / "Dagsordenen blev
                # godkendt.": a Word text saved without blank lines runs the list into the
                # first item's heading, which repeats the list's first title)
                break
            entries.append(TocEntry(text, None, lines[k].index, len(entries) + 1))
            k += 1
        if len(entries) < 2:
            continue
        heads: list[Head] = []
        at = k
        for entry in entries:
            want = _norm(entry.title)
            found = next((p for p in range(at, len(lines)) if _norm(lines[p].clean) == want), None)
            if found is not None:
                heads.append(Head(found, entry.number or 0, entry.title, evidence=2))
                at = found + 1
        if len(heads) < len(entries):
            heads, entries = _taken_in_other_order(lines, k, entries, heads)
        if len(heads) >= 2:
            positions = set(range(pos, k))
            return heads, Contents(entries, positions, k)
    return None


#: The entries a bulleted list with no head over it needs to be read as the items' list.
_MIN_HEADLESS = 3


def headless_listed_items(lines: list[Line], skip: set[int]) -> tuple[list[Head], Contents] | None:
    """A bulleted list with no head over it ("- Godkendelse af dagsorden", "- …") whose
    every entry recurs, in order, as a styled heading of its own below it (a web page's
    items and their sections all set as ``<h2>``, the page's list of the items' titles
    first): those headings are the items, the list their contents list. At least three
    entries, each a title; else None."""
    k = 0
    while k < len(lines):
        line = lines[k]
        if (
            line.index in skip
            or line.clean[:1] not in BULLET_MARKS
            or not _BULLET.match(line.clean)
        ):
            k += 1
            continue
        start = k
        above = next((p for p in range(k - 1, -1, -1) if not lines[p].blank), None)
        if above is not None and (
            above == k - 1
            or _LIST_HEAD.match(lines[above].clean)
            or _BULLET.match(lines[above].clean)
        ):
            # a list's own paragraph only, after a blank line: a headed list is
            # ``listed_items``'s, a line above it may be one of its own entries
            k += 1
            continue
        entries: list[TocEntry] = []
        while k < len(lines) and not lines[k].blank and lines[k].clean[:1] in BULLET_MARKS:
            title = _listed_title(_unbulleted(lines[k].clean))
            if title is None:
                break
            entries.append(TocEntry(title, None, lines[k].index, len(entries) + 1))
            k += 1
        if len(entries) < _MIN_HEADLESS or (k < len(lines) and not lines[k].blank):
            k = max(k, start + 1)
            continue
        heads: list[Head] = []
        at = k
        for entry in entries:
            want = _norm(entry.title)
            found = next(
                (
                    p
                    for p in range(at, len(lines))
                    if lines[p].heading_level and _norm(lines[p].clean) == want
                ),
                None,
            )
            if found is None:
                break
            heads.append(Head(found, entry.number or 0, entry.title, evidence=2))
            at = found + 1
        if len(heads) == len(entries):
            return heads, Contents(entries, set(range(start, k)), k)
    return None


def _taken_in_other_order(
    lines: list[Line], k: int, entries: list[TocEntry], heads: list[Head]
) -> tuple[list[Head], list[TocEntry]]:
    """The listed titles repeated as headings in another order than the list's (the
    meeting took an item earlier): more of them found anywhere below the list (``k``) than
    in order. The heads numbered in the text's order, the entries given their head's
    number, an entry without a heading none (an item of its own after them: the text
    stops before it, see ``base._with_contents``). Else ``heads`` and ``entries`` as they
    were."""
    wanted = {_norm(e.title): e for e in entries}
    found: dict[str, int] = {}
    for p in range(k, len(lines)):
        key = _norm(lines[p].clean) if not lines[p].blank else ""
        if key in wanted and key not in found:
            found[key] = p
    if len(found) <= len(heads):
        return heads, entries
    order = sorted(found.items(), key=lambda kv: kv[1])
    number = {key: n for n, (key, _) in enumerate(order, 1)}
    return (
        [Head(p, number[key], wanted[key].title, evidence=2) for key, p in order],
        [replace(e, number=number.get(_norm(e.title))) for e in entries],
    )


def heading_items(lines: list[Line], skip: set[int]) -> list[Head]:
    """Styled headings below the header's date line, each an item, where at least two of
    them hold a decision label ("Aftalt:", "Beslutning:") before the next heading; a
    follow-up list's heading ("To do", "Opfølgning") ends the items, and the header's own
    headings above them ("Deltagere", "Meeting notes") are none."""
    dated = dated_line(lines, skip)
    if dated is None:
        dated = _yearless_line(lines)
    if dated is None:
        return []
    dated = _repeated_meeting_line(lines, skip, dated)
    styled = [
        p
        for p in range(dated + 1, len(lines))
        if lines[p].heading_level and lines[p].index not in skip
    ]
    while styled and _title_line(lines[styled[0]].clean):
        # a Word document's page header, read on top, dates it: the body's first heading
        # naming the document ("## Referat – Ældrerådet", "## Byrådet – Referat") is its
        # title over the meeting's lines, no item
        styled = styled[1:]
    if not styled:
        return _plain_items(lines, dated, skip)
    titles = _below_shallower_heads(lines, _without_repeated_sections(lines, styled))
    found = (
        _heads_over(lines, titles)
        or _heads_over(lines, titles, _outcome_paragraph)
        # (the outcome after a note taker's arrow, ">> Vedtaget.": titles underlined by rules)
        or _heads_over(lines, titles, arrow_or_label)
        or _heads_over(lines, titles, _time_box, opening=_LIST_HEAD)  # under "## Dagsorden"
        or _framed_heads(lines, titles)
    )
    if (
        not found
        and all(_label_heading(lines[p]) for p in styled)
        # (numbered minutes whose numbers were not read are no minutes without numbers)
        and not any(_NUMBER_OPENS.match(ln.clean) for ln in lines[dated + 1 :])
    ):
        # an agenda system's PDF export sets each item's section labels in bold ("##
        # Resumé", "## Afgørelse:") and its plain titles in body type: the labels are the
        # titles' sections, no items, and the titles are read as plain lines; a label
        # is an item's once, so there are as many items as the label most repeated
        plain = _plain_items(lines, dated, skip)
        repeats = Counter(_norm(lines[p].clean) for p in styled).most_common(1)[0][1]
        return plain if len(plain) >= repeats else found
    return _without_theme_numbers(found)


#: "Tema 2 – ": a seminar's summary numbering its themes, the word, the number and a dash
#: (or a colon) before the theme's title.
_THEME_NUMBER = re.compile(r"^tema\s+(?P<num>\d{1,2})\s*[-–—:.]\s+(?=\S)", re.IGNORECASE)


def _without_theme_numbers(heads: list[Head]) -> list[Head]:
    """``heads`` with "Tema 1 – " taken off each title, where every heading so opens and the
    numbers run 1, 2, 3 … (a seminar's summary: "## Tema 1 – Velfærd i forandring" over the
    talk, the points and the conclusion, the themes its items): the theme's word and number
    are the item's number, no part of its title. Unchanged otherwise."""
    if len(heads) < 2 or not all(h.title[:4].lower() == "tema" for h in heads):
        return heads  # (the cheap test)
    found = [_THEME_NUMBER.match(h.title) for h in heads]
    if any(m is None for m in found):
        return heads
    if [int(m["num"]) for m in found if m] != list(range(1, len(heads) + 1)):
        return heads
    return [replace(h, title=h.title[m.end() :]) for h, m in zip(heads, found, strict=True) if m]


def _plain_items(lines: list[Line], dated: int, skip: set[int]) -> list[Head]:
    """The items of plain titles below the header's date line (``heading_items`` where no
    styled heading is an item's)."""
    # a OneNote page pasted as text: each title a plain line after a blank line with
    # the note taker's bullets right under it; else titles over a known label
    bulleted = [p for p in range(dated + 1, len(lines)) if _plain_title(lines, p, skip)]
    if len(bulleted) >= 2:
        # among them an item with nothing noted but its outcome, the decision label
        # right under its title ("Godkendelse af referat" / "Referat: Godkendt.")
        bare = [p for p in range(dated + 1, len(lines)) if _plain_title(lines, p, skip, True)]
        bulleted = sorted({*bulleted, *bare})
    return (
        _heads_over(lines, bulleted)
        or _plain_heads(lines, dated, skip)
        or _outcome_paragraphs(lines, dated, skip)
    )


#: A line opening with an item's number ("Punkt 3 09.50-10.30", "42 Sag nr.: …", "2. …").
_NUMBER_OPENS = re.compile(r"^(?:(?:punkt|pkt\.?)\s*)?\d{1,3}\.?\s+\S", re.IGNORECASE)


def _label_heading(line: Line) -> bool:
    """The styled line is an item's section label alone ("Resumé", "Afgørelse:",
    "Beslutning"): a known section heading, no title."""
    text = line.clean.strip()
    return len(text) <= 40 and heading_key(Line(line.index, text, 0)) is not None


def _below_shallower_heads(lines: list[Line], styled: list[int]) -> list[int]:
    """``styled`` without the shallower headings above the items, where every heading
    holding a decision label is of one level and two or more do: a note's page title
    (``# Chefgruppen TM – 3. sept.``) and its agenda's head (``## Dagsorden`` over a
    checklist) above the ``###`` items are the page's, not items. Else ``styled``."""
    levels = {lines[p].heading_level for p in styled}
    if len(levels) < 2:
        return styled
    decided: list[int] = []
    for k, p in enumerate(styled):
        end = styled[k + 1] if k + 1 < len(styled) else len(lines)
        if any(_decision_label(lines[q]) for q in range(p + 1, end) if not lines[q].blank):
            decided.append(lines[p].heading_level)
    if len(decided) < 2 or len(set(decided)) != 1:
        return styled
    level = decided[0]
    first = next(
        k
        for k, p in enumerate(styled)
        if lines[p].heading_level == level
        # ("## Opfølgning fra sidst" over its checklist, above "# Dagsorden": not the first
        # item, so the shallower heading under it is the page's too)
        and not _last_tasks(lines, p, styled[k + 1] if k + 1 < len(styled) else len(lines))
    )
    if any(lines[p].heading_level > level for p in styled[:first]):
        return styled
    return styled[first:]


def _framed_heads(lines: list[Line], styled: list[int]) -> list[Head]:
    """The items an agenda's styled headings open where none holds a decision: every
    heading an item's title, the first the agenda's opening item and the last its standing
    one ("## Godkendelse af dagsorden" … "## Eventuelt", ``outcome.framed_agenda``); else
    []."""
    texts = [lines[p].clean.strip() for p in styled]
    if not framed_agenda(texts) or any(_title(t, True) is None for t in texts):
        return []
    return [
        Head(p, n, text, evidence=1, styled=True)
        for n, (p, text) in enumerate(zip(styled, texts, strict=True), 1)
    ]


def _time_box(line: Line) -> bool:
    """An agenda point's time box under its title (``parse.TIME_BOX``: "30 min · @Mikkel
    Broe"): evidence of an item as a decision label is, in an agenda printed before the
    meeting."""
    first = line.clean[:1]
    return (first.isdigit() or first == "(") and TIME_BOX.match(line.clean) is not None


def _outcome_paragraph(line: Line) -> bool:
    """A paragraph of its own stating the outcome in a volunteer's words ("Vi blev enige
    om at …", "Drøftet – …", "Punktet blev udsat til marts.", "Intet."): under styled
    headings (a parents' board's Word note, its bold titles), evidence as a label is."""
    return outcome_line(line.clean)


#: "Torsdag d. 23. januar kl. 19-21 …": a meeting's line without a year (``yearless``).
_YEARLESS_LINE = re.compile(
    r"^(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\b\.?,?\s+)?(?:den\s+|d\.\s*)?\d{1,2}"
    r"(?:[./]\s*\d{1,2}\.?|\.?\s+[a-zæøå]{3,9}\.?),?\s+(?:kl\.?|klokken)\s*\d",
    re.I,
)


def _yearless_line(lines: list[Line]) -> int | None:
    """Position of a meeting's line without a year among the first lines, else None: it
    ends the header as a dated line does."""
    seen = 0
    for p, ln in enumerate(lines):
        if ln.blank:
            continue
        seen += 1
        if seen > 14:
            return None
        if "kl" in ln.clean.lower() and _YEARLESS_LINE.match(ln.clean):
            return p
    return None


def _without_repeated_sections(lines: list[Line], styled: list[int]) -> list[int]:
    """``styled`` without the section headings each item repeats: a web page's cards or
    panels whose titles and whose "Sagsfremstilling" / "Beslutning" inside them are all
    headings. A known section heading met twice or more is a section of every item, never
    an item's title (one met once may title an item: "Økonomi")."""
    # (a decision's heading naming a long forum and the date, "Kommunalbestyrelsens
    # beslutning den 14. marts 2024", is longer than the other sections' names)
    keys = {p: heading_key(lines[p]) for p in styled if _section_length(lines[p].clean)}
    seen = Counter(k[0] for k in keys.values() if k is not None)
    repeated = {key for key, n in seen.items() if n >= 2}
    if not repeated:
        return styled
    # (on such a page the sections presenting a case or deciding it are no item's title even
    # met once: the "## Sagsfremstilling" of the one item that has any text)
    sections = repeated | _CASE_TEXT | _DECISION_KEYS
    return [p for p in styled if keys.get(p) is None or keys[p][0] not in sections]


def _section_length(text: str) -> bool:
    """Short enough for a section's heading: 40 characters, or 70 for a dated decision's
    ("… beslutning den 14. marts 2024", "Beslutning Klima- og Miljøudvalget 01-10-2024": a
    council's page shows each committee's decision on the way under its own dated head)."""
    if len(text) <= 40:
        return True
    return len(text) <= 70 and (
        "eslutning den " in text or ("eslutning " in text and text[-1].isdigit())
    )


def _heads_over(
    lines: list[Line],
    styled: list[int],
    holds: Callable[[Line], bool] | None = None,
    opening: re.Pattern[str] | None = None,
) -> list[Head]:
    """The items opened at `styled` (positions of title lines), where at least two of them
    hold a decision label (or a line ``holds`` accepts); a follow-up list's heading ends
    them; a heading ``opening`` matches before the first is the header's."""
    holds = holds or _decision_label
    heads: list[Head] = []
    decided = 0
    for k, p in enumerate(styled):
        text = lines[p].clean.strip()
        end = styled[k + 1] if k + 1 < len(styled) else len(lines)
        if not heads and (
            NOTES_HEAD.match(text)
            or (opening and opening.match(text))
            or _last_tasks(lines, p, end)
        ):
            # "## Deltagere", "## Meeting notes" above the items: the header's; so is the
            # last meeting's checklist
            continue
        standing = bool(heads) and _decided_next_meeting(lines, text, p, end, holds)
        if _not_item(text) and not standing:
            break
        if not standing and _title(text, lines[p].heading_level > 0) is None:
            return []
        if any(holds(lines[q]) for q in range(p + 1, end) if not lines[q].blank):
            decided += 1
        heads.append(Head(p, len(heads) + 1, text, evidence=1, styled=True))
    return _without_codes(heads) if len(heads) >= 2 and decided >= 2 else []


def _decided_next_meeting(
    lines: list[Line], text: str, p: int, end: int, holds: Callable[[Line], bool]
) -> bool:
    """ "Næste møde" styled as the items' titles are, its outcome under the same label
    ("Konklusion: Mandag den 9. november kl. 9.00."): a staff's standing last item, no
    list after the items."""
    return (
        text[:1] in "Nn"
        and text.lower().startswith("næste møde")
        and any(holds(lines[q]) for q in range(p + 1, end) if not lines[q].blank)
    )


#: "S1 · Title", "M2 – Title": a session's or module's code opening a seminar's heading,
#: set apart by a middle dot, a dash or a colon; also the word written out ("Session 1:
#: Title", "Modul 2 – Title").
_CODED = re.compile(
    r"^([A-ZÆØÅ]{1,2}|(?i:session|modul|blok|workshop)\s)(\d{1,2})\s*[·•:–—-]\s+(\S.*)$"
)


def _without_codes(heads: list[Head]) -> list[Head]:
    """``heads`` with the code each title opens with taken off, where every title opens
    with the same letters numbered 1, 2, 3 … in order (a seminar's sessions "S1 · …",
    "S2 · …", or "Session 1: …"): the code is the item's number, not its title."""
    found = [_CODED.match(h.title) for h in heads]
    # ("### Hvad tager vi med?" after the sessions: a closing heading of no session's,
    # its title as it stands; the sessions before it two or more)
    coded = len(found) - next((k for k, m in enumerate(reversed(found)) if m), len(found))
    if coded < 2 or not all(found[:coded]):
        return heads
    letters = {m.group(1) for m in found if m}
    numbers = [int(m.group(2)) for m in found if m]
    if len(letters) != 1 or numbers != list(range(1, coded + 1)):
        return heads
    return [
        replace(h, title=m.group(3).strip()) if m else h for h, m in zip(heads, found, strict=True)
    ]


def _plain_title(lines: list[Line], p: int, skip: set[int], bare: bool = False) -> bool:
    """An unstyled line standing as a title: after a blank line, bullets right under it
    (``bare``: its decision label right under it instead); a labelled case line ("Sag:
    25/3311") may stand between the title and its bullets."""
    line = lines[p]
    if not (
        line.index not in skip
        and not line.blank
        and p > 0
        and lines[p - 1].blank
        and p + 1 < len(lines)
        and not _BULLET.match(line.clean)
        and ":" not in line.clean
    ):
        return False
    under = p + 1
    if (
        not bare
        and under + 1 < len(lines)
        and ":" in lines[under].clean
        and not lines[under].clean[:1].isdigit()
        and match_case_number(lines[under].clean)
    ):
        under += 1  # the case line under the title, the notes' bullets under it
    if bare:
        return _decision_label(lines[under])
    text = lines[under].clean
    return bool(_BULLET.match(text) or (text[-1:] == ":" and _RECAP_LABEL.match(text)))


#: "Copilot-opsummering (Teams-møde 29/8):", "Opsummering:", "Noter:": the label of a
#: meeting tool's recap or the note taker's notes pasted right under an item's title, over
#: its text (a OneNote page's item, as the bullets under a title are).
_RECAP_LABEL = re.compile(
    r"^(?:[\w-]*opsummering|resumé|sammenfatning|noter|notater)\b[^:\n]{0,60}:$", re.I
)


def dated_line(lines: list[Line], skip: frozenset[int] | set[int] = frozenset()) -> int | None:
    """Position of the first line holding a date (the header's), else None; lines in
    ``skip`` (a mail's envelope: "Sendt: 28. november 2013 16:40" dates the mail, and
    the minutes' title heading under it is no item) are passed over."""
    return next(
        (
            p
            for p, ln in enumerate(lines)
            if not ln.blank and ln.index not in skip and _dated(ln.clean)
        ),
        None,
    )


def _repeated_meeting_line(lines: list[Line], skip: set[int], dated: int) -> int:
    """Position of the first dated line in ``skip`` above ``dated`` that stands again word
    for word further down, else ``dated``: a portal that prints each item on its own page
    repeats the meeting's line ("<forum> · onsdag den 26. marts 2025 kl. 17.00 · <place>")
    on every page, so it is read as furniture, yet its first copy ends the header (not a
    decision heading's date further down, which would lose the first item)."""
    for p in range(dated):
        ln = lines[p]
        if ln.blank or ln.index not in skip or not _dated(ln.clean):
            continue
        if any(other.clean == ln.clean for other in lines[p + 1 :]):
            return p
    return dated


def _dated(text: str) -> bool:
    """The line holds a date, or a field's value names the day by its week or with a short
    year ("Dato: Uge 10, 2025 – tirsdag", "Dato: 4/3/25")."""
    return dates.find_date(text) is not None or (
        ":" in text and dates.field_date(text.split(":", 1)[1]) is not None
    )


def _decision_label(line: Line) -> bool:
    """The line opens a decision ("Aftalt: …", "Beslutning:", or "Beslutning" or "Referat"
    alone: a Word template's or web page's bold label on its own line)."""
    text = line.clean
    if text[:1] == ">":  # "> Referat: …": the decision set off as a markdown quote
        text = text[1:].lstrip()
        line = Line(line.index, text, line.heading_level)
    if text in REFERAT_LABEL:
        # a web page's bold "Referat" over each item's outcome, the bold lost (the item
        # body's grammar reads it so: ``parse``)
        return True
    if ":" not in text:
        if text.startswith("Beslutning ") and (dated := decision_heading(text)) and dated[1]:
            # "Beslutning Økonomiudvalget den 02-02-2021" alone on its line (a web page's
            # heading over the outcome, no colon): this meeting's or an earlier body's
            # decision until the header's forum and date are known, a decision label either way
            return True
        found = heading_key(line) if len(text) <= 40 else None
        return found is not None and found[0] == "beslutning"
    label = Line(line.index, text.split(":", 1)[0] + ":", 0)
    found = heading_key(label)
    # "Beslutning i Socialudvalget den 03-03-2025:" reads as an earlier body's until the
    # header's forum and date are known: a decision heading either way
    return found is not None and found[0] in ("beslutning", "tidligere_beslutning")


#: "Høring", "Orientering", "Temadrøftelse": the kind of matter a title may open with before
#: a colon ("Høring: Serviceniveau for hjælpemidler"); no header's or item's field is so
#: labelled.
_MATTER_KIND = re.compile(
    # ("Puljeansøgning: …", "Borgerhenvendelse: …": an application or a letter named by its
    # kind in one compound word)
    r"^(?:høring|orientering|drøftelse|temadrøftelse|tema|[a-zæøå]*ansøgning|[a-zæøå]*henvendelse|"
    r"godkendelse|evaluering|udtalelse|høringssvar|meddelelse|meddelelser)$",
    re.I,
)


def matter_kind_title(text: str) -> bool:
    """ "Høring: Serviceniveau for hjælpemidler 2022": a title opened by its kind of matter
    and a colon, a capital after it (shaped as a field, but no field is so labelled)."""
    head, colon, rest = text.partition(":")
    rest = rest.strip()
    return bool(
        colon and rest[:1].isupper() and len(rest.split()) >= 2 and _MATTER_KIND.match(head.strip())
    )


#: "Sag: 2022-001540", "Sagsnr.: 24/118": a labelled case line under a title (its number
#: checked apart).
CASE_LINE = re.compile(rf"^{CASE_LABEL}\s*:\s*\S", re.I)


#: "Elevrådets punkt", "FORMANDENS PUNKT": whose point it is, before the colon and the title
#: (a member's or a council's own point on the agenda, no field's label).
OWNERS_POINT = re.compile(r"^[A-ZÆØÅ][\wæøå-]+s\s+punkt$", re.IGNORECASE)


def _field_shaped_title(lines: list[Line], text: str, under: list[int]) -> bool:
    """A title written as "Word: Title" ("Høring: Serviceniveau for praktisk hjælp", the
    kind of matter before the colon, a capital after it): a title, not a field, only with
    the item's case line under it and a section or decision label under that, or, where
    the word names a kind of matter (:data:`_MATTER_KIND`: "Høring", "Orientering",
    "Ansøgning" …, never a field's label), with the case line under it (also a labelled
    case in brackets alone: "(sag 25/7710)") and any text under that; or the whole line
    in capitals, two words or more after the colon ("HØRING: NATURPLAN FOR ÅDALEN", a
    chair's notes' title; a field's value is not shouted)."""
    head, _, rest = text.partition(":")
    if " " in head.strip() and not OWNERS_POINT.match(head.strip()):
        return False
    if (
        under
        and matter_kind_title(text)
        # ("(sag 25/7710)": the labelled case in brackets alone on the line under it)
        and (
            CASE_LINE.match(lines[under[0]].clean) is not None
            or _bracketed_case_line(lines[under[0]])
            # ("Sagsnr. 20/18826": the label, no colon, the number right after it)
            or _CASE_FIELD.match(lines[under[0]].clean) is not None
        )
        and match_case_number(lines[under[0]].clean) is not None
    ):
        return True
    if (
        under
        and matter_kind_title(text)
        and rest.strip()[:1].isupper()
        and _BULLET.match(lines[under[0]].clean)
        and _closes_with_label(lines, under[0] - 1)
    ):
        # "Høring: Revideret handicappolitik" over its notes as bullets (a recap's) and the
        # paragraph closing with its outcome's label ("Konklusion: …"): the item's title
        # ("Tema: Title" over plain lines is a run of labelled titles, read without the word)
        return True
    if rest[-1:] == ")" and (cased := bracketed_case(rest)) is not None:
        rest = cased[0]  # ("… ÅDALEN  (sag 25/20417)": the case closing the title)
    if len(rest.split()) >= 2 and rest.upper() == rest and head.isupper() and ":" not in rest:
        return True
    return (
        rest.strip()[:1].isupper()
        and len(under) == 2
        and _CASE_FIELD.match(lines[under[0]].clean) is not None
        and (heading_key(lines[under[1]]) is not None or _decision_label(lines[under[1]]))
    )


def _capitals_over_label(lines: list[Line], p: int) -> bool:
    """A title in capitals (a chair's plain-text notes; a case in brackets may close it)
    over its paragraph with a decision label's line in it, which the paragraph may go on
    under (the reply's numbered points, who sends it): "HØRING: …  (sag 25/20417)" /
    notes / "Afgørelse: Rådet giver følgende bemærkninger:" / "1) …"."""
    text = lines[p].clean.strip()
    if text[-1:] == ")" and (cased := bracketed_case(text)) is not None:
        text = cased[0]
    if text.upper() != text or sum(map(str.isalpha, text)) < 3:
        return False
    for k in range(p + 1, min(p + 12, len(lines))):
        if lines[k].blank:
            if k == p + 1 and lines[p].heading_level:
                continue  # (a PDF's bold title: the reader sets a blank line under it)
            return False
        if _decision_label(lines[k]):
            return True
    return False


#: Section words that may title a club's or a board's item as its subject ("ØKONOMI",
#: "HØRING", "TIDSPLAN"): no decision, proposal or case text's own section.
_SUBJECT_SECTIONS = frozenset(
    {"oekonomi", "hoering", "kommunikation", "tidsplan", "bevilling", "historik"}
)


def _subject_in_capitals(lines: list[Line], p: int, text: str) -> bool:
    """A known section's word in capitals alone on its line ("ØKONOMI", no colon) over a
    paragraph closing with its decision label: an item's title naming its subject, where
    the other titles are in capitals too (``_plain_heads`` checks that)."""
    if ":" in text or not text.isupper():
        return False
    key = heading_key(Line(0, text, 0))
    return key is not None and key[0] in _SUBJECT_SECTIONS and _capitals_over_label(lines, p)


#: "Meddelelser fra formanden", "Orientering ved administrationen": the standing point for
#: the news of whoever brings it (the chair, the officers, the members), often with nothing
#: under it on an agenda.
_NEWS_TITLE = re.compile(
    r"^(?:meddelelser|orientering(?:er)?)\s+(?:fra|ved)\s+(?:(?:næst|udvalgs)?formand(?:en|skabet)|"
    r"forvaltningen|administrationen|direktøren|direktionen|sekretariatet|borgmesteren|"
    r"medlemmerne|rådets\s+medlemmer)\s*\.?$",
    re.IGNORECASE,
)


def news_title(text: str) -> bool:
    """Whether a title is the standing point for someone's news (``_NEWS_TITLE``)."""
    return len(text) <= 50 and _NEWS_TITLE.match(text.strip()) is not None


#: "(Lukket punkt)", "[Åbent punkt]", "(Lukket sag)": an item's open or closed mark alone in
#: brackets on the line under its unnumbered title.
_BRACKETED_MARK = re.compile(
    r"^(?:\(\s?(?:åben|åbent|lukket)(?:\s+(?:punkt|sag))?\s?\)"
    r"|\[\s?(?:åben|åbent|lukket)(?:\s+(?:punkt|sag))?\s?\])$",
    re.IGNORECASE,
)


def _plain_heads(lines: list[Line], dated: int, skip: set[int]) -> list[Head]:
    """Plain text whose items number nothing: each item's title a line of its own after a
    blank line (or a rule, blanked), with a known section label ("Sagen i korte træk:",
    "Konklusion:", "Beslutning") as the next line, where at least two items hold a decision label. A
    journal number closing the title ("Title  [J.nr. 20.00.00-Ø40-2-25]") is the case."""
    opens: list[int] = []
    subjects: list[int] = []  # "ØKONOMI": a section's word in capitals titling an item
    for p in range(dated + 1, len(lines)):
        line = lines[p]
        if line.blank or line.index in skip or not lines[p - 1].blank:
            continue
        text = line.clean.strip()
        under = [k for k in range(p + 1, min(p + 8, len(lines))) if not lines[k].blank][:2]
        if FIELD_VALUE.match(text) and not _field_shaped_title(lines, text, under):
            continue
        if _BRACKETED_MARK.match(text):
            continue  # "(Lukket punkt)" under the title: the item's mark, no title
        if _title(text) is None or (text[:1] in "SsJj" and _case_field(text)):
            # (nor is an item's case field a title: "Sagsnr. 22/118" a paragraph of its own
            # under its title, where every line of the text is one, a Word file's text)
            continue
        if heading_key(line) is not None:
            if _subject_in_capitals(lines, p, text):
                subjects.append(p)
            continue
        if text[:1] in "PpSsIiDdOoNn" and _TOC_HEAD.match(text):
            continue  # "Punkter på dagsordenen" over the items: the list's head, no item
        if (
            opens
            and (standing_title(text) or news_title(text))
            and lines[p + 1 : p + 2]
            and (lines[p + 1].blank or _reminders_under(lines, p))
        ):
            # "Eventuelt" alone on its line after the items (its reminders under it, no
            # case, no label): the standing item closing the run
            opens.append(p)
            continue
        if (
            (opening_title(text) or (opens and standing_title(text)))
            and under
            and under[0] == p + 1
            and (opens_with_outcome(lines[p + 1].clean) or _arrow_outcome(lines[p + 1].clean))
        ):
            # "Velkommen og godkendelse af dagsorden" / "Dagsordenen blev godkendt.",
            # "Eventuelt" / "Ingen bemærkninger.": a standing item's outcome right under
            # its title, no label (nothing to present, no case)
            opens.append(p)
            continue
        q = under[0] if under else None
        if q is not None and len(under) == 2 and _BRACKETED_MARK.match(lines[q].clean.strip()):
            # "Title" / "(Lukket punkt)" / "Beslutning": the closed item's mark between its
            # title and its first label (a portal's item, its text left out)
            q = under[1]
        elif q is not None and len(under) == 2 and _case_field(lines[q].clean):
            # "Sagsnr.: 27.20.00-G01-4-25" (or "Sagsnr.: Lukket sag") between the title and
            # its first section label: an RTF/ODT export's case field
            q = under[1]
        if q is not None and (heading_key(lines[q]) is not None or _decision_label(lines[q])):
            # a known label under it ("Konklusion:", or alone: "Beslutning"), or the
            # outcome on its label's line ("Opsummering: Taget til efterretning.")
            opens.append(p)
        elif under and (
            _case_field(lines[under[0]].clean)
            or _bracketed_case_line(lines[under[0]])
            or _SLOT_LINE.match(lines[under[0]].clean)
            or _closes_with_label(lines, p)
            or _lone_title_over_label(lines, p)
            or _capitals_over_label(lines, p)
        ):
            # "Title" / "Sagsnr.: 20/18422" / text …, or "Title" / text / "Opsummering: …":
            # a Word note's paragraph per item, the outcome's label closing it
            opens.append(p)
    if subjects and len(opens) >= 2 and all(lines[p].clean.isupper() for p in opens):
        # every other title in capitals too: the run's titles, one of them a subject's word
        opens = sorted(opens + subjects)
    titled: list[tuple[int, str, str | None]] = []
    for p in opens:
        title = lines[p].clean.strip()
        inline = _INLINE_CASE.search(title)
        case = match_case_number(inline.group(0).strip().strip("()[]")) if inline else None
        if case:
            title = title[: inline.start()].strip()
        titled.append((p, title, case))
    return decided_heads(lines, titled, arrow_or_label) or _framed_plain_heads(lines, titled)


def _framed_plain_heads(
    lines: list[Line], opens: Sequence[tuple[int, str, str | None]]
) -> list[Head]:
    """The items of a plain-text agenda whose titles number nothing and where no item holds
    a decision (published before the meeting): the titles ``_plain_heads`` opened, each
    over its case field or a section label ("Sagsnr.: …" / "Resumé") or a standing item,
    framed by the items every agenda opens and closes with ("Godkendelse af dagsorden" …
    "Eventuelt", ``outcome.framed_agenda``), as an agenda's styled headings are
    (``_framed_heads``); else []."""
    if not framed_agenda([title for _, title, _ in opens]):
        return []
    if any(
        arrow_or_label(ln) or outcome_line(ln.clean) or opens_with_outcome(ln.clean)
        for ln in lines[opens[0][0] :]
        if not ln.blank
    ):
        # (minutes: a decision somewhere, too few for ``decided_heads``, or outcomes stated
        # without a label, ``_outcome_paragraphs``)
        return []
    return [
        Head(p, k + 1, title, case_number=case, evidence=1)
        for k, (p, title, case) in enumerate(opens)
    ]


def arrow_or_label(line: Line) -> bool:
    """A decision label's line, or the outcome after a note taker's arrow ("→ Godkendt.",
    "-> Taget til efterretning", markdown's italics gone): plain titles or bullets whose
    outcomes stand after arrows, no label written."""
    return _arrow_outcome(line.clean) or _decision_label(line)


def _arrow_outcome(text: str) -> bool:
    """The line states an outcome after a note taker's arrow ("→ Intet.", "=> Godkendt.")."""
    return text[:1] in ARROW_STARTS and ARROW_OUTCOME.match(text) is not None


#: "a) fra formanden: …", "b. …": a lettered list's entry opening a line (no sentence
#: wrapped onto it, though it opens in lower case).
_LETTERED_ENTRY = re.compile(r"^[a-zæøå][.)]\s")


def _lone_title_over_label(lines: list[Line], p: int) -> bool:
    """``p`` is a line alone between blank lines, and the next line that could be such a
    title comes after a decision label alone on its line ("Referat", "Beslutning"): a web
    page's unnumbered headings copied as text ("Title" / blank / text paragraphs / blank /
    "Referat" / the outcome). The paragraphs between are sentences, bullets or fields
    ("Sagsid: 24/23456" alone under the title)."""
    if p + 1 >= len(lines) or not lines[p + 1].blank or _decision_label(lines[p]):
        return False
    nxt = next((line.clean for line in lines[p + 2 : p + 4] if not line.blank), "")
    if nxt[:1].islower() and not _LETTERED_ENTRY.match(nxt):
        return False  # (a sentence going on in the next paragraph: no title over it)
    for k in range(p + 2, min(p + 60, len(lines))):
        line = lines[k]
        if line.blank:
            continue
        text = line.clean.strip()
        if len(text) <= 40 and text.rstrip(":") == text.split(":", 1)[0] and _decision_label(line):
            return True  # the label alone, its outcome under it
        if (
            lines[k - 1].blank
            and (k + 1 >= len(lines) or lines[k + 1].blank)
            and heading_key(line) is None
            and not FIELD_VALUE.match(text)
            and _title(text) is not None
        ):
            return False  # another one-line paragraph that could title an item comes first
    return False


def _outcome_paragraphs(lines: list[Line], dated: int, skip: set[int]) -> list[Head]:
    """A decisions-only protocol whose items number nothing and carry no label: each item a
    paragraph of its own, its title, its case field or not ("Sagsnr. 20-1234"), then the
    outcome as it stands ("Godkendt.", "Udvalget bevilgede …"), or a note's bullets closed
    by it ("- …" / "Til efterretning."). Three or more such paragraphs, and at least two
    thirds of all paragraphs opened by a title line holding an outcome so (a note's text
    paragraphs, an outcome under some of them, are no such protocol), and no other
    titled paragraph between them (an action list's item told without an outcome is an
    item all the same: dropping it would lose it), else []."""
    opens: list[int] = []
    others: list[int] = []  # titled paragraphs that are no item of the family
    decided = titled = 0
    for p in range(dated + 1, len(lines)):
        line = lines[p]
        if line.blank or line.index in skip or not lines[p - 1].blank:
            continue
        text = line.clean.strip()
        if heading_key(line) is not None or _title(text) is None:
            continue
        end = p + 1
        while end < len(lines) and not lines[end].blank:
            end += 1
        body = list(range(p + 1, end))
        if not body:
            continue
        if FIELD_VALUE.match(text) and not (
            # ("Puljeansøgning: Koncert i Præsteskoven" / "Sagsnr. …": a title opened
            # by its kind of matter, its case line under it, is no field)
            _field_shaped_title(lines, text, body[:2]) or _titled_outcome_paragraph(lines, body)
        ):
            continue
        titled += 1  # (a paragraph opened by a title line: an item or not)
        if len(body) > 8:
            others.append(p)
            continue
        cased = _CASE_FIELD.match(lines[body[0]].clean) is not None
        rest = body[1:] if cased else body
        outcome = bool(rest) and (
            outcome_line(lines[rest[0]].clean)
            or (
                outcome_line(lines[rest[-1]].clean)
                and all(_BULLET.match(lines[k].clean) for k in rest[:-1])
            )
            # ("Title" / what was told / "Lokalrådet besluttede at støtte med …": a local
            # council's web page, each item's outcome its paragraph's last line, its first
            # sentence stating it)
            or opens_with_outcome(lines[rest[-1]].clean)
        )
        if outcome or (cased and rest) or (opens and standing_title(text)):
            # ("Eventuelt" / a member's remark after the items: the standing item closing
            # the run, an item with nothing decided)
            opens.append(p)
            decided += outcome
        else:
            others.append(p)
    if decided < 3 or 3 * decided < 2 * titled:
        return []
    if any(opens[0] < p < opens[-1] for p in others):
        return []
    return [Head(p, k + 1, lines[p].clean.strip(), evidence=1) for k, p in enumerate(opens)]


def _titled_outcome_paragraph(lines: list[Line], body: list[int]) -> bool:
    """Whether the lines ``body`` under a line shaped as a field ("Helhedsplan 2026: status
    fra arbejdsgrupperne") are two or more, none a field, the last stating an
    outcome: an item's paragraph under its title written "Subject: what of it", not a
    header's fields ("Til stede: …" / "Afbud: …")."""
    return (
        len(body) >= 2
        and not any(FIELD_VALUE.match(lines[k].clean) for k in body)
        and opens_with_outcome(lines[body[-1]].clean)
    )


def decided_heads(
    lines: list[Line],
    opens: Sequence[tuple[int, str, str | None]],
    holds: Callable[[Line], object],
) -> list[Head]:
    """The items opened at ``opens`` ((position, title, case number), in order), numbered
    1, 2 …, where at least two of them hold a line ``holds`` accepts (a decision label,
    an outcome) before the next opening; else []. The unnumbered families' common test:
    titles alone are no evidence, their outcomes are."""
    if len(opens) < 2:
        return []
    decided = 0
    for k, (p, _, _) in enumerate(opens):
        end = opens[k + 1][0] if k + 1 < len(opens) else len(lines)
        decided += any(holds(lines[q]) for q in range(p + 1, end) if not lines[q].blank)
    if decided < 2:
        return []
    return [
        Head(p, k + 1, title, case_number=case, evidence=1)
        for k, (p, title, case) in enumerate(opens)
    ]


def _reminders_under(lines: list[Line], p: int) -> bool:
    """The paragraph under the title at ``p`` is a few lines of reminders with no label
    ("Eventuelt" / "Marianne: husk temadag 11. juni." / "[Optagelse stoppet 01:12:40]"): a
    standing item's notes, nothing decided."""
    end = p + 1
    while end < len(lines) and not lines[end].blank:
        end += 1
    return end - p <= 4 and not any(arrow_or_label(lines[k]) for k in range(p + 1, end))


def _closes_with_label(lines: list[Line], p: int) -> bool:
    """The paragraph opened at ``p`` (the lines down to the next blank one, a few at most)
    has text under its first line and closes with a decision label's line, and its first
    line is no sentence wrapped onto the next ("… som alle partier" / "undtagen ét …")."""
    end = p + 1
    while end < len(lines) and not lines[end].blank and end - p <= 8:
        end += 1
    if end - p < 3 or end - p > 8 or (end < len(lines) and not lines[end].blank):
        return False
    nxt = lines[p + 1].clean
    if (nxt[:1].islower() and not _LETTERED_ENTRY.match(nxt)) or lines[p].clean.rstrip().endswith(
        (",", " og", " i", " at")
    ):
        return False
    # "→ Bestyrelsen godkendte …": a note taker's arrow before the outcome closes it as
    # a label would (school boards' and councils' minutes typed as an outline)
    if arrow_or_label(lines[end - 1]):
        return not any(arrow_or_label(lines[k]) for k in range(p + 1, end - 1))
    # "Title" / text / "Referat:" / the outcome: a council's paragraph per item, the label
    # alone on its line with text above it and the outcome's one to three lines under it
    label = next((k for k in range(end - 2, p + 1, -1) if arrow_or_label(lines[k])), None)
    if label is None or end - label > _MOST_OUTCOME_LINES + 1:
        return False
    text = lines[label].clean.strip()
    alone = len(text) <= 40 and text.rstrip(":") == text.split(":", 1)[0]
    # "Beslutning: Bestyrelsen vedtog …" / "Ledelsen sørger for …": the label with the
    # outcome on its line, a remark or two under it closing the paragraph
    stated = not alone and end - label <= _MOST_OUTCOME_LINES and _decision_label(lines[label])
    return (alone or stated) and not any(arrow_or_label(lines[k]) for k in range(p + 1, label))


#: The most lines of an outcome under its label alone closing an item's paragraph.
_MOST_OUTCOME_LINES = 3


#: "Sagsnr.: …", "J.nr.: …": an item's case field under its title; also "Sagsnr. 25/4018"
#: with no colon, the number right after the label (a plain-text export of an agenda
#: system's items); a case's id as its label ("Sagsid: 00.01.00-A00-3-21", "Sags-ID: …").
#: Also "Sagsnr. 25/1044 · Åben": the item's open/closed mark after the bare number (a
#: council portal's line under each unnumbered title).
_CASE_FIELD = re.compile(
    rf"^(?:{CASE_NUMBER_LABEL}|{CASE_ID_LABEL})\s*(?::\s*\S|\d[\w./-]*"
    r"(?:\s*[·|,–-]?\s*(?:åben|åbent|lukket)(?:\s+(?:punkt|sag))?)?\s*$)",
    re.I,
)


def _case_field(text: str) -> bool:
    """An item's case field under its title (``_CASE_FIELD``), or the bare word "Sag" as
    its label where a case number follows ("Sag: 16/29887 · KLE 00.01.00-A00": the case
    and its subject's code, a plain-text protocol's line under each unnumbered title;
    "Sag: Budget 2025" is none)."""
    return _CASE_FIELD.match(text) is not None or (
        text[:3].lower() == "sag"
        and CASE_LINE.match(text) is not None
        and match_case_number(text) is not None
    )


def _bracketed_case_line(line: Line) -> bool:
    """ "(sag 25/7710)", "[Sagsnr. 24/118]": a labelled case in brackets alone on the line
    under an unnumbered title (a plain-text template's case field), as ``_CASE_FIELD``'s
    unbracketed field is."""
    text = line.clean
    return text[:1] in "([" and text[-1:] in ")]" and match_case_number(text) is not None


#: "kl. 9.15-10.00": an item's time slot on the line under its title (a theme day's
#: programme copied from an intranet page), as a case field there is.
_SLOT_LINE = re.compile(r"^(?:kl\.\s*)?\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}$", re.I)


def cased_title(lines: list[Line], p: int) -> bool:
    """``p`` is a title line standing after a blank line with the item's case field
    right under it ("Budget 2026 - status" / "Akt-id: 1187342" / "Referat:"): plain
    text's unnumbered heading, as a styled heading is a Word note's."""
    if p < 1 or p + 1 >= len(lines) or not lines[p - 1].blank or lines[p].blank:
        return False
    under = lines[p + 1].clean
    return (
        under[:1].isalpha()
        and _CASE_FIELD.match(under) is not None
        and _title(lines[p].clean) is not None
    )


#: Shared with ``analysis.layouts.topic`` (items opened by "Emne: <title>").
unnumbered_title = _title
decision_label = _decision_label
CASE_FIELD = _CASE_FIELD
