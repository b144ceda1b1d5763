"""Round 33 (fix186): minutes that reach the analyst by e-mail (invented examples)."""

from __future__ import annotations

from analysis.layouts.header_fallback import lead_place
from analysis.layouts.inline_case import trailing_case
from analysis.layouts.mail_date import with_mail_year
from analysis.layouts.outcome import opens_with_outcome, outcome_line
from analysis.layouts.quoted_mail import unquote_mail
from analysis.layouts.text import mail_envelope
from analysis.layouts.title_forum import title_line_forum
from analysis.layouts.trailing_number import trailing_numbers
from analysis.layouts.unnumbered import dated_line
from analysis.parse import Line


def _lines(text: str) -> list[Line]:
    return [Line(k, t, 0) for k, t in enumerate(text.split("\n"))]


def test_bare_note_tag_and_untagged_line_are_the_points_minutes() -> None:
    quoted = (
        "> Dagsorden:\n>\n> 1) Godkendelse\nREF: Godkendt.\n>\n> 2) Budget\n"
        "REF: Taget til efterretning.\nForbruget følges.\n>\n> 3) Ferieplan\nREF:\n"
        "Godkendt med en ændring.\n>\n> 4) Evt.\nREF: Intet.\n>\n> Mvh"
    )
    out = unquote_mail(quoted).split("\n")
    assert "Referat: Taget til efterretning." in out
    assert "Forbruget følges." in out
    assert "Referat: Godkendt med en ændring." in out
    assert not any(line.startswith(">") for line in out)


def test_month_word_date_takes_the_mails_year() -> None:
    lines = _lines(
        "Sent: 14. marts 2024 10:20\nSubject: Referat\n\n"
        "Møde i rådet torsdag d. 7. marts kl. 15.00 i salen.\n1. Godkendelse"
    )
    dated = with_mail_year(lines, 4)
    assert dated is not None and "7. marts 2024" in dated[3].clean
    # the weekday is not that day's in the mail's year: no year written
    wrong = _lines("Sent: 14. marts 2024 10:20\n\nMøde fredag d. 7. marts kl. 15.\n1. Punkt")
    assert with_mail_year(wrong, 3) is None


def test_mail_envelopes_of_web_mail_pages() -> None:
    subject_heading = _lines(
        "SV: Dagsorden Rådet 3. maj + referat\n\nFra: A <a@b.dk>\n\nDato: tir 10-05-2022 09:00\n\n"
        "Til: B; Rådet\n\nTak."
    )
    assert {0, 2, 4, 6} <= mail_envelope(subject_heading)
    table = _lines(
        "Post Kontakter\n\n- Indbakke\n\n« Forrige | Besked 1 af 2 | Næste » | Svar | Svar alle"
        " | Videresend | Slet\n\nEmne\tReferat\nFra\tA <a@b.dk>\nTil\tb@c.dk\n"
        "Dato\t2022-05-10 09:00\n\nHej"
    )
    assert {0, 4, 6, 7, 8, 9} <= mail_envelope(table)
    printout = _lines(
        "Klubben – møde\n\n1 meddelelse\n\nA B <ab@c.dk> 5. maj 2021 kl. 14.02\nTil: C"
    )
    assert {0, 2, 4, 5} <= mail_envelope(printout)
    # an ordinary first line over fields is no envelope
    assert not mail_envelope(_lines("Referat\n\nDato: 3. maj 2022\nSted: Rådhuset"))


def test_dated_line_passes_over_the_envelope() -> None:
    lines = _lines("Sendt: 3. maj 2022 10:00\n## Referat\nDato: 2. maj 2022")
    assert dated_line(lines) == 0
    assert dated_line(lines, {0}) == 2


def test_subject_tag_kind_and_day_around_the_body() -> None:
    lines = _lines("Emne: SV: [Sikker mail] Referat Ungerådet 14.06.2023\n\nHej alle")
    assert title_line_forum(lines, set(), skip={0})[0] == "Ungerådet"
    dashed = _lines("Emne\tReferat KFU 6/5-2025 – Kultur- og Fritidsudvalget\n\nHej")
    assert title_line_forum(dashed, set(), skip={0})[0] == "Kultur- og Fritidsudvalget"


def test_bare_bracketed_numbers_after_headings() -> None:
    text = "## Godkendelse (1)\n\nGodkendt\n\n## Budget (2)\n\nTaget til efterretning"
    assert trailing_numbers(text).startswith("## 1. Godkendelse\n")
    # numbers out of order, or one heading alone: as written
    assert trailing_numbers("## A (2)\n\n## B (1)") == "## A (2)\n\n## B (1)"
    assert trailing_numbers("## Budget (1)\n\nTekst") == "## Budget (1)\n\nTekst"


def test_no_remarks_sentence_opens_an_outcome() -> None:
    assert outcome_line("Ingen bemærkninger til dagsordenen.")
    assert opens_with_outcome("Ingen bemærkninger til dagsordenen. Referatet blev godkendt i går.")
    assert not opens_with_outcome("Forvaltningen gennemgik sagen. Der kom spørgsmål.")


def test_capital_sag_before_a_journal_number_closes_the_title() -> None:
    assert trailing_case("Fordeling af tilskud 2025 Sag 25/2207") == (
        "Fordeling af tilskud 2025",
        "25/2207",
    )
    assert trailing_case("Orientering om sag 12") is None


def test_invitations_sentence_names_the_place() -> None:
    lines = _lines(
        "Hermed indkaldelse til møde i rådet torsdag d. 7. marts kl. 15.00-17.00 i Salen."
    )
    assert lead_place(lines, set()) == "Salen"
