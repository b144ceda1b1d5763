"""Round 53 (a metamorphic probe: minutes read back from an agenda system's PDF export):
a lone page's running header, the leading of a document of short blocks, a dated decision
label opening a line, and a body's dated decision heading set as a markdown heading."""

from __future__ import annotations

from collections import Counter

from analysis.layouts.trailing_number import _spaced_numbers
from analysis.read.pdf import _decision_label_first, _leading, _lone_header, _Seg


def _seg(text: str, y: float, size: float = 10.0, x0: float = 70.0) -> _Seg:
    return _Seg(text, 0, x0, x0 + 5 * len(text), y, size, False, 30.0, 2.8, x0)


def _page(head: str = "Referat", head_size: float = 8.5, foot: str = "Side 1 af 1") -> list:
    return [
        _seg("Lemvig Kommune", 740.0),
        _seg("Ad 1. Godkendelse af dagsorden", 716.0),
        _seg("Godkendt.", 703.0),
        _seg(head, 790.0, head_size),
        _seg(foot, 40.0, head_size),
    ]


def test_lone_header_is_the_small_top_line_over_a_page_number() -> None:
    head = _lone_header(_page())
    assert head is not None and head.text == "Referat"


def test_lone_header_needs_smaller_type_and_a_page_number() -> None:
    assert _lone_header(_page(head_size=10.0)) is None  # the body's size: a title
    assert _lone_header(_page(foot="Med venlig hilsen")) is None  # no page number at the foot


def test_lone_header_needs_a_gap_under_it() -> None:
    segs = _page()
    segs[3] = _seg("Referat", 752.0, 8.5)  # right above the first line: part of the text
    assert _lone_header(segs) is None


def test_leading_is_the_least_of_the_common_distances() -> None:
    # short blocks: as many gaps between blocks (24) as lines within them (14.5)
    assert _leading(Counter({24.0: 10, 14.5: 6, 14.75: 4})) == 14.5
    # lines parted by blank lines: a quarter as often will do where the gap is 1.4x wider
    assert _leading(Counter({22.75: 11, 22.5: 3, 15.0: 3, 14.5: 3})) in (14.5, 15.0)
    # a document of paragraphs: the most common one
    assert _leading(Counter({13.0: 40, 22.0: 8})) == 13.0
    # a rare smaller distance (a tight list) does not win
    assert _leading(Counter({14.0: 40, 11.0: 5})) == 14.0


def test_decision_label_first() -> None:
    assert _decision_label_first("Beslutning i Byrådet den 27-11-2012: Godkendt.")
    assert _decision_label_first("Beslutning i Økonomiudvalget den 02-10-2018: Anbefales.")
    assert not _decision_label_first("Beslutning om budgettet: se bilag.")
    assert not _decision_label_first("Udvalget besluttede den 2-10-2018: godkendt.")


def test_spaced_numbers_leave_a_body_dated_decision_heading() -> None:
    text = (
        "## Teknisk Udvalg, 03-02-2025, pkt. 7\n\nGodkendt.\n\n"
        "## Teknisk Udvalg, 03-02-2025, pkt. 8\n\nTaget til efterretning.\n"
    )
    assert _spaced_numbers(text) == text
    titled = "## Budget Pkt. 1\n\nTekst.\n\n## Vejplan Pkt. 2\n\nTekst.\n"
    assert _spaced_numbers(titled).startswith("## 1. Budget\n")
