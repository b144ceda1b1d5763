"""Fifty-seventh session, held-out sets, ho_conv: minutes as conversion tools write them.

A Word file converted with pandoc writes its tables as grid tables: rules of ``+----+``
around ``| … |`` rows, and ``+====+`` under a head row. A decision boxed in a grid of one
column ("| **Udvalgets beslutning** |" / "+====+" / "| Godkendt. |") reads as a heading
over its text once the rules are gone (``layouts.boxed_table.unbox``: ``_FRAME_RULE`` reads
a frame of one column and the ``=`` rule). A two-column grid whose narrow label cell
wraps the decision's label over the row's lines ("| Beslutning i | Godkendt. |" / "|
Børne- og | |" / "| Familieudvalget | |" / "| den 4. juni 2025 | |") has the label whole on
the row's first line (``boxed_table._wrapped_labels``), so the decision is the cell beside
it.

A Word form's minutes printed by pandoc as plain text may give the meeting's date only as
a field among the closing lines ("Referent: …" / "Mødedato: tirsdag den 9. september
2025"): ``layouts.elsewhere_date.closing_date_field`` dates the meeting from it where no
header line does.

A web page dumped by lynx (or a Word file by antiword) hard-wraps every paragraph at the
dump's width; a decision wrapped so is labelled as its joined line. The scorer reads our
decision's first paragraph joined as well as its first printed line
(``evaluate._first_paragraph``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analysis.evaluate import _first_paragraph, _same_decision_text, evaluate_file
from analysis.layouts.boxed_table import unbox
from analysis.layouts.elsewhere_date import closing_date_field
from analysis.parse import Header, to_lines
from analysis.pipeline import parse_bytes
from tests.fixture_helpers import fixture_decisions

_FIXTURES = Path(__file__).parent / "fixtures" / "layouts"


_ONE_COLUMN = """+------------------------------------------+
| **Udvalgets beslutning**                 |
+==========================================+
| Godkendt.                                |
+------------------------------------------+"""


def test_a_one_column_grid_and_its_head_rule_are_no_text() -> None:
    lines = unbox(_ONE_COLUMN).split("\n")
    assert len(lines) == 5  # (line numbers kept)
    assert [ln for ln in lines if "+" in ln] == []


def test_a_one_column_grid_decision_is_the_cell_under_its_head() -> None:
    found = fixture_decisions("generic-pandoc-gitter-en-kolonne-lighedstegn.md")
    assert found[0] == "Godkendt."
    assert found[1].startswith("Godkendt med den ændring, at grusvejene kun saltes ved isslag.")
    assert all("+" not in (text or "") for text in found)


_WRAPPED_LABEL = """+------------------+------------------------------------------------------+
| Beslutning i     | Godkendt.                                            |
| Børne- og        |                                                      |
| Familieudvalget  |                                                      |
| den 4. juni 2025 |                                                      |
+------------------+------------------------------------------------------+"""


def test_a_wrapped_label_cell_is_whole_on_the_rows_first_line() -> None:
    lines = unbox(_WRAPPED_LABEL).split("\n")
    assert len(lines) == 6
    assert lines[1].startswith("| Beslutning i Børne- og Familieudvalget den 4. juni 2025 |")
    assert "Godkendt." in lines[1]
    assert lines[2].strip("| ") == "" and lines[4].strip("| ") == ""


_FIELD_ROWS = """+------------------+------------------------------------------------------+
| Punkt nr.:       | 2                                                    |
| Emne:            | Trivsel i vejteamet og                               |
|                  | på genbrugspladserne                                 |
| Sagsnr.:         | 24/16630                                             |
+------------------+------------------------------------------------------+"""


def test_field_labels_one_a_line_are_not_joined() -> None:
    """Each line's label is whole ("Emne:" is no part of "Punkt nr.:"): the rows stay."""
    lines = unbox(_FIELD_ROWS).split("\n")
    assert lines[1].startswith("| Punkt nr.:")
    assert lines[2].startswith("| Emne:")
    assert lines[4].startswith("| Sagsnr.:")


def test_a_wrapped_beslutning_i_label_gives_the_decisions() -> None:
    found = fixture_decisions("generic-pandoc-gitter-etiket-ombrudt-beslutning-i.txt")
    assert [text.split("\n")[0] for text in found] == [
        "Godkendt.",
        "Anbefales over for Økonomiudvalget.",
        "Taget til orientering.",
        "Godkendt.",
    ]


_CLOSING = """Ad 4. Eventuelt

Intet.

--------------------------------------

Referent: Lene Bruun

Mødedato: tirsdag den 9. september 2025

Vordingborg Kommune, Valdemarsgade 43, 4760 Vordingborg
"""


def test_a_closing_moededato_field_dates_the_meeting() -> None:
    head, placed, skip = Header(), set(), set()
    lines = to_lines(_CLOSING)
    closing_date_field(lines, 0, head, placed, skip)
    assert head.date == dt.date(2025, 9, 9)
    assert skip == placed == {lines[8].index}
    assert lines[8].clean.startswith("Mødedato")


def test_a_date_field_under_the_next_meeting_dates_no_meeting() -> None:
    text = "Ad 4. Eventuelt\n\nIntet.\n\nNæste møde\nMødedato: tirsdag den 7. oktober 2025\n"
    head = Header()
    closing_date_field(to_lines(text), 0, head, set(), set())
    assert head.date is None


def test_minutes_dated_only_by_a_closing_field_are_read() -> None:
    name = "generic-pandoc-simpel-tabel-moededato-sidst.txt"
    result = parse_bytes((_FIXTURES / "raw" / name).read_bytes(), name)
    assert result.manifest["status"] != "rejected"
    assert str(result.tables["meetings"]["date"].iloc[0])[:10] == "2025-09-09"


@pytest.mark.parametrize(
    ("ours", "joined"),
    [
        (
            "Udvalget bevilgede 40.000 kr. til Ringe Musikforening og 25.000 kr. til\n"
            "spillestedet i Ringe.\n\nDrøftet videre.",
            "Udvalget bevilgede 40.000 kr. til Ringe Musikforening og 25.000 kr. til "
            "spillestedet i Ringe.",
        ),
        ("Godkendt.", "Godkendt."),
        ("Ansættel-\nsen godkendt.", "Ansættelsen godkendt."),
    ],
)
def test_the_first_paragraph_is_read_joined(ours: str, joined: str) -> None:
    assert _first_paragraph(ours) == joined


def test_a_hard_wrapped_decision_is_right_joined_and_as_printed() -> None:
    label = "Udvalget kunne ikke godkende forslaget og beder forvaltningen om at undersøge."
    ours = "Udvalget kunne ikke godkende forslaget og beder forvaltningen om at\nundersøge."
    assert _same_decision_text(_first_paragraph(ours), label)
    printed = "Udvalget kunne ikke godkende forslaget og beder forvaltningen om at"
    assert _same_decision_text(ours.split("\n")[0], printed)
    assert not _same_decision_text(_first_paragraph(ours), "Udvalget kunne ikke godkende.")


def test_the_lynx_fixture_scores_its_joined_decisions() -> None:
    import json

    name = "generic-lynx-beslutning-haardt-ombrudt"
    label = json.loads((_FIXTURES / "labels" / f"{name}.json").read_text(encoding="utf-8"))
    raw = (_FIXTURES / "raw" / f"{name}.txt").read_bytes()
    result = parse_bytes(raw, f"{name}.txt")
    scores = evaluate_file(label, result.tables, result.manifest)
    assert scores.decision_text.right == scores.decision_text.total == 4
