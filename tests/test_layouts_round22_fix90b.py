"""Twenty-second round, short round on leftovers (fix90b): layouts90 and layouts83."""

from __future__ import annotations

from analysis.layouts.text import is_furniture


def test_a_web_menu_row_parted_by_tabs_is_furniture_however_long() -> None:
    assert is_furniture("Forside\tBorger\tErhverv\tPolitik\tOm kommunen\tSøg\tEnglish")
    assert is_furniture("Udskriv referat\tHent som PDF\tAbonnér på udvalg")
    # a table row of the minutes' own text is no menu
    assert not is_furniture("Forslag om cykelsti\tGodkendt\tSagen sendes videre til Byrådet")
    assert not is_furniture("Formand\tKaren Holm\tSocialdemokratiet og Borgerlisten")


def _lines(*texts: str) -> list:
    from analysis.parse import Line

    return [Line(k, t, 0) for k, t in enumerate(texts)]


def test_time_and_place_field_with_the_place_after_i() -> None:
    from analysis.layouts.header import _split_columns, _time_and_place_fields

    value = "Tid og sted: Onsdag den 12. marts 2025 kl. 19.30 i Forsamlingshuset, Kirkevej 4."
    cleans = [ln.clean for ln in _time_and_place_fields(_lines(value))]
    assert cleans[-1] == "Sted: Forsamlingshuset, Kirkevej 4"
    # "Tid og sted:" is one field's label, not "Tid og" and a "sted:" field
    yearless = "Tid og sted: Onsdag den 12. marts kl. 19.30 i Forsamlingshuset."
    assert [ln.clean for ln in _split_columns(_lines(yearless))] == [yearless]
    two = "Mødestart: kl. 17:00. Mødested: Bibliotekets sal"
    assert [ln.clean for ln in _split_columns(_lines(two))] == [
        "Mødestart: kl. 17:00.",
        "Mødested: Bibliotekets sal",
    ]


def test_a_page_title_part_naming_only_the_kind_of_meeting_and_month_is_no_forum() -> None:
    from analysis.layouts.page_title import title_facts

    assert title_facts("Referat fra bestyrelsesmøde marts | Vestermarie Lokalråd")[0] == (
        "Vestermarie Lokalråd"
    )
