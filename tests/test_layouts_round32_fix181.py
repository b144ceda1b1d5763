"""Thirty-second round (minutes damaged by PDF extraction): the rules' edges."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, refusal_replaced
from analysis.layouts.margin_numbers import margin_numbers_off
from analysis.layouts.number_under_title import bare_numbers_right_of_titles
from analysis.parse import join_wrapped, match_case_number


def _numbered(lines: list[str]) -> str:
    return "\n".join(f"{k:>3}  {line}".rstrip() for k, line in enumerate(lines, start=1))


_PAGE = [
    "Punkt 1.",
    "Godkendelse af dagsorden",
    "Beslutning:",
    "Godkendt.",
    "",
    "Punkt 2.",
    "Budget 2022",
    "Beslutning:",
    "Udsat.",
]


def test_margin_numbers_blanked_keeping_lines() -> None:
    text = _numbered(_PAGE)
    out = margin_numbers_off(text)
    assert out.count("\n") == text.count("\n")
    assert [line.strip() for line in out.split("\n")] == _PAGE


def test_every_fifth_line_numbered() -> None:
    lines = [f"     Linje {k} af teksten." for k in range(1, 31)]
    lines[9] = "     Beslutning"
    for k in range(5, 31, 5):
        lines[k - 1] = str(k) + lines[k - 1][len(str(k)) :]
    lines[14] = "15"  # (a blank line's number alone)
    out = margin_numbers_off("\n".join(lines)).split("\n")
    assert out[4].strip() == "Linje 5 af teksten."
    assert out[14] == ""


def test_contents_list_keeps_its_numbers() -> None:
    # one number a line, rising with the lines, but no number alone and no section label
    text = "\n".join(f"{k}   Titel nummer {k}" for k in range(1, 9))
    assert margin_numbers_off(text) == text


def test_numbers_that_do_not_count_lines_stay() -> None:
    lines = [f"{n}  Beslutning" for n in (3, 9, 4, 12, 2, 30, 7)]
    text = "\n".join(lines)
    assert margin_numbers_off(text) == text


_ROWS = (
    "Godkendelse af dagsorden                         1\n"
    "Beslutning\nGodkendt.\n\n"
    "Plan for stier 2021-2024                         2\n"
    "Sagsnr.: 21/1200\nBeslutning\nUdsat.\n"
)


def test_bare_number_flush_right_is_the_items() -> None:
    out = bare_numbers_right_of_titles(_ROWS).split("\n")
    assert out[0] == "1. Godkendelse af dagsorden"
    assert out[4] == "2. Plan for stier 2021-2024"


def test_bare_numbers_need_a_field_under_and_a_count() -> None:
    contents = "Godkendelse af dagsorden       2\nBudget 2022       3\nEventuelt       3\n"
    assert bare_numbers_right_of_titles(contents) == contents
    skipping = _ROWS.replace("  2\n", "  5\n")
    assert bare_numbers_right_of_titles(skipping) == skipping


def test_abbreviated_case_id_label() -> None:
    assert match_case_number("Sagsid.: 11/1983") == "11/1983"
    assert match_case_number("Sags-ID.: 24/50") == "24/50"


def test_number_range_broken_after_its_hyphen() -> None:
    assert join_wrapped("Strategi 2023-", "2026") == "Strategi 2023-2026"
    assert join_wrapped("Kultur-", "og Fritidsudvalget") == "Kultur- og Fritidsudvalget"


def test_refusal_replaced_by_a_decision() -> None:
    text = "Indstillingen blev ikke godkendt. Udvalget besluttede i stedet, at sagen genoptages."
    types = [t for t, _ in classify_decision(text)]
    assert "rejected" in types
    assert "rejected" not in refusal_replaced(types, text)
    plain = "Indstillingen blev ikke godkendt. Udvalget besluttede at orientere borgerne."
    kept = [t for t, _ in classify_decision(plain)]
    assert refusal_replaced(kept, plain) == kept
