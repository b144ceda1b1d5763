"""The forty-ninth round's rules for minutes whose agenda changed around the meeting
(layouts312): a short item's minute after the title's full stop on its heading line, a
case field under the summary ("Resume") that opens an item, and a member's wish for a
request to be met under the forum's refusal (no approval of the forum's)."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision
from analysis.layouts import outcome_list
from analysis.parse import to_lines

_SHORT_ITEMS = (
    "Referat af mødet den 2. oktober 2024\n\n"
    "1. Godkendelse af dagsorden. Godkendt med den ændring, at punkt 3 udgik.\n\n"
    "2. Skolestruktur\nSagsnr. 24/881\nForvaltningen fremlagde tre modeller.\n"
    "Beslutning:\nDrøftet.\n\n"
    "3. Status på byggeriet. Punktet udgik.\n\n"
    "4. Evt. Intet.\n\n"
    "Næste møde: 6. november 2024.\n"
)


def _texts(text: str) -> list[str]:
    return [ln.clean for ln in outcome_list.headed_outcomes(to_lines(text)) if not ln.blank]


def test_stopped_outcome_splits_title_and_minute() -> None:
    assert outcome_list.stopped_outcome(
        "7. Orientering fra formanden. Taget til efterretning."
    ) == (
        "7. Orientering fra formanden",
        "Taget til efterretning.",
        7,
    )
    # a short word's own full stop stays with it
    assert outcome_list.stopped_outcome("4. Evt. Intet.") == ("4. Evt.", "Intet.", 4)


def test_stopped_outcome_leaves_titles_with_stops() -> None:
    # an abbreviation's full stop, a sentence stating no outcome, no closing full stop
    assert outcome_list.stopped_outcome("3. Henvendelse vedr. Skovvej 4") is None
    assert outcome_list.stopped_outcome("3. Budget 2025. Status på anlæg.") is None
    assert outcome_list.stopped_outcome("3. Budgetrevision pr. 31. august 2024") is None


def test_short_items_get_their_minute_as_decision() -> None:
    texts = _texts(_SHORT_ITEMS)
    assert "1. Godkendelse af dagsorden" in texts
    assert "Beslutning: Godkendt med den ændring, at punkt 3 udgik." in texts
    assert "3. Status på byggeriet" in texts
    assert "Beslutning: Punktet udgik." in texts
    assert "4. Evt." in texts
    assert "Beslutning: Intet." in texts


def test_heading_with_text_under_it_keeps_its_title() -> None:
    # the item's text right under the heading: no short item, the title stays whole
    text = (
        "Referat\n\n"
        "1. Godkendelse af dagsorden. Godkendt.\nDagsordenen blev udsendt sent.\n\n"
        "2. Trafik. Taget til efterretning.\nForvaltningen orienterede.\n\n"
        "3. Eventuelt\n"
    )
    lines = to_lines(text)
    assert [ln.clean for ln in outcome_list.headed_outcomes(lines)] == [ln.clean for ln in lines]


def test_case_field_under_resume(tmp_path) -> None:
    from analysis.pipeline import parse_file

    raw = tmp_path / "referat.txt"
    raw.write_text(
        "Regionsrådet\n\nReferat fra møde i Regionsrådet\nonsdag den 4. marts 2020 kl. 13.00\n\n"
        "1. Investeringsplan for sygehusene\n\nResume\nPlanen samler byggerierne frem mod 2030.\n\n"
        "Sagsnummer: 1-30-72-41-20\n\nForretningsudvalgets indstilling\nat planen godkendes.\n\n"
        "Beslutning\n\nIndstillingen blev tiltrådt.\n\n"
        "2. Eventuelt\n\nBeslutning\n\nIntet.\n",
        encoding="utf-8",
    )
    items = parse_file(raw, tmp_path).tables["items"]
    assert items["case_number"].tolist()[0] == "1-30-72-41-20"


def test_member_wished_approval_is_no_approval() -> None:
    found = classify_decision(
        "Udvalget gav afslag på ansøgningen.\n\nKaren Dahl (Ø) ønskede forslaget godkendt."
    )
    assert "approved" not in [t for t, _ in found]
    # the forum's own approval stays one
    assert [t for t, _ in classify_decision("Ansøgningen blev imødekommet.")] == ["approved"]
