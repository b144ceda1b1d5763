"""Layouts taught in the twentieth round by fix70 (invented text)."""

from __future__ import annotations

import pytest

from analysis.parse import parse_minutes


def test_punkt_nr_before_the_number() -> None:
    """'Punkt nr. 2 – Title': the word 'nr.' between the item's word and its number."""
    text = "\n".join(
        [
            "Beslutningsprotokol – Byrådet",
            "Den 14.01.2025 kl. 18:30 – Rådssalen",
            "",
            "## Punkt nr. 1 – Meddelelser",
            "",
            "## Byrådets beslutning den 14-01-2025",
            "Taget til efterretning.",
            "",
            "## Punkt nr. 2 – Salg af grund på Åvej",
            "Sagsnr. 25/0099",
            "",
            "## Byrådets beslutning den 14-01-2025",
            "Godkendt.",
        ]
    )
    meeting = parse_minutes(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Meddelelser"),
        (2, "Salg af grund på Åvej"),
    ]


_PREFIXED = "\n".join(
    [
        "Socialudvalget",
        "Referat fra mødet tirsdag 4/3 2025, kl. 15.00",
        "",
        "## S 7\tVisitation til botilbud",
        "J.nr.:\t27.00.00-G01-1-25",
        "",
        "## Beslutning:",
        "Godkendt.",
        "",
        "## S 8\tEventuelt",
        "",
        "## Beslutning:",
        "{last}",
    ]
)


def test_committee_letter_before_the_running_number() -> None:
    """'S 7<TAB>Title', 'S 8<TAB>Title': the committee's letter before the number running
    through the election period; the items keep their running numbers."""
    meeting = parse_minutes(_PREFIXED.replace("{last}", "Intet."))
    assert [(i.number, i.title) for i in meeting.items] == [
        (7, "Visitation til botilbud"),
        (8, "Eventuelt"),
    ]


def test_committee_letter_in_a_word_heading_with_one_space() -> None:
    """'## S 7 Title' (a Word heading, one space before the title) in a run: items."""
    text = _PREFIXED.replace("{last}", "Intet.").replace("S 7\t", "S 7 ").replace("S 8\t", "S 8 ")
    meeting = parse_minutes(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (7, "Visitation til botilbud"),
        (8, "Eventuelt"),
    ]


def test_a_lone_lettered_number_is_no_heading() -> None:
    """'EU 2030  Strategi…' in a decision, not one past an item of the same letter, stays
    the decision's text."""
    meeting = parse_minutes(_PREFIXED.replace("{last}", "Intet.\nEU 2030  Strategien drøftes."))
    assert [i.number for i in meeting.items] == [7, 8]


def test_evaluate_reads_a_committee_letters_number() -> None:
    from analysis.evaluate import _item_number

    assert _item_number("B 14") == 14
    assert _item_number("B14") == "B14"  # within lettered groups: numbered by place


def test_a_document_and_case_field_with_nr() -> None:
    """'Dok.nr./sag: 25-004411': the document-and-case field as 'Dok./sag:' is."""
    from analysis.parse import match_case_number

    assert match_case_number("Dok.nr./sag: 25-004411") == "25-004411"
    assert match_case_number("Dok. nr. / sag: 24-031270") == "24-031270"


_LAST_ITEM = "\n".join(
    [
        "Handicaprådet",
        "Referat af mødet den 4. marts 2025 kl. 14.00",
        "",
        "Ad 1) Godkendelse af dagsorden",
        "Konklusion: Godkendt.",
        "",
        "Ad 2) Eventuelt",
        "Næste møde holdes i maj.",
        "",
        "Konklusion: Intet yderligere.",
        "",
        "{last}",
    ]
)


def test_approval_of_the_minutes_after_the_last_item_is_no_decision() -> None:
    """'Referatet er godkendt af formanden pr. mail …' closing the document: how the minutes
    were approved, not the last item's decision; 'Intet yderligere.' decides nothing."""
    from analysis.enrich.decisions import classify_decision

    text = _LAST_ITEM.replace("{last}", "Referatet er godkendt af formanden pr. mail 7/3-2025.")
    decision = parse_minutes(text).items[-1].sections[-1]
    assert decision.key == "beslutning" and decision.text == "Intet yderligere."
    assert classify_decision(decision.text)[0][0] == "none"


def test_the_minutes_approved_as_a_points_decision_stays() -> None:
    """'Referatet blev godkendt.' under a point approving minutes is its decision."""
    text = _LAST_ITEM.replace("Konklusion: Intet yderligere.", "Konklusion:").replace(
        "{last}", "Referatet blev godkendt."
    )
    decision = parse_minutes(text).items[-1].sections[-1]
    assert "Referatet blev godkendt." in decision.text


def _pdf(lines: list[str]) -> bytes:
    import io

    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    c.setFont("Helvetica", 10)
    for k, line in enumerate(lines):
        c.drawString(72, 760 - 14 * k, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_members_field_under_a_full_line_starts_its_own_line() -> None:
    """A PDF's 'Medlemmer: …' under a meeting line that fills the column is a field of its
    own, not the meeting line's wrapped end (the place would swallow the members)."""
    pytest.importorskip("reportlab")
    from analysis.read.pdf import read

    lines = [
        "Miljøudvalget",
        "REFERAT fra mødet den 18.03.2025 kl. 13.00 i Rådhuset, Storegade 4, mødelokale 2, stuen",
        "Medlemmer: Anne Holm (V) (formand), Bo Lund (A), Carl Berg (F), Dorte Vang (C), Eva",
        "Nørgaard (O)",
        "1. Godkendelse af dagsorden",
    ]
    text = read(_pdf(lines)).text
    assert "\nMedlemmer: Anne Holm" in text
    assert "Eva Nørgaard (O)" in text


@pytest.mark.parametrize("field", ["Mødeleder: Anne Holm", "Sted: Rådhuset, mødelokale 2"])
def test_a_meeting_leader_or_place_field_under_a_full_line_starts_its_own_line(
    field: str,
) -> None:
    """'Mødeleder: …' and 'Sted: …' under a line filling the column are fields of their own
    (fix62 taught the leader, fix70 the place, beside the members)."""
    pytest.importorskip("reportlab")
    from analysis.read.pdf import read

    lines = [
        "Miljøudvalget",
        "REFERAT fra mødet den 18.03.2025 kl. 13.00 i Rådhuset, Storegade 4, mødelokale 2, stuen",
        field,
        "1. Godkendelse af dagsorden",
    ]
    assert f"\n{field}" in read(_pdf(lines)).text


_MEMBERS_UNDER_CONTENTS = "\n".join(
    [
        "Teknisk Udvalg",
        "Referat",
        "Mødedato: 9. april 2025 kl. 16:00",
        "Mødested: Byrådssalen",
        "",
        "Indholdsfortegnelse",
        "41 (Åben) Godkendelse af dagsorden",
        "42 (Åben) Vejbelysning i Nørreby",
        "",
        "{fields}",
        "",
        "41 (Åben) Godkendelse af dagsorden",
        "",
        "Udvalgets beslutning",
        "Godkendt.",
        "",
        "42 (Åben) Vejbelysning i Nørreby",
        "Sagsid: 25/3301",
        "",
        "Udvalgets beslutning",
        "Taget til efterretning.",
    ]
)


def test_members_between_the_contents_and_the_first_item() -> None:
    """'Medlemmer: …' / 'Fraværende: …' under the contents list: the participants."""
    fields = "Medlemmer: Ida Holm (formand), Bo Lund, Eva Berg\nFraværende: Bo Lund"
    meeting = parse_minutes(_MEMBERS_UNDER_CONTENTS.replace("{fields}", fields))
    assert [i.number for i in meeting.items] == [41, 42]
    people = {p.name: p.present for p in meeting.participants}
    assert people == {"Ida Holm": True, "Bo Lund": False, "Eva Berg": True}
    assert not any("could not be placed" in w for w in meeting.warnings)


def test_other_text_under_the_contents_is_not_read_as_members() -> None:
    fields = "Medlemmer: Ida Holm (formand), Bo Lund\nMødet blev holdt som videomøde."
    meeting = parse_minutes(_MEMBERS_UNDER_CONTENTS.replace("{fields}", fields))
    assert not meeting.participants


def test_a_header_line_listing_the_items_by_number() -> None:
    """'Sager på mødet: 7, 8' names the items' own numbers: placed, no stray line."""
    text = _PREFIXED.replace("{last}", "Intet.").replace(
        "Referat fra mødet", "Sager på mødet: 7, 8\nReferat fra mødet"
    )
    meeting = parse_minutes(text)
    assert [i.number for i in meeting.items] == [7, 8]
    assert not any("could not be placed" in w for w in meeting.warnings)


def test_listed_numbers_must_be_the_items() -> None:
    from analysis.layouts.listed_numbers import listed_item_numbers
    from analysis.parse import Line

    lines = [Line(0, "Sager på mødet: 019, 020, 021", 0), Line(1, "Punkter: 4-6", 0)]
    assert listed_item_numbers(lines, 2, {19, 20, 21}) == [0]
    assert listed_item_numbers(lines, 2, {4, 5, 6}) == [1]
    assert listed_item_numbers(lines, 2, {19, 20}) == []
