"""Rules taught from a set of everyday committee and council minutes (round seventeen,
layouts41): a council's contents list in open and closed parts, page footers without a
page count, closed items marked by a sentence, titles hyphenated over two lines (pure).

The fixtures in ``tests/fixtures/layouts/`` check each family end to end; these tests pin
the rules themselves, and what they must leave alone.
"""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.text import page_numbers
from analysis.parse import join_wrapped, to_lines

_HEAD = "Byrådet\nREFERAT\nden 12.06.2024 kl. 18.00\ni Byrådssalen\n\n"


def _items(body: str) -> list[tuple[int, str]]:
    meeting = parse_text(_HEAD + body)
    return [(it.number, it.raw_title) for it in meeting.items]


def test_footer_with_the_page_alone_is_furniture_where_it_repeats() -> None:
    text = (
        "Byrådet - 12.06.2024          Side 1\n\nTekst.\n\n"
        "Byrådet - 12.06.2024          Side 2\n\nBudgettet ses på side 4\n"
    )
    lines = to_lines(text)
    found = {lines[k].clean for k in page_numbers(lines)}
    assert found == {"Byrådet - 12.06.2024 Side 1", "Byrådet - 12.06.2024 Side 2"}


def test_a_single_line_ending_on_a_page_is_no_footer() -> None:
    lines = to_lines("Tekst.\n\nSe mere i bilaget side 4\n\nTekst igen.\n")
    assert page_numbers(lines) == set()


def test_open_part_heads_the_contents_list_and_the_closed_items_are_kept() -> None:
    body = (
        "Åbne punkter\n51   Godkendelse af dagsorden\n52   Skolestruktur\n"
        "Lukkede punkter\n53   Køb af areal\n\n"
        "51. Godkendelse af dagsorden\nJ.nr.: 00.01.00-A00-1-24\n\n"
        "Beslutning Byrådet den 12.06.2024:\nGodkendt.\n\n"
        "52. Skolestruktur\nJ.nr.: 17.00.00-A00-2-24\n\n"
        "Beslutning Byrådet den 12.06.2024:\nGodkendt.\n\n"
        "53. Køb af areal\nLukket punkt.\n\n"
        "Beslutning Byrådet den 12.06.2024:\nGodkendt.\n"
    )
    meeting = parse_text(_HEAD + body)
    assert [(it.number, it.raw_title) for it in meeting.items] == [
        (51, "Godkendelse af dagsorden"),
        (52, "Skolestruktur"),
        (53, "Køb af areal"),
    ]
    assert [it.closed for it in meeting.items] == [False, False, True]
    assert not [w for w in meeting.warnings if "could not be placed" in w], meeting.warnings


def test_open_part_over_the_items_themselves_is_no_contents_list() -> None:
    body = (
        "Åbne punkter\n\n1. Godkendelse af dagsorden\nJ.nr.: 00.01.00-A00-1-24\n\n"
        "Beslutning Byrådet den 12.06.2024:\nGodkendt.\n\n"
        "2. Skolestruktur\nJ.nr.: 17.00.00-A00-2-24\n\n"
        "Beslutning Byrådet den 12.06.2024:\nGodkendt.\n"
    )
    meeting = parse_text(_HEAD + body)
    assert [(it.number, it.raw_title) for it in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Skolestruktur"),
    ]
    assert all(any(s.key == "beslutning" for s in it.sections) for it in meeting.items)


def test_word_hyphenated_at_the_lines_end_is_joined_in_the_title() -> None:
    assert join_wrapped("Udvidelse af Solsikke-", "haven") == "Udvidelse af Solsikkehaven"
    # the hyphen of a suspended compound or of a name stays
    assert (
        join_wrapped("Tilskud til Børne-", "og Ungdomsskolen")
        == "Tilskud til Børne- og Ungdomsskolen"
    )
    assert join_wrapped("Cykelsti Hammelev-", "Sommersted") == "Cykelsti Hammelev- Sommersted"
    assert join_wrapped("Lokalplan for", "havnen") == "Lokalplan for havnen"


def test_number_with_a_slash_heads_an_item_but_a_case_number_or_date_does_not() -> None:
    from analysis.layouts.headings import _NUMBERED

    m = _NUMBERED.match("2/ Rehabiliteringsforløb - evaluering")
    assert m is not None and (m.group("num"), m.group("title")) == (
        "2",
        "Rehabiliteringsforløb - evaluering",
    )
    assert _NUMBERED.match("24/28871 Rehabilitering") is None  # a case number
    assert _NUMBERED.match("22/1-2025 kl. 17.30") is None  # a date


def test_print_stamp_in_the_page_header_is_not_the_meetings_date() -> None:
    text = (
        "SKOVLUND KOMMUNE                    Udskrevet den 02.05.2016\n\n"
        "Beslutningsprotokol\nMandag den 25-04-2016, kl. 17:00, Kulturhuset\n\n"
        "1. Godkendelse af dagsorden\nSagsnr.: 16/0101\n\nBeslutning:\nGodkendt.\n"
    )
    meeting = parse_text(text)
    assert meeting.date.isoformat() == "2016-04-25"
    assert not [w for w in meeting.warnings if "could not be placed" in w], meeting.warnings


def test_web_page_controls_and_its_update_date_copied_as_text_are_furniture() -> None:
    from analysis.layouts.text import is_furniture

    assert is_furniture("Udskriv Del PDF")  # "Udskriv   Del   PDF": a row of controls
    assert is_furniture("Seneste opdatering: 14. februar 2023")
    assert is_furniture("Sidste ændring: 3.5.2021")
    assert not is_furniture("PDF")  # alone it may be a heading or a field's value
    assert not is_furniture("Seneste opdatering af planen")  # a title: the page dated nothing


def test_bulleted_list_of_numbered_items_without_a_heading_is_the_contents() -> None:
    text = (
        "## Miljøudvalget\n\nMødedato: 11-03-2024\nMødested: Rådhuset\n\n"
        "- 18. Godkendelse af dagsorden\n- 19. Vandløbsregulativ\n\n"
        "Punkt 18: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
        "Punkt 19: Vandløbsregulativ\n\nBeslutning\n\nGodkendt.\n"
    )
    meeting = parse_text(text)
    assert [it.toc_title for it in meeting.items] == [
        "Godkendelse af dagsorden",
        "Vandløbsregulativ",
    ]
    assert not [w for w in meeting.warnings if "could not be placed" in w], meeting.warnings
    assert not [w for w in meeting.warnings if "not 1..2" in w], meeting.warnings
