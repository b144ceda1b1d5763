"""Twenty-second round (layouts84, contested political meetings): an amendment voted down
on its own labelled line before the item's approval or recommendation; a proposal that
lapsed ('bortfaldt') decides nothing."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type


def _primary(text: str, forum: str = "Teknik- og Miljøudvalget") -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the amendment's label opens the line; its wording and verdict are sentences after it
        (
            "Ændringsforslag fra Ole Bak (C): taksten fastholdes uændret. Forkastet med 2 "
            "mod 7.\nIndstillingen godkendt med 7 mod 2.",
            "approved",
        ),
        # an amendment voted down, then the item recommended to the council
        (
            "Ændringsforslag fra Ø om fri adgang: Forkastet med 1 mod 8.\nIndstillingen "
            "anbefales over for Byrådet med 8 stemmer mod 1 (Ø).",
            "recommended",
        ),
        # no amendment named: the rejection stands beside the approval
        ("Forkastet med 3 mod 6.\nIndstillingen godkendt.", "rejected"),
        ("Forslaget bortfaldt, da forslagsstilleren trak det tilbage.", "none"),
        ("Punktet bortfalder.", "none"),
        ("Forslaget blev forkastet med 4 stemmer mod 21.", "rejected"),
    ],
)
def test_round22_types(text: str, want: str) -> None:
    assert _primary(text) == want
