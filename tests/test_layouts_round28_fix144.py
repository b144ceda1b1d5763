"""Twenty-eighth round, layouts144 (agendas grouped into sections): decision phrases of a
consultative council's minutes, and the scorer's reading of a closed part's ``L1``. The
numbering families (a contents list numbered within lettered groups, ``A1 Title`` under
``Beslutningssager``; a closed part lettered ``L1``, ``L2`` after the open items) are held
by the fixtures ``generic-grupperet-indhold-a1-b1.html`` and
``generic-aabne-lukkede-l-numre.md``."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.evaluate import _label_numbers


def _types(text: str) -> list[str]:
    return [t for t, _ in classify_decision(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Oversendes til Teknik- og Miljøudvalget med rådets høringssvar:\n"
        "Ældrerådet kan ikke anbefale, at busruten nedlægges.",
        "Sendes til Byrådet med følgende udtalelse:\nRådet kan ikke anbefale forslaget.",
    ],
)
def test_reply_sent_on_is_referred_whatever_it_says(text: str) -> None:
    # the lead says what the forum did with its reply; the quoted wording is the reply's
    assert _types(text) == ["referred"]


def test_reply_written_at_the_meeting_is_decided() -> None:
    text = "Rådet udarbejdede høringssvar med følgende hovedpunkter:\n  1. Ingen besparelser."
    assert _types(text) == ["decided"]
    # (the present tense may be a task for later: not taught here)
    assert _types("Rådet udarbejder høringssvar, som formand og næstformand godkender.") != [
        "decided"
    ]


def test_nothing_then_next_meeting_on_the_next_line_is_none() -> None:
    assert _types("Intet.\nNæste møde holdes 3. december 2024.") == ["none"]
    # (an outcome on the next line still counts)
    assert _types("Intet.\nUdvalget godkendte planen.") == ["approved"]


def test_closed_part_lettered_l_keeps_its_printed_numbers() -> None:
    items = [{"n": 1}, {"n": 2}, {"n": "L1"}, {"n": "L2"}]
    assert _label_numbers(items) == [1, 2, 1, 2]
    grouped = [{"n": "A1"}, {"n": "A2"}, {"n": "B1"}, {"n": "L1"}, {"n": "L2"}]
    assert _label_numbers(grouped) == [1, 2, 3, 1, 2]


@pytest.mark.parametrize(
    "line", ["A – Sager til beslutning", "B - Sager til orientering", "C — Lukkede sager"]
)
def test_group_lettered_before_a_dash_is_a_group_heading(line: str) -> None:
    from analysis.layouts.groups import is_group_heading

    assert is_group_heading(line)


def test_link_back_to_the_meetings_list_is_a_control() -> None:
    from analysis.layouts.text import _CONTROL_ROW

    assert _CONTROL_ROW.match("Udskriv · Tilbage til mødeoversigt")


#: Invented: a contents list under "Indhold" whose numbered groups and their points stand
#: flush left, as the text's headings do.
_FLUSH_LEFT_POINTS = """Referat

Miljø- og Klimaudvalget

Dato:\t11. september 2024
Start:\tkl. 15:00
Sted:\tMødelokale 3, Rådhuset, Torvet 1, Ikast

Indhold
1. Temadrøftelser
1.1 Klimahandleplan - status på delmål
2. Beslutningssager
2.1 Godkendelse af dagsorden
2.2 Spildevandsplan 2025 - forslag
2.3 Naturpleje ved Karstoft Å
3. Orienteringssager
3.1 Meddelelser

1. Temadrøftelser

1.1 Klimahandleplan - status på delmål
Sags-ID: 09.00.00-P00-2-23
Beslutning Miljø- og Klimaudvalget den 11-09-2024
Drøftet.

2. Beslutningssager

2.1 Godkendelse af dagsorden
Beslutning Miljø- og Klimaudvalget den 11-09-2024
Godkendt.

2.2 Spildevandsplan 2025 - forslag
Sags-ID: 06.00.05-P16-1-24
Beslutning Miljø- og Klimaudvalget den 11-09-2024
Anbefales over for Byrådet.

2.3 Naturpleje ved Karstoft Å
Sags-ID: 01.05.10-P20-4-24
Beslutning Miljø- og Klimaudvalget den 11-09-2024
Godkendt.

3. Orienteringssager

3.1 Meddelelser
Beslutning Miljø- og Klimaudvalget den 11-09-2024
Taget til efterretning.
"""


def test_points_listed_flush_left_under_their_group_are_contents() -> None:
    from analysis.pipeline import parse_bytes

    result = parse_bytes(_FLUSH_LEFT_POINTS.encode(), "miljoe-klima-2024-09-11.txt")
    assert "could not be placed" not in str(result.manifest.get("message"))
    assert list(result.tables["items"]["number"]) == [1, 2, 3, 4, 5]


#: Invented: a contents list grouped in capitals whose group "MEDDELELSER" lists no entry
#: this time, the closed group's line right under it.
_EMPTY_GROUP = """FAVRSKOV KOMMUNE

Børne- og Ungeudvalget

Referat fra ordinært møde tirsdag den 13. marts 2018 kl. 16.00
i Mødelokale 4, Skovvej 20, Hinnerup

Indhold
  BESLUTNINGSSAGER
    1   Godkendelse af dagsorden ............................. 1
    2   Skolernes ferieplan 2018-2019 ........................ 1
  ORIENTERINGSSAGER
    3   Status på inklusionsindsatsen ........................ 2
  MEDDELELSER
  LUKKEDE SAGER

==========================================================

BESLUTNINGSSAGER

Punkt 1  Godkendelse af dagsorden

Afgørelse:
Godkendt.

Punkt 2  Skolernes ferieplan 2018-2019
J.nr. 17.01.00-P22-1-18

Afgørelse:
Godkendt.

ORIENTERINGSSAGER

Punkt 3  Status på inklusionsindsatsen
J.nr. 17.00.00-A00-2-18

Afgørelse:
Taget til efterretning.
"""


def test_empty_group_in_the_contents_list_is_placed() -> None:
    from analysis.pipeline import parse_bytes

    result = parse_bytes(_EMPTY_GROUP.encode(), "favrskov-boern-unge-2018-03-13.txt")
    assert "could not be placed" not in str(result.manifest.get("message"))
    assert list(result.tables["items"]["number"]) == [1, 2, 3]


#: Invented: a council's items lettered a) … e) across the agenda's own named groups, listed
#: first under "Dagsorden" and then under the groups' names in capitals.
_LETTERED_ACROSS_GROUPS = """Ældrerådet i Billund Kommune

Referat af møde torsdag 9. oktober 2014, kl. 9.30-12.00
Mødet blev holdt i Mødelokale 2, Jernbanegade 16, Grindsted.

Dagsorden

  Temamøde
     a) Trafiksikkerhed for ældre fodgængere
  Sager til udtalelse
     b) Høring: Kvalitetsstandard for madservice
     c) Ældrerådets budget 2015
  Meddelelser
     d) Nyt fra formanden
  Øvrigt
     e) Eventuelt

______________________________________________

TEMAMØDE

a) Trafiksikkerhed for ældre fodgængere

Referat:
Rådet drøftede oplægget.

SAGER TIL UDTALELSE

b) Høring: Kvalitetsstandard for madservice

Referat:
Rådet anbefaler kvalitetsstandarden.

c) Ældrerådets budget 2015

Referat:
Godkendt.

MEDDELELSER

d) Nyt fra formanden

Referat:
Taget til efterretning.

ØVRIGT

e) Eventuelt

Referat:
Intet.
"""


def test_list_lettered_under_named_groups_is_the_contents() -> None:
    from analysis.pipeline import parse_bytes

    result = parse_bytes(_LETTERED_ACROSS_GROUPS.encode(), "billund-aeldreraad-2014-10-09.txt")
    assert "could not be placed" not in str(result.manifest.get("message"))
    assert list(result.tables["items"]["number"]) == [1, 2, 3, 4, 5]
