"""Case numbers and titles written inside a line of text (pure).

Two habits of internal forums' notes and tables:

* the case after the title in brackets with its label: ``2) Specialundervisning
  [sag: 17.01.10-P20-2-25]``, ``Ny p-norm (Sagsnr. 25/1123)``; the title is the text
  before the brackets, the case the number in them;
* an item table's content column (``Punkt | Indhold | Beslutning``) whose cell holds the
  title and, after a spaced dash, what was said: ``Status på byggeprogram – udbud
  afsluttet, to tilbud modtaget.``, the case labelled at its end (``… J.nr.
  82.02.00-G01-3-24``).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from analysis.case_labels import CASE_ID_LABEL, CASE_LABEL, CASE_NUMBER_LABEL, CASE_SYSTEM
from analysis.parse import line_start_test
from analysis.vocab import adjudicating_board

if TYPE_CHECKING:
    from analysis.parse import Line

#: "[sag: 17.01.10-P20-2-25]", "(Sagsnr. 25/1123)", "(J.nr. 82.02.00-G01-3-24)", "(Sags-ID:
#: 21/8800)": a labelled case in brackets at the end of a title.
_BRACKETED_CASE = re.compile(
    rf"\s*[(\[](?P<label>(?:{CASE_ID_LABEL}|{CASE_LABEL})\s*:?\s*)"
    r"(?P<case>[^\s()\[\]]+)[)\]]$",
    re.IGNORECASE,
)


#: "Title      [81.00.00-A00-1-25]": a whole KLE journal number in square brackets closing
#: the title, unlabelled (an agenda's right-hand column of journal numbers, typed as
#: text); its shape says what it is, as a label would. So too a short journal number whose
#: shape only a case takes ("Title  [26/08813]", a shared document's heading: a two-digit
#: year and a serial of four digits or more, a year and a serial of five or more).
_BRACKETED_KLE = re.compile(
    r"\s+\[(?P<case>\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d{1,5}-\d{2}"
    # ("Title  [EMN-2024-01234]": a case system's number with its series letters)
    r"|[0-3]\d[/-]\d{4,6}|(?:19|20)\d{2}-\d{5,}|[A-ZÆØÅ]{2,5}-(?:19|20)\d{2}-\d{3,6})\]$"
)


#: "Title (Acadre 23/12345)", "Title [SBSYS 24-000123]": the case system's name labelling a
#: number of a year and a serial in brackets closing the title (as "Acadre 23/12345" alone
#: on a line is the case).
_BRACKETED_SYSTEM_CASE = re.compile(
    rf"\s*[(\[]{CASE_SYSTEM}(?:[\s-]*(?:sag|nr\.?|nummer))?\s*:?\s*"
    r"(?P<case>\d{2,4}[-/]\d{3,7})[)\]]$",
    re.IGNORECASE,
)


def bracketed_case(title: str) -> tuple[str, str] | None:
    """(title, case) of a title ending in a labelled case number in brackets (the label a
    case system's name too), or in a whole KLE journal number in square brackets, else None
    (another unlabelled or unknown number in brackets stays part of the title)."""
    if title[-1:] not in ")]":
        return None
    m = (
        _BRACKETED_CASE.search(title)
        or _BRACKETED_KLE.search(title)
        or _BRACKETED_SYSTEM_CASE.search(title)
    )
    if m is None:
        return None
    from analysis.parse import match_case_number  # (the item grammar's case numbers)

    case = match_case_number(f"Sagsnr.: {m.group('case')}")
    return (title[: m.start()].rstrip(), case) if case else None


#: "Regnskab 2024 – foreløbigt resultat      Akt-id 6181022", "Ny p-norm   Sagsnr.: 25/1123":
#: a labelled case number closing the title's line, unbracketed (an aktindsigt export's or
#: an agenda's right-hand column of case numbers, typed as text); "Title      Sag: 25/41022"
#: (the bare word "Sag" with its colon, the number in parts: a typed agenda's column;
#: "Title Sag 15/2207", no colon).
_LABELLED_CASE_AFTER = re.compile(
    rf"\s+(?:{CASE_ID_LABEL}|{CASE_NUMBER_LABEL}|sag(?=\s*:\s*\d+[./-]\d)"
    # ("Title Sag 15/2207": the capital word without its colon before a journal number of a
    # two-digit year and its serial, as a web mail's pasted agenda writes it)
    r"|(?-i:Sag)(?=\s+\d{2}/\d{3,6}$))\s*:?\s*"
    r"(?P<case>\d[\w./-]*\d)$",
    re.IGNORECASE,
)


#: "Fordeling af puljen 2025\t25-004412": an unlabelled number in a column of its own (a
#: tab before it) closing the heading's line, in a form only a journal number takes (a
#: two-digit year and a serial of four digits or more, a year and a serial of five or
#: more, a whole KLE number, "EMN-2020-01234"); a page number ("Title\t4") or a year range
#: ("Plan\t2026-2029") after the tab stays as it was.
_TABBED_CASE_AFTER = re.compile(
    r"\t+(?P<case>[0-3]\d[/-]\d{4,6}|(?:19|20)\d{2}-\d{5,}"
    r"|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ0-9]\d{2}-\d+-\d{2,4}|[A-ZÆØÅ]{2,5}-\d{4}-\d{3,})$"
)


def trailing_case(title: str) -> tuple[str, str] | None:
    """(title, case) of a title whose line ends in a labelled case number ("Title   Akt-id
    6181022"), or in a journal-shaped number after a tab ("Title<TAB>25-004412", a Word
    heading's right-hand column), else None; the title before it must keep two words or
    more."""
    if not title[-1:].isdigit():
        return None  # (the cheap test: most titles end otherwise)
    if "\t" in title and (tabbed := _TABBED_CASE_AFTER.search(title)):
        head = title[: tabbed.start()].rstrip()
        return (head, tabbed.group("case")) if len(head.split()) >= 2 else None
    m = _LABELLED_CASE_AFTER.search(title)
    if m is None or len(title[: m.start()].split()) < 2:
        return None
    from analysis.parse import match_case_number  # (the item grammar's case numbers)

    case = match_case_number(f"Sagsnr.: {m.group('case')}")
    return (_SPACED_DASH_END.sub("", title[: m.start()]), case) if case else None


#: "Godkendelse af dagsorden      00.22.04-A00-12-24": a whole KLE journal number (subject,
#: facet, serial, year) closing the heading's line unlabelled, a printed agenda's case flush
#: right on the title's row (pdftotext's gap of spaces collapsed to one); a shape no title's
#: own figures take ("Plan 2026-2029", "lokalplan nr. 19.07").
#: ("Årsregnskab 2024      24-003817": a region's ESDH case number, the year in two figures
#: and a serial of six, in the case column beside the title: no title's figures either.)
_CLOSING_JOURNAL = re.compile(
    r"\s(?P<case>\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d{1,5}-\d{2}|\d{2}-\d{6})$"
)


def closing_journal(title: str) -> tuple[str, str] | None:
    """(title, case) of a heading's line ending in an unlabelled whole KLE journal number
    (see ``_CLOSING_JOURNAL``) after a title of a word at least, else None."""
    if not title[-1:].isdigit() or "-" not in title[-7:]:
        return None  # (the cheap test: most titles end otherwise)
    m = _CLOSING_JOURNAL.search(title)
    if m is None:
        return None
    head = title[: m.start()].rstrip()
    return (head, m.group("case")) if any(c.isalpha() for c in head) else None


#: "Title<TAB>KLE 02.34.02 P19": the file's KLE subject (and handling facet) in a column of
#: its own after the title, with no running number: where the case is filed, not which.
_TABBED_SUBJECT_AFTER = re.compile(r"\t+KLE\s+\d{2}\.\d{2}(?:\.\d{2})?(?:[\s-]?[A-ZÆØÅ]\d{2})?$")


def without_trailing_subject(title: str) -> str | None:
    """The title of a heading's line whose last column is a KLE subject alone (see
    ``_TABBED_SUBJECT_AFTER``), else None."""
    m = _TABBED_SUBJECT_AFTER.search(title) if "\t" in title else None
    return title[: m.start()].rstrip() if m else None


#: "FN-MJS-031-2018 – Title", "J.nr. 23/4411 — Title": a board's case number leading the
#: title, set off by a spaced dash: a case numbered with the board's own letters and a year
#: ("FN-MJS-031-2018", "HN-2024-0117"), or a labelled journal number; a bare "45/2024 –
#: Title" (a running number with its year) stays as it is.
_LEADING_CASE_DASH = re.compile(
    r"^(?:(?P<case>[A-ZÆØÅ]{2,5}(?:-[A-ZÆØÅ]{2,5})?-\d{2,6}-(?:19|20)?\d{2,4})"
    # ("Sag nr. 2024-005613 – Title", "Sagsnummer 2024-0012345 – Title", "J.nr.
    # 27.69.48-G01-12-22 – Title": the label in two words or written out, a KLE number)
    r"|(?i:j\.\s*nr|journalnr|sagsnr|sag\s+nr|sagsnummer)\.?:?\s*"
    r"(?P<labelled>\d{2,4}/\d{3,6}|\d{4}-\d{4,7}|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d{1,6}-\d{2}))"
    r"\s+[–—-]\s+(?=[A-ZÆØÅ])"
)


#: "Sag HLN 2025-066 — Title", "BKN 2016-08: Title", "Hegnsynssag 2011-07 – Title",
#: "Klagesag 2016-04 (genoptagelse) – Title": a board's case numbered by year and serial
#: (its letters before it, a space or a hyphen between) leading the title, after the word
#: "Sag" or a compound naming the kind of case, before a spaced dash or a colon; a note in
#: brackets may stand before the dash. The year and serial alone need that word or the
#: letters ("2025-2028 – Plan" is a span of years, no case).
_LEADING_BOARD_CASE = re.compile(
    r"^(?:(?P<kind>Sag|[A-ZÆØÅ][a-zæøå]{2,20}sag)\s+)?"
    r"(?P<case>(?P<letters>[A-ZÆØÅ]{2,5}[ -])?(?P<year>(?:19|20)\d{2})-(?P<serial>\d{2,6}))"
    r"(?:\s+\([^()]{3,40}\))?(?:\s+[–—-]\s+|:\s+)(?=[A-ZÆØÅ])"
)


def _board_case(title: str) -> tuple[str, str] | None:
    """(title, case) of a title led by a board's case as ``_LEADING_BOARD_CASE`` reads it,
    else None; the title is what follows the case, one word or more (the case's heading
    names the matter, "Sag HLN 2025-059 — Genoptagelse")."""
    m = _LEADING_BOARD_CASE.match(title)
    if m is None or not (m.group("kind") or m.group("letters")):
        return None
    serial = m.group("serial")
    if (
        len(serial) == 4
        and serial[:2] in ("19", "20")
        or (len(serial) == 2 and int(serial) == (int(m.group("year")) + 1) % 100)
    ):
        return None  # "ØU 2025-2028: …", "Budget 2024-25 – …": a span of years
    return title[m.end() :].strip(), m.group("case")


#: "24/1187 Title", "2024-005613 – Title": an unlabelled case number before the title in a
#: form only a case takes (a two-digit year, a slash and four digits or more; a year, a
#: hyphen and five to seven digits; series letters, a year and a serial), not the year's
#: running number "45/2024" nor a span of years "2025-2028".
_BARE_LEADING_CASE = re.compile(
    r"^(?P<case>\d{2}/(?!(?:19|20)\d{2}\s)\d{4,6}|(?:19|20)\d{2}-\d{5,7}"
    # ("EMN-2024-01234 Title": a case system's series letters, the year and the serial)
    r"|[A-ZÆØÅ]{2,5}-(?:19|20)\d{2}-\d{4,6})"
    r"(?:\s+[–—-])?\s+(?=[A-ZÆØÅ])"
)


def leading_case(title: str) -> tuple[str, str] | None:
    """(title, case) of a title led by a board's case number and a spaced dash (see
    ``_LEADING_CASE_DASH``), by a board's case numbered by year and serial (see
    ``_LEADING_BOARD_CASE``) or by an unlabelled case number (``_BARE_LEADING_CASE``), else
    None; the title after it must keep two words or more."""
    found = None
    if title[:1].isupper():
        # (the cheap tests: most titles hold no spaced dash, and a year's case holds a hyphen)
        dashed = " – " in title or " — " in title or " - " in title
        m = _LEADING_CASE_DASH.match(title) if dashed else None
        if m is not None and len(title[m.end() :].split()) >= 2:
            return title[m.end() :].strip(), m.group("case") or m.group("labelled")
        found = _board_case(title) if "-" in title else None
    if (
        found is None
        and (title[:1].isdigit() or "-" in title[2:6])
        and (bare := _BARE_LEADING_CASE.match(title))
    ):
        rest = title[bare.end() :].strip()
        return (rest, bare.group("case")) if len(rest.split()) >= 2 else None
    return found


#: "Title (høring)  -  j.nr. 27.12.00-P22-1-15": the spaced dash (or colon, bar) between
#: the title and its case field, left at the title's end once the case is cut off.
_SPACED_DASH_END = re.compile(r"(?:\s+[–—|:-])?\s*$")


#: The spaced dash between a content cell's title and its text.
_TITLE_DASH = re.compile(r"\s+[–—-]\s+")
#: "J.nr. 82.02.00-G01-3-24", "Sagsnr.: 25/1123": a labelled case ending a cell's text.
_TRAILING_CASE = re.compile(
    rf"(?:^|\s)(?P<field>{CASE_NUMBER_LABEL}\s*:?\s*"
    r"[^\s]+?)[.;]?$",
    re.IGNORECASE,
)


def content_cell(cell: str) -> tuple[str, str | None, str | None]:
    """(title, text, case) of an item table's content cell ("Indhold"): the title before
    the first spaced dash where what follows is sentences (it ends with a full stop, and
    runs to three words or more: "Økonomi – forventet merudgift på 350.000 kr."); a
    title with a dash in it ("APV 2025 – tidsplan") stays whole. A case labelled at the
    end of the text is the item's case, taken out of the text."""
    m = _TITLE_DASH.search(cell)
    if m is None:
        return cell, None, None
    title, text = cell[: m.start()].strip(), cell[m.end() :].strip()
    if not title or ". " in title or len(text.split()) < 3:
        return cell, None, None
    case = None
    found = _TRAILING_CASE.search(text)
    if found:
        from analysis.parse import match_case_number  # (the item grammar's case numbers)

        case = match_case_number(found.group("field"))
        if case:
            text = text[: found.start()].rstrip()
    if not text.endswith((".", "!", "?")) and not case:
        return cell, None, None
    return title, text or None, case


#: "… sende ønsker til budgettet. Sagsnr. 25/8831.": a labelled case number as the last
#: sentence of a line of the item's text (a capital label after a sentence's end).
_CLOSING_CASE = re.compile(
    rf"[.!?]\s+(?-i:(?=[SJ])){CASE_NUMBER_LABEL}\s*:?\s*(?P<case>\d\S*?)\.?$",
    re.IGNORECASE,
)


def closing_case(text: str) -> str | None:
    """The case of a line of an item's text whose last sentence is only a labelled case
    number ("Rådet kan sende ønsker. Sagsnr. 25/8831."), else None: a note taker's way of
    giving the item's case inside its description, the field's line never written. A
    number referred to inside a sentence ("jf. sagsnr. 24/112 om …") is none."""
    if text[-1:] not in ".0123456789" or "nr" not in text:
        return None  # (the cheap test: most lines end otherwise or name no number)
    m = _CLOSING_CASE.search(text)
    if m is None:
        return None
    from analysis.parse import match_case_number  # (the item grammar's case numbers)

    return match_case_number(f"Sagsnr.: {m.group('case')}")


#: A case's label opening a line ("Sag", "Sagsnr.", "J.nr.", "Sags-id", "Akt-id").
_CASE_LABEL_START = re.compile(rf"^(?:{CASE_ID_LABEL}|{CASE_LABEL})(?=[\s.:])", re.IGNORECASE)
#: "Sag 24/31007 · Rammen er 3 mio. kr.": a labelled case, a middle dot, then a sentence
#: (capital first, two words at least, a full stop last; not "Sag 25/1 · Åbent punkt", a
#: meta line's status): notes typed on one line under the item's title.
_CASE_THEN_SENTENCE = re.compile(
    r"^(?P<case>[^·]{4,40}?)\s+·\s+(?P<text>[A-ZÆØÅ]\S*\s+\S.*[a-zæøå\d)][.!?])$"
)


def split_case_sentences(lines: list[Line]) -> list[Line]:
    """Lines holding a labelled case number, then " · " and a sentence, as two lines: the
    case line the items read, then the sentence as the item's text (one label is a field
    line, "Sag 24/1 · Ansv.: KD", and stays whole); others unchanged."""
    from analysis.parse import match_case_number

    out: list[Line] = []
    for ln in lines:
        m = _CASE_THEN_SENTENCE.match(ln.clean) if " · " in ln.clean else None
        if (
            m is not None
            and _CASE_LABEL_START.match(m.group("case"))
            and ":" not in m.group("text")[:20]
            and match_case_number(m.group("case"))
        ):
            out.append(ln._replace(clean=m.group("case")))
            out.append(ln._replace(clean=m.group("text")))
            continue
        out.append(ln)
    return out


#: "Sag 2017-041  Klage over røg fra altan": a board's case numbered by year and serial
#: leading its heading, the title after a gap of two spaces or more or a tab (a PDF's two
#: columns copied to text), the item printed with no agenda number; also as a contents entry with
#: its dot leader and page. Read only where two lines or more are so led (a board's run
#: of cases).
_CASE_LED_HEADING = re.compile(
    r"^Sag\s(?P<case>(?:19|20)\d{2}-\d{2,6})(?:  +|[ ]*\t[ \t]*)(?P<title>[A-ZÆØÅ][^\n]*)$", re.M
)
_case_led_heading_in = line_start_test(_CASE_LED_HEADING)
#: The same heading as a clean line holds it (its gap closed to one space).
_CASE_LED_LINE = re.compile(r"^Sag\s(?P<case>(?:19|20)\d{2}-\d{2,6})\s+(?P<title>[A-ZÆØÅ].*)$")
#: " ....... 2": a contents entry's dot leader and page.
_LEADER_PAGE = re.compile(r"\s*\.{3,}\s*\d{1,3}$")


def split_case_headings(lines: list[Line], text: str) -> list[Line]:
    """A board's run of case-led headings (see ``_CASE_LED_HEADING``) as the title's line
    and the case line under it that the items read (a contents entry as its title alone),
    so the cases read as items numbered by place with their cases; else ``lines``."""
    if not _case_led_heading_in(text):
        return lines  # (the cheap test, in a text with a gap of spaces: such a line is rare)
    if len(_CASE_LED_HEADING.findall(text)) < 2:
        return lines
    found = [_CASE_LED_LINE.match(ln.clean) if ln.clean[:4] == "Sag " else None for ln in lines]
    if sum(m is not None for m in found) < 2:
        return lines
    out: list[Line] = []
    for ln, m in zip(lines, found, strict=True):
        if m is None:
            out.append(ln)
        elif _LEADER_PAGE.search(m.group("title")):
            out.append(ln._replace(clean=m.group("title")))
        else:
            out.append(ln._replace(clean=m.group("title")))
            out.append(ln._replace(clean=f"Sagsnr.: {m.group('case')}", heading_level=0))
    return out


#: "Sag nr. 23/2024", "J.nr. 09/0412", "Sagsnr.: 24-1133": a board's case line alone over
#: the title of a case printed with no agenda number (a note in brackets may follow:
#: "Sag nr. 12/2024 (genoptaget)"). "Sag nr." with a year is also how some number their
#: items through the year ("Forretning nr. 21/2025"): read as a case only where the run's
#: numbers do not count on by one.
_CASE_OVER_TITLE = re.compile(
    # (a markdown heading's marks before it where an earlier pass made the line a heading)
    r"^(?:\#{1,6}[ \t]+)?(?:(?:Sag\s+nr|SAG\s+NR|sag\s+nr)\.?[ \t]*(?P<num>\d{1,4})/(?:19|20)\d{2}"
    # (an old print's capitals too: "SAG NR. 23/2024", "J.NR. 09/0412")
    r"|(?:J\.\s?(?:nr|NR)|Journalnr|JOURNALNR|Sagsnr|SAGSNR)\.?:?[ \t]*\d{2,4}[/-]\d{2,6})"
    r"(?P<note>\s+\([^()\n]{3,40}\))?[ \t]*$",
    re.M,
)
_case_over_title_in = line_start_test(_CASE_OVER_TITLE)
#: The cheap test before it: "nr" (or "NR"), its dot or colon, a figure.
_NR_FIGURE = re.compile(r"(?:nr|NR)\.?:?[ \t]*\d").search
#: "Status: Åben", "Ansvarlig: …": a field's label and its colon opening a line.
_FIELD_FIRST = re.compile(r"^[\wæøå][\wæøå. /-]{0,24}:\s")
#: "SAGEN: Lejer NN mod udlejer NN": the title's own label (the case's parties or matter).
_TITLE_LABEL = re.compile(r"^(?:sagen|sag)\s*:\s*(?=\S)", re.I)

#: "…, Ringstedgade 41, 1. th.", "…, Farimagsvej 12, st.": an address's floor and side
#: closing a title (a board's case is often named by the dwelling), its full stop an
#: abbreviation's, not a sentence's.
ADDRESS_END = re.compile(r",\s*(?:\d{1,2}\.\s*(?:th|tv|mf)|st(?:\.\s*(?:th|tv|mf))?|kld)\.$", re.I)


#: "Referat" alone on its line: the label over an item's outcome (a council's web page,
#: the case line of an unnumbered item over it), no title.
_MINUTES_LABEL = re.compile(r"^Referat$")


def _title_under(lines: list[Line], k: int) -> str | None:
    """The title on the line after the case line ``k`` (its "Sagen:" label off), where the
    line before ``k`` is blank (the case opens its block) and the line after reads as a
    title: a capital first, no full stop last, not a section's label; else None."""
    from analysis.parse import heading_key

    if k + 1 >= len(lines) or (k > 0 and lines[k - 1].clean):
        return None
    under = lines[k + 1].clean
    text = _TITLE_LABEL.sub("", under)
    ends = text[-1:] in ".:" and not ADDRESS_END.search(text)
    if not text[:1].isupper() or ends or len(text) > 140:
        return None
    if text == under and _FIELD_FIRST.match(text):
        return None  # "Sagsnr.: 24/2210" / "Status: Åben": the case's fields under a heading
    if _MINUTES_LABEL.match(text):
        return None  # "J.nr. 26/1184" / "Referat": the label over the outcome, no title
    return None if heading_key(lines[k + 1]) or _CASE_OVER_TITLE.match(text) else text


def titles_over_cases(lines: list[Line], text: str) -> list[Line]:
    """A board's cases each opened by its case line alone over its title (see
    ``_CASE_OVER_TITLE``), two or more of them, in minutes that name an adjudicating board
    on top (``vocab.adjudicating_board``: a nævn or a hegnsyn): the title first and the
    case line under it, as the items read a case under an unnumbered title; else
    ``lines``."""
    if not adjudicating_board(text[:600]) or _NR_FIGURE(text) is None:
        return lines  # (the cheap tests: a board named on top, "nr" and a figure)
    if not _case_over_title_in(text):
        return lines
    cases = [
        (k, m, title)
        for k, ln in enumerate(lines)
        if ln.clean[:1] in "SsJj"
        and (m := _CASE_OVER_TITLE.match(ln.clean))
        and (title := _title_under(lines, k))
    ]
    if len(cases) < 2:
        return lines
    numbers = [int(m.group("num")) for _, m, _ in cases if m.group("num")]
    if len(numbers) >= 2 and all(b == a + 1 for a, b in pairwise(numbers)):
        # (the items' own numbers through the year, counting on by one; one number alone
        # among "J.nr." lines counts nothing)
        return lines
    out = list(lines)
    for k, m, title in cases:
        case_line = m.group(0)[: m.start("note")] if m.group("note") else m.group(0)
        if m.group("num"):  # ("Sag nr. 23/2024" as a case line, not an item's heading)
            case_line = f"Sagsnr.: {case_line[case_line.index(m.group('num')) :]}"
        out[k] = lines[k]._replace(clean=title, heading_level=0)
        out[k + 1] = lines[k + 1]._replace(clean=case_line.strip(), heading_level=0)
    return out


#: "87<gap>Sag nr.: 00.01.00A00-12-11" over "Godkendelse af dagsorden": a scanned protocol's
#: item number alone in the left margin with the labelled case right-aligned on the same
#: line (a gap of three spaces or more, or a tab, between them) and the title on the next
#: line. The case token must look like a case number (a figure, then digits parted by
#: "/", "." or "-"), so "4   Sag nr. 12" (an item's word) stays as it is.
_MARGIN_NUMBER_CASE = re.compile(
    rf"^[ \t]*(?P<num>\d{{1,3}})(?: {{3,}}|[ ]*\t[ \t]*)(?P<case>(?i:{CASE_NUMBER_LABEL})\s*:?\s*"
    r"\d[\dA-ZÆØÅ]*[/.-]\d\S*)[ \t]*\n[ \t]*(?P<title>[A-ZÆØÅ][^\n]{2,})$",
    re.M,  # (the label in any case, the title's first letter a capital)
)
_margin_number_case_in = line_start_test(_MARGIN_NUMBER_CASE)


def margin_numbers_beside_cases(text: str) -> str:
    """A run (two or more) of item headings written as a margin number beside a labelled
    case with the title under it (see ``_MARGIN_NUMBER_CASE``) as ``N. Title`` over the
    case line, as the items read a numbered heading and its case; else ``text``."""
    if not _margin_number_case_in(text):
        return text  # (the cheap test: the lines' starts alone tried)
    found = list(_MARGIN_NUMBER_CASE.finditer(text))
    if len(found) < 2:
        return text
    return _MARGIN_NUMBER_CASE.sub(
        lambda m: f"{m.group('num')}. {m.group('title').strip()}\n{m.group('case')}", text
    )
