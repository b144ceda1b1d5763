"""Round 56 (fifty-sixth session), held-out sets, ho_text: typed and markdown minutes.

Minutes written as plain text or markdown by a secretary, read line by line.

* A long item title wrapped over two lines above its setext underline ("03 Boligselskabets
  aktivitetspulje - ansøgning om nye bænke ved" / "   Søndervang Have" / "-----", or
  "… drift af vaskeriet" / "2026-2028" / "-----" over the case line):
  ``layouts.ruled.underlined_titles`` reads the two lines as one title
  (``_wrapped_over_rule``: the first line long, the rest shorter, no field, label or case
  number, a span of years none, the rule drawn to the title's width), after the first
  title on one line only (a header's lines over a rule are no title).
* The meeting named on a line of its own by its kind of meeting in one compound word
  ("Bestyrelsesmøde i Beboerrådet for Søndervang"): ``layouts.header._MEETING_OF`` takes
  the kind's word off, the body is the forum.
* "Mødet begyndte kl. 13.30 · Mødelokale 2, Rådhuset": the start and the place on one
  line parted by a middle dot (a wiki page's meta line): ``layouts.header._START_LINE``
  reads the place after the dot as after "i".
* "Mødet blev holdt <date> kl. 18.30 i klubhuset hos" / "Vestby Roklub, Havnevej 3.": the
  sentence saying when and where wrapped onto the next line (after a comma or a word in
  small letters): ``layouts.header._held_sentence_rest`` gives the next line to
  ``read_header``, which reads the two as one line; a club's house in small letters named
  by its club ("klubhuset hos <club>") is a place (``_PLACE_AFTER``).

Fixtures: ``generic-understreget-titel-over-to-linjer.txt``,
``generic-start-og-sted-efter-midtpunkt.md``, ``generic-moedet-holdt-i-klubhuset-ombrudt.txt``,
``pkt-moedet-holdt-sted-ombrudt-efter-komma.md``.
"""

from __future__ import annotations

import datetime as dt

from analysis.layouts.header import read_header
from analysis.layouts.ruled import underlined_titles
from analysis.parse import to_lines


def _header(*lines: str):
    return read_header(to_lines("\n".join(lines)), set(), set())


def _minutes(*titles: tuple[str, ...]) -> str:
    """Plain-text minutes, each title's lines over a rule as wide as its first line."""
    out = ["REFERAT", "=======", ""]
    for title in titles:
        out += [
            *title,
            "-" * len(title[0].strip()),
            "",
            "Tekst.",
            "",
            "Beslutning:",
            "Godkendt.",
            "",
        ]
    return "\n".join(out)


def test_a_title_wrapped_over_its_underline_is_one_title() -> None:
    text = _minutes(
        ("01 Godkendelse af dagsorden",),
        ("02 Nyt fra formanden",),
        ("03 Boligselskabets aktivitetspulje - ansøgning om nye bænke ved", "   Søndervang Have"),
        ("04 Eventuelt",),
    )
    lines = underlined_titles(text).split("\n")
    assert (
        "## 03 Boligselskabets aktivitetspulje - ansøgning om nye bænke ved Søndervang Have"
        in lines
    )
    assert "   Søndervang Have" not in lines
    assert "## 04 Eventuelt" in lines


def test_a_span_of_years_under_a_wrapped_title_is_its_rest() -> None:
    text = _minutes(
        ("Pkt. 1 – Godkendelse af dagsorden",),
        ("Pkt. 2 – Meddelelser",),
        ("Pkt. 3 – Aftale med Vestervang Vaskeriservice om drift af vaskeriet", "2026-2028"),
    )
    lines = underlined_titles(text).split("\n")
    assert (
        "## Pkt. 3 – Aftale med Vestervang Vaskeriservice om drift af vaskeriet 2026-2028" in lines
    )


def test_a_case_line_over_the_rule_stays_the_case() -> None:
    text = _minutes(
        ("Godkendelse af dagsorden",),
        ("Meddelelser",),
        ("Aftale med Vestervang Vaskeriservice om drift af vaskeriet i gården", "Sagsnr. 26/4411"),
    )
    lines = underlined_titles(text).split("\n")
    assert "## Aftale med Vestervang Vaskeriservice om drift af vaskeriet i gården" in lines
    assert "Sagsnr. 26/4411" in lines


def test_a_short_line_over_another_is_no_wrapped_title() -> None:
    # (the first line too short to have wrapped: two lines of a header, not one title)
    text = _minutes(
        ("Godkendelse af dagsorden",),
        ("Meddelelser",),
        ("Vinterfest", "Fælleshuset"),
        ("Eventuelt",),
    )
    assert "## Vinterfest Fælleshuset" not in underlined_titles(text).split("\n")


def test_a_wrapped_title_before_the_first_title_is_none() -> None:
    text = "\n".join(
        [
            "",
            "Referat af bestyrelsesmødet i Beboerrådet for Søndervang og Vestervang",
            "Tirsdag 10. februar",
            "----------------------------------------------------------------------",
            "",
        ]
    ) + _minutes(("Godkendelse af dagsorden",), ("Meddelelser",), ("Eventuelt",))
    assert not any(
        "Tirsdag" in line for line in underlined_titles(text).split("\n") if line[:2] == "##"
    )


def test_a_compound_meeting_word_before_the_body_is_no_part_of_the_forum() -> None:
    head = _header(
        "REFERAT", "", "Bestyrelsesmøde i Beboerrådet for Søndervang", "", "Dato: 10/2-2026"
    )
    assert head.forum == "Beboerrådet for Søndervang"


def test_the_place_after_a_middle_dot_on_the_start_line() -> None:
    head = _header(
        "# Ældrerådet – referat 3. marts 2026",
        "",
        "Mødet begyndte kl. 13.30 · Mødelokale 2, Rådhuset",
    )
    assert head.start_time == "13:30"
    assert head.location == "Mødelokale 2, Rådhuset"


def test_a_held_sentence_wrapped_after_a_small_word_is_read_whole() -> None:
    head = _header(
        "VESTBY FRILUFTSRÅD",
        "",
        "Mødet blev afholdt tirsdag den 10. marts 2026 kl. 18.30 i klubhuset hos",
        "Vestby Roklub, Havnevej 3.",
    )
    assert (head.date, head.start_time) == (dt.date(2026, 3, 10), "18:30")
    assert head.location == "klubhuset hos Vestby Roklub, Havnevej 3"


def test_a_held_sentence_wrapped_after_a_comma_is_read_whole() -> None:
    head = _header(
        "Natur- og Landbrugsudvalget",
        "",
        "Mødet blev holdt mandag den 16. marts 2026 kl. 16.00 i Ørbæk Medborgerhus,",
        "Skolegade 7. Udvalget besigtigede forinden engene ved åen.",
    )
    assert head.location == "Ørbæk Medborgerhus, Skolegade 7"


def test_a_sentence_of_its_own_under_the_held_sentence_is_not_its_rest() -> None:
    head = _header(
        "Dialogudvalget for Seniorliv",
        "Mødet afholdt den 04.11.2024 kl. 15.30 i Byrådssalen",
        "Mødet hævet kl. 17.00",
    )
    assert head.location == "Byrådssalen"
    # (a field's label under it neither)
    head = _header(
        "Dialogudvalget for Seniorliv",
        "Mødet blev holdt den 4. november 2024 kl. 15.30 i mødelokalet,",
        "Deltagere: Hanne Bo, Ole Lyng",
    )
    assert head.location is None or "Deltagere" not in head.location
