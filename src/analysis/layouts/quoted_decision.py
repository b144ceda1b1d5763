"""A decision set off as a quote under its label (pure, on the prepared lines).

Wiki and markdown notes (a Teams or Confluence page saved as markdown) often set an item's
decision off as a block quote, its label alone on the quote's first line::

    > **Konklusion**
    > Godkendt med bemærkning om …

The quote's mark hides the label from the section reader, so such a run of quoted lines
is read without its marks: the label then heads the item's decision section as if the
block had been typed plainly. Only a run whose first line is a decision label alone is
unquoted: a quoted remark, a mail's quoted text or quoted meeting facts stay as written
(see ``quoted_mail`` and ``text.unquote_meta`` for those).
"""

from __future__ import annotations

import re

from analysis.parse import Line, heading_key

#: The section key of a decision label ("Beslutning", "Konklusion", "Referat" …).
_DECISION_KEY = "beslutning"


def _unquoted(text: str) -> str:
    return text[1:].lstrip(" >") if text[:1] == ">" else text


def unquote_decisions(lines: list[Line]) -> list[Line]:
    """``lines`` with each quoted run headed by a decision label alone written without its
    quote marks (line numbers kept); as they were where there is none."""
    out = lines
    runs = _quoted_runs(lines)
    for k, end in runs:
        first = _unquoted(lines[k].clean)
        key = heading_key(Line(lines[k].index, first, 0)) if len(first) <= 60 else None
        if key is not None and key[0] == _DECISION_KEY and end - k >= 2:
            if out is lines:
                out = list(lines)
            for j in range(k, end):
                out[j] = lines[j]._replace(clean=_unquoted(lines[j].clean))
    return out if out is not lines else _unlabelled_quotes(lines, runs)


#: A quote's first words before a dash or a colon ("Beslutning – …"): a label run in?
_LEAD = re.compile(r"^[*_ ]*([^*_:–—-]{2,30}?)[*_ ]*\s[–—-]\s")
#: Quoted runs with no label before an item's quotes are read as its outcomes.
_MIN_UNLABELLED = 3


def _quoted_runs(lines: list[Line]) -> list[tuple[int, int]]:
    """The (start, end) of each run of quoted lines."""
    runs: list[tuple[int, int]] = []
    k, n = 0, len(lines)
    while k < n:
        if lines[k].clean[:1] != ">":
            k += 1
            continue
        end = k
        while end < n and lines[end].clean[:1] == ">":
            end += 1
        runs.append((k, end))
        k = end
    return runs


def _unlabelled_quotes(lines: list[Line], runs: list[tuple[int, int]]) -> list[Line]:
    """A markdown note whose every item's outcome is a quote with no label (``**9.10-9.50**
    **2. Title**`` / ``Ansvarlig: …`` / ``> Godkendt.``): each quoted run led by the
    decision label and unquoted, as if typed ``Beslutning: Godkendt.``; as they were
    unless ``runs`` (those of :func:`_quoted_runs`) are ``_MIN_UNLABELLED`` or more and
    none opens with a label or a field ("> **Beslutning** – …", "> Sted: …": a labelled
    note's quotes, or quoted meeting facts)."""
    # a note app's callout ("> [!info] Forrige møde", "> [!warning] Uafklaret") is a boxed
    # note of the kind it names, never an outcome: its decision callouts were read already
    # (``read.text.note_app_markup``)
    runs = [(k, end) for k, end in runs if not _unquoted(lines[k].clean).startswith("[!")]
    if len(runs) < _MIN_UNLABELLED or _labels_outside(lines, runs):
        return lines
    inline: set[int] = set()
    for k, _ in runs:
        first = _unquoted(lines[k].clean)
        if first and ":" in first[:25] and _inline_decision(lines[k].index, first):
            inline.add(k)  # "> Beslutning: …": an outcome quoted as the others, its label in
            continue
        if not first or ":" in first[:25]:
            return lines  # (a label, or a quoted field: not bare outcomes)
        head = _LEAD.match(first)
        if head and heading_key(Line(lines[k].index, f"{head.group(1)}:", 0)) is not None:
            return lines  # ("> **Beslutning** – Godkendt.": a label run in with a dash)
    if len(runs) - len(inline) < _MIN_UNLABELLED - 1:
        return lines  # (quotes labelled, most of them: the note labels its outcomes)
    out = list(lines)
    for k, end in runs:
        first = _unquoted(lines[k].clean)
        # ("> Beslutning: Udvalget fordelte puljen …" among the bare ones: labelled already)
        labelled = k in inline
        out[k] = lines[k]._replace(clean=first if labelled else f"Beslutning: {first}")
        for j in range(k + 1, end):
            out[j] = lines[j]._replace(clean=_unquoted(lines[j].clean))
    return out


def _inline_decision(index: int, first: str) -> bool:
    """``first`` (a quote's first line) opens with the decision label and its text on the
    line ("Beslutning: Udvalget fordelte puljen …")."""
    label, _, said = first.partition(":")
    key = heading_key(Line(index, f"{label.strip(' *_')}:", 0))
    return key is not None and key[0] == _DECISION_KEY and bool(said.strip())


def _labels_outside(lines: list[Line], runs: list[tuple[int, int]]) -> bool:
    """Whether a decision label stands alone outside the quotes (``**Konklusion**`` over
    each item's outcome): the note labels its decisions, so its quotes are what it quotes
    (a member's proposal in its own words, a note under the header), no bare outcomes.
    A label may name the forum and the date ("Klima-, Teknik- og Miljøudvalgets beslutning
    den 04-02-2025" over "> Godkendt."): up to 90 characters, a prose line's length past it."""
    quoted = {j for k, end in runs for j in range(k, end)}
    for k, line in enumerate(lines):
        text = line.clean
        if k in quoted or not text or len(text) > 90 or text[:1] in "->":
            continue
        key = heading_key(Line(line.index, text, 0))
        if key is not None and key[0] == _DECISION_KEY:
            return True
    return False


__all__ = ["unquote_decisions"]
