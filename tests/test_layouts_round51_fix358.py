"""Fifty-first round, layouts358: committee and council minutes kept by web archives.

A web archive's banner over the page it kept (its name on the first line, the capture's
day and hour under it, down to the first blank line) is furniture: the capture's date is
no meeting date (``text.archive_banner``). An old portal's link that mails the page to
someone ("Send til en ven", "[Tip en ven]") and the text size's buttons ("A A A", "A- A+")
are controls (``text._CONTROLS``), alone or in a row of the page's controls.
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.layouts import parse_text
from analysis.layouts.text import archive_banner, is_furniture
from analysis.parse import to_lines

_PAGE = (
    "\n"
    "Faaborg-Midtfyn Kommune\n"
    "\n"
    "Referat\n"
    "Miljøudvalget\n"
    "Tirsdag den 3. maj 2011 kl. 14:00\n"
    "Mødelokale A, Rådhuset\n"
    "\n"
    "1. Godkendelse af dagsorden\n"
    "Beslutning\n"
    "Godkendt.\n"
    "\n"
    "2. Spildevandsplan 2011-2014\n"
    "Beslutning\n"
    "Godkendt.\n"
)


@pytest.mark.parametrize(
    "banner",
    [
        "Netarkivet\nArkiveret side - http://www.eksempel.dk/moeder/3-5-2011\n"
        "Høstet: 9. juli 2011 kl. 22:15\n",
        "netarkivet.dk\nHøstet: 09-07-2011 22:15:03\n",
        "archive.today\nwebpage capture\nSaved from\nhttp://www.eksempel.dk/moeder/3-5-2011\n"
        "09 Jul 2011 22:15:03 UTC\n",
        "archive.is\n09 Jul 2011 22:15:03 UTC\n",
        "The Wayback Machine - https://web.archive.org/web/20110709221503/http://www.eksempel.dk/\n"
        "3 captures\n09 Jul 2011 - 14 Feb 2013\nJUN\tJUL\tAUG\n09\n2010\t2011\t2012\n",
    ],
)
def test_an_archive_banner_is_no_part_of_the_meeting(banner: str) -> None:
    lines = to_lines(banner + _PAGE)
    count = banner.count("\n")
    assert archive_banner(lines) == {ln.index for ln in lines[:count]}
    meeting = parse_text(banner + _PAGE)
    assert meeting.date == dt.date(2011, 5, 3)
    assert meeting.start_time == "14:00"


def test_a_banner_with_no_blank_line_under_it_is_its_name_alone() -> None:
    text = "Netarkivet\n" + "\n".join(f"Linje {k}" for k in range(30)) + "\n"
    lines = to_lines(text)
    assert archive_banner(lines) == {lines[0].index}


@pytest.mark.parametrize(
    "first",
    [
        "Referat",
        "Netarkivet er Det Kgl. Biblioteks arkiv",  # a sentence naming the archive
        "Arkiv",
        "Tirsdag den 3. maj 2011 kl. 14:00",
    ],
)
def test_no_banner_without_the_archives_name_first(first: str) -> None:
    lines = to_lines(first + "\nHøstet: 9. juli 2011 kl. 22:15\n" + _PAGE)
    assert archive_banner(lines) == set()


def test_an_archives_name_lower_down_opens_no_banner() -> None:
    lines = to_lines("Referat\nMiljøudvalget\nNetarkivet\nHøstet: 9. juli 2011\n" + _PAGE)
    assert archive_banner(lines) == set()


@pytest.mark.parametrize(
    "line",
    [
        "Send til en ven",
        "Tip en ven",
        "Anbefal siden til en ven",
        "[Udskriv siden] [Tip en ven]",
        "Udskriv referat   Send til en ven",
        "Udskriv   Del   A A A",
        "A- A+",
        "Udskriv | Tip en ven | A A+ A++",
    ],
)
def test_a_portals_mail_link_and_text_size_buttons_are_controls(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "A A",  # (two cells of a table, no buttons without their signs)
        "Afdeling A og B",
        "Formanden sendte forslaget til en ven af huset.",
        "Tip en ven om mødet",
    ],
)
def test_a_friend_or_a_letter_in_prose_is_no_control(line: str) -> None:
    assert not is_furniture(line)
