"""What every numbered layout shares: the flow from lines to a :class:`ParsedMeeting`.

A layout module (``layouts/<family>.py``) says how its family marks the header, the item
headings and the decisions; :func:`parse_numbered` combines the building blocks:
furniture (``layouts.text``), headings and contents lists (``layouts.headings``), header
facts (``layouts.header``), and :func:`assemble`, which parses each item's body with the
shared item grammar (``parse.py``) and cross-checks the contents list.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from analysis.layouts.ad_points import ad_points
from analysis.layouts.appended import appended_document, earlier_minutes, next_agenda
from analysis.layouts.assembly import assembly_heads, assembly_titles
from analysis.layouts.bullet_contents import bulleted_contents
from analysis.layouts.bulleted import bullet_items
from analysis.layouts.capital_titles import capital_items
from analysis.layouts.decision_attachments import decision_attachments
from analysis.layouts.decision_log import decision_log_lines, logged_decisions
from analysis.layouts.decision_part import ads_taken_again, decision_part, part_case, part_lines
from analysis.layouts.elided_contents import continued_heads
from analysis.layouts.elsewhere_date import fill_elsewhere, place_dated
from analysis.layouts.fuller_forum import fuller_heading_forum
from analysis.layouts.generic_body import generic_body_decisions
from analysis.layouts.groups import group_headings, group_title, numbered_group_lines
from analysis.layouts.guest_session import guest_session
from analysis.layouts.header import (
    abbreviation_key,
    date_from_body,
    forum_from_body,
    meeting_event,
    place_known_lines,
    read_header,
)
from analysis.layouts.header_fallback import closing_facts, lead_place
from analysis.layouts.headings import (
    Contents,
    Head,
    TocEntry,
    absorb_duplicates,
    candidates,
    chain,
    contents,
    match_contents,
    planned_run,
    supplementary_points,
    taken_out_of_order,
    with_supplementary,
)
from analysis.layouts.lead_in_list import lead_in_list, lists_under_their_items
from analysis.layouts.lettered_contents import lettered_contents
from analysis.layouts.listed_numbers import listed_item_numbers
from analysis.layouts.listed_unnumbered import listed_after_numbered
from analysis.layouts.mail_date import covering_note_meeting, with_mail_year
from analysis.layouts.marked import marked_items
from analysis.layouts.meeting_kind import (
    area_of_bare_body,
    board_in_attendance,
    board_of_owner_header,
    body_of_gathering,
    forum_from_meeting_kind,
)
from analysis.layouts.members_after_contents import members_after_contents
from analysis.layouts.ocr_date import with_ocr_date
from analysis.layouts.outcome import (
    headless_decisions,
    leading_outcomes,
    may_be_cut_short,
    outcome_line,
    task_tables,
    unlabelled_decisions,
)
from analysis.layouts.page_meta import meta_under_title
from analysis.layouts.paged_contents import paged_items, repeated_titles
from analysis.layouts.proposal_outcome import proposal_outcomes
from analysis.layouts.prose_items import paragraph_per_item
from analysis.layouts.remarks import trailing_remarks
from analysis.layouts.signature_note import NAME, NAME_ROW, signers_named
from analysis.layouts.standing_last import with_unnumbered_last
from analysis.layouts.text import (
    PAGE_TAIL,
    dated_page_footer,
    first_page_heads,
    first_page_title,
    fragment_page_meeting,
    furniture,
    opens_mid_item,
    running_heads,
)
from analysis.layouts.title_forum import (
    board_named_in_full,
    body_of_title_forum,
    crisis_title_forum,
    operations_title_forum,
    title_line_forum,
)
from analysis.layouts.titled_paragraphs import paragraph_items
from analysis.layouts.topic import list_in_one_topic, topic_items
from analysis.layouts.unnumbered import (
    NOTES_HEAD,
    heading_items,
    headless_listed_items,
    listed_items,
)
from analysis.layouts.yearless import with_footer_year
from analysis.model import Item, ParsedMeeting, Section
from analysis.parse import (
    FOLLOW_UP_LABEL,
    BodyRules,
    Header,
    Line,
    NotMinutes,
    _parse_item,
    finished_meeting,
    heading_key,
    impossible_date,
    normalise_title,
    titles_match,
    warn_odd_dates,
)

__all__ = ["Found", "assemble", "parse_numbered"]

# --- assembly ---------------------------------------------------------------------------


@dataclass
class Found:
    """What a layout found: item headings, the contents list and where the header ends."""

    heads: list[Head]
    toc: Contents | None
    header_end: int
    #: Line indexes that are furniture (or otherwise not text of the minutes).
    skip: set[int] = field(default_factory=set)
    #: Position of the "Mødet hævet kl. …" line closing the minutes, if any: what follows
    #: (a signature line, a web page's sidebar) is no text of the last item.
    end: int | None = None
    #: A decision part after the items ("Ad pkt. 2 - Title" / "Godkendt."): per item
    #: heading's position, its "Ad" line and the decision's lines under it.
    decisions: dict[int, list[int]] = field(default_factory=dict)
    #: A decision log's decision column under the items, per item number (see
    #: :func:`logged_decisions`): the outcome of an item whose own text states none.
    logged: dict[int, str] = field(default_factory=dict)


def assemble(
    lines: list[Line],
    layout: str,
    found: Found,
    head: Header,
    placed: set[int],
    warnings: list[str],
) -> ParsedMeeting:
    """A :class:`ParsedMeeting` from the headings a layout found and the header facts."""
    if head.date is None:
        raise NotMinutes(
            (impossible_date(head.invalid_date) if head.invalid_date else "no meeting date found")
            + f" (layout: {layout}; expected e.g. 'Dato: Onsdag den 6. februar 2019', "
            "'Mødedato: 3. januar 2024 kl. 9.00' or a title line with the date)"
        )
    skip = found.skip
    placed.update(skip)
    agenda = head.document_type == "dagsorden"
    toc_entries = found.toc.entries if found.toc else []
    if found.toc:
        placed.update(lines[p].index for p in found.toc.positions)
    heads = found.heads
    odd: list[str] = []
    items = _items(lines, found, head, placed, agenda, odd)
    if not agenda:
        items = decision_attachments(items)  # "Referat:" / "Bilag 1: …" / the outcome
        items = generic_body_decisions(items)  # "Udvalgets beslutning" in the council's
    if head.document_type is None and (word := _minutes_word(lines, found)) is not None:
        # "DAGSORDEN" / "1. Title" … / "REFERAT" / "Ad 1.": the agenda listed first, then
        # the minutes' own word over the notes answering it
        head.document_type = "referat"
        placed.add(lines[word].index)
    if (
        head.document_type is None
        and head.lone_agenda
        and not _any_decision(items)
        and not found.logged  # (the outcomes gathered in a log or on a closing slide)
        and leading_outcomes(items) < 2
    ):
        # "Dagsorden" over the contents list or alone as the title, and no item decided
        # (nor opening its text with its outcome: "Taget til efterretning." / …): an
        # agenda after all
        head.document_type, agenda, odd = "dagsorden", True, []
        items = _items(lines, found, head, placed, agenda, odd)
    warn_odd_dates(odd, warnings)
    if not agenda:
        if found.logged:
            # (first: an outcome logged for the item is no guess at its text's outcome line)
            items = _with_logged(items, found.logged)
        # "Referat" / "Som første punkt godkendte …" / "Herefter …": a paragraph per listed item
        items = paragraph_per_item(items)
        items = headless_decisions(items, head.forum)
        # "Opgaver" / "Hvem | Hvad | Hvornår" / a row per task: the agreed tasks
        items = task_tables(items)
        # "Forslag:" / "Økonomiudvalget indstiller, at …" / "Godkendt.": the outcome unlabelled
        items = proposal_outcomes(items)
        # "Byrådet godkendte, at …" closing one item's text, its label left out, or
        # "Beslutningshistorik" / … / "Byrådet⇥24-06-2020⇥Godkendt.": the meeting's row
        items = unlabelled_decisions(items, head.date, head.forum)
    items = _with_contents(items, toc_entries, heads, head.date, warnings)
    if found.logged and not agenda:
        # (after the contents: an item listed there alone may have its outcome logged)
        items = _with_logged(items, found.logged)
    if not items:
        raise NotMinutes(f"no agenda items found (layout: {layout})")
    decided = [any(sec.key == "beslutning" for sec in it.sections) for it in items]
    # a closed item's decision is not published: no sign of a cut-off file
    last_open = not items[-1].closed
    if (
        not agenda
        and len(items) > 1
        and items[-1].sections
        and not decided[-1]
        and any(decided)
        and last_open
        and may_be_cut_short(items[-1])
    ):
        warnings.append(
            f"the last item ({items[-1].number}) has no decision: the file may be cut short"
        )
    return finished_meeting(
        head, items, lines, placed, warnings, layout, head.document_type or "referat"
    )


#: "REFERAT", "Referat:": the minutes' own word alone on a line.
_MINUTES_WORD = re.compile(r"^(?:referat|beslutningsreferat|beslutningsprotokol)\s*:?$", re.I)


def _minutes_word(lines: list[Line], found: Found) -> int | None:
    """Position of the minutes' word alone on a line between the contents list (the agenda
    listed first; without one, from the top) and the first item heading, else None."""
    if not found.heads:
        return None
    return next(
        (
            pos
            for pos in range(found.toc.end if found.toc else 0, found.heads[0].pos)
            if lines[pos].clean[:1] in "RrBb" and _MINUTES_WORD.match(lines[pos].clean.strip())
        ),
        None,
    )


def _items(
    lines: list[Line], found: Found, head: Header, placed: set[int], agenda: bool, odd: list[str]
) -> list[Item]:
    """Each heading's item, parsed from the lines down to the next heading."""
    rules = BodyRules(head.date, head.forum, agenda, frozenset(found.skip))
    heads = found.heads
    items: list[Item] = []
    for k, h in enumerate(heads):
        end = heads[k + 1].pos if k + 1 < len(heads) else (found.end or len(lines))
        placed.add(lines[h.pos].index)
        consumed = set(h.consumed)
        placed.update(lines[p].index for p in consumed)
        body = [
            ln for p, ln in enumerate(lines[h.pos + 1 : end], start=h.pos + 1) if p not in consumed
        ]
        case_number = h.case_number
        if part := found.decisions.get(h.pos):
            # the decision printed in the part after the items: under a label of its own
            case, kept = part_case(lines, part)
            if case and case_number is None:
                placed.update(lines[p].index for p in part if p not in kept)
                case_number, part = case, kept
            body += part_lines(lines, part, body[-1].index if body else lines[part[0]].index)
        item = _parse_item(
            h.number,
            h.title,
            body,
            head.date,
            placed,
            _longer_listed(found.toc, h),
            rules,
            case_number,
            odd,
        )
        items.append(replace(item, closed=True) if h.closed else item)
    return items


def _longer_listed(toc: Contents | None, h: Head) -> str | None:
    """The contents' title of ``h``'s number where it goes on past the heading's title
    ("2. Status på … i Hyldespjældet og Galgebakken" listed, "Ad 2. Status på … og" over
    "Galgebakken" below): the title the wrapped heading's lines may grow towards."""
    if toc is None:
        return None
    short = normalise_title(h.title)
    return next(
        (
            e.title
            for e in toc.entries
            if e.number == h.number
            and len(listed := normalise_title(e.title)) > len(short) > 0
            and listed.startswith(short)
        ),
        None,
    )


def _with_logged(items: list[Item], logged: dict[int, str]) -> list[Item]:
    """``items`` with the decision a log under them records for an item that has none."""
    return [
        replace(it, sections=(*it.sections, Section("beslutning", "Beslutning", logged[it.number])))
        if it.number in logged and not any(sec.key == "beslutning" for sec in it.sections)
        else it
        for it in items
    ]


def _any_decision(items: list[Item]) -> bool:
    """Some item has a decision with text (minutes, not an agenda)."""
    return any(sec.key == "beslutning" and sec.text.strip() for it in items for sec in it.sections)


def _with_contents(
    items: list[Item],
    toc: list[TocEntry],
    heads: list[Head],
    date: dt.date,
    warnings: list[str],
) -> list[Item]:
    """Items with their contents line attached; entries without a heading become items
    of their own (title only) when the document stops before their text."""
    from dataclasses import replace

    if not toc:
        return items
    by_number = {h.number: i for i, h in enumerate(heads)}
    out = list(items)
    used: set[int] = set()
    cased = _case_column(toc)
    for entry in toc:
        i = by_number.get(entry.number) if entry.number is not None else None
        if i is not None and len(by_number) < len(heads):
            # a number printed twice ("Ad. 5" over the agenda's item 6): the entry's heading
            # is the one of its number under its title
            i = next(
                (
                    j
                    for j, h in enumerate(heads)
                    if h.number == entry.number
                    and j not in used
                    and titles_match(entry.title, items[j].raw_title)
                ),
                i,
            )
        if i is None:
            i = next(
                (
                    j
                    for j, it in enumerate(items)
                    if j not in used and titles_match(entry.title, it.raw_title)
                ),
                None,
            )
        if i is not None and i not in used:
            used.add(i)
            if i == len(heads) - 1 and cut_in_heading(out[i], entry.title):
                # "2. Regnskab 2018 for Aa" closing the copy: the contents row's whole title
                whole = _parse_item(out[i].number, entry.title, [], date, set())
                out[i] = replace(out[i], raw_title=whole.raw_title, title=whole.title)
            out[i] = replace(out[i], toc_title=entry.title, toc_page=entry.page)
            if out[i].case_number is None and cased:
                # "Nr. | Punkt | Sagsnr." over the list, "## Ad pkt. 2. Title" over the
                # text: the item's case stands in the contents' column only
                m = _TRAILING_CASE.search(_without_status(entry.title)[0])
                if m is not None:
                    out[i] = replace(out[i], case_number=m.group("case"))
    missing = [e for e in toc if e.number is None or e.number not in by_number]
    # (an entry whose title an item has is that item, renumbered; not an entry numbered
    # past the last heading whose namesake another entry has taken already: "åbent 1
    # Meddelelser" … "lukket 12 Meddelelser (lukket)", a standing title in the open and
    # the closed part, the copy stopping before the latter)
    last_number = heads[-1].number if heads else 0
    missing = [
        e
        for e in missing
        if not any(
            titles_match(e.title, it.raw_title)
            and not (j in used and e.number is not None and e.number > last_number)
            for j, it in enumerate(items)
        )
    ]
    if missing:
        # Entries numbered after the last heading: the document stops before their text.
        cut = [e for e in missing if (e.number or 0) > last_number]

        for e in missing:
            # An item of its title alone: the item grammar on an empty body.
            number = e.number if e.number is not None else len(out) + 1
            title, case, closed = e.title, None, False
            if cased:
                title, closed = _without_status(title)
            elif "\t" in title and (cell := _STATUS_CELL.search(title)):
                # "10<TAB>Lukket punkt: Personalesag<TAB>Lukket": the status column's cell
                title, closed = title[: cell.start()], cell.group("mark") == "Lukket"
            if cased and (m := _TRAILING_CASE.search(title)):
                title, case = title[: m.start()].rstrip(), m.group("case")
            item = _parse_item(number, title, [], date, set(), case_number=case)
            if closed:
                item = replace(item, closed=True)  # "… 19/11843   Lukket"
            if e.case and item.case_number is None:
                item = replace(item, case_number=e.case)  # the case the contents row gave
            out.append(replace(item, toc_title=e.title, toc_page=e.page))
        numbers = ", ".join(str(e.number) for e in missing if e.number is not None)
        if heads and len(cut) == len(missing):
            warnings.append(
                f"the document stops before the text of item(s) {numbers}: it may be cut off; "
                "their titles are taken from the table of contents"
            )
        elif not heads:
            warnings.append(
                "only the table of contents was found (no item text): items are its lines"
            )
        else:
            warnings.append(
                f"item(s) {numbers or len(missing)} of the table of contents have no text in "
                "the document; their titles are taken from the table of contents"
            )
        out.sort(key=lambda it: it.number)
    return out


def cut_in_heading(item: Item, listed: str) -> bool:
    """Whether the copy stops inside ``item``'s heading: the last item has no text under
    it (no section, case or attachment) and its contents row ``listed`` goes on from the
    heading's title ("Regnskab 2018 for Aa" under the row "Regnskab 2018 for Aalborg …"),
    so the row holds the whole title (a contents row shortens a title, a heading does not)."""
    if item.sections or item.case_number or item.attachments or item.recommendations:
        return False
    head, whole = normalise_title(item.raw_title), normalise_title(listed)
    return len(whole) > len(head) and whole.startswith(head)


#: " (2022-2025)", " (2018–21)": the election period after a committee's name.
_ELECTION_PERIOD = re.compile(r"\s*\((?:19|20)\d{2}\s*[-–]\s*(?:(?:19|20)\d{2}|\d{2})\)$")
#: " 19/3502", " 24-018877", " 2024-018877", " 00.01.00-A00-3-25": a case number closing a
#: contents line (the list's column of case numbers, its gap of spaces closed). Shapes
#: a year range ("2021-2024") or a title's own figures never take.
_TRAILING_CASE = re.compile(
    r"\s(?P<case>\d{2}/\d{3,6}|\d{2}-\d{5,6}|20\d{2}-\d{5,7}|"
    r"\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d{1,4}-\d{2})$"
)


#: "… 19/15004   Åben", "… 19/11843   Lukket": a status column after the case column of a
#: contents table ("Nr.  Titel  Sagsnr.  Status"); taken off before the case is read.
_STATUS_AFTER_CASE = re.compile(r"(?<=\d)\s+(?P<mark>Åbent|Åben|Lukket)$")


#: "<TAB>Åben", "<TAB>Lukket": a contents table's status cell closing an entry's row.
_STATUS_CELL = re.compile(r"\t+\s*(?P<mark>Åben|Åbent|Lukket)(?:\s+(?:punkt|sag))?\s*$")


def _without_status(title: str) -> tuple[str, bool]:
    """The contents title without a status column closing it after a case number, and
    whether the status says closed."""
    if title[-1:] not in "nt" or not (m := _STATUS_AFTER_CASE.search(title)):
        return title, False
    if not _TRAILING_CASE.search(title[: m.start()]):
        return title, False
    return title[: m.start()], m.group("mark") == "Lukket"


def _case_column(toc: list[TocEntry]) -> bool:
    """Half or more of the contents lines (two at least) close with a case number: the
    list has a column of them (" 2  Spørgsmål fra borgerne      19/3502"), so an item
    taken from it alone keeps its case apart from its title (a status column after the
    case, "19/3502   Åben", taken off first)."""
    closing = sum(1 for e in toc if _TRAILING_CASE.search(_without_status(e.title)[0]))
    return closing >= 2 and 2 * closing >= len(toc)


# --- the shared flow --------------------------------------------------------------------

#: "Lukket møde", "Lukkede sager", "Åbne punkter": a line opening the closed (or open)
#: part of the meeting, in the contents list or above the items of that part.
_PART = re.compile(
    # ("AFSNIT B: LUKKEDE SAGER": the part lettered or numbered as a section of the minutes)
    r"^(?:(?:afsnit|del)\s+(?:[a-h]|\d)\s*[:.–—-]\s*)?"
    r"(?P<which>åbne|åben|åbent|lukkede|lukket)\s+(?:møde|dagsorden|del|sager|punkter|"
    r"dagsordenspunkter)\s*:?$",
    re.IGNORECASE,
)


#: "oplæst og", "læst op og": an old protocol read aloud to the meeting before it was
#: approved ("Protokollen oplæst og godkendt"), in the closing line and in the coda.
_READ_ALOUD = r"(?:op)?læst(?:\s+op)?\s+og\s+"
#: "Mødet hævet kl. 21.40", "Mødet sluttede kl. 19.25": the minutes end here (the next
#: meeting's date may follow on the line).
_CLOSING = re.compile(
    # ("Moedet haevet kl. 17.10": a typewriter's or an old system's ASCII "oe", "ae")
    # ("Protokollen oplæst og godkendt.  Mødet hævet kl. 20.10.": an old protocol's
    # reading of the minutes before the meeting's end on one line)
    rf"^(?:protokollen\s+(?:blev\s+)?{_READ_ALOUD}(?:godkendt[.,]?\s+)?)?"
    # ("Mødet sluttet kl. 16.20": the participle, as "hævet" is)
    r"m(?:ø|oe)det\s+(?:blev\s+)?(?:h(?:æ|ae)vet|sluttede|sluttet|afsluttedes|"
    r"blev\s+afsluttet|afsluttet|slut)\b"
    # ("Mødet hævet: 10.15": a header's field of the hour the meeting closed, no "kl.")
    r"(?:[^.]{0,20}?\b(?:kl\.?|klokken)\s*:?|\s*:)\s*\d{1,2}[.:]\d{2}\.?"
    # ("Mødet hævet kl. 22.05. Protokollen oplæst og godkendt.": the reading after it;
    # "Mødet hævet kl. 21.25   Referatet er godkendt på mødet.": the minutes approved there)
    rf"(?:\s+protokollen\s+(?:blev\s+)?{_READ_ALOUD}godkendt\.?"
    r"|\s+referatet\s+(?:er\s+|blev\s+)?godkendt(?:\s+på\s+mødet)?\.?)?"
    r"(?:\s+næste\s+møde\b[^\n]{0,120})?"
    # ("Mødet hævet kl. 16.40.   Side 1/1 · Udskrevet 18-03-2025": the page's footer printed
    # on the closing line's height)
    r"(?:\s+side\s+\d{1,3}\s*(?:/|af)\s*\d{1,3}(?:\s*[·|]\s*udskrevet\s+[\d./-]+(?:\s+\d{1,2}[.:]\d{2})?)?)?$",
    re.IGNORECASE,
)
#: "Næste møde: torsdag den 1. november 2012 kl. 13.00, Rådhuset": after the last item, the
#: next meeting's date ends the minutes (no text of that item); "Referent: …" under it.
_NEXT_MEETING = re.compile(
    r"^næste\s+møde(?:dato)?\s*(?::|er|afholdes|holdes)\s*[^\n]{0,40}\d[^\n]{0,100}$", re.I
)
#: "Bemærkning:", "Bemærkninger", "NB:": a remark's label alone on its line over the note
#: it heads.
_REMARK_LABEL = re.compile(r"^(?:bemærkning(?:er)?|nb|note)\s*:?$", re.I)


def notes_under_contents(
    between: list[Line], head: Header, placed: set[int], skip: frozenset[int] | set[int]
) -> None:
    """The meeting's notes among the lines ``between`` the contents list and the first
    item, added to ``head.notes`` and ``placed``: the next meeting's date ("Næste møde:
    tirsdag d. 9/4 2024 kl. 9.30", none of this meeting's facts) and a note on the
    meeting's handling ("Punkt 6 blev behandlet før punkt 2.", :func:`meeting_event`), a
    remark's label alone right over it ("Bemærkning:") going with it."""
    label: Line | None = None
    for ln in between:
        if ln.blank or ln.index in placed or ln.index in skip:
            continue
        text = ln.clean.strip()
        if _NEXT_MEETING.match(text) or meeting_event(text):
            placed.add(ln.index)
            head.notes.append(text)
            if label is not None:
                placed.add(label.index)
        label = ln if _REMARK_LABEL.match(text) else None


#: "Referatet er udsendt 6/3-2025", "Referatet udsendt til medlemmerne den 7. marts 2025",
#: "Referatet er offentliggjort 10.03.2025": the day the minutes were sent out or published
#: (not "Referatet sendes til …": what is still to be done).
_CIRCULATED = (
    r"^referatet\s+(?:(?:er|blev)\s+)?(?:udsendt|fremsendt|rundsendt|sendt\s+ud|"
    r"offentliggjort|publiceret)\b[^\n\d]{0,40}\d[^\n]{0,40}$"
)
#: "Godkendt af formanden 18.08.16 /SJE", "_Godkendt af formanden 16. november 2015_": the
#: chair's approval of the minutes after the meeting (perhaps the secretary's initials).
_CHAIR_APPROVED = r"^[_*]*(?:referatet\s+)?godkendt\s+af\s+(?:formanden|mødelederen)\b[^\n]{0,60}$"
#: "Godkendt elektronisk 2025-01-16 09:12", "Elektronisk godkendt 16.01.2025 kl. 09.12": the
#: agenda system's stamp of the minutes' approval, a date and the minute it was given (an
#: item decided by mail names no minute of the clock).
_APPROVAL_STAMP = (
    r"^(?:godkendt\s+(?:elektronisk|digitalt)|(?:elektronisk|digitalt)\s+godkendt)\s+"
    r"(?:den\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s+(?:kl\.\s*)?"
    r"\d{1,2}[.:]\d{2}$"
)
_CODA = re.compile(
    # ("Som referent: Camilla Bak, bestyrelsessekretær": a board's secretary signing)
    r"^(?:(?:som\s+)?referent|ref\.|referatet\s+er\s+skrevet\s+af)\s*:?\s*[^\n]{1,60}$|"
    # ("Protokollen underskrevet digitalt af de tilstedeværende medlemmer.": a council's
    # protocol signed, the verb's "er" left out)
    r"^(?:referatet|protokollen)\s+(?:(?:er|blev)\s+)?(?:godkendt|underskrevet|"
    # ("Protokollen oplæst og godkendt.": read aloud to the meeting, an old protocol's end)
    rf"{_READ_ALOUD}godkendt)\b[^\n]{{0,80}}$|"
    + _CIRCULATED
    + "|"
    # "Referatet er udsendt 6/3-2025", "Referatet offentliggjort den 7. marts 2025": when
    # the minutes went out (a date in the line)
    # "_Godkendt af formanden 16. november 2015_": the chair's approval of the minutes
    + _CHAIR_APPROVED
    + "|"
    # "Elektronisk godkendt 06.02.2025 kl. 10.41": the agenda system's stamp of it
    + _APPROVAL_STAMP
    + "|"
    # "Udskrevet 04.03.2025 08:12", "Udskrevet: 10-03-2025": when the page was printed
    # "Referatet er udsendt i redigeret udgave …": the version released (a committee on
    # personal cases publishes its minutes anonymised or shortened)
    r"^referatet\s+(?:(?:er|blev)\s+)?(?:offentliggjort|udsendt|publiceret|gengivet)\s+i\s+"
    r"(?:anonymiseret|forkortet|redigeret|beskåret)\s+(?:form|udgave)\b[^\n]{0,80}$|"
    r"^(?:udskrevet|printet)(?:\s*:\s*|\s+)(?:den\s+)?\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}"
    r"(?:,?\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2})?$|"
    # "Varde, 5. december 2023 / sekr. MR", "Ribe den 12.03.2025": where and when the
    # minutes were signed, perhaps with the secretary's initials after a slash or dash
    r"^(?-i:[A-ZÆØÅ][\wæøå-]+(?:\s[A-ZÆØÅ][\wæøå-]+)?),?\s+(?:den\s+|d\.\s*)?"
    r"\d{1,2}\.\s*(?:[a-zæøå]{3,9}\.?\s+\d{4}|\d{1,2}\.\s*\d{2,4})"
    r"(?:\s*[/–-]\s*[^\n]{1,40})?$",
    re.I,
)


#: "Referatet er godkendt af formanden pr. mail 7/3-2025.": who approved the minutes after
#: the meeting, and how (not "Referatet blev godkendt.": a point approving the last
#: meeting's minutes says so).
_MINUTES_APPROVED_BY = re.compile(
    r"^referatet\s+(?:er|blev)\s+(?:godkendt|underskrevet|signeret)\s+"
    # ("Referatet er godkendt og underskrevet digitalt af formand og næstformand.")
    r"(?:og\s+(?:godkendt|underskrevet|signeret)\s+)?"
    # ("Referatet er godkendt ved formandens underskrift den 21. januar 2021.")
    r"(?:af|pr\.?|via|ved|elektronisk|digitalt)\b[^\n]{0,80}$"
    # "Referatet godkendt på næste møde.", "Referatet godkendes ved førstkommende møde":
    # when these minutes will be approved (the note closing them, no item's decision)
    r"|^referatet\s+(?:(?:er|blev)\s+)?(?:godkendt|godkendes|underskrives|underskrevet)\s+"
    r"(?:på|ved)\s+(?:det\s+)?(?:næste|førstkommende|kommende|følgende)\s+møde\b[^\n]{0,40}$"
    # "Referat godkendt og underskrevet", "Referatet er læst og underskrevet": the minutes
    # approved (or read) and signed, over the signers' lines (two verbs: no item's outcome)
    r"|^referat(?:et)?\s+(?:(?:er|blev)\s+)?(?:godkendt|læst|oplæst)\s+og\s+"
    r"(?:underskrevet|signeret)\b[^\n]{0,60}$"
    # "Referatet er udsendt 6/3-2025" as the document's last line
    "|"
    + _CIRCULATED
    # "Godkendt af formanden 18.08.16 /SJE": the chair's approval, the minutes unnamed
    + "|"
    + _CHAIR_APPROVED
    + "|"
    + _APPROVAL_STAMP,
    re.I,
)

#: "Referatet godkendt.", "Referat blev godkendt": the minutes approved, said alone (a
#: closing line only over the signer's name and office to the document's end: see
#: :func:`_closing_line`; as an item's decision it is that item's outcome).
_MINUTES_APPROVED_BARE = re.compile(
    r"^referat(?:et)?\s+(?:(?:er|blev)\s+)?(?:godkendt|vedtaget)\s*\.?$", re.I
)


#: "Således passeret.", "Således passeret, Birkholm 8/4-2025.": an old protocol's closing formula
#: over the place, the date and the signatures (no item's text).
_PASSED = re.compile(r"^således\s+passeret\b[^\n]{0,60}$", re.I)

#: "Side 2", "Side 2 af 2": the last page's number under the closing line; also with the
#: print's stamp after it ("Side 1 af 1 – udskrevet 14.06.2023", a portal's printout).
_PAGE_LINE = re.compile(
    r"^side\s+\d{1,3}(?:\s*(?:af|/)\s*\d{1,3})?"
    r"(?:\s*[–—·|,-]\s*(?:udskrevet|udskrift|printet)\b[^\n]{0,40})?$",
    re.I,
)

#: "Referent: Louise Kjær, Sekretariatet": who took the minutes, signed under them.
_REFERENT = re.compile(r"^(?:(?:som\s+)?referent|ref\.)\s*:\s*[A-ZÆØÅ][^\n]{1,100}$", re.I)

#: "Underskriftsblad": the signature page after the last item; "Underskrifter: ______"
#: (the blank to sign on, on the label's line); "Underskrifter: Name, Name, Name" (the
#: members who signed, listed on the label's line).
_SIGNATURES = re.compile(
    r"^underskrift(?:sblad|sside|er)\s*:?$|^underskrift(?:er)?\s*:\s*[_.…]{3,}[_.… ]*$|"
    r"^underskrift(?:er)?\s*:\s*[A-ZÆØÅ][^,:\n]{1,40}(?:,\s*[A-ZÆØÅ][^,:\n]{1,40}){1,40}\.?$"
    # "Underskriftsblad: Referatet er godkendt elektronisk.": how the minutes were signed
    r"|^underskrift(?:sblad|sside|er)\s*:\s*referatet\s+(?:er\s+|blev\s+)?"
    r"(?:godkendt|underskrevet|signeret)\b[^:\n]{0,60}$",
    re.IGNORECASE,
)


#: "Mødet blev suspenderet kl. 20.15 og genoptaget kl. 20.30.", "Mødet blev afbrudt kl. 19.40
#: og fortsatte kl. 20.00": a pause in the meeting noted above the items (no item's text).
_SUSPENDED = re.compile(
    r"^mødet\s+(?:blev\s+|var\s+)?(?:suspenderet|afbrudt)\b[^\n]{0,80}?\b"
    r"(?:genoptaget|genoptoges|fortsatte|fortsat)\b[^\n]{0,60}$",
    re.IGNORECASE,
)


#: "ERRATUM (tilføjet 20-02-2012):", "Rettelse 05.02.2026:", "Berigtigelse:": a correction
#: added to the minutes after the meeting, under the last item (what was corrected, no
#: item's text): the word, perhaps a date or a bracket, then its colon.
_ERRATUM = re.compile(
    r"^(?:erratum|errata|rettelse(?:r|sblad)?|berigtigelse)"
    r"(?:\s*\([^)\n]{1,40}\)|\s+[^:\n]{1,40})?\s*:",
    re.IGNORECASE,
)


#: "Godkendt:", "Underskrevet af:", "Signeret:": a label alone over the names of the members
#: who approved or signed the minutes (see :func:`_names_to_end`); "Underskrevet" without
#: its colon too (not "Godkendt", an outcome's word alone); "Referatet godkendt og
#: underskrevet:", "Protokollen underskrevet:": the minutes named before the label.
_SIGNED_BY = re.compile(
    r"^(?:(?:referatet|protokollen)\s+(?:er\s+|blev\s+)?"
    r"(?:godkendt|underskrevet|signeret)(?:\s+og\s+(?:godkendt|underskrevet|signeret))?\s*:"
    r"|(?:godkendt|underskrevet|signeret)(?:\s+af)?\s*:|underskrevet|signeret)$",
    re.IGNORECASE,
)


def _names_to_end(lines: list[Line], marker: int, skip: set[int] | None = None) -> bool:
    """Only rows of names (or of blanks to sign on) from ``marker`` to the document's end,
    at least one of them (page furniture in ``skip``, a last page's footer, passed over)."""
    rows = [
        ln.clean.strip()
        for ln in lines[marker + 1 :]
        if not ln.blank and not (skip and ln.index in skip)
    ]
    return 0 < len(rows) <= 12 and all(
        NAME_ROW.match(row) or _SIGNATURE_ROW.match(row) for row in rows
    )


def _signature_lines(lines: list[Line], marker: int, skip: set[int] | None = None) -> list[int]:
    """Indexes of the names and dotted lines under "Underskrifter:" (signatures, not
    text): up to a dozen short lines (page furniture in ``skip`` not counted), more where
    each further line is one member's name (a council's signature page); a longer line
    is text again and stays reported. A "Bilagsoversigt" under them (the list of
    each item's attachments closing a PDF) is placed with its short lines."""
    out: list[int] = []
    names = 0
    for pos in range(marker + 1, len(lines)):
        line = lines[pos]
        if line.blank or (skip and line.index in skip):
            continue
        if _ATTACHMENT_INDEX.match(line.clean):
            rest = [ln for ln in lines[pos:] if not ln.blank]
            cut = next((k for k, ln in enumerate(rest) if len(ln.clean) > 160), len(rest))
            return [*out, *(ln.index for ln in rest[:cut])]
        if len(line.clean) > 160 or (names >= 12 and not _MEMBER_NAME.match(line.clean)):
            if _CLOSING.match(line.clean) or _CODA.match(line.clean):
                # ("Underskriftsblad" / a council's names / "Mødet hævet kl. 21:52",
                # "Referatet er godkendt digitalt den …": the minutes' closing lines)
                out.append(line.index)
                continue
            break  # (a council's page: each member's name on a line, thirty-one at most)
        if names >= 45:
            break
        out.append(line.index)
        names += 1
    return out


#: "Bjarne Lund (V)", "Ida Holm (A),": one member's name alone on a signature page's line
#: (a party's letters after it): a council signs by more than a dozen such lines.
_MEMBER_NAME = re.compile(rf"^{NAME},?$")


#: "Bilagsoversigt": the attachments of every item listed after the signatures.
_ATTACHMENT_INDEX = re.compile(r"^(?:bilagsoversigt|oversigt over bilag)\s*:?$", re.I)


_STAMPED = re.compile(_APPROVAL_STAMP, re.I)


def _closing_line(lines: list[Line], after: int, skip: set[int] | None = None) -> int | None:
    """Position of the line closing the minutes after the last heading, if any (a "Næste
    møde: …" line under the last item's own text, where that item is not itself about the
    next meeting: "Eventuelt" / "Næste møde afholdes …" is that item's text). Page
    furniture in ``skip`` (a page's "Sidst ændret …" stamp) is no text after it."""
    next_meeting = after >= len(lines) or "næste møde" not in lines[after].clean.lower()
    body = False  # whether the last item has text above the line
    field = False  # whether the line above is a field label ("Beslutning:")
    for pos in range(after + 1, len(lines)):
        text = lines[pos].clean
        if text[:1] in "MmPp" and _CLOSING.match(text):
            return pos
        if text[:1] in "Uu" and _SIGNATURES.match(text):
            return pos
        if (
            text[:1] in "RrSs"
            and _REFERENT.match(text)
            and all(
                ln.blank or _SIGNATURE_ROW.match(ln.clean) or _STAMPED.match(ln.clean)
                for ln in lines[pos + 1 :]
            )
        ):
            # "Referent: Name, unit" as the document's last line (perhaps over the rows of
            # signatures, or the system's stamp of the minutes' approval): who wrote it
            return pos
        if (
            next_meeting
            and body
            and not field
            and text[:1] in "Nn"
            and _NEXT_MEETING.match(text)
            and not _decision_label_below(lines, pos)
        ):
            return pos
        if body and text[:1] in "Ss" and _PASSED.match(text):
            return pos  # "Således passeret, Birkholm 8/4-2025.": the protocol's closing formula
        if body and text[:1] in "EeRrBb" and _ERRATUM.match(text):
            return pos  # the correction added after the meeting, closing the minutes
        if (
            body
            and text[:1] in "GgUuSsRrPp"
            and _SIGNED_BY.match(text)
            and _names_to_end(lines, pos, skip)
        ):
            # "Godkendt:" / "Karen Holm · Ib Berg · …": the members who approved the
            # minutes, signing under the last item (no outcome of it)
            return pos
        if (
            body
            and signers_named(text)
            and all(
                ln.blank or _SIGNATURE_ROW.match(ln.clean) or _PAGE_LINE.match(ln.clean)
                for ln in lines[pos + 1 :]
            )
        ):
            # "Referat godkendt af: Karen Holm · Ib Berg · …" as the document's last line:
            # who approved the minutes, named on the label's line (no outcome of the item)
            return pos
        if (
            body
            and text[:1] in "RrGgEeDd_*"
            and _MINUTES_APPROVED_BY.match(text)
            and all(
                ln.blank
                or (skip is not None and ln.index in skip)
                or _SIGNATURE_ROW.match(ln.clean)
                or _signer_line(ln.clean)
                or _PAGE_LINE.match(ln.clean)
                # ("Bredby, den 18. juni 2024": where and when the minutes were signed)
                or place_dated(ln.clean)
                for ln in lines[pos + 1 :]
            )
        ):
            # "Referatet er godkendt af formanden pr. mail 7/3-2025.", "Godkendt af
            # formanden 18.08.16 /SJE" as the document's last line (perhaps over the
            # signer: "Karen Holm, formand"; a web page's stamp of its last change after
            # it is furniture): how the minutes were approved after the meeting, no
            # item's text
            return pos
        if body and not field and text[:1] in "Rr" and _minutes_approved_signed(lines, pos, skip):
            return pos  # "Referatet godkendt." / "Karen Holm" / "Borgmester": the minutes' close
        if text:
            # "Beslutning:" / "Næste møde er …": the line is the field's text, and a label
            # alone is no text of the item
            field = heading_key(lines[pos]) is not None
            body = body or not field
    return None


def _minutes_approved_signed(lines: list[Line], pos: int, skip: set[int] | None) -> bool:
    """The line at ``pos`` says the minutes were approved, alone ("Referatet godkendt."),
    and only the signers' lines (a name, an office, one or more) stand under it to the
    document's end: the minutes' closing formula over the signature, no item's outcome
    (not where the line is the text under a decision's label, a last item approving the
    minutes of before)."""
    if not _MINUTES_APPROVED_BARE.match(lines[pos].clean.strip()):
        return False
    rows = [
        ln.clean.strip()
        for ln in lines[pos + 1 :]
        if not ln.blank and not (skip is not None and ln.index in skip)
    ]
    return 0 < len(rows) <= 8 and all(
        _SIGNATURE_ROW.match(row) or _signer_line(row) or _PAGE_LINE.match(row) for row in rows
    )


def _decision_label_below(lines: list[Line], pos: int) -> bool:
    """The next line with text after ``pos`` is the decision's label ("Næste møde er d. 22.
    januar." / "Beslutning: Ingen."): the line is the last item's text, its decision below."""
    below = next((ln for ln in lines[pos + 1 :] if not ln.blank), None)
    if below is None:
        return False
    if below.clean[:10].lower() == "beslutning" and _DECISION_LABEL.match(below.clean):
        return True  # "Beslutning: Ingen.": the label and its text on one line
    key = heading_key(below)
    return key is not None and key[0] == "beslutning"


#: "Beslutning:", "Beslutning: Ingen.": the decision's label opening a line.
_DECISION_LABEL = re.compile(r"^beslutning\s*:", re.I)


#: (the heading of the follow-up list a forum's notes end with: ``parse.FOLLOW_UP_LABEL``)
_FOLLOW_UP = FOLLOW_UP_LABEL
#: A line of that list: a bullet, a check box or a number ("- [ ] Birthe – …", "☐ Sofie …").
_LIST_LINE = re.compile(r"^\s*(?:[-•*–·▪◦☐☑☒]|\d{1,2}[.)])\s*\S")
#: A decision log's row: its id, the meeting's number and the decision's ("14-1 08.14 …",
#: "07-01 | 17/3 | …"), or its head row ("Tidspunkt Beslutning Ansvarlig Deadline").
_LOG_ROW = re.compile(
    r"^(?:\d{1,3}-\d{1,3}\s|(?:(?:nr\.?|#|tidspunkt|tid|dato|beslutning|ansvarlig|deadline|frist"
    r"|status)(?:\s*\|\s*|\s+|$)){3,}$)",
    re.I,
)


def _follow_up(lines: list[Line], after: int, closing: int | None) -> tuple[int, list[int]] | None:
    """(position of the follow-up list's heading, positions of it and its lines) after the
    last item heading, where a heading such as "Handlinger" stands over two or more list
    lines or table rows; else None (an "Opfølgning" field with a sentence under it is the
    item's)."""
    for pos in range(after + 1, len(lines) if closing is None else closing):
        if not _FOLLOW_UP.match(lines[pos].clean.strip()):
            continue
        listed = [pos]
        for k in range(pos + 1, len(lines)):
            if lines[k].blank:
                continue
            # a bullet, or a table's row ("Hvad<TAB>Hvem<TAB>Hvornår" over the tasks: a Word
            # template's follow-up table, its cells parted by tabs)
            row = lines[k].clean.strip()
            if not (_LIST_LINE.match(row) or "\t" in row or " | " in row or _LOG_ROW.match(row)):
                break
            listed.append(k)
        if len(listed) >= 3:
            return pos, listed
    return None


def _closing_placed(lines: list[Line], closing: int, skip: set[int] | None) -> list[int]:
    """Indexes of the lines the closing line at ``closing`` places under it: the signatures
    under "Underskrifter:" (or "Godkendt:" over the names), else the coda."""
    text = lines[closing].clean
    if _SIGNATURES.match(text) or _SIGNED_BY.match(text):
        return _signature_lines(lines, closing, skip)
    return _coda(lines, closing, skip)


def minutes_closed(
    lines: list[Line], after: int, skip: set[int] | None = None
) -> tuple[int, list[int]] | None:
    """The line closing the minutes after the last heading at ``after`` ("Mødet hævet kl.
    …", "Referatet er godkendt af formanden den …" as the last line) and the indexes it
    places (itself and the lines under it), for a flow that reads items to the document's
    end (the agenda system's export); None where no such line stands, or where it opens
    an erratum (the meeting's note, which only this module's flow keeps)."""
    closing = _closing_line(lines, after, skip)
    if closing is None or _ERRATUM.match(lines[closing].clean):
        return None
    return closing, [lines[closing].index, *_closing_placed(lines, closing, skip)]


def _coda(lines: list[Line], closing: int, skip: set[int] | None = None) -> list[int]:
    """Indexes of the closing lines right under the closing one ("Mødet sluttede kl. 21.05"
    / "Næste møde: 27. oktober 2009." / "Referent: …"): placed, being no item's text. Page
    furniture in ``skip`` between them (the last page's footer over "Udskrevet: …") is
    passed over."""
    out: list[int] = []
    for pos in range(closing + 1, len(lines)):
        line = lines[pos]
        text = line.clean
        if line.blank or (skip and line.index in skip):
            continue
        if text[:1] in "Uu" and _SIGNATURES.match(text):  # "Underskrifter:" under them
            return [*out, line.index, *_signature_lines(lines, pos)]
        if text[:1] in "GgUuSsRrPp" and _SIGNED_BY.match(text) and _names_to_end(lines, pos, skip):
            # "Underskrevet" / "Name  Name  Name" under the next meeting's date: the members
            # who signed, to the document's end
            return [*out, line.index, *_signature_lines(lines, pos)]
        if not (
            _CLOSING.match(text)
            or _NEXT_MEETING.match(text)
            or (text[:1] in "Ss" and _PASSED.match(text))
            or _CODA.match(text)
            or _SIGNATURE_ROW.match(text)
            or _signer_line(text)
        ):
            break
        out.append(line.index)
    return out


#: The offices a signer of the minutes holds, written under or after the name.
_SIGNER_POSTS = (
    r"(?:vice)?borgmester|(?:næst|udvalgs)?formand|kommunaldirektør|direktør|"
    r"sekretær|referent|mødeleder|forperson"
)
#: Who signed, under the closing line: the signer's name alone or with the office after a
#: comma ("Karen Holm", "Karen Holm, borgmester"), and the offices alone on the line under
#: the names, one per column ("Borgmester", "Borgmester  Kommunaldirektør", the gap closed).
_SIGNER = re.compile(
    rf"^[A-ZÆØÅ][\w.\-]+(?:\s+[A-ZÆØÅ][\w.\-]+){{1,3}}(?:,\s*(?i:{_SIGNER_POSTS}))?$|"
    rf"^(?i:(?:{_SIGNER_POSTS})(?:\s+(?:{_SIGNER_POSTS})){{0,3}})$"
)


def _signer_line(text: str) -> bool:
    """A signer's line under the closing line: "Karen Holm", "Karen Holm, formand"; also
    "/Karen Holm", the secretary's sign-off after a slash."""
    if text[:1] == "/":
        text = text[1:].strip()
    return text[:1].isalpha() and len(text) <= 80 and _SIGNER.match(text) is not None


#: A row of signatures under the closing line: names only, capitalised words
#: ("Erik Lauritzen  Jens Hundahl  …", the gaps collapsed), or the lines to sign on; also
#: names with their posts in tab-parted cells ("Allan S. Andersen, formand<TAB><TAB>Mads
#: Holck, beredskabschef": a Word table of signatures; "Inge Holm, formand  Karl Nyholm,
#: næstformand", the cells' gap collapsed to a space).
_SIGNATURE_ROW = re.compile(
    # ("Jens Holm (fmd.)  Kirsten Lund  …": the chair's post in brackets after the name)
    r"^[A-ZÆØÅ][\w.\-]+(?:\s+(?:[A-ZÆØÅ][\w.\-]+|\([a-zæøå.]{2,12}\))){3,}$|"
    # ("Godkendt den ________", "Dato: ______": a word or two leading the blank to date or
    # sign on, a printed form's line under the minutes)
    r"^(?:[A-ZÆØÅ][a-zæøå.]{1,12}(?:\s+[a-zæøå.]{1,8})?\s*:?\s+)?_{3,}(?:\s+_{3,})*$|"
    r"^(?:[A-ZÆØÅ][\w.\-]*(?: [A-ZÆØÅ][\w.\-]*){1,3}, [a-zæøå][\wæøå-]{2,30}"
    r"(?:\t+|\s+(?=[A-ZÆØÅ])|$)){2,}$"
)


def part_markers(lines: list[Line]) -> dict[int, bool]:
    """Line index -> True for a line opening the closed part, False the open part."""
    out: dict[int, bool] = {}
    for line in lines:
        text = line.clean
        # (the cheap gate: "Åbne …", "Lukket …", or "Afsnit"/"Del" before them; a first
        # letter alone would let every "Dagsorden", "Af …" through; a blank line none)
        if (
            text
            and text[0] in "ÅåLlAaDd"
            and len(text) <= 30
            and (text[0] in "ÅåLl" or text[1:3].lower() in ("fs", "el"))
        ):
            m = _PART.match(text)
            if m:
                out[line.index] = m.group("which").lower().startswith("lukke")
    return out


#: "Nedenstående punkter er behandlet for lukkede døre.", "Punkterne behandles for lukket
#: dør", "Byrådet behandlede punkt 4 og 5 for lukkede døre": the closed part's note right
#: under its line, the part's and no item's text.
_CLOSED_PART_NOTE = re.compile(
    r"\b(?:behandle(?:[st]|de|r)?|drøfte(?:[st]|de|r)?)\b[^.]{0,40}?\s(?:for|bag)\s+"
    r"lukke(?:de|t)\s+døre?\b",
    re.IGNORECASE,
)


def closed_part_notes(lines: list[Line], markers: dict[int, bool]) -> set[int]:
    """The line indexes of the notes right under a "Lukket møde" line (see
    ``_CLOSED_PART_NOTE``): one paragraph of a line or two before the first item."""
    out: set[int] = set()
    if not any(markers.values()):
        return out
    at = {ln.index: k for k, ln in enumerate(lines)}
    for index, closed in markers.items():
        k = at.get(index)
        if not closed or k is None:
            continue
        k += 1
        while k < len(lines) and lines[k].blank:
            k += 1
        note = lines[k].clean if k < len(lines) else ""
        if "lukke" in note and _CLOSED_PART_NOTE.search(note):
            out.add(lines[k].index)
    return out


def _closed_parts(
    heads: list[Head], lines: list[Line], markers: dict[int, bool], toc: Contents | None
) -> list[Head]:
    """Headings below a "Lukket møde" line (and above an "Åbne …" one) are closed items;
    the same lines inside the contents list group its entries, and the items listed under
    its closed part's line are closed."""
    if not heads or not any(markers.values()):
        return heads
    listed_closed: set[int] = set()
    if toc and toc.positions:
        first, end = lines[min(toc.positions)].index, lines[toc.end - 1].index
        listed_closed = _listed_closed(toc, {i: c for i, c in markers.items() if first <= i <= end})
        markers = {i: c for i, c in markers.items() if not first <= i <= end}
    out = []
    for h in heads:
        above = [closed for index, closed in markers.items() if index < lines[h.pos].index]
        shut = (above and above[-1]) or h.number in listed_closed
        out.append(replace(h, closed=True) if shut else h)
    return out


def _listed_closed(toc: Contents, markers: dict[int, bool]) -> set[int]:
    """The numbers of the entries listed under the contents list's closed part's line
    ("Åbne sager" / "Sag nr. 61  Title" / … / "Lukkede sager" / "Sag nr. 69  Title");
    none listed in the open part too (a closed part numbered from 1 again names no item
    by its number alone)."""
    if not any(markers.values()):
        return set()
    shut: set[int] = set()
    kept: set[int] = set()
    for e in toc.entries:
        above = [closed for index, closed in markers.items() if index < e.pos]
        if e.number is not None:
            (shut if above and above[-1] else kept).add(e.number)
    return shut - kept


def _points_under_listed_groups(
    heads: list[Head],
    cands: list[Head],
    lines: list[Line],
    markers: dict[int, bool],
    min_evidence: int,
    toc: Contents,
) -> list[Head]:
    """The points of numbered groups where the contents list names the groups: "2
    Arbejdsmiljø" listed, "Pkt. 2 Arbejdsmiljø" over "Pkt. 2.1", "Pkt. 2.2" in the text. The
    points are the items (numbered by place, see ``headings``), not the list's numbers,
    which matched only some of them (a point numbered 4 by place is no entry 4); the list
    keeps the entries that title an item, renumbered to it. ``heads`` unchanged unless every
    entry titles a point or a group heading over points."""
    chain = [h for h in _chain_by_part(cands, lines, markers, min_evidence) if h.pos >= toc.end]
    if len(chain) <= len(heads):
        return heads
    group_lines = numbered_group_lines(lines, [h.pos for h in chain])
    if not group_lines:
        return heads
    group_titles = [t for ln in lines if ln.index in group_lines and (t := group_title(ln))]
    entries = []
    for entry in toc.entries:
        head = next((h for h in chain if titles_match(entry.title, h.title)), None)
        if head is not None:
            entries.append(replace(entry, number=head.number))
        elif not any(titles_match(entry.title, t) for t in group_titles):
            return heads
    toc.entries = entries
    return chain


def _chain_by_part(
    cands: list[Head],
    lines: list[Line],
    markers: dict[int, bool],
    min_evidence: int,
    groups: set[int] | frozenset[int] = frozenset(),
) -> list[Head]:
    """The increasing run of headings, in each part of the meeting on its own where that
    finds more: a closed part may number its items from 1 again ("LUKKET DAGSORDEN" /
    "Punkt 1:"), and so may each group of an agenda sorted by purpose ("Del A –
    Beslutningspunkter" / "Punkt 1: …" … "Del B – Orienteringspunkter" / "Punkt 1: …"),
    the line indexes ``groups``."""
    whole = chain(cands, min_evidence)
    if not any(markers.values()) and len(groups) < 2:
        return whole
    cuts = sorted({*markers, *groups})
    parts: list[list[Head]] = [[] for _ in range(len(cuts) + 1)]
    for h in cands:
        parts[sum(1 for c in cuts if c < lines[h.pos].index)].append(h)
    split = [h for part in parts for h in chain(part, min_evidence)]
    return split if len(split) > len(whole) else whole


#: "22\t18\t3", "1.250\t12 %": the cells of figures a data table's row ends in.
_FIGURE_CELLS = re.compile(r"(?:\t\s*[-+]?\d[\d.,]*\s*%?\s*){2,}$")


def _figures_row(head: Head) -> bool:
    """Whether a numbered candidate is a table's row in an item's text, not a heading: its
    title followed by two or more cells of figures ("A4<TAB>Kødfri dage i kantiner<TAB>22
    <TAB>18<TAB>3", a vote's for, against and abstaining; a budget's columns). A contents
    line ends in one figure, its page."""
    return not head.styled and "\t" in head.title and _FIGURE_CELLS.search(head.title) is not None


def _list_in_one_item(lines: list[Line], positions: list[int], skip: set[int]) -> list[Head]:
    """The unnumbered items a web page's or Word table's styled headings open, where the
    only numbered run is a plain list inside one item's text (a recommendation's "1. Flere
    ledige i job" / "2. …" under "## Beskæftigelsesplan 2025", each item its own table
    titled by a heading and its decision in a "Udvalgets beslutning den …" row); else [].
    ``positions``: the numbered run's lines."""
    if any(lines[p].heading_level for p in positions):
        return []
    styled = [p for p, ln in enumerate(lines) if ln.heading_level and ln.index not in skip]
    if len(styled) < 3:
        return []
    gaps = {sum(1 for p in styled if p < pos) for pos in positions}
    if len(gaps) != 1 or 0 in gaps:
        return []
    found = heading_items(lines, skip)
    return found if len(found) >= 3 else []


#: The listed titles a plain-text agenda needs before a numbered run inside one of its
#: items is read as that item's list (two could be a list's lead and its own entry).
_MIN_LISTED = 3


def _list_in_one_listed_item(
    lines: list[Line], positions: list[int], skip: set[int]
) -> tuple[list[Head], Contents] | None:
    """The unnumbered items of a plain-text agenda ("Dagsorden:" over "- Title" bullets, each
    title repeated below as the line opening its item, ``unnumbered.listed_items``) where
    the only numbered run is a list side by side inside one of those items (a council's
    budget split "1. Koncert: 10.000 kr." / "2. …" under one of its titles, read as a
    contents list or as the items); else None. ``positions``: the run's lines.
    Every listed title must recur, three or more, none of them a line of the run."""
    if not positions or any(lines[p].heading_level for p in positions):
        return None
    if positions != list(range(positions[0], positions[0] + len(positions))):
        return None  # (the cheap test: real item headings never stand on adjacent lines)
    found = listed_items(lines, skip)
    if found is None:
        return None
    heads, toc = found
    if len(heads) < _MIN_LISTED or len(heads) != len(toc.entries):
        return None
    opens = [h.pos for h in heads]
    gaps = {sum(1 for p in opens if p < pos) for pos in positions}
    if len(gaps) != 1 or 0 in gaps or set(opens) & set(positions):
        return None
    return heads, toc


def _headless_list(
    lines: list[Line], heads: list[Head], skip: set[int]
) -> tuple[list[Head], Contents] | None:
    """``unnumbered.headless_listed_items`` where the page styles headings (the cheap test
    first) and none of its headings is one of ``heads`` (numbered items' own headings
    would not repeat a list's bare titles)."""
    if not any(ln.heading_level for ln in lines):
        return None
    found = headless_listed_items(lines, skip)
    if found is None or {h.pos for h in found[0]} & {h.pos for h in heads}:
        return None
    return found


def _capital_headings(lines: list[Line], skip: set[int]) -> list[Head]:
    """``heading_items``, or where all their titles are in capitals and the titles in
    capitals (``capital_items``) are more and hold them all, those: the labelled items
    ("HØRING: …" / "Konkl.: …") of minutes whose short items write their outcome bare
    under the title ("GODKENDELSE AF DAGSORDEN" / "Godk.")."""
    heads = heading_items(lines, skip)
    if not heads or any(h.title.upper() != h.title for h in heads):
        return heads
    capitals = capital_items(lines, skip)
    if len(capitals) <= len(heads) or not {h.pos for h in heads} <= {h.pos for h in capitals}:
        return heads
    # each title the capitals add states its outcome in its paragraph (not a title
    # block's "<BODY> I <TOWN>" over "REFERAT AF MØDE …")
    known = {h.pos for h in heads}
    ends = [h.pos for h in capitals[1:]] + [len(lines)]
    for h, end in zip(capitals, ends, strict=True):
        if h.pos not in known and not any(
            outcome_line(ln.clean) for ln in lines[h.pos + 1 : end] if not ln.blank
        ):
            return heads
    return capitals


def _without_page_tails(lines: list[Line], read: set[int]) -> list[Line]:
    """``lines`` with the page number ("  Side 1 af 2") cut off the page headers in ``read``."""
    return [
        ln._replace(clean=PAGE_TAIL.sub("", ln.clean))
        if ln.index in read and "ide " in ln.clean[-12:]
        else ln
        for ln in lines
    ]


def toc_titles(toc: Contents) -> frozenset[str]:
    """The titles a contents list lists."""
    return frozenset(e.title for e in toc.entries)


def fields_under_contents(
    lines: list[Line],
    toc: Contents,
    first: int,
    head: Header,
    skip: set[int],
    placed: set[int],
) -> None:
    """Fill the meeting's date, start and place that ``head`` lacks from the header fields
    between the contents list and the first item (``first``): a web page whose side column
    lists the items before the printable page's header. Nothing where those lines name no
    date (no meeting's header, text of another kind)."""
    end = max(toc.positions, default=first) + 1
    if end >= first:
        return
    met: set[int] = set()
    under = read_header(lines[end:first], skip, met)
    if under.date is None or (head.date is not None and under.date != head.date):
        return
    head.date = head.date or under.date
    head.start_time = head.start_time or under.start_time
    head.location = head.location or under.location
    # ("Dagsordenpunkter" / "1. Title" … / "## Kommunalbestyrelsen" / "Mødedato: …": the
    # page's title names the forum under the side list, nothing above it does)
    head.forum = head.forum or under.forum
    placed.update(met)


def parse_numbered(
    lines: list[Line],
    layout: str,
    extra_skip: set[int] | None = None,
    min_evidence: int = 1,
) -> ParsedMeeting:
    """Parse a document whose items are numbered headings (every family but the agenda
    system's ``Punkt N:``): contents list first, else the increasing run with evidence."""
    markers = part_markers(lines)
    groups = group_headings(lines)
    skip = furniture(lines) | (extra_skip or set()) | set(markers) | groups
    # ("## Beslutningslog" / "2<TAB>Title<TAB>GODKENDT": a summary of the items decided, no
    # contents list)
    logged = decision_log_lines(lines)
    skip |= logged
    skip |= closed_part_notes(lines, markers)
    nxt = next_agenda(lines)
    if nxt is not None:  # the next meeting's agenda under the minutes: none of its items
        skip |= {ln.index for ln in lines[nxt:]}
    cands = [h for h in candidates(lines, skip) if not _figures_row(h)]
    # ("1. Valg af dirigent" / prose: a general meeting's statutory points are its headings)
    cands = assembly_heads(cands)
    if len({h.number for h in cands}) < len(cands):
        # ("2. Title" / notes … "BESLUTNINGER" / "Ad 2. Title" / the decision: the items
        # taken again with their decisions, no items of their own)
        cands = ads_taken_again(cands, lines)
    strong = [h.pos for h in cands if h.evidence >= 2]
    toc = contents(lines, skip, strong[0] if strong else None, cands)
    if toc is not None and len(toc.entries) < 2:
        toc = None
    titled = assembly_titles(lines, skip)
    if titled and toc is not None and min(toc.positions, default=-1) > titled[0].pos:
        # ("Forslag:" / "1) …" / "2) …": the proposals under a general meeting's point)
        toc = None
    if in_text := lists_under_their_items(cands, lines):
        # "Forslagene omfatter bl.a.:" / "1) …" / "2) …" in item 2's text: no contents list,
        # and its lines no item headings
        cands = [h for h in cands if h.pos not in in_text]
        if toc is not None and toc.positions & in_text:
            # ("Aftaler:" / "1. …" / "2. …" / "## 4. Title": the list and the next item's
            # heading below it taken for a contents list; a list in an item lists no items)
            toc = None
    if (
        toc is not None
        and (planned := planned_run(lines, cands))
        and min(toc.positions, default=-1) > cands[planned[0]].pos
    ):
        # ("**2) Title**" / "Formål: Drøftelse" / "1. <question>" / "2. …": a list inside
        # an agenda's planned item lists no items)
        toc = None
    heads = match_contents(cands, toc) if toc else []
    if toc is not None and len(heads) < len(toc.entries):
        # "1. Title" … listed, "Ad 1)" / "Ad.4) Økonomi" … below: the points answered
        heads = ad_points(heads, cands, lines, toc)
    in_item: list[int] = []  # a numbered list found inside an item's text (lead_in_list)
    if (
        toc is not None
        and all(h.pos in toc.positions for h in heads)
        and lead_in_list(sorted(toc.positions), lines)
    ):
        # "Næste skridt:" / "1. …" / "2. …" inside an item under a heading
        in_item = sorted(toc.positions)
        toc, heads = None, []
    if heads and toc is not None:
        # ("1. Title" / "2. Title" / "...": a list cut short, the items numbering on below)
        heads = continued_heads(lines, heads, cands, toc)
        heads = _points_under_listed_groups(heads, cands, lines, markers, min_evidence, toc)
    if not heads:
        heads = _chain_by_part(cands, lines, markers, min_evidence, groups)
        if toc is None:
            heads = taken_out_of_order(heads, cands, lines)
            if points := supplementary_points(cands, lines):
                # "Tillægspunkt 1" / "Tillægspunkt 2" handled between items 2 and 3: the run
                # of the numbered items, the points set among them
                taken = {h.pos for h in points}
                rest = [h for h in cands if h.pos not in taken]
                own = _chain_by_part(rest, lines, markers, min_evidence, groups)
                if len(mixed := with_supplementary(own, points)) > len(heads):
                    heads = mixed
            if lead_in_list([h.pos for h in heads], lines):
                in_item = [h.pos for h in heads]
                heads = []  # the same list read as a run of headings
        elif (
            heads
            and heads[0].pos >= toc.end
            and lead_in_list([h.pos for h in heads], lines, toc_titles(toc))
        ):
            # "Agenda" / "1. Title" … then "Title" / "… bekymret for:" / "1. …" / "2. …":
            # a list under its lead-in in the text of an item the contents list titles (its
            # titles written again, unnumbered, are the items' headings)
            in_item = [h.pos for h in heads]
            heads = []
        if toc:  # keep what the contents list says about them
            heads = [h for h in heads if h.pos >= toc.end]
        elif titled and len(titled) > len(heads):
            # "BERETNING:" / "Regnskab:" / …: a general meeting's points unnumbered (a
            # numbered list of proposals under one of them no run of items)
            heads = titled
    if (
        heads
        and (toc is None or toc.positions)
        and (paged := paged_items(lines, skip))
        and len(paged[0]) > len(heads)
        and (toc is None or min(paged[1].positions) < min(toc.positions))
    ):
        # "Indholdsfortegnelse" / "Title   2" … over items that carry no number, a numbered
        # list in an item's text taken for the items or for their contents list: the paged
        # list's titles, repeated as the items' heads, read more of them
        heads, toc = paged
    heads = absorb_duplicates(heads, cands, lines, toc)
    heads = _closed_parts(heads, lines, markers, toc)
    if heads and toc is None and (styled := _list_in_one_item(lines, [h.pos for h in heads], skip)):
        heads = styled
    elif (
        heads
        and toc is None
        and (listed := _list_in_one_listed_item(lines, [h.pos for h in heads], skip))
    ):
        # "Dagsorden:" / "- Title" … repeated below as plain lines, "1. …" / "2. …" in one
        # item's text (the last over the item's decision) taken for the items: the titles
        heads, toc = listed
    elif toc is None and (headless := _headless_list(lines, heads, skip)):
        # "- Title" / "- Title" / … with no head over them, each title repeated below as a
        # styled heading among the sections' headings of the same style: those headings
        heads, toc = headless
    if heads and toc is None and (topics := list_in_one_topic(lines, [h.pos for h in heads], skip)):
        heads = topics  # "Tema: <title>" items, a numbered list in one topic's text
    if heads and toc is None and (overview := bulleted_contents(lines, heads, skip)):
        # "Dagsorden" / "- Title (sag 25/1187)" above items Word numbered by itself
        toc, heads = overview
    if (
        heads
        and toc is None
        and heads[0].pos > 0
        and (lettered := lettered_contents(lines, heads, skip))
    ):
        # "Dagsorden" / "  Temadrøftelser" / "     a) Title": a list lettered in small letters
        # under the groups' own names, the heads "a) Title" below
        toc = lettered
    if not heads and toc is None:
        # an internal forum's notes that number nothing: the titles listed under "Agenda"
        # and repeated, or each item a heading of its own
        listed = listed_items(lines, skip) or paged_items(lines, skip)
        heads, toc = (
            listed
            if listed
            else (
                # (a numbered list under a lead-in inside an item, "… tre indsatser:" /
                # "1. …", in a page whose items are its styled headings: those)
                (in_item and _list_in_one_item(lines, in_item, skip))
                or marked_items(lines, skip)
                # (the strict reading first: every one-line title paragraph followed by
                # its decision label, else none; the looser heading rules after it)
                or paragraph_items(lines, skip)
                or _capital_headings(lines, skip)
                or topic_items(lines, skip)
                or bullet_items(lines, skip)
                # (titles in capitals over their notes and unlabelled outcome)
                or capital_items(lines, skip),
                None,
            )
        )
    elif not heads and toc is not None:
        # a contents list over headings that carry no number (titles and pages only,
        # "Title ..... 2", or Word's heading numbers lost): each item opens with its title
        heads = repeated_titles(lines, toc, skip)
        if heads and any(e.number is None for e in toc.entries):
            toc.entries = [replace(e, number=k + 1) for k, e in enumerate(toc.entries)]
        elif not heads and (listed := _list_in_one_listed_item(lines, sorted(toc.positions), skip)):
            # "Dagsorden:" / "- Title" … repeated below as plain lines, "1. …" / "2. …" in
            # one item's text taken for a contents list: the listed titles are the items
            heads, toc = listed
    if not heads and toc is None:
        raise NotMinutes(
            f"no agenda items found (layout {layout}: expected numbered item headings such "
            "as '1. <title>' under a contents list, 'Pkt. 1', or 'Punkt 1: <title>')"
        )
    # "2 Orientering" over "2.1 …": a numbered group's heading, no text of the item above
    skip |= numbered_group_lines(lines, [h.pos for h in heads])
    starts = [h.pos for h in heads] + ([min(toc.positions)] if toc and toc.positions else [])
    header_end = min(starts) if starts else len(lines)
    placed: set[int] = set()
    warnings: list[str] = []
    if nxt is not None and (rest := [ln for ln in lines[nxt:] if not ln.blank]):
        warnings.append(
            f"the file goes on with the next meeting's agenda (from line {rest[0].index + 1}: "
            f"{rest[0].clean.strip()[:60]!r} …); only this meeting's minutes were read"
        )
    # A running header above the first item may be the only place naming forum and date.
    # (a running header's copies, and a two-page printout's title repeated as its page
    # header, are read for the meeting's facts)
    heads_read = running_heads(lines, set()) | first_page_title(lines, skip, header_end)
    # ("<X> Kommune – Handicaprådet   Referat 01.10.2013   Side 1 af 2": such a page
    # header is read without its page number, which would end the body's name)
    header_lines = _without_page_tails(lines[:header_end], heads_read)
    head = read_header(header_lines, skip - heads_read, placed)
    if (
        header_end
        and opens_mid_item(lines[:header_end], skip)
        and (paged := fragment_page_meeting(lines))
    ):
        # a later page cut from longer minutes: the text above the first item is the end
        # of an item a page before (its dates are the case's); the page's running header
        # or footer names the meeting ("<body> – 29. august 2023 – side 6")
        met: set[int] = set()
        fragment = read_header(paged, skip - {ln.index for ln in paged}, met)
        if fragment.date is not None:
            head, placed = fragment, met
    if head.date is None and (dated := with_mail_year(lines, header_end)) is not None:
        # e-mailed minutes dated "tirsdag 14/1": the year from the mail's sending date
        placed.clear()
        head = read_header(dated[:header_end], skip - heads_read, placed)
    if head.date is None and (dated := with_footer_year(lines, header_end)) is not None:
        # "Tidspunkt: onsdag d. 12/6 kl. 18.30" over items, "… Referat 12.06.2019 side 1 af
        # 3" in the page footers copied with the text: the year from the footer
        placed.clear()
        head = read_header(dated[:header_end], skip - heads_read, placed)
    if (head.date is None or head.stamp_dated) and (
        scanned := with_ocr_date(header_lines)
    ) is not None:
        # a scanned page's "onsdag den l2. marts 1997" (OCR's l for a 1), or the opening
        # sentence's year on the typed line under "… mandag den 3. november": read whole
        # (also under a received stamp, "MODTAGET" / "14. OKT. 1996", whose date the header
        # took for want of a better one)
        met = set()
        ocr_read = read_header(scanned[0], skip - heads_read, met)
        if ocr_read.date is not None and not ocr_read.stamp_dated:
            head, placed = ocr_read, placed | met | scanned[1]
    noted = None
    if head.date is None or not (head.forum and head.start_time and head.location):
        # "Her er noterne fra torsdagens chefgruppemøde (28/8, kl. 9-11, <place>)": the
        # mail's covering note names the meeting, the year from the mail's sending date
        # (and gives what the header left out where it names the meeting the header dates)
        noted = covering_note_meeting(lines[:header_end])
    if noted is not None and head.date in (None, noted.date):
        head.date = noted.date
        head.start_time = head.start_time or noted.start
        head.location = head.location or noted.place
        if noted.forum:
            # ("referatet fra <forum>, tirsdag den …": the note's facts are placed text)
            head.forum = head.forum or noted.forum
            placed.add(noted.index)
    if (
        toc is not None
        and heads
        and not (head.date and head.start_time and head.location and head.forum)
    ):
        # a side column's contents list above the page's own header ("Punkter" / "1. Title"
        # … / "Referat" / "Mødedato: …" / "Mødested: …" / "1. Title"): the meeting's fields
        # between the contents and the first item fill what the lines above left out
        fields_under_contents(lines, toc, heads[0].pos, head, skip - heads_read, placed)
    if head.date is None and heads and (meta := meta_under_title(lines, heads[0].pos)):
        # "Title (punkt 1)" / "<forum> | Onsdag 22. juni 2022, kl. 16.30 | <place>": a
        # portal's page per item, the meeting's line under each item's title
        met: set[int] = set()
        paged = read_header(header_lines + meta, skip - heads_read, met)
        if paged.date is not None:
            head, placed = paged, placed | met
    if head.date is None and (footer := dated_page_footer(lines, skip)):
        # "<body>, 9. april 2024   Side 1" under each page, a title without the date above
        # the first item: the page footer dates the meeting (and names the body)
        met: set[int] = set()
        # (the footer is furniture: skipped as text, read here for the facts alone)
        footed = read_header(header_lines + footer, skip - heads_read - {footer[0].index}, met)
        if footed.date is not None:
            head, placed = footed, placed | met
    if head.date is None:
        head.date = date_from_body(lines)
    # "… › <body> › Referat 03.12.2012" (the breadcrumb's last crumb), "Mødet afholdt den
    # 4. juni 2015 kl. 19.00" under the items: the meeting dated where no header line does
    fill_elsewhere(head, lines, header_end, placed, skip)
    if not head.forum:
        head.forum = forum_from_body(lines, head.date)
    if not head.forum:
        head.forum = forum_from_meeting_kind(lines[:header_end], placed)
    if head.forum and (full := board_named_in_full(head.forum, lines[:header_end], placed)):
        head.forum = full  # "Referat af møde i skolebestyrelsen" / "Skolebestyrelsen ved …"
    elif head.forum and (met := body_of_title_forum(head.forum)):
        head.forum = met  # "Referat fra bestyrelsesmøde i Vestbjerg Skolebestyrelse"
    elif head.forum and (gathered := body_of_gathering(head.forum)):
        head.forum = gathered  # "Temadag om … – Sundheds- og Ældreudvalget": the body met
    if not head.forum:
        # "Ungerådet Thisted – referat", "Referat fra Ældrerådets møde onsdag 22/1": a
        # body named only by the title or a loose first line
        head.forum, town = title_line_forum(lines[:header_end], placed, skip=skip)
        head.municipality = head.municipality or town
        if not head.forum:
            # "Krisestab – IT-nedbrud (ransomware)": an emergency body and its incident
            head.forum = crisis_title_forum(lines[:header_end], placed, skip=skip)
        if not head.forum:
            # "Tavlemøde IT-drift": a team's operational meeting and the service it runs
            head.forum = operations_title_forum(lines[:header_end], placed, skip=skip)
        if not head.forum and (top := first_page_heads(lines, skip, header_end)):
            # "Referat" / "Økonomiudvalget" on the first page, the body's line repeated as
            # the header of every page after it (furniture there): its first copy is the
            # title's line, read for the body alone
            head.forum = read_header(header_lines, skip - heads_read - top, set()).forum
    elif wider := area_of_bare_body(head.forum, lines[:header_end], placed):
        head.forum = wider  # "Chefgruppen" over "Referat af chefgruppemøde – <area>"
    elif titled := board_of_owner_header(head.forum, lines[:header_end], placed):
        head.forum = titled  # "<Org> · Bestyrelsen" over "Referat af bestyrelsesmøde i <Org>"
    elif present := board_in_attendance(head.forum, lines[:header_end]):
        # "Bestyrelsesmøde nr. 2/2022" over "Til stede: Bestyrelsen for <Org>: …"
        head.forum = present
    if fuller := fuller_heading_forum(head.forum, lines[:header_end], placed):
        head.forum = fuller  # "Emne: … LokalMED Jobcenter" over "## LokalMED – Jobcenter og …"
    if head.forum and head.forum[-1:] == ")" and (period := _ELECTION_PERIOD.search(head.forum)):
        # "Social- og Seniorudvalget (2022-2025)": a portal's name of the committee of one
        # election period; the body is the same from period to period
        head.forum = head.forum[: period.start()]
    if head.location is None and head.date is not None:
        # "Mødet blev holdt mandag den 10/3 kl. 19.30 i <place>.": a web post's lead sentence
        head.location = lead_place(lines[:header_end], placed)
    if head.date is not None and (head.location is None or head.start_time is None):
        # "Mødet blev holdt kl. 16.00-18.00 i <place>." under the last item (also the place
        # alone, "Mødet blev holdt i <place>.", under a header that gave the start)
        closing_facts(lines, header_end, head, placed)
    place_known_lines(lines[:header_end], head, placed)
    # "Noter" between a Teams page's agenda list and its first item: the section's heading
    first_item = heads[0].pos if heads else header_end
    if heads:  # "Sager på mødet: 019, 020, 021": the items listed by number in the header
        placed.update(listed_item_numbers(lines, header_end, {h.number for h in heads}))
    if toc is not None and toc.positions and max(toc.positions) < first_item:
        # "Medlemmer: …" / "Fraværende: …" between the contents list and the first item
        members_after_contents(lines, max(toc.positions), first_item, head, placed, skip)
        # "B = beslutning, D = drøftelse, O = orientering": the key to the contents
        # table's codes, under it
        placed.update(
            ln.index
            for ln in lines[max(toc.positions) + 1 : first_item]
            if "=" in ln.clean and abbreviation_key(ln.clean)
        )
        notes_under_contents(lines[max(toc.positions) + 1 : first_item], head, placed, skip)
    placed.update(ln.index for ln in lines[header_end:first_item] if NOTES_HEAD.match(ln.clean))
    if heads and (
        session := guest_session(
            lines, first_item, placed, skip, max(toc.positions) if toc and toc.positions else -1
        )
    ):
        # "## Dialogmøde med Ældrerådet" / its record / "## 1. Godkendelse af dagsorden":
        # the session with guests before the ordinary items, the meeting's note
        placed.update(lines[p].index for p in session)
        head.notes.append("\n".join(lines[p].clean.strip() for p in session))
    # "Mødet hævet kl. 21.35." written in the header of a short protocol
    placed.update(ln.index for ln in lines[:header_end] if _CLOSING.match(ln.clean))
    for ln in lines[:first_item]:
        if ln.clean[:5].lower() == "mødet" and _SUSPENDED.match(ln.clean):
            # "Mødet blev suspenderet kl. 20.15 og genoptaget kl. 20.30.": the meeting's note
            placed.add(ln.index)
            head.notes.append(ln.clean.strip())
    appended = appended_document(lines, heads[0].pos, head.date, head.forum) if heads else None
    if appended is None and heads and (cut := earlier_minutes(lines, heads[0].pos, head.date)):
        # "## Referat fra mødet den 24. november 2025" under the last item, its items (if
        # read) numbered from 1 again: the previous meeting's minutes sent along
        below = [h for h in heads if h.pos > cut]
        above = [h for h in heads if h.pos < cut]
        if above and (not below or below[0].number <= above[-1].number):
            appended = cut
    if appended is not None and any(h.pos < appended for h in heads):
        # the next meeting's agenda after the minutes: another document, not read
        heads = [h for h in heads if h.pos < appended]
        rest = [ln for ln in lines[appended:] if not ln.blank]
        placed.update(ln.index for ln in rest)
        warnings.append(
            f"the file goes on with another meeting's document (from line {rest[0].index + 1}: "
            f"{rest[0].clean.strip()[:60]!r} …); only this meeting's minutes were read"
        )
    closing = _closing_line(lines, heads[-1].pos if heads else len(lines), skip)
    if appended is not None and (closing is None or closing > appended):
        closing = None
    # "- Nyt fra medlemmerne" / "- Eventuelt" under the numbered contents, each the
    # title of a heading after the last numbered item: the items closing the meeting
    heads, toc = listed_after_numbered(lines, heads, toc, appended if closing is None else closing)
    # "EVT." in capitals after "6) …", its text under it: the standing last item, unnumbered
    heads = with_unnumbered_last(lines, heads, appended if closing is None else closing)

    follow = (
        _follow_up(lines, heads[-1].pos, appended if closing is None else closing)
        if heads
        else None
    )
    if follow is not None:  # the action list after the last item: no text of it
        placed.update(lines[p].index for p in follow[1])
    if closing is not None:
        placed.add(lines[closing].index)
        if _ERRATUM.match(lines[closing].clean):
            # the correction's lines to the end: the meeting's note, no item's text
            rest = [ln for ln in lines[closing:] if not ln.blank and ln.index not in skip]
            placed.update(ln.index for ln in rest)
            head.notes.append("\n".join(ln.clean.strip() for ln in rest))
        else:
            placed.update(_closing_placed(lines, closing, skip))
    end = follow[0] if follow else closing
    remarks = (
        trailing_remarks(lines, heads[-1].pos, len(lines) if end is None else end)
        if heads
        else None
    )
    if remarks is not None:
        # "Bemærkninger:" / "Ad 2: …" after the last item: the protocol's remarks on items
        placed.update(lines[p].index for p in remarks)
        head.notes.append("\n".join(lines[p].clean.strip() for p in remarks[1:]))
        end = remarks[0]
    found = Found(heads, toc, header_end, skip, appended if end is None else end)
    if logged:
        found.logged = logged_decisions(lines)
    if (
        heads
        and head.document_type != "dagsorden"
        and (
            part := decision_part(
                lines, {h.number: h.title for h in heads}, heads[-1].pos, found.end or len(lines)
            )
        )
    ):
        # "II. BESLUTNINGSREFERAT" / "Ad pkt. 1 - Godkendelse af dagsorden" / "Godkendt.":
        # the decisions after the agenda's items, each its item's
        found.end = part[0]
        at = {h.number: h.pos for h in heads}
        found.decisions = {at[n]: ps for n, ps in part[1].items()}
        placed.update(lines[p].index for p in range(part[0], min(ps[0] for ps in part[1].values())))
    return assemble(lines, layout, found, head, placed, warnings)
