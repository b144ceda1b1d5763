"""The forty-seventh round's rules for the informal notes of steering groups, project
groups, task forces and networks (layouts284): minutes pasted into a mail, Word memos saved
as text, intranet pages. Each rule's fixture is in ``tests/fixtures/layouts``; these tests
hold what each rule reads and what it must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.enrich import decisions
from analysis.layouts import header, text, unnumbered
from analysis.layouts.followup import states_outcome
from analysis.layouts.outcome_list import labelled_heading_outcomes
from analysis.parse import Line, to_lines


def _clean(source: str) -> list[str]:
    return [ln.clean for ln in labelled_heading_outcomes(to_lines(source)) if not ln.blank]


# --- a short item's labelled decision on its heading's line ------------------------------


@pytest.mark.parametrize(
    ("line", "heading", "labelled"),
    [
        (
            "1. Godkendelse af dagsorden – Beslutning: Godkendt.",
            "1. Godkendelse af dagsorden",
            "Beslutning: Godkendt.",
        ),
        ("Punkt 4 - Budget - Aftale: Udsat til maj.", "Punkt 4 - Budget", "Aftale: Udsat til maj."),
        ("#7 Eventuelt — Konklusion: Intet.", "#7 Eventuelt", "Konklusion: Intet."),
        (
            "3) Høring – Opfølgning: Taget til efterretning.",
            "3) Høring",
            "Opfølgning: Taget til efterretning.",
        ),
    ],
)
def test_labelled_decision_on_a_heading_line_goes_under_it(
    line: str, heading: str, labelled: str
) -> None:
    assert _clean(line) == [heading, labelled]


@pytest.mark.parametrize(
    "line",
    [
        # a follow-up as the title's own subtitle, no outcome stated
        "2. Ældreplan – Opfølgning: status på handleplanen",
        # no dash before the label: a title that names a decision
        "5. Beslutning: ny mødeplan",
        # a label inside prose, no numbered heading
        "Der blev orienteret – Beslutning: se bilag.",
        # a word that merely begins like a label
        "6. Budget – Beslutningsgrundlag: bilag 3",
    ],
)
def test_heading_lines_without_a_labelled_outcome_stay(line: str) -> None:
    assert _clean(line) == [line]


def test_labelled_heading_keeps_the_line_number_and_the_other_lines() -> None:
    lines = to_lines("1. Dagsorden – Beslutning: Godkendt.\n\n2. Status\nTekst.\n")
    out = labelled_heading_outcomes(lines)
    assert [(ln.index, ln.clean) for ln in out if not ln.blank] == [
        (0, "1. Dagsorden"),
        (0, "Beslutning: Godkendt."),
        (2, "2. Status"),
        (3, "Tekst."),
    ]
    assert labelled_heading_outcomes(to_lines("1. Dagsorden\n")) == to_lines("1. Dagsorden\n")


def test_states_outcome_reads_the_first_sentence() -> None:
    assert states_outcome("Taget til orientering. Jesper sender notatet rundt.")
    assert not states_outcome("status på handleplanen")


# --- the standing last item "Næste møde og eventuelt" --------------------------------------


@pytest.mark.parametrize(
    "title", ["Næste møde og eventuelt", "Næste møde & evt.", "Næste møde / eventuelt"]
)
def test_next_meeting_and_any_other_business_is_an_item(title: str) -> None:
    assert not unnumbered._not_item(title)


@pytest.mark.parametrize("title", ["Næste møde", "Næste møde: 4. juni", "Næste møde og dato"])
def test_next_meeting_alone_is_no_item(title: str) -> None:
    assert unnumbered._not_item(title)


# --- forum names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Tværgående netværk for unge uden job og uddannelse",
        "Task force for energibesparelser i kommunale bygninger",
        "Taskforcen for digital post",
    ],
)
def test_informal_bodies_named_by_a_long_task_look_like_bodies(name: str) -> None:
    assert header.looks_like_body(name)


def test_title_with_meeting_of_body_in_small_letters_names_the_body() -> None:
    m = header._TITLE_KIND_FIRST.match("Referat – møde i Sundhedsstyregruppen (KKR Syddanmark)")
    assert m is not None and header._lower_meeting_of_body(m)
    other = header._TITLE_KIND_FIRST.match("Referat – møde i går om budgettet")
    assert other is not None and not header._lower_meeting_of_body(other)


@pytest.mark.parametrize(
    ("forum", "body"),
    [
        ("Sundhedsstyregruppen (KKR Syddanmark)", "Sundhedsstyregruppen"),
        ("Styregruppen (Region Midtjylland)", "Styregruppen"),
        ("Følgegruppen (Aarhus Kommune)", "Følgegruppen"),
        # the body's own short name in brackets stays
        ("Hovedudvalget (HMU)", "Hovedudvalget (HMU)"),
        (
            "Dagtilbud Vestby (Mariehønen og Solsikken)",
            "Dagtilbud Vestby (Mariehønen og Solsikken)",
        ),
    ],
)
def test_organisation_in_brackets_after_a_body(forum: str, body: str) -> None:
    assert header._ORGANISATION_IN_BRACKETS.sub("", forum) == body


def test_owner_before_a_body_named_by_its_task() -> None:
    line = "Vejle Kommune Styregruppen for Bypark Vejle"
    assert header._FORUM_PREFIX.sub("", line) == "Styregruppen for Bypark Vejle"
    # (the owner before a mere sentence stays)
    assert (
        header._FORUM_PREFIX.sub("", "Vejle Kommune har holdt møde")
        == "Vejle Kommune har holdt møde"
    )


@pytest.mark.parametrize(
    ("forum", "kept"),
    [
        ("Styregruppen for Campus Horsens", ("Styregruppen for Campus Horsens", None)),
        ("Følgegruppen om Ny Bydel Vejle", ("Følgegruppen om Ny Bydel Vejle", None)),
        ("Ældrerådet Halsnæs", ("Ældrerådet", "Halsnæs")),
    ],
)
def test_town_closing_a_task_name_is_no_owner(forum: str, kept: tuple[str, str | None]) -> None:
    body, owner = header._owner_name_off(forum)
    assert (body, owner and owner.removesuffix(" Kommune")) == kept


# --- a memo's own date -----------------------------------------------------------------


_MEMO = """Vejle Kommune

NOTAT

Sagsnr.: 22/51007
Dato: 14. juni 2022
Sagsbehandler: Rasmus Toft

Referat af møde i Arbejdsgruppen om tosprogede børn

Mødet blev holdt onsdag den 8. juni 2022 kl. 13.00-14.30 i mødelokale 3, Skolegade 1.
"""


def test_memo_date_gives_way_to_the_sentence_dating_the_meeting() -> None:
    head = header.read_header(text.prepare(_MEMO), set(), set())
    assert head.date == dt.date(2022, 6, 8)
    assert head.letter_date == dt.date(2022, 6, 14)
    assert head.start_time == "13:00"


def test_date_field_without_reference_block_dates_the_meeting() -> None:
    source = "Referat\n\nDato: 14. juni 2022\n\nMødet blev holdt kl. 13.00 i mødelokale 3.\n"
    head = header.read_header(text.prepare(source), set(), set())
    assert head.date == dt.date(2022, 6, 14)
    assert head.letter_date is None


@pytest.mark.parametrize(
    ("line", "reference"),
    [("Sagsnr.: 22/51007", True), ("Sagsbehandler: Rasmus Toft", True), ("Sted: Rådhuset", False)],
)
def test_memo_reference_fields(line: str, reference: bool) -> None:
    lines = [Line(0, "Dato: 14. juni 2022", 0), Line(1, line, 0)]
    assert header._letter_reference(lines, 0, set()) is reference


# --- decision types --------------------------------------------------------------------


def _type(source: str, agreed: bool = False) -> str:
    return decisions.classify_decision(source, None, agreed)[0][0]


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("Forslaget sendes videre til Hoved-MED til høring.", "referred"),
        ("Sagen sendes til LokalMED til udtalelse.", "referred"),
        # out for consultation in the MED system, no body named to take the case on
        ("Sagen sendes til høring i LokalMED.", "other"),
    ],
)
def test_sent_on_to_a_med_committee_for_comments(source: str, kind: str) -> None:
    assert _type(source) == kind


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("Go-live fastholdes til 15. november 2021.", "decided"),
        ("Tidsplanen fastholdes.", "decided"),
        ("Styregruppen fastholder datoen for indflytning.", "decided"),
        ("Hun fastholdt sit ønske.", "other"),
        ("Udvalget fastholdt afslaget.", "rejected"),
    ],
)
def test_a_day_or_plan_kept_is_decided(source: str, kind: str) -> None:
    assert _type(source) == kind


@pytest.mark.parametrize(
    "source",
    [
        "Aftalerne fra sidst er fulgt op, resten følges op på næste møde.",
        "Opgaverne fra sidste møde er udført.",
        "Aktionspunkterne fra seneste møde er løst.",
    ],
)
def test_last_meetings_tasks_reported_done_are_noted(source: str) -> None:
    assert _type(source, agreed=True) == "noted"


def test_an_agreement_under_the_label_stays_decided() -> None:
    assert _type("Opgaverne fordeles mellem Bo og Lis.", agreed=True) == "decided"
