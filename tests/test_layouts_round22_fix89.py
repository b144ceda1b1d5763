"""The twenty-second round (layouts89): hard export shapes of everyday minutes."""

from __future__ import annotations

from pathlib import Path

from analysis.layouts import parse_text
from analysis.layouts.dot_fields import close_dot_leaders
from analysis.layouts.header import _place_text
from analysis.layouts.quoted_decision import unquote_decisions
from analysis.parse import to_lines
from analysis.read import read_bytes

from .conftest import fixture_generator


def test_text_box_is_read_once_before_its_paragraph(tmp_path: Path) -> None:
    """A Word text box's lines are read where it is anchored, its VML fallback not again."""
    gen = fixture_generator("facts_text_box_docx")
    path = tmp_path / "boks.docx"
    gen.build(path)
    text = read_bytes(path.read_bytes(), ".docx").text
    assert text.count("Mødedato: 14. oktober 2025") == 1
    assert text.index("Sted: Sundhedscentret") < text.index("## Referat fra MED-udvalget")


def test_quoted_decision_under_its_label_is_unquoted() -> None:
    """A block quote opened by a decision label alone is read without its marks; a quoted
    remark stays as written."""
    lines = to_lines("Tekst.\n\n> **Beslutning**\n> Vedtaget.\n\n> Bemærk: mødet er flyttet.\n")
    out = unquote_decisions(lines)
    assert [line.clean for line in out] == [
        "Tekst.",
        "",
        "Beslutning",
        "Vedtaget.",
        "",
        "> Bemærk: mødet er flyttet.",
        "",
    ]


def test_heading_numbered_after_the_meeting_with_a_middle_dot() -> None:
    """ "## 3.2 · Title": items numbered after the meeting's number, parted by a dot."""
    text = "\n\n".join(
        f"## 3.{n} · {title}\n\n> **Konklusion**\n> Godkendt."
        for n, title in enumerate(["Dagsorden", "Budgetopfølgning", "Nyt fra formanden"], 1)
    )
    meeting = parse_text(f"Seniorrådet\n\nMødedato: 4. marts 2025 kl. 10.00\n\n{text}\n")
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Dagsorden"),
        (2, "Budgetopfølgning"),
        (3, "Nyt fra formanden"),
    ]
    assert all(s.key == "beslutning" for it in meeting.items for s in it.sections)


def test_contents_number_alone_above_its_leadered_title() -> None:
    """A PDF's contents list printing each number on a line of its own above the title and
    its dot-leader page is read as the list (its lines placed, its titles and pages)."""
    text = (
        "Referat\n\nSkoleudvalget\n\nMødedato\n3. marts 2025\n\nIndholdsfortegnelse\n"
        "1\nGodkendelse af dagsorden ........................ 2\n"
        "2\nSkolernes budgetter ............................. 2\n\n"
        "1\nGodkendelse af dagsorden\n\nSagsnr.\n25/00011\n\nBeslutning\n\nGodkendt.\n\n"
        "2\nSkolernes budgetter\n\nSagsnr.\n25/00012\n\nBeslutning\n\nTaget til efterretning.\n"
    )
    meeting = parse_text(text)
    assert [(it.number, it.title, it.toc_page) for it in meeting.items] == [
        (1, "Godkendelse af dagsorden", 2),
        (2, "Skolernes budgetter", 2),
    ]
    assert not any("could not be placed" in w for w in meeting.warnings)


def test_place_of_a_held_sentence_without_its_remark() -> None:
    """ "Mødet blev holdt på <house>, <street> N, lokale N (remark)" under the dated title:
    the place without the sentence's lead and the lower-case remark in brackets; a room
    in brackets stays."""
    assert (
        _place_text("Mødet blev holdt på Skovhuset, Egevej 4, lokale 12 (indgang fra gården)")
        == "Skovhuset, Egevej 4, lokale 12"
    )
    assert _place_text("Rådhuset, Torvet 2 (lokale 3)") == "Rådhuset, Torvet 2 (lokale 3)"
    assert _place_text("Biblioteket (Vestergade 1)") == "Biblioteket (Vestergade 1)"


def test_markdown_comment_line_is_furniture() -> None:
    """A markdown file's HTML comment ('<!-- eksporteret fra … -->') is never shown: placed
    as furniture, no unplaced line."""
    text = (
        "<!-- gemt fra wikien 03-02-2025 af redaktøren, med en lang note om kilden -->\n"
        "# Seniorrådet\n\nMødedato: 3. februar 2025 kl. 10.00\n\n"
        "## 1. Godkendelse\n\n**Beslutning:** Godkendt.\n\n"
        "## 2. Budget\n\n**Beslutning:** Godkendt.\n"
    )
    meeting = parse_text(text)
    assert not any("could not be placed" in w for w in meeting.warnings)


def test_padded_field_value_wrapped_between_two_fields() -> None:
    """ "Deltagere....: …, miljøchef" / "   Rie Thy" / "Afbud........: …": the wrapped value
    goes on the field's line; a line under the last field is left alone."""
    lines = to_lines(
        "Deltagere....: Ulla Krog, miljøchef\n   Rie Thy\nAfbud........: Ingen\nPUNKT 1\n"
    )
    out = close_dot_leaders(lines)
    assert [line.clean for line in out] == [
        "Deltagere: Ulla Krog, miljøchef Rie Thy",
        "",
        "Afbud: Ingen",
        "PUNKT 1",
        "",
    ]


def test_kind_and_meeting_number_line_is_placed() -> None:
    """ "**Referat** · møde nr. 9/2025" under the title: the document's kind and the
    meeting's number (with its year), no other fact; placed, the kind read."""
    text = (
        "# Ungerådet\n\n**Dagsorden** · møde nr. 3/2025\n\n"
        "Mødedato: 3. februar 2025 kl. 16.00\n\n"
        "## 1. Godkendelse af dagsorden\n\nSagsnr. 25/100\n\n"
        "## 2. Ungdomskort\n\nSagsnr. 25/101\n"
    )
    meeting = parse_text(text)
    assert meeting.document_type == "dagsorden"
    assert not any("could not be placed" in w for w in meeting.warnings)
