"""Twenty-third round, leftovers (layouts97, 99, 100)."""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text

_BODY = """Teknik- og Miljøudvalget
Tirsdag den 4. marts 2025 kl. 16:00
Mødelokale 2, Rådhuset

Indholdsfortegnelse
  1. Godkendelse af dagsorden ............................ 2
  2. Vejplan 2025 ........................................ 2

----------------------------------------------------------
1. Godkendelse af dagsorden
Sagsnr.: 00.01.00-A00-1-25

Indstilling
Forvaltningen indstiller, at dagsordenen godkendes.

----------------------------------------------------------
2. Vejplan 2025
Sagsnr.: 05.01.00-P20-2-25

Indstilling
Forvaltningen indstiller, at planen godkendes.
"""


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # the owner and the kind in a page header's two columns, spaces between
        ("Ringsted Kommune                                       Dagsorden", "dagsorden"),
        ("Ringsted Kommune - Dagsorden", "dagsorden"),
        ("Ringsted Kommune                                       Referat", "referat"),
    ],
)
def test_owner_and_kind_in_columns(title: str, kind: str) -> None:
    assert parse_text(f"{title}\n{_BODY}").document_type == kind
