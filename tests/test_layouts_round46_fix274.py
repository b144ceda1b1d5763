"""The forty-sixth round's rules for the minutes of small councils and their web pages
(layouts274): a portal's top menu between its controls, "Afgørelse i <forum> den <date>"
headings, a local council's unnumbered items each closed by its outcome, a meeting
sentence with a two-digit year, unnumbered items listed as bullets after numbered ones,
"Vi …" outcomes, and two decision types (an orientation asked for later, a council's name
holding a verb)."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis import parse
from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import header, parse_text, text, unnumbered
from analysis.layouts.headings import Contents, Head, TocEntry
from analysis.layouts.listed_unnumbered import listed_after_numbered
from analysis.layouts.outcome import outcome_line
from analysis.layouts.text import prepare

_MENU = (
    "Gå til indhold\nRanders Kommune – Politik\nSøg i dagsordener og referater\n"
    "Udvalg og råd\nMødeplan\nNyhedsbrev\nLog ind\n\nIntegrationsrådet\nReferat\n"
)


def _menu(source: str) -> set[str]:
    lines = prepare(source)
    controls = {
        ln.index for ln in lines if ln.clean in ("Søg i dagsordener og referater", "Log ind")
    }
    found = text.menu_between_controls(lines, controls)
    return {ln.clean for ln in lines if ln.index in found}


def test_menu_between_controls() -> None:
    assert _menu(_MENU) == {"Udvalg og råd", "Mødeplan", "Nyhedsbrev"}


@pytest.mark.parametrize(
    "source",
    [
        # two links only
        "Søg i dagsordener og referater\nUdvalg og råd\nMødeplan\nLog ind\n",
        # a blank line parts the links
        "Søg i dagsordener og referater\nUdvalg og råd\n\nMødeplan\nNyhedsbrev\nLog ind\n",
        # no control under the last link
        "Søg i dagsordener og referater\nUdvalg og råd\nMødeplan\nNyhedsbrev\n\nReferat\n",
        # a field and a dated line are no links
        "Søg i dagsordener og referater\nMødedato: 14-11-2023\nUdvalg og råd\nMødeplan\nLog ind\n",
    ],
)
def test_no_menu_between_controls(source: str) -> None:
    assert _menu(source) == set()


def test_portal_menu_is_no_forum() -> None:
    source = (
        _MENU
        + "Møde 14-11-2023 kl. 16:00\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
    )
    source += "2. Eventuelt\n\nBeslutning\nIntet.\n"
    assert parse_text(source).forum == "Integrationsrådet"


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Afgørelse i Ældrerådet den 05-11-2024", "beslutning"),
        ("Afgørelse i Sundhedsudvalget den 14-10-2024", "tidligere_beslutning"),
        ("Afgørelse i Ældrerådet den 12-09-2024", "tidligere_beslutning"),
    ],
)
def test_dated_ruling_heading(heading: str, key: str) -> None:
    rules = parse.BodyRules(dt.date(2024, 11, 5), "Ældrerådet")
    assert parse.heading_key(parse.Line(0, heading, 0), rules) == (key, heading)


def test_ruling_sentence_is_no_heading() -> None:
    assert parse.decision_heading("Afgørelse i sagen blev truffet den 3. maj 2024") is None


@pytest.mark.parametrize(
    ("line", "outcome"),
    [
        ("Vi valgte Visby.", True),
        ("Vi drøftede oplæggene og var enige om, at der skal laves en plan.", True),
        ("Vi besluttede at samle udkastene til ét dokument.", True),
        ("Henvendelsen videresendes til Center for Miljø.", True),
        ("Ansøgningen sendes videre til Kultur og Fritid.", True),
        ("Vi drøfter det på næste møde.", False),  # the present: a plan, no outcome
        ("Vi skal vælge en ny kasserer.", False),
        ("De valgte Visby.", False),  # others' choice
        ("Henvendelsen handler om støj fra pladsen.", False),
    ],
)
def test_outcome_lines_of_a_local_council(line: str, outcome: bool) -> None:
    assert outcome_line(line) is outcome


_PAGE = """Referat af møde 9. april 2025

Velkomst
Formanden bød velkommen.
Dagsordenen blev godkendt.

Trafik ved skolen
Forældre har skrevet om biler i indkørslen.
Lokalrådet drøftede sagen.

Sommerfest
Festudvalget har fundet en dato.
Lokalrådet besluttede at holde festen 21. juni.
"""


def _paragraph_titles(source: str) -> list[str]:
    lines = prepare(source)
    return [h.title for h in unnumbered._outcome_paragraphs(lines, 0, set())]


def test_paragraphs_closed_by_their_outcome_are_items() -> None:
    assert _paragraph_titles(_PAGE) == ["Velkomst", "Trafik ved skolen", "Sommerfest"]


def test_paragraph_without_outcome_between_them_declines() -> None:
    # (an item told without an outcome would be lost: the family declines, as before)
    source = _PAGE.replace("Lokalrådet drøftede sagen.", "Der kommer en ny skolepatrulje.")
    assert _paragraph_titles(source) == []


def test_standing_item_closes_the_run() -> None:
    source = _PAGE + "\nEventuelt\nUlla mindede om loppemarkedet.\n"
    assert _paragraph_titles(source)[-1] == "Eventuelt"


def test_subject_and_subtitle_title_over_its_outcome() -> None:
    source = _PAGE.replace("Sommerfest\n", "Sommerfest 2025: status fra festudvalget\n")
    assert _paragraph_titles(source)[-1] == "Sommerfest 2025: status fra festudvalget"


@pytest.mark.parametrize(
    ("body", "titled"),
    [
        (["Arbejdsgrupperne fremlagde udkast.", "Vi besluttede at samle dem."], True),
        (["Vi besluttede at samle dem."], False),  # one line: no paragraph under a title
        (["Afbud: Sine Lund", "Dagsordenen blev godkendt."], False),  # a field under it
        (["Arbejdsgrupperne fremlagde udkast.", "Udkastene sendes rundt."], False),
    ],
)
def test_titled_outcome_paragraph(body: list[str], titled: bool) -> None:
    lines = prepare("Title: subtitle\n" + "\n".join(body) + "\n")
    assert unnumbered._titled_outcome_paragraph(lines, list(range(1, len(body) + 1))) is titled


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Puljeansøgning: Koncert i parken", True),
        ("Borgerhenvendelse: Bænke ved søen", True),
        ("Ansøgningsfrist: 1. maj", False),
        ("Puljeansøgning: koncert", False),  # a field's value in small letters
    ],
)
def test_matter_kind_in_one_compound(title: str, kind: bool) -> None:
    assert unnumbered.matter_kind_title(title) is kind


@pytest.mark.parametrize(
    ("line", "date", "start", "place"),
    [
        (
            "Mødet blev holdt tirsdag d. 8/10-24 kl. 10.00-12.15 i Samsø Rådhus, lokale 1.",
            dt.date(2024, 10, 8),
            "10:00",
            "Samsø Rådhus, lokale 1",
        ),
        (
            "Mødet blev holdt 3.2.25 kl. 19.00 på Biblioteket.",
            dt.date(2025, 2, 3),
            "19:00",
            "Biblioteket",
        ),
        ("Mødet blev holdt kl. 9.00 i Byrådssalen.", None, "09:00", "Byrådssalen"),
    ],
)
def test_held_sentence_with_a_two_digit_year(
    line: str, date: dt.date | None, start: str, place: str
) -> None:
    head = header.read_header(parse.to_lines(f"Ældrerådet\n{line}\n"), set(), set())
    assert (head.date, head.start_time, head.location) == (date, start, place)


_LISTED = """## Indhold

1. Godkendelse af dagsorden
2. Budget
- Nyt fra medlemmerne
- Eventuelt

## 1. Godkendelse af dagsorden

Godkendt.

## 2. Budget

Godkendt.

## Nyt fra medlemmerne

Intet.

## Eventuelt

Intet.
"""


def _listed(source: str) -> tuple[list[tuple[int, str]], Contents | None]:
    lines = prepare(source)
    pos = {ln.clean: k for k, ln in enumerate(lines)}
    entries = [TocEntry("Godkendelse af dagsorden", None, 2, 1), TocEntry("Budget", None, 3, 2)]
    toc = Contents(entries, {0, 2, 3}, 4)
    heads = [
        Head(pos["1. Godkendelse af dagsorden"], 1, "Godkendelse af dagsorden", styled=True),
        Head(pos["2. Budget"], 2, "Budget", styled=True),
    ]
    found, contents = listed_after_numbered(lines, heads, toc, None)
    return [(h.number, h.title) for h in found], contents


def test_listed_unnumbered_items_after_numbered_ones() -> None:
    heads, toc = _listed(_LISTED)
    assert heads[2:] == [(3, "Nyt fra medlemmerne"), (4, "Eventuelt")]
    assert toc is not None and [e.number for e in toc.entries] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    "source",
    [
        # a listed title with no heading of its own below
        _LISTED.replace("## Nyt fra medlemmerne", "Nyt fra medlemmerne"),
        # no bullets under the list
        _LISTED.replace("- Nyt fra medlemmerne\n- Eventuelt\n", "\n\n"),
    ],
)
def test_listed_unnumbered_items_need_list_and_heading(source: str) -> None:
    heads, _ = _listed(source)
    assert [n for n, _ in heads] == [1, 2]


@pytest.mark.parametrize(
    ("decision", "kind"),
    [
        (
            "Sagen oversendes til Park og Natur. Rådet ønsker at blive orienteret om svaret.",
            "referred",
        ),
        ("Rådet blev orienteret om status og tog den til efterretning.", "noted"),
        ("Rådet for Særligt Udsatte anbefaler udvalget at vedtage planen.", "recommended"),
        ("Rådet udsatte punktet til næste møde.", "postponed"),
    ],
)
def test_decision_types(decision: str, kind: str) -> None:
    found = classify_decision(decision, "Handicaprådet")
    assert primary_decision_type(t for t, _ in found) == kind
