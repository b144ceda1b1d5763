"""Round 21 (layouts76): a field holding the document's number and the case's."""

from __future__ import annotations

import pytest

from analysis.parse import match_case_number


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Doknr./Sagsnr.: 47245/25 / 25-004512", "25-004512"),
        ("Dok.nr./Sagsnr.: 1187/24 / 24/9921", "24/9921"),
        ("Dokumentnr./Sagsnr.: 8812-25 / 00.30.00-S55-1-25", "00.30.00-S55-1-25"),
    ],
)
def test_document_and_case_number_field_gives_the_case(line: str, case: str) -> None:
    assert match_case_number(line) == case


def test_document_and_case_field_without_numbers_gives_none() -> None:
    assert match_case_number("Doknr./Sagsnr.: -") is None


def test_single_value_after_the_joint_label_still_read() -> None:
    # the older joint label with one value: the case alone
    assert match_case_number("Dok./Sagsnr.: 25/1234") == "25/1234"
