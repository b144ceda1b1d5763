"""Twentieth round (layouts58): a print view's field rows whose label and value are glued
by the markup."""

from __future__ import annotations

import pytest

from analysis.read import read_bytes


def _html(rows: str) -> bytes:
    return f"<html><body><div>{rows}</div><p>Tekst.</p></body></html>".encode()


def test_glued_label_and_value_spans_are_a_field() -> None:
    rows = (
        '<div class="r"><span class="l">Sted</span><span class="v">Rådhuset, lokale 2</span></div>'
        '<div class="r"><span class="l">Udvalg</span><span class="v">Byrådet</span></div>'
    )
    text = read_bytes(_html(rows), ".html").text
    assert "Sted: Rådhuset, lokale 2" in text
    assert "Udvalg: Byrådet" in text


@pytest.mark.parametrize(
    "row",
    [
        # a space between them in the markup: the page shows them as one phrase
        "<div><span>Punkt</span> <span>23</span></div>",
        # a word split for its style (a drop cap), no label
        "<div><span>B</span><span>yrådet</span></div>",
        # the second part goes on in small letters: one sentence
        "<div><span>Mødet</span><span>blev holdt på rådhuset</span></div>",
    ],
)
def test_other_span_pairs_are_left_as_they_read(row: str) -> None:
    assert ": " not in read_bytes(_html(row), ".html").text


def test_a_cookie_notice_known_by_its_id_is_left_out() -> None:
    page = (
        b'<html><body><div id="cookie-consent"><span>Vi bruger cookies.</span></div>'
        b"<p>Referat</p></body></html>"
    )
    assert "cookies" not in read_bytes(page, ".html").text
