"""The outcome as the paragraph under the proposal, with no label of its own (pure).

An older council's printed minutes put each item's case in brief and the committee's
proposal, and then, after a blank line, what the council did, with no label over it::

    Forslag:
    Økonomiudvalget indstiller, at taksterne godkendes.

    Godkendt.

The item grammar keeps it all as the case's text, and the items seem to have no decision.
:func:`proposal_outcomes` makes the paragraphs after the proposal ("… indstiller, at …")
the decision where they close the item, but only in minutes where no item has a labelled
decision and two or more items close so: one item so written may be a case's text.
In such minutes an item with no proposal (an orientation, "Meddelelser", "Eventuelt")
that closes with a paragraph of one bare outcome line ("Taget til efterretning.",
"Ingen bemærkninger.") has that line as its decision too: the minutes write their
outcomes so, and the line is no case's text; so does a closing line stating an outcome
("Forslaget blev forkastet med 2 stemmer for og 7 imod.") or a closed item's public record
("Udvalget traf beslutning i sagen."). Under the proposal's own label a lead "… foreslår,
at …" is a proposal too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.layouts.outcome import PROPOSAL_POINT, bare_outcome, outcome_line
from analysis.model import Item, Section

#: "Økonomiudvalget indstiller, at …", "Borgmesteren indstiller:": the proposal's lead.
_PROPOSAL = re.compile(r"^\S.{0,80}?\bindstiller\b", re.IGNORECASE)
#: "Borgmesteren foreslår, at …": the proposal's lead under the proposal's own label
#: ("Indstilling:"), where the proposer proposes rather than recommends.
_PROPOSES = re.compile(r"^\S.{0,80}?\bforeslår\b", re.IGNORECASE)
#: "Kommunalbestyrelsen traf beslutning i sagen.", "Beslutningen fremgår af den lukkede
#: protokol.": a closed item's public record of its decision, a line of its own.
_CLOSED_RECORD = re.compile(
    r"^(?:\S+\s+traf\s+beslutning\s+i\s+sagen|beslutningen\s+fremgår\s+af\s+(?:den\s+)?"
    r"lukkede\s+(?:protokol|referat|beslutningsprotokol))\b",
    re.IGNORECASE,
)
#: Sections that hold the case's text (the proposal may close any of them).
_TEXT_KEYS = frozenset({"tekst", "resume", "sagsfremstilling", "baggrund", "indstilling"})


def _paragraphs(text: str) -> list[list[str]]:
    """The text's paragraphs (runs of lines with text), each a list of its lines."""
    out: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line.strip())
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def _split_at(text: str, labelled: bool = False) -> tuple[str, str] | None:
    """(text up to the proposal, the outcome after it) where the text's last paragraphs
    (one or two, six lines at most, none a point of the proposal) follow a paragraph that
    opens with the proposal's lead; else None. ``labelled``: the text is the proposal's
    own section, whose lead may also be "… foreslår, at …"."""
    proposes = labelled and "foreslår" in text
    if "indstiller" not in text and not proposes:
        return None
    paras = _paragraphs(text)
    for tail in (1, 2):
        if len(paras) <= tail:
            return None
        proposal = paras[-tail - 1]
        if not any(
            _PROPOSAL.match(line) or (proposes and _PROPOSES.match(line)) for line in proposal[:2]
        ):
            continue
        rest = paras[-tail:]
        if sum(len(p) for p in rest) > 6 or any(PROPOSAL_POINT.match(p[0]) for p in rest):
            return None
        if any("indstiller" in line for p in rest for line in p):
            return None
        before = "\n\n".join("\n".join(p) for p in paras[:-tail])
        return before, "\n\n".join("\n".join(p) for p in rest)
    return None


def _closing_line(line: str) -> bool:
    """A paragraph's one line that closes an item as its outcome: a bare outcome ("Taget
    til efterretning."), a sentence stating one ("Forslaget blev forkastet med 2 stemmer
    for og 7 imod."), or a closed item's public record ("Udvalget traf beslutning i
    sagen.")."""
    if bare_outcome(line):
        return True
    return (
        len(line) <= 120
        and line[-1:] == "."
        and (outcome_line(line) or _CLOSED_RECORD.match(line) is not None)
    )


def _bare_closing(text: str) -> tuple[str, str] | None:
    """(text above, the outcome) where the text's last paragraph, after another one, is a
    single line closing the item as its outcome (see :func:`_closing_line`); else None."""
    paras = _paragraphs(text)
    if len(paras) < 2 or len(paras[-1]) != 1 or not _closing_line(paras[-1][0]):
        return None
    return "\n\n".join("\n".join(p) for p in paras[:-1]), paras[-1][0]


def proposal_outcomes(items: list[Item]) -> list[Item]:
    """``items`` with the paragraphs after each closing proposal made the item's decision
    (see the module docstring); as given where an item has a labelled decision or fewer
    than two items close with a proposal and a paragraph under it."""
    if any(sec.key == "beslutning" and sec.heading for it in items for sec in it.sections):
        return items
    found: dict[int, tuple[str, str]] = {}
    for k, it in enumerate(items):
        last = [sec for sec in it.sections if sec.key != "bilag"]
        if not last or last[-1] is not it.sections[-1] or last[-1].key not in _TEXT_KEYS:
            continue
        split = _split_at(last[-1].text, last[-1].key == "indstilling" and bool(last[-1].heading))
        if split is not None:
            found[k] = split
    if len(found) < 2:
        return items
    for k, it in enumerate(items):
        # the minutes close items with an unlabelled outcome: so does an item with no
        # proposal whose last paragraph is a bare outcome ("Meddelelser" / "Taget til
        # efterretning.")
        if k in found or any(sec.key == "beslutning" for sec in it.sections):
            continue
        last = [sec for sec in it.sections if sec.key != "bilag"]
        if last and last[-1] is it.sections[-1] and last[-1].key in _TEXT_KEYS:
            bare = _bare_closing(last[-1].text)
            if bare is not None:
                found[k] = bare
    out = list(items)
    for k, (before, decision) in found.items():
        it = items[k]
        sections = (
            *it.sections[:-1],
            replace(it.sections[-1], text=before),
            Section("beslutning", "", decision),
        )
        references = tuple(
            replace(r, section="beslutning") if r.text in decision else r for r in it.references
        )
        out[k] = replace(it, sections=sections, references=references)
    return out
