"""Fifty-second round, layouts388: minutes whose decision heading is worded unusually.

A bare outcome label of its own line other than "Referat" ("Resultat", "Behandling",
"Sagens afgørelse"), after the case's text or as the item's first line
(``parse.OUTCOME_LABELS``); "Vedtagelse:" as the decision's label
(``vocab.SECTION_HEADINGS``); an advisory council's "Høringssvar" / "Udtalelse" right after
the case's text, and a local committee (lokaludvalg) read as an advisory council
(``parse.council_reply_heading``), where the council speaks under it and no Indstilling
follows (``parse._council_speaks``, ``parse._recommendation_follows``).
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.parse import (
    OUTCOME_LABELS,
    BodyRules,
    Line,
    _council_speaks,
    _recommendation_follows,
    council_reply_heading,
    heading_key,
)


def _decisions(text: str) -> dict[str, str]:
    meeting = parse_text(text)
    return {
        it.title: next((s.text for s in it.sections if s.key == "beslutning"), "")
        for it in meeting.items
    }


_HEADER = """Kultur- og Fritidsudvalget
Referat

Mødedato: Mandag den 3. juni 2024
Mødetidspunkt: 15:00
Mødested: Rådhuset, lokale 4

"""


@pytest.mark.parametrize("label", ["Resultat", "Behandling", "Sagens afgørelse"])
def test_bare_outcome_label_after_case_text(label: str) -> None:
    text = (
        _HEADER
        + "1. Godkendelse af dagsorden\n\n"
        + f"{label}\nGodkendt.\n\n"
        + "2. Ny belysning i hallen\n\nSagsfremstilling\nLyset i hallen er for svagt.\n\n"
        + "Indstilling\nForvaltningen indstiller, at der købes nye lamper.\n\n"
        + f"{label}\nIndstillingen blev godkendt.\n"
    )
    found = _decisions(text)
    assert found["Godkendelse af dagsorden"] == "Godkendt."
    assert found["Ny belysning i hallen"] == "Indstillingen blev godkendt."


def test_outcome_labels_hold_referat_and_not_prose() -> None:
    assert {"Referat", "REFERAT", "Resultat", "Behandling", "Sagens afgørelse"} <= OUTCOME_LABELS
    assert "Resultatet blev godkendt." not in OUTCOME_LABELS


def test_resultat_alone_is_no_heading_of_its_own() -> None:
    # (only its place in an item makes the bare word the label: a table's column head else)
    assert heading_key(Line(0, "Resultat", 0)) is None
    assert heading_key(Line(0, "Behandling", 0)) is None


@pytest.mark.parametrize("line", ["Vedtagelse:", "Vedtagelse"])
def test_vedtagelse_is_a_decision_label(line: str) -> None:
    found = heading_key(Line(0, line, 0))
    assert found is not None and found[0] == "beslutning"


@pytest.mark.parametrize(
    ("forum", "expected"),
    [
        ("Handicaprådet", True),
        ("Amager Vest Lokaludvalg", True),
        ("Lokaludvalget", True),
        ("Byrådet", False),
        ("Teknik- og Miljøudvalget", False),
    ],
)
def test_council_reply_heading_for_advisory_bodies(forum: str, expected: bool) -> None:
    found = council_reply_heading("Udtalelse", BodyRules(forum=forum))
    assert (found is not None) is expected
    if expected:
        assert found == ("beslutning", "Udtalelse")


def test_reply_after_case_text_without_indstilling() -> None:
    text = """Seniorrådet - Referat

Onsdag den 6. marts 2024 kl. 10.00
Rådhuset, mødelokale 1

Punkt 1: Høring om madservice
Sagsnr. 24-001122

Sagsfremstilling
Kvalitetsstandarden for madservice er sendt i høring hos rådet.

Høringssvar
Seniorrådet anbefaler standarden.

Punkt 2: Eventuelt

Referat
Intet.
"""
    found = _decisions(text)
    assert found["Høring om madservice"] == "Seniorrådet anbefaler standarden."


def _body(text: str) -> list[Line]:
    return [Line(k, line, 0) for k, line in enumerate(text.split("\n"))]


@pytest.mark.parametrize(
    ("under", "forum", "expected"),
    [
        ("Ældrerådet anbefaler forslaget.", "Ældrerådet", True),
        ("Rådet drøftede planen.", "Handicaprådet", True),
        ("Lokaludvalget godkendte svaret.", "Vestbyen Lokaludvalg", True),
        ("To svar kom ind.", "Seniorrådet", False),
        ("Skolebestyrelsen mener, at …", "Seniorrådet", False),
    ],
)
def test_council_speaks_under_the_label(under: str, forum: str, expected: bool) -> None:
    body = _body(f"Høringssvar\n{under}\n")
    assert _council_speaks(body, body[0], BodyRules(forum=forum)) is expected


def test_recommendation_follows_the_label() -> None:
    body = _body("Høringssvar\nRådet er enigt.\n\nForvaltningens forslag\nDet foreslås, at …\n")
    assert _recommendation_follows(body, body[0], BodyRules(forum="Seniorrådet"))
    assert not _recommendation_follows(body, body[3], BodyRules(forum="Seniorrådet"))
