"""Twentieth round, found while merging: the rules of one fixer against another's sets."""

from __future__ import annotations

from analysis.parse import parse_minutes

#: A forum's Word minutes whose page header has two columns: the owner and the department
#: parted by a middle dot, then the document's kind and the forum's short name; the forum
#: is named in full on a line of its own under the kind.
_TWO_COLUMN_HEADER = """Eksempelby Kommune · Børn og Unge                     Referat – Chefforum BU

REFERAT
Chefforum Børn og Unge

Mødedato: 14. januar 2025
Mødetidspunkt: Kl. 09.00 – 11.00

1. Godkendelse af dagsorden
Beslutning:
Godkendt.

2. Status på budget
Beslutning:
Taget til efterretning.
"""

#: The same owner line with a body after the dot and nothing else (a Word template's first
#: line): the body is the forum.
_OWNER_DOT_BODY = """Eksempelby Kommune · Styregruppen for nyt plejecenter

Mødedato: 14. januar 2025

1. Godkendelse af dagsorden
Beslutning:
Godkendt.

2. Tidsplan
Beslutning:
Taget til efterretning.
"""


def test_a_page_header_naming_the_documents_kind_is_not_the_forum() -> None:
    # fix65's "<owner> | <body>" first line took the whole header's right-hand column
    # ("Børn og Unge - Referat – Chefforum BU") as the forum (layouts46 facts 100 → 98)
    assert parse_minutes(_TWO_COLUMN_HEADER).forum == "Chefforum Børn og Unge"


def test_an_owner_line_with_the_body_alone_still_names_the_forum() -> None:
    assert parse_minutes(_OWNER_DOT_BODY).forum == "Styregruppen for nyt plejecenter"
