"""Sixtieth session, held-out sets, ho_furniture: the meeting's furniture over each decision.

- **The absence and the procedure over the verdict.** Committee and council minutes that
  repeat the meeting's absence at the top of every decision, on a line of its own or on the
  label's own line (``Beslutning: Afbud: <name> (V)`` / ``Godkendt.``; a web page's
  ``Afgørelse`` cell holding ``Afbud: …`` and the verdict as two paragraphs), and write how
  the item was handled under it: a member leaving or coming with the time first (``Kl.
  18.20 forlod <name> mødet.``), the item taken together with another (``Sagen blev
  behandlet sammen med punkt 4.``). These lines are moved, with the notes already read
  (inhabil, suspension, order), to the ``moedeforloeb`` section ahead of the decision
  (``layouts.procedure_notes._NOTE``; the opening the cheap gate reads runs past ``kl.``
  and a time's stop, ``_opening``). A decision that is nothing but such a line stays.
- **A page header holding the meeting's fields in a table.** ``<header><h1>Udvalget</h1>
  <table><tr><td>Mødedato</td><td>17-02-2026</td></tr><tr><td>Mødested</td>…`` before the
  items' ``<main>``: read by the change on main (``read.html._meeting_header``,
  ``_field_row``); the tests here hold it for this family.
- **Hours written "fra kl. … til kl. …" before the place** (``Mødet blev holdt onsdag den
  11. marts 2026 fra kl. 15:30 til kl. 17:50 i mødelokale "Arresø", …``): the place after
  them is read (``layouts.header._PLACE_AFTER``).
- **A closed item's mark over its planning field** (``PUNKT 5`` / ``Lukket punkt`` /
  ``TID: 20 min``): the mark is the title, the planning field no title
  (``layouts.headings._marks_under_number``).

Fixtures ``generic-fravaer-paa-beslutningslinjen-moedeforloeb.txt``,
``web-moedeinfo-tabel-i-header-afbud-over-beslutning.html``,
``aabent-punkt-lukket-tid-minutter.txt``.
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.header import _place_after
from analysis.pipeline import parse_bytes
from analysis.read import read_bytes
from analysis.vocab import HANDLING_NOTES
from tests.fixture_helpers import FIXTURES, fixture_decisions
from tests.test_layouts_round37_fix213 import _apart  # (round 37's: notes apart, decision left)


@pytest.mark.parametrize(
    ("decision", "notes", "rest"),
    [
        ("Afbud: Kim Lyng (V)\nGodkendt.", "Afbud: Kim Lyng (V)", "Godkendt."),
        (
            "Fraværende: Kim Lyng (V), Eva Bonde (A)\n\nAnbefales.",
            "Fraværende: Kim Lyng (V), Eva Bonde (A)",
            "Anbefales.",
        ),
        (
            "Kl. 18.20 forlod Eva Bonde (A) mødet.\nUdsat.",
            "Kl. 18.20 forlod Eva Bonde (A) mødet.",
            "Udsat.",
        ),
        (
            "Kl. 9:40 kom Per Holt til mødet.\nTaget til efterretning.",
            "Kl. 9:40 kom Per Holt til mødet.",
            "Taget til efterretning.",
        ),
        (
            "Sagen blev behandlet sammen med punkt 6.\nGodkendt.",
            "Sagen blev behandlet sammen med punkt 6.",
            "Godkendt.",
        ),
        (
            # all of them, in any order, the verdict after them
            "Afbud: Kim Lyng (V)\nPunktet blev behandlet under ét med pkt. 2.\n"
            "Kl. 19.05 forlod Eva Bonde (A) mødet.\nIkke godkendt.",
            "Afbud: Kim Lyng (V)\nPunktet blev behandlet under ét med pkt. 2.\n"
            "Kl. 19.05 forlod Eva Bonde (A) mødet.",
            "Ikke godkendt.",
        ),
    ],
)
def test_furniture_over_the_verdict_moves_to_the_notes(
    decision: str, notes: str, rest: str
) -> None:
    assert _apart(decision) == (notes, rest)


@pytest.mark.parametrize(
    "decision",
    [
        # nothing after it: the line is all the decision says
        "Afbud: Kim Lyng (V)",
        "Sagen blev behandlet sammen med punkt 6.",
        # the outcome first, or the absence told inside it
        "Godkendt. Kl. 18.20 forlod Eva Bonde (A) mødet.",
        "Afbud fra foreningen blev taget til efterretning.",
        # the time opening the outcome, no member's coming or going
        "Kl. 18.20 godkendte udvalget indstillingen.\nDer var enighed.",
    ],
)
def test_other_decisions_stay_whole(decision: str) -> None:
    assert _apart(decision) == (None, decision)


def test_fixture_decisions_open_with_the_verdict() -> None:
    found = fixture_decisions("generic-fravaer-paa-beslutningslinjen-moedeforloeb.txt")
    assert [d.splitlines()[0] if d else d for d in found] == [
        "Godkendt.",
        "Udvalget tog status til efterretning og bad om en plan for de kommunale bilers "
        "udskiftning.",
        "Godkendt.",
        "Tilladelsen blev meddelt på vilkår om årlig prøvetagning.",
        "Forvaltningen orienterede om tidsplanen for kystsikringen i Hundested.",
    ]
    name = "web-moedeinfo-tabel-i-header-afbud-over-beslutning.html"
    assert [d.splitlines()[0] for d in fixture_decisions(name)] == [
        "Godkendt.",
        "Udvalget bevilgede 500.000 kr. fra anlægspuljen.",
        "Sagen sendes i høring hos forældre og lærere i fire uger.",
        "Taget til efterretning.",
    ]


def test_the_moved_lines_are_kept_in_the_sections_table() -> None:
    name = "generic-fravaer-paa-beslutningslinjen-moedeforloeb.txt"
    tables = parse_bytes((FIXTURES / "raw" / name).read_bytes(), name).tables
    sections = tables["sections"]
    notes = sections[sections.section == HANDLING_NOTES].text.tolist()
    assert notes[0] == "Fraværende: Ole Mørk (O)"
    assert "Sagen blev behandlet sammen med punkt 3." in notes[1]
    assert "Kl. 16.55 forlod Claus Wind (V) mødet." in notes[3]
    # the absent and the departed are still stances, read from the notes' section
    positions = tables["positions"]
    absent = positions[positions.position == "fraværende"]
    assert set(absent.section) == {HANDLING_NOTES}
    assert set(absent.actor) == {"Ole Mørk", "Claus Wind"}


_HEADER_PAGE = """<html><body>
<header><img src="logo.png" alt="Byvåben"><h1>Vejudvalget</h1>
<table><tr><td>Mødedato</td><td>12-03-2026</td></tr>
<tr><td>Mødetid</td><td>15:00 - 17:00</td></tr>
<tr><td>Mødested</td><td>Rådhuset, lokale 4</td></tr></table></header>
<main><h2>1. Godkendelse af dagsorden</h2>
<h3>Beslutning</h3><p>Godkendt.</p>
<h2>2. Vejbelysning</h2><h3>Beslutning</h3><p>Udsat.</p></main>
</body></html>"""


def test_a_header_table_of_fields_is_read() -> None:
    text = read_bytes(_HEADER_PAGE.encode(), ".html").text
    assert "Mødested" in text and "Rådhuset, lokale 4" in text
    meeting = parse_text(text)
    assert (meeting.start_time, meeting.location) == ("15:00", "Rådhuset, lokale 4")


def test_a_site_header_stays_out() -> None:
    # a site's header with a heading and a menu: chrome, whatever the date
    page = _HEADER_PAGE.replace('<img src="logo.png" alt="Byvåben">', "<nav><a>Forside</a></nav>")
    assert "Mødested" not in read_bytes(page.encode(), ".html").text


@pytest.mark.parametrize(
    ("rest", "place"),
    [
        (
            ' fra kl. 15:30 til kl. 17:50 i mødelokale "Skoven", Rådhuset, Torvet 2.',
            'mødelokale "Skoven", Rådhuset, Torvet 2',
        ),
        (" kl. 9.00 til kl. 11.00 i mødelokale 3, Rådhuset.", "mødelokale 3, Rådhuset"),
        (" fra kl. 9.00 – kl. 11.00, Rådhuset, lokale 2", "Rådhuset, lokale 2"),
    ],
)
def test_the_place_after_hours_from_and_to(rest: str, place: str) -> None:
    assert _place_after(rest) == place


def test_a_closed_mark_over_a_planning_field_is_the_title() -> None:
    name = "aabent-punkt-lukket-tid-minutter.txt"
    items = parse_bytes((FIXTURES / "raw" / name).read_bytes(), name).tables["items"]
    assert items.title.tolist() == [
        "Godkendelse af dagsorden",
        "Lukket punkt",
        "Rekruttering af ny skolechef",
        "Lukket punkt",
        "Eventuelt",
    ]
