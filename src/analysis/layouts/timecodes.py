"""Item headings led by a recording's timecode (pure).

Minutes drafted from a meeting's recording by an AI note taker (Teams Copilot, Zoom AI
Companion) write where in the recording each point starts before its heading:
``00:04:10 – 2) Økonomi og budget``, ``00:06:40  Emne 2 – Budget 2026``. Read as they
stand, the timecode made the line no heading (or a heading whose title began with it).
Rewritten, the heading stands without it; the timecode says nothing about the meeting.
Used only where two or more headings are led so.
"""

from __future__ import annotations

import re

from analysis.parse import line_start_test

#: "00:04:10 – 2) Title", "00:06:40  Emne 2 – Title", "[00:03:12] 3. Title": a timecode of
#: hours, minutes and seconds (in square brackets or not), a dash or spaces, then an item's
#: number (after an item's word, or closed by a bracket or a full stop) and a title.
_LED = re.compile(
    r"^\[?\d{1,2}:\d{2}:\d{2}\]?(?:\s+[–—-])?\s+"
    r"(?:(?:Emne|Punkt|Pkt\.?)\s*)?(?P<num>\d{1,3}[a-z]?)(?:[.)]\s|\s+[–—-]\s|:\s)\s*"
    r"(?P<title>\S.*)$",
    re.MULTILINE | re.IGNORECASE,
)
#: A timecode opening a line: the cheap test before the heading's pattern.
_CODE_START = re.compile(r"^\[?\d{1,2}:\d{2}:\d{2}", re.MULTILINE)
#: (tried at the lines' starts only, see ``line_start_test``: the same answer as a search)
_has_code_start = line_start_test(_CODE_START)
#: What every timecode holds: a colon, two digits, a colon (found by the regex engine's scan
#: for the colon, ~3x cheaper than trying ``_CODE_START`` at every line's start).
_CODE_MIDDLE = re.compile(r":\d\d:").search
#: Headings needed for the text to be such minutes.
_MIN_ITEMS = 2


def timecodes_off(text: str) -> str:
    """``text`` with the item headings led by the recording's timecode written as the
    agenda's headings they are (``Punkt 2: Title``: the timecode marks the heading as one
    however long the notes under it run before their decision); as it was where fewer
    than two headings are led so."""
    if (
        _CODE_MIDDLE(text) is None
        or not _has_code_start(text)
        or len(_LED.findall(text)) < _MIN_ITEMS
    ):
        return text  # (the cheap gate: few texts hold a timecode at a line's start)
    return _LED.sub(lambda m: f"Punkt {m['num']}: {m['title']}", text)
