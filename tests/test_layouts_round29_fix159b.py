"""Round 29 (fix159b): a title drawn after its boxed number is no layer drawn out of order.

The fixture generic-pdf-nummerboks-titel-to-linjer holds the family whole; this test holds
the rule in the PDF reader's reading order.
"""

from __future__ import annotations

from analysis.read.pdf import _reading_order
from tests.test_layouts_round29_fix159 import _seg


def test_title_beside_its_boxed_number_is_read_as_drawn() -> None:
    # the number set halfway down a two-line title and drawn before it: the drawing goes
    # back up 8.5 points to the title's first line, to the right of the number
    segs = [
        _seg("Beslutning", 60, 420),
        _seg("Taget til efterretning.", 60, 405),
        _seg("3", 74, 351.5, size=14),
        _seg("Ansøgning om medfinansiering af ny bådebro", 100, 360, size=12),
        _seg("ved Kalvø Strand", 100, 345, size=12),
        _seg("Sagsnr.: 25/3987", 60, 329, size=8),
        _seg("Sagsfremstilling", 60, 307),
        _seg("Grundejerforeningen søger om 64.000 kr.", 60, 292),
    ]
    assert _reading_order(segs, 10.0) == segs


def test_a_layer_drawn_later_still_starts_a_run() -> None:
    # a jump back up by more than a line is a new layer even to the right of the last line
    segs = [
        _seg("Beslutning", 60, 600),
        _seg("1", 60, 587),
        _seg("Godkendelse af dagsorden", 100, 640, size=12),
        _seg("Sagsfremstilling", 60, 625),
        _seg("Dagsordenen godkendes.", 60, 612),
        _seg("Referat", 60, 780, size=15),
    ]
    got = [s.text for s in _reading_order(segs, 10.0)]
    assert got == [
        "Referat",
        "Godkendelse af dagsorden",
        "Sagsfremstilling",
        "Dagsordenen godkendes.",
        "Beslutning",
        "1",
    ]
