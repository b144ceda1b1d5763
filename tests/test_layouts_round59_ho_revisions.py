"""Fifty-ninth session, held-out sets of Word minutes that went through several hands
(ho_revisions).

Minutes edited in Word by several people before they were sent: tracked changes, comments,
content controls, and notes the editors leave each other as hidden text ("Skjult",
``w:vanish``) after an item's title ("– mangler bilag fra HR", "[kladde]") or a decision's
sentence, or as a whole paragraph. Word neither shows nor prints hidden text, so the
reader leaves it out: set on the run, by the run's character style or by the paragraph's
style, unless the run switches it off again (``read.docx._Reader.run_hidden``, consulted by
``_Reader.segments``). Fixture: ``agenda-skjult-tekst-redaktoernoter.docx``
(``gen/hidden_text_docx.py``).

Small boards writing minutes without an agenda system give the meeting's date, hour and
place in one sentence: "Bestyrelsen for <selskab> holdt møde <dato> fra kl. 16.30 i
<rummet i små bogstaver>, <vej nr.>, <postnr. by>.": a room in lower case after the clock
time is the place where an address follows it after a comma
(``layouts.lead_sentence.meeting_lead``). Fixture:
``generic-bestyrelse-moedelokale-adresse-i-saetning.txt``.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from analysis.layouts.lead_sentence import meeting_lead
from analysis.pipeline import parse_bytes
from analysis.read import read_bytes
from tests.fixture_helpers import fixture_decisions

RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"
HIDDEN = "agenda-skjult-tekst-redaktoernoter.docx"


def _vanish(run, value: str | None = None) -> None:
    el = OxmlElement("w:vanish")
    if value is not None:
        el.set(qn("w:val"), value)
    run._r.get_or_add_rPr().append(el)


def _text(document) -> str:
    buf = io.BytesIO()
    document.save(buf)
    return read_bytes(buf.getvalue(), ".docx").text


def test_hidden_notes_after_titles_are_left_out() -> None:
    result = parse_bytes((RAW / HIDDEN).read_bytes(), HIDDEN)
    items = result.tables["items"]
    assert list(items["title"]) == [
        "Godkendelse af dagsorden",
        "Jobcentrets resultater 4. kvartal 2025",
        "Virksomhedsrettet indsats for unge",
        "Eventuelt",
    ]
    assert list(items["case_number"])[1:3] == ["26/1184", "25/20931"]


def test_a_hidden_paragraph_under_the_place_field_leaves_the_place() -> None:
    meeting = parse_bytes((RAW / HIDDEN).read_bytes(), HIDDEN).tables["meetings"].iloc[0]
    assert meeting["location"] == "Mødelokale Hanstholm, Asylgade 30, Thisted"


def test_hidden_by_character_style_and_shown_again_in_a_hidden_paragraph_style() -> None:
    decisions = fixture_decisions(HIDDEN)
    assert decisions[1] == "Orienteringen blev taget til efterretning."
    assert decisions[2] is not None
    assert "Udvalget ønsker en status i juni." in decisions[2]
    assert "juristen" not in decisions[2]


def test_hidden_run_in_a_heading_of_other_wording() -> None:
    document = docx.Document()
    heading = document.add_heading("", level=1)
    heading.add_run("Punkt 7: Renovering af svømmehallen")
    _vanish(heading.add_run(" (ret beløb)"))
    document.add_paragraph("Beslutning: Godkendt.")
    text = _text(document)
    assert "Punkt 7: Renovering af svømmehallen\n" in text
    assert "ret beløb" not in text


def test_vanish_switched_off_is_shown() -> None:
    document = docx.Document()
    p = document.add_paragraph("Beslutning: ")
    _vanish(p.add_run("Anbefales."), "0")
    _vanish(p.add_run(" (spørg Ib)"), "true")
    assert _text(document).strip() == "Beslutning: Anbefales."


def test_a_paragraph_style_hides_its_runs() -> None:
    document = docx.Document()
    style = document.styles.add_style("Skjult afsnit", WD_STYLE_TYPE.PARAGRAPH)
    style.element.get_or_add_rPr().append(OxmlElement("w:vanish"))
    document.add_paragraph("Sted: Borgerhuset, Torvet 1, Tarm")
    document.add_paragraph("Husk bilag 3 inden mødet.", style="Skjult afsnit")
    text = _text(document)
    assert "Borgerhuset" in text
    assert "bilag 3" not in text


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Bestyrelsen for Hvide Sande Havn A/S holdt møde tirsdag den 3. marts 2026 fra "
            "kl. 10.00 i havnekontorets mødelokale, Tungevej 1, 6960 Hvide Sande.",
            "havnekontorets mødelokale, Tungevej 1, 6960 Hvide Sande",
        ),
        (
            "Bestyrelsen for Egnsteatret Vestkysten holdt møde den 5. maj 2025 kl. 17.00 i "
            "teatrets foyer, Strandvejen 12, Lemvig.",
            "teatrets foyer, Strandvejen 12, Lemvig",
        ),
    ],
)
def test_a_room_in_lower_case_then_its_address_after_the_clock(sentence: str, place: str) -> None:
    lead = meeting_lead(sentence)
    assert lead is not None and lead.place == place


@pytest.mark.parametrize(
    "sentence",
    [
        # (a time of day after the hour, no place)
        "Bestyrelsen for Vestby Havn holdt møde kl. 9.00 i morgen, Mandag den 4. maj.",
        # (a room in lower case with no address after it stays unread)
        "Direktionen holdt møde kl. 9.00 i det lille mødelokale.",
    ],
)
def test_no_place_without_an_address_after_the_lower_case_words(sentence: str) -> None:
    lead = meeting_lead(sentence)
    assert lead is not None and lead.place is None


def test_the_boards_place_in_the_fixture() -> None:
    name = "generic-bestyrelse-moedelokale-adresse-i-saetning.txt"
    meeting = parse_bytes((RAW / name).read_bytes(), name).tables["meetings"].iloc[0]
    assert meeting["location"] == "værkets kantine, Kalorievej 2, 8500 Grenaa"
    assert meeting["start_time"] == "16:30"
