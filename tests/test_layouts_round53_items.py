"""Every line its own paragraph (a metamorphic probe, fifty-fourth session): a text with one
blank line between every two filled lines (a Word document read paragraph by paragraph, a
web page whose every line is a block) is read again with its paragraphs restored, and a
portal's field cards keep their label and value apart by a blank line."""

from __future__ import annotations

import datetime as dt
from functools import partial

from analysis.layouts import _lines_as_paragraphs_reread, _reads_more, _section_label, parse_text
from analysis.layouts.card_fields import card_fields
from analysis.model import ParsedMeeting
from analysis.read.text import _is_sentence, paragraphs_restored, sentences_under_headings

_LINES = [
    "Hjortebro Lokalråd · Vejle Kommune",
    "Referat af lokalrådsmøde 2. oktober 2025",
    "Mødet blev holdt torsdag den 2. oktober 2025 kl. 19.00 i Hallens cafeteria, Skolevej 3.",
    "Til stede: Per Ravn (formand), Tove Lind, Ali Sami",
    "Godkendelse af dagsorden",
    "Dagsordenen blev godkendt.",
    "Bænke ved gadekæret",
    "To bænke er rådne og bør skiftes inden foråret.",
    "Lokalrådet besluttede at købe to nye bænke for 9.000 kr.",
    "Trafik på Skolevej",
    "Forældre har set biler køre for stærkt om morgenen.",
    "Lokalrådet drøftede sagen og skriver til kommunen om en hastighedstavle.",
    "Eventuelt",
    "Ingen beslutninger.",
]
_EVERY_LINE_A_PARAGRAPH = "\n\n".join(_LINES) + "\n"


def test_a_sentence_goes_under_the_heading_above_it() -> None:
    restored = sentences_under_headings("\n".join(_LINES), _section_label)
    assert "Bænke ved gadekæret\nTo bænke er rådne" in restored
    assert "foråret.\nLokalrådet besluttede" in restored
    assert "kr.\n\nTrafik på Skolevej" in restored
    assert "Til stede: Per Ravn (formand), Tove Lind, Ali Sami\n\nGodkendelse" in restored
    assert restored.count("\n") == len(_LINES) - 1 + restored.count("\n\n")


def test_a_text_with_a_blank_line_or_few_lines_stays_as_it_was() -> None:
    assert (
        sentences_under_headings(_EVERY_LINE_A_PARAGRAPH, _section_label) is _EVERY_LINE_A_PARAGRAPH
    )
    short = "\n".join(_LINES[:5])
    assert sentences_under_headings(short, _section_label) is short


def test_a_sentence_is_two_words_or_more_with_its_stop() -> None:
    assert _is_sentence("Dagsordenen blev godkendt.")
    assert _is_sentence("Skal vi holde fest?")
    assert not _is_sentence("Godkendt.")
    assert not _is_sentence("Trafik på Skolevej")


def test_minutes_with_every_line_a_paragraph_are_read_by_their_titles() -> None:
    meeting = parse_text(_EVERY_LINE_A_PARAGRAPH)
    assert [item.title for item in meeting.items] == [
        "Godkendelse af dagsorden",
        "Bænke ved gadekæret",
        "Trafik på Skolevej",
        "Eventuelt",
    ]
    assert meeting.items[1].sections[-1].text.startswith("Lokalrådet besluttede")


def _meeting(items: int, placed: int) -> ParsedMeeting:
    """A meeting of ``items`` items (no text) that placed ``placed`` of 100 characters."""
    first = parse_text(_EVERY_LINE_A_PARAGRAPH).items[0]
    return ParsedMeeting(
        "Lokalrådet",
        dt.date(2025, 10, 2),
        None,
        None,
        [],
        [first] * items,
        chars_total=100,
        chars_placed=placed,
    )


def test_a_reading_replaces_another_by_more_items_or_more_text_placed() -> None:
    assert _reads_more(_meeting(5, 95), _meeting(4, 95))
    assert _reads_more(_meeting(5, 95), _meeting(4, 96))
    assert not _reads_more(_meeting(5, 80), _meeting(4, 95))
    assert not _reads_more(_meeting(3, 100), _meeting(4, 50))
    assert _reads_more(_meeting(4, 99), _meeting(4, 95))
    assert not _reads_more(_meeting(4, 95), _meeting(4, 95))


def test_a_text_with_two_filled_lines_together_is_not_read_again() -> None:
    kept = _meeting(1, 10)
    text = _EVERY_LINE_A_PARAGRAPH.replace("Eventuelt\n\n", "Eventuelt\n")
    assert _lines_as_paragraphs_reread(text, kept, None, text) is kept
    assert (
        len(
            _lines_as_paragraphs_reread(
                _EVERY_LINE_A_PARAGRAPH, kept, None, _EVERY_LINE_A_PARAGRAPH
            ).items
        )
        == 4
    )


def test_a_card_keeps_its_label_and_value_apart_by_a_blank_line() -> None:
    text = (
        "Punkt\n\n7\n\nTitel\n\nNy legeplads\n\nSagsnummer\n\n25/331\n\n"
        "Punkt\n\n8\n\nTitel\n\nEventuelt\n"
    )
    cards = card_fields(text)
    assert cards.count("\n") == text.count("\n")
    assert "\nPunkt 7\n" in cards
    assert "\nTitel: Ny legeplads\n" in cards
    assert "\nSagsnummer: 25/331\n" in cards
    assert "\nPunkt 8\n" in cards


def test_a_card_right_over_its_value_reads_as_before() -> None:
    text = "Punkt\n7\n\nTitel\nNy legeplads\n\nPunkt\n8\n\nTitel\nEventuelt\n"
    assert (
        card_fields(text)
        == "\nPunkt 7\n\n\nTitel: Ny legeplads\n\n\nPunkt 8\n\n\nTitel: Eventuelt\n"
    )


def test_a_marked_title_is_no_sentence() -> None:
    assert not _is_sentence("» Evt.")
    assert _is_sentence("» Rådet anbefaler planen.")


def test_a_chevron_with_a_space_after_it_opens_a_paragraph() -> None:
    lines = [
        "Hjortebro Ungdomsråd",
        "Referat af møde 2. oktober 2025",
        "Mødt: Asta, Bo, Carl",
        "» Godkendelse af dagsorden",
        "Beslutning: Godkendt.",
        "» Ny bænk",
        "Rådet har set på pladsen.",
        "Beslutning: Rådet anbefaler en bænk.",
        "» Evt.",
        "Beslutning: Intet.",
        "»Vi vil have flere bænke«, skrev en borger.",
        "Næste møde: 6. november 2025",
        "Referent: Carl",
    ]
    for restore in (
        paragraphs_restored,
        partial(sentences_under_headings, section_label=_section_label),
    ):
        restored = restore("\n".join(lines))
        assert "\n\n» Ny bænk\n" in restored
        assert "\n\n» Evt.\n" in restored
        assert "Intet.\n»Vi vil" in restored


def test_a_case_field_and_a_section_label_go_under_the_title() -> None:
    lines = [
        "Byrådet",
        "Mødedato: 14-03-2025",
        "1. Godkendelse af dagsorden",
        "Sagsnr.: 00.01.00-A00-9-25",
        "Beslutning i Byrådet den 14-03-2025:",
        "Godkendt.",
        "2. Meddelelser",
        "Beslutning:",
        "Ingen.",
        "VALG AF DIRIGENT:",
        "Bestyrelsen foreslog Ib Holm, som blev valgt.",
        "Forslag:",
        "Ingen forslag var kommet ind.",
    ]
    restored = sentences_under_headings("\n".join(lines), _section_label)
    assert (
        "dagsorden\nSagsnr.: 00.01.00-A00-9-25\nBeslutning i Byrådet den 14-03-2025:\n" in restored
    )
    assert "Meddelelser\nBeslutning:\n" in restored
    assert "\n\nVALG AF DIRIGENT:\n" in restored
    assert "\n\nForslag:\n" in restored


def test_a_section_label_is_read_without_its_colon() -> None:
    assert _section_label("Beslutning")
    assert _section_label("Beslutning i Byrådet den 14-03-2025")
    assert not _section_label("VALG AF DIRIGENT")
