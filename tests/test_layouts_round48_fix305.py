"""Round 48 (layouts305): the outcomes kept apart from the items' texts."""

from __future__ import annotations

from analysis.layouts.decision_part import _GATHERED_HEAD, decision_part
from analysis.layouts.outcome_overview import overview_decisions
from analysis.parse import Line

_ITEMS = """
1. Godkendelse af dagsorden
Dagsordenen forelægges.

2. Renovering af svømmehallen
Sagsnr. 21/300
Forvaltningen har indhentet tre tilbud på renoveringen.

3. Eventuelt
"""


def _decisions(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[k + 1] for k, line in enumerate(lines) if line == "Beslutning:"]


def test_overview_rows_before_the_items_go_under_them() -> None:
    text = (
        "Referat\n\nBeslutningsoversigt\n\n"
        "Punkt 1: Godkendelse af dagsorden\nGodkendt.\n\n"
        "Punkt 2: Renovering af svømmehallen\nAnbefales over for Byrådet.\n\n"
        "Punkt 3: Eventuelt\nIntet.\n\n" + _ITEMS
    )
    out = overview_decisions(text)
    assert _decisions(out) == ["Godkendt.", "Anbefales over for Byrådet.", "Intet."]
    assert "Punkt 1: Godkendelse af dagsorden" not in out
    assert out.index("Anbefales") > out.index("tre tilbud")


def test_dotted_and_piped_rows() -> None:
    dotted = (
        "BESLUTNINGSOVERSIGT\n\nÅben dagsorden\n"
        "  1   Godkendelse af dagsorden ............ Godkendt.\n"
        "  2   Renovering af svømmehallen .......... Udsat.\n"
        "  3   Eventuelt ........................... Intet.\n\n" + _ITEMS
    )
    assert _decisions(overview_decisions(dotted)) == ["Godkendt.", "Udsat.", "Intet."]
    piped = (
        "## Resumé af beslutninger\n\n| Nr. | Emne | Beslutning |\n|---|---|---|\n"
        "| 1 | Godkendelse af dagsorden | Godkendt. |\n"
        "| 2 | Renovering af svømmehallen | Drøftet. |\n\n" + _ITEMS
    )
    assert _decisions(overview_decisions(piped)) == ["Godkendt.", "Drøftet."]


def test_second_part_after_the_agenda() -> None:
    text = (
        _ITEMS + "\n\nPROTOKOL\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Renovering af svømmehallen\nTilbuddet fra Byg ApS blev valgt.\n"
    )
    out = overview_decisions(text)
    assert _decisions(out) == ["Godkendt.", "Tilbuddet fra Byg ApS blev valgt."]
    assert out.index("Tilbuddet") < out.index("3. Eventuelt")


def test_left_alone_a_contents_list_or_items_with_decisions() -> None:
    contents = "Dagsorden\n\n1. Godkendelse af dagsorden\n2. Renovering af svømmehallen\n"
    assert overview_decisions(contents) == contents
    labelled = (
        "Beslutningsoversigt\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Renovering af svømmehallen\nGodkendt.\n\n"
        "1. Godkendelse af dagsorden\nTekst.\nBeslutning: Godkendt.\n\n"
        "2. Renovering af svømmehallen\nTekst.\nBeslutning: Godkendt.\n"
    )
    assert overview_decisions(labelled) == labelled
    other = "Referat\n\n1. Ib Holm\nformand\n\n2. Lis Dam\nnæstformand\n"
    assert overview_decisions(other) == other


def test_closing_list_heads() -> None:
    for head in ("Opsamling", "Beslutninger på mødet", "Opsamling – beslutninger på mødet"):
        assert _GATHERED_HEAD.match(head)
    assert not _GATHERED_HEAD.match("Opsamling på sidste møde")
    texts = [
        "1. Godkendelse af dagsorden",
        "Tekst.",
        "2. Budget",
        "Tekst.",
        "",
        "Opsamling – beslutninger på mødet",
        "Pkt. 1: Godkendt.",
        "Pkt. 2: Drøftet.",
    ]
    lines = [Line(k, t, 0) for k, t in enumerate(texts)]
    found = decision_part(lines, {1: "Godkendelse af dagsorden", 2: "Budget"}, 2, len(lines))
    assert found is not None
    start, points = found
    assert start == 5  # (the head goes with the part, not with the last item)
    assert sorted(points) == [1, 2]


def test_fixed_width_rows_and_bold_list() -> None:
    gapped = (
        "Beslutningsoversigt\n\n"
        "Pkt.  Sag                                 Beslutning\n"
        "1     Godkendelse af dagsorden            Godkendt.\n"
        "2     Renovering af                       Vedtaget med\n"
        "      svømmehallen                        20 stemmer mod 3.\n"
        "3     Eventuelt                           Intet.\n\n" + _ITEMS
    )
    out = overview_decisions(gapped)
    assert _decisions(out) == ["Godkendt.", "Vedtaget med", "Intet."]
    assert "20 stemmer mod 3." in out.split("3. Eventuelt")[0]
    bold = (
        _ITEMS + "\n## Beslutninger på mødet\n\n"
        "1. **Godkendelse af dagsorden:** Godkendt.\n"
        "2. **Renovering af svømmehallen:** Tilbuddet blev valgt.\n"
    )
    assert _decisions(overview_decisions(bold)) == ["Godkendt.", "Tilbuddet blev valgt."]


def test_part_heads_go_with_no_item() -> None:
    text = (
        "DEL 1 – DAGSORDEN\n\n" + _ITEMS.strip() + "\n\nDEL 2 – REFERAT\n\n"
        "Ad 1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "Ad 2. Renovering af svømmehallen\nUdsat.\n"
    )
    out = overview_decisions(text)
    assert "DEL 1" not in out and "DEL 2" not in out
    assert _decisions(out) == ["Godkendt.", "Udsat."]


def test_agenda_and_minutes_in_one_document_name_the_board() -> None:
    from analysis.layouts.meeting_kind import _KIND

    m = _KIND.match("Dagsorden og protokol for bestyrelsesmøde")
    assert m is not None and m["body"].lower() == "bestyrelse"
