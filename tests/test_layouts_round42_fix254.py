"""Forty-second round, layouts254: minutes shared as plain text outside any agenda system.

A reply mail whose minutes are written untagged under the points of the quoted agenda
("> 2. Title" / ">" / "Godkendt." / "" / "> 3. Title", ``quoted_mail._reply_end``): the
first line of each answer is the point's outcome unless a label names one, and the quoted
agenda's title is then the minutes' (``quoted_mail._as_minutes``). A mail's covering note
naming the forum, then the meeting's weekday, day and month (perhaps shortened), hours and
place, no year ("referatet fra <forum>, tirsdag den 12. okt. kl. 13.00-15.00 i <place>.",
``mail_date._NOTE_MINUTES``): the meeting's facts, the year from the sending date. A Word
list's sub-bullet saved as a letter "o" under an item's title is no wrapped rest of it
(``headings._wrapped_rest``).
"""

from __future__ import annotations

import datetime as dt

from analysis.layouts import parse_text
from analysis.layouts.mail_date import covering_note_meeting
from analysis.layouts.quoted_mail import unquote_mail
from analysis.parse import to_lines

_AGENDA = [
    "> Dagsorden for Arbejdsgruppen for Naturstier",
    "> Mandag d. 3. februar 2025 kl. 13.00",
    ">",
    "> 1. Godkendelse af dagsorden",
    ">",
]


def _reply(*answers: list[str]) -> list[str]:
    lines = ["Hej alle", "", "Referatet står under punkterne.", "", *_AGENDA]
    for n, answer in enumerate(answers, start=2):
        lines += [*answer, "", f"> {n}. Punkt nummer {n}", ">"]
    return [*lines, "Intet.", "", "> Hilsen", "> Sekretariatet"]


def test_untagged_answers_under_quoted_points_are_the_outcomes() -> None:
    text = "\n".join(_reply(["Godkendt."], ["Drøftet.", "Lone skriver et udkast."]))
    out = unquote_mail(text).split("\n")
    assert "Referat for Arbejdsgruppen for Naturstier" in out
    assert "Referat: Godkendt." in out
    assert "Referat: Drøftet." in out
    assert "Lone skriver et udkast." in out
    assert "Referat: Intet." in out


def test_an_answer_with_its_own_label_keeps_it() -> None:
    answer = ["Anne gennemgik sagen.", "Konklusion: Taget til efterretning."]
    out = unquote_mail("\n".join(_reply(answer, ["Godkendt."]))).split("\n")
    assert "Anne gennemgik sagen." in out
    assert "Konklusion: Taget til efterretning." in out


def test_one_answer_alone_is_no_reply_written_into_the_quote() -> None:
    # one untagged answer: a reply quoting part of a message is not minutes
    lines = ["Svar:", "", *_AGENDA, "> 2. Stier", "> 3. Bænke", ">", "Godkendt.", "", "> Hilsen"]
    out = unquote_mail("\n".join(lines)).split("\n")
    assert "Referat: Godkendt." not in out
    assert not any(line.startswith("Referat for") for line in out)


def test_a_comment_under_a_quoted_line_of_text_is_no_outcome() -> None:
    # under a quoted line of text (not a quoted blank): an inline comment, as before
    point = ["> 2. Stier", "> Ruten er lagt.", "Fint.", "> 3. Bænke", ">", "> 4. Evt.", ">"]
    lines = [*_AGENDA, *point]
    out = unquote_mail("\n".join(lines)).split("\n")
    assert "Fint." in out
    assert "Referat: Fint." not in out


def test_a_long_answer_without_quoted_lines_after_it_ends_the_quote() -> None:
    lines = [*_AGENDA, "> 2. Stier", ">", *[f"Linje {k}." for k in range(12)], "", "> 3. Bænke"]
    out = unquote_mail("\n".join(lines)).split("\n")
    assert not any(line.startswith("Referat:") for line in out)


_SENT = "Fra: Sekretariatet\nSendt: 6. juni 2024 08:15\nEmne: Referat\n\nKære alle\n\n"


def test_the_covering_note_names_forum_day_hours_and_place() -> None:
    note = (
        "Her er referatet fra Netværket for Byggesagsbehandlere, tirsdag den 4. jun. "
        "kl. 13.00-15.00 i mødelokale 3, Teknisk Forvaltning."
    )
    noted = covering_note_meeting(to_lines(_SENT + note))
    assert noted is not None
    assert noted.date == dt.date(2024, 6, 4)
    assert noted.start == "13:00"
    assert noted.place == "mødelokale 3, Teknisk Forvaltning"
    assert noted.forum == "Netværket for Byggesagsbehandlere"


def test_a_day_and_month_by_numbers_and_no_place() -> None:
    note = "Hermed referat fra Styregruppen for Ny Hal, mandag d. 3/6 kl. 9."
    noted = covering_note_meeting(to_lines(_SENT + note))
    assert noted is not None
    assert (noted.date, noted.start, noted.place) == (dt.date(2024, 6, 3), "09:00", None)


def test_a_wrong_weekday_or_no_mail_is_no_meeting() -> None:
    wrong = "Her er referatet fra Netværket for Byggesagsbehandlere, onsdag den 4. jun. kl. 13."
    assert covering_note_meeting(to_lines(_SENT + wrong)) is None
    right = "Her er referatet fra Netværket for Byggesagsbehandlere, tirsdag den 4. jun. kl. 13."
    assert covering_note_meeting(to_lines("Kære alle\n\n" + right)) is None


def test_no_month_word_and_no_hours_are_no_meeting() -> None:
    for note in (
        "Her er referatet fra Netværket, tirsdag den 4. kan vi tale om det kl. 13.",
        "Her er referatet fra Netværket for Byggesagsbehandlere, tirsdag den 4. juni.",
    ):
        assert covering_note_meeting(to_lines(_SENT + note)) is None, note


_MINUTES = """Referat - Ledergruppen
Dato: 12. marts 2025 kl. 9.00

1) Godkendelse af dagsorden
Godkendt.

"""


def _titles(body: str) -> list[str]:
    return [it.title for it in parse_text(_MINUTES + body).items]


def test_o_bullets_under_a_title_are_no_rest_of_it() -> None:
    body = "2) Emner til næste møde\no Budget\no Kurser\nAftalt: Lis sender dagsorden.\n"
    assert _titles(body)[1] == "Emner til næste møde"


def test_a_lower_case_rest_opening_with_o_is_still_the_titles() -> None:
    # "om …", "og …": words, not the bullet letter alone
    body = "2) Orientering fra forvaltningen\nom budgetprocessen\nSagsnr.: 25/1234\nGodkendt.\n"
    assert _titles(body)[1] == "Orientering fra forvaltningen om budgetprocessen"
