"""The forty-seventh round's rules for typewritten protocols of 1970-1994 read by OCR
(layouts290): the journal number's handling facet typed with its letter and number parted
by a space, the start as "Mødet påbegyndt kl. …", and the town hall or the office named in
lower case as the meeting's place."""

from __future__ import annotations

import pytest

from analysis import parse
from analysis.layouts.header import _PLACE_AFTER, _START_LINE


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("J.nr. 05.01.04 G 01", "05.01.04 G 01"),
        ("J.nr. 02.15 P 20/31", "02.15 P 20/31"),
        ("J.nr. 13.04.02 Ø 40.", "13.04.02 Ø 40"),
        ("J.nr. 05.01.02 G01", "05.01.02 G01"),  # the facet in one word, as before
        ("J.nr. 02.15", "02.15"),
    ],
)
def test_spaced_facet_letter_and_number(line: str, case: str) -> None:
    assert parse.match_case_number(line) == case


@pytest.mark.parametrize(
    ("line", "hour"),
    [
        ("Mødet påbegyndt kl. 15.00.", ("15", "00")),
        ("Mødet påbegyndt kl. 8.30. Samtlige medlemmer var mødt.", ("8", "30")),
        ("Mødet påbegyndtes kl. 19.00", ("19", "00")),
        ("Mødet startede kl. 16.00 og sluttede kl. 18.10.", ("16", "00")),
    ],
)
def test_start_in_a_participle(line: str, hour: tuple[str, str]) -> None:
    m = _START_LINE.match(line)
    assert m is not None and (m.group("h"), m.group("m")) == hour


def test_start_line_is_no_other_sentence() -> None:
    assert _START_LINE.match("Mødet påbegyndt med en orientering.") is None


@pytest.mark.parametrize(
    ("rest", "place"),
    [
        (" i mødelokalet på kommunekontoret.", "mødelokalet på kommunekontoret"),
        (" kl. 19.00 på kommunekontoret i Lyngby.", "kommunekontoret i Lyngby"),
        (" på rådhuset", "rådhuset"),
        (" på borgmesterkontoret.", "borgmesterkontoret"),
    ],
)
def test_house_in_lower_case(rest: str, place: str) -> None:
    m = _PLACE_AFTER.match(rest)
    assert m is not None and m.group("place") == place


def test_no_house_no_place() -> None:
    assert _PLACE_AFTER.match(" i forbindelse med budgettet") is None


def _heads(text: str) -> list[tuple[int, str]]:
    from analysis.layouts.headings import candidates
    from analysis.layouts.text import furniture

    lines = parse.to_lines(text)
    return [(h.number, h.title) for h in candidates(lines, furniture(lines)) if h.evidence]


def test_typed_title_closed_by_full_stop_over_the_case_line() -> None:
    text = (
        "Teknisk udvalg\n\n"
        " 41     Anmodning om tilskud til istandsættelse af forsamlingshuset\n"
        "        Vester Sal, nyt tag.\n"
        "        J.nr. 20.05.02 Ø 40\n\n"
        "        Godkendt.\n\n"
        " 42     Vintervedligeholdelse af veje.\n"
        "        J.nr. 05.02.00 G 01\n\n"
        "        Godkendt.\n"
    )
    assert _heads(text)[0] == (
        41,
        "Anmodning om tilskud til istandsættelse af forsamlingshuset Vester Sal, nyt tag.",
    )


def test_bare_title_with_full_stop_fills_a_run_of_such_titles() -> None:
    text = (
        "Teknisk udvalg\n\n"
        " 7     Salg af grund.\n        J.nr. 02.11.02 G 01\n\n        Godkendt.\n\n"
        " 8     Drøftelse af arbejdsplan for vejmændene i den kommende\n        sæson.\n\n"
        "        Drøftet.\n\n"
        " 9     Udbud af kloakrenovering.\n        J.nr. 06.01.00 G 01\n\n        Godkendt.\n"
    )
    assert [n for n, _ in _heads(text)] == [7, 8, 9]


@pytest.mark.parametrize(
    ("line", "kommune"),
    [
        ("BOGENSE BYRAD                          Side 96", "Bogense Kommune"),
        ("Bogense Kommunalbestyrelse.", "Bogense Kommune"),
        ("Bogense kommunalbestyrelses møde tirsdag den 4. maj 1971", "Bogense Kommune"),
        ("Ordinært møde i Bogense Byråd", "Bogense Kommune"),
        ("Byrådets møde", None),
        ("Struer Byråd", None),  # one of today's kommuner: read elsewhere
    ],
)
def test_former_kommune_named_by_its_council(line: str, kommune: str | None) -> None:
    from analysis.layouts import _former_kommune

    assert _former_kommune(line) == kommune


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("Økonomiudvalget s. 22", "Økonomiudvalget"),
        ("Kommunalbestyrelsen Prot. side 318", "Kommunalbestyrelsen"),
        ("NORDBY KOMMUNE Protokol side 1207", "NORDBY KOMMUNE"),
        ("Teknisk udvalg Side 9.", "Teknisk udvalg"),
        ("Referat af mødet den 3. maj", None),
    ],
)
def test_page_mark_closing_a_running_head(line: str, rest: str | None) -> None:
    from analysis.layouts.header import _PAGE_MARK_TAIL

    m = _PAGE_MARK_TAIL.search(line)
    assert (line[: m.start()] if m else None) == rest


@pytest.mark.parametrize(
    ("line", "outcome"),
    [
        ("Protokollen fra mødet den 15. oktober 1975 godkendt og under-", True),
        ("Protokollen godkendt og underskrevet.", True),
        ("Budgettet vedtaget med teknisk udvalgs ændringsforslag.", True),
        ("Taksterne vedtaget med 11 stemmer mod 4.", True),
        ("Bevilget på de sædvanlige vilkår for udlån af lokaler.", True),
        ("Godkendt på betingelse af, at arealet ryddes.", True),
        # no outcome: background, or a place after the participle
        ("Lokalplanen er endnu ikke vedtaget med 3 stemmer.", False),
        ("Godkendt på mødet i marts.", False),
    ],
)
def test_participle_outcome_without_its_auxiliary(line: str, outcome: bool) -> None:
    from analysis.layouts.outcome import outcome_line

    assert outcome_line(line) is outcome


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Budgettet vedtaget med 12 stemmer mod 3. Venstres gruppe stemte imod med "
            "henvisning til den udskudte anlægsinvestering.",
            "approved",
        ),
        ("Sagen udskudt til næste møde.", "postponed"),
        ("Punktet blev udsat til næste møde.", "postponed"),
    ],
)
def test_participle_before_its_noun_puts_nothing_off(text: str, expected: str) -> None:
    from analysis.enrich import decisions

    assert decisions.classify_decision(text, "Kommunalbestyrelsen")[0][0] == expected


def test_body_line_closed_by_a_full_stop_names_the_forum() -> None:
    from analysis.layouts import SourceHints, parse_text

    text = (
        "Bogense Kommunalbestyrelse.\n\n"
        "Møde tirsdag den 9. maj 1972 kl. 19.00 på kommunekontoret.\n\n"
        "Sag nr. 1. Godkendelse af protokollen.\n\nGodkendt.\n\n"
        "Sag nr. 2. Vejbelysning.\n\nVedtaget.\n"
    )
    meeting = parse_text(text, SourceHints())
    assert meeting.forum == "Bogense Kommunalbestyrelse"


@pytest.mark.parametrize(
    ("forum", "expected"),
    [
        ("Stege kommunalbestyrelse", "approved"),  # the forum itself, by its bare form
        ("Kommunalbestyrelsen", "approved"),
        ("Økonomiudvalget", "other"),  # another body's act
    ],
)
def test_council_named_by_its_bare_form_is_the_forum(forum: str, expected: str) -> None:
    from analysis.enrich import decisions

    text = "Kommunalbestyrelsen vedtog en forhøjelse på 6 pct. fra 1. juli 1976."
    assert decisions.classify_decision(text, forum)[0][0] == expected


@pytest.mark.parametrize(
    ("head", "rest", "taken"),
    [
        ("44. Ansøgning om udstykning af ejendom, matr.nr. 12 a,", "Kettinge Mark.", True),
        ("45. Ansøgning om hjælp til varmetillæg for pensionister", "(lukket punkt).", True),
        # a sentence of the text under a whole title
        (
            "46. Vedligeholdelse af havnens bolværk,",
            "Havnefogeden har indhentet et tilbud. Se",
            False,
        ),
        ("47. Orientering om budgettet", "Borgmesteren orienterede.", False),
    ],
)
def test_typed_title_rest_after_a_comma_or_closed_mark(head: str, rest: str, taken: bool) -> None:
    from analysis.layouts.headings import _hanging_rest

    lines = parse.to_lines(f"{head}\n{rest}\n\nTiltrådt.\n")
    assert _hanging_rest(lines, 0, 1, lines[1].clean) is taken
