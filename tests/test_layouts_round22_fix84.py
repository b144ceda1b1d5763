"""Twenty-second round (layouts84: contested political meetings): the families taught."""

from __future__ import annotations

from analysis.layouts import parse_text

_SIGNED = """Referat

Bestyrelsen for Sølund Fritidscenter
Tirsdag den 5. marts 2024 kl. 19.00 i klubhuset

1. Godkendelse af dagsorden
Beslutning: Godkendt.

2. Sommerarrangement
Beslutning: Arrangementet holdes den 22. juni.

Mødet hævet kl. 21.10
Protokollen underskrevet digitalt af de tilstedeværende medlemmer.
"""


def test_protocol_signed_after_closing_is_placed() -> None:
    meeting = parse_text(_SIGNED)
    assert not any("could not be placed" in w for w in meeting.warnings), meeting.warnings
    last = meeting.items[-1]
    assert all("Protokollen" not in sec.text for sec in last.sections)


def test_protocol_line_before_closing_is_text() -> None:
    # Only after "Mødet hævet kl. …" is the line a coda; inside an item it stays its text.
    text = _SIGNED.replace(
        "Beslutning: Arrangementet holdes den 22. juni.",
        "Beslutning: Arrangementet holdes den 22. juni.\nProtokollen underskrevet af formanden.",
    )
    last = parse_text(text).items[-1]
    assert any("Protokollen underskrevet" in sec.text for sec in last.sections)


_OPEN_CONTENTS = """SOCIALUDVALGET
REFERAT

Tønder Kommune
Mødet blev afholdt: 2. april 2024, kl. 15:00
Sted: Mødelokale 3, Tønder Rådhus

Punkter på dagsordenen (åbne)
Punkt nr. 12  Godkendelse af dagsorden
Punkt nr. 13  Handleplan for hjemløse

Punkt nr. 12 - Godkendelse af dagsorden
Sagsnr. 24/1001

Beslutning
Godkendt.

Punkt nr. 13 - Handleplan for hjemløse
Sagsnr. 24/1877

Beslutning
Handleplanen blev godkendt.
"""


def test_contents_head_naming_the_open_part_is_placed() -> None:
    meeting = parse_text(_OPEN_CONTENTS)
    assert [item.number for item in meeting.items] == [12, 13]
    assert not any("could not be placed" in w for w in meeting.warnings), meeting.warnings


_PORTAL = """Forside | Sitemap | English

Politik
Kommunalbestyrelsen
Børne- og Ungeudvalget
Plan-, Miljø- og Klimaudvalget
Søg i dagsordener

## Referat - Børne- og Ungeudvalget - 03-06-2020

Dato: 03-06-2020
Tidspunkt: 17:00 - 19:00
Sted: Mødesal 1

Vis alle punkter | Skjul alle punkter

## Punkt 1

## Skoleårets planlægning

## Børne- og Ungeudvalget den 03-06-2020

Godkendt.

## Punkt 2

## Eventuelt

## Børne- og Ungeudvalget den 03-06-2020

Intet.
"""


def test_old_portal_menu_cell_and_point_toggles_are_furniture() -> None:
    meeting = parse_text(_PORTAL)
    assert meeting.forum == "Børne- og Ungeudvalget"
    assert [item.number for item in meeting.items] == [1, 2]
    assert not any("could not be placed" in w for w in meeting.warnings), meeting.warnings


def test_unbulleted_body_names_low_in_the_text_are_no_menu() -> None:
    from analysis.layouts.portal_menu import committee_menu
    from analysis.parse import to_lines

    names = "Politik\nKommunalbestyrelsen\nØkonomiudvalget\nSocialudvalget\n"
    assert len(committee_menu(to_lines(names))) == 4
    # the same lines below the page's top: a list in an item's text
    assert committee_menu(to_lines("Tekst.\n" * 40 + names)) == set()


_OTHER_MEMBERS = """Referat

Kultur- og Fritidsudvalget

den 14.05.2022 kl. 16.00 i Nakskov Rådhus, Mødelokale 1
Fraværende: Lis Kragh (A)
Medlemmer i øvrigt: Ib Hald (A), Ulla Rye (V), Kim Toft (O)

Pkt. 1 Godkendelse af dagsorden

Beslutning
Godkendt.
"""


def test_other_members_field_lists_the_present() -> None:
    meeting = parse_text(_OTHER_MEMBERS)
    present = {p.name for p in meeting.participants if p.present}
    assert {"Ib Hald", "Ulla Rye", "Kim Toft"} <= present
    assert not any("could not be placed" in w for w in meeting.warnings), meeting.warnings


def test_chair_named_after_the_absent_list() -> None:
    text = _OTHER_MEMBERS.replace(
        "Fraværende: Lis Kragh (A)",
        "Fraværende: Lis Kragh (A). Mødet blev ledet af næstformand Bo Sand (V).",
    )
    people = {p.name: p for p in parse_text(text).participants}
    assert not people["Lis Kragh"].present
    assert people["Bo Sand"].present and "Mødeleder" in (people["Bo Sand"].role or "")
