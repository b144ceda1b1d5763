"""The forty-sixth round's rules for regions' minutes (layouts270): a contents list of
``Punkt N.`` entries without pages whose entry wraps onto a second line, a place field
closed by a note on who took part from elsewhere or going on with the room on the line
under it, the region's site trail on top, and a list of members parted by semicolons
wrapped after one."""

from __future__ import annotations

import pytest

from analysis import parse
from analysis.layouts import _REGION_LEAD, _place_remark_off, header
from analysis.parse import Line

_CONTENTS = (
    "DAGSORDEN\n\nINDHOLD\n"
    "Punkt 1.   Godkendelse af dagsorden\n"
    "Punkt 2.   Salg af grunde i udstykningen ved\n"
    "           Nørre Vium Skole\n"
    "Punkt 3.   Eventuelt\n\n"
    "Punkt 1.   Godkendelse af dagsorden\nSagsnr.: 26-1\n\n"
    "Punkt 2.   Salg af grunde i udstykningen ved\n           Nørre Vium Skole\nSagsnr.: 26-2\n\n"
    "Punkt 3.   Eventuelt\nSagsnr.: 26-3\n"
)


def test_contents_entry_wrapped_onto_a_second_line_stays_in_the_list() -> None:
    lines = parse.to_lines(_CONTENTS)
    starts = parse._item_starts(lines)
    assert [n for _, n, _ in starts] == [1, 2, 3]
    assert all(pos >= 8 for pos, _, _ in starts)  # the headings below, not the entries


def test_contents_entry_wrapped_is_one_entry() -> None:
    lines = parse.to_lines(_CONTENTS)
    first = parse._item_starts(lines)[0][0]
    _, toc = parse._parse_header(lines[:first], set(), [])
    assert [title for title, _, _ in toc] == [
        "Godkendelse af dagsorden",
        "Salg af grunde i udstykningen ved Nørre Vium Skole",
        "Eventuelt",
    ]


def test_items_with_a_line_of_text_each_are_no_contents_list() -> None:
    text = (
        "Punkt 1: Godkendelse af dagsorden\nGodkendt\n"
        "Punkt 2: Budget 2027\nDrøftet\n"
        "Punkt 3: Eventuelt\nIntet\n"
    )
    starts = parse._item_starts(parse.to_lines(text))
    assert [n for _, n, _ in starts] == [1, 2, 3]


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Nørre Vium Skole", True),
        ("ny cykelbro over åen", True),
        ("Godkendt.", False),  # a sentence
        ("Beslutning", False),  # a section's heading
        ("Bemærkninger:", False),
        ("x" * 81, False),  # too long for a title's rest
    ],
)
def test_entry_rest(text: str, rest: bool) -> None:
    assert parse._entry_rest(Line(0, text, 0)) is rest


@pytest.mark.parametrize(
    ("place", "kept"),
    [
        (
            "Rådhuset, mødelokale 2 (Eva Holm (A) deltog via Teams)",
            "Rådhuset, mødelokale 2",
        ),
        ("Borgerhuset, sal B (to medlemmer deltager virtuelt)", "Borgerhuset, sal B"),
        ("Idrætscentret, mødelokale 3 (1. sal)", "Idrætscentret, mødelokale 3 (1. sal)"),
        ("Sognegården (deltagerne mødes i foyeren)", "Sognegården (deltagerne mødes i foyeren)"),
        ("Deltagerhuset, Torvet 2", "Deltagerhuset, Torvet 2"),
    ],
)
def test_attendance_bracket_is_no_part_of_the_place(place: str, kept: str) -> None:
    assert _place_remark_off(place) == kept


@pytest.mark.parametrize(
    ("under", "place"),
    [
        ("Mødelokale Hald", "Sundhedshuset, Lindevej 4, 8800 Viborg, Mødelokale Hald"),
        ("Lokale 2.14", "Sundhedshuset, Lindevej 4, 8800 Viborg, Lokale 2.14"),
        ("Mødelokale: Hald", "Sundhedshuset, Lindevej 4, 8800 Viborg"),  # a field of its own
        ("Medlemmer:", "Sundhedshuset, Lindevej 4, 8800 Viborg"),
        ("Mødet blev holdt som fællesmøde.", "Sundhedshuset, Lindevej 4, 8800 Viborg"),
    ],
)
def test_room_on_the_line_under_the_place(under: str, place: str) -> None:
    value = "Sundhedshuset, Lindevej 4, 8800 Viborg"
    lines = parse.to_lines(f"Mødested: {value}\n{under}\n")
    assert parse.with_room_under(value, lines, 0, set())[0] == place


def test_room_after_a_blank_line_is_read_only_as_a_paragraph_of_its_own() -> None:
    # (every line its own paragraph, as a Word file read paragraph by paragraph gives it:
    # the room alone is the place's; the fifty-fifth session's para_b)
    lines = parse.to_lines("Mødested: Rådhuset\n\nMødelokale Hald\n")
    assert parse.with_room_under("Rådhuset", lines, 0, set()) == ("Rådhuset, Mødelokale Hald", 2)
    lines = parse.to_lines("Mødested: Rådhuset\n\nMødelokale Hald\nblev lånt af skolen.\n")
    assert parse.with_room_under("Rådhuset", lines, 0, set()) == ("Rådhuset", None)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Region Midtjylland · Politik · Møder", True),
        ("Region Sjælland · Møder", True),
        ("Region Hovedstaden | Politik | Mødekalender", True),
        ("Region Sjælland - politik for sundhed og trivsel", False),  # an item's title
        ("Region Nordjylland – høring om råstofplan", False),
    ],
)
def test_region_site_trail(text: str, region: bool) -> None:
    assert (_REGION_LEAD.match(text) is not None) is region


def test_members_parted_by_semicolons_wrapped_after_one() -> None:
    text = (
        "Klima- og Naturudvalget\nDato: 22.04.2026, kl. 16.00\n"
        "Til stede: Poul Mose (V), formand; Lene Kragh (B);\n"
        "           Anders Tvede (A); Birgit Holt (F)\n"
        "Afbud: Ingen\n"
    )
    head = header.read_header(parse.to_lines(text), set(), set())
    assert [p.name for p in head.participants] == [
        "Poul Mose",
        "Lene Kragh",
        "Anders Tvede",
        "Birgit Holt",
    ]


def test_members_without_a_closing_semicolon_end_at_the_line() -> None:
    text = (
        "Klima- og Naturudvalget\nDato: 22.04.2026, kl. 16.00\n"
        "Til stede: Poul Mose (V), formand; Lene Kragh (B)\n"
        "Mødet blev holdt i byrådssalen.\n"
    )
    head = header.read_header(parse.to_lines(text), set(), set())
    assert [p.name for p in head.participants] == ["Poul Mose", "Lene Kragh"]
