"""Rules taught from a set of internal forums' notes written by the forum's own secretary
(eighteenth round, layouts48) (pure). The fixtures in ``tests/fixtures/layouts/`` check the
families end to end; these tests pin the rules themselves, and what they must leave alone."""

from __future__ import annotations

from analysis.layouts import parse_text

_HEAD = "# Arbejdsgruppen for Kantinedrift\n\nDato: 4. juni 2024 kl. 9.00\n\n"


def test_roman_numerals_parted_from_the_title_by_a_dash() -> None:
    body = (
        "### I – Godkendelse af dagsorden\n\n→ Godkendt.\n\n"
        "### II – Nye menuer\n\n> Sagsnr.: 24/771\n\nForslag fra køkkenet.\n\n→ Drøftet.\n\n"
        "### III – Eventuelt\n\n→ Intet.\n"
    )
    meeting = parse_text(_HEAD + body)
    got = [(it.number, it.title, it.case_number) for it in meeting.items]
    assert got == [
        (1, "Godkendelse af dagsorden", None),
        (2, "Nye menuer", "24/771"),
        (3, "Eventuelt", None),
    ]


def test_a_lone_numeral_before_a_dash_is_no_item() -> None:
    # "I – …" and "V – …" are no run I, II, III: the numbered items stand alone
    body = (
        "1. Godkendelse af dagsorden\nSagsnr.: 24/700\n\nBeslutning:\nGodkendt.\n\n"
        "2. Budget\nSagsnr.: 24/701\n\nI – alt er der 12 sager.\n\nV – Hansen deltog.\n\n"
        "Beslutning:\nDrøftet.\n"
    )
    meeting = parse_text(_HEAD + body)
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budget"),
    ]


def test_a_decision_logs_year_and_running_number_under_a_nr_head() -> None:
    from analysis.read.item_table import item_rows

    head = [["Nr."], ["Emne"], ["Beslutning"]]
    rows = [head, [["2024-07"], ["Kantine"], ["Godkendt."]], [["2024-08"], ["IT"], ["Udsat."]]]
    lines = item_rows(rows)
    assert lines is not None
    assert [ln for ln in lines if ln.startswith("## ")] == ["## 7. Kantine", "## 8. IT"]


def test_ids_that_do_not_rise_number_no_items() -> None:
    from analysis.read.item_table import item_rows

    head = [["Nr."], ["Emne"], ["Beslutning"]]
    rows = [head, [["2024-08"], ["Kantine"], ["Godkendt."]], [["2024-07"], ["IT"], ["Udsat."]]]
    assert item_rows(rows) is None


def test_a_markdown_log_numbered_by_year_and_running_number() -> None:
    text = (
        "# Beslutningslog – Styregruppen for Ny Skole\n\nDato: 3. april 2024\n\n"
        "| Nr. | Emne | Beslutning |\n|---|---|---|\n"
        "| 2024-12 | Byggeprogram | Godkendt. |\n| 2024-13 | Tidsplan | Taget til efterretning. |\n"
    )
    meeting = parse_text(text)
    assert [(it.number, it.title) for it in meeting.items] == [
        (12, "Byggeprogram"),
        (13, "Tidsplan"),
    ]


def test_a_lead_sentence_after_the_owner_gives_date_time_and_place() -> None:
    text = (
        "# Beslutningslog – Direktionsmøde 2. maj 2024\n\n"
        "Tønder Kommune, Direktionen. Mødet blev holdt torsdag den 2. maj 2024 kl. 8.30 i "
        "Direktionens mødelokale, Kongevej 57.\n\n"
        "1. Budget\nSagsnr.: 24/100\n\nBeslutning:\nGodkendt.\n\n"
        "2. Eventuelt\nSagsnr.: 24/101\n\nBeslutning:\nIntet.\n"
    )
    meeting = parse_text(text)
    assert (meeting.forum, meeting.start_time, meeting.location) == (
        "Direktionen",
        "08:30",
        "Direktionens mødelokale, Kongevej 57",
    )
    assert not [w for w in meeting.warnings if "could not be placed" in w], meeting.warnings


def test_a_meta_line_of_time_slot_purpose_and_case() -> None:
    from analysis.parse import match_case_number

    assert match_case_number("13.00-13.15 · Orientering · Sagsnr. 25/1044") == "25/1044"
    assert match_case_number("9.30-10.15 · Til beslutning · Sagsnr. 24/9034") == "24/9034"
    # a time slot alone, or beside prose, is no case
    assert match_case_number("14.45-15.00") is None
    assert match_case_number("9.30-10.15 · Vi talte om det · Sagsnr. 24/9034") is None


def test_a_button_that_is_no_items_toggle_stays_a_control() -> None:
    from analysis.read.html import html_to_text

    page = (
        "<html><body><main><h1>Referat</h1>"
        '<button aria-expanded="false">Fold alle ud</button>'
        '<button aria-expanded="true">2 kommentarer</button>'
        '<div class="accordion-item"><button aria-expanded="true">Punkt 1 Budget</button>'
        "<div><p>Tekst.</p></div></div></main></body></html>"
    )
    text = html_to_text(page)
    assert "Fold alle ud" not in text and "kommentarer" not in text
    assert "## Punkt 1 Budget" in text


def _cut_short(text: str) -> list[str]:
    return [w for w in parse_text(text).warnings if "cut short" in w]


_NOTES = (
    "Viborg Kommune\nIndkøbsforum – referat\n\nDato: 12. marts 2024 kl. 10.00\n\n"
    "1. Rammeaftale på kontorartikler\nSagsnr.: 24/310\nSagsfremstilling\nUdbuddet er afsluttet."
    "\nReferat\nGodkendt.\n\n2. Eventuelt\nSagsnr.: 24/311\nSagsfremstilling\n{last}\n"
)


def test_a_standing_last_item_closed_by_its_attachments_is_no_file_cut_short() -> None:
    last = "Intet.\n\nBilag\n2.1 Oversigt over aftaler\n2.2 Tidsplan"
    assert not _cut_short(_NOTES.format(last=last))


def test_a_standing_last_item_stopping_mid_sentence_still_warns() -> None:
    last = "Der blev spurgt til, om\n\nBilag\n2.1 Oversigt over aftaler"
    assert _cut_short(_NOTES.format(last=last))


def test_a_case_field_opening_a_cells_text_is_the_case() -> None:
    text = (
        "Odder Kommune\tLokalMED Rådhuset – 04.03.2024\n\nLokalMED – Rådhuset\n\n"
        "Dato og tid: 04.03.2024 kl. 13.00\n\n"
        "Punkt 1\tBudget\nSagsfremstilling\tSag: 00.01.00-A00-2-24 Budgettet blev gennemgået.\n"
        "Konklusion\tTaget til efterretning.\n"
        "Punkt 2\tIndeklima\nSagsfremstilling\tSag: flere klager over træk i kantinen.\n"
        "Konklusion\tDrøftet.\n"
    )
    meeting = parse_text(text)
    assert meeting.forum == "LokalMED Rådhuset"
    first, second = meeting.items
    assert (first.case_number, first.sections[0].text) == (
        "00.01.00-A00-2-24",
        "Budgettet blev gennemgået.",
    )
    assert second.case_number is None  # "Sag: flere klager …" names no case


def test_a_conclusion_labelled_as_a_discussion_is_discussed() -> None:
    from analysis.enrich.decisions import classify_decision

    assert classify_decision("Drøftelse: Der var enighed om planen.", agreed=True)[0][0] == (
        "discussed"
    )
    assert classify_decision("Drøftelse: Godkendt.")[0][0] == "approved"


def test_markdown_notes_with_danish_front_matter_and_inline_code() -> None:
    from analysis.read.text import front_matter_as_text

    text = front_matter_as_text("---\ntitel: Referat\nforfatter: abc\ndato: 2024-05-02\n---\n")
    assert text.split("\n") == ["", "Referat", "", "dato: 2024-05-02", "", ""]
    from analysis.parse import strip_markdown

    assert (
        strip_markdown("_Oplæg: Arkitekt | Sag: `24-08812`_") == "Oplæg: Arkitekt | Sag: 24-08812"
    )


def test_signature_delimiter_guest_and_abbreviated_referent_are_placed() -> None:
    text = (
        "Referat – Styregruppen for Ny Hal\n\nDato: 2. maj 2024 kl. 9.00\n"
        "Deltagere: Ib Holm, Eva Lund\nGæst: Jens Bo, arkitekt (pkt. 2)\nRef.: Mia Krog\n\n"
        "1. Budget\nSagsnr.: 24/100\n\nBeslutning:\nGodkendt.\n\n"
        "2. Eventuelt\nSagsnr.: 24/101\n\nBeslutning:\nIntet.\n\n--\nMia Krog\n"
    )
    meeting = parse_text(text)
    roles = {p.name: p.role for p in meeting.participants}
    assert roles.get("Mia Krog") == "Referent"
    assert "Jens Bo" in " ".join(roles)
    assert meeting.items[-1].sections[-1].text.startswith("Intet.")
    assert "--" not in meeting.items[-1].sections[-1].text


def test_follow_page_control_row_is_furniture() -> None:
    from analysis.layouts.text import is_furniture

    assert is_furniture("Del Udskriv Følg side")
    assert not is_furniture("Følg op på sagen i maj")
