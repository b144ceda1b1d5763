"""Parser: every seed checked against values read off the documents by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from analysis.parse import (
    NotMinutes,
    match_case_number,
    parse_attachments,
    parse_minutes,
    parse_participants,
    parse_recommendations,
    split_title,
    strip_markdown,
    titles_match,
)
from analysis.read import read_document

from .conftest import FIXTURES, SEEDS

MEETINGS = {
    # file: (date, start_time, location, n_participants, n_items)
    "chefforum-2022-02-03.txt": (dt.date(2022, 2, 3), "09:00", "Mødelokale 1", 0, 7),
    "chefforum-2023-06-22.md": (dt.date(2023, 6, 22), "09:00", "Kroppedal", 0, 5),
    "chefforum-2023-10-12.txt": (dt.date(2023, 10, 12), "09:00", "Mødelokale 915", 0, 7),
    "chefforum-2024-01-03.txt": (dt.date(2024, 1, 3), "09:00", "915", 0, 5),
    "chefforum-2025-04-23.txt": (dt.date(2025, 4, 23), "09:00", "Mødelokale 915", 9, 9),
}
EXPECTED_ITEMS = pd.read_csv(FIXTURES / "seed_items.csv", dtype={"case_number": str})


def _parse(name: str):
    return parse_minutes(read_document(SEEDS / name).text)


@pytest.mark.parametrize("name", sorted(MEETINGS))
def test_seed_meeting_header(name: str) -> None:
    date, start, location, n_people, n_items = MEETINGS[name]
    m = _parse(name)
    assert (m.forum, m.date, m.start_time, m.location) == ("Chefforum", date, start, location)
    assert len(m.participants) == n_people
    assert len(m.items) == n_items
    assert m.coverage == 1.0
    assert m.warnings == []


@pytest.mark.parametrize(
    "row", EXPECTED_ITEMS.to_dict("records"), ids=lambda r: f"{r['source_file']}#{r['number']}"
)
def test_seed_item(row: dict) -> None:
    m = _parse(row["source_file"])
    item = m.items[row["number"] - 1]
    assert item.number == row["number"]
    assert item.title == row["title"]
    assert item.case_number == row["case_number"]
    assert item.proposer == row["proposer"]
    expected_duration = None if pd.isna(row["duration_min"]) else int(row["duration_min"])
    assert item.duration_min == expected_duration
    assert len(item.attachments) == row["n_attachments"]
    assert item.toc_page is not None


def test_seed_participants_split_on_parentheses() -> None:
    people = _parse("chefforum-2025-04-23.txt").participants
    assert people[0].name == "Henrik Harder" and people[0].role == "Kommunaldirektør"
    assert people[1].name == "Kristine Klæbel"
    assert people[1].role == "Direktør By, Kultur, Miljø & Beskæftigelse"
    assert people[-1].name == "Tanja Thor Møller"


def test_markdown_seed_same_structure_as_plain() -> None:
    m = _parse("chefforum-2023-06-22.md")
    item = m.items[0]
    assert item.raw_title == "CF - Godkendelse af dagsorden og referat"
    assert [s.key for s in item.sections] == ["anledning", "indstilling", "beslutning"]
    assert "**" not in item.sections[0].text and "#" not in item.raw_title


def test_numbered_bilag_lines_are_attachments_not_items() -> None:
    item = _parse("chefforum-2023-06-22.md").items[1]
    titles = [a.title for a in item.attachments]
    assert titles[0].startswith("1.5. Børneliv")
    assert "9.1. Voksenliv Andelen af borgere med over 1 års ledighed" in titles
    assert len(_parse("chefforum-2023-06-22.md").items) == 5


def test_table_stays_in_sagsfremstilling() -> None:
    item = _parse("chefforum-2023-06-22.md").items[2]
    sags = [s for s in item.sections if s.key == "sagsfremstilling"]
    assert len(sags) == 1
    assert "Tjekliste for den lille proces" in sags[0].text
    assert "KB den 10. oktober" in sags[0].text
    assert [s.key for s in item.sections] == [
        "anledning",
        "sagsfremstilling",
        "indstilling",
        "beslutning",
        "bilag",
    ]


def test_extra_sections_of_2025_template() -> None:
    item = _parse("chefforum-2025-04-23.txt").items[1]
    assert [s.key for s in item.sections] == [
        "indstilling",
        "resume",
        "sagsfremstilling",
        "kommunens_vision_og_politikker",
        "oekonomi",
        "lovgrundlag",
        "borgerperspektiv",
        "historik",
        "beslutning",
        "bilag",
    ]
    assert item.sections[4].heading == "Økonomi"
    assert item.sections[4].text == "Intet at bemærke."
    assert "(10 min.)" not in item.sections[2].text


def test_toc_typo_refrat_matches_referat() -> None:
    m = _parse("chefforum-2022-02-03.txt")
    assert m.items[0].toc_title.startswith("CF - Godkendelse af dagsorden og refrat")
    assert m.items[0].toc_page == 3


def test_references_found_with_dates() -> None:
    m = _parse("chefforum-2022-02-03.txt")
    refs = [r for it in m.items for r in it.references]
    again = [r for r in refs if "drøftes igen på Chefforum" in r.text]
    assert again and again[0].referenced_date == dt.date(2022, 3, 10)
    assert again[0].kind == "meeting"
    m = _parse("chefforum-2025-04-23.txt")
    deadlines = [r for it in m.items for r in it.references if r.kind == "deadline"]
    assert dt.date(2025, 8, 15) in {r.referenced_date for r in deadlines}


@pytest.mark.parametrize(
    ("raw", "title", "bodies", "duration"),
    [
        ("CF - Eventuelt", "Eventuelt", "CF", None),
        ("MBU/ØU/KB - Miljøberetning 2019", "Miljøberetning 2019", "MBU/ØU/KB", None),
        (
            "Temadrøftelse - Status på anlægsplan",
            "Temadrøftelse - Status på anlægsplan",
            None,
            None,
        ),
        ("CF - Budget (10 min.)", "Budget", "CF", 10),
    ],
)
def test_split_title(raw, title, bodies, duration) -> None:
    assert split_title(raw) == (title, bodies, duration)


def test_titles_match_allows_prefix_typo_and_truncation() -> None:
    assert titles_match(
        "CF - Godkendelse af dagsorden og refrat", "Godkendelse af dagsorden og referat"
    )
    assert titles_match(
        "CF - Oplæg fra arbejdsgrupper - Nyt styrings",
        "CF - Oplæg fra arbejdsgrupper - Nyt styringslandskab",
    )
    assert not titles_match("CF - Årshjul", "CF - Eventuelt")


def test_recommendations_proposer_and_continuations() -> None:
    who, points = parse_recommendations(
        "Direktøren for Børn, Sundhed & Velfærd indstiller,\n\n1. at sagen godkendes\n"
        "og sendes videre\n2. at punktet drøftes."
    )
    assert who == "Direktøren for Børn, Sundhed & Velfærd"
    assert points == ["at sagen godkendes og sendes videre", "at punktet drøftes."]
    who, points = parse_recommendations("Kommunaldirektøren indstiller, 1. at punktet drøftes")
    assert (who, points) == ("Kommunaldirektøren", ["at punktet drøftes"])


def test_attachments_extension_and_bullets() -> None:
    atts = parse_attachments(
        "- Forløb før, under, efter UU24 .pdf\n2024 - CF.pptx\nNotat uden endelse"
    )
    assert [(a.title, a.extension) for a in atts] == [
        ("Forløb før, under, efter UU24 .pdf", "pdf"),
        ("2024 - CF.pptx", "pptx"),
        ("Notat uden endelse", None),
    ]


def test_participants_without_roles() -> None:
    people = parse_participants("Anne Hansen, Bo Jensen (Formand)")
    assert [(p.name, p.role) for p in people] == [("Anne Hansen", None), ("Bo Jensen", "Formand")]


def test_a_member_listed_absent_is_not_also_present() -> None:
    """'Medlemmer:' lists every member, 'Fraværende:' who was away: one entry each, the
    absent one keeping the member's role; everyone else as listed."""
    text = (
        "Referat\n\nUdvalg: Miljøudvalget\nMødedato: 3. marts 2025 kl. 16.00\n"
        "Medlemmer: Anne Hansen (Formand), Bo Jensen, Carl  Friis (Næstformand)\n"
        "Fraværende: carl friis\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "2. Budget 2026\n\nBeslutning\nTaget til efterretning.\n"
    )
    people = [(p.name, p.role, p.present) for p in parse_minutes(text).participants]
    assert people == [
        ("Anne Hansen", "Formand", True),
        ("Bo Jensen", None, True),
        ("carl friis", "Næstformand", False),
    ]
    # a list of the absent only stays as it is
    only = parse_minutes(text.replace("Medlemmer: Anne Hansen (Formand), Bo Jensen, ", "Gæst: "))
    assert [p.present for p in only.participants if p.name.lower() == "carl friis"] == [False]


def test_strip_markdown() -> None:
    assert strip_markdown("**Mødedato** [link](#) *En kommune* Bilag 1\\_.docx") == (
        "Mødedato link En kommune Bilag 1_.docx"
    )


@pytest.mark.parametrize("text", ["", "Hej med dig\n\nDette er en indkøbsliste.\n1. mælk\n2. brød"])
def test_not_minutes_is_rejected(text: str) -> None:
    with pytest.raises(NotMinutes):
        parse_minutes(text)


def test_unplaced_header_text_lowers_coverage_and_warns() -> None:
    text = (SEEDS / "chefforum-2024-01-03.txt").read_text(encoding="utf-8")
    text = text.replace(
        "Indholdsfortegnelse", "En løs bemærkning uden plads\n\nIndholdsfortegnelse"
    )
    m = parse_minutes(text)
    assert m.coverage < 1.0
    assert any("could not be placed" in w for w in m.warnings)


def test_truncated_file_keeps_complete_items_and_warns() -> None:
    text = (SEEDS / "chefforum-2023-10-12.txt").read_text(encoding="utf-8")
    cut = text[: text.index("Punkt 6: CF - Dagtilbudspolitik") + 200]
    m = parse_minutes(cut)
    # (item 7, listed in the contents only, is an item of its title alone)
    assert [it.number for it in m.items] == [1, 2, 3, 4, 5, 6, 7]
    assert m.items[-1].title == "Eventuelt" and not m.items[-1].sections
    assert any("truncated" in w or "cut short" in w for w in m.warnings)
    assert any("stops before the text of item(s) 7" in w for w in m.warnings)


def test_seed_files_are_committed_byte_for_byte() -> None:
    shared = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("shared/seeds not beside the checkout")
    ours = sorted(p.read_bytes() for p in SEEDS.iterdir() if p.is_file())
    theirs = sorted(p.read_bytes() for p in shared.iterdir())
    assert ours == theirs


def test_toc_mismatch_is_a_warning() -> None:
    text = (SEEDS / "chefforum-2024-01-03.txt").read_text(encoding="utf-8")
    text = text.replace("CF - Planlægning af udviklingsdage.....", "CF - Noget helt andet.....")
    m = parse_minutes(text)
    # the orphan TOC line is in no table: coverage says so, and so do the warnings
    assert len(m.items) == 5 and m.coverage < 1.0
    assert any(
        "'Planlægning af udviklingsdage' is not in the table of contents" in w for w in m.warnings
    )
    assert any("lists 'CF - Noget helt andet'" in w for w in m.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Hej. Du! nej?\n\nJa.  “Citat” - slut.\nx",
        "bl.a. på vej. Ok.\t\tNy linje\r\n\n\nSidste.\xa0Æble. \u2003Ø.",
        ".\n.  \n\n! A?\n",
        "",
    ],
)
def test_sentence_ends_equal_the_plain_pattern(text):
    """``_SENTENCE_END`` is a faster spelling of the look-behind pattern: the same splits."""
    import re

    from analysis import parse

    plain = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\"“-])|\n+")
    assert parse._SENTENCE_END.split(text) == plain.split(text)


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Sagsnr. TBV 25/08", "TBV 25/08"),
        ("Sagsnr.: HBR 24/117 Åbent", "HBR 24/117"),
        ("J.nr. ABC 2025-014", "ABC 2025-014"),
        ("Sag: Acadre 25/7781", "25/7781"),  # the case system's name is no part of it
        ("Sagsnr. EU 2025", None),
        ("Sagsnr. NB Se bilag", None),
    ],
)
def test_capital_letters_before_a_running_number_are_part_of_the_case(
    line: str, case: str | None
) -> None:
    """A joint service's case numbers carry its letters ("Sagsnr. TBV 25/08")."""
    assert match_case_number(line) == case
