"""Minutes written as running prose under their agenda list (pure).

A small council's secretary may print the agenda as a numbered list and then write the
minutes as one paragraph per item, in the list's order, without repeating a heading:
"Dagsorden" / "1. Godkendelse af dagsorden" / … / "7. Salg af byggegrund" / "Referat" /
"Som første punkt godkendte kommunalbestyrelsen dagsordenen …" / "Herefter behandlede …".
The list's lines are then the items' headings and the last of them holds every paragraph;
:func:`paragraph_per_item` hands each item its own paragraph, so that the outcome sentence
closing it (``outcome.headless_decisions``) is that item's decision.
"""

from __future__ import annotations

from dataclasses import replace

from analysis.model import Item, Section


def paragraph_per_item(items: list[Item]) -> list[Item]:
    """The items, each with the paragraph of its place where the list's items are empty and
    the last holds exactly one paragraph per item under at most a heading ("Referat");
    else the items as they were."""
    if len(items) < 3 or any(it.sections for it in items[:-1]):
        return items
    last = items[-1]
    if len(last.sections) != 1 or last.sections[0].key not in ("tekst", "beslutning", "referat"):
        return items
    paragraphs = [p.strip() for p in last.sections[0].text.split("\n\n") if p.strip()]
    if len(paragraphs) != len(items) or any(p[:1].islower() for p in paragraphs):
        return items
    return [
        replace(it, sections=(Section("tekst", "", text),), references=())
        if k < len(items) - 1
        else replace(it, sections=(Section("tekst", "", text),))
        for k, (it, text) in enumerate(zip(items, paragraphs, strict=True))
    ]
