"""Forty-third round, layouts258: minutes in two languages (German, English, Swedish beside
the Danish).

A title's translation on its own line under it behind a language tag in brackets
("   (DE) Genehmigung der Tagesordnung": ``bilingual._TAGGED``); the second language's item
word and number before a bar ("TOP 1 | Punkt 1": ``bilingual._bar_half``); a translated
title on the line under the Danish one, no wrapped rest of it
(``parse._title_continuation``, ``headings._wrapped_rest``); an English label before the
Danish one ("Decision / Beslutning", "Time / Tid<TAB>17:00": ``bilingual._slash_half``); the
Danish title on the line under a Greenlandic one (``bilingual.greenlandic``,
``parse._danish_title_under``).
"""

from __future__ import annotations

import re

from analysis.layouts import parse_text
from analysis.layouts.bilingual import danish_text, greenlandic
from analysis.model import ParsedMeeting
from analysis.read import read_bytes


def _read(text: str, suffix: str = ".txt") -> ParsedMeeting:
    """The minutes as a file of ``suffix`` is read (the reader first, as the build does)."""
    return parse_text(read_bytes(text.encode(), suffix).text)


_HEAD = """Vejle Kommune
Kontaktudvalget for det tyske mindretal

Referat / Protokoll
Mødedato / Sitzungsdatum: 3. april 2025
Mødested / Sitzungsort: Vejle Rådhus, lokale 4

"""


def test_a_bracketed_tag_line_under_a_title_is_left_out() -> None:
    text = _HEAD + (
        "1. Godkendelse af dagsorden\n   (DE) Genehmigung der Tagesordnung\nSagsnr.: 25/101\n\n"
        "Beslutning:\nGodkendt.\n\n2. Nye skilte\n   (DE) Neue Schilder\nSagsnr.: 25/102\n\n"
        "Beslutning:\nGodkendt.\n"
    )
    meeting = _read(text)
    assert [i.title for i in meeting.items] == ["Godkendelse af dagsorden", "Nye skilte"]


def test_a_bracket_in_a_danish_title_is_no_tag() -> None:
    """Only a language's tag alone in its brackets opens a translation's line."""
    text = "Referat / Protokoll\nSted / Ort: Rådhuset\n(DK) Dansk tekst her\n(Ny) sag om veje\n"
    out = danish_text(text)
    assert "(DK) Dansk tekst her" in out and "(Ny) sag om veje" in out


def test_the_item_word_before_a_bar_is_left_out_and_the_translation_under_the_title() -> None:
    text = _HEAD + (
        "Dagsorden / Tagesordnung\nTOP 1 | Punkt 1   Godkendelse af dagsorden\n"
        "TOP 2 | Punkt 2   Orientering om grænsependling\n\n"
        "TOP 1 | Punkt 1\nGodkendelse af dagsorden\nGenehmigung der Tagesordnung\nJ.nr. 25/201\n\n"
        "Beslutning:\nGodkendt.\n\n"
        "TOP 2 | Punkt 2\nOrientering om grænsependling\nInformation über die Grenzpendler\n"
        "J.nr. 25/202\n\nBeslutning:\nTaget til efterretning.\n"
    )
    meeting = _read(text)
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", "25/201"),
        (2, "Orientering om grænsependling", "25/202"),
    ]


def test_a_bar_in_a_table_row_stays() -> None:
    """A pipe table's row opens with its bar: no item word before a bar there."""
    assert danish_text("Sted / Ort: Rådhuset\n| TOP 1 | Punkt 1 |\n") == (
        "Sted / Ort: Rådhuset\n| TOP 1 | Punkt 1 |\n"
    )


def test_a_danish_wrapped_title_still_joins() -> None:
    """A second title line in Danish over the case line is the title's rest, as before."""
    text = _HEAD + (
        "1. Forslag til lokalplan for boliger ved den gamle havn og\n"
        "ændring af kommuneplanen\nSagsnr.: 25/301\n\nBeslutning:\nGodkendt.\n\n"
        "2. Eventuelt\n\nBeslutning:\nIntet.\n"
    )
    meeting = _read(text)
    assert meeting.items[0].title == (
        "Forslag til lokalplan for boliger ved den gamle havn og ændring af kommuneplanen"
    )


def test_an_english_label_before_the_danish_one() -> None:
    html = (
        "<html><body><h1>Internationalt Forum</h1><table>"
        "<tr><th>Date / Dato</th><td>12 March 2025 (12. marts 2025)</td></tr>"
        "<tr><th>Time / Tid</th><td>16:30–18:00</td></tr></table>"
        "<h2>1. Godkendelse af dagsorden / Approval of the agenda</h2>"
        "<h3>Decision / Beslutning</h3><p>Godkendt.</p>"
        "<h2>2. Eventuelt / Any other business</h2><h3>Decision / Beslutning</h3><p>Intet.</p>"
        "</body></html>"
    )
    meeting = _read(html, ".html")
    assert meeting.start_time == "16:30"
    decisions = [next(s.text for s in i.sections if s.key == "beslutning") for i in meeting.items]
    assert decisions == ["Godkendt.", "Intet."]


def test_a_value_with_a_clock_keeps_its_colon() -> None:
    """The label ends at the tab before the value, not at the clock's colon in it."""
    out = danish_text("Tid / Time\t17:00–19:30\nEventuelt / Any other business\nx / of the y\n")
    assert "17:00–19:30" in out.split("\n")[0]


def test_greenlandic_lines_are_told_from_danish_ones() -> None:
    assert greenlandic("Ilaasortat apeqqutaat")
    assert greenlandic("Aningaasaqarnermut nalunaarusiaq, februar 2025")
    assert not greenlandic("Vandforsyning i Akunnaaq")  # (a Danish title, a Greenlandic place)
    assert not greenlandic("Aarup Skole")  # (a Danish town's double vowel, too short to tell)
    assert not greenlandic("Eventuelt")
    assert not greenlandic("Kommuneplantillæg nr. 7 - havneområdet")


_GREENLAND_HEAD = """Kommune Kujalleq
Kommunalbestyrelsens møde

Ulloq / Dato: 03.06.2025
Sumi / Sted: Rådhuset, Qaqortoq

"""


def test_the_danish_title_under_a_greenlandic_one_is_the_title() -> None:
    text = _GREENLAND_HEAD + (
        "Punkt 01\nUllormut oqaluuserisassat akuerineqarnissaat\nGodkendelse af dagsorden\n"
        "Journal nr.: 01.01.00-A00-7-25\n\nBeslutning\nGodkendt.\n\n"
        "Punkt 02\nIlaasortat apeqqutaat\nSpørgsmål fra medlemmerne\n\nBeslutning\nIntet.\n"
    )
    meeting = _read(text)
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden",
        "Spørgsmål fra medlemmerne",
    ]


def test_a_danish_title_over_a_sentence_is_kept() -> None:
    """Under a Danish title nothing is taken; under a Greenlandic one no sentence is."""
    text = _GREENLAND_HEAD + (
        "Punkt 01\nGodkendelse af dagsorden\nJournal nr.: 01.01.00-A00-7-25\n\n"
        "Beslutning\nGodkendt.\n\n"
        "Punkt 02\nIlaasortat apeqqutaat\nDer var ingen spørgsmål.\n\nBeslutning\nIntet.\n"
    )
    meeting = _read(text)
    assert [i.title for i in meeting.items] == ["Godkendelse af dagsorden", "Ilaasortat apeqqutaat"]


def test_a_case_label_in_two_languages_parted_by_a_slash() -> None:
    """ "Sagsnr./Dnr: …" labels the case; a slash to a word no case label is stays text."""
    from analysis.case_labels import CASE_NUMBER_LABEL

    label = re.compile(rf"^{CASE_NUMBER_LABEL}\s*:", re.IGNORECASE)
    assert label.match("Sagsnr./Dnr: 25/09114")
    assert label.match("J.nr. / Diarienr.: 25/1")
    assert not label.match("Sagsnr./bilag: 25/1")


def test_the_swedish_decision_label_alone() -> None:
    """ "Beslut" alone heads the decision; a sentence opening with the word does not."""
    from analysis.parse import Line, heading_key

    assert heading_key(Line(0, "Beslut", 0)) == ("beslutning", "Beslut")
    assert heading_key(Line(0, "Beslut dig for en dato inden mødet", 0)) is None
