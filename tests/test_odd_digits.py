"""Characters ``str.isdigit`` accepts but ``int`` does not ("²", "①") never stop a parse.

A superscript or circled figure alone on a line (a footnote's mark left by a PDF export) or
in a table cell passed ``isdigit`` tests before an ``int()``; the ValueError rejected the
whole file as a parser failure. Each case below was rejected before the fix.
"""

from __future__ import annotations

import pytest

from analysis import dates
from analysis.parse import parse_case_history
from analysis.pipeline import parse_bytes

from .conftest import ROOT, SEEDS

FIXTURES = ROOT / "tests" / "fixtures" / "layouts" / "raw"
SEED_TEXT = (SEEDS / "chefforum-2023-10-12.txt").read_text(encoding="utf-8")


def _parsed(text: str, name: str) -> dict[str, object]:
    result = parse_bytes(text.encode("utf-8"), name)
    assert result.records is not None, result.manifest["message"]
    return result.manifest


@pytest.mark.parametrize("mark", ["²", "①", "³²", "1²"])
def test_a_footnote_mark_alone_on_the_last_line(mark: str) -> None:
    plain = _parsed(SEED_TEXT, "chefforum-2023-10-12.txt")
    marked = _parsed(f"{SEED_TEXT.rstrip()}\n{mark}\n", "chefforum-2023-10-12.txt")
    assert marked["n_items"] == plain["n_items"]


def test_a_footnote_mark_alone_between_the_contents_lines() -> None:
    path = FIXTURES / "generic-bogstavdele-aabne-sager-til-beslutning-bemaerkning-under-indhold.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = len(lines) // 3
    text = "\n".join([*lines[:at], "²", "", "", *lines[at:]])
    assert _parsed(text, path.name)["n_items"] > 0


def test_a_superscript_in_a_case_history_number_cell() -> None:
    (entry,) = parse_case_history("Økonomiudvalget\t03-10-2023\t1²\tAnbefales")
    assert entry.item_number is None
    assert entry.decision == "1² Anbefales"
    (entry,) = parse_case_history("Økonomiudvalget\t03-10-2023\t5\tAnbefales")
    assert (entry.item_number, entry.decision) == (5, "Anbefales")


def test_a_superscript_year_is_no_year() -> None:
    assert dates._year_words("²") is None
    assert dates._year_words("2017") == 2017
