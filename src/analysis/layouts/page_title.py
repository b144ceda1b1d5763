"""A web page's ``<title>`` as a fact source (pure).

Web pages often name the municipality and the forum only in the browser's title
("Handicaprådet 17-04-2018 - Referat - Næstved Kommune"), not in the body. The HTML
reader keeps the title as the text's first line, ``<title>…</title>`` (:data:`TITLE_LINE`);
:func:`split_page_title` takes it off before the layouts read the text (so the text they
read is the page's own), and :func:`title_facts` reads forum and municipality from it.
They count where the text itself does not name them: lower than the text, above the
folder (the title is the document's, the folder only says where it was put).
"""

from __future__ import annotations

import datetime as dt
import re

from analysis import dates
from analysis.layouts.meeting_kind import body_of_meeting
from analysis.municipalities import municipality_in, region_in, region_named

#: The first line the HTML reader writes for a page's title.
TITLE_LINE = re.compile(r"\A<title>(?P<title>[^\n]{1,300})</title>\n")
#: Separators between the title's parts: "Referat - Byrådet | Odsherred Kommune".
_PARTS = re.compile(r"\s+[-–—|·:]\s+")
#: A date in a title part: "26-02-2026", "12.05.2020", "13. januar 2025", "2025-01-13".
_DATE = re.compile(
    r"\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|"
    r"\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\w*\.?\s+\d{4}\b",
    re.IGNORECASE,
)
#: What the document is, not who met: "Dagsorden", "Referat", "Beslutningsprotokol".
_KIND = re.compile(
    r"^(?:dagsorden|referat|beslutningsprotokol|protokol|mødeplan|møde|dagsordener og "
    r"referater|politik|forside)(?:\s+og\s+referat)?$",
    re.IGNORECASE,
)
#: A part naming a body that meets.
_BODY = re.compile(
    r"(?:udvalg|råd(?:et)?\b|bestyrelse|nævn|forum|borgerrepræsentation|magistrat|"
    r"direktion|MED\b)",
    re.IGNORECASE,
)
#: "Referat fra bestyrelsesmøde januar": a part naming only the kind of meeting and its
#: month, no body (the body is named in another part: "… | Gudhjem-Melsted Lokalråd").
_KIND_AND_MONTH = re.compile(
    r"^(?:(?:referat|dagsorden|protokol)\s+(?:fra|af|for)\s+(?:det\s+)?)?[\wæøå-]*møde[t]?"
    r"\s+(?:i\s+)?(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
    r"november|december)(?:\s+\d{4})?$",
    re.IGNORECASE,
)
#: A part that is the municipality itself: "Næstved Kommune", "Bornholms Regionskommune".
_MUNICIPALITY_PART = re.compile(r"\b(?:kommune|regionskommune)$", re.IGNORECASE)


def split_page_title(text: str) -> tuple[str | None, str]:
    """(the page title, the text without its title line); (None, text) without one."""
    if not text.startswith("<title>"):
        return None, text
    m = TITLE_LINE.match(text)
    if m is None:
        return None, text
    return m.group("title").strip() or None, text[m.end() :]


def title_facts(title: str | None) -> tuple[str | None, str | None]:
    """(forum, municipality) a page title names, None for what it does not.

    The forum is the first part that names a body once dates, the document's kind and
    the municipality are left out ("Dagsorden - Kommunalbestyrelsen 26-02-2026 - Stevns
    Kommune" -> ("Kommunalbestyrelsen", "Stevns Kommune")). A Teams or Loop page named by
    the kind of meeting names the body that meets ("Chefgruppemøde – Teknik og Miljø –
    12. marts 2024" -> "Chefgruppen Teknik og Miljø", "Ugentligt direktionsmøde
    2024-03-12" -> "Direktionen").
    """
    if not title:
        return None, None
    # a region's own page ("… - Regionsrådet - Region Midtjylland") names its owner too
    municipality = municipality_in(title) or region_in(title) or county_in_title(title)
    forum = body_of_meeting(title)
    parts = _PARTS.split(title) if forum is None else []
    for part in parts:
        part = _DATE.sub(" ", part)
        part = re.sub(r"\s+", " ", part).strip(" -–|,.")
        if not part or _KIND.match(part) or _MUNICIPALITY_PART.search(part) or region_named(part):
            continue
        if _KIND_AND_MONTH.match(part):
            continue
        if _BODY.search(part) and len(part) <= 80:
            forum = body_of_meeting(part) or part  # "Direktionsmøde - Referat - X Kommune"
            break
    if forum and " " in forum:
        from analysis.layouts.header import _owner_name_off

        # "Nyheder – Ungerådet Ikast-Brande": the body, then its municipality's bare name
        forum, owner = _owner_name_off(forum)
        municipality = municipality or owner
    return forum, municipality


def county_in_title(title: str) -> str | None:
    """The county (amt, before 2007) a part of the page's title names alone ("Ribe Amt -
    Miljøudvalget - Referat 12.03.2003"): the owner of a county's own page, as a kommune's
    name in its title is; None where no part is a county's name (a cheap test first: the
    word "Amt" in the title)."""
    if "amt" not in title.lower():
        return None
    from analysis.layouts.header import _county

    for part in _PARTS.split(title):
        county = _county(part.strip(" -–|,."))
        if county:
            return county
    return None


def title_date(title: str | None) -> dt.date | None:
    """The one date a page title writes in full ("Handicaprådet – møde 15.10.2024 – <X>
    Kommune", "Byrådet 26-06-2024 - <X> Kommune"): the meeting's, as the portal names its
    page, the last resort where the page's text dates nothing (an app's page that writes
    the hours and the place and leaves the day to the breadcrumb); None where the title
    writes no date, two different ones or one without its year."""
    if not title or not any(c.isdigit() for c in title):
        return None
    found = {dates.parse_date(m[0]) for m in _DATE.finditer(title)}
    if len(found) != 1 or None in found:
        return None
    return found.pop()
