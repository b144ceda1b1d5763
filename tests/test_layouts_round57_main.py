"""Fifty-seventh session, the lead's rules from two held-out sets (Word documents with
tracked changes, content controls and fields; PDFs saved with ligatures and hyphenation).

The readers held (both sets read every item, title and decision text); what was missed were
a place's sentence stop and four decision wordings.
"""

from __future__ import annotations

import warnings

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.pipeline import parse_bytes

_HEAD = """Plan- og Boligudvalget
Referat

{facts}

1. Godkendelse af dagsorden

Beslutning:
Godkendt.
"""


@pytest.mark.parametrize(
    ("facts", "place"),
    [
        # the place closing a sentence of facts on one line, and on a line of its own
        (
            "Dato: 4. juni 2024. Tidspunkt: 13:00-15:30. Sted: Mødelokale Kæru, Torvegade 10, "
            "Vestby.",
            "Mødelokale Kæru, Torvegade 10, Vestby",
        ),
        (
            "Dato: 4. juni 2024\nTidspunkt: 13:00\nSted: Rådhuset, Byrådssalen.",
            "Rådhuset, Byrådssalen",
        ),
        # an abbreviation's dot stays ("st." for the ground floor, a town's letter)
        ("Dato: 4. juni 2024\nTidspunkt: 13:00\nSted: Rådhuset, Torvegade 10, st.", None),
        ("Dato: 4. juni 2024\nTidspunkt: 13:00\nSted: Mødesalen, Rådhuset, Nykøbing F.", None),
    ],
)
def test_a_place_s_sentence_stop_is_no_part_of_it(facts: str, place: str | None) -> None:
    text = _HEAD.format(facts=facts)
    meetings = parse_bytes(text.encode(), "plan-og-boligudvalget.txt").tables["meetings"]
    expected = place or facts.rsplit("Sted: ", 1)[1]
    assert meetings["location"].iloc[0] == expected


@pytest.mark.parametrize(
    ("text", "kind", "evidence"),
    [
        # a permit refused, told in the past
        ("Dispensationen blev ikke meddelt.", "rejected", "Dispensationen blev ikke meddelt."),
        ("Byggetilladelsen blev ikke givet.", "rejected", "Byggetilladelsen blev ikke givet."),
        # the irregular past of "fastlægge"
        ("Udvalget fastlagde tre dialogmøder: Nørager 30/9 og Skørping 7/10.", "decided", None),
        # a question answered, then sent on: the sending is the forum's act
        (
            "Spørgsmålet blev besvaret af borgmesteren og oversendt til Teknik- og Miljøudvalget.",
            "referred",
            None,
        ),
        # the reply announced as the discussion's next step: discussed
        (
            "Rådet drøftede planen og vil afgive et samlet høringssvar inden 15. maj.",
            "discussed",
            None,
        ),
    ],
)
def test_decision_wordings(text: str, kind: str, evidence: str | None) -> None:
    found = classify_decision(text, forum="Handicaprådet")
    assert found[0][0] == kind
    if evidence is not None:
        assert found[0][1] == evidence


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what the rules above must leave alone
        ("Spørgsmålet blev besvaret af borgmester og formand.", "none"),
        ("Besvaret af borgmesteren.", "none"),
        ("Rådet vil afgive et samlet høringssvar.", "decided"),
        ("Rådet afgav følgende høringssvar: Rådet kan ikke anbefale forslaget.", "decided"),
        ("Dispensationen blev meddelt på vilkår.", "decided"),
    ],
)
def test_the_neighbours_keep_their_type(text: str, kind: str) -> None:
    assert classify_decision(text, forum="Handicaprådet")[0][0] == kind


def test_an_xhtml_page_with_its_xml_prolog_is_read_without_a_warning() -> None:
    """An agenda system's XHTML export opens with "<?xml …?>": read as the HTML it is,
    without bs4's advice to parse it as XML on the build's stderr."""
    page = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Referat</title></head>'
        "<body><h1>Teknisk Udvalg</h1><p>Referat af mødet den 4. marts 2025 kl. 16.00</p>"
        "<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>"
        # (a page of some length: bs4 looks for the HTML's own end near the start only)
        + "<h2>2. Orientering</h2><h3>Sagsfremstilling</h3>"
        + "<p>Forvaltningen orienterede om status på projektet.</p>" * 30
        + "<h3>Beslutning</h3><p>Taget til efterretning.</p></body></html>"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        items = parse_bytes(page.encode(), "teknisk-udvalg.html").tables["items"]
    assert list(items["title"]) == ["Godkendelse af dagsorden", "Orientering"]
