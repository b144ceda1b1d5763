"""Every layout family on invented fixtures, and the real-world folder when present.

``tests/fixtures/layouts/raw/<family>-<something>.<ext>`` are small invented minutes in
the structure of each family (``analysis.layouts``); ``labels/`` holds a label per
document in the format of ``shared/realworld/labels`` (the expected family is the first
word of the label's ``layout``). Scoring goes through ``analysis.evaluate`` so these tests
judge the parser as ``minutes evaluate`` does. Adding a layout: add its module and one or
two fixtures with labels here; the tests below pick them up.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from analysis.evaluate import FileScore, evaluate_dir, evaluate_file, load_labels, title_right
from analysis.layouts import LAYOUT_NAMES, SourceHints, date_in_file_name, parse_text
from analysis.model import ParsedMeeting
from analysis.pipeline import FileResult, parse_bytes
from analysis.read import read_bytes
from analysis.vocab import PROPOSED_DECISION_KEY

from .conftest import REALWORLD

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "layouts"
RAW = FIXTURES / "raw"
LABELS = FIXTURES / "labels"

# Known parser problems (the parser is to be fixed, not the fixture): file -> reason.
# None today; a new problem goes here with a precise reason (strict xfail).
#: Documents the parser rejects: every test of them fails.
REJECTED: dict[str, str] = {}
#: Documents read wrongly: their label and their items are not right.
MISREAD: dict[str, str] = {**REJECTED}


def _labels() -> list[dict]:
    return load_labels(LABELS)


def _family(label: dict) -> str:
    """The expected layout: the first word of the label's ``layout`` ("web: …")."""
    return re.split(r"[:\s]", label["layout"].strip(), maxsplit=1)[0]


def _param(file: str, *values: object, problems: dict[str, str] = MISREAD) -> object:
    """A test case; expected to fail (strictly) where ``problems`` names the file."""
    reason = problems.get(file)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(file, *values, id=file, marks=marks)


@functools.cache
def _result(file: str) -> FileResult:
    """The tables of one fixture, as the build makes them (parsed once per session)."""
    return parse_bytes((RAW / file).read_bytes(), file)


@functools.cache
def _meeting(file: str) -> ParsedMeeting:
    """The parsed meeting of one fixture (no hints: the document alone, but for the date
    its file's name gives, the last resort for a year the text leaves out)."""
    path = RAW / file
    hints = SourceHints(name_date=date_in_file_name(file), file_name=file)
    return parse_text(read_bytes(path.read_bytes(), path.suffix).text, hints)


def _label(file: str) -> dict:
    return next(lab for lab in _labels() if lab["file"] == file)


def _score(label: dict) -> FileScore:
    result = _result(label["file"])
    return evaluate_file(label, result.tables, result.manifest)


def _section_lines(meeting: ParsedMeeting) -> list[tuple[int, str, str]]:
    """(item number, section key, line) for every non-blank line of every section."""
    return [
        (item.number, sec.key, line.strip())
        for item in meeting.items
        for sec in item.sections
        for line in sec.text.splitlines()
        if line.strip()
    ]


# --- the fixtures themselves ------------------------------------------------------------


def test_every_family_has_a_fixture_and_every_fixture_a_label() -> None:
    labels = _labels()
    families = {_family(lab) for lab in labels}
    assert families <= set(LAYOUT_NAMES), (
        f"unknown family in a label: {families - set(LAYOUT_NAMES)}"
    )
    assert set(LAYOUT_NAMES) <= families, (
        f"families without a fixture: {set(LAYOUT_NAMES) - families}"
    )
    raw = {p.name for p in RAW.iterdir() if p.is_file()}
    labelled = {lab["file"] for lab in labels}
    assert raw == labelled, (
        f"raw without label: {raw - labelled}; label without raw: {labelled - raw}"
    )
    for lab in labels:
        assert lab["file"].split("-", 1)[0] == _family(lab), lab["file"]
        assert lab["source"] == "invented fixture"


# --- every fixture against its label ----------------------------------------------------


@pytest.mark.parametrize("file", [_param(lab["file"]) for lab in _labels()])
def test_fixture_matches_label(file: str) -> None:
    label = _label(file)
    result = _result(file)
    assert result.tables is not None, f"rejected: {result.manifest.get('message')}"
    assert result.manifest["layout"] == _family(label)
    assert result.manifest["document_type"] == label["document"]
    score = _score(label)
    misses = "\n".join(score.misses)
    assert all(score.facts.values()), misses
    assert score.items.right == score.items.total, misses
    assert score.titles.right == score.titles.total, misses
    assert score.cases.right == score.cases.total, misses
    assert score.decision_text.right == score.decision_text.total, misses
    assert score.decision_types.right == score.decision_types.total, misses
    assert score.extra == 0, f"{score.extra} item(s) no label names"


@pytest.mark.parametrize(
    "file",
    [
        _param(lab["file"], problems=REJECTED)
        for lab in _labels()
        if not (lab.get("meeting") or {}).get("municipality")
    ],
)
def test_unnamed_municipality_is_warned_about(file: str) -> None:
    result = _result(file)
    assert result.tables is not None, result.manifest.get("message")
    assert any("does not name its municipality" in w for w in result.warnings), result.warnings


# --- targeted ---------------------------------------------------------------------------


def test_agenda_has_document_type_dagsorden_and_no_decision_types() -> None:
    file = "firstagenda-byraad-dagsorden.html"
    meeting = _meeting(file)
    assert meeting.document_type == "dagsorden"
    tables = _result(file).tables
    assert tables is not None
    assert list(tables["meetings"]["document_type"]) == ["dagsorden"]
    assert tables["item_decisions"]["decision_type"].isna().all()
    assert "decision_type" not in tables["items"] or tables["items"]["decision_type"].isna().all()
    # The proposal's "Beslutning:" heading is its proposed text, not a decision.
    keys = {sec.key for item in meeting.items for sec in item.sections}
    assert "beslutning" not in keys
    proposal = next(item for item in meeting.items if item.number == 3)
    proposed = [sec for sec in proposal.sections if sec.key == PROPOSED_DECISION_KEY]
    assert proposed and proposed[0].text.startswith("Byrådet beslutter, at forvaltningen")


def test_earlier_bodys_decision_goes_to_case_history() -> None:
    item = next(it for it in _meeting("beslutning_i-byraadet.txt").items if it.number == 2)
    decisions = [sec for sec in item.sections if sec.key == "beslutning"]
    assert [sec.text.splitlines()[0] for sec in decisions] == ["Godkendt."]
    assert all("Anbefales" not in sec.text for sec in decisions)
    assert len(item.case_history) == 1
    earlier = item.case_history[0]
    assert earlier.body == "Økonomiudvalget"
    assert earlier.date is not None and earlier.date.isoformat() == "2024-10-07"
    assert earlier.decision is not None and earlier.decision.startswith(
        "Anbefales over for Byrådet"
    )


def test_sagsforloeb_blocks_go_to_case_history() -> None:
    item = next(it for it in _meeting("firstagenda-byraad-dagsorden.html").items if it.number == 2)
    history = [
        (h.body, h.date.isoformat() if h.date else None, h.item_number) for h in item.case_history
    ]
    assert history == [
        ("Børne- og Familieudvalget", "2025-10-21", 6),
        ("Økonomiudvalget", "2025-11-04", 9),
    ]


def test_sagsforloeb_decision_field_stays_in_case_history() -> None:
    """ "Beslutning: …" inside a block of Udvalg / Dato fields is the earlier body's
    decision (kept with its block), not the heading of this meeting's decision."""
    item = next(
        it for it in _meeting("firstagenda-sagsforloeb-beslutning-felt.txt").items if it.number == 2
    )
    history = [(h.body, h.item_number, h.decision) for h in item.case_history]
    assert history == [
        ("Kultur- og Borgerserviceudvalget", 4, "Sagen blev udsat."),
        ("Ældrerådet", 6, "Ældrerådet anbefaler politikken."),
    ]
    assert [sec.key for sec in item.sections].count("beslutning") == 1


#: Web controls and navigation; each appears in at least one fixture.
FURNITURE = (
    "Til toppen",
    "Tilbage til toppen",
    "Udskriv",
    "Hent som PDF",
    "Kopier link",
    "Printvenlig version",
    "Til indholdsfortegnelse",
    "Tilbage til forsiden",
)
_FURNITURE_LINE = re.compile(
    r"^(?:[-•*]\s*)?(?:" + "|".join(re.escape(w) for w in FURNITURE) + r")\s*$", re.IGNORECASE
)


def test_furniture_words_occur_in_the_fixtures() -> None:
    texts = [read_bytes(p.read_bytes(), p.suffix).text for p in sorted(RAW.iterdir())]
    for word in FURNITURE:
        assert any(
            re.sub(r"^[-•*]\s*", "", line.strip()).lower() == word.lower()
            for text in texts
            for line in text.splitlines()
        ), f"no fixture has a '{word}' line"


@pytest.mark.parametrize("file", [_param(lab["file"], problems=REJECTED) for lab in _labels()])
def test_web_furniture_is_in_no_title_and_no_section(file: str) -> None:
    meeting = _meeting(file)
    for item in meeting.items:
        for word in FURNITURE:
            assert word.lower() not in item.raw_title.lower(), (item.number, item.raw_title)
    leaks = [
        (n, key, line) for n, key, line in _section_lines(meeting) if _FURNITURE_LINE.match(line)
    ]
    assert not leaks


@pytest.mark.parametrize(
    ("file", "numbers", "kept"),
    [
        _param("running-byraad-kalender.txt", [131, 132], "22. Temamøde - 15.00-16.30"),
        _param("running-sundhed.txt", [148, 149, 150], "1. Flere terapeuter i hjemmeplejen."),
        _param("web-solroed-kultur.txt", [1, 2, 3, 4], "1. at den nye driftsaftale godkendes,"),
        _param(
            "beslutning_i-byraadet.txt",
            [1, 2, 3],
            "1. at grundene udbydes til en mindstepris på 1.150 kr. pr. m²",
        ),
        _param(
            "udvalg_header-kultur.txt",
            [112, 113, 114, 115],
            "2. tilskuddet udbetales, når byggeriet er afsluttet",
        ),
        _param("generic-glued.txt", [1, 2, 3, 4], "1. at valgmulighederne er en klar forbedring,"),
    ],
)
def test_numbered_lines_in_an_item_body_are_not_items(
    file: str, numbers: list[int], kept: str
) -> None:
    meeting = _meeting(file)
    assert [item.number for item in meeting.items] == numbers
    lines = [" ".join(line.split()) for _, _, line in _section_lines(meeting)]
    assert kept in lines, "the numbered line should stay text of its item"


def test_cut_off_document_keeps_its_items_and_warns() -> None:
    meeting = _meeting("web-cutoff.txt")
    by_number = {item.number: item for item in meeting.items}
    assert sorted(by_number) == [1, 2, 3, 4, 5]
    assert by_number[2].sections, "the item the document stops in keeps the text it shows"
    assert any(sec.key == "sagsfremstilling" for sec in by_number[2].sections)
    for n in (3, 4, 5):
        assert not by_number[n].sections
        assert by_number[n].toc_title == by_number[n].raw_title
    assert by_number[4].raw_title == "MTU/ØU/KB - Affaldsplan 2020-2024 (høring)"
    assert any("cut off" in w and "3, 4, 5" in w for w in meeting.warnings), meeting.warnings


@pytest.mark.parametrize(
    "file",
    [
        _param("running-sundhed.txt"),
        _param("running-byraad-kalender.txt"),
        _param("running-bullets.txt"),
        _param("udvalg_header-kultur.txt"),
        _param("pkt-greve-fritid.txt"),
        _param("running-punkter-loebenummer.txt"),
        _param("agenda-punkter-loebenummer.txt"),
    ],
)
def test_numbers_through_the_year_give_no_numbering_warning(file: str) -> None:
    meeting = _meeting(file)
    assert meeting.items[0].number > 1
    assert not [w for w in meeting.warnings if re.search(r"numb|1\.\.", w, re.IGNORECASE)]


def test_header_remark_substitute_chair_and_signatures_are_placed() -> None:
    """ "Suppleant: X deltog for Y" and "Mødet blev ledet af …" are participants,
    "Bemærkninger: …" is the meeting's note, "Mødeafslutning", "Eksporteret fra OneNote"
    and an "Underskrifter:" block under the closing line are placed: nothing is lost."""
    file = "generic-hoved-suppleant-bemaerkning.txt"
    meeting = _meeting(file)
    assert not [w for w in meeting.warnings if "could not be placed" in w], meeting.warnings
    people = {p.name: (p.role, p.present) for p in meeting.participants}
    assert people == {
        "Grete Mølholm": (None, False),
        "Poul Erik Vang": ("Suppleant for Grete Mølholm", True),
        "Aase Lindberg": ("Mødeleder, næstformand", True),
    }
    assert meeting.notes == "Rådet accepterede, at punkt 3 blev behandlet før punkt 2."
    tables = _result(file).tables
    assert tables is not None
    assert tables["meetings"]["notes"].tolist() == [meeting.notes]
    assert tables["meetings"]["n_participants"].tolist() == [3]


@pytest.mark.parametrize(
    "file", [_param("running-punkter-loebenummer.txt"), _param("agenda-punkter-loebenummer.txt")]
)
def test_list_with_running_and_own_numbers_is_the_contents(file: str) -> None:
    """ "1. 31. Title" under "Punkter": the list's number, then the item's own."""
    meeting = _meeting(file)
    assert [it.toc_title for it in meeting.items] == [it.title for it in meeting.items]
    assert not [w for w in meeting.warnings if "contents" in w], meeting.warnings


@pytest.mark.parametrize(
    "file",
    [
        _param("generic-side-menu-status.txt"),
        _param("generic-mail-naeste-moede.txt"),
        _param("pkt-wordpress.txt"),
        _param("generic-pdf-sagsnr-sidetop.pdf"),
        _param("generic-indhold-nummer-over-titel.txt"),
    ],
)
def test_page_furniture_and_closing_lines_are_placed(file: str) -> None:
    """A site menu a word a line, "Status: Åbent møde", a blog's sidebar, "Næste møde: …"
    and "Referent: …" after the last item, a contents list with each number above its
    title: every line is placed."""
    meeting = _meeting(file)
    assert not [w for w in meeting.warnings if "could not be placed" in w], meeting.warnings


@pytest.mark.parametrize("file", ["generic-mail-naeste-moede.txt", "generic-side-menu-status.txt"])
def test_next_meeting_is_no_text_of_the_last_item(file: str) -> None:
    meeting = _meeting(file)
    last = meeting.items[-1]
    lines = [line for _n, _key, line in _section_lines(meeting) if _n == last.number]
    assert lines, "the last item keeps its own text"
    assert not [ln for ln in lines if re.match(r"(?:Næste møde|Referent)\b", ln)], lines


def test_field_labels_broken_over_lines_are_labels() -> None:
    meeting = _meeting("running-ocr-felt-orddeling.txt")
    keys = {item.number: [sec.key for sec in item.sections] for item in meeting.items}
    assert keys == {
        21: ["beslutning"],
        22: ["sagsfremstilling", "indstilling", "beslutning"],
        23: ["sagsfremstilling", "beslutning"],
    }


@pytest.mark.parametrize(
    ("file", "notes", "people"),
    [
        _param(
            "generic-dagsorden-afdeling-og-tegn.txt",
            "Jens Vad deltog under punkt 1 og 2.\nPunkterne om vintertjenesten blev taget samlet.",
            ["Anne Holm", "Bo Krog", "Sif Lund", "Jens Vad"],
        ),
        _param(
            "generic-teams-chefgruppe-noter.txt",
            None,
            ["Karen Bech", "Ole Friis", "Mia Dahl", "Lasse Holm"],
        ),
        _param(
            "generic-loop-direktion-noter.md",
            None,
            ["Anne Holm", "Bo Krog", "Sif Lund"],
        ),
        # "Mødenoter" above the agenda list, "Noter" between it and the first item
        _param("generic-uden-numre-agenda-noter.txt", None, []),
        _param(
            "agenda-bemaerkninger-blok.txt",
            "Mødet blev holdt som hybridmøde.\nLene Dam deltog via Teams fra kl. 15.30.\n"
            "Punkterne blev behandlet i rækkefølgen 1, 3, 2.",
            [],
        ),
    ],
)
def test_notes_pages_place_every_line(file: str, notes: str | None, people: list[str]) -> None:
    """A row of web controls on one line, a page title naming the kind of meeting, a
    'Mødenoter' / 'Meeting notes' heading above the items, the names under a bare
    'Deltagere' heading (participants) and a 'Bemærkninger' block of several lines (the
    meeting's notes, whole): every line placed."""
    meeting = _meeting(file)
    assert not [w for w in meeting.warnings if "could not be placed" in w], meeting.warnings
    assert meeting.notes == notes
    assert [p.name for p in meeting.participants] == people


#: Fixtures where a heading's lines land in an item's text (see the reasons).
_HEADING_LEAKS: dict[str, str] = {}
_LEAK_LINE = re.compile(
    r"^(?:[•\-*]\s*)?(?:(?:Pkt\.?|åbent|åben|lukket)\s*)?(?:\d{1,4}\s*\.?\s*)?(?P<rest>.*)$", re.I
)


@pytest.mark.parametrize(
    "file", [_param(lab["file"], problems={**MISREAD, **_HEADING_LEAKS}) for lab in _labels()]
)
def test_heading_lines_are_not_item_text(file: str) -> None:
    """No section line is an item's title (its own repeated, or a contents entry of
    another) nor the 'Åbent punkt' marker of the next heading."""
    meeting = _meeting(file)
    titles = {" ".join(item.raw_title.casefold().split()) for item in meeting.items}
    leaks = []
    for n, key, line in _section_lines(meeting):
        rest = " ".join(_LEAK_LINE.match(line).group("rest").casefold().split())
        marker = re.fullmatch(r"(?:åbent|åben|lukket)\s+punkt", line.strip(), re.IGNORECASE)
        if rest in titles or marker:
            leaks.append((n, key, line))
    assert not leaks


# --- the real-world folder --------------------------------------------------------------


@functools.cache
def _realworld_scores() -> dict[str, FileScore]:
    assert REALWORLD is not None
    return {s.file: s for s in evaluate_dir(REALWORLD / "labels", REALWORLD / "raw")}


def _realworld_params() -> list[object]:
    if REALWORLD is None:
        return [pytest.param("-", marks=pytest.mark.skip(reason="shared/realworld is not here"))]
    return [pytest.param(lab["file"], id=lab["file"]) for lab in load_labels(REALWORLD / "labels")]


@pytest.mark.parametrize("file", _realworld_params())
def test_realworld_file(file: str) -> None:
    score = _realworld_scores()[file]
    misses = "\n".join(score.misses)
    assert score.status in ("ok", "warning"), f"{score.status}: {score.message}"
    assert score.items.right == score.items.total, misses
    assert score.titles.right == score.titles.total, misses
    assert score.facts["date"], misses
    assert score.facts["forum"], misses
    # From the text, the file name or coded case numbers (the web pages seldom say).
    assert score.facts["municipality"], misses
    assert score.decision_text.right == score.decision_text.total, misses


def test_realworld_totals() -> None:
    if REALWORLD is None:
        pytest.skip("shared/realworld is not here")
    scores = list(_realworld_scores().values())
    assert scores
    assert all(s.status in ("ok", "warning") for s in scores)
    assert all(s.facts["date"] for s in scores)
    assert all(s.facts["forum"] for s in scores)


# The same minutes in another format are the same minutes: each real-world text saved as a
# plain web page (a paragraph a line) and printed to PDF reads to the same items.


def _as_web_page(text: str) -> bytes:
    """A plain web page of ``text``: one paragraph a line, bullets as a list."""
    import html

    body = []
    for line in text.split("\n"):
        s = line.strip()
        if s.startswith(("•", "·")):
            body.append(f"<ul><li>{html.escape(s.lstrip('•· '))}</li></ul>")
        elif s:
            body.append(f"<p>{html.escape(s)}</p>")
    page = "<html><head><meta charset='utf-8'><title>Referat</title></head><body><main>"
    return (page + "\n".join(body) + "</main></body></html>").encode()


def _as_pdf(text: str) -> bytes:
    from analysis.synth.corpus import pdf_renderer

    render = pdf_renderer()
    if render is None:
        pytest.skip("no PDF renderer here")
    return render(text, title="Referat", header="Referat")


def _realworld_texts() -> list[object]:
    if REALWORLD is None:
        return [pytest.param("-", marks=pytest.mark.skip(reason="shared/realworld is not here"))]
    return [
        pytest.param(lab["file"], id=lab["file"])
        for lab in load_labels(REALWORLD / "labels")
        if lab["file"].endswith(".txt")
    ]


@pytest.mark.parametrize("fmt", ["html", "pdf"])
@pytest.mark.parametrize("file", _realworld_texts())
def test_realworld_text_as_web_page_and_pdf(file: str, fmt: str) -> None:
    assert REALWORLD is not None
    label = next(lab for lab in load_labels(REALWORLD / "labels") if lab["file"] == file)
    text = (REALWORLD / "raw" / file).read_text(encoding="utf-8")
    data = _as_web_page(text) if fmt == "html" else _as_pdf(text)
    result = parse_bytes(data, file.rsplit(".", 1)[0] + "." + fmt)
    assert result.tables is not None, result.manifest["message"]
    items = result.tables["items"]
    parsed = {
        int(n): (raw, bodies, title)
        for n, raw, bodies, title in zip(
            items["number"], items["raw_title"], items["bodies"], items["title"], strict=True
        )
    }
    for it in label["items"]:
        assert it["n"] in parsed, f"item {it['n']} not found"
        assert title_right(it["title"], *parsed[it["n"]]), (it["title"], parsed[it["n"]])
    meeting = result.tables["meetings"].iloc[0]
    assert str(meeting["date"].date()) == label["meeting"]["date"]
    assert meeting["forum"] == label["meeting"]["forum"]


@pytest.mark.parametrize(
    ("file", "people"),
    [
        # "Start:" / "Slut:" fields, "Medlemmer" over a line of names, tabbed contents rows
        _param(
            "agenda-indhold-aabent-kolonne.md",
            # (Marianne Krog is a member listed under "Fraværende": absent, not present)
            ["Ole Bach", "Lise Dam", "Peter Sand", "Hans Vig"],
        ),
        # a row of download links and "Tilbage til oversigten" are page furniture
        _param("agenda-punkt-prik-webside.html", ["Anne Friis", "Bo Lund", "Kirsten Holm"]),
        # one member a line, one of a local list ("Kaj Mose (Midtfyn Listen)")
        _param(
            "beslutning_i-indhold-ombrudt-overskrift.md",
            ["Jens Holm", "Lene Berg", "Ole Sand", "Kaj Mose"],
        ),
        # "_Godkendt af formanden …_" under the referent closes the minutes
        _param("generic-ad-maaned-udsat.md", None),
        # a members' list wrapped inside a name, a running header of two lines, the
        # signature page and a "Bilagsoversigt" closing the file
        _param(
            "beslutning_i-sidehoved-to-linjer.txt",
            [
                "Gitte Bang",
                "Morten Kure",
                "Susanne Lind",
                "Henning Aagaard Nielsen",
                "Pia Thorup",
                "Bent Kvist",
            ],
        ),
        # "> Mødet er åbent …": a remark set off as a quote is the meeting's note
        _param("generic-dagsorden-streg-raad.md", None),
    ],
)
def test_council_pages_place_every_line(file: str, people: list[str] | None) -> None:
    """The second council set's header fields, members and page furniture: every line is
    placed, and the members listed are the participants."""
    meeting = _meeting(file)
    assert not [w for w in meeting.warnings if "could not be placed" in w], meeting.warnings
    if people is not None:
        assert [p.name for p in meeting.participants if p.present] == people


def test_punkt_contents_rows_with_dot_leaders_are_no_items() -> None:
    """'Punkt N: Title ........ 3' (the page after a dot leader, not a tab column) lists
    the item: each item is read once, from its heading."""
    text = (RAW / "agenda-indhold-aabent-kolonne.md").read_text(encoding="utf-8")
    text = re.sub(r"\t(?:Åbent|Lukket) punkt\t", " ........ ", text)
    meeting = parse_text(text, SourceHints())
    assert [it.number for it in meeting.items] == [1, 2, 3, 4]
    assert meeting.items[1].case_number == "23/4410"
    assert not [w for w in meeting.warnings if "twice" in w or "contents" in w], meeting.warnings


def test_quoted_remark_is_the_meetings_note() -> None:
    """A markdown quote in the header ("> Mødet er åbent …") is a remark on the meeting."""
    meeting = _meeting("generic-dagsorden-streg-raad.md")
    assert meeting.notes == (
        "Mødet er åbent for offentligheden. Bilag kan fås ved henvendelse til sekretariatet."
    )
    assert meeting.document_type == "dagsorden"


@pytest.mark.parametrize(
    ("line", "outcome"),
    [
        ("Dagsorden og referat godkendt.", True),
        ("Regnskab og budget tiltrådt", True),
        ("Punktet udsættes til januar-mødet, hvor valgmåden drøftes.", True),
        ("Sagen udsættes til mødet i marts.", True),
        # background, not what the forum did
        ("Lokalplanen er endnu ikke vedtaget.", False),
        ("Planen bliver først vedtaget efter høringen", False),
    ],
)
def test_free_text_outcome_lines(line: str, outcome: bool) -> None:
    """A verbless outcome ("… godkendt.") and a postponement to a month's meeting state
    the decision of free-text minutes; a clause of background does not."""
    from analysis.layouts.outcome import outcome_line

    assert outcome_line(line) is outcome
