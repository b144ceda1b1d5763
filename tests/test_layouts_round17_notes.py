"""Seminar programmes and unnumbered Word notes under purpose groups (pure).

The fixtures ``generic-seminar-meta-opsummering.md`` and
``generic-uden-numre-formaalsgrupper.txt`` check the families end to end; these tests pin
the rules and what they leave alone.
"""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.groups import group_headings
from analysis.layouts.meeting_kind import forum_from_meeting_kind
from analysis.layouts.text import furniture, is_furniture, prepare


def test_meta_line_with_the_date_is_no_page_footer() -> None:
    meta = "Norddjurs Kommune · Torsdag d. 26/1-2023 · kl. 9.00-16.00 · Kulturhotellet, Ørum"
    assert not is_furniture(meta, ("·",))
    # the owner's address line stays a footer, as does one with the page's update
    assert is_furniture("Albertslund Kommune · Rådhuset · Nordmarks Allé 1", ("·",))
    assert is_furniture("Albertslund Kommune · Senest opdateret 12.03.2024 · Kontakt", ("·",))


def test_seminar_title_is_the_forum() -> None:
    lines = prepare("Ledelsesseminar for chefer og ledere\n\nDato: 26. januar 2023\n")
    assert forum_from_meeting_kind(lines, set()) == "Ledelsesseminar for chefer og ledere"
    lines = prepare("Referat – Direktionsseminar 26. januar 2023\n")
    assert forum_from_meeting_kind(lines, set()) == "Direktionsseminar"
    # an item about a seminar names no forum
    assert forum_from_meeting_kind(prepare("Planlægning af lederseminar i maj\n"), set()) is None


def test_bare_purpose_is_a_group_heading_only_standing_apart() -> None:
    text = "TIL ORIENTERING\n\nStatus\nText.\n\nBudget 2023\nTil beslutning\nText.\n"
    lines = prepare(text)
    found = group_headings(lines)
    assert [ln.clean for ln in lines if ln.index in found] == ["TIL ORIENTERING"]


_NOTES = """Hedensted Kommune                 Referat
Fagchefmøde

Mødedato: 2. maj 2023

TIL DRØFTELSE

Ny model for budgetopfølgning
Økonomi fremlagde modellen, som samler opfølgningen for alle
centre i én rapport.
Opsummering: Drøftet.

Kørselsordning for hjemmeplejen
Sagsnr.: 23/1177
Opsummering: Godkendt.
"""


def _decision(item) -> str | None:
    return next((s.text for s in item.sections if s.key == "beslutning"), None)


def test_paragraph_items_closed_by_their_outcome() -> None:
    meeting = parse_text(_NOTES)
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (1, "Ny model for budgetopfølgning", None),
        (2, "Kørselsordning for hjemmeplejen", "23/1177"),
    ]
    assert _decision(meeting.items[0]) == "Drøftet."
    assert meeting.forum == "Fagchefmøde"


def test_a_wrapped_sentence_opens_no_item() -> None:
    # the text under a title and its case field, after a blank line, wraps onto a line in
    # lower case: no title, however it ends
    text = _NOTES.replace(
        "Ny model for budgetopfølgning\n",
        "Ny model for budgetopfølgning\nSagsnr.: 23/0912\n\n",
    )
    titles = [i.title for i in parse_text(text).items]
    assert titles == ["Ny model for budgetopfølgning", "Kørselsordning for hjemmeplejen"]


def test_second_page_header_printed_once_is_furniture() -> None:
    text = (
        "Tekst på første side.\n\nSide 1 af 2\n\n"
        "Hedensted Kommune – Fagchefmøde 2. maj 2023   Referat\n\nMere tekst.\n"
    )
    lines = prepare(text)
    skip = furniture(lines)
    assert [ln.clean for ln in lines if ln.index in skip][1].startswith("Hedensted Kommune –")
    # a dated line under a page number that names neither kind nor owner is text
    lines = prepare("Tekst.\n\nSide 1 af 2\n\nMødet 2. maj 2023 blev flyttet.\n")
    assert [ln.clean for ln in lines if ln.index in furniture(lines)] == ["Side 1 af 2"]


def test_wiki_page_furniture_and_owner_after_a_dash() -> None:
    from analysis.layouts.header import _MUNICIPALITY_TAIL, looks_like_body
    from analysis.read.text import front_matter_as_text

    front = "---\ntitle: LMU juni\nspace: Skole / LMU\nupdated: 2023-06-16\n---\n"
    text = front_matter_as_text(front)
    assert text.split("\n")[1:4] == ["LMU juni", "", ""]
    assert is_furniture("[[TOC]]") and is_furniture("[TOC]")
    assert not is_furniture("[Bilag 2]")
    assert looks_like_body("Arbejdsmiljøudvalget (AMU) – Struer Kommune")
    # a dash before anything but a municipality is no owner: the workplace stays part of
    # the body's name (round 18: such a line names the body of that workplace, as
    # "LMU, Tåsinge Skole" does with a comma)
    assert _MUNICIPALITY_TAIL.sub("", "Arbejdsmiljøudvalget – Struer Skole") == (
        "Arbejdsmiljøudvalget – Struer Skole"
    )


def test_besluttet_is_a_decision_label() -> None:
    text = "Referat\nSkoleledermøde\nDato: 1. juni 2023\n\n1. Budget\nBesluttet: Godkendt.\n"
    text += "\n2. Evt.\nBesluttet: Intet.\n"
    meeting = parse_text(text)
    assert [_decision(i) for i in meeting.items] == ["Godkendt.", "Intet."]


_OUTCOME_FIRST = """Styregruppen for Ny Daginstitution
Referat af møde mandag 2. september 2024 kl. 14:00

Punkt 1: Status på udbuddet

Taget til efterretning.

Sagsnr.: 24/1200

Der er kommet fire tilbud.

Punkt 2: Legepladsens indretning

Styregruppen drøftede skitserne og bad om en billigere løsning.

Brugerne ønsker mere skygge.
"""


def test_outcome_written_first_is_the_decision() -> None:
    meeting = parse_text(_OUTCOME_FIRST)
    assert [(i.title, i.case_number, _decision(i)) for i in meeting.items] == [
        ("Status på udbuddet", "24/1200", "Taget til efterretning."),
        (
            "Legepladsens indretning",
            None,
            "Styregruppen drøftede skitserne og bad om en billigere løsning.",
        ),
    ]


def test_one_item_opening_with_an_outcome_is_no_family() -> None:
    # one item whose first paragraph reads as an outcome, in minutes with section
    # headings (no free text): background, maybe; left as text
    text = _OUTCOME_FIRST.replace(
        "Styregruppen drøftede skitserne og bad om en billigere løsning.",
        "Indstilling:\nAt skitse B vælges.",
    )
    assert _decision(parse_text(text).items[0]) is None


def test_bare_outcome_under_a_numbered_line_is_evidence_of_a_heading() -> None:
    from analysis.layouts.outcome import bare_outcome

    assert bare_outcome("Godkendt.") and bare_outcome("Udsat til næste FL-møde.")
    assert not bare_outcome("Godkendt")  # no full stop: a title's word, maybe
    assert not bare_outcome("Budgettet blev godkendt i 2019, og rammen er uændret.")


def test_level_leadership_is_a_body() -> None:
    from analysis.layouts.header import looks_like_body

    assert looks_like_body("Børn og Unge – Forvaltningsledelsen (FL)")
    assert looks_like_body("Områdeledelsen")
    assert not looks_like_body("Strategisk ledelse")


def test_kle_slash_case_and_a_bare_byline() -> None:
    from analysis.parse import match_case_number

    assert match_case_number("KLE/sag: 06.00.05-P16-1-22") == "06.00.05-P16-1-22"
    assert is_furniture("Publiceret 15. september 2022 af Teknik og Miljø, Sekretariatet")
    # a sentence that tells of a publication is text
    assert not is_furniture("Publiceret 15. september 2022 af Miljøstyrelsen. Se bilag.")
    lines = prepare("Ledelsesmøde i Teknik og Miljø\n")
    assert forum_from_meeting_kind(lines, set()) == "Ledelsesmøde i Teknik og Miljø"


def test_teams_post_around_the_minutes_is_furniture() -> None:
    text = (
        "Netværk for sundhed | Microsoft Teams\n\n"
        "[Opslag af Rikke Høj, 12-10-2023 15:41]\nReferatet er klar @Netværk Sundhed\n\n"
        "Referatet er klar til gennemsyn.\n"
    )
    lines = prepare(text)
    skip = furniture(lines)
    assert [ln.clean for ln in lines if ln.index in skip] == [
        "Netværk for sundhed | Microsoft Teams",
        "[Opslag af Rikke Høj, 12-10-2023 15:41]",
        "Referatet er klar @Netværk Sundhed",
    ]
    # a bracketed note that is no post's stamp stays text
    assert not is_furniture("[Notat af Rikke Høj, 12-10-2023]")


def test_agenda_table_head_and_notes_heading_are_placed() -> None:
    from analysis.layouts.headings import _TOC_HEAD
    from analysis.layouts.unnumbered import NOTES_HEAD

    assert _TOC_HEAD.match("Nr.\tEmne\tFormål\tTid\tAnsv.")
    assert NOTES_HEAD.match("Referat af punkterne")
    assert not NOTES_HEAD.match("Referat af mødet")
