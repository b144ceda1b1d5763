"""Round forty (layouts232: agendas, the documents published a week before the meeting):
the kind of document written with the kind of meeting in brackets after it ("Dagsorden
(åbent møde)"), no control of the page, and a page's contact box on one line over its
footer ("Kontakt: …, tlf. …" / "Senest opdateret …"), no text of the last item's decision
(where it stood, a supplement's empty decisions looked decided and the agenda was read as
minutes). The fixtures ``generic-dagsorden-aabent-moede-tomme-beslutninger.html`` and
``running-tillaegsdagsorden-kontaktboks-sidefod.txt`` hold the layouts."""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.header import KIND_IN_BRACKETS
from analysis.layouts.text import _contact_line, furniture, is_furniture
from analysis.parse import to_lines

# --- the kind of document with the kind of meeting in brackets -------------------------------

_ITEMS = (
    "1. Godkendelse af dagsorden\nSagsnr.: 25/101\n\nIndstilling\n"
    "Sekretariatet indstiller, at dagsordenen godkendes.\n\nBeslutning\n\n"
    "2. Trafikplan for bymidten\nSagsnr.: 25/102\n\nIndstilling\n"
    "Direktøren indstiller, at planen godkendes.\n\nBeslutning\n"
)


def _agenda(kind_line: str, items: str = _ITEMS) -> str:
    return (
        "# Klima- og Miljøudvalget\n\n"
        f"{kind_line}\n\n"
        "Mødedato: 14-05-2025\nMødetidspunkt: 16:00\nMødested: Rådhuset, lokale 4\n\n" + items
    )


@pytest.mark.parametrize("kind_line", ["Dagsorden (åbent møde)", "DAGSORDEN (Lukket møde)"])
def test_the_kind_with_the_meeting_in_brackets_is_an_agenda(kind_line: str) -> None:
    meeting = parse_text(_agenda(kind_line))
    assert meeting.document_type == "dagsorden"
    assert meeting.chars_placed == meeting.chars_total  # (the kind's line placed)


def test_minutes_with_the_meeting_in_brackets_stay_minutes() -> None:
    items = _ITEMS.replace("Beslutning\n", "Beslutning\nGodkendt.\n")
    assert parse_text(_agenda("Referat (åbent møde)", items)).document_type == "referat"


def test_the_meeting_in_brackets_is_no_control() -> None:
    assert not is_furniture("Dagsorden (åbent møde)")
    assert is_furniture("[Åbent møde]  [Udskriv]")  # a page's buttons stay furniture


def test_open_and_closed_meetings_are_kinds_in_brackets() -> None:
    assert KIND_IN_BRACKETS.search("Byrådet (åbent møde)")
    assert KIND_IN_BRACKETS.search("Byrådet (lukket møde)")
    assert not KIND_IN_BRACKETS.search("Byrådet (åbent)")  # no meeting named


# --- a page's contact box over its footer --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kontakt: Politisk Sekretariat, tlf. 8753 5000",
        "Kontaktperson: Hanne Vig, mail hvi@kommune.dk",
        "KONTAKT OS: Borgerservice, telefon 7011 2233",
    ],
)
def test_a_contact_box_on_one_line(text: str) -> None:
    assert _contact_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kontakt til borgerne sker via Digital Post.",  # a sentence, no label
        "Kontakt: Politisk Sekretariat",  # no phone or mail
        "Kontakten til skolerne: " + "lang tekst " * 12 + "tlf. 1234 5678",  # too long
    ],
)
def test_no_contact_box(text: str) -> None:
    assert not _contact_line(text)


_SUPPLEMENT = (
    "Tillægsdagsorden\nByrådet\n\nMødedato: onsdag den 9. april 2025\nMødetidspunkt: Kl. 18:30\n"
    "Mødested: Byrådssalen\n\n"
    "21. Godkendelse af tillægsdagsorden\nSagsnr.: 00.01.00-A00-12-25\n\n"
    "Indstilling\nDirektøren indstiller, at tillægsdagsordenen godkendes.\n\nBeslutning\n\n"
    "22. Ekstra bevilling til vejsalt\nSagsnr.: 05.01.12-Ø00-3-25\n\n"
    "Indstilling\nDirektøren indstiller, at bevillingen gives.\n\nBeslutning\n\n"
)


def test_a_contact_box_over_the_page_date_is_footer() -> None:
    text = _SUPPLEMENT + "Kontakt: Sekretariatet, tlf. 8753 5000\nSenest opdateret 2. april 2025\n"
    meeting = parse_text(text)
    assert meeting.document_type == "dagsorden"
    lines = to_lines(text)
    contact = next(ln for ln in lines if ln.clean.startswith("Kontakt:"))
    assert contact.index in furniture(lines)


def test_a_contact_line_ending_the_text_stays_text() -> None:
    """With no footer under it (nothing but the line itself at the end), the line may be
    the item's own: it is left to the item."""
    text = _SUPPLEMENT.replace(
        "Direktøren indstiller, at bevillingen gives.\n\nBeslutning\n\n",
        "Direktøren indstiller, at bevillingen gives.\n\nBeslutning\nGodkendt.\n"
        "Kontakt: Vejafdelingen, tlf. 8753 5100\n",
    )
    lines = to_lines(text)
    contact = next(ln for ln in lines if ln.clean.startswith("Kontakt:"))
    assert contact.index not in furniture(lines)
    meeting = parse_text(text)
    decision = next(s for s in meeting.items[-1].sections if s.key == "beslutning")
    assert "Kontakt: Vejafdelingen" in decision.text
