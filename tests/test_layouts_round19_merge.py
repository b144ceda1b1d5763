"""Nineteenth round, found while merging: the rules of one fixer against another's sets."""

from __future__ import annotations

import pytest

from analysis.parse import parse_minutes

#: A MED committee's points in a pkt outline (groups "Pkt. 2" over "Pkt. 2.1") under a
#: contents list of the whole points, ending with a closed point written "Pkt. 4 Lukket
#: punkt" and, on the next line, "Pkt. 5 Eventuelt".
_OUTLINE = """Eksempel Kommune
LokalMED Teknik

REFERAT

Mødetidspunkt: Tirsdag den 11.02.2025 kl. 9.00 – 11.00

Dagsorden:
1 Godkendelse af referat
2 Arbejdsmiljø
3 Budget
4 Lukket punkt
5 Eventuelt

Pkt. 1 Godkendelse af referat
LokalMED's beslutning:
Referatet blev godkendt.

Pkt. 2 Arbejdsmiljø

Pkt. 2.1 Status på sygefravær
J.nr. 81.04.00-A00-1-25
LokalMED's beslutning:
Taget til efterretning.

Pkt. 2.2 Ny procedure for arbejdsskader
LokalMED's beslutning:
Godkendt.

Pkt. 3 Budget

Pkt. 3.1 Besparelser på vejområdet
LokalMED's beslutning:
Drøftet.

Pkt. 4 Lukket punkt

Pkt. 5 Eventuelt
Intet.
"""


def test_a_closed_mark_as_title_takes_no_next_heading_for_its_title() -> None:
    # "Pkt. 4 Lukket punkt" reads like "Punkt 4 - Lukket punkt" over its title (fix63's
    # agenda prints), but the next line is the next point's heading: the mark is the title,
    # and the outline's sub-points above stay items
    titles = [item.title for item in parse_minutes(_OUTLINE).items]
    assert "Besparelser på vejområdet" in titles
    assert not any(title.startswith("Pkt.") for title in titles), titles


def test_a_contents_list_of_the_groups_keeps_every_point_an_item() -> None:
    # the contents list names the groups ("2 Arbejdsmiljø"), the text numbers the points
    # within them ("Pkt. 2.1"): the points are the items, numbered by place, and the whole
    # points after them ("Pkt. 4 Lukket punkt", "Pkt. 5 Eventuelt") are not lost to the
    # list's numbers (a point numbered 4 by place is no entry 4)
    items = parse_minutes(_OUTLINE).items
    assert [(i.number, i.title) for i in items] == [
        (1, "Godkendelse af referat"),
        (2, "Status på sygefravær"),
        (3, "Ny procedure for arbejdsskader"),
        (4, "Besparelser på vejområdet"),
        (5, "Lukket punkt"),
        (6, "Eventuelt"),
    ]
    # the entries that title an item stay its contents line; the groups' entries title none
    assert [i.toc_title for i in items] == [
        "Godkendelse af referat",
        None,
        None,
        None,
        "Lukket punkt",
        "Eventuelt",
    ]


def _mail(recipient: str) -> str:
    return "\n".join(
        [
            "Fra: Anne Vest <anve@example.dk>",
            "Sendt: 4. juni 2025 09:15",
            f"Til: {recipient}",
            "Emne: Referat fra styregruppemøde 03.06.25",
            "",
            "Hej alle",
            "",
            "Hermed referat fra mødet tirsdag den 3. juni 2025 kl. 10-12 på rådhuset.",
            "",
            "1) Tidsplan for udbuddet",
            "Aftalt: Tidsplanen blev godkendt.",
            "",
            "2) Eventuelt",
            "Aftalt: Intet.",
        ]
    )


@pytest.mark.parametrize(
    ("recipient", "forum"),
    [
        # the mail's one recipient names the subject's body in full (two writers of unseen
        # sets labelled it so, fix54's and fix59's; the fixtures' labels followed)
        ("Styregruppe for nyt plejecenter", "Styregruppe for nyt plejecenter"),
        ("Styregruppen Digital Velfærd", "Styregruppen Digital Velfærd"),
        # a person, a list of people or another body: the subject's kind of meeting
        ("Jens Holm", "Styregruppen"),
        ("Alle ledere i Teknik", "Styregruppen"),
        ("Direktionen", "Styregruppen"),
    ],
)
def test_a_mail_recipient_naming_the_subjects_body_in_full_is_the_forum(
    recipient: str, forum: str
) -> None:
    assert parse_minutes(_mail(recipient)).forum == forum


_AGENDA_EXPORT = """# {title}

Dato: 4. februar 2025 kl. 9.00
Sted: Rådhuset, mødelokale 2

## Punkt 1: Godkendelse af dagsorden
Formål: Godkendelse.

## Punkt 2: Budgetopfølgning
Sagsnr.: 25/1234
Formål: Orientering.
{decision}
## Punkt 3: Eventuelt
"""


@pytest.mark.parametrize(
    ("title", "decision", "kind"),
    [
        # fix59 found "Dagsorden – Ledergruppen, …" an agenda and "Dagsorden – Ledermøde, …"
        # minutes: the agenda export knew only some title forms
        ("Dagsorden – Ledermøde, Social og Sundhed", "", "dagsorden"),
        ("Dagsorden – Ledergruppen, Social og Sundhed", "", "dagsorden"),
        ("Dagsorden – Ledermøde, Social og Sundhed", "Beslutning:\nGodkendt.\n", "referat"),
        ("Dagsorden og referat – Ledermøde, Social og Sundhed", "", "referat"),
        ("Referat – Ledermøde, Social og Sundhed", "", "referat"),
    ],
)
def test_an_agenda_titled_so_without_decisions_is_an_agenda(
    title: str, decision: str, kind: str
) -> None:
    text = _AGENDA_EXPORT.format(title=title, decision=decision)
    assert parse_minutes(text).document_type == kind
