"""KLE journal numbers: parsing, titles (package CSV and KL's XML) and the items columns."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import shutil
from importlib import resources
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.enrich.kle import (
    CaseNumber,
    KleTitles,
    KleXmlError,
    expand_year,
    find_case_number,
    kle_columns,
    kle_main_group_labels,
    load_kle_titles,
    parse_case_number,
    title_for,
)

KLE_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "kle"

#: Every journal number in the seed corpus: (raw, kle_code, facet, serial, year).
SEED_NUMBERS = [
    ("00.01.00-A00-123-22", "00.01.00", "A00", 123, 2022),
    ("00.01.00-A00-21-23", "00.01.00", "A00", 21, 2023),
    ("00.01.00-A00-26-23", "00.01.00", "A00", 26, 2023),
    ("00.01.00-A21-2-21", "00.01.00", "A21", 2, 2021),
    ("00.01.00-P22-1-22", "00.01.00", "P22", 1, 2022),
    ("00.01.00-P22-3-23", "00.01.00", "P22", 3, 2023),
    ("00.01.00-P35-1-25", "00.01.00", "P35", 1, 2025),
    ("00.01.00-P35-7-22", "00.01.00", "P35", 7, 2022),
    ("00.01.00-P35-7-23", "00.01.00", "P35", 7, 2023),
    ("00.01.00-P35-9-22", "00.01.00", "P35", 9, 2022),
    ("00.15.00-A21-2-25", "00.15.00", "A21", 2, 2025),
    ("00.15.10-P35-2-23", "00.15.10", "P35", 2, 2023),
    ("00.30.00-P00-4-24", "00.30.00", "P00", 4, 2024),
    ("00.30.00-P00-5-21", "00.30.00", "P00", 5, 2021),
    ("00.30.00-P00-7-23", "00.30.00", "P00", 7, 2023),
    ("00.30.08-000-1-24", "00.30.08", "000", 1, 2024),
    ("00.30.14-S00-4-25", "00.30.14", "S00", 4, 2025),
    ("27.00.00-A00-17-24", "27.00.00", "A00", 17, 2024),
    ("28.00.00-P22-1-23", "28.00.00", "P22", 1, 2023),
    ("54.00.00-A00-2-21", "54.00.00", "A00", 2, 2021),
    ("81.04.00-A00-3-21", "81.04.00", "A00", 3, 2021),
    ("81.38.04-P35-1-25", "81.38.04", "P35", 1, 2025),
    ("81.39.15-A00-1-22", "81.39.15", "A00", 1, 2022),
    ("83.02.00-A00-1-23", "83.02.00", "A00", 1, 2023),
]


# --- parsing --------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "code", "facet", "serial", "year"), SEED_NUMBERS)
def test_parse_seed_numbers(raw: str, code: str, facet: str, serial: int, year: int) -> None:
    case = parse_case_number(raw, current_year=2026)
    assert case == CaseNumber(
        raw=raw,
        kle_code=code,
        main_group=code[:2],
        group=code[:5],
        subject=code,
        facet=facet,
        serial=serial,
        year=year,
        scheme="kle",
    )


def test_seed_list_is_every_number_in_the_seed_corpus(raw_dir: Path) -> None:
    found = set()
    for path in sorted(p for p in raw_dir.rglob("*") if p.is_file()):
        for line in path.read_text(encoding="utf-8").splitlines():
            number = find_case_number(line)
            if number:
                assert parse_case_number(number) is not None
                found.add(number)
    assert found == {row[0] for row in SEED_NUMBERS}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  00.30.00-P00-7-23\n", ("00.30.00-P00-7-23", "00.30.00", "P00", 7, 2023)),
        ("\u00a000.30.00-P00-7-23\u00a0", ("00.30.00-P00-7-23", "00.30.00", "P00", 7, 2023)),
        ("00.30.14–S00–4–25", ("00.30.14–S00–4–25", "00.30.14", "S00", 4, 2025)),
        ("00.30.14—S00—4—25", ("00.30.14—S00—4—25", "00.30.14", "S00", 4, 2025)),
        ("00.30.14\u2212S00\u22124\u221225", (None, "00.30.14", "S00", 4, 2025)),
        ("00.01.00 - A00 - 123 - 22", ("00.01.00 - A00 - 123 - 22", "00.01.00", "A00", 123, 2022)),
        ("00.01.00-A00-123-2022", ("00.01.00-A00-123-2022", "00.01.00", "A00", 123, 2022)),
        ("00.01.00-A00-007-22", ("00.01.00-A00-007-22", "00.01.00", "A00", 7, 2022)),
        ("81.38.04-Æ12-1-99", ("81.38.04-Æ12-1-99", "81.38.04", "Æ12", 1, 1999)),
    ],
)
def test_parse_tolerates(text: str, expected: tuple) -> None:
    raw, code, facet, serial, year = expected
    case = parse_case_number(text, current_year=2026)
    assert case is not None
    assert case.raw == (raw if raw is not None else text)
    assert (case.kle_code, case.facet, case.serial, case.year) == (code, facet, serial, year)


@pytest.mark.parametrize(
    "text",
    [
        "EMN-2025-003383",
        "17/46",
        "2024-012345",
        "",
        "   ",
        "Godkendt",
        "30.04.2025",
        "30.04.2025 Dagsorden KommuneMED",
        "0.30.00-P00-7-23",  # missing leading zero: which digit was lost is unknown
        "00.3.00-P00-7-23",
        "00.30-P00-7-23",
        "00.30.00-P0-7-23",
        "00.30.00-p00-7-23",
        "00.30.00-P00-7-2",
        "00.30.00-P00-7-223",
        "00.30.00-P00-7-3023",
        "00.30.00-P00--23",
        "00.30.00.P00.7.23",
        "00.30.00-P00-7-23 Budget",
        "Sag 00.30.00-P00-7-23",
        "00.30.00-P00-7-23-1",
    ],
)
def test_parse_rejects_non_kle(text: str) -> None:
    assert parse_case_number(text) is None


@pytest.mark.parametrize("value", [None, 17, float("nan"), pd.NA])
def test_parse_and_find_reject_non_strings(value: object) -> None:
    assert parse_case_number(value) is None  # type: ignore[arg-type]
    assert find_case_number(value) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("yy", "current", "expected"),
    [
        (23, 2026, 2023),
        (26, 2026, 2026),
        (27, 2026, 2027),  # next year's cases may already be numbered
        (28, 2026, 1928),
        (99, 2026, 1999),
        (0, 2026, 2000),
        (99, 2099, 2099),
        (2023, 2026, 2023),
        (1998, 2026, 1998),
    ],
)
def test_expand_year(yy: int, current: int, expected: int) -> None:
    assert expand_year(yy, current) == expected


def test_parse_year_uses_current_year() -> None:
    assert parse_case_number("00.01.00-A00-1-27", current_year=2026).year == 2027
    assert parse_case_number("00.01.00-A00-1-27", current_year=2025).year == 1927
    assert parse_case_number("00.01.00-A00-1-21").year == 2021  # today's clock


def test_case_number_is_frozen() -> None:
    case = parse_case_number("00.30.00-P00-7-23")
    with pytest.raises(dataclasses.FrozenInstanceError):
        case.serial = 8  # type: ignore[misc]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("00.30.00-P00-7-23", "00.30.00-P00-7-23"),
        ("Sagsnr.: 00.30.00-P00-7-23", "00.30.00-P00-7-23"),
        ("Sag (00.30.14–S00–4–25).", "00.30.14–S00–4–25"),
        ("**00.01.00-A00-123-22**", "00.01.00-A00-123-22"),
        ("se 00.01.00-A21-2-21 og 00.30.00-P00-5-21", "00.01.00-A21-2-21"),
        ("30.04.2025 Dagsorden KommuneMED", None),
        ("EMN-2025-003383", None),
        ("Sagsnr.: 17/46", None),
        ("x00.30.00-P00-7-23", None),
        ("100.30.00-P00-7-23", None),
        ("1.00.30.00-P00-7-23", None),
        ("00.30.00-P00-7-234", None),
        ("00.30.00-P00-7-23-5", None),
        ("00.30.00-P00-7-23.5", None),
        ("Punkt 1: CF - Godkendelse af dagsorden og referat", None),
        ("", None),
    ],
)
def test_find_case_number(line: str, expected: str | None) -> None:
    found = find_case_number(line)
    assert found == expected
    if found:
        assert parse_case_number(found) is not None


_parts = st.tuples(
    st.integers(0, 99),
    st.integers(0, 99),
    st.integers(0, 99),
    st.sampled_from(["A00", "A21", "P35", "S00", "000", "K07"]),
    st.integers(1, 99999),
    st.integers(0, 99),
    st.sampled_from(["-", "–", " - "]),
)


@given(_parts)
def test_parse_round_trips_formatted_parts(parts: tuple) -> None:
    m, g, s, facet, serial, yy, dash = parts
    text = dash.join([f"{m:02d}.{g:02d}.{s:02d}", facet, str(serial), f"{yy:02d}"])
    case = parse_case_number(text, current_year=2026)
    assert case is not None
    assert case.kle_code == f"{m:02d}.{g:02d}.{s:02d}"
    assert case.group == case.kle_code[:5] and case.main_group == case.kle_code[:2]
    assert (case.facet, case.serial, case.year) == (facet, serial, expand_year(yy, 2026))
    assert find_case_number(f"Sagsnr.: {text}.") == text


@given(st.text(max_size=40))
def test_parse_never_raises(text: str) -> None:
    case = parse_case_number(text)
    assert case is None or case.scheme == "kle"
    found = find_case_number(text)
    assert found is None or found in text


# --- titles ---------------------------------------------------------------------------------


PACKAGE_SOURCES = ["package:data/kle_main_groups.csv", "package:data/kle_titles.csv"]
REALWORLD_TITLES = Path("/work/shared/realworld/titles.csv")


def _main_group_rows() -> list[dict[str, str]]:
    text = resources.files("analysis").joinpath("data/kle_main_groups.csv").read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_main_group_list_is_well_formed_and_agrees_with_kle_titles() -> None:
    rows = _main_group_rows()
    codes = [r["code"] for r in rows]
    assert codes == sorted(set(codes)) and all(re.fullmatch(r"[0-9]{2}", c) for c in codes)
    assert all(
        r["title"].strip() and r["source"] in {"kle_titles", "unverified", "KLE-Emneplan"}
        for r in rows
    )
    # every main group of kle_titles.csv is listed, with the same title
    sub = [
        r
        for r in csv.DictReader(
            io.StringIO(
                resources.files("analysis").joinpath("data/kle_titles.csv").read_text("utf-8")
            )
        )
        if r["level"] == "1"
    ]
    listed = {r["code"]: r["title"] for r in rows}
    assert {r["code"]: r["title"] for r in sub}.items() <= listed.items()


def test_every_main_group_of_the_seeds_has_a_title(seed_tables) -> None:
    items = seed_tables["items"]
    used = set(items["kle_main_group"].dropna())
    assert "83" in used  # Rådhusets telefontider, 83.02.00-A00-1-23
    assert not used - set(kle_main_group_labels(load_kle_titles()))
    with_group = items["kle_main_group"].notna()
    assert items.loc[with_group, "kle_main_group_title"].notna().all()


def test_every_main_group_of_the_realworld_titles_has_a_title() -> None:
    if not REALWORLD_TITLES.exists():
        pytest.skip("no /work/shared/realworld/titles.csv")
    with REALWORLD_TITLES.open(encoding="utf-8") as f:
        used = {r["kle_main_group"] for r in csv.DictReader(f)} - {"?", ""}
    assert used and not used - set(kle_main_group_labels(load_kle_titles()))


def test_package_csv_titles() -> None:
    titles = load_kle_titles()
    assert len(titles.codes) == 2217 + 1  # kle_titles.csv and main group 83
    assert titles.codes["00"] == "Kommunens styrelse"
    assert titles.codes["00.30.08"] == "Anlægsbudgetter"
    assert titles.facets == {"A00": "Organisering mv. i almindelighed"}
    assert titles.retired == set()
    assert titles.sources == PACKAGE_SOURCES


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("81.38.04", ("Hovedsamarbejdsudvalg", "81.38.04")),
        ("00.15.10", ("Administrativ organisering", "00.15")),  # unknown subject -> group
        ("00.30.14", ("Kommunens styrelse", "00")),  # unknown subject and group -> main
        ("00.30", ("Kommunens styrelse", "00")),
        ("54.00.00", ("Uddannelse", "54")),
        ("00", ("Kommunens styrelse", "00")),
        ("83.02.00", ("Kommunens kontorhold", "83")),  # from kle_main_groups.csv
        ("", (None, None)),
        (None, (None, None)),
    ],
)
def test_title_for_walks_up_to_known_parent(code: str | None, expected: tuple) -> None:
    assert title_for(code, load_kle_titles()) == expected


def test_main_group_labels() -> None:
    labels = kle_main_group_labels(load_kle_titles())
    assert len(labels) == 36
    assert labels["00"] == "Kommunens styrelse"
    assert list(labels) == sorted(labels)
    assert all(len(code) == 2 for code in labels)


def test_missing_or_empty_external_dir_uses_package_csv(tmp_path: Path) -> None:
    base = load_kle_titles()
    assert load_kle_titles(tmp_path / "nope") == base
    assert load_kle_titles(tmp_path) == base


def test_xml_titles_with_namespaces_and_retired_codes() -> None:
    titles = load_kle_titles(KLE_FIXTURES)
    # Emneplan, default namespace: XML wins over the CSV ...
    assert titles.codes["00"] == "Kommunens styrelse (XML)"
    assert titles.codes["00.30"] == "Kommunens økonomiske forvaltning (XML)"
    assert titles.codes["00.30.00"] == "Budget i almindelighed (XML)"
    assert titles.codes["00.30.14"] == "Budgetopfølgning (XML)"  # whitespace collapsed
    assert titles.codes["83"] == "Hovedgruppe 83 (XML)"
    # ... and the CSV still titles codes the XML lacks.
    assert titles.codes["81.38.04"] == "Hovedsamarbejdsudvalg"
    assert titles.codes["00.30.08"] == "Anlægsbudgetter"
    # Retired codes keep their titles; a retired group does not retire its subjects.
    assert titles.codes["00.30.99"] == "Udgået budgetemne (XML)"
    assert titles.codes["00.98"] == "Udgået gruppe (XML)"
    assert titles.retired == {"00.30.99", "00.98", "P99"}
    # Handlingsfacetter, prefixed namespace, Latin-1.
    assert titles.facets == {
        "A00": "Organisering mv. i almindelighed",
        "A21": "Møder (XML)",
        "P00": "Planer i almindelighed (XML)",
        "P99": "Udgået facet (XML)",
    }
    assert titles.sources == [
        *PACKAGE_SOURCES,
        str(KLE_FIXTURES / "emneplan.xml"),
        str(KLE_FIXTURES / "handlingsfacetter.xml"),
    ]
    assert title_for("00.30.14", titles) == ("Budgetopfølgning (XML)", "00.30.14")
    assert title_for("83.02.00", titles) == ("Hovedgruppe 83 (XML)", "83")


def test_xml_kind_is_detected_by_content_not_name(tmp_path: Path) -> None:
    shutil.copy(KLE_FIXTURES / "emneplan.xml", tmp_path / "zz_facets.xml")
    shutil.copy(KLE_FIXTURES / "handlingsfacetter.xml", tmp_path / "aa_emneplan.xml")
    (tmp_path / "notes.txt").write_text("not xml", encoding="utf-8")
    titles = load_kle_titles(tmp_path)
    assert titles.codes["00.30.14"] == "Budgetopfølgning (XML)"
    assert titles.facets["P00"] == "Planer i almindelighed (XML)"


def test_only_a_facets_file_keeps_csv_codes(tmp_path: Path) -> None:
    shutil.copy(KLE_FIXTURES / "handlingsfacetter.xml", tmp_path / "facets.xml")
    titles = load_kle_titles(tmp_path)
    assert titles.codes == load_kle_titles().codes
    assert titles.facets["A21"] == "Møder (XML)"


def test_malformed_xml_names_the_file() -> None:
    with pytest.raises(KleXmlError, match=r"broken\.xml.*not well-formed"):
        load_kle_titles(KLE_FIXTURES / "malformed")
    assert issubclass(KleXmlError, ValueError)


def test_invalid_code_in_xml_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "plan.xml").write_text(
        "<KLE-Emneplan><Hovedgruppe><HovedgruppeNr>0</HovedgruppeNr>"
        "<HovedgruppeTitel>X</HovedgruppeTitel></Hovedgruppe></KLE-Emneplan>",
        encoding="utf-8",
    )
    with pytest.raises(KleXmlError, match=r"plan\.xml.*HovedgruppeNr"):
        load_kle_titles(tmp_path)


def test_unrelated_xml_is_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "other.xml").write_text("<root><a>1</a></root>", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"other\.xml"):
        titles = load_kle_titles(tmp_path)
    assert titles == load_kle_titles()


# --- items columns --------------------------------------------------------------------------

COLUMNS = [
    "item_id",
    "case_scheme",
    "kle_code",
    "kle_main_group",
    "kle_main_group_title",
    "kle_group",
    "kle_group_title",
    "kle_title",
    "kle_title_code",
    "facet",
    "facet_title",
    "case_serial",
    "case_year",
]


def _items() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "item_id": pd.array(["m1-1", "m1-2", "m1-3"], dtype="string"),
            "title": ["Budget", "Eventuelt", "Sag"],
            "case_number": pd.array(["00.30.14-S00-4-25", None, "81.39.15-A00-1-22"], "string"),
        },
        index=[10, 4, 7],
    )


def test_kle_columns_three_rows() -> None:
    items = _items()
    before = items.copy(deep=True)
    out = kle_columns(items)
    pd.testing.assert_frame_equal(items, before)  # input not mutated
    assert out is not items
    assert list(out.columns) == COLUMNS
    assert list(out.index) == [10, 4, 7]
    assert list(out["item_id"]) == ["m1-1", "m1-2", "m1-3"]
    first = out.loc[10].to_dict()
    assert pd.isna(first.pop("facet_title"))  # S00 has no known title
    assert first == {
        "item_id": "m1-1",
        "case_scheme": "kle",
        "kle_code": "00.30.14",
        "kle_main_group": "00",
        "kle_main_group_title": "Kommunens styrelse",
        "kle_group": "00.30",
        "kle_group_title": "Kommunens styrelse",  # group 00.30 unknown -> main group
        "kle_title": "Kommunens styrelse",
        "kle_title_code": "00",  # shows that a parent's title was used
        "facet": "S00",
        "case_serial": 4,
        "case_year": 2025,
    }
    assert out.loc[4].drop("item_id").isna().all()
    third = out.loc[7]
    assert (third["kle_title"], third["kle_title_code"]) == ("Intern uddannelse", "81.39.15")
    assert third["kle_group_title"] == "Uddannelse af personale og folkevalgte"
    assert third["facet_title"] == "Organisering mv. i almindelighed"
    dtypes = {c: str(t) for c, t in out.dtypes.items()}
    assert dtypes.pop("case_serial") == dtypes.pop("case_year") == "Int64"
    assert set(dtypes.values()) == {"string"}


def test_kle_columns_with_xml_titles_and_other_schemes() -> None:
    items = pd.DataFrame(
        {
            "item_id": [1, 2, 3, 4],
            "case_number": ["00.30.00-P00-7-23", "EMN-2025-003383", float("nan"), " 17/46 "],
        }
    )
    out = kle_columns(items, load_kle_titles(KLE_FIXTURES))
    assert out.loc[0, "kle_title"] == "Budget i almindelighed (XML)"
    assert out.loc[0, "kle_group_title"] == "Kommunens økonomiske forvaltning (XML)"
    assert out.loc[0, "facet_title"] == "Planer i almindelighed (XML)"
    assert out.loc[1:, ["case_scheme", "kle_code", "case_year"]].isna().all().all()


def test_kle_columns_on_seed_items() -> None:
    items = pd.read_csv(
        Path(__file__).resolve().parent / "fixtures" / "seed_items.csv",
        dtype={"case_number": "string"},
    )
    out = kle_columns(items)
    assert "item_id" not in out.columns  # copied only when present
    assert (out["case_scheme"] == "kle").all()
    odd = out[items["case_number"] == "00.30.08-000-1-24"].iloc[0]
    assert (odd["facet"], odd["kle_title"]) == ("000", "Anlægsbudgetter")
    assert pd.isna(odd["facet_title"])
    assert out["case_year"].between(2021, 2025).all()


def test_kle_columns_empty_and_missing_column() -> None:
    empty = pd.DataFrame({"item_id": pd.Series([], dtype="string"), "case_number": []})
    out = kle_columns(empty, KleTitles())
    assert list(out.columns) == COLUMNS and len(out) == 0
    with pytest.raises(KeyError, match="case_number"):
        kle_columns(pd.DataFrame({"item_id": [1]}))
