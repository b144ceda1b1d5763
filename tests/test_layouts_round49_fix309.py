"""Round forty-nine (layouts309: minutes of inter-municipal forums — contact councils,
chiefs' circles, business and city regions, summits of a region's mayors): the decision
label naming the forum by its whole name, members who are their kommune's leaders listed
under it, an area named by a common noun after the body, a discussed draft put before a
body once reworked."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision
from analysis.layouts import headings
from analysis.layouts.owners import joint_body, member_municipalities
from analysis.layouts.title_forum import title_line_forum
from analysis.parse import BodyRules, Line, heading_key, to_lines


def _key(text: str, forum: str | None) -> str | None:
    found = heading_key(Line(0, text, 0), BodyRules(forum=forum))
    return found[0] if found else None


def test_decision_label_naming_the_forum_whole() -> None:
    # a joint council's name ends in no body word: the label is the forum's by its name
    assert _key("Beslutning i KKR Vestegnen:", "KKR Vestegnen") == "beslutning"
    assert _key("Beslutning i kkr vestegnen:", "KKR Vestegnen") == "beslutning"
    # another name, or no forum known, is no label of this meeting
    assert _key("Beslutning i KKR Vestegnen:", "KKR Østegnen") is None
    assert _key("Beslutning i KKR Vestegnen:", None) is None
    # a body word still reads as before, the forum's or another body's
    assert _key("Beslutning i Økonomiudvalget:", "Økonomiudvalget") == "beslutning"
    assert _key("Beslutning i Økonomiudvalget:", "KKR Vestegnen") == "tidligere_beslutning"
    # an agenda's label holds the proposed decision
    rules = BodyRules(forum="KKR Vestegnen", agenda=True)
    found = heading_key(Line(0, "Beslutning i KKR Vestegnen:", 0), rules)
    assert found is not None and found[0] != "beslutning"


def test_named_body_label_is_an_items_sign() -> None:
    assert headings._decision_label_alone("Beslutning i KKR Vestegnen:")
    assert headings._decision_label_alone("Beslutning i Byregion Nord:")
    # not without its colon, nor a sentence, nor the label in small letters
    assert not headings._decision_label_alone("Beslutning i KKR Vestegnen")
    assert not headings._decision_label_alone("Beslutning i sagen blev udsat til næste møde:")
    assert not headings._decision_label_alone("Beslutning i bestyrelsen om lån:")


def test_leaders_listed_under_their_kommune() -> None:
    lines = [
        "Deltagere:",
        "Holbæk Kommune: Borgmester Anne Friis (formand)",
        "Kalundborg Kommune: Kommunaldirektør Jens Lund",
        "Odsherred: Borgmester Bo Vang",
        "Lejre Kommune\tViceborgmester Sif Kjær",
    ]
    assert member_municipalities(lines) == {"Holbæk", "Kalundborg", "Odsherred", "Lejre"}
    assert joint_body(lines)
    # officials without a leader's title under the kommuner they come from (a network
    # meeting at its host) count only in a board's minutes
    staff = ["Holbæk Kommune: Anne Friis", "Kalundborg: Jens Lund", "Lejre Kommune: Sif Kjær"]
    assert member_municipalities(staff) == set()
    assert member_municipalities(staff, board=True) == {"Holbæk", "Kalundborg", "Lejre"}
    # a header field or a place is no seat
    assert member_municipalities(["Sted: Borgmesterkontoret", "Dato: 3. maj 2024"]) == set()


def test_area_named_by_a_common_noun() -> None:
    for first in (
        "Økonomichefkredsen i grænseregionen",
        "K12 – Kommunaldirektørkredsen i østjyllandsområdet",
    ):
        assert title_line_forum(to_lines(f"{first}\n\nReferat\n"), set())[0] == first
    # a lower-case word of another kind stays no part of a name
    assert title_line_forum(to_lines("Kommunaldirektørkredsen i dag\n"), set())[0] is None


def test_discussed_draft_put_before_a_body() -> None:
    text = (
        "Kredsen drøftede udkastet. Sekretariatet retter det til, og udkastet\n"
        "forelægges Borgmesterforum den 3. juni."
    )
    assert [t for t, _ in classify_decision(text, "Kredsen")] == ["discussed"]
    # a case sent on is still referred, also after a discussion
    sent = "Udvalget drøftede sagen. Sagen forelægges Økonomiudvalget."
    assert "referred" in [t for t, _ in classify_decision(sent, "Udvalget")]
    # a draft put before a body with no discussion is referred as before
    draft = "Udkastet forelægges Økonomiudvalget."
    assert "referred" in [t for t, _ in classify_decision(draft, "Udvalget")]
