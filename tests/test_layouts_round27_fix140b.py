"""Twenty-seventh round, fix140b: minutes produced or tidied by AI note-takers (layouts140).

An AI recap's kind of page before the body's name ("Meeting summary for <forum> (date)")
is no part of the forum, and a project's steering group named after its project is a
body; "forelægges udvalget" in the minutes of a forum of another kind (a chiefs' group)
puts the case before the committee: referred. The other families (a table's sub-item
rows "3.1", "Recap: <forum>", the recording note after the place, "Jf. sag <n>", the
"Owner · Body · Room" line) are held by the fixtures named in docs/layouts.md.
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.header import looks_like_body
from analysis.pipeline import parse_bytes


def _forum(text: str) -> str | None:
    result = parse_bytes(text.encode(), "referat.txt", default_forum=None)
    return result.records["meetings"][0][1]


_SUMMARY = """{title}
Roskilde Kommune
Mødet blev holdt torsdag 6. marts 2025 fra kl. 9.30 på Rådhuset, mødelokale 2.

1. Økonomi
Beslutning: Taget til efterretning.

2. Tidsplan
Beslutning: Godkendt.
"""


@pytest.mark.parametrize(
    ("title", "forum"),
    [
        (
            "Meeting summary for Projektstyregruppe – Nyt plejecenter i Viby (03/06/2025)",
            "Projektstyregruppe – Nyt plejecenter i Viby",
        ),
        ("Meeting notes – Styregruppen for Digital Skole", "Styregruppen for Digital Skole"),
        ("Recap: Ledergruppen Teknik", "Ledergruppen Teknik"),
    ],
)
def test_ai_recap_kind_before_the_forum_is_no_part_of_it(title: str, forum: str) -> None:
    assert _forum(_SUMMARY.format(title=title)) == forum


def test_project_steering_group_named_after_its_project_is_a_body() -> None:
    assert looks_like_body("Projektstyregruppe – Nyt plejecenter i Viby")


def _type(text: str, forum: str | None) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "forum", "expected"),
    [
        ("Punkterne forelægges udvalget som planlagt.", "Chefgruppen Ældre", "referred"),
        ("Sagen forelægges direktionen.", "Chefforum Teknik", "referred"),
        # the forum itself by its kind, later or for information: no referral
        ("Sagen forelægges udvalget.", "Arbejdsmiljøudvalget", "other"),
        ("Sagen forelægges udvalget igen.", "Chefgruppen Ældre", "other"),
        ("Sagen forelægges udvalget til orientering.", "Chefgruppen Ældre", "other"),
        ("Sagen forelægges udvalget.", None, "other"),
    ],
)
def test_bare_body_of_another_kind_than_the_forum_is_referred(
    text: str, forum: str | None, expected: str
) -> None:
    assert _type(text, forum) == expected
