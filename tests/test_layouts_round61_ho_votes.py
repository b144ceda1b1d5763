"""Sixty-first session, held-out sets, ho_votes: votes, amendments and procedural events.

- **A meta line's labelled hour and place after its date** (``Referat | Dato: 09.03.2021 |
  Tid: 17:30 | Sted: Byrådssalen, …``, the bars read as middle dots): the place is the
  ``Sted:`` field's value, not the hour's field with it (``layouts.header._place_after``,
  ``_HOUR_FIELD``, ``_PLACE_FIELD``); an hour's field with no place's field after it gives
  no place.
- **A meeting held at a distance in two words** (``Mødet blev holdt som virtuelt møde
  (Zoom).``): the kind of meeting and its platform are the place, as ``som videomøde
  (Zoom)`` already was (``layouts.header._time_and_place``, ``_HELD_AS_VIRTUAL``).
- **A decision that only points to another item** (``Se beslutning under punkt 3.``, the
  noun without its article; ``Behandlet under punkt 3.``): the item takes the type of the
  item pointed to (``enrich.decisions._AS_ITEM``, ``_WITH_ITEM``, read by
  ``same_as_item``), a later item too: such an item is typed again once the meeting's
  items are (``decisions.points_to``, in ``enrich.items.meeting_enrichment`` and
  ``decisions.decision_summary``).
- **A first reading discussed and passed on to the next** (``Drøftet. Budgetforslaget
  oversendes til 2. behandling.``): ``discussed``, the next reading being the same forum's
  (``enrich.decisions._target``: a numbered reading is no body, ``_READING``); passed
  on alone it stays ``referred``.

Fixtures ``generic-metalinje-tid-sted-felter-se-beslutning.md``,
``generic-holdt-som-virtuelt-moede-platform.txt``.
"""

from __future__ import annotations

import pandas as pd

from analysis.enrich import decisions
from analysis.layouts.header import _place_after, _time_and_place
from analysis.pipeline import parse_bytes
from tests.fixture_helpers import FIXTURES


def _typed(text: str, earlier: dict[int, list[str]] | None = None) -> str:
    """The primary type ``item_decision_rows`` gives a decision ``text``."""
    rows = decisions.item_decision_rows(
        "x", [("beslutning", text)], [], "Byrådet", None, False, earlier or {}
    )
    return str(rows["summary"][0][1])


def test_a_meta_lines_place_field_after_its_hour_field() -> None:
    assert _place_after(" · Tid: 17:30 · Sted: Byrådssalen, Ishøj Rådhus") == (
        "Byrådssalen, Ishøj Rådhus"
    )
    assert _place_after(" · Kl.: 9.00-11.00 · Mødested: Lokale 3, Rådhuset") == (
        "Lokale 3, Rådhuset"
    )
    assert _place_after(" · Sted: Biblioteket, Torvet 2") == "Biblioteket, Torvet 2"
    # the hour's field alone, or with another field after it: no place
    assert _place_after(" · Tid: 17:30") is None
    assert _place_after(" · Tid: 17:30 · Deltagere: Hele udvalget") is None
    # a place with no label after the date stays as read
    assert _place_after(" · Byrådssalen, Ishøj Rådhus") == "Byrådssalen, Ishøj Rådhus"


def test_a_meeting_held_as_a_virtual_meeting_with_its_platform() -> None:
    assert _time_and_place("som virtuelt møde (Zoom).") == (None, "virtuelt møde (Zoom)")
    assert _time_and_place("som et online møde (Microsoft Teams)") == (
        None,
        "online møde (Microsoft Teams)",
    )
    # a reason after the bracket: the platform alone, as before
    assert _time_and_place("som virtuelt møde (Teams) pga. smitterisikoen.")[1] == "Teams"


def test_a_decision_pointing_to_another_item_takes_its_type() -> None:
    earlier = {3: ["approved"], 7: ["postponed"]}
    assert _typed("Se beslutning under punkt 3.", earlier) == "approved"
    assert _typed("Se beslutning under pkt. 7", earlier) == "postponed"
    assert _typed("Behandlet under punkt 3.", earlier) == "approved"
    assert _typed("Sagen blev behandlet under pkt. 7.", earlier) == "postponed"
    # an item not (yet) typed, or more than a pointer: the decision's own reading
    assert _typed("Se beslutning under punkt 9.", earlier) == "other"
    assert _typed("Behandlet under punkt 3 og godkendt.", earlier) != "postponed"
    assert _typed("Se bilag under punkt 7.", earlier) == "other"


def test_a_decision_pointing_to_a_later_item_takes_its_type() -> None:
    texts = {
        "a3": "Behandlet under punkt 4.",
        "a4": "Udsat.",
        "a5": "Se beslutning under punkt 4.",
        "a6": "Se beslutning under punkt 8.",  # (no such item: its own reading)
        "b1": "Behandlet under punkt 4.",  # (another meeting's item 4 is no pointer's)
    }
    sections = pd.DataFrame(
        {
            "item_id": list(texts),
            "section": ["beslutning"] * len(texts),
            "position": range(len(texts)),
            "text": list(texts.values()),
        }
    )
    items = pd.DataFrame(
        {
            "item_id": list(texts),
            "meeting_id": ["a", "a", "a", "a", "b"],
            "number": [3, 4, 5, 6, 1],
        }
    )
    recommendations = pd.DataFrame({"item_id": [], "position": [], "text": []})
    found = decisions.decision_summary(sections, recommendations, items=items)
    typed = dict(zip(found.item_id, found.decision_type, strict=True))
    assert typed == {
        "a3": "postponed",
        "a4": "postponed",
        "a5": "postponed",
        "a6": "other",
        "b1": "discussed",
    }


def test_a_first_reading_discussed_and_passed_on_is_discussed() -> None:
    assert _typed("Drøftet. Budgetforslaget oversendes til 2. behandling.") == "discussed"
    assert _typed("Drøftet og sendt til anden behandling.") == "discussed"
    # passed on alone, or to another forum's reading: referred
    assert _typed("Oversendt til 2. behandling.") == "referred"
    assert _typed("Drøftet og oversendt til 2. behandling i Byrådet.") == "referred"


def _facts(name: str) -> tuple[tuple[object, object], list[tuple[int, str]]]:
    tables = parse_bytes((FIXTURES / "raw" / name).read_bytes(), name).tables
    meeting = tables["meetings"].iloc[0]
    summary = tables["item_decisions"]
    typed = dict(zip(summary.item_id, summary.decision_type, strict=True))
    items = tables["items"]
    return (meeting.location, meeting.start_time), [
        (int(n), str(typed[i])) for i, n in zip(items.item_id, items.number, strict=True)
    ]


def test_fixture_meta_line_fields_and_pointers() -> None:
    where, types = _facts("generic-metalinje-tid-sted-felter-se-beslutning.md")
    assert where == ("Byrådssalen, Ishøj Rådhus", "17:30")
    assert types == [
        (1, "approved"),
        (2, "discussed"),
        (3, "approved"),
        (4, "approved"),
        (5, "approved"),
        (6, "none"),
    ]


def test_fixture_virtual_meeting_sentence() -> None:
    where, types = _facts("generic-holdt-som-virtuelt-moede-platform.txt")
    assert where == ("virtuelt møde (Zoom)", "16:00")
    assert types == [(1, "approved"), (2, "approved"), (3, "approved"), (4, "none")]
