"""Round 34 (fix197): city council minutes that record the debate (invented examples)."""

from __future__ import annotations

import datetime as dt

from analysis.dates import find_date
from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import parse_text
from analysis.layouts.outcome import outcome_line
from analysis.layouts.trailing_number import trailing_numbers


def _type(text: str, forum: str = "Byrådet") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


def test_chairs_motion_to_send_on_adopted_is_referred() -> None:
    assert (
        _type(
            "Ordet havde: Ib (A), Eva (V).\nBorgmesteren foreslog, at forslaget oversendes til "
            "Kulturudvalget. Dette blev vedtaget uden afstemning."
        )
        == "referred"
    )
    assert (
        _type(
            "Formanden foreslog, at forslaget oversendes til Skoleudvalget. Forslaget om "
            "oversendelse blev vedtaget med 20 stemmer for, 9 imod (V, C)."
        )
        == "referred"
    )


def test_bare_vote_after_the_forums_own_decision_is_that_decision() -> None:
    assert _type("Byrådet besluttede at afsætte 50.000 kr. til festen. Vedtaget enstemmigt.") == (
        "decided"
    )
    assert _type("Sagen blev drøftet. Indstillingen blev vedtaget.") == "approved"


def test_question_time_closed_by_no_decision_is_none() -> None:
    text = (
        "Eva Holm (F) spurgte til skolebussen.\nRådmanden besvarede spørgsmålet.\nIngen beslutning."
    )
    assert _type(text) == "none"
    assert _type("Eva Holm (F) spurgte til skolebussen.") == "other"


def test_year_written_as_one_word() -> None:
    found = find_date("Protokol for mødet mandag den syvogtyvende februar totusindogtolv")
    assert found is not None and found.date == dt.date(2012, 2, 27)
    found = find_date("den første marts nittenhundredeoghalvfems")
    assert found is not None and found.date == dt.date(1990, 3, 1)


def test_withdrawn_item_is_an_outcome_line() -> None:
    assert outcome_line("Punktet blev trukket af forslagsstiller, jf. pkt. 1.")
    assert outcome_line("Sagen er taget af dagsordenen.")
    assert not outcome_line("Sagen er trukket ud af puljen for at spare tid")


def test_right_aligned_item_numbers_are_read_before_the_title() -> None:
    text = "Referat\n\nGodkendelse\t4\nGodkendt.\n\nBudget\t5\nTekst.\n\nEventuelt\t6\nIntet.\n"
    out = trailing_numbers(text)
    assert "4. Godkendelse\nGodkendt." in out and "6. Eventuelt\nIntet." in out


def test_right_aligned_page_numbers_of_a_contents_list_stay() -> None:
    toc = "Indhold\n\nGodkendelse\t1\n\nBudget\t2\n\nEventuelt\t3\n\nTekst.\n"
    assert trailing_numbers(toc) == toc
    gap = "\n\nGodkendelse\t1\nA.\n\nBudget\t3\nB.\n\nEventuelt\t4\nC.\n"
    assert trailing_numbers(gap) == gap  # (not numbered on by one)


def test_closed_mark_after_the_bracketed_number() -> None:
    text = (
        "Referat\n\nGodkendelse      (pkt. 1)\nGodkendt.\n\n"
        "Personalesag      (pkt. 2) LUKKET\nGodkendt.\n"
    )
    out = trailing_numbers(text)
    assert "2. Personalesag LUKKET" in out
    items = parse_text(
        "Byrådet\nReferat fra mødet 02-11-2020 kl. 18:00\n\n" + out.split("\n\n", 1)[1]
    ).items
    assert [(it.title, it.closed) for it in items][-1] == ("Personalesag", True)


def test_agenda_note_under_the_title_is_no_part_of_it() -> None:
    meeting = parse_text(
        "Byrådet\nReferat af mødet den 3. maj 2016 kl. 17.00\n\n"
        "Punkt 1  Godkendelse af dagsorden\nSagsnr. 16/101\nBeslutning:\nGodkendt.\n\n"
        "Punkt 2  Forslag fra SF om flere træer\n"
        "(optaget på dagsordenen efter § 11 i lov om kommunernes styrelse)\n"
        "Sagsnr. 16/102\nBeslutning:\nGodkendt.\n"
    )
    assert [it.raw_title for it in meeting.items] == [
        "Godkendelse af dagsorden",
        "Forslag fra SF om flere træer",
    ]
    assert meeting.items[1].case_number == "16/102"
