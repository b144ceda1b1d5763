"""The watchlist check after a build searches slice by slice (``sliced_watch_hits``): the
same hits in the same order as one index over every item, however small the slices."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import search, store
from analysis import watchlist as wl
from analysis.watchlist import Watch
from tests.metrics_helpers import _frame

#: Broad, compound, acronym, phrase, forum and no-compound searches.
WATCHES = [
    Watch("Vej", "vej"),
    Watch("Vej hel", "vej", compounds=False),
    Watch("MED", "MED"),
    Watch("God stand", "god stand"),
    Watch("Plan i B", "plan", forums=("Udvalg B",)),
    Watch("Budget", "budget"),
    Watch("Ingen", "zzzyxq"),
]


def _tables() -> dict[str, pd.DataFrame]:
    """Four meetings on one day (every item number 1 ties on date and number) and one
    later. The items are not in item_id order, and hits fall in titles only, sections
    only and both: the order among ties is where slices could go wrong."""
    meetings = [("ua-2025-02-03", "Udvalg A"), ("ub-2025-02-03", "Udvalg B")]
    meetings += [("uc-2025-02-03", "Udvalg C"), ("ud-2025-02-03", "Udvalg D")]
    meetings += [("ua-2025-03-03", "Udvalg A")]
    m = _frame(
        "meetings",
        [
            {
                "meeting_id": mid,
                "forum": forum,
                "date": pd.Timestamp(mid[3:]),
                "year": 2025,
                "source_file": f"{mid}.txt",
                "source_sha256": "0" * 64,
                "source_format": "txt",
                "n_items": 1,
                "n_participants": 0,
                "duration_min": 0,
            }
            for mid, forum in meetings
        ],
    )
    items = [  # item_id, number, title
        ("ud-2025-02-03-01", 1, "Budgetopfølgning"),
        ("ua-2025-02-03-01", 1, "Vejplan 2025"),
        ("ub-2025-02-03-01", 1, "Ny cykelsti"),
        ("uc-2025-02-03-01", 1, "Vej og park"),
        ("ua-2025-02-03-02", 2, "Eventuelt"),
        ("ub-2025-02-03-02", 2, "Planstrategi"),
        ("ua-2025-03-03-01", 1, "Vej"),
    ]
    i = _frame(
        "items",
        [
            {
                "item_id": iid,
                "meeting_id": iid[:-3],
                "date": pd.Timestamp(iid[3:13]),
                "number": number,
                "title": title,
                "raw_title": title,
                "decision_type": "approved",
            }
            for iid, number, title in items
        ],
    )
    i = i.set_index("item_id", drop=False).loc[[iid for iid, _, _ in items]]  # as listed
    i = i.reset_index(drop=True)
    sections = [  # item_id, section, text
        ("ua-2025-02-03-01", "beslutning", "Planen vedtages."),
        ("ud-2025-02-03-01", "sagsfremstilling", "Vejene er i god stand efter vinteren."),
        ("ud-2025-02-03-01", "beslutning", "MED-udvalget tog budgettet til efterretning."),
        ("ub-2025-02-03-01", "sagsfremstilling", "Vejen til skolen får en cykelsti."),
        ("uc-2025-02-03-01", "sagsfremstilling", "Vej, sti og park i god stand."),
        ("uc-2025-02-03-01", "beslutning", "Godkendt med bemærkninger fra HovedMED."),
        ("ub-2025-02-03-02", "sagsfremstilling", "Planen for vejnettet og budget 2026."),
        ("ua-2025-03-03-01", "beslutning", "Godkendt."),
    ]
    s = _frame(
        "sections",
        [
            {"item_id": iid, "position": n, "section": key, "heading": key.title(), "text": text}
            for n, (iid, key, text) in enumerate(sections, start=1)
        ],
    )
    return {"items": i, "meetings": m, "sections": s}


def _whole(
    tables: dict[str, pd.DataFrame], state: dict, watches: list[Watch] = WATCHES
) -> pd.DataFrame:
    """What one index over the tables gives: each search's ``watch_hits`` (new searches
    on every item, the others on the items not in ``state``)."""
    known = set(state.get("items", []))
    fresh = {**tables, "items": tables["items"][~tables["items"]["item_id"].isin(known)]}
    frames = []
    for w in watches:
        first = state.get("searches", {}).get(w.name) != w.signature()
        hits = wl.watch_hits(tables if first else fresh, [w])
        if len(hits):
            frames.append(hits.assign(first_run=first))
    return pd.concat(frames, ignore_index=True)


@pytest.mark.parametrize("units", [1, 2, 3, 5, 10**6])
def test_slices_find_what_one_index_finds_in_its_order(units, tmp_path):
    tables = _tables()
    assert not tables["items"]["item_id"].is_monotonic_increasing
    expected = _whole(tables, {})
    # The ties on date and number, as one index lists them: title hits in items order,
    # then hits in a section only by item_id.
    assert expected[expected["name"] == "Vej"]["item_id"].tolist() == [
        "ua-2025-02-03-01",
        "uc-2025-02-03-01",
        "ub-2025-02-03-01",
        "ud-2025-02-03-01",
        "ub-2025-02-03-02",
        "ua-2025-03-03-01",
    ]
    assert set(expected["name"]) == {w.name for w in WATCHES} - {"Ingen"}
    path = tmp_path / "sections.parquet"
    store.write_parquet(tables["sections"], path)
    search._CACHE.clear()
    for sections in (tables["sections"], store.pq.ParquetFile(path)):
        hits, state = wl.new_hits({**tables, "sections": sections}, WATCHES, {}, units)
        pd.testing.assert_frame_equal(hits, expected, check_exact=True)
        assert state["items"] == sorted(tables["items"]["item_id"])
    assert search._CACHE == []  # no slice's index is kept


def test_slices_read_a_file_whose_sections_do_not_follow_the_items(tmp_path, monkeypatch):
    monkeypatch.setattr(wl, "_BATCH_ROWS", 2)  # slices come complete batch by batch
    tables = _tables()
    expected = _whole(tables, {})
    # the last items' sections first: slices are complete in another order than theirs
    shuffled = tables["sections"].sort_values("item_id", ascending=False, kind="mergesort")
    path = tmp_path / "sections.parquet"
    store.write_parquet(shuffled.reset_index(drop=True), path)
    for units in (1, 4):
        hits, _ = wl.new_hits(
            {**tables, "sections": store.pq.ParquetFile(path)}, WATCHES, {}, units
        )
        pd.testing.assert_frame_equal(hits, expected, check_exact=True)


def test_slices_of_the_items_new_since_the_last_check():
    tables = _tables()
    signatures = {w.name: w.signature() for w in WATCHES}
    state = {"items": ["ua-2025-02-03-01", "ud-2025-02-03-01"], "searches": signatures}
    state["searches"]["Vej"] = "edited"  # searched in full again
    expected = _whole(tables, state)
    assert expected.groupby("name")["first_run"].first().to_dict()["Vej"]
    assert "ud-2025-02-03-01" not in set(expected[expected["name"] == "Budget"]["item_id"])
    for units in (1, 3, 10**6):
        hits, _ = wl.new_hits(tables, WATCHES, state, units)
        pd.testing.assert_frame_equal(hits, expected, check_exact=True)


def test_seed_build_sliced_into_single_items(seed_tables):
    watches = [*WATCHES, Watch("Chefforum", "chefforum"), Watch("Møde", "møde")]
    watches += [Watch("Til efterretning", "til efterretning"), Watch("Godkendt", "godkendt")]
    expected = _whole(seed_tables, {}, watches)
    assert len(expected) > 50
    hits, _ = wl.new_hits(seed_tables, watches, {}, slice_units=1)
    pd.testing.assert_frame_equal(hits, expected, check_exact=True)
    text = wl.render_new_hits(hits, watches)
    assert text == wl.render_new_hits(wl.new_hits(seed_tables, watches, {})[0], watches)
