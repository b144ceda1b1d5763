"""Rules met in the fifteenth round's set of pasted notes and RTF exports (pure).

The fixtures in ``tests/fixtures/layouts/`` check each family end to end; these tests pin
the rules themselves, and what they must leave alone.
"""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.header import _owner_name_off
from analysis.layouts.outcome import outcome_line

_HEAD = "Ældrerådet\nReferat af møde den 3. marts 2025 kl. 10.00\n\n"


def _items(body: str) -> list[tuple[int, str, str | None]]:
    meeting = parse_text(_HEAD + body)
    return [
        (
            it.number,
            it.title,
            next((s.text for s in it.sections if s.key == "beslutning"), None),
        )
        for it in meeting.items
    ]


def test_ad_run_from_one_is_items() -> None:
    body = "\n".join(
        f"Ad {n}. {title}\nGodkendt.\n" for n, title in enumerate(["Referat", "Budget", "Evt."], 1)
    )
    assert [(n, t) for n, t, _ in _items(body)] == [(1, "Referat"), (2, "Budget"), (3, "Evt.")]


def test_double_chevron_marks_the_outcome_but_not_quoted_mail() -> None:
    body = "1) Budget\n   Gennemgang.\n   >> Taget til efterretning.\n\n2) Evt.\n   >> Intet.\n"
    assert [d for _, _, d in _items(body)] == ["Taget til efterretning.", "Intet."]
    quoted = (
        "1) Budget\n>> Vi talte om budgettet.\n>> Godkendt.\n\n"
        "2) Evt.\n>> Vi talte om ferien.\n>> Intet.\n"
    )
    # every line set off as a quote: quoted text, the chevron opens no decision there
    assert not any((d or "").startswith("Vi talte") for _, _, d in _items(quoted))


def test_owner_name_after_body() -> None:
    assert _owner_name_off("Ældrerådet Halsnæs") == ("Ældrerådet", "Halsnæs Kommune")
    # a body named after its area, not a municipality, keeps its name
    assert _owner_name_off("Ledergruppen Børn og Unge") == ("Ledergruppen Børn og Unge", None)
    assert _owner_name_off("Udvalget for Teknik") == ("Udvalget for Teknik", None)


def test_meeting_word_is_no_forum() -> None:
    meeting = parse_text("Seniorrådet\nreferat møde den 03.03.2025 kl. 14.00\n\n1. Evt.\nIntet.\n")
    assert meeting.forum == "Seniorrådet"


def test_outcome_lines_as_put_forward_and_agreed() -> None:
    assert outcome_line("Godkendt som foreslået.")
    assert outcome_line("Aftalt at områdelederne melder ind hver mandag.")
    # an agreement reported in passing, or approval as a later act, is none
    assert not outcome_line("Det er aftalt med skolerne, at de melder ind.")
    assert not outcome_line("Godkendtes budgettet ikke, ville …")


def test_tab_set_members_and_title_row() -> None:
    text = (
        "Vejle Kommune\tSkoleudvalget\tReferat\n\n"
        "Mødedato: 5. maj 2025\n\n"
        "Medlemmer:\tAnne Holm (A), formand\n\tBo Ravn (V)\n\tEva Lund (C)\n"
        "Fraværende:\tOle Dam (O)\n\n"
        "1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n"
        "2. Eventuelt\nBeslutning:\nIntet.\n"
    )
    meeting = parse_text(text)
    assert meeting.forum == "Skoleudvalget"
    assert meeting.municipality == "Vejle Kommune"
    # the column of names under the field's first: one member a line
    assert [(p.name, p.present) for p in meeting.participants] == [
        ("Anne Holm", True),
        ("Bo Ravn", True),
        ("Eva Lund", True),
        ("Ole Dam", False),
    ]


def test_page_header_owner_line_and_filing_numbers_are_placed() -> None:
    text = (
        "FAXE KOMMUNE – Styregruppe for cykelstier – 02.06.2025\n\n"
        "## Styregruppen for cykelstier – referat\n\n"
        "Faxe Kommune, Teknik og Miljø\n"
        "Møde d. 02.06.2025 kl. 13.00-14.00 på Rådhuset\n"
        "Dok.nr. 2025-118 Sagsnr. 25-4410\n\n"
        "## Punkt 1: Status\n\nKonklusion: Godkendt.\n\n"
        "## Punkt 2: Eventuelt\n\nKonklusion: Intet.\n"
    )
    meeting = parse_text(text)
    assert not any("could not be placed" in w for w in meeting.warnings), meeting.warnings
    assert meeting.date.isoformat() == "2025-06-02"
    # a sentence naming the municipality is no owner line, and is still reported unplaced
    odd = parse_text(
        text.replace("Faxe Kommune, Teknik og Miljø", "Faxe Kommune, som ejer stien, deltog")
    )
    assert any("could not be placed" in w for w in odd.warnings)


def test_the_points_minutes_on_the_label_line_are_evidence_of_an_item() -> None:
    from analysis.layouts.headings import _is_known_heading

    assert _is_known_heading("Referat: Godkendt.")
    assert _is_known_heading("referat:  Taget til efterretning.")
    # the document's kind alone proves no item, nor a sentence about the minutes
    assert not _is_known_heading("Referat")
    assert not _is_known_heading("Referatet blev godkendt.")
