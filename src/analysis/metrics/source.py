"""The source line of a chart as a value: corpus, years, n and what is left out.

Metrics compute it (``source``); charts render it (``charts.layout.source_lines``), so
nothing is parsed back from a string."""

from __future__ import annotations

from analysis.metrics.filters import (
    select,
)
from analysis.metrics.honesty import (
    format_int_da,
)
from analysis.metrics.labels import (
    Forum,
    Tables,
    Years,
    _forums_by_municipality,
    danish_sort_key,
    join_da,
)


def source_line(
    tables: Tables, forum: Forum = None, years: Years = None, include_standing: bool = True
) -> str:
    """The source line every chart carries, computed from the selected data.

    E.g. 'Kilde: Chefforum-referater 2022-2025, n = 33 punkter'; several forums give
    'Kilde: referater fra Chefforum og Økonomiudvalget …'; ``include_standing=False``
    counts the items without the standing ones and says so. meetings: forum, year; items.
    """
    sel = select(tables, forum, years, include_standing)
    meetings, n = sel["meetings"], len(sel["items"])
    forums = sorted(meetings["forum"].dropna().astype(str).unique(), key=danish_sort_key)
    by_municipality = _forums_by_municipality(meetings)
    if len(by_municipality) > 1:
        named = {f for names in by_municipality.values() for f in names}
        what = "referater fra " + join_da(
            [f"{muni} ({', '.join(names)})" for muni, names in by_municipality.items()]
            + [f for f in forums if f not in named]
        )
    elif len(forums) == 1:
        what = f"{forums[0]}-referater"
    elif forums:
        what = "referater fra " + join_da(forums)
    else:
        what = "referater"
    yrs = meetings["year"].dropna().astype(int)
    span = ""
    if len(yrs):
        lo, hi = int(yrs.min()), int(yrs.max())
        span = f" {lo}" if lo == hi else f" {lo}-{hi}"
    unit = "punkt" if n == 1 else "punkter"
    note = "" if include_standing else " (uden faste punkter)"
    return f"Kilde: {what}{span}, n = {format_int_da(n)} {unit}{note}"


