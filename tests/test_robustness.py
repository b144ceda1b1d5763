"""Bad input loses nothing: the parser never raises on arbitrary or mangled minutes."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import config
from analysis.pipeline import parse_bytes

from .conftest import SEEDS as SEEDS_DIR

SEEDS = sorted(p for p in SEEDS_DIR.iterdir() if p.is_file())
SEED_LINES = [p.read_text(encoding="utf-8").split("\n") for p in SEEDS]


def _check(result) -> None:
    row = result.manifest
    assert row["status"] in ("ok", "warning", "rejected")
    assert 0.0 <= row["coverage"] <= 1.0
    if row["status"] == "rejected":
        assert row["message"] and result.tables is None
    else:
        items = result.tables["items"]
        assert items["item_id"].is_unique
        assert row["n_items"] == len(items)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000), st.sampled_from([".txt", ".md", ".html", ".docx", ".pdf"]))
def test_arbitrary_bytes_never_raise(data: bytes, suffix: str) -> None:
    _check(parse_bytes(data, f"albertslund/x{suffix}"))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_text_never_raises(text: str) -> None:
    _check(parse_bytes(text.encode("utf-8"), "albertslund/x.txt"))


@st.composite
def mutated_minutes(draw) -> str:
    """A seed with lines deleted, duplicated, swapped, cut or replaced by junk."""
    lines = list(draw(st.sampled_from(SEED_LINES)))
    rnd = random.Random(draw(st.integers(0, 2**32 - 1)))
    for _ in range(draw(st.integers(1, 12))):
        op = rnd.choice(["delete", "duplicate", "swap", "junk", "truncate", "case"])
        i = rnd.randrange(len(lines)) if lines else 0
        if not lines:
            break
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = rnd.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "junk":
            lines[i] = draw(st.text(max_size=80))
        elif op == "truncate":
            lines = lines[: max(1, i)]
        else:
            lines[i] = lines[i].upper()
    return "\n".join(lines)


@settings(max_examples=200, deadline=None)
@given(mutated_minutes())
def test_mutated_minutes_never_raise(text: str) -> None:
    _check(parse_bytes(text.encode("utf-8"), "albertslund/x.md"))


def test_huge_text_file_is_rejected_unread() -> None:
    seed = SEEDS[0].read_bytes()
    data = seed * (50 * 1024 * 1024 // len(seed) + 1)  # about 50 MB of minutes text
    assert len(data) > config.MAX_TEXT_BYTES
    result = parse_bytes(data, "albertslund/alle referater i én fil.txt")
    assert result.manifest["status"] == "rejected"
    assert "MB" in result.manifest["message"]
    assert result.manifest["size_bytes"] == len(data)


@pytest.mark.parametrize("prefix", [b"\xef\xbb\xbf", b""])
@pytest.mark.parametrize("newline", [b"\r\n", b"\n"])
def test_bom_and_crlf_give_the_same_tables(prefix: bytes, newline: bytes) -> None:
    seed = SEEDS[0].read_bytes()
    variant = prefix + seed.replace(b"\n", newline)
    a, b = parse_bytes(seed, "albertslund/a.txt"), parse_bytes(variant, "albertslund/a.txt")
    assert a.manifest["coverage"] == b.manifest["coverage"] == 1.0
    for name in ("items", "sections", "recommendations", "attachments", "references"):
        assert a.tables[name].equals(b.tables[name]), name
