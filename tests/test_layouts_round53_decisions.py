"""Fifty-fourth session, a metamorphic probe (every line its own paragraph): a text written
one paragraph per line gets its wrapped lines back under one another
(``read.text.wrapped_lines_joined``, tried by ``layouts.parse_text`` before the layouts
read it), and a second part's outcome may stand as a paragraph of its own under its item's
line (``outcome_overview._parted_outcome``); a web archive's banner written a paragraph a
line is told line by line by what its lines say (``layouts.text.archive_banner``)."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.outcome_overview import _parted_outcome, overview_decisions
from analysis.layouts.text import archive_banner
from analysis.parse import to_lines
from analysis.read.text import wrapped_lines_joined

#: Lines of a short meeting, each to be written as a paragraph of its own.
LINES = [
    "Referat",
    "Vej- og Parkudvalget",
    "Mødedato: Onsdag den 9. april 2025, kl. 15:00",
    "Mødested: Materielgården, Industrivej 12,",
    "mødelokale Syd",
    "Punkt 1. Godkendelse af dagsorden",
    "Beslutning:",
    "Godkendt.",
    "Punkt 2. Saltning af cykelstier",
    "Forvaltningen foreslår, at cykelstierne saltes før vejene",
    "fra næste vinter.",
    "Beslutning:",
    "Forslaget blev ikke",
    "vedtaget.",
    "Punkt 3. Eventuelt",
    "Beslutning:",
    "Intet.",
]


def _paragraphs(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def test_wrapped_lines_go_back_under_the_line_they_go_on() -> None:
    joined = wrapped_lines_joined(_paragraphs(LINES))
    assert "Industrivej 12,\nmødelokale Syd\n" in joined
    assert "før vejene\nfra næste vinter.\n" in joined
    assert "Forslaget blev ikke\nvedtaget.\n" in joined
    # every other paragraph stays apart
    assert "Beslutning:\n\nGodkendt.\n\nPunkt 2. Saltning af cykelstier\n" in joined


def test_a_text_with_lines_side_by_side_is_left_as_it_was() -> None:
    text = _paragraphs(LINES).replace("Referat\n\nVej", "Referat\nVej")
    assert wrapped_lines_joined(text) is text


def test_a_text_whose_paragraphs_hold_two_blank_lines_apart_is_left_as_it_was() -> None:
    text = _paragraphs(LINES).replace("Punkt 3.", "\nPunkt 3.")
    assert wrapped_lines_joined(text) is text


def test_a_short_text_is_left_as_it_was() -> None:
    text = _paragraphs(LINES[:6])
    assert wrapped_lines_joined(text) is text


def test_one_paragraph_per_line_reads_as_the_minutes_written_with_wrapped_lines() -> None:
    meeting = parse_text(_paragraphs(LINES))
    assert meeting.location == "Materielgården, Industrivej 12, mødelokale Syd"
    assert [item.title for item in meeting.items] == [
        "Godkendelse af dagsorden",
        "Saltning af cykelstier",
        "Eventuelt",
    ]


def test_parted_outcome_reads_paragraphs_under_the_rows_line() -> None:
    lines = ["Punkt 2 – Budget", "", "Godkendt.", "", "Punkt 3 – Eventuelt", "", "Intet."]
    assert _parted_outcome(lines, 0) == (["Godkendt."], 3)
    assert _parted_outcome(lines, 4) == (["Intet."], 7)


def test_parted_outcome_needs_a_blank_line_under_the_row_and_a_short_outcome() -> None:
    assert _parted_outcome(["Punkt 2 – Budget", "Godkendt."], 0) is None
    assert _parted_outcome(["Punkt 2 – Budget", "", "Punkt 3 – Eventuelt"], 0) is None
    assert _parted_outcome(["Punkt 2 – Budget", "", "", "Underskrifter"], 0) is None
    long = ["Punkt 2 – Budget"] + [x for k in range(5) for x in ("", f"Linje {k}.")]
    assert _parted_outcome(long, 0) is None


def test_a_second_part_with_outcomes_as_paragraphs_gives_each_item_its_decision() -> None:
    text = (
        "Seniorrådet\n\nDAGSORDEN\n\n"
        "Punkt 1 – Godkendelse af dagsorden\nDagsordenen foreslås godkendt.\n\n"
        "Punkt 2 – Trafikplan\nRådet kan afgive høringssvar om den nye trafikplan.\n\n"
        "Punkt 3 – Eventuelt\n\n\n"
        "REFERAT\n\n"
        "Punkt 1 – Godkendelse af dagsorden\n\nGodkendt.\n\n"
        "Punkt 2 – Trafikplan\n\nRådet afgiver høringssvar.\n\n"
        "Punkt 3 – Eventuelt\n\nIntet.\n"
    )
    written = overview_decisions(text)
    assert written != text
    assert "REFERAT" not in written
    assert written.index("Godkendt.") < written.index("Punkt 2 – Trafikplan")


def test_an_archive_banner_a_paragraph_a_line_is_read_by_what_its_lines_say() -> None:
    banner = [
        "Netarkivet",
        "Arkiveret side - http://www.eksempel.dk/politik/udvalg/2010/03-05-2010.aspx",
        "Høstet: 12. august 2010 kl. 01:40",
        "Tilbage til søgning | Vis høstningsinformation",
    ]
    page = ["Eksempel Kommune", "Teknisk Udvalg", "Referat af møde den 03.05.2010 kl. 16.00"]
    lines = to_lines("\n\n".join(banner + page) + "\n")
    assert archive_banner(lines) == {0, 2, 4, 6}


def test_an_archive_banner_over_a_blank_line_takes_no_line_of_the_page() -> None:
    lines = to_lines("Netarkivet\n\nEksempel Kommune\nTeknisk Udvalg\n")
    assert archive_banner(lines) == {0}
