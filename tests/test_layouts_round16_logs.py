"""Rules taught from a set of internal forums' notes (decision logs, tables of fields per
item, MED committees, sub-numbered points) (pure).

The fixtures in ``tests/fixtures/layouts/`` check each family end to end; these tests pin
the rules themselves, and what they must leave alone.
"""

from __future__ import annotations

from analysis.evaluate import _label_numbers
from analysis.layouts import parse_text
from analysis.layouts.inline_label import split_inline_labels
from analysis.parse import _same_body, to_lines

_HEAD = "Syddjurs Kommune\nChefgruppen\n\nReferat\n\nMandag den 3. marts 2025 kl. 9.00\n\n"


def _items(body: str) -> list[tuple[int, str]]:
    meeting = parse_text(_HEAD + body)
    return [(it.number, it.raw_title) for it in meeting.items]


def test_sag_row_of_a_fields_table_is_the_title() -> None:
    body = (
        "Punkt\t1.\nSag\tBudget 2026\nSagsnr.\t25/1\nBeslutning\tGodkendt.\n\n"
        "Punkt\t2.\nSag\tSygefravær\nBeslutning\tTaget til efterretning.\n"
    )
    assert _items(body) == [(1, "Budget 2026"), (2, "Sygefravær")]


def test_med_committee_named_by_its_kind_is_this_meetings_body() -> None:
    assert _same_body("MED-udvalget", "OmrådeMED Sundhed og Ældre")
    assert _same_body("MED-udvalget", "Hoved-MED")
    assert not _same_body("MED-udvalget", "Økonomiudvalget")  # another body's decision
    assert not _same_body("Økonomiudvalget", "OmrådeMED Sundhed og Ældre")


def test_decision_log_ids_number_the_items_by_their_running_number() -> None:
    body = (
        "| ID | Emne | Sagsnr. | Beslutning | Ansvarlig |\n|---|---|---|---|---|\n"
        "| B-25-007 | Budget 2026 | 25/1 | Godkendt. | Chef |\n"
        "| B-25-008 | Sygefravær |  | Taget til efterretning. | HR |\n"
    )
    assert _items(body) == [(7, "Budget 2026"), (8, "Sygefravær")]
    assert _label_numbers([{"n": "B-25-007"}, {"n": "B-2025-8"}]) == [7, 8]


def test_an_id_column_of_other_codes_makes_no_items() -> None:
    body = (
        "| ID | Emne | Beslutning |\n|---|---|---|\n| R7 | Risiko ved migrering | Drøftet. |\n"
        "\n1. Budget 2026\nSagsnr.: 25/1\nBeslutning: Godkendt.\n"
    )
    assert [n for n, _ in _items(body)] == [1]


def test_pkt_points_within_numbered_groups_are_numbered_by_place() -> None:
    body = (
        "1 Indledning\n\nPkt. 1 Godkendelse af dagsorden\nReferat: Godkendt.\n\n"
        "2 Orientering\n\nPkt. 2.1 Nyt fra direktøren (Kommunaldirektør)\n"
        "Referat: Taget til efterretning.\n\n"
        "Pkt. 2.2 Status på skolerne (Skolechef)\nReferat: Taget til efterretning.\n\n"
        "3 Afslutning\n\nPkt. 3 Eventuelt\nReferat: Intet.\n"
    )
    assert _items(body) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Nyt fra direktøren"),
        (3, "Status på skolerne"),
        (4, "Eventuelt"),
    ]
    assert _label_numbers([{"n": 1}, {"n": "2.1"}, {"n": "2.2"}, {"n": "3"}]) == [1, 2, 3, 4]


def test_a_group_written_as_a_pkt_over_its_dotted_points_is_no_item() -> None:
    # "Pkt. 2 Personale" right over "Pkt. 2.1 …": the group's own heading, not item 2, and
    # its points are no part of the title above them
    body = (
        "Pkt. 1 Godkendelse af dagsorden\nReferat: Godkendt.\n\n"
        "Pkt. 2 Personale\n\n"
        "Pkt. 2.1 Sygefravær 2025\nReferat: Taget til efterretning.\n\n"
        "Pkt. 2.2 Ny rekrutteringspolitik\nReferat: Godkendt.\n\n"
        "Pkt. 3 Økonomi\n\n"
        "Pkt. 3.1 Budgetopfølgning\nReferat: Drøftet.\n\n"
        "Pkt. 4 Eventuelt\nReferat: Intet.\n"
    )
    assert _items(body) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Sygefravær 2025"),
        (3, "Ny rekrutteringspolitik"),
        (4, "Budgetopfølgning"),
        (5, "Eventuelt"),
    ]


def test_a_lone_dotted_pkt_is_no_item_and_other_brackets_stay() -> None:
    body = (
        "1. Budget 2026 (2. behandling)\nSagsnr.: 25/1\nBeslutning: Godkendt.\n\n"
        "Pkt. 4.2 i aftalen gælder fortsat.\n\n"
        "2. Orientering (O)\nBeslutning: Taget til efterretning.\n"
    )
    assert _items(body) == [
        (1, "Budget 2026 (2. behandling)"),
        (2, "Orientering (O)"),
    ]


def test_run_in_label_splits_only_where_the_document_uses_it() -> None:
    text = (
        "Referat: Godkendt.\nDer holdes møde i marts. Referat: Taget til efterretning.\n"
        "Referat: Intet."
    )
    lines = split_inline_labels(to_lines(text), text)
    assert [x.clean for x in lines][1:3] == [
        "Der holdes møde i marts.",
        "Referat: Taget til efterretning.",
    ]
    assert lines[1].index == lines[2].index == 1
    once = "Planen følger. Beslutning: se bilag.\nBeslutning: Godkendt."
    assert [x.clean for x in split_inline_labels(to_lines(once), once)] == once.split("\n")


def test_planning_fields_under_a_title_are_no_wrap_and_the_case_follows() -> None:
    body = (
        "Dagsordenspunkt 1\nBudget 2026\nTid: 9.00-9.30\nAnsvarlig: Økonomichef\n"
        "Formål: Beslutning\nSag: 00.30.00-S00-1-25\nBeslutning: Godkendt.\n\n"
        "Dagsordenspunkt 2\nEventuelt\nBeslutning: Intet.\n"
    )
    meeting = parse_text(_HEAD + body)
    assert [(it.raw_title, it.case_number) for it in meeting.items] == [
        ("Budget 2026", "00.30.00-S00-1-25"),
        ("Eventuelt", None),
    ]


def test_forums_of_an_area_and_of_a_department_look_like_bodies() -> None:
    from analysis.layouts.header import looks_like_body

    assert looks_like_body("Koordinationsforum for Børn og Unge")
    assert looks_like_body("Ledergruppen i Børne- og Kulturforvaltningen")
    assert looks_like_body("Styregruppen for velfærdsteknologi")  # as before
    assert not looks_like_body("Ledergruppen i dag drøftede budgettet")
    assert not looks_like_body("Der var forum for debat")


def test_closed_item_minuted_elsewhere_decides_nothing() -> None:
    from analysis.enrich.decisions import classify_decision

    text = "Lukket punkt – beslutning fremgår af lukket referat."
    assert classify_decision(text)[0][0] == "none"
    assert classify_decision("Lukket sag – fremgår af det lukkede referat.")[0][0] == "none"
    assert classify_decision("Lukket punkt. Aftalt at HR går videre.")[0][0] == "decided"
