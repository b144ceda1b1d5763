"""The forty-seventh round's decision types for committee and council minutes exported
as PDF by agenda systems (layouts285): a request refused where the recommendation only
asked the forum to decide on it (`rejected` since the fifty-seventh session), a grant given
by the forum in the active past, a state of things the forum keeps, and a permit refused by
the forum or in the passive."""

from __future__ import annotations

import pytest

from analysis.enrich import decisions

ASK_TO_DECIDE = "Forvaltningen indstiller, at udvalget tager stilling til ansøgningen."


def _primary(decision: str, recommendation: str | None, forum: str = "Udvalget") -> str:
    rows = decisions.item_decision_rows(
        "x", [("beslutning", decision)], [recommendation] if recommendation else [], forum=forum
    )
    return rows["summary"][0][1]


# --- a request refused where only a decision was asked for ------------------------------


@pytest.mark.parametrize(
    ("recommendation", "decision", "expected"),
    [
        # the forum asked only to decide: its refusal of the request is a refusal, as
        # independent labellers read it (the fifty-seventh session turned this round's
        # `decided` back)
        (ASK_TO_DECIDE, "Udvalget besluttede ikke at imødekomme ansøgningen.", "rejected"),
        (ASK_TO_DECIDE, "Ansøgningen blev ikke imødekommet.", "rejected"),
        (ASK_TO_DECIDE, "Udvalget afslog anmodningen.", "rejected"),
        (ASK_TO_DECIDE, "Ansøgningen afvises.", "rejected"),
        (
            "Forvaltningen indstiller, at udvalget træffer afgørelse i klagesagen.",
            "Klagen imødekommes ikke.",
            "rejected",
        ),
        (
            "Forvaltningen indstiller, at udvalget beslutter, om der kan ydes tilskud.",
            "Tilskud bevilges ikke.",
            "rejected",
        ),
        (
            "Forvaltningen indstiller, at udvalget drøfter og tager stilling til ansøgningen.",
            "Udvalget imødekom ikke ansøgningen.",
            "rejected",
        ),
        (
            "Det indstilles, at udvalget tager stilling til ansøgningen.",
            "Drøftet. Udvalget ønsker ikke at imødekomme ansøgningen.",
            "rejected",
        ),
        (
            "Sagen forelægges til udvalgets stillingtagen.",
            "Udvalget afslog ansøgningen.",
            "rejected",
        ),
        (
            ASK_TO_DECIDE,
            "Udvalget kunne ikke godkende ansøgningen, da der mangler finansiering.",
            "rejected",
        ),
        # a proposal turned down stays rejected, whatever was asked (or its reason names)
        (ASK_TO_DECIDE, "Ikke godkendt.", "rejected"),
        (ASK_TO_DECIDE, "Ikke godkendt, da ansøgningen er mangelfuld.", "rejected"),
        (
            ASK_TO_DECIDE,
            "Forslaget blev ikke vedtaget, fordi ansøgningen kom for sent.",
            "rejected",
        ),
        (
            "Forvaltningen indstiller, at udvalget tager stilling til forslaget.",
            "Forslaget blev forkastet.",
            "rejected",
        ),
        # a grant proposed and refused: the proposal fell
        ("Forvaltningen indstiller, at ansøgningen imødekommes.", "Afslag.", "rejected"),
        ("Forvaltningen indstiller, at der bevilges 40.000 kr.", "Ikke bevilget.", "rejected"),
        ("Forvaltningen indstiller, at ansøgningen afvises.", "Afslag.", "rejected"),
        # no recommendation: as before
        (None, "Udvalget afslog ansøgningen.", "rejected"),
        # granted after the open question: approved as before
        (ASK_TO_DECIDE, "Udvalget besluttede at imødekomme ansøgningen.", "approved"),
    ],
)
def test_a_refusal_where_only_a_decision_was_asked_is_rejected(
    recommendation: str | None, decision: str, expected: str
) -> None:
    assert _primary(decision, recommendation) == expected


def test_refusal_decided_leaves_a_refused_request_and_the_other_types() -> None:
    asked = {"decided"}
    assert decisions.refusal_decided(
        ["discussed", "rejected"], asked, "afslog", [ASK_TO_DECIDE], "Drøftet. Udvalget afslog."
    ) == ["discussed", "rejected"]
    assert decisions.refusal_decided(
        ["rejected"], {"decided", "approved"}, "afslog", [ASK_TO_DECIDE], "Udvalget afslog."
    ) == ["rejected"]


# --- grants given by the forum ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "forum", "expected"),
    [
        ("Økonomiudvalget gav tilskud til fire lokale festivaler.", "Økonomiudvalget", "decided"),
        ("Udvalget ydede tilskud til tre projekter.", "Udvalget", "decided"),
        ("Bestyrelsen gav et tilskud på 10.000 kr. til lejren.", "Bestyrelsen", "decided"),
        ("Byrådet ydede en lånegaranti til varmeværket.", "Byrådet", "decided"),
        ("Vi gav støtte til to af ansøgerne.", "Ungerådet", "decided"),
        ("Udvalget gav tilsagn om tilskud til fem foreninger.", "Udvalget", "decided"),
        ("Udvalget gav 3 foreninger tilskud, jf. bilag.", "Udvalget", "decided"),
        ("Udvalget gav Ellemose IF og Strandby Roklub tilskud.", "Udvalget", "decided"),
        # not the forum's grant
        ("Foreningen gav tilskud til sommerlejren.", "Udvalget", "other"),
        ("Forvaltningen gav tilskud til foreningen.", "Udvalget", "other"),
        ("Byrådet gav tilskud til klubben i 2022.", "Kultur- og Fritidsudvalget", "other"),
        # a grant of before, told
        ("Udvalget gav tidligere tilskud til foreningen. Godkendt.", "Udvalget", "approved"),
        ("Udvalget gav i 2023 tilskud til klubben.", "Udvalget", "other"),
        # no grant
        ("Udvalget gav udtryk for bekymring.", "Udvalget", "other"),
        ("Udvalget gav forvaltningen besked om, at tilskud skal søges.", "Udvalget", "other"),
    ],
)
def test_grant_given_by_the_forum(text: str, forum: str, expected: str) -> None:
    assert decisions.classify_decision(text, forum)[0][0] == expected


# --- a state of things kept ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Udvalget fastholdt den hidtidige rengøringsfrekvens.", "decided"),
        ("Bestyrelsen fastholdt den nuværende åbningstid.", "decided"),
        ("Udvalget har fastholdt de nuværende skoledistrikter.", "decided"),
        ("Vi fastholder mødeplanen.", "decided"),
        ("Åbningstiden fastholdes uændret.", "decided"),
        ("Den hidtidige model blev fastholdt.", "decided"),
        # what upholding kept says more, as before
        ("Udvalget fastholdt afslaget.", "rejected"),
        ("Udvalget fastholdt indstillingen.", "approved"),
        ("Udvalget fastholdt sin afgørelse.", "decided"),
        # a view or a wish kept, or kept by others: no decision
        ("Udvalget fastholdt sit ønske om en ny hal.", "other"),
        ("Udvalget fastholdt sin kritik af projektet.", "other"),
        ("Udvalgets holdning fastholdes.", "other"),
        ("Borgeren fastholder sin klage.", "other"),
        ("Forvaltningen fastholder vurderingen.", "other"),
        ("Det blev fastholdt, at borgeren ikke er berettiget.", "other"),
        ("Hvis tilskuddet fastholdes, skal der findes finansiering.", "other"),
    ],
)
def test_state_kept_by_the_forum(text: str, expected: str) -> None:
    assert decisions.classify_decision(text, "Udvalget")[0][0] == expected


def test_state_kept_by_another_body_is_not_the_forums() -> None:
    text = "Kommunalbestyrelsen fastholdt skolestrukturen."
    assert decisions.classify_decision(text, "Børne- og Skoleudvalget")[0][0] == "other"
    assert decisions.classify_decision(text, "Kommunalbestyrelsen")[0][0] == "decided"


# --- a permit refused -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forum's refusal in its own words: its decision on the application
        ("Udvalget meddelte ikke dispensation.", "decided"),
        ("Udvalget kunne ikke give tilladelse.", "decided"),
        ("Udvalget meddelte afslag.", "decided"),
        # in the passive, no giver named: the application fell
        ("Der meddeles ikke tilladelse til byggeriet.", "rejected"),
        ("Der blev ikke givet dispensation.", "rejected"),
        ("Der blev meddelt afslag.", "rejected"),
        ("Dispensation gives ikke.", "rejected"),
        # granted
        ("Der blev givet dispensation.", "decided"),
        ("Udvalget meddelte dispensation på vilkår.", "decided"),
    ],
)
def test_permit_refused(text: str, expected: str) -> None:
    assert decisions.classify_decision(text, "Udvalget")[0][0] == expected
