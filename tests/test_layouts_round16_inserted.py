"""Sixteenth round (fix34): an item inserted after another under its number and a letter
("12a. Title", a supplementary agenda's item) is an item, numbered as the one it follows."""

from __future__ import annotations

from analysis.evaluate import _item_number, _label_numbers
from analysis.layouts import parse_text
from analysis.layouts.headings import Head, chain


def _numbered(extra_heading: str) -> str:
    lines = ["Byrådet", "Referat - tirsdag den 09.09.2025 kl. 18.00", ""]
    for n, title in ((1, "Godkendelse af dagsorden"), (2, "Budget 2026"), (3, "Eventuelt")):
        lines += [f"{n}. {title}", f"Sagsnr. 25/{n}00", "", "Beslutning", "Godkendt.", ""]
        if n == 2:
            lines += [extra_heading, "Sagsnr. 25/777", "", "Beslutning", "Udsat.", ""]
    return "\n".join(lines)


def test_an_inserted_item_between_numbered_headings() -> None:
    meeting = parse_text(_numbered("2a. Tillægspunkt: Salg af grund"))
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budget 2026"),
        (2, "Tillægspunkt: Salg af grund"),
        (3, "Eventuelt"),
    ]
    assert meeting.items[2].case_number == "25/777"


def test_an_inserted_item_in_the_agenda_export() -> None:
    text = "\n".join(
        [
            "REFERAT Økonomiudvalget d. 01-09-2025",
            "Mødedato: Mandag d. 1. september 2025",
            "",
            "Punkt 1: Godkendelse af dagsorden",
            "Beslutning",
            "Godkendt.",
            "Punkt 1a: Ekstra punkt - Lån til skolebyggeri",
            "Beslutning",
            "Anbefales.",
            "Punkt 2: Eventuelt",
            "Beslutning",
            "Intet.",
        ]
    )
    meeting = parse_text(text)
    assert [it.number for it in meeting.items] == [1, 1, 2]
    assert not [w for w in meeting.warnings if "occurs twice" in w or "not 1.." in w]


def test_a_lettered_line_that_follows_no_such_item_is_no_item() -> None:
    """ "5a" after item 2 (a list in the text) does not follow item 5: not an item."""
    meeting = parse_text(_numbered("Sagen gælder:\n5a. Tillæg til kontrakten"))
    assert [it.number for it in meeting.items] == [1, 2, 3]


def test_chain_takes_an_inserted_heading_after_its_number() -> None:
    heads = [
        Head(0, 1, "A", evidence=2),
        Head(5, 2, "B", evidence=2),
        Head(9, 2, "C", evidence=2, inserted=True),
        Head(14, 3, "D", evidence=2),
    ]
    assert [h.pos for h in chain(heads)] == [0, 5, 9, 14]
    # a plain repeat of a number (not inserted, not written alike) is not taken
    plain = [*heads[:2], Head(9, 2, "C", evidence=2), heads[3]]
    assert [h.pos for h in chain(plain)] == [0, 5, 14]


def test_the_evaluator_numbers_a_label_12a_as_12() -> None:
    assert _item_number("12a") == 12
    assert _label_numbers([{"n": 12}, {"n": "12a"}, {"n": 13}]) == [12, 12, 13]
