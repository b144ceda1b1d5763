"""Zero-width characters removed and Unicode hyphens made "-" at the readers' shared exit."""

from __future__ import annotations

from analysis.read import read_bytes


def test_zero_width_characters_go_in_text_files() -> None:
    data = "2. Salg af grund\u200b på Havnevej\u2060\nSagsnr.\u200c 24/118\u200d\n".encode()
    text = read_bytes(data, ".txt").text
    assert text.startswith("2. Salg af grund på Havnevej\nSagsnr. 24/118\n")
    assert read_bytes(data, ".txt").warnings == ()


def test_unicode_hyphens_become_plain_hyphens() -> None:
    data = "<p>Skoleplan 2026\u20112030 og genbrugs\u2010plads</p>".encode()
    assert read_bytes(data, ".html").text.strip() == "Skoleplan 2026-2030 og genbrugs-plads"


def test_dashes_stay() -> None:
    text = read_bytes("Plan 2026–2030 — høring\n".encode(), ".txt").text
    assert text.startswith("Plan 2026–2030 — høring")
