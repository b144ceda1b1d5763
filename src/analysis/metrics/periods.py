"""Period binning: months, quarters or years, and the sums, counts and means per period
that large-corpus charts draw. Charts call these; they bin nothing themselves."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

#: Periods, finest first: pandas period code, Danish noun, its plural.
PERIODS: tuple[tuple[str, str, str], ...] = (
    ("M", "måned", "måneder"),
    ("Q", "kvartal", "kvartaler"),
    ("Y", "år", "år"),
)
#: Most periods a chart's axis holds before a coarser period is used.
MAX_PERIODS = 60

MONTHS_SHORT_DA = (
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "maj",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
)


def period_code(dates: pd.Series, max_columns: int = MAX_PERIODS) -> str:
    """'M', 'Q' or 'Y': the finest period giving at most ``max_columns`` periods from the
    first to the last date (years when even those are more)."""
    dates = pd.to_datetime(dates).dropna()
    if dates.empty:
        return "Y"
    for code, _, _ in PERIODS:
        span = pd.period_range(dates.min().to_period(code), dates.max().to_period(code))
        if len(span) <= max_columns:
            return code
    return "Y"


def period_noun(code: str, plural: bool = False) -> str:
    """'måned', 'kvartal', 'år' (or the plural)."""
    return next((pl if plural else n) for c, n, pl in PERIODS if c == code)


def period_label(period: pd.Period) -> str:
    """Danish column label of a period: 'jan. 2024', 'K1 2024' or '2024'."""
    code = period.freqstr[0]
    if code == "M":
        return f"{MONTHS_SHORT_DA[period.month - 1]} {period.year}"
    if code == "Q":
        return f"K{period.quarter} {period.year}"
    return str(period.year)


def periods_between(lo: object, hi: object, code: str) -> pd.PeriodIndex:
    """Every period from the one holding ``lo`` to the one holding ``hi``."""
    return pd.period_range(pd.Timestamp(lo).to_period(code), pd.Timestamp(hi).to_period(code))


def grid(
    df: pd.DataFrame,
    rows: str,
    columns: str,
    values: str | None,
    row_order: Sequence[object],
    column_order: Sequence[object],
) -> pd.DataFrame:
    """``values`` summed (or rows counted, ``values=None``) per ``rows`` × ``columns``, in
    the given orders; a combination without rows is NaN (the caller decides whether that
    is 0 or 'no data')."""
    if values is None:
        table = df.groupby([rows, columns], observed=True).size()
    else:
        table = df.groupby([rows, columns], observed=True)[values].sum()
    return table.unstack(columns).reindex(index=list(row_order), columns=list(column_order))


def per_period(
    df: pd.DataFrame, date: str, code: str, periods: pd.PeriodIndex | None = None
) -> tuple[pd.DataFrame, pd.PeriodIndex]:
    """``df`` with a 'period' column (``code``) and the periods of its span (or
    ``periods``)."""
    dates = pd.to_datetime(df[date])
    out = df.assign(period=dates.dt.to_period(code))
    if periods is None:
        periods = periods_between(dates.min(), dates.max(), code)
    return out, periods


def mean_per_period(
    df: pd.DataFrame, group: str, date: str, value: str, max_columns: int = MAX_PERIODS
) -> tuple[pd.DataFrame, str, pd.PeriodIndex]:
    """The mean of ``value`` per ``group`` and period (month, quarter or year, the finest
    giving at most ``max_columns`` periods over the dates), rows with a null value left
    out. Out: (frame with group, period, mean, size over every group × period, null mean
    where a period has no such rows; the period code; the periods)."""
    dated = df[pd.to_datetime(df[date]).notna().to_numpy()]
    code = period_code(dated[date], max_columns)
    binned, periods = per_period(dated, date, code)
    binned = binned[binned[value].notna()]
    stats = binned.groupby([group, "period"], observed=True)[value].agg(["mean", "size"])
    groups = sorted(set(dated[group]))
    index = pd.MultiIndex.from_product([groups, periods], names=[group, "period"])
    out = stats.reindex(index).reset_index()
    out["size"] = out["size"].fillna(0).astype("int64")
    return out, code, periods


def distinct_per_period(binned: pd.DataFrame, column: str, periods: pd.PeriodIndex) -> pd.Series:
    """Distinct values of ``column`` (e.g. meetings) per period of a ``per_period`` frame,
    every period listed (0 where none)."""
    return binned.groupby("period", observed=True)[column].nunique().reindex(periods, fill_value=0)
