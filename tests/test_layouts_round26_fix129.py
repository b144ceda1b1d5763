"""Twenty-sixth round, layouts129 (decision chains of several bodies): decision phrases
of a council's own acts on a case or a person, each with the look-alikes that stay as
they were, and the meeting's dated label on the outcome's line with no decision heading."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import parse_text


def _primary(text: str) -> str:
    return primary_decision_type([t for t, _ in classify_decision(text, "Byrådet")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a proposal referred to the committee that handles it
        ("Forslaget blev henvist til Børne- og Skoleudvalget.", "referred"),
        ("Medlemsforslaget henvises til Klimaudvalget.", "referred"),
        ("Kommunalbestyrelsen henviste sagen til Økonomiudvalget.", "referred"),
        # citing is no referral
        ("Der henvises til bilag 3.", "other"),
        ("Godkendt. Der henvises i øvrigt til Økonomiudvalgets beslutning.", "approved"),
        ("Forvaltningen henviser til Planudvalget.", "other"),
        # hiring a person into a post
        ("Byrådet ansatte Karen Lund som direktør for Børn og Unge.", "decided"),
        ("Per Holm blev ansat som stadsarkitekt pr. 1. marts.", "decided"),
        # the staff are no hiring
        ("De ansatte på rådhuset blev orienteret.", "noted"),
        ("Drøftet. Alle ansatte inddrages i processen.", "discussed"),
        # a permit or a release given to a named member or firm
        ("Byrådet meddelte Inge Mørk (F) fritagelse for hvervet som medlem.", "decided"),
        ("Byrådet meddelte Ole Friis orlov fra 1. juni.", "decided"),
        ("Udvalget meddelte Boligselskabet Engen dispensation.", "decided"),
        ("Udvalget meddelte tilladelse.", "decided"),
        # lower-case words between verb and permit are no name
        ("Der meddeles ikke tilladelse.", "rejected"),
    ],
)
def test_council_acts(text: str, expected: str) -> None:
    assert _primary(text) == expected


_MINUTES = """Miljøudvalget

Referat af mødet mandag den 9. marts 2026 kl. 15.00 i Lokale 2, Rådhuset

1. Godkendelse af dagsorden

MU 09.03.2026: Godkendt.

2. Vandløbsplan 2026

Teknisk Udvalg 23.02.2026: Anbefales.

MU 09.03.2026: Anbefales over for Byrådet.

Byrådet 25.03.2026: Godkendt.
"""


def test_meeting_dated_label_is_the_decision_without_a_heading() -> None:
    """ "MU 09.03.2026: Godkendt." in Miljøudvalget's minutes of 9 March: the outcome
    after the label; an earlier body's line stays the case's text, a later one history."""
    items = parse_text(_MINUTES).items
    decisions = [next(s.text for s in it.sections if s.key == "beslutning") for it in items]
    assert decisions == ["Godkendt.", "Anbefales over for Byrådet."]
    text = next(s.text for s in items[1].sections if s.key != "beslutning")
    assert text.startswith("Teknisk Udvalg 23.02.2026")
    assert [h.body for h in items[1].case_history] == ["Byrådet"]


_SIGNED = """Byrådet

Referat af mødet mandag den 9. marts 2026 kl. 17.00 i Byrådssalen

1. Godkendelse af dagsorden

Beslutning:
Godkendt.

Mødet hævet kl. 18.10

{signers}
"""


@pytest.mark.parametrize(
    "signers",
    [
        "Hanne Berg Sørensen\nborgmester",
        "Hanne Berg Sørensen          Mads Lyng\nBorgmester                   Kommunaldirektør",
    ],
)
def test_signers_under_the_closing_line_are_placed(signers: str) -> None:
    """The signer's name alone over the office, or two signers' names and offices in two
    columns (the gaps closed), under "Mødet hævet kl. …": who signed, no lost text."""
    meeting = parse_text(_SIGNED.format(signers=signers))
    assert meeting.coverage == 1.0
    assert [s.text for s in meeting.items[0].sections] == ["Godkendt."]
