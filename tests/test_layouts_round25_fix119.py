"""Twenty-fifth round, layouts119 (PDF exports of agenda systems and Word): an agenda
export's contents list numbered with the bare number ("2 Title.....<TAB>3") under
"Punkt N: Title" headings, and its members present as a "Mødt<TAB>…" field row."""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.parse import _toc_title

_EXPORT = """BESLUTNINGSPROTOKOL Socialudvalget d. 05-02-2020

Mødedato\t5. februar 2020
Mødetidspunkt\t14:00
Mødested\tByrådssalen, Torvet 2
Afbud\tLone Riis (F)
Mødt\tJens Kragh (V), Mette Bach (A), Ole Dam (O)

Indholdsfortegnelse

1 Godkendelse af dagsorden.....\t2
2 Ny plan for botilbud.....\t2

Punkt 1: Godkendelse af dagsorden

Beslutning
Godkendt.

Punkt 2: Ny plan for botilbud

Sagsnr.: 20/1188

Sagsfremstilling
Forvaltningen har udarbejdet en plan for botilbuddene.

Beslutning
Godkendt.
"""


def test_bare_numbered_contents_entries_match_the_headings() -> None:
    meeting = parse_text(_EXPORT)
    assert [it.title for it in meeting.items] == [
        "Godkendelse af dagsorden",
        "Ny plan for botilbud",
    ]
    assert not [w for w in meeting.warnings if "table of contents" in w]


def test_contents_title_loses_its_bare_number_only() -> None:
    assert _toc_title("3 Takster for svømmehallen") == "Takster for svømmehallen"
    assert _toc_title("12. Eventuelt") == "Eventuelt"
    # a title opening with a number in words of its own stays whole
    assert _toc_title("3 nye daginstitutioner") == "3 nye daginstitutioner"
    assert _toc_title("Punkt 4: Budget 2021") == "Budget 2021"


def test_moedt_field_row_lists_the_members_present() -> None:
    meeting = parse_text(_EXPORT)
    present = {p.name for p in meeting.participants if p.present}
    assert {"Jens Kragh", "Mette Bach", "Ole Dam"} <= present
    assert not [w for w in meeting.warnings if "could not be placed" in w]
