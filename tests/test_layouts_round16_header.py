"""Sixteenth round (fix34): headers and contents the reader did not know."""

from __future__ import annotations

from analysis.layouts import parse_text

_AGENDA = "\n".join(
    [
        "Referat",
        "Teknik- og Miljøudvalget",
        "Mødedato: onsdag den 5. november 2025 kl. 15:00",
        "Mødested: Udvalgsværelset",
        "",
        "Indholdsfortegnelse",
        "Punkt 80\tGodkendelse af dagsorden",
        "Punkt 81\tVinterberedskab 2025-26",
        "",
        "Punkt 80. Godkendelse af dagsorden",
        "Beslutning",
        "Godkendt.",
        "",
        "Punkt 81. Vinterberedskab 2025-26",
        "Beslutning",
        "Taget til efterretning.",
    ]
)


def test_the_body_alone_under_the_kind_of_document() -> None:
    meeting = parse_text(_AGENDA)
    assert meeting.layout == "agenda"
    assert meeting.forum == "Teknik- og Miljøudvalget"


def test_contents_numbered_in_a_column_of_their_own() -> None:
    meeting = parse_text(_AGENDA)
    assert [it.toc_title for it in meeting.items] == [
        "Godkendelse af dagsorden",
        "Vinterberedskab 2025-26",
    ]
    assert not [w for w in meeting.warnings if "table of contents" in w]


def test_the_evaluator_reads_a_board_for_an_organisation_either_way() -> None:
    from analysis.evaluate import fact_right

    assert fact_right(
        "forum", "Vestegnens Vand I/S, bestyrelsen", "Bestyrelsen for Vestegnens Vand I/S"
    )
    assert not fact_right(
        "forum", "Vestegnens Vand I/S, bestyrelsen", "Bestyrelsen for Egnens Affald I/S"
    )


def test_the_case_after_the_decisions_is_not_the_decision() -> None:
    """København's items: "Indstilling og beslutning" first, then "Problemstilling" /
    "Løsning" / "Videre proces": sections of their own, not the decision's text."""
    from analysis.parse import Line, heading_key

    for word, key in (
        ("Problemstilling", "problemstilling"),
        ("Løsning", "loesning"),
        ("Videre proces", "videre_proces"),
    ):
        assert heading_key(Line(0, word, 0)) == (key, word)
