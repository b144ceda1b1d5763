"""Twenty-fifth round (layouts113: minutes as conversion tools leave them, pandoc,
markitdown, docling, LibreOffice's text export): the small rules."""

from __future__ import annotations

import pytest

from analysis.layouts.field_row import field_rows
from analysis.layouts.header import _TITLE_KIND_FIRST
from analysis.layouts.outcome import outcome_line
from analysis.parse import kind_first_title, strip_markdown


@pytest.mark.parametrize(
    "line",
    [
        # a passive outcome, then the reason after a comma ("da", "idet", "fordi")
        "Ansøgningen blev afvist, da den kom efter fristen. Foreningen kan søge igen.",
        "Tilskuddet blev godkendt, idet klubben har dokumenteret udgifterne.",
        "Forslaget blev ikke vedtaget, fordi der ikke var flertal.",
    ],
)
def test_a_passive_outcome_with_its_reason_is_an_outcome(line: str) -> None:
    assert outcome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # background: the reason clause without a passive outcome before it
        "Foreningen søger igen, da den forrige ansøgning kom for sent.",
        "Sagen blev behandlet, da rådet mødtes i marts.",
    ],
)
def test_a_reason_clause_alone_is_no_outcome(line: str) -> None:
    assert not outcome_line(line)


def test_pandocs_two_hyphens_part_the_kind_from_the_body() -> None:
    m = kind_first_title("Referat -- Handicaprådet")
    assert m is not None and m.group("forum") == "Handicaprådet"
    title = _TITLE_KIND_FIRST.match("Dagsorden -- Ældrerådet")
    assert title is not None and title.group("forum") == "Ældrerådet"


def test_pandocs_hard_line_break_is_no_part_of_the_line() -> None:
    assert strip_markdown("Sted: Rådhuset, lokale 4\\") == "Sted: Rådhuset, lokale 4"
    # an escaped backslash closing the line stays one backslash
    assert strip_markdown("Sti: C:\\\\") == "Sti: C:\\"


def test_a_field_box_with_colons_and_a_case_column_is_the_items_fields() -> None:
    text = (
        "| Sagsnr.:   | Dokumentnr.:   | Sagsbehandler:   |\n"
        "|------------|----------------|------------------|\n"
        "| 25/2207    | 25/61001       | Pia Lund         |\n"
    )
    assert field_rows(text).split("\n") == [
        "Sagsnr.: 25/2207",
        "Dokumentnr.: 25/61001",
        "Sagsbehandler: Pia Lund",
        "",
    ]
    # no case number in the case column, or no case column: another kind of table
    titles = "| Sag: | Ansvarlig: |\n|---|---|\n| Budget | Pia Lund |\n"
    assert field_rows(titles) == titles
    people = "| Navn: | Rolle: |\n|---|---|\n| Pia Lund | Formand |\n"
    assert field_rows(people) == people


@pytest.mark.parametrize(
    ("decision", "proposals", "primary"),
    [
        # the decision restates the proposal in its own words: adopted as put
        (
            "Model B sendes i høring. Ib Lund (V) tog forbehold.",
            ["at model B sendes i høring."],
            "approved",
        ),  # noqa: E501
        (
            "Skitseforslaget sendes til borgermøde.",
            ["at skitseforslaget sendes til borgermøde"],
            "approved",
        ),  # noqa: E501
        # other words than the proposal's, or a type of its own: as before
        ("Model A sendes i høring.", ["at model B sendes i høring."], "other"),
        ("Taget til efterretning.", ["at orienteringen tages til efterretning."], "noted"),
    ],
)
def test_a_decision_restating_the_proposal_is_approved(
    decision: str, proposals: list[str], primary: str
) -> None:
    from analysis.enrich.decisions import item_decision_rows

    rows = item_decision_rows("x-01", [("beslutning", decision)], proposals)
    assert rows["summary"][0][1] == primary
