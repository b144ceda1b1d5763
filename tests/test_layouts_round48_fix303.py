"""Round 48 (layouts303): long minutes of city councils and finance committees."""

from __future__ import annotations

from analysis import parse
from analysis.enrich.decisions import (
    classify_decision,
    item_decision_rows,
    met_in_part,
    unframed,
)
from analysis.layouts import base


def _types(text: str) -> list[str]:
    return [t for t, _ in classify_decision(text)]


def test_request_met_with_less_than_asked_is_decided() -> None:
    case = "Klubben ansøger om tilskud på 90.000 kr. til nye både."
    text = "Ansøgningen blev imødekommet med et tilskud på 60.000 kr."
    assert met_in_part(["approved"], text, case) == ["decided"]
    assert met_in_part(["approved"], "Imødekommet med 1,2 mio. kr.", "søgte om 2 mio. kr.") == [
        "decided"
    ]


def test_request_met_with_the_amount_asked_stays_approved() -> None:
    case = "Klubben søger om 12.500 kr. til et stævne."
    assert met_in_part(["approved"], "Ansøgningen imødekommes med 12.500 kr.", case) == ["approved"]
    # no amount applied for named: the grant as asked
    text = "Ansøgningen blev imødekommet med 40.000 kr."
    assert met_in_part(["approved"], text, "Klubben søger om tilskud til nyt tag.") == ["approved"]
    assert met_in_part(["noted"], text, "søger om 90.000 kr.") == ["noted"]


def test_met_with_an_amount_is_what_classify_reads_as_approved() -> None:
    assert _types("Ansøgningen blev imødekommet med et tilskud på 60.000 kr.") == ["approved"]


def test_unframed_drops_the_approving_frame() -> None:
    assert unframed("at byrådet godkender, at byrådet tager stilling til sagen.") == (
        "at byrådet tager stilling til sagen."
    )
    assert unframed("at kommunalbestyrelsen godkender at planen sendes i høring") == (
        "at planen sendes i høring"
    )
    assert unframed("at planen godkendes.") == "at planen godkendes."
    assert unframed("at udvalget godkender budgettet.") == "at udvalget godkender budgettet."


def _summary_type(recommendation: str, decision: str) -> str:
    rows = item_decision_rows(
        "x-1", [("beslutning", decision)], [recommendation], forum="Byrådet", title="Ansøgning"
    )
    return rows["summary"][0][1]


def test_refusal_under_a_framed_open_question_is_rejected() -> None:
    # (`decided` until the fifty-seventh session: a refused request is a refusal)
    rec = "at byrådet godkender, at byrådet tager stilling til ansøgningen."
    assert _summary_type(rec, "Ansøgningen blev ikke imødekommet.") == "rejected"


def test_request_met_with_less_than_asked_in_the_item_rows() -> None:
    rows = item_decision_rows(
        "x-2",
        [
            ("sagsfremstilling", "Foreningen ansøger om tilskud på 75.000 kr."),
            ("beslutning", "Ansøgningen blev imødekommet med et tilskud på 50.000 kr."),
        ],
        ["at byrådet tager stilling til ansøgningen."],
        forum="Byrådet",
        title="Ansøgning",
    )
    assert rows["summary"][0][1] == "decided"


def test_refusal_of_a_framed_grant_stays_rejected() -> None:
    rec = "at byrådet godkender, at der ydes et tilskud på 80.000 kr."
    assert _summary_type(rec, "Ansøgningen blev ikke imødekommet.") == "rejected"


def _closing(text: str) -> int | None:
    return base._closing_line(parse.to_lines(text), 0, set())


def test_minutes_approved_over_the_signer_closes_the_minutes() -> None:
    text = "2. Vejarbejder\nBeslutning\nTaget til efterretning.\n\nReferatet godkendt.\n\n"
    assert _closing(text + "Ib Holm\nBorgmester\n") == 4


def test_minutes_approved_under_a_decision_label_is_the_items() -> None:
    text = "2. Referat fra sidste møde\nBeslutning\nReferatet godkendt.\n\nIb Holm\nFormand\n"
    assert _closing(text) is None


def test_minutes_approved_with_more_text_below_is_no_closing() -> None:
    text = "2. Vejarbejder\nBeslutning\nTaget til efterretning.\n\nReferatet godkendt.\n\n"
    assert _closing(text + "Sagen sendes videre til byrådet med en bemærkning.\n") is None
