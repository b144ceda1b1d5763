"""The forty-eighth round's rules for minutes whose agenda is split into parts with
sub-items (layouts297): a group heading with a case and a lead sentence of its own, but no
decision, over numbered sub-items that each carry a decision is an item itself, its
sub-items items after it; a decision label alone on its line without a colon counts as
the decision under a point."""

from __future__ import annotations

from analysis.layouts import headings, text
from analysis.parse import Line


def _lines(source: str) -> list[Line]:
    return text.prepare(source)


_GROUPED = (
    "1. Godkendelse af dagsorden\n"
    "Sags-ID: 22/700\n"
    "\n"
    "Beslutning\n"
    "Godkendt.\n"
    "\n"
    "2. Orienteringer\n"
    "Sags-ID: 22/701\n"
    "\n"
    "Punktet rummer følgende orienteringer:\n"
    "\n"
    "2.1 Status på skolebyggeriet\n"
    "Byggeriet følger tidsplanen.\n"
    "\n"
    "Beslutning\n"
    "Taget til efterretning.\n"
    "\n"
    "2.2 Nye åbningstider i borgerservice\n"
    "Borgerservice holder lukket om fredagen fra 1. marts.\n"
    "\n"
    "Beslutning\n"
    "Taget til efterretning.\n"
    "\n"
    "3. Eventuelt\n"
    "Sags-ID: 22/702\n"
    "\n"
    "Beslutning\n"
    "Intet.\n"
)


def test_a_group_heading_with_text_over_decided_points_is_an_item() -> None:
    heads = headings.candidates(_lines(_GROUPED), set())
    assert [(h.number, h.title) for h in heads] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Orienteringer"),
        (3, "Status på skolebyggeriet"),
        (4, "Nye åbningstider i borgerservice"),
        (5, "Eventuelt"),
    ]


def test_a_group_heading_with_its_own_decision_keeps_its_points_as_sections() -> None:
    # the heading decides itself: the numbered lines under it are no items of their own
    source = _GROUPED.replace(
        "Punktet rummer følgende orienteringer:\n",
        "Beslutning\nOrienteringerne blev taget til efterretning.\n",
    )
    heads = headings.candidates(_lines(source), set())
    assert [h.number for h in heads] == [1, 2, 3]


def test_points_without_a_decision_leave_the_group_heading_alone() -> None:
    # "2.1", "2.2" with text only: an item's sections, the group heading the one item
    source = _GROUPED.replace(
        "Beslutning\nTaget til efterretning.\n", "Forvaltningen orienterede.\n"
    )
    heads = headings.candidates(_lines(source), set())
    assert [h.number for h in heads] == [1, 2, 3]


def test_texted_group_head_needs_no_decision_under_the_heading() -> None:
    lines = _lines(_GROUPED)
    heads = headings.candidates(lines, set())
    assert heads[1].title == "Orienteringer"
    group, first = heads[1], heads[2]
    assert headings._texted_group_head(lines, group, first, [True, True])
    assert not headings._texted_group_head(lines, group, first, [True, False])


def test_a_bare_decision_label_counts_as_decided() -> None:
    lines = _lines("Byggeriet følger tidsplanen.\n\nBeslutning\nTaget til efterretning.\n")
    assert headings._decided(lines, 0, len(lines), cases=False)
    plain = _lines("Byggeriet følger tidsplanen.\nSags-ID: 22/701\n")
    assert not headings._decided(plain, 0, len(plain), cases=False)
    assert headings._decided(plain, 0, len(plain))
