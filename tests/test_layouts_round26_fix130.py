"""Twenty-sixth round (layouts130: meetings that mostly do not decide: citizens', dialogue,
hearing and theme meetings, question time): the body named before the kind of meeting it
holds, two bodies of a meeting "mellem … og …", a meeting's fields led by dots to their
value without a colon, "Udvalget:" as the body's outcome label, and the decision phrases of
such meetings ("Ingen beslutninger. …", an approval expected later, remarks that feed a
later handling, a follow-up meeting agreed after a discussion)."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.dot_fields import close_dot_leaders, has_dot_fields
from analysis.layouts.outcome import outcome_line
from analysis.layouts.title_forum import body_of_title_forum
from analysis.parse import Line, names_forum_kind


def _primary(text: str, forum: str | None = None) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ingen beslutninger på mødet.", "none"),
        ("Spørgsmålet besvaret. Ingen beslutning.", "none"),
        ("Spørgsmålet blev besvaret. Ingen beslutning.", "none"),
        ("Ingen beslutninger. Forslagene sendes i høring 1. maj - 15. juni.", "none"),
        ("Ingen beslutninger. Svarene noteres i referatet.", "none"),
        # what follows puts the item off or sends it on: that stays its type
        ("Ingen beslutning. Sagen oversendes til Økonomiudvalget.", "referred"),
        ("Til orientering. Planen forventes endeligt vedtaget i byrådet i marts.", "noted"),
        ("Godkendt. Byggeriet forventes afsluttet i maj.", "approved"),
        ("Drøftet. Seniorrådets bemærkninger indgår i udvalgets behandling i juni.", "discussed"),
        ("Mette Holm indgår i arbejdsgruppen.", "decided"),
        ("Drøftet. Der blev aftalt et opfølgende dialogmøde i Vordingborg i maj.", "discussed"),
        ("Drøftet. Det blev aftalt at vælge model B.", "decided"),
    ],
)
def test_decision_phrases(text: str, kind: str) -> None:
    assert _primary(text) == kind


def test_no_decisions_is_an_outcome_line() -> None:
    assert outcome_line("Ingen beslutninger.")
    assert outcome_line("Ingen beslutninger på mødet.")


@pytest.mark.parametrize(
    ("forum", "bodies"),
    [
        (
            "Dialogmøde mellem Seniorrådet og Social- og Sundhedsudvalget",
            "Seniorrådet og Social- og Sundhedsudvalget",
        ),
        (
            "Møde mellem Teknik- og Miljøudvalget og Handicaprådet",
            "Teknik- og Miljøudvalget og Handicaprådet",
        ),
        ("Møde mellem borgerne og politikerne", None),
    ],
)
def test_meeting_between_two_bodies(forum: str, bodies: str | None) -> None:
    assert body_of_title_forum(forum) == bodies


def test_forum_kind_label() -> None:
    assert names_forum_kind("Udvalget", "Børne- og Ungeudvalget")
    assert names_forum_kind("Rådet", "Seniorrådet og Social- og Sundhedsudvalget")
    assert not names_forum_kind("Udvalget", "Ældrerådet")
    assert not names_forum_kind("Svar", "Børne- og Ungeudvalget")


def test_dot_leader_without_colon() -> None:
    lines = [
        Line(0, "Mødetid ...... 17.00", 0),
        Line(1, "Mødested ..... Rådhuset, Torvet 1", 0),
        Line(2, "Budget 2025 ........ 4", 0),  # a contents line's page: no field
    ]
    assert has_dot_fields("\n".join(ln.clean for ln in lines))
    assert [ln.clean for ln in close_dot_leaders(lines)] == [
        "Mødetid: 17.00",
        "Mødested: Rådhuset, Torvet 1",
        "Budget 2025 ........ 4",
    ]
