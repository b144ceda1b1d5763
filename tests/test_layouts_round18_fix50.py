"""Layout families taught in round 18 (fix50, top leadership forums): a covering mail's
sentence naming the body, a news page's lower-case headline and lead sentence, a place
field with the time after it (pure)."""

from __future__ import annotations

import datetime as dt

from analysis.parse import parse_minutes

_ITEMS = """
1. Budgetopfølgning
Sagsnr. 25/1001
Økonomi gennemgik forbruget.
Beslutning:
Taget til efterretning.

2. Eventuelt
Beslutning:
Intet.
"""


def test_covering_sentence_names_the_body_with_its_area() -> None:
    text = (
        "Emne: Referat 04.02.2025\n\nHej alle\n\n"
        "Hermed referat fra mødet i Ledergruppen Børn og Unge. Sig til, hvis noget mangler.\n\n"
        "Sted: Mødelokale 4, kl. 14.00-15.30\n" + _ITEMS
    )
    meeting = parse_minutes(text)
    assert meeting.forum == "Ledergruppen Børn og Unge"
    assert meeting.date == dt.date(2025, 2, 4)
    assert (meeting.start_time, meeting.location) == ("14:00", "Mødelokale 4")


def test_covering_sentence_naming_a_town_names_no_body() -> None:
    text = "Referat 04.02.2025\n\nHermed referat fra mødet i Aalborg.\n" + _ITEMS
    assert parse_minutes(text).forum != "Aalborg"


def test_news_headline_in_lower_case_and_dated_lead_sentence() -> None:
    text = (
        "## Nyt fra ledelsesforum\n\n"
        "Publiceret 8. marts 2025 · Af Kommunikation · 4 min. læsning\n\n"
        "Ledelsesforum mødtes den 6. marts 2025 kl. 9.30 på Rådhuset, mødelokale Fjorden. "
        "Alle deltog.\n" + _ITEMS
    )
    meeting = parse_minutes(text)
    assert meeting.forum == "Ledelsesforum"
    assert meeting.date == dt.date(2025, 3, 6)
    assert (meeting.start_time, meeting.location) == ("09:30", "Rådhuset, mødelokale Fjorden")


def test_title_with_the_date_right_after_the_kind() -> None:
    meeting = parse_minutes("Topledelsen – referat 03.03.2025\n" + _ITEMS)
    assert (meeting.forum, meeting.date) == ("Topledelsen", dt.date(2025, 3, 3))


def test_news_teaser_dates_the_meeting_and_is_placed() -> None:
    text = (
        "## Nyt fra direktionen\n\n"
        "Her kan du læse, hvad direktionen besluttede på mødet tirsdag den 4. marts 2025.\n\n"
        "Publiceret 6. marts 2025 · Af Sekretariatet · 2 min. læsning\n" + _ITEMS
    )
    meeting = parse_minutes(text)
    assert (meeting.forum, meeting.date) == ("Direktionen", dt.date(2025, 3, 4))
    assert not [w for w in meeting.warnings if "could not be placed" in w]
