"""Twentieth round (fix68): long structured council minutes: running numbers with the
agenda place in brackets, decision protocols as one table with sub-items and group rows,
supplementary and sub-items."""

from __future__ import annotations

import datetime as dt

from analysis.evaluate import _item_number
from analysis.layouts import parse_text
from analysis.parse import decision_heading
from analysis.read.item_table import item_rows


def test_a_body_and_date_before_pkt_without_a_comma() -> None:
    assert decision_heading("Byrådet 23.04.2025, pkt. 112") == ("Byrådet", dt.date(2025, 4, 23))
    assert decision_heading("Teknisk Udvalg 03.03.2025, pkt. 21") == (
        "Teknisk Udvalg",
        dt.date(2025, 3, 3),
    )
    # no body's word: a sentence's date, not a decision's heading
    assert decision_heading("Mødet 03.03.2025, pkt. 21") is None


def test_the_agenda_place_in_brackets_is_no_part_of_the_title() -> None:
    text = "\n".join(
        [
            "Referat: Byrådet",
            "23. april 2025, kl. 18:30",
            "",
            "210 (1)   Godkendelse af dagsorden",
            "Byrådet 23.04.2025, pkt. 210",
            "Godkendt.",
            "",
            "211 (2)   Salg af grund",
            "Sagsnummer 25/4411",
            "Byrådet 23.04.2025, pkt. 211",
            "Udsat.",
        ]
    )
    meeting = parse_text(text)
    assert [(it.number, it.title) for it in meeting.items] == [
        (210, "Godkendelse af dagsorden"),
        (211, "Salg af grund"),
    ]


def test_a_protocol_table_with_inserted_rows_and_group_rows() -> None:
    def row(*cells: str) -> list[list[str]]:
        return [[c] if c else [] for c in cells]

    rows = [
        row("Pkt.", "Sag", "J.nr.", "Beslutning"),
        row("1", "Godkendelse af dagsorden", "", "Godkendt."),
        row("1 a", "Tillæg: Vejnavne", "25/10", "Godkendt."),
        [["Lukket del"]],
        row("2", "Lukket punkt - Ejendom", "25/11", ""),
    ]
    out = item_rows(rows)
    assert out is not None
    assert "## 1a. Tillæg: Vejnavne" in out
    assert "Lukket del" in out
    assert "## 2. Lukket punkt - Ejendom" in out
    # a row of prose across the table is no group's heading: not an item table
    assert item_rows([*rows[:2], [["Sagen blev drøftet."]]]) is None


def test_a_label_may_write_an_inserted_item_with_a_space() -> None:
    assert _item_number("7 a") == 7
    assert _item_number("12 A") == 12
    assert _item_number("12a") == 12


def test_a_genitive_decision_heading_dated_without_den() -> None:
    assert decision_heading("Byrådets beslutning 31.03.2025") == ("Byrådet", dt.date(2025, 3, 31))
    assert decision_heading("Plan- og Miljøudvalgets beslutning 10.03.2025") == (
        "Plan- og Miljøudvalget",
        dt.date(2025, 3, 10),
    )


def test_a_closed_mark_as_the_last_headings_title() -> None:
    text = "\n".join(
        [
            "## Byrådet – Beslutningsprotokol",
            "Mødet afholdt den 26.02.2025 kl. 17.00",
            "",
            "## Punkt 1: Budget",
            "",
            "Byrådets beslutning 26.02.2025",
            "Godkendt.",
            "",
            "## Punkt 2: Lukket punkt",
            "",
            "Protokollen underskrevet af",
        ]
    )
    assert [it.title for it in parse_text(text).items] == ["Budget", "Lukket punkt"]


def test_sub_items_under_an_item_with_its_own_text_are_numbered_by_place() -> None:
    text = "\n".join(
        [
            "Byrådet",
            "Referat - onsdag den 12.03.2025 kl. 18.00",
            "",
            "§ 1   Budget",
            "Byrådet 12.03.2025:",
            "Godkendt.",
            "",
            "§ 2   Skolebyggeri",
            "De to sager behandles hver for sig.",
            "",
            "§ 2.1   Enghavegård Skole",
            "Sagsnr.: 17.01.00-G01-3-24",
            "Byrådet 12.03.2025:",
            "Godkendt.",
            "",
            "§ 2.2   Mørkhøj Skole",
            "Sagsnr.: 17.01.00-G01-4-24",
            "Byrådet 12.03.2025:",
            "Udsat.",
            "",
            "§ 3   Eventuelt",
            "Byrådet 12.03.2025:",
            "Intet.",
        ]
    )
    items = parse_text(text).items
    assert [(it.number, it.title) for it in items] == [
        (1, "Budget"),
        (2, "Skolebyggeri"),
        (3, "Enghavegård Skole"),
        (4, "Mørkhøj Skole"),
        (5, "Eventuelt"),
    ]
    # without text of its own, the sub-items' heading is their group's, no item
    grouped = text.replace("De to sager behandles hver for sig.\n", "")
    assert [it.title for it in parse_text(grouped).items] == [
        "Budget",
        "Enghavegård Skole",
        "Mørkhøj Skole",
        "Eventuelt",
    ]


def test_a_supplementary_item_lettered_after_a_space() -> None:
    text = "\n".join(
        [
            "Byrådet",
            "Dagsorden - torsdag den 19.06.2025 kl. 16.00",
            "",
            "Indhold",
            "01     Godkendelse af dagsorden                  2",
            "Orientering",
            "02     Orientering fra borgmesteren              2",
            "Tillægsdagsorden",
            "02 A   Ekstrabevilling til kystsikring           3",
            "",
            "01. Godkendelse af dagsorden",
            "Beslutning",
            "",
            "02. Orientering fra borgmesteren",
            "Beslutning",
            "",
            "02 A. Ekstrabevilling til kystsikring",
            "Sagsnr.: 25/09912",
            "Beslutning",
        ]
    )
    items = parse_text(text).items
    assert [(it.number, it.title) for it in items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Orientering fra borgmesteren"),
        (2, "Ekstrabevilling til kystsikring"),
    ]


def test_supplementary_points_numbered_from_one_and_group_lines_run_into_entries() -> None:
    from analysis.layouts.headings import toc_entry
    from analysis.parse import to_lines

    line = to_lines("Tillægsdagsorden Tillægspunkt 1 Akut tagrenovering.....\t3")[0]
    entry = toc_entry(line)
    assert entry is not None
    assert (entry.number, entry.title, entry.page) == (1, "Akut tagrenovering", 3)
    assert _item_number("Tillægspunkt 2") == 2
