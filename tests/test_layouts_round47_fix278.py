"""The forty-seventh round's rules for school and parents' boards' minutes (layouts278): a
short list's points whose note runs in after the title's colon, one point written out with
its own decision label amid them; an unnumbered item's decision label with its text closed
by a remark under it; free-text notes above a last item with a background label; and a
board named "på" its school."""

from __future__ import annotations

import pytest

from analysis import parse
from analysis.layouts import header
from analysis.layouts.outcome_list import dashed_outcomes, run_in_note
from analysis.layouts.unnumbered import _closes_with_label


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        (
            "Regnskab: Kim fremlagde tallene. Bestyrelsen tog dem til efterretning.",
            ("Regnskab", "Kim fremlagde tallene. Bestyrelsen tog dem til efterretning."),
        ),
        (
            "Nyt fra rådet: Ole orienterede om festen.",
            ("Nyt fra rådet", "Ole orienterede om festen."),
        ),
        ("Høring: Plan for stier", None),  # a title with a colon, no sentence after it
        ("Budget: ok.", None),  # too short for a note in sentences
    ],
)
def test_run_in_note(rest: str, expected: tuple[str, str] | None) -> None:
    assert run_in_note(rest) == expected


_RUN_IN = (
    "1. Dagsorden: Godkendt.\n\n"
    "2. Referat: Godkendt.\n\n"
    "3. Økonomi: Kim fremlagde tallene. Bestyrelsen tog dem til efterretning.\n\n"
    "4. Lejr: Bestyrelsen besluttede at tage til Fanø.\n\n"
    "5. Ny bus\nDen gamle bus er slidt op.\nBeslutning: Bestyrelsen godkendte købet.\n\n"
    "6. Nyt fra rådet: Ole orienterede om festen.\n\n"
    "7. Eventuelt: Intet.\n"
)


def test_run_in_notes_and_a_written_out_item_make_one_list() -> None:
    out = [ln.clean for ln in dashed_outcomes(parse.to_lines(_RUN_IN)) if not ln.blank]
    assert "3. Økonomi" in out
    assert "Beslutning: Kim fremlagde tallene. Bestyrelsen tog dem til efterretning." in out
    assert "5. Ny bus" in out and "Beslutning: Bestyrelsen godkendte købet." in out
    assert "6. Nyt fra rådet" in out and "Beslutning: Ole orienterede om festen." in out


def test_run_in_notes_alone_are_no_list() -> None:
    # only notes after the colons, fewer than three outcomes: titles as written
    text = (
        "1. Økonomi: Kim fremlagde tallene i detaljer.\n"
        "2. Lejr: Ole fortalte om turen til Fanø.\n"
        "3. Nyt fra rådet: Ole orienterede om festen.\n"
    )
    lines = parse.to_lines(text)
    assert dashed_outcomes(lines) == lines


def test_label_with_its_text_and_a_remark_closes_the_paragraph() -> None:
    text = (
        "\nPrincip for madordning\nUdkastet er sendt ud.\n"
        "Beslutning: Bestyrelsen vedtog princippet.\nLedelsen orienterer på Aula.\n\nNæste\n"
    )
    lines = parse.to_lines(text)
    assert _closes_with_label(lines, 1)


def test_label_with_its_text_under_many_lines_is_no_close() -> None:
    text = (
        "\nTitle\nUdkastet er sendt ud.\nBeslutning: Bestyrelsen vedtog princippet.\n"
        "En.\nTo.\nTre.\n\nNæste\n"
    )
    assert not _closes_with_label(parse.to_lines(text), 1)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Skolebestyrelsen på Lindegårdsskolen", True),
        ("Skolebestyrelsen på Vestre Skole, Brande", True),
        ("Skolebestyrelsen på mødet", False),
    ],
)
def test_board_on_its_school(text: str, body: bool) -> None:
    assert header.looks_like_body(text) is body


def test_free_text_notes_above_a_last_item_with_a_background_label() -> None:
    from analysis.layouts.outcome import _undecided_last
    from analysis.model import Item, Section

    def item(n: int, *sections: Section) -> Item:
        return Item(
            n, f"Punkt {n}", f"Punkt {n}", None, False, None, None, None, sections, (), (), ()
        )

    notes = [item(n, Section("tekst", "", "Bestyrelsen drøftede sagen.")) for n in (1, 2, 3)]
    background = item(4, Section("baggrund", "Baggrund:", "Kommunen har sendt"))
    decided = item(4, Section("beslutning", "Beslutning:", "Godkendt."))
    assert _undecided_last([*notes, background])
    assert not _undecided_last([*notes, decided])
    assert not _undecided_last([*notes[:2], background])  # too few items to judge


@pytest.mark.parametrize(
    ("forum", "body"),
    [
        ("Møde i forældrebestyrelsen for Dagtilbud Nord", "Forældrebestyrelsen for Dagtilbud Nord"),
        ("DAGSORDEN til møde i skolebestyrelsen ved Vestskolen", "Skolebestyrelsen ved Vestskolen"),
        ("Møde i forældrebestyrelsen", None),  # no institution named: left as it is
    ],
)
def test_board_in_small_letters_before_its_institution(forum: str, body: str | None) -> None:
    from analysis.layouts.title_forum import body_of_title_forum

    assert body_of_title_forum(forum) == body


def test_told_lead_over_bullets_is_the_minute() -> None:
    from analysis.layouts.outcome import _told_over_news

    lines = ["Lederen orienterede om:", "- Ny pædagog ansat.", "- Legepladsen er færdig."]
    assert _told_over_news(lines, 0)
    assert not _told_over_news([*lines, "Bestyrelsen drøftede sagen."], 0)  # more than news
    assert not _told_over_news(["Lederen orienterede om mødet."], 0)


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Ida fortalte, at rådet ønsker en filmaften.", "noted"),
        ("Bestyrelsen drøftede sagen. Svaret godkendes af bestyrelsen pr. mail.", "discussed"),
        ("Planen godkendes på næste møde.", "other"),
        ("Indstillingen godkendes.", "approved"),
        ("Budgettet godkendes inden for rammen.", "approved"),
    ],
)
def test_telling_and_an_approval_set_for_later(text: str, primary: str) -> None:
    from analysis.enrich.decisions import classify_decision, primary_decision_type

    assert primary_decision_type(t for t, _ in classify_decision(text)) == primary


def test_board_named_in_full_under_a_title_naming_its_word() -> None:
    from analysis.layouts.title_forum import board_named_in_full

    lines = parse.to_lines(
        "Referat af møde i skolebestyrelsen\n\nSkolebestyrelsen ved Nordskolen\n"
    )
    placed: set[int] = set()
    assert board_named_in_full("Referat af møde i skolebestyrelsen", lines, placed) == (
        "Skolebestyrelsen ved Nordskolen"
    )
    assert placed == {lines[2].index}
    # another board named below, or a title naming the institution already: none
    assert board_named_in_full("Referat af møde i skolebestyrelsen", lines[:1], set()) is None
    assert board_named_in_full("Møde i forældrebestyrelsen for Vest", lines, set()) is None
