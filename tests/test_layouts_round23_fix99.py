"""Twenty-third round (layouts99): web pages of council and committee minutes copied by a
browser; the small rules the fixtures hold only in part."""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.parse import match_case_number


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Sagsnr./Dokumentnr.: 20-3341 / 20-44987", "20-3341"),
        ("Sagsnr. / Dokumentnr.: 26/1180 / 26/30211", "26/1180"),
        ("Sagsnr./Dok.nr.: 25-004512 / 47245/25", "25-004512"),
        # the document's number first (an older rule): the case is the second value
        ("Doknr./Sagsnr.: 47245/25 / 25-004512", "25-004512"),
    ],
)
def test_case_and_document_field_reads_the_case(line: str, case: str) -> None:
    assert match_case_number(line) == case


def _titles(text: str) -> list[str]:
    return [it.raw_title for it in parse_text(text).items]


_PAGE = """Middelfart Kommune

Børne- og Skoleudvalget
Mandag den 2. marts 2026 kl. 16:00
Udvalgsværelse 1, Østergade 11, Middelfart
Referat

Pkt. 8  Åbent  Godkendelse af dagsorden
Sagsnr.: 26-0415
Afgørelse:
Godkendt.

Pkt. 9  {mark}  {title}
Sagsnr.: 26-0988
Afgørelse:
Godkendt.
"""


def test_open_mark_column_before_the_title_is_dropped() -> None:
    titles = _titles(_PAGE.format(mark="Lukket", title="Køb af jord ved Gelsted"))
    assert titles == ["Godkendelse af dagsorden", "Køb af jord ved Gelsted"]


def test_title_opening_with_the_word_is_kept() -> None:
    # "Åbent hus …" is a title that opens with the word: lower case after it, kept whole
    titles = _titles(_PAGE.format(mark="Åbent", title="Åbent hus på skolerne"))
    assert titles[1] == "Åbent hus på skolerne"
