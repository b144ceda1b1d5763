"""The forty-eighth round's rules for minutes whose agenda is split into parts with
sub-items (layouts297): a group heading with a case and a lead sentence of its own, but no
decision, over numbered sub-items that each carry a decision is an item itself, its
sub-items items after it; a decision label alone on its line without a colon counts as
the decision under a point; a part named by openness and purpose ("A. Åbne sager til
beslutning") is a group heading; a note on the items' handling under the contents list
("Punkt 6 blev behandlet før punkt 2."), its remark label alone above it, is the
meeting's note."""

from __future__ import annotations

import pytest

from analysis.layouts import base, groups, headings, text
from analysis.parse import Header, Line


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


# --- a part named by openness and purpose (groups.is_group_heading) ----------------------


@pytest.mark.parametrize(
    "line",
    [
        "A. Åbne sager til beslutning",
        "B. Åbne sager til orientering",
        "Lukkede sager til beslutning",
        "ÅBNE PUNKTER TIL DRØFTELSE",
        "Åbne sager",
    ],
)
def test_an_open_or_closed_part_with_its_purpose_is_a_group(line: str) -> None:
    assert groups.is_group_heading(line)


@pytest.mark.parametrize("line", ["Åbne sager til salg", "Lukkede sager til beslutning om salg"])
def test_other_words_after_the_part_are_no_group(line: str) -> None:
    assert not groups.is_group_heading(line)


# --- notes under the contents list (base.notes_under_contents) ---------------------------


def test_a_handling_note_under_its_remark_label_is_the_meetings_note() -> None:
    between = _lines(
        "Bemærkning:\nPunkt 6 blev behandlet før punkt 2.\n\nNæste møde: 4. maj 2023 kl. 9\n"
    )
    head, placed = Header(), set()
    base.notes_under_contents(between, head, placed, set())
    assert head.notes == ["Punkt 6 blev behandlet før punkt 2.", "Næste møde: 4. maj 2023 kl. 9"]
    assert placed == {ln.index for ln in between if not ln.blank}


def test_a_remark_label_over_other_text_stays_unplaced() -> None:
    between = _lines("Bemærkning:\nUdvalget holder sommerpause.\n")
    head, placed = Header(), set()
    base.notes_under_contents(between, head, placed, set())
    assert head.notes == [] and placed == set()


def test_texted_group_head_needs_a_case_or_a_lead_in() -> None:
    # a sentence of its own alone under the heading: the item's text, its points sections
    source = _GROUPED.replace(
        "Sags-ID: 22/701\n\nPunktet rummer følgende orienteringer:\n",
        "Forvaltningen orienterede om status.\n",
    )
    lines = _lines(source)
    heads = headings.candidates(lines, set())
    group = next(h for h in heads if h.title == "Orienteringer")
    first = heads[heads.index(group) + 1]
    assert not headings._texted_group_head(lines, group, first, [True, True])
