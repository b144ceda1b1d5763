"""The rules of the sixteenth round's leadership-forum layouts (pure).

The fixtures in ``tests/fixtures/layouts/`` check each family end to end; these tests pin
the rules themselves, and what they must leave alone.
"""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision
from analysis.evaluate import _label_numbers
from analysis.layouts import parse_text
from analysis.parse import match_case_number
from analysis.read.item_table import field_columns, item_rows

_HEAD = "Vesthimmerlands Kommune\nChefgruppen\n\nReferat\n\nMandag den 3. marts 2025 kl. 9.00\n\n"


def _items(body: str) -> list[tuple[int, str]]:
    meeting = parse_text(_HEAD + body)
    return [(it.number, it.raw_title) for it in meeting.items]


def test_counted_point_over_its_title_is_an_item() -> None:
    body = (
        "Dagsordenspunkt 1 af 3\nBudget 2026\nJ.nr.: 00.30.00-S00-1-25\n"
        "Beslutning: Godkendt.\n\n"
        "Dagsordenspunkt 2 af 3\nSygefravær\nJ.nr.: 81.00.00-A26-2-25\n"
        "Beslutning: Taget til efterretning.\n\n"
        "Dagsordenspunkt 3 af 3\nEventuelt\n"
    )
    assert _items(body) == [(1, "Budget 2026"), (2, "Sygefravær"), (3, "Eventuelt")]


def test_count_past_its_total_or_without_the_word_is_no_heading() -> None:
    body = (
        "1. Budget 2026\nSagsnr.: 25/1\nBeslutning: Godkendt.\n\n"
        "2. Sygefravær\nSagsnr.: 25/2\nFravær over 5 %:\n4 af 9\nAfdelinger i alt.\n"
        "Beslutning: Taget til efterretning.\n"
    )
    assert _items(body) == [(1, "Budget 2026"), (2, "Sygefravær")]


def test_lower_case_letters_number_typed_notes() -> None:
    body = (
        "a. Vinterdrift\nNoter om saltforbrug.\nKonkl.: Til efterretning.\n\n"
        "b. Ferieplan\nKonkl.: Godkendt.\n\n"
        "c. Rekruttering\nTo kandidater.\nKonkl.: Drøftet.\n"
    )
    meeting = parse_text(_HEAD + body)
    assert [(it.number, it.raw_title) for it in meeting.items] == [
        (1, "Vinterdrift"),
        (2, "Ferieplan"),
        (3, "Rekruttering"),
    ]
    assert [it.sections[-1].text for it in meeting.items] == [
        "Til efterretning.",
        "Godkendt.",
        "Drøftet.",
    ]


def test_numbered_groups_number_their_items_in_order() -> None:
    body = (
        "## Beslutningspunkter\n\n### 1.1 Mødeplan\n\n**Konklusion:** Godkendt.\n\n"
        "### 1.2 Budgetproces\n\n**Konklusion:** Godkendt.\n\n"
        "## Orienteringspunkter\n\n### 2.1 Sygefravær\n\n**Konklusion:** Taget til efterretning.\n"
    )
    assert _items(body) == [(1, "Mødeplan"), (2, "Budgetproces"), (3, "Sygefravær")]


def test_sub_points_under_a_numbered_item_stay_its_text() -> None:
    body = (
        "## 1. Meddelelser\n\nSagsnr.: 25/10\n\n### 1.1 Nyt fra KKR\n\nKort nyt.\n\n"
        "### 1.2 Nyt fra HR\n\nKort nyt.\n\n### 1.3 Nyt fra IT\n\nKort nyt.\n\n"
        "Beslutning: Taget til efterretning.\n\n"
        "## 2. Budget\n\nSagsnr.: 25/11\n\nBeslutning: Godkendt.\n"
    )
    assert _items(body) == [(1, "Meddelelser"), (2, "Budget")]


def test_label_numbers_within_numbered_groups_are_their_place() -> None:
    items = [{"n": "1.1"}, {"n": "1.2"}, {"n": "2.1"}, {"n": "3.1"}]
    assert _label_numbers(items) == [1, 2, 3, 4]
    assert _label_numbers([{"n": "a"}, {"n": "b"}, {"n": "c"}]) == [1, 2, 3]


def test_case_among_an_items_fields() -> None:
    assert match_case_number("Formål: Drøftelse Ansv.: KD / LK Sagsnr.: 25/3341") == "25/3341"
    assert match_case_number("Sag: 00.30.01-S00-4-25 Ansv.: ØKO") == "00.30.01-S00-4-25"
    assert match_case_number("Formål: Beslutning · Ansv.: KD · Sagsnr. 25/7731") == "25/7731"
    assert match_case_number("Sagsnr.: Sagsnr. 25/10422") == "25/10422"
    # fields without a case, and a sentence naming a case, give none
    assert match_case_number("Tid: 13.05 Sted: lokale 2") is None
    assert match_case_number("Formål: Beslutning Ansv.: KD") is None
    assert match_case_number("Mødet: Sagsnr.: 25/3341 blev drøftet i går") is None
    # a section's text on its label's line is no meta line
    assert match_case_number("Beslutning: Godkendt. Sagsnr.: 25/3341") is None


def test_forums_of_top_leaders_and_chiefs_meetings() -> None:
    assert (
        parse_text(
            _HEAD.replace("Chefgruppen", "Topledelsen") + "1. Budget\nSagsnr.: 25/1\n"
            "Beslutning: Godkendt.\n"
        ).forum
        == "Topledelsen"
    )
    text = "Fagchefmøde – referat\n\nTirsdag den 4. marts 2025 kl. 13.00\n\n"
    text += "1. Budget\nSagsnr.: 25/1\nBeslutning: Godkendt.\n"
    assert parse_text(text).forum == "Fagchefmøde"
    text = "Ledelsesforum - noter\n\nMødet afholdt den 04.03.2025 kl. 14.00\n\n"
    text += "1. Budget\nKonkl.: Godkendt.\n\n2. Sygefravær\nKonkl.: Til efterretning.\n"
    assert parse_text(text).forum == "Ledelsesforum"


def test_decision_types_of_typed_notes() -> None:
    assert classify_decision("OK")[0][0] == "approved"
    assert classify_decision("Ok - intet at bemærke.")[0][0] == "noted"
    assert classify_decision("Tages op igen i april.")[0][0] == "postponed"
    assert classify_decision("Godkendt, tages op igen i maj.")[0][0] == "approved"
    assert classify_decision("Lukket.", None, True)[0][0] == "none"
    assert classify_decision("Lukket punkt.")[0][0] == "none"
    closed = classify_decision("Lukket punkt. Aftalt at HR går videre med sagen.")
    assert closed[0][0] == "decided"


def test_fields_side_by_side_read_as_each_head_over_its_text() -> None:
    rows = [[["Indstilling"], ["Beslutning"]], [["Udvalget godkender planen."], ["Godkendt."]]]
    assert field_columns(rows) == [
        "Indstilling",
        "Udvalget godkender planen.",
        "",
        "Beslutning",
        "Godkendt.",
    ]
    assert field_columns(rows[:1]) is None  # the head row alone: read as it stands
    # a table whose head names no fields, or of more rows, is none of these
    assert field_columns([[["Navn"], ["Rolle"]], [["Lis"], ["Formand"]]]) is None
    assert field_columns([*rows, rows[1]]) is None
    # a table of text whose first row happens to hold section words is no field table
    assert field_columns([[["Tidsplan"], ["Økonomi"]], [["maj"], ["1 mio. kr."]]]) is None
    assert field_columns([[["Tidsplan"], ["Tidsplan"]], [["maj"], ["juni"]]]) is None


def test_rows_numbered_within_lettered_groups_and_a_lost_case_cell() -> None:
    head = ["Pkt.", "Emne", "Ansv.", "Sag", "Konklusion"]
    rows = [
        [[h] for h in head],
        [["A1"], ["Regnskab"], ["ØKO"], ["Sag: 25/1"], ["Taget til efterretning."]],
        [["B1"], ["Mødeplan"], ["KD"], ["Godkendt."]],
    ]
    text = item_rows(rows)
    assert text is not None
    # written as grouped headings, which the heading grammar numbers 1, 2 … in order (a
    # table per group goes on from the one before: see test_layouts_round19_fix57)
    assert text[0] == "## A1 Regnskab" and "Sag: 25/1" in text
    at = text.index("## B1 Mødeplan")
    assert text[at:] == ["## B1 Mødeplan", "Ansv.: KD", "", "Konklusion", "Godkendt."]
    # letters out of order are no run: no item table
    rows[2][0] = ["C2"]
    assert item_rows(rows) is None


def test_forum_without_its_abbreviation_and_its_owner_column() -> None:
    body = "\n\n1. Budget\nSagsnr.: 25/1\nBeslutning: Godkendt.\n"
    dated = "Mødedato: 3. marts 2025\n"
    titled = "Odder Kommune – Strategisk ledelsesforum (SLF)\n" + dated + body
    assert parse_text(titled).forum == "Strategisk ledelsesforum"
    # a bracket that is no abbreviation of the name stays
    assert parse_text(titled.replace("(SLF)", "(udvidet)")).forum.endswith("(udvidet)")
    assert parse_text(titled.replace("(SLF)", "(HMU)")).forum.endswith("(HMU)")
    header = "Svendborg Kommune                    Direktionen\n" + dated + body
    assert parse_text(header).forum == "Direktionen"


def test_place_sentence_ends_before_the_next() -> None:
    from analysis.layouts.header import _place_text

    assert _place_text("Torvet 4. Afbud fra kulturchefen.") == "Torvet 4"
    assert _place_text("Rådhuset, 2. sal") == "Rådhuset, 2. sal"
    assert _place_text("Rådhuset, Nykøbing F.") == "Rådhuset, Nykøbing F."


def test_joint_meeting_and_an_intranet_byline() -> None:
    from analysis.layouts.meeting_kind import body_of_meeting
    from analysis.layouts.text import is_furniture

    joint = "Referat – Direktionsmøde med Hoved-MED formøde"
    assert body_of_meeting(joint) == "Direktionen med Hoved-MED formøde"
    assert body_of_meeting("Direktionsmøde – referat") == "Direktionen"
    assert is_furniture("Publiceret 9. april 2025 af Sekretariatet | Læsetid 4 min")
    assert is_furniture("Af Direktørens stab · Opdateret 26.02.2025 · Ledelse")
    # a sentence with a middle dot, a byline without a date: text
    assert not is_furniture("Af hensyn til økonomien · Budget")
    assert not is_furniture("Publiceret af HR · Ledelse")


def test_wrapped_member_list_and_a_letter_key_are_placed() -> None:
    text = (
        "Chefgruppen - noter\n\nMødet afholdt den 04.03.2025 kl. 14.00\n"
        "Til stede: Direktør Ane B., Skolechef Bo C., Chef for Ældre\n"
        "Ditte D., Økonomichef Eva E.\n"
        "Afbud: ingen\n"
        "A = orientering, B = beslutning\n\n"
        "1. Budget\nKonkl.: Godkendt.\n\n2. Sygefravær\nKonkl.: Til efterretning.\n"
    )
    meeting = parse_text(text)
    assert [p.name for p in meeting.participants][2] == "Chef for Ældre Ditte D."
    assert not any("could not be placed" in w for w in meeting.warnings)
    # a member list closed by a full stop does not run on into the next line
    closed = text.replace("Chef for Ældre\n", "Chef for Ældre.\n")
    assert any("could not be placed" in w for w in parse_text(closed).warnings)


def test_site_menu_under_the_control_row_is_furniture() -> None:
    from analysis.layouts import prepare
    from analysis.layouts.text import furniture

    page = (
        "Intra | Mine sider | Log af\n\n- Organisation\n- Direktionen\n- Hoved-MED\n\n## Referat\n"
    )
    lines = prepare(page)
    assert {ln.clean for ln in lines if ln.index in furniture(lines)} >= {
        "- Organisation",
        "- Direktionen",
        "- Hoved-MED",
    }
    # the same bullets under a label are the page's own (participants)
    own = prepare("## Referat\n\nDeltagere:\n- Organisation\n- Direktionen\n- Hoved-MED\n")
    assert not any(ln.clean.startswith("- ") for ln in own if ln.index in furniture(own))
