"""Twenty-eighth round on layouts139 (minutes written carelessly): a markdown note's bold
one-line titles in small letters with no number, read as its items' headings, and where
that reading stops; a numbered list under the last sentence of a long labelled paragraph
is a list inside an item; a styled heading is never a contents entry's wrapped rest. The
whole shapes are held by the fixtures ``generic-sjusket-fede-smaa-titler-uden-nummer.md``
and ``generic-sjusket-nummer-uden-punktum.txt``."""

from __future__ import annotations

from analysis.layouts.lead_in_list import lead_in_list
from analysis.layouts.unnumbered import _title
from analysis.parse import parse_minutes, to_lines
from analysis.read.text import bold_titles_as_headings, read_text

_NOTE = """# Seniorrådet – Nordby

**Referat fra mødet 4/2-2025 kl 10**

**godkendelse af dagsorden**

godkendt

**nyt fra formanden**

Formanden orienterede.

**trafik i bymidten**

Drøftet.

**eventuelt**

intet
"""


def test_bold_titles_become_headings() -> None:
    out = bold_titles_as_headings(_NOTE).split("\n")
    assert "## godkendelse af dagsorden" in out
    assert "## eventuelt" in out
    # the meeting's own bold line, holding its date, stays as written
    assert "**Referat fra mødet 4/2-2025 kl 10**" in out


def test_read_text_reads_bold_titles_only_in_markdown() -> None:
    data = _NOTE.encode()
    assert "## nyt fra formanden" in read_text(data, "md").text
    assert "## nyt fra formanden" not in read_text(data, "txt").text


def test_bold_lines_stay_text_in_a_styled_note() -> None:
    styled = _NOTE.replace("**trafik i bymidten**", "## Trafik i bymidten")
    assert bold_titles_as_headings(styled) == styled


def test_two_bold_lines_stay_text() -> None:
    text = "# Noter\n\n**Mette Holm**\n\nTekst.\n\n**vigtigt**\n\nMere tekst.\n"
    assert bold_titles_as_headings(text) == text


def test_bold_labels_and_sentences_are_no_titles() -> None:
    text = (
        "# Noter\n\n**Beslutning**\n\nTekst.\n\n**Husk at melde afbud.**\n\nTekst.\n\n"
        "**Dagsorden:**\n\nTekst.\n\n**referat**\n\nTekst.\n"
    )
    assert bold_titles_as_headings(text) == text


def test_styled_title_in_small_letters() -> None:
    assert _title("godkendelse af dagsorden", styled=True) == "godkendelse af dagsorden"
    assert _title("godkendelse af dagsorden") is None  # a plain line: no title so
    assert _title("at udvalget godkender", styled=True) is None  # a recommendation's point


def test_list_under_the_last_sentence_of_a_long_paragraph() -> None:
    lines = to_lines(
        "## Budget\n\nBeslutning: Drøftet.\n\n## Høring\n\n"
        "Beslutning: Rådet afgiver høringssvar. To medlemmer skriver det inden fristen. "
        "Punkterne er:\n\n1. Flere busser\n2. Bedre stier\n3. Lys ved skolen\n"
    )
    positions = [p for p, ln in enumerate(lines) if ln.clean[:2] in ("1.", "2.", "3.")]
    assert lead_in_list(positions, lines)


def test_long_paragraph_whose_last_sentence_is_long_leads_no_list() -> None:
    long_tail = "Rådet bemærker " + "og " * 30 + "følgende:"
    lines = to_lines(
        f"## Budget\n\nBeslutning: Drøftet.\n\n## Høring\n\nIntro. {long_tail}\n\n"
        "1. Flere busser\n2. Bedre stier\n"
    )
    positions = [p for p, ln in enumerate(lines) if ln.clean[:2] in ("1.", "2.")]
    assert not lead_in_list(positions, lines)


_BRACKETED = """Referat - Styregruppen for Sundhedshuset, Tønder Kommune
Dato: tirsdag 9/3 2021, kl. 9-11  (Teams + mødelokale Skoven, Vestergade 4)

Mødt: Anne, Bo, Carl

1. Godkendelse af dagsorden
Beslutning: Godkendt.

2. Status på byggeriet
Beslutning: Taget til efterretning.
"""


def test_place_in_brackets_after_the_hours_of_a_date_field() -> None:
    meeting = parse_minutes(_BRACKETED)
    assert str(meeting.date) == "2021-03-09"
    assert meeting.start_time == "09:00"
    assert meeting.location == "Teams + mødelokale Skoven, Vestergade 4"


def test_a_bracket_that_says_no_place_is_none() -> None:
    meeting = parse_minutes(
        _BRACKETED.replace("(Teams + mødelokale Skoven, Vestergade 4)", "(udsat)")
    )
    assert meeting.location is None
