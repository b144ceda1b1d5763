"""Round thirty-nine (layouts224: minutes of advisory councils, their hearing replies and
standing points): a refusal and a support with remarks written with the council as the
subject, "Ingen bemærkninger til …" without a subject, and the news told under a lead
line ("Formanden orienterede om:") over bullets."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _type(text: str, forum: str | None = "Seniorråd") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the council (a compound of its kind, or "vi") refuses what it was asked to back
        ("Ældrerådet kan ikke støtte ændringen.", "rejected"),
        ("Rådet kunne ikke støtte planen om færre åbningstimer.", "rejected"),
        ("Handicaprådet støtter ikke udkastet, da brugerne ikke er hørt.", "rejected"),
        ("Vi kan ikke støtte lukningen.", "rejected"),
        ("Ungerådet bakker ikke op om forslaget om færre klubaftener.", "rejected"),
        ("Rådet kunne ikke bakke op om planen.", "rejected"),
        # a member's or a party's stance is no refusal of the council's
        ("Jens Holm kunne ikke støtte lukningen.", "other"),
        ("Venstre kan ikke støtte lukningen.", "other"),
    ],
)
def test_council_refuses_support(text: str, expected: str) -> None:
    assert _type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ældrerådet bakker op om planen, men vil fremhæve følgende:", "discussed"),
        ("Rådet støtter planen, men har disse kommentarer til tidsplanen:", "discussed"),
        ("Vi støtter strategien, men har enkelte forbehold:", "discussed"),
        ("Handicaprådet bakker generelt op om udkastet, men gør opmærksom på, at …", "discussed"),
        ("Ungerådet kan godt støtte idéen, men ønsker en prøveperiode.", "discussed"),
        # (joining the proposal is its approval, read before: "tilslutter sig")
        ("Handicaprådet tilslutter sig udkastet, men gør opmærksom på, at …", "approved"),
        # support alone says no more than support: no rule reads it (no approval)
        ("Ældrerådet bakker op om udkastet.", "other"),
        # "men" without a remark, or the support of someone else
        ("Rådet støtter forslaget, men først fra 2027.", "other"),
        ("Venstre bakker op om planen, men har forbehold.", "other"),
    ],
)
def test_support_with_remarks_is_discussed(text: str, expected: str) -> None:
    assert _type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ingen bemærkninger til planforslaget.", "none"),
        ("Ingen bemærkninger til høringsudkastet", "none"),
        # the agenda's or the minutes' approval without remarks: left as it was read
        ("Ingen bemærkninger til dagsordenen.", "other"),
        ("Ingen bemærkninger til referatet.", "other"),
        # more than the remark: what follows is the outcome
        ("Ingen bemærkninger til planen. Rådet anbefaler den over for byrådet.", "recommended"),
    ],
)
def test_no_remarks_without_subject(text: str, expected: str) -> None:
    assert _type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Formanden orienterede om:\n- Et brev er sendt videre til forvaltningen.\n"
            "- Temadag i maj.\nTaget til efterretning.",
            "noted",
        ),
        (
            "Sekretæren fortalte om følgende:\n- Sagen er oversendt til Sundhedsudvalget.\n"
            "- Caféen flytter.",
            "noted",
        ),
        (
            "Orientering fra formanden:\n• Klagen er videresendt til forvaltningen.\n"
            "* Budgettet for udflugten er godkendt af centret.\nTil orientering.",
            "noted",
        ),
        # a decision of the forum's own closing the news: not noted, read as before
        (
            "Formanden orienterede om:\n- Brevet er sendt videre til forvaltningen.\n"
            "Rådet besluttede at skrive til udvalget.",
            "referred",
        ),
        # a lead without bullets under it is no news round
        (
            "Formanden orienterede om:\nBrevet er sendt videre til forvaltningen.",
            "referred",
        ),
    ],
)
def test_news_told_under_a_lead_line(text: str, expected: str) -> None:
    assert _type(text) == expected
