"""Twenty-fifth round (layouts120, whole saved web pages of other systems and generations):
a body deciding to move a date is no postponement of its item, a meeting held at a
distance names its medium where the room would stand, a heading row's control cell, a
side column's list of meeting dates, and a disclosure's label as the item's heading."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.header import _in_date_list, _place_after
from analysis.layouts.headings import _without_control_cells
from analysis.parse import Line
from analysis.read.html import html_to_text


def _primary(text: str, forum: str | None = None) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the body decided to move a deadline or a date: a decision, the item settled
        ("Byrådet besluttede at udskyde fristen til 1. juli 2020.", "decided"),
        ("Udvalget besluttede at udskyde opkrævningen til efteråret.", "decided"),
        ("Børne- og Skoleudvalget besluttede at udskyde skolestarten en uge.", "decided"),
        ("Byrådet har besluttet at udskyde ikrafttrædelsen.", "decided"),
        # (the item itself put off stays postponed)
        ("Byrådet besluttede at udsætte sagen til næste møde.", "postponed"),
        ("Udvalget besluttede at udskyde behandlingen.", "postponed"),
        # (nor is an item whose own choice is put to a later meeting)
        ("Udvalget besluttede at udsætte prisen og at træffe valget på mødet i maj.", "postponed"),
        ("Sagen udsættes.", "postponed"),
    ],
)
def test_round25_fix120_decided_to_move(text: str, primary: str) -> None:
    assert _primary(text, "Byrådet") == primary


@pytest.mark.parametrize(
    ("rest", "place"),
    [
        (", afholdt som videomøde (Skype for Business)", "videomøde (Skype for Business)"),
        (", holdt som telefonmøde", "telefonmøde"),
        (", afholdt via Teams", "Teams"),
        # (how it went is no place)
        (", afholdt som planlagt", None),
        # (a room after the hour is read as before)
        (", Rådhuset, mødelokale 2", "Rådhuset, mødelokale 2"),
    ],
)
def test_round25_fix120_held_as_place(rest: str, place: str | None) -> None:
    assert _place_after(rest) == place


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("7.\tEventuelt\tTil top", "7.\tEventuelt"),
        ("3.\tVejplan 2010\tUdskriv\tTil toppen", "3.\tVejplan 2010"),
        # (a cell of the title's own stays)
        ("4.\tBudget\t2010-2013", "4.\tBudget\t2010-2013"),
        ("5.\tEventuelt", "5.\tEventuelt"),
    ],
)
def test_round25_fix120_control_cell_off(text: str, bare: str) -> None:
    assert _without_control_cells(text) == bare


def _lines(*texts: str) -> list[Line]:
    return [Line(i, t, 0) for i, t in enumerate(texts)]


def test_round25_fix120_date_list() -> None:
    lines = _lines("Møder 2008", "11.12.2008", "18.12.2008", "", "Byrådet", "18.12.2008")
    assert _in_date_list(lines, 1) and _in_date_list(lines, 2)
    # a date alone under the body is the meeting's
    assert not _in_date_list(lines, 5)


def test_round25_fix120_summary_is_heading() -> None:
    page = (
        "<html><body><details><summary><span>Høring: Politik for tilgængelighed</span>"
        "</summary><div><p>Udkastet er i høring.</p></div></details>"
        "<details><summary>Tom</summary></details></body></html>"
    )
    text = html_to_text(page)
    assert "## Høring: Politik for tilgængelighed" in text.splitlines()
    # a disclosure with nothing under its label is no item's heading
    assert "Tom" in text.splitlines()


def test_round25_fix120_iframe_srcdoc_read() -> None:
    page = (
        '<html><body><p>Se referatet herunder.</p><iframe srcdoc="&lt;p&gt;&lt;b&gt;12. '
        'Vejnavne&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Godkendt.&lt;/p&gt;"></iframe></body></html>'
    )
    lines = html_to_text(page).splitlines()
    assert "12. Vejnavne" in lines and "Godkendt." in lines
