"""Twenty-second round (layouts83): case lines of web pages copied by the browser."""

from __future__ import annotations

import pytest

from analysis.parse import match_case_number


@pytest.mark.parametrize(
    ("line", "case"),
    [
        # the case system's name, a space, then the word "sag" as the field's label
        ("Acadre sag: 25/4410", "25/4410"),
        ("SBSYS sag: 24.02.00-P20-3-24", "24.02.00-P20-3-24"),
        # ("Ny sag: …" names no case system: text)
        ("Ny sag: 25/4410", None),
        # a dash between the case field and the next labelled field
        ("Sag: 23/1187 – Ansvarlig: Tove Krag", "23/1187"),
        ("Sag: 23/1187 - Ansvarlig: T. Krag - Formål: Beslutning", "23/1187"),
        # (a dash before words that are no field: not a meta line)
        ("Sag: 23/1187 – se bilag", None),
    ],
)
def test_case_lines(line: str, case: str | None) -> None:
    assert match_case_number(line) == case

