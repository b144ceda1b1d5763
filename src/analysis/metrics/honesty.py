"""The honesty rules of every output, in one place.

Danish numbers (decimal comma, thousands dot), singular and plural, shares rounded to sum
to 100 % (largest remainder), a caution where a period rests on few meetings or items,
ties named as ties, no comparison with a year without data, missing shown as 'ikke
oplyst' and never as 0."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

import pandas as pd

from analysis.metrics.labels import join_da


def format_int_da(n: int) -> str:
    """An integer with Danish thousands separators: 1234 -> '1.234'."""
    return f"{int(n):,}".replace(",", ".")


#: How a value the minutes do not state is shown: never as 0.
MISSING_DA = "ikke oplyst"
#: A period resting on fewer meetings or items than this gets a caution line.
FEW_MEETINGS, FEW_ITEMS = 5, 20


def plural_da(n: int, singular: str, plural: str) -> str:
    """'1 punkt', '2 punkter', '1.234 punkter': the count with the right form."""
    return f"{format_int_da(n)} {singular if int(n) == 1 else plural}"


def format_decimal_da(value: float, digits: int = 1) -> str:
    """1234.5 -> '1.234,5': decimal comma, thousands dot."""
    text = f"{float(value):,.{digits}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_pct_da(share: float) -> str:
    """0.425 -> '43 %' (a share 0-1, rounded half up; shares of one whole: ``round_shares``)."""
    return f"{int(float(share) * 100 + 0.5)} %"


def is_missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def format_number_da(value: object, digits: int = 1) -> str:
    """Any number as Danish text: ints with a thousands dot, other floats with ``digits``
    decimals and a decimal comma; missing -> 'ikke oplyst'."""
    if is_missing(value) or (not isinstance(value, str) and pd.isna(value)):
        return MISSING_DA
    if isinstance(value, bool):
        return "ja" if value else "nej"
    number = float(value)  # type: ignore[arg-type]
    if number.is_integer() and not isinstance(value, float):
        return format_int_da(int(number))
    if number.is_integer() and digits == 0:
        return format_int_da(int(number))
    return format_decimal_da(number, digits)


def round_shares(counts: Iterable[float]) -> list[int]:
    """Whole percentages of ``counts`` that sum to exactly 100 (largest remainder).

    1, 7 -> 12, 88 (not 12 + 88 of independent rounding that may give 99 or 101); all
    zero -> all 0. Ties in the remainder go to the earlier count.
    """
    values = [max(float(c), 0.0) for c in counts]
    total = sum(values)
    if total <= 0:
        return [0] * len(values)
    exact = [100 * v / total for v in values]
    floors = [math.floor(e) for e in exact]
    rest = 100 - sum(floors)
    order = sorted(range(len(values)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:rest]:
        floors[i] += 1
    return floors


def share_pcts(df: pd.DataFrame, count: str, by: str | list[str]) -> pd.Series:
    """``round_shares`` of ``df[count]`` within each group ``by`` (same index as ``df``)."""
    out = pd.Series(0, index=df.index, dtype="int64")
    if df.empty:
        return out
    for _, group in df.groupby(by, sort=False):
        out.loc[group.index] = round_shares(group[count].fillna(0))
    return out


def is_thin(n_meetings: int, n_items: int) -> bool:
    """True when a period rests on fewer than 5 meetings or 20 items."""
    return int(n_meetings) < FEW_MEETINGS or int(n_items) < FEW_ITEMS


def caution(
    periods: Mapping[object, tuple[int, int]], noun: str = "år", max_named: int = 2
) -> str | None:
    """The caution line for periods (label -> (meetings, items)) with too little data.

    None when every period with meetings has at least 5 meetings and 20 items. Up to
    ``max_named`` thin periods are named with their numbers; more are counted ('3 af 4
    år'). One line of a slide's source area, about 90 characters.
    """
    thin = {p: mi for p, mi in periods.items() if mi[0] > 0 and is_thin(*mi)}
    if not thin:
        return None
    held = sum(1 for m, _ in periods.values() if m > 0)
    if len(thin) == 1:
        ((p, (m, i)),) = thin.items()
        meetings, items = plural_da(m, "møde", "møder"), plural_da(i, "punkt", "punkter")
        what = f"{p} bygger kun på {meetings} og {items}"
    elif len(thin) <= max_named:
        named = [
            f"{p} ({plural_da(m, 'møde', 'møder')}, {plural_da(i, 'punkt', 'punkter')})"
            for p, (m, i) in thin.items()
        ]
        what = join_da(named)
    else:
        limits = f"under {FEW_MEETINGS} møder eller {FEW_ITEMS} punkter"
        what = f"{len(thin)} af {held} {noun} har {limits}"
    return f"Få data: {what}; tolk tallene varsomt."


def leaders(counts: Mapping[str, float]) -> tuple[list[str], float]:
    """The keys sharing the largest count (a tie has several) and that count."""
    if not counts:
        return [], 0
    top = max(counts.values())
    return [k for k, v in counts.items() if v == top], top


def change_text(now: int, before: int | None) -> str | None:
    """'2 flere end året før', 'samme antal som året før'; None when the year before has
    no data (no comparison with a year without meetings)."""
    if before is None:
        return None
    diff = int(now) - int(before)
    if diff == 0:
        return "samme antal som året før"
    word = "flere" if diff > 0 else "færre"
    return f"{format_int_da(abs(diff))} {word} end året før"
