"""Round 48 (fix302): minutes printed from a portal one item at a time and joined."""

from __future__ import annotations

from pathlib import Path

from analysis.enrich import decisions
from analysis.layouts import text
from analysis.layouts.trailing_number import dated_meeting_line, trailing_numbers
from analysis.parse import to_lines
from analysis.pipeline import parse_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "layouts"


def test_dated_meeting_line_reads_the_body_and_date_before_the_item_mark() -> None:
    assert dated_meeting_line("Plan- og Boligudvalget – 9. oktober 2024")
    assert dated_meeting_line("Skoleudvalget - 03.05.2022")
    assert not dated_meeting_line("Godkendelse af dagsorden")
    assert not dated_meeting_line("Budget 2025 – første behandling")
    assert not dated_meeting_line("12. maj 2024")  # a date alone, no body before a dash


def test_trailing_numbers_leave_the_meetings_line_over_each_printed_item() -> None:
    page = (
        "Plan- og Boligudvalget – 9. oktober 2024 – Punkt 1\n\n1. Meddelelser\n\n"
        "Plan- og Boligudvalget – 9. oktober 2024 – Punkt 2\n\n2. Eventuelt\n"
    )
    assert trailing_numbers(page) == page
    # an advisory council's titles numbered last after a dash are still read so
    titled = "\nGodkendelse af dagsorden – pkt. 1\n\nEventuelt – pkt. 2\n"
    assert trailing_numbers(titled) == "\n1. Godkendelse af dagsorden\n\n2. Eventuelt\n"


def test_first_page_title_reads_the_whole_first_copy_of_the_field_block() -> None:
    block = [
        "Udvalg: Miljø- og Naturudvalget",
        "Mødedato: 11.03.2021 - kl. 14:00",
        "Mødested: Naturcentret, lokale 0.12",
        "",
        "57. Godkendelse af dagsorden",
        "",
    ]
    lines = to_lines("\n".join(block * 3))
    skip = {ln.index for ln in lines if ln.clean and not ln.clean.startswith("57.")}
    assert text.first_page_title(lines, skip, 4) == {0, 1, 2}
    # the block's lines found once (no page header) stay skipped
    once = to_lines("\n".join(block))
    assert text.first_page_title(once, {0, 1, 2}, 4) == set()


def test_hearing_reply_given_as_recommended_is_approved() -> None:
    given = decisions.classify_decision("Rådet afgav høringssvar som indstillet.", "Ældrerådet")
    assert given[0][0] == "approved"
    # a reply given with no word of the recommendation stays the body's own decision
    own = decisions.classify_decision("Ældrerådet afgav følgende høringssvar: Godt.", None)
    assert own[0][0] == "decided"


def test_kind_line_with_the_hours_in_its_second_column_gives_the_start() -> None:
    page = (
        "Børne- og Skoleudvalget        Mødedato: 14-11-2019\n"
        "Referat - åbent møde           Kl. 17:00 - 19:30\n"
        "                               Sted: Byrådssalen\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n"
    )
    result = parse_bytes(page.encode(), "referat.txt")
    meeting = result.tables["meetings"].iloc[0]
    assert meeting["start_time"] == "17:00"
    # a kind line that dates the meeting keeps its date and hour as one reading
    dated = (
        "Referat fra mødet den 14. november 2019 kl. 17:00\n\n1. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    meeting = parse_bytes(dated.encode(), "referat.txt").tables["meetings"].iloc[0]
    assert meeting["start_time"] == "17:00"


def test_print_whole_minutes_control_is_placed() -> None:
    raw = (FIXTURES / "raw" / "web-print-hele-referatet-link.html").read_bytes()
    result = parse_bytes(raw, "web-print-hele-referatet-link.html")
    assert "could not be placed" not in str(result.manifest.get("message"))
