"""The source line of a chart as a value: corpus, years, n and what is left out.

Metrics compute it (``source``); charts render it (``charts.layout.source_lines``), so
nothing is parsed back from a string. ``Source.versions`` gives the text and ever shorter
forms of it (forums counted, municipalities cut) for a chart that has room for little.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from analysis.metrics.filters import select
from analysis.metrics.honesty import caution, format_int_da
from analysis.metrics.labels import (
    Forum,
    Tables,
    Years,
    _forums_by_municipality,
    danish_sort_key,
    join_da,
)


@dataclass(frozen=True)
class Source:
    """Where a chart's numbers come from.

    forums: forum names not listed under a municipality; municipalities: (municipality,
    its forums) when the selection spans more than one municipality; years: first and last
    year; n: the items counted; left_out: what was left out ('faste punkter'); caution:
    the small-numbers line (``honesty.caution``), printed below the source.
    """

    forums: tuple[str, ...] = ()
    municipalities: tuple[tuple[str, tuple[str, ...]], ...] = ()
    years: tuple[int, int] | None = None
    n: int = 0
    left_out: str | None = None
    caution: str | None = None

    @property
    def text(self) -> str:
        """'Kilde: Chefforum-referater 2022-2025, n = 33 punkter (uden faste punkter)'."""
        return next(self.versions())

    def __str__(self) -> str:
        return self.text

    def _line(self, corpus: str) -> str:
        span = ""
        if self.years:
            lo, hi = self.years
            span = f" {lo}" if lo == hi else f" {lo}-{hi}"
        unit = "punkt" if self.n == 1 else "punkter"
        note = f" (uden {self.left_out})" if self.left_out else ""
        return f"Kilde: {corpus}{span}, n = {format_int_da(self.n)} {unit}{note}"

    def versions(self) -> Iterator[str]:
        """The full text, then ever shorter forms: forums counted per municipality ('20
        fora i A, B og C'), municipalities cut ('A og 4 andre kommuner'), entries cut
        ('A, B og 6 andre'). Span, n and what is left out are always kept."""
        entries = [f"{m} ({', '.join(fs)})" for m, fs in self.municipalities] + list(self.forums)
        if not entries:
            yield self._line("referater")
            return
        if len(entries) == 1 and not self.municipalities:
            yield self._line(f"{entries[0]}-referater")
            return
        yield self._line("referater fra " + join_da(entries))
        if self.municipalities and not self.forums:
            names = [m for m, _ in self.municipalities]
            n_fora = sum(len(fs) for _, fs in self.municipalities)
            fora = f"{n_fora} fora i " if n_fora > len(names) else ""
            for k in range(len(names), 0, -1):
                rest = len(names) - k
                more = [f"{rest} {_other(rest, 'kommune', 'kommuner')}"] if rest else []
                yield self._line(f"referater fra {fora}{join_da([*names[:k], *more])}")
        for k in range(len(entries) - 1, 0, -1):
            rest = len(entries) - k
            yield self._line(f"referater fra {join_da([*entries[:k], f'{rest} {_other(rest)}'])}")


def _other(n: int, noun: str = "", plural: str = "") -> str:
    """'anden kommune' / 'andre kommuner' (or just 'anden' / 'andre')."""
    word = "anden" if n == 1 else "andre"
    noun = noun if n == 1 else plural
    return f"{word} {noun}" if noun else word


def source(
    tables: Tables, forum: Forum = None, years: Years = None, include_standing: bool = True
) -> Source:
    """The source of a chart over the selection, with its caution line.

    Several municipalities list each with its forums; ``include_standing=False`` counts
    the items without the standing ones and says so. The caution names the years with
    fewer than 5 meetings or 20 items (``honesty.caution``). In: meetings (forum,
    municipality, year), items.
    """
    sel = select(tables, forum, years, include_standing)
    meetings, items = sel["meetings"], sel["items"]
    forums = sorted(meetings["forum"].dropna().astype(str).unique(), key=danish_sort_key)
    by_municipality = _forums_by_municipality(meetings)
    munis: tuple[tuple[str, tuple[str, ...]], ...] = ()
    if len(by_municipality) > 1:
        munis = tuple((m, tuple(fs)) for m, fs in by_municipality.items())
        named = {f for _, fs in munis for f in fs}
        forums = [f for f in forums if f not in named]
    yrs = meetings["year"].dropna().astype(int)
    span = (int(yrs.min()), int(yrs.max())) if len(yrs) else None
    per_year = meetings.groupby("year")["meeting_id"].nunique()
    year_of = meetings.set_index("meeting_id")["year"]
    item_years = items["meeting_id"].map(year_of).value_counts()
    periods = {int(y): (int(m), int(item_years.get(y, 0))) for y, m in per_year.items()}
    return Source(
        forums=tuple(forums),
        municipalities=munis,
        years=span,
        n=len(items),
        left_out=None if include_standing else "faste punkter",
        caution=caution(dict(sorted(periods.items()))),
    )


def source_line(
    tables: Tables, forum: Forum = None, years: Years = None, include_standing: bool = True
) -> str:
    """The text of ``source``: 'Kilde: Chefforum-referater 2022-2025, n = 33 punkter'."""
    return source(tables, forum, years, include_standing).text
