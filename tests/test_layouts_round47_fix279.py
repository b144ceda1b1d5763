"""The forty-seventh round's rules for workplace-cooperation and joint committees' minutes
(layouts279): an item's ``Referat:`` over the account of what was said and ``Konklusion:``
(or ``Beslutning:``) under it over what was concluded, the place under the dated line
named by its building and a compound room word with a note on joining online in brackets,
and a postponement named as the alternative the forum did not take."""

from __future__ import annotations

import pytest

from analysis import parse
from analysis.enrich.decisions import classify_decision, put_off_only_as_alternative
from analysis.layouts import header
from analysis.parse import Line, notes_before_conclusion


def _section(key: str, heading: str, *texts: str) -> tuple[str, str, list[Line]]:
    return (key, heading, [Line(k, t, 0) for k, t in enumerate(texts)])


def _keys(sections: list[tuple[str, str, list[Line]]]) -> list[str]:
    return [key for key, _, _ in sections]


def test_referat_over_a_conclusion_is_the_items_text() -> None:
    sections = [
        _section("beslutning", "Referat", "Udvalget gennemgik tallene."),
        _section("beslutning", "Konklusion", "Taget til efterretning."),
    ]
    assert _keys(notes_before_conclusion(sections)) == ["tekst", "beslutning"]


def test_referat_over_a_decision_heading_is_the_items_text() -> None:
    sections = [
        _section("sagsfremstilling", "Sagsfremstilling", "To tilbud er indhentet."),
        _section("beslutning", "Referat:", "Medarbejderne foretrækker tilbud B."),
        _section("beslutning", "Beslutning", "Tilbud B blev godkendt."),
    ]
    assert _keys(notes_before_conclusion(sections)) == ["sagsfremstilling", "tekst", "beslutning"]


@pytest.mark.parametrize(
    "sections",
    [
        # a Referat alone
        [_section("beslutning", "Referat", "Udvalget drøftede planen.")],
        # a Referat after the conclusion
        [
            _section("beslutning", "Konklusion", "Godkendt."),
            _section("beslutning", "Referat", "Formanden takkede for mødet."),
        ],
        # "Referat" / "Aftale: Godkendt.": the label heads the decision under Referat
        [_section("beslutning", "Referat"), _section("beslutning", "Aftale", "Godkendt.")],
        # a Referat over an earlier body's decision only
        [
            _section("beslutning", "Referat", "Godkendt."),
            _section("tidligere_beslutning", "Beslutning i Byrådet den 1. marts 2023", "Godkendt."),
        ],
    ],
)
def test_referat_without_a_later_conclusion_stays_the_decision(
    sections: list[tuple[str, str, list[Line]]],
) -> None:
    assert notes_before_conclusion(sections) == sections


def test_minutes_with_referat_and_konklusion_keep_the_conclusion() -> None:
    text = (
        "Referat – Samarbejdsudvalget\n\nTirsdag den 7. marts 2023 kl. 10.00\n\n"
        "Ad 1. Nye arbejdstider\nReferat:\nLedelsen fremlagde forslaget.\n"
        "Konklusion:\nForslaget blev godkendt.\n\n"
        "Ad 2. Eventuelt\nKonklusion:\nIntet.\n"
    )
    meeting = parse.parse_minutes(text)
    first = meeting.items[0]
    decision = [s.text for s in first.sections if s.key == "beslutning"]
    assert decision == ["Forslaget blev godkendt."]
    assert [s.key for s in first.sections] == ["tekst", "beslutning"]


@pytest.mark.parametrize(
    ("line", "room"),
    [
        ("Brandstation Syd, undervisningslokalet", True),
        ("Materielgården, personalelokalet (mulighed for at deltage via Teams)", True),
        ("Rådhuset, mødesalen (2. sal)", True),
        ("Kulturhuset, salen", True),
        ("Planen blev drøftet, og lokalet", False),  # a sentence's end, no building
    ],
)
def test_room_line_reads_a_compound_room_word(line: str, room: bool) -> None:
    assert header._room(line) is room


@pytest.mark.parametrize(
    ("text", "alternative"),
    [
        ("Udvalget besluttede at holde mødet virtuelt i stedet for at udskyde det.", True),
        ("Det blev besluttet at gennemføre målingen frem for at udsætte den.", True),
        ("Fremfor at vente med punktet blev det besluttet at nedsætte en gruppe.", True),
        ("Punktet blev udsat i stedet for at blive behandlet i dag.", False),
        ("Udsat til næste møde i stedet for at udskyde hele planen.", False),
        ("Punktet blev udsat.", False),
    ],
)
def test_put_off_only_as_alternative(text: str, alternative: bool) -> None:
    assert put_off_only_as_alternative(text) is alternative


def test_decision_with_postponement_as_alternative_is_decided() -> None:
    text = "Udvalget besluttede at holde temadagen i kantinen frem for at udsætte den."
    assert [t for t, _ in classify_decision(text)] == ["decided"]


def test_postponement_in_its_own_words_stays_postponed() -> None:
    text = "Punktet blev udsat til næste møde i stedet for at blive behandlet i dag."
    assert "postponed" in [t for t, _ in classify_decision(text)]


def _members(value: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in parse.parse_participants(value)]


def test_union_after_a_name_is_the_members_role() -> None:
    assert _members("Tina Vase, FOA (næstformand), Kasper Brandt, BUPL, Ulla Rask, 3F") == [
        ("Tina Vase", "FOA, næstformand"),
        ("Kasper Brandt", "BUPL"),
        ("Ulla Rask", "3F"),
    ]


@pytest.mark.parametrize(
    ("value", "members"),
    [
        # organisations alone: no person before them, each its own entry
        ("FOA, BUPL", [("FOA", None), ("BUPL", None)]),
        # a member with a party already: the abbreviation after it is someone else
        ("Anne Friis (A), SF", [("Anne Friis", "A"), ("SF", None)]),
        # a task in small letters after a member stays the member's
        ("Anne Friis (A), formand, Bo Lund (V)", [("Anne Friis", "Formand, A"), ("Bo Lund", "V")]),
    ],
)
def test_abbreviation_or_task_without_a_person_before(
    value: str, members: list[tuple[str, str | None]]
) -> None:
    assert _members(value) == members


def test_member_named_after_a_job_title_in_small_letters_is_a_person() -> None:
    assert _members("Bo Dal (formand), direktør Lise Holm, leder af hjemmeplejen Per Vang") == [
        ("Bo Dal", "formand"),
        ("direktør Lise Holm", None),
        ("leder af hjemmeplejen Per Vang", None),
    ]


def _lines(*texts: str) -> list[Line]:
    return [Line(k, t, 0) for k, t in enumerate(texts)]


def test_wrapped_member_run_goes_to_the_next_field() -> None:
    lines = _lines(
        "Deltagere: Chef Eva Dal (formand), leder af",
        "hjemmeplejen Bo Holm, leder af Plejecenter Lyng",
        "Lis Krog, Ida Bak (AMR), Per",
        "Lund (AMR)",
        "Fraværende: Lis Krog",
    )
    # ("Lund (AMR)", the run's last line, may hold no comma)
    assert header._wrapped_member_run(lines, 1, "Chef Eva Dal (formand), leder af", set()) == 4
    # (a line with no comma inside the run: no run)
    lines = _lines(*[ln.clean for ln in lines[:2]], "Lis Krog", "Ida Bak, Per Lund", "")
    assert header._wrapped_member_run(lines, 1, "Chef Eva Dal (formand), leder af", set()) == 1


@pytest.mark.parametrize(
    ("under", "before"),
    [
        ("Mødet blev holdt på Rådhuset, sal 2.", "Eva Dal (formand), Bo Holm"),  # a sentence
        ("Anne Holm, Bo Dal", "Eva Dal (formand)."),  # the list closed by a full stop
        ("Mødet blev ledet af Bo Dal", "Eva Dal (formand), Bo Holm"),  # a sentence
        ("Anne Holm og Bo Dal", "Eva Dal (formand)"),  # no list above
        ("Kaj Mose (Midtfyn Listen)", "Eva Dal (formand), Bo Holm"),  # one name a line
        ("Sted: Rådhuset, sal 2", "Eva Dal (formand), Bo Holm"),  # a field
    ],
)
def test_no_wrapped_member_run(under: str, before: str) -> None:
    lines = _lines("Deltagere: " + before, under, "")
    assert header._wrapped_member_run(lines, 1, before, set()) == 1


def test_members_by_side_with_unions_wrapped_in_a_label_column() -> None:
    from pathlib import Path

    from analysis.pipeline import parse_bytes

    name = "generic-med-deltagere-sider-fagforening-ombrudt.txt"
    raw = Path(__file__).parent / "fixtures" / "layouts" / "raw" / name
    result = parse_bytes(raw.read_bytes(), name)
    people = result.tables["participants"]
    present = people[people["present"]]
    assert present["name"].tolist() == [
        "Teknisk direktør Kirsten Moll",
        "Jesper Fog",
        "Lotte Kragh",
        "Bjarne Ulv",
        "Nina Friis",
    ]
    assert present["role"].tolist()[3] == "3F"
    assert sorted(people[~people["present"]]["name"]) == ["Anja Sommer", "Rasmus Eg"]


def test_absent_under_title_and_name_is_the_titled_member() -> None:
    Participant = parse.Participant
    people = [
        Participant("Anja Sommer", "Vejchef", True),
        Participant("Bo Dal", None, True),
        Participant("Vejchef Anja Sommer", None, False),
    ]
    assert parse.absent_not_present(people) == [
        Participant("Bo Dal", None, True),
        Participant("Anja Sommer", "Vejchef", False),
    ]
