"""Round thirty-seven (layouts212: minutes that state their decisions twice or list the
items elsewhere: decision overviews at the top, contents lists, the agenda printed first,
action and follow-up lists): small rules. The decision read is the one under the item."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.number_under_title import numbers_right_of_titles
from analysis.layouts.outcome import closing_forum_decisions
from analysis.layouts.text import unpipe
from analysis.model import Item, Section
from analysis.ocr_labels import ocr_heading


def _type(text: str, forum: str | None = None) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


_HEADED = """BYGGE- OG MILJØUDVALGET                                Sag nr. 7
Godkendelse af dagsorden

Udvalgets beslutning:
Godkendt.

BYGGE- OG MILJØUDVALGET                                Sag nr. 8
Varmeplan for Nordbyen

Udvalgets beslutning:
Anbefales.
"""


def test_running_head_over_each_case_is_off() -> None:
    out = numbers_right_of_titles(_HEADED).split("\n")
    assert out[0] == "Sag nr. 7"
    assert out[1] == "Godkendelse af dagsorden"
    assert out[6] == "Sag nr. 8"
    # the same with a tab and the item's word "Punkt"
    tabbed = _HEADED.replace(" " * 32 + "Sag nr.", "\tPunkt")
    assert numbers_right_of_titles(tabbed).split("\n")[6] == "Punkt 8"


def test_titles_numbered_at_their_right_stay_titles() -> None:
    text = "Valg af formand\tPunkt 1\nTekst.\n\nBudget 2025\tPunkt 2\nTekst.\n"
    assert numbers_right_of_titles(text).split("\n")[0] == "1. Valg af formand"
    # a case number right of different titles is no item's number: left as written
    cases = "Valg af formand     Sag nr. 11\nTekst.\n\nBudget 2025     Sag nr. 12\nTekst.\n"
    assert numbers_right_of_titles(cases) == cases
    # one head whose numbers do not rise: no running head
    down = _HEADED.replace("Sag nr. 8", "Sag nr. 3")
    assert numbers_right_of_titles(down) == down


_OVERVIEW = """| Pkt. | Sag | Beslutning |
|---|---|---|
| 1 | Godkendelse af dagsorden | Godkendt |
| 2 | Lokalplan 88, Søvang | Udsat |
| 3 | Tilskud, rideklub | Bevilget |

Pkt. 1 Godkendelse af dagsorden
Beslutning: Godkendt.

Pkt. 2 Lokalplan nr. 88 for boliger ved Søvang
Beslutning: Udsat.

Pkt. 3 Ansøgning om tilskud til ridehal
Beslutning: Bevilget.
"""


def test_overview_with_shortened_titles_is_a_contents_list() -> None:
    out = unpipe(_OVERVIEW)
    # the table's rows stay rows of cells (a contents list), not items of their own
    assert "2\tLokalplan 88, Søvang\tUdsat" in out
    assert out.count("Pkt. 2 ") == 1


def test_item_table_alone_is_the_items() -> None:
    alone = _OVERVIEW.split("\n\n", 1)[0]
    assert "Pkt. 2 Lokalplan 88, Søvang" in unpipe(alone)


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Besluttning", "beslutning"),
        ("Indstillling", "indstilling"),
        ("Konklussion", "konklusion"),
        ("Beslutnig", "beslutning"),  # (one left out, as before)
    ],
)
def test_label_with_a_letter_typed_twice(label: str, name: str) -> None:
    assert ocr_heading(label) == name


def test_no_label_from_a_doubled_first_letter_or_other_word() -> None:
    assert ocr_heading("Bbeslutning") is None
    assert ocr_heading("Beslutningerne") is None


def _item(number: int, *sections: Section) -> Item:
    return Item(number, "T", "T", None, False, None, None, None, sections, (), (), ())


def test_unlabelled_outcome_before_a_named_task() -> None:
    labelled = [
        _item(1, Section("beslutning", "Konklusion", "Godkendt.")),
        _item(2, Section("beslutning", "Konklusion", "Taget til efterretning.")),
    ]
    notes = (
        "Mette gennemgik planen.\n\n"
        "Direktionen godkendte planen for Vest, mens planen for Øst skal omskrives.\n\n"
        "Mette følger op med lederen i Øst."
    )
    out = closing_forum_decisions([*labelled, _item(3, Section("tekst", "", notes))])
    decision = [s for s in out[2].sections if s.key == "beslutning"]
    assert decision and decision[0].text.startswith("Direktionen godkendte planen for Vest")
    assert out[2].sections[0].text == "Mette gennemgik planen."
    # a closing paragraph that gives no task: the outcome above it is left in the notes
    other = notes.replace("Mette følger op med lederen i Øst.", "Der var ros til planen.")
    kept = closing_forum_decisions([*labelled, _item(3, Section("tekst", "", other))])
    assert all(s.key == "tekst" for s in kept[2].sections)


@pytest.mark.parametrize(
    ("text", "forum", "expected"),
    [
        # the forum's own referral of the case by its paper, in the active
        (
            "Børneudvalget oversender strategien til Økonomiudvalget med sine bemærkninger.",
            "Børneudvalget",
            "referred",
        ),
        ("Udvalget oversendte strategien til Økonomiudvalget.", "Teknisk Udvalg", "referred"),
        # a letter or a reply sent, or another's paper sent, is no referral
        ("Udvalget sender brevet til ministeriet.", "Teknisk Udvalg", "other"),
        ("Forvaltningen oversender rapporten til byrådet.", "Teknisk Udvalg", "other"),
        # a discussion's first round
        ("Udvalget havde en første drøftelse. Sagen kommer igen i maj.", None, "discussed"),
        ("Rådet havde en indledende drøftelse af modellerne.", None, "discussed"),
        # nothing beyond the notes above
        ("Intet til referat herudover.", None, "none"),
        # a pool shared out as decided, the rest refused after it
        (
            "Udvalget besluttede at fordele puljen således: A 30.000 kr. og B 10.000 kr.\n\n"
            "Øvrige ansøgninger gives afslag.",
            None,
            "decided",
        ),
    ],
)
def test_decision_types(text: str, forum: str | None, expected: str) -> None:
    assert _type(text, forum) == expected


_SUMMED_UP = """Referat fra møde i Kulturelt Samråd
Dato: 02.03.2017 kl. 19.00

Resumé af beslutninger
* 02: Prisen til jazzklubben
* 03: Mødeplanen godkendt

01   Godkendelse af dagsorden

Beslutning:
Godkendt.

02   Kulturprisen

Beslutning:
Samrådet valgte jazzklubben.

03   Mødeplan

Beslutning:
Godkendt.

Punkter til næste møde (06.04.2017):
1. Kulturnatten
2. Budgetønsker
"""


def test_decisions_summed_up_first_and_next_meetings_points_are_no_text() -> None:
    from analysis.layouts import parse_text

    meeting = parse_text(_SUMMED_UP)
    assert [it.number for it in meeting.items] == [1, 2, 3]
    last = meeting.items[-1]
    assert [s.text for s in last.sections if s.key == "beslutning"] == ["Godkendt."]
    assert not [w for w in meeting.warnings if "could not be placed" in w], meeting.warnings


_AGENDA_FIRST = """Referat – Ledergruppen Dagtilbud
Dato: 9. september 2025, kl. 9.00-11.00

Dagsorden

Pkt.\tEmne\tTid
1\tGodkendelse af dagsorden\t9.00
2\tSygefravær\t9.05
3\tEventuelt\t10.45

Referat

Ad 1 – Godkendelse af dagsorden

Konklusion: Godkendt.

Ad 2 – Sygefravær

Konklusion: Taget til efterretning.

Ad 3 – Eventuelt

Konklusion: Intet.
"""


def test_referat_alone_between_the_agenda_and_the_minutes_is_placed() -> None:
    from analysis.layouts import parse_text

    meeting = parse_text(_AGENDA_FIRST)
    assert [it.number for it in meeting.items] == [1, 2, 3]
    assert not [w for w in meeting.warnings if "could not be placed" in w], meeting.warnings
