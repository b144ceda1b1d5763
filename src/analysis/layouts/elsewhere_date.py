"""The meeting's date where no header line gives it (pure).

A web page of minutes may name its meeting only in the page's breadcrumb ("Forside ›
Politik › Udvalg › <body> › Referat 12.03.2024", the last crumb the meeting's page), or in
a closing sentence under the items ("Mødet afholdt den 4. juni 2015 kl. 19.00", "Mødet
blev afholdt torsdag den 26. april 2018 kl. 14.00 i <place>."). Both are read only where
the header's own grammar found no date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from analysis import dates
from analysis.parse import Line

#: The separators of a breadcrumb's crumbs ("Forside › Politik › <body> › Referat …").
_CRUMB_SPLIT = re.compile(r"\s[›»>]\s")
#: The last crumb: the meeting's page, a date with (or without) the page's kind before it
#: ("Referat 03.12.2012", "Møde 28.02.2022", "Dagsorden og referat 5. maj 2020",
#: "20. juni 2022").
_DATED_CRUMB = re.compile(
    r"^(?:(?:referat|dagsorden|beslutningsprotokol|mødereferat|møde(?:t)?)"
    r"(?:\s+og\s+(?:referat|dagsorden))?\s+(?:(?:fra|af)\s+(?:mødet\s+)?)?(?:den\s+|d\.\s*)?)?"
    r"(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+(?:den\s+|d\.\s*)?)?"
    r"(?P<date>\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{1,2}\.\s*[a-zæøå]{3,9}\.?\s+\d{4})$",
    re.I,
)


def crumb_date(lines: list[Line]) -> dt.date | None:
    """The date of a breadcrumb's last crumb ("… › <body> › Referat 03.12.2012") among
    ``lines``, else None."""
    for line in lines:
        text = line.clean.strip()
        if "›" not in text and "»" not in text and ">" not in text:
            continue  # the cheap check before the crumbs are split
        crumbs = _CRUMB_SPLIT.split(text)
        if len(crumbs) < 3:
            continue  # (a trail has three crumbs at least: "Forside › Politik › …")
        m = _DATED_CRUMB.match(crumbs[-1].strip())
        if m and (found := dates.parse_date(m.group("date"))) is not None:
            return found
    return None


def meeting_sentences(lines: list[Line]) -> Iterator[tuple[Line, str]]:
    """Each of ``lines`` that opens with "Mødet" (a sentence on the meeting itself), with
    its stripped text: the cheap check before a sentence grammar."""
    for line in lines:
        text = line.clean.strip()
        if text[:5].lower() == "mødet":
            yield line, text


@dataclass
class ClosingMeeting:
    """What a closing sentence under the items says of the meeting."""

    date: dt.date
    start: str | None
    place: str | None
    index: int


#: "Mødet afholdt den 4. juni 2015 kl. 19.00", "Mødet blev afholdt torsdag den 26. april 2018
#: kl. 14.00 i <place>.", "Mødet holdtes mandag d. 3/2 2025 kl. 9.00 på <place>": the
#: meeting's date (and its start and place) in a sentence of its own.
_CLOSING_DATED = re.compile(
    r"^mødet\s+(?:er\s+|blev\s+)?(?:af)?holdt(?:es)?\s+"
    r"(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\s+|d\.\s*)?"
    r"(?P<date>\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{1,2}\.\s*[a-zæøå]{3,9}\.?\s+\d{4})"
    r"(?:,?\s+(?:kl\.?|klokken)\s*(?P<h>\d{1,2})[.:](?P<min>\d{2})"
    r"(?:\s*(?:[-–]|til)\s*\d{1,2}[.:]\d{2})?)?"
    r"(?:,?\s+(?:på|i)\s+(?P<place>[^.]{3,100}?))?\s*\.?$",
    re.I,
)


def _last_filled(lines: list[Line], after: int, n: int) -> list[Line]:
    """The last ``n`` lines after ``after`` that are not blank: where minutes close with
    their signature, footer or facts."""
    return [ln for ln in lines[after:] if not ln.blank][-n:]


def closing_meeting(lines: list[Line], after: int) -> ClosingMeeting | None:
    """The meeting a closing sentence among the last lines after ``after`` dates
    ("Mødet afholdt den 4. juni 2015 kl. 19.00"), else None."""
    for line, text in meeting_sentences(_last_filled(lines, after, 12)):
        m = _CLOSING_DATED.match(text)
        if m is None or (found := dates.parse_date(m.group("date"))) is None:
            continue
        start = dates.hhmm(m.group("h"), m.group("min")) if m.group("h") else None
        place = m.group("place").strip() if m.group("place") else None
        return ClosingMeeting(found, start, place, line.index)
    return None


#: "Bredby, den 18. juni 2024", "Nørre Vium d. 3.4.2019": a town and the date, as minutes
#: (a letter) are signed at their end.
_PLACE_DATED = re.compile(
    r"^(?-i:[A-ZÆØÅ])[\wæøå-]+(?:\s(?-i:[A-ZÆØÅ])[\wæøå-]+)?,?\s+(?:den\s+|d\.\s*)"
    r"(?P<date>\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{1,2}\.\s*[a-zæøå]{3,9}\.?\s+\d{4})\.?$",
    re.I,
)
#: How many filled lines from the end the signed date is looked for.
_SIGNED_TAIL = 4


def signed_date(lines: list[Line], after: int) -> tuple[dt.date, int] | None:
    """(the date, its line's index) of a town and date signing the minutes among the last
    filled lines after ``after`` ("Bredby, den 18. juni 2024"), else None."""
    for line in _last_filled(lines, after, _SIGNED_TAIL):
        text = line.clean.strip()
        if not text[:1].isupper():
            continue  # the cheap check before the line's grammar (a town's capital first)
        if (m := _PLACE_DATED.match(text)) and (found := dates.parse_date(m["date"])):
            return found, line.index
    return None


def place_dated(text: str) -> bool:
    """``text`` is a town and a date signing the minutes ("Bredby, den 18. juni 2024")."""
    return _PLACE_DATED.match(text.strip()) is not None


#: The parts of a footer printed once under the last item ("<owner> · <department> ·
#: Referat af møde torsdag den 5. marts 2026"): a middle dot or a bar between them.
_FOOTER_PARTS = re.compile(r"\s[·|]\s")
#: "Udskrevet 6. februar 2026", "Printet den …": a part stamping when the page was printed
#: or made, no date of the meeting.
_PRINT_STAMP = re.compile(r"^(?:udskrevet|printet|eksporteret|genereret|dannet)\b", re.I)


def closing_footer(
    lines: list[Line], after: int, head, placed: set[int], skip: set[int] | None = None
) -> None:
    """Date (and the body where ``head`` has none) of a footer printed once as the last
    line under the items, its parts parted by middle dots or bars, one of them dating the
    meeting ("<owner> · <department> · Referat af møde torsdag den 5. marts 2026"), where
    ``head`` has no date; its line marked as placed (and skipped: no text of the last
    item). A stamp of the document's own (sent, printed, approved) dates no meeting."""
    from analysis.layouts.header import _sent_stamp  # (imports parse)

    tail = _last_filled(lines, after, 1)
    if not tail or len(text := tail[0].clean.strip()) > 120 or "·" not in text and "|" not in text:
        return  # the cheap check before the parts are split
    parts = [part.strip() for part in _FOOTER_PARTS.split(text)]
    if len(parts) < 3 or any(_sent_stamp(part) or _PRINT_STAMP.match(part) for part in parts):
        return
    if (read := _dated_header(tail)) is None:
        return
    found, _met = read
    _take(head, found)
    head.forum = head.forum or found.forum
    placed.add(tail[0].index)
    if skip is not None:
        skip.add(tail[0].index)


#: "Mødedato<TAB>…", "Dato: …": a field of the meeting's date opening a block of fields.
_FACT_TABLE_DATE = re.compile(r"^(?:møde)?dato(?:\s*:|[ \t]*\t)\s*\S", re.I)


def closing_fact_table(
    lines: list[Line], after: int, head, placed: set[int], skip: set[int] | None = None
) -> None:
    """Date, start and place (and the members where ``head`` has none) of the meeting's
    facts printed once under the last item, a block of fields ("Mødedato<TAB>Mandag den 7.
    oktober 2024<TAB>Mødestart<TAB>kl. 18.30" / "Mødested<TAB>…" / "Fraværende<TAB>…": a
    Word or LibreOffice page's fact table set at its foot), its first line the date's
    field, where ``head`` has no date; its lines marked as placed (and skipped: no text of
    the last item's decision)."""
    tail: list[Line] = []
    for line in reversed(lines[after:]):
        if line.blank:
            if tail:
                break
            continue
        tail.insert(0, line)
        if len(tail) > _SIDEBAR_LINES:
            return
    if (
        not tail
        or (text := tail[0].clean.strip())[:1] not in "MmDd"
        or not _FACT_TABLE_DATE.match(text)
    ):
        return  # the cheap check before the header's grammar
    if (read := _dated_header(tail)) is None:
        return
    found, met = read
    _take(head, found)
    head.participants = head.participants or found.participants
    block = {line.index for line in tail}
    placed |= block | met
    if skip is not None:
        skip |= block


#: "Mødedato: torsdag den 7. marts 2024", "Dato for mødet: 07.03.2024": the meeting's date
#: as a field (the field naming the meeting: a bare "Dato:" at the end may date a
#: signature or the approval).
_DATE_FIELD = re.compile(r"^(?:møde\s?dato|dato\s+for\s+mødet)\s*:\s*(?P<date>\S.{4,60})$", re.I)
#: How many filled lines from the end the date field is looked for (a referent's line, a
#: footer's address and a rule may follow it).
_DATE_FIELD_TAIL = 5


def closing_date_field(
    lines: list[Line], after: int, head, placed: set[int], skip: set[int] | None = None
) -> None:
    """The date of a "Mødedato:" field among the last filled lines after ``after`` (a Word
    form's meeting facts printed under the items: "Referent: …" / "Mødedato: torsdag den 7.
    marts 2024"), where ``head`` has none; its line marked as placed (and skipped: no text
    of the last item). A field under "Næste møde" dates the next meeting, not this one."""
    tail = _last_filled(lines, after, _DATE_FIELD_TAIL)
    for above, line in zip([None, *tail], tail, strict=False):
        text = line.clean.strip()
        if text[:4].lower() not in ("møde", "dato") or ":" not in text:
            continue  # the cheap check before the field's grammar
        if (m := _DATE_FIELD.match(text)) is None:
            continue
        if above is not None and "næste møde" in above.clean.lower():
            return
        if (found := dates.parse_date(m.group("date"))) is None:
            continue
        head.date = found
        placed.add(line.index)
        if skip is not None:
            skip.add(line.index)
        return


#: "Mødested: Udvalgsværelset, Rådhuset": the place as a field among the closing lines
#: under the items (beside "Mødet startede kl. …", "Fraværende: …").
_PLACE_FIELD = re.compile(r"^(?:mødested|mødelokale|sted)\s*:\s*(?P<place>\S.{2,100})$", re.I)


def closing_place(lines: list[Line], after: int, placed: set[int]) -> str | None:
    """The place a "Mødested:" field among the last lines after ``after`` names, its line
    marked as placed, else None."""
    tail = _last_filled(lines, after, 8)
    for line in tail:
        text = line.clean.strip()
        if text[:1] not in "MmSs" or ":" not in text[:12]:
            continue  # the cheap check before the field's grammar
        if m := _PLACE_FIELD.match(text):
            placed.add(line.index)
            return m.group("place").strip().rstrip(".")
    return None


#: "Mødestart: 16.00", "Starttidspunkt: kl. 9.30": the meeting's start as a field among
#: the closing lines under the items (beside "Mødedato:", "Mødested:", "Mødet hævet:").
_START_FIELD = re.compile(
    r"^(?:mødestart|mødets\s+start|starttid(?:spunkt)?)\s*:\s*(?:kl\.?\s*)?"
    r"(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)\b",
    re.I,
)


def closing_start(
    lines: list[Line], after: int, placed: set[int], skip: set[int] | None = None
) -> str | None:
    """The start a "Mødestart:" field among the last lines after ``after`` gives ("HH:MM"),
    its line marked as placed, else None (a portal's box of the meeting's facts under the
    items: "Mødedato: …" / "Mødestart: 16.00" / "Mødested: …"). A field under "Næste møde"
    is the next meeting's. Its line is skipped too where ``skip`` is given: no text of the
    last item."""
    tail = _last_filled(lines, after, 8)
    for k, line in enumerate(tail):
        text = line.clean.strip()
        if text[:1] not in "MmSs" or ":" not in text[:24]:
            continue  # the cheap check before the field's grammar
        if (m := _START_FIELD.match(text)) is None:
            continue
        if any("næste møde" in above.clean.lower() for above in tail[:k]):
            return None
        placed.add(line.index)
        if skip is not None:
            skip.add(line.index)
        return dates.hhmm(m["h"], m["m"])
    return None


#: "Mødeoplysninger", "Om mødet", "Fakta om mødet": the heading of a page's side block of
#: the meeting's facts (fields, each label over its value, under it).
_SIDEBAR_HEAD = re.compile(
    r"^(?:mødeoplysninger|mødeinformation(?:er)?|mødedetaljer|mødefakta|(?:fakta\s+)?om\s+mødet)"
    r"\s*:?$",
    re.I,
)


def sidebar_meeting(lines: list[Line], after: int, head, placed: set[int]) -> None:
    """Date, start, place and members of a side block headed "Mødeoplysninger" among the
    lines after ``after`` (the header's grammar reads its fields), where ``head`` has no
    date or the block gives the date ``head`` has; its lines marked as placed."""
    for k in range(after, len(lines)):
        text = lines[k].clean.strip()
        if not 7 <= len(text) <= 25 or text[:1] not in "MmOoFf":
            continue  # the cheap check before the heading's grammar
        if not _SIDEBAR_HEAD.match(text):
            continue
        block = []
        for line in lines[k + 1 : k + 24]:
            if line.blank:
                break
            block.append(line)
        if not block:
            # "Mødeoplysninger" / blank / "Dato" / blank / "onsdag 8. september 2021" / …:
            # every line a paragraph (a Word file's text), the block's short lines under it
            block = _paragraph_block(lines[k + 1 : k + 1 + 2 * _SIDEBAR_LINES])
        if (read := _dated_header(block)) is None:
            continue
        found, met = read
        if head.date is not None and found.date != head.date:
            return  # another meeting's facts (the next meeting's date and place)
        _take(head, found)
        head.participants = head.participants or found.participants
        placed |= met | {lines[k].index}
        return


#: The most lines a side block of the meeting's facts holds (six labels, six values).
_SIDEBAR_LINES = 12
#: The longest line of such a block (a list of members: "Anne Lund (formand), …").
_SIDEBAR_WIDTH = 80
#: A line that opens an item ("Punkt 2  Title", "Pkt. 2", "2. Title"): the block is over.
_ITEM_OPENS = re.compile(r"^(?:punkt|pkt\.?)\s*\d|^\d{1,3}[.)]?\s+\S", re.I)


def _paragraph_block(lines: list[Line]) -> list[Line]:
    """The short lines of a side block written one paragraph a line (``lines``: those
    under its heading): each line to the first long one, the first that opens an item, or
    the first two blank lines in a row."""
    block: list[Line] = []
    for above, line in zip([None, *lines], lines, strict=False):
        text = line.clean.strip()
        if line.blank:
            if above is not None and above.blank:
                break
            continue
        if len(text) > _SIDEBAR_WIDTH or _ITEM_OPENS.match(text):
            break
        block.append(line)
    return block


def _dated_header(lines: list[Line]):
    """(the header's grammar's facts of ``lines``, the lines it placed) where it finds a
    date, else None."""
    from analysis.layouts.header import read_header  # header imports parse: import late

    met: set[int] = set()
    found = read_header(lines, set(), met)
    return (found, met) if found.date is not None else None


def _take(head, found) -> None:
    """``found``'s date, and its start and place where ``head`` has none."""
    head.date = found.date
    head.start_time = head.start_time or found.start_time
    head.location = head.location or found.location


#: The longest line of a header wrapped by a narrow column ("den 14. november", "Rådhuset,").
_NARROW = 24


def unwrapped(lines: list[Line]) -> tuple[list[Line], dict[int, list[int]]]:
    """``lines`` with each run of three or more short lines (no blank between them, none a
    "Key: value" field) joined into one line, as a narrow column wrapped it; and for each
    joined line's index, the indexes of the lines it joins."""
    out: list[Line] = []
    runs: dict[int, list[int]] = {}
    run: list[Line] = []

    def flush() -> None:
        if len(run) >= 3:
            out.append(Line(run[0].index, " ".join(ln.clean.strip() for ln in run), 0))
            runs[run[0].index] = [ln.index for ln in run]
        else:
            out.extend(run)
        run.clear()

    for line in lines:
        text = line.clean.strip()
        if text and len(text) <= _NARROW and not text.endswith(":") and ": " not in text:
            run.append(line)
            continue
        flush()
        out.append(line)
    flush()
    return out, runs


def wrapped_header(lines: list[Line], head, placed: set[int]) -> None:
    """Date, start, place (and the body where ``head`` has none) of a header whose title
    and place a narrow column wrapped a few words a line, where ``head`` has no date."""
    if sum(1 for ln in lines if 0 < len(ln.clean.strip()) <= _NARROW) < 3:
        return  # the cheap check: no run of short lines to join
    joined, runs = unwrapped(lines)
    if not runs:
        return
    if (read := _dated_header(joined)) is None:
        return
    found, met = read
    _take(head, found)
    head.forum = head.forum or found.forum
    for index in met:  # (a joined line stands for every line of its run)
        placed.update(runs.get(index, [index]))


def fill_elsewhere(
    head, lines: list[Line], header_end: int, placed: set[int], skip: set[int] | None = None
) -> None:
    """The meeting's date (and what goes with it) from the page's breadcrumb, a closing
    sentence or a footer under the items, where ``head`` has no date; a closing
    "Mødested:" field for its place where it has none. A footer read is added to ``skip``."""
    if (head.date is None or _stamped(head.date, lines[:header_end])) and (
        found := crumb_date(lines[:header_end])
    ) is not None:
        # ("Offentliggjort 03.03.2022" under a trail's "… › Møde 28.02.2022": the day the
        # page went out yields to the meeting's page)
        head.date = found
    if head.date is None or head.start_time is None:
        # "Mødeoplysninger" / "Dato" / "mandag 22. maj 2017" / "Tidspunkt" / …: a page's
        # side block of the meeting's facts, printed after the first item (or at the page's
        # end under a title that dated the meeting without its hour: the block's start)
        sidebar_meeting(lines, header_end, head, placed)
    if head.date is None:
        # "Referat" / "fra mødet" / "torsdag" / "den 14. november" / "2013" / "kl. 15.00":
        # a title wrapped a few words a line by a narrow column, read as one line
        wrapped_header(lines[:header_end], head, placed)
    if head.date is None and (closing := closing_meeting(lines, header_end)) is not None:
        head.date = closing.date
        head.start_time = head.start_time or closing.start
        head.location = head.location or closing.place
        placed.add(closing.index)
    if head.date is None and (signed := signed_date(lines, header_end)) is not None:
        # "Referatet er godkendt af formanden." / "Bredby, den 18. juni 2024": the minutes
        # signed where and when the meeting was held, the only date they give
        head.date = signed[0]
        placed.add(signed[1])
    if head.date is None:
        # "<owner> · <department> · Referat af møde torsdag den 5. marts 2026": a footer
        # printed once under the last item, the only line that dates the meeting
        closing_footer(lines, header_end, head, placed, skip)
    if head.date is None:
        # "Mødedato | Mandag den 7. oktober 2024 | Mødestart | kl. 18.30" / "Mødested | …":
        # the meeting's fact table printed once under the last item
        closing_fact_table(lines, header_end, head, placed, skip)
    if head.date is None:
        # "Referent: …" / "Mødedato: torsdag den 7. marts 2024": the meeting's date as a
        # field among the closing lines under the last item
        closing_date_field(lines, header_end, head, placed, skip)
    if head.date is not None and (head.start_time is None or head.location is None):
        # "Mødet blev indledt kl. 15.00 i <place>." under the first item's decision
        opening_sentence(lines, header_end, head, placed)
    if head.date is not None and head.start_time is None:
        head.start_time = closing_start(lines, header_end, placed, skip)
    if head.date is not None and head.location is None:
        head.location = closing_place(lines, header_end, placed)


def _stamped(date: dt.date, lines: list[Line]) -> bool:
    """Whether ``date`` is that of a stamp line among ``lines`` ("Offentliggjort
    03.03.2022", "Udsendt den 7. marts 2024": when the page or the minutes went out)."""
    from analysis.layouts.header import _sent_stamp  # header imports parse: import late

    return any(
        _sent_stamp(text := line.clean.strip()) and dates.parse_date(text) == date for line in lines
    )


def opening_sentence(lines: list[Line], after: int, head, placed: set[int]) -> None:
    """The start and place of a sentence recording the meeting's opening ("Mødet blev
    indledt kl. 15.00 i <place>.", "Mødet startede kl. 9.10") among the first lines after
    ``after`` (under the first item), where ``head`` lacks them; its line marked as placed."""
    from analysis.layouts.header import _START_LINE, _place_text  # (imports parse)

    for line, text in meeting_sentences([ln for ln in lines[after:] if not ln.blank][:40]):
        if (m := _START_LINE.match(text)) is None:
            continue
        head.start_time = head.start_time or dates.hhmm(m.group("h"), m.group("m"))
        if m.group("place") and head.location is None:
            head.location = _place_text(m.group("place"))
        placed.add(line.index)
        return
