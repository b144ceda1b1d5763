"""Twenty-eighth round: regressions found by measuring every set after the merges
(invented texts)."""

from __future__ import annotations

from analysis.layouts import parse_text

_COVERED = """**Vesterby Kommune**
Ældre og Sundhed – Sekretariatet
Torvegade 1, 9990 Vesterby

Til Ældrerådets medlemmer og stedfortrædere

Vesterby, 2. maj 2024

**Vedr.: Referat af møde i Ældrerådet 30. april 2024**

Hermed fremsendes referat af Ældrerådets møde tirsdag den 30. april 2024 samt
rådets høringssvar om madservice (bilag 1), som er sendt til Sundhedsudvalget.

Bemærk, at mødet i juni er flyttet til den 4. juni.

Med venlig hilsen

Mette Dahl
sekretær for Ældrerådet

---

# REFERAT – ÆLDRERÅDET

Tirsdag den 30. april 2024, kl. 13.00 – 15.00
Vesterby Rådhus, lokale 2

**Mødt:** Hanne Vig (formand), Ole Brink, Sara Lind
**Referent:** Mette Dahl

---

**Ad 1. Godkendelse af dagsorden**

Rådets beslutning: Godkendt.

**Ad 2. Høring om madservice**

Rådets beslutning: Rådet afgav høringssvar.
"""


def test_a_covering_letters_sentence_is_no_genitive_meeting_line() -> None:
    """fix149 read a body's genitive meeting before a date ("Borgerrepræsentationens møde
    torsdag den …") as the meeting's line; a covering letter's sentence "Hermed fremsendes
    referat af Ældrerådets møde tirsdag den …" above the minutes is not (the forum was the
    sentence's first words after the merges)."""
    meeting = parse_text(_COVERED)
    assert meeting.forum == "Ældrerådet"
    assert str(meeting.date) == "2024-04-30"


_UNDERLINED = """Østby Kommune
Chefmøde i Børn og Unge                                   03-09-2024

Tid: kl. 9.00-11.00
Sted: Rådhuset, lokale 4
Til stede: KL, MB, JH (ref.)

Godkendelse af dagsorden
------------------------
Referat: Godkendt.

Skolestart - status
-------------------
Tid: 9.05-9.30   Ansvarlig: KL   Til orientering
KLE 17.01.00-G01-3-24
KL gennemgik tallene for skolestarten.
Referat: Taget til efterretning.

Vikardækning
------------
Tid: 9.30-10.00   Ansvarlig: MB   Til beslutning
KLE 81.02.00-P20-7-24
Forvaltningen indstiller, at puljen fordeles efter elevtal.
Referat: Tiltrådt.

Evt.
----
Referat: Intet.
"""


def test_the_first_items_outcome_under_its_underline_is_no_meeting_field() -> None:
    """fix146 took the fields framed by the first two rules for the meeting's header;
    underlined titles' first rule frames the first item's outcome ("Referat: Godkendt."),
    and reading it as a header made each item's "Tid: … Ansvarlig: …" line a section
    heading, its case line that section's text (layouts91 lost three case numbers)."""
    meeting = parse_text(_UNDERLINED)
    assert [it.case_number for it in meeting.items] == [
        None,
        "17.01.00-G01-3-24",
        "81.02.00-P20-7-24",
        None,
    ]
