"""Word and web-page readers: renderings of every seed parse to the seed's own tables.

Each seed is rendered to a Word document (``synth.render_docx``) and to a web page
(``synth.render_html``, in Albertslund's web structure and as a plain saved page), then
``pipeline.parse_bytes`` of the rendering is compared with ``parse_bytes`` of the seed:
the meetings (without the source_* columns), participants, items, sections,
recommendations, attachments and references tables must be equal, with full coverage.

One difference is by design: the web table of contents numbers its entries by item, not
by page (a web page has no pages), so ``items.toc_page`` of the web rendering is the item
number and is left out of that comparison. Its TOC titles are the source's and compared.

A hand-written Windows-1252 page of a Kommunalbestyrelsen meeting
(``fixtures/html/kommunalbestyrelsen-2020-05-12.html``) checks the web structure the
renderer does not cover: committee paths, party letters, absence, "Sagsnr.:" labels.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import pandas as pd
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.pipeline import parse_bytes
from analysis.read import UnreadableDocument, read_bytes
from analysis.read.html import decode_html
from analysis.synth.render_docx import FIXED_DATE, render_docx
from analysis.synth.render_html import render_html

from .conftest import FIXTURES
from .conftest import SEEDS as SEEDS_DIR

SEEDS = sorted(p.name for p in SEEDS_DIR.iterdir() if p.suffix in (".txt", ".md"))
TABLES = (
    "meetings",
    "participants",
    "items",
    "sections",
    "recommendations",
    "attachments",
    "references",
)
KB_PAGE = FIXTURES / "html" / "kommunalbestyrelsen-2020-05-12.html"


def _seed(name: str):
    data = (SEEDS_DIR / name).read_bytes()
    return data, parse_bytes(data, f"albertslund/seed{(SEEDS_DIR / name).suffix}")


def assert_same_tables(expected, actual, drop: dict[str, list[str]] | None = None) -> None:
    """The tables of two parse results are equal (source_* columns aside, and the layout:
    a web page the reader rewrote is recorded as "web", the same text as "agenda")."""
    assert actual.tables is not None, actual.manifest["message"]
    assert actual.manifest["coverage"] == 1.0, actual.manifest["message"]
    assert actual.manifest["status"] == expected.manifest["status"], actual.manifest["message"]
    assert actual.manifest["message"] == expected.manifest["message"]
    for name in TABLES:
        a, b = expected.tables[name], actual.tables[name]
        cols = [c for c in a.columns if c.startswith("source_")] + (drop or {}).get(name, [])
        cols += ["layout"] if name == "meetings" else []
        pd.testing.assert_frame_equal(
            a.drop(columns=cols), b.drop(columns=cols), obj=f"table {name}"
        )


# --- renderings of the seeds ------------------------------------------------------------


@pytest.mark.parametrize("name", SEEDS)
def test_docx_rendering_parses_like_the_text(name: str) -> None:
    data, expected = _seed(name)
    actual = parse_bytes(render_docx(data.decode("utf-8")), "albertslund/seed.docx")
    assert actual.manifest["source_format"] == "docx"
    assert_same_tables(expected, actual)


@pytest.mark.parametrize("name", SEEDS)
def test_web_page_parses_like_the_text(name: str) -> None:
    data, expected = _seed(name)
    actual = parse_bytes(render_html(data.decode("utf-8")), "albertslund/seed.html")
    assert actual.manifest["source_format"] == "html"
    # The web TOC has item numbers where the document has pages (see the module docstring).
    assert_same_tables(expected, actual, drop={"items": ["toc_page"]})
    items = actual.tables["items"]
    assert list(items["toc_page"]) == list(items["number"])


@pytest.mark.parametrize("name", SEEDS)
def test_saved_html_document_parses_like_the_text(name: str) -> None:
    data, expected = _seed(name)
    actual = parse_bytes(render_html(data.decode("utf-8"), web_style=False), "albertslund/seed.htm")
    assert_same_tables(expected, actual)


@pytest.mark.parametrize("name", SEEDS[:2])
def test_windows_1252_web_page_parses_like_the_text(name: str) -> None:
    data, expected = _seed(name)
    page = render_html(data.decode("utf-8"), encoding="windows-1252")
    assert b'charset="windows-1252"' in page
    actual = parse_bytes(page, "albertslund/seed.html")
    assert actual.manifest["encoding"] == "cp1252"
    assert_same_tables(expected, actual, drop={"items": ["toc_page"]})


def test_docx_rendering_is_deterministic() -> None:
    text = (SEEDS_DIR / SEEDS[0]).read_text(encoding="utf-8")
    assert render_docx(text) == render_docx(text)


def test_docx_rendering_is_a_real_word_document() -> None:
    text = (SEEDS_DIR / "chefforum-2023-06-22.md").read_text(encoding="utf-8")
    doc = docx.Document(io.BytesIO(render_docx(text)))
    styles = [(p.style.name, p.text) for p in doc.paragraphs]
    assert styles[0] == ("Title", "REFERAT Chefforum d. 22-06-2023")
    assert ("Heading 1", "Punkt 2: CF - Status på målplaner 2023") in styles
    assert ("Heading 2", "Sagsfremstilling") in styles
    assert ("toc 1", "CF - Status på målplaner 2023\t4") in styles
    # Numbered points carry Word numbering, not typed numbers; each list its own instance.
    numbered = [p for p in doc.paragraphs if p.style.name == "List Number"]
    assert numbered and not any(p.text[:1].isdigit() for p in numbered)
    num_ids = {p._p.pPr.numPr.numId.val for p in numbered}
    assert len(num_ids) == 5  # one per Indstilling list
    assert any(p.style.name == "List Bullet 2" for p in doc.paragraphs) is False
    assert len(doc.tables) == 1 and doc.tables[0].cell(0, 1).text == "Tidspunkt"
    # Inline markdown became runs; the header field key is bold.
    mødedato = next(p for p in doc.paragraphs if p.text.startswith("Mødedato"))
    assert mødedato.runs[0].bold and mødedato.runs[0].text == "Mødedato"
    assert doc.core_properties.created.replace(tzinfo=None) == FIXED_DATE
    assert doc.sections[0].header.paragraphs[0].text.startswith("Albertslund Kommune")


def test_docx_rendering_nests_indented_bullets() -> None:
    text = (SEEDS_DIR / "chefforum-2022-02-03.txt").read_text(encoding="utf-8")
    doc = docx.Document(io.BytesIO(render_docx(text)))
    nested = [p.text for p in doc.paragraphs if p.style.name == "List Bullet 2"]
    assert nested == ["Idébanken", "Den Grønne Idébank", "Tre trin til råderum"]


def test_web_rendering_has_the_albertslund_structure() -> None:
    from bs4 import BeautifulSoup

    text = (SEEDS_DIR / "chefforum-2025-04-23.txt").read_text(encoding="utf-8")
    soup = BeautifulSoup(render_html(text), "lxml")
    info = [p.get_text(" ", strip=True) for p in soup.select(".moedeinfo p")]
    assert info == [
        "Udvalg: Chefforum",
        "Dato: Onsdag den 23. april 2025",
        "Tid: Kl. 09:00",
        "Sted: Mødelokale 915",
    ]
    members = [li.get_text() for li in soup.select("ul.medlemmer li")]
    assert members[0] == "Henrik Harder (Kommunaldirektør)" and len(members) == 9
    toc = [li.get_text() for li in soup.select("ul.dagsorden li")]
    assert toc[3] == "4. Orientering om KommuneMED møde d. 30. april 2025"
    headings = [h.get_text() for h in soup.select("article > h2")]
    assert headings[1] == "2. Videre proces for Budget 2026"
    assert soup.select("article#punkt-2 h3")[0].get_text() == "Indstilling"


# --- the hand-written Kommunalbestyrelsen page ------------------------------------------


@pytest.fixture(scope="module")
def kb():
    data = KB_PAGE.read_bytes()
    assert b'charset=windows-1252"' in data and "ø".encode("cp1252") in data
    return parse_bytes(data, f"albertslund/{KB_PAGE.name}")


def test_kb_page_header(kb) -> None:
    assert kb.manifest["status"] == "ok", kb.manifest["message"]
    assert kb.manifest["coverage"] == 1.0
    assert kb.manifest["encoding"] == "cp1252"
    m = kb.tables["meetings"].iloc[0]
    assert m["forum"] == "Kommunalbestyrelsen"
    assert m["date"] == pd.Timestamp(2020, 5, 12)
    assert m["start_time"] == "18:00"
    assert m["location"] == "Byrådssalen, Albertslund Rådhus"
    assert m["meeting_id"] == "kommunalbestyrelsen-2020-05-12"


def test_kb_page_participants_have_party_letters(kb) -> None:
    people = kb.tables["participants"]
    roles = people["role"].astype(object).where(people["role"].notna(), None)
    assert list(zip(people["name"], roles, strict=True)) == [
        ("Steen Christiansen", "A"),
        ("Jens Hansen", "A"),
        ("Lise Holm", "F"),
        ("Kirsten Madsen", "V"),
        ("Anne Dahl", "Ø"),
        ("Niels Brandt", "C"),
        ("Morten Lind", None),  # summoned, listed under Fraværende: listed once
    ]
    assert list(people["present"]) == [True] * 6 + [False]


def test_kb_page_items_keep_the_committee_path(kb) -> None:
    items = kb.tables["items"].set_index("number")
    assert list(items.index) == [1, 2, 3, 4, 5]
    item = items.loc[5]
    assert item["bodies"] == "MBU/ØU/KB"
    assert item["title"] == "Miljøberetning 2019"
    assert item["raw_title"] == "MBU/ØU/KB - Miljøberetning 2019"
    assert item["case_number"] == "09.00.00-A00-1-20"  # from "Sagsnr.: …"
    assert item["toc_title"] == "MBU/ØU/KB - Miljøberetning 2019" and item["toc_page"] == 5
    assert items.loc[3, "bodies"] == "ØU/KB" and pd.isna(items.loc[1, "bodies"])


def test_kb_page_sections(kb) -> None:
    sections = kb.tables["sections"]
    item5 = sections[sections["item_id"].str.endswith("-05")]
    keys = list(item5["section"])
    for key in ("anledning", "sagsfremstilling", "indstilling", "beslutning", "bilag"):
        assert key in keys
    text = item5.set_index("section").loc["sagsfremstilling", "text"]
    assert "- CO2-udledningen fra kommunens egne bygninger er faldet med 8 %" in text
    assert item5.set_index("section").loc["beslutning", "text"] == "Godkendt."
    # The earlier bodies' decisions are kept as sections of their own.
    assert "Beslutning Økonomiudvalget den 05-05-2020" in list(item5["heading"])
    recs = kb.tables["recommendations"]
    assert list(recs[recs["item_id"].str.endswith("-05")]["text"]) == [
        "at Miljøberetning 2019 godkendes, og",
        "at beretningen offentliggøres.",
    ]
    att = kb.tables["attachments"]
    att5 = att[att["item_id"].str.endswith("-05")]
    assert list(zip(att5["title"], att5["extension"], strict=True)) == [
        ("Miljøberetning 2019.pdf", "pdf"),
        ("Grønt regnskab – nøgletal 2019.xlsx", "xlsx"),
    ]
    refs = kb.tables["references"]
    assert dt.date(2020, 9, 8) in {d.date() for d in refs["referenced_date"]}


def test_kb_page_drops_the_site_chrome() -> None:
    text = read_bytes(KB_PAGE.read_bytes(), ".html").text
    for chrome in ("Gå til indhold", "Forside", "Nordmarks Allé", "_paq", "Sidst opdateret"):
        assert chrome not in text
    assert "Tid: Kl. 18:00" in text  # &nbsp; is a space
    assert "Mio. kr.\tBudget\tRegnskab" in text  # a data table as tab-separated rows


# --- web pages: header forms, member lists, encodings -----------------------------------

_ITEM = """<h2>Indholdsfortegnelse</h2><ul><li>1. Godkendelse af dagsorden</li></ul>
<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>"""


def _page(header: str, body: str = _ITEM, charset: str = "utf-8") -> bytes:
    return (
        f'<html><head><meta charset="{charset}"></head><body><main>{header}{body}</main>'
        "</body></html>"
    ).encode("utf-8" if charset == "utf-8" else "cp1252")


@pytest.mark.parametrize(
    "header",
    [
        # label above value
        "<div><div>Udvalg</div><div>Børne- og Skoleudvalget</div><div>Dato:</div>"
        "<div>12.05.2020</div><div>Tid</div><div>17:00</div><div>Sted</div>"
        "<div>Mødelokale 2</div></div>",
        # a table of labels and values
        "<table><tr><th>Udvalg:</th><td>Børne- og Skoleudvalget</td></tr>"
        "<tr><th>Dato:</th><td>Tirsdag den 12. maj 2020</td></tr>"
        "<tr><th>Tid:</th><td>kl. 17.00</td></tr><tr><th>Sted:</th><td>Mødelokale 2</td></tr>"
        "</table>",
        # a definition list
        "<dl><dt>Udvalg</dt><dd>Børne- og Skoleudvalget</dd><dt>Dato</dt>"
        "<dd>Tirsdag den 12. maj 2020</dd><dt>Tid</dt><dd>Kl. 17:00</dd><dt>Sted</dt>"
        "<dd>Mødelokale 2</dd></dl>",
    ],
    ids=["label-above-value", "table", "definition-list"],
)
def test_web_header_block_forms(header: str) -> None:
    res = parse_bytes(_page(header), "albertslund/udvalg.html")
    assert res.manifest["coverage"] == 1.0, res.manifest["message"]
    m = res.tables["meetings"].iloc[0]
    assert (m["forum"], m["date"], m["start_time"], m["location"]) == (
        "Børne- og Skoleudvalget",
        pd.Timestamp(2020, 5, 12),
        "17:00",
        "Mødelokale 2",
    )


_HEAD = "<p>Udvalg: Kommunalbestyrelsen</p><p>Dato: 12-05-2020</p>"
_SUMMONS = (
    "<h3>Indkaldelse</h3><ul><li>Anna Berg (A)</li><li>Bo Holm (V)</li><li>Carl Lund (F)</li></ul>"
)


def _people(header: str) -> list[tuple[str, str | None]]:
    """(name, role) of those present, then (name, "fraværende") of those absent."""
    res = parse_bytes(_page(_HEAD + header), "albertslund/kb.html")
    assert res.manifest["coverage"] == 1.0, res.manifest["message"]
    p = res.tables["participants"]
    return [
        (n, (None if pd.isna(r) else r) if here else "fraværende")
        for n, r, here in zip(p["name"], p["role"], p["present"], strict=True)
    ]


def test_deltagere_tells_who_came_and_adds_officials() -> None:
    header = _SUMMONS + (
        "<h3>Deltagere</h3><p>Anna Berg, Carl Lund, Eva Dahl (Kommunaldirektør)</p>"
    )
    assert _people(header) == [
        ("Anna Berg", "A"),  # party letter taken from the summons
        ("Carl Lund", "F"),
        ("Eva Dahl", "Kommunaldirektør"),
        ("Bo Holm", "fraværende"),  # summoned, not among Deltagere
    ]


def test_summons_with_afbud_and_substitute() -> None:
    header = _SUMMONS + "<p>Afbud: Bo Holm (V)</p><p>Stedfortræder: Dan Vinter (V)</p>"
    assert _people(header) == [
        ("Anna Berg", "A"),
        ("Carl Lund", "F"),
        ("Dan Vinter", "V"),
        ("Bo Holm", "fraværende"),
    ]


def test_members_one_paragraph_each_and_inline() -> None:
    one_each = "<h3>Indkaldelse</h3><p>Anna Berg (A)</p><p>Bo Holm (V)</p>"
    assert _people(one_each) == [("Anna Berg", "A"), ("Bo Holm", "V")]
    inline = "<p><b>Indkaldelse:</b> Anna Berg (A), Bo Holm (V)</p>"
    assert _people(inline) == [("Anna Berg", "A"), ("Bo Holm", "V")]


def test_member_lists_without_names() -> None:
    everyone = ("Anna Berg", "A"), ("Bo Holm", "V"), ("Carl Lund", "F")
    assert _people(_SUMMONS + "<p>Fraværende: Ingen</p>") == list(everyone)
    assert _people(_SUMMONS + "<h3>Deltagere</h3><p>Alle medlemmer.</p>") == list(everyone)
    page = _page(_HEAD + _SUMMONS + "<p>Deltagere: Se bilag 1 for listen.</p>")
    res = parse_bytes(page, "albertslund/kb.html")
    assert list(res.tables["participants"]["name"]) == ["Anna Berg", "Bo Holm", "Carl Lund"]
    assert "Se bilag 1 for listen." in res.manifest["message"]  # kept as text, not a person


def test_numbered_headings_before_the_toc_are_not_items() -> None:
    header = "<h2>1. Praktiske oplysninger</h2><p>Udvalg: Kommunalbestyrelsen</p>"
    text = read_bytes(_page(header + "<p>Dato: 12-05-2020</p>"), ".html").text
    assert "## 1. Praktiske oplysninger" in text
    assert "Punkt 1: Godkendelse af dagsorden" in text
    # Numbered sub-headings below the item level stay headings.
    body = _ITEM + "<h3>1. Baggrund</h3><p>Tekst.</p>"
    text = read_bytes(_page(_HEAD, body), ".html").text
    assert "## 1. Baggrund" in text and "Punkt 1: Baggrund" not in text


def test_web_toc_as_a_table_with_numbers() -> None:
    body = (
        "<h2>Indholdsfortegnelse</h2><table><tr><td>1.</td><td>Godkendelse af dagsorden</td>"
        "<td>side 2</td></tr></table>"
        "<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>"
    )
    res = parse_bytes(_page(_HEAD, body), "albertslund/kb.html")
    assert res.manifest["status"] == "ok", res.manifest["message"]
    item = res.tables["items"].iloc[0]
    assert (item["toc_title"], item["toc_page"]) == ("Godkendelse af dagsorden", 1)


def test_html_encodings() -> None:
    cp = _page(_HEAD, charset="windows-1252")
    assert decode_html(cp)[1] == "cp1252"
    assert "Indholdsfortegnelse" in read_bytes(cp, ".html").text
    latin = '<meta charset="iso-8859-1"><p>Rådhus</p>'.encode("cp1252")
    assert decode_html(latin)[:2] == ('<meta charset="iso-8859-1"><p>Rådhus</p>', "cp1252")
    lying = '<meta charset="iso-8859-1"><p>Rådhus</p>'.encode()
    text, enc, warnings = decode_html(lying)
    assert (enc, "Rådhus" in text) == ("utf-8", True) and "UTF-8" in warnings[0]
    assert decode_html(b"\xef\xbb\xbf<p>\xc3\xa6</p>")[:2] == ("<p>æ</p>", "utf-8-sig")
    assert decode_html("<p>Rådhus</p>".encode("cp1252"))[1] == "cp1252"  # no declaration
    assert decode_html("<p>x</p>".encode("utf-16"))[1] == "utf-16"


def test_html_lists_and_tables() -> None:
    body = (
        "<h2>1. Punkt</h2><h3>Sagsfremstilling</h3>"
        '<ol start="3" type="a"><li>første<ul><li>under</li></ul></li><li>anden</li></ol>'
        "<table><tr><td>a</td><td></td><td>c</td></tr><tr><td>x</td><td>y</td></tr></table>"
        "<p>Linje et<br>Linje&nbsp;&nbsp;to</p><pre>kode   1\nkode 2</pre>"
    )
    text = read_bytes(_page(_HEAD, body), ".html").text
    assert "c. første\n  - under\nd. anden" in text
    assert "a\t\tc\nx\ty" in text
    assert "Linje et\nLinje to" in text
    assert "kode 1\nkode 2" in text


def test_page_without_minutes_gives_text_and_is_rejected_by_the_parser() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>Nyheder</title></head><body>'
        "<nav><a href='/'>Forside</a></nav><h1>Ny cykelsti åbner</h1>"
        "<p>Den nye cykelsti langs Roskildevej åbner i næste uge.</p></body></html>"
    ).encode()
    assert "Ny cykelsti åbner" in read_bytes(page, ".html").text
    res = parse_bytes(page, "albertslund/nyhed.html")
    assert res.manifest["status"] == "rejected"
    assert "no agenda items found" in res.manifest["message"]


def test_old_word_processor_formats_say_what_to_do() -> None:
    """A .doc, .rtf or .odt is rejected with the advice to save it as .docx; a spreadsheet
    only as unsupported."""
    with pytest.raises(UnreadableDocument, match=r"Word 97-2003 document: save it as \.docx"):
        read_bytes(b"\xd0\xcf\x11\xe0 old word", ".doc")
    with pytest.raises(UnreadableDocument, match="OpenDocument text: save it as"):
        read_bytes(b"PK", ".ODT")
    with pytest.raises(UnreadableDocument, match=r"^unsupported file type '\.xlsx': the build"):
        read_bytes(b"PK", ".xlsx")


def test_binary_or_plain_files_named_html() -> None:
    with pytest.raises(UnreadableDocument, match="binary data"):
        read_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 10, ".html")
    with pytest.raises(UnreadableDocument, match="empty"):
        read_bytes(b"  \n", ".html")
    seed = (SEEDS_DIR / SEEDS[0]).read_bytes()
    doc = read_bytes(seed, ".htm")
    assert doc.warnings == ("the file has no HTML markup; it was read as plain text",)
    assert parse_bytes(seed, "albertslund/x.htm").manifest["n_items"] == 7


# --- Word documents built by hand -------------------------------------------------------


def _docx(build) -> bytes:
    doc = docx.Document()
    build(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _text(build) -> str:
    return read_bytes(_docx(build), ".docx").text


def test_docx_headings_by_style_and_by_text() -> None:
    from docx.enum.style import WD_STYLE_TYPE

    def build(doc) -> None:
        doc.styles["Heading 1"].name = "Overskrift 1"  # Danish Word
        doc.styles.add_style("Overskrift 2", WD_STYLE_TYPE.PARAGRAPH)  # no outline level
        doc.add_paragraph("Punkt 1: CF - Budget", style="Overskrift 1")
        doc.add_paragraph("Særlige forhold", style="Overskrift 2")
        p = doc.add_paragraph()
        p.add_run("Anledning").bold = True
        p.add_run().add_break()
        p.add_run("Budgettet skal drøftes.")
        doc.add_paragraph().add_run("Beslutning").bold = True
        p = doc.add_paragraph("Første linje")
        p.add_run().add_break()
        p.add_run("fortsætter her.")
        p = doc.add_paragraph()
        p.add_run("Vigtigt").bold = True
        p.add_run().add_break()
        p.add_run("bold, but not a heading")

    assert _text(build).split("\n") == [
        "Punkt 1: CF - Budget",
        "",
        "## Særlige forhold",
        "",
        "Anledning",
        "Budgettet skal drøftes.",
        "",
        "Beslutning",
        "",
        "Første linje fortsætter her.",
        "",
        "Vigtigt bold, but not a heading",
        "",
    ]


def test_docx_lists_count_like_word() -> None:
    def build(doc) -> None:
        doc.add_paragraph("Kommunaldirektøren indstiller,").paragraph_format.space_after = Pt(0)
        doc.add_paragraph("at a", style="List Number")
        doc.add_paragraph("at b", style="List Number")
        doc.add_paragraph("Mellemtekst")
        # The same List Number style continues the count, as Word shows it …
        doc.add_paragraph("at c", style="List Number")
        doc.add_paragraph("punkt", style="List Bullet")
        doc.add_paragraph("underpunkt", style="List Bullet 2")
        doc.add_paragraph()  # an empty paragraph ends the run of list lines
        # … unless a numbering instance restarts it.
        numbering = doc.part.numbering_part.element
        abstract = numbering.num_having_numId(5).abstractNumId.val
        num = numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        for text in ("ny a", "ny b"):
            p = doc.add_paragraph(text, style="List Number")
            numpr = p._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = num.numId

    assert _text(build).split("\n") == [
        "Kommunaldirektøren indstiller,",
        "1. at a",
        "2. at b",
        "",
        "Mellemtekst",
        "",
        "3. at c",
        "- punkt",
        "  - underpunkt",
        "",
        "1. ny a",
        "2. ny b",
        "",
    ]


def test_docx_tables_in_document_order() -> None:
    def build(doc) -> None:
        doc.add_paragraph("Før tabellen")
        table = doc.add_table(rows=3, cols=3)
        for r, row in enumerate([["Fase", "Dato", "Note"], ["A", "1. maj", ""], ["B", "", ""]]):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        table.cell(1, 2).merge(table.cell(2, 2))  # vertical merge
        table.cell(1, 2).text = "samlet"
        doc.add_paragraph("Efter tabellen")

    assert _text(build).split("\n") == [
        "Før tabellen",
        "",
        "Fase\tDato\tNote",
        "A\t1. maj\tsamlet",
        "B",
        "",
        "Efter tabellen",
        "",
    ]


def test_docx_tracked_changes_read_as_accepted() -> None:
    def build(doc) -> None:
        p = doc.add_paragraph("Mødet ")
        p._p.append(
            parse_xml(
                f'<w:del {nsdecls("w")} w:id="1" w:author="x"><w:r><w:delText>ikke </w:delText>'
                "</w:r></w:del>"
            )
        )
        p._p.append(
            parse_xml(
                f'<w:ins {nsdecls("w")} w:id="2" w:author="x"><w:r><w:t>blev </w:t></w:r></w:ins>'
            )
        )
        p.add_run("holdt.")

    doc = read_bytes(_docx(build), ".docx")
    assert doc.text == "Mødet blev holdt.\n"
    assert any("tracked changes" in w for w in doc.warnings)


def test_docx_word_numbered_item_headings_and_toc_field() -> None:
    def build(doc) -> None:
        numbering = doc.part.numbering_part.element
        numbering.insert(
            0,
            parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0">'
                '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Punkt %1:"/>'
                "</w:lvl></w:abstractNum>"
            ),
        )
        num_id = numbering.add_num(90).numId
        # A Word TOC: a content control holding a field whose result is "title<TAB>page".
        doc.element.body.insert(
            0,
            parse_xml(
                f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent>"
                "<w:p><w:r><w:t>Indholdsfortegnelse</w:t></w:r></w:p>"
                '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-1" </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                "<w:hyperlink><w:r><w:t>CF - Budget</w:t></w:r><w:r><w:tab/></w:r>"
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
                "</w:sdtContent></w:sdt>"
            ),
        )
        for title in ("CF - Budget", "CF - Eventuelt"):
            p = doc.add_paragraph(title, style="Heading 1")
            numpr = p._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = num_id
        doc.add_paragraph("Tekst.")

    assert _text(build).split("\n") == [
        "Indholdsfortegnelse",
        "",
        "CF - Budget\t3",
        "",
        "Punkt 1: CF - Budget",
        "",
        "Punkt 2: CF - Eventuelt",
        "",
        "Tekst.",
        "",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04 this is not really a zip file" * 20, "not a Word document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "Word 97-2003"),
        (b"plain text saved with the wrong name\n" * 20, "not a Word document"),
        ("zip:xl", "Excel workbook"),
        ("zip:broken-xml", "damaged"),
        ("truncated", "not a Word document"),
    ],
    ids=["bad-zip", "old-doc", "text", "xlsx", "broken-xml", "truncated"],
)
def test_corrupt_docx_is_unreadable(data, message: str) -> None:
    if data == "truncated":
        full = render_docx((SEEDS_DIR / SEEDS[0]).read_text(encoding="utf-8"))
        data = full[: len(full) // 2]
    elif isinstance(data, str):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            if data == "zip:xl":
                zf.writestr("[Content_Types].xml", "<Types/>")
                zf.writestr("xl/workbook.xml", "<workbook/>")
            else:
                good = zipfile.ZipFile(io.BytesIO(render_docx("Punkt 1: x")))
                for info in good.infolist():
                    body = good.read(info.filename)
                    if info.filename == "word/document.xml":
                        body = body[: len(body) // 2]
                    zf.writestr(info.filename, body)
        data = buf.getvalue()
    with pytest.raises(UnreadableDocument, match=message):
        read_bytes(data, ".docx")
    res = parse_bytes(data, "albertslund/x.docx")
    assert res.manifest["status"] == "rejected" and message in res.manifest["message"]


def test_docx_without_text_is_unreadable() -> None:
    with pytest.raises(UnreadableDocument, match="holds no text"):
        read_bytes(_docx(lambda doc: doc.add_paragraph("")), ".docx")


# --- any minutes text, not only the seeds -----------------------------------------------

_WORDS = st.sampled_from(
    [
        *("budget", "chefforum", "drøfter", "politik", "målsætning", "økonomi", "børn"),
        *("ældre", "plan", "status", "proces", "borgere", "arbejde", "forslag", "kommune"),
        *("tidsplan", "oplæg"),
    ]
)
_SENTENCE = st.lists(_WORDS, min_size=2, max_size=7).map(lambda ws: " ".join(ws).capitalize() + ".")
_PARAGRAPH = st.one_of(
    st.lists(_SENTENCE, min_size=1, max_size=3).map(" ".join),
    st.just("Sagen behandles igen på mødet den 3. marts 2024."),
)
_BULLETS = st.lists(_SENTENCE, min_size=1, max_size=4).map(
    lambda xs: "\n".join(f"- {x}" for x in xs)
)
_NUMBERS = st.lists(_SENTENCE, min_size=1, max_size=4).map(
    lambda xs: "\n".join(f"{i}. at {x.lower()}" for i, x in enumerate(xs, 1))
)
_LEAD_IN = _NUMBERS.map(lambda n: f"Kommunaldirektøren indstiller,\n{n}")
_TABLE = (
    st.integers(2, 3)
    .flatmap(lambda w: st.lists(st.lists(_WORDS, min_size=w, max_size=w), min_size=1, max_size=4))
    .map(lambda rows: "\n".join("\t".join(r) for r in rows))
)
_BLOCK = st.one_of(_PARAGRAPH, _BULLETS, _NUMBERS, _LEAD_IN, _TABLE)
_SECTION = st.tuples(
    st.sampled_from(["Anledning", "Sagsfremstilling", "Indstilling", "Beslutning", "Bilag"]),
    st.lists(_BLOCK, min_size=1, max_size=4),
)
_ITEMS = st.lists(
    st.tuples(
        st.lists(_WORDS, min_size=1, max_size=4).map(lambda ws: " ".join(ws).capitalize()),
        st.lists(_SECTION, min_size=1, max_size=4),
    ),
    min_size=1,
    max_size=4,
)


def _minutes(items) -> str:
    head = [
        "REFERAT Chefforum d. 03-02-2022",
        "Mødedato Torsdag d. 03. februar 2022 kl. 09:00",
        "Mødested Mødelokale 1",
        "Indholdsfortegnelse",
        "\n".join(f"CF - {t}.....\t{n + 2}" for n, (t, _) in enumerate(items, 1)),
    ]
    body = []
    for n, (title, sections) in enumerate(items, 1):
        body += [f"Punkt {n}: CF - {title}", f"00.01.00-A00-{n}-22"]
        for heading, blocks in sections:
            body += [heading, *blocks]
    return "\n\n".join(head + body) + "\n"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ITEMS)
def test_any_minutes_round_trip_through_docx_and_html(items) -> None:
    text = _minutes(items)
    expected = parse_bytes(text.encode(), "albertslund/x.txt")
    assert expected.tables is not None, expected.manifest["message"]
    assert_same_tables(expected, parse_bytes(render_docx(text), "albertslund/x.docx"))
    plain_page = render_html(text, web_style=False)
    assert_same_tables(expected, parse_bytes(plain_page, "albertslund/x.html"))
    web = parse_bytes(render_html(text), "albertslund/x.html")
    assert_same_tables(expected, web, drop={"items": ["toc_page"]})


_UNNAMED_PAGE = (
    "<html><head><title>{title}</title></head><body><main><h1>Referat</h1>"
    "<p>Dato: Mandag den 3. oktober 2022 kl. 16:30</p>{body}"
    "<h2>1. Godkendelse af dagsorden</h2><p>Sagsnr.: 22-001145</p><h3>Beslutning</h3>"
    "<p>Godkendt.</p><h2>2. Lokaletilskud</h2><p>Sagsnr.: 22-013378</p><h3>Beslutning</h3>"
    "<p>Godkendt.</p></main></body></html>"
)


def test_the_page_title_is_the_first_line_of_a_web_page() -> None:
    page = _UNNAMED_PAGE.format(title="Fritidsudvalget 03-10-2022 &ndash; Referat", body="")
    text = read_bytes(page.encode(), ".html").text
    assert text.split("\n")[0] == "<title>Fritidsudvalget 03-10-2022 – Referat</title>"


def test_the_page_title_names_forum_and_municipality_where_the_body_does_not() -> None:
    title = "Fritids- og Kulturudvalget 03-10-2022 - Referat - Ringsted Kommune"
    result = parse_bytes(_UNNAMED_PAGE.format(title=title, body="").encode(), "referat.html")
    meeting = result.tables["meetings"].iloc[0]
    assert (meeting["forum"], meeting["municipality"]) == (
        "Fritids- og Kulturudvalget",
        "Ringsted Kommune",
    )
    assert "does not name" not in result.manifest["message"]
    # the text itself comes first: the body's forum and municipality win over the title's
    body = "<p>Udvalg: Ældrerådet</p><p>Holbæk Kommune</p>"
    result = parse_bytes(_UNNAMED_PAGE.format(title=title, body=body).encode(), "referat.html")
    meeting = result.tables["meetings"].iloc[0]
    assert (meeting["forum"], meeting["municipality"]) == ("Ældrerådet", "Holbæk Kommune")


def test_list_item_with_a_heading_is_a_section_not_a_bullet() -> None:
    """An agenda point as an ``<li>`` (number, ``<h2>`` title, headed fields) keeps its
    lines; the list's counter numbers it only when it shows no number of its own, and an
    ``<li>`` without a heading stays one bullet line."""
    page = (
        b"<html><body><ol>"
        b"<li><span>7.</span> <h2>Budget</h2><div><h3>Beslutning</h3><p>Godkendt.</p></div></li>"
        b"</ol><ol start='9'><li><h2>Salg af grund</h2><p>Udsat.</p></li>"
        b"<li><h2>2026 budget</h2><p>Vedtaget.</p></li></ol>"
        b"<ul><li>Bilag <b>1</b></li></ul></body></html>"
    )
    lines = [ln for ln in read_bytes(page, ".html").text.splitlines() if ln.strip()]
    assert lines == [
        "7.", "## Budget", "## Beslutning", "Godkendt.",
        "9.", "## Salg af grund", "Udsat.",
        "10.", "## 2026 budget", "Vedtaget.",
        "- Bilag 1",
    ]  # fmt: skip


def test_list_of_headings_alone_stays_a_list() -> None:
    """A contents list whose items are linked headings and nothing else stays a list."""
    page = (
        b"<html><body><ol><li><h3><a href='#1'>Godkendelse</a></h3></li>"
        b"<li><h3><a href='#2'>Budget</a></h3></li></ol></body></html>"
    )
    lines = [ln for ln in read_bytes(page, ".html").text.splitlines() if ln.strip()]
    assert lines == ["1. Godkendelse", "2. Budget"]
