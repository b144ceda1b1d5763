"""Fifty-eighth session, held-out set of web pages saved with the browser (ho_saved).

A municipality's agenda portal or a council's WordPress site, saved with "Save page as":
the page's furniture around the minutes, items folded in accordion buttons or
``<details>``, fields in a ``<dl>``. Four readings:

- A closed item's button reads "Punkt 7: Lukket punkt" and its folded body a short
  sentence ("Sagen er fortrolig."): the mark is the printed title, the sentence a note
  (``layouts.headings``, the marked number's title test: a sentence under a closed mark,
  of any length, is no title).
- The case number in the item's field list set after its first section ("Sagsfremstilling"
  / its text / "Sagsnr.: …" / "Indstilling"): the case field alone between two sections is
  the item's case (``parse._parse_item`` with ``parse._over_section``).
- A WordPress post headed "Referat fra Seniorrådet 3. september 2024" under the title
  "… – Seniorrådet Vordingborg": the forum is the body's name without the document's kind
  (``layouts.header.read_header``), and the title's "<forum> <town>" names its owner, not a
  fuller forum (``layouts.fuller_forum.fuller_in_page_title``).
- The post's lead sentence "<Kommunes råd> holdt møde … fra kl. 9.30 til 12.00 i
  Mødelokale Møn, …": the place after the meeting's end time, a room whose name starts with
  "Møde" (``layouts.lead_sentence.meeting_lead``).
"""

from __future__ import annotations

from pathlib import Path

from analysis.layouts.fuller_forum import fuller_in_page_title
from analysis.layouts.lead_sentence import meeting_lead
from analysis.pipeline import parse_bytes

RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"


def _items(name: str) -> list[tuple[int, str, str | None]]:
    result = parse_bytes((RAW / name).read_bytes(), name)
    assert result.tables is not None, result.manifest["message"]
    items = result.tables["items"]
    return [
        (int(row["number"]), row["title"], _text(row["case_number"])) for _, row in items.iterrows()
    ]


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _page(items: str) -> bytes:
    return (
        "<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'>"
        "<title>Teknisk Udvalg 04.06.2024 - Skive Kommune</title></head><body><main>"
        "<h1>Teknisk Udvalg</h1><p>Referat · Tirsdag den 4. juni 2024 · Kl. 14.00 · "
        f"Mødelokale 3, Rådhuset, Skive</p>{items}</main></body></html>"
    ).encode()


def _panel(heading: str, body: str) -> str:
    return (
        f"<div class='panel'><h3><button aria-expanded='false'>{heading}</button></h3>"
        f"<div class='collapse'>{body}</div></div>"
    )


def test_a_closed_items_short_note_is_no_title() -> None:
    items = _items("running-harmonika-lukket-punkt-kort-note.html")
    assert (63, "Lukket punkt", None) in items
    assert [n for n, _, _ in items] == [61, 62, 63, 64]


def test_a_short_sentence_under_a_closed_mark_of_another_wording() -> None:
    page = _page(
        _panel("Punkt 1: Godkendelse af dagsorden", "<h4>Beslutning</h4><p>Godkendt.</p>")
        + _panel("Punkt 2: Lukket punkt", "<p>Punktet var fortroligt.</p>")
        + _panel("Punkt 3: Vejbelysning i Balling", "<h4>Beslutning</h4><p>Godkendt.</p>")
    )
    result = parse_bytes(page, "skive-teknisk-udvalg.html")
    titles = list(result.tables["items"]["title"])
    assert titles == ["Godkendelse af dagsorden", "Lukket punkt", "Vejbelysning i Balling"]


def test_an_open_items_short_line_stays_its_title() -> None:
    # ("Punkt 2: Åbent punkt" / "Status for vejprojekter": no sentence, the item's title)
    page = _page(
        _panel("Punkt 1: Godkendelse af dagsorden", "<h4>Beslutning</h4><p>Godkendt.</p>")
        + _panel(
            "Punkt 2: Åbent punkt",
            "<p>Status for vejprojekter</p><h4>Beslutning</h4><p>Taget til efterretning.</p>",
        )
    )
    result = parse_bytes(page, "skive-teknisk-udvalg.html")
    assert list(result.tables["items"]["title"])[1] == "Status for vejprojekter"


def test_the_case_field_between_two_sections_is_the_items_case() -> None:
    items = _items("running-portal-sagsnr-felt-efter-sagsfremstilling.html")
    assert items[1:] == [
        (32, "Tilskud til ny kunstgræsbane i Hornsyld", "04.00.00-Ø40-7-24"),
        (33, "Åbningstider på biblioteket i Tørring", "20.00.00-A00-3-24"),
        (34, "Orientering fra formanden", "00.01.00-A00-14-24"),
    ]


def test_a_case_number_inside_the_case_text_is_not_taken() -> None:
    # ("Sagsnr.: 23/1180" in the text's middle, more text under it: a reference, no field)
    body = (
        "<h4>Sagsfremstilling</h4><p>Sagen blev sidst behandlet i 2023.</p>"
        "<p>Sagsnr.: 23/1180</p><p>Nu foreligger et nyt projekt.</p>"
        "<h4>Beslutning</h4><p>Godkendt.</p>"
    )
    page = _page(
        _panel("Punkt 1: Godkendelse af dagsorden", "<h4>Beslutning</h4><p>Godkendt.</p>")
        + _panel("Punkt 2: Ny rundkørsel ved Resen", body)
    )
    result = parse_bytes(page, "skive-teknisk-udvalg.html")
    assert _text(result.tables["items"]["case_number"].iloc[1]) is None


def test_referat_fra_before_the_forum_and_the_lead_sentences_place() -> None:
    name = "generic-wordpress-referat-fra-forum-holdt-moede-til-klokkeslaet.html"
    result = parse_bytes((RAW / name).read_bytes(), name)
    meeting = result.tables["meetings"].iloc[0]
    assert meeting["forum"] == "Seniorrådet"
    assert meeting["location"] == "Mødelokale Møn, Rådhuset i Vordingborg"
    assert meeting["start_time"] == "09:30"


def test_the_place_after_the_meetings_end_time() -> None:
    for text, place in [
        (
            "Lokalrådet holdt møde mandag fra kl. 19.00 til 21.00 i Mødelokalet, Borgerhuset.",
            "Mødelokalet, Borgerhuset",
        ),
        ("Ungerådet holdt møde onsdag kl. 16.00-18.00 på Biblioteket i Ry.", "Biblioteket i Ry"),
    ]:
        lead = meeting_lead(text)
        assert lead is not None and lead.place == place


def test_a_meeting_is_no_place() -> None:
    lead = meeting_lead("Byrådet holdt møde i aftes i byrådsmødet kl. 19.00.")
    assert lead is None or lead.place is None


def test_the_owners_name_after_the_forum_in_the_page_title_is_no_fuller_forum() -> None:
    title = "Referat fra Seniorrådet 3. september 2024 – Seniorrådet Vordingborg"
    assert fuller_in_page_title("Seniorrådet", title) is None
    fuller = "Referat: Ledergruppen Børn og Læring 21.01.2025 - Intra"
    assert fuller_in_page_title("Ledergruppen", fuller) == "Ledergruppen Børn og Læring"
