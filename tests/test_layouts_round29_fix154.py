"""Round 29 (layouts154): hard-wrapped minutes, the small rules."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.wrapped_bold import joined_bold_titles


def test_decision_phrase_wrapped_at_the_line_end() -> None:
    # "taget til" / "efterretning.": the phrase broken by the line's end is one phrase
    assert classify_decision("Redegørelsen blev taget til\nefterretning.")[0][0] == "noted"
    assert classify_decision("Sagen oversendes til\nØkonomiudvalget.")[0][0] == "referred"


def test_pkt_title_wrapped_over_a_conclusion_label() -> None:
    text = (
        "Referat af møde i Ældrerådet 14. maj 2019 kl. 10.00\n\n"
        "Pkt. 1  Godkendelse af dagsorden\n"
        "  Konklusion: Godkendt.\n\n"
        "Pkt. 2  Madservice i hjemmeplejen - tilfredshed og pris-\n"
        "        udvikling\n"
        "  Konklusion: Drøftet.\n\n"
        "Pkt. 3  Eventuelt\n"
        "  Konklusion: Intet.\n"
    )
    titles = [item.title for item in parse_text(text).items]
    assert titles[1] == "Madservice i hjemmeplejen - tilfredshed og prisudvikling"


def test_bold_title_wrapped_over_two_lines_joined() -> None:
    text = "**Trafikplan for bymidten - høring\nog borgermøde**\nSag: 12/1\n"
    assert joined_bold_titles(text).split("\n")[0] == (
        "**Trafikplan for bymidten - høring og borgermøde**"
    )
    assert joined_bold_titles("**Eventuelt**\nIntet.\n") == "**Eventuelt**\nIntet.\n"
