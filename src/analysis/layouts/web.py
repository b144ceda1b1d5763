"""Albertslund's web minutes ("Printvenlig version"), as HTML, saved text or a PDF print.

``Udvalg:`` / ``Dato: <weekday> den DD. <month> YYYY`` / ``Tid: Kl. HH:MM`` / ``Sted:``,
``Deltagere`` (officials, one a line), ``Indkaldelse :`` (members as bullets with party
letters), a numbered ``Indholdsfortegnelse`` (``N. ROUTE - title``), items repeating
those lines, sections Anledning / Sagsfremstilling / Indstilling / Beslutning / Bilag,
and ``Tilbage til toppen`` between items. The site's navigation above ``Printvenlig
version`` is furniture.
"""

from __future__ import annotations

import re

from analysis.layouts.base import parse_numbered
from analysis.model import ParsedMeeting
from analysis.parse import Line

NAME = "web"
_MARKERS = re.compile(r"^(?:printvenlig version|tilbage til toppen)$", re.IGNORECASE)
_UDVALG = re.compile(r"^udvalg\s*:\s*\S", re.IGNORECASE)


def recognise(lines: list[Line]) -> bool:
    """A ``Printvenlig version`` or ``Tilbage til toppen`` line and an ``Udvalg:`` field."""
    marker = any(_MARKERS.match(line.clean) for line in lines)
    return marker and any(_UDVALG.match(line.clean) for line in lines[:120])


def parse(lines: list[Line]) -> ParsedMeeting:
    return parse_numbered(lines, NAME)
