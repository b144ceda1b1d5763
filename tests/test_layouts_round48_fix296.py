"""Round 48 (layouts296): leadership forums' wiki and note-tool minutes exported as Markdown."""

from __future__ import annotations

from analysis import municipalities, parse
from analysis.enrich import decisions
from analysis.layouts import header
from analysis.parse import parse_minutes


def _forum(title: str) -> str | None:
    head = header.read_header(parse.to_lines(f"{title}\n\nDato: 3. marts 2024\n"), set(), set())
    return head.forum


def test_a_title_dates_the_minutes_in_iso_form_or_in_words_after_the_kind() -> None:
    assert _forum("Styregruppen – referat 2024-03-03") == "Styregruppen"
    assert _forum("Chefgruppen – Referat af møde 3. marts 2024") == "Chefgruppen"


def test_a_leadership_named_by_its_level_takes_its_area_after_it() -> None:
    assert header.looks_like_body("Områdeledelsen Kultur og Fritid")
    assert header.looks_like_body("Centerledelsen Job, Social og Sundhed")
    assert not header.looks_like_body("Ledelsen")


def test_a_kind_first_title_takes_the_date_after_a_mere_space() -> None:
    assert _forum("Beslutningslog – Chefforum 03.03.2024") == "Chefforum"


def test_a_meetings_running_number_in_brackets_is_no_part_of_the_body() -> None:
    text = "Møde: Koncernledelsen (KL-møde nr. 7)\nDato: 3. marts 2024\n"
    assert header.read_header(parse.to_lines(text), set(), set()).forum == "Koncernledelsen"
    assert header._NUMBERED_IN_BRACKETS.search("Chefgruppen (3. møde)")


def test_a_task_list_under_the_outcome_is_no_part_of_the_decision() -> None:
    text = "Drøftet.\n\n- [ ] Opfølgning: notat – @Per\n- [x] Tallene sendes til Hoved-MED – @Eva"
    assert decisions.classify_decision(text) == [("discussed", "Drøftet")]
    assert decisions._without_tasks(text) == "Drøftet."
    # the outcome as ticked options, or a lead-in over the list, stays as it is
    options = "- [ ] Godkendt\n- [x] Udsat"
    assert decisions._without_tasks(options) == options
    led = "Direktionen besluttede:\n- [x] at sende sagen videre"
    assert decisions._without_tasks(led) == led


def test_a_proposal_turned_down_with_another_outcome_in_its_place_stays_rejected() -> None:
    text = "Forslaget blev ikke godkendt; i stedet anbefales kortere møder."
    assert [t for t, _ in decisions.classify_decision(text, "Direktionen")][0] == "rejected"
    amendment = "Ændringsforslaget blev forkastet. I stedet blev indstillingen godkendt."
    assert [t for t, _ in decisions.classify_decision(amendment)] == ["approved"]


def test_a_noted_report_put_before_a_committee_is_no_referral() -> None:
    noted = "Taget til efterretning. Rapporten forelægges Teknisk Udvalg i maj."
    assert [t for t, _ in decisions.classify_decision(noted, "Direktionen")] == ["noted"]
    case = "Taget til efterretning. Sagen forelægges Økonomiudvalget."
    assert "referred" in [t for t, _ in decisions.classify_decision(case, "Direktionen")]


def test_a_bare_case_line_after_the_items_paragraph_is_its_case() -> None:
    text = (
        "Referat\n\nChefgruppen\n\nDato: 3. marts 2024\n\n## 1. Trafik\n\n"
        "Vejene er slidte. Der er ingen penge.\n\nSag: 24/3311\n\n**Beslutning:** Drøftet.\n"
    )
    assert parse_minutes(text).items[0].case_number == "24/3311"
    assert parse._BARE_CASE_FIELD.match("Sag: 00.01.00-A00-3-24")
    assert not parse._BARE_CASE_FIELD.match("Sag: Budget 2024")


def test_a_regions_house_by_its_town_names_the_region() -> None:
    assert municipalities.region_of_house("Regionshuset Viborg, lokale D3") == "Region Midtjylland"
    assert (
        municipalities.region_of_house("Regionshuset, Damhaven 12, 7100 Vejle")
        == "Region Syddanmark"
    )
    assert municipalities.region_of_house("Rådhuset, Viborg") is None
    assert municipalities.region_of_house(None) is None
