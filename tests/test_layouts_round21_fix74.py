"""Twenty-first round (layouts74): web pages' unnumbered items over a bold 'Referat'
label, a town's initial after the building it names, and a site's consent overlay and
mega menu as furniture."""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.header import _place_text
from analysis.parse import NotMinutes

_UNNUMBERED_REFERAT = """Referat fra møde i Ungdomsrådet

Mandag den 3. marts 2025, kl. 16.00-17.30
Ungdomshuset

## Valg af næstformand

Referat

Sara Holm blev valgt.

## Skatepark ved havnen

Forvaltningen viste tegningerne.

Referat

Rådet anbefaler projektet.

## Eventuelt

Referat

Intet.
"""


def test_unnumbered_headings_over_a_referat_label_are_the_items() -> None:
    meeting = parse_text(_UNNUMBERED_REFERAT)
    assert [i.title for i in meeting.items] == [
        "Valg af næstformand",
        "Skatepark ved havnen",
        "Eventuelt",
    ]
    decisions = [
        next(s.text for s in i.sections if s.key == "beslutning").splitlines()[0]
        for i in meeting.items
    ]
    assert decisions == ["Sara Holm blev valgt.", "Rådet anbefaler projektet.", "Intet."]


@pytest.mark.parametrize(
    ("place", "kept"),
    [
        ("Mødelokale 1, Rådhuset Nykøbing F.", "Mødelokale 1, Rådhuset Nykøbing F."),
        ("Borgerhuset Nykøbing M.", "Borgerhuset Nykøbing M."),
        ("Byrådssalen Lokale B.", "Byrådssalen Lokale B"),
        ("Rådhuset Sal C.", "Rådhuset Sal C"),
        ("Rådhuset, Byrådssalen.", "Rådhuset, Byrådssalen"),
    ],
)
def test_a_towns_initial_after_its_building_keeps_its_dot(place: str, kept: str) -> None:
    assert _place_text(place) == kept


@pytest.mark.parametrize(
    "furniture",
    [
        '<div class="gdpr-banner" role="dialog"><h2>Vi passer på dine data</h2>'
        "<p>Siden bruger statistik.</p><a>Ja</a><a>Nej</a></div>",
        '<div id="consentPanel"><p>Tillad statistik?</p><a>Tillad</a><a>Afvis</a></div>',
        '<div class="megamenu"><a>Borger</a><a>Erhverv</a><div><a>Byråd</a><a>Udvalg</a>'
        "</div></div>",
    ],
)
def test_consent_overlay_and_mega_menu_are_no_text(furniture: str) -> None:
    from analysis.read.html import read

    page = f"<html><body>{furniture}<h1>Ungdomsrådet</h1><p>Referat</p></body></html>"
    text = read(page.encode()).text
    assert "Ungdomsrådet" in text
    assert not any(w in text for w in ("statistik", "Afvis", "Nej", "Erhverv", "Udvalg"))


_COPIED_AS_TEXT = """Referat fra møde i Ungdomsrådet
Mandag den 3. marts 2025 kl. 16.00

Valg af næstformand

Referat

Sara Holm blev valgt.

Skatepark ved havnen

Forvaltningen viste tegningerne.
- Etape 1 i 2025

Referat

Rådet anbefaler projektet.

Rådet vil gerne se tegningerne igen.

Eventuelt

Referat

Intet.
"""


def test_lone_titles_over_a_referat_label_copied_as_text_are_the_items() -> None:
    meeting = parse_text(_COPIED_AS_TEXT)
    assert [i.title for i in meeting.items] == [
        "Valg af næstformand",
        "Skatepark ved havnen",
        "Eventuelt",
    ]


def test_lone_lines_without_outcome_labels_are_no_items() -> None:
    text = _COPIED_AS_TEXT.replace("Referat\n\n", "")
    with pytest.raises(NotMinutes):
        parse_text(text)
