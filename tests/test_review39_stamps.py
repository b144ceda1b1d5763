"""One list of a document's stamp words for a meta line's field and a line of its own
(``header._STAMP_WORDS``), and one sentence splitter for decisions (``_NEXT_SENTENCE``)."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.header import _sent_stamp, _stamp


@pytest.mark.parametrize(
    "line",
    [
        "Udsendt den 7. marts 2024",
        "Referatet godkendt den 18. marts 2024",
        "Senest opdateret 2. april 2024",
        "Publiceret: 28.03.2024",
        "Rettet den 3. april 2024",
    ],
)
def test_a_stamp_line_is_read_as_one(line: str) -> None:
    assert _sent_stamp(line)


@pytest.mark.parametrize("line", ["Udvalget godkendte 3. april 2024", "Mødet 3. april 2024"])
def test_other_lines_are_no_stamp(line: str) -> None:
    assert not _sent_stamp(line)


def test_a_sending_field_is_a_stamp_field() -> None:
    assert _stamp("Udsendt 02.05.2025") == dt.date(2025, 5, 2)
    assert _stamp("Udgivet 16. februar 2025 af Lene") is None


def test_done_as_recommended_after_a_party_letter() -> None:
    """A sentence after "(F)." is a sentence of its own: what it does is read."""
    text = "Drøftet med bemærkning fra Anne Holm (F). Sendes i høring som indstillet."
    assert primary_decision_type(t for t, _ in classify_decision(text)) == "approved"
