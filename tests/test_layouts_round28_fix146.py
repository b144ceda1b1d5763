"""Twenty-eighth round, agendas changed at the meeting (layouts146): an abbreviated forum's
decision heading with the date written out, struck-through titles, items moved to the
closed part, withdrawn items put on a later meeting, a member's wished refusal, the
forum informed ("Orientering givet.")."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.parse import decision_heading, strip_markdown


@pytest.mark.parametrize(
    ("text", "body", "date"),
    [
        ("ØEPU 22. marts 2017:", "ØEPU", dt.date(2017, 3, 22)),
        ("BSU 3. maj 2021:", "BSU", dt.date(2021, 5, 3)),
        ("KB 30.04.2008:", "KB", dt.date(2008, 4, 30)),
    ],
)
def test_abbreviated_body_and_long_date_heads_a_decision(
    text: str, body: str, date: dt.date
) -> None:
    assert decision_heading(text) == (body, date)


def test_abbreviated_body_and_long_date_needs_its_colon() -> None:
    assert decision_heading("KB 22. marts 2017") is None


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("## 5. ~~Revideret indkøbspolitik~~", "## 5. Revideret indkøbspolitik"),
        ("**Pkt. 6 · ~~Naturpleje~~**", "Pkt. 6 · Naturpleje"),
        ("ca. ~5 mio. kr.", "ca. ~5 mio. kr."),
    ],
)
def test_struck_through_title_is_read_without_its_marks(line: str, plain: str) -> None:
    assert strip_markdown(line) == plain


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Flyttet til lukket dagsorden, jf. punkt 54.", "none"),
        ("Punktet blev flyttet til lukket møde, se punkt 9a.", "none"),
        ("Sagen blev trukket og forelægges på mødet den 3. marts 2026.", "postponed"),
        ("Udgår. Sagen behandles på mødet den 4. december 2019.", "postponed"),
        ("Punktet blev trukket.", "none"),
        ("Orientering givet.", "noted"),
        ("Orienteringen modtaget.", "noted"),
        ("Ansøgningen afvist.", "rejected"),
    ],
)
def test_changed_agenda_outcomes(text: str, kind: str) -> None:
    assert classify_decision(text)[0][0] == kind


def test_a_members_wished_refusal_is_no_refusal() -> None:
    text = "Oversendes til byrådet uden indstilling.\nLis Holm (Ø) ønskede sagen afvist."
    assert [t for t, _ in classify_decision(text)] == ["referred"]


_PAUSED = (
    "Assens Kommune\n"
    "Byrådet\n"
    "Referat\n"
    "Onsdag den 6. marts 2024 kl. 18.00\n"
    "Mødested: Byrådssalen, Rådhuset, Assens\n"
    "\n"
    "NB: Punkt 3 blev behandlet før punkt 2.\n"
    "Mødet blev suspenderet kl. 19.10 og genoptaget kl. 19.25.\n"
    "\n"
    "1. Godkendelse af dagsorden\n"
    "Sagsnr. 24/1101\n"
    "\n"
    "Beslutning\n"
    "Godkendt.\n"
    "\n"
    "2. Vejplan 2024\n"
    "Sagsnr. 24/0877\n"
    "\n"
    "Beslutning\n"
    "Godkendt.\n"
    "\n"
    "3. Salg af byggegrund i Ebberup\n"
    "Sagsnr. 24/0990\n"
    "\n"
    "Beslutning\n"
    "Godkendt.\n"
)


def test_agenda_remark_and_suspension_above_the_items_are_placed() -> None:
    from analysis.layouts import parse_text

    meeting = parse_text(_PAUSED)
    assert [it.title for it in meeting.items] == [
        "Godkendelse af dagsorden",
        "Vejplan 2024",
        "Salg af byggegrund i Ebberup",
    ]
    assert not [w for w in meeting.warnings if "could not be placed" in w]


def test_lone_dotted_label_after_its_whole_number_is_an_inserted_item() -> None:
    from analysis.evaluate import _label_numbers

    items = [{"n": n} for n in (5, 6, "6.1", 7)]
    assert _label_numbers(items) == [5, 6, 6, 7]
    # points of groups ("1.1", "1.2", "2.1" …) stay numbered by their place
    grouped = [{"n": n} for n in ("1.1", "1.2", "2.1")]
    assert _label_numbers(grouped) == [1, 2, 3]
