"""Thirty-sixth round, fix206: economy-heavy minutes (invented texts)."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision
from analysis.layouts.base import parse_numbered
from analysis.layouts.header import forum_from_body, read_header
from analysis.layouts.meeting_kind import forum_from_meeting_kind
from analysis.parse import to_lines


def _items(text: str) -> list[tuple[int, str]]:
    meeting = parse_numbered(to_lines(text), "pkt")
    return [(item.number, item.title) for item in meeting.items]


_STYLED = """# Bestyrelsen for Odsherred Spildevand A/S

Referat af bestyrelsesmøde 3. marts 2025

## Pkt. 1 – Godkendelse af referat

Referatet blev godkendt.

## Pkt. 2 – Regnskab 2024

Årets resultat er et overskud.

| Post | 2023 | 2024 |
|---|---:|---:|
| Omsætning | 90.100 | 91.300 |
| Drift | -40.200 | -41.000 |

Indstilling: at regnskabet godkendes.

**Beslutning:** Regnskabet godkendt.

## Pkt. 3 – Anlægsplan

1. Pumpestation Nykøbing: 6,1 mio. kr.
2. Regnvandsbassin, Asnæs: 4,0 mio. kr.
3. Ledningsfornyelse: 2,2 mio. kr.
4. Slamlager: 1,5 mio. kr.

I alt 13,8 mio. kr. over perioden.

**Beslutning:** Drøftet.

## Pkt. 4 – Status

**Beslutning:** Taget til efterretning.
"""


def test_a_plain_list_opening_a_styled_items_text_is_no_contents_list() -> None:
    """ "## Pkt. 3 – Anlægsplan" / "1. …" … "4. …" / "## Pkt. 4 – …": plain lines numbered
    from 1 inside the text of an item whose headings are styled, no lead-in colon above
    them; the styled run goes on after them, so they are neither contents nor items."""
    assert _items(_STYLED) == [
        (1, "Godkendelse af referat"),
        (2, "Regnskab 2024"),
        (3, "Anlægsplan"),
        (4, "Status"),
    ]


def test_a_plain_list_inside_a_worded_items_text_is_no_item() -> None:
    """ "Pkt. 3 Title" / "1. …" "2. …" "3. …" / "Pkt. 4 Title": the list's "3." (followed by
    the decision) does not take item 3's place; the items are the "Pkt." headings."""
    text = (
        "Referat af bestyrelsesmøde 3. marts 2025\n\n"
        "Pkt. 1 Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
        "Pkt. 2 Regnskab\nBeslutning: Regnskabet blev godkendt.\n\n"
        "Pkt. 3 Investeringer\nPlanen omfatter\n1. Ny boring: 2,0 mio. kr.\n"
        "2. Vandtårn: 1,0 mio. kr.\n3. Målere: 3,0 mio. kr.\nBeslutning: Drøftet.\n\n"
        "Pkt. 4 Eventuelt\nIntet.\n"
    )
    assert [title for _, title in _items(text)] == [
        "Godkendelse af dagsorden",
        "Regnskab",
        "Investeringer",
        "Eventuelt",
    ]


def test_a_contents_list_under_its_own_heading_stays_a_contents_list() -> None:
    """A plain list under a styled heading that names the contents ("## 2. Dagsorden") is
    the contents list, however the styled run goes on."""
    from analysis.layouts.headings import Head
    from analysis.layouts.lead_in_list import lists_under_their_items

    lines = to_lines(
        "## 1. Velkomst\n\n## 2. Dagsorden\n\n1. Regnskab\n2. Budget\n\n## 3. Regnskab\n"
    )
    heads = [
        Head(0, 1, "Velkomst", styled=True),
        Head(2, 2, "Dagsorden", styled=True),
        Head(4, 1, "Regnskab"),
        Head(5, 2, "Budget"),
        Head(7, 3, "Regnskab", styled=True),
    ]
    assert lists_under_their_items(heads, lines) == set()
    heads[1] = Head(2, 2, "Budget", styled=True)
    assert lists_under_their_items(heads, lines) == {4, 5}


def test_the_companys_line_that_names_its_board_is_not_named_twice() -> None:
    """ "# Bestyrelsen for X A/S" over "Referat af bestyrelsesmøde": the board of X, not
    "Bestyrelsen for Bestyrelsen for X A/S"; a company named alone keeps its board's word
    before it, and a cooperative's "A.m.b.a." is a company's form as "A/S" is."""
    assert forum_from_meeting_kind(to_lines(_STYLED), set()) == (
        "Bestyrelsen for Odsherred Spildevand A/S"
    )
    text = "ODSHERRED SPILDEVAND A/S\n\nReferat af bestyrelsesmøde 3. marts 2025\n"
    assert forum_from_meeting_kind(to_lines(text), set()) == (
        "Bestyrelsen for Odsherred Spildevand A/S"
    )
    text = "Hobro Fjernvarme A.m.b.a.\n\nReferat af bestyrelsesmøde 3. marts 2025\n"
    assert forum_from_meeting_kind(to_lines(text), set()) == (
        "Bestyrelsen for Hobro Fjernvarme A.m.b.a."
    )


def test_the_end_of_the_meeting_in_a_field_of_its_own_is_no_start() -> None:
    """ "Mødedato: …<TAB>Start kl.: 15:00<TAB>Slut kl.: 17:40": each label with the clock's
    word is a field of its own; the start is the start, the end no start at all."""
    text = "Miljøudvalget\n\nMødedato: Mandag den 13. marts 2017\tStart kl.: 15:00\t"
    text += "Slut kl.: 17:40\n"
    head = read_header(to_lines(text), set(), set())
    assert (str(head.date), head.start_time) == ("2017-03-13", "15:00")
    text = "Miljøudvalget\n\nMødedato: Mandag den 13. marts 2017\tSlut kl.: 17:40\n"
    assert read_header(to_lines(text), set(), set()).start_time is None
    text = "Miljøudvalget\n\nDato: 14/12 2021     Kl.: 12.30 – 13.15\n"
    assert read_header(to_lines(text), set(), set()).start_time == "12:30"


def test_a_committee_named_by_its_area_is_read_from_its_decision_headings() -> None:
    """ "Teknik & Byg" alone in the header and in every "Beslutning Teknik & Byg den …"
    heading with the meeting's date: the forum, though no body's noun names it; named only
    in the headings, or only once, it is not."""
    import datetime as dt

    day = dt.date(2017, 3, 13)
    decided = "Beslutning Park & Vej den 13-03-2017\n\nGodkendt.\n\n"
    text = "NORDBY KOMMUNE\n\nPark & Vej\n\nREFERAT\n\n1. Dagsorden\n\n" + decided
    text += "2. Regnskab\n\n" + decided
    assert forum_from_body(to_lines(text), day) == "Park & Vej"
    assert forum_from_body(to_lines(text.replace("\n\nPark & Vej\n", "\n")), day) is None
    once = text[: text.index("2. Regnskab")]
    assert forum_from_body(to_lines(once), day) is None


def test_a_recommendation_withheld_and_the_case_sent_on_without_one_is_a_referral() -> None:
    """ "kunne ikke anbefale …. Sagen sendes videre til <udvalg> uden indstilling.": the
    withheld recommendation is why the case goes on without one (as "uden anbefaling" is
    referred); "kan ikke anbefale" alone, or beside a plain referral, stays rejected."""
    text = (
        "Udvalget kunne ikke anbefale indstillingen. "
        "Sagen sendes videre til Økonomiudvalget uden indstilling."
    )
    assert [t for t, _ in classify_decision(text)] == ["referred"]
    text = "Udvalget anbefaler ikke forslaget. Sagen oversendes til Byrådet uden anbefaling."
    assert [t for t, _ in classify_decision(text)] == ["referred"]
    assert classify_decision("Udvalget kan ikke anbefale forslaget.")[0][0] == "rejected"
    text = "Udvalget kan ikke anbefale forslaget. Sagen oversendes til Byrådet."
    assert classify_decision(text)[0][0] == "rejected"


def test_support_then_what_it_supports_sent_on_is_a_recommendation() -> None:
    """ "Bestyrelsen bakker op om ansøgningen. Skolelederen sender den til forvaltningen.":
    the forum's endorsement to the body that decides, recommended (as in one sentence);
    support after the referral, or a letter sent, is no endorsement sent on."""
    text = "Bestyrelsen bakker op om ansøgningen. Skolelederen sender den til Børn og Unge."
    assert classify_decision(text)[0][0] == "recommended"
    text = "Rådet støtter forslaget. Forslaget sendes videre til Kultur- og Fritidsudvalget."
    assert classify_decision(text)[0][0] == "recommended"
    text = "Sagen oversendes til Byrådet. Rådet støtter forslaget."
    assert classify_decision(text)[0][0] == "referred"
    text = "Bestyrelsen støtter forslaget. Formanden sender et brev til borgmesteren."
    assert classify_decision(text)[0][0] == "other"


def test_an_appropriation_released_as_recommended_is_the_recommendation_approved() -> None:
    """ "Rådighedsbeløbet blev frigivet som indstillet.": a release that says no more than
    that it is done as recommended is approved, as "Bevilget som indstillet." is; a bare
    "Frigivet." or a release naming its amount stays the forum's own act, decided."""
    for text in ("Rådighedsbeløbet blev frigivet som indstillet.", "Frigives som indstillet."):
        assert classify_decision(text)[0][0] == "approved"
    assert classify_decision("Frigivet.")[0][0] == "decided"
    assert classify_decision("Frigivet med 1,4 mio. kr.")[0][0] == "decided"
