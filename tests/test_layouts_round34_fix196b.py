"""Round thirty-four, second pass on layouts196 (old typed protocols, 1970-2008): a
protocol's weak item words proven by their outcomes, titles wrapped mid-phrase right over
the text, OCR'd journal numbers and outcomes, the council named in the opening sentence."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.evaluate import _same_decision_text
from analysis.layouts import parse_text
from analysis.layouts.headings import _NUMBER_ALONE, _cut_short
from analysis.layouts.outcome import bare_outcome, outcome_line
from analysis.parse import NotMinutes, heading_key, to_lines

_PROTOCOL = """ØSTERBY KOMMUNE
Kommunalbestyrelsen

Protokol for ordinært møde tirsdag den 11. maj 1976
kl. 19.30 på rådhuset.

Sag nr. 12.    Protokollen fra mødet den 2. april 1976.
               Protokollen blev oplæst og underskrevet.
               Godkendtes.

Sag nr. 13.    Ansøgning fra boldklubben om tilskud til
               ny bane.
               Udvalget indstiller, at der ydes et tilskud.
               Indstillingen vedtoges.

Sag nr. 14.    Vejbelysning på Skovvej,
               forslag til udbud.
               Teknisk forvaltning har lavet et overslag.
               Udsattes til næste møde.

Mødet hævet kl. 21.10.
"""


def test_protocol_items_proven_by_their_outcomes():
    meeting = parse_text(_PROTOCOL)
    assert [i.number for i in meeting.items] == [12, 13, 14]
    assert meeting.items[1].title == "Ansøgning fra boldklubben om tilskud til ny bane."
    # the heading's line stops on a comma: its rest is the title's, though text follows
    assert meeting.items[2].title == "Vejbelysning på Skovvej, forslag til udbud."


def test_weak_words_without_outcomes_stay_weak():
    # "Sag nr." lines with nothing decided under them: a list's entries, no items proven
    text = _PROTOCOL.replace("Godkendtes.", "Se bilag.").replace(
        "Indstillingen vedtoges.", "Se bilag."
    )
    text = text.replace("Udsattes til næste møde.", "Se bilag.")
    try:
        items = parse_text(text).items
    except NotMinutes:
        items = []
    assert len(items) < 3


def test_cut_short_heading_line():
    assert _cut_short("Sag nr. 4. Meddelelse om regionplan-")
    assert _cut_short("Sag nr. 4. Klage fra beboerne vedrørende")
    assert _cut_short("Sag nr. 4. Lokalplan for et område ved Hareskovvej,")
    assert not _cut_short("Sag nr. 4. Lokalplan 21")
    assert not _cut_short("Sag nr. 4. Vej - Lille By -")


def test_ocr_l_first_in_a_journal_number_beside_the_item_number():
    m = _NUMBER_ALONE.match("Punkt 5.  J.nr. l7.02.00")
    assert m is not None and m["case"] == "J.nr. l7.02.00"
    assert _NUMBER_ALONE.match("Punkt 5.  J.nr. lukket") is None


def test_protocol_outcomes():
    assert bare_outcome("lntet at protokollere.")
    assert bare_outcome("Intet at protokollere.")
    assert outcome_line("Bemyndigedes borgmesteren til at foretage ansættelsen.")


def test_label_line_broken_in_a_word():
    assert _same_decision_text(
        "Borgmesteren bemyndigedes til at foretage ansættelsen.",
        "Borgmesteren bemyndigedes til at foretage ansættel-",
    )
    assert not _same_decision_text(
        "Borgmesteren bemyndigedes til at foretage ansættel.",
        "Borgmesteren bemyndigedes til at foretage Ansættel-",
    )
    assert not _same_decision_text("Vej - Lille", "Vej -")


def test_council_in_the_protocols_opening_sentence():
    text = (
        "SKOVLUND KOMMUNE.\n\n"
        "Aar 1968, mandag den 4. marts, kl. 19, afholdt Sogneraadet\n"
        "møde paa Skolen i Skovlund.\n\n"
        "§ 1.  Oplæsning af protokollen.\n"
        "      Godkendtes.\n\n"
        "§ 2.  Ansøgning om tilskud til forsamlingshuset.\n"
        "      Bevilgedes.\n\n"
        "§ 3.  Eventuelt.\n"
        "      Intet.\n"
    )
    meeting = parse_text(text)
    assert meeting.forum == "Sogneraadet"
    assert meeting.location == "Skolen i Skovlund"


def test_decision_label_read_without_its_space():
    assert heading_key(to_lines("Beslutningi kommunalbestyrelsen:")[0]) == (
        "beslutning",
        "Beslutningi kommunalbestyrelsen",
    )
    assert heading_key(to_lines("Beslutningi morgen")[0]) is None


def test_mandate_in_the_records_voice_is_decided():
    def primary(text: str) -> str:
        return primary_decision_type(t for t, _ in classify_decision(text))

    assert primary("Bemyndigedes borgmesteren til at foretage ansættelsen.") == "decided"
    assert primary("Udvalget bemyndigede direktøren til at underskrive aftalen.") == "decided"
