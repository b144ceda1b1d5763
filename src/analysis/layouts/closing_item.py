"""Last items that are complete without a decision (pure).

A file is suspected cut short when its last item has no decision. Two kinds of last item
are complete as they stand, in any body's minutes:

* a closing session or page: a seminar's or theme day's evaluation or wrap-up
  ("Evaluering af seminaret", "Afrunding og evaluering", "Opsamling og næste skridt"),
  or the signature page printed as the last point ("Underskriftsside", "Underskriftsark");
* a note taker's item whose whole text is one short finished sentence ("Der var ingen
  spørgsmål.", "Ingen bemærkninger.", "Materialet lægges på intranettet."): nothing was
  to be decided, and a file cut off mid-item stops mid-sentence or before the item's
  labelled sections, not after one whole sentence of plain text.
"""

from __future__ import annotations

import re

#: A closing session or page: "Evaluering …", "Afrunding …", "Opsamling …", "Afslutning …",
#: "Underskriftsside", "Underskriftsark", "Underskrifter".
_CLOSING = re.compile(
    r"^(?:evaluering|afrunding|opsamling|afslutning|tak\s+for\s+i\s+dag)\b.{0,50}$"
    r"|^underskrift(?:sside|sark|sblad|er)?$",
    re.IGNORECASE,
)
#: One sentence closed by its mark, no other sentence in it.
_ONE_SENTENCE = re.compile(r"^[A-ZÆØÅ][^.!?\n]{2,120}[.!]$")
#: How many words a short sentence has at most.
SHORT_WORDS = 12


def closing_title(title: str) -> bool:
    """Whether an item's title names a closing session or the signature page."""
    return bool(_CLOSING.match(title.strip()))


def one_short_sentence(text: str) -> bool:
    """Whether ``text`` is one short sentence, finished ("Der var ingen spørgsmål.")."""
    text = text.strip()
    return bool(_ONE_SENTENCE.match(text)) and len(text.split()) <= SHORT_WORDS
