"""Round thirty-six (layouts207: crisis staffs and operational meetings): small rules."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, is_agreed_label, primary_decision_type
from analysis.layouts import outcome, parse_text
from analysis.layouts.text import furniture, task_table_lines
from analysis.layouts.title_forum import crisis_title_forum, operations_title_forum
from analysis.model import Item, Section
from analysis.parse import to_lines


def _type(text: str, forum: str | None = None, agreed: bool = False) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum, agreed))


def _decision(item: Item) -> str | None:
    return next((s.text for s in item.sections if s.key == "beslutning"), None)


_HEADER = "Beredskabsstaben\n\nStatusmøde 4. marts 2024 kl. 09.00\nSted: Rådhuset\n\n"


def test_a_label_the_title_names_is_no_repeat_of_the_title():
    text = _HEADER + (
        "1. Situation\nVandstanden falder.\n\n"
        "2. Beslutninger\nBeslutninger:\n- Skolerne holder lukket.\n- Hallen åbner kl. 8.\n\n"
        "3. Næste møde\nTirsdag kl. 9.\n"
    )
    item = parse_text(text).items[1]
    assert item.title == "Beslutninger"
    assert _decision(item) == "Skolerne holder lukket.\nHallen åbner kl. 8."


def test_a_numbered_list_under_an_agreement_lists_no_items():
    text = "# Beredskabsstab\n\nDato: 4. marts 2024 kl. 9.00\n\n" + (
        "## 1. Situation\nVandstanden falder.\n\n"
        "## 2. Kommunikation\nOpslag på Facebook.\n\n"
        "**Aftaler:**\n1. Fælles opslag med politiet\n2. Ingen pressemeddelelser\n\n"
        "## 3. Evakuering\nDrøftet.\n\nBeslutning: Der forberedes modtagested i hallen.\n\n"
        "## 4. Næste møde\nKl. 18.00.\n"
    )
    items = parse_text(text).items
    assert [(i.number, i.title) for i in items] == [
        (1, "Situation"),
        (2, "Kommunikation"),
        (3, "Evakuering"),
        (4, "Næste møde"),
    ]
    assert _decision(items[1]).startswith("1. Fælles opslag")


def test_the_item_before_an_inserted_one_has_no_evidence_of_its_own():
    text = "Driftsmøde Vej\n\nonsdag 9/10-2024 kl 7.00\n\n" + (
        "1) Siden sidst\nIntet nyt.\n\n"
        "2) Vinter\nSalt er bestilt.\nAftale: Vagtplan klar 1/11.\n\n"
        "3) Skybrud - oprydning\nRiste renset.\n\n"
        "3a) Stier\nEn sti er undermineret.\nAftale: Stien spærres.\n\n"
        "4) Evt\nIntet.\n"
    )
    items = parse_text(text).items
    assert [i.title for i in items] == [
        "Siden sidst",
        "Vinter",
        "Skybrud - oprydning",
        "Stier",
        "Evt",
    ]


def test_action_points_are_the_agreed_decision():
    assert is_agreed_label("Action-punkter:")
    assert _type("Kasernen tages i brug fra 11/4 (Pouel)", agreed=True) == "decided"


def test_the_forums_own_initials_are_no_referral():
    text = "BUF udarbejder en procedure, der sendes til KS i morgen."
    assert _type(text, "Krisestaben") != "referred"
    assert _type("Sagen sendes til ØU.", "Krisestaben") == "referred"


def test_a_staffs_orders_in_the_present_passive():
    for text in (
        "Der indkøbes 3 mobile generatorer.",
        "Der forberedes modtagested i hallen.",
        "Idrætscentret åbnes som opholdssted fra kl. 18.",
        "Østervangen klargøres.",
    ):
        assert _type(text) == "decided", text
    assert _type("Når hallen åbnes, orienteres borgerne.") == "other"


def test_an_owner_or_a_meeting_kind_around_the_staff():
    for title, forum in (
        ("Beredskabsstab – Horsens Kommune", "Beredskabsstab"),
        ("Statusmøde influenza, SÆ's beredskabsledelse", "SÆ's beredskabsledelse"),
    ):
        lines = to_lines(f"Sundhed og Ældre\nViborg Kommune\n\nREFERAT\n{title}\n")
        assert crisis_title_forum(lines, set()) == forum, title


def test_an_operational_meeting_named_by_its_kind_and_service():
    for title, forum in (
        ("Driftsmøde - Vej & Grønt, Silkeborg Kommune, Teknik", "Driftsmøde - Vej & Grønt"),
        ("Tavlemøde IT-drift", "Tavlemøde IT-drift"),
        ("Statusmøde uge 14", None),
    ):
        lines = to_lines(f"Silkeborg Kommune\n{title}\n\nDato: 9/10-2024\n")
        assert operations_title_forum(lines, set()) == forum, title


def test_the_hour_before_the_day_and_a_place_met_in_person():
    text = "Kriseledelse\n\nStatusmøde kl. 16.00 fredag den 20. oktober 2023\n" + (
        "Mødested: Rådhuset, mødelokale 2 (fysisk)\n\n"
        "Pkt. 1  Situation\nTekst.\nBeslutning: Godkendt\n\nPkt. 2  Evt\nIntet.\n"
    )
    meeting = parse_text(text)
    assert meeting.start_time == "16:00"
    assert meeting.location == "Rådhuset, mødelokale 2"


def test_no_decision_and_why_closes_the_notes():
    assert _type("Ingen beslutning - forventes færdigt i uge 47.") == "none"
    assert _type("Ingen beslutning – tages op igen, når tilbuddet er her.") == "postponed"
    lines = ["Status: 12 riste renset.", "Ingen beslutning - færdigt i næste uge."]
    assert outcome._closing_outcome(lines) == 1


def test_a_note_takers_ok_under_a_sentence_is_no_button():
    notes = "4) Maskiner\nFejemaskinen er på værksted.\nOK\n\n5) Evt\nIntet.\n"
    assert 2 not in furniture(to_lines(notes))
    # (a page with a cookie notice: its "OK" is the notice's button)
    for cookies in ("Vi bruger cookies til statistik.", "VI BRUGER COOKIES."):
        page = f"{cookies}\nOK\n\n" + notes
        assert {1, 5} <= furniture(to_lines(page)), cookies


def test_a_task_table_is_the_agreed_decision():
    text = "Hvem | Hvad | Hvornår\nKim L. | ringer til værket | fredag\nBo | skriver brev | 1/12\n"
    assert task_table_lines(to_lines(text)) == {0, 1, 2}
    assert not furniture(to_lines("1) Opgaver\n" + text)) & {1, 2, 3}
    item = Item(1, "Opgaver", "Opgaver", None, False, None, None, None, (), (), (), ())
    item = Item(**{**item.__dict__, "sections": (Section("tekst", "", text.strip()),)})
    (tasks,) = outcome.task_tables([item])
    assert tasks.sections == (
        Section("beslutning", "Hvem | Hvad | Hvornår", text.strip().split("\n", 1)[1]),
    )
    assert is_agreed_label("Ansvarlig\tOpgave\tFrist")
    assert _type("Kim L. | ringer til værket | fredag", agreed=True) == "decided"
