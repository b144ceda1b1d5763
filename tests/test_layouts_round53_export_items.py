"""Round 53 (fifty-fourth session), export probe: the leading of a short PDF export."""

from __future__ import annotations

from collections import Counter

from analysis.read.pdf import _leading


def test_leading_is_the_most_common_distance_in_running_text() -> None:
    # wrapped paragraphs: the leading dominates, the paragraphs' distance is rarer
    assert _leading(Counter({13.5: 40, 22.5: 9})) == 13.5


def test_leading_is_the_smaller_distance_where_paragraphs_outnumber_lines() -> None:
    # one-line paragraphs set apart by space: the distance between paragraphs is met more
    # often than the leading, which is still the paragraph's own
    assert _leading(Counter({22.5: 12, 13.5: 6})) == 13.5


def test_a_rare_smaller_distance_is_no_leading() -> None:
    # one tight pair of lines (a table's, a superscript's) does not set the leading
    assert _leading(Counter({13.5: 30, 11.0: 1})) == 13.5
    # (a quarter as often is enough where the common distance is a blank line wider: the
    # rule merged from the export_decisions branch)
    assert _leading(Counter({22.5: 12, 13.5: 2})) == 22.5
    assert _leading(Counter({22.5: 12, 13.5: 3})) == 13.5


def test_a_distance_close_to_the_common_one_is_the_same_leading() -> None:
    assert _leading(Counter({13.5: 10, 13.0: 8})) == 13.5
