"""Layouts taught in the nineteenth round by fix64 (invented text)."""

from __future__ import annotations

import datetime as dt

from analysis.layouts.mail_date import with_mail_year
from analysis.parse import Line


def _lines(text: str) -> list[Line]:
    return [Line(k, t.strip(), 0) for k, t in enumerate(text.split("\n"))]


_MAIL = "Fra: A <a@example.dk>\nSendt: {sent}\nEmne: Noter\n\nFORUM – {when} kl. 9.00 i lok. 2\n"


def test_mail_year_from_sending_date() -> None:
    lines = _lines(_MAIL.format(sent="3. marts 2025 08:41", when="fredag 28/2"))
    dated = with_mail_year(lines, len(lines))
    assert dated is not None
    assert dated[4].clean == "FORUM – fredag 28/2-2025 kl. 9.00 i lok. 2"


def test_mail_year_before_new_year() -> None:
    # sent in January about a December meeting: the year before the sending date's
    lines = _lines(_MAIL.format(sent="6. januar 2025 10:00", when="torsdag 19/12"))
    dated = with_mail_year(lines, len(lines))
    assert dated is not None and "19/12-2024" in dated[4].clean
    assert dt.date(2024, 12, 19).weekday() == 3


def test_mail_year_needs_the_weekday_to_match() -> None:
    # 28/2/2025 is a Friday: "mandag 28/2" names another year's day, no year is guessed
    lines = _lines(_MAIL.format(sent="3. marts 2025 08:41", when="mandag 28/2"))
    assert with_mail_year(lines, len(lines)) is None


def test_no_mail_no_year() -> None:
    lines = _lines("REFERAT\n\nFORUM – fredag 28/2 kl. 9.00 i lok. 2\n")
    assert with_mail_year(lines, len(lines)) is None
