"""A regional council's owner is the one region its minutes name, surer than a kommune its
contents list or items mention ("Anmodning fra Faxe Kommune om …"); a kommune's own
committee stays the kommune's whatever region it mentions."""

from __future__ import annotations

from analysis.pipeline import parse_bytes

_ITEMS = """Indhold
Punkt 1. Godkendelse af dagsorden
Punkt 2. Anmodning fra Faxe Kommune om tilskud til et sundhedshus

Punkt 1. Godkendelse af dagsorden

Beslutning

Godkendt.

Punkt 2. Anmodning fra Faxe Kommune om tilskud til et sundhedshus

Sagsnr.: 24-000912

Beslutning

Godkendt.

"""


def _owner(forum: str, footer: str) -> str | None:
    text = (
        f"Referat\n\n{forum}\n\nMødedato: 5. marts 2024\nMødetidspunkt: Kl. 10.00\n"
        f"Mødested: Mødesal 2\n\n{_ITEMS}{footer}\n"
    )
    return parse_bytes(text.encode(), "referat.txt").records["meetings"][0][2]


def test_a_regional_councils_region_in_its_footer_is_its_owner() -> None:
    assert _owner("Regionsrådet", "Region Sjælland · Alléen 15 · 4180 Sorø") == "Region Sjælland"


def test_a_kommunes_committee_stays_the_kommunes() -> None:
    footer = "Region Sjælland har bidraget til projektet."
    assert _owner("Teknik- og Miljøudvalget", footer) == "Faxe Kommune"


def test_a_regional_council_naming_two_regions_is_not_given_either() -> None:
    footer = "Region Sjælland og Region Hovedstaden har fælles trafikplan."
    assert _owner("Regionsrådet", footer) == "Faxe Kommune"
