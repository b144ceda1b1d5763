"""Round thirty-six (layouts209: appeal, licensing and quasi-judicial boards: huslejenævn,
beboerklagenævn, bevillingsnævn, hegnsyn): small rules."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.enrich.decisions import (
    board_ruling,
    classify_decision,
    primary_decision_type,
    refusal_replaced,
)
from analysis.layouts.inline_case import leading_case, titles_over_cases
from analysis.layouts.outcome import lone_outcomes, outcome_line
from analysis.model import Item, Section
from analysis.parse import BodyRules, Line, heading_key


def _type(text: str, forum: str | None = None) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Sag ABN 2024-017 — Lejer mod udlejer (Havnegade)",
            ("Lejer mod udlejer (Havnegade)", "ABN 2024-017"),
        ),
        ("KLN 2019-04: Klage over støj – afd. 7", ("Klage over støj – afd. 7", "KLN 2019-04")),
        ("Hegnssag 2015-22 – Hæk mod sti, Vestervang", ("Hæk mod sti, Vestervang", "2015-22")),
        ("Klagesag 2015-03 (genoptagelse) – Nordby", ("Nordby", "2015-03")),
        ("Sag HN-2020-118 – Genoptagelse", ("Genoptagelse", "HN-2020-118")),
    ],
)
def test_board_case_leading_the_title(title: str, expected: tuple[str, str]) -> None:
    assert leading_case(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "2025-2028 – Budgetforslag for anlæg",  # a span of years, no word or letters before
        "ØU 2025-2028: Budgetforslag",  # a span of years after letters
        "Budget 2024-25 – første behandling",
        "Lokalplan 2021-12: Boliger ved havnen",  # no case's word, no board's letters
    ],
)
def test_no_board_case(title: str) -> None:
    assert leading_case(title) is None


def _lines(*texts: str) -> list[Line]:
    return [Line(k, t, 0) for k, t in enumerate(texts)]


def test_case_line_over_title_swapped() -> None:
    lines = _lines(
        "Huslejenævnet",
        "",
        "Sag nr. 14/2023",
        "Lejer mod udlejer A",
        "",
        "",
        "Sag nr. 9/2023 (genoptaget)",
        "SAGEN: Udlejer mod lejer",
        "",
    )
    text = "\n".join(ln.clean for ln in lines)
    out = [ln.clean for ln in titles_over_cases(lines, text)]
    assert out[2:4] == ["Lejer mod udlejer A", "Sagsnr.: 14/2023"]
    assert out[6:8] == ["Udlejer mod lejer", "Sagsnr.: 9/2023"]
    # the same lines in a committee's minutes: no board, left as they were
    other = [Line(0, "Kulturudvalget", 0), *lines[1:]]
    assert titles_over_cases(other, "\n".join(ln.clean for ln in other)) == other


def test_case_lines_in_capitals_over_titles() -> None:
    # an old print's capitals: "SAG NR. 23/2024", "J.NR. 09/0412"
    lines = _lines(
        "HUSLEJENÆVNET",
        "",
        "SAG NR. 14/2023",
        "Lejer mod udlejer A",
        "",
        "",
        "SAG NR. 9/2023",
        "SAGEN: Udlejer mod lejer",
        "",
        "",
        "J.NR. 23/0412",
        "Lejer mod udlejer B",
        "",
    )
    text = "\n".join(ln.clean for ln in lines)
    out = [ln.clean for ln in titles_over_cases(lines, text)]
    assert out[2:4] == ["Lejer mod udlejer A", "Sagsnr.: 14/2023"]
    assert out[6:8] == ["Udlejer mod lejer", "Sagsnr.: 9/2023"]
    assert out[10:12] == ["Lejer mod udlejer B", "J.NR. 23/0412"]


def test_case_line_under_a_heading_over_its_fields_stays() -> None:
    # "1. Title" / "Sagsnr.: 24/2210" / "Status: Åben": the case's fields, no title under it
    lines = _lines(
        "Huslejenævnet",
        "",
        "1. Godkendelse",
        "",
        "Sagsnr.: 24/2210",
        "Status: Åben",
        "",
        "2. Plan",
        "",
        "Sagsnr.: 24/2318",
        "Status: Åben",
        "",
    )
    text = "\n".join(ln.clean for ln in lines)
    assert titles_over_cases(lines, text) == lines


def test_numbers_counting_on_by_one_stay_item_numbers() -> None:
    # "Sag nr. 21/2025", "Sag nr. 22/2025": the items' own running numbers, headings
    lines = _lines(
        "Hegnsynet", "", "Sag nr. 21/2025", "Hæk i skel", "", "Sag nr. 22/2025", "Plankeværk", ""
    )
    text = "\n".join(ln.clean for ln in lines)
    assert titles_over_cases(lines, text) == lines


def test_bare_result_label_is_the_decision_heading_in_a_boards_minutes() -> None:
    board = BodyRules(meeting_date=dt.date(2022, 3, 7), forum="Beboerklagenævnet")
    assert heading_key(Line(0, "Resultat", 0), board) is not None
    # elsewhere a table's column head ("Resultat" over the figures of a budget)
    council = BodyRules(meeting_date=dt.date(2022, 3, 7), forum="Byrådet")
    assert heading_key(Line(0, "Resultat", 0), council) is None
    # "Referat" alone titles a document
    assert heading_key(Line(0, "Referat", 0), board) is None


def test_put_off_at_a_partys_request_is_an_outcome() -> None:
    assert outcome_line("Sagen blev udsat på parternes anmodning.")
    assert outcome_line("Sagen udsat efter klagers ønske.")
    # a case's history
    assert not outcome_line("Sagen blev udsat på mødet den 6. marts 2025.")


def _item(text: str) -> Item:
    return Item(
        1, "T", "T", None, False, None, None, None, (Section("tekst", "", text),), (), (), ()
    )


def test_outcome_under_the_case_fields() -> None:
    item = _item("Vedr.: Depositum\nSagens parter: A mod B\nSagen blev udsat på lejers anmodning.")
    (out,) = lone_outcomes([item])
    assert [s.key for s in out.sections] == ["tekst", "beslutning"]
    assert out.sections[1].text == "Sagen blev udsat på lejers anmodning."
    # a paragraph of the case's text above keeps the item as it was
    told = _item("Lejer har klaget.\nSagen blev udsat på lejers anmodning.")
    assert lone_outcomes([told]) == [told]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Klagen blev ikke taget til følge.", "rejected"),
        ("Nævnet meddeler A en advarsel, jf. husordenen.", "decided"),
        ("Nævnet meddelte lejer påbud om at fjerne cyklerne.", "decided"),
        ("Hegnsynet bestemmer, at hækken klippes til 1,5 m.", "decided"),
        ("Udlejer skal betale 4.200 kr. tilbage til lejer.", "decided"),
        ("Lejeren pålægges at rydde kælderrummet.", "decided"),
        ("Bevillingen fornys for 8 år.", "approved"),
        ("Alkoholbevillingen meddeles på vilkår om dørmænd.", "approved"),
        ("Bevillingen fornys ikke.", "rejected"),
        ("Sagen afsluttet ved forlig – nævnet har ikke truffet afgørelse.", "none"),
        ("Sagen tages op på næste møde, når politiet har afgivet udtalelse.", "postponed"),
    ],
)
def test_board_rulings(text: str, expected: str) -> None:
    assert _type(text) == expected


def test_ordered_party_not_ordered() -> None:
    assert _type("Udlejer skal ikke betale.") != "decided"


def test_board_text_under_its_ruling_heading_is_decided() -> None:
    assert board_ruling(["other"], "Huslejenævnet") == ["decided"]
    assert board_ruling(["other"], "Hegnsynet") == ["decided"]
    assert board_ruling(["other"], "Kultur- og Fritidsudvalget") == ["other"]
    assert board_ruling(["noted"], "Huslejenævnet") == ["noted"]


def test_refusal_with_the_boards_own_figure_is_decided() -> None:
    text = "Forhøjelsen kan ikke godkendes. Lejen fastsættes til kr. 5.100 pr. md."
    assert refusal_replaced(["rejected", "decided"], text) == ["decided"]
    assert refusal_replaced(["rejected", "decided"], "Ikke godkendt. Sagen genoptages.") == [
        "rejected",
        "decided",
    ]
