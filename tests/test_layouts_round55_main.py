"""Fifty-fifth session, the lead: a body's dated decision heading named without a comma.

A web page heads each body's decision on an item with the body, the date and the item's
number: "Klima- og Miljøudvalget, 08-04-2026, pkt. 31" or, with no comma after the body,
"Klima- og Miljøudvalget 08.04.2026, pkt. 31" (the parse's ``decision_heading`` reads
both). Set at the left margin, the second form looked like a title with its number beside
it (``trailing_number``) and was rewritten as "31. Klima- og Miljøudvalget 08.04.2026":
the decision went into the item's text. ``trailing_number.dated_body_line`` now asks the
parse's own test where no comma stands before the date.

Fixture: ``pkt-dateret-navngivet-organ-uden-komma``.

Then three gaps in Word minutes of small forums (a held-out set of invented Word minutes
showed them; fixtures ``pkt-word-bloede-skift-langt-deltagerfelt`` and
``generic-word-dagsordenstabel-beskrivelse-i-emnecelle``, ``gen/forum_word_breaks_docx.py``):

- the facts typed as one paragraph broken by hand (Shift+Enter) into fields, one of them a
  "Til stede:" line longer than any hand-broken line: the paragraph was read as one line,
  the place running on into the names. A labelled line may be long
  (``read.docx._split_lead_in``, ``_LABELLED_LINE``);
- an agenda table's title cell holding a sentence on what the item is about under the
  title: read under the heading it went on the title; it is now the item's text
  (``read.item_table.item_rows``, ``_ABOUT``);
- a facts table's row ``Tid og sted<TAB>Kl. 19.00-21.00, <place>``: the field was read
  only with a colon (``layouts.header._TIME_AND_PLACE``).

And one in the PDF exports of the other held-out set: an item's word and number alone in a
band's cell ("Sag 4") beside its title, at the top of each page an item starts, was dropped
as a running header (the same text but its digits at the top of half the pages): such a
number, different on every page it tops, is no page furniture
(``read.pdf._remove_furniture``, ``_ITEM_NUMBER_ALONE``; fixture
``generic-pdf-sag-baand-sidetop``, ``gen/item_band_pages_pdf.py``).

And a board's title line with its kind of meeting in one word: "Bestyrelsen · Referat af
bestyrelsesmøde", "Ældrerådet – Referat af møde" (``layouts.header._TITLE_DASHED`` read only
"… referat fra mødet"; fixture ``generic-forum-referat-af-bestyrelsesmoede``).
"""

from __future__ import annotations

import pytest

from analysis.layouts.header import _TIME_AND_PLACE, _TITLE_DASHED
from analysis.layouts.trailing_number import dated_body_line
from analysis.read import item_table, read_bytes
from analysis.read.docx import _split_lead_in


@pytest.mark.parametrize(
    "title",
    [
        "Klima- og Miljøudvalget 08.04.2026",  # the body named by its noun, no comma
        "Kommunalbestyrelsen 23.04.2026",
        "Økonomiudvalget den 19. marts 2026",
        "Kultur- og Fritidsudvalget, 10-03-2020",  # the comma form, as before
        "Udvalget for Klima, Miljø og Teknik, 10-03-2020",  # commas in the body's name
    ],
)
def test_a_body_and_its_date_is_a_decision_heading(title: str) -> None:
    assert dated_body_line(title)


@pytest.mark.parametrize(
    "title",
    [
        "Budgetopfølgning 2026",  # a title ending in a year
        "Status på kommunens ladestandere",
        "Orientering om møde 08.04.2026",  # no body named before the date
        "Høring af lokalplan 12",
    ],
)
def test_a_title_is_no_decision_heading(title: str) -> None:
    assert not dated_body_line(title)


def test_a_long_labelled_line_broken_by_hand_stays_a_line() -> None:
    names = ", ".join(f"Medlem nummer {k} (forælder)" for k in range(1, 9))
    segs = [("Dato: 24.04.2025", False), ("\n", False), ("Sted: Lærerværelset", False)]
    segs += [("\n", False), (f"Til stede: {names}", False), ("\n", False), ("Afbud: Ulrik", False)]
    assert len(f"Til stede: {names}") > 160
    assert _split_lead_in(segs) == [
        "Dato: 24.04.2025",
        "Sted: Lærerværelset",
        f"Til stede: {names}",
        "Afbud: Ulrik",
    ]


def test_a_long_sentence_broken_by_hand_is_one_line() -> None:
    long = "Skolelederen gennemgik " + "de mange og lange punkter i rammen " * 5
    segs = [(long, False), ("\n", False), ("Et nyt afsnit uden kolon.", False)]
    assert _split_lead_in(segs) == [f"{long.strip()} Et nyt afsnit uden kolon."]


def test_a_sentence_under_the_title_in_its_cell_is_the_items_text() -> None:
    rows = [
        [["Pkt."], ["Emne"], ["Sagsnr."], ["Beslutning"]],
        [
            ["2"],
            ["Ansøgning: Ny bænk", "Foreningen søger 5.000 kr. til en bænk."],
            ["25/100"],
            ["Bevilget."],
        ],
    ]
    lines = item_table.item_rows(rows)
    assert lines is not None
    assert lines[:4] == [
        "## 2. Ansøgning: Ny bænk",
        "Sagsnr.: 25/100",
        "",
        "Foreningen søger 5.000 kr. til en bænk.",
    ]


def test_a_case_line_under_the_title_in_its_cell_stays_under_it() -> None:
    rows = [
        [["Pkt."], ["Emne"], ["Beslutning"]],
        [["2"], ["Budget 2026", "Sagsnr. 25/100"], ["Godkendt."]],
    ]
    assert item_table.item_rows(rows)[:2] == ["## 2. Budget 2026", "Sagsnr. 25/100"]


@pytest.mark.parametrize("sep", [": ", "\t", " \t"])
def test_time_and_place_in_a_tabled_row(sep: str) -> None:
    m = _TIME_AND_PLACE.match(f"Tid og sted{sep}Kl. 19.00-21.00, Forsamlingshuset")
    assert m is not None and m["value"] == "Kl. 19.00-21.00, Forsamlingshuset"


def _pdf(tops: list[str]) -> bytes:
    """A PDF of a cover page and one page per entry of ``tops``: the entry in bold at the
    page's top-left, a title beside it and a paragraph under."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(60, 780, "Referat af bestyrelsesmøde 19.03.2026")
    c.showPage()
    for k, top in enumerate(tops):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, 800, top)
        c.drawString(130, 800, f"Titel nummer {k}")
        c.setFont("Helvetica", 10)
        for row in range(8 + 3 * k):
            c.drawString(60, 760 - 14 * row, f"Tekst i afsnittet, linje {row}.")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_an_items_number_atop_each_page_it_starts_is_kept() -> None:
    text = read_bytes(_pdf(["Sag 1", "Sag 2", "Sag 3"]), ".pdf").text
    assert all(f"Sag {n}" in text for n in (1, 2, 3))


def test_the_same_number_atop_page_after_page_is_a_running_header() -> None:
    text = read_bytes(_pdf(["Sag 3", "Sag 3", "Sag 3"]), ".pdf").text
    assert "Sag 3" not in text


@pytest.mark.parametrize(
    ("line", "forum"),
    [
        ("Bestyrelsen · Referat af bestyrelsesmøde", "Bestyrelsen"),
        ("Ældrerådet – Referat af møde", "Ældrerådet"),
        ("Økonomiudvalget | referat fra udvalgsmødet", "Økonomiudvalget"),
        ("VEJLE ÆLDRERÅD · referat fra mødet", "VEJLE ÆLDRERÅD"),  # (as before)
    ],
)
def test_forum_over_the_kind_of_meeting(line: str, forum: str) -> None:
    m = _TITLE_DASHED.match(line)
    assert m is not None and m["forum"] == forum


def test_a_sentence_after_the_kind_is_no_title_line() -> None:
    assert (
        _TITLE_DASHED.match("Bestyrelsen – Referat af mødet blev godkendt uden bemærkninger")
        is None
    )
