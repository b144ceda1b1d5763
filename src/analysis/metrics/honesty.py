"""The honesty rules of every output, in one place.

Danish numbers (decimal comma, thousands dot), singular and plural, shares rounded to sum
to 100 % (largest remainder), a caution where a period rests on few meetings or items,
ties named as ties, no comparison with a year without data, missing shown as 'ikke
oplyst' and never as 0."""

from __future__ import annotations


def format_int_da(n: int) -> str:
    """An integer with Danish thousands separators: 1234 -> '1.234'."""
    return f"{int(n):,}".replace(",", ".")

