"""Round thirty-eight (layouts221: minutes saved from modern meeting portals, single-page
applications): tab panels hidden until their tab is chosen, the minutes' approval stamp in
the page's meta line, the meeting's facts as an unlabelled list behind icons, a heading's
title repeated under it, the item's number floated right of a markdown heading's title, a
decision run on as the closing sentence of the case text, and "Drøftet og … som
indstillet". The fixtures ``beslutning_i-spa-faneblade-skjult-godkendt-stempel.html``,
``generic-overskrift-pkt-sidst-afsluttende-saetning.md`` and
``generic-titel-gentaget-punkt-i-parentes.txt`` hold the layouts."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import parse_text
from analysis.layouts.outcome import unlabelled_decisions
from analysis.layouts.trailing_number import trailing_numbers
from analysis.model import Item, Section
from analysis.read.html import html_to_text

# --- the HTML reader --------------------------------------------------------------------

_TABS = (
    "<html><body><main><h2>2. Vejbump på Skolevej</h2>"
    '<div role="tablist"><button role="tab">Sagsfremstilling</button> | '
    '<button role="tab">Beslutning</button></div>'
    '<div role="tabpanel"><p>Sagen er beskrevet her.</p></div>'
    '<div role="tabpanel" hidden=""><h3>Beslutning</h3><p>Godkendt.</p></div>'
    '<div hidden=""><p>Skjult tekst.</p></div>'
    "</main></body></html>"
)


def test_a_hidden_tab_panel_is_read_and_the_row_of_tabs_is_not() -> None:
    text = html_to_text(_TABS)
    assert "Godkendt." in text
    assert "|" not in text  # (the tabs' separators went with the tabs)
    assert "Skjult tekst." not in text  # (any other hidden element stays hidden)


# --- the header -------------------------------------------------------------------------


def _page(stamp: str, facts: str) -> str:
    return (
        f"{stamp}\n\n## Vejudvalget\n\n{facts}\n\n"
        "## 1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
        "## 2. Eventuelt\n\nBeslutning\n\nIntet.\n"
    )


_FACTS = "- 11. marts 2025\n- 15:30 - 17:45\n- Mødelokale 2, Rådhuset"


def test_the_minutes_approval_stamp_is_no_meeting_date() -> None:
    m = parse_text(_page("Referat · Godkendt 14.03.2025", _FACTS))
    assert m.date == dt.date(2025, 3, 11)
    # (the stamp's date where the page gives no other)
    m = parse_text(_page("Referat · Godkendt 14.03.2025", "Mødelokale 2, Rådhuset"))
    assert m.date == dt.date(2025, 3, 14)


def test_a_byline_is_no_stamp() -> None:
    from analysis.layouts.header import _stamp_date

    assert _stamp_date("Referat · Godkendt 14.03.2025") == dt.date(2025, 3, 14)
    assert _stamp_date("Udgivet 16. februar 2025 af Lene · Referater") is None


def test_the_facts_listed_without_labels() -> None:
    m = parse_text(_page("Referat", _FACTS))
    assert (m.date, m.start_time, m.location) == (
        dt.date(2025, 3, 11),
        "15:30",
        "Mødelokale 2, Rådhuset",
    )


# --- item headings ----------------------------------------------------------------------


def test_a_title_repeated_under_its_heading_is_no_wrapped_rest() -> None:
    text = (
        "Vejudvalget\nReferat\nMandag d. 6. maj 2024\n\n"
        "Godkendelse af dagsorden (punkt 1)\nGodkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        "Naturpleje på de kommunale strandenge ved Lohals (punkt 2)\n"
        "Naturpleje på de kommunale strandenge ved Lohals\nSagsnr. 24/1188\n"
        "Beslutning\nGodkendt.\n"
    )
    titles = [it.raw_title for it in parse_text(text).items]
    assert titles[1] == "Naturpleje på de kommunale strandenge ved Lohals"


@pytest.mark.parametrize(
    ("text", "numbered"),
    [
        ("## Godkendelse af dagsorden Pkt. 1\n\nx\n\n## Meddelelser Punkt 2\n", True),
        ("## Godkendelse af dagsorden pkt. 44\n\nx\n\n## Meddelelser PKT. 45\n", True),
        # (one heading alone, or numbers that do not run upwards: titles ending so)
        ("## Opfølgning på punkt 3\n\nx\n", False),
        ("## Svar på punkt 3\n\nx\n\n## Svar på punkt 2\n", False),
        # (a plain line, no heading the page marked)
        ("Godkendelse af dagsorden Pkt. 1\n\nx\n\nMeddelelser Pkt. 2\n", False),
        # (the number alone above it, or the number's own heading over the title's)
        ("1.\n\n## Godkendelse Punkt 1\n\nx\n\n2.\n\n## Meddelelser Punkt 2\n", False),
        ("## Ad dagsordenens punkt 1\n\n## Godkendelse\n\n## Ad dagsordenens punkt 2\n", False),
    ],
)
def test_the_number_floated_right_of_a_markdown_heading(text: str, numbered: bool) -> None:
    out = trailing_numbers(text)
    assert (out != text) is numbered
    if numbered:
        assert out.startswith(("## 1. Godkendelse af dagsorden\n", "## 44. Godkendelse"))


# --- decisions --------------------------------------------------------------------------

_DAY = dt.date(2025, 1, 13)
_FORUM = "Kultur- og Fritidsudvalget"


def _item(*sections: tuple[str, str, str]) -> Item:
    found = tuple(Section(*s) for s in sections)
    return Item(1, "Punkt", "Punkt", None, False, None, None, None, found, (), (), ())


_LABELLED = ("beslutning", "Beslutning", "Godkendt.")
_CASE = (
    "Ombygningen af musikskolens sal er gået i stå, fordi leverandøren af akustikpaneler er "
    "gået konkurs, og et nyt udbud er sendt ud. Salen tages i brug i marts. Prisen stiger ikke."
)


def _closing(text: str) -> list[str]:
    item = _item(("tekst", "", text))
    out = unlabelled_decisions([_item(_LABELLED), _item(_LABELLED), item], _DAY, _FORUM)[2]
    return [sec.text for sec in out.sections if sec.key == "beslutning"]


def test_a_decision_run_on_as_the_closing_sentence_of_the_case_text() -> None:
    said = "Udvalget tog orienteringen til efterretning og ønskede at se salen i marts."
    assert _closing(f"{_CASE} {said}") == [said]
    # (wrapped onto the next line of the paragraph)
    assert _closing(f"{_CASE} Udvalget tog orienteringen\ntil efterretning.") == [
        "Udvalget tog orienteringen\ntil efterretning."
    ]
    # (an earlier meeting's decision, dated, and a sentence that is no act of the forum's)
    assert _closing(f"{_CASE} Udvalget godkendte projektet den 3. maj 2023.") == []
    assert _closing(f"{_CASE} Udvalget orienteres igen i april.") == []
    assert _closing("Udvalget tog orienteringen til efterretning.") == []  # (nothing before)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Drøftet og lagt i offentlig høring som indstillet.", "approved"),
        ("Behandlet og lagt på hjemmesiden som foreslået.", "approved"),
        ("Drøftet som indstillet.", "discussed"),
        ("Drøftet og lagt i offentlig høring.", "discussed"),
    ],
)
def test_discussed_then_done_as_recommended(text: str, primary: str) -> None:
    assert primary_decision_type(t for t, _ in classify_decision(text)) == primary
