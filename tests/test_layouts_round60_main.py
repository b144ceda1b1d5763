"""Sixtieth session, the lead's rules from the held-out sets (layouts438-445): a forum's
decision that the case goes no further ("Udvalget besluttede, at sagen ikke fremmes.",
"Bestyrelsen besluttede ikke at fremme forslaget.") is a refusal, though the matcher reads
the forum's "besluttede" (``enrich.decisions._NOT_SUPPORTED`` under ``_classified``); not
a case held back until something has happened ("…, før der foreligger en plan."). And a
closed item's standing note in the present ("Lukket punkt – behandles for lukkede døre.",
"Behandles for lukkede døre.") says nothing decided (``_NOT_MINUTED``)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


@pytest.mark.parametrize(
    "text",
    [
        "Udvalget besluttede, at sagen ikke fremmes.",
        "Bestyrelsen besluttede ikke at fremme forslaget.",
        "Rådet besluttede, at ansøgningen ikke skal fremmes.",
        "Sagen fremmes ikke.",
    ],
)
def test_case_not_advanced_is_refused(text: str) -> None:
    assert _type(text) == "rejected"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held back until something has happened: not refused
        ("Udvalget besluttede, at sagen ikke fremmes, før der foreligger en plan.", "decided"),
        ("Udvalget besluttede at fremme sagen.", "decided"),
    ],
)
def test_case_advanced_or_held_back_is_not_refused(text: str, expected: str) -> None:
    assert _type(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lukket punkt – behandles for lukkede døre.",
        "Behandles for lukkede døre.",
        "Punktet blev behandlet for lukkede døre.",
    ],
)
def test_closed_items_note_in_the_present_says_nothing_decided(text: str) -> None:
    assert _type(text) == "none"


def _page(hidden_copy: str) -> bytes:
    cards = "".join(
        f'<section class="kort"><h2>{n}. {title}</h2><p>Sagsnr.: 25/{n}001</p>'
        f"<h3>Beslutning</h3><p>{outcome}</p></section>"
        for n, title, outcome in _ITEMS
    )
    return (
        "<html><head><title>Teknisk Udvalg 3. juni 2025</title></head><body><main>"
        "<h1>Teknisk Udvalg</h1><p>Mødedato: 03-06-2025 kl. 15.00, Rådhuset</p>"
        f'<div class="kort-liste">{cards}</div>{hidden_copy}</main></body></html>'
    ).encode()


_ITEMS = [
    (1, "Godkendelse af dagsorden", "Godkendt."),
    (2, "Vintertjeneste for cykelstier 2025-2026", "Anbefales over for Byrådet."),
    (3, "Orientering om trafiksikkerhedsplan", "Drøftet."),
]


def _hidden_table(cls: str) -> str:
    rows = "".join(
        f"<tr><td>{n}</td><td><strong>{title}</strong><br>25/{n}001</td>"
        f'<td class="beslutning">{outcome}</td></tr>'
        for n, title, outcome in _ITEMS
    )
    head = "<tr><th>Nr.</th><th>Sag</th><th>Beslutning</th></tr>"
    return f'<div class="{cls}"><table>{head}{rows}</table></div>'


def test_hidden_copy_of_the_shown_minutes_is_read_once() -> None:
    """'<div class="desktop-tabel d-none">' holding the same items as the cards shown:
    hidden at every width, a twin; the last item's decision ends with its own text."""
    from analysis.pipeline import parse_bytes
    from analysis.read.html import read as read_html

    page = _page(_hidden_table("desktop-tabel d-none"))
    assert read_html(page).text.count("Vintertjeneste for cykelstier 2025-2026") == 1
    tables = parse_bytes(page, "t.html").tables
    assert tables["items"]["title"].tolist() == [t for _, t, _ in _ITEMS]
    assert tables["sections"]["text"].iloc[-1] == "Drøftet."


def test_hidden_block_kept_where_it_is_the_only_copy_or_shown_from_a_width() -> None:
    from analysis.read.html import read as read_html

    def read(data: bytes) -> str:
        return read_html(data).text

    only = read(
        (
            "<html><body><main><h1>Teknisk Udvalg</h1>"
            + _hidden_table("d-none").replace("<table>", "<h2>Vintertjeneste 2025-2026</h2><table>")
            + "</main></body></html>"
        ).encode()
    )
    assert "Vintertjeneste for cykelstier 2025-2026" in only
    shown_wide = read(_page(_hidden_table("d-none d-md-block")))
    assert shown_wide.count("Vintertjeneste for cykelstier 2025-2026") == 2
