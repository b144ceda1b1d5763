"""Twentieth round (layouts58): a forum named only in a PDF's running page header, and a
print view's field rows whose label and value are glued by the markup."""

from __future__ import annotations

import io

import pytest

from analysis.layouts import parse_text
from analysis.read import read_bytes


def _headed_pdf(body: list[str], left: str, right: str, pages: int = 2) -> bytes:
    """A PDF of ``pages`` pages with the same running header on each, ``left`` and
    ``right`` on one baseline, the body's lines on the first page."""
    pytest.importorskip("reportlab")
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 9)
        c.drawString(72, 800, left)
        c.drawRightString(520, 800, right)
        lines = body if n == 1 else ["Teksten fortsætter her.", "Godkendt."]
        c.setFont("Helvetica", 10)
        for k, line in enumerate(lines):
            c.drawString(72, 740 - 14 * k, line)
        c.setFont("Helvetica", 9)
        c.drawCentredString(300, 40, f"– {n} –")
        c.showPage()
    c.save()
    return buf.getvalue()


_BODY = [
    "Mødereferat",
    "Møde i styregruppen den 2. juni 2025, kl. 10:00-11:30, Rådhuset, lokale 4",
    "Deltagere: Eva Holm, Jon Bak",
    "1. Status på byggeriet",
    "Byggeriet følger tidsplanen.",
    "Konklusion",
    "Taget til efterretning.",
    "2. Eventuelt",
    "Konklusion",
    "Intet.",
]


def test_a_forum_only_in_the_running_header_is_read_once_on_top() -> None:
    pdf = _headed_pdf(_BODY, "Vejle Kommune", "Styregruppen for Plejecenter Bredballe")
    text = read_bytes(pdf, ".pdf").text
    assert text.count("Styregruppen for Plejecenter Bredballe") == 1
    assert parse_text(text).forum == "Styregruppen for Plejecenter Bredballe"


def test_a_running_header_the_top_already_names_is_not_repeated() -> None:
    body = ["Styregruppen for Plejecenter Bredballe", *_BODY]
    pdf = _headed_pdf(body, "Vejle Kommune", "Styregruppen for Plejecenter Bredballe")
    assert read_bytes(pdf, ".pdf").text.count("Styregruppen for Plejecenter Bredballe") == 1


def test_a_running_header_that_is_no_body_is_left_out() -> None:
    pdf = _headed_pdf(_BODY, "Vejle Kommune", "Mødereferat, juni")
    assert "Mødereferat, juni" not in read_bytes(pdf, ".pdf").text


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
