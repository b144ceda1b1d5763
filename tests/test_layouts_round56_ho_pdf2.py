"""Fifty-sixth session, held-out sets (ho_pdf2): leadership and cross-municipal bodies'
minutes in PDF whose facts stood in the page template or under marked labels.

* A one-page PDF from a page template draws the owner's name, the header row and the
  footer (the owner's address beside "Side 1") before the body: read in drawing order,
  the address stands right under the header's date and is taken for the place.
  ``read.pdf._lone_footer`` finds the text beside the page number on the page's bottom
  line, set no larger than the text and well apart from it, and
  ``read.pdf._remove_furniture`` puts it last on the page, where a footer drawn last is
  read.
* A joint company's board minutes whose running header alone names the board in full
  ("Bestyrelsen for … I/S") and dates the meeting in the cell beside it ("Bestyrelsesmøde
  12. marts 2025"): ``read.pdf._furniture_forum`` reads the board's name without its legal
  form (``_LEGAL_FORM``) and ``read.pdf._furniture_date`` the kind of meeting before a
  date as it reads "Mødedato:" (``_DATE_LABEL``), both only where the text's top lacks them.
* A decision label set off by a solid mark in a box of its own ("▶ Beslutning:",
  "■ Beslutning:") on two items or more: ``layouts.disclosure.unfolded_sections`` takes
  the mark off (``_LABEL_MARKS``) as it takes a fold's off.
* A page header's two cells, the kind of meeting and the document's
  ("Direktionsmøde<TAB>Beslutningsreferat"): ``layouts.meeting_kind.body_of_meeting``
  (``_KIND``) reads no area in the document's kind after the tab.
* A joint leaders' meeting ("Fælles chefmøde", "Fælles ledelsesmøde"):
  ``layouts.meeting_kind._LEADERS`` reads "fælles" before the kind of meeting.
* A leadership seminar's summary ("Opsamling fra ledelsesseminar") whose themes are its
  items ("## Tema 1 – Title"): ``layouts.meeting_kind._SEMINAR`` reads the summary's word
  before the seminar, and ``layouts.unnumbered._without_theme_numbers`` takes "Tema N – "
  off the titles where every heading so opens and the numbers run 1, 2, 3 ….

Fixtures: gen/leadership_template_pdf.py, generic-faelles-chefmoede-titel.txt,
generic-ledelsesseminar-temaer.md.
"""

from __future__ import annotations

from pathlib import Path

from analysis.layouts.disclosure import unfolded_sections
from analysis.layouts.headings import Head
from analysis.layouts.meeting_kind import _LEADERS, _SEMINAR, body_of_meeting
from analysis.layouts.unnumbered import _without_theme_numbers
from analysis.pipeline import parse_bytes
from analysis.read import read_bytes
from analysis.read.pdf import _furniture_date, _furniture_forum, _lone_footer, _Seg

RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"


def _seg(text: str, y: float, size: float = 10.0, x0: float = 68.0) -> _Seg:
    return _Seg(text, 0, x0, x0 + 5.0 * len(text), y, size, False, 30.0, 2.5, x0)


def test_a_lone_page_s_footer_beside_its_page_number_is_furniture() -> None:
    body = [_seg("Referat – Koncernledelsen", 728.0, 16.0), _seg("Tekst.", 700.0)]
    body += [_seg("Mere tekst.", 686.0), _seg("Og mere.", 672.0)]
    address = _seg("Odsherred Kommune, Nyvej 22, 4573 Højby", 34.0, 8.0, 62.0)
    page = _seg("Side 1", 34.0, 8.0, 500.0)
    assert _lone_footer([address, page, *body]) == [address]
    # no page number on the bottom line: the last line is the text's own
    assert _lone_footer([address, *body]) == []
    # a line as large as the text beside the number: the text's, no footer
    big = _seg("Godkendt.", 34.0, 10.0, 62.0)
    assert _lone_footer([big, page, *body]) == []
    # close under the text: the text's last line
    near = _seg("Odsherred Kommune, Nyvej 22, 4573 Højby", 664.0, 8.0, 62.0)
    assert _lone_footer([near, _seg("Side 1", 664.0, 8.0, 500.0), *body]) == []


def test_the_footer_drawn_first_is_no_place_and_the_marked_labels_decide() -> None:
    path = RAW / "generic-pdf-skabelon-sidefod-foerst.pdf"
    text = read_bytes(path.read_bytes(), ".pdf").text
    # the footer read last, where it stands on the page, under the last item
    assert text.index("Nyvej 22") > text.index("Punkt 4 – Eventuelt")
    tables = parse_bytes(path.read_bytes(), path.name).tables
    assert list(tables["meetings"]["location"]) == ["Lille mødesal"]
    decided = tables["item_decisions"]
    assert list(decided["decision_type"]) == ["none", "approved", "decided", "none"]


def test_a_running_header_names_the_board_and_dates_the_meeting() -> None:
    running = ["Vestdal Affald", "Bestyrelsen for Affaldsselskabet Vestdal I/S"]
    running.append("Bestyrelsesmøde 12. marts 2025")
    top = "## Referat af bestyrelsesmøde\n\nTid: kl. 16.00-18.00. Sted: Genbrugsvej 4"
    assert _furniture_forum(running, top) == "Bestyrelsen for Affaldsselskabet Vestdal I/S"
    assert _furniture_date(running, top) == "Bestyrelsesmøde 12. marts 2025"
    # the top dates the meeting itself: the header's date is not read
    assert _furniture_date(running, top + "\nTorsdag den 13. marts 2025") is None
    path = RAW / "generic-pdf-bestyrelse-dato-i-sidehoved.pdf"
    meeting = parse_bytes(path.read_bytes(), path.name).tables["meetings"].iloc[0]
    assert meeting["forum"] == "Bestyrelsen for Affaldsselskabet Vestdal I/S"
    assert str(meeting["date"])[:10] == "2025-03-12"


def test_a_solid_mark_before_the_decision_label_is_taken_off() -> None:
    text = "Tekst.\n\n■ Beslutning:\nGodkendt.\n\nTekst.\n\n▶ Beslutning:\nUdsat.\n"
    assert unfolded_sections(text) == text.replace("■ ", "").replace("▶ ", "")
    # one marked line: a bullet, kept
    one = "Tekst.\n\n■ Beslutning:\nGodkendt.\n"
    assert unfolded_sections(one) == one
    # a mark before anything but a section's label stays
    other = "■ Budget 2025\n■ Anlæg 2026\n"
    assert unfolded_sections(other) == other


def test_the_document_s_kind_in_the_header_s_next_cell_is_no_area() -> None:
    assert body_of_meeting("Direktionsmøde\tBeslutningsreferat") == "Direktionen"
    assert body_of_meeting("Chefgruppemøde – Teknik og Miljø") == "Chefgruppen Teknik og Miljø"


def test_a_joint_leaders_meeting_is_the_forum() -> None:
    m = _LEADERS.match("Fælles chefmøde")
    assert m is not None and m["kind"] == "Fælles chefmøde"
    assert _LEADERS.match("Fælles ledelsesmøde 23-01-2025") is not None
    path = RAW / "generic-faelles-chefmoede-titel.txt"
    meeting = parse_bytes(path.read_bytes(), path.name).tables["meetings"].iloc[0]
    assert meeting["forum"] == "Fælles chefmøde"


def test_a_seminar_s_summary_and_its_numbered_themes() -> None:
    m = _SEMINAR.match("Opsamling fra ledelsesseminar")
    assert m is not None and m["kind"] == "ledelsesseminar"
    heads = [Head(3, 1, "Tema 1 – Rekruttering"), Head(9, 2, "Tema 2 – Grøn omstilling")]
    assert [h.title for h in _without_theme_numbers(heads)] == ["Rekruttering", "Grøn omstilling"]
    # the numbers do not run 1, 2: the word is the titles' own
    skipped = [Head(3, 1, "Tema 1 – Rekruttering"), Head(9, 2, "Tema 3 – Grøn omstilling")]
    assert _without_theme_numbers(skipped) == skipped
    # one heading without the word: none taken off
    mixed = [Head(3, 1, "Tema 1 – Rekruttering"), Head(9, 2, "Eventuelt")]
    assert _without_theme_numbers(mixed) == mixed
    path = RAW / "generic-ledelsesseminar-temaer.md"
    tables = parse_bytes(path.read_bytes(), path.name).tables
    assert tables["meetings"].iloc[0]["forum"] == "Ledelsesseminar"
    assert list(tables["items"]["title"])[:2] == [
        "Rekruttering og fastholdelse af medarbejdere",
        "Grøn omstilling i kommunens egen drift",
    ]
