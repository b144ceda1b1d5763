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
    assert not meeting.warnings  # every line placed: none left as text of item 2
    assert meeting.items[-1].title == "Meddelelser"
