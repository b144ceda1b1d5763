"""Mojibake (UTF-8 read as Windows-1252) repaired where it provably is that (pure)."""

from __future__ import annotations

from analysis.read import read_bytes
from analysis.read.mojibake import repair_mojibake


def test_pairs_are_repaired() -> None:
    assert repair_mojibake("BYRÃ…DET - REFERAT") == ("BYRÅDET - REFERAT", 1)
    assert repair_mojibake("Ã†ndring af vedtÃ¦gt") == ("Ændring af vedtægt", 2)
    assert repair_mojibake("Ã˜konomiudvalget, Â§ 17") == ("Økonomiudvalget, § 17", 2)


def test_other_text_is_left_as_printed() -> None:
    for text in ("Tønder Rådhus", "SÃO PAULO", "Byradssalen", "GodkendeIse af dagsorden", "Ã"):
        assert repair_mojibake(text) == (text, 0)


def test_reader_repairs_and_says_so() -> None:
    doc = read_bytes("Mødet i ByrÃ¥det, Tønder\n".encode(), ".txt")
    assert doc.text.startswith("Mødet i Byrådet, Tønder")
    assert any("wrong encoding" in w for w in doc.warnings)
    plain = read_bytes("Mødet i Byrådet\n".encode(), ".txt")
    assert not any("wrong encoding" in w for w in plain.warnings)


def test_punctuation_triples_are_repaired() -> None:
    # En dash, quotes, euro sign and bullet are three UTF-8 bytes, lead byte E2 ("â").
    assert repair_mojibake("Punkt 4 â€“ Budget") == ("Punkt 4 – Budget", 1)
    assert repair_mojibake("â€œHavnefestâ€\x9d koster â‚¬ 200") == ("“Havnefest” koster € 200", 3)
    assert repair_mojibake("â€¢ Orientering") == ("• Orientering", 1)


def test_french_letters_are_not_triples() -> None:
    for text in ("château, crème brûlée", "â€ alone", "Ângela"):
        assert repair_mojibake(text) == (text, 0)
