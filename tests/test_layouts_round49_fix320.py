"""Round 49 (layouts320): portal orders, agendas without numbers, fact boxes under titles."""

from __future__ import annotations

from analysis import parse
from analysis.layouts.field_row import (
    _continued_values,
    _gapped_cells,
    _gapped_field_rows,
    _title_over_box,
)
from analysis.layouts.unnumbered import _framed_plain_heads, _plain_heads, dated_line, news_title

# --- a fixed-width fact box right under the item's title ---------------------------------

_HEAD = "   Sagsnr.          Sagsbehandler        Dokumenter"


def test_title_over_box_is_one_cell_left_of_the_box() -> None:
    assert _title_over_box("4. Vejbelysning i Nørreby", _HEAD)
    # a row of another table, or a line indented as far as the box, is no title over it
    assert not _title_over_box("Navn          Rolle", _HEAD)
    assert not _title_over_box("   Se bilag for detaljer", _HEAD)


def test_box_under_title_becomes_fields() -> None:
    text = "\n".join(
        [
            "4. Vejbelysning i Nørreby",
            _HEAD,
            "   21/7731          Anne Borg            Plan.pdf",
            "",
            "Beslutning",
        ]
    )
    out = _gapped_field_rows(text).split("\n")
    assert "Sagsnr.: 21/7731" in out
    assert "Sagsbehandler: Anne Borg" in out
    assert out[0] == "4. Vejbelysning i Nørreby"


def test_documents_column_goes_on_over_lines() -> None:
    heads = _gapped_cells(_HEAD)
    lines = [
        "                                         Kort.pdf",
        "                                         Notat.pdf",
        "",
    ]
    end, values = _continued_values(heads, ["21/7731", "Anne Borg", "Plan.pdf"], lines, 0)
    assert end == 2
    assert values == ["21/7731", "Anne Borg", "Plan.pdf, Kort.pdf, Notat.pdf"]


def test_no_continuation_into_the_case_column_or_an_empty_cell() -> None:
    heads = _gapped_cells(_HEAD)
    # a second case number under the first: a table of more rows, not one box
    more_rows = ["   21/7732          Bo Lund              -", ""]
    assert _continued_values(heads, ["21/7731", "Anne Borg", "Plan.pdf"], more_rows, 0)[1] is None
    # a cell under a column left empty in the row: no continuation of it
    under_empty = ["                                         Kort.pdf", ""]
    assert _continued_values(heads, ["21/7731", "Anne Borg", ""], under_empty, 0)[1] is None


# --- standing items of who brings the news ----------------------------------------------


def test_news_of_the_chair_or_officers_is_a_news_title() -> None:
    assert news_title("Meddelelser fra formanden")
    assert news_title("Orientering ved administrationen")
    assert news_title("Orienteringer fra forvaltningen")
    assert not news_title("Orientering fra forvaltningen om skolestruktur")
    assert not news_title("Meddelelser fra Jensen")


# --- an agenda's unnumbered plain titles, framed ------------------------------------------

_AGENDA = """Handicaprådet

Dagsorden til møde mandag den 3. februar 2025

Godkendelse af dagsorden
Sagsnr.: 25/1010

Resumé
Rådet godkender dagsordenen.

Busplan for landdistrikterne
Sagsnr.: 25/1188

Resumé
Planen er sendt i høring.

Meddelelser fra formanden

Eventuelt
"""


def _plain(text: str) -> list[str]:
    lines = parse.to_lines(text)
    return [h.title for h in _plain_heads(lines, dated_line(lines), set())]


def test_framed_plain_agenda_reads_its_titles() -> None:
    assert _plain(_AGENDA) == [
        "Godkendelse af dagsorden",
        "Busplan for landdistrikterne",
        "Meddelelser fra formanden",
        "Eventuelt",
    ]


def test_unframed_plain_titles_are_no_agenda() -> None:
    # not opened by the agenda's approval: no frame, no evidence
    assert _plain(_AGENDA.replace("Godkendelse af dagsorden", "Velkommen til nye medlemmer")) == []


def test_framed_plain_heads_refuses_minutes_with_an_outcome() -> None:
    # one outcome stated ("Godkendt."): minutes, too few decisions to read as such, no agenda
    assert _plain(_AGENDA.replace("Rådet godkender dagsordenen.", "Godkendt.")) == []
    lines = parse.to_lines(_AGENDA)
    assert _framed_plain_heads(lines, [(0, "Busplan", None), (1, "Eventuelt", None)]) == []
