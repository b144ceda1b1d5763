"""Merge fixes of the twenty-seventh round."""

from __future__ import annotations

from analysis.layouts.number_under_title import numbers_under_titles

BILINGUAL = """Referat

Sukkertoppen 1
Dagsordenspunkt 1
Godkendelse af dagsorden

Beslutning
Godkendt.

Sukkertoppen 2
Dagsordenspunkt 2
Vandforsyning i bygderne
Sags nr.: 2019-1234

Beslutning
Godkendt.
"""


def test_a_heading_label_in_a_second_language_is_no_headline() -> None:
    """ "<label> 1" over "Dagsordenspunkt 1" (a bilingual heading, the same number twice)
    stays as written: the news post's headline-over-number reading (fix136) took the
    label for the item's title."""
    assert numbers_under_titles(BILINGUAL) == BILINGUAL


def test_a_headline_over_its_number_is_still_read() -> None:
    post = "Nyt fra byrådet\n\nNy skole i Vestby\nPunkt 4 | Sagsnr. 21/4410\nByrådet sagde ja.\n"
    post += "\nCykelsti langs åen\nPunkt 5\nByrådet udsatte sagen.\n"
    out = numbers_under_titles(post)
    assert "4. Ny skole i Vestby\nSagsnr. 21/4410" in out
    assert "5. Cykelsti langs åen\n" in out


UNDERLINED = """Referat

Budget 2025
===========
Sagsnr. 24/101

Konklusion:
Godkendt.

Ny legeplads ved skolen
=======================
Sagsnr. 24/102

Konklusion:
Anbefales.

Eventuelt
=========

Konklusion:
Intet.
"""


def test_an_underlined_title_with_a_blank_line_under_its_rule_is_a_title() -> None:
    """ "Eventuelt" / "=========" / "" / "Konklusion:": the last item of setext-titled
    minutes (fix134's underlined titles wanted text right under the rule, and the item
    was read as part of the one before: layouts107 lost its last item)."""
    from analysis.layouts.ruled import underlined_titles

    out = underlined_titles(UNDERLINED)
    assert [line for line in out.split("\n") if line.startswith("## ")] == [
        "## Budget 2025",
        "## Ny legeplads ved skolen",
        "## Eventuelt",
    ]


ARROWS = """Referat – Ældrerådet, Tønder Kommune
Mødedato: 02.10.2024 kl. 14.00, Rådhuset

Ad pkt. 1  Godkendelse af dagsorden
→ Godk.

Ad pkt. 2  Ældreprisen 2024 – valg af modtager
→ Valgt: Frivillighuset i Toftlund (enstemmigt).

Ad pkt. 3  Evt.
→ Intet.
"""


def test_an_arrow_before_words_and_a_colon_that_are_no_label_keeps_the_outcome() -> None:
    """ "→ Valgt: <winner>": fix140 read a label after the arrow ("→ Udvalgets beslutning:")
    and cut the arrow off the line even where the words before the colon are no label, so
    the shorthand outcome was lost (layouts128 lost a decision after the merges)."""
    from analysis.layouts import parse_text

    meeting = parse_text(ARROWS)
    decisions = [[s.text for s in it.sections if s.key == "beslutning"] for it in meeting.items]
    assert decisions == [
        ["Godk."],
        ["Valgt: Frivillighuset i Toftlund (enstemmigt)."],
        ["Intet."],
    ]


POINTS_IN_SMALL_LETTERS = """# Forældrebestyrelsen – Børnehuset Solsikken

**Referat fra møde onsdag d. 9. april 2025, kl. 19.00 i personalestuen**
Favrskov Kommune

## Godkendelse af dagsorden
Dagsordenen godkendt.

## Principper for sovetid
Bestyrelsen drøftede principperne.

Principperne blev godkendt med en rettelse i punkt 2.

* punkt 1: alle børn tilbydes hvil efter frokost
* punkt 2: sovetid efter behov og efter aftale med forældrene
* punkt 3: vi vækker ikke børn under 3 år

## Eventuelt
Intet.
"""


def test_points_in_small_letters_in_a_list_do_not_break_the_reading() -> None:
    """ "* punkt 1: alle børn …": fix139b's small-letter 'Pkt. N - title' waits aside as
    a possible heading, but its place was counted among the whole-point and weak headings
    of the items read so far (an IndexError: layouts98's parents' board was rejected)."""
    from analysis.layouts import parse_text

    meeting = parse_text(POINTS_IN_SMALL_LETTERS)
    assert [it.title for it in meeting.items] == [
        "Godkendelse af dagsorden",
        "Principper for sovetid",
        "Eventuelt",
    ]
