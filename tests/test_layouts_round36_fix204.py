"""Round thirty-six (layouts204: items carrying their handling history across bodies):
a decision printed only as the meeting's row of the case's history table."""

from __future__ import annotations

import datetime as dt

from analysis.layouts.outcome import history_row_decisions
from analysis.model import Item, Section
from analysis.pipeline import parse_bytes

_HEAD = ["Lemvig Kommune", "Byrådet - Referat", "Onsdag den 24. juni 2020 kl. 16:00", ""]


def _minutes(*items: list[str]) -> str:
    lines = list(_HEAD)
    for k, body in enumerate(items, 1):
        lines += [f"{k}. Punkt nummer {k}", "", *body, ""]
    return "\n".join(lines)


def _decisions(text: str) -> list[str | None]:
    tables = parse_bytes(text.encode(), "x.txt").tables
    assert tables is not None
    sections = tables["sections"]
    decided = sections[sections["section"] == "beslutning"].groupby("item_id")["text"].first()
    return [decided.get(i) for i in tables["items"]["item_id"]]


_DECIDED = ["Beslutning", "Godkendt."]
_HISTORY = [
    "Indstilling",
    "Direktionen indstiller, at forslaget godkendes.",
    "",
    "Beslutningshistorik",
    "Udvalg\tDato\tBeslutning",
    "Økonomiudvalget\t17-06-2020\tAnbefales.",
]


def test_the_meetings_row_of_a_history_table_is_its_decision():
    text = _minutes(_DECIDED, [*_HISTORY, "Byrådet\t24-06-2020\tGodkendt med en ændring."])
    assert _decisions(text) == ["Godkendt.", "Godkendt med en ændring."]


def test_a_pipe_table_reads_the_same():
    rows = [
        "| Udvalg | Dato | Beslutning |",
        "|---|---|---|",
        "| Økonomiudvalget | 17-06-2020 | Anbefales. |",
        "| Byrådet | 24-06-2020 | Udsat. |",
    ]
    assert _decisions(_minutes(_DECIDED, ["Indstilling", "Tekst.", "", *rows])) == [
        "Godkendt.",
        "Udsat.",
    ]


def test_earlier_rows_alone_are_no_decision_of_this_meeting():
    assert _decisions(_minutes(_DECIDED, _HISTORY)) == ["Godkendt.", None]


def test_an_items_own_decision_wins_over_its_history_row():
    text = _minutes(
        _DECIDED, [*_HISTORY, "Byrådet\t24-06-2020\tAnbefales.", "", "Beslutning", "Vedtaget."]
    )
    assert _decisions(text) == ["Godkendt.", "Vedtaget."]


def test_without_the_meetings_date_nothing_is_read():
    table = "Udvalg\tDato\tBeslutning\nByrådet\t24-06-2020\tGodkendt."
    item = Item(1, "Plan", "Plan", None, False, None, None, None,
                (Section("indstilling", "Indstilling", table),), (), (), ())  # fmt: skip
    assert history_row_decisions([item], None) == [item]
    read = history_row_decisions([item], dt.date(2020, 6, 24))[0]
    assert read.sections[-1] == Section("beslutning", "", "Godkendt.")


def test_the_history_tables_earlier_rows_are_the_cases_history():
    text = _minutes(_DECIDED, [*_HISTORY, "Byrådet\t24-06-2020\tGodkendt."])
    tables = parse_bytes(text.encode(), "x.txt").tables
    assert tables is not None
    history = tables["case_history"]
    assert list(history["body"]) == ["Økonomiudvalget"]
    assert list(history["decision"]) == ["Anbefales."]
