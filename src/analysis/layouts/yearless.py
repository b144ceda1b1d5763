"""A meeting's date written without its year, the year given by the document's title.

Volunteers' minutes (a school board's, a village council's) often title the document
"Referat skolebestyrelsesmøde marts 2025" or put "Referat oktober 2024" in the page header
and write the meeting's line as "Tirsdag d. 4/3 kl. 17.00-19.30 i personalerummet" or
"Torsdag 17. oktober kl. 19.30 i Forsamlingshuset": a day and a month, no year.

Such a line is read as the meeting's date only where the header found no dated line at all,
and only when

- it opens the line (after a weekday and "d."/"den") and a clock time follows it, so a
  deadline or a date in a sentence is not taken;
- a year stands in one of the document's first lines (the title, a page header) next to a
  month word, or alone as a four-digit year in a line naming the document's kind;
- a weekday written with the date falls on that day in that year (else nothing is read: a
  wrong year is worse than none).

Where the title gives no year, a page footer may (``with_footer_year``: "… – referat marts
2025 – side 1 af 1"), and, the last resort, an ISO date in the file's name whose day and
month are the line's (``with_name_year``, called by ``layouts.parse_lines`` with a warning).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container, Iterator

from analysis import dates
from analysis.parse import BODY_WORDS, Header, Line

_WEEKDAYS = dates.WEEKDAYS_DA
#: "tirs. d. 5/3", "ons. 3. apr.": a weekday cut short, with its dot (never alone: "man"
#: and "fre" are words too, so only before the day's number on the meeting's line).
_WEEKDAY_CUTS = r"(?:man|tirs?|ons|tors?|fre|lør|søn)\."


def _weekday(word: str) -> int:
    """The weekday's number (Monday 0) of a weekday's name, whole or cut ("tirs.")."""
    cut = word.lower().rstrip(".")
    return next(k for k, name in enumerate(_WEEKDAYS) if name.startswith(cut))


#: The Danish month words, full and abbreviated (without the dot), as an alternation.
MONTH_WORDS = (
    r"januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|"
    r"jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_MONTHS = MONTH_WORDS

#: "Tirsdag d. 4/3 kl. 17.00-19.30 i …", "torsdag den 17. oktober kl. 19.30, …",
#: "Onsdag 9.4. kl. 16": the meeting's line, a day and a month and no year before the clock.
_YEARLESS = re.compile(
    # ("Referat fra skolebestyrelsesmødet onsdag den 12.02 kl. 17.00 …": a mail's opening
    # sentence naming the meeting before its day)
    r"^(?:(?:referat|dagsorden)\s+(?:fra|af|for)\s+(?:det\s+)?[\w-]*møde[t]?\s+"
    # ("Mødet blev afholdt torsdag den 6. februar kl. 15.30 i …": the sentence saying when)
    r"|mødet\s+(?:blev\s+)?(?:af)?holdt(?:es)?\s+"
    # ("Møde: tirsdag 1/10 kl. 14.00 – <place>": the meeting's field, its label first)
    # ("Tidspunkt: onsdag d. 12/6 kl. 18.30", "Hvornår: …": a volunteer's own label)
    # ("Mødedato: Tirsdag d. 2.5.": the date's own field, the hour in a field under it)
    # ("Dato<TAB>onsdag den 5. juni": a two-column table's row, read with a tab between)
    r"|(?P<lab>(?:møde)?dato)(?:\s*:\s*|\t\s*)"
    r"|(?:møde|mødetid|tidspunkt|tid|hvornår|dato)\s*:\s*)?"
    rf"(?:(?P<wd>{'|'.join(_WEEKDAYS)}|{_WEEKDAY_CUTS})(?:\b\.?|(?<=\.)),?\s+)?(?:(?:den|d\.)\s*)?"
    r"(?P<d>\d{1,2})(?:(?:/|\.)\s*(?P<m>\d{1,2})\.?|\.?\s+(?P<mw>" + _MONTHS + r")\.?)"
    r"(?!\s*[-/.]?\s*\d)"  # no year (nor any number) right after the day and month
    r"(?:,?\s+(?:fra\s+)?(?P<rest>(?:kl\.?|klokken)\s*\d.*)|(?(lab)\s*|(?!)))$",
    re.IGNORECASE,
)
#: "marts 2025", "Referat oktober 2024": a month and a year in the title.
_MONTH_YEAR = re.compile(rf"\b(?P<mw>{_MONTHS})\.?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)
#: A lone four-digit year in a line naming the document's kind ("Referat bestyrelsesmøde 2025").
_KIND_YEAR = re.compile(r"\b(?:referat|dagsorden|protokol)\w*\b.*?\b(?P<y>(?:19|20)\d\d)\b", re.I)

#: "Kultur- og Fritidsudvalget 2024": the body's name over the year's minutes, a lone year.
_BODY_YEAR = re.compile(rf"^[A-ZÆØÅ][^\d:]{{2,80}}?(?:{BODY_WORDS})\s+(?P<y>(?:19|20)\d\d)$")

#: How far into the document the title and the meeting's line are looked for.
_HEAD_LINES = 14


def _head(lines: list[Line], skip: Container[int] = frozenset()) -> Iterator[tuple[int, Line]]:
    """The document's first ``_HEAD_LINES`` lines neither blank nor in ``skip``, with their
    positions in ``lines``: where the title and the meeting's line stand."""
    seen = 0
    for pos, line in enumerate(lines):
        if line.blank or line.index in skip:
            continue
        seen += 1
        if seen > _HEAD_LINES:
            return
        yield pos, line


#: "Referat april 2024" alone on its line: the title's dating line, placed once it dates.
_KIND_MONTH_YEAR = re.compile(
    rf"^(?:referat|dagsorden)\s*[-–:]?\s*(?:{_MONTHS})\.?\s+(?:19|20)\d\d$", re.I
)


def _title_year(lines: list[Line], placed: set[int]) -> tuple[int, int | None] | None:
    """The year (and month, if written) that the document's first lines give (a page
    header, furniture to the text, counts: "<forum> · Referat oktober 2024")."""
    lone: int | None = None
    for _, line in _head(lines):
        text = line.clean
        if not any(ch.isdigit() for ch in text):
            continue
        if m := _MONTH_YEAR.search(text):
            if _KIND_MONTH_YEAR.match(text):
                placed.add(line.index)
            return int(m["y"]), dates.month_number(m["mw"])
        if lone is None and (k := _KIND_YEAR.search(text) or _BODY_YEAR.match(text)):
            lone = int(k["y"])
    return (lone, None) if lone is not None else None


#: "Opslag på skolens hjemmeside, 17.03.2023", "Opslag i Aula, 25. november 2021 · skrevet
#: af …": a post's stamp, the day it went up (furniture to the text: ``text._BYLINE``).
_POST_STAMP = re.compile(
    r"^(?:opslag|indlæg|besked)\b[^\n\d·|]{0,40}?\s(?:den\s+)?"
    r"(?P<date>\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.\s+[a-zæøå]+\s+\d{4})",
    re.IGNORECASE,
)


def _post_stamp(lines: list[Line]) -> dt.date | None:
    """The day a post went up, stamped in the document's first lines, else None: the year
    of a meeting line without one, the meeting on or before that day."""
    for _, line in _head(lines):
        if line.clean[:1] in "OoIiBb" and (m := _POST_STAMP.match(line.clean)):
            return dates.parse_date(m["date"])
    return None


def _meeting_line(lines: list[Line], skip: set[int]) -> tuple[int, re.Match[str]] | None:
    """Position and match of the meeting's line without a year among the first lines."""
    for pos, line in _head(lines, skip):
        text = line.clean
        low = text.lower()
        if text[:1].isalnum() and ("kl" in low or "dato" in low) and (m := _YEARLESS.match(text)):
            return pos, m
    return None


def yearless_date(lines: list[Line], skip: set[int], placed: set[int], head: Header) -> None:
    """Date ``head`` (and its start and place) by a meeting line without a year, the year
    from the title (see the module docstring). Where the header has a date (a page header's
    "Referat 01.10.2013") but no hour, a meeting line of that day and month ("Møde: tirsdag
    1/10 kl. 14.00 – <place>") gives the hour and the place; else it does nothing."""
    if head.date is not None and head.start_time is not None:
        return
    found = _meeting_line(lines, skip)
    if found is None:
        return
    line, m = lines[found[0]], found[1]
    if head.date is not None:
        month = int(m["m"]) if m["m"] else dates.month_number(m["mw"])
        if (month, int(m["d"])) == (head.date.month, head.date.day):
            _fill(head, head.date, m["rest"])
            placed.add(line.index)
        return
    given = _title_year(lines, placed)
    stamp = _post_stamp(lines) if given is None else None
    if stamp is not None:
        given = stamp.year, None  # the post's stamp gives the year (the title none)
    if given is None:
        return
    year, title_month = given
    month = int(m["m"]) if m["m"] else dates.month_number(m["mw"])
    if month is None:
        return
    date = dates.safe_date(year, month, int(m["d"]))
    if date is not None and stamp is not None and date > stamp:
        date = dates.safe_date(year - 1, month, int(m["d"]))  # posted in the new year
    if date is None:
        return
    if m["wd"]:
        if _weekday(m["wd"]) != date.weekday():
            return
    elif title_month is not None and title_month != month:
        return  # no weekday to vouch for a month the title does not name
    _fill(head, date, m["rest"])
    placed.add(line.index)
    if head.forum is None:
        _body_of_year(lines, placed, head)


def _body_of_year(lines: list[Line], placed: set[int], head: Header) -> None:
    """The forum of a title line naming the body and the year ("<body>udvalget 2024"),
    where the header named none (the year was read off that line)."""
    for _, line in _head(lines):
        if line.clean[-1:].isdigit() and (b := _BODY_YEAR.match(line.clean)):
            head.forum = line.clean[: b.start("y")].strip()
            placed.add(line.index)
            return


#: "<forum> · Referat 12.06.2019 side 1 af 3", "Referat brugerbestyrelse nov. 23 - side 1":
#: a page footer naming the document's kind with the meeting's date or its month and year.
_FOOTER_KIND = re.compile(r"\b(?:referat|dagsorden)", re.IGNORECASE)
_FOOTER_MONTH_YEAR = re.compile(
    rf"\b(?P<mw>{_MONTHS})\.?\s+(?P<y>(?:19|20)?\d\d)(?![\d.,/-])", re.IGNORECASE
)


def _footer_year(lines: list[Line], day: int, month: int) -> int | None:
    """The year that a page footer gives a meeting line without one: a line naming the
    document's kind with a full date of the meeting's day and month, or with the meeting's
    month and a year ("nov. 23", read as of the 2000s)."""
    for line in lines:
        text = line.clean
        if line.blank or len(text) > 160 or not _FOOTER_KIND.search(text):
            continue
        for found in dates.find_dates(text):
            if (found.date.month, found.date.day) == (month, day):
                return found.date.year
        for mm in _FOOTER_MONTH_YEAR.finditer(text):
            if dates.month_number(mm["mw"]) == month:
                year = int(mm["y"])
                return year if year > 99 else 2000 + year
    return None


def with_footer_year(lines: list[Line], header_end: int) -> list[Line] | None:
    """``lines`` with the year written into the header's meeting line without one
    ("Tidspunkt: onsdag d. 12/6 kl. 18.30", "Referat fra møde torsdag d. 9. november kl.
    14"), the year from a page footer below ("<forum> · Referat 12.06.2019 side 1 af 3",
    "Referat <forum> nov. 23 - side 1"), which a text copied from the pages, or a PDF of
    one page, keeps in the text; None where there is no such line or footer, or the
    weekday written is not that date's (a wrong year is worse than none)."""
    found = _meeting_line(lines[:header_end], set())
    if found is None:
        return None
    pos, m = found
    month = int(m["m"]) if m["m"] else dates.month_number(m["mw"])
    below = lines[header_end:]
    year = _footer_year(below, int(m["d"]), month) if month else None
    date = dates.safe_date(year, month, int(m["d"])) if year and month else None
    if date is None or (m["wd"] and _weekday(m["wd"]) != date.weekday()):
        return None
    return _year_written(lines, pos, m, date)


def _year_written(lines: list[Line], pos: int, m: re.Match[str], date: dt.date) -> list[Line]:
    """``lines`` with ``date`` written whole in place of the day and month that ``m`` (a
    ``_YEARLESS`` match of ``lines[pos]``) read, the hour and place after it kept."""
    text = lines[pos].clean
    written = f"{text[: m.start('d')]}{date.day}/{date.month}-{date.year} {m['rest'] or ''}"
    return [*lines[:pos], lines[pos]._replace(clean=written), *lines[pos + 1 :]]


def with_name_year(lines: list[Line], named: dt.date) -> list[Line] | None:
    """``lines`` with the year written into the meeting's line without one ("Dato: tirsdag
    den 12. marts", "Torsdag d. 6/2 kl. 16.00 i …") from the date in the file's name
    (``…-2024-03-12.md``), the last resort where nothing in the text gives the year: only
    where the line's day and month are the name's date, and its weekday, if written, that
    date's; None else."""
    found = _meeting_line(lines, set())
    if found is None:
        return None
    pos, m = found
    month = int(m["m"]) if m["m"] else dates.month_number(m["mw"])
    if (month, int(m["d"])) != (named.month, named.day):
        return None
    if m["wd"] and _weekday(m["wd"]) != named.weekday():
        return None
    return _year_written(lines, pos, m, named)


_CLOCK = re.compile(r"^(?:kl\.?|klokken)\s*(?P<h>\d{1,2})(?:[.:](?P<mi>\d{2}))?")
_PLACE = re.compile(
    # ("kl. 16.00 - ca. 18.30": the end as a guess)
    r"^(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?"
    r"(?:\s*(?:[-–]|til)\s*(?:ca\.\s*)?\d{1,2}(?:[.:]\d{2})?)?"
    # ("kl. 19 hjemme hos Birthe på …": a volunteer's home, "hjemme hos" kept)
    # ("kl. 14.00 – Springvandspladsen 5": a dash before the place)
    r"\s*(?:,\s*|\s+(?:i|på)\s+|\s*[·|]\s*|\s+[–—-]\s+|\s+(?=(?:hjemme\s+)?hos\s))(?:(?:i|på)\s+)?"
    r"(?!ca\.\s*\d)(?P<place>\S.{1,100}?)\.?$",
    re.IGNORECASE,
)


def _fill(head: Header, date: dt.date, rest: str | None) -> None:
    head.date = date
    if not rest:
        return  # ("Mødedato: Tirsdag d. 2.5.": the date alone, its hour in a field of its own)
    if (c := _CLOCK.match(rest)) and head.start_time is None:
        head.start_time = dates.hhmm(c["h"], c["mi"])
    if head.location is None and (p := _PLACE.match(rest)):
        head.location = p["place"].strip()


#: "Opslået 28.08.2025", "Udgivet 3. marts 2025 af …": the day a news post went up.
_POSTED = re.compile(r"^(?:opslået|udgivet|publiceret|skrevet|indlæg|indsendt)\b", re.I)
#: "Tid og sted: Tirsdag den 21. januar kl. 19.00 i …": the label of a meeting's own line.
_WHEN_LABEL = re.compile(r"^(?:tid\s+og\s+sted|tidspunkt|tid|hvornår|mødetid)\s*:\s*", re.I)
#: "Bestyrelsen mødtes mandag aften den 25. august kl. 19 hjemme hos …", "… holdt møde
#: tirsdag den 4/3 kl. 19.30 i …": the post's sentence saying when the meeting was held.
_MET = re.compile(
    r"\b(?:mødtes|holdt\s+(?:\w+)?møde|mødet\s+blev\s+(?:af)?holdt)\s+"
    rf"(?:(?P<wd>{'|'.join(_WEEKDAYS)})\s+(?:aften|eftermiddag|formiddag|morgen)?\s*)?"
    r"(?:den|d\.)\s*(?P<d>\d{1,2})(?:/(?P<m>\d{1,2})|\.\s*(?P<mw>" + _MONTHS + r")\.?)"
    r"(?!\s*[-/.]?\s*\d{4})"
    r"(?:,?\s+(?P<rest>(?:kl\.?|klokken)\s*\d[^.]*?(?:\.\d{2}[^.]*?)?))?(?:\.\s|\.?$)",
    re.IGNORECASE,
)


def posted_meeting(lines: list[Line], skip: set[int], placed: set[int], head: Header) -> None:
    """Date ``head`` by a news post's sentence saying when the meeting was held without a
    year ("Bestyrelsen mødtes mandag aften den 25. august kl. 19 …") where the header
    took the day the post went up ("Opslået 28.08.2025") for the meeting's: the meeting
    is the last such day on or before the post, its weekday vouching for it."""
    if head.date is None:
        return
    posted = None
    for line in lines[:60]:
        if line.blank or line.index in skip:
            continue
        text = line.clean
        if posted is None:
            if _POSTED.match(text) and dates.parse_date(text) == head.date:
                posted = line.index
            continue
        if line.index - posted > 6:
            return
        m = _MET.search(text) if "ød" in text else None
        own_line = False
        if m is None and "kl" in text.lower():
            # the meeting's own line below the post's date, perhaps labelled ("Tid og sted:
            # Tirsdag den 21. januar kl. 19.00 i …"): it and the post's date line are read
            m = _YEARLESS.match(_WHEN_LABEL.sub("", text, count=1))
            own_line = m is not None
        if m is None:
            continue
        month = int(m["m"]) if m["m"] else dates.month_number(m["mw"])
        if month is None:
            return
        date = dates.safe_date(head.date.year, month, int(m["d"]))
        if date is not None and date > head.date:
            date = dates.safe_date(head.date.year - 1, month, int(m["d"]))
        if date is None or (m["wd"] and _weekday(m["wd"]) != date.weekday()):
            return
        head.date = date
        head.start_time = None
        if head.location and head.location in text:
            head.location = None  # the meeting's line whole, read as its place
        _fill(head, date, m["rest"] or "")
        if own_line:
            placed.update((posted, line.index))
        return


#: "År 2008, tirsdag den 12. august kl. 15.00, holdt Teknik- og Miljøudvalget møde på
#: Rådhuset i …", "Aar 1962, den 4. marts, samledes sognerådet …": an old protocol's opening
#: sentence, the year first, then the day, the hour and who met where.
_PROTOCOL_YEAR = re.compile(
    # ("Aar l97l, …": the year typed and read by OCR with a small l for the figure 1)
    r"^(?:år|aar)\s+(?P<y>(?:18|19|20)\d\d|l9[\dl]{2}|19(?:l[\dl]|\dl))\s*,?\s+"
    # ("År 2012, tirsdag den tredje april kl. 19.30, …": the day as an ordinal word)
    rf"(?:(?P<wd>{'|'.join(_WEEKDAYS)})\s+)?(?:den|d\.)\s*"
    rf"(?P<d>\d{{1,2}}|{'|'.join(sorted(dates.ORDINAL_DAYS, key=len, reverse=True))})\.?\s+"
    r"(?P<mw>" + _MONTHS + r")\.?\s*,?\s*"
    r"(?P<rest>(?:(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?\s*,?\s*)?)"
    # ("… kl. 14.00, afholdtes ordinær generalforsamling i <selskab>": the passive verb)
    r"(?:(?:af)?holdt(?:es)?|samledes|mødtes|var)\b(?P<who>.*)$",
    re.IGNORECASE,
)
#: A sentence's full stop in the protocol's opening: after a word of four small letters or
#: more, or a figure.
_SENTENCE_STOP = re.compile(r"(?:(?<=[a-zæøå]{4})|(?<=\d))\.\s")
#: "… møde på Rådhuset i Ærøskøbing, mødelokale 1.": where the protocol's sentence says the
#: meeting was held.
#: ("… møde paa Kommunekontoret …": the older spelling of "på")
_PROTOCOL_PLACE = re.compile(r"\bmøde\s+(?:på|paa|i)\s+(?P<place>\S[^.]{1,100}?)\s*\.?$", re.I)
#: "… generalforsamling i <selskab>, CVR-nr. …, på selskabets adresse, Hasselager Allé 2, …":
#: a company's general assembly held at its seat, the address after the words.
_SEAT = re.compile(
    r"\bpå\s+(?:selskabets|foreningens|institutionens)\s+(?:adresse|kontor|domicil)\s*,\s*"
    r"(?P<place>\S.{1,120}?)\s*\.?$",
    re.I,
)
#: "… afholdt Sogneraadet møde …", "… holdt Kommunalbestyrelsen møde …": the council named
#: as the sentence's subject, right before its "møde".
#: ("… afholdt Skt. Jørgens Menighedsråd møde …": the body named by its parish, a few
#: capitalised words before its kind)
_PROTOCOL_FORUM = re.compile(
    r"^\s*(?P<forum>(?:(?-i:[A-ZÆØÅ])[\wæøå.-]*\s+){0,3}"
    rf"(?-i:[A-ZÆØÅ])[\wæøå-]*(?:{BODY_WORDS}))\s+(?:et\s+)?(?:ordinært\s+)?møde\b",
    re.I,
)


def protocol_year_date(lines: list[Line], skip: set[int], placed: set[int], head: Header) -> None:
    """Date ``head`` by an old protocol's opening sentence that writes the year first ("År
    2008, tirsdag den 12. august kl. 15.00, holdt <forum> møde på <place>."), its hour and
    place too, where the header found no date; the weekday, where written, must fall on
    that day. The council it names is the forum, also where the header took the sentence's
    line, cut at its body word, for the forum's name."""
    forum = head.forum or ""
    if forum[:1] in "ÅåAa" and _PROTOCOL_YEAR.match(forum):
        head.forum = None  # "Aar 1968, mandag den 4. marts, kl. 19, afholdt Sogneraadet"
    elif head.date is not None:
        return
    for k, line in _head(lines, skip):
        if line.clean[:1] not in "ÅåAa" or (m := _PROTOCOL_YEAR.match(line.clean)) is None:
            continue
        month = dates.month_number(m["mw"])
        year = int(m["y"].replace("l", "1"))
        day = int(m["d"]) if m["d"].isdigit() else dates.ORDINAL_DAYS[m["d"].lower()]
        date = dates.safe_date(year, month, day) if month else None
        if date is None or (m["wd"] and _weekday(m["wd"]) != date.weekday()):
            return
        # the sentence may wrap: what follows up to its full stop
        sentence, used = m["who"], [line.index]
        j = k + 1
        while not sentence.rstrip().endswith(".") and j < len(lines) and not lines[j].blank:
            sentence += " " + lines[j].clean
            used.append(lines[j].index)
            j += 1
        head.date = date
        if (c := _CLOCK.match(m["rest"])) and head.start_time is None:
            head.start_time = dates.hhmm(c["h"], c["mi"])
        # (its first sentence: a full stop after a word or a figure, not an abbreviation's
        # after a few letters, "Skt. Jørgens Menighedsråd")
        first = _SENTENCE_STOP.split(sentence, maxsplit=1)[0]
        if head.forum is None and (f := _PROTOCOL_FORUM.match(first)):
            head.forum = f["forum"]
        if head.location is None and (p := _PROTOCOL_PLACE.search(first) or _SEAT.search(sentence)):
            head.location = p["place"].strip()
        placed.update(used)
        return
