"""Twenty-fifth round (layouts118: the less formal bodies' minutes): the names of
partnerships, panels, networks and project groups as the forum, the owner and such a body
parted by a bar, a data table's row of figures taken for no item heading, "Resultat:" with
its text on the label's line as the outcome, and the decision phrases of these bodies."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.barred_title import owner_body_kind
from analysis.layouts.base import _figures_row
from analysis.layouts.header import looks_like_body
from analysis.layouts.headings import Head
from analysis.parse import parse_minutes


def _primary(text: str, forum: str | None = None) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    "name",
    [
        "Sundhedspartnerskab Lolland",
        "Vækstpartnerskab Sydvest – Grøn Energi",
        "Opgaveudvalget Fremtidens Skole",
        "Borgerpanelet om grøn mobilitet i Ringsted",
        "Borgersamlingen om Aabenraas naturplan",
        "Følgegruppen for Ny Svømmehal i Kastrup",
        "Arbejdsgruppen vedr. nyt lønsystem",
        "Kystnetværket Vestfyn",
    ],
)
def test_less_formal_bodies_are_bodies(name: str) -> None:
    assert looks_like_body(name)


@pytest.mark.parametrize(
    "text",
    [
        "Borgerpanelet mødtes i går og drøftede forslagene til den nye busplan grundigt.",
        "Netværksmøde om affald",
    ],
)
def test_sentences_about_them_are_not(text: str) -> None:
    assert not looks_like_body(text)


def test_owner_bar_informal_body() -> None:
    assert owner_body_kind("Tårnby Kommune | Følgegruppen for Ny Svømmehal") == (
        "Tårnby Kommune",
        "Følgegruppen for Ny Svømmehal",
    )
    # a site footer's owner, street and town name no body
    assert owner_body_kind("Tårnby Kommune | Amager Landevej 76 | 2770 Kastrup") is None


def test_figures_row_is_no_heading() -> None:
    row = Head(pos=5, number=3, title="Natbus fredag og lørdag\t21\t7\t2", evidence=4)
    assert _figures_row(row)
    # a contents line ends in one figure, its page; a styled heading is a heading
    assert not _figures_row(Head(pos=5, number=3, title="Natbus fredag og lørdag\t7"))
    assert not _figures_row(Head(pos=5, number=3, title="Natbus\t21\t7", evidence=4, styled=True))


def test_resultat_with_its_text_is_the_outcome() -> None:
    text = (
        "1. Afstemning\n\nTo forslag blev sat til afstemning.\n\n"
        "Resultat: Panelet vedtog forslag B.\n\n2. Eventuelt\n\nResultat: Intet.\n"
    )
    items = parse_minutes(f"Borgerpanelet om Grøn By\nDato: 3. maj 2024\n\n{text}").items
    assert [s.key for s in items[0].sections][-1] == "beslutning"
    assert items[0].sections[-1].text.startswith("Panelet vedtog forslag B.")


def test_resultat_row_of_figures_is_no_outcome() -> None:
    # a table's row of figures in the case text ("Resultat<TAB>-10") stays in its section
    text = (
        "1. Regnskab\n\nSagsfremstilling\n\nIndtægter\t-3.565\nResultat\t-10\n\n"
        "Beslutning\n\nTiltrådt.\n"
    )
    items = parse_minutes(f"Byrådet\nDato: 3. maj 2024\n\n{text}").items
    decision = [s for s in items[0].sections if s.key == "beslutning"]
    assert [s.text for s in decision] == ["Tiltrådt."]


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # the item moved on to a later meeting: postponed (the meeting moved: decided)
        ("Punktet flyttes til næste møde, hvor kassereren deltager.", "postponed"),
        ("Sagen blev rykket til et senere møde.", "postponed"),
        ("Mødet flyttes til den 3. maj.", "decided"),
        # nothing beyond the notes
        ("Intet at bemærke herudover.", "none"),
        # a partnership or a network granting from its own funds
        ("Partnerskabet bevilgede 250.000 kr. til forløbet.", "decided"),
        ("Netværket bevilgede 20.000 kr. til en fælles konference.", "decided"),
    ],
)
def test_phrases(text: str, primary: str) -> None:
    assert _primary(text, "Vækstpartnerskab Sydvest") == primary
