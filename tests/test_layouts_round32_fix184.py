"""Round thirty-two (layouts184: regions, KKR, Greenland's bilingual minutes, I/S boards,
beredskabskommissioner): small rules."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.groups import _bare_group
from analysis.layouts.headings import (
    _GREENLANDIC_ITEM_WORD,
    _SECOND_LANGUAGE_WORD,
    _URGENT_MARKED,
    _form,
)
from analysis.parse import Line, match_case_number, split_title


def _lines(*texts: str) -> list[Line]:
    return [Line(k, t, 0) for k, t in enumerate(texts)]


def test_item_class_before_the_title_is_no_part_of_it():
    assert (
        split_title("(A-sag) Investering i sorteringsanlæg")[0] == "Investering i sorteringsanlæg"
    )
    assert split_title("(B-sag) Driftsorientering")[0] == "Driftsorientering"
    assert split_title("(B-punkt) Meddelelser")[0] == "Meddelelser"
    # a title that opens with its own bracket keeps it
    assert split_title("(Revideret) Budget 2025")[0] == "(Revideret) Budget 2025"


def test_greenlandic_item_word_reads_as_punkt():
    assert _GREENLANDIC_ITEM_WORD.sub("Punkt", "Immikkoortoq 04") == "Punkt 04"
    assert _GREENLANDIC_ITEM_WORD.sub("Punkt", "Oqaluuserisassaq 2") == "Punkt 2"
    # the word without a number is a word of the text
    assert _GREENLANDIC_ITEM_WORD.sub("Punkt", "Immikkoortoq tulleq") == "Immikkoortoq tulleq"


def test_second_language_word_with_its_own_number():
    assert _SECOND_LANGUAGE_WORD.sub("", "Oqaluuserisassaq 3 / Punkt 3") == "Punkt 3"
    assert _SECOND_LANGUAGE_WORD.sub("", "Oqaluuserisassaq / Punkt 01") == "Punkt 01"
    assert _form("Oqaluuserisassaq 8 / Punkt 8") == _form("Punkt 9") == "punkt "


def test_urgent_mark_after_the_number_leaves_the_title_to_the_next_line():
    assert _URGENT_MARKED.sub(r"\g<word>", "Punkt 9 (hastesag)") == "Punkt 9"
    assert _URGENT_MARKED.sub(r"\g<word>", "Pkt. 12 (tillægspunkt)") == "Pkt. 12"
    # a title in brackets stays
    assert _URGENT_MARKED.sub(r"\g<word>", "Punkt 9 (Budget)") == "Punkt 9 (Budget)"


def test_second_language_case_label():
    assert match_case_number("Suliap normua / Sagsnr.: 2024-0377") == "2024-0377"
    assert match_case_number("Suliap normua / J.nr. 06.00.00-2022-118") == "06.00.00-2022-118"
    # a sentence with a slash is no case line
    assert match_case_number("Status / Sagsnr. ukendt") is None


def test_bare_purpose_under_the_decision_label_is_the_outcome():
    lines = _lines("Aalajangiineq / Beslutning", "", "Til efterretning", "")
    assert not _bare_group(lines, 2)
    lines = _lines("Beslutning", "Til efterretning", "")
    assert not _bare_group(lines, 1)
    # standing apart under an item's text it is the group's heading still
    lines = _lines("Sagen er behandlet.", "", "Til efterretning", "", "5. Meddelelser")
    assert _bare_group(lines, 2)


def _type(text: str, forum: str = "Bestyrelsen") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


def test_no_news_under_the_standing_point_is_none():
    assert _type("Der var ingen meddelelser.") == "none"
    assert _type("Der var ingen henvendelser.") == "none"
    assert _type("Der var ingen meddelelser, men formanden orienterede om mødeplanen.") != "none"
