"""Layout families taught in round 18 (fix49): internal meetings' programmes, action logs,
reply chains and templates (pure)."""

from __future__ import annotations

from analysis.layouts.time_slots import time_slot_headings


def test_a_programme_of_slots_numbers_its_items_and_drops_breaks() -> None:
    text = (
        "Kl. 9.00-9.30   Velkomst\n    Opsamling: Intet.\n\n"
        "Kl. 9.30-10.00   PAUSE\n\n"
        "Kl. 10.00-11.00\tBudget 2026\n    Opsamling: Godkendt.\n\n"
        "kl. 11.00-11.30  Frokost\n\n"
        "Kl. 11.30-12.00   Afrunding\n"
    )
    lines = time_slot_headings(text).split("\n")
    assert lines[0] == "1. Velkomst (9.00-9.30)"
    assert lines[3] == ""  # the break: no item, no text of the item before
    assert lines[5] == "2. Budget 2026 (10.00-11.00)"
    assert lines[8] == ""
    assert lines[10] == "3. Afrunding (11.30-12.00)"
    assert len(lines) == len(text.split("\n"))  # line numbers kept


def test_two_slot_lines_are_no_programme() -> None:
    text = "1. Budget\nKl. 9.00-9.30   Oplæg ved økonomi\nKl. 9.30-10.00   Drøftelse\n"
    assert time_slot_headings(text) == text


def test_a_programme_of_breaks_alone_is_left() -> None:
    text = "Kl. 9.00-9.15   Kaffe\nKl. 10.00-10.15   Pause\nKl. 12.00-12.30   Frokost\n"
    assert time_slot_headings(text) == text


def _parsed(text: str):  # noqa: ANN202 (the model's ParsedMeeting)
    from analysis.layouts import parse_text

    return parse_text(text)


def test_an_item_split_into_lettered_parts_keeps_both_parts() -> None:
    text = (
        "Referat – Chefgruppen\nDato: 3. marts 2025\n\n"
        "1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
        "2a. Skolestruktur – høringssvar\nSagsnr.: 25/1001\nBeslutning: Drøftet.\n\n"
        "2b. Skolestruktur – tidsplan\nSagsnr.: 25/1001\nBeslutning: Godkendt.\n\n"
        "3. Eventuelt\nBeslutning: Intet.\n"
    )
    items = _parsed(text).items
    assert [(it.number, it.title) for it in items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Skolestruktur – høringssvar"),
        (2, "Skolestruktur – tidsplan"),
        (3, "Eventuelt"),
    ]


def test_a_second_part_alone_starts_no_item() -> None:
    text = (
        "Referat – Chefgruppen\nDato: 3. marts 2025\n\n"
        "1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
        "2. Budget\nBeslutning: Drøftet.\n\n"
        "3b. Noget andet\nBeslutning: Godkendt.\n\n"
        "4. Eventuelt\nBeslutning: Intet.\n"
    )
    assert [it.number for it in _parsed(text).items] == [1, 2, 4]


def test_nothing_to_follow_up_decides_nothing() -> None:
    from analysis.enrich.decisions import classify_decision

    assert [t for t, _ in classify_decision("Intet at følge op på.", None)] == ["none"]


def test_a_leaders_meeting_keeps_its_area_in_capitals_but_no_weekday_or_owner() -> None:
    from analysis.layouts.meeting_kind import forum_from_meeting_kind
    from analysis.parse import Line

    def forum(text: str) -> str | None:
        return forum_from_meeting_kind([Line(0, text, 0)], set())

    assert forum("Centerledermøde Sundhed og Ældre") == "Centerledermøde Sundhed og Ældre"
    assert (
        forum("Koordinationsmøde Vej / Byggesag / Plan")
        == "Koordinationsmøde Vej / Byggesag / Plan"
    )
    assert forum("Ledermøde Mandag den 3. marts 2025") == "Ledermøde"
    assert forum("Ledermøde Vejle Kommune") is None


def test_a_report_sent_back_to_the_forum_itself_is_no_referral() -> None:
    from analysis.enrich.decisions import classify_decision

    forum = "Arbejdsmiljøudvalget (AMU) – Værkstedet"
    text = "Taget til efterretning. Status på sagen sendes til udvalget inden jul."
    assert [t for t, _ in classify_decision(text, forum)] == ["noted"]
    # another body named by its kind is still sent the case
    assert "referred" in [t for t, _ in classify_decision("Sagen sendes til udvalget.", "Byrådet")]


def test_an_agenda_written_as_a_task_list_is_the_contents_and_header_fields_placed() -> None:
    from pathlib import Path

    from analysis.layouts.headings import toc_entry
    from analysis.parse import Line

    entry = toc_entry(Line(0, "- [ ] 3. Navnekonkurrence (udsat)", 0))
    assert entry is not None and (entry.number, entry.title) == (3, "Navnekonkurrence (udsat)")
    raw = Path(__file__).parent / "fixtures/layouts/raw/generic-tjekliste-dagsorden.md"
    warnings = _parsed(raw.read_text(encoding="utf-8")).warnings
    assert not [w for w in warnings if "could not be placed" in w]


def test_a_signature_above_a_tagged_disclaimer_is_mail_furniture() -> None:
    from pathlib import Path

    raw = Path(__file__).parent / "fixtures/layouts/raw/generic-mail-signatur.txt"
    meeting = _parsed(raw.read_text(encoding="utf-8"))
    assert not [w for w in meeting.warnings if "could not be placed" in w]
    assert "Mobil" not in meeting.items[-1].sections[-1].text


def test_a_til_stede_row_is_the_participants_field_in_the_agenda_export() -> None:
    from pathlib import Path

    raw = Path(__file__).parent / "fixtures/layouts/raw/agenda-til-stede-felt.txt"
    meeting = _parsed(raw.read_text(encoding="utf-8"))
    assert not [w for w in meeting.warnings if "could not be placed" in w]
    assert "Kasper Vest" in [p.name for p in meeting.participants]
