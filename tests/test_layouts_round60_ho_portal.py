"""Sixtieth session, held-out sets, ho_portal: minutes as modern web portals save them.

An app's page may show only its shell ("Indlæser …", a side list of other meetings'
dates) and keep the minutes in a ``<noscript>`` (the page for a browser without scripts)
or a ``<template>`` (the markup its script copies in). ``read.html._shell_copy`` reads that
element as the page's main text where it holds the minutes (two headings at least) and
the page outside does not show them already; a notice ("Aktivér JavaScript …") or an
item's empty pattern is no copy, and a page that shows its minutes and keeps a copy for
a browser without scripts is read once.

A portal's fold of each item may count the items after the item's number ("<summary>
<span>Punkt 3 af 7</span><span>Title</span></summary>"): ``read.html._counted_items``
writes "Punkt 3: Title" where every such heading counts the same number, its own number
no higher.

Such a page may write the hours and the place and leave the day to its breadcrumb, its
JSON-LD and its ``<title>`` ("<forum> – møde 03.04.2025 – <X> Kommune"): where no layout
finds a date, ``layouts.page_title.title_date`` gives the title's one date, read as the
meeting's date field (``layouts.parse_lines``, with a warning).

A portal may print the meeting's facts in a box under the items ("Mødedato:" /
"Mødestart: 15.30" / "Mødested:" / "Mødet hævet:"):
``layouts.elsewhere_date.closing_start`` reads the start there, as ``closing_place`` reads
the place.

A page saved before its script loaded a part shows the app's notice there ("<div
class="decision" aria-busy="true"><p>Indlæser …</p></div>"): ``read.html._is_chrome``
drops an element whose one string is such a notice (``_LOADING``), no decision's text.
"""

from __future__ import annotations

import datetime as dt

from analysis.layouts.elsewhere_date import closing_start
from analysis.layouts.page_title import title_date
from analysis.parse import to_lines
from analysis.pipeline import parse_bytes
from analysis.read import read_bytes
from analysis.read.html import _L, _counted_items
from tests.fixture_helpers import FIXTURES, fixture_decisions


def _parsed(name: str):
    return parse_bytes((FIXTURES / "raw" / name).read_bytes(), name)


def _meeting(name: str) -> dict:
    return _parsed(name).tables["meetings"].to_dict("records")[0]


def _titles(name: str) -> list[str]:
    return list(_parsed(name).tables["items"]["title"])


# --- the minutes only in <noscript> or <template> ---------------------------------------

_SHELL = """<html><head><title>Referat</title></head><body>
<div id="app"><p role="status">Indlæser …</p>
<aside><h2>Andre møder</h2><ul><li>4. marts 2025</li></ul></aside></div>
{copy}
</body></html>"""

_MINUTES = """<h1>Skolebestyrelsen</h1>
<p>Dato: 12. marts 2025, kl. 17.00</p>
<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>
<h2>2. Skolens budget</h2><h3>Beslutning</h3><p>Taget til efterretning.</p>"""


def test_minutes_only_in_noscript_are_read() -> None:
    page = _SHELL.format(copy=f"<noscript>{_MINUTES}</noscript>")
    text = read_bytes(page.encode(), ".html").text
    assert "Punkt 1: Godkendelse af dagsorden" in text
    assert "Punkt 2: Skolens budget" in text
    assert "Andre møder" not in text and "4. marts 2025" not in text  # (the shell's side list)


def test_minutes_only_in_a_template_are_read_with_their_text() -> None:
    page = _SHELL.format(copy=f'<template id="tpl">{_MINUTES}</template>')
    text = read_bytes(page.encode(), ".html").text
    assert "Punkt 2: Skolens budget" in text
    assert "Taget til efterretning." in text  # (a template's strings are read as text)


def test_a_shown_page_and_its_noscript_copy_are_read_once() -> None:
    page = f"<html><body><main>{_MINUTES}</main><noscript>{_MINUTES}</noscript></body></html>"
    text = read_bytes(page.encode(), ".html").text
    assert text.count("Skolens budget") == 1


def test_a_noscript_notice_is_no_copy() -> None:
    notice = "<noscript><div>Aktivér JavaScript for at folde punkterne ud.</div></noscript>"
    page = f"<html><body><main>{_MINUTES}</main>{notice}</body></html>"
    text = read_bytes(page.encode(), ".html").text
    assert "Aktivér JavaScript" not in text
    assert "Punkt 1: Godkendelse af dagsorden" in text


def test_an_app_shell_with_noscript_minutes_parses() -> None:
    name = "web-app-skal-referat-kun-i-noscript.html"
    meeting = _meeting(name)
    assert str(meeting["date"])[:10] == "2025-03-11"
    assert _titles(name)[1] == "Høring om madservice til hjemmeboende"
    assert fixture_decisions(name)[2] == "Orienteringen blev taget til efterretning."


def test_an_app_shell_with_template_minutes_parses() -> None:
    name = "agenda-app-skal-referat-kun-i-template.html"
    meeting = _meeting(name)
    assert str(meeting["date"])[:10] == "2025-01-22"
    assert meeting["location"] == "Mødelokale 3, Faxe Rådhus"
    assert len(_titles(name)) == 3


# --- "Punkt 3 af 7" -----------------------------------------------------------------------


def _headings(*texts: str) -> list[_L]:
    return [_L("h", t, 2) for t in texts]


def test_counted_headings_lose_their_count() -> None:
    lines = _headings("Punkt 1 af 3 Velkomst", "Pkt. 2 af 3: Budget 2026", "Punkt 3 af 3 Eventuelt")
    _counted_items(lines)
    assert [ln.text for ln in lines] == [
        "Punkt 1: Velkomst",
        "Punkt 2: Budget 2026",
        "Punkt 3: Eventuelt",
    ]


def test_headings_counting_different_numbers_stay() -> None:
    lines = _headings("Punkt 1 af 3 Velkomst", "Punkt 2 af 4 Budget")
    _counted_items(lines)
    assert lines[0].text == "Punkt 1 af 3 Velkomst"


def test_a_number_over_its_count_is_no_count() -> None:
    lines = _headings("Punkt 5 af 3 boliger i Nørregade")
    _counted_items(lines)
    assert lines[0].text == "Punkt 5 af 3 boliger i Nørregade"


def test_counted_folds_give_their_titles() -> None:
    name = "agenda-foldet-pkt-n-af-m-dato-kun-i-sidetitel.html"
    assert _titles(name) == [
        "Velkomst og godkendelse af dagsorden",
        "Sprogcafé i Thyborøn - erfaringer fra første halvår",
        "Arrangement på FN's flygtningedag i 3 byer",
        "Eventuelt",
    ]


# --- the date in the page's title ---------------------------------------------------------


def test_the_one_date_of_a_page_title() -> None:
    assert title_date("Integrationsrådet – møde 03.04.2025 – Lemvig Kommune") == dt.date(2025, 4, 3)
    assert title_date("Byrådet 26-02-2025 - Referat") == dt.date(2025, 2, 26)
    assert title_date("Referat - Byrådet - Faxe Kommune") is None
    assert title_date("Møder 03.04.2025 og 05.06.2025") is None  # (two dates: which?)


def test_a_page_dated_only_by_its_title() -> None:
    result = _parsed("agenda-foldet-pkt-n-af-m-dato-kun-i-sidetitel.html")
    meeting = result.tables["meetings"].to_dict("records")[0]
    assert str(meeting["date"])[:10] == "2025-04-03"
    assert meeting["start_time"] == "16:00"
    assert any("page's title" in w for w in result.warnings + [result.manifest["message"]])


# --- "Mødestart:" under the items --------------------------------------------------------

_CLOSING = """Punkt 3: Eventuelt

Intet.

Mødedato: 14.05.2025

Mødestart: kl. 15.30

Mødested: Rådhuset

Mødet hævet: 17.05
"""


def test_a_closing_start_field() -> None:
    placed: set[int] = set()
    lines = to_lines(_CLOSING)
    assert closing_start(lines, 0, placed) == "15:30"
    assert placed == {lines[6].index}


def test_a_start_field_under_the_next_meeting_is_not_this_meetings() -> None:
    text = "Punkt 3: Eventuelt\n\nIntet.\n\nNæste møde\nMødedato: 11.06.2025\nMødestart: 15.30\n"
    assert closing_start(to_lines(text), 0, set()) is None


def test_a_page_with_its_facts_under_the_items_has_its_start() -> None:
    meeting = _meeting("generic-moedefakta-under-punkterne-moedestart.html")
    assert meeting["start_time"] == "15:30"
    assert str(meeting["date"])[:10] == "2025-05-14"


# --- "Indlæser …" ----------------------------------------------------------------------


def test_a_loading_notice_is_no_text() -> None:
    page = (
        "<html><body><h1>Byrådet</h1><p>Dato: 3. juni 2025</p>"
        "<h2>1. Budget</h2><h3>Beslutning</h3><p class='placeholder'>Indlæser …</p>"
        "<h2>2. Skolen</h2><h3>Beslutning</h3><p>Henter beslutningen...</p>"
        "<p>Indlæser data om skolen viste en fremgang.</p></body></html>"
    )
    text = read_bytes(page.encode(), ".html").text
    assert "Indlæser …" not in text and "Henter" not in text
    assert "Indlæser data om skolen viste en fremgang." in text  # (a sentence stays)


def test_an_unloaded_decision_is_no_decision() -> None:
    found = fixture_decisions("generic-moedefakta-under-punkterne-moedestart.html")
    assert not found[2]  # (the heading alone: no text under it)
    assert found[3].startswith("Taget til efterretning.")
    assert "Mødestart" not in found[3]  # (the facts' start field: no text of the item)
