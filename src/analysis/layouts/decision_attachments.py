"""An attachments line opening the decision ("Bilag 1: … Bilag 2: …", pure).

A small secretariat's Word template puts the item's attachments first under its
``Referat:`` label, then the outcome::

    Referat:
    Bilag 1: Udkast til planen. Bilag 2: Tal fra Jobindsats.
    Rådet anbefaler planen over for udvalget.

The line naming only attachments is no part of the decision: it becomes the item's
``Bilag`` section (after any it has) and the decision starts on the next line. A decision
that is only such a line keeps it (nothing else could be its text).
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.model import Item, Section

#: "Bilag 1: Udkast …. Bilag 2: Notat …", "Bilag: Tidsplan": a line of attachments only,
#: each opened by the word and its number.
_ATTACHMENTS = re.compile(
    r"^(?:bilag(?:\s+\d{1,2})?\s*[:.–-]\s*[^\n]+?)(?:\s+bilag\s+\d{1,2}\s*[:.–-]\s*[^\n]+?)*$",
    re.IGNORECASE,
)


def _split(text: str) -> tuple[str, str] | None:
    """(attachments line, the rest) where the text opens with a line of attachments and
    more text follows; else None."""
    first, _, rest = text.lstrip().partition("\n")
    if first[:5].lower() != "bilag" or not rest.strip():
        return None
    return (first.strip(), rest.strip()) if _ATTACHMENTS.match(first.strip()) else None


def decision_attachments(items: list[Item]) -> list[Item]:
    """``items`` with an attachments line opening a decision moved to the item's
    attachments section (see the module docstring)."""
    out: list[Item] = []
    for it in items:
        sections = list(it.sections)
        changed = False
        for k, sec in enumerate(sections):
            if sec.key != "beslutning" or not sec.text[:6].lstrip().lower().startswith("bilag"):
                continue
            found = _split(sec.text)
            if found is None:
                continue
            line, rest = found
            sections[k] = replace(sec, text=rest)
            sections.append(Section("bilag", "Bilag", line))
            changed = True
            break
        out.append(replace(it, sections=tuple(sections)) if changed else it)
    return out
