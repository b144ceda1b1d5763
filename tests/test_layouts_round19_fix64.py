"""Layouts taught in the nineteenth round by fix64 (invented text)."""

from __future__ import annotations

import datetime as dt

from analysis.layouts.mail_date import with_mail_year
from analysis.parse import Line


def _lines(text: str) -> list[Line]:
    return [Line(k, t.strip(), 0) for k, t in enumerate(text.split("\n"))]


_MAIL = "Fra: A <a@example.dk>\nSendt: {sent}\nEmne: Noter\n\nFORUM – {when} kl. 9.00 i lok. 2\n"


def test_mail_year_from_sending_date() -> None:
    lines = _lines(_MAIL.format(sent="3. marts 2025 08:41", when="fredag 28/2"))
    dated = with_mail_year(lines, len(lines))
    assert dated is not None
    assert dated[4].clean == "FORUM – fredag 28/2-2025 kl. 9.00 i lok. 2"


def test_mail_year_before_new_year() -> None:
    # sent in January about a December meeting: the year before the sending date's
    lines = _lines(_MAIL.format(sent="6. januar 2025 10:00", when="torsdag 19/12"))
    dated = with_mail_year(lines, len(lines))
    assert dated is not None and "19/12-2024" in dated[4].clean
    assert dt.date(2024, 12, 19).weekday() == 3


def test_mail_year_needs_the_weekday_to_match() -> None:
    # 28/2/2025 is a Friday: "mandag 28/2" names another year's day, no year is guessed
    lines = _lines(_MAIL.format(sent="3. marts 2025 08:41", when="mandag 28/2"))
    assert with_mail_year(lines, len(lines)) is None


def test_no_mail_no_year() -> None:
    lines = _lines("REFERAT\n\nFORUM – fredag 28/2 kl. 9.00 i lok. 2\n")
    assert with_mail_year(lines, len(lines)) is None


_MINUTES = (
    "Referat\nonsdag den 05.02.2025 kl. 9.00\n"
    + "\n".join(f"{k}. Punkt {k}\nTekst.\nBeslutning: Godkendt." for k in range(1, 7))
    + "\n\n\n{line}\n1. A\n2. B\n"
)


def test_next_agenda_is_cut() -> None:
    from analysis.layouts.appended import next_agenda

    lines = _lines(_MINUTES.replace("{line}", "FORELØBIG DAGSORDEN – møde 05.03.2025"))
    at = next_agenda(lines)
    assert at is not None and lines[at].clean.startswith("FORELØBIG")
    lines = _lines(_MINUTES.replace("{line}", "Dagsorden til næste møde 05.03.2025"))
    assert next_agenda(lines) is not None


def test_next_agenda_needs_a_later_date_and_its_words() -> None:
    from analysis.layouts.appended import next_agenda

    earlier = _MINUTES.replace("{line}", "Foreløbig dagsorden – møde 05.01.2025")
    assert next_agenda(_lines(earlier)) is None
    # "Dagsorden" alone with a date: the agenda system's own (see appended_document)
    plain = _MINUTES.replace("{line}", "Dagsorden – møde 05.03.2025")
    assert next_agenda(_lines(plain)) is None


def test_pkt_slash_separator() -> None:
    from analysis.layouts.headings import _PKT

    m = _PKT.match("Pkt. 4/ Ny telefonløsning")
    assert m is not None and m.group("num") == "4" and m.group("title") == "Ny telefonløsning"
    # a case number through the year keeps its year ("Sag 12/25 – Title")
    m = _PKT.match("Sag 12/25 – Vejbelysning")
    assert m is not None and m.group("num") == "12" and m.group("title") == "Vejbelysning"


def test_onenote_title_over_a_case_line_and_bullets() -> None:
    from analysis.layouts.unnumbered import heading_items

    text = (
        "Styregruppe\nd. 03.02.2025 kl. 9.00\n\nFørste emne\n• note\nBeslutning: Godkendt.\n\n"
        "Andet emne\nSag: 25/1234\n• note\nBeslutning: Udsat.\n\nEvt.\nBeslutning: Intet.\n"
    )
    heads = heading_items(_lines(text), set())
    assert [h.title for h in heads] == ["Første emne", "Andet emne", "Evt."]


def test_group_for_a_task_in_sentence_case_is_a_body() -> None:
    from analysis.layouts.header import looks_like_body

    assert looks_like_body("Styregruppe for digitalisering og velfærdsteknologi")
    assert not looks_like_body("Styregruppe for digitalisering blev nedsat i går.")


def test_abbreviated_body_genitive_decision_label() -> None:
    from analysis.parse import BodyRules, heading_key

    rules = BodyRules(forum="Folkeoplysningsudvalget")
    key = heading_key(Line(0, "FOU's beslutning:", 0), rules)
    assert key is not None and key[0] == "beslutning"
    # another body's abbreviation is no label of this meeting's decision
    assert heading_key(Line(0, "ØU's beslutning:", 0), rules) is None


def test_project_number_is_the_items_case() -> None:
    from analysis.parse import match_case_number

    assert match_case_number("Projektnr. P-2024-031") == "P-2024-031"
    assert match_case_number("Projektnr. og budget") is None


def test_bare_body_takes_the_area_of_its_meetings_title() -> None:
    from analysis.layouts.meeting_kind import area_of_bare_body

    lines = _lines("Ledergruppen\nReferat\n\nReferat af ledergruppemøde – Natur og Vej\n")
    placed: set[int] = set()
    assert area_of_bare_body("Ledergruppen", lines, placed) == "Ledergruppen, Natur og Vej"
    assert 3 in placed
    # a named body keeps its name; another kind of meeting gives no area
    assert area_of_bare_body("Teknik- og Miljøudvalget", lines, set()) is None
    other = _lines("Chefgruppen\n\nReferat af ledergruppemøde – Natur og Vej\n")
    assert area_of_bare_body("Chefgruppen", other, set()) is None


def test_owner_column_before_a_committee_of_several_words() -> None:
    from analysis.layouts.header import _FORUM_PREFIX

    m = _FORUM_PREFIX.match("Ikast-Brande Kommune Klima- og Miljøudvalget")
    assert m is not None and "Ikast-Brande Kommune Klima- og Miljøudvalget"[m.end() :] == (
        "Klima- og Miljøudvalget"
    )
    # a department's name (no body's word) keeps the owner before it
    assert _FORUM_PREFIX.match("Ikast-Brande Kommune Natur og Miljø") is None
