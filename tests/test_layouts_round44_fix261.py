"""Forty-fourth round, layouts261: the capital area's own house styles of minutes.

A contents list cut short by an ellipsis ("1. Title" / "2. Title" / "..."): the items below
number on from its last entry (``elided_contents.continued_heads``, in
``base.parse_numbered``; the agenda system's ``Punkt N.`` layout no longer warns of the
items after it, ``parse._cross_check_toc``); a contents table headed "Sag nr.  Emne  Side"
(``headings._TOC_HEAD``); "Tilbage til dagsordenoversigt" as page furniture; a city's
executive granting by its own word ("Magistraten bevilgede …": ``decisions._GRANTER``) and a
question answered, then the answer taken to note in a paragraph of its own
(``decisions._answer_noted``); the body's name alone over the lone kind in the agenda
system's header ("Magistraten" / "Referat": ``parse._parse_header``).
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.elided_contents import ellipsis_alone
from analysis.layouts.headings import _TOC_HEAD
from analysis.layouts.text import _FURNITURE


def _council(mark: str, listed: int = 2) -> str:
    """A council's minutes of four items whose contents list shows ``listed`` entries and
    ``mark`` under them."""
    titles = ["Godkendelse af dagsorden", "Vejplan 2025", "Salg af grund", "Eventuelt"]
    entries = "\n".join(f"{n}. {t}" for n, t in enumerate(titles[:listed], 1))
    items = "\n\n".join(
        f"{n}. {t}\nSagsnr.: 25/00{n}1\n\nIndstilling\nDirektøren indstiller,\n"
        f"1. at sagen godkendes.\n\nBeslutning\nGodkendt."
        for n, t in enumerate(titles, 1)
    )
    return (
        "Nordby Kommune\nByrådet\n\nReferat\nMødedato: Onsdag den 5. marts 2025\n"
        f"Mødetid: 17:00\nMødested: Byrådssalen\n\nIndholdsfortegnelse\n{entries}\n{mark}\n\n"
        f"{items}\n"
    )


@pytest.mark.parametrize("text", ["...", "…", "[…]", "(...)", ". . .", "[...]", " ... "])
def test_an_ellipsis_alone_is_read(text: str) -> None:
    assert ellipsis_alone(text)


@pytest.mark.parametrize("text", [".....", "... og flere", "Side 3 ...", "a...", "", "……"])
def test_no_ellipsis_with_words_nor_a_row_of_dots(text: str) -> None:
    assert not ellipsis_alone(text)


@pytest.mark.parametrize("mark", ["...", "…", "[…]"])
def test_items_number_on_below_a_contents_list_cut_short(mark: str) -> None:
    meeting = parse_text(_council(mark))
    assert [it.number for it in meeting.items] == [1, 2, 3, 4]
    assert meeting.items[2].title == "Salg af grund"
    assert meeting.items[3].case_number == "25/0041"
    assert not any(mark in w for w in meeting.warnings)


def test_a_list_cut_short_takes_no_numbered_points_of_an_items_text() -> None:
    """ "1. at sagen godkendes." in each item numbers no item after the list's last."""
    meeting = parse_text(_council("..."))
    assert all(not it.title.startswith("at ") for it in meeting.items)
    assert len(meeting.items) == 4


def test_a_whole_list_without_an_ellipsis_is_read_as_before() -> None:
    meeting = parse_text(_council("", listed=4))
    assert [it.number for it in meeting.items] == [1, 2, 3, 4]


def test_an_ellipsis_in_an_items_text_continues_no_list() -> None:
    """The list whole, an ellipsis in item 2's text: the items are the four listed."""
    text = _council("", listed=4).replace("1. at sagen godkendes.", "...\n1. at sagen godkendes.")
    meeting = parse_text(text)
    assert [it.number for it in meeting.items] == [1, 2, 3, 4]


def test_the_agenda_layout_warns_of_no_item_after_a_list_cut_short() -> None:
    text = (
        "Nordby Kommune\n\nMagistraten\nReferat\n\nMødedato: 05.03.2025\n\n"
        "Indholdsfortegnelse\n1. Godkendelse af dagsorden ...... 2\n{mark}\n\n"
        "Punkt 1. Godkendelse af dagsorden\nSagsnummer: 00.22.00-A00-1-25\n\n"
        "Beslutning Magistraten den 05.03.2025\nGodkendt.\n\n"
        "Punkt 2. Vejplan 2025\nSagsnummer: 05.01.00-A00-2-25\n\n"
        "Beslutning Magistraten den 05.03.2025\nGodkendt.\n"
    )
    cut = parse_text(text.format(mark="..."))
    assert [it.number for it in cut.items] == [1, 2]
    assert not any("table of contents" in w for w in cut.warnings)
    whole = parse_text(text.format(mark=""))
    assert any("'Vejplan 2025' is not in the table of contents" in w for w in whole.warnings)


@pytest.mark.parametrize("head", ["Sag nr.  Emne  Side", "Sag nr. Emne Side", "SAG NR. EMNE SIDE"])
def test_a_contents_table_headed_by_case_number_subject_and_page(head: str) -> None:
    assert _TOC_HEAD.match(head)


@pytest.mark.parametrize("text", ["Sag nr. 41", "Sag nr. 41 Meddelelser 2", "Sag emne"])
def test_a_case_heading_is_no_contents_head(text: str) -> None:
    assert not _TOC_HEAD.match(text)


@pytest.mark.parametrize(
    "text", ["Tilbage til dagsordenoversigt", "Tilbage til dagsordensoversigten"]
)
def test_the_link_back_to_the_agendas_is_furniture(text: str) -> None:
    assert _FURNITURE.match(text)


def test_a_sentence_about_the_agenda_is_no_furniture() -> None:
    assert not _FURNITURE.match("Tilbage til dagsordenoversigt over næste møde")


def _types(text: str, forum: str | None = None) -> list[str]:
    return [t for t, _ in classify_decision(text, forum=forum)]


@pytest.mark.parametrize(
    "text",
    [
        "Magistraten bevilgede 40.000 kr. til foreningen.",
        "Borgerrepræsentationen bevilgede 2 mio. kr. til projektet.",
    ],
)
def test_a_city_executive_or_council_grants_by_its_own_word(text: str) -> None:
    assert _types(text, "Magistraten")[0] == "decided"


def test_the_executive_told_of_grants_decided_nothing() -> None:
    """ "Magistraten … de bevilgede midler": the participle before its noun, not the verb
    after the body."""
    assert _types("Magistraten blev orienteret om de bevilgede midler.", "Magistraten") == ["noted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rådmanden besvarede spørgsmålet.\n\nMagistraten tog besvarelsen til efterretning.",
            "noted",
        ),
        ("Spørgsmålet blev besvaret.\n\nByrådet tog svaret til efterretning.", "noted"),
        # (nothing taken to note after the answer: a sign-off, the next meeting)
        ("Borgmesteren besvarede spørgsmålet.\n\nReferatet er godkendt.", "none"),
        ("Borgmesteren besvarede spørgsmålet.\n\nNæste møde er den 4. april.", "none"),
        ("Borgmesteren besvarede spørgsmålet.", "none"),
        # (a paragraph that says nothing and is no answer keeps its reading)
        ("Intet.\n\nTaget til efterretning.", "none"),
    ],
)
def test_an_answer_taken_to_note_after_the_question_answered(text: str, expected: str) -> None:
    assert _types(text, "Byrådet")[0] == expected


def _executive(top: str) -> str:
    return (
        f"{top}\nReferat\n\nMødedato: 05.03.2025\n\n"
        "Punkt 1. Godkendelse af dagsorden\nSagsnummer: 00.22.00-A00-1-25\n\n"
        "Beslutning Magistraten den 05.03.2025\nGodkendt.\n\n"
        "Punkt 2. Vejplan 2025\nSagsnummer: 05.01.00-A00-2-25\n\n"
        "Beslutning Magistraten den 05.03.2025\nGodkendt.\n"
    )


def test_the_body_alone_over_the_kind_names_the_forum_and_is_placed() -> None:
    meeting = parse_text(_executive("Nordby Kommune\n\nMagistraten"))
    assert meeting.forum == "Magistraten"
    assert not any("could not be placed" in w for w in meeting.warnings)


def test_a_line_over_the_kind_that_is_no_body_names_no_forum() -> None:
    """ "Nordby Kommune" over "Referat": the owner, no body; the forum is read elsewhere."""
    meeting = parse_text(_executive("Nordby Kommune\n\nMagistraten\nNordby Kommune"))
    assert meeting.forum != "Nordby Kommune"
