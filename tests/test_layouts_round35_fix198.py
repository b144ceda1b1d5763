"""Round 35 (fix198): members' and citizens' items and their outcomes (invented examples)."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import parse_text
from analysis.layouts.number_under_title import bare_numbers_right_of_titles
from analysis.layouts.outcome import outcome_line


def _type(text: str, forum: str = "Byrådet") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


def test_proposal_not_carried_forward_is_rejected() -> None:
    assert _type("Forslaget blev ikke fremmet.") == "rejected"
    assert _type("Beslutningsforslaget blev ikke fremmet, idet 5 stemte for og 20 imod.") == (
        "rejected"
    )
    assert _type("Borgerforslaget fremmes ikke.") == "rejected"
    assert _type("Forslaget kunne ikke fremmes.") == "rejected"


def test_proposal_withdrawn_by_its_mover_with_a_reason_is_none() -> None:
    assert _type("Forslagsstilleren trak forslaget, idet der kommer en plan i 2. kvartal.") == (
        "none"
    )
    assert _type("Forslagsstilleren trak forslaget.") == "none"
    assert _type("Venstre trak sit forslag tilbage, da sagen er løst.") == "none"
    # (a decision in a sentence after the withdrawal is still read)
    assert _type("Forslagsstilleren trak forslaget, da X. Udvalget besluttede at give 5 kr.") == (
        "decided"
    )


def test_verbless_approval_with_a_remark_is_an_outcome_line() -> None:
    assert outcome_line("Dagsordenen godkendt med den bemærkning, at pkt. 5 behandles før pkt. 4.")
    assert outcome_line("Referatet godkendt med følgende rettelse: navnet staves Holm.")
    assert not outcome_line("Dagsordenen med den bemærkning, at pkt. 5 udgår.")


_PRINTED = (
    "Godkendelse af dagsordenen                       1.\n"
    "Beslutning:\nGodkendt.\n\n"
    "Forslag om nye bænke                             2.\n"
    "22/1234\nBeslutning:\nOversendt til udvalget.\n\n"
    "Spørgetid                                        3.\n"
    "Ingen spørgsmål.\nBeslutning:\nIngen.\n\n"
    "Meddelelser                                      4.\n"
    "Borgmesteren orienterede.\n"
)


def test_flush_right_numbers_with_a_full_stop_and_text_under_the_last() -> None:
    out = bare_numbers_right_of_titles(_PRINTED).split("\n")
    assert out[0] == "1. Godkendelse af dagsordenen"
    assert out[4] == "2. Forslag om nye bænke"
    assert out[9] == "3. Spørgetid"
    assert out[14] == "4. Meddelelser"


def test_flush_right_rows_with_text_under_need_the_fielded_run() -> None:
    # (no row with a field under it: a column of figures in prose stays as written)
    text = "Indledning\n\nSkoler i alt            3.\nTallet steg.\n\nKlasser     4.\nFlere.\n"
    assert bare_numbers_right_of_titles(text) == text
    # (a row that does not number on from the run is left)
    skipping = _PRINTED.replace("  4.\n", "  7.\n")
    assert "Meddelelser     " in bare_numbers_right_of_titles(skipping)
    # (rows one under another after the run: a list, not headings)
    listed = _PRINTED + "\nBilag A                                          5.\nBilag B     6.\n"
    assert "5. Bilag A" not in bare_numbers_right_of_titles(listed)


_WEB = (
    "# Byrådet\n\nReferat\n\nTorsdag 12. marts 2015, kl. 18.00\n\nIndhold\n\n"
    "1. Medlemsforslag om hundeskov\n2. Spørgsmål om skolebusser\n3. Eventuelt\n\n"
    "Punkt 61: Medlemsforslag om hundeskov\n\nSagsnr.: 15/1207\n\nBeslutning\n\n"
    "Forslaget blev forkastet.\n\n"
    "Punkt 62: Spørgsmål om skolebusser\n\nSagsnr.: 15/0988\n\nBeslutning\n\n"
    "Taget til efterretning.\n\n"
    "Punkt 63: Eventuelt\n\nBeslutning\n\nIntet.\n"
)


def test_first_heading_repeating_the_first_entry_ends_the_contents_list() -> None:
    meeting = parse_text(_WEB)
    assert [it.number for it in meeting.items] == [61, 62, 63]
    first = meeting.items[0]
    assert any(sec.key == "beslutning" for sec in first.sections)
    assert not any("no text" in w for w in meeting.warnings)
