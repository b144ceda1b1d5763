"""Static agenda exports with a label-above-value header (Holbæk, edagsorden.regionh.dk).

``UDVALG`` / ``<forum>`` / ``MØDE`` / ``Referat`` / ``STED`` / ``<place>`` /
``STARTTIDSPUNKT`` / ``04-06-2020 09:00:00`` / ``SLUTTIDSPUNKT`` / ``PUNKTER`` with
``49. Title`` lines (numbers run through the year); each item repeats its title under the
heading; ``Sagsgang og sagstype``, ``Indstilling``, and the decision under ``Beslutning i
<forum> den dd-mm-yyyy``.
"""

from __future__ import annotations

import re

from analysis.layouts.base import parse_numbered
from analysis.model import ParsedMeeting
from analysis.parse import Line

NAME = "udvalg_header"
_LABELS = re.compile(r"^(?:UDVALG|MØDE|STED|STARTTIDSPUNKT|SLUTTIDSPUNKT|PUNKTER)$")


def recognise(lines: list[Line]) -> bool:
    """At least three of the upper-case labels on lines of their own."""
    found = {line.clean for line in lines[:80] if _LABELS.match(line.clean)}
    return len(found) >= 3 and ("STARTTIDSPUNKT" in found or "UDVALG" in found)


def parse(lines: list[Line]) -> ParsedMeeting:
    return parse_numbered(lines, NAME)
