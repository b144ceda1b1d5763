"""``tables.joined_by_key``: the Arrow path equals the plain Python one."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from analysis import tables


def _plain(keys, values, sep: str) -> pd.Series:
    groups: dict[object, list[str]] = {}
    for key, value in zip(keys, values, strict=True):
        groups.setdefault(key, []).append(str(value))
    return pd.Series([sep.join(v) for v in groups.values()], index=list(groups), dtype=object)


def _strings(n: int, seed: int) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    keys = [
        rng.choice(["08.00.00-A00-1-24", "b", "æøå", "", "x y"]) + str(rng.randrange(30))
        for _ in range(n)
    ]
    values = [rng.choice(["Budget", "", "Møde | punkt", "2024-01-03", "none"]) for _ in range(n)]
    return keys, values


@pytest.mark.parametrize("dtype", ["object", "string", "str"])
@pytest.mark.parametrize("sep", [";", " | "])
def test_joined_by_key_in_arrow_equals_the_plain_join(dtype: str, sep: str) -> None:
    keys, values = _strings(500, 0)
    k, v = pd.Series(keys, dtype=dtype), pd.Series(values, dtype=dtype)
    assert tables._joined_in_arrow(k, v, sep) is not None
    pd.testing.assert_series_equal(tables.joined_by_key(k, v, sep), _plain(k, v, sep))


@pytest.mark.parametrize(
    "keys, values",
    [
        (pd.Series(["a", None, "a"], dtype=object), pd.Series(["1", "2", "3"])),
        (pd.Series(["a", "b", "a"]), pd.Series(["1", None, "3"], dtype=object)),
        (pd.Series(["a", "b", "a"]), pd.Series([1, 2, 3])),
        (pd.Series(["a", "b", "a"]), pd.Series([True, False, True])),
        (pd.Series(["a", "b", "a"]), pd.Series(["\ud800", "x", "y"], dtype=object)),
        (pd.Series([], dtype=object), pd.Series([], dtype=object)),
        (["a", "b", "a"], ["1", "2", "3"]),
    ],
)
def test_joined_by_key_takes_the_plain_way_for_anything_else(keys, values) -> None:
    assert tables._joined_in_arrow(keys, values, ";") is None
    pd.testing.assert_series_equal(
        tables.joined_by_key(keys, values, ";"), _plain(keys, values, ";")
    )
