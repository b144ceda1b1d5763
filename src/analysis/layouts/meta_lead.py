"""The lead fields of a meta line parted by bars or middle dots.

"Vejle Kommune | Referat | Mødedato: 3. april 2025 | Kl. 16:00 | Byrådssalen": a
publishing system's one-line header names the kommune and the kind of document before the
date (labelled "Mødedato:" or "Dato:"). Those lead fields are no part of the date's field,
so the date opens the line once they are read off and the place after it is found as in
"3. april 2025 · Byrådssalen".
"""

from __future__ import annotations

import re

from analysis.municipalities import municipality_in

#: "Referat", "Dagsorden", "Beslutningsprotokol" alone as a field.
#: ("Dagsorden med beslutninger": an agenda with its decisions, minutes)
_KIND_FIELD = re.compile(
    r"^((?:referat|dagsorden|beslutningsprotokol)(?:\s+med\s+beslutning(?:er)?)?)$", re.I
)
#: "Mødedato: 4. marts 2025", "Dato: 04-03-2025": the date's field label.
_DATE_LABEL = re.compile(r"^(?:møde)?dato\s*:\s*(?=\d)", re.I)


def read_lead_fields(text: str) -> tuple[str, str | None, str | None]:
    """(the line from its date's field on, the kommune named, the kind named) of a line of
    fields parted by " · "; the line as it was when no lead field comes before a labelled
    date."""
    if "ato" not in text and "ATO" not in text:  # cheap: only a labelled date field is read so
        return text, None, None
    parts = text.split(" · ")
    municipality = kind = None
    for k, part in enumerate(parts):
        field = part.strip()
        if _DATE_LABEL.match(field):
            if k == 0:
                return text, None, None
            rest = [_DATE_LABEL.sub("", field), *parts[k + 1 :]]
            return " · ".join(rest), municipality, kind
        if m := _KIND_FIELD.match(field):
            kind = kind or m.group(1).lower()
        elif field.endswith(("Kommune", "KOMMUNE")) and municipality is None:
            municipality = municipality_in(field)
            if municipality is None:
                break
        else:
            break
    return text, None, None
