"""Twenty-second round (fix90): minutes written by volunteers and small secretariats."""

from __future__ import annotations

import io

import docx

from analysis.read import read_bytes


def _docx_text(paragraphs: list[tuple[str, bool]]) -> str:
    document = docx.Document()
    for text, bold in paragraphs:
        document.add_paragraph().add_run(text).bold = bold
    buf = io.BytesIO()
    document.save(buf)
    return read_bytes(buf.getvalue(), ".docx").text


def test_bold_title_paragraphs_are_headings_only_three_or_more() -> None:
    notes = [
        ("Referat bestyrelsesmøde maj 2025", True),
        ("Kontingent 2026", True),
        ("Kassereren gennemgik tallene.", False),
        ("Beslutning", True),
        ("Godkendt.", False),
        ("Sommertur", True),
        ("Vi blev enige om at tage til Fanø.", False),
        ("Evt.", True),
        ("Intet.", False),
    ]
    lines = _docx_text(notes).split("\n")
    assert {"## Kontingent 2026", "## Sommertur", "## Evt."} <= set(lines)
    # the document's own title and a known section label stay text
    assert "Referat bestyrelsesmøde maj 2025" in lines and "Beslutning" in lines
    # two bold lines (a name, a label) are no items' titles
    lines = _docx_text(notes[:5]).split("\n")
    assert not any(line.startswith("## ") for line in lines)


def _lines(text: str) -> list:
    from analysis.parse import Line

    return [Line(k, t.strip(), 0) for k, t in enumerate(text.split("\n"))]


def test_forum_in_a_mail_signature_and_body_of_a_municipality_on_top() -> None:
    from analysis.layouts.signature import body_in_municipality_on_top, signed_forum

    signed = "Tak for i dag.\n\nVenlig hilsen\nKaren\nSekretær, Ungerådet"
    assert signed_forum(_lines(signed)) == "Ungerådet"
    board = "Intet.\n\nHilsen\nPeter\nForældrebestyrelsen, Solbakken Børnehave"
    assert signed_forum(_lines(board)) == "Forældrebestyrelsen, Solbakken Børnehave"
    # no greeting: a role line in the text is no signature
    assert signed_forum(_lines("Formand, Ungerådet\nPunkt 3 blev udsat.")) is None
    assert body_in_municipality_on_top(_lines("Ældrerådet i Odsherred\nReferat")) == "Ældrerådet"
    # a town that is no municipality is not the owner
    assert body_in_municipality_on_top(_lines("Borgerforeningen i Gudhjem\nReferat")) is None


def test_a_name_in_capitals_ending_in_og_and_a_town_keeps_the_town() -> None:
    from analysis.layouts.header import _owner_name_off

    name = "FÆLLESRÅDET FOR BORGERFORENINGER I HUNDIGE OG GREVE"
    assert _owner_name_off(name) == (name, None)
    assert _owner_name_off("Ældrerådet Greve")[0] == "Ældrerådet"
