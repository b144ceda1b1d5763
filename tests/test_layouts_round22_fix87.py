"""Twenty-second round (layouts87): chevron-marked titles, a case closing the text,
the body's meeting named as one compound, and a protocol's abbreviated point numbers."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.chevron import chevron_titles
from analysis.layouts.inline_case import closing_case

_MARKED = """Aabenraa Kommune · Seniorrådet

>> Første punkt
Noget blev sagt.
Aftale: Godkendt.

>> Andet punkt
Mere blev sagt.
Aftale: Drøftet.
"""


def test_chevron_titles_become_headings() -> None:
    out = chevron_titles(_MARKED).split("\n")
    assert "## Første punkt" in out and "## Andet punkt" in out


def test_chevron_outcome_under_text_is_no_title() -> None:
    # ">> Godkendt." right under the item's line is the note taker's outcome
    text = "1/ Budget\nDer er afsat midler.\n>> Godkendt.\n\n2/ Plan\nTekst.\n>> Drøftet.\n"
    assert chevron_titles(text) == text


def test_chevron_titles_need_two_decided_blocks() -> None:
    text = _MARKED.replace("Aftale: Drøftet.", "Intet besluttet.")
    assert chevron_titles(text) == text


def test_closing_case_only_as_last_sentence() -> None:
    assert closing_case("Rådet sender ønsker. Sagsnr. 25/8831.") == "25/8831"
    assert closing_case("Se også. J.nr. 18.15.00-A00-2-25") == "18.15.00-A00-2-25"
    assert closing_case("Sagen følger op på sagsnr. 25/8831.") is None
    assert closing_case("Planen blev vedtaget i 2024.") is None


def test_kind_of_meeting_compound_is_placed() -> None:
    text = _MARKED.replace(
        "Aabenraa Kommune · Seniorrådet\n",
        "Aabenraa Kommune · Seniorrådet\n\nReferat – seniorrådsmøde\n"
        "3. juni 2025, kl. 10-12 i Borgerhuset\n\nMødt: Anna, Per\n"
        "Fra Aabenraa Kommune: Jens Holm (konsulent)\n",
    )
    meeting = parse_text(text)
    assert meeting.forum == "Seniorrådet"
    assert [i.title for i in meeting.items] == ["Første punkt", "Andet punkt"]
    assert not any("could not be placed" in w for w in meeting.warnings)
    assert any(p.name == "Jens Holm" for p in meeting.participants)


_LISTED = """Teknik- og Miljøudvalget

Mødetype: {kind}
Dato: mandag 03-03-2025
Tid: 16:00
Sted: Mødelokale 1, Rådhuset

Dagsorden

1. 1. Godkendelse af dagsorden
2. 2. Vejplan 2026

Punkt 1: Godkendelse af dagsorden

Sagsnummer: 25/1010

Beslutning i Teknik- og Miljøudvalget den 03-03-2025

{first}

Punkt 2: Vejplan 2026

Sagsnummer: 25/1011

Beslutning i Teknik- og Miljøudvalget den 03-03-2025

{second}
"""


def test_dagsorden_over_item_list_yields_to_the_kind_field() -> None:
    meeting = parse_text(_LISTED.format(kind="Referat", first="Godkendt.", second="Godkendt."))
    assert meeting.document_type == "referat"
    # the list is the contents, the field placed
    assert not any("Mødetype" in w or "1. 1." in w for w in meeting.warnings)


def test_dagsorden_over_item_list_stays_an_agenda_without_a_kind() -> None:
    text = _LISTED.format(kind="Ordinært møde", first="", second="")
    assert parse_text(text).document_type == "dagsorden"


def test_compound_kind_dated_line_is_the_meeting_line() -> None:
    text = _MARKED.replace(
        "Aabenraa Kommune · Seniorrådet\n",
        "Aabenraa Kommune · Seniorrådet\n\n"
        "Beslutningsreferat fra mødet den 08.05.2025 kl. 09.30–12.00\nMødested: Borgerhuset\n",
    )
    meeting = parse_text(text)
    assert str(meeting.date) == "2025-05-08" and meeting.start_time == "09:30"
    assert not any("could not be placed" in w for w in meeting.warnings)
