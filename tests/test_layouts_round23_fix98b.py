"""Twenty-third round, short round (layouts98): a browser's print line with the kind
first, an outcome as a one-line item's closing sentence, a proposal not adopted yet and
decided at the next meeting, and an item table's rows printed one a line with a tab."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import parse_text
from analysis.layouts.outcome import outcome_line
from analysis.layouts.tab_item_row import tabbed_item_rows


def _primary(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


def test_browser_print_line_with_the_kind_first_is_no_start() -> None:
    text = (
        "03.02.2025 22:14                    Referat - Skolebestyrelsen, Engtoftskolen\n\n"
        "Haderslev Kommune\n\n"
        "Referat fra skolebestyrelsesmøde\n"
        "Dato: mandag 3. februar 2025\n"
        "Kl. 17.30-19.30\n"
        "Sted: Engtoftskolen, personalerummet\n\n"
        "1. Godkendelse af dagsorden\n\n"
        "Beslutning: Godkendt.\n\n"
        "2. Eventuelt\n\n"
        "Beslutning: Intet.\n"
    )
    meeting = parse_text(text)
    assert (meeting.start_time or "").replace(".", ":")[:5] == "17:30"


@pytest.mark.parametrize(
    "line",
    [
        "Dagsordenen godkendt uden tilføjelser.",
        "Referatet blev godkendt uden rettelser.",
    ],
)
def test_approved_without_additions(line: str) -> None:
    assert outcome_line(line)
    assert _primary(line) == "approved"


def test_outcome_as_the_closing_sentence_of_an_items_one_line() -> None:
    text = (
        "# Forældrebestyrelsen – Børnehuset Solsikken\n\n"
        "**Referat fra møde onsdag d. 9. april 2025, kl. 19.00–21.00 i køkkenet**\n"
        "Vordingborg Kommune\n\n"
        "## Velkomst\n"
        "Jonas bød velkommen. Dagsordenen godkendt uden tilføjelser.\n\n"
        "## Legepladsen\n"
        "Vi drøftede den nye sandkasse.\n\n"
        "Taget til efterretning.\n\n"
        "## Eventuelt\n"
        "Intet.\n"
    )
    first = parse_text(text).items[0]
    decision = [s.text for s in first.sections if s.key == "beslutning"]
    assert decision == ["Dagsordenen godkendt uden tilføjelser."]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Forslaget blev ikke vedtaget på mødet. Vi spørger personalet og beslutter "
            "på næste møde.",
            "postponed",
        ),
        (
            "Planen blev ikke godkendt i dag; udvalget træffer beslutning på et senere møde.",
            "postponed",
        ),
        # refused outright: no later decision
        ("Forslaget blev ikke vedtaget.", "rejected"),
    ],
)
def test_not_adopted_yet_decided_later_is_postponed(text: str, kind: str) -> None:
    assert _primary(text) == kind


def test_tabbed_item_rows_split_into_heading_text_and_decision() -> None:
    text = (
        "2. Budget\n"
        "2.1 Legeplads\tTo tilbud er indhentet. Beslutning: Det billigste vælges.\n"
        "2.2 Kontingent\tBeslutning: Uændret.\n"
    )
    out = tabbed_item_rows(text).split("\n")
    assert [ln for ln in out if ln] == [
        "2. Budget",
        "2.1 Legeplads",
        "To tilbud er indhentet.",
        "Beslutning: Det billigste vælges.",
        "2.2 Kontingent",
        "Beslutning: Uændret.",
    ]
    # one such row alone may be anything: left as it was
    one = "3. Regnskab\tBeslutning: Godkendt.\n"
    assert tabbed_item_rows(one) == one
