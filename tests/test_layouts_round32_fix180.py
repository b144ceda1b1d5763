"""Round thirty-two (layouts180: minutes kept in collaboration tools): small rules."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.authored_labels import authored_labels
from analysis.layouts.decision_log import decision_log_lines, logged_decisions
from analysis.layouts.headings import _CHECKBOX, _GROUPED, _NUMBERED, _PKT
from analysis.layouts.pictograms import unpictogram
from analysis.parse import to_lines
from analysis.read import read_bytes


def test_a_comments_author_before_the_decision_label_goes():
    text = "P2 Title\nAktivitet:\n  Eva Lind Holm: BESLUTNING: Godkendt.\n  Bo Ry: fint\n"
    assert "  BESLUTNING: Godkendt." in authored_labels(text).split("\n")
    assert "  Bo Ry: fint" in authored_labels(text).split("\n")  # (no label: kept)
    # a single word before the label is no name of two words or more
    one = "Husk: Beslutning: tages op igen\n"
    assert authored_labels(one) == one
    plain = "Beslutning: Godkendt.\n"
    assert authored_labels(plain) is plain  # (the cheap test)


def test_a_cards_check_box_and_the_em_dash_after_the_number():
    assert _CHECKBOX.sub("", "[✓] 3 · Budget") == "3 · Budget"
    assert _CHECKBOX.sub("", "[ ] 6 · Budget") == "6 · Budget"
    assert _CHECKBOX.sub("", "[x] Husk mail") == "[x] Husk mail"  # (no number: a to-do)
    m = _NUMBERED.match("02 — Ældrereformen: ny model")
    assert m and m.group("num") == "02" and m.group("title") == "Ældrereformen: ny model"


def test_the_item_word_cut_to_its_letter():
    m = _PKT.match("P3 Nedlæggelse af busrute")
    assert m and m.group("num") == "3" and m.group("title") == "Nedlæggelse af busrute"
    assert _GROUPED.match("P3 Nedlæggelse af busrute")  # (read by _PKT, not as group P)
    assert _PKT.match("Plan 3 for skolen") is None


def test_a_callouts_icon_after_the_quote_mark_goes():
    out = unpictogram("> 💡 **Beslutning:** Godkendt.\n> 📍 Rådhuset\n")
    assert out.split("\n")[0] == "> **Beslutning:** Godkendt."
    assert out.split("\n")[1] == "> 📍 Rådhuset"  # (a fact's pictogram: the header's)


def test_a_decision_logs_decision_column_per_item():
    text = (
        "## Ad 2) Title\n\nNotes.\n\n## Beslutningslog\n\n"
        "Pkt.\tBeslutning\tAnsvarlig\n1\tDagsorden godkendt\n2\tTaget til efterretning\tLis\n3\n"
    )
    lines = to_lines(text)
    assert logged_decisions(lines) == {1: "Dagsorden godkendt", 2: "Taget til efterretning"}
    assert len(decision_log_lines(lines)) == 4
    # a log of titles and statuses names no decision column: nothing read from it
    status = "Beslutningslog\nPkt.\tEmne\tStatus\n1\tBudget\tGODKENDT\n2\tPlan\tUDSAT\n"
    assert logged_decisions(to_lines(status)) == {}


def test_a_toggle_block_in_a_list_heads_what_it_folds():
    html = (
        "<html><body><h1>Referat</h1><ul class='toggle'><li><details open><summary>"
        "<strong>01 — Godkendelse af dagsorden</strong></summary><p>Godkendt.</p></details>"
        "</li></ul></body></html>"
    )
    lines = read_bytes(html.encode(), ".html").text.split("\n")
    assert "## 01 — Godkendelse af dagsorden" in lines
    assert "Godkendt." in lines


def test_a_heading_of_the_runs_level_printed_out_of_order_fills_its_gap():
    text = (
        "# Ledergruppen – referat\n\nDato: 3. februar 2025 kl. 10.00\n\n"
        "## 01. Godkendelse af dagsorden\n\nDagsorden godkendt.\n\n"
        "## 02. Vintertjeneste\n\nSagsnr.: 2025-004411\n\nBeslutning: Taget til efterretning.\n\n"
        "## 04. Parkeringsstrategi\n\nSagsnr.: 2025-003107\n\nBeslutning: Godkendt.\n\n"
        "## 03. Ny cykelsti\n\nOle orienterede.\n\nBeslutning: Udsat.\n\n"
        "## 05. Eventuelt\n\nSagsnr.: 2025-000001\n\nBeslutning: Intet.\n"
    )
    assert [it.number for it in parse_text(text).items] == [1, 2, 4, 3, 5]
