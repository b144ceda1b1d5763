"""A decision headed by the body's kind alone ("Udvalgets beslutning") in minutes of a
body of another kind (pure).

An agenda system's template may head every item's outcome "Udvalgets beslutning" (the
committee's decision) whatever body meets: the council's minutes print it too ("Byrådet"
/ … / "Udvalgets beslutning" / "Godkendt."). Read word for word, the council is not "the
committee", so the item grammar keeps the section as an earlier body's decision and the
meeting seems to have decided nothing.

:func:`generic_body_decisions` makes such sections the items' own decisions, but only
where no item of the minutes has a decision of its own: where the council's decision is
written as well ("Udvalgets beslutning" / … / "Byrådets beslutning"), the committee's
stays the case's history.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.model import Item

#: "Udvalgets beslutning", "Rådets afgørelse": the kind of body in the genitive, no name,
#: no date (a named body, "Økonomiudvalgets beslutning", is another body's).
_KIND_DECISION = re.compile(
    r"^(?:udvalgets|rådets|bestyrelsens|nævnets)\s+(?:beslutning|afgørelse)$", re.IGNORECASE
)


def _generic(key: str, heading: str) -> bool:
    return key == "tidligere_beslutning" and _KIND_DECISION.match(heading) is not None


def generic_body_decisions(items: list[Item]) -> list[Item]:
    """``items`` with each decision headed by the body's kind alone made the item's own,
    where no item has a decision of its own and some have such a heading; else as given."""
    if any(sec.key == "beslutning" for it in items for sec in it.sections):
        return items
    if not any(_generic(sec.key, sec.heading) for it in items for sec in it.sections):
        return items
    out: list[Item] = []
    for it in items:
        headings = {sec.heading for sec in it.sections if _generic(sec.key, sec.heading)}
        if not headings:
            out.append(it)
            continue
        sections = tuple(
            replace(sec, key="beslutning") if _generic(sec.key, sec.heading) else sec
            for sec in it.sections
        )
        history = tuple(h for h in it.case_history if h.text not in headings)
        out.append(replace(it, sections=sections, case_history=history))
    return out
