"""Round thirty-eight (layouts220: recommendations and decisions in several parts, decisions
by reference, conditions and per-party positions): small rules."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.enrich.decisions import classify_decision, point_led, primary_decision_type
from analysis.layouts import parse_text
from analysis.layouts.ruled import underlined_titles
from analysis.layouts.trailing_number import trailing_numbers
from analysis.parse import match_case_number


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("line", "date", "start"),
    [
        ("Torsdag d. 03-11-16 kl. 9.30-12.00", dt.date(2016, 11, 3), "09:30"),
        ("Referat af møde 21-01-19 kl. 19.00 i klubhuset", dt.date(2019, 1, 21), "19:00"),
    ],
)
def test_a_short_year_date_parted_by_dashes_under_the_title(
    line: str, date: dt.date, start: str
) -> None:
    text = (
        f"Seniorrådet\n\nREFERAT\n{line}\n\nPkt. 1/16  Godkendelse af dagsorden\n"
        "Referat: Godkendt.\n\nPkt. 2/16  Eventuelt\nReferat: Intet.\n"
    )
    meeting = parse_text(text)
    assert (meeting.date, meeting.start_time) == (date, start)


def test_a_case_systems_case_line_without_a_colon() -> None:
    assert match_case_number("Acadre sag 09/12883") == "09/12883"
    assert match_case_number("SBSYS sag 24/117") == "24/117"
    assert match_case_number("Acadre sag blev lukket") is None
    assert match_case_number("Ny sag 24/117") is None


def test_a_title_and_its_case_line_underlined_as_one_block() -> None:
    rule = "-" * 40
    text = (
        f"Referat\n\nGodkendelse af dagsorden\n{rule}\nAfgørelse:\nGodkendt.\n\n"
        f"Skolernes ferieplan\nAcadre sag 11/20817\n{rule}\nAfgørelse:\nGodkendt.\n\n"
        f"Meddelelser\n{rule}\nAfgørelse:\nTaget til efterretning.\n\n"
        f"Eventuelt\n{rule}\nAfgørelse:\nIntet.\n"
    )
    out = underlined_titles(text)
    assert "## Skolernes ferieplan\nAcadre sag 11/20817\n" in out
    assert "## Godkendelse af dagsorden\n" in out and "## Eventuelt\n" in out
    # a line of prose over the case line is no title
    prose = text.replace("Skolernes ferieplan\n", "Skolerne har drøftet planen.\n")
    assert "## Skolerne har" not in underlined_titles(prose)


def test_a_web_pages_number_badge_after_the_title() -> None:
    text = (
        "## Godkendelse af dagsorden Pkt. 1\n\nGodkendt.\n\n"
        "## Trafikplan 2025 PKT. 2\n\nTekst.\n\n## Eventuelt Punkt 3\n\nIntet.\n"
    )
    out = trailing_numbers(text)
    assert "## 1. Godkendelse af dagsorden\n" in out
    assert "## 2. Trafikplan 2025\n" in out and "## 3. Eventuelt\n" in out
    # one heading so numbered, numbers that do not rise, or the number above: as it was
    alone = "## Godkendelse af dagsorden Pkt. 1\n\nGodkendt.\n"
    assert trailing_numbers(alone) == alone
    falling = text.replace("Pkt. 1", "Pkt. 4")
    assert trailing_numbers(falling) == falling
    above = "1.\n\n" + text.replace("## Trafik", "2.\n\n## Trafik")
    assert "## Godkendelse af dagsorden Pkt. 1" in trailing_numbers(above)
    # words that lead to the number label it, no title before it
    for lead in ("Ad dagsordenens", "Oqaluuserisassaq 1 /", "Sagens"):
        labels = f"## {lead} punkt 1\n\n## Budget\n\nTekst.\n\n## {lead} punkt 2\n\n## Evt.\n"
        assert trailing_numbers(labels) == labels


def test_decision_points_written_as_item_headings_are_no_items() -> None:
    text = (
        "REFERAT Økonomiudvalget d. 10-03-2025\n\nMødedato Mandag d. 10. marts 2025 kl. "
        "16.00\n\nMødested Byrådssalen\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\n\n"
        "Godkendt.\n\nPunkt 2: Budget\n\nBeslutning\n\nPunkt 1: Godkendt.\nPunkt 2: Ikke "
        "godkendt.\nPunkt 3: Udsat.\n\nPunkt 3: Eventuelt\n\nBeslutning\n\nIntet.\n"
    )
    meeting = parse_text(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budget"),
        (3, "Eventuelt"),
    ]
    decision = next(s.text for s in meeting.items[1].sections if s.key == "beslutning")
    assert decision.startswith("Punkt 1: Godkendt.")
    assert _type(decision) == "rejected"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # one point voted down beside the others' approval: a split decision
        ("Ad 1: Godkendt.\nAd 2: Forslaget faldt med 3 stemmer for og 4 imod.", "rejected"),
        ("Ad 1: Taget til efterretning. Ad 2: Forslaget blev forkastet.", "rejected"),
        ("1. Godkendt.\n2. Forslaget faldt.", "rejected"),
        ("Ad 1: Godkendt med 5 mod 2.\nAd 2: Faldt med 3 stemmer for og 4 imod.", "rejected"),
        ("Ad 2 - Faldt.", "rejected"),
        ("Pkt. 2 faldt.", "rejected"),
        # an amendment voted down, the item adopted, stays an approval
        ("Ændringsforslaget faldt. Budgettet blev vedtaget.", "approved"),
        ("Ad 2: Ændringsforslaget fra V blev forkastet. Godkendt.", "approved"),
        # a point left out of the approval, its verb elided, or excepted from it
        ("Indstillingens pkt. 1 og 3 blev godkendt, pkt. 2 ikke.", "rejected"),
        ("Godkendt, dog ikke pkt. 2.", "rejected"),
        ("Godkendt. Punkt 2 ikke relevant.", "approved"),
        ("Et flertal anbefaler pkt. 1, men ikke pkt. 2.", "rejected"),
        # a minority's or a member's position, the majority's outcome told before it
        (
            "A, F og Ø anbefaler indstillingen.\nV og I anbefaler pkt. 1, men ikke pkt. 2.",
            "recommended",
        ),
        # the recommendation adopted by reference, a condition or an addition after it
        ("Som indstillet, dog således at junimødet flyttes en uge.", "approved"),
        ("Som indstillet af Økonomiudvalget.", "approved"),
        ("Som indstillingen, idet udvalget ønsker en status i juni.", "approved"),
        ("Som indstillet med den ændring, at beløbet nedsættes til 1 mio. kr.", "approved"),
        ("Enig i indstillingen.", "approved"),
        ("Ad 1: Som indstillet.\nAd 2: Udsat.", "postponed"),
        ("Sagen behandles som indstillet af borgmesteren på næste møde.", "other"),
    ],
)
def test_decisions_in_parts_and_by_reference(text: str, want: str) -> None:
    assert _type(text) == want


def test_a_point_led_outcome() -> None:
    text = "Ad 1: Godkendt.\nAd 2: Forslaget faldt."
    assert point_led(text, text.index("Forslaget"))
    text = "Forslaget blev behandlet under pkt. 2. Forslaget faldt."
    assert not point_led(text, text.rindex("Forslaget"))
