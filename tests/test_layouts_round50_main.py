"""Fiftieth round, the lead's own rules: the forum's present-tense act of choosing,
setting up or refusing (``decisions._forum_acts_now``), a paper sent round to a body's
members (``decisions._MEMBERS``) and a member released from office named with the
party's letter (the release rule)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision


def _types(text: str) -> list[str]:
    return [t for t, _ in classify_decision(text, "Udvalget")]


@pytest.mark.parametrize(
    "text",
    [
        "Udvalget nedsætter en arbejdsgruppe.",
        "Udvalget er positivt indstillet og nedsætter en arbejdsgruppe.",
        "Handicaprådet udpeger Eva Holm som repræsentant.",
        "Bestyrelsen vælger model B.",
        "Udvalget fastsætter mødedatoer for 2025.",
    ],
)
def test_the_forums_present_act_is_its_decision(text: str) -> None:
    assert _types(text) == ["decided"]


@pytest.mark.parametrize(
    "text",
    [
        # another's act, told in the present
        "Ministeren udpeger formanden.",
        # the act is the verb after "vælger at"
        "Udvalget vælger at afvente sagen.",
        # a past act first: the discussion was the meeting's act, the present its plan
        "Direktionen drøftede temaerne og udpeger trivsel som fælles fokus.",
        # negated
        "Bestyrelsen nedsætter ikke en arbejdsgruppe.",
        # a comma between the forum and the verb: another clause's subject
        "Udvalget bemærkede, at ministeriet og regionen udpeger medlemmerne.",
        "Udvalget bemærkede, at regionen samler listen og udpeger medlemmerne.",
    ],
)
def test_a_present_act_not_the_forums_decides_nothing(text: str) -> None:
    assert "decided" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Udvalget meddeler afslag på ansøgningen.",
        "Rådet giver dispensation til overdækningen.",
        "Udvalget fritog Lise Bruun (A) for hvervet fra 1. januar 2025.",
        "Udvalget fritog Lise Bruun for hvervet.",
    ],
)
def test_a_refusal_or_release_the_forum_gives_is_its_decision(text: str) -> None:
    assert _types(text) == ["decided"]


def test_a_refusal_told_of_the_administration_is_no_decision() -> None:
    assert "decided" not in _types("Forvaltningen meddeler afslag, når fristen er udløbet.")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the body's members: people the reply goes round to
        (
            "Rådet drøftede udkastet. Formanden udarbejder et høringssvar, som sendes til "
            "Handicaprådets medlemmer senest den 10. marts.",
            ["discussed"],
        ),
        ("Referatet sendes til Økonomiudvalgets medlemmer.", ["other"]),
        # the body itself: the case sent on
        ("Sagen sendes til Økonomiudvalget.", ["referred"]),
    ],
)
def test_sent_to_a_bodys_members_is_no_referral(text: str, want: list[str]) -> None:
    assert _types(text) == want


def test_a_treatment_table_with_a_row_per_body_is_all_table() -> None:
    """ "Behandling / Mødedato / …" with the committee's row and the council's (body, date,
    item number each): every cell is the table's, none a dated decision heading."""
    from analysis.layouts.aabent import treatment_tables
    from analysis.parse import to_lines

    cells = [
        "Behandling",
        "Mødedato",
        "Åbent punkt",
        "Lukket punkt",
        "Økonomiudvalget",
        "07-03-2023",
        "5",
        "Kommunalbestyrelsen",
        "14-03-2023",
        "2",
    ]
    lines = to_lines("\n\n".join([*cells, "Indstilling og beslutning", "Anbefales."]))
    table = treatment_tables(lines)
    assert {line.clean for line in lines if line.index in table} == set(cells)


def test_the_body_of_todays_meeting_named_in_a_sentence() -> None:
    """No decision heading names the body: the first item's sentence does."""
    from analysis.layouts.header import forum_from_body
    from analysis.parse import to_lines

    text = (
        "17. Godkendelse af dagsorden\n\nSagstema\n\n"
        "Godkendelse af dagsorden til dagens møde i Klima- og Miljøudvalget.\n\n"
        "Beslutning\n\nGodkendt."
    )
    assert forum_from_body(to_lines(text), None) == "Klima- og Miljøudvalget"
    assert forum_from_body(to_lines("Mødet blev holdt i dag.\n\nGodkendt."), None) is None


def test_a_contents_list_of_number_cells_over_titles() -> None:
    """Under "Indholdsfortegnelse", "Punkt 1" / title / "Punkt 2" / title … numbered from
    1 is the list; the items repeating the pairs from 1 end it."""
    from analysis.layouts.headings import contents
    from analysis.parse import to_lines

    text = (
        "Indholdsfortegnelse\nPunkt 1\nGodkendelse af dagsorden\nPunkt 2\nBudget 2026\n"
        "Punkt 3\nLukket punkt: Personalesag\n\nPunkt 1\nGodkendelse af dagsorden\n"
        "Sagsnr.\n25/311\nBeslutning\nGodkendt.\n"
    )
    found = contents(to_lines(text), set())
    assert found is not None
    assert [(e.number, e.title) for e in found.entries] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budget 2026"),
        (3, "Lukket punkt: Personalesag"),
    ]
    # one pair alone is no list
    assert (
        contents(to_lines("Indholdsfortegnelse\nPunkt 1\nGodkendelse af dagsorden\n"), set())
        is None
    )
