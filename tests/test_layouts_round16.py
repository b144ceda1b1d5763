"""The building blocks of the sixteenth round's short protocols (pure).

The fixtures in ``tests/fixtures/layouts/`` check each family end to end (outcome
columns, lettered ``a)`` items, outcomes after a dash, grouped PDF tables); these tests
pin the rules themselves, and what they must leave alone.
"""

from __future__ import annotations

from analysis import evaluate as ev
from analysis.enrich.decisions import is_agreed_label
from analysis.layouts import parse_text
from analysis.layouts.outcome_list import dashed_outcomes
from analysis.layouts.text import furniture
from analysis.parse import to_lines
from analysis.read.item_table import grouped_item_rows, item_rows, pasted_item_table


def _decision(item) -> str | None:
    return next((s.text for s in item.sections if s.key == "beslutning"), None)


_DASHED = """Ledergruppen Natur og Miljø
Kort referat fra møde 3. februar 2025, kl. 9-10

{list}
"""


def test_outcome_after_a_dash_in_a_run_is_the_decision() -> None:
    listed = "\n".join(
        [
            "1) Referat fra sidste møde – Godkendt",
            "2) Plan for vandløb - etape 2 – Udsat",
            "   * Venter på Miljøstyrelsen",
            "3) Trafiktælling – Taget til efterretning",
        ]
    )
    meeting = parse_text(_DASHED.format(list=listed))
    assert [it.title for it in meeting.items] == [
        "Referat fra sidste møde",
        "Plan for vandløb - etape 2",
        "Trafiktælling",
    ]
    assert [_decision(it).split("\n")[0] for it in meeting.items] == [
        "Godkendt",
        "Udsat",
        "Taget til efterretning",
    ]


def test_a_title_ending_in_an_outcome_word_alone_is_no_list() -> None:
    # two such lines, or a run broken by prose, or numbers that skip: titles as written
    lines = to_lines("1. Budget – Godkendt\n2. Plan – Udsat\n\n4. Status – Drøftet\n")
    assert dashed_outcomes(lines) == lines
    # (up to two sentences under an item are remarks on its outcome since the forty-first
    # round, "Sagen genoptages i maj.": prose is more than that, or a line with no stop)
    prose = to_lines(
        "1. A – Godkendt\nTekst her.\nMere tekst her.\nOg endnu en linje.\n2. B – Udsat\n"
        "3. C – Drøftet\n"
    )
    assert dashed_outcomes(prose) == prose
    unstopped = to_lines("1. A – Godkendt\nTekst uden punktum\n2. B – Udsat\n3. C – Drøftet\n")
    assert dashed_outcomes(unstopped) == unstopped
    titled = to_lines("1. Lokalplan 12 – forslag\n2. B – vedtagelse\n3. C – høring\n")
    assert dashed_outcomes(titled) == titled


def test_titles_far_apart_are_not_split_at_their_dashes(monkeypatch) -> None:
    """Full minutes' items stand apart, text and headings between them: no run can form,
    so a route prefix's dash ("BSU - Title") is not tried as a title and its outcome."""
    from analysis.layouts import outcome_list

    calls: list[str] = []
    real = outcome_list._split
    monkeypatch.setattr(outcome_list, "_split", lambda rest: calls.append(rest) or real(rest))
    items = "\n\n".join(
        f"{n}. BSU - {title} – Godkendt\nSagsfremstilling\nForvaltningen har set på sagen.\n"
        for n, title in enumerate(["Skoleplan", "Budget", "Vejplan"], 1)
    )
    lines = to_lines(items)
    assert dashed_outcomes(lines) == lines
    assert calls == []
    # (the same lines in a run are a list: each title split once, outcome read)
    run = to_lines(
        "1. BSU - Skoleplan – Godkendt\n2. BSU - Budget – Udsat\n3. BSU - Vejplan – Drøftet\n"
    )
    assert [ln.clean for ln in dashed_outcomes(run)][:2] == [
        "1. BSU - Skoleplan",
        "Beslutning: Godkendt",
    ]
    assert len(calls) == 3


def test_bracketed_letters_number_items_only_in_a_run() -> None:
    text = "\n\n".join(
        [
            "Seniorrådet\n\nDato: 3. marts 2025 kl. 10",
            "### a) Velkomst\n\n**Konklusion:** Godkendt.",
            "### b) Budget\n\n**Konklusion:** Drøftet.",
            "### c) Eventuelt\n\n**Konklusion:** Intet.",
        ]
    )
    meeting = parse_text(text)
    assert [(it.number, it.title) for it in meeting.items] == [
        (1, "Velkomst"),
        (2, "Budget"),
        (3, "Eventuelt"),
    ]
    # options "a) …", "b) …" inside a numbered item are no items of their own
    numbered = "\n\n".join(
        [
            "Seniorrådet\n\nDato: 3. marts 2025 kl. 10",
            "1. Budget\n\nSagsnr.: 25/100\n\nRådet kan vælge:\na) Model A\nb) Model B\nc) Model C",
            "Beslutning:\nModel B valgt.",
            "2. Eventuelt\n\nSagsnr.: 25/101\n\nBeslutning:\nIntet.",
        ]
    )
    assert [it.number for it in parse_text(numbered).items] == [1, 2]


def test_konklusion_is_an_agreement_label() -> None:
    assert is_agreed_label("Konklusion:") and is_agreed_label("Aftalt")
    assert not is_agreed_label("Beslutning") and not is_agreed_label("Indstilling:")


def test_outcome_column_is_the_decision_and_a_dash_no_case() -> None:
    rows = [
        [["Pkt."], ["Emne"], ["Sagsnr."], ["Udfald"]],
        [["1"], ["Godkendelse af dagsorden"], ["–"], ["Godkendt"]],
        [["2"], ["Budget"], ["25/1"], ["Udsat"]],
    ]
    assert item_rows(rows) == [
        "## 1. Godkendelse af dagsorden",
        "",
        "Beslutning:",
        "Godkendt",
        "",
        "## 2. Budget",
        "Sagsnr.: 25/1",
        "",
        "Beslutning:",
        "Udsat",
    ]


def test_grouped_table_rows_numbered_by_place() -> None:
    text = "\n".join(
        [
            "Pkt.\tSag\tSagsnr.\tBeslutning",
            "1. Sager til beslutning",
            "1.1 Dagsorden\t25/1\tGodkendt",
            "1.2 Takster 2026\t25/2\tAnbefalet",
            "2. Sager til orientering",
            "2.1 Status\tTaget til efterretning",
        ]
    )
    out = pasted_item_table(text).split("\n")
    assert "## 3. Status" in out and "Sager til orientering" in out
    assert out[out.index("## 3. Status") + 1 :] == ["", "Beslutning", "Taget til efterretning"]
    # a row under the wrong group (or groups that do not run 1, 2, …): not read so
    wrong = text.replace("2.1 Status", "3.1 Status")
    assert "## 3. Status" not in pasted_item_table(wrong).split("\n")


def test_owner_and_council_on_one_line_are_no_footer() -> None:
    lines = to_lines("Ærø Kommune · Ældrerådet\nÆrø Kommune · Statene 2 · 5970 Ærøskøbing\n")
    assert furniture(lines) == {1}


def test_agenda_export_title_dagsorden_og_referat_names_the_forum() -> None:
    text = "\n".join(
        [
            "Kultur- og Fritidsudvalget - Dagsorden og referat",
            "Mødedato: 4. marts 2025",
            "",
            "Punkt 01: Godkendelse af dagsorden",
            "",
            "Udvalgets beslutning",
            "Godkendt.",
            "",
            "Punkt 02: Budget",
            "",
            "Udvalgets beslutning",
            "Drøftet.",
        ]
    )
    assert parse_text(text).forum == "Kultur- og Fritidsudvalget"


def test_label_numbers_small_letters_and_numbers_within_groups() -> None:
    assert ev._label_numbers([{"n": c} for c in "abcdef"]) == [1, 2, 3, 4, 5, 6]
    assert ev._label_numbers([{"n": c} for c in ("a)", "b)")]) == [1, 2]
    dotted = [{"n": n} for n in ("1.1", "1.2", "2.1", "3.1")]
    assert ev._label_numbers(dotted) == [1, 2, 3, 4]


_PROTOCOL = """Vejen Kommune
Teknisk Udvalg

BESLUTNINGSPROTOKOL

Dato: 10.02.2025 kl. 16.00
Status: {status}

{scope}

1. Godkendelse af dagsorden
Beslutning: Godkendt.

2. Vejbelysning
Beslutning: Udsat.

3. Eventuelt
- Formanden deltager i KL's temadag
"""


def test_status_field_is_a_note_and_a_scope_note_is_placed() -> None:
    scope = "Protokollen indeholder alene udvalgets beslutninger. Sagerne fremgår af dagsordenen."
    meeting = parse_text(_PROTOCOL.format(status="Referatet er ikke godkendt endnu.", scope=scope))
    assert meeting.notes == "Status: Referatet er ikke godkendt endnu."
    assert not any("could not be placed" in w for w in meeting.warnings)
    # a standing last item whose notes are bullet points: no sign of a file cut short
    assert not any("cut short" in w for w in meeting.warnings)
    # a status that names the document's kind says what the document is
    agenda = _PROTOCOL.format(status="DAGSORDEN – ikke behandlet", scope="").replace(
        "BESLUTNINGSPROTOKOL\n", ""
    )
    agenda = agenda.replace("Beslutning: Godkendt.", "Indstilling: Godkendes.")
    agenda = agenda.replace("Beslutning: Udsat.", "Indstilling: Drøftes.")
    assert parse_text(agenda).document_type == "dagsorden"
    # "Status på …" without a colon is no field
    text = _PROTOCOL.format(status="x", scope="").replace("Status: x", "Status på vejene")
    assert parse_text(text).notes is None


def test_grid_table_grouped_rows_merged_or_split() -> None:
    head = [["Pkt."], ["Sag"], ["Sagsnr."], ["Udfald"]]
    merged = ["1. Sager til beslutning"] * 4  # a Word row merged across: its text repeated
    rows = [
        head,
        [[c] for c in merged],
        [["1.1"], ["Dagsorden"], ["25/1"], ["Godkendt"]],
        [["1.2"], ["Takster"], ["25/2"], ["Udsat"]],
        [["2."], ["Sager til orientering"], [], []],  # the group's number in a cell of its own
        [["2.1"], ["Status"], [], ["Taget til efterretning"]],
    ]
    out = item_rows(rows)
    assert out is not None
    assert [ln for ln in out if ln.startswith("## ")] == [
        "## 1. Dagsorden",
        "## 2. Takster",
        "## 3. Status",
    ]
    assert "Sager til beslutning" in out and "Sager til orientering" in out
    # one group only, or an item under another group's number: not read so
    assert grouped_item_rows(rows[:4]) is None
    wrong = [*rows[:5], [["3.1"], ["Status"], [], ["Taget til efterretning"]]]
    assert item_rows(wrong) is None


def test_a_summary_of_decisions_over_the_full_items_is_no_outcome_list() -> None:
    text = "\n".join(
        [
            "Oversigt over beslutninger",
            "1. Dagsorden – Godkendt",
            "2. Budget – Udsat",
            "3. Status – Taget til efterretning",
            "",
            "1. Dagsorden",
            "Beslutning: Godkendt.",
            "",
            "2. Budget",
            "Beslutning: Udsat.",
        ]
    )
    lines = to_lines(text)
    assert dashed_outcomes(lines) == lines


_SUB_POINTS = """Vestskolen · Vejen Kommune
Skolebestyrelsen

REFERAT fra skolebestyrelsesmøde
Onsdag d. 5/3-2025 kl. 17.00-19.00 i mødelokalet, afd. Nord

Til stede: Ole Berg (formand), Lis Kure, Bo Sand, Ida Holm, Eva Mørk (skoleleder, referent)
Afbud: Per Lund

Pkt. 1 Godkendelse af dagsorden
Dagsorden udsendt 26/2-2025.

Referat:
Dagsordenen blev godkendt.

Pkt. 2 Meddelelser fra formanden
a) Henvendelse fra forældre i 3.A om legepladsen
b) Status på mødet med de andre skolebestyrelser
c) Valg til skolebestyrelsen 2026 – tidsplan

Referat:
Meddelelserne blev taget til efterretning.

Pkt. 3 Ordensregler
Udkast blev udsendt med indkaldelsen.

Referat:
Bestyrelsen godkendte reglerne.

Pkt. 4 Eventuelt
Intet.

Referat:
Intet at referere.
"""


def test_lettered_sub_points_under_an_item_are_no_contents_list() -> None:
    # "a) …", "b) …", "c) …" under item 2 are its points, not a contents list whose entries
    # would name items 1 and 2
    meeting = parse_text(_SUB_POINTS)
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Meddelelser fra formanden"),
        (3, "Ordensregler"),
        (4, "Eventuelt"),
    ]
    assert str(meeting.date)[:10] == "2025-03-05"
