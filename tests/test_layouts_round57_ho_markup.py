"""Fifty-seventh session, held-out set of minutes saved as text or markdown that kept their
HTML (ho_markup).

A wiki, a notes app, SharePoint or a mail client saved the minutes as a .txt or .md with
the page's markup still in it: every line closed by ``<br>``/``<br/>``, labels in ``<b>``,
``<strong>`` or ``<u>``, comments, a raw ``<table>`` of the meeting's fields or of the
whole protocol, items folded in ``<details><summary>Punkt 1 · Title</summary>``, a whole
page of ``<p>`` and ``<h3>`` in Confluence's storage format. ``read.text.read_text`` reads
that markup as the page shows it (``html_markup_as_text``: a block of HTML as the HTML
reader writes it, elsewhere a ``<br>`` a line break and every other tag dropped), with a
warning. A wiki's decision set off as a quote whose first line is its label alone
(``> **Beslutning i Teknisk Udvalg den 17.06.2025:**`` / ``> Godkendt.``) is written
unquoted (``labelled_quotes``), the label over its text.
"""

from __future__ import annotations

import pytest

from analysis.pipeline import parse_bytes
from analysis.read import read_bytes
from analysis.read.text import MARKUP_READ, html_markup_as_text, labelled_quotes


def _items(text: str, name: str) -> list[tuple[int, str, str | None]]:
    result = parse_bytes(text.encode(), name)
    assert result.tables is not None, result.manifest["message"]
    items = result.tables["items"]
    sections = result.tables["sections"]
    decided = sections[sections["section"] == "beslutning"]
    out = []
    for _, item in items.iterrows():
        own = decided[decided["item_id"] == item["item_id"]]["text"]
        out.append((int(item["number"]), item["title"], own.iloc[0] if len(own) else None))
    return out


def test_a_line_break_tag_is_a_line_break_and_a_style_tag_goes() -> None:
    text = "Sted: Rådhuset, lokale 3<br>\n<u>Beslutning:</u><br/>Godkendt.<br />\nSlut."
    assert html_markup_as_text(text) == "Sted: Rådhuset, lokale 3\nBeslutning:\nGodkendt.\nSlut."


def test_a_block_of_html_is_read_as_a_page_shows_it() -> None:
    text = (
        "# Titel\n\n<!-- eksporteret -->\n<details><summary>Punkt 1 · Budget</summary>\n\n"
        "<b>Beslutning:</b> Godkendt.\n</details>\n"
    )
    shown = html_markup_as_text(text)
    assert "<" not in shown
    assert "\nPunkt 1 · Budget\n" in shown
    assert "Beslutning: Godkendt." in shown


def test_a_markdown_table_keeps_the_line_breaks_of_its_cells() -> None:
    row = "| 2 | Budget | Taget til efterretning.<br>Tallene følges op. |"
    assert html_markup_as_text(f"# Referat\n\n{row}\n") == f"# Referat\n\n{row}\n"


@pytest.mark.parametrize(
    "text",
    [
        "Udgiften er < 5 mio. kr. & indenfor rammen.",
        "Fra: Sekretariatet <sekretariat@example.invalid>",
        "Pris: 3 < 4 > 2",
    ],
)
def test_a_stray_angle_bracket_is_no_markup(text: str) -> None:
    doc = read_bytes(f"{text}\n".encode(), ".txt")
    assert doc.text.strip() == text
    assert MARKUP_READ not in doc.warnings


def test_the_reader_says_the_markup_was_read() -> None:
    doc = read_bytes(b"Referat<br>\nDato: 3. marts 2025<br>\n", ".txt")
    assert doc.text.splitlines()[:2] == ["Referat", "Dato: 3. marts 2025"]
    assert MARKUP_READ in doc.warnings


_MAIL = """Fra: Sekretariatet <sekretariat@example.invalid>
Emne: VS: Referat Seniorrådet

<b>TØNDER KOMMUNE</b><br>
<b>Seniorrådet</b> &ndash; referat<br>
Dato: mandag d. 03.03.2025<br>
Tidspunkt: 10:00&ndash;12:00<br>
Sted: Rådhuset, Kongevej 57, mødelokale 2

1)&nbsp;Godkendelse af dagsorden<br>
<u>Beslutning:</u> Godkendt.

2)&nbsp;Trafik ved plejecentret<br>
Sagsnr. 2025-001122<br>
<u>Beslutning:</u> Drøftet.<br>
Formanden skriver til vejafdelingen.
"""


def test_a_mail_s_minutes_with_line_break_tags_read_their_items() -> None:
    items = _items(_MAIL, "toender-seniorraadet.txt")
    assert [(n, title) for n, title, _ in items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Trafik ved plejecentret"),
    ]
    assert items[1][2].startswith("Drøftet.\nFormanden")


_STORAGE = """<p>Tønder Kommune</p>
<p><strong>Byr&#229;det</strong> - Beslutningsprotokol</p>
<p>M&#248;de torsdag den 27. februar 2025 kl. 18.00 i Byr&#229;dssalen, Kongevej 57</p>
<h3>21. Godkendelse af dagsorden</h3>
<p><b>Beslutning:</b> Godkendt.</p>
<h3>22. Salg af jord ved L&#248;gumkloster</h3>
<p>Sagsnr.: 82.06.00-G01-2-25</p>
<p><b>Beslutning:</b> Godkendt.<br>Et medlem stemte imod.</p>
"""


def test_a_page_in_storage_format_saved_as_text_reads_as_the_page() -> None:
    items = _items(_STORAGE, "toender-byraadet.txt")
    assert [(n, title) for n, title, _ in items] == [
        (21, "Godkendelse af dagsorden"),
        (22, "Salg af jord ved Løgumkloster"),
    ]


_QUOTED = """# Tønder Kommune

## Plan- og Miljøudvalget

**Mødedato:** 05.03.2025<br/>**Mødested:** Rådhuset, Kongevej 57

### 1 | Naturpleje ved Vidåen
_Sagsnr.:_ 01.05.00-P20-2-25

> **Beslutning i Plan- og Miljøudvalget den 05.03.2025:**<br/>
> Udvalget valgte afgræsning.

### 2 | Eventuelt

> **Beslutning i Plan- og Miljøudvalget den 05.03.2025:**<br/>
> Intet.
"""


def test_a_quoted_decision_under_its_label_alone_reads_as_the_decision() -> None:
    items = _items(_QUOTED, "toender-plan-og-miljoeudvalget.md")
    assert [decision for _, _, decision in items] == ["Udvalget valgte afgræsning.", "Intet."]


def test_a_quote_with_no_label_or_only_a_label_stays_a_quote() -> None:
    mail = "Tak.\n\n> Vi ses på mandag.\n> Hilsen Bo\n"
    assert labelled_quotes(mail) == mail
    alone = "Tekst\n> **Beslutning:**\n\nGodkendt.\n"
    assert labelled_quotes(alone) == alone


_RAW_MAIL = """Subject: Referat - Seniorrådet - 3. marts 2025
Date: Tue, 4 Mar 2025 09:41:07 +0100
Content-Type: text/plain; charset="utf-8"

Tønder Kommune  |  Seniorrådet

REFERAT
Mødet blev holdt mandag den 3. marts 2025 kl. 10.00 på Rådhuset, Kongevej 57, lokale 2.

Sag nr. 4 – Godkendelse af dagsorden
Afgørelse: Godkendt.

Sag nr. 5 – Trafik ved plejecentret
Afgørelse: Drøftet.
"""


def test_a_raw_mail_s_source_fields_are_its_envelope() -> None:
    """The subject, the sending date and a field of the mail's source ("Content-Type:") are
    the envelope: the sending hour is no start, the subject no forum."""
    meeting = parse_bytes(_RAW_MAIL.encode(), "toender-seniorraadet.txt").tables["meetings"]
    assert meeting["forum"].iloc[0] == "Seniorrådet"
    assert meeting["start_time"].iloc[0] == "10:00"
