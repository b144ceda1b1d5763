"""The layout registry's contract: folder hints, missing facts, agendas and their minutes."""

from __future__ import annotations

import re

import pytest

from analysis.layouts import LAYOUT_NAMES, UNKNOWN_FORUM, SourceHints, hints_from_path, parse_text
from analysis.layouts.text import is_furniture, unflatten, unpipe, unrule
from analysis.parse import section_text, to_lines
from analysis.pipeline import combine, enrich, finalise, parse_bytes

from .conftest import SEEDS

# An invented agenda (dagsorden) and the minutes (referat) of the same meeting.
AGENDA = """DAGSORDEN Direktionsforum d. 14-03-2024

Mødedato Torsdag d. 14. marts 2024 kl. 10:00

Mødested Mødelokale 3

Indholdsfortegnelse

Godkendelse af dagsorden.....\t2
Budgetopfølgning 1. kvartal.....\t3

Punkt 1: Godkendelse af dagsorden

00.01.00-A00-1-24

Indstilling

Direktøren indstiller,
1. at dagsordenen godkendes.

Punkt 2: Budgetopfølgning 1. kvartal

00.30.10-S00-2-24

Indstilling

Direktøren indstiller,
1. at budgetopfølgningen tages til efterretning.

Beslutning

Forslag: budgetopfølgningen tages til efterretning.
"""
MINUTES = (
    AGENDA.replace("DAGSORDEN", "REFERAT")
    .replace(
        "1. at dagsordenen godkendes.\n",
        "1. at dagsordenen godkendes.\n\nBeslutning\n\nGodkendt.\n",
    )
    .replace("Forslag: budgetopfølgningen tages til efterretning.", "Taget til efterretning.")
)


@pytest.mark.parametrize(
    ("name", "forum", "municipality"),
    [
        ("albertslund/chefforum/referat.txt", "chefforum", "Albertslund Kommune"),
        ("Albertslund/Økonomiudvalget/2024/referat.pdf", "Økonomiudvalget", "Albertslund Kommune"),
        ("hoeje-taastrup/referat.txt", None, "Høje-Taastrup Kommune"),
        ("koebenhavn/Borgerrepr./x.html", "Borgerrepr.", "Københavns Kommune"),
        ("referat.txt", None, None),
        ("2024/referat.txt", None, None),  # not a municipality: says nothing
        # Where no folder names one, the file name may.
        ("albertslund-oekonomiudvalget-2019-09-10.txt", None, "Albertslund Kommune"),
        ("2024/Referat Byrådet Holbæk 2024-01-30.pdf", None, "Holbæk Kommune"),
        # The folder comes first.
        ("gentofte/roskilde-kb.txt", None, "Gentofte Kommune"),
    ],
)
def test_hints_from_the_raw_folder(name: str, forum: str | None, municipality: str | None) -> None:
    hints = hints_from_path(name)
    assert (hints.forum, hints.municipality) == (forum, municipality)


def test_the_folder_names_what_the_document_does_not() -> None:
    seed = (SEEDS / "chefforum-2024-01-03.txt").read_bytes()
    result = parse_bytes(seed, "albertslund/chefforum/chefforum-2024-01-03.txt")
    meeting = result.tables["meetings"].iloc[0]
    assert (meeting["forum"], meeting["municipality"]) == ("Chefforum", "Albertslund Kommune")
    assert result.manifest["status"] == "ok"
    assert (result.manifest["layout"], result.manifest["document_type"]) == ("agenda", "referat")


def test_no_silent_default_forum_or_municipality() -> None:
    text = (SEEDS / "chefforum-2024-01-03.txt").read_text(encoding="utf-8")
    text = text.replace("Albertslund Kommune", "kommunen")  # the body names it once
    meeting = parse_text(text)
    assert meeting.forum == "Chefforum" and meeting.municipality is None
    assert any("does not name its municipality" in w for w in meeting.warnings)
    nameless = text.replace("REFERAT Chefforum d. 03-01-2024", "REFERAT")
    meeting = parse_text(nameless)
    assert meeting.forum == UNKNOWN_FORUM
    assert any("forum or municipality" in w for w in meeting.warnings)
    # A setting given explicitly is used (and is no silent default: the user chose it).
    meeting = parse_text(nameless, SourceHints("Chefforum", "Albertslund Kommune"))
    assert (meeting.forum, meeting.municipality) == ("Chefforum", "Albertslund Kommune")


def test_the_file_name_or_coded_case_numbers_name_the_municipality() -> None:
    text = (SEEDS / "chefforum-2024-01-03.txt").read_text(encoding="utf-8")
    text = text.replace("Albertslund Kommune", "kommunen")
    result = parse_bytes(text.encode(), "referater/albertslund-chefforum-2024-01-03.txt")
    assert result.tables["meetings"]["municipality"].iloc[0] == "Albertslund Kommune"
    assert "does not name its municipality" not in (result.manifest["message"] or "")
    # Case numbers "<municipality code>-<year>-<serial>" say it when nothing else does.
    text = (SEEDS / "chefforum-2022-02-03.txt").read_text(encoding="utf-8")
    text = re.sub(r"Albertslund(?: Kommune)?", "kommunen", text)
    assert parse_text(text).municipality is None
    coded = re.sub(r"\d\d\.\d\d\.\d\d-[A-Z]\d\d-\d+-\d\d", "330-2022-4711", text)
    meeting = parse_text(coded)
    assert {i.case_number for i in meeting.items} >= {"330-2022-4711"}
    assert meeting.municipality == "Slagelse Kommune"
    assert not any("does not name its municipality" in w for w in meeting.warnings)


def test_web_and_mail_addresses_name_the_municipality() -> None:
    text = (SEEDS / "chefforum-2024-01-03.txt").read_text(encoding="utf-8")
    text = text.replace("Albertslund Kommune", "kommunen")
    assert parse_text(text).municipality is None
    meeting = parse_text(text + "\nKontakt: chefforum@albertslund.dk · www.kl.dk\n")
    assert meeting.municipality == "Albertslund Kommune"
    # The document's own name comes first.
    named = parse_text("Gentofte Kommune\n\n" + text + "\npost@albertslund.dk\n")
    assert named.municipality == "Gentofte Kommune"
    # A default from the settings stands in only where the document says nothing surer.
    default = SourceHints(None, "Roskilde Kommune")
    assert parse_text(text + "\npost@albertslund.dk\n", default).municipality == (
        "Albertslund Kommune"
    )
    assert parse_text(text, default).municipality == "Roskilde Kommune"


def test_document_and_folder_disagreeing_is_reported() -> None:
    text = "Gentofte Kommune\n\n" + (SEEDS / "chefforum-2024-01-03.txt").read_text(encoding="utf-8")
    result = parse_bytes(text.encode(), "albertslund/chefforum/x.txt")
    assert result.tables["meetings"]["municipality"].iloc[0] == "Gentofte Kommune"
    assert "names Gentofte Kommune but the folder" in result.manifest["message"]


def test_a_default_municipality_gives_way_to_the_document_without_a_warning() -> None:
    # The settings' default stands in where the document is silent; in a corpus of several
    # municipalities the others' documents are not odd (the benchmark's corpora are such).
    text = "Gentofte Kommune\n\n" + (SEEDS / "chefforum-2024-01-03.txt").read_text(encoding="utf-8")
    result = parse_bytes(text.encode(), "x.txt", default_municipality="Albertslund Kommune")
    assert result.tables["meetings"]["municipality"].iloc[0] == "Gentofte Kommune"
    assert result.manifest["status"] == "ok", result.manifest["message"]
    silent = (SEEDS / "chefforum-2024-01-03.txt").read_text(encoding="utf-8")
    result = parse_bytes(silent.encode(), "x.txt", default_municipality="Albertslund Kommune")
    assert result.tables["meetings"]["municipality"].iloc[0] == "Albertslund Kommune"


def test_an_agenda_has_no_decisions_and_its_minutes_replace_it() -> None:
    agenda = parse_bytes(AGENDA.encode(), "solroed/dagsorden-2024-03-14.txt")
    minutes = parse_bytes(MINUTES.encode(), "solroed/referat-2024-03-14.txt")
    assert agenda.manifest["document_type"] == "dagsorden"
    assert minutes.manifest["document_type"] == "referat"
    assert agenda.manifest["meeting_id"] == minutes.manifest["meeting_id"]
    # In the agenda a "Beslutning" heading is a proposal, and no item has a decision type.
    sections = agenda.tables["sections"]
    assert "beslutning" not in set(sections["section"])
    assert "beslutningsforslag" in set(sections["section"])
    assert agenda.tables["item_decisions"]["decision_type"].isna().all()
    assert agenda.tables["decisions"].empty

    tables = finalise(enrich(combine([agenda, minutes])))
    manifest = tables["manifest"].set_index("source_file")
    assert manifest.loc["solroed/dagsorden-2024-03-14.txt", "status"] == "superseded"
    assert "referat-2024-03-14.txt" in manifest.loc["solroed/dagsorden-2024-03-14.txt", "message"]
    assert manifest.loc["solroed/referat-2024-03-14.txt", "status"] == "ok"
    assert len(tables["meetings"]) == 1
    assert tables["meetings"]["document_type"].tolist() == ["referat"]
    assert tables["items"]["decision_type"].tolist() == ["approved", "noted"]


def test_an_agenda_alone_stays_with_null_decision_types() -> None:
    tables = finalise(enrich(combine([parse_bytes(AGENDA.encode(), "solroed/dagsorden.txt")])))
    assert tables["meetings"]["document_type"].tolist() == ["dagsorden"]
    assert tables["items"]["decision_type"].isna().all()


def test_layouts_are_tried_in_a_fixed_order_with_generic_last() -> None:
    assert LAYOUT_NAMES[0] == "agenda" and LAYOUT_NAMES[-1] == "generic"
    assert len(set(LAYOUT_NAMES)) == len(LAYOUT_NAMES)


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("Tilbage til toppen", True),
        ("- Hent som PDF", True),
        ("Udskriv", True),
        ("Forside › Politik › Dagsordener og referater", True),
        ("Vi bruger cookies. Accepter alle cookies", True),
        ("Solrød Kommune · Solrød Center 1 · 2680 Solrød Strand", True),
        ("Godkendt.", False),
        ("Solrød Kommune", False),
        ("Orientering om budget 2025", False),
    ],
)
def test_web_furniture(text: str, furniture: bool) -> None:
    assert is_furniture(text) is furniture


def test_flattened_pdf_text_is_split_into_lines() -> None:
    flat = (
        "SOLRØD KOMMUNE Referat af møde i Byrådet Mødetidspunkt 02-05-2022 19:00 "
        "Mødeafholdelse Byrådssalen Indholdsfortegnelse Byrådet 02-05-2022 19:00 "
        "1 (Åben) Godkendelse af dagsorden ........3 2 (Åben) Lokalplan 12 for Havdrup " + "x" * 300
    )
    lines = unflatten(flat).split("\n")
    assert "Mødetidspunkt 02-05-2022 19:00" in lines
    assert "1 (Åben) Godkendelse af dagsorden ........3" in lines
    meeting = parse_text(flat)
    assert (meeting.layout, meeting.forum, str(meeting.date)) == (
        "flat_toc",
        "Byrådet",
        "2022-05-02",
    )
    assert meeting.municipality == "Solrød Kommune"
    assert [it.title for it in meeting.items][:1] == ["Godkendelse af dagsorden"]


# --- dates no date column can hold, journal numbers with en dashes (issue 14, 1 and 11) ---
SEED_TEXT = (SEEDS / "chefforum-2024-01-03.txt").read_text(encoding="utf-8")


def test_a_year_outside_the_range_in_the_body_is_left_out_with_a_warning() -> None:
    text = SEED_TEXT.replace("Anledning\n", "Anledning\n\nMødet den 1. januar 2300 aflyses.\n", 1)
    result = parse_bytes(text.encode(), "albertslund/chefforum/x.txt")
    assert result.manifest["status"] == "warning"
    assert "'1. januar 2300'" in result.manifest["message"]
    tables = finalise(enrich(combine([result])))  # the build did not survive this before
    assert tables["references"]["referenced_date"].dt.year.between(1900, 2100).all()


@pytest.mark.parametrize(
    ("written", "named"),
    [("01-01-9999", "01-01-9999"), ("31-02-2024", "31-02-2024")],
)
def test_an_impossible_meeting_date_is_rejected_by_name(written: str, named: str) -> None:
    text = SEED_TEXT.replace("03-01-2024", written).replace("03. januar 2024", "xx")
    result = parse_bytes(text.encode(), "albertslund/chefforum/x.txt")
    assert result.manifest["status"] == "rejected"
    assert f"the meeting date '{named}' is not a real date" in result.manifest["message"]


def test_journal_numbers_with_en_dashes_are_the_same_numbers() -> None:
    text = SEED_TEXT.replace("00.01.00-P35-7-23", "00.01.00–P35–7–23")
    assert "00.01.00–P35–7–23" in text
    items = finalise(enrich(combine([parse_bytes(text.encode(), "albertslund/x.txt")])))["items"]
    first = items.iloc[0]
    assert (first["case_number"], first["case_scheme"]) == ("00.01.00-P35-7-23", "kle")


def test_another_municipality_named_in_the_body_does_not_override_the_folder() -> None:
    # The 2025 seed mentions "inspiration fra Assens Kommune" in an item's text.
    seed = (SEEDS / "chefforum-2025-04-23.txt").read_bytes()
    assert b"Assens Kommune" in seed
    result = parse_bytes(seed, "albertslund/chefforum/chefforum-2025-04-23.txt")
    assert result.tables["meetings"]["municipality"].iloc[0] == "Albertslund Kommune"
    assert result.manifest["status"] == "ok"
    # Without a folder, the body's most named municipality is what the document says.
    text = SEED_TEXT + "\nSamarbejdet med Herning Kommune fortsætter.\n"
    assert parse_text(text).municipality == "Albertslund Kommune"  # named twice vs once


def test_the_same_file_moved_to_another_folder_is_parsed_again(tmp_path) -> None:
    import analysis
    from analysis.build import build

    raw, out = tmp_path / "raw", tmp_path / "out"
    text = SEED_TEXT.replace("Albertslund Kommune", "kommunen")  # says no municipality
    (raw / "albertslund" / "chefforum").mkdir(parents=True)
    (raw / "albertslund" / "chefforum" / "referat.txt").write_text(text, encoding="utf-8")
    build(raw, out, progress=False)
    (raw / "egedal").mkdir()
    (raw / "albertslund" / "chefforum" / "referat.txt").rename(raw / "egedal" / "referat.txt")
    summary = build(raw, out, progress=False)
    assert summary.n_parsed == 1  # not taken from the cache: the folder changes the result
    meetings = analysis.load(["meetings"], processed_dir=out)["meetings"]
    assert meetings["municipality"].tolist() == ["Egedal Kommune"]


def test_a_web_page_the_reader_restructures_is_recorded_as_web() -> None:
    from analysis.synth.render_html import render_html

    web = parse_bytes(render_html(SEED_TEXT), "albertslund/chefforum/side.html")
    assert web.manifest["layout"] == "web"  # "N. title" headings rewritten by the reader
    saved = parse_bytes(render_html(SEED_TEXT, web_style=False), "albertslund/x.html")
    assert saved.manifest["layout"] == "agenda"  # the export's own "Punkt N:" headings


def test_a_closed_item_marked_before_its_number_is_closed() -> None:
    text = (
        "Referat\nSocialudvalget\nMødedato: 10. januar 2024, kl. 15:00\n\n"
        "Åbent punkt 1 Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        "Lukket punkt 2 Personsag\nBeslutning\nGodkendt.\n"
    )
    items = parse_text(text).items
    assert [(it.number, it.title, it.closed) for it in items] == [
        (1, "Godkendelse af dagsorden", False),
        (2, "Personsag", True),
    ]


def test_rules_are_blank_lines_and_line_numbers_stay() -> None:
    text = "Godkendt.\n-----------\n____________\n* * *\n=====\n-- a\nx---"
    out = unrule(text).split("\n")
    assert out == ["Godkendt.", "", "", "", "", "-- a", "x---"]


def test_words_broken_at_line_ends_are_joined_in_section_text() -> None:
    lines = to_lines(
        "en ny trafiksikker-\nhedsplan for Kultur-\nog Fritidsudvalget i 2012-\n2016 og Hald-\nvej."
    )
    assert section_text(lines) == (
        "en ny trafiksikkerhedsplan for Kultur-\nog Fritidsudvalget i 2012-\n2016 og Haldvej."
    )


def test_an_item_table_becomes_the_lines_of_items_and_a_contents_table_stays() -> None:
    items = (
        "| Pkt. | Emne | Sagsnr. | Beslutning |\n|---|---|---|---|\n"
        "| 1 | Godkendelse | 18/1 | Godkendt. |\n|   |   |   | Med en bemærkning. |"
    )
    assert unpipe(items).split("\n") == [
        "",
        "",
        "",
        "Pkt. 1 Godkendelse",
        "Sagsnr.: 18/1",
        "Beslutning:",
        "Godkendt.",
        "Med en bemærkning.",
    ]
    contents = "| Pkt. | Emne | Side |\n|---|---|---|\n| 1 | Godkendelse | 2 |"
    assert unpipe(contents).split("\n") == ["Pkt.\tEmne\tSide", "", "1\tGodkendelse\t2"]


@pytest.mark.parametrize("case_line", ["Sagsnr.: 23-016001 · Lukket punkt", "Lukket punkt"])
def test_a_closed_last_item_without_decision_is_no_sign_of_a_cut_off_file(case_line) -> None:
    text = (
        "REFERAT Byrådet d. 14-09-2023\n\nMødedato: 14. september 2023 kl. 17:00\n\n"
        "Punkt 1: Godkendelse af dagsorden\n\nSagsnr.: 23-002210\n\nBeslutning\n\nGodkendt.\n\n"
        f"Punkt 2: Personalesag\n\n{case_line}\n\nSagen er behandlet for lukkede døre.\n"
    )
    meeting = parse_text(text)
    assert [it.number for it in meeting.items] == [1, 2]
    assert meeting.items[1].closed
    assert not any("cut short" in w for w in meeting.warnings), meeting.warnings


def test_a_contents_list_under_sager_is_placed() -> None:
    text = (
        "Faaborg-Midtfyn Kommune\nÆldre- og Sundhedsudvalget\n"
        "Referat fra mødet mandag den 1. februar 2016, kl. 16:00 i Mødelokale 3, Rådhuset\n\n"
        "Sager:\n1. Godkendelse af dagsorden\n2. Genoptræning - serviceniveau\n\n"
        "1. Godkendelse af dagsorden\nSagsnummer: 16/1022\n\n"
        "Beslutning i Ældre- og Sundhedsudvalget den 01-02-2016\nGodkendt.\n\n"
        "2. Genoptræning - serviceniveau\nSagsnummer: 16/1030\n\n"
        "Beslutning i Ældre- og Sundhedsudvalget den 01-02-2016\nTaget til efterretning.\n"
    )
    meeting = parse_text(text)
    assert [it.number for it in meeting.items] == [1, 2]
    assert not any("could not be placed" in w for w in meeting.warnings), meeting.warnings


# --- layouts5 families: closed parts, Roman numerals, headless decisions ----------------

RESTARTED = """REFERAT
Kommunalbestyrelsen
Ordinært møde tirsdag den 27. april 2010 kl. 19.00

ÅBEN DAGSORDEN

Punkt 1:
MEDDELELSER
Beslutning:
Til efterretning.

Punkt 2:
REGNSKAB 2009 - OVERSENDELSE TIL
REVISIONEN
J.nr. 00.32.00-S55-1-10
Beslutning:
Indstillingen tiltrådt.

LUKKET DAGSORDEN

Punkt 1:
SALG AF GRUND
Beslutning:
Godkendt.

Punkt 2:
PERSONALESAG
Beslutning:
Godkendt.
"""


def test_closed_part_numbered_from_one_again_keeps_its_items() -> None:
    meeting = parse_text(RESTARTED)
    got = [(it.number, it.closed, it.raw_title) for it in meeting.items]
    assert got == [
        (1, False, "MEDDELELSER"),
        (2, False, "REGNSKAB 2009 - OVERSENDELSE TIL REVISIONEN"),
        (1, True, "SALG AF GRUND"),
        (2, True, "PERSONALESAG"),
    ]
    assert meeting.items[1].case_number == "00.32.00-S55-1-10"
    # the first open item's decision holds none of the closed part's lines
    assert [s.text for s in meeting.items[0].sections if s.key == "beslutning"] == [
        "Til efterretning."
    ]


def test_roman_values() -> None:
    from analysis.layouts.headings import roman_value

    assert [roman_value(r) for r in ("I", "IV", "VI", "IX", "XII", "XIX")] == [1, 4, 6, 9, 12, 19]
    assert roman_value("IIII") is None and roman_value("VX") is None


def test_roman_numerals_number_items_only_in_a_run_from_one() -> None:
    run = "Referat\nRådet\nMøde den 3. marts 2010\n\nI. Godkendelse\n\nGodkendt.\n\n"
    run += "II. Budget\n\nDrøftet.\n\nIII. Eventuelt\n\nIntet.\n"
    assert [it.number for it in parse_text(run).items] == [1, 2, 3]
    lone = "Referat\nRådet\nMøde den 3. marts 2010\n\n1. Godkendelse\nBeslutning:\nGodkendt.\n\n"
    lone += "2. Brev\nBeslutning:\nTaget til efterretning.\nV. Hansen (A) stemte imod.\n"
    assert [it.number for it in parse_text(lone).items] == [1, 2]


@pytest.mark.parametrize(
    ("line", "outcome"),
    [
        ("Godkendt.", True),
        ("Godkendt med den bemærkning, at planen offentliggøres.", True),
        ("Taget til efterretning.", True),
        ("Intet.", True),
        ("Dagsorden og referat fra 11. oktober blev godkendt.", True),
        ("Rådet drøftede budgetforliget.", True),
        ("Ældrerådet afgav følgende høringssvar:", True),
        ("Formanden havde deltaget i regionsmødet.", False),
        ("Budgettet blev godkendt af byrådet i oktober, og nu skal det udmøntes.", False),
        ("Godkendelsen afventer ministeriet.", False),
    ],
)
def test_outcome_line(line: str, outcome: bool) -> None:
    from analysis.layouts.outcome import outcome_line

    assert outcome_line(line) is outcome


def test_headless_decision_only_in_free_text_minutes_or_a_one_line_body() -> None:
    mixed = "Referat\nRådet\nMøde den 3. marts 2010\n\n1. Godkendelse\nSagsnr.: 10/101\n\n"
    mixed += "Godkendt.\n\n2. Budget\nSagsnr.: 10/102\nForvaltningen orienterede.\n"
    mixed += "Budgettet blev godkendt.\n\n"
    mixed += "3. Vej\nSagsfremstilling:\nTekst.\nBeslutning:\nUdsat.\n"
    items = parse_text(mixed).items
    keys = [[s.key for s in it.sections] for it in items]
    # item 1's body is its outcome; item 2's text stays text where other items have headings
    assert keys == [["beslutning"], ["tekst"], ["sagsfremstilling", "beslutning"]]


def test_soft_hyphens_leave_words_whole() -> None:
    from analysis.read.text import normalise_newlines

    text = normalise_newlines("vinter\xadvedligeholdelse\nkon\xad\nkrete\n")
    assert text == "vintervedligeholdelse\nkon-\nkrete\n"
    assert section_text(to_lines(text)[1:3]) == "konkrete"


def test_two_header_fields_on_one_line() -> None:
    text = (
        "Teknik- og Miljøudvalget\nREFERAT\n"
        "Mødedato: 2. oktober 2012   Mødested: Mødelokale 1, Rådhuset\n"
        "Mødetidspunkt: Kl. 16.00   Afbud: Flemming Christensen (C)\n\n"
        "1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n"
    )
    meeting = parse_text(text)
    assert (meeting.location, meeting.start_time) == ("Mødelokale 1, Rådhuset", "16:00")
    assert meeting.date.isoformat() == "2012-10-02"


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Du er her: Forside / Politik / Udvalg / Kultur- og Fritidsudvalget", True),
        ("Fold alle ud | Fold alle sammen", True),
        ("Punkt 1 af 6", True),
        ("Vis hele referatet Hent som PDF (412 KB)", True),
        ("Børn / unge / familie", False),
        ("Punkt 1 af dagsordenen blev udsat", False),
    ],
)
def test_accordion_controls_and_slash_trails_are_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


def test_markdown_front_matter_title_is_a_line_of_text() -> None:
    from analysis.read.text import read_text

    doc = read_text(b'---\ntitle: "Referat - Byr\xc3\xa5det"\ndate: 2024-01-02\n---\n\n# X\n', "md")
    assert doc.text.split("\n")[:5] == ["", "Referat - Byrådet", "date: 2024-01-02", "", ""]


def test_lone_kind_line_neither_hides_the_title_line_nor_the_agenda() -> None:
    both = "Referat\n\nREFERAT Chefforum d. 03-02-2022\n\nPunkt 1: Godkendelse\n\n"
    both += "Beslutning\n\nGodkendt.\n"
    meeting = parse_text(both)
    assert (meeting.layout, meeting.forum, meeting.date.isoformat()) == (
        "agenda",
        "Chefforum",
        "2022-02-03",
    )
    page = "## Byrådet\n\nDagsorden\n\nMødedato: 12-03-2026\n\nPunkt 1: Godkendelse\n"
    meeting = parse_text(page)
    assert (meeting.forum, meeting.document_type) == ("Byrådet", "dagsorden")


def test_a_contents_table_that_lost_its_column_spacing_numbers_its_entries() -> None:
    """'Punkt Tekst Side' over '1 Title ..... 2': the number and one space under a
    contents heading still number the entry (a wrapped entry joins its first line)."""
    from analysis.layouts.headings import contents

    text = (
        "Indholdsfortegnelse\n\nPunkt Tekst Side\n"
        "1 Godkendelse af dagsorden ........ 2\n"
        "2 Anlægsbevilling til renovering af Vestergade og\n"
        "etablering af cykelsti ........ 2\n"
        "3 Takster for svømmehallen 2014 ........ 3\n"
    )
    toc = contents(to_lines(text), set())
    assert toc is not None
    assert [(e.number, e.title, e.page) for e in toc.entries] == [
        (1, "Godkendelse af dagsorden", 2),
        (2, "Anlægsbevilling til renovering af Vestergade og etablering af cykelsti", 2),
        (3, "Takster for svømmehallen 2014", 3),
    ]


_TWO_ITEMS = (
    "REFERAT\nØkonomiudvalget\nMødedato: 2. marts 2021 kl. 16.00\n\n"
    "1. Budgetopfølgning\nSagsnr.: 21/100\nSagsfremstilling:\nForbruget er 48 %.\n"
    "Beslutning:\nTaget til efterretning.\n\n"
)


@pytest.mark.parametrize(
    ("last", "warns"),
    [
        # a standing item that ends its text: nothing was to be decided
        ("2. Næste møde og eventuelt\nNæste møde er 6. april kl. 16.00.\nIntet andet.\n", False),
        ("2. Eventuelt\nFormanden takkede for samarbejdet.\n", False),
        # a standing item that stops mid-sentence, and any other item, may be cut off
        ("2. Eventuelt\nFormanden orienterede om, at mødet i maj\n", True),
        (
            "2. Anlægsbevilling til ny skole\nSagsnr.: 21/200\nSagsfremstilling:\nDer søges om\n",
            True,
        ),
    ],
)
def test_a_last_standing_item_without_decision_is_no_sign_of_a_cut_off_file(
    last: str, warns: bool
) -> None:
    title = last.split("\n", 1)[0]
    meeting = parse_text(
        _TWO_ITEMS.replace("\n\n1.", f"\n\n1. Budgetopfølgning\n{title}\n\n1.", 1) + last
    )
    assert [it.number for it in meeting.items] == [1, 2]
    assert any("cut short" in w for w in meeting.warnings) is warns, meeting.warnings


def test_items_from_one_with_a_weak_first_heading_are_not_numbered_through_the_year() -> None:
    body = "Sagsfremstilling:\nTekst.\nBeslutning:\nGodkendt.\n\n"
    text = (
        "REFERAT\nByrådet\nMødedato: 2. marts 2021 kl. 16.00\n\nPunkt 1:\nMEDDELELSER\nIntet.\n\n"
    )
    text += "".join(
        f"Punkt {n}:\nSAG NUMMER {n}\nJ.nr. 00.01.00-A00-{n}-21\n{body}" for n in (2, 3)
    )
    assert parse_text(text).layout == "generic"
    through = "".join(
        f"Punkt {n}:\nSAG NUMMER {n}\nJ.nr. 00.01.00-A00-{n}-21\n{body}" for n in (47, 48)
    )
    assert (
        parse_text("REFERAT\nByrådet\nMødedato: 2. marts 2021 kl. 16.00\n\n" + through).layout
        == "running"
    )


@pytest.mark.parametrize(
    ("title", "facts"),
    [
        (
            "Dagsorden - Kommunalbestyrelsen 26-02-2026 - Stevns Kommune",
            ("Kommunalbestyrelsen", "Stevns Kommune"),
        ),
        (
            "Handicaprådet 17-04-2018 - Referat - Næstved Kommune",
            ("Handicaprådet", "Næstved Kommune"),
        ),
        (
            "Børne- og Skoleudvalget 13. januar 2025 | Albertslund Kommune",
            ("Børne- og Skoleudvalget", "Albertslund Kommune"),
        ),
        ("Dagsordener og referater - Forside", (None, None)),
        (None, (None, None)),
        # a Teams or Loop page named by the kind of meeting: the body that meets
        (
            "Chefgruppemøde – Teknik og Miljø – 12. marts 2024",
            ("Chefgruppen Teknik og Miljø", None),
        ),
        ("Ugentligt direktionsmøde 2024-03-12", ("Direktionen", None)),
        ("Direktionsmøde - Referat - Næstved Kommune", ("Direktionen", "Næstved Kommune")),
    ],
)
def test_page_title_facts(title: str | None, facts: tuple) -> None:
    from analysis.layouts.page_title import title_facts

    assert title_facts(title) == facts


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Skjul", True),
        ("Vis mindre", True),
        ("[Print]  [Del]  [Hent samlet referat (PDF)]", True),
        ("[Udskriv referat]  [Hent som PDF]  [Abonnér på dagsordener]", True),
        ("Indholdsfortegnelse  [Vis mere]", True),
        ("Punkter på dagsordenen  (Fold alle ud)", True),
        ("Dagsorden [+] Fold alle ud", True),
        ("Senest opdateret 01.06.2022 09:14", True),
        ("Sidst ændret: 3. maj 2021", True),
        (
            "Hjem / Politik / Udvalg / § 17, stk. 4-udvalg for Landdistrikter / Møde 10.03.2026",
            True,
        ),
        ("Log ind   Søg på varde.dk", True),
        ("Hent hele referatet som PDF", True),
        ("Download samlet referat (PDF) Udskriv", True),
        ("Download dagsordenen som PDF", True),
        ("Budget 2025 (del 1)", False),
        ("Godkendt (ok)", False),
        ("Sidst opdateret af forvaltningen, da budgettet blev vedtaget i byrådet", False),
        ("Forslaget blev vedtaget / afvist", False),
        ("Lukket møde", False),
        # the way back in a row of controls; alone, or in a sentence, the word is text
        ("Tilbage   Print   Del", True),
        ("Tilbage | Udskriv | Del på Facebook", True),
        ("Tilbage", False),
        ("Tilbage til sagen om vintertjenesten", False),
    ],
)
def test_more_page_controls_are_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


_MAILED = (
    "Fra: Sekretariatet <raad@vordingborg.dk>\nSendt: 18. september 2019 14:05\n"
    "Til: Rådets medlemmer\nEmne: Referat\n\n{letter}\n\n--------------------\n\n"
    "REFERAT\nSeniorrådet\nMandag den 16. september 2019 kl. 10.00\n\n"
    "1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n"
    "2. Budget 2020\nSagsfremstilling:\nRengøringen reduceres.\nBeslutning:\nDrøftet.\n"
    "{tail}"
)


def _unplaced(meeting) -> list[str]:
    return [w for w in meeting.warnings if "could not be placed" in w]


def test_a_covering_e_mail_is_furniture_but_a_real_paragraph_still_warns() -> None:
    letter = (
        "Kære alle,\n\nHermed referatet fra mandagens møde. Rettelser inden fredag.\n\n"
        "Med venlig hilsen\nJonna Lind\nsekretær, Seniorrådet"
    )
    disclaimer = "\n----\nDenne e-mail kan indeholde fortrolige oplysninger.\nSlet den.\n"
    meeting = parse_text(_MAILED.format(letter=letter, tail=disclaimer))
    assert [it.number for it in meeting.items] == [1, 2]
    assert not _unplaced(meeting), meeting.warnings
    # a paragraph of the minutes outside any item is lost content, and said so
    lost = "Rådet besluttede at holde et ekstra møde om budgettet den 30. september."
    meeting = parse_text(_MAILED.format(letter=letter + "\n\n" + lost, tail=""))
    assert any(lost[:40] in w for w in _unplaced(meeting)), meeting.warnings
    # no greeting, no letter: the lines warn
    meeting = parse_text(
        _MAILED.format(letter="Hermed referatet.\n\nVenlig hilsen\nJonna", tail="")
    )
    assert _unplaced(meeting), meeting.warnings


def test_a_numbered_standing_item_with_nothing_under_it_is_an_item() -> None:
    text = _MAILED.format(letter="", tail="\n3. Eventuelt\nIntet.\n")
    meeting = parse_text(text)
    assert [(it.number, it.title) for it in meeting.items][-1] == (3, "Eventuelt")
    text = _MAILED.format(letter="", tail="\n3. Næste møde og eventuelt\n")
    assert [it.title for it in parse_text(text).items][-1] == "Næste møde og eventuelt"


@pytest.mark.parametrize(
    "last",
    [
        # the next meeting's date as the standing item's decision, under its label
        "2. Eventuelt\nBeslutning:\nNæste møde er den 3. juni 2021.\n",
        "2. Eventuelt\nFormanden orienterede om sommerturen.\nBeslutning:\n"
        "Næste møde er den 3. juni 2021.\n",
    ],
)
def test_the_next_meeting_under_a_decision_label_is_the_decision(last: str) -> None:
    meeting = parse_text(_TWO_ITEMS + last)
    assert [it.number for it in meeting.items] == [1, 2]
    decision = [s.text for s in meeting.items[-1].sections if s.key == "beslutning"]
    assert decision == ["Næste møde er den 3. juni 2021."], meeting.items[-1].sections


def test_the_next_meeting_under_the_last_items_text_still_ends_the_minutes() -> None:
    last = "2. Trafikplan\nSagsfremstilling:\nPlanen er klar.\nBeslutning:\nGodkendt.\n\n"
    meeting = parse_text(_TWO_ITEMS + last + "Næste møde: 3. juni 2021 kl. 16.00\n")
    decision = [s.text for s in meeting.items[-1].sections if s.key == "beslutning"]
    assert decision == ["Godkendt."], meeting.items[-1].sections


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("Stedfortræder: Ingen indkaldt", []),
        ("Fraværende: Ingen", []),
        (
            "Fraværende: Ib Holm (V). Som stedfortræder var indkaldt Lis Brandt (V).",
            [("Lis Brandt", "Suppleant, V", True), ("Ib Holm", "V", False)],
        ),
        (
            "Suppleanter: Lis Brandt (V) deltog for Ib Holm, Ole Kjær (A) i stedet for Kim Dahl",
            [
                ("Lis Brandt", "Suppleant for Ib Holm, V", True),
                ("Ole Kjær", "Suppleant for Kim Dahl, A", True),
            ],
        ),
        (
            "Mødet blev ledet af 2. viceborgmester Eva Skov (B).",
            [("Eva Skov", "Mødeleder, 2. viceborgmester, B", True)],
        ),
    ],
)
def test_header_people(field: str, expected: list[tuple[str, str | None, bool]]) -> None:
    """Substitutes, a field naming nobody and the chair in a header."""
    from analysis.layouts.header import read_header

    lines = to_lines(f"Kulturudvalget\nMødedato: 3. maj 2022\n{field}\n")
    placed: set[int] = set()
    head = read_header(lines, set(), placed)
    assert [(p.name, p.role, p.present) for p in head.participants] == expected
    assert placed == {ln.index for ln in lines if ln.clean}


_DEPARTMENT_NOTES = (
    "{kind}\n\n{name}\n\nTirsdag den 12. marts 2024 kl. 9.00\n\n"
    "1. Budgetopfølgning\n{label}Forbruget følger budgettet.\n\n"
    "2. Vintertjeneste\n{label}Udbuddet sendes ud i april.\n"
)


@pytest.mark.parametrize(
    ("kind", "name", "forum"),
    [
        ("Dagsorden", "Teknik & Byg", "Teknik & Byg"),
        ("Referat", "Børn & Unge – ledergruppen", "Børn & Unge – ledergruppen"),
        ("Referat", "Center for Sundhed og Omsorg", "Center for Sundhed og Omsorg"),
        # a kind of meeting or a section heading under the title is no department
        ("Referat", "Temamøde Klima", None),
        ("Referat", "Mødenoter", None),
        ("Referat", "Anne Holm", None),
        ("Dagsorden", "Sekretariatet", "Sekretariatet"),
    ],
)
def test_a_department_alone_under_a_lone_title_is_the_forum(
    kind: str, name: str, forum: str | None
) -> None:
    text = _DEPARTMENT_NOTES.format(kind=kind, name=name, label="Aftalt: ")
    assert parse_text(text).forum == (forum or "Ukendt forum")


def test_a_lone_agenda_title_lets_the_items_say_what_the_document_is() -> None:
    """ "Dagsorden" alone at the top: minutes where the items carry decisions, an agenda
    where none does."""
    decided = parse_text(
        _DEPARTMENT_NOTES.format(kind="Dagsorden", name="Teknik & Byg", label="Aftalt: ")
    )
    assert decided.document_type == "referat"
    assert [s.key for it in decided.items for s in it.sections] == ["beslutning", "beslutning"]
    planned = parse_text(
        _DEPARTMENT_NOTES.format(kind="Dagsorden", name="Teknik & Byg", label="Indstilling: ")
    )
    assert planned.document_type == "dagsorden"


@pytest.mark.parametrize(
    ("header", "notes"),
    [
        # to a blank line, to the next label, or to another fact of the header
        ("Bemærkninger: Mødet startede 10 min. senere.\nIb Holm gik kl. 15.\n\n", 2),
        (
            "Bemærkninger:\nMødet startede 10 min. senere.\nIb Holm gik kl. 15.\nAfbud: Kim Dahl\n",
            2,
        ),
        ("Bemærkninger: Mødet startede 10 min. senere.\nMødet blev ledet af Ib Holm.\n", 1),
    ],
)
def test_a_remark_over_several_lines_is_one_note(header: str, notes: int) -> None:
    from analysis.layouts.header import read_header

    lines = to_lines(f"Kulturudvalget\nMødedato: 3. maj 2022\n{header}")
    placed: set[int] = set()
    head = read_header(lines, set(), placed)
    lines_of_note = ["Mødet startede 10 min. senere.", "Ib Holm gik kl. 15."][:notes]
    assert head.notes == ["\n".join(lines_of_note)]
    assert placed == {ln.index for ln in lines if ln.clean}


def test_names_on_a_line_under_a_bare_heading_are_participants_and_stop_there() -> None:
    from analysis.layouts.header import read_header

    lines = to_lines(
        "Kulturudvalget\nMødedato: 3. maj 2022\n\nDeltagere\nIb Holm, Kim Dahl (A)\n\n"
        "Mødenoter\n\nOrientering om status\n"
    )
    head = read_header(lines, set(), set())
    assert [(p.name, p.role) for p in head.participants] == [("Ib Holm", None), ("Kim Dahl", "A")]


def test_a_teams_page_title_names_the_forum() -> None:
    """The page's <title> (the HTML reader's first line) or its first line of text."""
    body = _DEPARTMENT_NOTES.format(kind="Referat", name="", label="Aftalt: ")
    titled = "<title>Chefgruppemøde – Teknik og Miljø – 12. marts 2024</title>\n" + body
    assert parse_text(titled).forum == "Chefgruppen Teknik og Miljø"
    first = "Ugentligt direktionsmøde 2024-03-12\n\n" + body.split("\n\n", 2)[2]
    meeting = parse_text(first)
    assert (meeting.forum, meeting.date.isoformat()) == ("Direktionen", "2024-03-12")


def test_markdown_front_matter_drops_the_keys_that_only_file_the_page() -> None:
    from analysis.read.text import read_text

    raw = '---\ntitle: "Referat"\nauthor: "Sekretær"\ncategories: ["A"]\nslug: x\n---\n'
    assert read_text(raw.encode(), "md").text.split("\n")[:6] == ["", "Referat", "", "", "", ""]


@pytest.mark.parametrize(
    ("line", "key"),
    [
        # the body and the date opening the decision, "den" left out
        ("Social- og Sundhedsudvalget 08.09.2015:", "beslutning"),
        ("Social- og Sundhedsudvalget 01.09.2015:", "tidligere_beslutning"),
        # a web page's heading over the decision, no colon
        ("## Social- og Sundhedsudvalget, 08-09-2015", "beslutning"),
        ("## Social- og Sundhedsudvalget, 11-08-2015", "tidligere_beslutning"),
        # a committee named after its statute
        ("Beslutning i § 17, stk. 4-udvalget for Havnen den 08-09-2015", "beslutning"),
        # no heading: prose, a year, a colon without a body
        ("Udvalget drøftede sagen 08.09.2015:", None),
        ("Budget 2016:", None),
    ],
)
def test_decision_headings_of_council_styles(line: str, key: str | None) -> None:
    import datetime as dt

    from analysis.parse import BodyRules, heading_key

    rules = BodyRules(meeting_date=dt.date(2015, 9, 8), forum="Social- og Sundhedsudvalget")
    if "Havnen" in line:
        rules = BodyRules(
            meeting_date=dt.date(2015, 9, 8), forum="§ 17, stk. 4-udvalget for Havnen"
        )
    found = heading_key(to_lines(line)[0], rules)
    assert (found[0] if found else None) == key


def test_a_decision_heading_repeated_on_a_web_page_is_no_running_header() -> None:
    from analysis.layouts.text import running_heads

    page = "\n\n".join(
        f"## {n}. Punkt {n}\n\n## Kulturudvalget, 03-03-2025\n\nGodkendt." for n in (1, 2, 3)
    )
    assert running_heads(to_lines(page), set()) == set()
    printed = page.replace("## Kulturudvalget", "Kulturudvalget")  # a PDF's page top
    assert running_heads(to_lines(printed), set())


@pytest.mark.parametrize(
    ("lines", "forum", "start", "location"),
    [
        (
            "Kulturudvalget\n- Dato: Mandag 3. marts 2025\n- Tid: 15:30 - 18:05\n- Sted: Rådhuset",
            "Kulturudvalget",
            "15:30",
            "Rådhuset",
        ),
        (
            "Referat\n\nMøde i Handicaprådet onsdag den 11. september 2019 kl. 15.00-17.30",
            "Handicaprådet",
            "15:00",
            None,
        ),
    ],
)
def test_header_bulleted_fields_and_a_meeting_of_line(
    lines: str, forum: str, start: str, location: str | None
) -> None:
    from analysis.layouts.header import read_header

    head = read_header(to_lines(lines), set(), set())
    assert (head.forum, head.start_time, head.location) == (forum, start, location)


def test_unnumbered_items_under_a_paged_contents_list() -> None:
    from analysis.layouts.paged_contents import paged_items

    text = (
        "## Indhold\n\nGodkendelse af dagsorden\t2\n\nNy sti langs åen\t2\n\nEventuelt\t3\n\n"
        "## Godkendelse af dagsorden\n\nGodkendt.\n\n## Ny sti langs åen\n\nGodkendt.\n\n"
        "## Eventuelt\n\nIntet.\n"
    )
    heads, toc = paged_items(to_lines(text), set())
    assert [(h.number, h.title) for h in heads] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Ny sti langs åen"),
        (3, "Eventuelt"),
    ]
    assert [e.page for e in toc.entries] == [2, 2, 3]
    # pages that fall are no contents list; titles not repeated are no items
    assert (
        paged_items(to_lines(text.replace("Eventuelt\t3", "Eventuelt\t1")), set())[0] == heads[:2]
    )
    assert paged_items(to_lines(text.split("## Godkendelse")[0]), set()) is None


@pytest.mark.parametrize(
    "text, body",
    [
        ("MED-udvalget, Rosenhaven Plejecenter", True),  # the body of one workplace
        ("LMU, Tåsinge Skole", True),
        ("AMU", True),
        ("By-, Plan- og Miljøudvalget", True),  # a comma inside the body's own name
        ("Økonomiudvalget, Referat", False),  # the document's word is no workplace
        ("Byrådet, 12. marts 2020", False),
        ("Hans Hansen, Formand", False),
        ("Personalemøde, Skovhuset", False),
    ],
)
def test_a_body_with_the_workplace_it_belongs_to(text: str, body: bool) -> None:
    from analysis.layouts.header import looks_like_body

    assert looks_like_body(text) is body


def test_a_mail_forwarded_from_a_phone_with_its_fields_spaced_is_furniture() -> None:
    """The forwarding mail's envelope names its attachments ("Vedhæftede filer:"), its
    short letter is signed by the phone's client ("Sendt fra min iPhone"), the quoted
    message's envelope below has a blank line between its fields, and the quoted mail's
    own covering letter follows it: all of it is the mail's, none of it the minutes' (the
    sender's date is not the meeting's)."""
    text = (
        "Fra: Anne Berg <anbe@vordingborg.dk>\nSendt: 19. september 2019 08:10\n"
        "Til: Rådets medlemmer\nEmne: VS: Referat\nVedhæftede filer: Referat.pdf; Bilag.pdf\n\n"
        "Hej alle\n\nTil orientering.\n\nVh. Anne\n\nSendt fra min iPhone\n\n"
        "Fra: Sekretariatet <raad@vordingborg.dk>\n\nSendt: 18. september 2019 14:05\n\n"
        "Til: Rådets medlemmer\n\nEmne: Referat\n\n"
        "Kære alle\n\nHermed referatet fra mandagens møde.\n\nVenlig hilsen\nJonna Lind\n\n"
        "REFERAT\nSeniorrådet\nMandag den 16. september 2019 kl. 10.00\n\n"
        "1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n"
        "2. Budget 2020\nSagsfremstilling:\nRengøringen reduceres.\nBeslutning:\nDrøftet.\n"
    )
    meeting = parse_text(text)
    assert [it.number for it in meeting.items] == [1, 2]
    assert str(meeting.date) == "2019-09-16"
    assert not _unplaced(meeting), meeting.warnings
