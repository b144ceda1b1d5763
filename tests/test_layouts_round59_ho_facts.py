"""Fifty-ninth session, held-out sets (ho_facts): the meeting's facts written as committee
minutes write them where the parser found none or misread them.

- The year in two digits: a lead sentence "<forum> holdt møde 4.2.26 kl. 9.00-11.30." (read
  in ``layouts.header.read_header``'s lead branch by ``_short_year_meeting``) and the
  decision labels under it, "Beslutning i <forum> den 4.2.26" (``parse._BODY_DECISION``).
- No year at all in the meeting's line: "Mødet blev afholdt torsdag den 6. februar kl. 15.30
  i …" (a sentence ``layouts.yearless._YEARLESS`` now reads) with the year in the page footer
  ("… – referat februar 2025 – side 1 af 1", ``with_footer_year``); "Dato<TAB>onsdag den 7.
  maj" (a two-column table's row) with the year only in the file's name
  ("…-2025-05-07.md": ``layouts.date_in_file_name``, ``SourceHints.name_date``,
  ``yearless.with_name_year`` from ``layouts.parse_lines``, the last resort, with a warning).
- The title "<forum> – temamøde og 2. behandling af …" (``header._TITLE_BODY_GATHERING``),
  a start field holding a whole hour ("Mødestart: 16"), a meta line's last part naming a
  meeting app ("Online via Zoom", ``header._ONLINE_PART``) and a place after a "Hybrid:"
  label ("Hybrid: Mødesal 2 / Zoom", ``header._place_text``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.build import name_variant
from analysis.layouts import date_in_file_name, hints_from_path, prepare
from analysis.layouts import header as header_module
from analysis.layouts.header import read_header
from analysis.layouts.yearless import with_footer_year, with_name_year
from analysis.parse import Header, decision_heading
from analysis.pipeline import parse_bytes


def _head(text: str) -> Header:
    lines = prepare(text)
    return read_header(lines, set(), set())


# --- the year in two digits -----------------------------------------------------------


def test_a_lead_sentence_dates_the_meeting_by_a_two_digit_year() -> None:
    head = _head(
        "Referat – Havneudvalget\n\nHavneudvalget holdt møde 4.2.26 kl. 9.00-11.30.\n\n"
        "Sted: Havnekontoret, mødelokalet\n"
    )
    assert head.date == dt.date(2026, 2, 4)
    assert head.start_time == "09:00"
    assert head.forum == "Havneudvalget"


def test_a_lead_sentence_with_the_year_in_full_still_reads() -> None:
    head = _head("Havneudvalget holdt møde 4.2.2026 kl. 9.00-11.30.\n\nSted: Havnekontoret\n")
    assert head.date == dt.date(2026, 2, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beslutning i Havneudvalget den 4.2.26", ("Havneudvalget", dt.date(2026, 2, 4))),
        ("Beslutning i Havneudvalget 17.11.25:", ("Havneudvalget", dt.date(2025, 11, 17))),
        # (the four-digit year as before)
        ("Beslutning i Havneudvalget den 4.2.2026", ("Havneudvalget", dt.date(2026, 2, 4))),
    ],
)
def test_a_decision_label_dated_with_a_two_digit_year(
    text: str, expected: tuple[str, dt.date]
) -> None:
    assert decision_heading(text) == expected


def test_a_two_digit_date_not_closing_the_label_is_no_label() -> None:
    assert decision_heading("Beslutning i Havneudvalget den 4.2.26 om havnekajen") is None


# --- the year in the footer, or only in the file name -----------------------------------

_HELD = (
    "FAXE KOMMUNE\nBeskæftigelsesudvalget\n\nREFERAT\n\n"
    "Mødet blev afholdt {weekday} den 6. februar kl. 15.30 i Jobcentret, Torvegade 9.\n\n"
    "Pkt. 7  Godkendelse af dagsorden\n\nAfgørelse: Godkendt.\n\n"
    "Faxe Kommune – Beskæftigelsesudvalget – referat februar 2025 – side 1 af 1\n"
)


def test_a_held_sentence_takes_its_year_from_the_footer() -> None:
    lines = prepare(_HELD.format(weekday="torsdag"))
    end = next(k for k, ln in enumerate(lines) if ln.clean.startswith("Pkt. 7"))
    dated = with_footer_year(lines, end)
    assert dated is not None
    head = read_header(dated[:end], set(), set())
    assert head.date == dt.date(2025, 2, 6)
    assert head.start_time == "15:30"
    assert head.location == "Jobcentret, Torvegade 9"


def test_a_held_sentence_whose_weekday_is_not_that_year_s_reads_no_year() -> None:
    lines = prepare(_HELD.format(weekday="fredag"))
    end = next(k for k, ln in enumerate(lines) if ln.clean.startswith("Pkt. 7"))
    assert with_footer_year(lines, end) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("odsherred-buu-2025-05-07.md", dt.date(2025, 5, 7)),
        ("2025_05_07 referat.txt", dt.date(2025, 5, 7)),
        ("referat-buu.md", None),
        ("buu-2025-05-07-og-2025-06-04.md", None),  # two dates: none of them sure
        ("buu-2025-13-07.md", None),  # no real date
    ],
)
def test_the_date_a_file_name_gives(name: str, expected: dt.date | None) -> None:
    assert date_in_file_name(name) == expected
    assert hints_from_path(f"raw/{name}").name_date == expected


_TABLED = "Referat – Børne- og Ungeudvalget\n\nDato\t{day}\nTidspunkt\tKl. 16.00\n\n"


@pytest.mark.parametrize(
    ("day", "named", "reads"),
    [
        ("onsdag den 7. maj", dt.date(2025, 5, 7), True),
        ("7. maj", dt.date(2025, 5, 7), True),
        ("onsdag den 7. maj", dt.date(2025, 5, 8), False),  # another day
        ("torsdag den 7. maj", dt.date(2025, 5, 7), False),  # the weekday is not that date's
    ],
)
def test_the_file_name_s_year_only_for_its_own_day(day: str, named: dt.date, reads: bool) -> None:
    dated = with_name_year(prepare(_TABLED.format(day=day)), named)
    assert (dated is not None) == reads
    if dated is not None:
        assert read_header(dated, set(), set()).date == named


_MD = (
    "# Referat – Børne- og Ungeudvalget\n\nOdsherred Kommune\n\n| | |\n|---|---|\n"
    "| **Dato** | onsdag den 7. maj |\n| **Tidspunkt** | Kl. 16.00 |\n\n"
    "## Punkt 1 – Meddelelser\n\nFormanden orienterede.\n\n**Beslutning:** Taget til "
    "efterretning.\n\n## Punkt 2 – Budget\n\nOplæg om budgettet.\n\n**Beslutning:** Godkendt.\n"
)


def test_the_year_from_the_file_name_is_the_last_resort_and_said() -> None:
    result = parse_bytes(_MD.encode(), "buu-2025-05-07.md")
    assert result.manifest["status"] == "warning"
    assert result.tables is not None
    assert result.tables["meetings"].iloc[0]["date"] == dt.datetime(2025, 5, 7)
    assert "taken from the file name buu-2025-05-07.md" in str(result.manifest["message"])
    # no date in the name: no year anywhere, the minutes are rejected as before
    assert parse_bytes(_MD.encode(), "buu.md").manifest["status"] == "rejected"


def test_the_build_cache_tells_file_names_of_other_dates_apart() -> None:
    assert name_variant("buu-2025-05-07.md") != name_variant("buu-2024-05-07.md")
    assert name_variant("buu.md") == ".md"


# --- the title, the start and the place -----------------------------------------------


def test_a_gathering_and_a_second_business_after_og_names_the_body() -> None:
    head = _head(
        "Rebild Kommune\n\nKommunalbestyrelsen – temamøde og 2. behandling af planstrategien\n\n"
        "Dato: 2. oktober 2025\n"
    )
    assert head.forum == "Kommunalbestyrelsen"


@pytest.mark.parametrize(
    ("field", "expected"),
    [("Mødestart: 16", "16:00"), ("Starttid: kl. 9", "09:00"), ("Mødestart: 16.30", "16:30")],
)
def test_a_start_field_holding_a_whole_hour(field: str, expected: str) -> None:
    head = _head(f"Kommunalbestyrelsen\n\nDato: 2. oktober 2025\n{field}\n")
    assert head.start_time == expected


def test_a_meta_line_closing_with_a_meeting_app() -> None:
    head = _head(
        "## Kommunalbestyrelsen\n\n**Referat** · 2025-10-02 · Mødestart: 16 · Online via Zoom\n"
    )
    assert (head.date, head.start_time) == (dt.date(2025, 10, 2), "16:00")
    assert head.location == "Online via Zoom"


@pytest.mark.parametrize(
    ("part", "reads"),
    [
        ("Online (Teams)", True),
        ("Microsoft Teams", True),
        ("Virtuelt via Zoom", True),
        ("Online (Teams", False),
        ("Online", False),
        ("Teamsmøde om budget", False),
    ],
)
def test_the_meeting_app_part(part: str, reads: bool) -> None:
    assert (header_module._ONLINE_PART.match(part) is not None) == reads


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("Hybrid: Mødesal 2 / Zoom", "Mødesal 2 / Zoom"),
        ("HYBRIDMØDE: Rådhuset, lokale 4 og Teams", "Rådhuset, lokale 4 og Teams"),
        ("Hybridhuset, sal 2", "Hybridhuset, sal 2"),
    ],
)
def test_a_hybrid_label_before_the_place(place: str, expected: str) -> None:
    assert header_module._place_text(place) == expected


def test_a_meta_line_s_hybrid_place() -> None:
    head = _head(
        "## Social- og Ældreudvalget\n\n"
        "Referat · 4 feb 2025 · 14:00 - 16:00 · Hybrid: Udvalgsværelse 2 / Zoom\n"
    )
    assert head.location == "Udvalgsværelse 2 / Zoom"
