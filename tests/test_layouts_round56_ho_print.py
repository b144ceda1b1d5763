"""Fifty-sixth session, held-out sets (ho_print): web portal pages printed to PDF by a
browser, and an archive's PDF export dated only in its running header.

* A browser prints the date and hour of printing beside the page's title atop each page
  ("12.11.2025 08.41" · "Børne- og Skoleudvalget (11.11.2025) – …") and the page's address
  beside "1/1" at its foot. On a page of its own no other page repeats them, yet they are
  furniture: the hour is the print's, the title's forum carries a date
  (``read.pdf._browser_print``, called from ``_remove_furniture``).
* An archive's export of old minutes writes owner, body, date and hour only in the running
  header ("Lemvig Kommune - Børneudvalget - 14-03-2011 kl. 15:30"); the header's line that
  ends with a date and "kl." hour dates the meeting where the text's top has no date
  (``read.pdf._furniture_date``, ``_DATE_AND_HOUR``).
* "EMN: EMN-2025-00412   Status: Åben" under an item's title: a case number labelled with
  its own letters, another field after it (``parse.match_case_number``,
  ``_SCHEME_LABELLED``).
* "## 2 2. behandling af forslag til lokalplan …": a web page's heading numbered without a
  dot whose title opens with the reading it is (``layouts.headings._BARE``).
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from analysis.layouts.headings import candidates
from analysis.parse import match_case_number, to_lines
from analysis.pipeline import parse_bytes
from analysis.read import pdf as read_pdf
from analysis.read import read_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "layouts" / "raw"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _printed_page(foot: bool = True) -> bytes:
    """One page of a portal's minutes as a browser prints it (the foot's address left out
    where ``foot`` is false)."""
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    width, height = A4
    c.setFont("DejaVu", 7.5)
    c.drawString(24, height - 22, "4. mar. 2026 19.12")
    c.drawCentredString(width / 2, height - 22, "Handicaprådet - Referat 4. marts 2026")
    if foot:
        c.drawString(24, 20, "https://www.eksempel.dk/handicapraadet/referat-4-marts-2026")
        c.drawRightString(width - 24, 20, "1/1")
    y = height - 80
    for size, text in [
        (14, "Handicaprådet"),
        (10, "Referat"),
        (10, "onsdag den 4. marts 2026, kl. 15.00 - 17.00"),
        (10, "Sted: Borgerhuset, lokale 4"),
        (12, "1 Godkendelse af dagsorden"),
        (10, "Beslutning: Godkendt."),
        (12, "2 Tilgængelighed på stationen"),
        (10, "Beslutning: Rådet sender et høringssvar."),
    ]:
        c.setFont("DejaVu", size)
        c.drawString(56, y, text)
        y -= 2 * size
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_browsers_print_lines_are_furniture_on_a_page_of_its_own() -> None:
    text = read_bytes(_printed_page(), ".pdf").text
    assert "19.12" not in text
    assert "https://" not in text
    assert text.lstrip().startswith("## Handicaprådet")


def test_the_print_hour_is_no_meetings_hour() -> None:
    result = parse_bytes(_printed_page(), "handicapraadet-2026-03-04.pdf")
    assert result.records["meetings"][0][5] == "15:00"


def test_a_top_line_without_the_address_at_the_foot_stays() -> None:
    # (both lines or none: a date and hour atop a page alone may be the document's own)
    assert "4. mar. 2026 19.12" in read_bytes(_printed_page(foot=False), ".pdf").text


def test_the_print_stamps_shapes() -> None:
    for stamp in ("12.11.2025 08.41", "3. dec. 2025 21.07", "21.06.25, 10.02", "9/3/25, 4:55 PM"):
        assert read_pdf._PRINT_STAMP.match(stamp), stamp
    for text in ("Side 1 af 2", "Mødedato: 12.11.2025", "12.11.2025"):
        assert read_pdf._PRINT_STAMP.match(text) is None, text


def test_a_running_header_ending_with_date_and_hour_dates_the_meeting() -> None:
    running = ["Vejle Kommune - Teknisk Udvalg - 02-05-2012 kl. 14:00", "Side 1", "Side 2"]
    top = "Teknisk Udvalg\n\nBeslutningsprotokol\nMødelokale 2"
    assert read_pdf._furniture_date(running, top) == running[0]
    # (the text's top dated: the header adds nothing; a print's stamp dates no meeting)
    assert read_pdf._furniture_date(running, "Referat 2. maj 2012\n" + top) is None
    assert read_pdf._furniture_date(["Udskrevet 03-05-2012 kl. 09:12"], top) is None


def test_the_archive_fixture_is_dated_by_its_header() -> None:
    path = FIXTURES / "pkt-arkiv-sidehoved-dato-og-klokkeslaet.pdf"
    meeting = parse_bytes(path.read_bytes(), path.name).records["meetings"][0]
    assert (meeting[3].isoformat(), meeting[5]) == ("2011-03-14", "15:30")


def test_a_case_labelled_with_its_own_letters() -> None:
    assert match_case_number("EMN: EMN-2025-00412   Status: Åben") == "EMN-2025-00412"
    assert match_case_number("EMN: EMN-2025-00412") == "EMN-2025-00412"
    # (a sentence after the number is no field: the line is text)
    assert match_case_number("EMN: EMN-2025-00412 blev oprettet i går") is None


def test_a_bare_heading_whose_title_opens_with_its_reading() -> None:
    lines = to_lines(
        "Byrådet\n\nReferat\n3. december 2025 kl. 18:00\n\n"
        "## 1 Godkendelse af dagsorden\n\nSagsnr. 25/40101\nÅbent punkt\n\n"
        "Beslutning\nGodkendt.\n\n"
        "## 2 2. behandling af forslag til lokalplan\n\nSagsnr. 25/40188\nÅbent punkt\n\n"
        "Beslutning\nVedtaget.\n"
    )
    heads = [(h.number, h.title) for h in candidates(lines, set())]
    assert heads == [
        (1, "Godkendelse af dagsorden"),
        (2, "2. behandling af forslag til lokalplan"),
    ]


def test_the_council_fixture_reads_item_two() -> None:
    path = FIXTURES / "aabent-browserprint-byraad-2-behandling.pdf"
    result = parse_bytes(path.read_bytes(), path.name)
    titles = {it[3]: it[4] for it in result.records["items"]}
    assert titles[2].startswith("2. behandling af forslag til lokalplan")
    assert result.records["meetings"][0][5] == "18:00"
