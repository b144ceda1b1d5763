"""Fifty-fifth session, a metamorphic probe (paragraph form, para_a): minutes whose every
line is a paragraph of its own.

A Word document read paragraph by paragraph, a web page whose every line is a block or a
converter that doubled every line break gives minutes with one blank line between any two
lines: the blank lines say nothing, and ``read.text.wrapped_lines_joined`` (through
``paragraphs_restored``) sets the paragraphs back as they were written. These now read
as they do when written as such:

- a header's fields padded with dots to their colons, the longest label filling the
  padding to one dot ("Mødetidspunkt.: 19.00"), each field its own paragraph
  (``layouts.dot_fields.close_dot_leaders``: the neighbours the filled lines next to it,
  one blank line between at most);
- a table read column by column, its labels each a paragraph ("Mødedato:" / "Mødetid:" /
  "Mødested:", "Sagsnr.:" / "Ansvarlig:") and then their values in the same order: each
  column one block again, the values a paragraph of their own
  (``read.text._label_columns``);
- a case line closing its item under the decision ("Beslutning: …" / "Sagsnr.: …" /
  "2. Title"): where the last case line has no numbered heading below it, no case line
  opens the heading under it (``read.text._cases_close_items``);
- a page's running footer with its page number last ("…, 16.09.2025     Side 3 af 4")
  is no table's row over a right-numbered heading under it, and a lone dash in a fact
  box's last cell ("24/1102     J. Vestergaard     -") is an empty cell, no line broken
  after a hyphen (``read.text._goes_on``: ``_PAGE_MARK``, ``_BROKEN_END``);
- a contents list of bare titles under "Indhold" / "Indholdsfortegnelse", up to the line
  that repeats one of its titles: one block with its head (``read.text._contents_titles``),
  and the text as written, whose list's last title reads as an item with nothing under it
  over the first item's title, no longer counts that echo as an item found
  (``layouts._echoes`` in ``_finds_more``).

Fixtures (invented, in the paragraph form): ``generic-hver-linje-eget-afsnit-*``,
``flat_toc-hver-linje-eget-afsnit-sidefod-over-hoejrestillet-titel.txt``,
``beslutning_i-hver-linje-eget-afsnit-faktaboks-tom-bilagscelle.txt``.
"""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.dot_fields import close_dot_leaders
from analysis.parse import Line
from analysis.probe import as_paragraphs
from analysis.read import read_bytes
from analysis.read.text import wrapped_lines_joined
from tests.conftest import FIXTURES

RAW = FIXTURES / "layouts" / "raw"


def _meeting(name: str):
    return parse_text(read_bytes((RAW / name).read_bytes(), ".txt").text)


def _decisions(meeting) -> list[str | None]:
    return [
        next((s.text.split("\n")[0] for s in item.sections if s.key == "beslutning"), None)
        for item in meeting.items
    ]


# --- dot-padded fields, each its own paragraph ------------------------------------------


def _lines(texts: list[str]) -> list[Line]:
    return [Line(k, text, 0) for k, text in enumerate(texts)]


@pytest.mark.parametrize("gap", [0, 1])
def test_one_dot_label_between_padded_fields_is_closed_up(gap: int) -> None:
    fields = ["Mødedato......: 2.05.2019", "Mødetidspunkt.: 9.30", "Mødested......: Salen"]
    texts = [t for field in fields for t in (field, *[""] * gap)]
    out = [ln.clean for ln in close_dot_leaders(_lines(texts)) if ln.clean]
    assert out == ["Mødedato: 2.05.2019", "Mødetidspunkt: 9.30", "Mødested: Salen"]


def test_one_dot_label_two_blank_lines_from_the_fields_is_left() -> None:
    texts = ["Mødedato......: 2.05.2019", "", "", "Mødetidspunkt.: 9.30", "Sted......: Salen"]
    out = [ln.clean for ln in close_dot_leaders(_lines(texts))]
    assert out[3] == "Mødetidspunkt.: 9.30"


def test_paragraph_form_dot_fields_give_the_start() -> None:
    meeting = _meeting("generic-hver-linje-eget-afsnit-prikfelter-et-punktum-foer-kolon.txt")
    assert meeting.start_time == "19:00"
    assert meeting.location == "Bøgild Forsamlingshus, Bøgildvej 3"


# --- a column of labels over a column of values -----------------------------------------

_COVER = """Eksempelby Kommune
Referat
Handicaprådet
Dato:
Tid:
Sted:
Torsdag den 4. april 2024
Kl. 16.00 – 18.00
Borgerhuset, sal 2
1. Godkendelse af dagsorden
Beslutning
Godkendt.
2. Tilgængelighed ved stationen
Sagsnr.:
Sagsbehandler:
24/3310
Maja Holt
Sagsfremstilling
Rampen ved perron 2 er for stejl.
Beslutning
Drøftet.
3. Eventuelt
Beslutning
Intet.
4. Næste møde
Beslutning
Den 6. juni 2024.
"""


def test_label_column_and_its_values_are_blocks_again() -> None:
    joined = wrapped_lines_joined(as_paragraphs(_COVER))
    assert "Dato:\nTid:\nSted:\n\nTorsdag den 4. april 2024\nKl. 16.00 – 18.00\n" in joined
    assert "Sagsnr.:\nSagsbehandler:\n\n24/3310\nMaja Holt\n\n" in joined


@pytest.mark.parametrize(
    "values",
    [
        ["• Anne Berg (A)", "• Ole Dam (V)"],  # empty labels over the members' list
        ["1. Godkendelse af dagsorden", "2. Budget"],  # empty labels over the items
        ["Afbud:", "Ingen"],  # a third label, no value
    ],
)
def test_labels_over_no_values_are_no_column(values: list[str]) -> None:
    lines = ["Eksempelby Kommune", "Referat", "Sted:", "Indkaldelse:", *values]
    lines += [f"Linje nummer {k} om sagen." for k in range(10)]
    joined = wrapped_lines_joined(as_paragraphs("\n".join(lines)))
    assert "Sted:\n\nIndkaldelse:" in joined


def test_paragraph_form_label_columns_are_read() -> None:
    meeting = _meeting("generic-hver-linje-eget-afsnit-etiketkolonne-over-vaerdier.txt")
    assert (meeting.date.isoformat(), meeting.start_time) == ("2025-11-11", "09:30")
    assert meeting.location == "Grenaa Rådhus, lokale 1.14"
    assert [item.case_number for item in meeting.items] == [None, "25/14402", "25/9815", None]


# --- the case line closing its item --------------------------------------------------


def _minutes(last: list[str]) -> str:
    return "\n".join(
        [
            "Eksempelby Kommune",
            "Teknisk Udvalg",
            "Referat",
            "Mandag den 2. september 2024, kl. 15:00",
            "1. Vejplan",
            "Beslutning: Godkendt.",
            "Sagsnr.: 24/1001",
            "2. Parkering ved skolen",
            "Beslutning: Udsat.",
            "Sagsnr.: 24/1002",
            *last,
        ]
    )


def test_case_lines_close_their_items_where_the_last_ends_the_text() -> None:
    text = _minutes(["3. Cykelstier", "Beslutning: Godkendt.", "Sagsnr.: 24/1003"])
    joined = wrapped_lines_joined(as_paragraphs(text))
    assert "Sagsnr.: 24/1001\n\n2. Parkering ved skolen" in joined
    meeting = parse_text(as_paragraphs(text))
    assert [item.case_number for item in meeting.items] == ["24/1001", "24/1002", "24/1003"]


def test_case_line_over_the_last_heading_still_opens_it() -> None:
    text = _minutes(["Sagsnr.: 24/1003", "3. Cykelstier", "Beslutning: Godkendt."])
    joined = wrapped_lines_joined(as_paragraphs(text))
    assert "Sagsnr.: 24/1003\n3. Cykelstier" in joined


def test_paragraph_form_case_under_decision_is_its_items() -> None:
    meeting = _meeting("generic-hver-linje-eget-afsnit-sagsnr-under-beslutning-sidst.txt")
    assert [item.case_number for item in meeting.items] == ["21/1784", "20/11562", "21/0412"]
    assert _decisions(meeting)[-1] == "Lene Krog blev udpeget."


# --- a page's footer and an empty cell -------------------------------------------------


@pytest.mark.parametrize(
    "footer",
    [
        "Eksempelby Kommune, Byrådet, 04.03.2024            Side 2 af 5",
        "Byrådet 04-03-2024                                 Side 3",
    ],
)
def test_page_footer_is_no_row_over_the_heading(footer: str) -> None:
    heading = "Budgetopfølgning                                        2."
    text = "\n".join([f"Linje {k} af teksten." for k in range(12)] + [footer, heading, "Tekst."])
    assert f"{footer}\n\n{heading}" in wrapped_lines_joined(as_paragraphs(text))


def test_lone_dash_cell_ends_its_row() -> None:
    rows = [
        "Sagsnr.          Sagsbehandler        Bilag",
        "24/3310          Maja Holt            -",
    ]
    text = "\n".join(
        [f"Linje {k} af teksten." for k in range(12)] + rows + ["Beslutning", "Godkendt."]
    )
    joined = wrapped_lines_joined(as_paragraphs(text))
    assert f"{rows[1]}\n\nBeslutning\n\nGodkendt." in joined


def test_broken_line_after_a_hyphen_still_goes_on() -> None:
    text = "\n".join(
        [f"Linje {k} af teksten." for k in range(12)]
        + ["Udvalget drøftede Nord-", "syd-forbindelsen."]
    )
    assert "Nord-\nsyd-forbindelsen." in wrapped_lines_joined(as_paragraphs(text))


@pytest.mark.parametrize(
    ("name", "decisions"),
    [
        (
            "flat_toc-hver-linje-eget-afsnit-sidefod-over-hoejrestillet-titel.txt",
            ["Godkendt.", "Anbefales over for Økonomiudvalget.", "Taget til efterretning."],
        ),
        (
            "beslutning_i-hver-linje-eget-afsnit-faktaboks-tom-bilagscelle.txt",
            ["Anbefales over for Byrådet.", "Godkendt.", "Taget til efterretning."],
        ),
    ],
)
def test_paragraph_form_decisions_after_footer_or_empty_cell(
    name: str, decisions: list[str]
) -> None:
    assert _decisions(_meeting(name)) == decisions


# --- a contents list of bare titles -------------------------------------------------------


def test_contents_titles_are_one_block_with_their_head() -> None:
    titles = ["Godkendelse af dagsorden", "Budget 2025", "Eventuelt"]
    lines = ["Eksempelby Kommune", "Handicaprådet - Referat", "Dato: 03.04.2024", "Indhold"]
    for title in titles:
        lines += [title, "Beslutning", "Godkendt.", "Sagsnr.: 24/1001"]
    text = "\n".join(lines[:4] + titles + lines[4:])
    joined = wrapped_lines_joined(as_paragraphs(text))
    assert "Indhold\nGodkendelse af dagsorden\nBudget 2025\nEventuelt\n\n" in joined


def test_contents_with_a_sentence_is_no_block() -> None:
    lines = ["Eksempelby Kommune", "Referat", "Indhold", "Mødet blev holdt online.", "Budget"]
    lines += [f"Linje {k} af teksten." for k in range(10)] + ["Budget"]
    joined = wrapped_lines_joined(as_paragraphs("\n".join(lines)))
    assert "Indhold\n\nMødet blev holdt online." in joined


def test_paragraph_form_contents_last_title_is_no_item() -> None:
    meeting = _meeting("generic-hver-linje-eget-afsnit-indhold-uden-numre-sidste-titel.txt")
    assert [item.title for item in meeting.items] == [
        "Godkendelse af dagsorden",
        "Lokaletilskud 2024",
        "Ansøgning fra Rønde Spejderne",
        "Meddelelser",
    ]
    assert _decisions(meeting)[-1] == "Taget til efterretning."
