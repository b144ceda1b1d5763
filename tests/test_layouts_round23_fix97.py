"""Twenty-third round (layouts97): agendas and agenda-like documents (a preliminary agenda
of bullets, a supplement under a title line, a case field labelled "Akt-id", a journal
number in brackets after the title, the forum's act under the proposal, the hour and place
in a closing sentence)."""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.header_fallback import closing_facts
from analysis.layouts.outcome import outcome_line
from analysis.parse import Header, match_case_number, to_lines


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Akt-id: 24/3120 · Dok.nr. 88120-24", "24/3120"),
        ("Akt-id 25/77", "25/77"),
        # (a bare id: the item's case all the same, as four labellers read it)
        ("Akt-id: 881204", "881204"),
    ],
)
def test_akt_id_case_field(line: str, case: str | None) -> None:
    assert match_case_number(line) == case


_SUPPLEMENT = """# Herning Kommune – Byrådet

## Tillægsdagsorden

**Dato:** tirsdag 14. januar 2025, kl. 18.00
**Sted:** Byrådssalen

Tillægget følger den dagsorden, der blev sendt ud 6. januar 2025.

### Punkt 12 – Salg af grund på Fabriksvej

Sag: 24/33120

**Forslag**

Økonomiudvalget foreslår, at grunden sælges.

### Punkt 13 – Valg af nyt medlem til Folkeoplysningsudvalget

Sag: 25/1022

**Forslag**

Borgmesteren foreslår, at Ida Bach vælges.
"""

_PRELIMINARY = """VIBORG KOMMUNE
Kulturudvalget

FORELØBIG DAGSORDEN

Tid:  03.04.2025, kl. 16.00
Sted: Rådhuset, lokale A

1. Godkendelse af dagsorden

2. Tilskud til spillesteder
Sagsnr.: 25/4410

3. Eventuelt
"""


@pytest.mark.parametrize("text", [_SUPPLEMENT, _PRELIMINARY])
def test_agenda_kind_titles(text: str) -> None:
    # "Tillægsdagsorden" right under a one-line title, "FORELØBIG DAGSORDEN": an agenda
    assert parse_text(text).document_type == "dagsorden"


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("1. Budget 2026 (25-0140)\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n", "25-0140"),
        ("1. Budget 2026 (24/8812)\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n", "24/8812"),
    ],
)
def test_short_case_in_title_brackets(text: str, case: str) -> None:
    meeting = parse_text("Referat – Ældrerådet – 3. april 2025\n\n" + text)
    assert meeting.items[0].title == "Budget 2026"
    assert meeting.items[0].case_number == case


def test_year_range_in_brackets_stays_title() -> None:
    meeting = parse_text(
        "Referat – Ældrerådet – 3. april 2025\n\n1. Handleplan (2024-2026)\n\nGodkendt.\n\n"
        "2. Eventuelt\n\nIntet.\n"
    )
    assert meeting.items[0].title == "Handleplan (2024-2026)"
    assert meeting.items[0].case_number is None


@pytest.mark.parametrize(
    "line",
    [
        "Beredskabskommissionen godkendte regnskabet.",
        "Kommissionen bevilgede 1,2 mio. kr. til projektet.",
        "Udvalget bevilgede midlerne.",
    ],
)
def test_forum_past_outcomes(line: str) -> None:
    assert outcome_line(line)


@pytest.mark.parametrize(
    ("line", "start", "place"),
    [
        (
            "Mødet blev holdt kl. 14.00-15.30 i Medborgerhuset, Algade 3, Nykøbing Sj.",
            "14:00",
            "Medborgerhuset, Algade 3, Nykøbing Sj.",
        ),
        ("Mødet blev afholdt kl. 9.00 på Rådhuset, lokale 2.", "09:00", "Rådhuset, lokale 2"),
    ],
)
def test_closing_facts(line: str, start: str, place: str) -> None:
    lines = to_lines(f"4. Eventuelt\n\nIntet.\n\n{line}\nReferent: Ib Lund\n")
    head, placed = Header(), set()
    closing_facts(lines, 0, head, placed)
    assert (head.start_time, head.location) == (start, place)
    assert placed
