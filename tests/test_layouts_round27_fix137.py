"""Round 27 (layouts137: social, children and health committees' minutes with closed and
anonymised items): the small rules taught, each failing without its change."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision
from analysis.layouts.base import _closing_line, _names_to_end
from analysis.layouts.header import looks_like_body
from analysis.layouts.headings import _CASE_WITHHELD
from analysis.layouts.ruled import ruled_titles
from analysis.parse import to_lines


def test_decision_made_is_decided() -> None:
    # a forum that says it made a decision (a case about one person, the ruling withheld)
    for text in (
        "Nævnet traf afgørelse om tvangsmæssig flytning.",
        "Der blev truffet beslutning om at lukke afdelingen.",
        "Udvalget har truffet endelig afgørelse i sagen.",
    ):
        assert classify_decision(text)[0][0] == "decided", text
    # not a decision that was not made, nor one to come
    assert classify_decision("Udvalget traf ingen afgørelse.")[0][0] != "decided"
    assert classify_decision("Sagen drøftes igen, inden der træffes beslutning.")[0][0] != (
        "decided"
    )


def test_body_named_with_its_statute() -> None:
    assert looks_like_body("Tvangsudvalget efter serviceloven § 74")
    assert looks_like_body("Klageudvalget jf. lov om social service § 66, stk. 2")
    assert not looks_like_body("Et tilbud efter serviceloven § 107")


def test_withheld_case_field() -> None:
    for text in ("Sagsnr.: Lukket", "Sagsnr.: –", "J.nr.: (fortroligt)", "Sagsnummer: XXX"):
        assert _CASE_WITHHELD.match(text), text
    assert not _CASE_WITHHELD.match("Sagsnr.: 24/1187")


def test_approved_by_names_closes_the_minutes() -> None:
    text = "5. Eventuelt\n\nBeslutning\nIntet.\n\nGodkendt:\nMia Holm · Bo Lind (V) · Ida Krog\n"
    lines = to_lines(text)
    at = next(k for k, ln in enumerate(lines) if ln.clean == "Godkendt:")
    assert _names_to_end(lines, at)
    assert _closing_line(lines, 0) == at
    # "Godkendt:" over a sentence is an outcome, no signing
    lines = to_lines("5. Eventuelt\n\nBeslutning\nGodkendt:\nForslaget vedtages som anført.\n")
    assert _closing_line(lines, 0) is None


def test_rules_under_page_numbers_part_pages_not_items() -> None:
    page = "Beslutning\nGodkendt.\n\n   Side {n} af 3\n-----------\nByrådet, 2. maj 2024\n\n"
    text = "".join(page.format(n=n) for n in (1, 2, 3))
    assert ruled_titles(text) == text


def test_body_dated_heading_with_its_colon_decides_a_ruled_item() -> None:
    block = "Titel {n}\nSagsnr.: 24/10{n}\n\nSocialudvalget, 07-05-2024:\nGodkendt.\n"
    text = "".join("-------\n\n" + block.format(n=n) for n in (1, 2, 3))
    assert "## Titel 1" in ruled_titles(text)
