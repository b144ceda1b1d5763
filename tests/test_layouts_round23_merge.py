"""Twenty-third round, merging: rules two fixers taught apart that met on main.

* "Akt-id": fix97 read it as a case label only before a case-shaped number, fix95's and
  fix100's fixtures (and four labellers) before any number; one rule now, with a
  "Sagsnr." on the same line still the case.
* fix94's list under a lead-in ("… med tre indsatser:" / "1. …") cleared the headings
  fix95 had read as the items of a page whose only numbered run is that list: the styled
  headings are the items there too (fixture generic-unummererede-tabeller-liste-akt-id).
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.parse import match_case_number
from analysis.read import read_bytes


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Akt-id: 2204418", "2204418"),
        ("Akt-id 21/14402   Sagsbehandler: Line Krogh", "21/14402"),
        ("Akt-id: 2025-000211   Sagsnr.: 25/302", "25/302"),
        ("Akt-idé til næste møde", None),
    ],
)
def test_akt_id_case(line: str, case: str | None) -> None:
    assert match_case_number(line) == case


_PAGE = """<html><head><meta charset="utf-8"><title>Ældrerådet - Referat - 03.03.2025</title></head>
<body><h1>Ældrerådet</h1><p>Greve Kommune · Referat</p>
<table><tr><td>Mødedato:</td><td>03.03.2025</td></tr>
<tr><td>Mødested:</td><td>Rådhuset, lokale 2</td></tr></table>
<table><tr><td colspan="2"><h3>Godkendelse af dagsorden</h3></td></tr>
<tr><td>Rådets beslutning den 3. marts 2025</td><td>Godkendt.</td></tr></table>
<table><tr><td colspan="2"><h3>Værdighedspolitik 2025</h3></td></tr>
<tr><td>Akt-id</td><td>2301188</td></tr>
<tr><td>Administrationen indstiller</td><td>Direktøren indstiller, at rådet anbefaler
politikken med to ændringer:<br/>1. Mere om ensomhed<br/>2. Pårørendes rolle</td></tr>
<tr><td>Rådets beslutning den 3. marts 2025</td><td>Anbefalet.</td></tr></table>
<table><tr><td colspan="2"><h3>Budgetopfølgning</h3></td></tr>
<tr><td>Akt-id</td><td>2300415</td></tr>
<tr><td>Rådets beslutning den 3. marts 2025</td><td>Taget til efterretning.</td></tr></table>
<table><tr><td colspan="2"><h3>Meddelelser</h3></td></tr>
<tr><td>Rådets beslutning den 3. marts 2025</td><td>Intet.</td></tr></table>
</body></html>
"""


def test_list_under_lead_in_leaves_styled_headings_as_items() -> None:
    meeting = parse_text(read_bytes(_PAGE.encode(), ".html").text)
    assert [it.title for it in meeting.items] == [
        "Godkendelse af dagsorden",
        "Værdighedspolitik 2025",
        "Budgetopfølgning",
        "Meddelelser",
    ]
    assert meeting.items[1].case_number == "2301188"
