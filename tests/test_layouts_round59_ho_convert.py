"""Fifty-ninth session, held-out sets, ho_convert: minutes as today's converters write them.

- **pandoc's bracketed spans.** A Word file whose section labels are underlined (or set in
  small capitals) comes out of pandoc as ``[Beslutning]{.underline}``: the label's words
  in brackets and the attribute list after them. The bracketed label was no heading, so
  the Indstilling's quoted "at …" lines were taken as the decision. The span's words are
  read and its markup not (``parse.strip_markdown``, ``parse._MD_SPAN``).
- **Decisions quoted under a long forum heading.** Markdown minutes that set each decision
  off as a block quote ("> Godkendt.") under a heading naming the forum and the date
  ("#### Klima-, Teknik- og Miljøudvalgets beslutning den 04-02-2025"): the heading was
  too long to be counted as a decision label outside the quotes, so each quote was read
  as a bare outcome and given a label of its own ("Beslutning: Godkendt." as the
  decision's text). Labels up to 90 characters now count
  (``layouts.quoted_decision._labels_outside``).
- **The owner beside the fields in a header table.** markitdown writes a Word header
  table with the municipality in the left cell and two fields run together in the right
  ("| Kerteminde Kommune | Mødetid: kl. 17:30 Mødested: … |"): the row is read as the
  owner's line and the fields as if alone on their line
  (``layouts.header._split_columns``).
- **A running header of owner, kind and forum.** A PDF converted to Markdown keeps the
  page header "Halsnæs Kommune Referat - Plan- og Miljøudvalget 10. marts 2026" with no
  dash after the owner: the owner and the kind come off before the forum
  (``layouts.header._FORUM_PREFIX``).

Fixtures ``running-pandoc-word-understregede-afsnitsetiketter.md``,
``running-markdown-citerede-beslutninger-under-udvalgets-overskrift.md``,
``running-markitdown-ejer-og-moedefelter-i-samme-tabelraekke.md``,
``generic-pdf-til-markdown-loebende-sidehoved-ejer-og-art.md``.
"""

from __future__ import annotations

import pytest

from analysis.layouts.header import _split_columns, read_header
from analysis.layouts.quoted_decision import unquote_decisions
from analysis.parse import Line, strip_markdown, to_lines
from analysis.pipeline import parse_bytes
from tests.fixture_helpers import FIXTURES, fixture_decisions


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("[Beslutning]{.underline}", "Beslutning"),
        ("[Økonomi]{.smallcaps}", "Økonomi"),
        ("[Beslutning]{#beslutning-34 .underline}", "Beslutning"),
        ("Sagen blev [udsat]{.mark} til næste møde.", "Sagen blev udsat til næste møde."),
        # (a link, a bracket with no attribute list and braces with no bracket stay read
        # as before)
        ("[Bilag 2](bilag2.pdf)", "Bilag 2"),
        ("Indstillingen [jf. bilag] blev godkendt.", "Indstillingen [jf. bilag] blev godkendt."),
        ("Budget {2026}", "Budget {2026}"),
    ],
)
def test_a_pandoc_span_is_read_as_its_words(raw: str, clean: str) -> None:
    assert strip_markdown(raw) == clean


def test_underlined_labels_head_their_sections() -> None:
    found = fixture_decisions("running-pandoc-word-understregede-afsnitsetiketter.md")
    assert found[0] == "Godkendt."
    assert found[1].startswith("Udvalget fastholdt de nuværende åbningstider.")
    assert found[2].startswith("Orienteringen blev taget til efterretning.")
    assert found[3] == "Udsat."
    assert not any(text.startswith("at ") for text in found)


def _quoted(heading: str) -> list[Line]:
    text = "\n".join(
        f"### {n}. Sag {n}\n\n#### {heading}\n\n> Godkendt.\n> Med en bemærkning.\n"
        for n in range(1, 4)
    )
    return to_lines(text)


def test_quotes_under_a_long_forum_heading_keep_no_label_of_their_own() -> None:
    heading = "Klima-, Teknik- og Miljøudvalgets beslutning den 04-02-2025"
    assert len(heading) > 40
    out = unquote_decisions(_quoted(heading))
    assert not any(ln.clean.startswith("Beslutning:") for ln in out)


def test_bare_quoted_outcomes_are_still_labelled() -> None:
    # (no label outside the quotes: each quote is an item's outcome)
    out = unquote_decisions(_quoted("Drøftelse"))
    assert sum(ln.clean.startswith("Beslutning: Godkendt.") for ln in out) == 3


def test_quoted_decisions_under_a_forum_heading_are_read_without_a_label() -> None:
    name = "running-markdown-citerede-beslutninger-under-udvalgets-overskrift.md"
    found = fixture_decisions(name)
    assert found[0] == "Dagsordenen blev godkendt."
    assert found[2].startswith("Sagen blev drøftet.")
    assert not any("Beslutning" in text for text in found)


def test_owner_and_fields_in_one_table_row_are_apart() -> None:
    row = Line(2, "Odder Kommune\tMødetid: kl. 9.00 Mødested: Rådhuset, mødelokale 4", 0)
    assert [ln.clean for ln in _split_columns([row])] == [
        "Odder Kommune",
        "Mødetid: kl. 9.00",
        "Mødested: Rådhuset, mødelokale 4",
    ]
    # (a row of two cells whose left one is no owner's name is read as before)
    other = Line(2, "Kultur\tMødetid: kl. 9.00 Mødested: Rådhuset", 0)
    assert _split_columns([other])[0].clean.startswith("Kultur\t")


def test_owner_beside_the_fields_gives_the_time_and_place() -> None:
    name = "running-markitdown-ejer-og-moedefelter-i-samme-tabelraekke.md"
    meeting = parse_bytes((FIXTURES / "raw" / name).read_bytes(), name).tables["meetings"]
    row = meeting.to_dict("records")[0]
    assert row["start_time"] == "17:30"
    assert row["location"] == "Byrådssalen, Hans Schacksvej 4, Kerteminde"


@pytest.mark.parametrize(
    "title",
    [
        "Greve Kommune Referat - Kulturudvalget 3. marts 2026",
        "Greve Kommune Referat – Kulturudvalget",
        "Greve Kommune - Referat - Kulturudvalget - 3. marts 2026",
    ],
)
def test_a_running_header_of_owner_kind_and_forum_names_the_forum(title: str) -> None:
    lines = to_lines(f"{title}\n\nMødedato: 3. marts 2026\n")
    assert read_header(lines, set(), set()).forum == "Kulturudvalget"


def test_the_running_header_fixture_names_the_forum() -> None:
    name = "generic-pdf-til-markdown-loebende-sidehoved-ejer-og-art.md"
    meeting = parse_bytes((FIXTURES / "raw" / name).read_bytes(), name).tables["meetings"]
    assert meeting.to_dict("records")[0]["forum"] == "Plan- og Miljøudvalget"
