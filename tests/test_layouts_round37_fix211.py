"""Thirty-seventh round, fix211: seminars, theme meetings and workshops (invented texts)."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.base import parse_numbered
from analysis.layouts.groups import is_group_heading
from analysis.layouts.meeting_kind import body_of_gathering
from analysis.layouts.number_under_title import bracketed_numbers_after_titles
from analysis.layouts.text import prepare
from analysis.layouts.time_slots import time_slot_headings
from analysis.parse import heading_key, to_lines


def _items(text: str) -> list[tuple[int, str]]:
    return [(it.number, it.title) for it in parse_text(text).items]


def _types(text: str) -> list[str]:
    return [t for t, _ in classify_decision(text)]


def test_a_seminars_agreement_or_the_forums_wish_is_decided() -> None:
    """ "Enighed om at …", "<gruppe> var enige om at …", "<forum> ønsker, at …": what a
    seminar, which decides nothing formally, agreed or wants done next."""
    assert _types("Enighed om at puljen deles i to runder.") == ["decided"]
    assert _types("Ledergruppen var enige om at fordele puljen efter brugere.") == ["decided"]
    assert _types("Byrådet ønsker, at sekretariatet udarbejder en årsplan.") == ["decided"]
    assert _types("Udvalget ønsker en fælles praksis for hele kommunen.") == ["decided"]


def test_a_wish_for_more_or_for_a_later_decision_is_no_decision_taken() -> None:
    assert _types("Udvalget ønsker en uddybende beskrivelse af sagen.") == ["other"]
    assert _types("Udvalget ønsker et borgermøde, inden der træffes beslutning.") == ["postponed"]
    assert _types("Der var ikke enighed om at gå videre.") == ["other"]
    assert _types("Borgeren ønsker, at sagen genoptages.") == ["other"]  # (no forum's wish)


def test_a_gathering_named_by_its_body_in_more_ways() -> None:
    assert body_of_gathering("Byrådets budgetinternat 3. og 4. juni 2021") == "Byrådet"
    assert body_of_gathering("KOMMUNALBESTYRELSENS SEMINAR 5.-6. SEPTEMBER 2019") == (
        "Kommunalbestyrelsen"
    )
    assert body_of_gathering("Ledergruppens internatdag") == "Ledergruppen"
    assert body_of_gathering("Workshop for Social- og Seniorudvalget: Ældreplejen") == (
        "Social- og Seniorudvalget"
    )
    assert body_of_gathering("Temadag om klimaet – Teknik- og Miljøudvalget") == (
        "Teknik- og Miljøudvalget"
    )
    assert body_of_gathering("Temadag om klimaet") is None


def test_a_forums_indication_is_its_decisions_label() -> None:
    for label in ("Udvalgets tilkendegivelse:", "Tilkendegivelse:"):
        assert heading_key(to_lines(label)[0]) == ("beslutning", label.rstrip(":"))


def test_a_seminars_day_heads_group_its_items() -> None:
    assert is_group_heading("DAG 2 - FREDAG")
    assert is_group_heading("Dag 2 – fredag den 15. marts")
    assert is_group_heading("DAG 1")
    assert not is_group_heading("Dag 2 var vi på tur")


def test_a_programmes_titles_repeated_over_the_summary_open_the_items() -> None:
    """Slots numbering nothing, then each title again alone on its line: the repeats are
    numbered as the programme's items (a day's head among the slots dropped)."""
    text = (
        "PROGRAM\n\nDag 1 – mandag\n\n"
        "13.00-13.30   Velkomst\n"
        "13.30-14.30   Foreningslivet\n"
        "14.30-14.45   Kaffe\n\n"
        "Dag 2 – tirsdag\n\n"
        "09.00-10.00   Nyt bibliotek\n\n"
        "OPSAMLING\n\nVelkomst\n\nFormanden bød velkommen.\n\n"
        "Foreningslivet\n\nDrøftet.\n\nNyt bibliotek\n\nTaget til efterretning.\n"
    )
    lines = time_slot_headings(text).split("\n")
    assert "1. Velkomst" in lines and "2. Foreningslivet" in lines and "3. Nyt bibliotek" in lines
    assert "Dag 2 – tirsdag" not in lines


def test_session_slots_give_the_sessions_number() -> None:
    text = "09.30 | Session 1 | Kystsikring\n\nTekst.\n\n11.00  Modul 2: Cykelstier\n"
    assert time_slot_headings(text).split("\n")[0] == "1. Kystsikring"
    assert "2. Cykelstier" in time_slot_headings(text)
    assert time_slot_headings("09.30 | Session 1 | Kystsikring\n") == (
        "09.30 | Session 1 | Kystsikring\n"
    )  # (one line alone is left as it stands)


def test_a_programmes_breaks_and_next_days_head_between_its_slots_are_blanked() -> None:
    text = (
        "Program\n\nTorsdag den 11. april\nkl. 12.00      Frokost\n"
        "kl. 13.00      Pkt. 1 Velkomst\nkl. 14.30      Kaffepause\n"
        "kl. 14.45      Pkt. 2 Anlæg\n\nFredag den 12. april\n"
        "kl. 09.00      Pkt. 3 Prioritering\n"
    )
    lines = time_slot_headings(text).split("\n")
    assert "Fredag den 12. april" not in lines and "kl. 14.30      Kaffepause" not in lines
    assert "Torsdag den 11. april" in lines  # (above the first slot: the programme's head)
    assert [ln for ln in lines if ln.startswith("Pkt.")] == [
        "Pkt. 1 Velkomst",
        "Pkt. 2 Anlæg",
        "Pkt. 3 Prioritering",
    ]


def test_markdown_headings_led_by_a_span_and_a_space() -> None:
    text = (
        "## Kl. 9:30 – 10:30 Status\n\nTekst.\n\n## Kl. 10:30 – 12:00 Budget\n\n"
        "## Kl. 13:00 – 14:00 Skoler\n"
    )
    lines = time_slot_headings(text).split("\n")
    assert lines[0] == "## 1. Status (9:30 – 10:30)"
    assert "## 3. Skoler (13:00 – 14:00)" in lines


def test_the_items_word_in_square_brackets_after_the_title() -> None:
    text = (
        "Program\n15.15 Velkomst [punkt 1]\n15.30 Demografien [punkt 2]\n16.45 Hjemmeplejen "
        "[punkt 3]\n\nVelkomst [punkt 1]\nTekst.\n\nDemografien [punkt 2]\nTekst.\n\n"
        "Hjemmeplejen [punkt 3]\nTekst.\n"
    )
    lines = bracketed_numbers_after_titles(text).split("\n")
    assert "1. Velkomst (15.15)" in lines and "3. Hjemmeplejen" in lines


def test_a_captioned_list_under_its_lead_in_is_no_item() -> None:
    """ "Resultat:" / "" / "Top 3" / "1) …": the caption between the lead-in and the list."""
    text = (
        "Referat af workshop 3. marts 2025\n\n1. Velkomst\nTekst.\n\n"
        "2. Oplæg\nBeslutning: Taget til efterretning.\n\n"
        "3. Prioritering\nHvert medlem havde tre stemmer. Resultat:\n\nTop 3\n"
        "1) Rekruttering\n2) Teknologi\n3) Demens\n\nBeslutning: Drøftet.\n\n"
        "4. Evaluering\nBeslutning: Intet.\n"
    )
    got = [(it.number, it.title) for it in parse_numbered(prepare(text), "generic").items]
    assert got == [(1, "Velkomst"), (2, "Oplæg"), (3, "Prioritering"), (4, "Evaluering")]


def test_session_headings_and_a_closing_heading_of_no_session() -> None:
    text = (
        "# Strategiseminar for direktionen\n\nDato: 15. maj 2024\n\n"
        "### Session 1: Økonomien\n\n**Aftale:** Direktionen laver et katalog.\n\n"
        "### Session 2 – Rekruttering\n\n**Aftale:** HR laver et oplæg.\n\n"
        "### Hvad tager vi med?\n\n- Katalog\n"
    )
    assert [title for _, title in _items(text)] == [
        "Økonomien",
        "Rekruttering",
        "Hvad tager vi med?",
    ]


def test_a_letterheads_body_beside_its_case_number_is_the_forum() -> None:
    text = (
        "STRUER KOMMUNE                                        Økonomi\n"
        "Byrådet                                               Sagsnr. 24/8812\n\n"
        "Opsamling fra budgetseminar\n11. april 2024\n\n"
        "Pkt. 1 Velkomst\nKonklusion:\nTaget til efterretning.\n\n"
        "Pkt. 2 Status\nKonklusion:\nDrøftet.\n"
    )
    assert parse_text(text).forum == "Byrådet"


def test_a_programmes_first_slot_is_the_start_where_the_header_names_no_hour() -> None:
    from analysis.layouts.time_slots import programme_first_slot

    programme = "Program\n\nkl. 12.00      Frokost\nkl. 13.00      Pkt. 1 Velkomst\n"
    assert programme_first_slot(programme + "kl. 14.30      Kaffe\n") == "12:00"
    assert programme_first_slot(programme) is None  # (two lines make no programme)
    assert programme_first_slot("- 15.30 Kaffe\n- 15.45 1. Velkomst\n- 16.00 2. Oplæg\n") == (
        "15:30"
    )


def test_a_theme_days_title_line_taken_for_the_forum_names_the_body() -> None:
    text = (
        "Temadag om klimaet – Teknik- og Miljøudvalget\n\nDato: 5. februar 2026\n\n"
        "1. Velkomst\nBeslutning: Drøftet.\n\n2. Oplæg\nBeslutning: Taget til efterretning.\n"
    )
    assert parse_text(text).forum == "Teknik- og Miljøudvalget"


def test_municipalities_listed_in_a_sentences_brackets_are_no_members_seats() -> None:
    from analysis.layouts.owners import joint_body

    prose = "Holstebro skal indgå i sundhedsrådet (Holstebro, Struer, Lemvig, Herning)."
    assert not joint_body([prose])
    assert joint_body(["Anne Holm (Struer), Ib Lund (Lemvig), Eva Bro (Herning)"])


def test_under_the_forums_indication_an_act_without_a_verb_of_deciding_is_decided() -> None:
    text = "De fem temaer lægges til grund for strategien."
    assert classify_decision(text) == [("other", text)]
    assert [t for t, _ in classify_decision(text, agreed=True)] == ["decided"]
    from analysis.enrich.decisions import is_agreed_label

    assert is_agreed_label("Udvalgets tilkendegivelse:")
