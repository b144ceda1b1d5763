"""Forty-second round, layouts250: decisions in unusual places.

Every item's decision gathered in a summary table after the last item ("Beslutningsoversigt"
/ ``Pkt. | Emne | Beslutning``: ``decision_summary.summary_decisions``); a solid triangle
before the outcome under the case text ("► Godkendt": ``chevron.triangle_outcomes``); an
unnumbered item's paragraph closed by "Referat:" alone and the outcome under it
(``unnumbered._closes_with_label``).
"""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.chevron import triangle_outcomes
from analysis.layouts.decision_summary import summary_decisions
from analysis.model import ParsedMeeting
from analysis.read import read_bytes


def _read(text: str, suffix: str = ".txt") -> ParsedMeeting:
    """The minutes as a file of ``suffix`` is read (the reader first, as the build does)."""
    return parse_text(read_bytes(text.encode(), suffix).text)


_HEAD = """Referat
Miljøudvalget
Mødedato: Torsdag den 6. marts 2025
Mødetidspunkt: Kl. 16:00
Mødested: Rådhuset, lokale 3

"""

_ITEMS = """1. Godkendelse af dagsorden
Sagsnr.: 25/0010

Indstilling
Forvaltningen indstiller, at dagsordenen godkendes.

2. Udskiftning af gadelamper i Nordby
Sagsnr.: 25/0444

Sagsfremstilling
Lamperne er over 30 år gamle.

3. Eventuelt
Sagsnr.: 25/0010

"""


def _decisions(meeting: ParsedMeeting) -> list[str]:
    return [
        next((s.text.split("\n")[0] for s in it.sections if s.key == "beslutning"), "")
        for it in meeting.items
    ]


def _summary(rows: str, title: str = "Beslutningsoversigt") -> str:
    return f"{_HEAD}{_ITEMS}{title}\nPkt.\tEmne\tBeslutning\n{rows}\nMødet sluttede kl. 17.00\n"


def test_the_summary_tables_decisions_go_under_their_items() -> None:
    rows = "1\tDagsorden\tGodkendt.\n2\tGadelamper Nordby\tGodkendt med den tilføjelse, at\n"
    rows += "\t\tarbejdet sker i sommerferien.\n3\tEventuelt\tIntet.\n"
    meeting = _read(_summary(rows))
    assert [it.title for it in meeting.items] == [
        "Godkendelse af dagsorden",
        "Udskiftning af gadelamper i Nordby",
        "Eventuelt",
    ]
    assert _decisions(meeting) == ["Godkendt.", "Godkendt med den tilføjelse, at", "Intet."]
    decision = next(s.text for s in meeting.items[1].sections if s.key == "beslutning")
    assert decision.endswith("arbejdet sker i sommerferien.")


def test_the_summary_as_the_readers_write_an_item_table() -> None:
    text = (
        f"{_HEAD}{_ITEMS}Oversigt over beslutninger\n## 1. Dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "## 2. Gadelamper\n\nBeslutning\nUdsat.\n\n## 3. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    written = summary_decisions(text)
    assert "Oversigt over beslutninger" not in written
    assert _decisions(parse_text(text)) == ["Godkendt.", "Udsat.", "Intet."]


def test_a_summary_missing_an_items_heading_is_left_as_it_is() -> None:
    # (row 4 has no item above: the table is no summary of these items)
    text = (
        f"{_HEAD}{_ITEMS}Beslutningsoversigt\n## 3. Eventuelt\n\nBeslutning\nIntet.\n\n"
        "## 4. Trafikplan\n\nBeslutning\nGodkendt.\n"
    )
    assert summary_decisions(text) == text


def test_a_summary_of_other_matters_is_left_as_it_is() -> None:
    # (no short title shares a word with its item's heading: a table of something else)
    text = (
        f"{_HEAD}{_ITEMS}Beslutninger\n## 1. Budgetramme\n\nBeslutning\nGodkendt.\n\n"
        "## 2. Anlægspulje\n\nBeslutning\nGodkendt.\n\n## 3. Driftspulje\n\nBeslutning\nIntet.\n"
    )
    assert summary_decisions(text) == text


def test_items_with_their_own_decisions_keep_them() -> None:
    items = _ITEMS.replace(
        "Lamperne er over 30 år gamle.\n",
        "Lamperne er over 30 år gamle.\n\nBeslutning\nGodkendt.\n",
    )
    text = (
        f"{_HEAD}{items}Beslutningsoversigt\n## 1. Dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "## 2. Gadelamper\n\nBeslutning\nGodkendt.\n\n## 3. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    assert summary_decisions(text) == text


def test_a_triangle_before_an_outcome_is_the_note_takers_arrow() -> None:
    text = (
        "Indstilling\nAt planen godkendes.\n\n► Godkendt.\n\n"
        "▶ Udvalget tog orienteringen til efterretning."
    )
    assert triangle_outcomes(text).split("\n")[3] == "→ Godkendt."
    assert triangle_outcomes(text).split("\n")[5].startswith("→ Udvalget tog")


def test_a_triangle_before_a_title_or_a_bullet_stays() -> None:
    for line in ("► Budget 2026", "► at udvalget drøfter modellerne", "► Mentorordning for nye"):
        text = f"Tekst\n\n{line}\n"
        assert triangle_outcomes(text) == text


def test_triangled_outcomes_under_numbered_items() -> None:
    meeting = parse_text(
        _HEAD + "1. Godkendelse af dagsorden\nSagsnr.: 25/0010\n\n► Godkendt\n\n"
        "2. Trafikplan\nSagsnr.: 25/0011\n\nSagsfremstilling\nPlanen er klar.\n\n"
        "► Forslaget blev forkastet.\n\n► Sagen sendes til Byrådet.\n\n"
        "3. Eventuelt\nSagsnr.: 25/0010\n\nIntet at bemærke.\n\n► Til efterretning.\n"
    )
    assert _decisions(meeting) == ["Godkendt", "Forslaget blev forkastet.", "Til efterretning."]


_COUNCIL = """Referat fra møde i Seniorrådet

Dato: mandag den 3. februar 2025
Tid: 13.00-15.00
Sted: Rådhuset, lokale 12

"""


def test_unnumbered_paragraphs_closed_by_the_label_and_the_outcome() -> None:
    meeting = parse_text(
        _COUNCIL + "Velkomst og dagsorden\nFormanden bød velkommen.\nReferat:\n"
        "Dagsordenen blev godkendt.\n\nNyt fra kommunen\nSekretæren orienterede om budgettet.\n"
        "Referat:\nTaget til efterretning.\n\nHøring om hjemmepleje\nSag: 27.00.00-P22-1-25\n"
        "Udkastet blev gennemgået.\nReferat:\nRådet afgiver høringssvar.\n\nEventuelt\nReferat:\n"
        "Intet.\n"
    )
    assert [it.title for it in meeting.items] == [
        "Velkomst og dagsorden",
        "Nyt fra kommunen",
        "Høring om hjemmepleje",
        "Eventuelt",
    ]


def test_a_label_with_more_than_three_lines_under_it_opens_no_item() -> None:
    # (the paragraph's label has a long text under it: no item's closing outcome, and the
    # one titled paragraph with its case line alone makes no item run)
    meeting = parse_text(
        _COUNCIL
        + "Velkomst og dagsorden\nFormanden bød velkommen.\nReferat:\nEn.\nTo.\nTre.\nFire.\n\n"
        "Høring om hjemmepleje\nSag: 27.00.00-P22-1-25\nUdkastet blev gennemgået.\nReferat:\n"
        "Rådet afgiver høringssvar.\n\nKørsel til aktiviteter\nSag: 27.00.00-P22-2-25\n"
        "Kørslen er ændret.\nReferat:\nTaget til efterretning.\n"
    )
    assert "Velkomst og dagsorden" not in [it.title for it in meeting.items]
