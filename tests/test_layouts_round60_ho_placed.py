"""Sixtieth session, held-out sets (ho_placed): committee minutes whose decisions stand
somewhere other than under a "Beslutning" heading closing each item.

- A decision overview drawn as a text table without its outer bars after the last item
  ("BESLUTNINGSOVERSIGT" / "Pkt. | Emne | Beslutning" / "-----+------+-----" / "1 | Title |
  Godkendt."), an empty cell "-" for a point with nothing to decide: each row's outcome is
  written under its item by ``layouts.outcome_overview.overview_decisions`` (``_PIPED``,
  ``_PIPED_HEAD``). An item's text numbering its points ("1. at …", "2. at …") stands nearer
  the overview than the items' own headings: the heading carrying the row's title is taken
  (``outcome_overview._headings``).
- A web page's overview table under its own heading ("## Beslutninger", as the reader writes
  <h2>Beslutninger</h2>) before the items, the closed last item's cell left empty (the row
  written "## 4. Title" alone, ``outcome_overview._bare_row``): read as the overview, not as
  the first items.
- The outcome under "Behandling:" (with its colon) or a heading "### Behandling" closing
  each item, no "Beslutning" in the item: the item's decision, as the bare word already was
  (``parse._handling_label`` beside ``parse.OUTCOME_LABELS``).
- "Mødet begyndte kl. 16.00 på <place> (2. sal).": the floor's "2. sal" no sentence of its
  own after the place (``layouts.header._START_LINE``).
"""

from __future__ import annotations

import re

from analysis.layouts import parse_text
from analysis.layouts.header import _START_LINE
from analysis.layouts.outcome_overview import overview_decisions
from analysis.model import ParsedMeeting
from analysis.parse import _HANDLING_LABEL
from analysis.read import read_bytes


def _read(text: str, suffix: str = ".txt") -> ParsedMeeting:
    """The minutes as a file of ``suffix`` is read (the reader first, as the build does)."""
    return parse_text(read_bytes(text.encode(), suffix).text)


def _decisions(meeting: ParsedMeeting) -> list[str]:
    return [
        next((s.text.split("\n")[0] for s in it.sections if s.key == "beslutning"), "")
        for it in meeting.items
    ]


_HEAD = """Referat
Vejudvalget
Mødedato: Onsdag den 9. april 2025
Mødetidspunkt: Kl. 15:00
Mødested: Rådhuset, lokale 12

"""

_ITEMS = """1. Godkendelse af dagsorden
Sagsnr.: 25/0201

Indstilling
Forvaltningen indstiller, at dagsordenen godkendes.

2. Cykelsti langs Åvej
Sagsnr.: 25/0388

Sagsfremstilling
Stien koster 2,2 mio. kr.

Indstilling
Forvaltningen indstiller,
1. at stien anlægges i 2026
2. at udgiften afholdes af cykelpuljen

3. Vintervedligeholdelse af fortove
Sagsnr.: 25/0412

Sagsfremstilling
Kontrakten udløber til oktober.

4. Eventuelt

"""

_TABLE = """
BESLUTNINGSOVERSIGT

Pkt. | Emne                               | Beslutning
-----+------------------------------------+---------------------------
1    | Godkendelse af dagsorden           | Godkendt.
2    | Cykelsti langs Åvej                | Anbefales som indstillet.
3    | Vintervedligeholdelse af fortove   | Udsat.
4    | Eventuelt                          | -

Mødet sluttede kl. 16.40.
"""


def test_a_text_table_without_outer_bars_gives_each_item_its_decision() -> None:
    meeting = _read(_HEAD + _ITEMS + _TABLE)
    assert [it.title for it in meeting.items] == [
        "Godkendelse af dagsorden",
        "Cykelsti langs Åvej",
        "Vintervedligeholdelse af fortove",
        "Eventuelt",
    ]
    assert _decisions(meeting) == ["Godkendt.", "Anbefales som indstillet.", "Udsat.", ""]


def test_the_overview_is_blanked_and_the_empty_cell_decides_nothing() -> None:
    written = overview_decisions(_HEAD + _ITEMS + _TABLE)
    assert "BESLUTNINGSOVERSIGT" not in written
    assert "Pkt. |" not in written
    assert written.count("Beslutning:") == 3  # (not for "-")


def test_a_recommendations_numbered_points_are_not_the_items_headings() -> None:
    # ("1. at stien …", "2. at udgiften …" stand nearer the overview than items 1 and 2)
    written = overview_decisions(_HEAD + _ITEMS + _TABLE)
    lines = written.split("\n")
    k = lines.index("Beslutning:")
    assert lines[k + 1] == "Godkendt."
    assert lines.index("2. Cykelsti langs Åvej") > k


def test_a_text_table_whose_titles_name_no_item_is_left_as_it_is() -> None:
    table = _TABLE.replace("Cykelsti langs Åvej         ", "Budget for parkeringskontrol")
    table = table.replace("Vintervedligeholdelse af fortove", "Havnens vanddybde ved kajen  ")
    assert "Cykelsti" not in table and "Vintervedligeholdelse" not in table
    text = _HEAD + _ITEMS + table
    assert overview_decisions(text) == text


def test_items_with_their_own_decisions_keep_them_under_a_text_table() -> None:
    items = _ITEMS.replace(
        "Kontrakten udløber til oktober.\n",
        "Kontrakten udløber til oktober.\n\nBeslutning\nGodkendt.\n",
    )
    text = _HEAD + items + _TABLE
    assert overview_decisions(text) == text


_PAGE = """<html><body>
<h1>Referat</h1>
<p><b>Vejudvalget</b><br>Mødet holdt den 9. april 2025 kl. 15.00<br>Rådhuset, lokale 12</p>
<h2>Beslutninger</h2>
<table>
<tr><th>Pkt.</th><th>Emne</th><th>Beslutning</th></tr>
<tr><td>1</td><td>Godkendelse af dagsorden</td><td>Godkendt.</td></tr>
<tr><td>2</td><td>Cykelsti langs Åvej</td><td>Anbefales som indstillet.</td></tr>
<tr><td>3</td><td>Lukket punkt: Ekspropriation</td><td>&nbsp;</td></tr>
</table>
<h3>1. Godkendelse af dagsorden</h3>
<p>Sagsnr.: 25/0201</p>
<h3>2. Cykelsti langs Åvej</h3>
<p>Sagsnr.: 25/0388</p>
<h4>Sagsfremstilling</h4>
<p>Stien skal gå fra:</p>
<ol><li>Åvej til skolen</li><li>Skolen til hallen</li></ol>
<h4>Indstilling</h4>
<p>Forvaltningen indstiller, at stien anlægges.</p>
<h3>3. Lukket punkt: Ekspropriation</h3>
</body></html>
"""


def test_a_web_pages_overview_before_the_items_is_no_item() -> None:
    meeting = _read(_PAGE, ".html")
    assert [it.number for it in meeting.items] == [1, 2, 3]
    assert [it.title for it in meeting.items][:2] == [
        "Godkendelse af dagsorden",
        "Cykelsti langs Åvej",
    ]
    assert _decisions(meeting) == ["Godkendt.", "Anbefales som indstillet.", ""]
    assert meeting.items[1].case_number == "25/0388"


def test_a_plain_beslutninger_line_is_no_overview_head() -> None:
    # (the word alone, unmarked, labels an item's own decision in most minutes)
    text = (
        "Beslutninger\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Cykelsti langs Åvej\n"
        "Anbefales.\n\n1. Godkendelse af dagsorden\nSagsnr.: 25/0201\n\n"
        "2. Cykelsti langs Åvej\nSagsnr.: 25/0388\nStien koster 2,2 mio. kr.\n"
    )
    assert overview_decisions(text) == text
    marked = text.replace("Beslutninger\n", "## Beslutninger\n")
    assert overview_decisions(marked) != marked


_HANDLED = """1. Godkendelse af dagsorden
Sag: 25/0201

Behandling:
Udvalget godkendte dagsordenen.

2. Cykelsti langs Åvej
Sag: 25/0388

Sagsfremstilling:
Stien koster 2,2 mio. kr.

Behandling:
Udvalget anbefalede stien over for Økonomiudvalget.

3. Eventuelt

Behandling:
Formanden orienterede om trafikdagen.
"""


def test_the_forums_handling_with_its_colon_is_the_decision() -> None:
    meeting = _read(_HEAD + _HANDLED)
    assert _decisions(meeting) == [
        "Udvalget godkendte dagsordenen.",
        "Udvalget anbefalede stien over for Økonomiudvalget.",
        "Formanden orienterede om trafikdagen.",
    ]


def test_the_forums_handling_as_a_heading_is_the_decision() -> None:
    text = _HEAD + _HANDLED.replace("Behandling:", "### Behandling").replace(
        "Sagsfremstilling:", "### Sagsfremstilling"
    )
    meeting = _read(text, ".md")
    assert _decisions(meeting)[1] == "Udvalget anbefalede stien over for Økonomiudvalget."


def test_a_handling_above_the_items_own_decision_stays_the_talk() -> None:
    text = _HEAD + _HANDLED.replace(
        "Udvalget anbefalede stien over for Økonomiudvalget.\n",
        "Udvalget drøftede stiens forløb.\n\nBeslutning:\nAnbefales.\n",
    )
    meeting = _read(text)
    assert _decisions(meeting)[1] == "Anbefales."


def test_the_floor_after_the_place_is_part_of_it() -> None:
    m = _START_LINE.match("Mødet begyndte kl. 16.00 på Rådhuset, mødelokale 4 (2. sal).")
    assert m is not None
    assert m["place"] == "Rådhuset, mødelokale 4 (2. sal)"
    m = _START_LINE.match("Mødet påbegyndt kl. 19.00 i Salen. Samtlige medlemmer var til stede.")
    assert m is not None
    assert m["place"] == "Salen"


def test_the_handling_labels_first_letter_gate_lets_every_label_through() -> None:
    # (``parse`` asks ``_handling_label`` only where the line opens with "B")
    assert _HANDLING_LABEL.flags & re.IGNORECASE == 0
    for text in ("Behandling", "Behandling:", "Behandling :"):
        assert _HANDLING_LABEL.match(text) is not None
        assert text[:1] == "B"
    assert _HANDLING_LABEL.match("behandling:") is None
