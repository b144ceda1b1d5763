"""Other forums and municipalities on the same agenda system: no code changes needed."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.parse import case_scheme, closed_title, parse_case_history, parse_minutes
from analysis.pipeline import parse_bytes

from .conftest import FIXTURES

FORUMS = FIXTURES / "forums"


def _tables(name: str):
    # The fixtures are Albertslund committees' minutes, which do not name the municipality:
    # their place in the raw folder says it (data/raw/<kommune>/…).
    folder = name.split("-")[0] if name.startswith("egedal") else "albertslund"
    result = parse_bytes((FORUMS / name).read_bytes(), f"{folder}/{name}")
    assert result.manifest["status"] == "ok", result.manifest["message"]
    assert result.manifest["coverage"] == 1.0
    return result.tables


def test_committee_header_forum_time_and_online_location() -> None:
    m = _tables("oekonomiudvalget-2024-03-05.txt")["meetings"].iloc[0]
    assert (m["forum"], m["municipality"], m["start_time"], m["location"]) == (
        "Økonomiudvalget",
        "Albertslund Kommune",
        "16:00",
        "Online (Teams)",
    )
    assert m["meeting_id"] == "oekonomiudvalget-2024-03-05"


def test_council_of_another_municipality() -> None:
    t = _tables("egedal-byraad-2024-03-12.txt")
    m = t["meetings"].iloc[0]
    assert (m["forum"], m["municipality"], m["start_time"]) == ("Byråd", "Egedal Kommune", "15:45")
    assert m["meeting_id"] == "egedal-byraad-2024-03-12"
    assert list(t["items"]["case_number"]) == ["17/46", "2024-012345", "24/1532"]


def test_wrapped_title_is_the_full_title_despite_truncated_toc() -> None:
    items = _tables("oekonomiudvalget-2024-03-05.txt")["items"]
    row = items.set_index("number").loc[2]
    assert row["title"] == (
        "Anlægsplan 2025-2028 med prioritering af vedligeholdelse af skoler og "
        "daginstitutioner i hele kommunen"
    )
    assert row["bodies"] == "ØU/KB" and row["toc_page"] == 3
    assert row["case_number"] == "EMN-2024-000587"


def test_section_name_variants_are_normalised() -> None:
    sections = _tables("oekonomiudvalget-2024-03-05.txt")["sections"]
    item2 = sections[sections["item_id"].str.endswith("-02")]
    assert list(item2["section"]) == [
        "resume",
        "sagsfremstilling",
        "sagsforloeb",
        "indstilling",
        "beslutning",
    ]
    assert list(item2["heading"]) == [
        "Sagens kerne",
        "Beskrivelse af sagen",
        "Sagsforløb",
        "Beslutningspunkter",
        "Beslutninger",
    ]


def test_det_indstilles_at_1_points() -> None:
    recs = _tables("oekonomiudvalget-2024-03-05.txt")["recommendations"]
    item2 = recs[recs["item_id"].str.endswith("-02")]
    assert list(item2["text"]) == [
        "at anlægsplanen anbefales over for Kommunalbestyrelsen",
        "at tidsplanen godkendes.",
    ]


def test_case_history_from_sagsforloeb() -> None:
    hist = _tables("oekonomiudvalget-2024-03-05.txt")["case_history"]
    assert list(hist["body"]) == ["Børne- og Skoleudvalget", "Miljø- og Teknikudvalget"]
    assert [d.date() for d in hist["date"]] == [dt.date(2024, 2, 20), dt.date(2024, 2, 21)]
    assert list(hist["item_number"]) == [4, 7]
    assert list(hist["decision"]) == ["Anbefales.", "Taget til efterretning."]


def test_closed_items() -> None:
    items = _tables("oekonomiudvalget-2024-03-05.txt")["items"].set_index("number")
    assert bool(items.loc[3, "closed"]) and items.loc[3, "title"] == "Køb af ejendom"
    assert not items.loc[2, "closed"]
    eg = _tables("egedal-byraad-2024-03-12.txt")["items"].set_index("number")
    assert bool(eg.loc[2, "closed"]) and eg.loc[2, "title"] == "Lukket punkt"


@pytest.mark.parametrize(
    ("number", "scheme"),
    [
        ("00.30.00-P00-7-23", "kle"),
        ("00.30.08-000-1-24", "kle"),
        ("EMN-2025-003383", "emn"),
        ("17/46", "serial/yy"),
        ("2024-012345", "yyyy-serial"),
        ("AB12-x", "other"),
        (None, None),
    ],
)
def test_case_scheme(number, scheme) -> None:
    assert case_scheme(number) == scheme


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Lukket: Køb af grund", ("Køb af grund", True)),
        ("Lukket punkt", ("Lukket punkt", True)),
        ("LUKKET - Personalesag", ("Personalesag", True)),
        ("Lukkede haver i byen", ("Lukkede haver i byen", False)),
    ],
)
def test_closed_title(title, expected) -> None:
    assert closed_title(title) == expected


def test_case_history_table_rows_and_prose() -> None:
    entries = parse_case_history(
        "Udvalg\tDato\tPunkt\tBeslutning\nØU\t03-10-2023\t5\tAnbefales\n"
        "Sagen har tidligere været behandlet."
    )
    assert [(e.body, e.date, e.item_number, e.decision) for e in entries] == [
        ("ØU", dt.date(2023, 10, 3), 5, "Anbefales")
    ]


def test_time_with_dot_and_unknown_markdown_heading_kept() -> None:
    text = (
        "REFERAT Børne- og Skoleudvalget d. 02-05-2024\n\nMødedato Torsdag d. 2. maj 2024 "
        "kl. 15.45\n\nMødested Lokale 2\n\nPunkt 1: Skolestruktur\n\n## Klima og bæredygtighed\n\n"
        "Ingen konsekvenser.\n\n## Beslutning\n\nGodkendt.\n"
    )
    m = parse_minutes(text)
    assert (m.forum, m.start_time) == ("Børne- og Skoleudvalget", "15:45")
    assert [(s.key, s.heading) for s in m.items[0].sections] == [
        ("klima_og_baeredygtighed", "Klima og bæredygtighed"),
        ("beslutning", "Beslutning"),
    ]
    assert m.coverage == 1.0


@pytest.mark.parametrize(
    "name", ["oekonomiudvalget-2024-03-05.txt", "egedal-byraad-2024-03-12.txt"]
)
@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_forum_variants_survive_pdf_and_html(name: str, fmt: str) -> None:
    """The committee/council variations give the same tables from their PDF and web forms."""
    from pandas.testing import assert_frame_equal

    from analysis.synth.render_html import render_html
    from analysis.synth.render_pdf import render_pdf

    text = (FORUMS / name).read_text(encoding="utf-8")
    data = render_pdf(text) if fmt == "pdf" else render_html(text, web_style=False)
    folder = name.split("-")[0] if name.startswith("egedal") else "albertslund"
    rendered = parse_bytes(data, f"{folder}/x.{fmt}")
    assert rendered.manifest["coverage"] == 1.0, rendered.manifest["message"]
    expected = _tables(name)
    for table in ("items", "sections", "recommendations", "case_history", "participants"):
        got = rendered.tables[table]
        assert_frame_equal(got, expected[table], check_dtype=False, obj=table)
    meeting = rendered.tables["meetings"].drop(
        columns=["source_file", "source_sha256", "source_format"]
    )
    assert_frame_equal(
        meeting,
        expected["meetings"].drop(columns=["source_file", "source_sha256", "source_format"]),
        check_dtype=False,
    )


def test_committee_decisions_and_positions_in_the_build(tmp_path) -> None:
    import shutil

    import analysis
    from analysis.build import build

    raw = tmp_path / "raw"
    shutil.copytree(FORUMS, raw)
    assert build(raw, tmp_path / "out", progress=False).exit_code == 0
    t = analysis.load(["items", "positions", "meetings"], processed_dir=tmp_path / "out")
    items = t["items"].set_index("item_id")
    row = items.loc["oekonomiudvalget-2024-03-05-02"]
    assert row["decision_type"] == "recommended"
    assert set(row["decision_types"].split(";")) >= {"recommended", "referred"}
    assert bool(row["followed_recommendation"])
    assert items.loc["egedal-byraad-2024-03-12-03", "decision_type"] == "noted"
    pos = t["positions"]
    got = set(
        zip(pos["item_id"], pos["actor"], pos["party"].fillna(""), pos["position"], strict=True)
    )
    assert got == {
        ("oekonomiudvalget-2024-03-05-02", "Ole Hansen", "V", "forbehold"),
        ("oekonomiudvalget-2024-03-05-02", "Pia Larsen", "Ø", "imod"),
        ("egedal-byraad-2024-03-12-03", "Hans Nielsen", "", "fraværende"),
    }
    assert set(t["meetings"]["forum"]) == {"Økonomiudvalget", "Byråd"}


def test_title_wrapped_over_three_lines_with_truncated_toc() -> None:
    text = (
        "REFERAT Økonomiudvalget d. 05-03-2024\n\nMødedato Tirsdag d. 5. marts 2024 kl. 16:00\n\n"
        "Indholdsfortegnelse\n\n"
        "ØU/KB - Meget lang titel om anlægsplan og vedligeholdelse af skoler.....\t3\n\n"
        "Punkt 1: ØU/KB - Meget lang titel om anlægsplan og\n"
        "vedligeholdelse af skoler og daginstitutioner samt\n"
        "idrætsanlæg i hele kommunen\n\nEMN-2024-000587\n\nBeslutninger\n\nGodkendt.\n"
    )
    m = parse_minutes(text, default_municipality="Albertslund Kommune")
    assert m.items[0].title == (
        "Meget lang titel om anlægsplan og vedligeholdelse af skoler og daginstitutioner "
        "samt idrætsanlæg i hele kommunen"
    )
    assert (m.items[0].case_number, m.items[0].toc_page, m.coverage) == ("EMN-2024-000587", 3, 1.0)
    assert m.warnings == []
