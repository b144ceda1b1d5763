"""Fifty-fifth session, a metamorphic probe (export form, export_a): minutes as an agenda
system's PDF export.

An agenda system's export sets an item's section labels in bold ("Resumé", "Beslutning:"),
which the PDF reader writes as markdown headings with space around them, keeps a Word
paragraph's space after it as the only distance between lines, and prints a contents list
with dotted leaders. Read as they were written:

- one-line paragraphs with space after them and next to no line wrapped: the one wide
  baseline distance is the space between paragraphs, a line's own is 1.2 times its size
  (``read.pdf._unwrapped_leading``); double-spaced text keeps its leading;
- plain titles in body type over bold section labels, no item numbered: the labels are
  the titles' sections (``layouts.unnumbered.heading_items``, ``_label_heading``), and a
  subject in capitals set bold has the reader's blank line under it
  (``unnumbered._capitals_over_label``);
- a Sagsforløb block's "Beslutning:" in bold, a blank line above it: the block's field,
  the earlier body's decision (``parse._history_field_last``);
- "Indhold" in body type over unnumbered contents entries is no wrapped entry's start, nor
  is an entry whose leader left room for two dots ("… .. 2"), which is written as its
  neighbours are; an abbreviation's last dot before the leader is the title's
  (``read.pdf._assemble``, ``_CONTENTS_HEAD``, ``_SHORT_LEADER``, ``_TOC``);
- an action line ("Aktion: …") under a sentence's end is a line of its own
  (``read.pdf._ACTION_START``);
- a title over its number line ("Punkt 2 | Åben | Sagsnr. …") with a bold label under the
  number line ("## Sagsfremstilling"): the label is the item's field, no title
  (``layouts.number_under_title._heading_under``, ``_field_under``).

Fixtures ``*-pdf-eksport-*`` written by ``gen/export_bold_labels_pdf.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.layouts import number_under_title, unnumbered
from analysis.parse import Line, _history_field_last, to_lines
from analysis.read import read_bytes
from analysis.read.pdf import (
    _TOC,
    _assemble,
    _Metrics,
    _Seg,
    _unwrapped_leading,
)

RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"


def _seg(text: str, y: float, x1: float, fw: float = 20.0, page: int = 0) -> _Seg:
    return _Seg(text, page, 70.0, x1, y, 10.0, False, fw, 2.5, 70.0)


def _read(name: str) -> str:
    return read_bytes((RAW / name).read_bytes(), ".pdf").text


# --- one-line paragraphs -------------------------------------------------------------


def test_one_line_paragraphs_are_parted_by_blank_lines() -> None:
    text = _read("generic-pdf-eksport-hver-linje-eget-afsnit.pdf")
    assert "\nFastelavn i forsamlingshuset\n\nLone har talt" in text
    assert "Afbud: Tine Bruun\n\nGodkendelse af dagsorden\n\nDagsordenen blev godkendt." in text


def test_unwrapped_lines_take_a_lines_own_leading() -> None:
    m = _Metrics(10.0, 21.0, 500.0)
    segs = [_seg(f"Linje {k} med en kort sætning.", 700.0 - 21.0 * k, 220.0) for k in range(8)]
    assert _unwrapped_leading(segs, m) == 12.0


def test_a_wrapped_paragraph_gives_the_leading() -> None:
    m = _Metrics(10.0, 21.0, 500.0)
    segs = [_seg(f"Linje {k} med en kort sætning.", 700.0 - 21.0 * k, 220.0) for k in range(8)]
    # a long line whose next line's first word did not fit: wrapped, 13 points below
    segs += [
        _seg("Et langt afsnit der går helt ud", 520.0, 499.0),
        _seg("til kanten.", 507.0, 130.0),
    ]
    assert _unwrapped_leading(segs, m) == 13.0


def test_double_spaced_text_keeps_its_leading() -> None:
    m = _Metrics(10.0, 21.0, 500.0)
    segs = [
        _seg(f"Linje {k} går helt ud til kanten", 700.0 - 21.0 * k, 499.0, 60.0) for k in range(8)
    ]
    assert _unwrapped_leading(segs, m) == 21.0


def test_a_text_of_ordinary_leading_is_left_alone() -> None:
    m = _Metrics(10.0, 12.5, 500.0)
    segs = [_seg(f"Linje {k}.", 700.0 - 12.5 * k, 150.0) for k in range(8)]
    assert _unwrapped_leading(segs, m) == 12.5


# --- bold section labels over plain titles -------------------------------------------

_LABELLED = """\
Fanø Kommune
Handicaprådet
Dagsorden til møde mandag den 9. marts 2026

Godkendelse af dagsorden
Sagsnr.: 26/101

## Resumé

Rådet godkender dagsordenen.

Tilgængelighed på færgelejet
Sagsnr.: 26/102

## Resumé

Havnen har sendt en plan i høring.

## Indstilling

Administrationen indstiller, at rådet svarer.

Eventuelt
"""


def test_bold_labels_leave_the_plain_titles_the_items() -> None:
    heads = unnumbered.heading_items(to_lines(_LABELLED), set())
    assert [h.title for h in heads] == [
        "Godkendelse af dagsorden",
        "Tilgængelighed på færgelejet",
        "Eventuelt",
    ]


def test_numbered_minutes_get_no_plain_titles() -> None:
    text = _LABELLED.replace("Godkendelse af dagsorden\n", "Punkt 1 10.00-10.05\n")
    assert unnumbered.heading_items(to_lines(text), set()) == []


def test_the_label_most_repeated_needs_as_many_items() -> None:
    text = _LABELLED.replace("Tilgængelighed på færgelejet\nSagsnr.: 26/102\n", "")
    text = text.replace("## Indstilling", "## Resumé").replace("\nEventuelt\n", "\n")
    assert unnumbered.heading_items(to_lines(text), set()) == []


def test_label_heading() -> None:
    assert unnumbered._label_heading(Line(0, "Resumé", 2))
    assert unnumbered._label_heading(Line(0, "Afgørelse:", 2))
    assert not unnumbered._label_heading(Line(0, "Tilgængelighed på færgelejet", 2))


def test_a_bold_subject_in_capitals_over_the_readers_blank_line() -> None:
    lines = to_lines("## HØRING\n\nKlubben har fået et udkast.\nKonklusion: Vi svarer.\n")
    assert unnumbered._capitals_over_label(lines, 0)
    plain = to_lines("HØRING\n\nKlubben har fået et udkast.\nKonklusion: Vi svarer.\n")
    assert not unnumbered._capitals_over_label(plain, 0)


def test_bold_labels_fixtures() -> None:
    # (the reader may leave the labels' marks, read by ``heading_items``, or take them off
    # where every styled line is a label, ``read.pdf._assemble``: the items are the same)
    import json

    from analysis.pipeline import parse_bytes

    name = "generic-pdf-eksport-titler-uden-numre-fede-etiketter.pdf"
    raw = Path(__file__).parent / "fixtures" / "layouts"
    label = json.loads((raw / "labels" / name.replace(".pdf", ".json")).read_text("utf-8"))
    items = parse_bytes((raw / "raw" / name).read_bytes(), name).tables["items"]
    assert list(items["title"]) == [it["title"] for it in label["items"]]


# --- a case's history in bold --------------------------------------------------------


def test_history_block_goes_on_over_a_blank_line() -> None:
    lines = to_lines("Udvalg: Økonomiudvalget\nDato: 17. marts 2026\nPunktnummer: 14\n\n")
    assert _history_field_last(lines)
    assert not _history_field_last(to_lines("Udvalg: Økonomiudvalget\nBeslutning: Anbefales.\n\n"))


# --- contents in body type -----------------------------------------------------------


def test_contents_head_and_short_leader_in_body_type() -> None:
    text = _read("flat_toc-pdf-eksport-indhold-broedtekst.pdf")
    assert "\nIndhold\nGodkendelse af dagsorden.....\t1\n" in text
    assert "og inklusion.....\t2\nEventuelt.....\t2" in text


def test_abbreviation_keeps_its_last_dot_before_the_leader() -> None:
    m = _TOC.match("Salg af grunde m.m. ............ 3")
    assert m is not None and m.group("title") == "Salg af grunde m.m."
    m = _TOC.match("Godkendelse af dagsorden. ............ 3")
    assert m is not None and m.group("title") == "Godkendelse af dagsorden"


def test_contents_head_is_not_joined_with_its_first_entry() -> None:
    m = _Metrics(10.0, 12.0, 500.0)
    segs = [
        _seg("Indhold", 700.0, 110.0),
        _seg("Budget 2027 ........................ 1", 688.0, 499.0),
    ]
    assert _assemble(segs, m) == "Indhold\nBudget 2027.....\t1"


# --- an action line ------------------------------------------------------------------


@pytest.mark.parametrize("label", ["Aktion:", "Handling:", "Opfølgning:", "Ansvarlig:"])
def test_action_line_under_a_full_sentence_starts_its_line(label: str) -> None:
    m = _Metrics(10.0, 12.0, 500.0)
    full = _seg("Der var enighed om at prøve ordningen af i et halvt år.", 700.0, 495.0)
    action = _seg(f"{label} Sagen sendes videre til udvalget.", 688.0, 300.0, fw=40.0)
    assert _assemble([full, action], m).split("\n")[1].startswith(label)


def test_a_wrapped_line_still_joins() -> None:
    m = _Metrics(10.0, 12.0, 500.0)
    full = _seg("Der var enighed om at prøve ordningen af i et halvt", 700.0, 495.0)
    rest = _seg("år, og Aktion: gruppen skriver.", 688.0, 300.0, fw=40.0)
    assert "\n" not in _assemble([full, rest], m)


# --- a title over its number line, bold labels under it ------------------------------


def test_bold_label_under_the_number_line_is_no_title() -> None:
    lines = ["Saltning", "", "Punkt 2 | Åben | Sagsnr. 26/2208", "", "## Sagsfremstilling", ""]
    assert not number_under_title._heading_under(lines, 2)
    assert number_under_title._field_under(lines, 3)
    titled = ["Punkt 1", "", "## Godkendelse af dagsorden"]
    assert number_under_title._heading_under(titled, 0)
