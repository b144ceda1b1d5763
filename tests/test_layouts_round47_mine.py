"""The forty-seventh round's rules of my own (outside the sets' fixers)."""

from __future__ import annotations

import pytest

from analysis.layouts import SourceHints, parse_text

_BODY = (
    "\n1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n2. Eventuelt\nBeslutning:\nIntet.\n"
)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Torsdag den 6. marts 2025 kl. 15.00 på rådhuset, mødelokale 2", "rådhuset, mødelokale 2"),
        (
            "Onsdag den 9. april 2025 kl. 16.30 på biblioteket, lokale 1.12, Torvet 3",
            "biblioteket, lokale 1.12, Torvet 3",
        ),
    ],
)
def test_a_house_in_lower_case_then_its_room_is_the_place(line: str, place: str) -> None:
    meeting = parse_text(f"Referat af møde i Ældrerådet\n{line}\n{_BODY}", SourceHints())
    assert meeting.location == place
    assert meeting.start_time is not None


def test_a_lower_case_word_and_a_comma_without_a_room_is_no_place() -> None:
    text = (
        "Referat af møde i Ældrerådet\nTorsdag den 6. marts 2025 kl. 15.00, bemærket, ikke mere\n"
    )
    assert parse_text(text + _BODY, SourceHints()).location is None


def test_a_region_named_only_in_a_table_page_s_footer_cell_owns_the_minutes() -> None:
    from analysis.read.html import read

    page = (
        "<html><head><title>Udvalg - Referat</title></head><body><table>"
        '<tr><td class="indhold"><p>Referat</p><h3>1 Godkendelse af dagsorden</h3>'
        "<h4>Beslutning</h4><p>Godkendt.</p></td></tr>"
        '<tr><td class="footer">Region Sjælland · Alléen 15 · 4180 Sorø</td></tr>'
        "</table></body></html>"
    )
    text = read(page.encode()).text
    assert text.rstrip().endswith("Region Sjælland · Alléen 15 · 4180 Sorø")


def test_a_region_s_site_trail_is_no_footer() -> None:
    from analysis.layouts.text import is_furniture

    assert is_furniture("Region Sjælland · Alléen 15 · 4180 Sorø · Tlf. 70 15 50 00")
    assert not is_furniture("Region Midtjylland · Politik · Møder")
    assert not is_furniture("Region Syddanmark · Udvalg for det nære sundhedsvæsen")


@pytest.mark.parametrize("label", ["Råd", "Udvalg", "Nævn", "Forum"])
def test_a_kind_of_body_alone_over_the_body_s_name_is_a_label(label: str) -> None:
    text = (
        f"## Ældrerådet 4. marts 2025\n\nReferat\n\n{label}\n\nÆldrerådet\n\n"
        "Mødedato: tirsdag 4. marts 2025 - 10:00\n\n"
        "Punkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
        "Punkt 2: Eventuelt\n\nBeslutning\n\nIntet.\n"
    )
    assert parse_text(text, SourceHints()).forum == "Ældrerådet"


@pytest.mark.parametrize("text", ["Taget tiul efterretning.", "Tages tl efterretning."])
def test_a_typo_in_the_preposition_of_til_efterretning_is_still_noted(text: str) -> None:
    # (the pattern held two backspace characters where word boundaries were meant, so it
    # never matched)
    from analysis.enrich.decisions import classify_decision

    assert [t for t, _ in classify_decision(text)] == ["noted"]


_SHORT = (
    "Referat af bestyrelsesmøde i Bjerre Lokalråd\n5. maj 2024 kl. 19.00\n\n"
    "1. Godkendelse af dagsorden: Godkendt.\n{gap}"
    "2. Byfest 2024: Festen holdes 24. august. Lone laver plakat.\n{gap}"
    "3. Eventuelt: Intet.\n\nReferent: Lone Holm\n"
)


@pytest.mark.parametrize("gap", ["", "\n"])
def test_two_outcomes_and_a_note_after_the_titles_colons_are_a_list_of_items(gap: str) -> None:
    meeting = parse_text(_SHORT.format(gap=gap), SourceHints())
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden",
        "Byfest 2024",
        "Eventuelt",
    ]
    decided = [next(s.text for s in i.sections if s.key == "beslutning") for i in meeting.items]
    assert decided[1].startswith("Festen holdes 24. august.")


def test_titles_with_a_colon_and_no_outcome_stay_whole() -> None:
    text = (
        "Dagsorden\n5. maj 2024\n\n1. Høring: Plan for stier\n"
        "2. Budget: Første behandling\n3. Eventuelt: Intet.\n"
    )
    titles = [i.title for i in parse_text(text, SourceHints()).items]
    assert "Høring: Plan for stier" in titles


def test_a_recommendation_s_third_point_loses_the_tie_with_item_3() -> None:
    text = (
        "Referat\nKultur- og Fritidsudvalget\nMødedato: 3. april 2024 kl. 16.00\n\n"
        "1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n"
        "2. Fordeling af puljemidler 2024\nIndstilling\nForvaltningen indstiller, at\n"
        "1. Bjerre IF tildeles 50.000 kr.\n2. Spejderne tildeles det søgte beløb.\n"
        "3. Musikforeningen gives afslag.\nBeslutning:\nIndstillingen blev godkendt.\n\n"
        "3. Eventuelt\nBeslutning:\nIntet.\n"
    )
    meeting = parse_text(text, SourceHints())
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Fordeling af puljemidler 2024"),
        (3, "Eventuelt"),
    ]


def test_a_list_point_is_any_line_under_two_numbered_one_and_two_less() -> None:
    from analysis.layouts.headings import Head, _tight_points

    heads = [Head(10, 1, "a"), Head(11, 2, "b"), Head(12, 3, "c"), Head(20, 3, "Eventuelt")]
    assert _tight_points(heads) == {id(heads[2])}
