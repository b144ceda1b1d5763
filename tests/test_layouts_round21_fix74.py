"""Twenty-first round (layouts74): web pages' unnumbered items over a bold 'Referat'
label, a town's initial after the building it names, and a site's consent overlay and
mega menu as furniture."""

from __future__ import annotations

from analysis.layouts import parse_text

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
