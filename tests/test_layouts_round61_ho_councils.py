"""Sixty-first session, held-out sets, ho_councils: volunteer councils' and boards' minutes.

Advisory councils (Ældreråd, Handicapråd, Grønt Råd), user boards (skolebestyrelse,
musikskolebestyrelse) and local committees write their outcomes with no "Beslutning"
heading: the note straight under the title, a run-in "Drøftelse:" or a bare
"Høringssvar:". The rules read here:

* a note of what the forum was told, in the past, as the note's first line of free-text
  minutes ("Formanden orienterede om …", ``outcome._TOLD_MINUTE``) is the item's minute; a
  lead with the verb alone ("Sekretæren orienterede:") or in the passive ("Følgende
  meddelelser blev givet:") over bullets or lettered news is too (``vocab.TOLD_LEAD``,
  ``outcome._told_over_news``), typed ``noted`` (``decisions._news_round_noted``);
* a bare "Høringssvar:" under the unheaded text of an advisory council's item, the council
  speaking under it, is its outcome (``parse._parse_item``);
* "Drøftelse: …" run in with its text, no decision label under it in the item, is the
  outcome (``parse._discussion_outcome``);
* letters with no evidence ("a) …" / "b) …" / "c) …") under a run of Roman items are an
  item's points, not items (``headings._roman_run``);
* a wrapped title's rest printed on the case's row before a tab ("Roklub<TAB>Sagsnr.: …")
  is the title's (``parse._rest_beside_case``, ``headings._rest_on_case_row``);
* a form's line to sign on ("Underskrift, formand: ____") types nothing
  (``decisions._SIGN_OFF_LINE``).

Fixtures ``generic-seniorraad-romertal-meddelelser-hoeringssvar.txt``,
``pkt-musikskole-droeftelse-etiket-underskrift.txt``,
``beslutning_i-titel-rest-paa-sagsraekken.md``.
"""

from __future__ import annotations

import json
import re

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.evaluate import _first_line, _first_of_decisions, _primary_types
from analysis.layouts import SourceHints, headings, outcome, parse_text
from analysis.model import Item, Section
from analysis.parse import _rest_beside_case
from analysis.pipeline import parse_bytes
from analysis.vocab import TOLD_LEAD
from tests.fixture_helpers import FIXTURES

_FIXTURES = [
    "generic-seniorraad-romertal-meddelelser-hoeringssvar.txt",
    "pkt-musikskole-droeftelse-etiket-underskrift.txt",
    "beslutning_i-titel-rest-paa-sagsraekken.md",
]


@pytest.mark.parametrize("name", _FIXTURES)
def test_the_fixtures_read_as_labelled(name: str) -> None:
    raw = FIXTURES / "raw" / name
    label = json.loads((FIXTURES / "labels" / (raw.stem + ".json")).read_text())
    parsed = parse_bytes(raw.read_bytes(), name)
    tables = parsed.tables
    items = tables["items"].to_dict("records")
    lines = _first_of_decisions(tables, _first_line)
    types = _primary_types(tables)
    got = [
        {
            "n": str(row["number"]),
            "title": row["raw_title"],
            "case": row["case_number"],
            "decision_first_line": lines.get(str(row["item_id"])),
            "decision_type": types.get(str(row["item_id"])),
        }
        for row in items
    ]
    assert got == label["items"]


def _item(text: str) -> Item:
    return Item(
        1,
        "Nyt fra formanden",
        "Nyt fra formanden",
        None,
        False,
        None,
        None,
        None,
        (Section("tekst", "", text),),
        (),
        (),
        (),
    )


def test_a_note_of_what_the_forum_was_told_is_the_free_text_items_minute() -> None:
    told = outcome._split(_item("Kassereren orienterede om regnskabet for sommerlejren."), False)
    assert [s.key for s in told.sections] == ["beslutning"]
    # the agenda's text in the present tells what will be told: no minute
    agenda = outcome._split(_item("Kassereren orienterer om regnskabet for sommerlejren."), False)
    assert [s.key for s in agenda.sections] == ["tekst"]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Formanden orienterede om regnskabet.", True),
        ("Lone Berg fortalte kort om turen til Aarhus.", True),
        ("Skolelederen redegjorde for budgettet.", True),
        ("Formanden orienterer om regnskabet.", False),
        ("Det blev aftalt, at formanden orienterede om sagen.", False),
    ],
)
def test_told_minute(line: str, read: bool) -> None:
    assert (outcome._TOLD_MINUTE.match(line) is not None) is read


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Sekretæren orienterede:", True),
        ("Følgende meddelelser blev givet:", True),
        ("Der blev givet følgende meddelelser:", True),
        ("Formanden orienterede om følgende:", True),
        ("Sekretæren orienterede om budgettet.", False),
        ("Følgende meddelelser blev givet om budgettet.", False),
    ],
)
def test_told_lead(line: str, read: bool) -> None:
    assert (re.match(TOLD_LEAD, line, re.IGNORECASE) is not None) is read


def test_lettered_news_under_a_told_lead_is_noted() -> None:
    text = "Følgende meddelelser blev givet:\na) Amtet har sendt en plan i høring.\nb) Et legat."
    assert classify_decision(text)[0][0] == "noted"
    assert outcome._told_over_news(text.split("\n"), 0)


def _parsed(text: str, forum: str = "Seniorrådet"):
    return parse_text(text, SourceHints(forum=forum, municipality="Lemvig Kommune"))


_REPLY = """Referat af møde i {forum}
Lemvig Kommune
Mødedato: 12. marts 2025

Ad pkt. 1. Høring om madservice

Sundhedsudvalget har sendt et forslag i høring.

Høringssvar:

{speaker} kan tiltræde forslaget.

Ad pkt. 2. Eventuelt

Intet.
"""


def test_a_bare_reply_label_under_unheaded_text_is_the_councils_outcome() -> None:
    m = _parsed(_REPLY.format(forum="Seniorrådet", speaker="Seniorrådet"))
    keys = [s.key for s in m.items[0].sections]
    assert keys == ["tekst", "beslutning"]
    # a committee's minutes: no advisory council, the label stays text
    m = _parsed(_REPLY.format(forum="Teknisk Udvalg", speaker="Udvalget"), "Teknisk Udvalg")
    assert "Høringssvar" not in [s.heading for s in m.items[0].sections]


_TALK = """Struer Musikskole
Referat af bestyrelsesmøde
Struer Kommune
Dato: mandag den 10. februar 2025 kl. 19.00

Pkt. 1  Koncerter

Til drøftelse. Tre koncerter er foreslået.

Drøftelse: Bestyrelsen bakkede op om planen.
{after}
Pkt. 2  Eventuelt

Aftale: Intet.
"""


def test_a_run_in_discussion_label_is_the_outcome_where_no_decision_follows() -> None:
    m = parse_text(_TALK.format(after=""), SourceHints())
    assert [(s.key, s.heading) for s in m.items[0].sections][-1] == ("beslutning", "Drøftelse")
    # "Drøftelse:" over "Beslutning:": the talk, the decision under its own label
    m = parse_text(_TALK.format(after="\nBeslutning: Godkendt.\n"), SourceHints())
    sections = [(s.key, s.heading, s.text) for s in m.items[0].sections]
    assert ("beslutning", "Beslutning", "Godkendt.") in sections
    assert not any(h == "Drøftelse" for _, h, _ in sections)


def test_lettered_points_under_roman_items_are_no_items() -> None:
    text = (FIXTURES / "raw" / _FIXTURES[0]).read_text()
    m = parse_text(text, SourceHints())
    assert [it.number for it in m.items] == [1, 2, 3, 4, 5, 6]
    assert m.items[3].raw_title == "Nyt fra formanden"


@pytest.mark.parametrize(
    ("title", "row", "rest"),
    [
        ("Ansøgning om tilskud til ny varmepumpe - Hammel", "Roklub\tSagsnr.: 25/311", "Roklub"),
        (
            "Ansøgning om dispensation fra kravet om",
            "medlemstal - Skakklubben\tSagsnr.: 25/377",
            "medlemstal - Skakklubben",
        ),
        # a short title has not wrapped; a mark, a purpose or a sentence is no title's rest
        ("Budget 2026", "Roklub\tSagsnr.: 25/311", None),
        ("Ansøgning om tilskud til ny varmepumpe - Hammel", "Åbent punkt\tSagsnr.: 25/311", None),
        (
            "Ansøgning om tilskud til ny varmepumpe - Hammel",
            "Til beslutning\tSagsnr.: 25/311",
            None,
        ),
        ("Ansøgning om tilskud til ny varmepumpe - Hammel", "Se bilag.\tSagsnr.: 25/311", None),
        ("Ansøgning om tilskud til ny varmepumpe - Hammel", "Roklub\tBilag 2", None),
    ],
)
def test_rest_beside_case(title: str, row: str, rest: str | None) -> None:
    assert _rest_beside_case(title, row) == rest


def test_the_heading_leaves_a_title_rest_on_the_case_row_for_the_item() -> None:
    title = "Ansøgning om tilskud til ny varmepumpe - Hammel"
    assert headings._rest_on_case_row(title, "Roklub\tSagsnr.: 25/311")
    assert not headings._rest_on_case_row("Budget 2026", "Roklub\tSagsnr.: 25/311")
    assert not headings._rest_on_case_row(title, "Se bilag.\tSagsnr.: 25/311")


def test_a_sign_off_line_types_nothing() -> None:
    text = "Næste møde blev fastsat til 14. april 2025.\n\nUnderskrift, formand: ________"
    assert [t for t, _ in classify_decision(text)] == ["decided"]
