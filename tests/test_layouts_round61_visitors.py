"""Sixty-first session, the lead: an old site's visitor counter under the minutes
("Besøgende siden 1. januar 2000: 23.514", "Du er besøgende nr. 1234") is page furniture
(``layouts.text._VISITOR_COUNT`` in ``_furniture_tests``), not an unplaced line; a case's
own figure ("Antal besøgende: 4.711") stays text."""

from __future__ import annotations

import pytest

from analysis.layouts import text
from analysis.pipeline import parse_bytes


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Besøgende siden 1. januar 2000: 23.514", True),
        ("Antal besøgende siden 1997: 4.711", True),
        ("Du er besøgende nr. 1234", True),
        ("du er besøgende nummer 87.", True),
        ("Antal besøgende: 4.711", False),  # a museum's figure in a case's text
        ("Besøgende siden 2001 blev budt velkommen: 3 gæster", False),
    ],
)
def test_visitor_counter_is_furniture(line: str, furniture: bool) -> None:
    text._furniture_tests.cache_clear()
    assert text.is_furniture(line, ()) is furniture


PAGE = """<html><head><title>Referat</title></head><body>
<h1>Teknisk Udvalg</h1>
<p>Referat af møde tirsdag den 4. marts 2003 kl. 16.00 på Rådhuset.</p>
<h2>1. Vejbelysning i Nørregade</h2>
<p>Forvaltningen foreslår nye lamper. Antal besøgende: 4.711</p>
<p><i>Beslutning:</i> Godkendt.</p>
<h2>2. Vintertjeneste</h2>
<p>Orientering om saltforbruget.</p>
<p><i>Beslutning:</i> Taget til efterretning.</p>
<hr><p>Besøgende siden 1. januar 2000: 12.345</p>
</body></html>
"""


def test_counter_under_the_page_is_no_decision_text() -> None:
    # (before, the counter ran into the last item's decision)
    result = parse_bytes(PAGE.encode("utf-8"), "udvalg.html")
    texts = list(result.tables["sections"]["text"])
    assert texts[-1] == "Taget til efterretning."
    assert texts[0] == "Forvaltningen foreslår nye lamper. Antal besøgende: 4.711"
    assert "12.345" not in (result.manifest["message"] or "")
