"""Twenty-ninth round, layouts151 (minutes whose decision is split over the recommendation's
points): a bare "Sag:" case line with the subject's KLE code and facet beside it under an
unnumbered title; the decision's numbered points under its label, no list of items; a
table of the recommendation's points beside their outcomes; a title line parted by bars;
the approvers named on the label's line after the last item."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.field_row import field_rows
from analysis.layouts.header import read_header
from analysis.layouts.outcome_list import dashed_outcomes
from analysis.parse import match_case_number, to_lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sag: 16/18820 · KLE 17.01.10-P20", "16/18820"),
        ("Sag: 21/4410 · KLE 02.34.02-G01", "21/4410"),
        ("Sagsnr.: 21/4410 · KLE 02.34", "21/4410"),
        # a whole journal number after "KLE" is the case as before
        ("KLE 17.01.00-G01-3-23", "17.01.00-G01-3-23"),
    ],
)
def test_kle_subject_and_facet_beside_the_case(text: str, expected: str) -> None:
    assert match_case_number(text) == expected


def test_numbered_points_under_a_decision_label_stay_the_decision() -> None:
    text = (
        "Beslutning:\n1) Motionshold: Godkendt.\n2) Cykelture: Godkendt.\n"
        "3) Demenskoordinator: Udsat.\n4) Café: Godkendt."
    )
    lines = to_lines(text)
    assert [ln.clean for ln in dashed_outcomes(lines)] == [ln.clean for ln in lines]


def test_a_short_protocol_list_is_still_read() -> None:
    text = (
        "Dagsorden / udfald\n1) Handlingsplan – Drøftet\n2) Budget 2026 – Godkendt\n"
        "3) Mødeplan – Udsat"
    )
    out = [ln.clean for ln in dashed_outcomes(to_lines(text))]
    assert "Beslutning: Godkendt" in out and "2. Budget 2026" in out


@pytest.mark.parametrize(
    "table",
    [
        # a web page's or a Word document's table, its cells parted by tabs
        "Indstilling\tBeslutning\nA. Planen anbefales.\tAnbefales.\nB. Status i juni.\tUdsat.",
        # a markdown table
        "| Indstilling | Beslutning |\n|---|---|\n| A. Planen anbefales. | Anbefales. |\n"
        "| B. Status i juni. | Udsat. |",
    ],
)
def test_recommendation_and_decision_side_by_side_per_point(table: str) -> None:
    out = field_rows(f"Sagsnr.: 22/1\n\n{table}\n\nNæste punkt")
    assert out.split("\n") == [
        "Sagsnr.: 22/1",
        "",
        "Indstilling:",
        "A. Planen anbefales.",
        "B. Status i juni.",
        "",
        "Beslutning:",
        "Anbefales.",
        "Udsat.",
        "",
        "Næste punkt",
    ]


def test_other_two_column_tables_stay() -> None:
    text = "Sag\tBeslutning\n4. Budget\tGodkendt.\n5. Plan\tUdsat."
    assert field_rows(text) == text


@pytest.mark.parametrize(
    ("line", "forum"),
    [
        ("Økonomiudvalget | Referat | 12. marts 2019", "Økonomiudvalget"),
        ("Miljøudvalget | Beslutningsprotokol | 3. juni 2020", "Miljøudvalget"),
    ],
)
def test_title_line_parted_by_bars(line: str, forum: str) -> None:
    lines = to_lines(f"{line}\n\nMødetid: 15:00\n")
    head = read_header(lines, set(), set())
    assert head.forum == forum
    assert head.date is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the project's priority: a refusal or a postponement outranks the approved points,
        # an approval a recommendation or a discussion, a referral a discussion
        ("Ad 1) Godkendt.\nAd 2) Udsat til mødet i marts.", "postponed"),
        ("Indstillingens punkt 1 og 3 godkendt, punkt 2 blev ikke godkendt.", "rejected"),
        ("1. at-punkt: Drøftet.\n2. at-punkt: Tiltrådt.", "approved"),
        ("Første at godkendt. Andet at godkendt, idet skolen høres.", "approved"),
        ("Punkt a) drøftet.\nPunkt b) oversendes til Beskæftigelsesudvalget.", "referred"),
    ],
)
def test_split_decisions_follow_the_priority(text: str, expected: str) -> None:
    assert primary_decision_type(t for t, _ in classify_decision(text)) == expected
