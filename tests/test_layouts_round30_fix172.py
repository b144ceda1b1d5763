"""Round thirty (layouts172: minutes with open and closed parts): small rules."""

from __future__ import annotations

from analysis.evaluate import _item_number
from analysis.layouts.outcome import outcome_line
from analysis.layouts.proposal_outcome import _closing_line
from analysis.parse import split_title


def test_secrecy_mark_after_title_is_no_part_of_it():
    assert split_title("Erhvervelse af areal [Fortrolig]")[0] == "Erhvervelse af areal"
    assert split_title("Tvist med entreprenør [Lukket punkt]")[0] == "Tvist med entreprenør"
    assert split_title("Salg af grund [Ikke offentligt]")[0] == "Salg af grund"
    # other brackets are the title's own
    assert split_title("Budget 2020 [bilag]")[0] == "Budget 2020 [bilag]"


def test_closed_series_written_out_is_the_l_series():
    assert _item_number("Lukket punkt 1") == 1
    assert _item_number("Lukket sag 2") == 2
    assert _item_number("L3") == 3
    assert _item_number("Lukket punkt") == "Lukket punkt"


def test_vote_of_one_after_the_outcome():
    assert outcome_line("Forslaget blev forkastet med 1 stemme for og 3 imod.")


def test_closed_items_public_record_closes_the_item():
    assert _closing_line("Udvalget traf beslutning i sagen.")
    assert _closing_line("Beslutningen fremgår af den lukkede protokol.")
    assert not _closing_line("Punktet behandles for lukkede døre.")
    assert not _closing_line("Sagen har været i høring i fire uger.")
