"""Fiftieth round, layouts322: the big cities' committee and council minutes as web pages.

An item's heading "Punkt N, Title" (``headings._PKT``: a comma between the item's number and
its title, a space and a capital after it); a case paper headed by the body it is put to
("Byrådsindstilling", "Udvalgsindstilling", ``parse._OFFICE_RECOMMENDATION``) under the
decision: the recommendation, no part of the decision; a that-clause after "meddelte"
("Formanden meddelte, at mødet … er aflyst", ``decisions._TOLD``): what was told, no act of
the forum.
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, orientation_noted
from analysis.layouts import parse_text
from analysis.layouts.headings import _PKT
from analysis.parse import _OFFICE_RECOMMENDATION, Line, heading_key


def _types(text: str) -> list[str]:
    return [t for t, _ in classify_decision(text)]


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("Punkt 4, Salg af grund på Havnevej", "4", "Salg af grund på Havnevej"),
        ("Pkt. 12, Anlægsbevilling til ny skole", "12", "Anlægsbevilling til ny skole"),
        ("Punkt 1, Godkendelse af dagsorden", "1", "Godkendelse af dagsorden"),
    ],
)
def test_a_comma_parts_the_items_number_from_its_title(line: str, number: str, title: str) -> None:
    m = _PKT.match(line)
    assert m is not None
    assert (m.group("num"), m.group("title")) == (number, title)


@pytest.mark.parametrize("line", ["Punkt 3, 4 og 5 blev behandlet samlet.", "Sag 2, som nævnt"])
def test_a_comma_before_a_figure_or_a_small_letter_is_no_title_separator(line: str) -> None:
    m = _PKT.match(line)
    assert m is None or m.group("title")[:1] == ","


def test_items_headed_punkt_and_a_comma_keep_the_title_alone() -> None:
    meeting = parse_text("""Byrådet
Referat fra byrådsmøde
Onsdag den 6. juni 2018 kl. 18.00
Byrådssalen, Rådhuset

Punkt 1, Godkendelse af dagsorden
Beslutning:
Godkendt.

Punkt 2, Lokalplan for boliger ved Åparken
Sagsnummer: 18/003101
Beslutning:
Vedtaget som indstillet.
""")
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Lokalplan for boliger ved Åparken"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Byrådsindstilling",
        "Udvalgsindstilling",
        "Kommunalbestyrelsesindstilling",
        "Magistratsindstilling",
        "Økonomiudvalgsindstilling",
        "Regionsrådsindstilling",
    ],
)
def test_a_recommendation_named_by_its_body_is_the_recommendation(text: str) -> None:
    assert _OFFICE_RECOMMENDATION.match(text)
    assert heading_key(Line(0, text, 0)) == ("indstilling", text)
    assert heading_key(Line(0, f"{text}:", 0)) == ("indstilling", text)


@pytest.mark.parametrize(
    "text", ["Indstillingen", "Sagsindstilling", "Byrådsindstillingen blev godkendt"]
)
def test_other_words_ending_in_indstilling_are_no_body_recommendation(text: str) -> None:
    assert not _OFFICE_RECOMMENDATION.match(text)


def test_the_case_paper_under_the_decision_is_no_part_of_it() -> None:
    meeting = parse_text("""Magistraten
Referat

Mødedato: 02-05-2022
Mødetidspunkt: 13:00

1. Takster for vinterbadning
Sagsnr.: 22/001100-3
Beslutning
Magistraten besluttede at indstille til Byrådet, at indstillingen godkendes.

Byrådsindstilling
Dato: 20. april 2022
Til Byrådet via Magistraten

2. Beslutningspunkter
At 1) taksterne godkendes.
""")
    item = meeting.items[0]
    decision = next(s for s in item.sections if s.key == "beslutning")
    assert decision.text == (
        "Magistraten besluttede at indstille til Byrådet, at indstillingen godkendes."
    )
    assert any(s.key == "indstilling" for s in item.sections)


@pytest.mark.parametrize(
    "text",
    [
        "Formanden meddelte, at mødet den 4. maj er aflyst.",
        "Borgmesteren meddelte, at næste møde er aflyst.",
    ],
)
def test_what_was_told_after_meddelte_is_no_act_of_the_forum(text: str) -> None:
    types = _types(text)
    assert "decided" not in types
    assert orientation_noted(types, set(), "Meddelelser fra formanden") == ["noted"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Udvalget meddelte afslag på ansøgningen.", "decided"),
        ("Udvalget besluttede at aflyse mødet den 4. maj.", "decided"),
        ("Mødet den 4. maj er aflyst.", "decided"),
    ],
)
def test_the_forums_own_refusal_or_cancellation_stays_its_act(text: str, kind: str) -> None:
    assert kind in _types(text)
