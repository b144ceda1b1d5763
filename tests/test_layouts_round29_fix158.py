"""Twenty-ninth round, layouts158 (saved web pages of modern sites): the small rules
under its fixtures (generic-app-sidehoved-*, generic-beslutningsboks-*,
web-sag-komma-aktid, web-mobil-og-desktop-bootstrap): a meta line's bare colon hour, the
paper's id after a comma beside the case, a decision box with no heading, the meeting's
own page header, and a page's mobile twin of its items."""

from __future__ import annotations

import pytest

from analysis.layouts.header import _meta_fields
from analysis.parse import match_case_number
from analysis.read.html import html_to_text


def test_bare_colon_hour_in_a_meta_line() -> None:
    line = "Referat · onsdag den 14. maj 2025 · 09:30 · Mødelokale 2"
    assert _meta_fields(line) == ("Referat · onsdag den 14. maj 2025 · Mødelokale 2", "09:30")
    # no colon, no clock: "12.30" alone may be anything (a section, a number)
    assert _meta_fields("Referat · 14. maj 2025 · 12.30")[1] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sag: 24/3301, akt-id 512", "24/3301"),
        ("Sagsnr. 24/1187, dok.nr. 88120", "24/1187"),
        ("Sag 2024-1187, Dokument-id 88120", "2024-1187"),
        ("Sag: 24/3301, se også bilag 2", None),
    ],
)
def test_case_then_document_id_after_a_comma(text: str, expected: str | None) -> None:
    assert match_case_number(text) == expected


def test_decision_box_without_heading_is_labelled() -> None:
    page = (
        "<main><h2>3. Busrute</h2><h3>Forslag</h3><p>Det foreslås, at ruten godkendes.</p>"
        '<div class="decision-box"><p>Anbefalet.</p></div></main>'
    )
    lines = html_to_text(page).splitlines()
    at = lines.index("Anbefalet.")
    assert "Beslutning" in [ln.strip("# ") for ln in lines[:at] if ln.strip()][-1:]


def test_decision_box_under_its_heading_gets_no_second_label() -> None:
    page = '<main><h3>Beslutning</h3><div class="beslutning"><p>Godkendt.</p></div></main>'
    assert html_to_text(page).count("Beslutning") == 1


def test_meeting_header_outside_main_is_read_site_header_is_not() -> None:
    page = (
        '<header class="site"><a href="/">Forside</a><h1>Vordingborg Kommune</h1></header>'
        '<header class="hidden-xs"><h1>Økonomiudvalget</h1>'
        "<p>Referat · mandag den 2. juni 2025 · 14:00</p></header><main><p>x</p></main>"
    )
    text = html_to_text(page)
    assert "Økonomiudvalget" in text and "2. juni 2025" in text
    assert "Vordingborg" not in text


def test_mobile_twin_dropped_only_beside_a_desktop_version() -> None:
    both = (
        '<main><div class="d-md-none"><p>Kort udgave</p></div>'
        '<div class="d-none d-md-block"><p>Fuld udgave</p></div></main>'
    )
    text = html_to_text(both)
    assert "Fuld udgave" in text and "Kort udgave" not in text
    alone = '<main><div class="d-md-none"><p>Kort udgave</p></div></main>'
    assert "Kort udgave" in html_to_text(alone)
