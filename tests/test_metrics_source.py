"""analysis.metrics.source: the source line, computed from the data."""

from __future__ import annotations

from analysis import metrics
from tests.metrics_helpers import _with_municipalities


def test_source_line_is_computed_from_the_data(tables):
    assert metrics.source_line(tables, forum="Chefforum") == (
        "Kilde: Chefforum-referater 2022-2024, n = 2 punkter"
    )
    assert metrics.source_line(tables) == (
        "Kilde: referater fra Chefforum og Økonomiudvalget 2022-2024, n = 3 punkter"
    )
    assert metrics.source_line(tables, years=2022) == "Kilde: Chefforum-referater 2022, n = 1 punkt"
    assert metrics.source_line(tables, include_standing=False).endswith(
        "n = 2 punkter (uden faste punkter)"
    )
    assert metrics.format_int_da(1234567) == "1.234.567"


def test_source_line_names_municipalities_when_several(tables):
    two = _with_municipalities(tables, "Albertslund Kommune", "Albertslund Kommune", "Egedal")
    assert metrics.source_line(two) == (
        "Kilde: referater fra Albertslund Kommune (Chefforum) og Egedal (Økonomiudvalget) "
        "2022-2024, n = 3 punkter"
    )
    one = _with_municipalities(tables, "Albertslund Kommune", "Albertslund Kommune", None)
    assert metrics.source_line(one).startswith("Kilde: referater fra Chefforum og Økonomiudvalget")
