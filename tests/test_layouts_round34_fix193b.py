"""Round 34 (layouts193, second pass): notes on the meeting's kind and on what happened at
it, above the items, are kept as notes and leave no line unplaced."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.layouts.header import meeting_event
from analysis.parse import parse_minutes

RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"


@pytest.mark.parametrize(
    "text",
    [
        "Ekstraordinært møde",
        "REFERAT AF TELEFONMØDE",
        "Referat – ekstraordinært udvalgsmøde",
        "Referat af ekstraordinært møde (afholdt som videomøde)",
        "Skriftlig behandling",
        "Møde nr.: 3 (ekstraordinært)",
        "Mødet blev afbrudt kl. 21.30, da tiden var gået.",
        "Mødet er indkaldt med to dages varsel.",
        "Sagerne blev sendt ud til medlemmerne pr. mail.",
        "Ole Berg forlod mødet under behandling af punkt 4.",
        "Ane Kofoed (V) forlod mødet kl. 18.00.",
        "Per Holm ankom kl. 16.15.",
    ],
)
def test_meeting_event_lines(text: str) -> None:
    assert meeting_event(text)


@pytest.mark.parametrize(
    "text",
    [
        "Referat",
        "Økonomiudvalget",
        "Mødested: Rådhuset",
        "Afbud: Jens Holm",
        "Byrådet godkendte indstillingen.",
        "Ekstraordinært møde i byrådet blev holdt. Sagen blev drøftet.",
    ],
)
def test_not_meeting_event(text: str) -> None:
    assert not meeting_event(text)


def test_event_notes_placed_and_kept() -> None:
    path = RAW / "generic-ekstraordinaert-afbrudt-forlod-moedet.txt"
    meeting = parse_minutes(path.read_text(encoding="utf-8"))
    assert not [w for w in meeting.warnings if "could not be placed" in w]
    notes = meeting.notes or ""
    assert "forlod mødet" in notes and "ankom" in notes and "kort varsel" in notes
