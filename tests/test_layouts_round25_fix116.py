"""Twenty-fifth round (layouts116: minutes handed out under aktindsigt): a recommendation
wrapped onto its next line, a task force named in two words, a numbered room alone after
the hour, the item's word before a Roman numeral in a typed column, a virtual meeting's
platform in brackets and a redaction's stars set as inline code."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.header import _place_after_date, _time_and_place, looks_like_body
from analysis.layouts.headings import _WORD_ROMAN
from analysis.parse import strip_markdown


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the at-clause wrapped onto the next line is still what the next body is asked
        ("Gruppen anbefaler, at Kultur- og Fritidsudvalget\nvedtager model A.", "recommended"),
        ("Udvalget anbefaler, at Byrådet\ngodkender planen.", "recommended"),
        # (a point of the recommendation under a comma stays asked, as before)
        ("Udvalget anbefaler Byrådet,\n- at planen vedtages.", "recommended"),
        # (a new line in capitals is a sentence of its own: the forum's own approval)
        ("Udvalget anbefaler sagen\nGodkendt.", "approved"),
    ],
)
def test_wrapped_recommendation(text: str, primary: str) -> None:
    assert _primary(text) == primary


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Task Force Kystsikring", True),
        ("Taskforce Energi og Varme", True),
        ("Task Force – Klimatilpasning", True),
        ("Taskforcen", True),
        ("Task force har drøftet sagen", False),
    ],
)
def test_task_force_named_by_its_matter(text: str, body: bool) -> None:
    assert looks_like_body(text) is body


def test_numbered_room_alone_after_the_hour() -> None:
    assert _place_after_date("Onsdag den 4. juni 2025, kl. 10.00, lokale 2.14") == "lokale 2.14"
    assert _place_after_date("Onsdag den 4. juni 2025, kl. 10.00, mødelokale 7") == "mødelokale 7"


def test_item_word_and_roman_numeral_in_a_column() -> None:
    m = _WORD_ROMAN.match("Punkt IV Ekspropriation ved Nybrovej")
    assert m is not None and m.group("roman") == "IV"
    assert _WORD_ROMAN.match("Punkt I godkendt uden bemærkninger") is None


def test_virtual_meeting_platform_in_brackets() -> None:
    # "Mødet holdt virtuelt (Teams) pga. covid-19": the platform is the place, the reason
    # no part of it (as "virtuelt på Teams pga. …" already read)
    assert _time_and_place("virtuelt (Teams) pga. forsamlingsforbuddet") == (None, "Teams")
    assert _time_and_place("virtuelt på Teams") == (None, "Teams")


def test_inline_code_is_literal() -> None:
    # a redaction's mark set as inline code keeps its stars; markup around code is stripped
    assert strip_markdown("Afgørelse: `*** fortroligt ***`") == "Afgørelse: *** fortroligt ***"
    assert strip_markdown("**Sagsnr.** `*** udeladt ***`") == "Sagsnr. *** udeladt ***"
    assert strip_markdown("_Oplæg: KD | Sag: `25-01234`_") == "Oplæg: KD | Sag: 25-01234"
