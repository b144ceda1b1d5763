"""Thirtieth round (layouts169: attachments and references): small rules."""

from analysis.layouts.base import _PAGE_LINE
from analysis.read.text import read_text


def test_markdown_anchor_lines_are_blanked_keeping_line_numbers():
    text = (
        '# Referat\n\n<a id="2"></a>\n### 2. Title\n'
        "  <a name='pkt3'></a>  \n"
        'Tekst <a id="x"></a>\n'
    )
    read = read_text(text.encode(), "md").text.split("\n")
    assert read[2] == ""
    assert read[3] == "### 2. Title"
    assert read[4] == ""
    assert read[5] == 'Tekst <a id="x"></a>'  # an anchor inside a line's text stays


def test_page_line_with_printout_stamp():
    assert _PAGE_LINE.match("Side 1 af 1 – udskrevet 14.06.2024")
    assert _PAGE_LINE.match("Side 2/3 - printet 3. maj 2024 kl. 10.12")
    assert _PAGE_LINE.match("Side 2 af 2")
    assert not _PAGE_LINE.match("Side 2 – Budgetnotat")


def test_lettered_list_under_title_is_no_wrapped_sentence():
    from analysis.layouts.unnumbered import _closes_with_label
    from analysis.parse import to_lines

    lines = to_lines(
        "Dato 3. marts 2025\n\nMeddelelser\n  a) fra formanden: møde\n"
        "  b) fra lederen: ny kollega\n  → Til efterretning.\n\nNæste\n"
    )
    assert _closes_with_label(lines, 2)
    wrapped = to_lines("Dato 3. marts 2025\n\nDer var enighed\n  om alt\n  → Godkendt.\n")
    assert not _closes_with_label(wrapped, 2)


def test_note_on_where_the_attachments_are():
    from analysis.layouts.signature_note import attachments_elsewhere

    assert attachments_elsewhere("Bilag til de enkelte punkter er samlet bagerst i referatet.")
    assert attachments_elsewhere("Alle bilag ligger i bestyrelsens mappe på Aula: https://x.dk/a")
    assert attachments_elsewhere("Bilagene kan ses på kommunens hjemmeside.")
    assert not attachments_elsewhere("Bilag: Budgetnotat (PDF, 245 kB)")
    assert not attachments_elsewhere("Bilag 2: Oversigt, der findes i mappen")
    assert not attachments_elsewhere("Budgettet ligger fast.")


def test_attachments_note_in_a_header_is_placed():
    from analysis.pipeline import parse_bytes

    text = (
        "## Vejen Kommune\n\n## Plan- og Miljøudvalget — Referat\n\n"
        "Dato:\t4. marts 2025\nStart:\t15:00\nSted:\tMødelokale 1, Rådhuset\n"
        "Bilag til de enkelte punkter er samlet bagerst i referatet.\n\n"
        "## Punkt 1. Godkendelse af dagsorden\n\nSagsnummer: 2025-000101\n\n"
        "## Afgørelse:\n\nDagsordenen godkendt.\n\n"
        "## Punkt 2. Naturpleje 2025\n\nSagsnummer: 2025-000188\n\n"
        "## Afgørelse:\n\nGodkendt.\n"
    )
    result = parse_bytes(text.encode(), "vejen_plan-og-miljoeudvalget_2025-03-04.md")
    assert "could not be placed" not in str(result.manifest.get("message", ""))
    assert len(result.tables["items"]) == 2
