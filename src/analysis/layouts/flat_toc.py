"""PDF text where the lines ran together and the contents list has dot leaders
(Gentofte's abcdocz export and other PDF prints).

``Referat af møde i <forum> Mødetidspunkt DD-MM-YYYY HH:MM Mødeafholdelse <place>``,
``Tilstede:`` / ``Fraværende:``, then ``Indholdsfortegnelse`` with entries ``N (Åben)
title ......page`` run together: the pre-pass (``base.unflatten``) splits them into lines.
"""

from __future__ import annotations

import re

from analysis.layouts.base import parse_numbered
from analysis.model import ParsedMeeting
from analysis.parse import Line

NAME = "flat_toc"
_ENTRY = re.compile(r"^\d{1,3}\s+\((?:Åben|Lukket)\)\s+\S", re.IGNORECASE)
_LEADER = re.compile(r"\S\s*(?:\.\s?){4,}\s*\d{1,4}$")


def recognise(lines: list[Line]) -> bool:
    """Contents entries ``N (Åben) title`` or several dot-leader lines."""
    entries = sum(1 for line in lines if _ENTRY.match(line.clean))
    leaders = sum(1 for line in lines if _LEADER.search(line.clean))
    return entries >= 2 or leaders >= 3


def parse(lines: list[Line]) -> ParsedMeeting:
    return parse_numbered(lines, NAME)
