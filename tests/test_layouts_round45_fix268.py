"""Forty-fifth round, layouts268: agenda portals' pages full of text no reader sees.

A case number's label kept for screen readers only ('<span class="sr-only">Sagsnummer:
</span> 2024-0043811'): the label is read with the number it names, as other hidden
labels ("Punkt", "Status:", "Dato:") are not (``read.html._hidden_case_label``); a list of
points whose counter the site's stylesheet hides, each point headed by its own number bare
before the title ('<li><h2>3 Title</h2>'): the heading's number is the point's, the
counter no line of its own (``read.html._own_number``).
"""

from __future__ import annotations

import pytest

from analysis.read.html import _own_number, html_to_text


def _page(body: str) -> str:
    return f"<html><body><main>{body}</main></body></html>"


@pytest.mark.parametrize(
    ("label", "kept"),
    [
        ("Sagsnummer:", True),
        ("Sagsnr.", True),
        ("J.nr.:", True),
        ("Sags-ID:", True),
        # what must not be read: other hidden labels, a hidden number, a hidden sentence
        ("Status:", False),
        ("Punkt", False),
        ("Sagsnummer: 24/1187", False),
        ("Læs mere om sagsnummeret", False),
    ],
)
def test_a_hidden_case_label_is_read_with_its_number(label: str, kept: bool) -> None:
    text = html_to_text(_page(f'<p><span class="sr-only">{label}</span> 2024-0043811</p>'))
    assert (label in text) is kept, text
    assert "2024-0043811" in text


def test_a_hidden_case_label_outside_a_span_stays_hidden() -> None:
    """A hidden block (a skip link's list, a heading for screen readers) is furniture."""
    text = html_to_text(_page('<div class="visually-hidden">Sagsnr.</div><p>Tekst</p>'))
    assert "Sagsnr." not in text


@pytest.mark.parametrize(
    ("text", "n", "own"),
    [
        ("3 Trafikplan", 3, True),
        ("12 Eventuelt", 12, True),
        ("3. Trafikplan", 3, True),
        ("Pkt. 3 Trafikplan", 3, True),
        # what must not be read: another number, a number glued to more digits, no title
        ("12 Eventuelt", 1, False),
        ("30 mio. kr. til veje", 3, False),
        ("3", 3, False),
        ("Trafikplan 3", 3, False),
    ],
)
def test_a_point_heading_with_its_own_bare_number(text: str, n: int, own: bool) -> None:
    assert _own_number(text, n) is own


def test_a_hidden_counter_is_no_line_of_its_own() -> None:
    markup = _page(
        '<ol class="items"><li><h2><span class="sr-only">Punkt</span> 1 Meddelelser</h2>'
        "<p>Ingen.</p></li><li><h2>2 Eventuelt</h2><p>Intet.</p></li></ol>"
    )
    lines = html_to_text(markup).splitlines()
    assert "1." not in lines and "2." not in lines
    assert any(line.endswith("1 Meddelelser") for line in lines)


def test_a_point_without_its_own_number_keeps_the_counter() -> None:
    markup = _page("<ol><li><h2>Meddelelser</h2><p>Ingen.</p></li></ol>")
    assert "1." in html_to_text(markup).splitlines()
