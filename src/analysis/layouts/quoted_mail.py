"""Minutes quoted in a reply mail (pure).

A mail client answering a message sets the message it answers off with ``>`` before
every line, the blank lines too (``>`` alone). Where the minutes were pasted into that
message, the reply chain holds them only quoted (``> I. Title`` / ``>    Beslutning: …``).
A long quoted run, one of whose lines is a quoted blank, is written without its quote
marks, one level at a time, so the minutes inside read as they were written; a short
quote (a notes page's ``> 📍 place`` facts, a decision set off as ``> **Beslutning:**``)
stays as it is. Line numbers are kept.
"""

from __future__ import annotations

import re

#: Quoted lines in a run before it is taken for a mail's quote: more than a notes page's
#: quoted facts or a quoted decision ever hold.
MIN_QUOTED = 8
#: ">", "> ", "> text": one level of quoting and the space after it.
_QUOTE = re.compile(r"^>(?: |(?=\S)|$)")


def unquote_mail(text: str) -> str:
    """``text`` with each mail-quoted run of lines (``MIN_QUOTED`` or more lines opening
    with ``>``, one of them a quoted blank ``>``) written without one level of quoting,
    repeated for a quote inside a quote; as it was where there is none."""
    if "\n>" not in text and not text.startswith(">"):
        return text
    lines = text.split("\n")
    for _ in range(3):  # a reply to a reply quotes twice: "> > …"
        if not _unquote_runs(lines):
            break
    return "\n".join(lines)


def _unquote_runs(lines: list[str]) -> bool:
    """Unquote every long run in ``lines`` in place; whether any was."""
    changed = False
    k = 0
    while k < len(lines):
        if not lines[k].startswith(">"):
            k += 1
            continue
        end = k
        while end < len(lines) and lines[end].startswith(">"):
            end += 1
        run = lines[k:end]
        if len(run) >= MIN_QUOTED and any(not line.strip("> \t") for line in run):
            lines[k:end] = [_QUOTE.sub("", line, count=1) for line in run]
            changed = True
        k = end
    return changed
