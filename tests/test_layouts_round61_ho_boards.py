"""Sixty-first session, held-out sets, ho_boards: minutes of boards outside the municipal
committees (regions, joint companies, commissions, KKR).

An old company web page's items as bordered rows, "Pkt. 3a" in the left cell and the title,
text and "<u>Bestyrelsens beslutning:</u>" with its outcome in the right, parted by single
``<br>``: each line a line of its own (``read.html._Layout.table``, ``_WORDED_NUMBER``,
``_DECISION_LABEL_LINE``). "Bestyrelsen for I/S …" the forum, the legal form before the
name (``header._BODY_NOUN``); an I/S's board whose members sit for two kommuner is a joint
body (``owners.joint_body``'s ``partnership``). A region's "Politisk behandling" section,
telling where the case has been, is text where the council's own decision label follows
(``parse._ACCOUNT_LABELS``). "… tilsluttede sig oversendelsen" agrees to the referral told
before it (``decisions._sides_with``); "… godkendte valget" after "Valgt blev: …" confirms
the election (``decisions._election_confirmed``). A KKR's file named after one member kommune
gives it no owner (``layouts._finish``).

Fixtures ``pkt-i-s-bestyrelse-tabelraekker-pkt-celle.html``,
``agenda-regionsraad-politisk-behandling-foer-egen-beslutning.txt``,
``pkt-kkr-syddanmark-kolding-2024-05-03.md``.
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.base import _CLOSING
from analysis.layouts.owners import joint_body
from analysis.parse import Line, notes_before_conclusion
from analysis.pipeline import parse_bytes
from analysis.read import read_bytes
from tests.fixture_helpers import FIXTURES, fixture_decisions


def _parsed(name: str):
    return parse_bytes((FIXTURES / "raw" / name).read_bytes(), name)


def _page(rows: str) -> bytes:
    return (
        '<html><head><meta charset="utf-8"></head><body><table border="1">'
        f"{rows}</table></body></html>"
    ).encode()


def test_a_worded_number_cell_beside_lines_with_a_decision_label_keeps_its_lines() -> None:
    text = read_bytes(
        _page(
            "<tr><td><b>Pkt. 2b</b></td><td><b>Ny port til pladsen</b><br>Porten er rusten."
            "<br><u>Bestyrelsens beslutning:</u><br>Godkendt.</td></tr>"
        ),
        ".html",
    ).text
    assert "Pkt. 2b\tNy port til pladsen\nPorten er rusten.\nBestyrelsens beslutning:\n" in text
    # (a row whose lines hold no decision's label alone stays one line: a title's parts)
    text = read_bytes(
        _page(
            "<tr><td><b>Pkt. 4</b></td><td><b>Kloak i Østergade</b><br>Status<br>"
            "Beslutning: Godkendt.</td></tr>"
            "<tr><td><b>Pkt. 5</b></td><td><b>Havnebad</b><br>Sagen drøftes.<br>"
            "<u>Beslutning:</u><br>Drøftet.</td></tr>"
        ),
        ".html",
    ).text
    assert "Pkt. 4\tKloak i Østergade Status Beslutning: Godkendt." in text
    assert "Pkt. 5\tHavnebad\nSagen drøftes.\nBeslutning:\nDrøftet." in text


def test_fixture_table_rows_with_worded_numbers() -> None:
    parsed = _parsed("pkt-i-s-bestyrelse-tabelraekker-pkt-celle.html")
    items = parsed.tables["items"]
    assert len(items) == 6
    assert items["title"].iloc[2] == "Boring 7 ved Gamborg – udskiftning af pumpe"
    decisions = fixture_decisions("pkt-i-s-bestyrelse-tabelraekker-pkt-celle.html")
    assert decisions[0] == "Godkendt."
    assert decisions[3].startswith("Udsat til næste møde.")
    # ("Mødet sluttet kl. …" under the table closes the minutes: no text of the last item)
    assert decisions[5] == "Intet."
    meeting = parsed.tables["meetings"].iloc[0]
    assert meeting["forum"] == "Bestyrelsen for I/S Bæltvand"
    assert meeting["municipality"] is None


def test_the_meeting_closed_in_the_participle() -> None:
    assert _CLOSING.match("Mødet sluttet kl. 16.20")
    # (an item's sentence on how a discussion ended is no closing line)
    assert not _CLOSING.match("Mødet sluttet med en drøftelse af budgettet.")


def test_a_board_for_an_i_s_is_the_forum_with_its_legal_form() -> None:
    meeting = parse_text(
        "Bestyrelsen for I/S Fjordrens\n\n"
        "Referat af bestyrelsesmøde tirsdag den 9. marts 2021 kl. 14.00\n\n"
        "1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
        "2. Eventuelt\nBeslutning: Intet.\n"
    )
    assert meeting.forum == "Bestyrelsen for I/S Fjordrens"


def test_an_i_s_with_members_of_two_kommuner_is_a_joint_body() -> None:
    lines = ["Til stede: Lars Friis (formand, Middelfart), Hanne Bøg (Assens), Ole Kjær"]
    assert joint_body(lines, board=True, partnership=True)
    # (two kommuner make no joint body of a board with no I/S in its name)
    assert not joint_body(lines, board=True)


def _sections(*heads: tuple[str, str, str]) -> list[tuple[str, str, list[Line]]]:
    return [(key, head, [Line(0, text, 0)]) for key, head, text in heads]


def test_politisk_behandling_before_the_councils_own_decision_is_text() -> None:
    sections = _sections(
        ("beslutning", "POLITISK BEHANDLING", "Sagen blev drøftet på temamødet i marts."),
        ("tidligere_beslutning", "FORRETNINGSUDVALGETS BESLUTNING DEN 4. MARTS 2025", "Anbefalet."),
        ("beslutning", "REGIONSRÅDETS BESLUTNING", "Godkendt."),
    )
    assert [k for k, _, _ in notes_before_conclusion(sections)] == [
        "tekst",
        "tidligere_beslutning",
        "beslutning",
    ]
    # alone under the item, a portal's "Politisk behandling" stays the decision
    alone = _sections(("beslutning", "Politisk behandling", "Anbefales."))
    assert notes_before_conclusion(alone) == alone


def test_fixture_region_council() -> None:
    name = "agenda-regionsraad-politisk-behandling-foer-egen-beslutning.txt"
    decisions = fixture_decisions(name)
    assert decisions[2] == "Indstillingen blev godkendt."
    types = _parsed(name).tables["decisions"]
    firsts = types[types.position == 1]["decision_type"].tolist()
    assert firsts == ["approved", "decided", "approved", "referred", "none"]


def _types(text: str, forum: str) -> list[str]:
    return [t for t, _ in classify_decision(text, forum)]


def test_agreeing_to_the_referral_told_before_is_no_approval() -> None:
    assert _types(
        "Sagen blev oversendt til Udvalget for trafik til videre behandling.\n\n"
        "Regionsrådet tilsluttede sig oversendelsen.",
        "Regionsrådet",
    ) == ["referred"]
    # (siding with a proposal still approves it)
    assert _types("Regionsrådet tilsluttede sig forslaget.", "Regionsrådet") == ["approved"]


@pytest.mark.parametrize(
    ("text", "forum"),
    [
        ("Valgt blev: Jens Borg (V).\n\nByrådet godkendte valget uden afstemning.", "Byrådet"),
        ("Som næstformand blev valgt Eva Kro.\nRådet godkendte valget.", "Rådet"),
    ],
)
def test_approving_the_election_told_before_is_the_election(text: str, forum: str) -> None:
    assert _types(text, forum) == ["decided"]
    # (an election approved with none told before it stays an approval)
    assert _types("Byrådet godkendte valget.", "Byrådet") == ["approved"]


def test_a_kkr_file_named_after_a_member_kommune_has_no_owner() -> None:
    name = "pkt-kkr-syddanmark-kolding-2024-05-03.md"
    data = (FIXTURES / "raw" / name).read_bytes()
    assert parse_bytes(data, name).tables["meetings"]["municipality"].iloc[0] is None
    # (a folder naming the kommune still says whose minutes they are)
    placed = parse_bytes(data, f"kolding/KKR Syddanmark/{name}").tables["meetings"]
    assert placed["municipality"].iloc[0] == "Kolding Kommune"
