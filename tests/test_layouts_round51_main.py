"""Fifty-first round, the lead's own rules: a two-page PDF's page header printed at the top
of both pages, its second copy under the first page's footer (``text._first_block_again``);
a body over its kind of meeting after a comma ("Byrådet, konstituerende møde",
``header._ORDINARY_MEETING``); the owner before the document's kind before the body
(``header._FORUM_PREFIX``); a portal's "Politisk behandling" over the decision
(``vocab.SECTION_HEADINGS``); an abbreviation's last dot before a dot leader
(``headings._DOT_LEADER``); the item itself put off in a that-clause after a verb of
telling ("Formanden meddelte, at punktet udsættes", ``decisions._item_itself_after_told``);
a contents table read one cell a line, "Lukket" under the last open entry's page
(``headings._title_under_number``, ``headings._groups_next_entry``); remarks sent on as the
whole decision (``decisions._is_referral``); a presenter before the minutes on the title's
line (``parse._PRESENTER_BEFORE_TIME``); "efter ønske fra …" the noun
(``decisions._member_wished``); an amendment's verdict on the line under its label
(``decisions._line_under_amendment``); "Starttidspunkt for møde" the start's label
(``header._FIELD``); what is kept named with its phrase ("Kriterierne fra 2013 blev
fastholdt", ``decisions._kept_by_forum``); a title broken at a hyphen (``parse.join_wrapped``);
"Tiltrådt som indstillet, idet …" (``decisions._accedes``) and "Bevilget som indstillet, idet …"
(``decisions._GRANTED_AS_RECOMMENDED``); a task sent in by a deadline is no referral
(``decisions._sent_by_deadline``); a site's section "Byråd og udvalg" is no body
(``header._MENU_SECTION``); a closed item's title open at its preposition goes on over a blank
(``headings._wrapped_rest``)."""

from __future__ import annotations

import pytest

from analysis.layouts import parse_text
from analysis.layouts.text import page_numbers, running_heads
from analysis.parse import to_lines

_TOP = "Nyborg Kommune        Miljøudvalget\nReferat        17.09.2019\n"
_PAGE_ONE = (
    _TOP + "\nReferat af møde i Miljøudvalget\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\n"
)


def test_the_second_pages_copy_of_the_first_pages_header_is_furniture() -> None:
    text = _PAGE_ONE + "Side 1 af 2\n" + _TOP + "\nGodkendt.\n\n2. Eventuelt\n"
    lines = to_lines(text)
    pages = page_numbers(lines)
    found = running_heads(lines, set(pages), pages)
    # the copy under "Side 1 af 2" goes; the first page's copy, the title, stays
    assert sorted(lines[i].clean.split()[0] for i in found) == ["Nyborg", "Referat"]
    assert min(found) > min(pages)


def test_a_header_block_not_repeated_under_a_footer_is_kept() -> None:
    # the same lines again, but not under the page footer: the document's own text
    text = _PAGE_ONE + "Side 1 af 2\nGodkendt.\n\n" + _TOP
    lines = to_lines(text)
    pages = page_numbers(lines)
    assert running_heads(lines, set(pages), pages) == set()


def test_an_undated_first_block_is_no_page_header() -> None:
    top = "Nyborg Kommune\nMiljøudvalget\n"
    text = (
        top + "\n1. Godkendelse af dagsorden\n\nBeslutning\n\nSide 1 af 2\n" + top + "Godkendt.\n"
    )
    lines = to_lines(text)
    pages = page_numbers(lines)
    assert running_heads(lines, set(pages), pages) == set()


@pytest.mark.parametrize(
    ("title", "forum"),
    [
        ("Byrådet, konstituerende møde", "Byrådet"),
        ("Kommunalbestyrelsen, ekstraordinært møde", "Kommunalbestyrelsen"),
        ("Teknik- og Miljøudvalget – ordinært møde", "Teknik- og Miljøudvalget"),
    ],
)
def test_a_body_over_its_kind_of_meeting_after_a_comma(title: str, forum: str) -> None:
    text = (
        f"Nyborg Kommune\n{title}\n\nMødedato: 06.12.2017\n\n"
        "Sag nr. 1   Valg af borgmester\n\nBeslutning: Godkendt.\n\n"
        "Sag nr. 2   Eventuelt\n\nBeslutning: Intet.\n"
    )
    assert parse_text(text).forum == forum


@pytest.mark.parametrize(
    ("title", "forum"),
    [
        ("Odder Kommune – Referat – Børne- og Skoleudvalget", "Børne- og Skoleudvalget"),
        ("Odder Kommune – Dagsorden – Økonomiudvalget", "Økonomiudvalget"),
        ("Odder Kommune – Økonomiudvalget", "Økonomiudvalget"),
        ("Referat – Økonomiudvalget", "Økonomiudvalget"),
    ],
)
def test_the_owner_and_the_documents_kind_before_the_body(title: str, forum: str) -> None:
    text = (
        f"{title}\n\nMødedato: 9. marts 2022\n\n"
        "1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n2. Eventuelt\nBeslutning: Intet.\n"
    )
    assert parse_text(text).forum == forum


def test_politisk_behandling_heads_the_decision() -> None:
    from analysis.parse import Line, heading_key

    assert heading_key(Line(0, "Politisk behandling", 0)) == ("beslutning", "Politisk behandling")
    assert heading_key(Line(0, "Politisk behandling af sagen er planlagt", 0)) is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "2. Garanti til Grenaa Varmeværk a.m.b.a. ........... 3",
            "2. Garanti til Grenaa Varmeværk a.m.b.a.",
        ),
        ("3. Salg af grunde m.v. ........ 4", "3. Salg af grunde m.v."),
        ("4. Eventuelt. ........ 5", "4. Eventuelt"),
        ("1. Budget 2025 ....... 2", "1. Budget 2025"),
    ],
)
def test_an_abbreviations_last_dot_is_the_titles(line: str, title: str) -> None:
    from analysis.layouts.headings import _DOT_LEADER

    m = _DOT_LEADER.match(line)
    assert m is not None and m.group("title") == title


def test_an_open_or_closed_mark_under_a_page_cell_is_no_title() -> None:
    from analysis.layouts.headings import _title_under_number

    cells = to_lines("6\nUdpegning til Ældrerådet\n8\nLukket\n7\nSalg af areal\n9\n")
    assert _title_under_number(cells, 0, set()) == 1
    assert _title_under_number(cells, 2, set()) is None  # "8" is the page over "Lukket"
    assert _title_under_number(cells, 4, set()) == 5


@pytest.mark.parametrize(
    ("raw", "title", "minutes"),
    [
        ("Sygefravær v/ HR-chef Ulla Bech (15 min.)", "Sygefravær", 15),
        ("Budget v/ direktør Jens Holm og Ole Bak (kl. 9.00-9.30)", "Budget", 30),
        # the proposer inside the title, a word in small letters after the name: kept
        (
            "Forslag fra (F) v/ Ida Borg om skraldespande (10 min.)",
            "Forslag fra (F) v/ Ida Borg om skraldespande",
            10,
        ),
        # no minutes after it: no presenter's column, the title as printed
        ("Velkommen v/ formand Anders Kvist", "Velkommen v/ formand Anders Kvist", None),
    ],
)
def test_a_presenter_before_the_minutes_is_no_part_of_the_title(
    raw: str, title: str, minutes: int | None
) -> None:
    from analysis.parse import split_title

    assert split_title(raw)[0] == title
    assert split_title(raw)[2] == minutes


@pytest.mark.parametrize("label", ["Starttidspunkt for møde", "Starttidspunkt for mødet"])
def test_the_start_labelled_for_the_meeting(label: str) -> None:
    text = (
        f"Holbæk Kommune\nChefgruppen\n\nMødedato\n07.11.2023\n{label}\n13:00\n"
        "Sluttidspunkt for møde\n15:00\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert parse_text(text).start_time == "13:00"
    inline = text.replace(f"{label}\n13:00", f"{label}: 13:00")
    assert parse_text(inline).start_time == "13:00"


@pytest.mark.parametrize(
    ("first", "rest", "joined"),
    [
        (
            "for Beskæftigelses- og In-",
            "tegrationsudvalgets område",
            "for Beskæftigelses- og Integrationsudvalgets område",
        ),
        ("genstart efter COVID-", "19", "genstart efter COVID-19"),
        ("Kultur-", "og Fritidsudvalget", "Kultur- og Fritidsudvalget"),
    ],
)
def test_a_title_broken_at_a_hyphen(first: str, rest: str, joined: str) -> None:
    from analysis.parse import join_wrapped

    assert join_wrapped(first, rest) == joined


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Byråd og udvalg", False),
        ("Politikere og udvalg", False),
        ("Stående udvalg", False),
        ("Teknisk udvalg", True),
        ("Børne- og Skoleudvalg", True),
    ],
)
def test_the_committees_in_general_are_no_body(text: str, body: bool) -> None:
    from analysis.layouts.header import looks_like_body

    assert looks_like_body(text) is body


def test_a_title_open_at_its_preposition_goes_on_over_a_blank() -> None:
    from analysis.layouts.headings import _wrapped_rest

    lines = to_lines("134. Salg af byggegrund til\nOdder Boligselskab\n\n135. Personalesag\n")
    assert _wrapped_rest(lines, 0, set()) == [1]
    # a closed title's next line over a blank is no rest where the title ends on a noun
    lines = to_lines("134. Salg af byggegrund\nOdder Boligselskab\n\n135. Personalesag\n")
    assert _wrapped_rest(lines, 0, set()) == []


#: Decision texts of the round's type rules, the forum whose minutes they are, the type.
_TYPES = [
    # the item itself put off after a verb of telling
    ("Formanden meddelte, at punktet udsættes til næste møde.", "Udvalget", "postponed"),
    ("Formanden meddelte, at sagen blev udsat.", "Udvalget", "postponed"),
    ("Direktøren orienterede om, at byggeriet udsættes.", "Udvalget", "noted"),
    ("Direktøren orienterede om, at sagen om byggeriet udsættes.", "Udvalget", "noted"),
    # remarks sent on as the whole decision are referred
    ("Udvalgets bemærkninger oversendes til Økonomiudvalget.", "Udvalget", "referred"),
    ("Bemærkningerne oversendes til Økonomiudvalget.", "Udvalget", "referred"),
    (
        "Udvalget drøftede sagen. Udvalgets bemærkninger oversendes til Byrådet.",
        "Udvalget",
        "discussed",
    ),
    ("Input samles af formanden og sendes til administrationen.", "Udvalget", "other"),
    # a wish as a noun and an amendments verdict on its own line
    ("Sagen blev efter ønske fra forslagsstiller udsat til næste møde.", "Byrådet", "postponed"),
    ("Sagen blev efter eget ønske udsat.", "Byrådet", "postponed"),
    ("Poul Hansen ønskede sagen udsat.", "Byrådet", "other"),
    (
        "Ændringsforslag fra A: Udvalget bevares.\nForkastet med 11 stemmer mod 16.\n"
        "Indstillingen blev derefter godkendt.",
        "Byrådet",
        "approved",
    ),
    (
        "Ændringsforslag fra A: Udvalget bevares.\nForkastet med 11 stemmer mod 16.",
        "Byrådet",
        "rejected",
    ),
    # what is kept a noun with its phrase
    ("Kriterierne fra 2013 blev fastholdt.", "Udvalget", "decided"),
    ("Taksten for 2024 fastholdes.", "Udvalget", "decided"),
    ("Ønsket fra 2013 blev fastholdt.", "Udvalget", "other"),  # a wish kept: no act
    # acceded as proposed
    (
        "Tiltrådt som indstillet, idet administrationen også belyser ventetider.",
        "Regionsrådet",
        "approved",
    ),
    ("Ny leder tiltræder som direktør 1. marts.", "Regionsrådet", "other"),
    ("Bevilget som indstillet, idet udgiften finansieres af puljen.", "Regionsrådet", "approved"),
    ("Bevilget som indstillet, dog kun 20.000 kr.", "Regionsrådet", "decided"),
    # a task sent in by a deadline is no referral
    ("Forslag sendes til KRB senest 1. juli.", "Chefgruppen", "other"),
    ("Input sendes til sekretariatet inden den 3. maj.", "Chefgruppen", "other"),
    ("Sagen sendes til Byrådet senest 1. juli.", "Chefgruppen", "referred"),
    ("Oversendes til Økonomiudvalget.", "Chefgruppen", "referred"),
]


@pytest.mark.parametrize(("text", "forum", "kind"), _TYPES)
def test_the_rounds_decision_types(text: str, forum: str, kind: str) -> None:
    from analysis.enrich.decisions import classify_decision

    assert classify_decision(text, forum)[0][0] == kind
