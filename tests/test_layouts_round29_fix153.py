"""Twenty-ninth round, layouts153 (Word's internals: content controls, text boxes, tracked
changes, fields, nested tables): an Eventuelt's "Intet at bemærke." as its outcome where
the item has no decision label; a council's first item, numbered on through the year and
with no case line, proven by the section heading its proven neighbours have under them.
The nested field tables are held by the fixture
``generic-punkttabel-indlejrede-felttabeller.docx`` (``gen/nested_field_tables_docx.py``)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import parse_text
from analysis.layouts.outcome import bare_outcome, outcome_line


@pytest.mark.parametrize(
    "text",
    ["Intet at bemærke.", "Intet yderligere at bemærke.", "Intet at referere.", "Intet at bemærke"],
)
def test_nothing_to_remark_is_an_outcome(text: str) -> None:
    assert outcome_line(text)
    assert bare_outcome(text) or not text.endswith(".")
    assert primary_decision_type(t for t, _ in classify_decision(text)) == "none"


@pytest.mark.parametrize(
    "text", ["Intet at bemærke til budgettet, men vi ser på det igen.", "Intet at bemærke her"]
)
def test_a_sentence_going_on_is_no_such_outcome(text: str) -> None:
    assert not outcome_line(text)


_MINUTES = """Vesthimmerlands Kommune
Referat af mødet i Kultur- og Fritidsudvalget
Dato: tirsdag 3. marts 2026 kl. 15.00
Sted: Mødelokale 2, Aars Rådhus

## Ny hal i Ranum

Sagsnr. 26/118

Udvalgets beslutning den 3. marts 2026:

Godkendt.

## Eventuelt

Intet at bemærke.
"""


def test_an_unlabelled_eventuelt_with_nothing_to_remark_keeps_it_as_its_decision() -> None:
    meeting = parse_text(_MINUTES)
    assert [i.title for i in meeting.items] == ["Ny hal i Ranum", "Eventuelt"]
    assert [(s.key, s.text) for s in meeting.items[-1].sections] == [
        ("beslutning", "Intet at bemærke.")
    ]


_RUNNING = """Byrådet
Referat af Byrådets møde
Dato: mandag 9. februar 2026 kl. 18.30
Sted: Rådhuset, mødesal 1

41. Godkendelse af dagsorden

Forslag

Borgmesteren foreslår, at dagsordenen godkendes.

Beslutning

Godkendt.

42. Takster for svømmehallen 2026

25/2201

Forslag

Direktionen foreslår, at taksterne hæves med 3 procent.

Beslutning

Godkendt.

43. Ny skolestruktur - høringssvar

25/7340

Forslag

Direktionen foreslår, at høringssvarene tages til efterretning.

Beslutning

Taget til efterretning.
"""


def test_the_first_item_written_as_the_proven_ones_opens_the_run() -> None:
    assert [i.number for i in parse_text(_RUNNING).items] == [41, 42, 43]


def test_a_different_section_under_the_first_leaves_it_unproven() -> None:
    # (without its decision: "Beslutning" alone over an outcome under the item's notes
    # proves a heading of its own, see test_layouts_round47_fix289)
    text = _RUNNING.replace("Forslag\n\nBorgmesteren", "Noter\n\nBorgmesteren", 1)
    text = text.replace("Beslutning\n\nGodkendt.\n\n", "", 1)
    assert [i.number for i in parse_text(text).items] == [42, 43]


def test_a_different_section_under_the_first_and_its_decision_prove_it() -> None:
    text = _RUNNING.replace("Forslag\n\nBorgmesteren", "Noter\n\nBorgmesteren", 1)
    assert [i.number for i in parse_text(text).items] == [41, 42, 43]
