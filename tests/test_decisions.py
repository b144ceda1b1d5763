"""Decisions: decision types, recommendations, follow-ups, and the hand-labelled seeds.

The rules are tested on sentences written in other word orders and inflections than the
seeds' (so they generalise); the seed evaluation compares every seed item with the
hand labels in fixtures/labels_decisions.csv and prints precision/recall per type
(``pytest -s tests/test_decisions.py`` shows the table).
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.enrich.decisions import (
    FOLLOWS,
    classify_decision,
    decision_summary,
    decisions_table,
    follow_ups,
    follow_ups_table,
    followed_recommendation,
    orientation_noted,
    primary_decision_type,
    recommended_action,
    recommended_actions,
)
from analysis.vocab import DECISION_PRIORITY, DECISION_TYPES

from .conftest import FIXTURES, RAW
from .test_nlp import _ODD_TEXTS

FORUMS = FIXTURES / "forums"

#: Thresholds of the seed evaluation: every labelled type must be found, nothing else.
MIN_PRECISION = 1.0
MIN_RECALL = 1.0
MIN_PRIMARY_ACCURACY = 1.0
MIN_FOLLOWED_ACCURACY = 1.0
#: Follow-up tasks per seed item (items not listed have none), and their actors in order.
SEED_FOLLOW_UPS: dict[str, list[str | None]] = {
    "chefforum-2022-02-03-03": ["Økonomi & Stab"],
    "chefforum-2022-02-03-04": [None],
    "chefforum-2022-02-03-05": [None],
    "chefforum-2022-02-03-06": ["Ida og Rikke B."],
    "chefforum-2023-06-22-02": ["hver chef", "cheferne"],
    "chefforum-2023-10-12-03": ["Chefforum", None],
    "chefforum-2023-10-12-04": [None],
    "chefforum-2023-10-12-05": ["hver enkelt afdelingschef"],
    "chefforum-2023-10-12-06": [None, None],
    "chefforum-2024-01-03-03": ["Økonomi", None],
    "chefforum-2024-01-03-04": [None, "Begge grupper"],
    "chefforum-2025-04-23-02": ["Økonomi", "Økonomi"],
    "chefforum-2025-04-23-03": ["Økonomi", None],
    "chefforum-2025-04-23-06": ["afdelingerne"],
    "chefforum-2025-04-23-07": [
        "Kommunaldirektør Henrik Harder, afdelingschef for Miljø & Teknik Marie Brøchner "
        "Jespersen samt afdelingschef for Borger, Arbejdsmarked & Erhverv Dorthe Espenhein"
    ],
    "chefforum-2025-04-23-09": ["afdelingschef for Borger, Arbejdsmarked & Erhverv"],
}


def types_of(text: str) -> list[str]:
    return [t for t, _ in classify_decision(text)]


# --- Decision types: one rule per block, other word orders and inflections ------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # approved
        ("Forslaget blev godkendt.", ["approved"]),
        ("Indstillingen godkendes.", ["approved"]),
        ("Cheferne har godkendt planen med enkelte rettelser.", ["approved"]),
        ("Godkendt med de faldne bemærkninger.", ["approved"]),
        ("Planen blev tiltrådt af Chefforum.", ["approved"]),
        ("Chefforum tiltrådte indstillingen.", ["approved"]),
        ("Direktionens forslag til mødeplan vedtages.", ["approved"]),
        ("Retningslinjen blev vedtaget uden bemærkninger.", ["approved"]),
        # "anbefale" is now its own type (vocab: recommended), no longer an approval
        ("Chefforum anbefaler indstillingen over for Økonomiudvalget.", ["recommended"]),
        ("Chefforum fulgte indstillingen.", ["approved"]),
        ("Indstillingen blev fulgt.", ["approved"]),
        ("Chefforum besluttede at godkende planen.", ["decided", "approved"]),
        # rejected, including negated approvals
        ("Forslaget blev ikke godkendt.", ["rejected"]),
        ("Chefforum godkendte ikke forslaget.", ["rejected"]),
        ("Chefforum kunne ikke godkende planen i den foreliggende form.", ["rejected"]),
        ("Indstillingen blev ikke fulgt.", ["rejected"]),
        ("Chefforum forkastede forslaget.", ["rejected"]),
        ("Forslaget afvises.", ["rejected"]),
        ("Ansøgningen blev afvist, da den ikke levede op til kriterierne.", ["rejected"]),
        ("Forslaget kan ikke anbefales.", ["rejected"]),
        ("Chefforum besluttede ikke at godkende planen.", ["decided", "rejected"]),
        ("Chefforum godkendte ikke blot planen, men også budgettet.", ["approved"]),
        # discussed
        ("Oplægget blev drøftet.", ["discussed"]),
        ("Cheferne har drøftet udkastet grundigt.", ["discussed"]),
        ("Drøftet.", ["discussed"]),
        ("Der var en god drøftelse af udkastet.", ["discussed"]),
        ("Direktøren gennemgik budgettet, og Chefforum kom med input.", ["discussed"]),
        ("Forslaget fik en række kommentarer med på vejen.", ["discussed"]),
        ("Chefforum kommenterede strategien.", ["discussed"]),
        (
            "Til oplægget havde cheferne følgende bemærkninger:\n\n- Mere fokus på trivsel",
            ["discussed"],
        ),
        ("Chefforum havde ingen kommentarer til oplægget.", ["other"]),
        # noted
        ("Orienteringen blev taget til efterretning.", ["noted"]),
        ("Chefforum tager orienteringen til efterretning.", ["noted"]),
        ("Oplægget fra HR tages til efterretning.", ["noted"]),
        ("Taget til efterretning.", ["noted"]),
        ("Til efterretning.", ["noted"]),
        ("Chefforum tog, efter en kort præsentation, status til efterretning.", ["noted"]),
        ("Cheferne noterede sig orienteringen.", ["noted"]),
        ("HR orienterede om sygefraværet i 2. kvartal.", ["noted"]),
        ("Kommunaldirektøren informerede om budgetforliget.", ["noted"]),
        ("Chefforum blev orienteret om status.", ["noted"]),
        ("Der blev givet en orientering om sygefraværet.", ["noted"]),
        ("Orienteringen toges til efterretning.", ["noted"]),
        # decided
        ("Det blev besluttet, at mødet flyttes til torsdag.", ["decided"]),
        ("Chefforum besluttede at nedsætte en arbejdsgruppe.", ["decided"]),
        ("Det besluttes, at arbejdsgruppen fortsætter.", ["decided"]),
        ("Efter drøftelsen besluttede direktionen at fortsætte.", ["discussed", "decided"]),
        ("Lederdagen i juni bliver aflyst.", ["decided"]),
        ("Chefforum udpegede Anne Hansen som tovholder.", ["decided"]),
        ("Mette Jensen er ny tovholder på projektet.", ["decided"]),
        ("Chefforum blev enige om en ny mødeplan.", ["decided"]),
        ("Det blev aftalt, at HR indkalder til møde.", ["decided"]),
        ("Udvalget prioriterede 11 ejendomme som anført i bilag 2.", ["decided"]),
        ("Ansøgningerne blev prioriteret efter bilag 1.", ["decided"]),
        # an agreement on next steps made in a discussion is its follow-up, not a decision
        (
            "MED-udvalget drøftede konsekvenserne. Det blev aftalt, at der udarbejdes en "
            "procesplan, og at de lokale udvalg inddrages.",
            ["discussed"],
        ),
        ("Rådet drøftede sagen og aftalte, at formanden kontakter DSB.", ["discussed"]),
        # ... while agreeing to choose something is a decision
        (
            "Udvalget drøftede forslagene. Det blev aftalt at vælge model B.",
            ["discussed", "decided"],
        ),
        ("Afdelingschefen for Skole deltager i styregruppen.", ["decided"]),
        ("Chefforum tog stilling til fordelingen af puljen.", ["decided"]),
        ("Det blev besluttet ikke at gå videre med forslaget.", ["decided"]),
        ("Chefforum valgte at udsætte sagen.", ["decided", "postponed"]),
        # postponed
        ("Punktet udsættes til næste møde.", ["postponed"]),
        ("Sagen blev udsat.", ["postponed"]),
        ("Chefforum udskød behandlingen til august.", ["postponed"]),
        ("Punktet udskydes til et senere møde.", ["postponed"]),
        ("Punktet blev ikke behandlet på grund af tidsnød.", ["postponed"]),
        ("Punktet blev ikke nået.", ["postponed"]),
        ("Sagen er udsat til næste møde.", ["postponed"]),
        ("Chefforum tager ikke stilling til sagen nu.", ["postponed"]),
        # none
        ("Intet.", ["none"]),
        ("", ["none"]),
        ("  ", ["none"]),
        ("Ingen bemærkninger.", ["none"]),
        # a withdrawn item: nothing decided (a postponement says so)
        ("Punktet blev trukket af formanden før mødet.", ["none"]),
        ("Sagen blev taget af dagsordenen.", ["none"]),
        ("Punktet udgik, da materialet ikke var klar.", ["none"]),
        ("Udgået.", ["none"]),
        ("Sagen er trukket tilbage af ansøgeren.", ["none"]),
        ("Punktet blev trukket og udsat til næste møde.", ["postponed"]),
        # withdrawn whatever else the text tells; nothing minuted of a closed item
        ("Punktet udgik – sommerfesten er aflyst, jf. retningslinjerne.", ["none"]),
        ("Ikke referatpligtigt.", ["none"]),
        # a closed item's decision is not published
        ("Lukket punkt.", ["none"]),
        ("Lukket punkt – ikke offentligt.", ["none"]),
        # a closed item's outcome minuted elsewhere, or only said to be dealt with
        ("Beslutningen fremgår af lukket referat.", ["none"]),
        ("Fremgår af det lukkede referat.", ["none"]),
        ("Sagen blev behandlet for lukkede døre.", ["none"]),
        # sent on to an officer who decides
        ("Sendes videre til økonomichefen til afklaring.", ["referred"]),
        ("Sendes videre til styregruppen.", ["referred"]),
        # a group recommending that the case go on to the body that decides: sent on
        ("Projektgruppen indstiller, at sagen sendes videre til styregruppen.", ["referred"]),
        ("Arbejdsgruppen indstiller, at forslaget godkendes.", ["recommended"]),
        # a follow-up agreed in a discussion is no decision on the item
        ("Udvalget drøftede udviklingen og aftalte at følge op i maj.", ["discussed"]),
        ("Udvalget drøftede sagen og aftalte at vælge model B.", ["discussed", "decided"]),
        # sent on, also where the other body is to reply
        ("Punktet oversendes til HovedMED til behandling den 4. februar.", ["referred"]),
        ("Oversendes til Område-MED for Skoler, som afgiver høringssvar.", ["referred"]),
        ("Ansøgningen blev trukket tilbage.", ["other"]),
        # what was put forward done "som indstillet": the recommendation approved
        ("Sendes i høring som indstillet.", ["approved"]),
        ("Som indstillet.", ["approved"]),
        ("Oversendes til Byrådet som indstillet.", ["referred"]),
        ("Sagen sendes i høring.", ["other"]),
        # other
        ("Næste møde holdes på rådhuset.", ["other"]),
        ("Status på sygefravær ligger på intranettet.", ["other"]),
        # plans, conditions, other bodies and earlier decisions are not decisions
        ("Planen skal godkendes på næste møde.", ["other"]),
        ("Oplægget drøftes igen på næste møde.", ["other"]),
        ("Chefforum drøfter sagen igen i marts.", ["other"]),
        ("Hvis planen godkendes, sendes den i høring.", ["other"]),
        ("Målet er, at Chefforum er enige om processen.", ["other"]),
        ("Der bør nedsættes en arbejdsgruppe.", ["other"]),
        ("Kommunalbestyrelsen godkendte budgettet i oktober.", ["other"]),
        ("Budgettet er godkendt af Økonomiudvalget.", ["other"]),
        (
            "Kommunalbestyrelsen godkendte budgettet, og orienteringen blev taget til "
            "efterretning.",
            ["noted"],
        ),
        ("Status på de tidligere godkendte målplaner blev drøftet.", ["discussed"]),
        ("Chefforum drøftede det godkendte budget.", ["discussed"]),
        ("Chefforum drøftede, om planen skal godkendes.", ["discussed"]),
        ("Oplæg om budget 2026 blev godkendt.", ["approved"]),
        (
            "Direktionen har besluttet at ændre processen, hvilket Chefforum tog til efterretning.",
            ["noted"],
        ),
        ("Der var et godt møde i udvalget, hvor der var gode drøftelser.", ["other"]),
        # a relative clause or the chair's later act describes what others will do ...
        (
            "Rådet drøftede udkastet. Rådet skriver et svar, som formand og næstformand godkender.",
            ["discussed"],
        ),
        ("Udvalget drøftede strategien, der vedtages endeligt i marts.", ["discussed"]),
        ("Udvalget drøftede oplægget, som sekretariatet siden godkender.", ["discussed"]),
        ("Formanden godkender protokollen.", ["other"]),
        # ... while a past form there, or the forum itself in the present, decides
        ("Sekretariatet fremlagde et nyt udkast, som blev godkendt.", ["approved"]),
        ("Udvalget drøftede notatet, der blev taget til efterretning.", ["discussed", "noted"]),
        ("Udvalget godkender indstillingen.", ["approved"]),
        ("Udvalget godkendte planen, som sendes videre til Byrådet.", ["approved", "referred"]),
        # several types, in order of appearance
        ("Forslaget blev drøftet og derefter godkendt.", ["discussed", "approved"]),
        ("Sagen blev drøftet, men udskydes til næste møde.", ["discussed", "postponed"]),
        (
            "Chefforum tog orienteringen til efterretning og besluttede, at HR følger op i maj.",
            ["noted", "decided"],
        ),
        # a presentation is only "noted" when nothing else happened
        ("Økonomi præsenterede budgettet, og Chefforum drøftede det.", ["discussed"]),
    ],
)
def test_classify_decision(sentence: str, expected: list[str]) -> None:
    assert types_of(sentence) == expected


# --- Committees and councils: recommended and referred --------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # recommended: passive, participle, past, present, modal "kan/kunne", "indstille"
        ("Anbefales.", ["recommended"]),
        ("Anbefalet.", ["recommended"]),
        ("Anbefales over for Kommunalbestyrelsen.", ["recommended"]),
        ("Forslaget blev anbefalet.", ["recommended"]),
        ("Udvalget anbefalede forslaget over for Byrådet.", ["recommended"]),
        ("Udvalget anbefaler indstillingen.", ["recommended"]),
        ("Økonomiudvalget anbefaler indstillingen over for Kommunalbestyrelsen.", ["recommended"]),
        ("Anbefales over for Byrådets næste møde.", ["recommended"]),
        ("Udvalget kunne tiltræde indstillingen.", ["recommended"]),
        ("Kunne tiltrædes.", ["recommended"]),
        ("Indstillingen kan anbefales.", ["recommended"]),
        ("Indstilles godkendt.", ["recommended"]),
        ("Indstillingen anbefales godkendt over for Byrådet.", ["recommended"]),
        ("Økonomiudvalget indstiller til Byrådet, at budgettet godkendes.", ["recommended"]),
        # sent on "med anbefaling": the sending is the forum's act (fifty-seventh session)
        ("Fremsendes med udvalgets anbefaling.", ["referred"]),
        ("Udvalget besluttede at anbefale planen.", ["decided", "recommended"]),
        ("Anbefales som indstillet.", ["recommended"]),
        # what a recommendation asks the next body to do is not this forum's decision
        ("Udvalget anbefaler, at planen godkendes.", ["recommended"]),
        ("Udvalget anbefaler Byrådet at godkende planen.", ["recommended"]),
        # a reference to the proposal is not a recommendation; approvals stay approvals
        ("Godkendt som indstillet.", ["approved"]),
        ("Godkendt som anbefalet af forvaltningen.", ["approved"]),
        ("Chefforum tiltrådte indstillingen.", ["approved"]),
        ("Indstillingen blev godkendt.", ["approved"]),
        # the forum refusing to recommend is a refusal
        ("Anbefales ikke.", ["rejected"]),
        ("Forslaget blev ikke anbefalet.", ["rejected"]),
        ("Udvalget anbefalede ikke forslaget.", ["rejected"]),
        ("Udvalget kunne ikke tiltræde indstillingen.", ["rejected"]),
        # plans and conditions
        ("Udvalget skal anbefale planen på næste møde.", ["other"]),
        ("Hvis planen anbefales, sendes den til Byrådet.", ["other"]),
        # referred
        ("Fremsendes.", ["referred"]),
        ("Sagen fremsendes til Kommunalbestyrelsen.", ["referred"]),
        ("Oversendes til Børne- og Skoleudvalget.", ["referred"]),
        ("Sagen blev oversendt til Økonomiudvalget.", ["referred"]),
        ("Sagen oversendes til Økonomiudvalgets møde den 5. marts.", ["referred"]),
        (
            "Sagen oversendes til behandling på næste møde i Børne- og Skoleudvalget.",
            ["referred"],
        ),
        ("Videresendes til KB.", ["referred"]),
        ("Sagen sendes videre til Kommunalbestyrelsen.", ["referred"]),
        ("Sagen sendes tilbage til forvaltningen.", ["referred"]),
        ("Derfor sendes sagen tilbage til forvaltningen.", ["referred"]),
        ("Tilbagesendes.", ["referred"]),
        ("Sagen blev sendt tilbage.", ["referred"]),
        ("Udvalget sendte sagen tilbage til forvaltningen.", ["referred"]),
        ("Sagen går videre til Kommunalbestyrelsen.", ["referred"]),
        ("Udvalget besluttede at oversende sagen til BSU.", ["decided", "referred"]),
        # sending material to people, consultations, plans and refusals are not referrals
        ("Referatet fremsendes til deltagerne.", ["other"]),
        ("Økonomi fremsender materialet til cheferne.", ["other"]),
        ("Videre sender Økonomi statusark til Chefforum.", ["other"]),
        ("Udkastet sendes i høring.", ["other"]),
        # sent for another body's information: noted here, not referred
        ("Taget til efterretning og sendes til orientering i Byrådet.", ["noted"]),
        ("Sendes til orientering i Økonomiudvalget.", ["other"]),
        # the same with the body named first: for its information, still no referral
        ("Godkendt. Sagen fremsendes til Kommunalbestyrelsen til orientering.", ["approved"]),
        ("Taget til efterretning og oversendes til Byrådet til orientering.", ["noted"]),
        ("Oversendes til Økonomiudvalget til videre behandling.", ["referred"]),
        ("Sagen skal sendes til Kommunalbestyrelsen.", ["other"]),
        ("Sagen sendes ikke videre.", ["other"]),
        # several types
        ("Anbefales. Sagen fremsendes til Kommunalbestyrelsen.", ["recommended", "referred"]),
        ("Godkendt. Sagen fremsendes til Kommunalbestyrelsen.", ["approved", "referred"]),
        (
            "Anbefales ikke, men sendes videre til Kommunalbestyrelsen.",
            ["rejected", "referred"],
        ),
        (
            "Sagen blev drøftet og sendes tilbage til forvaltningen.",
            ["discussed", "referred"],
        ),
        # a member's or party's stance is a position, not the forum's decision
        ("Pia Larsen (Ø) kunne ikke tiltræde indstillingen.", ["other"]),
        ("Venstre kunne ikke tiltræde. Anbefales.", ["recommended"]),
        ("Anbefales, idet Dansk Folkeparti tog forbehold.", ["recommended"]),
        ("Indstillingen blev godkendt. Imod stemte: 6 (V, C).", ["approved"]),
        ("Socialdemokratiet kunne tiltræde. Tilbagesendes.", ["referred"]),
        # ... while the forum's or a majority's stance is the decision
        ("Et flertal (A, F, Ø) kunne tiltræde indstillingen.", ["recommended"]),
        ("Chefforum kunne ikke godkende planen i den foreliggende form.", ["rejected"]),
    ],
)
def test_classify_recommended_and_referred(sentence: str, expected: list[str]) -> None:
    assert types_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Forslaget blev ikke godkendt.", ("rejected", "blev ikke godkendt")),
        ("Chefforum godkendte ikke forslaget.", ("rejected", "godkendte ikke")),
        ("Det blev besluttet ikke at godkende planen.", ("decided", "Det blev besluttet")),
        ("Det blev besluttet, at mødet flyttes.", ("decided", "Det blev besluttet")),
        ("Chefforum tog oplægget til efterretning.", ("noted", "tog oplægget til efterretning")),
        ("Intet.", ("none", "Intet.")),
        ("", ("none", "")),
        (
            "- Mødet flyttes til Kroppedal. Alle er velkomne.",
            ("other", "Mødet flyttes til Kroppedal."),
        ),
        # recommendations and referrals carry the body they go to
        (
            "Anbefales over for Kommunalbestyrelsen.",
            ("recommended", "Anbefales over for Kommunalbestyrelsen"),
        ),
        ("Udvalget kunne tiltræde indstillingen.", ("recommended", "kunne tiltræde")),
        ("Indstilles godkendt.", ("recommended", "Indstilles godkendt")),
        ("Anbefales ikke.", ("rejected", "Anbefales ikke")),
        (
            "Sagen sendes tilbage til forvaltningen.",
            ("referred", "sendes tilbage til forvaltningen"),
        ),
        (
            "Sagen blev oversendt til Børne- og Skoleudvalget.",
            ("referred", "blev oversendt til Børne- og Skoleudvalget"),
        ),
        ("Tilbagesendes.", ("referred", "Tilbagesendes")),
    ],
)
def test_evidence(sentence: str, expected: tuple[str, str]) -> None:
    assert classify_decision(sentence)[0] == expected


def test_one_pair_per_type_first_evidence() -> None:
    out = classify_decision("Planen blev godkendt. Budgettet blev også godkendt. Drøftet.")
    assert out == [("approved", "blev godkendt"), ("discussed", "Drøftet")]


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
@settings(max_examples=150, deadline=None)
def test_classify_any_text(text: str) -> None:
    out = classify_decision(text)
    types = [t for t, _ in out]
    assert out and set(types) <= set(DECISION_TYPES)
    assert len(types) == len(set(types))
    assert all(isinstance(e, str) for _, e in out)


@pytest.mark.parametrize(
    ("sentence", "forum", "expected"),
    [
        # the forum naming itself records its own decision …
        ("Byrådet godkendte indstillingen.", "Byråd", ["approved"]),
        ("Byrådet tog orienteringen til efterretning.", "Byråd", ["noted"]),
        ("Økonomiudvalget godkendte indstillingen.", "Økonomiudvalget", ["approved"]),
        ("Budgettet er godkendt af ØU.", "Økonomiudvalget", ["approved"]),
        ("Kommunalbestyrelsen vedtog budgettet.", "Kommunalbestyrelsen", ["approved"]),
        # … other bodies stay other bodies, and without a forum every body is another
        ("Kommunalbestyrelsen godkendte indstillingen.", "Økonomiudvalget", ["other"]),
        ("Kommunalbestyrelsen godkendte budgettet i oktober.", "Chefforum", ["other"]),
        ("Byrådet godkendte indstillingen.", None, ["other"]),
    ],
)
def test_classify_names_its_own_forum(sentence: str, forum: str | None, expected) -> None:
    assert [t for t, _ in classify_decision(sentence, forum)] == expected


def test_recommended_actions_of_the_forum_itself() -> None:
    text = "at Økonomiudvalget godkender planen"
    assert recommended_actions(text, "Økonomiudvalget") == ["approved"]
    assert recommended_actions(text) == []


# --- Primary type ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("types", "expected"),
    [
        (["discussed", "postponed"], "postponed"),
        (["discussed", "approved", "decided"], "approved"),
        (["discussed", "decided"], "decided"),
        (["discussed", "noted"], "noted"),
        (["approved", "rejected"], "rejected"),
        (["other"], "other"),
        (["none"], "none"),
        ([], "none"),
        (["recommended", "referred"], "recommended"),
        (["approved", "recommended"], "approved"),
        (["referred", "discussed"], "referred"),
        (["referred", "noted"], "referred"),
        (["rejected", "referred"], "rejected"),
        (["postponed", "recommended"], "postponed"),
    ],
)
def test_primary_decision_type(types: list[str], expected: str) -> None:
    assert primary_decision_type(types) == expected


def test_primary_follows_vocab_priority() -> None:
    for i, t in enumerate(DECISION_PRIORITY):
        assert primary_decision_type(DECISION_PRIORITY[i:]) == t
    with pytest.raises(ValueError):
        primary_decision_type(["approved", "maybe"])


# --- Recommendations ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at punktet drøftes.", "discussed"),
        ("at Chefforum drøfter udkastet", "discussed"),
        ("at arbejdsgruppens forslag gennemgås", "discussed"),
        ("at Chefforum kommenterer strategien.", "discussed"),
        ("at Chefforum kommer med input til formen på redegørelsen", "discussed"),
        ("at budgettet godkendes", "approved"),
        (
            "at Chefforum godkender den nye politik, inden den skal behandles i udvalget.",
            "approved",
        ),
        ("at Chefforum tiltræder indstillingen", "approved"),
        ("at retningslinjen vedtages", "approved"),
        ("at orienteringen tages til efterretning", "noted"),
        ("at Chefforum tager redegørelsen til efterretning", "noted"),
        ("at Chefforum tager stilling til, om der skal ændres i åbningstiderne", "decided"),
        ("at der udvælges en tovholder", "decided"),
        ("at Chefforum udpeger to repræsentanter", "decided"),
        ("at antallet af deltagere besluttes", "decided"),
        ("at Chefforum drøfter og beslutter den videre proces", "decided"),
        ("at sagen udsættes til næste møde", "postponed"),
        ("at forslaget ikke godkendes", "rejected"),
        ("at Chefforum drøfter, hvordan planen kan godkendes", "discussed"),
        ("at Chefforum drøfter, om planen kan godkendes", "discussed"),
        ("at Chefforum orienteres om status", "noted"),
        ("at ansøgningen afvises", "rejected"),
        # committees: recommend on, refer on
        ("at sagen anbefales over for Kommunalbestyrelsen", "recommended"),
        ("at anlægsplanen anbefales over for Kommunalbestyrelsen", "recommended"),
        (
            "at Økonomiudvalget over for Kommunalbestyrelsen anbefaler, at budgettet godkendes",
            "recommended",
        ),
        ("at Økonomiudvalget anbefaler Kommunalbestyrelsen at godkende planen", "recommended"),
        ("at udvalget indstiller planen til godkendelse i Byrådet", "recommended"),
        ("at udvalget kan tiltræde indstillingen", "recommended"),
        ("at sagen ikke anbefales", "rejected"),
        ("at sagen oversendes til Børne- og Skoleudvalget", "referred"),
        ("at sagen sendes videre til Kommunalbestyrelsen", "referred"),
        ("at sagen tilbagesendes til forvaltningen", "referred"),
        ("at Chefforum fortsætter planlægningen", None),
        ("", None),
    ],
)
def test_recommended_action(text: str, expected: str | None) -> None:
    assert recommended_action(text) == expected


def test_recommended_actions_keeps_every_ask() -> None:
    text = "at der drøftes koblinger til andre politikker samt udvælges en sparringspartner."
    assert recommended_actions(text) == ["discussed", "decided"]


@pytest.mark.parametrize(
    ("decision", "recommended", "expected"),
    [
        ("discussed", ["discussed"], True),
        ("decided", ["discussed"], True),
        ("approved", ["discussed"], True),
        ("noted", ["discussed"], True),
        ("discussed", ["noted"], True),
        ("approved", ["approved"], True),
        ("discussed", ["approved"], False),
        ("decided", ["approved"], False),
        ("postponed", ["approved"], False),
        ("rejected", ["approved"], False),
        ("postponed", ["discussed"], False),
        ("approved", ["decided", "discussed"], True),
        ("rejected", ["decided"], True),
        # the strongest ask must be met: approval asked, only a discussion delivered
        ("discussed", ["approved", "discussed"], False),
        ("other", ["discussed"], None),
        ("none", ["discussed"], None),
        ("approved", [], None),
        # committees: recommended asked + recommended given = followed
        ("recommended", ["recommended"], True),
        ("approved", ["recommended"], True),
        ("referred", ["recommended"], False),
        ("rejected", ["recommended"], False),
        ("postponed", ["recommended"], False),
        ("discussed", ["recommended"], False),
        # asked to recommend, the other points are the deciding body's approval
        ("recommended", ["recommended", "approved"], True),
        ("referred", ["recommended", "approved"], False),
        # a recommendation to the forum itself to approve is not met by recommending on
        ("recommended", ["approved"], False),
        ("referred", ["referred"], True),
        ("recommended", ["referred"], True),
        ("approved", ["referred"], True),
        ("discussed", ["referred"], False),
        ("rejected", ["referred"], False),
        ("recommended", ["discussed"], True),
        ("referred", ["noted"], True),
        ("recommended", ["decided"], True),
    ],
)
def test_followed_recommendation(
    decision: str, recommended: list[str], expected: bool | None
) -> None:
    assert followed_recommendation(decision, recommended) is expected


def test_follows_covers_every_type_it_names() -> None:
    for rec, ok in FOLLOWS.items():
        assert rec in ok and ok <= set(DECISION_TYPES) - {"none", "other"}
    # every type a recommendation can ask for has a rule
    assert set(FOLLOWS) == set(DECISION_TYPES) - {"none", "other"}


# --- Follow-ups -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HR udarbejder et notat til næste møde.", [("HR", "HR udarbejder et notat")]),
        (
            "Til næste møde udarbejder Sekretariatet et oplæg.",
            [("Sekretariatet", "Til næste møde udarbejder")],
        ),
        (
            "Sekretariatet vil sende materialet ud inden mødet.",
            [("Sekretariatet", "Sekretariatet vil sende")],
        ),
        (
            "Senest fredag skal hver afdelingschef meddele sine ønsker.",
            [("hver afdelingschef", "Senest fredag")],
        ),
        ("Der følges op på sagen i juni.", [(None, "Der følges op")]),
        ("Oplægget tilrettes og sendes til ØU.", [(None, "Oplægget tilrettes")]),
        ("Punktet behandles igen i Chefforum i september.", [(None, "Punktet behandles igen")]),
        ("Planen præsenteres på mødet den 4. marts.", [(None, "Planen præsenteres")]),
        ("Opfølgning: Jura undersøger reglerne.", [("Jura", "Jura undersøger reglerne.")]),
        (
            "Chefforum drøftede sagen.\n\nAftaler: Kommunikation laver en plan. Planen "
            "indeholder en tidslinje.",
            [("Kommunikation", "Kommunikation laver"), (None, "Planen indeholder")],
        ),
        (
            "Det blev besluttet, at Mette Jensen har kontakten til KL.",
            [("Mette Jensen", "Det blev besluttet")],
        ),
        ("Chefforum besluttede, at lederdagen flyttes til august.", [(None, "Chefforum")]),
        ("Sekretariatet sørger for at sende referatet ud.", [("Sekretariatet", "Sekretariatet")]),
        ("HR vender tilbage med et forslag.", [("HR", "HR vender")]),
        ("Chefforum følger op på sagen i juni.", [("Chefforum", "Chefforum følger op")]),
        ("Referatet godkendes på næste møde.", [(None, "Referatet godkendes")]),
        (
            "Oplægget udarbejdes af Økonomi, hvorefter cheferne gennemgår det.",
            [(None, "Oplægget udarbejdes")],
        ),
        # not tasks: past, suggestions, conditions, negations, plain comments
        ("Økonomi udarbejdede et oplæg.", []),
        ("Der kan med fordel udarbejdes en plan.", []),
        ("Der bør nedsættes en arbejdsgruppe.", []),
        ("Når afdelingerne gennemgår listen, kan de kontakte Jura.", []),
        ("Økonomi sender ikke materialet ud.", []),
        ("Sager, som skal drøftes, kan meldes ind løbende.", []),
        ("Budgetprocessen skal være mere åben.", []),
        # a referral is a decision (referred), not a task; other work in it still is
        ("Sagen fremsendes til Kommunalbestyrelsen.", []),
        ("Sagen sendes tilbage til forvaltningen.", []),
        ("Oplægget tilrettes og sendes til ØU.", [(None, "Oplægget tilrettes")]),
        ("", []),
    ],
)
def test_follow_ups(text: str, expected: list[tuple[str | None, str]]) -> None:
    out = follow_ups(text)
    assert [a for a, _ in out] == [a for a, _ in expected]
    assert all(s.startswith(prefix) for (_, s), (_, prefix) in zip(out, expected, strict=True))


# --- Tables ---------------------------------------------------------------------------
def _sections() -> pd.DataFrame:
    rows = [
        ("m-02", 1, "indstilling", "Kommunaldirektøren indstiller,\n\n1. at planen godkendes"),
        ("m-02", 2, "beslutning", "Sagen blev drøftet. Økonomi udarbejder et nyt oplæg."),
        ("m-01", 1, "beslutning", "Godkendt."),
        ("m-03", 1, "sagsfremstilling", "Ingen beslutning her."),
        ("m-04", 1, "beslutning", None),
    ]
    df = pd.DataFrame(rows, columns=["item_id", "position", "section", "text"])
    df.insert(3, "heading", df["section"].str.title())
    return df


def _recommendations() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "item_id": ["m-02", "m-01", "m-05"],
            "position": [1, 1, 1],
            "text": ["at planen godkendes", "at dagsordenen godkendes", "at punktet drøftes"],
        }
    )


def test_decisions_table() -> None:
    sections = _sections()
    before = sections.copy()
    out = decisions_table(sections)
    pd.testing.assert_frame_equal(sections, before)
    assert list(out.columns) == ["item_id", "position", "decision_type", "evidence"]
    assert out[["item_id", "position", "decision_type"]].values.tolist() == [
        ["m-01", 1, "approved"],
        ["m-02", 1, "discussed"],
        ["m-03", 1, "none"],
        ["m-04", 1, "none"],
    ]
    assert out.index.equals(pd.RangeIndex(len(out)))
    assert str(out["item_id"].dtype) == "string" and out["position"].dtype == "int64"


def test_follow_ups_table() -> None:
    out = follow_ups_table(_sections())
    assert list(out.columns) == ["item_id", "position", "actor", "text"]
    assert out.values.tolist() == [["m-02", 1, "Økonomi", "Økonomi udarbejder et nyt oplæg."]]
    empty = follow_ups_table(_sections().iloc[0:0])
    assert list(empty.columns) == list(out.columns) and len(empty) == 0
    assert str(empty["actor"].dtype) == "string"


def test_decision_summary() -> None:
    sections, recs = _sections(), _recommendations()
    before = (sections.copy(), recs.copy())
    out = decision_summary(sections, recs)
    pd.testing.assert_frame_equal(sections, before[0])
    pd.testing.assert_frame_equal(recs, before[1])
    assert list(out.columns) == [
        "item_id",
        "decision_type",
        "decision_types",
        "recommended_types",
        "followed_recommendation",
        "n_follow_ups",
    ]
    assert out["item_id"].tolist() == ["m-01", "m-02", "m-03", "m-04", "m-05"]
    row = out.set_index("item_id")
    assert row.loc["m-01", "followed_recommendation"] == True  # noqa: E712
    assert row.loc["m-02", "followed_recommendation"] == False  # noqa: E712 approval asked
    assert row.loc["m-02", "n_follow_ups"] == 1
    assert pd.isna(row.loc["m-03", "recommended_types"])
    assert pd.isna(row.loc["m-03", "followed_recommendation"])
    assert row.loc["m-05", "decision_type"] == "none"
    assert pd.isna(row.loc["m-05", "followed_recommendation"])
    assert str(out["followed_recommendation"].dtype) == "boolean"
    assert out["n_follow_ups"].dtype == "int64"


def test_decision_summary_empty() -> None:
    out = decision_summary(_sections().iloc[0:0], _recommendations().iloc[0:0])
    assert len(out) == 0 and str(out["followed_recommendation"].dtype) == "boolean"


# --- Seed evaluation against the hand labels ------------------------------------------
@pytest.fixture(scope="module")
def seed_parsed() -> dict[str, pd.DataFrame]:
    from analysis.pipeline import parse_corpus

    return parse_corpus(RAW, enriched=False)


@pytest.fixture(scope="module")
def labels() -> pd.DataFrame:
    df = pd.read_csv(FIXTURES / "labels_decisions.csv", dtype=str, keep_default_na=False)
    return df.set_index("item_id")


def _precision_recall(gold: dict[str, set[str]], pred: dict[str, set[str]]) -> pd.DataFrame:
    rows = []
    for t in DECISION_PRIORITY:
        tp = sum(t in gold[i] and t in pred[i] for i in gold)
        fp = sum(t not in gold[i] and t in pred[i] for i in gold)
        fn = sum(t in gold[i] and t not in pred[i] for i in gold)
        rows.append(
            {
                "type": t,
                "support": tp + fn,
                "predicted": tp + fp,
                "precision": tp / (tp + fp) if tp + fp else float("nan"),
                "recall": tp / (tp + fn) if tp + fn else float("nan"),
            }
        )
    return pd.DataFrame(rows)


def test_labels_cover_every_seed_item(seed_parsed, labels) -> None:
    assert sorted(labels.index) == sorted(seed_parsed["items"]["item_id"])
    for col in ("decision_types", "primary"):
        values = {t for v in labels[col] for t in v.split(";")}
        assert values <= set(DECISION_TYPES)
    assert set(labels["followed"]) <= {"true", "false", ""}


def test_seed_decisions_match_labels(seed_parsed, labels) -> None:
    summary = decision_summary(seed_parsed["sections"], seed_parsed["recommendations"])
    summary = summary.set_index("item_id").loc[labels.index]
    gold = {i: set(v.split(";")) for i, v in labels["decision_types"].items()}
    pred = {i: set(v.split(";")) for i, v in summary["decision_types"].items()}
    table = _precision_recall(gold, pred)
    primary_acc = (summary["decision_type"] == labels["primary"]).mean()
    got_followed = summary["followed_recommendation"].map(
        lambda v: "" if pd.isna(v) else str(bool(v)).lower()
    )
    followed_acc = (got_followed == labels["followed"]).mean()
    print(f"\nDecision types on the seeds (items: {len(labels)})")
    print(table.to_string(index=False, float_format=lambda x: f"{x:.2f}"))
    print(f"primary accuracy {primary_acc:.2f}; followed accuracy {followed_acc:.2f}")
    wrong = [
        f"{i}: labelled {sorted(gold[i])}, got {sorted(pred[i])}"
        for i in gold
        if gold[i] != pred[i]
    ]
    assert (table["precision"].dropna() >= MIN_PRECISION).all(), wrong
    assert (table["recall"].dropna() >= MIN_RECALL).all(), wrong
    assert primary_acc >= MIN_PRIMARY_ACCURACY, summary["decision_type"].compare(labels["primary"])
    assert followed_acc >= MIN_FOLLOWED_ACCURACY


def test_seed_decisions_table_matches_summary(seed_parsed) -> None:
    sections = seed_parsed["sections"]
    table = decisions_table(sections)
    summary = decision_summary(sections, seed_parsed["recommendations"]).set_index("item_id")
    joined = table.groupby("item_id")["decision_type"].agg(lambda s: ";".join(sorted(s)))
    assert joined.to_dict() == summary["decision_types"].to_dict()
    assert (
        (table.groupby("item_id")["position"].apply(list))
        .map(lambda p: p == list(range(1, len(p) + 1)))
        .all()
    )
    assert (table["evidence"].str.len() > 0).all()


def test_seed_follow_ups(seed_parsed) -> None:
    table = follow_ups_table(seed_parsed["sections"])
    got = {
        item: [None if pd.isna(a) else a for a in grp["actor"]]
        for item, grp in table.groupby("item_id")
    }
    assert got == SEED_FOLLOW_UPS
    summary = decision_summary(seed_parsed["sections"], seed_parsed["recommendations"])
    counts = summary.set_index("item_id")["n_follow_ups"]
    assert counts[counts > 0].to_dict() == {k: len(v) for k, v in SEED_FOLLOW_UPS.items()}


# --- Committee and council minutes through the parser ---------------------------------
def _forum_tables(name: str, text: str | None = None) -> dict[str, pd.DataFrame]:
    from analysis.pipeline import parse_bytes

    raw = (FORUMS / name).read_bytes() if text is None else text.encode()
    folder = "egedal" if name.startswith("egedal") else "albertslund"
    return parse_bytes(raw, f"{folder}/{name}").tables


def test_committee_recommends_and_refers() -> None:
    t = _forum_tables("oekonomiudvalget-2024-03-05.txt")
    table = decisions_table(t["sections"])
    item2 = table[table["item_id"] == "oekonomiudvalget-2024-03-05-02"]
    assert item2[["decision_type", "evidence"]].values.tolist() == [
        ["recommended", "Anbefales"],
        ["referred", "fremsendes til Kommunalbestyrelsen"],
    ]
    summary = decision_summary(t["sections"], t["recommendations"]).set_index("item_id")
    row = summary.loc["oekonomiudvalget-2024-03-05-02"]
    # Pia Larsen's "kunne ikke tiltræde" is her position, not a refusal by the committee
    assert row["decision_type"] == "recommended"
    assert row["decision_types"] == "recommended;referred"
    assert row["recommended_types"] == "approved;recommended"
    assert row["followed_recommendation"] == True  # noqa: E712
    assert row["n_follow_ups"] == 0  # the referral is not a task
    assert summary["decision_type"].to_dict() == {
        "oekonomiudvalget-2024-03-05-01": "approved",
        "oekonomiudvalget-2024-03-05-02": "recommended",
        "oekonomiudvalget-2024-03-05-03": "approved",
        "oekonomiudvalget-2024-03-05-04": "none",
    }


def test_council_notes_despite_absence() -> None:
    t = _forum_tables("egedal-byraad-2024-03-12.txt")
    summary = decision_summary(t["sections"], t["recommendations"]).set_index("item_id")
    row = summary.loc["egedal-byraad-2024-03-12-03"]
    assert (row["decision_type"], row["decision_types"]) == ("noted", "noted")
    assert row["followed_recommendation"] == True  # noqa: E712


def test_council_naming_itself_with_forums_from_meetings() -> None:
    """The wiring for pipeline.enrich: item_id -> forum from items and meetings."""
    name = "egedal-byraad-2024-03-12.txt"
    text = (FORUMS / name).read_text(encoding="utf-8")
    text = text.replace(
        "Taget til efterretning.", "Byrådet tog budgetopfølgningen til efterretning."
    )
    t = _forum_tables(name, text)
    forum_of = t["items"][["item_id", "meeting_id"]].merge(t["meetings"], on="meeting_id")
    forums = dict(zip(forum_of["item_id"], forum_of["forum"], strict=True))
    item = "egedal-byraad-2024-03-12-03"
    assert forums[item] == "Byråd"
    table = decisions_table(t["sections"], forums)
    assert table.loc[table["item_id"] == item, "decision_type"].tolist() == ["noted"]
    assert decisions_table(t["sections"]).set_index("item_id").loc[item, "decision_type"] == "other"
    summary = decision_summary(t["sections"], t["recommendations"], forums).set_index("item_id")
    assert summary.loc[item, "decision_type"] == "noted"


def test_python_matcher_equals_spacys_matcher(seed_tables) -> None:
    """The rules' patterns matched in Python find what spaCy's Matcher with every rule
    finds, in the order the decision analysis reads them (by start, longest first), on
    every seed section and on texts that exercise the optional and repeated tokens."""
    from spacy.matcher import Matcher

    from analysis.enrich import decisions as dec
    from analysis.nlp import danish_nlp

    texts = [t.strip() for t in seed_tables["sections"]["text"].dropna() if t.strip()]
    texts += [
        "Godkendt.",
        "Indstillingen blev ikke fulgt, og sagen sendes tilbage til forvaltningen.",
        "Chefforum tog orienteringen om budgettet til efterretning.",
        "Der var en god og grundig drøftelse; Ida er tovholder og deltager i styregruppen.",
        "Punktet blev ikke nået.",
        "Udvalget tog sagen til orientering til efterretning og tager stilling til stilling.",
        "Sagen går videre til Byrådet med positiv anbefaling og med anbefaling.",
        "Der var en god en god drøftelse. Vi fik mange gode nye kommentarer og input.",
        "Ida blev ny formand, Ole blev medlem og deltager i arbejdsgruppen.",
        "tog det til efterretning til efterretning",
    ]
    vocab = danish_nlp().vocab
    spacy_matcher = Matcher(vocab)
    for rule in dec._RULES:
        spacy_matcher.add(rule.key, list(rule.patterns))
    order = {rule.key: i for i, rule in enumerate(dec._RULES)}
    filtered = found = 0
    for text in texts:
        words = dec._words(text)
        expected = [(vocab.strings[k], s, e) for k, s, e in spacy_matcher(dec._doc(text))]
        expected.sort(key=lambda m: (m[1], -m[2], order[m[0]]))
        assert dec._matches(words) == expected, text
        filtered += len(dec._active_rules(words)) < len(dec._RULES)
        found += len(expected)
    assert filtered > len(texts) / 2  # the filter does leave rules out
    assert found > len(texts)
    assert dec._active_rules(dec._words("Godkendt.")) == ("approve",)
    assert dec._active_rules(dec._words("Til efterretning.")) == ("bare_note",)
    assert dec._active_rules(dec._words("Intet nyt fra området.")) == ()
    assert dec._matches(dec._words("Intet nyt fra området.")) == []
    # A gap of up to 12 tokens, tried every way: both "til" can close it.
    words = dec._words("tog det til efterretning til efterretning")
    assert [m for m in dec._matches(words) if m[0] == "take_note"] == [
        ("take_note", 0, 6),
        ("take_note", 0, 4),
    ]


def test_token_layer_equals_spacys_tokens(seed_tables) -> None:
    """The plain token layer the rules read, worked out piece by piece (``nlp.Pieces``),
    holds what spaCy's Token and Span objects would give: every attribute of every token,
    and the text of every span, on every seed section and on texts with odd spacing, line
    breaks, numbers and special cases."""
    from analysis.enrich import decisions as dec

    texts = [t.strip() for t in seed_tables["sections"]["text"].dropna() if t.strip()]
    texts += [
        "Ole  Hansen (V) tog forbehold.\n\n 15 stemmer for (A, F, Ø).  Hans er her ",
        "- Godkendt.\n- Sagen oversendes til ØU d. 3. maj, jf. indstillingen!",
        "Intet.",
        " ",
        *_ODD_TEXTS,
    ]
    assert any(dec._PIECES(t) is None for t in texts)  # the fallback to spaCy's doc, too
    spans = 0
    for text in texts:
        doc, words = dec._doc(text), dec._words(text)
        assert words.n == len(doc)
        assert words.texts == [t.text for t in doc]
        assert words.lowers == [t.lower_ for t in doc]
        assert words.lemmas == [t.lemma_ for t in doc]
        assert words.idx == [t.idx for t in doc]
        for name, attr in [
            ("space", "is_space"),
            ("punct", "is_punct"),
            ("alpha", "is_alpha"),
            ("stop", "is_stop"),
            ("num", "like_num"),
        ]:
            assert [bool(x) for x in getattr(words, name)] == [getattr(t, attr) for t in doc]
        n = len(doc)
        step = max(1, n // 12)
        for a in range(0, n + 1, step):
            for b in range(a, n + 2, step):
                assert words.span_text(a, b) == doc[a:b].text, (text, a, b)
                spans += 1
        for a, b, _para in dec._sentences(words):
            assert words.span_text(a, b) == doc[a:b].text
    assert spans > len(texts) * 10


@pytest.mark.parametrize(
    ("offset", "found"),
    [(-4, False), (-3, True), (-2, True), (-1, True), (1, True), (2, True), (3, False)],
)
def test_negation_window(offset: int, found: bool) -> None:
    """``_negation`` reads three tokens before the head and two after it, in its clause:
    its cheap test (no negation word in that window) must hold every token it reads."""
    from analysis.enrich import decisions as dec

    tokens = ["aa", "bb", "cc", "dd", "godkendt", "ee", "ff", "gg", "hh"]
    head = tokens.index("godkendt")
    tokens[head + offset] = "ikke"
    assert dec._negation(dec._words(" ".join(tokens)), head) == (head + offset if found else None)


def test_unsupported_pattern_syntax_is_an_error() -> None:
    from analysis.enrich import decisions as dec

    with pytest.raises(ValueError):
        dec._compile_token({"POS": "VERB"})
    with pytest.raises(ValueError):
        dec._compile_token({"LOWER": "til", "OP": "!"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Afslag.", "rejected"),
        ("Forslaget blev nedstemt.", "rejected"),
        ("Ansøgningen blev afslået.", "rejected"),
        ("Ingen spørgsmål.", "none"),
        ("Intet til referat.", "none"),
        ("Forslag faldt. For stemte 3, imod stemte 25.", "rejected"),
        ("Ændringsforslaget blev faldt.", "rejected"),
        ("Oversendes til budgetforhandlingerne for 2027.", "referred"),
        # "Intet." in its own paragraph, then what a page puts after the last item.
        ("Intet.\n\nNæste møde: 7. december 2022.", "none"),
        ("Ingen bemærkninger.\n\nReferatet er godkendt af formand og næstformand.", "none"),
        ("Godkendt.\n\nIntet.", "approved"),
    ],
)
def test_refusals_and_empty_decisions(text: str, expected: str) -> None:
    assert classify_decision(text)[0][0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amendment voted down, then the recommendation approved: the item is approved
        (
            "Ændringsforslag fra SF om cykelsti i begge sider blev forkastet med 5 stemmer "
            "mod 20.\nHerefter blev indstillingen godkendt.",
            "approved",
        ),
        (
            "Forslaget fra Venstre blev nedstemt. Indstillingen blev derefter vedtaget.",
            "approved",
        ),
        (
            "Ændringsforslag fra Ø om 60 ha blev forkastet med 2 stemmer mod 7. Herefter blev "
            "indstillingen godkendt.",
            "approved",
        ),
        ("Udvalget forkastede ændringsforslaget og godkendte indstillingen.", "approved"),
        # a plain rejection, or one the approval does not follow, stays rejected
        ("Forslaget blev forkastet med 9 stemmer mod 12.", "rejected"),
        ("Indstillingen blev ikke godkendt.", "rejected"),
        ("Ansøgningen blev afvist. Referatet blev godkendt.", "rejected"),
        ("Ansøgningen blev afvist, og forslaget om en ny sti blev godkendt.", "rejected"),
    ],
)
def test_amendment_rejected_then_item_approved(text: str, expected: str) -> None:
    assert primary_decision_type(t for t, _ in classify_decision(text)) == expected


@pytest.mark.parametrize(
    "text",
    ["Dagsordenen til ØU blev godkendt.", "Sagslisten til Kommunalbestyrelsen blev godkendt."],
)
def test_agenda_for_another_body_approved_by_the_forum(text: str) -> None:
    assert [t for t, _ in classify_decision(text, "Direktionen")] == ["approved"]


@pytest.mark.parametrize(
    ("title", "asked", "expected"),
    [
        ("Meddelelser fra formanden", set(), ["noted"]),
        ("Gensidig orientering", set(), ["noted"]),
        ("Orienteringssager", set(), ["noted"]),
        ("Meddelelser", {"noted"}, ["noted"]),
        # Not an announcement item, or something else was asked: left as found.
        ("Budgetopfølgning", set(), ["other"]),
        ("Meddelelser", {"approved"}, ["other"]),
        (None, set(), ["other"]),
    ],
)
def test_announcement_items_take_the_news_to_note(title, asked, expected) -> None:
    """A list of news under "Meddelelser" matches no decision pattern: it was taken to
    note. Only a decision nothing else recognised ("other") changes."""
    assert orientation_noted(["other"], asked, title) == expected
    assert orientation_noted(["approved"], set(), title) == ["approved"]


@pytest.mark.parametrize(
    "text",
    [
        "Ældrerådet afgav følgende høringssvar:\nÆldrerådet kan ikke anbefale ændringen.",
        "Rådet afgiver høringssvar som drøftet på mødet.",
        "Handicaprådet afgav et høringssvar, som vedlægges.",
    ],
)
def test_a_hearing_reply_given_is_decided_whatever_the_reply_says(text):
    assert classify_decision(text)[0][0] == "decided"


def test_a_refusal_without_a_hearing_reply_stays_rejected():
    assert classify_decision("Udvalget kan ikke anbefale forslaget.")[0][0] == "rejected"


def test_for_information_alone_is_noted_and_nothing_to_report_is_none():
    assert classify_decision("Til orientering.") == [("noted", "Til orientering.")]
    assert classify_decision("Intet at referere.")[0][0] == "none"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next meeting's date as a standing item's whole decision: nothing decided
        ("Næste møde holdes 7. november 2017.", "none"),
        ("Næste møde er den 15. maj 2023.", "none"),
        ("Næste møde afholdes tirsdag den 2. maj kl. 10.00 på rådhuset.", "none"),
        # beside a decision, the decision counts
        ("Godkendt. Næste møde er den 3. juni.", "approved"),
        ("Næste møde er den 3. juni. Udvalget godkendte referatet.", "approved"),
    ],
)
def test_the_next_meetings_date_alone_decides_nothing(text: str, expected: str) -> None:
    assert classify_decision(text)[0][0] == expected


# --- Thirteenth round: upheld decisions, submissions, asked participles, "Aftalt:" -----
@pytest.mark.parametrize(
    ("text", "forum", "expected"),
    [
        # upholding a refusal is a refusal; upholding an approval an approval
        ("Udvalget fastholdt afslaget.", None, "rejected"),
        ("Afslaget fastholdes.", None, "rejected"),
        ("Direktionen fastholdt sin beslutning om afslag", "Direktionen", "rejected"),
        ("Plan- og Boligudvalget fastholder afgørelsen om afvisning af klagen.", None, "rejected"),
        ("Udvalget fastholdt beslutningen om ikke at give dispensation.", None, "rejected"),
        ("Udvalget fastholdt beslutningen om at godkende ansøgningen.", None, "approved"),
        ("Tilladelsen til udeservering fastholdes.", None, "approved"),
        ("Udvalget fastholdt indstillingen trods høringssvarene.", None, "approved"),
        ("Udvalget fastholdt indstillingen om afslag.", None, "rejected"),
        # neither: the forum kept its decision
        ("Udvalget fastholdt sin afgørelse.", None, "decided"),
        # not a decision kept: a wish, or something kept up
        ("Klageren har fastholdt sit ønske om en ny vej.", None, "other"),
    ],
)
def test_an_upheld_decision_keeps_its_outcome(text: str, forum: str | None, expected: str) -> None:
    assert primary_decision_type(t for t, _ in classify_decision(text, forum)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sagen forelægges Økonomiudvalget med henblik på endelig godkendelse.", "referred"),
        ("Sagen forelægges for Byrådet.", "referred"),
        ("Forelægges Økonomiudvalget og Byrådet.", "referred"),
        ("Sagen forelægges Plan- og Boligudvalget til beslutning.", "referred"),
        ("Sagen videregives til Kommunalbestyrelsen.", "referred"),
        ("Sagen sendes videre til Byrådet", "referred"),
        # sent on "med anbefaling": referred, as independent labellers read it (the
        # fifty-seventh session); the forum's own recommendation still outranks
        ("Sagen forelægges Økonomiudvalget med anbefaling.", "referred"),
        ("Oversendes til Byrådet med udvalgets anbefaling.", "referred"),
        ("Udvalget anbefaler forslaget. Sagen forelægges Byrådet.", "recommended"),
        ("Anbefales og oversendes til Byrådet.", "recommended"),
        # back to the forum itself at a later meeting: no referral
        ("Sagen forelægges udvalget igen, når høringen er slut.", "other"),
        ("Sagen forelægges igen på næste møde.", "other"),
        ("Sagen forelægges Miljøudvalget, når høringen er slut.", "other"),
    ],
)
def test_a_case_put_before_another_body_is_referred(text: str, expected: str) -> None:
    types = [t for t, _ in classify_decision(text, "Teknik- og Miljøudvalget")]
    assert primary_decision_type(types) == expected, types
    # a referral is the decision, not a task for later
    assert not follow_ups(text.replace(".", " den 24. april.")) or expected == "other"


def test_sent_on_with_a_recommendation_reads_no_approval_in_its_at_clause() -> None:
    # (the recommendation's content is what the next body is asked to do)
    text = "Oversendes til KFU med anbefaling af, at forslaget godkendes."
    assert classify_decision(text, "Teknik- og Miljøudvalget") == [
        ("referred", "Oversendes til KFU")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Udvalget anbefaler med 5 stemmer for (A, V, C) og 2 imod (Ø),\n"
        "at lokalplanen vedtages endeligt.",
        "Udvalget anbefaler Byrådet:\n- at lokalplanen vedtages endeligt\n"
        "- at kommuneplantillæg nr. 4 godkendes",
        "Udvalget anbefaler med 5 stemmer for (A, V, C) lokalplanen vedtaget endeligt.",
        "Udvalget anbefaler lokalplanen vedtaget endeligt og kommuneplantillægget godkendt.",
        "Anbefales over for Byrådet, idet lokalplanen foreslås vedtaget med de ændringer, "
        "der fremgår af notatet.",
    ],
)
def test_what_a_recommendation_asks_the_deciding_body_is_no_approval(text: str) -> None:
    """The participle or at-clause after "anbefaler", also on the lines under it, is the
    act of the body that decides, not this forum's approval."""
    types = [t for t, _ in classify_decision(text)]
    assert types == ["recommended"], types


@pytest.mark.parametrize(
    "text",
    [
        # the forum's own approval in a sentence of its own stays
        "Udvalget anbefaler forslaget.\nReferatet blev godkendt.",
        "Anbefales. Udvalget har godkendt tidsplanen.",
    ],
)
def test_the_forums_own_approval_beside_a_recommendation_stays(text: str) -> None:
    assert "approved" in [t for t, _ in classify_decision(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HR udarbejder et oplæg til næste møde.", "decided"),
        ("Vi fortsætter med model B", "decided"),
        ("Anne og Bo tager kontakt til skolerne inden 1. maj.", "decided"),
        # what the label's text says itself wins
        ("Taget til efterretning.", "noted"),
        ("Forslaget blev godkendt.", "approved"),
        ("Drøftet. HR udarbejder et oplæg.", "discussed"),
        ("Intet.", "none"),
    ],
)
def test_an_agreed_label_is_a_decision(text: str, expected: str) -> None:
    """Under an "Aftalt:" label the text is what the forum agreed: an action agreed is a
    decision where no verb says more; under another label it is not recognised."""
    assert classify_decision(text, agreed=True)[0][0] == expected
    if expected == "decided":
        assert classify_decision(text)[0][0] == "other"


def test_the_agreed_label_reaches_the_tables() -> None:
    sections = pd.DataFrame(
        {
            "item_id": ["m-01", "m-02", "m-03"],
            "section": ["beslutning"] * 3,
            "position": [1, 1, 1],
            "heading": ["Aftalt", "Beslutning", "Aftalt:"],
            "text": ["HR udarbejder et oplæg.", "HR udarbejder et oplæg.", "Vi vælger model B."],
        }
    )
    table = decisions_table(sections)
    assert table["decision_type"].tolist() == ["decided", "other", "decided"]
    summary = decision_summary(sections, pd.DataFrame({"item_id": [], "text": []}))
    assert summary["decision_type"].tolist() == ["decided", "other", "decided"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Udvalget bevilgede 150.000 kr. til projektet.", "decided"),
        ("Der blev bevilget 20.000 kr. fra puljen.", "decided"),
        ("Bevilget.", "decided"),
        # a grant of before, named beside the outcome, is no decision of this meeting
        ("De bevilgede midler er brugt. Taget til efterretning.", "noted"),
        ("Orienteringen om den bevilgede pulje blev taget til efterretning.", "noted"),
        ("Midlerne er bevilget af Byrådet.", "other"),
    ],
)
def test_a_grant_is_a_decision(text: str, expected: str) -> None:
    """A body's grant ("Udvalget bevilgede …") settles the application: ``decided``; the
    participle before a noun or after "er" tells of an earlier grant."""
    assert classify_decision(text)[0][0] == expected


def test_the_next_meetings_date_agreed_is_a_decision() -> None:
    """ "Aftale: Næste møde holdes 27. november 2024.": the date the forum agreed on; the
    same line under no label announces the date (nothing decided)."""
    text = "Næste møde holdes 27. november 2024."
    assert classify_decision(text, agreed=True)[0][0] == "decided"
    assert classify_decision(text)[0][0] == "none"
    assert classify_decision("Intet.", agreed=True)[0][0] == "none"
