"""Round 29 (layouts159, real PDF traps): the PDF reader's reading order and line repairs.

The fixtures generic-pdf-lag-tegnet, generic-pdf-lille-tabel-forum-sidehoved and
generic-pdf-kapitaeler-to-stoerrelser hold the families whole; these tests hold the small
rules and the guards that keep two columns and tables as they were.
"""

from __future__ import annotations

from analysis.read.pdf import _assemble, _continues, _joined, _Metrics, _reading_order, _Seg


def _seg(text: str, x0: float, y: float, *, x1: float | None = None, size: float = 10.0) -> _Seg:
    width = 0.5 * size * len(text)
    return _Seg(
        text=text,
        page=0,
        x0=x0,
        x1=x0 + width if x1 is None else x1,
        y=y,
        size=size,
        bold=False,
        fw=0.5 * size * len(text.split(" ")[0]),
        space=2.8,
        tx0=x0,
    )


def test_layers_drawn_out_of_order_are_read_top_down() -> None:
    # decisions first, then the titles, the header last: one column, every layer at x 72
    segs = [
        _seg("Beslutning", 72, 600),
        _seg("Godkendt.", 72, 587),
        _seg("Beslutning", 72, 400),
        _seg("Vedtaget.", 72, 387),
        _seg("1. Godkendelse af dagsorden", 72, 640, size=12),
        _seg("2. Vandløbsregulativ", 72, 440, size=12),
        _seg("Referat", 72, 780, size=15),
    ]
    got = [s.text for s in _reading_order(segs, 10.0)]
    assert got == [
        "Referat",
        "1. Godkendelse af dagsorden",
        "Beslutning",
        "Godkendt.",
        "2. Vandløbsregulativ",
        "Beslutning",
        "Vedtaget.",
    ]


def test_two_columns_keep_their_content_order() -> None:
    # the right column jumps back to the top at another left edge: left as drawn
    segs = [_seg(f"venstre {k}", 50, 700 - 12 * k) for k in range(5)]
    segs += [_seg(f"højre {k}", 310, 700 - 12 * k) for k in range(5)]
    assert _reading_order(segs, 10.0) == segs


def test_layers_side_by_side_keep_their_content_order() -> None:
    # a table drawn column by column at one left edge per column is left to the table reader
    segs = [_seg("Vej", 72, 600), _seg("Kirkevej", 72, 588), _seg("Engvej", 72, 576)]
    segs += [_seg("Længde", 72, 700), _seg("Pris", 200, 600), _seg("120", 200, 588)]
    assert _reading_order(segs, 10.0) == segs


def test_a_line_broken_on_its_own_baseline_is_joined() -> None:
    a = _seg("2. SKOLESTRUKTUR FOR", 70, 616, x1=200.0, size=12)
    b = _seg("HEDEBOSKOLEN", 203, 616, size=12)
    assert _continues(a, b)
    assert _joined(a, b).text == "2. SKOLESTRUKTUR FOR HEDEBOSKOLEN"
    # a cell a column away, or the next line, is no continuation
    assert not _continues(a, _seg("24/19930", 320, 616, size=12))
    assert not _continues(a, _seg("J.nr. 24/19930", 70, 604, size=12))


def test_modt_field_starts_its_own_line_under_a_full_line() -> None:
    full = _seg(
        "Referat fra mødet den 3. juni 2024 kl. 15:00 på Rådhuset, mødelokale 4",
        60,
        714,
        x1=520.0,
    )
    segs = [
        full,
        _seg("Mødt: Anna Berg, Bo Krogh", 60, 700),
        _seg("Afbud: Ingen", 60, 686),
    ]
    text = _assemble(segs, _Metrics(body=10.0, leading=14.0, right=520.0))
    assert text.split("\n")[1] == "Mødt: Anna Berg, Bo Krogh"


def test_letter_spaced_heading_is_closed_up() -> None:
    from analysis.layouts.framed import unspaced

    text = "Odder Kommune\n\n## R E F E R A T\n\n## I N D H O L D\nB Y R Å D E T\n"
    assert unspaced(text) == "Odder Kommune\n\n## REFERAT\n\n## INDHOLD\nBYRÅDET\n"
