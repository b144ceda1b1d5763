"""The members as a table in the header: name, party or role, whether they came
(round 22, fix86)."""

from __future__ import annotations

from analysis.parse import parse_minutes

_MD = """# Vesterby Kommune – Teknik- og Miljøudvalget

**Beslutningsprotokol** · Mødedato: 4. februar 2026 · Kl. 16.00 · Mødelokale 2, Rådhuset

| Navn | Parti | Fremmøde |
|---|---|---|
| Karen Bjerre | V | Til stede |
| Mads Ørum | Ø | Fraværende |
| Sune Holm | A | Til stede |

## 12. Godkendelse af dagsorden

Beslutning: Godkendt.

## 13. Trafikplan for Vesterby Øst

Beslutning: Udsat.
"""


def test_member_table_read_as_participants() -> None:
    meeting = parse_minutes(_MD)
    people = [(p.name, p.role, p.present) for p in meeting.participants or []]
    assert people == [
        ("Karen Bjerre", "V", True),
        ("Mads Ørum", "Ø", False),
        ("Sune Holm", "A", True),
    ]
    assert not any("could not be placed" in w for w in meeting.warnings), meeting.warnings
    assert [it.number for it in meeting.items] == [12, 13]


def test_a_table_of_other_columns_is_no_member_table() -> None:
    text = _MD.replace("| Navn | Parti | Fremmøde |", "| Navn | Adresse | Telefon |")
    assert not parse_minutes(text).participants
