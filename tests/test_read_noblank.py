"""Text that lost every blank line (a .txt saved from Word, a copy from a PDF viewer: every
paragraph one line, no blank line anywhere) gets its paragraph breaks back before the rules
read it. Such a minute reads as the same minute written with its blank lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.pipeline import parse_bytes
from analysis.read import read_bytes
from analysis.read.text import blank_lines_halved, paragraphs_restored
from tests.test_read_whitespace import _tables

FIXTURES = Path(__file__).parent / "fixtures" / "layouts" / "raw"

HEAD = (
    "Referat\nUdvalget for Teknik\nMødedato: 3. marts 2026\nMødetid: kl. 16.00\n"
    "Sted: Rådhuset, mødelokale 2\nDeltagere: Anne Holm (A), Bo Ravn (V), Carl Dahl (C)\n"
    "Fraværende: Dorte Lund (F)\nReferent: Eva Berg\nDagsorden udsendt 24. februar 2026.\n"
    "Mødet startede kl. 16.05.\n"
)


def _lines(*rows: str) -> str:
    """A text of the given lines, after a header long enough to pass the pass's gate."""
    return HEAD + "\n".join(rows) + "\n"


def test_item_headings_and_labels_become_paragraphs_of_their_own() -> None:
    text = _lines(
        "1. Godkendelse af dagsorden",
        "Beslutning",
        "Godkendt.",
        "2. Budget 2026",
        "Sagsfremstilling",
        "Forvaltningen har udarbejdet et forslag.",
        "Indstilling",
        "Direktøren indstiller, at forslaget godkendes.",
        "Beslutning",
        "Indstillingen godkendt.",
    )
    restored = paragraphs_restored(text)
    assert "\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n2. Budget" in restored
    assert restored.replace("\n\n", "\n") == text


@pytest.mark.parametrize(
    ("above", "below"),
    [
        ("Forvaltningen foreslår, at tilskuddet fordeles mellem", "klubberne i Nordbyen."),
        ("Sagen drøftes med formand,", "Ældrerådet og Handicaprådet."),
        ("Pkt.\tTitel\tSagsnr.", "1\tBudget\t24/118"),
        ("| Pkt. | Titel |", "| 1 | Budget |"),
        ("> Kære alle", "> Hermed referatet."),
        ("Status fra sidst", "• Vagtplanerne er sendt ud"),
        ("Sagsnr.: 00.01.00-A00-7-26", "Godkendelse af dagsorden"),
        ("Punkt 1", "Åbent"),
        ("Ad 1: Ingen bemærkninger.", "Ad 2: Taget til efterretning."),
        ("Mødested: Rådhuset", "    lokale 2.04"),
    ],
)
def test_lines_that_belong_together_stay_together(above: str, below: str) -> None:
    text = _lines("1. Budget", above, below, "Beslutning", "Godkendt.")
    assert f"{above}\n{below}" in paragraphs_restored(text)


def test_a_menu_run_is_one_block_and_a_short_title_is_no_menu() -> None:
    text = _lines("Politik", "Byrådet", "Økonomiudvalget", "Skoleudvalget", "Ældrerådet")
    assert "Politik\nByrådet\nØkonomiudvalget\nSkoleudvalget\nÆldrerådet" in (
        paragraphs_restored(text)
    )
    text = _lines("Aftale: Planen godkendt", "Kørselsgodtgørelse", "Spørgsmål om satserne.")
    assert "\n\nKørselsgodtgørelse\n\nSpørgsmål" in paragraphs_restored(text)


def test_headings_one_line_apart_stay_apart_and_a_note_in_a_numbered_list_stays() -> None:
    text = _lines("Punkt 1. Dagsorden", "Godkendt.", "Punkt 2. Budget", "Drøftet.")
    assert "\n\nPunkt 2. Budget\n\nDrøftet." in paragraphs_restored(text)
    text = _lines(
        "Ad 1: Godkendt.", "Ad 2: Drøftet.", "Rådgiveren sender tegningerne.", "Ad 3: Intet."
    )
    assert "Ad 2: Drøftet.\nRådgiveren sender tegningerne.\nAd 3: Intet." in (
        paragraphs_restored(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        _lines("1. Budget", "", "Beslutning", "Godkendt."),  # one blank line: written so
        "Referat\n1. Budget\nBeslutning\nGodkendt.\n",  # a short note of a few lines
        "",
    ],
)
def test_a_text_with_a_blank_line_or_of_few_lines_is_left_as_it_is(text: str) -> None:
    assert paragraphs_restored(text) is text


def test_the_text_reader_leaves_the_lines_as_they_are() -> None:
    """The reader keeps the text as written: only a text no layout reads is read again with
    its paragraphs restored (``layouts.parse_text``), so a browser's copy of a web page,
    written without blank lines and read well as it is, is not changed."""
    text = _lines("1. Budget", "Beslutning", "Godkendt.")
    assert "\nBeslutning\nGodkendt." in read_bytes(text.encode(), ".txt").text


def test_a_text_read_as_it_is_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    import analysis.layouts as layouts

    calls: list[str] = []
    monkeypatch.setattr(layouts, "paragraphs_restored", lambda t: calls.append(t) or t)
    name = "agenda-forrige-referat-vedlagt-sidst.txt"
    text = _no_blank((FIXTURES / name).read_text(encoding="utf-8"))
    assert parse_bytes(text.encode(), name).manifest["status"] in ("ok", "warning")
    assert calls == []


def _no_blank(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def _read(result) -> dict:
    """The meeting's facts, its items and its decisions, without the file's hash."""
    return {k: v for k, v in _tables(result).items() if k in ("meetings", "items", "decisions")}


@pytest.mark.parametrize(
    "name",
    [
        "beslutning_i-versaler-uden-nummer.txt",
        "flat_toc-bogstavpunkter.txt",
        "generic-onenote-titellinjer.txt",
        "generic-titelafsnit-uden-numre.txt",
        "generic-fede-titler-sagsart-kolon.md",
        "running-udvalgsbogstav-tekst.txt",
        "pkt-amtsraad-protokol.txt",
    ],
)
def test_a_minute_without_blank_lines_reads_as_written_with_them(name: str) -> None:
    """Minutes no layout reads without their blank lines (rejected before) are read again
    with their paragraphs restored, as written with them."""
    data = (FIXTURES / name).read_bytes()
    plain = parse_bytes(data, name)
    other = parse_bytes(_no_blank(data.decode("utf-8")).encode("utf-8"), name)
    assert plain.manifest["status"] in ("ok", "warning")
    assert other.manifest["status"] == plain.manifest["status"]
    assert _read(other) == _read(plain)


def test_doubled_line_breaks_are_halved() -> None:
    """Every run of blank lines odd: the doubling undone (2n + 1 blank lines are n); a run of
    two blank lines anywhere, or a short text, is no doubling."""
    doubled = "Referat\n\n1. Budget\n\n\n\nBeslutning\n\nGodkendt.\n" * 4
    assert blank_lines_halved(doubled) == "Referat\n1. Budget\n\nBeslutning\nGodkendt.\n" * 4
    written = "Referat\n\n1. Budget\n\n\nBeslutning\n\nGodkendt.\n" * 4
    assert blank_lines_halved(written) is written
    assert blank_lines_halved("a\n\nb\n") == "a\n\nb\n"


@pytest.mark.parametrize(
    "name",
    [
        "flat_toc-forside-etiketter.txt",
        "generic-chevron-titler-aftale.txt",
        "generic-citeret-svar-indskudte-kommentarer.txt",
        "generic-emne-foer-nummer-celle-pr-linje.txt",
    ],
)
def test_a_minute_with_every_line_break_doubled_reads_as_written(name: str) -> None:
    """Minutes no layout reads with every line break doubled (rejected before) are read again
    with the doubling undone, as written."""
    data = (FIXTURES / name).read_bytes()
    plain = parse_bytes(data, name)
    other = parse_bytes(data.decode("utf-8").replace("\n", "\n\n").encode("utf-8"), name)
    assert plain.manifest["status"] in ("ok", "warning")
    assert _read(other) == _read(plain)
