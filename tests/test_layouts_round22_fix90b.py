"""Twenty-second round, short round on leftovers (fix90b): layouts90 and layouts83."""

from __future__ import annotations

from analysis.layouts.text import is_furniture


def test_a_web_menu_row_parted_by_tabs_is_furniture_however_long() -> None:
    assert is_furniture("Forside\tBorger\tErhverv\tPolitik\tOm kommunen\tSøg\tEnglish")
    assert is_furniture("Udskriv referat\tHent som PDF\tAbonnér på udvalg")
    # a table row of the minutes' own text is no menu
    assert not is_furniture("Forslag om cykelsti\tGodkendt\tSagen sendes videre til Byrådet")
    assert not is_furniture("Formand\tKaren Holm\tSocialdemokratiet og Borgerlisten")
