"""Fifty-fifth session, a metamorphic probe (agenda-export PDF form, export_b): minutes
whose only styled lines are the sections' labels.

An agenda system's PDF export, or a Word document saved as PDF, may set in bold (and
larger, with space above and below) only the labels every item repeats ("Sagsfremstilling",
"Indstilling", "Beslutning"), while the items' titles, unnumbered, are plain lines over a
case line ("Punkt 2 af 4 · Sagsnr. 25/14471"). The PDF reader wrote the labels as markdown
headings ("## Beslutning"), and the layouts took the document for one whose items are its
styled headings: it was rejected, or its case lines were read as the titles. Where every
line the reader would style is such a label (or the contents' head), the style marks no
item and the labels are written as plain lines (``read.pdf._assemble``,
``read.pdf._section_label``). Only where the labels repeat and are of two kinds or more
(the sections of a template, "Indstilling" and "Beslutning"), the text parts its
paragraphs by blank lines of its own (``read.pdf._spaced_apart``), it holds no numbered
list ("1. …", which would be read as the items once nothing styled parts them), and no
label is a body's dated decision heading opening with "Beslutning" (the heading minutes of
that family open each decision with); else the style may be all that parts the items and
the marks stay, as they do where a styled line is a title.

The same exports set a label apart by blank lines (the heading's space above and below
it), so plain text read back from them holds one-line title paragraphs that the reading of
titled paragraphs takes up (``layouts.titled_paragraphs.paragraph_items``): the lines run
on under the header's date line ("Rådhuset, lokale 3" under "Torsdag den 12. februar 2026
kl. 10.00") are the header's, no title; and a decision label above the first title found
(the first item's title, case, label and outcome in one paragraph) shows the text is not
of that layout, which is then refused (another reading takes the items).

Fixtures: ``generic-pdf-eksport-kun-etiketter-fede.pdf``
(``gen/section_labels_only_bold_pdf.py``), ``generic-uden-numre-afsnitsord-for-sig-sted-
under-dato.txt``.
"""

from __future__ import annotations

import pytest

from analysis.layouts.titled_paragraphs import paragraph_items
from analysis.parse import to_lines
from analysis.pipeline import parse_bytes
from analysis.read import read_bytes
from analysis.read.pdf import _section_label, _spaced_apart
from tests.conftest import FIXTURES

RAW = FIXTURES / "layouts" / "raw"
LABELS_ONLY = "generic-pdf-eksport-kun-etiketter-fede.pdf"
PLACE_UNDER_DATE = "generic-uden-numre-afsnitsord-for-sig-sted-under-dato.txt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beslutning", True),
        ("Beslutning:", True),
        ("Sagsfremstilling", True),
        ("Indstilling", True),
        ("Beslutning i Økonomiudvalget", True),
        ("Udvalgets beslutning den 14-05-2019:", True),
        # (a body's dated decision heading opening with the word stays a heading)
        ("Beslutning i Økonomiudvalget den 02-10-2018", False),
        ("Indholdsfortegnelse", True),
        ("Godkendelse af dagsorden", False),
        ("Punkt 2: Vandløbsregulativ", False),
        ("3. Affaldsordning for sommerhuse", False),
    ],
)
def test_section_label(text: str, expected: bool) -> None:
    assert _section_label(text) is expected


def _items(name: str) -> list[tuple[str, str | None]]:
    result = parse_bytes((RAW / name).read_bytes(), name)
    assert result.tables is not None, result.manifest
    items = result.tables["items"]
    return list(zip(items["title"], items["case_number"], strict=True))


def test_labels_alone_in_bold_are_written_as_plain_lines() -> None:
    text = read_bytes((RAW / LABELS_ONLY).read_bytes(), ".pdf").text
    lines = text.splitlines()
    assert "## Beslutning" not in lines
    assert lines.count("Beslutning") == 4
    assert "Sagsfremstilling" in lines


def _headed(out: list[str]) -> set[int]:
    return {k for k, line in enumerate(out) if line.startswith("## ")}


def test_spaced_apart_needs_a_blank_line_away_from_the_headings() -> None:
    spaced = ["Titel", "", "## Beslutning", "", "Godkendt.", "", "Næste titel"]
    assert _spaced_apart(spaced, _headed(spaced))
    # (every line its own, the headings' space all that parts the items)
    tight = ["Titel", "", "## Beslutning", "", "Godkendt.", "Næste titel"]
    assert not _spaced_apart(tight, _headed(tight))


def test_labels_alone_in_bold_leave_the_plain_titles_the_items() -> None:
    assert _items(LABELS_ONLY) == [
        ("Godkendelse af dagsorden", "26/00318"),
        ("Vandløbsregulativ for Ramme Å", "25/14471"),
        ("Affaldsordning for sommerhuse", "25/09962"),
        ("Eventuelt", "26/00319"),
    ]


_HEADER = (
    "Lemvig Kommune\n\nKlima- og Miljøudvalget\nReferat\nMandag den 9. marts 2026 kl. 15.30\n\n"
)
_ITEM = "{title}\nSagsnr. 26/0031{n}\n\nIndstilling\nForvaltningen indstiller godkendelse.\n\n"
_DECIDED = "Beslutning\n{outcome}\n\n"


def _read_back(minutes: str) -> list[str]:
    pytest.importorskip("reportlab")
    from analysis.synth.render_pdf import render_pdf

    data = render_pdf(minutes, title="x", header="Referat", seed=3)
    return read_bytes(data, ".pdf").text.splitlines()


def _minutes(outcome: str = "Godkendt.", title: str = "Affaldsplan", labels: str = "") -> str:
    items = [
        (labels or _ITEM).format(title=f"{title} {n}", n=n) + _DECIDED.format(outcome=outcome)
        for n in (1, 2)
    ]
    return _HEADER + "".join(items)


def test_the_labels_marks_go_where_they_mark_no_item() -> None:
    assert "## Beslutning" not in _read_back(_minutes())


def test_a_styled_title_keeps_the_labels_headings() -> None:
    assert "## Beslutning" in _read_back(_minutes(title="Punkt 1: Affaldsplan"))


def test_one_kind_of_label_keeps_its_headings() -> None:
    # ("Beslutning" alone under each title: the style may be all that parts the items)
    assert "## Beslutning" in _read_back(_minutes(labels="{title}\nSagsnr. 26/0031{n}\n\n"))


def test_a_numbered_list_keeps_the_labels_headings() -> None:
    # ("1. …" / "2. …" in an outcome: read as the items once no label is styled)
    outcome = "Godkendt med to tilføjelser:\n1. Flere containere.\n2. Længere åbningstid."
    assert "## Beslutning" in _read_back(_minutes(outcome=outcome))


def test_the_place_under_the_date_line_is_no_title() -> None:
    assert _items(PLACE_UNDER_DATE) == [
        ("Godkendelse af dagsorden", "26/001187"),
        ("Høring: Kvalitetsstandard for hjemmehjælp 2026", "25/118402"),
        ("Orientering: Nyt dagcenter i Skærbæk", "25/097310"),
        ("Eventuelt", "26/001188"),
    ]


_TITLED = """\
Ældrerådet
Referat
Torsdag den 12. februar 2026 kl. 10.00
Mødelokale 1, Rådhuset

{first}

Høring: Kvalitetsstandard for hjemmehjælp
Sagsnr.: 25/118402

Referat
Rådet anbefaler standarden.

Orientering: Nyt dagcenter
Sagsnr.: 25/097310

Referat
Taget til efterretning.
"""


def test_titled_paragraphs_leave_the_lines_under_the_date_line() -> None:
    first = "Godkendelse af dagsorden\nSagsnr.: 26/001187\n\nReferat\nGodkendt."
    heads = paragraph_items(to_lines(_TITLED.format(first=first)), set())
    assert [h.title for h in heads] == [
        "Godkendelse af dagsorden",
        "Høring: Kvalitetsstandard for hjemmehjælp",
        "Orientering: Nyt dagcenter",
    ]


def test_titled_paragraphs_refused_under_a_label_above_the_first_title() -> None:
    first = "Godkendelse af dagsorden\nSagsnr.: 26/001187\nReferat\nGodkendt."
    assert paragraph_items(to_lines(_TITLED.format(first=first)), set()) == []
