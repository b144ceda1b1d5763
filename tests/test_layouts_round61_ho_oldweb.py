"""Sixty-first session, held-out sets (ho_oldweb): municipal web pages of 1998-2012 (layout
tables, <pre>, frames, windows-1252 or latin-1 without a charset, entities) and the typed
protocols and printed pages linked from them.

- The kommune of before the 2007 reform named only in an old site's footer, its address
  line ("Bjergby Kommune · Torvet 3 · 4999 Bjergby"): the owner
  (``layouts._kommune_address_below`` with ``former=True``, asked in ``layouts._finish``).
- Such a kommune's name alone on top ("BJERGBY KOMMUNE") over minutes of before the reform:
  placed as the owner line, not reported as lost (``header.place_known_lines``,
  ``_FORMER_OWNER_ALONE``).
- "Møde … kl. 19.00 på rådhuset, mødesalen": the town hall or office in lower case, then its
  room in lower case, the place (``header._PLACE_AFTER``).
- "Der blev meddelt en tillægsbevilling på …": the old word for granting an appropriation, a
  decision as "blev givet" is (``enrich.decisions._GRANT_VERBS``).
- "Drøftet. Planforslaget oversendes til 2. behandling …": the next reading of a budget or
  a plan, no body named to take the case on: no referral (``enrich.decisions._READING``).
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.pipeline import parse_bytes
from tests.fixture_helpers import FIXTURES


def _types(text: str) -> list[str]:
    return [t for t, _ in classify_decision(text)]


_ITEMS = """
============================================================
Punkt 1    Godkendelse af dagsorden
============================================================

Beslutning:
    Godkendt.

============================================================
Punkt 2    Eventuelt
============================================================

Beslutning:
    Intet.
"""


def _protocol(top: str, met: str) -> str:
    return f"{top}Miljøudvalget\n\nREFERAT\n\n{met}\n\nAfbud:       Ingen\n{_ITEMS}"


@pytest.mark.parametrize(
    ("met", "place"),
    [
        ("Møde tirsdag 9/3 2004 kl. 19.00 på rådhuset, byrådssalen", "rådhuset, byrådssalen"),
        (
            "Møde onsdag den 6. april 2005 kl. 16.00 på kommunekontoret, udvalgsværelset",
            "kommunekontoret, udvalgsværelset",
        ),
    ],
)
def test_the_town_hall_then_its_room_in_lower_case(met: str, place: str) -> None:
    assert parse_text(_protocol("", met)).location == place
    # (not a clause after the town hall)
    met = "Møde tirsdag 9/3 2004 kl. 19.00 på rådhuset, hvis lokalet er ledigt"
    assert parse_text(_protocol("", met)).location is None


def test_a_former_kommune_alone_on_top_is_placed() -> None:
    met = "Møde tirsdag 9/3 2004 kl. 19.00 på rådhuset, mødesalen"
    meeting = parse_text(_protocol("NØRRE BJERGBY KOMMUNE\n", met))
    assert meeting.municipality == "Nørre Bjergby Kommune"
    assert not any("BJERGBY" in w for w in meeting.warnings)
    # (after the reform an unknown kommune's line stays reported)
    met = "Møde tirsdag 9/3 2010 kl. 19.00 på rådhuset, mødesalen"
    meeting = parse_text(_protocol("NØRRE BJERGBY KOMMUNE\n", met))
    assert any("NØRRE BJERGBY KOMMUNE" in w for w in meeting.warnings)


def _footed(footer: str, year: int = 2003) -> str:
    return (
        "Miljøudvalget\nReferat\n\n"
        f"Mødedato: 12.05.{year}\nMødested: Rådhuset, mødelokale 2\n{_ITEMS}\n"
        f"Tilbage til oversigten\n\n{footer}\n"
    )


@pytest.mark.parametrize(
    "footer",
    [
        "Bjergby Kommune · Torvet 3 · 4999 Bjergby",
        "Bjergby Kommune, Rådhuset, 4999 Bjergby - Siden er sidst opdateret 14-05-2003",
    ],
)
def test_a_former_kommune_in_the_footer_address(footer: str) -> None:
    assert parse_text(_footed(footer)).municipality == "Bjergby Kommune"
    # (not without an address, nor after the reform)
    assert parse_text(_footed("Bjergby Kommune har ordet")).municipality is None
    assert parse_text(_footed(footer, 2009)).municipality is None


@pytest.mark.parametrize(
    "text",
    [
        "Der blev meddelt en tillægsbevilling på 85.000 kr.",
        "Der blev meddelt en anlægsbevilling på 2,1 mio. kr. finansieret som foreslået.",
        "Der meddeles tillægsbevilling på 30.000 kr.",
    ],
)
def test_an_appropriation_granted_with_meddele_is_decided(text: str) -> None:
    assert _types(text) == ["decided"]
    # (not a message about a grant)
    assert "decided" not in _types("Der blev meddelt, at tilskuddet er udbetalt.")
    assert "decided" not in _types("Formanden oplyste, at der blev meddelt tilskud sidste år.")


@pytest.mark.parametrize(
    "text",
    [
        "Drøftet. Planforslaget oversendes til 2. behandling den 3. marts 2005.",
        "Drøftet. Budgettet sendes til anden behandling.",
        "Drøftet. Sendes til andenbehandling.",
    ],
)
def test_the_next_reading_is_no_referral(text: str) -> None:
    assert _types(text) == ["discussed"]
    # (a reading by a body named stays referred, and so does a final handling)
    assert "referred" in _types("Drøftet. Forslaget sendes til 2. behandling i Byrådet.")
    assert "referred" in _types("Sagen oversendes til Byrådets 2. behandling.")
    assert "referred" in _types("Oversendes til endelig behandling.")


def _fixture(name: str) -> tuple[dict, list[str]]:
    tables = parse_bytes((FIXTURES / "raw" / name).read_bytes(), name).tables
    items = tables["items"]
    decisions = tables["decisions"]
    first = decisions.sort_values("position").groupby("item_id").decision_type.first()
    return tables["meetings"].iloc[0].to_dict(), [first.get(i) for i in items.item_id]


def test_fixture_typed_protocol_of_a_former_kommune() -> None:
    meeting, types = _fixture("generic-gammel-protokol-kontor-sal-bevilling.txt")
    assert meeting["municipality"] == "Vesterbjerg Kommune"
    assert meeting["location"] == "kommunekontoret, byrådssalen"
    assert types == ["approved", "discussed", "decided", "none"]


def test_fixture_old_web_page_with_the_kommune_in_its_footer() -> None:
    meeting, types = _fixture("generic-gammel-side-kommune-i-sidefod.html")
    assert meeting["municipality"] == "Søholt Kommune"
    assert meeting["location"] == "Biblioteket, studierummet"
    assert types == ["approved", "decided", "none"]
