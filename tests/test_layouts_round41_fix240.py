"""Forty-first round, layouts240: minutes written in Word and saved as plain text (no blank
lines, list numbers and bullets followed by a tab, the facts on one line).

The council named only by its dated meeting line ("Byrådsmøde tirsdag den … kl. …") where
that line also dates the meeting (``header.read_header``); the outcome, its label left out,
run on under the item's closing ``Bilag:`` lines (``outcome.outcome_after_attachments``); an
unnumbered "Dagsorden:" list run into the first item's title, which repeats its first entry
(``unnumbered.listed_items``);
"Udvalget afslog …" as a forum's outcome (``outcome._FORUM_VERB``) and "Der var ikke
yderligere under eventuelt." as an Eventuelt with nothing to record (``outcome._NOTHING``;
typed ``none``, ``decisions._NONE_TEXTS``).
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.outcome import outcome_after_attachments, outcome_line
from analysis.layouts.unnumbered import listed_items
from analysis.model import Attachment, Item, Section
from analysis.parse import to_lines

_ITEMS = """1.\tGodkendelse af dagsorden
Beslutning:
Godkendt.
2.\tVejplan 2026
Sagsnr.: 25-001122
Beslutning:
Godkendt.
"""


@pytest.mark.parametrize(
    ("dated", "forum"),
    [
        ("Byrådsmøde onsdag den 8. oktober 2025 kl. 18.00", "Byrådet"),
        ("Kommunalbestyrelsesmøde onsdag den 14. maj 2025 kl. 18.30", "Kommunalbestyrelsen"),
        ("BYRÅDSMØDE DEN 2. JUNI 2025", "Byrådet"),
    ],
)
def test_the_council_named_by_its_dated_meeting_line(dated: str, forum: str) -> None:
    text = f"Favrskov Kommune\nReferat\n{dated}\nSted: Rådhuset, salen\n{_ITEMS}"
    meeting = parse_text(text)
    assert meeting.forum == forum
    assert str(meeting.date) in ("2025-10-08", "2025-05-14", "2025-06-02")


def test_other_meetings_dated_lines_name_no_council() -> None:
    # a citizens' meeting or a committee's: no council; a body's line keeps its forum
    meeting = parse_text(f"Favrskov Kommune\nBorgermøde tirsdag den 23. september 2025\n{_ITEMS}")
    assert meeting.forum not in ("Byrådet", "Kommunalbestyrelsen")
    meeting = parse_text(
        f"Favrskov Kommune\nØkonomiudvalget\nByrådsmøde tirsdag den 23. september 2025\n{_ITEMS}"
    )
    assert meeting.forum == "Økonomiudvalget"


def _item(*sections: Section, attachments: tuple[Attachment, ...] = ()) -> Item:
    return Item(3, "Trafik", "Trafik", None, False, None, None, None, sections, (), attachments, ())


def _with_list(bilag: str, forum_only: bool = False) -> Item:
    lines = [ln for ln in bilag.split("\n") if ln]
    item = _item(
        Section("tekst", "", "Forældrene har bedt om et fodgængerfelt."),
        Section("bilag", "Bilag:", bilag),
        attachments=tuple(Attachment(ln, None) for ln in lines),
    )
    return outcome_after_attachments(item, forum_only)


def test_the_outcome_run_on_under_the_attachments() -> None:
    found = _with_list("Skitse af krydset\nUdvalget godkendte fodgængerfeltet.")
    assert [(s.key, s.text) for s in found.sections] == [
        ("tekst", "Forældrene har bedt om et fodgængerfelt."),
        ("bilag", "Skitse af krydset"),
        ("beslutning", "Udvalget godkendte fodgængerfeltet."),
    ]
    assert found.attachments == (Attachment("Skitse af krydset", None),)
    # free text: any outcome line; where the others are labelled, a forum's act only
    assert _with_list("Skitse af krydset\nGodkendt.").sections[-1].key == "beslutning"
    assert _with_list("Skitse af krydset\nGodkendt.", True).sections[-1].key == "bilag"
    found = _with_list("Skitse af krydset\nUdvalget afslog at lave feltet.", True)
    assert found.sections[-1].text == "Udvalget afslog at lave feltet."


@pytest.mark.parametrize(
    "bilag",
    [
        # attachments' titles, one a sentence
        "Skitse af krydset.\nTrafiktælling fra maj",
        # the first line is the list's own, never the outcome
        "Udvalget godkendte skitsen.\nTrafiktælling fra maj",
        # a dated decision is an earlier meeting's, told as background
        "Skitse af krydset\nByrådet godkendte den 3. maj 2024 trafikplanen.",
        # a colon above: the sentence is a listed title's
        "Notat om:\nUdvalget godkendte skitsen.",
        # an arrowed outcome further down: the arrow marks the outcome
        "Skitse af krydset\nUdvalget godkendte skitsen.\n→ Drøftet.",
        # no full stop: a title
        "Skitse af krydset\nUdvalget godkendte skitsen i 2023 – notat",
    ],
)
def test_attachments_that_hold_no_outcome_stay(bilag: str) -> None:
    assert _with_list(bilag).sections[-1].key == "bilag"


def test_an_item_decided_already_or_its_list_not_last_stays() -> None:
    decided = _item(
        Section("beslutning", "Beslutning:", "Godkendt."),
        Section("bilag", "Bilag:", "Skitse\nUdvalget godkendte skitsen."),
    )
    assert outcome_after_attachments(decided) is decided
    listed_first = _item(
        Section("bilag", "Bilag:", "Skitse\nUdvalget godkendte skitsen."),
        Section("tekst", "", "Mere tekst."),
    )
    assert outcome_after_attachments(listed_first) is listed_first


def test_word_minutes_without_blank_lines_read_the_outcome_after_the_list() -> None:
    text = """Norddjurs Kommune
Referat fra møde i Kulturudvalget mandag den 3. marts 2025 kl. 16.00 på Grenaa Bibliotek
Pkt. 1 Godkendelse af dagsorden
Dagsordenen blev godkendt.
Pkt. 2 Puljen til små kulturprojekter
Der er søgt om 90.000 kr. fra fire foreninger.
Bilag: Skema over ansøgerne.
Udvalget godkendte fordelingen som foreslået.
Pkt. 3 Eventuelt
Intet nyt fra administrationen.
Der var ikke yderligere under eventuelt.
"""
    meeting = parse_text(text)
    decisions = [
        next((s.text for s in it.sections if s.key == "beslutning"), None) for it in meeting.items
    ]
    assert decisions == [
        "Dagsordenen blev godkendt.",
        "Udvalget godkendte fordelingen som foreslået.",
        "Der var ikke yderligere under eventuelt.",
    ]
    assert meeting.items[1].attachments == (Attachment("Skema over ansøgerne.", None),)


@pytest.mark.parametrize(
    "line",
    [
        "Udvalget afslog ansøgningen, men opfordrer foreningen til at søge fonde.",
        "Der var ikke yderligere under eventuelt.",
        "Der var intet yderligere.",
        "Der var ingen bemærkninger.",
        "Der var ikke mere til punktet.",
    ],
)
def test_outcome_lines(line: str) -> None:
    assert outcome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Der var ikke yderligere midler i puljen.",
        "Der var intet at gøre ved vejret.",
        "Foreningen afslog tilbuddet om et lokale.",
    ],
)
def test_no_outcome_lines(line: str) -> None:
    assert not outcome_line(line)


def test_the_refusal_is_typed_rejected() -> None:
    found = classify_decision("Udvalget afslog ansøgningen og henviste til fondene.")
    assert [kind for kind, _ in found] == ["rejected"]


_LISTED = """Dagsorden:
Godkendelse af dagsorden
Cykelstier
Eventuelt
{gap}Godkendelse af dagsorden
Dagsordenen blev godkendt.
Cykelstier
Planen blev drøftet.
Eventuelt
Intet.
"""


@pytest.mark.parametrize("gap", ["", "\n"])
def test_an_unnumbered_list_ends_where_its_first_title_recurs(gap: str) -> None:
    # with or without the blank line a Word text saved as plain text leaves out
    lines = to_lines(_LISTED.format(gap=gap))
    found = listed_items(lines, set())
    assert found is not None
    heads, contents = found
    assert [e.title for e in contents.entries] == [
        "Godkendelse af dagsorden",
        "Cykelstier",
        "Eventuelt",
    ]
    assert [lines[h.pos].clean for h in heads] == [e.title for e in contents.entries]
    assert heads[0].pos == 4 + len(gap)


def test_a_later_title_listed_twice_stays_in_the_list() -> None:
    # only the first title's recurrence is the first item's heading
    text = "Dagsorden:\nOrientering\nBudget\nRegnskab\nBudget\nEventuelt\n\n" + "\n".join(
        ["Orientering", "Intet.", "Budget", "Godkendt.", "Regnskab", "Godkendt."]
    )
    found = listed_items(to_lines(text), set())
    assert found is not None
    assert len(found[1].entries) == 5


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Der var ikke yderligere under eventuelt.", "none"),
        ("Der var intet yderligere.", "none"),
        ("Der var ingen bemærkninger til punktet.", "none"),
        # a remark on something named is no empty point
        ("Der var ingen bemærkninger til lokalplanen.", "other"),
        ("Der var ikke yderligere midler.", "other"),
    ],
)
def test_nothing_further_in_a_sentence_is_typed_none(text: str, kind: str) -> None:
    assert [k for k, _ in classify_decision(text)] == [kind]
