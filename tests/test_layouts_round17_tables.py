"""Round seventeen (fix41): a small council's agenda as one Word table ``Dagsorden |
Referat``, each row "N. Title" (and the item's short text) beside what was concluded
(pure)."""

from __future__ import annotations

from analysis.read.item_table import item_rows


def test_agenda_column_beside_the_minutes_is_an_item_table() -> None:
    rows = [
        [["Dagsorden"], ["Referat"]],
        [["1. Godkendelse af dagsorden"], ["Godkendt."]],
        [["2. Busplan 2025", "Forslaget er sendt i høring."], ["Rådet afgiver høringssvar."]],
    ]
    assert item_rows(rows) == [
        "## 1. Godkendelse af dagsorden",
        "",
        "Referat:",
        "Godkendt.",
        "",
        "## 2. Busplan 2025",
        "Forslaget er sendt i høring.",
        "",
        "Referat:",
        "Rådet afgiver høringssvar.",
    ]


def test_agenda_column_without_item_numbers_is_no_item_table() -> None:
    # a table of two columns of text under the same heads: nothing says its rows are items
    rows = [
        [["Dagsorden"], ["Referat"]],
        [["Godkendelse af dagsorden"], ["Godkendt."]],
        [["Busplan 2025"], ["Drøftet."]],
    ]
    assert item_rows(rows) is None
