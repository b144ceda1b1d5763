"""The building blocks for internal forums' notes met in the fifteenth round (pure).

The fixtures in ``tests/fixtures/layouts/`` check each family end to end; these tests pin
the rules themselves, and what they must leave alone.
"""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.header import looks_like_body
from analysis.parse import strip_markdown
from analysis.read.item_table import fixed_width_item_table, item_rows

_LOG = "\n".join(
    [
        "NR  EMNE                      SAG      BESLUTNING / AFTALE     ANSVAR",
        "1   Godkendelse af referat             Godkendt                -",
        "2   Budget – status           25/101   Taget til efterretning  JL",
        "",
        "Næste møde: 3-10-2025",
    ]
)


def test_fixed_width_table_becomes_tab_parted_rows() -> None:
    lines = fixed_width_item_table(_LOG).split("\n")
    assert lines[0].split("\t") == ["NR", "EMNE", "SAG", "BESLUTNING / AFTALE", "ANSVAR"]
    assert lines[2].split("\t") == [
        "2",
        "Budget – status",
        "25/101",
        "Taget til efterretning",
        "JL",
    ]
    assert lines[-1] == "Næste møde: 3-10-2025"


def test_fixed_width_row_wrapped_in_its_columns() -> None:
    wrapped = _LOG.replace(
        "JL\n",
        "JL\n" + " " * 4 + "og prognose" + " " * 24 + "og prognose i maj\n",
    )
    lines = fixed_width_item_table(wrapped).split("\n")
    assert lines[2].split("\t") == [
        "2",
        "Budget – status og prognose",
        "25/101",
        "Taget til efterretning og prognose i maj",
        "JL",
    ]


def test_fixed_width_table_left_alone_when_rows_do_not_align() -> None:
    # the second row's title runs over the SAG column's start: no table set in columns
    text = _LOG.replace("Budget – status", "Budget – status for året 2025")
    assert fixed_width_item_table(text) == text


def test_item_table_case_and_status_columns() -> None:
    rows = [
        [["Nr."], ["Emne"], ["J.nr."], ["Status"], ["Referat"]],
        [["1"], ["Budget"], ["25/101"], ["Lukket"], ["Godkendt."]],
    ]
    out = item_rows(rows)
    assert out is not None
    assert out[:3] == ["## 1. Budget", "Sagsnr.: 25/101", "Status: Lukket"]
    assert out[-1] == "Godkendt."


def test_item_table_letters_only_in_a_run_from_a() -> None:
    head = [["Punkt"], ["Emne"], ["Referat"]]
    lettered = item_rows([head, [["A"], ["Nyt"], ["Godkendt."]], [["B"], ["Evt."], ["Intet."]]])
    assert lettered is not None and lettered[0] == "## 1. Nyt"
    # "A" then "C": no run of letters, and so no numbers
    assert item_rows([head, [["A"], ["Nyt"], ["Godkendt."]], [["C"], ["Evt."], ["Intet."]]]) is None


def test_underscore_emphasis_stripped_but_not_inside_words() -> None:
    assert strip_markdown("Ventilation _(sag 24/23318)_") == "Ventilation (sag 24/23318)"
    assert strip_markdown("se fil_navn_2.pdf") == "se fil_navn_2.pdf"


def test_groups_named_by_their_task() -> None:
    assert looks_like_body("Projektgruppe – Ny Rønde Skole")
    assert looks_like_body("STYREGRUPPE OMSORGSSYSTEM")
    assert looks_like_body("Chefforum – Socialforvaltningen")
    # a sentence about a group is no body's name
    assert not looks_like_body("Der nedsættes en arbejdsgruppe med to fra hver side")


_ARROWS = """Referat af møde i Direktionen
Mandag den 7. april 2025 kl. 8.30

1) Budget  [sag 25/4471]
  - Merforbrug på 6 mio. kr.
  => Taget til efterretning. Centrene melder tilbage.

2) Rekruttering
  - Kortere forløb
  => Aftalt at HR laver et udkast.
"""


def test_arrow_marks_the_decision() -> None:
    meeting = parse_text(_ARROWS)
    first, second = meeting.items
    assert first.case_number == "25/4471" and first.title == "Budget"
    decision = [s.text for s in first.sections if s.key == "beslutning"]
    assert decision == ["Taget til efterretning. Centrene melder tilbage."]
    assert [s.text for s in second.sections if s.key == "beslutning"] == [
        "Aftalt at HR laver et udkast."
    ]


def test_place_in_brackets_after_the_time_but_no_week() -> None:
    head = "Projektgruppe – Nyt Bad\n\n**Møde:** torsdag 5. juni 2025, 14:00–15:30 ({})\n\n"
    items = (
        "## 1. Status\n\n> **Beslutning:** Godkendt.\n\n## 2. Plan\n\n> **Beslutning:** Udsat.\n"
    )
    assert parse_text(head.format("Teams") + items).location == "Teams"
    assert parse_text(head.format("Uge 23") + items).location is None
