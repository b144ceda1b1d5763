"""Twenty-fourth round (layouts102): council and committee web pages of Southern Denmark
and Funen, copied as text, saved as HTML or markdown, and cut short."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.text import running_heads
from analysis.layouts.unnumbered import _CASE_FIELD, decision_label
from analysis.parse import Line, match_case_number, to_lines


@pytest.mark.parametrize(
    ("line", "case"),
    [
        # the case system's name joined to the word for number
        ("Acadre-nr.: 19/4471", "19/4471"),
        ("SBSYS nr. 24/1187", "24/1187"),
        ("ESDH-nummer: 25-004411", "25-004411"),
        # (the name alone, read already)
        ("Acadre: 24/1187", "24/1187"),
        # no number in a case's shape: no case
        ("ESDH-nr. 2025", None),
    ],
)
def test_case_system_number_field(line: str, case: str | None) -> None:
    assert match_case_number(line) == case


def test_case_id_under_unnumbered_title() -> None:
    assert _CASE_FIELD.match("Sagsid: 17.02.05-Ø40-2-22")
    assert _CASE_FIELD.match("Sags-ID: 22/4410")
    assert not _CASE_FIELD.match("Sagsfremstilling")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the body and the date after "Beslutning", no colon, longer than a bare label
        ("Beslutning Børne- og Ungeudvalget den 09-03-2022", True),
        ("Beslutning i Teknik- og Miljøudvalget den 4. maj 2021", True),
        ("Beslutning", True),
        # no date: a title, not a label
        ("Beslutning om ny skolestruktur", False),
    ],
)
def test_dated_decision_heading_without_colon(text: str, label: bool) -> None:
    assert decision_label(Line(0, text, 0)) is label


def test_dated_body_closing_items_is_no_running_header() -> None:
    body = "Kultur- og Fritidsudvalget, 11-05-2021"
    rows = ["Referat", ""]
    for n, outcome in ((1, "Godkendt."), (2, "Indstillingen anbefales."), (3, "Afslag.")):
        rows += [f"## {n}. Emne {n}", "", "### Resumé", "", "Tekst om sagen.", ""]
        rows += [body, "", outcome, "", "---", ""]
    lines = to_lines("\n".join(rows))
    assert not running_heads(lines, set())
    # a page's header over the items' headings stays one
    rows = ["Referat", ""]
    for n in (1, 2, 3):
        rows += ["Byrådet 27-01-2025", "", f"{n}. Emne {n}", "Tekst om sagen.", ""]
    lines = to_lines("\n".join(rows))
    assert {ln.index for ln in lines if ln.clean == "Byrådet 27-01-2025"} <= running_heads(
        lines, set()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a guarantee for a loan granted: the decision on an application
        ("Kommunalbestyrelsen meddelte kommunegaranti som ansøgt.", "decided"),
        ("Udvalget meddelte lånegaranti til havnen.", "decided"),
        # the verb's other sense, telling: no decision of the forum's
        ("Borgmesteren meddelte, at garantien var udløbet.", "other"),
    ],
)
def test_guarantee_granted(text: str, expected: str) -> None:
    found = classify_decision(text, "Kommunalbestyrelsen")
    assert primary_decision_type(t for t, _ in found) == expected
