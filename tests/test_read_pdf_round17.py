"""PDF reader, seventeenth round: an owner named only in the running page footer."""

from __future__ import annotations

import io

import pytest

from analysis.parse import parse_minutes
from analysis.read.pdf import read

pytest.importorskip("reportlab")


def _footed_pdf(body: list[str], footer: list[str], pages: int = 3) -> bytes:
    """A PDF of ``pages`` pages, the body's lines on the first and item text on the others,
    the same footer lines (at most two, the page number beside the last) on every page."""
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    for n in range(1, pages + 1):
        lines = body if n == 1 else [f"Teksten til punkt {n} står her.", "Taget til efterretning."]
        c.setFont("Helvetica", 10)
        for k, line in enumerate(lines):
            c.drawString(72, 760 - 14 * k, line)
        c.setFont("Helvetica", 8)
        for k, line in enumerate(footer):
            c.drawString(72, 50 - 10 * k, line)
        c.drawRightString(520, 50 - 10 * (len(footer) - 1), f"Side {n} af {pages}")
        c.showPage()
    c.save()
    return buf.getvalue()


_BODY = [
    "Referat",
    "Psykiatri- og Socialudvalget",
    "Mødedato: 4. marts 2025",
    "Mødested: Regionshuset, mødelokale 2",
    "1. Godkendelse af dagsorden",
    "Beslutning",
    "Godkendt.",
]


def test_an_owner_only_in_the_footer_is_read_once_above_the_body() -> None:
    text = read(_footed_pdf(_BODY, ["Region Sjælland", "Psykiatri- og Socialudvalget"])).text
    assert text.startswith("Region Sjælland\n")
    assert text.count("Region Sjælland") == 1
    assert "Side 2 af 3" not in text
    assert parse_minutes(text).municipality == "Region Sjælland"


def test_a_kommune_in_the_footer_is_read_when_the_top_does_not_name_it() -> None:
    text = read(_footed_pdf(_BODY, ["Lemvig Kommune"])).text
    assert text.startswith("Lemvig Kommune\n")


def test_an_owner_the_top_already_names_is_not_repeated() -> None:
    text = read(_footed_pdf(["Lemvig Kommune", *_BODY], ["Lemvig Kommune"])).text
    assert text.count("Lemvig Kommune") == 1


@pytest.mark.parametrize(
    "footer",
    [
        "Albertslund Kommune — Chefforum",  # owner and body: not the owner's name alone
        "Teknisk Forvaltning",  # a department, no owner
        "Region Syddanmarks Udviklingsafdeling",  # a region's unit, not the region
    ],
)
def test_other_running_lines_stay_dropped(footer: str) -> None:
    text = read(_footed_pdf(_BODY, [footer])).text
    assert footer not in text
    assert text.startswith("Referat")
