"""The forty-sixth round's rules for councils' minutes of small municipalities
(layouts276): this meeting's decision as the paragraph under the proposal in minutes with
no headings, a meeting held at a distance as its place, question time answered or unused
as deciding nothing, an agenda's kind as a facts row's label, a front matter's document
kind and the place named again under the dated line, a web page's download row, menu and
footer, and pdftotext's bare page numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import parse
from analysis.enrich.decisions import classify_decision
from analysis.layouts import SourceHints, header, outcome, parse_text, text
from analysis.read import read_bytes

RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"


def _meeting(file: str):
    path = RAW / file
    return parse_text(read_bytes(path.read_bytes(), path.suffix).text, SourceHints())


# --- a meeting held at a distance -------------------------------------------------------


@pytest.mark.parametrize(
    ("rest", "place"),
    [
        ("som videomøde (Microsoft Teams) pga. smittefaren.", "videomøde (Microsoft Teams)"),
        ("som telefonmøde (Skype) grundet snevejret.", "telefonmøde (Skype)"),
        ("som Teams-møde.", "Teams-møde"),
        ("som et ekstraordinært møde.", None),  # a kind of meeting held somewhere
        ("som temamøde i byrådssalen.", None),
    ],
)
def test_meeting_held_at_a_distance_names_the_medium(rest: str, place: str | None) -> None:
    assert header._time_and_place(rest)[1] == place


@pytest.mark.parametrize(
    ("line", "event"),
    [
        ("Mødet blev transmitteret direkte på kommunens hjemmeside.", True),
        ("Mødet blev livestreamet på YouTube.", True),
        ("Mødet blev sendt direkte på Kanal Syd.", True),
        ("Mødet blev holdt i byrådssalen.", False),  # where it was held: the place's sentence
    ],
)
def test_meeting_sent_out_live_is_an_event(line: str, event: bool) -> None:
    assert header.meeting_event(line) is event


# --- this meeting's decision under the proposal -------------------------------------------

_ABOVE = [
    "Planen blev drøftet i udvalget, og der er tilføjet et afsnit, som blev vedtaget",
    "på sidste møde.",
    "",
    "Direktøren indstiller, at planen godkendes.",
    "",
]


@pytest.mark.parametrize(
    ("closing", "at"),
    [
        (["Godkendt."], 5),
        (["Udsat. Sagen genoptages, når høringen er afsluttet."], 5),
        (["Planen blev ikke godkendt.", "Socialdemokratiet stemte for."], 5),
        # what closes the text is no outcome: nothing read
        (["Sagen har været drøftet med Ældrerådet."], None),
        # a proposal's points on paragraphs of their own: the proposal goes on
        (["at planen sendes i høring."], None),
        # a long closing text: the case's, not a decision
        ([f"Linje {k} af sagens tekst, som fortsætter." for k in range(8)], None),
    ],
)
def test_outcome_under_the_proposal_paragraph(closing: list[str], at: int | None) -> None:
    lines = [*_ABOVE, *closing]
    assert outcome._outcome_under_proposal_paragraph(lines, 0) == at


def test_no_proposal_below_the_outcome_keeps_it() -> None:
    lines = ["Direktøren indstiller, at planen godkendes.", "", "Godkendt.", "", "Drøftet."]
    # the outcome line found is under the proposal already
    assert outcome._outcome_under_proposal_paragraph(lines, 2) is None


@pytest.mark.parametrize(
    ("line", "outcome_line"),
    [
        ("Der var ikke indkommet spørgsmål.", True),
        ("Der er ikke indsendt nogen spørgsmål fra borgerne.", True),
        ("Der var ikke indkommet spørgsmål om skolebussen før fristen", False),
    ],
)
def test_question_time_unused_is_an_outcome_line(line: str, outcome_line: bool) -> None:
    assert outcome.outcome_line(line) is outcome_line


# --- question time decides nothing --------------------------------------------------------


@pytest.mark.parametrize(
    ("decision", "kind"),
    [
        ("Borgmesteren besvarede begge spørgsmål mundtligt.", "none"),
        (
            "Borgmesteren besvarede de tre spørgsmål skriftligt. Svarene er vedlagt protokollen.",
            "none",
        ),
        (
            "Formanden besvarede spørgsmålet med henvisning til punkt 7 og oplyste, at "
            "sagen genoptages i maj.",
            "none",
        ),
        (
            "Borgmesteren besvarede spørgsmålet og oplyste, at arbejdet er færdigt i 2026. "
            "Der blev ikke truffet beslutning under punktet.",
            "none",
        ),
        ("Der blev ikke truffet nogen beslutning.", "none"),
        ("Der var ikke indkommet spørgsmål.", "none"),
        ("DER ER IKKE INDSENDT SPØRGSMÅL FRA BORGERNE.", "none"),
        ("Besvarelsen vedlægges referatet som bilag 3.", "none"),
        # what must not be read so: a statement alone, the forum's own act after the answer
        ("Borgmesteren oplyste, at der sendes et skriftligt svar.", "other"),
        ("Borgmesteren besvarede spørgsmålet. Byrådet godkendte herefter tidsplanen.", "approved"),
        ("Svarene vedlægges referatet. Godkendt.", "approved"),
    ],
)
def test_question_answered_or_unused_decides_nothing(decision: str, kind: str) -> None:
    assert classify_decision(decision, "Byrådet")[0][0] == kind


# --- header facts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "kind"),
    [
        ("Dagsorden\tOrdinært møde", "dagsorden"),
        ("Referat\tEkstraordinært møde", "referat"),
        ("dokument: Dagsorden", "dagsorden"),
        ("Dokumenttype: Referat", "referat"),
    ],
)
def test_document_kind_as_a_facts_rows_label(row: str, kind: str) -> None:
    lines = parse.to_lines(f"Økonomiudvalget\n{row}\nMødedato\t07.03.2023\n")
    head = header.read_header(lines, set(), set())
    assert head.document_type == kind


def test_dagsorden_with_more_is_no_kind_row() -> None:
    lines = parse.to_lines("Økonomiudvalget\nDagsorden\tpunkt 1-4\nMødedato\t07.03.2023\n")
    assert header.read_header(lines, set(), set()).document_type is None


@pytest.mark.parametrize(
    ("line", "again"),
    [
        ("Rådhuset, mødesal 1", True),
        ("Rådhuset, mødesal 1.", True),
        ("Rådhuset, mødesal 12", False),  # another room
        ("Rådhuset", True),
        ("Kirkevej 7", False),  # a later part alone
    ],
)
def test_place_named_again(line: str, again: bool) -> None:
    assert header._place_again(line, "Rådhuset, mødesal 1, Kirkevej 7, 2791 Dragør") is again


def test_forum_field_in_the_agenda_export() -> None:
    meeting = _meeting("agenda-forum-felt-over-dato.txt")
    assert meeting.forum == "Ældrerådet"
    assert not [w for w in meeting.warnings if "could not be placed" in w], meeting.warnings


# --- web and page furniture ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Dagsorden som PDF | Alle bilag (zip)",
        "Hent referatet som PDF · Hent samlet bilagspakke (PDF, 3,2 MB)",
        "Følg os på Instagram",
    ],
)
def test_download_and_follow_links_are_furniture(line: str) -> None:
    assert text.is_furniture(line)


@pytest.mark.parametrize("line", ["Referatet som PDF blev sendt ud.", "Alle bilag er læst."])
def test_sentences_about_the_files_are_no_furniture(line: str) -> None:
    assert not text.is_furniture(line)


def _lines(*texts: str) -> list[parse.Line]:
    return parse.to_lines("\n".join(texts) + "\n")


def test_footer_under_the_closing_line() -> None:
    lines = _lines(
        "Godkendt.",
        "",
        "Mødet hævet kl. 20.10.",
        "",
        "Odsherred Kommune",
        "Nyvej 22",
        "4573 Højby",
        "Tlf. 59 66 66 66",
        "",
        "Privatlivspolitik",
    )
    found = text.furniture(lines)
    assert {ln.clean for ln in lines if ln.index in found} == {
        "Odsherred Kommune",
        "Nyvej 22",
        "4573 Højby",
        "Tlf. 59 66 66 66",
        "Privatlivspolitik",
    }


def test_text_under_the_closing_line_is_no_footer() -> None:
    lines = _lines("Mødet hævet kl. 20.10.", "", "Referent: Ulla Holm", "", "Privatlivspolitik")
    found = text.furniture(lines)
    assert "Referent: Ulla Holm" not in {ln.clean for ln in lines if ln.index in found}


_HEAD = "Teknik- og Miljøudvalget, 02-06-2022          Greve Kommune"


def test_bare_page_numbers_over_running_headers() -> None:
    lines = _lines(
        "1", "", _HEAD, "", "4. Title", "Text.", "", "2", "", _HEAD, "", "Text.", "",
        "3", "", _HEAD, "", "5. Title", "Godkendt.", "", "4",
    )  # fmt: skip
    found = text.furniture(lines)
    assert [ln.clean for ln in lines if ln.index in found and ln.clean.isdigit()] == [
        "1",
        "2",
        "3",
        "4",
    ]


def test_numbers_not_counting_on_are_no_page_numbers() -> None:
    lines = _lines(
        "4", "", _HEAD, "", "Text.", "", "9", "", _HEAD, "", "Text.", "", "2", "", _HEAD, "",
    )  # fmt: skip
    found = text.furniture(lines)
    assert not [ln.clean for ln in lines if ln.index in found and ln.clean.isdigit()]


# --- the fixtures place every line ----------------------------------------------------------


@pytest.mark.parametrize(
    "file",
    [
        "beslutning_i-dagsorden-raekke-moedetype-downloadlinks.html",
        "beslutning_i-forside-dokument-sted-igen-spoergsmaal-besvaret.md",
        "beslutning_i-pdftotext-sidetal-alene-over-sidehoved.txt",
        "generic-fritekst-udfald-under-indstilling-fjernmoede.txt",
        "generic-webside-kopi-menu-spor-sidefod-under-haevet.txt",
    ],
)
def test_fixtures_place_every_line(file: str) -> None:
    meeting = _meeting(file)
    assert not [w for w in meeting.warnings if "could not be placed" in w], meeting.warnings


def test_page_numbers_are_no_text_of_a_decision() -> None:
    meeting = _meeting("beslutning_i-pdftotext-sidetal-alene-over-sidehoved.txt")
    lines = [
        line.strip()
        for item in meeting.items
        for sec in item.sections
        for line in sec.text.splitlines()
    ]
    assert not [line for line in lines if line.isdigit()]
    decision = next(s.text for s in meeting.items[1].sections if s.key == "beslutning")
    assert decision.endswith("flere\npædagoger.")
