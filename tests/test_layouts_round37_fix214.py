"""Round thirty-seven (layouts214: unusual item numbering: letters typed twice, a body's
letters joined to its running number, inserted points, Roman numerals under an
unnumbered first entry): small rules."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.evaluate import _label_numbers
from analysis.layouts import headings
from analysis.layouts.header import _short_year_meeting
from analysis.layouts.paged_contents import paged_items
from analysis.parse import to_lines


def _heads(text: str) -> list[tuple[int, str]]:
    return [(h.number, h.title) for h in headings.candidates(to_lines(text), set())]


@pytest.mark.parametrize(
    ("numbers", "expected"),
    [
        (["TMU 12/2023", "TMU 13/2023"], [12, 13]),
        (["BY 2023-061", "BY 2023-065", "L1"], [61, 65, 1]),
        (["ØU-31", "ØU-32", "ØU-32A"], [31, 32, 32]),
        (["1", "2", "3.1", "3.2", "3.2.a", "4.1", "5"], [1, 2, 3, 4, 5, 6, 7]),
    ],
)
def test_label_numbers_of_prefixed_and_inserted_points(
    numbers: list[str], expected: list[int]
) -> None:
    assert _label_numbers([{"n": n} for n in numbers]) == expected


def test_weekday_cut_short_before_a_short_date() -> None:
    found = _short_year_meeting("Referat fra møde i Ældrerådet tirsd. d. 9/5-17 kl. 14.00-16.00")
    assert found is not None
    assert found.date == dt.date(2017, 5, 9)
    assert found.time == "14:00"


def test_letter_typed_twice_stays_in_the_run() -> None:
    text = (
        "Referat\n\nA. Godkendelse af dagsorden\n\nRef.: Godkendt.\n\n"
        "B. Meddelelser\n\nRef.: Taget til efterretning.\n\n"
        "B. Budget 2018\n\nRef.: Udsat.\n\nC. Evt.\n\nRef.: Intet.\n"
    )
    assert [n for n, _ in _heads(text)] == [1, 2, 2, 3]


def test_body_letters_joined_to_the_running_number() -> None:
    text = (
        "Referat\n\n## ØU-31 Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n\n"
        "## ØU-32 Regnskab\n\nBeslutning:\nGodkendt.\n\n"
        "## ØU-32A Tillægspunkt: Havnefest\n\nBeslutning:\nGodkendt.\n\n"
        "## ØU-34 Indkøb\n\nBeslutning:\nGodkendt.\n"
    )
    heads = headings.candidates(to_lines(text), set())
    assert [(h.number, h.inserted) for h in heads] == [
        (31, False),
        (32, False),
        (32, True),
        (34, False),
    ]
    assert heads[2].title == "Tillægspunkt: Havnefest"


def test_a_lone_joined_number_is_no_heading() -> None:
    text = "Referat\n\nEU-27 Landene blev enige om planen.\n\nMødet sluttede kl. 17.\n"
    assert _heads(text) == []


def test_inserted_margin_number_and_contents_entry() -> None:
    assert headings.toc_entry(to_lines("3A Høring over skolestruktur 3")[0]) is not None
    text = "Referat\n\n3A\nHøring over skolestruktur\n\nBeslutning:\nGodkendt.\n"
    assert _heads(text) == [(3, "Høring over skolestruktur")]


def test_roman_contents_list_is_no_paged_list_of_bare_titles() -> None:
    text = (
        "INDHOLDSFORTEGNELSE\n\n"
        "Godkendelse af dagsorden ........ 1\nI. Meddelelser ........ 1\n"
        "II. Budget ........ 2\nIII. Eventuelt ........ 2\n\n"
        "Godkendelse af dagsorden\n\nI. Meddelelser\n\nII. Budget\n\nIII. Eventuelt\n"
    )
    assert paged_items(to_lines(text), set()) is None
