"""Round thirty-three, the lead's own changes."""

from __future__ import annotations

from analysis.layouts import review_marks, slides, trailing_number
from analysis.layouts.review_marks import review_marks_off


def test_insertions_moves_and_indented_balloons_alone_are_dropped():
    # a draft whose balloons are only insertions and moves, one of them indented as a
    # margin's balloon prints: no "Formateret"/"Slettet"/"Kommenteret" line to open the gate
    text = (
        "Punkt 4. Skolestruktur\n"
        "Tekst om sagen.\n"
        "Indsat: , jf. bilag 2\n"
        "Beslutning:\n"
        "Godkendt.\n"
        "    Flyttet til: Beslutning\n"
        "Punkt 5. Eventuelt\n"
    )
    assert review_marks_off(text).split("\n") == [
        "Punkt 4. Skolestruktur",
        "Tekst om sagen.",
        "Beslutning:",
        "Godkendt.",
        "Punkt 5. Eventuelt",
        "",
    ]
    indented = "A\n   Slettet: x\n\tSlettet: y\nB"
    assert review_marks_off(indented) == "A\nB"
    # a lone insertion stays (it may be a register's own word)
    lone = "Punkt 2. Register\nIndsat: 14 poster.\nBeslutning:\nGodkendt.\n"
    assert review_marks_off(lone) == lone


def test_the_gate_lets_through_every_line_a_balloon_can_open():
    lines = [
        "Formateret: Fed",
        "  Slettet: x",
        "\tIndsat: y",
        "Flyttet til: z",
        "Flyttet fra: z",
        "Kommenteret [AB1]: ok",
    ]
    for line in lines:
        assert review_marks._BALLOON.match(line), line
        assert review_marks._MAY_HOLD.search("x\n" + line), line


def test_separated_numbers_read_in_capitals_as_the_pattern_does():
    # the gates before the en dash's and the tab's "pkt" must let through what
    # ``_SEPARATED`` (case-insensitive) reads: a council's headings in capitals
    text = (
        "Referat\n\nGODKENDELSE AF DAGSORDEN – PKT. 1\nGodkendt.\n\n"
        "BUDGET 2025 – PKT. 2\nDrøftet.\n\nEVENTUELT\tPUNKT NR. 3\nIntet.\n"
    )
    out = trailing_number.trailing_numbers(text)
    assert "\n1. GODKENDELSE AF DAGSORDEN\n" in out
    assert "\n2. BUDGET 2025\n" in out
    assert "\n3. EVENTUELT\n" in out
    for line in ("X – PKT. 1", "X – Punkt 1", "X\tPUNKT NR. 1", "X\tpkt. 1"):
        assert trailing_number._SEPARATED.search(line), line
        assert trailing_number._DASH_GATE.search(line) or trailing_number._TAB_GATE.search(line), (
            line
        )


def test_bracketed_numbers_read_in_capitals_as_the_pattern_does():
    text = "Referat\n\nGODKENDELSE AF DAGSORDEN (PKT. 1)\nGodkendt.\n\nBUDGET [PUNKT 2]\nDrøftet.\n"
    out = trailing_number.trailing_numbers(text)
    assert "\n1. GODKENDELSE AF DAGSORDEN\n" in out
    assert "\n2. BUDGET\n" in out


def test_slide_marks_in_capitals_or_before_a_tab_are_taken_off_as_the_pattern_reads_them():
    text = "DIAS 1\nDagsorden\n\nDIAS\t2 · 1. Godkendelse\nGodkendt.\n\nSLIDE 3 of 3\nTak\n"
    out = slides.slide_marks_off(text)
    assert "DIAS" not in out and "SLIDE" not in out
    assert "\n1. Godkendelse\n" in out
