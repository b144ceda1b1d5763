"""The table contract's validation: ``schema.validate`` passes a conforming table by its
own vectorised checks (``schema.conforms``) and hands any other to pandera, which rejects
every kind of bad table with a message naming the table, the column and the failure."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import schema


def _references(**changes: list) -> pd.DataFrame:
    """Three valid ``references`` rows (in key order), with ``changes`` applied."""
    data: dict[str, list] = {
        "item_id": ["m-2024-01-01-01", "m-2024-01-01-01", "m-2024-01-01-02"],
        "position": [1, 2, 1],
        "referenced_date": ["2024-02-01", "2024-03-01", "2024-04-01"],
        "kind": ["meeting", "deadline", "date"],
        "year_inferred": [False, True, False],
        "section": ["sagsfremstilling", "beslutning", "indstilling"],
        "text": ["Mødet 1. februar.", "Frist 1. marts.", "Den 1. april."],
    }
    data.update(changes)
    return schema.conform("references", pd.DataFrame(data))


def _rejected(name: str, df: pd.DataFrame) -> str:
    """The validator's message for a table it must reject; the fast checks never pass it."""
    assert not schema.conforms(name, df)
    with pytest.raises(Exception) as caught:
        schema.validate(name, df)
    return str(caught.value)


def test_a_conforming_table_passes_without_pandera(monkeypatch):
    df = _references()

    def no_pandera(name: str) -> None:
        raise AssertionError("pandera asked of a conforming table")

    monkeypatch.setattr(schema, "pandera_schema", no_pandera)
    assert schema.conforms("references", df)
    assert schema.validate("references", df) is df
    for name in schema.TABLES:  # every empty table conforms too
        assert schema.conforms(name, schema.conform(name, schema.empty_frame(name)))


def test_pandera_agrees_with_the_fast_checks():
    df = _references()
    assert schema.pandera_schema("references").validate(df, lazy=True).equals(df)


def test_wrong_dtype_is_rejected():
    df = _references()
    df["position"] = df["position"].astype("float64")
    message = _rejected("references", df)
    assert "references" in message and "position" in message and "float64" in message


def test_null_in_a_non_null_column_is_rejected():
    df = _references(section=["sagsfremstilling", None, "indstilling"])
    message = _rejected("references", df)
    assert "references" in message and "section" in message and "null" in message


def test_value_outside_isin_is_rejected():
    df = _references(kind=["meeting", "someday", "date"])
    message = _rejected("references", df)
    assert "references" in message and "kind" in message and "isin" in message
    assert "someday" in message


def test_duplicate_key_is_rejected():
    df = _references(position=[1, 1, 1])
    message = _rejected("references", df)
    assert "references" in message and "item_id" in message and "position" in message
    assert "not unique" in message


def test_duplicate_key_out_of_order_is_rejected():
    # Not in key order: the fast checks cannot prove the keys unique by neighbours.
    df = _references().iloc[[2, 0, 1]].reset_index(drop=True)
    df.loc[2, ["item_id", "position"]] = ["m-2024-01-01-02", 1]  # the first row's key
    assert "not unique" in _rejected("references", df)


def test_duplicate_key_with_a_null_is_rejected():
    cases = schema.conform(
        "cases",
        pd.DataFrame(
            {
                "case_number": ["24/1", "24/1"],
                "municipality": [None, None],
                "first_date": ["2024-01-01"] * 2,
                "last_date": ["2024-01-01"] * 2,
                "n_meetings": [1, 1],
                "n_items": [1, 1],
                "standing": [False, False],
                "dates": ["2024-01-01"] * 2,
                "titles": ["a", "b"],
                "decision_types": ["", ""],
                "kle_title": [None, None],
            }
        ),
    )
    message = _rejected("cases", cases)
    assert "cases" in message and "case_number" in message and "not unique" in message


def test_extra_column_is_rejected():
    df = _references().assign(extra=1)
    message = _rejected("references", df)
    assert "references" in message and "extra" in message and "not in DataFrameSchema" in message


def test_missing_column_is_rejected():
    df = _references().drop(columns=["text"])
    message = _rejected("references", df)
    assert "references" in message and "text" in message and "not in dataframe" in message


def test_misordered_columns_are_rejected():
    df = _references()
    names = list(df.columns)
    names[1], names[2] = names[2], names[1]
    message = _rejected("references", df[names])
    assert "references" in message and "out-of-order" in message


def test_every_failure_is_listed():
    df = _references(kind=["meeting", "someday", "date"], position=[1, 1, 1])
    df["section"] = df["section"].where(df["kind"] != "meeting", None)
    message = _rejected("references", df)
    assert "not unique" in message and "someday" in message and "section" in message


def test_key_order_in_arrow_is_python_string_order():
    # Arrow compares UTF-8 bytes; Python compares code points: the same order.
    words = ["a", "b", "z", "å", "æ", "ø", "Å", "Z", "é", "ﬁ", "😀", "ab", "a b", ""]
    for first in words:
        for second in words:
            df = pd.DataFrame(
                {"item_id": pd.array([first, second], dtype="string"), "position": [1, 1]}
            )
            assert schema.in_key_order(df, ["item_id", "position"]) == (first <= second)
            unique = schema._keys_unique(df, ["item_id", "position"])
            assert unique == (first != second)
