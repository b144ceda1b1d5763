"""Fortieth round, layouts230: big cities' committee and council minutes in their house styles.

A Sagsforløb block of fields whose ``Beslutning:`` label stands alone over the earlier body's
text (``parse._history_field_last``): the block's field, not this meeting's decision; a case
sent on to the city's Magistrat or Borgerrepræsentation (``decisions._BODY_TARGET``); the
hour the meeting closed as a header's field, ``Mødet hævet: 10.15`` (``base._CLOSING``).
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.model import ParsedMeeting

_HEAD = """Referat 4. juni 2025 kl. 16.00
Udvalg: Byrådet
Mødedato: onsdag den 4. juni 2025 kl. 16.00
Mødested: Byrådssalen

"""


def _meeting(body: str) -> ParsedMeeting:
    return parse_text(_HEAD + body)


def _decisions(meeting: ParsedMeeting) -> list[list[str]]:
    return [[s.text for s in it.sections if s.key == "beslutning"] for it in meeting.items]


def test_a_history_blocks_decision_label_alone_over_its_text_stays_in_the_block() -> None:
    meeting = _meeting("""1
Ny skolestruktur i Vestbyen
EMN-2025-000412
Sagsforløb
Udvalg: Børne- og Skoleudvalget
Dato: 12. maj 2025
Punktnummer: 3
Beslutning:
Udvalget anbefaler forslaget.
Udvalg: Økonomiudvalget
Dato: 26. maj 2025
Punktnummer: 8
Beslutning:
Økonomiudvalget indstiller til Byrådets godkendelse.
Beslutning
Forslaget blev vedtaget med 25 stemmer mod 6.
""")
    assert _decisions(meeting) == [["Forslaget blev vedtaget med 25 stemmer mod 6."]]
    history = next(s.text for s in meeting.items[0].sections if s.key == "sagsforloeb")
    assert "Beslutning:\nØkonomiudvalget indstiller til Byrådets godkendelse." in history


def test_this_meetings_decision_label_after_the_blocks_text_is_read() -> None:
    # "Beslutning:" (with its colon) after the block's text, not under one of its fields:
    # this meeting's own decision, as before
    meeting = _meeting("""1
Ny skolestruktur i Vestbyen
EMN-2025-000412
Sagsforløb
Udvalg: Økonomiudvalget
Dato: 26. maj 2025
Punktnummer: 8
Beslutning: Anbefales.
Beslutning:
Godkendt.
""")
    assert _decisions(meeting) == [["Godkendt."]]


@pytest.mark.parametrize(
    "lines",
    [
        # no block of fields: a Sagsforløb in prose, the label under it the decision's
        "Sagsforløb\nSagen var på udvalgets møde i maj.\nBeslutning:\nGodkendt.",
        # a field whose value is empty, no block's heading field over the label
        "Sagsforløb\nUdvalg: Økonomiudvalget\nDato:\nBeslutning:\nGodkendt.",
        # a Dato field outside any Sagsforløb
        "Sagsfremstilling\nUdvalg: Økonomiudvalget\nDato: 26. maj 2025\nBeslutning:\nGodkendt.",
    ],
)
def test_a_decision_label_outside_a_history_block_is_this_meetings(lines: str) -> None:
    meeting = _meeting(f"1\nNy skolestruktur i Vestbyen\nEMN-2025-000412\n{lines}\n")
    assert _decisions(meeting) == [["Godkendt."]]


@pytest.mark.parametrize(
    "text",
    [
        "Drøftet, og sagen oversendes til Magistraten med udvalgets bemærkninger.",
        "Drøftet og sendt videre til Magistraten.",
        "Drøftet og oversendt til Borgerrepræsentationen.",
    ],
)
def test_sent_on_to_the_magistrat_is_a_referral(text: str) -> None:
    assert "referred" in [t for t, _ in classify_decision(text)]


@pytest.mark.parametrize(
    "text",
    [
        # for the Magistrat's information, not to take the case on
        "Drøftet og sendt til Magistraten til orientering.",
        # the word inside another noun names no body
        "Drøftet og oversendt til magistratsafdelingens sagsbehandler Ole.",
    ],
)
def test_not_a_referral_to_the_magistrat(text: str) -> None:
    assert "referred" not in [t for t, _ in classify_decision(text)]


def test_the_closing_hour_as_a_header_field_is_placed() -> None:
    meeting = parse_text("""Teknik- og Miljøudvalget
Referat fra mødet mandag den 9. februar 2026 kl. 16.00
Mødet hævet: 17.45

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Vejnavne i ny udstykning
Beslutning
Godkendt.
""")
    assert not [w for w in meeting.warnings if "could not be placed" in w]
    assert [it.number for it in meeting.items] == [1, 2]


def test_the_closing_hour_field_after_the_last_item_ends_the_minutes() -> None:
    meeting = parse_text("""Teknik- og Miljøudvalget
Referat fra mødet mandag den 9. februar 2026 kl. 16.00

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Vejnavne i ny udstykning
Beslutning
Godkendt.

Mødet hævet: 17.45
""")
    assert _decisions(meeting) == [["Godkendt."], ["Godkendt."]]


def test_a_sentence_about_the_meeting_with_a_colon_is_no_closing() -> None:
    # "Mødet hævet:" needs the hour right after the colon
    meeting = parse_text("""Teknik- og Miljøudvalget
Referat fra mødet mandag den 9. februar 2026 kl. 16.00

1. Godkendelse af dagsorden
Beslutning
Godkendt.
Mødet hævet: formanden takkede for i dag og ønskede god weekend.
""")
    assert "formanden takkede" in _decisions(meeting)[0][0]


_LISTED = """## Socialudvalget

Referat

Mødedato: 02.10.2024
Mødetid: 15:00 - 17:30
Mødested: Mødelokale 3, Ramsherred

## Indhold

1. Punkt 1: Kvalitetsstandard for hjemmepleje 2025
2. Punkt 2: Takster for aflastning

Punkt 1: Kvalitetsstandard for hjemmepleje 2025

Sagsnummer: 24/30117

Beslutning

Godkendt.

Punkt 2: Takster for aflastning

Sagsnummer: 24/28802

Beslutning

Godkendt.
"""


def test_an_ordered_lists_entries_carrying_punkt_n_match_the_items() -> None:
    # "1. Punkt 1: Title": a web page's <ol> numbering entries that say "Punkt N:"
    # themselves; the entries are the items' titles, no warning of an unlisted item
    meeting = parse_text(_LISTED)
    assert meeting.layout == "agenda"
    assert [it.toc_title for it in meeting.items] == [
        "Kvalitetsstandard for hjemmepleje 2025",
        "Takster for aflastning",
    ]
    assert not [w for w in meeting.warnings if "table of contents" in w]


def test_an_ordered_lists_entry_whose_title_opens_with_another_word_is_kept() -> None:
    # only the item's own word and number come off ("Punktlig levering …" is a title)
    meeting = parse_text(
        _LISTED.replace("1. Punkt 1: Kvalitetsstandard", "1. Punktlig Kvalitetsstandard")
    )
    assert meeting.items[0].toc_title is None
