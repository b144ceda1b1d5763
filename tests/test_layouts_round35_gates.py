"""The two first-letter gates taken out of ``layouts.headings`` (thirty-fifth session):
each pass now reads what its helper reads, not only lines opening with the gate's letters."""

from __future__ import annotations

from analysis import dates
from analysis.layouts import headings
from analysis.parse import to_lines


def test_decided_page_reads_a_decision_label_other_than_beslutning() -> None:
    lines = to_lines("3. Vejnavne i Nordby\n\nSagsfremstilling\nTekst.\n\nAfgørelse:\nGodkendt.\n")
    assert headings._decided_page(lines, 0, len(lines))


def test_decided_page_still_rejects_a_page_without_a_decision() -> None:
    lines = to_lines("3. Vejnavne i Nordby\n\nSagsfremstilling\nTekst om afgørelsen.\n")
    assert not headings._decided_page(lines, 0, len(lines))


def test_fields_over_reads_a_case_line_in_brackets() -> None:
    lines = to_lines("Indledning\n\n(sag 27.12.00-P22-3-25)\n4. Vejnavne i Nordby\n")
    found = headings._fields_over(lines, 3, set())
    assert found is not None and found[1] == "27.12.00-P22-3-25"


def test_word_dates_gate_lets_every_month_abbreviation_through() -> None:
    # (the gate lacked "mrt", "may" and "oct", which the date pattern reads)
    for text, month in (
        ("fireogtyvende mrt 2017", 3),
        ("tredje may 2020", 5),
        ("tredje oct 2019", 10),
    ):
        found = dates._word_dates(f"Mødet blev holdt den {text}.")
        assert [d.date.month for d in found] == [month], text
