"""Fifty-sixth session, held-out sets (ho_lead): five readings of leadership forums' notes
(direktion, koncernledelse, chefgrupper, cross-municipal directors' forums), typed as plain
text or saved from a note app.

* Minutes whose only date is the line signing them under the items ("Referatet er godkendt
  af formanden." / "Hovborg, den 14. november 2023"): ``layouts.elsewhere_date.signed_date``
  (``_PLACE_DATED``) dates the meeting where the header gave no date, and
  ``layouts.base._closing_line`` takes the two lines as the minutes' close
  (``elsewhere_date.place_dated``), no part of the last item's decision.
* A timed agenda's line under each title, the slot and who brings the item ("kl.
  13.00-13.10 v/ Ida Rask"): ``parse.presenter_line`` (``_SLOT_PRESENTER``), no wrapped
  part of the title.
* A note app's page saved as text, every bullet indented by a tab and parted from its text
  by another ("<TAB>•<TAB>Godkendt …"): ``parse.unbulleted`` (``_POINT``) drops the bullet
  of a decision written as bullets, as it drops a bullet flush left.
* "Møde i Teams" on a line of its own under the body's name: the meeting app is the place
  (``layouts.header.read_header``, ``_MEETING_ON_APP``).
* A banner in capitals over each item ("=== PUNKT 3: NY PARKERINGSPOLITIK ===") with the
  title repeated in its own case in a "Titel:" field under it:
  ``layouts.title_field.cased_title_fields`` writes the heading with the field's text and
  blanks the field.

Fixtures: generic-direktoerkreds-dato-i-underskrift.txt,
generic-tidsrum-og-oplaegsholder-under-titel.txt, pkt-onenote-tabulatorpunkter-konklusion.txt,
generic-moede-i-teams-linje.txt, agenda-banner-versaler-titelfelt.txt.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from analysis.layouts.elsewhere_date import place_dated, signed_date
from analysis.layouts.header import read_header
from analysis.layouts.title_field import cased_title_fields
from analysis.parse import presenter_line, to_lines, unbulleted
from analysis.pipeline import parse_bytes

RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"


def _tables(name: str) -> dict:
    path = RAW / name
    return parse_bytes(path.read_bytes(), path.name).tables


def test_the_signing_line_dates_minutes_with_no_other_date() -> None:
    lines = to_lines("Beslutning\nIntet.\n\nReferatet er godkendt.\nHovborg, den 14. november 2023")
    found = signed_date(lines, 0)
    assert found is not None and found[0] == dt.date(2023, 11, 14)
    assert signed_date(to_lines("Nørre Vium d. 3.4.2019\n"), 0)[0] == dt.date(2019, 4, 3)
    # a sentence with a date is no signing line; nor is a date far from the end
    assert signed_date(to_lines("Sagen blev udsat den 14. november 2023\n"), 0) is None
    far = "Hovborg, den 14. november 2023\n" + "Tekst.\n" * 6
    assert signed_date(to_lines(far), 0) is None
    assert place_dated("Hovborg, den 14. november 2023")
    assert not place_dated("Godkendt den 14. november 2023 af udvalget")


def test_minutes_dated_only_by_their_signing_line_are_read() -> None:
    tables = _tables("generic-direktoerkreds-dato-i-underskrift.txt")
    meeting = tables["meetings"].iloc[0]
    assert str(meeting["date"].date()) == "2023-11-14"
    # the closing lines are no part of the last item's decision ("godkendt" would say approved)
    assert list(tables["item_decisions"]["decision_type"]) == ["approved", "discussed", "none"]


def test_a_slot_and_presenter_line_is_no_part_of_the_title() -> None:
    assert presenter_line("kl. 8.30-8.35 v/ Lene Holt")
    assert presenter_line("9.10-9.40 v. Ib Dam")
    assert presenter_line("Kl. 10.05 – v/ direktør Bo Krog")
    # a wrapped title's rest with an hour in it is none
    assert not presenter_line("kl. 17.00 ved Rådhuset")
    assert not presenter_line("2025 og videre")
    titles = list(_tables("generic-tidsrum-og-oplaegsholder-under-titel.txt")["items"]["title"])
    assert titles[0] == "Siden sidst"
    assert titles[3] == "Eventuelt"


def test_tab_indented_bullets_of_a_decision_are_dropped() -> None:
    assert unbulleted("\t•\tUdsat til næste møde\n\t•\tAnne retter oplægget") == (
        "Udsat til næste møde\nAnne retter oplægget"
    )
    # a decision with text of its own keeps its bullets
    kept = "Godkendt med bemærkninger:\n\t•\tfristen rykkes"
    assert unbulleted(kept) == kept
    sections = _tables("pkt-onenote-tabulatorpunkter-konklusion.txt")["sections"]
    assert not any(str(t).lstrip().startswith("•") for t in sections["text"] if "godkendt" in t)


def test_a_meeting_held_in_an_app_gives_the_place() -> None:
    for text, place in (
        ("Møde i Microsoft Teams", "Microsoft Teams"),
        ("Videomøde på Zoom", "Zoom"),
        ("Online møde via Teams", "Teams"),
    ):
        lines = to_lines(f"Ledergruppen\n{text}\nTirsdag 4. marts 2025 kl. 9\n")
        head = read_header(lines, set(), set())
        assert head.location == place, text
    # a meeting of a body is no place
    head = read_header(to_lines("Møde i Ældrerådet\nTirsdag 4. marts 2025 kl. 9\n"), set(), set())
    assert head.location is None
    meeting = _tables("generic-moede-i-teams-linje.txt")["meetings"].iloc[0]
    assert meeting["location"] == "Teams"


def test_a_title_field_gives_a_banner_in_capitals_its_case() -> None:
    text = "PUNKT 3: NY PARKERINGSPOLITIK\nTitel: Ny parkeringspolitik\nSag: 24/118\n"
    assert cased_title_fields(text) == "PUNKT 3: Ny parkeringspolitik\n\nSag: 24/118\n"
    # a field naming another title, or a bare line in capitals, is left as it stands
    other = "PUNKT 3: NY PARKERINGSPOLITIK\nTitel: Cykelparkering\n"
    assert cased_title_fields(other) == other
    bare = "NY PARKERINGSPOLITIK\nTitel: Ny parkeringspolitik\n"
    assert cased_title_fields(bare) == bare
    items = _tables("agenda-banner-versaler-titelfelt.txt")["items"]
    assert list(items["title"]) == [
        "Ny parkeringspolitik for medarbejdere",
        "Sygefravær i 4. kvartal",
        "Temadag for ledere",
        "Eventuelt",
    ]
    assert list(items["case_number"])[:2] == ["EMN-2025-00417", "EMN-2025-00210"]
