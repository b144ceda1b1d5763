"""``minutes evaluate``: the scoring rules on hand-made tables, then end to end on
``tests/fixtures/evaluate`` (two invented minutes; the Chefforum label holds a wrong start
time and calls item 3 item 4, so its scores are known to be below 100 %)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import evaluate as ev
from analysis.cli import main

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "evaluate"


def _tables(**meeting: object) -> dict[str, pd.DataFrame]:
    """A parsed meeting of three items, as ``FileResult.tables`` gives it."""
    ids = ["m-01", "m-02", "m-03"]
    return {
        "meetings": pd.DataFrame(
            [
                {
                    "meeting_id": "m",
                    "forum": "Økonomiudvalget",
                    "municipality": "Københavns Kommune",
                    "date": pd.Timestamp("2024-03-05"),
                    "start_time": "16:00",
                    "location": "Rådhuset",
                    **meeting,
                }
            ]
        ),
        "items": pd.DataFrame(
            {
                "item_id": ids,
                "number": [1, 2, 3],
                "title": ["Godkendelse af dagsorden", "Budget 2025", "Eventuelt"],
                "raw_title": ["ØU - Godkendelse af dagsorden", "Budget 2025", "Eventuelt"],
                "bodies": ["ØU", "ØU/KB", None],
                "case_number": ["00.01.00-P35-1-24", None, "00.01.00-P35-1-24"],
            }
        ),
        "sections": pd.DataFrame(
            {
                "item_id": ids,
                "position": [2, 1, 1],
                "section": ["beslutning", "beslutning", "sagsfremstilling"],
                "heading": ["Beslutning", "Beslutning", "Sagsfremstilling"],
                "text": ["\n  Godkendt.\nAndet", "Taget til efterretning", "Intet."],
            }
        ),
        "item_decisions": pd.DataFrame(
            {"item_id": ids, "decision_type": ["approved", "noted", "none"]}
        ),
    }


def _label(items: list[dict], **meeting: object) -> dict:
    return {
        "file": "m.txt",
        "document": "referat",
        "meeting": {
            "municipality": "København",
            "forum": "Økonomiudvalget",
            "date": "2024-03-05",
            "start": "16:00",
            "location": "Rådhuset",
            **meeting,
        },
        "items": items,
    }


def _item(
    n: int,
    title: str = "",
    case: str | None = None,
    line: str | None = None,
    kind: str | None = None,
) -> dict:
    return {
        "n": n,
        "title": title,
        "case": case,
        "decision_first_line": line,
        "decision_type": kind,
    }


# --- meeting facts ----------------------------------------------------------------------


def test_facts_all_right_with_short_municipality_and_loose_forum():
    label = _label([], forum="  økonomiudvalget ", start="16.00")
    score = ev.evaluate_file(label, _tables(), {"status": "ok", "message": ""})
    assert score.facts == dict.fromkeys(ev.FACTS, True)
    assert str(score.fact_score) == "5/5"


def test_null_label_fact_is_right_only_when_we_have_nothing_either():
    label = _label([], start=None, location=None)
    score = ev.evaluate_file(label, _tables(start_time=None, location="Rådhuset"))
    assert score.facts["start"] is True
    assert score.facts["location"] is False
    assert ev.fact_right("location", None, "") is True
    assert ev.fact_right("date", "2024-03-05", None) is False


def test_wrong_facts():
    label = _label([], date="2024-03-06", municipality="Aarhus", forum="Byrådet")
    score = ev.evaluate_file(label, _tables())
    assert [f for f in ev.FACTS if not score.facts[f]] == ["date", "forum", "municipality"]
    assert score.fact_score == ev.Score(2, 5)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Albertslund Kommune", "Albertslund", True),
        ("Københavns Kommune", "København", True),
        ("Aarhus Kommune", "aarhus", True),
        ("Bornholms Regionskommune", "Bornholm", True),
        ("Albertslund Kommune", "Aarhus", False),
    ],
)
def test_municipality_fact_compares_short_names(a, b, same):
    assert ev.fact_right("municipality", b, a) is same


def test_municipality_fact_by_short_name():
    # Whichever matcher is in use (analysis.municipalities once it exists).
    assert ev.fact_right("municipality", "Albertslund", "Albertslund Kommune")
    assert ev.fact_right("municipality", "København", "Københavns Kommune")
    assert not ev.fact_right("municipality", "Aarhus", "Albertslund Kommune")


# --- items ------------------------------------------------------------------------------


def test_items_found_by_number_and_extra_items_counted():
    label = _label([_item(1), _item(2), _item(4)])
    score = ev.evaluate_file(label, _tables())
    assert score.items == ev.Score(2, 3)
    assert score.extra == 1  # item 3 is parsed but not labelled
    assert "item 4: not found" in score.misses


def test_a_repeated_number_pairs_labels_with_parsed_items_in_order():
    # A closed part that numbers from 1 again: the second label "1" is the second item 1.
    tables = _tables()
    tables["items"].loc[2, ["number", "raw_title", "title"]] = [1, "Salg af grund", "Salg"]
    label = _label([_item(1, "ØU - Godkendelse af dagsorden"), _item(1, "Salg af grund")])
    score = ev.evaluate_file(label, tables)
    assert score.items == ev.Score(2, 2)
    assert score.titles == ev.Score(2, 2)
    assert score.extra == 1  # item 2 is not labelled
    # Labelled once, parsed twice: the second item 1 is an extra item.
    once = ev.evaluate_file(_label([_item(1, "ØU - Godkendelse af dagsorden")]), tables)
    assert once.extra == 2


@pytest.mark.parametrize(
    "numbers",
    [
        ["1.0", "2.0", "3.0"],  # a Word outline's "N.0" level
        ["01", "02", "03"],
        ["45/2024", "46/2024", "47/2024"],  # the year's running number: 45, 46, 47
        ["A", "B", "C"],  # letters: their place in the alphabet
        ["I", "II", "III"],  # Roman numerals: their value
        ["Pkt. 1", "Punkt 2:", "Sag nr. 3"],  # the word printed before the number
        ["§ 1", "(2)", "Ad punkt 3"],
    ],
)
def test_a_labelled_number_as_printed_is_the_readers_number(numbers):
    tables = _tables()
    if numbers[0].endswith("/2024"):
        tables["items"]["number"] = [45, 46, 47]
    label = _label([_item(n) for n in numbers])  # type: ignore[arg-type]
    score = ev.evaluate_file(label, tables)
    assert score.items == ev.Score(3, 3) and score.extra == 0


def test_a_number_inside_other_text_stays_text():
    assert [ev._item_number(t) for t in ("A1", "Punkt 2x", "Sag 25/1234", "Pkt. 1 og 2")] == [
        "A1",
        "Punkt 2x",
        "Sag 25/1234",
        "Pkt. 1 og 2",
    ]
    # (but "Punkt 2a" is item 2a, inserted after item 2 and numbered as it by the reader)
    assert ev._item_number("Punkt 2a") == 2


def test_a_run_of_letters_reads_i_as_a_letter_not_a_numeral():
    assert ev._label_numbers([{"n": c} for c in "ABCDEFGHI"]) == list(range(1, 10))
    assert ev._label_numbers([{"n": r} for r in ("I", "II", "IV", "V")]) == [1, 2, 4, 5]
    assert ev._label_numbers([{"n": "Bilag"}, {"n": 2}]) == ["Bilag", 2]


def test_title_right_as_printed_with_route_or_clean():
    label = _label(
        [
            _item(1, "ØU - Godkendelse af dagsorden"),  # our raw title
            _item(2, "ØU/KB -  Budget 2025"),  # bodies + clean title, spacing aside
            _item(3, "Eventuelt"),  # clean title
        ]
    )
    assert ev.evaluate_file(label, _tables()).titles == ev.Score(3, 3)
    wrong = _label([_item(1, "KB - Godkendelse af dagsorden"), _item(2, "Budget 2026")])
    assert ev.evaluate_file(wrong, _tables()).titles == ev.Score(0, 2)


def test_case_right_when_equal_or_both_null():
    label = _label(
        [
            _item(1, case="00.01.00-P35-1-24"),
            _item(2, case=None),
            _item(3, case="00.01.00-P35-2-24"),
        ]
    )
    assert ev.evaluate_file(label, _tables()).cases == ev.Score(2, 3)


def test_decision_text_first_line_trailing_period_tolerated_scored_only_where_labelled():
    label = _label(
        [
            _item(1, line="Godkendt"),  # ours "Godkendt.", after a blank line
            _item(2, line="Taget til efterretning."),  # ours has no period
            _item(3, line=None),  # not scored
        ]
    )
    assert ev.evaluate_file(label, _tables()).decision_text == ev.Score(2, 2)
    wrong = _label([_item(1, line="Godkendt med bemærkninger"), _item(3, line="Intet.")])
    # item 3 has no Beslutning section, only a Sagsfremstilling
    assert ev.evaluate_file(wrong, _tables()).decision_text == ev.Score(0, 2)


def test_decision_type_with_approved_accepting_noted():
    label = _label(
        [
            _item(1, kind="approved"),
            _item(2, kind="approved"),  # ours noted: counts as right (realworld README)
            _item(3, kind=None),  # not scored
        ]
    )
    assert ev.evaluate_file(label, _tables()).decision_types == ev.Score(2, 2)
    wrong = _label([_item(1, kind="noted"), _item(3, kind="discussed")])
    assert ev.evaluate_file(wrong, _tables()).decision_types == ev.Score(0, 2)


def test_layout_and_document_type_read_when_present():
    tables = _tables(layout="agenda-system", document_type="referat")
    score = ev.evaluate_file(_label([]), tables)
    assert (score.layout, score.document_type) == ("agenda-system", "referat")
    assert ev.evaluate_file(_label([]), _tables()).layout is None


def test_rejected_file_scores_zero_with_its_message():
    label = _label([_item(1, line="Godkendt.", kind="approved"), _item(2)])
    score = ev.evaluate_file(label, None, {"status": "rejected", "message": "no agenda items"})
    assert (score.status, score.message) == ("rejected", "no agenda items")
    assert score.fact_score == ev.Score(0, 5)
    assert score.items == score.titles == score.cases == ev.Score(0, 2)
    assert score.decision_text == score.decision_types == ev.Score(0, 1)


def test_summarise_adds_up():
    good = ev.evaluate_file(_label([_item(1, "Godkendelse af dagsorden")]), _tables())
    bad = ev.evaluate_file(_label([_item(1), _item(2)]), None, {"status": "rejected"})
    total = ev.summarise([good, bad])
    assert total.files == 2
    assert total.facts == ev.Score(5, 10)
    assert total.by_fact["date"] == ev.Score(1, 2)
    assert total.items == ev.Score(1, 3)
    assert total.titles == ev.Score(1, 3)
    assert total.by_status == {"ok": 1, "rejected": 1}
    assert total.titles.with_pct() == "1/3 (33 %)"


# --- end to end -------------------------------------------------------------------------


def test_evaluate_dir_on_the_fixture_labels():
    scores = {s.file: s for s in ev.evaluate_dir(FIXTURE / "labels")}  # raw: ../raw
    right = scores["solroed-kultur-og-fritidsudvalget-2024-05-14.txt"]
    assert right.status == "ok"
    assert right.fact_score == ev.Score(5, 5)
    for got in (right.items, right.titles, right.cases, right.decision_text):
        assert got == ev.Score(3, 3)
    assert right.decision_types == ev.Score(3, 3)
    assert right.extra == 0 and right.misses == ()

    wrong = scores["chefforum-2024-09-04.txt"]
    assert wrong.facts["start"] is False  # the label says 10:00, the text 09:30
    assert wrong.fact_score == ev.Score(4, 5)
    assert wrong.items == ev.Score(2, 3)  # the label's item 4 is the document's item 3
    assert wrong.extra == 1
    for got in (wrong.titles, wrong.cases, wrong.decision_text, wrong.decision_types):
        assert got == ev.Score(2, 3)

    total = ev.summarise(scores.values())
    assert total.facts.with_pct() == "9/10 (90 %)"
    assert total.items == total.titles == total.decision_types == ev.Score(5, 6)


def test_missing_and_rejected_documents_are_reported(tmp_path):
    labels = tmp_path / "labels"
    shutil.copytree(FIXTURE / "labels", labels)
    shutil.copytree(FIXTURE / "raw", tmp_path / "elsewhere")
    (tmp_path / "elsewhere" / "indkoebsliste.txt").write_text("Mælk\nBrød\nÆbler\n")
    for name in ("indkoebsliste.txt", "forsvundet.txt"):
        label = _label([_item(1, line="Godkendt.")])
        label["file"] = name
        (labels / f"{name}.json").write_text(json.dumps(label), encoding="utf-8")
    scores = {s.file: s for s in ev.evaluate_dir(labels, tmp_path / "elsewhere")}
    assert scores["indkoebsliste.txt"].status == "rejected"
    assert scores["indkoebsliste.txt"].message
    assert scores["forsvundet.txt"].status == "missing"
    assert "not found" in scores["forsvundet.txt"].message
    assert scores["forsvundet.txt"].decision_text == ev.Score(0, 1)
    assert scores["chefforum-2024-09-04.txt"].fact_score == ev.Score(4, 5)


def test_labels_beside_their_documents(tmp_path):
    shutil.copytree(FIXTURE / "labels", tmp_path, dirs_exist_ok=True)
    shutil.copytree(FIXTURE / "raw", tmp_path, dirs_exist_ok=True)
    assert ev.default_raw_dir(tmp_path) == tmp_path
    assert [s.status for s in ev.evaluate_dir(tmp_path)] == ["ok", "ok"]


def test_cli_prints_the_table_and_writes_json(tmp_path, capsys):
    out = tmp_path / "scores.json"
    assert main(["evaluate", str(FIXTURE / "labels"), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "chefforum-2024-09-04.txt" in printed
    assert "total (2 files)" in printed
    assert "9/10 (90 %)" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["total"]["facts"] == {"right": 9, "total": 10, "pct": 90.0}
    assert data["total"]["extra_items"] == 1
    chef = next(f for f in data["files"] if f["file"] == "chefforum-2024-09-04.txt")
    assert chef["facts"]["start"] is False
    assert any("start" in m for m in chef["misses"])


def test_cli_exit_code_2_without_labels(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("minutes evaluate: no label files")
    assert len(err.strip().splitlines()) == 1


def test_cli_exit_code_2_on_a_broken_label(tmp_path, capsys):
    (tmp_path / "x.json").write_text("{not json", encoding="utf-8")
    assert main(["evaluate", str(tmp_path)]) == 2
    assert "x.json" in capsys.readouterr().err


def test_label_numbers_within_lettered_groups() -> None:
    # "A1", "A2", "B1": an agenda's items numbered within its groups, by place as read
    assert ev._label_numbers([{"n": n} for n in ("A1", "A2", "B1", "C1")]) == [1, 2, 3, 4]
    # a label mixing them with other text keeps its numbers as printed
    assert ev._label_numbers([{"n": "A1"}, {"n": "Bilag"}]) == ["A1", "Bilag"]


def test_a_forum_is_the_same_with_a_dash_or_a_comma_between_its_parts():
    assert ev.fact_right(
        "forum", "Chefforum – Socialforvaltningen", "Chefforum, Socialforvaltningen"
    )
    assert ev.fact_right("forum", "Skolebestyrelsen, Vestskolen", "skolebestyrelsen - Vestskolen")
    assert not ev.fact_right("forum", "Børne- og Ungeudvalget", "Børne-, og Ungeudvalget")
    assert not ev.fact_right("forum", "Chefforum – Socialforvaltningen", "Chefforum")


def test_a_number_printed_with_a_slash_is_the_item_number():
    # "1/ Godkendelse af dagsorden": items numbered with a slash after the number, as a
    # Word template prints them; "45/2024" stays item 45 of the year
    assert [ev._item_number(t) for t in ("1/", "12/", "45/2024", "03/")] == [1, 12, 45, 3]
    assert ev._item_number("1/a") == "1/a"
