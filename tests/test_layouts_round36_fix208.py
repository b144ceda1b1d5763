"""Round thirty-six (layouts208: children's and youth councils, pupils' bodies): plain
numbered points closed by "Eventuelt", a short date "møde d. 12/3-24" in the title, and
outcomes in plain words (a show of hands, "Alle var enige om at …", "Vi venter til næste
møde")."""

from __future__ import annotations

import datetime as dt

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.outcome import outcome_line
from analysis.parse import NotMinutes, parse_minutes


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, None))


def _decision(item) -> str | None:
    return next((s.text for s in item.sections if s.key == "beslutning"), None)


_HEADER = "Ungerådet\nReferat fra møde d. 4/2-25\nTid: kl. 17.00\n\nTil stede: Ea, Bo\n\n"


def test_short_date_closing_the_title_line():
    text = _HEADER + "1. Velkomst\nGodkendt.\n\n2. Eventuelt\nIntet.\n"
    assert parse_minutes(text).date == dt.date(2025, 2, 4)


def test_plain_points_closed_by_eventuelt_are_items():
    text = _HEADER + (
        "1. Runde\nAlle sagde hej.\n\n"
        "2. Skaterbane\nBo har set på pladsen.\nVi stemte: 4 for, 1 imod\n\n"
        "2. Sommerfest\nEa fortalte om festen.\nVi venter til næste møde med at vælge dato.\n\n"
        "4. Cykler\nVi snakkede om det men besluttede ikke noget.\n\n"
        "5. Eventuelt\nIntet.\n"
    )
    items = parse_minutes(text).items
    assert [it.number for it in items] == [1, 2, 2, 4, 5]
    assert _decision(items[1]) is not None and _decision(items[1]).startswith("Vi stemte")
    assert _decision(items[2]).startswith("Vi venter til næste møde")


def test_the_run_needs_its_standing_last_item():
    # the same plain points without "Eventuelt" closing them: nothing proves them items
    text = _HEADER + (
        "1. Runde\nAlle sagde hej.\n\n2. Skaterbane\nBo har set på pladsen.\n\n"
        "3. Sommerfest\nEa fortalte om festen.\n\n"
        "4. Cykler\nVi snakkede om det men besluttede ikke noget.\n\n"
        "5. Kiosk\nDen er lukket.\n"
    )
    try:
        items = parse_minutes(text).items
    except NotMinutes:
        items = []
    assert len(items) < 5


def test_plain_word_outcome_lines():
    for line in (
        "Vi stemte: 8 for, 0 imod",
        "Vi stemte om halloween: 7 for, 2 imod. Det blev et ja!",
        "Det blev et nej.",
        "Alle var enige om at skrive til skolelederen.",
        "Vi venter til næste møde, så vi ved mere.",
        "Vi snakkede om det men besluttede ikke noget.",
    ):
        assert outcome_line(line), line
    assert not outcome_line("Vi stemte dørklokker i hele byen.")
    assert not outcome_line("Vi snakkede om at vi savner hinanden.")


def test_plain_word_outcome_types():
    assert _type("Vi stemte: 8 for, 0 imod\nDet blev et ja! Videoerne laves.") == "approved"
    assert _type("Vi stemte: 2 for, 6 imod") == "rejected"
    assert _type("Nr. 1 og 2 fik ja (alle for). Nr. 3 fik nej, for dyrt.") == "rejected"
    assert _type("Vi venter til næste møde, så vi ved mere.") == "postponed"
    assert _type("Alle var enige om at bruge mere tid, så vi venter til næste møde.") == "postponed"
    assert _type("Film-aften venter vi med til vi kender prisen.") == "postponed"
    assert _type("Vi snakkede om det. Vi tager det op igen næste gang.") == "postponed"
    # taken up again once a task is done, no later meeting named: the talk is the outcome
    assert _type("Drøftet. Vi tager det op igen når HR har lavet analysen.") == "discussed"


def test_vote_counted_over_an_arrowed_result_opens_the_decision():
    text = _HEADER + (
        "1. Runde\nAlle sagde hej.\n\n"
        "2. Fastelavn\nSkal de store være med?\nVi stemte: 6 for, 2 imod\n-> Det blev et ja.\n\n"
        "3. Cykler\n-> Godkendt.\n\n4. Eventuelt\nIntet.\n"
    )
    items = parse_minutes(text).items
    assert _decision(items[1]).startswith("Vi stemte: 6 for, 2 imod")


def test_check_mark_before_a_lone_outcome():
    text = _HEADER + (
        "**Pkt. 1 – Dagsorden**\n✅ Godkendt. Punkt 3 blev taget først.\n\n"
        "**Pkt. 2 – Skaterbane**\nBo har set på pladsen.\n"
        "✅ Beslutning: Vi skriver til kommunen.\n\n"
        "**Pkt. 3 – Eventuelt**\nIntet.\n"
    )
    items = parse_minutes(text).items
    assert _decision(items[0]) == "✅ Godkendt. Punkt 3 blev taget først."


def test_next_meeting_line_over_the_last_items_decision_label():
    text = _HEADER + (
        "### 1. Dagsorden\n\nBeslutning: Godkendt.\n\n"
        "### 2. Eventuelt\n\nMødet var for langt.\nNæste møde er d. 22. januar 2026.\n\n"
        "Beslutning: Ingen.\n"
    )
    meeting = parse_minutes(text)
    assert _decision(meeting.items[-1]) == "Ingen."
    assert not any("could not be placed" in w for w in meeting.warnings)


def test_place_field_closing_the_dated_line():
    text = (
        "Elevrådsmøde på Skovskolen\ntirsdag 18-01-2011 i 2. frikvarter, mødested: musiklokalet\n\n"
        "1) Referat\ngodkendt\n\n2) Bod\n-> Vi besluttede at sælge frugt.\n\n"
        "3) Eventuelt\nIntet.\n"
    )
    assert parse_minutes(text).location == "musiklokalet"
