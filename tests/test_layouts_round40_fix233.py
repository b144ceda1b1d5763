"""Round forty (layouts233: older minutes, 2007-2012, from the first web agenda systems and
Word templates): a running page header under an item's closing rule, lettered headings
beside lettered options, the 2007 merger's note, a party letter wrapped off its name and a
row of print controls."""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.header import _member_values
from analysis.layouts.ruled import ruled_titles
from analysis.layouts.text import is_furniture
from analysis.parse import merger_notes, to_lines

_RULE = "_" * 60


def _ruled(between: str) -> str:
    """Unnumbered minutes parted by rules, ``between`` after the second item's rule."""
    return (
        "Ældrerådet\nREFERAT\nMøde den: 4. marts 2010 kl. 10.00\n\n"
        f"{_RULE}\n\nGODKENDELSE AF DAGSORDEN\n\nBESLUTNING:\nGodkendt.\n"
        f"{_RULE}\n\nTRAFIKPLAN 2010\nSagsnr.: 10/311\n\nBESLUTNING:\nDrøftet.\n"
        f"{_RULE}\n{between}\n\nBUDGET 2011\nSagsnr.: 10/877\n\nBESLUTNING:\n"
        f"Taget til efterretning.\n{_RULE}\n\nEVENTUELT\n\nBESLUTNING:\nIntet.\n{_RULE}\n"
    )


@pytest.mark.parametrize(
    "header",
    [
        "Ældrerådet 04-03-2010                                     Side 2",
        "Side 2 af 4",
        "Ældrerådet, 4. marts 2010 - side 2",
    ],
)
def test_a_running_page_header_under_the_rule_is_no_title(header: str) -> None:
    text = ruled_titles(_ruled(header))
    assert "## BUDGET 2011" in text
    assert f"## {header.strip()}" not in text
    meeting = parse_text(_ruled(header))
    assert [i.title for i in meeting.items] == [
        "GODKENDELSE AF DAGSORDEN",
        "TRAFIKPLAN 2010",
        "BUDGET 2011",
        "EVENTUELT",
    ]


def test_a_title_ending_with_a_number_is_still_a_title() -> None:
    """Only a page's number closes a running header: "Lokalplan 12" is a title."""
    text = ruled_titles(_ruled("LOKALPLAN NR. 12"))
    assert "## LOKALPLAN NR. 12" in text


def test_lettered_headings_run_past_the_options_lettered_in_an_item() -> None:
    text = (
        "# Referat\n\nMødedato: 3. juni 2010 kl. 16.00\n\n"
        "## A. Godkendelse af dagsorden\n\nSagsnr.: 10/1\n\nBeslutning:\nGodkendt.\n\n"
        "## B. Model for ny skole\n\nSagsnr.: 10/2\n\nSagsfremstilling:\nTre modeller:\n\n"
        "A. Renovering\nB. Tilbygning\nC. Nybyggeri\n\nBeslutning:\nModel C vælges.\n\n"
        "## C. Vejnavne\n\nSagsnr.: 10/3\n\nBeslutning:\nGodkendt.\n\n"
        "## D. Meddelelser\n\nSagsnr.: 10/4\n\nBeslutning:\nTaget til efterretning.\n"
    )
    meeting = parse_text(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Model for ny skole"),
        (3, "Vejnavne"),
        (4, "Meddelelser"),
    ]
    # the options stay in item 2's text
    assert "C. Nybyggeri" in meeting.items[1].sections[0].text


def _notes(*lines: str) -> list[str]:
    unplaced = [ln for ln in to_lines("\n".join(lines)) if ln.clean]
    return [" ".join(ln.clean for ln in note) for note in merger_notes(unplaced)]


@pytest.mark.parametrize(
    ("lines", "note"),
    [
        (
            (
                "Norddjurs Kommune er dannet 1. januar 2007 af Grenaa, Nørre Djurs,",
                "Rougsø og Sønderhald Kommuner.",
            ),
            "Norddjurs Kommune er dannet 1. januar 2007 af Grenaa, Nørre Djurs, "
            "Rougsø og Sønderhald Kommuner.",
        ),
        (
            (
                "Vesthimmerlands Kommune blev pr. 1. januar 2007 oprettet ved sammenlægning af "
                "fire kommuner.",
            ),
            "Vesthimmerlands Kommune blev pr. 1. januar 2007 oprettet ved sammenlægning af "
            "fire kommuner.",
        ),
        (
            (
                "Ringkøbing-Skjern Kommune (Egvad, Holmsland, Ringkøbing, Skjern og Videbæk "
                "Kommuner)",
            ),
            "Ringkøbing-Skjern Kommune (Egvad, Holmsland, Ringkøbing, Skjern og Videbæk Kommuner)",
        ),
    ],
)
def test_the_merger_note_is_read_with_its_wrapped_lines(lines: tuple[str, ...], note: str) -> None:
    assert _notes(*lines) == [note]


@pytest.mark.parametrize(
    "line",
    [
        # the municipality doing something else: a sentence of an item's, no note
        "Norddjurs Kommune er ansøger i sagen og har dannet en arbejdsgruppe.",
        "Kommunen blev dannet i 2007.",
        "Norddjurs Kommune (Grenaa)",
        "Dette er kommunens første plan efter sammenlægningen af Grenaa og Rougsø Kommuner.",
    ],
)
def test_no_merger_note(line: str) -> None:
    assert _notes(line) == []


def test_the_merger_note_goes_to_the_meetings_notes() -> None:
    text = (
        "Norddjurs Kommune\nTeknisk Udvalg\nREFERAT\nMødedato: 9. juni 2008 kl. 15.00\n\n"
        "Norddjurs Kommune er dannet 1. januar 2007 af Grenaa, Nørre Djurs,\n"
        "Rougsø og Sønderhald Kommuner.\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n\n"
        "2. Vejbelysning\n\nBeslutning:\nGodkendt.\n"
    )
    meeting = parse_text(text)
    assert meeting.notes is not None and "Sønderhald Kommuner." in meeting.notes
    assert not [w for w in meeting.warnings if "could not be placed" in w], meeting.warnings


@pytest.mark.parametrize(
    ("under", "names"),
    [
        ("(V)", "Ole Hansen (A), Bo Lund Berg (V)"),
        ("(SF).", "Ole Hansen (A), Bo Lund Berg (SF)."),
    ],
)
def test_a_party_letter_wrapped_off_the_last_name(under: str, names: str) -> None:
    lines = to_lines(f"Afbud: Ole Hansen (A), Bo Lund Berg\n{under}\n\nMødested: Rådhuset")
    value, end = _member_values(lines, 0, lines[0].clean[len("Afbud: ") :], set())
    assert value == [names]
    assert end == 2


def test_a_bracket_under_a_list_that_ends_with_a_party_stays() -> None:
    """The last name has its party: "(A)" under it is no wrapped letter of it."""
    lines = to_lines("Afbud: Ole Hansen (A), Bo Lund (V)\n(A)\n")
    value, end = _member_values(lines, 0, "Ole Hansen (A), Bo Lund (V)", set())
    assert value == ["Ole Hansen (A), Bo Lund (V)"]
    assert end == 1


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("Udskriv referat (PDF) | Tilbage til mødeoversigt", True),
        ("Print dagsorden (pdf) · Del", True),
        ("Udskriv referat (PDF) af mødet den 4. marts | Tilbage", False),
    ],
)
def test_print_as_pdf_in_a_row_of_controls(text: str, furniture: bool) -> None:
    assert is_furniture(text) is furniture
