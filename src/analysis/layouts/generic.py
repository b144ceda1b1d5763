"""The fallback: numbered headings that agree with a contents list, else the rising run
of numbered headings that carry evidence (a repeated title, a case number, a section
heading or a web control after them)."""

from __future__ import annotations

from analysis.layouts.base import parse_numbered
from analysis.model import ParsedMeeting
from analysis.parse import Line

NAME = "generic"


def recognise(lines: list[Line]) -> bool:
    return True


def parse(lines: list[Line]) -> ParsedMeeting:
    return parse_numbered(lines, NAME)
