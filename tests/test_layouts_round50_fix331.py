"""Fiftieth round, layouts331: minutes of sectoral boards and networks close to the
administration (leaders' meetings, steering groups, a department's leadership).

Who brings an item, on its own line under the title ("v/ skolechef …", "Oplæg v/ …",
"Til beslutning v/ …"), is an internal forum's template line (``parse.presenter_line``)
and the evidence of the heading over it (``headings.candidates``); a decision label's
word in small letters with its colon under a line broken mid-sentence is the sentence's
rest (``parse.wrapped_sentence_rest``); a body's word ending in -e takes -n alone in the
definite form ("Budgetstyregruppen", ``title_forum.title_line_forum``); "<unit> –
ledermøde" names the unit's leaders' meeting as written
(``meeting_kind._UNIT_THEN_LEADERS``); "DAGSORDEN – Skoleledermøde" calls the document an
agenda (``header._TITLE_KIND``).
"""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.header import _TITLE_KIND
from analysis.layouts.headings import candidates
from analysis.layouts.meeting_kind import forum_from_meeting_kind
from analysis.layouts.title_forum import title_line_forum
from analysis.parse import Line, presenter_line, to_lines, wrapped_sentence_rest


def _lines(*texts: str) -> list[Line]:
    return [Line(k, t, 0) for k, t in enumerate(texts)]


def test_presenter_line_after_the_purpose_or_the_talk() -> None:
    assert presenter_line("v/ afdelingsleder Per Holm")
    assert presenter_line("Oplæg v/ økonomichef Rita Lund")
    assert presenter_line("Til drøftelse v/ Rita Lund")
    assert presenter_line("Til orientering – v. Rita Lund")
    assert presenter_line("Orientering ved direktøren")
    assert not presenter_line("Til beslutning")
    assert not presenter_line("Oplægget var godt, men ved næste møde …")
    assert not presenter_line("Vedtaget uden bemærkninger.")


def _evidence(text: str) -> dict[int, int]:
    lines = to_lines(text)
    return {h.number: h.evidence for h in candidates(lines, set())}


def test_presenter_line_is_the_headings_evidence() -> None:
    text = (
        "1. Budget\nTil beslutning v/ Ulla Berg\n\nTekst om budgettet som fylder en linje.\n"
        "Og en linje mere.\n\n"
        "2. Skoleårets planlægning\nv/ skolechef Ib Dam\nTil drøftelse\n\n"
        "Skolerne bedes medbringe deres forslag.\n\n"
        "3. Trivsel\nOplæg v/ konsulent Eva Rask\nTil orientering\n\nKort status.\n"
    )
    assert _evidence(text) == {1: 2, 2: 2, 3: 2}


def test_numbered_points_of_prose_get_no_presenter_evidence() -> None:
    text = "1. Budgettet holder.\n\nTekst.\n\n2. Der mangler lærere.\n\nMere tekst.\n"
    assert all(score == 0 for score in _evidence(text).values())


def test_agenda_of_a_leaders_meeting_is_read_with_its_items() -> None:
    text = (
        "Ikast-Brande Kommune\nDagtilbud\n\nDAGSORDEN – Dagtilbudsledermøde\n\n"
        "Dato: Onsdag den 6. marts 2024\nTidspunkt: Kl. 9.00 – 11.00\nSted: Rådhuset\n\n"
        "1. Godkendelse af dagsorden\n   v/ dagtilbudschef Ida Nør\n   Til beslutning\n\n"
        "2. Nyt fra forvaltningen\n   v/ dagtilbudschef Ida Nør\n   Til orientering\n\n"
        "3. Sprogarbejde\n   v/ konsulent Bo Ulf\n   Til drøftelse\n"
        "   Materialet er vedlagt. Lederne bedes læse det inden mødet.\n\n"
        "4. Eventuelt\n"
    )
    meeting = parse_text(text)
    assert [it.number for it in meeting.items] == [1, 2, 3, 4]
    assert meeting.document_type == "dagsorden"
    assert meeting.forum == "Dagtilbudsledermøde"


def test_title_kind_reads_the_leaders_meeting_after_the_agenda_word() -> None:
    assert _TITLE_KIND.match("DAGSORDEN – Skoleledermøde") is not None
    assert _TITLE_KIND.match("Referat - områdeledermøde") is not None
    assert _TITLE_KIND.match("Dagsorden – Skolebestyrelsen") is None


def test_small_label_word_under_a_broken_line_is_the_sentences_rest() -> None:
    assert wrapped_sentence_rest(_lines("Der er to modeller for en ny"))
    assert wrapped_sentence_rest(_lines("Forslaget omfatter drift,"))
    assert not wrapped_sentence_rest(_lines("Der er to modeller."))
    assert not wrapped_sentence_rest([*_lines("Der er to modeller for en ny"), Line(1, "", 0)])
    assert not wrapped_sentence_rest(_lines("* legepladsen er efterset"))
    assert not wrapped_sentence_rest([])


def test_wrapped_label_word_opens_no_decision() -> None:
    text = (
        "Styregruppen\n\nDato: 3. maj 2022\n\n1. Ny aftale\n\nDer er to forslag til en ny\n"
        "aftale: forlængelse eller udbud. Begge er beskrevet.\n\nBeslutning:\nUdbud.\n\n"
        "2. Eventuelt\n\nBeslutning:\nIntet.\n"
    )
    item = parse_text(text).items[0]
    decisions = [sec.text for sec in item.sections if sec.key == "beslutning"]
    assert decisions == ["Udbud."]


def test_capital_label_on_its_line_still_opens_the_decision() -> None:
    text = (
        "Styregruppen\n\nDato: 3. maj 2022\n\n1. Ny aftale\n\nForslaget er beskrevet\n"
        "Aftale: Udbud.\n\n2. Eventuelt\n\nBeslutning:\nIntet.\n"
    )
    item = parse_text(text).items[0]
    assert [sec.text for sec in item.sections if sec.key == "beslutning"] == ["Udbud."]


def test_group_in_the_definite_form_is_the_title_forum() -> None:
    lines = to_lines(
        "ODDER KOMMUNE\nØkonomi\n\nBudgetstyregruppen – referat fra møde 02.05.2024 kl. 9.00\n"
    )
    assert title_line_forum(lines, set()) == ("Budgetstyregruppen", None)
    assert title_line_forum(to_lines("Skolebestyrelsen - referat\n"), set())[0] == (
        "Skolebestyrelsen"
    )


def test_unit_then_leaders_meeting_is_the_forum_as_written() -> None:
    placed: set[int] = set()
    lines = to_lines("Center for Teknik og Miljø – ledermøde\nSorø Kommune\n\nReferat\n")
    assert forum_from_meeting_kind(lines, placed) == "Center for Teknik og Miljø – ledermøde"
    assert placed == {0}
    assert forum_from_meeting_kind(to_lines("Sorø Kommune – ledermøde\n"), set()) != (
        "Sorø Kommune – ledermøde"
    )
    assert forum_from_meeting_kind(to_lines("Referat – ledermøde\n"), set()) != (
        "Referat – ledermøde"
    )


def test_abbreviation_opening_a_wrapped_line_is_no_presenter_evidence() -> None:
    text = "1. Budgettet holder\nv.h.a. en pulje fra staten.\n\nTekst.\n\n2. Mere\n\nTekst.\n"
    assert _evidence(text)[1] == 0
