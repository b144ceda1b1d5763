"""Fifty-seventh session, held-out web pages laid out in tables (ho_tables): minutes a case
system or an office program publishes as HTML tables, read by the HTML reader
(``analysis.read.html``), the item tables (``analysis.read.item_table``), the header's
forum (``layouts.header.letterhead_body``) and the date found under the items
(``layouts.elsewhere_date``).

* The agenda as one table ``Nr. | Sag | Beslutning`` whose head row is repeated before
  every item, an empty spacer row after each: the rows are read as items once the repeats
  and the spacers are off (``item_table._without_repeated_head``); the case's sections
  written under the title in its cell ("Sagsfremstilling" over a sentence) are sections,
  not the title's rest (``item_table._cell_heading``).
* The same table with ``<h4>Sagsfremstilling</h4>`` headings in the title's cell and a
  column ``Økonomiudvalgets beslutning``: no layout table (``html._is_layout_table``).
* An old portal's table of an item's number row and a row per field, the field's label in
  a cell of its own beside its text, lists in some cells, spacer rows, the last item bare
  (``item_table.field_row_items``).
* An item's number in a cell beside its title over the case's text in paragraphs, the
  decision in the row under it (``html._Layout.table``).
* The meeting's facts in a table at the page's foot, no date above the items
  (``elsewhere_date.closing_fact_table``).
* A letterhead ``Owner | Referat<br>Body``: the body without the document's kind
  (``header.letterhead_body``); a head cell beside the logo of unlabelled lines
  ``Referat<br>Body<br>12.03.2025 kl. 15:30<br>Place``: a line each (``html._fact_lines``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import parse
from analysis.layouts import elsewhere_date
from analysis.layouts.header import letterhead_body
from analysis.pipeline import parse_bytes
from analysis.read import read_bytes
from analysis.read.item_table import field_row_items, item_rows

RAW = Path(__file__).resolve().parent / "fixtures" / "layouts" / "raw"


def _text(body: str) -> str:
    return read_bytes(f"<html><body>{body}</body></html>".encode(), ".html").text


def _lines(body: str) -> list[str]:
    return [ln for ln in _text(body).splitlines() if ln.strip()]


_HEAD = [["Nr."], ["Sag"], ["Beslutning"]]


def test_a_head_row_repeated_before_each_item_and_spacer_rows_are_no_rows() -> None:
    rows = [
        _HEAD,
        [["4"], ["Ferieplan"], ["Godkendt."]],
        [[]],
        _HEAD,
        [["5"], ["Sprogscreening"], ["Taget til efterretning."]],
        [[]],
    ]
    out = item_rows(rows)
    assert out is not None
    assert "## 4. Ferieplan" in out and "## 5. Sprogscreening" in out
    assert "Taget til efterretning." in out
    assert not any("Nr." in line for line in out)


def test_rows_under_another_head_still_make_no_item_table() -> None:
    # (a repeated head over rows that are no items: nothing read as items)
    rows = [_HEAD, [["Mødet"], ["slut"], ["kl. 17"]], [[]], _HEAD]
    assert item_rows(rows) is None


def test_the_cases_sections_in_the_title_cell_are_sections() -> None:
    rows = [
        _HEAD,
        [
            ["8"],
            [
                "Ny tildelingsmodel",
                "Sagsnr. 17.01.10-P20-4-25",
                "Sagsfremstilling",
                "Modellen flytter midler ud til skolerne.",
                "Indstilling",
                "Forvaltningen indstiller, at modellen indføres.",
            ],
            ["Udsat."],
        ],
        [["9"], ["Eventuelt"], ["Intet."]],
    ]
    out = item_rows(rows)
    assert out is not None
    at = out.index("Sagsfremstilling")
    assert out[at - 1] == "" and out[at + 1] == "Modellen flytter midler ud til skolerne."
    assert "Indstilling" in out
    assert not any(line.startswith("Formål:") for line in out)


def test_a_purpose_word_alone_under_the_title_stays_the_purpose() -> None:
    rows = [[["Nr."], ["Emne"], ["Referat"]], [["1"], ["Budget", "Beslutning"], ["Godkendt."]]]
    out = item_rows(rows)
    assert out is not None and "Formål: Beslutning" in out


def test_headings_in_an_agenda_tables_title_cell_make_no_layout_table() -> None:
    lines = _lines(
        "<table><thead><tr><th>Punkt</th><th>Emne</th><th>Økonomiudvalgets beslutning</th>"
        "</tr></thead><tbody>"
        '<tr><th scope="row">1</th><td><p><strong>Regnskab</strong></p><h4>Sagsfremstilling</h4>'
        "<p>Der søges overført 3 mio. kr.</p></td><td><p>Anbefales.</p></td></tr>"
        '<tr><th scope="row">2</th><td><p><strong>Grundsalg</strong></p></td>'
        "<td><p>Buddet blev afvist.</p></td></tr></tbody></table>"
    )
    assert "## 1. Regnskab" in lines and "## 2. Grundsalg" in lines
    assert lines[lines.index("Anbefales.") - 1] == "Beslutning:"


_FIELD_ROWS = (
    '<tr><td><b>{n}</b></td><td colspan="3"><b>{title}</b></td></tr>'
    '<tr><td></td><td>Sag</td><td colspan="2">25/{n}001</td></tr>'
    '<tr><td></td><td>Vilkår</td><td colspan="2"><ul><li>Højst 40 m³</li></ul></td></tr>'
    '<tr><td></td><td>Beslutning</td><td colspan="2">{outcome}</td></tr>'
    '<tr><td colspan="4"><img src="s.gif" alt=""></td></tr>'
)


_BARE_LAST = '<tr><td><b>4</b></td><td colspan="3"><b>Eventuelt</b></td></tr>'


def _field_table(last: str = _BARE_LAST) -> str:
    rows = "".join(
        _FIELD_ROWS.format(n=n, title=title, outcome=outcome)
        for n, title, outcome in (
            (1, "Trafikplan", "Godkendt."),
            (2, "Vintertjeneste", "Taget til efterretning."),
            (3, "Vandindvinding", "Tilladelsen blev meddelt."),
        )
    )
    return f"<table>{rows}{last}</table>"


def test_a_fields_label_in_a_cell_of_its_own_is_the_label_over_its_text() -> None:
    lines = _lines(_field_table())
    assert "1 Trafikplan" in lines and "4 Eventuelt" in lines
    assert "Sagsnr.: 25/1001" in lines
    assert lines[lines.index("Godkendt.") - 1] == "Beslutning"
    assert "Sag" not in lines  # (the case's label read with its number)


def test_field_rows_with_the_label_apart_as_grid_rows() -> None:
    rows = [
        [["1"], ["Trafikplan"]],
        [[], ["Beslutning"], ["Godkendt."]],
        [[]],
        [["2"], ["Vintertjeneste"]],
        [[], ["Beslutning"], ["Udsat."]],
    ]
    out = field_row_items(rows)
    assert out is not None and "Beslutning" in out and "Udsat." in out


def test_a_last_bare_item_needs_items_with_fields_before_it() -> None:
    rows = [[["1"], ["Trafikplan"]], [[], ["Beslutning"], ["Godkendt."]], [["2"], ["Eventuelt"]]]
    assert field_row_items(rows) is None  # (two items, one of them bare: no item table)


def test_a_number_cell_beside_a_title_over_paragraphs_gives_the_title_alone() -> None:
    lines = _lines(
        '<table><tr><td rowspan="2">4</td><td><b>Vejarbejder 2026</b><br><br><b>Resumé</b>'
        "<br>Oversigten er vedlagt.<br><br></td></tr>"
        "<tr><td><b>Beslutning:</b><br>Taget til efterretning.</td></tr></table>"
    )
    assert lines[0] == "4\tVejarbejder 2026"
    assert lines[1:3] == ["Resumé", "Oversigten er vedlagt."]


def test_a_number_cell_beside_one_line_stays_a_row() -> None:
    lines = _lines("<table><tr><td>4</td><td>Vejarbejder 2026</td></tr></table>")
    assert lines == ["4\tVejarbejder 2026"]


def test_a_fact_table_under_the_last_item_dates_the_meeting() -> None:
    text = (
        "Kommunalbestyrelsen\n\n1\tValg af medlem\nBeslutning\tJonas Friis blev valgt.\n\n"
        "Mødedato\tTorsdag den 26. juni 2025\tMødestart\tkl. 17.00\n"
        "Mødested\tByrådssalen, Parkvej 37\n"
    )
    lines = parse.to_lines(text)
    head, placed, skip = parse.Header(), set(), set()
    elsewhere_date.closing_fact_table(lines, 1, head, placed, skip)
    assert str(head.date) == "2025-06-26"
    assert head.start_time == "17:00"
    assert head.location == "Byrådssalen, Parkvej 37"
    assert {ln.index for ln in lines if ln.clean.startswith("Møde")} <= skip


def test_a_last_block_not_opened_by_a_date_field_is_no_fact_table() -> None:
    lines = parse.to_lines("Byrådet\n\n1\tBudget\n\nBeslutning\tGodkendt den 26. juni 2025\n")
    head = parse.Header()
    elsewhere_date.closing_fact_table(lines, 1, head, set(), None)
    assert head.date is None  # (no date field opens the last block)


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Skanderborg Kommune\tReferat Social- og Ældreudvalget", "Social- og Ældreudvalget"),
        ("Skanderborg Kommune\tDagsorden Teknisk Udvalg", "Teknisk Udvalg"),
        ("Skanderborg Kommune\tSocial- og Ældreudvalget", "Social- og Ældreudvalget"),
    ],
)
def test_a_letterheads_kind_word_is_no_part_of_the_body(line: str, body: str) -> None:
    assert letterhead_body(line) == body


def test_a_head_cell_of_unlabelled_lines_beside_the_logo_keeps_its_lines() -> None:
    lines = _lines(
        '<table><tr><td><img src="logo.gif" alt=""></td><td>Referat<br>Teknisk Udvalg<br>'
        "12.03.2025 kl. 15:30<br>Mødelokale 2, Rådhuset</td></tr></table>"
    )
    assert lines == ["Referat", "Teknisk Udvalg", "12.03.2025 kl. 15:30", "Mødelokale 2, Rådhuset"]


@pytest.mark.parametrize(
    ("file", "items", "facts"),
    [
        (
            "running-tabel-gentaget-hovedraekke-afsnit-i-sagscelle.html",
            [7, 8, 9],
            ("2025-03-12", "Mødelokale 2, Rådhusvej 8, Sorø"),
        ),
        (
            "generic-tabel-thead-beslutningskolonne-overskrifter-i-celle.html",
            [1, 2, 3],
            ("2025-06-03", "Udvalgsværelset, Gåskærgade 26, Haderslev"),
        ),
        (
            "generic-tabel-feltetiket-egen-celle-afstandsraekker.html",
            [1, 2, 3, 4],
            ("2025-04-09", "Nyborg Rådhus, Torvet 1, mødelokale 3"),
        ),
        (
            "generic-tabel-nummercelle-afsnit-beslutningsraekke.html",
            [1, 2],
            ("2025-05-21", "Aars Rådhus, lokale 1.12"),
        ),
        (
            "generic-tabel-faktatabel-nederst.html",
            [1, 2],
            ("2025-06-26", "Byrådssalen, Parkvej 37, Nykøbing F."),
        ),
    ],
)
def test_the_fixtures_read_with_their_items_and_facts(
    file: str, items: list[int], facts: tuple[str, str]
) -> None:
    result = parse_bytes((RAW / file).read_bytes(), file)
    assert result.tables is not None
    meeting = result.tables["meetings"].iloc[0]
    assert (str(meeting["date"])[:10], meeting["location"]) == facts
    table = result.tables["items"]
    assert list(table["number"]) == items
    assert not any(title.endswith(" Sag") or "Resumé" in title for title in table["title"])
    sections = result.tables["sections"]
    decided = set(sections[sections["section"] == "beslutning"]["item_id"])
    assert len(decided) >= len(items) - 1


def test_the_letterhead_fixture_names_the_body_alone() -> None:
    file = "pkt-brevhoved-referat-over-udvalg.html"
    result = parse_bytes((RAW / file).read_bytes(), file)
    assert result.tables is not None
    assert result.tables["meetings"].iloc[0]["forum"] == "Social- og Ældreudvalget"
