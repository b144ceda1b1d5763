"""Header (sixteenth round, fix36): the title going on as a sentence that names the council
in the genitive, written small; a blank to sign on after "Underskrifter:"."""

from __future__ import annotations

import pytest

from analysis.pipeline import parse_bytes


@pytest.mark.parametrize(
    ("title", "forum", "location"),
    [
        (
            "Referat\n\nfra kommunalbestyrelsens møde tirsdag den 4. juni 2024 kl. 16.00 "
            "på Rådhuset, Havnegade 3, Østerby.",
            "Kommunalbestyrelsen",
            "Rådhuset, Havnegade 3, Østerby",
        ),
        (
            "Referat af byrådets ekstraordinære møde den 4. juni 2024 kl. 16.00 i Byrådssalen.",
            "Byrådet",
            "Byrådssalen",
        ),
    ],
)
def test_council_in_the_genitive_names_forum_and_place(
    title: str, forum: str, location: str
) -> None:
    text = f"{title}\n\n1. Godkendelse af dagsorden\n\nBeslutning: Godkendt.\n\n"
    text += "Underskrifter: ......................\n"
    result = parse_bytes(text.encode(), "referat.txt")
    meeting = result.tables["meetings"].iloc[0]
    assert (meeting["forum"], meeting["start_time"], meeting["location"]) == (
        forum,
        "16:00",
        location,
    )
    assert str(meeting["date"].date()) == "2024-06-04"
    assert "could not be placed" not in result.manifest["message"]
