"""Round 29 (fix162): minutes corrected after the meeting, the corrections left visible."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts.text import is_furniture
from analysis.parse import strip_markdown, to_lines


@pytest.mark.parametrize(
    "text",
    [
        "Rettet den 11.04.2024 / JKL",
        "Rettet udgave offentliggjort 02-05-2022. Punkt 7 er tilføjet.",
        "[Ændret efter mødet – se markeringer]",
        "[Ændret efter mødet 04.10.2023 – rettelser i punkt 2]",
        "Revideret 15-06-2021: punkt 4 (beslutning) er rettet.",
        "> Rettet den 3. marts 2025 – det overstregede er erstattet.",
    ],
)
def test_correction_stamp_is_no_meeting_fact(text: str) -> None:
    assert is_furniture(text)


@pytest.mark.parametrize(
    "text", ["Rettet.", "Ændret indstilling godkendt.", "Revideret budget for 2024"]
)
def test_a_participle_alone_is_no_stamp(text: str) -> None:
    assert not is_furniture(text)


def test_struck_words_before_new_ones_are_left_out() -> None:
    assert strip_markdown("Sagsnr.: ~~22/1190~~ 22/1109") == "Sagsnr.: 22/1109"
    assert strip_markdown("**Beslutning:** ~~Godkendt.~~ Udsat.") == "Beslutning: Udsat."
    # a struck title with nothing after it (a withdrawn item) keeps its words
    assert strip_markdown("**Pkt. 3 · ~~Ny skolestruktur~~**") == "Pkt. 3 · Ny skolestruktur"


def test_struck_line_without_other_markdown_is_read() -> None:
    lines = to_lines("Referat: ~~Udsat~~ Godkendt")
    assert lines[0].clean == "Referat: Godkendt"


def test_definition_list_colon_is_no_word() -> None:
    lines = to_lines("Konklusion\n: Godkendt.\n\nNote:\n: bevares")
    assert [ln.clean for ln in lines] == ["Konklusion", "Godkendt.", "", "Note:", ": bevares"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('Oversendes til Økonomiudvalget. (Rettet fra "Godkendt".)', "referred"),
        ('Bevilget 20.000 kr.\n(Rettet fra "Udsat".)', "decided"),
        ("Anbefales. [ændret fra: Godkendt]", "recommended"),
        ("Afslag på dispensation.", "rejected"),
        ("Afslag på anmodningen, jf. indstillingen.", "rejected"),
    ],
)
def test_corrected_outcomes(text: str, kind: str) -> None:
    assert classify_decision(text)[0][0] == kind
