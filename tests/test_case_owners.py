"""A journal number is a case within its municipality: '25/1234' in Esbjerg and in Odense
are two cases (cases table, items.case_seq and standing_case, metrics.case_threads)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import metrics
from analysis.enrich.cases import case_keys, case_sequence, case_threads_table
from analysis.pipeline import parse_corpus

MINUTES = """Referat
{muni}
Økonomiudvalget
Mødedato: {date} kl. 16.00

1. Godkendelse af dagsorden
Sagsnr.: 25/0001
Beslutning
Godkendt.

2. {title}
Sagsnr.: 25/1234
Beslutning
{decision}
"""


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    raw = tmp_path_factory.mktemp("raw")
    meetings = [
        ("Esbjerg Kommune", "3. marts 2025", "Budget 2026", "Drøftet."),
        ("Esbjerg Kommune", "7. april 2025", "Budget 2026, anden behandling", "Godkendt."),
        ("Odense Kommune", "4. marts 2025", "Salg af grund ved havnen", "Udsat."),
        ("Odense Kommune", "8. april 2025", "Salg af grund ved havnen", "Godkendt."),
    ]
    for k, (muni, date, title, decision) in enumerate(meetings):
        text = MINUTES.format(muni=muni, date=date, title=title, decision=decision)
        (raw / f"referat-{k}.txt").write_text(text, encoding="utf-8")
    return parse_corpus(raw)


def test_one_number_in_two_municipalities_is_two_cases(tables) -> None:
    assert set(tables["meetings"]["municipality"]) == {"Esbjerg Kommune", "Odense Kommune"}
    cases = tables["cases"]
    shared = cases[cases["case_number"] == "25/1234"].set_index("municipality")
    assert sorted(shared.index) == ["Esbjerg Kommune", "Odense Kommune"]
    assert shared.loc["Esbjerg Kommune", "titles"] == (
        "Budget 2026 | Budget 2026, anden behandling"
    )
    assert shared.loc["Odense Kommune", "decision_types"] == "postponed;approved"
    assert (shared["n_meetings"] == 2).all()
    standing = cases[cases["case_number"] == "25/0001"]
    assert len(standing) == 2 and standing["standing"].all()


def test_appearances_count_within_the_municipality(tables) -> None:
    items = tables["items"].merge(tables["meetings"][["meeting_id", "municipality"]])
    budget = items[items["case_number"] == "25/1234"].sort_values(["municipality", "date"])
    assert budget["case_seq"].tolist() == [1, 2, 1, 2]
    assert not budget["standing_case"].any()


def test_case_threads_name_the_municipality_only_where_a_number_is_shared(tables) -> None:
    threads = metrics.case_threads(tables)
    assert set(threads["thread"]) == {"25/1234 (Esbjerg)", "25/1234 (Odense)"}
    assert (threads["n_meetings"] == 2).all()
    one = metrics.case_threads(metrics.select(tables, municipality="Odense Kommune"))
    assert set(one["thread"]) == {"25/1234"}  # one municipality: the number as written


def test_selecting_a_municipality_keeps_its_own_cases(tables) -> None:
    sel = metrics.select(tables, municipality="Esbjerg Kommune")
    assert set(sel["cases"]["municipality"]) == {"Esbjerg Kommune"}
    assert len(sel["cases"]) == 2


def test_without_owners_the_number_is_the_key() -> None:
    numbers = pd.Series(["25/1", None, "25/1"])
    plain = case_keys(numbers)
    assert plain[0] == plain[2] == "25/1" and pd.isna(plain[1])
    owners = pd.Series(["Esbjerg Kommune", "Esbjerg Kommune", None])
    keys = case_keys(numbers, owners)
    assert keys[0] != keys[2] and pd.isna(keys[1])
    items = pd.DataFrame(
        {
            "item_id": ["a", "b", "c"],
            "meeting_id": ["m1", "m2", "m3"],
            "date": pd.to_datetime(["2025-01-01", "2025-02-01", "2025-03-01"]),
            "number": [1, 1, 1],
            "title": ["X", "Y", "Z"],
            "case_number": ["25/1", "25/2", "25/1"],
            "decision_type": ["approved", "noted", "approved"],
        }
    )
    assert case_sequence(items).tolist() == [1, 1, 2]
    assert case_sequence(items, pd.Series(["A", "A", "B"])).tolist() == [1, 1, 1]
    table = case_threads_table(items)
    assert table["municipality"].isna().all() and len(table) == 2


def test_a_masked_journal_number_is_no_case() -> None:
    """'24/****' twice in one kommune's public minutes is two withheld numbers, not one
    case: no key, no appearance number, no thread (the item keeps the number as printed)."""
    numbers = pd.Series(["24/****", "24/****", "17/█████", "22/[skjult]", "24/1234"])
    owners = pd.Series(["Vejby Kommune"] * 5)
    assert case_keys(numbers, owners).isna().tolist() == [True, True, True, True, False]
    assert case_keys(numbers).isna().tolist() == [True, True, True, True, False]
    items = pd.DataFrame(
        {
            "item_id": list("abcde"),
            "meeting_id": ["m1"] * 5,
            "date": pd.to_datetime(["2025-01-01"] * 5),
            "number": [1, 2, 3, 4, 5],
            "title": list("VWXYZ"),
            "case_number": numbers,
            "decision_type": ["approved"] * 5,
        }
    )
    assert case_sequence(items, owners).isna().tolist() == [True, True, True, True, False]
    table = case_threads_table(items, owners=owners)
    assert table["case_number"].tolist() == ["24/1234"]
