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

from analysis.parse import Line, heading_key

#: The section key of a decision label ("Beslutning", "Konklusion", "Referat" …).
_DECISION_KEY = "beslutning"


def _unquoted(text: str) -> str:
    return text[1:].lstrip(" >") if text[:1] == ">" else text


def unquote_decisions(lines: list[Line]) -> list[Line]:
    """``lines`` with each quoted run headed by a decision label alone written without its
    quote marks (line numbers kept); as they were where there is none."""
    out = lines
    k, n = 0, len(lines)
    while k < n:
        if lines[k].clean[:1] != ">":
            k += 1
            continue
        end = k
        while end < n and lines[end].clean[:1] == ">":
            end += 1
        first = _unquoted(lines[k].clean)
        key = heading_key(Line(lines[k].index, first, 0)) if len(first) <= 60 else None
        if key is not None and key[0] == _DECISION_KEY and end - k >= 2:
            if out is lines:
                out = list(lines)
            for j in range(k, end):
                out[j] = lines[j]._replace(clean=_unquoted(lines[j].clean))
        k = end
    return out


__all__ = ["unquote_decisions"]
