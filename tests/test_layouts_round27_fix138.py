"""Round 27 (layouts138: Greenland's municipalities' minutes, bilingual headings in
Greenlandic and Danish): the small rules taught, each failing without its change."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.header import looks_like_body
from analysis.municipalities import (
    municipality_from_folder,
    municipality_in,
    same_municipality,
    short_name,
)

_ITEMS = (
    "\n\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n2. Eventuelt\nBeslutning: Intet.\n"
)


def test_greenland_municipalities_named_as_institution() -> None:
    # the institution's word before the name (Greenlandic order) or after it, any case
    for text, short in (
        ("Kommuneqarfik Sermersooq", "Sermersooq"),
        ("KOMMUNE KUJALLEQ", "Kujalleq"),
        ("Avannaata Kommunia · Kommunalbestyrelsen", "Avannaata"),
        ("QEQERTALIK KOMMUNIA", "Qeqertalik"),
        ("Qeqqata Kommune", "Qeqqata"),
    ):
        found = municipality_in(text)
        assert found is not None and short_name(found) == short, text
        assert same_municipality(found, short)
    # a town or a fjord named in passing is no municipality
    assert municipality_in("Mødet holdt i Kommunekontoret, Qaqortoq") is None
    assert municipality_from_folder("sermersooq") == "Kommuneqarfik Sermersooq"


def test_municipality_read_from_kommunia_on_top() -> None:
    meeting = parse_text("Qeqertalik Kommunia\nTeknikudvalget\n\nDato: 4. marts 2024" + _ITEMS)
    assert meeting.municipality is not None
    assert short_name(meeting.municipality) == "Qeqertalik"


def test_header_fields_after_a_second_language() -> None:
    text = (
        "Aningaasaqarnermut Ataatsimiititaliaq / Økonomiudvalget\n\n"
        "Ulloq / Dato: 4. marts 2024\nAallartinneq / Start: 13:30\n"
        "Sumi / Sted: Rådhuset, Ilulissat" + _ITEMS
    )
    meeting = parse_text(text)
    assert meeting.forum == "Økonomiudvalget"
    assert meeting.start_time == "13:30"
    assert meeting.location == "Rådhuset, Ilulissat"


def test_council_meeting_in_the_genitive_names_the_forum() -> None:
    for line, forum in (
        ("Kommunalbestyrelsens ordinære møde nr. 2/2024", "Kommunalbestyrelsen"),
        ("Byrådets møde", "Byrådet"),
        ("Kommunalbestyrelsip ataatsimiinnera / Kommunalbestyrelsens møde", "Kommunalbestyrelsen"),
    ):
        meeting = parse_text(f"{line}\n\nDato: 4. marts 2024" + _ITEMS)
        assert meeting.forum == forum, line


def test_village_board_named_by_its_place() -> None:
    assert looks_like_body("Bygdebestyrelsen i Kangerluk")
    assert looks_like_body("Skolebestyrelsen i Aasiaat")
    assert not looks_like_body("Bygdebestyrelsen i sin helhed")
