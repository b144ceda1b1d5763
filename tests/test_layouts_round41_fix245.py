"""Forty-first round, layouts245: short decision protocols (beslutningsprotokol, kort referat).

The outcome on the item's own line after its title's last colon, also under the item's
word ("Punkt 3: Title: Godkendt.", ``outcome_list._NUMBERED_DASHED``); an outcome of up to
120 characters and a remark sentence or two under an item that leave such a list unbroken
(``outcome_list._LONGEST``, ``_only_notes``); a list of the points dealt with and then the
decisions by number, "Ad pkt. 3: Godkendt." (``outcome_list.answered_list``); a row of an
item table with no number and only a group's name in bold (``text._group_row``).
"""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.outcome import outcome_line
from analysis.layouts.outcome_list import answered_list, dashed_outcomes
from analysis.layouts.text import _group_row
from analysis.model import ParsedMeeting
from analysis.parse import to_lines

_HEAD = """Kort referat
Kultur- og Fritidsudvalget
Mødedato: tirsdag den 6. maj 2025 kl. 16.00
Mødested: Rådhuset, lokale 2

"""


def _meeting(body: str) -> ParsedMeeting:
    return parse_text(_HEAD + body)


def _decisions(meeting: ParsedMeeting) -> list[str]:
    return [
        next((s.text.split("\n")[0] for s in it.sections if s.key == "beslutning"), "")
        for it in meeting.items
    ]


def test_the_items_word_before_the_number_and_the_outcome_after_the_last_colon() -> None:
    meeting = _meeting("""Punkt 1: Godkendelse af dagsorden: Godkendt.

Punkt 2: Orientering: Status på hallerne: Taget til efterretning.

Punkt 3: Valg – næstformand: Ida Berg blev valgt.

Punkt 4: Eventuelt: Intet.
""")
    assert [it.title for it in meeting.items] == [
        "Godkendelse af dagsorden",
        "Orientering: Status på hallerne",
        "Valg – næstformand",
        "Eventuelt",
    ]
    assert _decisions(meeting) == [
        "Godkendt.",
        "Taget til efterretning.",
        "Ida Berg blev valgt.",
        "Intet.",
    ]


def test_a_long_outcome_and_remarks_under_items_keep_the_list() -> None:
    lines = to_lines(
        "1. Godkendelse af dagsorden – Godkendt.\n\n"
        "2. Pulje til kunst – Godkendt, idet restbeløbet overføres til puljens anden runde i "
        "efteråret.\n\n"
        "3. Lokalplan 44 – Udsat.\nUdvalget ønsker en besigtigelse.\n\n"
        "4. Eventuelt – Intet.\n"
    )
    texts = [ln.clean for ln in dashed_outcomes(lines) if ln.clean]
    assert "3. Lokalplan 44" in texts
    assert "Beslutning: Udsat." in texts
    assert texts[3].startswith("Beslutning: Godkendt, idet")


def test_a_line_with_text_of_its_own_between_items_still_breaks_the_list() -> None:
    """A paragraph of case text (no sentence on an outcome: three sentences) is no remark."""
    lines = to_lines(
        "1. Godkendelse af dagsorden – Godkendt.\n\n"
        "2. Budget – Drøftet.\nFørste sætning.\nAnden sætning.\nTredje sætning.\n\n"
        "3. Eventuelt – Intet.\n"
    )
    assert dashed_outcomes(lines) == lines


def test_a_numbered_line_without_the_items_word_needs_its_dot() -> None:
    """ "2: …" with no "Punkt" before it is no item's number (a time, a ratio)."""
    lines = to_lines("2: Kaffe: Godkendt.\n3: Frokost: Godkendt.\n4: Kage: Godkendt.\n")
    assert dashed_outcomes(lines) == lines


def test_the_decisions_by_number_after_the_list_of_points() -> None:
    meeting = _meeting("""Behandlede punkter

1. Godkendelse af dagsorden
2. Tilskud til byfest [25-001234]
3. Eventuelt

Beslutninger

Ad pkt. 1: Godkendt.

Ad pkt. 2: Godkendt med 10.000 kr.
Beløbet tages af puljen.

Ad pkt. 3: Intet.
""")
    assert [it.title for it in meeting.items] == [
        "Godkendelse af dagsorden",
        "Tilskud til byfest",
        "Eventuelt",
    ]
    assert [it.case_number for it in meeting.items] == [None, "25-001234", None]
    assert _decisions(meeting) == ["Godkendt.", "Godkendt med 10.000 kr.", "Intet."]


def test_ad_lines_repeating_the_titles_over_notes_are_no_outcomes() -> None:
    """ "Ad 1. Godkendelse af dagsorden" over the notes: the item's heading, as before."""
    lines = to_lines(
        "Dagsorden:\n1) Godkendelse af dagsorden\n2) Meddelelser\n3) Eventuelt\n\n"
        "Ad 1. Godkendelse af dagsorden\nGodkendt.\n\nAd 2. Meddelelser\nIngen.\n\n"
        "Ad 3. Eventuelt\nIntet.\n"
    )
    assert answered_list(lines) == lines


def test_a_decisions_points_under_its_label_stay_one_items() -> None:
    """ "Beslutning:" over "Ad 1: Godkendt." …: one item's decision, point by point."""
    lines = to_lines(
        "1. Godkendelse af dagsorden\n2. Budget\n3. Eventuelt\n\nBeslutning:\n"
        "Ad 1: Godkendt.\nAd 2: Godkendt.\nAd 3: Taget til efterretning.\n"
    )
    assert answered_list(lines) == lines


def test_ad_lines_that_skip_a_listed_number_are_left_alone() -> None:
    lines = to_lines(
        "1. Godkendelse af dagsorden\n2. Budget\n3. Lokalplan\n4. Eventuelt\n\n"
        "Ad pkt. 1: Godkendt.\nAd pkt. 2: Godkendt.\nAd pkt. 3: Udsat.\n"
    )
    assert answered_list(lines) == lines


def test_a_table_rows_group_name_heads_a_group() -> None:
    assert _group_row(["", "**Sager til orientering**", "", ""], "Pkt. 2 Budget")
    assert _group_row(["", "**Øvrige**", "–", ""], "Pkt. 4 Status")
    assert _group_row(["", "Sager til beslutning", "", ""], "")


def test_a_wrapped_title_row_is_no_group() -> None:
    # the title's rest in a row of its own, plain or bold as the title above is
    assert not _group_row(["", "mobiltelefoni", "", ""], "Pkt. 3 Valg af ny leverandør til")
    assert not _group_row(["", "**mobiltelefoni**", "", ""], "Pkt. 3 **Valg af leverandør til**")
    # a row going on with the decision above
    assert not _group_row(["", "**Øvrige**", "", "Godkendt."], "Pkt. 4 Status")


def test_put_off_to_a_bodys_meeting_and_approved_with_the_remarks_made_are_outcomes() -> None:
    assert outcome_line("Udsat til udvalgets møde den 14. november 2025.")
    assert outcome_line("Udskudt til byrådets næste møde.")
    assert outcome_line("Udkastet blev godkendt med de faldne bemærkninger.")


def test_a_meeting_named_after_another_word_is_no_outcome() -> None:
    assert not outcome_line("Godkendt til udvalgets møde.")
    assert not outcome_line("Kaffe til udvalgets møde den 8. oktober.")


def test_a_members_words_for_the_referat_type_nothing_beside_the_decision() -> None:
    text = (
        "Udvalget godkendte planen.\n"
        "Ib Holm (V) ønskede ført til referat, at partiet er imod, at stien udskydes."
    )
    assert [kind for kind, _ in classify_decision(text)] == ["approved"]


def test_a_postponement_written_in_the_referat_itself_still_types() -> None:
    """ "Udsat." with no one's words for the referat: the committee's own postponement."""
    assert [kind for kind, _ in classify_decision("Udsat. Sagen tages op i referatet i maj.")] == [
        "postponed"
    ]
