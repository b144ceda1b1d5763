"""Round 28 (layouts142, school and day-care boards' minutes): small rules."""

from analysis.layouts.headings import _is_known_heading
from analysis.layouts.pictograms import unpictogram
from analysis.layouts.text import is_furniture


def test_pictogram_before_a_bold_line_alone_is_a_heading() -> None:
    assert unpictogram("🟠 **Madordning 2025**") == "### Madordning 2025"
    assert unpictogram("⭐ __Forældremøder__") == "### Forældremøder"


def test_pictogram_before_bold_with_text_after_is_left_to_the_other_rules() -> None:
    # a label's bold word with its text, and a bullet's bold: not a heading alone
    assert unpictogram("✅ **Konklusion:** Godkendt.") == "**Konklusion:** Godkendt."
    assert not unpictogram("- 🔸 **Husk** madpakker").startswith("###")
    assert not unpictogram("📍 **Gymnastiksalen**").startswith("###")  # a fact's pin


def test_a_post_stamp_with_its_author_is_no_meeting_line() -> None:
    assert is_furniture("Opslag i Aula, 3. april 2023 · skrevet af Mette (leder)")
    assert is_furniture("Indlæg på Facebook, 12.05.2022 · af Forældrerådet")
    assert not is_furniture("Opslag i Aula om mødet den 3. april 2023 i hallen")


def test_two_labels_parted_by_a_slash_run_in_with_the_outcome() -> None:
    assert _is_known_heading("Beslutning/konklusion: Godkendt.")
    assert _is_known_heading("Konklusion/beslutning: Til efterretning.")
    assert not _is_known_heading("Fordele/ulemper: flere timer")


def test_a_post_stamp_gives_a_yearless_meeting_line_its_year() -> None:
    import datetime as dt

    from analysis.layouts.yearless import _post_stamp
    from analysis.parse import to_lines

    lines = to_lines("Vestskolen\nOpslag på skolens hjemmeside, 09.02.2022\n\nReferat")
    assert _post_stamp(lines) == dt.date(2022, 2, 9)
    assert _post_stamp(to_lines("Vestskolen\nOpslaget om mødet kom op i går\n")) is None


def test_an_election_by_its_count_and_nothing_to_decide_are_outcomes() -> None:
    from analysis.layouts.outcome import outcome_line

    assert outcome_line("Jonas blev valgt med 11 stemmer mod 3.")
    assert outcome_line("Intet at beslutte.")
    assert not outcome_line("Der blev valgt med hånden op.")


def test_a_vote_in_brackets_under_the_outcome_leaves_it_the_last_line() -> None:
    from analysis.layouts.outcome import _closing_outcome

    lines = [
        "Forslag fra forældrene om længere åbningstid.",
        "Forældrerådet anbefaler over for bestyrelsen, at åbningstiden forlænges.",
        "(Afstemning: 5 for, 1 imod.)",
    ]
    assert _closing_outcome(lines) == 1
