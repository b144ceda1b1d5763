"""Fifty-ninth session, held-out sets, ho_cells: minutes laid out as tables of fields.

Each item is a two-column table (a label column, a wide text column) that the PDF reader
writes as one "Label<TAB>text" line per row. The decision's label cell may name the body
and the meeting's date without "den" ("Afgørelse i Teknikudvalget 12-03-2025<TAB>
Godkendt.", "Beslutning i Byrådet 27.02.2025<TAB>…"): too long for ``_INLINE_HEADING``'s
label and with no "den" for ``_DATED_INLINE_HEADING``, it is read by
``parse._dated_cell`` (the label as ``_BODY_DECISION`` or ``_DATED_DECISION`` reads it,
``parse._body_dated_label``) in ``parse._parse_item``; ``heading_key`` tells the meeting's
own decision from an earlier body's cell beside it (kept in ``case_history``).

A council's title line may name the council and then the municipality it is of ("##
Seniorrådet i Vesthimmerlands Kommune"): ``parse._parse_header`` reads the body as the
forum (``_BODY_IN_MUNICIPALITY``), so a later heading naming the body ("Nyt til
Seniorrådet" over a page of news) is no forum.
"""

from __future__ import annotations

from analysis import parse
from analysis.pipeline import parse_bytes
from tests.fixture_helpers import FIXTURES, fixture_decisions

_CELLS = "generic-pdf-afgoerelse-celle-udvalg-dato.pdf"
_COUNCIL = "agenda-pdf-raad-i-kommune-overskrift-nyhedsside.pdf"


def test_a_dated_decision_cell_heads_the_decision() -> None:
    assert fixture_decisions(_CELLS) == [
        "Orienteringen blev taget til efterretning.",
        "Udvalget bevilgede 70.000 kr. til markedsføringen.",
        "Udsat.",
        "Ansøgningen blev afvist, da arealet er reserveret til lystbåde.",
        "Drøftet.",
    ]


def test_an_earlier_bodys_dated_cell_goes_to_the_case_history() -> None:
    result = parse_bytes((FIXTURES / "raw" / _CELLS).read_bytes(), _CELLS)
    history = result.tables["case_history"]
    assert history.body.tolist() == ["Økonomiudvalget"]
    assert history.decision.tolist() == ["Anbefales over for fagudvalget."]
    recommendation = result.tables["sections"].query("section == 'indstilling'").text.iloc[0]
    assert "Økonomiudvalget" not in recommendation


def test_the_dated_cell_reads_a_body_and_a_date_only() -> None:
    m = parse._dated_cell("Afgørelse i Miljø- og Teknikudvalget 12-03-2025\tGodkendt.")
    assert m is not None
    assert m.group("heading") == "Afgørelse i Miljø- og Teknikudvalget 12-03-2025"
    assert m.group("text") == "Godkendt."
    assert parse._dated_cell("Beslutning i Børne- og Familieudvalget 12.03.2025\tUdsat.")
    # a recommendation's label, or a label with no date, is no decision's dated cell
    assert parse._dated_cell("Indstilling i Miljø- og Teknikudvalget 12-03-2025\tAt …") is None
    assert parse._dated_cell("Afgørelse om tilskud til foreningen nr. 12\tGodkendt.") is None


def test_a_council_in_its_municipality_is_the_forum() -> None:
    result = parse_bytes((FIXTURES / "raw" / _COUNCIL).read_bytes(), _COUNCIL)
    meeting = result.tables["meetings"].iloc[0]
    assert meeting.forum == "Seniorrådet"
    assert fixture_decisions(_COUNCIL)[1] == "Rådet afgav høringssvar som drøftet på mødet."


def test_the_header_reads_the_body_before_its_municipality() -> None:
    text = "## Ungdomsrådet i Favrskov Kommune\n\n## Nyt til Ungdomsrådet\n\nDato: 3. juni 2025\n"
    head, _ = parse._parse_header(parse.to_lines(text), set(), [])
    assert head.forum == "Ungdomsrådet"
    assert head.municipality == "Favrskov Kommune"
    # a heading naming no body before "i … Kommune" is none
    other = "## Status i Favrskov Kommune\n\n## Nyt til Ungdomsrådet\n\nDato: 3. juni 2025\n"
    head, _ = parse._parse_header(parse.to_lines(other), set(), [])
    assert head.forum == "Nyt til Ungdomsrådet"
