"""Thirtieth round, the lead's own changes (invented texts)."""

from __future__ import annotations

import io

import docx
import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.read import read_bytes


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Godkendt: / Nej", "rejected"),
        ("Vedtaget: /Nej.", "rejected"),
        ("Godkendt: Nej", "rejected"),
        ("Godkendt: Ja /", "approved"),
    ],
)
def test_a_template_answer_left_after_its_struck_option(text: str, kind: str) -> None:
    """ "Godkendt: Ja / Nej" with "Ja" struck through in Word reads "Godkendt: / Nej"
    (struck runs are left out): the answer left is no."""
    assert classify_decision(text)[0][0] == kind


def _word_with_struck_option() -> bytes:
    document = docx.Document()
    document.add_paragraph("Lemvig Kommune")
    document.add_paragraph("Referat – Skolebestyrelsen ved Nørre Skole")
    document.add_paragraph("Mødedato: 3. februar 2026 kl. 17.00")
    document.add_heading("1. Godkendelse af dagsorden", level=2)
    yes_kept = document.add_paragraph("Godkendt: Ja / ")
    yes_kept.add_run("Nej").font.strike = True
    document.add_heading("2. Forældrebetaling til lejrskole", level=2)
    no_kept = document.add_paragraph("Godkendt: ")
    no_kept.add_run("Ja").font.strike = True
    no_kept.add_run(" / Nej")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_word_template_answer_struck_through_is_read_as_the_option_left() -> None:
    """The slash beside the struck option goes with it: "Godkendt: Nej", a plain field."""
    text = read_bytes(_word_with_struck_option(), ".docx").text
    assert "Godkendt: Ja\n" in text
    assert "Godkendt: Nej" in text
    meeting = parse_text(text)
    decisions = [
        next(s.text for s in item.sections if s.key == "beslutning") for item in meeting.items
    ]
    assert [classify_decision(text)[0][0] for text in decisions] == ["approved", "rejected"]


_ANSWERED = """Vestre Skole · Lemvig Kommune

Referat – Skolebestyrelsen ved Vestre Skole

Vestre Skole, lærerværelset, mandag d. 2. februar 2026 kl. 17.00-19.00

Punkt 1: Godkendelse af dagsorden

Godkendt: Ja

Punkt 2: Regler for frikvarterer

Skolelederen foreslår:

1. Alle elever er ude i første frikvarter

2. Boldbanen deles efter årgang

3. Reglerne evalueres i juni

Vedtaget.

Punkt 3: Budget 2026

Taget til efterretning.

Punkt 4: Evt.

Intet.
"""


@pytest.mark.parametrize("answer", ["Godkendt: Ja", "Godkendt: Nej", "Vedtaget: nej."])
def test_a_template_field_answered_is_the_outcome_under_its_heading(answer: str) -> None:
    """ "Punkt 1: …" / "Godkendt: Ja": the answered field is the item's outcome, evidence of
    its heading, so the numbered list in item 2 does not start the items."""
    meeting = parse_text(_ANSWERED.replace("Godkendt: Ja", answer))
    assert [item.title for item in meeting.items] == [
        "Godkendelse af dagsorden",
        "Regler for frikvarterer",
        "Budget 2026",
        "Evt.",
    ]


_CLOSED_WITH_APPROVAL = """Folkeoplysningsudvalget
Referat af mødet tirsdag den 9. april 2024 kl. 19.00, Kulturhuset, Mødelokale 1

Pkt. 1  Godkendelse af dagsorden

Beslutning: Godkendt.

Pkt. 2  Tilskud til lokaler 2024

Beslutning: Godkendt som indstillet.

Pkt. 3  Eventuelt

Beslutning: Ingen bemærkninger.

________________________________________________
Mødet hævet kl. 21.05                   Referatet er godkendt på mødet.
"""


def test_the_closing_line_with_the_minutes_approved_ends_the_last_item() -> None:
    """ "Mødet hævet kl. 21.05   Referatet er godkendt på mødet.": the minutes' own
    approval at the meeting's end is no decision of the last item."""
    meeting = parse_text(_CLOSED_WITH_APPROVAL)
    last = next(s.text for s in meeting.items[-1].sections if s.key == "beslutning")
    assert last.strip() == "Ingen bemærkninger."
    assert classify_decision(last)[0][0] == "none"


_HEADED_LIST_PAGE = """## Seniorrådet i Fanø Kommune

Referat af møde tirsdag den 4. marts 2025 kl. 10.00
Sted: Rådhuset, mødelokale 1

Dagsorden:

- Godkendelse af dagsorden
- Høring: Plan for træning og genoptræning 2025
- Seniorpolitik - rådets input
- Budget for rådet 2025
- Eventuelt

## Godkendelse af dagsorden

## Konklusion

Dagsordenen blev godkendt.

## Høring: Plan for træning og genoptræning 2025

Sag: 25/1102

## Konklusion

Rådet afgiver høringssvar med følgende bemærkninger:

1. Ventetiden er for lang.
2. Holdtræning skal også tilbydes om eftermiddagen.

## Seniorpolitik - rådets input

## Konklusion

Drøftet.

## Budget for rådet 2025

## Konklusion

Taget til efterretning.

## Eventuelt

## Konklusion

Intet.
"""


def test_a_headed_list_with_an_entry_read_as_a_field_is_no_headless_list() -> None:
    """The run of bullets under "Dagsorden:" broken by an entry read as a field line
    ("Høring: …"): its rest is no list of its own (the items stay all four)."""
    meeting = parse_text(_HEADED_LIST_PAGE)
    assert [item.title for item in meeting.items] == [
        "Godkendelse af dagsorden",
        "Høring: Plan for træning og genoptræning 2025",
        "Seniorpolitik - rådets input",
        "Budget for rådet 2025",
        "Eventuelt",
    ]
