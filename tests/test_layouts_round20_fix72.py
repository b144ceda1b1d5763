"""Twentieth round (layouts72): a protocol's 'Meldt afbud:' field and the place-and-date
line it is signed with."""

from __future__ import annotations

from analysis.layouts import parse_text

_PROTOCOL = """Ældrerådet i Tønder Kommune

Protokol
Onsdag 2.10.24, kl. 10.00 i Borgerhuset, Vestergade 5, Tønder

Deltog: Anna Bro (formand), Villy Hald, Grete Sand
Meldt afbud: Ove Krog, Lis Bech

§ 1  Godkendelse af dagsorden
Konklusion: Godkendt.

§ 2  Meddelelser
Konklusion: Til efterretning.

Mødet slut kl. 11.40
Tønder den 3.10.2024 – sekr. AB
"""


def test_meldt_afbud_lists_the_absent_and_the_signing_line_closes_the_minutes() -> None:
    meeting = parse_text(_PROTOCOL)
    absent = sorted(p.name for p in meeting.participants if not p.present)
    assert absent == ["Lis Bech", "Ove Krog"]
    # every line placed: none left as text of item 2
    assert not [w for w in meeting.warnings if "could not be placed" in w]
    assert meeting.items[-1].title == "Meddelelser"


_PORTAL = """## Udvalg

- Kommunalbestyrelsen
- Teknik- og Miljøudvalget
- Børne- og Skoleudvalget
- Ungdomsrådet

## Møder 2025

- 13-01-2025
- 10-02-2025

Udvalg:\tUngdomsrådet
Mødedato:\t10.02.2025
Mødetid:\t16:00 - 17:30

01\tGodkendelse af dagsorden
Konklusion\tGodkendt.
02\tSkaterbane ved stranden
Konklusion\tRådet anbefaler placeringen ved havnen.
"""


def test_a_portals_menu_of_committees_and_meeting_dates_is_furniture() -> None:
    meeting = parse_text(_PORTAL)
    assert meeting.forum == "Ungdomsrådet"
    assert str(meeting.date) == "2025-02-10"
    assert [it.title for it in meeting.items] == [
        "Godkendelse af dagsorden",
        "Skaterbane ved stranden",
    ]
    # the menu's names and dates are placed as furniture
    assert not [w for w in meeting.warnings if "could not be placed" in w]


def test_dates_under_a_meetings_heading_alone_are_no_menu() -> None:
    from analysis.layouts.portal_menu import committee_menu
    from analysis.parse import Line

    texts = ["Møder 2025", "", "- 13-01-2025", "- 10-02-2025"]
    assert committee_menu([Line(k, t, 0) for k, t in enumerate(texts)]) == set()
