"""Twenty-fourth round (layouts101): council and committee web pages of North and Central
Jutland copied by a browser and cut short."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import parse_text
from analysis.parse import match_case_number


@pytest.mark.parametrize(
    ("line", "case"),
    [
        # the case system's number as the field's label
        ("Acadre-nr.: 21-004417", "21-004417"),
        ("SBSYS nr.: 25/1180", "25/1180"),
        ("WorkZone-nummer: 2024-011702", "2024-011702"),
        # (the system's name alone, and with "sag", read already)
        ("Acadre: 24/1187", "24/1187"),
        ("Acadre sag: 24/22871", "24/22871"),
    ],
)
def test_case_system_number_label(line: str, case: str) -> None:
    assert match_case_number(line) == case


@pytest.mark.parametrize(
    ("text", "dtype"),
    [
        # a grant in the present passive opening the outcome's sentence
        ("Der ydes en underskudsgaranti på 40.000 kr. til byfesten.", "decided"),
        ("Der gives tilskud på 12.000 kr. fra kulturpuljen.", "decided"),
        # (not "der ydes" inside a clause of a discussion)
        ("Udvalget drøftede, om der ydes tilskud til foreningen.", "discussed"),
    ],
)
def test_grant_given_in_present_passive(text: str, dtype: str) -> None:
    assert primary_decision_type([t for t, _ in classify_decision(text)]) == dtype


def test_meeting_began_at_hour_in_place() -> None:
    text = "\n".join(
        [
            "Odder Kommune",
            "",
            "Byrådet",
            "Referat af ordinært møde",
            "Mandag den 10. marts 2025",
            "Mødet begyndte kl. 19.00 i Byrådssalen, Rådhusgade 3, Odder",
            "",
            "Punkt 1 - Godkendelse af dagsorden",
            "Sagsnr.: 25/1101",
            "Beslutning:",
            "Godkendt.",
            "",
            "Punkt 2 - Meddelelser",
            "Sagsnr.: 25/1102",
            "Beslutning:",
            "Taget til efterretning.",
        ]
    )
    meeting = parse_text(text)
    assert meeting.start_time == "19:00"
    assert meeting.location == "Byrådssalen, Rådhusgade 3, Odder"
