"""Drupal pages with ``Pkt. N`` items (Roskilde and others).

``Dato: Onsdag, April 3, 2019 - 18:00`` (English month names), ``Sted:``; a bulleted
contents line ``• Pkt. 42 Title`` above each item, then ``Pkt. 42`` and the title on
lines of their own, ``Sagsnr. 299835 <forum> Åbent punkt``; the decision under a heading
``<forum>, dd-mm-yyyy, pkt. 42`` (no word "Beslutning").
"""

from __future__ import annotations

import re

from analysis.layouts.base import parse_numbered
from analysis.model import ParsedMeeting
from analysis.parse import Line

NAME = "pkt"
_PKT = re.compile(r"^(?:[•\-*]\s*)?Pkt\.?\s*\d{1,4}\b", re.IGNORECASE)


def recognise(lines: list[Line]) -> bool:
    """Two or more ``Pkt. N`` lines."""
    return sum(1 for line in lines if _PKT.match(line.clean)) >= 2


def parse(lines: list[Line]) -> ParsedMeeting:
    return parse_numbered(lines, NAME)
