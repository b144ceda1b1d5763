"""Dates and times as Danish minutes headers write them (pure, regexes compiled once).

Supported, case-insensitively, with NBSP and other fixed-width spaces read as spaces:

- Danish order: ``6. februar 2019``, ``06. feb. 2019``, ``2. sept. 2020``, ``3 April 2019``,
  optionally after a weekday and ``den`` / ``d.``: ``Onsdag den 06. februar 2019``;
- English order: ``Onsdag, April 3, 2019``, ``Wednesday, April 3, 2019``, ``April 3 2019``;
- numeric: ``06-02-2019``, ``6-2-2019``, ``06.02.2019``, ``06/02/2019``, ``6/2-2019``,
  ``6/2 2019`` and ISO ``2019-02-06``
  (four-digit years only: ``06-02-19`` is ambiguous and not read);
- written out, as formal protocols do: the day as an ordinal word or with a Danish ordinal
  ending (``den toogtyvende august 2007``, ``den 4de september 2017``), the year in digits or
  in words (``den niende december to tusind og tretten``, ``nitten hundrede og halvfems``,
  ``totusindogtolv`` written as one word).

A time written right after a date (``kl. 16.00``, ``- 18:00``, ``09:00:00``, ``T09:00``) is
part of the match. Case and journal numbers (``00.01.00-G01-4-19``, ``330-2018-3619``) and
amounts (``2.018.000 kr.``) are not dates: every pattern checks the characters around it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

#: Dates outside these years are typos or numbers that look like dates (pandas' datetime64[ns]
#: cannot hold year 2300 or 0224 either).
MIN_YEAR, MAX_YEAR = 1900, 2100

#: Month words, Danish and English, full and abbreviated (without the dot).
_MONTHS: dict[str, int] = {
    **{w: 1 for w in ("januar", "january", "jan")},
    **{w: 2 for w in ("februar", "february", "feb", "febr")},
    **{w: 3 for w in ("marts", "march", "mar", "mrt")},
    **{w: 4 for w in ("april", "apr")},
    **{w: 5 for w in ("maj", "may")},
    **{w: 6 for w in ("juni", "june", "jun")},
    **{w: 7 for w in ("juli", "july", "jul")},
    **{w: 8 for w in ("august", "aug")},
    **{w: 9 for w in ("september", "sep", "sept")},
    **{w: 10 for w in ("oktober", "october", "okt", "oct")},
    **{w: 11 for w in ("november", "nov")},
    **{w: 12 for w in ("december", "dec")},
}
#: The Danish weekdays, Monday first (``date.weekday()`` indexes them).
WEEKDAYS_DA = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
_WEEKDAYS = [
    *WEEKDAYS_DA,
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
]

# Characters read as a plain space; one character each, so spans stay valid in the original.
_SPACES = str.maketrans({c: " " for c in "\t\u00a0\u2007\u2009\u202f"})


def _alternation(words: list[str]) -> str:
    # Longest first, so "sept" is not cut to "sep" and "januar" not to "jan".
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH = rf"(?:{_alternation(list(_MONTHS))})(?!\w)\.?"
_YEAR_END = r"(?![0-9])(?![.,][0-9])"
# A day or numeric date never continues a number: "4.13. maj" or "1,5" are not days.
_NUM_START = r"(?<![\w])(?<![0-9][.,])"
# Letters a weekday, "den" or a month starts with: testing the first character first halves
# the time spent at positions where no date can start.
_FIRST_LETTERS = "".join(sorted({w[0] for w in [*_MONTHS, *_WEEKDAYS, "den"]}))
_PREFIX = (
    rf"(?=[0-9{_FIRST_LETTERS}])(?<!\w)"
    rf"(?:(?:{_alternation(_WEEKDAYS)})(?!\w)\.?,?[ ]+)?"
    r"(?:(?:den[ ]+|d\.[ ]*))?"
)

_DATE = re.compile(
    rf"""
    {_PREFIX}
    (?:
        # 6. februar 2019, 3 April 2019, 2. sept. 2020
        (?P<long>{_NUM_START}(?P<ld>[0-9]{{1,2}})(?:\.|st|nd|rd|th)?[ ]*
            (?P<lm>{_MONTH}),?[ ]+(?P<ly>[0-9]{{4}}){_YEAR_END})
      | # April 3, 2019 / April 3 2019
        (?P<eng>(?<!\w)(?P<em>{_MONTH})[ ]+(?P<ed>[0-9]{{1,2}})(?:st|nd|rd|th)?(?![0-9]),?[ ]+
            (?P<ey>[0-9]{{4}}){_YEAR_END})
      | # 2019-02-06, 2025.04.03 (a club's notes: the year first, dots between)
        (?P<iso>(?<![\w])(?<![\w][-./,])(?P<iy>[0-9]{{4}})(?P<isep>[-.])(?P<im>[0-9]{{1,2}})
            (?P=isep)(?P<id>[0-9]{{1,2}})
            (?![0-9])(?![-./,][0-9]))
      | # 06-02-2019, 6.2.2019, 06/02/2019
        (?P<num>(?<![\w])(?<![\w][-./,])(?P<nd>[0-9]{{1,2}})(?P<sep>[-./])(?P<nm>[0-9]{{1,2}})
            (?P=sep)(?P<ny>[0-9]{{4}})(?!\w)(?![-./,][0-9]))
      | # 14/3-2023 and 14/3 2023, the Danish short forms
        (?P<dk>(?<![\w])(?<![\w][-./,])(?P<sd>[0-9]{{1,2}})/(?P<sm>[0-9]{{1,2}})[-\x20]
            (?P<sy>[0-9]{{4}})
            (?!\w)(?![-./,][0-9]))
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Times. "kl." makes any hour a time; otherwise a colon does, or (right after a date only) a
# two-digit hour with a dot, so "16.00" after a date is a time but section "4.13" is not.
_KL_TIME = (
    r"(?<!\w)(?:klokken|kl\.?)[ ]*(?P<kh>[0-9]{1,2})(?:[.:](?P<km>[0-9]{2}))?(?:[.:][0-9]{2})?"
    r"(?![0-9])(?![.:,][0-9])"
)
_COLON_TIME = (
    r"(?<![0-9:.,])(?P<ch>[0-9]{1,2}):(?P<cm>[0-9]{2})(?::[0-9]{2})?(?![0-9])(?!:[0-9])"
    r"(?:[ ]*(?P<ampm>[ap]\.?m\.?)(?!\w))?"
)
_DOT_TIME = r"(?<![0-9])(?P<dh>[0-9]{2})\.(?P<dm>[0-9]{2})(?![0-9])(?![.,][0-9])"

#: "kl." / "kl" / "klokken": the word that makes the number after it a clock time.
CLOCK_WORD = r"(?:kl\.?|klokken)"


def clock_time(minute: str = "min") -> str:
    """The fragment of "kl. 8.30", "klokken 17.00": the hour as group ``h`` (0-23) and the
    minutes as group ``minute``; the layouts' readers of a meeting's start share it."""
    return CLOCK_WORD + r"\s*(?P<h>[01]?\d|2[0-3])[.:](?P<" + minute + r">[0-5]\d)"


_DIGIT = re.compile(r"[0-9]")
_YEAR_LIKE = re.compile(r"[0-9]{4}")
_TIME_ANYWHERE = re.compile(rf"{_KL_TIME}|{_COLON_TIME}", re.IGNORECASE)
_TIME_AFTER_DATE = re.compile(
    rf"""
    (?:T|[ ]*(?:[,\-–—][ ]*)?(?:(?:fra|from|at)[ ]+)?)
    (?P<time>{_KL_TIME}|{_COLON_TIME}|{_DOT_TIME})
    """,
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class DateMatch:
    """A date found in a text.

    ``start``/``end`` span the whole expression: weekday and ``den`` before the date and a
    time written right after it included, so slicing them out leaves the rest of the line.
    """

    date: dt.date
    start: int
    end: int
    time: str | None  # "HH:MM" when a time is written with or right after the date


def month_number(word: str) -> int | None:
    """1..12 for a Danish or English month name or abbreviation ("jan.", "sept", "May")."""
    return _MONTHS.get(word.strip().rstrip(".").lower())


def _ymd(m: re.Match[str]) -> tuple[int, int, int] | None:
    """Year, month, day of a date-shaped match, as written (not yet validated)."""
    if m.group("long"):
        return int(m["ly"]), _MONTHS[m["lm"].rstrip(".").lower()], int(m["ld"])
    if m.group("eng"):
        return int(m["ey"]), _MONTHS[m["em"].rstrip(".").lower()], int(m["ed"])
    if m.group("iso"):
        return int(m["iy"]), int(m["im"]), int(m["id"])
    if m.group("dk"):
        return int(m["sy"]), int(m["sm"]), int(m["sd"])
    return int(m["ny"]), int(m["nm"]), int(m["nd"])


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it is no real date or its year is outside the range (a typo
    such as "1. januar 2300" would not fit a date column)."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _valid(m: re.Match[str]) -> dt.date | None:
    return safe_date(*_ymd(m))


def _core_span(m: re.Match[str]) -> tuple[int, int]:
    """Span of the date itself, without weekday and ``den``."""
    for group in ("long", "eng", "iso", "num", "dk"):
        if m.group(group):
            return m.span(group)
    raise AssertionError("unreachable: one alternative always matches")


def hhmm(hour: str, minute: str | None, ampm: str | None = None) -> str | None:
    """ "HH:MM" of a clock time's hour and minute (an "am"/"pm" applied), None where
    they name no time of day."""
    h, mi = int(hour), int(minute or 0)
    if ampm and 1 <= h <= 12:
        h = h % 12 + (12 if ampm.lower().startswith("p") else 0)
    if h > 23 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def _time_of(m: re.Match[str]) -> str | None:
    if m.group("kh"):
        return hhmm(m["kh"], m["km"])
    if m.group("ch"):
        return hhmm(m["ch"], m["cm"], m["ampm"])
    return hhmm(m["dh"], m["dm"])


def _scan(text: str) -> list[tuple[re.Match[str], dt.date | None, str | None, int, int]]:
    """Every date-shaped match: (match, date or None if invalid, time, time start, end)."""
    if not _YEAR_LIKE.search(text):  # every date form has a four-digit year: skip most lines
        return []
    norm = text.translate(_SPACES)
    found = []
    pos = 0
    while m := _DATE.search(norm, pos):
        date = _valid(m)
        time, time_start, end = None, -1, m.end()
        if date is not None and (t := _TIME_AFTER_DATE.match(norm, end)):
            time = _time_of(t)
            if time is not None:
                time_start, end = t.start("time"), t.end()
        found.append((m, date, time, time_start, end))
        pos = end
    return found


#: A month written as a word (a date whose range's first day may be written before it).
_MONTH_WORD = re.compile(r"[a-zæøå]{3}", re.I).search
#: "2.–" / "2. og " / "30. september – " right before a date: the first day of a range.
_RANGE_FROM = re.compile(
    r"(?<![\d.,:/])(?P<day>\d{1,2})\.(?:\s+(?P<month>[a-zæøå]{3,9}))?\s*(?:[–-]|og)\s*$", re.I
)


def first_day(text: str, found: DateMatch) -> dt.date:
    """The first day of a range of days ending on the date ``found`` in ``text``
    ("2.–3. oktober 2024", "30. september – 1. oktober 2024", a week at most), else the
    date itself: a meeting held over days is dated by the day it began (a deadline's
    range, in an item's text, ends on its last day: this is for the meeting's date)."""
    start = found.start
    if not start or text[start - 1] not in " \t–-" or not _MONTH_WORD(text[start : found.end]):
        return found.date
    m = _RANGE_FROM.search(text[max(0, start - 24) : start])
    if m is None:
        return found.date
    last = found.date
    month = month_number(m["month"]) if m["month"] else last.month
    if month is None:
        return last
    year = last.year - 1 if month > last.month else last.year
    first = safe_date(year, month, int(m["day"]))
    ok = first is not None and dt.timedelta(0) < last - first <= dt.timedelta(7)
    return first if ok else last


#: Ordinal day words as a formal protocol writes a date ("den toogtyvende august 2007").
_DAY_WORDS = (
    "første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende",
    "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende",
    "syttende", "attende", "nittende", "tyvende",
)  # fmt: skip
_ORDINAL_DAYS: dict[str, int] = {w: n for n, w in enumerate(_DAY_WORDS, start=1)}
_UNITS: dict[str, int] = {
    "en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
    "seks": 6, "syv": 7, "otte": 8, "ni": 9,
}  # fmt: skip
_TEENS: dict[str, int] = {
    "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15,
    "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19,
}  # fmt: skip
_TENS: dict[str, int] = {
    "tyve": 20, "tredive": 30, "tredve": 30, "fyrre": 40, "fyrretyve": 40,
    "halvtreds": 50, "halvtredsindstyve": 50, "tres": 60, "tresindstyve": 60,
    "halvfjerds": 70, "halvfjerdsindstyve": 70, "firs": 80, "firsindstyve": 80,
    "halvfems": 90, "halvfemsindstyve": 90,
}  # fmt: skip
_ORDINAL_DAYS |= {f"{u}ogtyvende": 20 + n for u, n in _UNITS.items() if u != "et"}
_ORDINAL_DAYS |= {"tredivte": 30, "tredevte": 30, "enogtredivte": 31, "enogtredevte": 31}
#: The day of the month written as an ordinal word, by the word ("fjortende": 14).
ORDINAL_DAYS: dict[str, int] = _ORDINAL_DAYS
#: Days written with a Danish ordinal ending: "den 4de september 2017", "1ste", "2den", "3die".
_DAY_ENDING = r"(?:ste|den|die|nde|de|te)"
_WORD_DATE = re.compile(
    rf"""
    (?<!\w)(?:(?:{_alternation(_WEEKDAYS[:7])})[ ]+)?(?:(?:den|d\.)[ ]*)?
    (?P<day>{_alternation(list(_ORDINAL_DAYS))}|[0-9]{{1,2}}{_DAY_ENDING})
    [ ]+(?P<month>{_MONTH}),?[ ]+
    (?P<year>[0-9]{{4}}{_YEAR_END}
      |(?:to[ ]?tusinde?|nitten[ ]?hundrede|(?:et[ ])?tusind[ ]ni[ ]?hundrede)
       # ("totusindogtolv": the whole year one word, as a protocol's date written out;
       # "nitten hundrede og" / "seksogfirs": a protocol's year wrapped after its "og")
       (?:(?:[ ]og[ ]?\n|[ ]?og[ ]?|[ ])
          (?:(?:{_alternation(list(_UNITS))})og(?:{_alternation(list(_TENS))})
           |{_alternation([*_TEENS, *_TENS, *_UNITS])}))?(?!\w)(?![ ]og\b))
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: A cheap test before the pattern: an ordinal day word or ending (they all end in "e" or
#: "n") right before a month (a class of four letters scans far faster than all letters).
_WORD_DATE_GATE = re.compile(
    r"[enEN][ \t\u00a0]+(?i:jan|feb|ma[rjy]|mrt|apr|jun|jul|aug|sep|o[kc]t|nov|dec)"
)


def _number_words(text: str) -> int | None:
    """0..99 written in Danish words ("sytten", "femogtyve", "otteoghalvfems"), else None."""
    if not text:
        return 0
    if text in _TEENS:
        return _TEENS[text]
    if text in _TENS:
        return _TENS[text]
    if text in _UNITS:
        return _UNITS[text]
    unit, sep, tens = text.partition("og")
    if sep and unit in _UNITS and tens in _TENS:
        return _UNITS[unit] + _TENS[tens]
    return None


_YEAR_WORDS = re.compile(
    r"(?:(?P<c20>to ?tusinde?)|nitten ?hundrede|(?:et )?tusind ni ?hundrede)"
    r"(?:(?: ?og ?| )(?P<rest>\S+))?"
)


def _year_words(text: str) -> int | None:
    """The year of "2017", "to tusind og sytten", "nitten hundrede og otteoghalvfems",
    "totusindogtolv"."""
    if text.isdecimal():
        return int(text)
    m = _YEAR_WORDS.fullmatch(" ".join(text.lower().split()))
    part = _number_words(m["rest"] or "") if m else None
    return None if part is None else (2000 if m["c20"] else 1900) + part


def _word_dates(text: str) -> list[DateMatch]:
    """Dates with the day as an ordinal word or ending, or the year in words."""
    if not _WORD_DATE_GATE.search(text):
        return []
    norm = text.translate(_SPACES)
    found = []
    for m in _WORD_DATE.finditer(norm):
        day_text = m["day"].lower()
        day = _ORDINAL_DAYS.get(day_text) or int(day_text.rstrip("abcdefghijklmnopqrstuvwxyz"))
        year = _year_words(m["year"].strip())
        month = _MONTHS[m["month"].rstrip(".").lower()]
        date = None if year is None else safe_date(year, month, day)
        if date is None:
            continue
        time, end = None, m.end()
        if (t := _TIME_AFTER_DATE.match(norm, end)) and (time := _time_of(t)) is not None:
            end = t.end()
        found.append(DateMatch(date, m.start(), end, time))
    return found


def find_dates(text: str) -> list[DateMatch]:
    """Every valid date in ``text``, in order, non-overlapping."""
    found = [
        DateMatch(date, m.start(), end, time)
        for m, date, time, _, end in _scan(text)
        if date is not None
    ]
    if words := _word_dates(text):  # rare: merged in order, a numeric date first where both
        taken = [(f.start, f.end) for f in found]
        found += [w for w in words if not any(a < w.end and w.start < b for a, b in taken)]
        found.sort(key=lambda f: f.start)
    return found


def find_date(text: str) -> DateMatch | None:
    """The first valid date in ``text``."""
    return next(iter(find_dates(text)), None)


def parse_date(text: str) -> dt.date | None:
    """The first valid date in ``text``."""
    found = find_date(text)
    return found.date if found else None


def parse_time(text: str) -> str | None:
    """First time of day in ``text`` as "HH:MM".

    A time is written with ``kl``/``klokken`` or a colon; a dotted ``16.00`` counts only right
    after a date, where it cannot be a section or an amount.
    """
    if not _DIGIT.search(text):
        return None
    norm = text.translate(_SPACES)
    first: tuple[int, str] | None = None
    for m in _TIME_ANYWHERE.finditer(norm):
        if (time := _time_of(m)) is not None:
            first = (m.start(), time)
            break
    for _, date, time, time_start, _ in _scan(text):
        if date is not None and time is not None:
            if first is None or time_start < first[0]:
                first = (time_start, time)
            break
    return first[1] if first else None


def invalid_date_in(text: str) -> str | None:
    """The first date-shaped string in ``text`` that is no real date, as written.

    ``31-02-2024``, ``1. januar 2300`` and ``0224-01-05`` are returned so that a rejection
    message can name them; valid dates are skipped.
    """
    for m, date, _, _, _ in _scan(text):
        if date is None:
            start, end = _core_span(m)
            return text[start:end]
    return None


#: "Uge 10, 2025 – tirsdag", "uge 10 2025, tirsdag", "Tirsdag i uge 10, 2025", "Tirsdag,
#: uge 10 (2025)": a day named by its ISO week (a note taker's tool writes the week).
_WEEK_DATE = re.compile(
    r"^(?:(?P<day1>[a-zæøå]+dag),?\s+(?:i\s+)?)?uge\s*(?P<week>\d{1,2})\s*[,/]?\s*\(?"
    r"(?P<year>\d{4})\)?(?:\s*[,–—-]?\s*(?P<day2>[a-zæøå]+dag))?\b",
    re.IGNORECASE,
)


def week_date(text: str) -> dt.date | None:
    """The date of a weekday written by its week number ("Uge 10, 2025 – tirsdag" is
    4 March 2025), else None (no weekday, no such week, or a year out of range)."""
    m = _WEEK_DATE.match(text.strip())
    if m is None:
        return None
    day = (m.group("day1") or m.group("day2") or "").lower()
    if day not in _WEEKDAYS[:7]:
        return None
    year, week = int(m.group("year")), int(m.group("week"))
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date.fromisocalendar(year, week, _WEEKDAYS.index(day) + 1)
    except ValueError:
        return None


#: "4/3 2025", "04.03.25", "tirsdag d. 4/3/25", "8. juni 22", "ons 14/9-22": a day and month
#: with a short or spaced year, as note takers write a date field (read only as a field's
#: value: in running text such numbers may be anything).
_SHORT_DATE = re.compile(
    # ("ons 14/9-22": a young note taker's weekday cut to its first letters)
    r"^(?:(?:[a-zæøå]+dag|man|tirs|ons|tors|fre|lør|søn)\.?,?\s+)?(?:d(?:en|\.)\s*)?"
    r"(?P<d>\d{1,2})(?:[./](?P<m>\d{1,2})"
    # ("8. juni 22", "8 jun. 22": the month as a word, the year cut to two digits)
    rf"(?:[./\s-]\s*|\s+)|\.?\s*(?P<mw>{_MONTH})\s*)(?P<y>\d{{4}}|\d{{2}})\b",
    re.IGNORECASE,
)


def full_year(year: int) -> int:
    """A year as printed: two digits from 70 on are of the 1900s, below 70 of the 2000s
    (a local council's "16.09.08", a forum's "7/6-21"); four digits stand as they are."""
    if year >= 100:
        return year
    return year + (1900 if year >= 70 else 2000)


def field_date(text: str) -> dt.date | None:
    """The date a date field's value gives where :func:`find_date` finds none: a week date
    (:func:`week_date`) or a day and month with a two-digit or spaced year."""
    found = week_date(text)
    if found is not None:
        return found
    m = _SHORT_DATE.match(text.strip())
    if m is None:
        return None
    # ("02.09.99" in a 1990s committee's date field: of the 1900s, as the header's are)
    year = full_year(int(m.group("y")))
    month = _MONTHS[m["mw"].rstrip(".").lower()] if m["mw"] else int(m["m"])
    return safe_date(year, month, int(m.group("d")))
