"""Layouts taught in the twentieth round by fix65 (invented text)."""

from __future__ import annotations

from analysis.parse import match_case_number


def test_case_system_name_labels_a_case_number() -> None:
    assert match_case_number("ESDH 25-004411") == "25-004411"
    assert match_case_number("SBSYS: 24/1187") == "24/1187"
    assert match_case_number("Acadre 82.06.00-G01-4-24") == "82.06.00-G01-4-24"


def test_case_system_name_before_a_sentence_is_no_case() -> None:
    assert match_case_number("ESDH 2025 blev indført") is None
    assert match_case_number("ESDH 25-004411 er lukket") is None


def _docx(footer: str, first: str) -> bytes:
    import io

    from docx import Document as Word

    doc = Word()
    doc.sections[0].footer.paragraphs[0].text = footer
    doc.add_paragraph(first)
    doc.add_paragraph("Punkt A  Budget")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_footer_dates_a_word_document_that_names_no_date() -> None:
    from analysis.read.docx import read

    text = read(_docx("Møde 3/2025 · 2. maj 2025 · Kl. 10.00 · Side 1", "Styregruppen")).text
    assert text.splitlines()[0] == "Møde 3/2025 · 2. maj 2025 · Kl. 10.00"


def test_footer_unread_where_the_body_is_dated() -> None:
    from analysis.read.docx import read

    text = read(_docx("Udskrevet 9. maj 2025 · Side 1", "Referat 2. maj 2025")).text
    assert "Udskrevet" not in text


def test_word_lettered_heading_with_its_gap_closed() -> None:
    from analysis.layouts.headings import _WORD_LETTERED

    m = _WORD_LETTERED.match("Punkt B Valg af leverandør")
    assert m is not None and m.group("letter") == "B"
    assert _WORD_LETTERED.match("Punkt A i referatet") is None


def test_owner_and_body_parted_by_a_bar() -> None:
    from analysis.layouts import parse_text

    text = (
        "Møde 1/2025 · 6. januar 2025 · Kl. 9.00\n\nFaxe Kommune | Styregruppen for Stien\n\n"
        "## Punkt A  Status\n\nKonklusion\n\nDrøftet.\n\n## Punkt B  Valg\n\nKonklusion\n\n"
        "Godkendt.\n\n## Punkt C  Eventuelt\n\nIntet.\n"
    )
    meeting = parse_text(text)
    assert meeting.forum == "Styregruppen for Stien"
    assert [i.title for i in meeting.items] == ["Status", "Valg", "Eventuelt"]


_RULED = (
    "Seniorrådet\nReferat af møde 3/6-2025 kl. 10.00\n\n-----\n\nTrafik\n\nNoter.\n\n"
    "Referat:\nDrøftet.\n\n-----\n\nBudget\n\nReferat:\nGodkendt.\n\n-----\n\n"
    "Mødet hævet kl. 12.00\nReferent: Ib\n"
)


def test_ruled_titles_marks_each_block_title() -> None:
    from analysis.layouts.ruled import ruled_titles

    lines = ruled_titles(_RULED).split("\n")
    assert [line for line in lines if line.startswith("## ")] == ["## Trafik", "## Budget"]


def test_ruled_titles_needs_outcomes_and_three_rules() -> None:
    from analysis.layouts.ruled import ruled_titles

    no_outcome = _RULED.replace("Referat:\n", "")
    assert ruled_titles(no_outcome) == no_outcome
    two_rules = _RULED.replace("-----\n\nMødet", "Mødet")
    assert ruled_titles(two_rules) == two_rules
    sentence = _RULED.replace("Trafik\n", "Vi talte om trafik.\n")
    assert ruled_titles(sentence) == sentence


_PRINTED = (
    "Udvalget for Natur\nReferat\n\nMødedato\n\n3. juni 2025\n\n"
    "Budget for\n\n7\n\nnaturpleje 2026\n\nSagsnummer\n\n25-001122\n\nBeslutning\n\nGodkendt.\n\n"
    "8\n\nStier i skoven\n\nSagsnummer\n\n25-001133\n\nBeslutning\n\nUdsat.\n\n"
    "9\n\nMeddelelser\n\nBeslutning\n\nTaget til efterretning.\n"
)


def test_title_printed_around_its_number() -> None:
    from analysis.layouts import parse_text

    meeting = parse_text(_PRINTED)
    assert [(i.number, i.title, i.case_number) for i in meeting.items] == [
        (7, "Budget for naturpleje 2026", "25-001122"),
        (8, "Stier i skoven", "25-001133"),
        (9, "Meddelelser", None),
    ]


def test_sentence_above_a_number_is_no_title() -> None:
    from analysis.layouts.headings import _title_start_above
    from analysis.parse import Line

    lines = [Line(k, t, 0) for k, t in enumerate(["", "Det blev godkendt.", "", "7", "", "x"])]
    assert _title_start_above(lines, 3, set()) is None
    lines[1] = Line(1, "Budget for", 0)
    assert _title_start_above(lines, 3, set()) == 1


def test_dated_ruling_on_its_label_line() -> None:
    from analysis.layouts import parse_text

    text = (
        "# Kulturudvalget\n\n| | |\n|---|---|\n| Dato | 2025-06-11 |\n\n"
        "## § 5. Halleje\n\n*Journalnr.: 18.15.00-Ø00-2-25*\n\n"
        "> **Afgørelse 11.06.2025:** Godkendt.\n\n## § 6. Musikskolen\n\n"
        "> **Afgørelse 11.06.2025:** Udsat.\n"
    )
    items = parse_text(text).items
    decided = [[s.text for s in i.sections if s.key == "beslutning"] for i in items]
    assert decided == [["Godkendt."], ["Udsat."]]


def test_earlier_dated_ruling_is_history() -> None:
    import datetime as dt

    from analysis.parse import BodyRules, Line, heading_key

    rules = BodyRules(forum="Kulturudvalget", meeting_date=dt.date(2025, 6, 11))
    assert heading_key(Line(0, "Afgørelse 11.06.2025:", 0), rules)[0] == "beslutning"
    assert heading_key(Line(0, "Afgørelse 02.05.2025:", 0), rules)[0] == "tidligere_beslutning"


def test_print_stamp_after_a_separator_is_a_page_number() -> None:
    from analysis.layouts.text import _PAGE_NUMBER

    assert _PAGE_NUMBER.search("Side 2 af 2 · Udskrevet 08.04.2025")
    assert _PAGE_NUMBER.search("Side 1 af 1 - udskrevet 04-04-2025 08:12")


def test_footer_line_over_the_page_number_is_furniture() -> None:
    from analysis.layouts.text import furniture
    from analysis.parse import Line

    texts = ["Tekst."] * 11 + ["Beslutning", "", "Ikast Kommune · Byrådet · 07.04.2025", ""]
    texts += ["Side 2 af 2 | Udskrevet 08.04.2025", "", "Godkendt."]
    lines = [Line(k, t, 0) for k, t in enumerate(texts)]
    assert furniture(lines) >= {13, 15}
    texts[13] = "Byrådet godkendte planen den 07.04.2025."  # a sentence, no footer
    lines = [Line(k, t, 0) for k, t in enumerate(texts)]
    assert 13 not in furniture(lines)


def test_cookie_bar_by_its_class_is_no_text() -> None:
    from analysis.read.html import read

    page = (
        '<html><body><div class="cookie-bar"><p>kommune.dk anvender cookies.</p>'
        "<a>OK</a><a>Afvis</a></div><h1>Byrådet</h1><p>Referat</p></body></html>"
    )
    text = read(page.encode()).text
    assert "cookies" not in text and "Afvis" not in text and "Byrådet" in text


def test_case_system_name_before_a_date_or_slot_is_no_case() -> None:
    assert match_case_number("F2 12.30-13.00") is None
    assert match_case_number("ESDH 12.05.2025") is None


def test_footer_print_stamp_dates_no_meeting() -> None:
    from analysis.read.docx import read

    text = read(_docx("Udskrevet 9. maj 2025 · Side 1", "Styregruppen")).text
    assert "Udskrevet" not in text
