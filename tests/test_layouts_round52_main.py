"""Fifty-second round, the lead's own rules from the held-out sets' misses: a numbered list
counting afresh inside an item is no run of items, its last point no item after the item
(``headings._list_restarted_after``); "Udsat fra sidste møde" under a title is how the item
came, no part of it (``parse.AGENDA_STATUS``); an "Ad N." heading wrapped under a contents
list grows towards the listed title (``base._longer_listed``); a forum's name wrapped at its
joint (``fuller_forum.wrapped_forum``); a web mail's print title before the subject
(``layouts._MAIL_SUBJECT``); "møde i bestyrelsen for X" in small letters
(``header._OWNED_LOWER``); a council or forum of an area with its word indefinite
("Sundhedsråd Fyn", ``header._BODY_NOUN``), its meeting's kind before it ("Forberedende møde
i …") or in brackets after it (``layouts._KIND_NOTE``); an event of the forum's own moved to
another day (``decisions._MEETING_MOVED``); a contents table's title cell wrapped into the
next row and its status cell (``headings._run``, ``base._STATUS_CELL``); a table of decisions
by meeting, cells parted by tabs (``field_row._meeting_decision_rows``)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.field_row import field_rows
from analysis.layouts.fuller_forum import wrapped_forum
from analysis.layouts.header import looks_like_body
from analysis.parse import AGENDA_STATUS, BodyRules, Line, heading_key, to_lines

_FACTS = "Hedensted Kommune\nKultur- og Fritidsudvalget\n\nReferat\nMødedato: 9. september 2021\n\n"


def _items(text: str) -> list[tuple[int, str]]:
    return [(it.number, it.title) for it in parse_text(text).items]


def test_a_list_counting_afresh_inside_an_item_gives_no_item_after_it() -> None:
    text = (
        _FACTS
        + "A. Sager til afgørelse\n\n1. Budgetbidrag 2022\nSagsnr.: 21/304\n\nResumé\n"
        + "Rammen fordeler sig således:\n\n1. Biblioteker 41,2\n2. Idrætsanlæg 27,9\n"
        + "3. Musikskole 9,4\n4. Kulturhuse 6,1\nI alt 84,6\n\nBeslutning\nAnbefales.\n\n"
        + "B. Sager til orientering\n\n2. Festivaler\nSagsnr.: 21/288\n\nBeslutning\n"
        + "Taget til efterretning.\n"
    )
    assert _items(text) == [(1, "Budgetbidrag 2022"), (2, "Festivaler")]


def test_a_list_that_is_the_agenda_itself_still_gives_its_items() -> None:
    # the numbered lines open at 1 above every heading: the agenda listed, no list inside one
    text = (
        _FACTS
        + "1. Godkendelse af dagsorden\n2. Tilskud (sagsnr. 23/411)\n3. Stier (sagsnr. 23/509)\n"
        + "4. Orientering\n5. Køb af areal (Lukket)\n\nReferat\n\nDagsordenen blev godkendt.\n"
    )
    assert [n for n, _ in _items(text)] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("Udsat fra sidste møde", True),
        ("(Udsat fra mødet den 4. marts 2024)", True),
        ("Genoptaget fra forrige møde.", True),
        ("Tillægsdagsorden", True),
        ("Udsatte børn og unge", False),
        (
            "Udsat fra sidste møde – nyt materiale om trafiksikkerhed og skolevejene i kommunen",
            False,
        ),
    ],
)
def test_how_an_item_came_onto_the_agenda(line: str, status: bool) -> None:
    assert (AGENDA_STATUS.match(line) is not None) is status


def test_a_status_line_under_the_title_is_no_part_of_it() -> None:
    text = (
        _FACTS
        + "Punkt 1: Naturpolitik 2023-2027\nUdsat fra sidste møde\nSagsnr. 22-018820\n\n"
        + "Beslutning\nGodkendt.\n\nPunkt 2: Eventuelt\n\nBeslutning\nIntet.\n"
    )
    assert _items(text)[0] == (1, "Naturpolitik 2023-2027")


def test_an_ad_heading_wrapped_grows_towards_its_listed_title() -> None:
    text = (
        _FACTS
        + "Dagsorden\n1. Godkendelse af dagsorden\n2. Status på blokkene i Vadgård og Mørkhøj\n"
        + "3. Eventuelt\n\nAd 1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n"
        + "Ad 2. Status på blokkene i Vadgård og\nMørkhøj\nProjektlederen orienterede om "
        + "tidsplanen for de næste blokke og\nom genhusningen.\n"
        + "Beslutning:\nTaget til efterretning.\n"
        + "\nAd 3. Eventuelt\nBeslutning:\nIntet.\n"
    )
    assert _items(text)[1] == (2, "Status på blokkene i Vadgård og Mørkhøj")


def test_a_forum_wrapped_at_its_joint_goes_on_in_the_line_under_it() -> None:
    lines = to_lines("Referat fra møde i Samarbejdsudvalget mellem X Boligforening og\nY Kommune\n")
    assert (
        wrapped_forum("Samarbejdsudvalget mellem X Boligforening og", lines)
        == "Samarbejdsudvalget mellem X Boligforening og Y Kommune"
    )
    # a field under it, or a name closed on a noun, is no rest of the name
    fields = to_lines("Møde i Udvalget for Kultur og\nTid: 9. maj 2019 kl. 8.30\n")
    assert wrapped_forum("Udvalget for Kultur og", fields) is None
    assert wrapped_forum("Handicaprådet", to_lines("Handicaprådet\nGribskov Kommune\n")) is None


_ITEMS = (
    "\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n2. Eventuelt\nBeslutning: Intet.\n"
)


@pytest.mark.parametrize(
    ("top", "forum"),
    [
        ("Gmail - Fwd: Referat HMU 14.03.2022\n\nMødedato: 14. marts 2022\n", "HMU"),
        (
            "Hadsund Turistforening\n\nReferat af møde i bestyrelsen for Hadsund Turistforening\n"
            "Onsdag den 8. maj 2019 kl. 18.00\n",
            "Bestyrelsen for Hadsund Turistforening",
        ),
        (
            "Dagsorden\n\nForberedende møde i Sundhedsråd Nordsjælland\n"
            "Torsdag den 4. december 2025 kl. 15.00\n",
            "Sundhedsråd Nordsjælland",
        ),
        ("Sundhedsråd Fyn (forberedende)\nReferat\n\nDato: 11. februar 2026\n", "Sundhedsråd Fyn"),
    ],
)
def test_the_forum_named_on_top(top: str, forum: str) -> None:
    assert parse_text(top + _ITEMS).forum == forum


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Sundhedsråd Lillebælt", True),
        ("Vækstforum Syddanmark", True),
        ("Det Regionale Arbejdsmarkedsråd Sjælland", True),
        ("Råd og vejledning", False),
        ("Sundhedsråd for alle", False),
    ],
)
def test_a_council_of_an_area_named_with_its_word_indefinite(name: str, body: bool) -> None:
    assert looks_like_body(name) is body


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Plantedagen flyttes til lørdag den 2. maj kl. 10-13.", "decided"),
        ("Temadagen blev flyttet til den 4. maj.", "decided"),
        ("Mødet flyttes til den 3. marts.", "decided"),
        ("Dagen flyttes til Kroppedal.", "other"),
    ],
)
def test_an_event_of_the_forums_own_moved_to_another_day(text: str, kind: str) -> None:
    assert classify_decision(text)[0][0] == kind


def test_a_contents_tables_wrapped_title_cell_and_status_cell() -> None:
    text = (
        "Fredericia Kommune\nSocial- og Sundhedsudvalget\nReferat\n\nMødedato:\t07.11.2022\t\t\n\n"
        "Punkter på dagsordenen\n1\tGodkendelse af dagsorden\tÅben\n"
        "2\tForslag til ny organisering af aktivitetscentrene i\t\n"
        "\tkommunens ældreboliger\tÅben\n3\tLukket punkt: Køb af plejeboliger\tLukket\n"
        "4\tEventuelt\tÅben\n\n1. Godkendelse af dagsorden\nSagsnr.\t22/5501\t\tAnsvarlig\tX\n"
        "Beslutning i Social- og Sundhedsudvalget den 07-11-2022\t\t\nGodkendt.\n"
    )
    items = parse_text(text).items
    assert [it.number for it in items] == [1, 2, 3, 4]
    assert (
        items[1].raw_title
        == "Forslag til ny organisering af aktivitetscentrene i kommunens ældreboliger"
    )
    assert items[2].raw_title == "Lukket punkt: Køb af plejeboliger"
    assert items[2].closed


def test_a_table_of_decisions_by_meeting_is_read_as_decisions() -> None:
    text = "Sagsnr.\t19/7702\t\nMøde\tBeslutning\t\nMiljøudvalget 05-09-2019\tGodkendt.\t\n\nX"
    assert (
        field_rows(text)
        == "Sagsnr.\t19/7702\t\nBeslutning i Miljøudvalget 05-09-2019\nGodkendt.\n\nX"
    )
    # a head with a space after its tab, or another column's head, is left as it is
    for other in ("Møde\t Beslutning\t", "Navn\tBeslutning\t", "Møde\tBeslutning\tAnsvarlig"):
        kept = f"{other}\nMiljøudvalget 05-09-2019\tGodkendt.\t\n"
        assert field_rows(kept) == kept


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an appointment told in a that-clause after "orienterede om": the orientation
        (
            "Borgmesteren orienterede om, at kommunen er udpeget til at holde et landsstævne.",
            "noted",
        ),
        ("Jens Hansen blev udpeget som formand.", "decided"),
        # an appeals board's ruling on the decision appealed to it
        ("Vurderingsstyrelsens afgørelse stadfæstes.", "decided"),
        ("Kommunens afgørelse ændres, så grundskylden nedsættes.", "decided"),
    ],
)
def test_a_choice_told_and_an_appeal_ruled(text: str, kind: str) -> None:
    assert classify_decision(text)[0][0] == kind


def test_a_case_line_under_a_heading_with_its_decision_is_the_items_case() -> None:
    text = (
        "Referat af møde i Direktionen\nDato: 12. februar 2024 kl. 8.30\n\n"
        "1. Godkendelse af dagsorden – Beslutning: Godkendt.\n\n"
        "2. Regnskab 2023 – Beslutning: Taget til efterretning.\nSag: 24/01188\n"
        "Økonomichefen gennemgik resultatet.\n\n3. Eventuelt – Beslutning: Intet.\n"
    )
    items = parse_text(text).items
    assert [(it.title, it.case_number) for it in items][1] == ("Regnskab 2023", "24/01188")
    decision = next(sec.text for sec in items[1].sections if sec.key == "beslutning")
    assert decision.startswith("Taget til efterretning.")


def _outcomes(text: str) -> list[tuple[str, str | None]]:
    return [
        (it.title, next((sec.text for sec in it.sections if sec.key == "beslutning"), None))
        for it in parse_text(text).items
    ]


_RAADET = "Vallensbæk Kommune\nReferat af møde i Naturrådet\nDato: 6. september 2023\n\n"


def test_a_short_outcome_on_a_heading_with_nothing_under_it_amid_labelled_decisions() -> None:
    text = (
        _RAADET
        + "1. Godkendelse af dagsorden – Godkendt.\n\n"
        + "2. Plejeplan for engen\nForvaltningen fremlagde planen.\n"
        + "Beslutning: Rådet drøftede planen.\n\n3. Eventuelt – Intet.\n\n"
        + "Næste møde: 8. november.\n"
    )
    assert _outcomes(text) == [
        ("Godkendelse af dagsorden", "Godkendt."),
        ("Plejeplan for engen", "Rådet drøftede planen."),
        ("Eventuelt", "Intet."),
    ]


def test_a_title_with_a_dash_and_text_under_it_keeps_its_dash() -> None:
    # the dash's tail is the title's own where the item has text (no outcome on the line)
    text = (
        _RAADET
        + "1. Stier i mosen – Godkendt.\nEn borger har spurgt til stierne efter regnen.\n"
        + "Beslutning: Sendes videre.\n\n2. Plejeplan\nTekst.\nBeslutning: Drøftet.\n"
    )
    assert _outcomes(text)[0][0] == "Stier i mosen – Godkendt."


_BOARD = (
    "Referat fra møde i forældrebestyrelsen\nDagtilbud Solsikken, Vejen Kommune\n"
    "Torsdag den 10. marts 2022 kl. 19.00 i personalerummet\n\n"
    "Godkendelse af dagsorden\n\nBeslutning: Godkendt.\n\n\nForårsfest\n\n"
    "Festen holdes fredag den 20. maj.\n\nBeslutning: Bestyrelsen godkendte planen.\n\n\n"
    "Principper for udeliv\n\n"
)


def test_an_unnumbered_last_item_cut_in_its_text_is_an_item() -> None:
    cut = "Bestyrelsen har bedt ledelsen om et udkast til principper for udeliv, og flere i"
    meeting = parse_text(_BOARD + cut)
    assert [it.title for it in meeting.items][-1] == "Principper for udeliv"
    assert meeting.forum == "Forældrebestyrelsen"
    # a short line closing the page is no text of a cut item: no item of its own
    assert [it.title for it in parse_text(_BOARD + "2 kommentarer").items][-1] == "Forårsfest"


def test_a_heading_holding_only_the_items_mark_takes_its_title_from_the_line_under() -> None:
    text = (
        "Teknisk Udvalg\nReferat\nMødedato: 9. april 2025\n\n"
        "Punkt 1 · Åbent punkt\nGodkendelse af dagsorden\nSagsnr.: 25/004411\n\n"
        "Beslutning Teknisk Udvalg den 09-04-2025\nGodkendt.\n\n"
        "Punkt 2 · Lukket punkt\nKøb af areal\nSagsnr.: 25/002876\n"
    )
    items = parse_text(text).items
    assert [(it.raw_title, it.closed) for it in items] == [
        ("Godkendelse af dagsorden", False),
        ("Køb af areal", True),
    ]


def test_closed_items_marked_in_square_brackets_before_their_titles() -> None:
    text = (
        "Sorø Kommune - Byrådet\nReferat\nTorsdag den 16. december 2021 kl. 17:00\n\n"
        "1. Godkendelse af dagsorden\nSagsnr.: 21-050112\nBeslutning\nGodkendt.\n\n"
        "2. Takster for 2022\nSagsnr.: 21-044871\nBeslutning\nGodkendt.\n\n"
        "3. Spørgsmål\nSagsnr.: 21-050113\nBeslutning\nIngen.\n\n"
        "Lukket dagsorden\n\n4. [Lukket] Salg af grund\n\n5. [Lukket] Personalesag\n"
    )
    items = parse_text(text).items
    assert [(it.raw_title, it.title, it.closed) for it in items[3:]] == [
        ("[Lukket] Salg af grund", "Salg af grund", True),
        ("[Lukket] Personalesag", "Personalesag", True),
    ]


def test_a_decision_label_in_capitals_naming_the_body() -> None:
    rules = BodyRules(forum="Teknik- og Miljøudvalget")
    own = heading_key(Line(0, "BESLUTNING I TEKNIK- OG MILJØUDVALGET:", 0), rules)
    assert own == ("beslutning", "BESLUTNING I TEKNIK- OG MILJØUDVALGET")
    other = heading_key(Line(0, "BESLUTNING I ØKONOMIUDVALGET:", 0), rules)
    assert other is not None and other[0] == "tidligere_beslutning"


def test_a_list_the_decision_leads_in_under_its_label_is_no_agenda() -> None:
    text = (
        "Seniorrådet\nReferat\nOnsdag den 4. oktober 2023 kl. 10:00\n\n"
        "Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "Høringssvar til kvalitetsstandarder\n\nSagsnummer: 23/18802\n\n"
        "Beslutning\nRådet godkendte udkastet med følgende tilføjelser:\n"
        "1. Rengøring hver anden uge fastholdes.\n2. Ventetiden bør nedbringes.\n"
        "3. Rådet støtter de nye regler.\n\nEventuelt\n\nBeslutning\nIntet.\n"
    )
    titles = [it.title for it in parse_text(text).items]
    assert titles == [
        "Godkendelse af dagsorden",
        "Høringssvar til kvalitetsstandarder",
        "Eventuelt",
    ]


def test_a_replys_points_under_its_lead_in_do_not_type_the_item() -> None:
    said = (
        "Rådet drøftede budgetforslaget.\nRådet sender høringssvar med følgende bemærkninger:\n"
        "- Rådet kan ikke anbefale lukningen af dagcentret.\n- Færre timer rammer borgerne.\n"
        "Formanden skriver svaret."
    )
    assert classify_decision(said, "Handicaprådet")[0][0] == "discussed"
    # a list of the forum's own verdicts under "besluttede:" is read as before
    own = "Udvalget besluttede:\n- at udsætte sagen til næste møde"
    assert "postponed" in {kind for kind, _ in classify_decision(own)}


def test_a_print_line_with_a_date_field_and_the_items_word_is_no_title() -> None:
    from analysis.layouts.trailing_number import _beside_title_numbers

    page = "Byrådet | Mødedato: 3. maj 2023 kl. 17:00 | Punkt nr. {n}\n\n{n}. Title {n}\n\n"
    text = "".join(page.format(n=n) for n in (1, 2, 3))
    assert _beside_title_numbers(text) == text


def test_a_drafted_reply_over_the_decisions_own_label_stays_the_cases_text() -> None:
    text = (
        "Seniorrådet\nReferat\nMødedato: 13. maj 2025\n\nPunkt 2   Høring om madservice\n\n"
        "Sagsfremstilling\nForslaget er sendt i høring.\n\nHøringssvar\n"
        "Seniorrådet kan ikke støtte forslaget.\n\nBeslutning\nHøringssvaret blev godkendt.\n"
    )
    decision = next(
        sec.text for sec in parse_text(text).items[0].sections if sec.key == "beslutning"
    )
    assert decision == "Høringssvaret blev godkendt."
