"""Fields printed as cards, each label on its own line over its value (pure).

A portal built for phones shows every field of a meeting and of its items as a small card:
the label on one line, the value on the line under it, a blank line after (``Punkt`` /
``3``, ``Titel`` / ``Title``, ``Sagsnummer`` / ``24/1234``, ``Status`` / ``Åben``, ``Dato``
/ ``12.03.2024``, ``Sted`` / ``…``), and copied as text the cards come out so. Read as they
stand, the item's number was a line of its own and every label a heading, so the items took
their labels (``Status``) and values (``Åben``) for titles. Rewritten, the item's number
card is the item's word and number on one line (``Punkt 3``, as a heading with the title's
field under it is read) and every other field card one labelled line (``Titel: Title``,
``Sagsnummer: 24/1234``, ``Dato: 12.03.2024``), a blank line over it so that the lines
keep their numbers. A value wrapped onto further lines (a long title, a decision of
two sentences) keeps them under the joined line. The sections of an item's text
(``Indstilling``, ``Beslutning``, ``Sagsfremstilling``) are not cards but headings over
their text and stay as they are.

Used only where the item numbers themselves are cards, two at least: a label alone on its
line over a value is also a plain heading over its text elsewhere.
"""

from __future__ import annotations

import re

from analysis.parse import line_start_test

#: "Punkt" / "3", "Nr." / "3", "Dagsordenspunkt" / "3": the item's number card, the item's
#: word alone on its line (a colon after it or not) over the number alone.
_NUMBER_CARD = re.compile(
    r"^(?P<label>(?:dagsordens)?punkt|pkt\.?|nr\.?|punkt\s*nr\.?)[ \t]*:?[ \t]*\n"
    r"(?P<gap>[ \t]*\n)?[ \t]*(?P<num>\d{1,4})\.?[ \t]*$",
    re.I | re.M,
)
#: The labels of an item's and a meeting's facts that a card prints over their value (the
#: item's title, case and status; the meeting's body, date, time, place and members). The
#: sections of an item's text are no such fields.
_FIELD_LABELS = (
    r"titel|emne|overskrift|sagstitel|"
    r"sagsnummer|sagsnr\.?|sag\s*nr\.?|sags-?id|j\.\s?nr\.?|journalnummer|journalnr\.?|"
    r"status|"
    r"udvalg|forum|mødeforum|"
    r"dato|mødedato|tid|tidspunkt|kl\.|klokken|klokkeslæt|mødetid|mødetidspunkt|"
    r"start|starttid|starttidspunkt|mødestart|slut|sluttid|sluttidspunkt|"
    r"sted|mødested|lokale|mødelokale|"
    r"deltagere|medlemmer|fremmødte|afbud|fraværende|fravær|referent"
)
#: A field card: its label alone on its line (a colon after it or not: "Titel:" / title),
#: after a blank line (or the text's top), over its value's first line.
_FIELD_CARD = re.compile(
    r"(?:\A|(?<=\n\n))(?P<label>(?:"
    + _FIELD_LABELS
    + r"))[ \t]*:?[ \t]*\n(?P<gap>[ \t]*\n)?(?P<value>[ \t]*\S[^\n]*)$",
    re.I | re.M,
)
#: ``_NUMBER_CARD`` tried at the lines' starts only (see ``line_start_test``): the cheap
#: test before its ``findall`` (a ``^``-led pattern is tried at every position of a text).
_number_card_in = line_start_test(_NUMBER_CARD)
#: Two item numbers printed as cards at least: fewer is no card layout.
_MIN_NUMBER_CARDS = 2


def card_fields(text: str) -> str:
    """``text`` with its field cards read as labelled lines: ``Punkt`` / ``3`` as ``Punkt
    3``, ``Titel`` / ``Title`` as ``Titel: Title`` (a blank line over it), where two
    item numbers at least are printed as cards; else ``text`` as it was."""
    if not _number_card_in(text) or len(_NUMBER_CARD.findall(text)) < _MIN_NUMBER_CARDS:
        return text
    text = _NUMBER_CARD.sub(lambda m: f"{_gap(m)}\n{m['label']} {m['num']}", text)
    return _FIELD_CARD.sub(lambda m: f"{_gap(m)}\n{m['label']}: {m['value'].strip()}", text)


def _gap(card: re.Match[str]) -> str:
    """The blank line between a card's label and its value (every line its own paragraph, as
    a Word document's cards are read), put over the joined line so the lines keep their
    numbers; nothing where the value is right under its label."""
    return "\n" if card["gap"] else ""
