"""Twenty-third round, minutes that arrived as e-mail and chat notes (layouts94): the small
rules (the fixtures generic-teams-*, generic-citeret-svar-*, generic-outlook-svarkaede-*
and generic-videresendt-mobil-* hold the families)."""

from __future__ import annotations

from analysis.layouts.framed import unframed
from analysis.layouts.pictograms import unpictogram
from analysis.layouts.text import is_furniture
from analysis.layouts.title_forum import body_in_municipality


def test_pictograms_read_as_what_they_mark() -> None:
    text = "\n".join(
        [
            "## 2️⃣ Budget",
            "### 🔹 Evt.",
            "✅ **Konklusion:** Godkendt.",
            "📎 Sag 25/1180",
            "**Beslutning 👉** Udsat.",
            "📍 Rådhuset",  # a fact's pictogram: the header's to read
            "- Klikrate 14 % 📉",  # inside a line of text: left as it is
        ]
    )
    assert unpictogram(text).split("\n") == [
        "## 2. Budget",
        "### Evt.",
        "**Konklusion:** Godkendt.",
        "Sag 25/1180",
        "**Beslutning:** Udsat.",
        "📍 Rådhuset",
        "- Klikrate 14 % 📉",
    ]


def test_mail_attribution_and_inline_picture_are_furniture() -> None:
    assert is_furniture("Den 09.12.2025 kl. 14:30 skrev Jens Holm <jh@example.dk>:")
    assert is_furniture("On Mon, 8 Dec 2025 at 14:30, Jens Holm <jh@example.dk> wrote:")
    assert is_furniture("[cid:image001.png@01DB1510.4A2C3E80]")
    assert not is_furniture("Udvalget skrev til ministeren:")  # no date: a sentence


def test_framed_title_and_body_of_municipality_in_capitals() -> None:
    assert unframed("*** REFERAT ***\nBudget *** vigtigt ***") == (
        "REFERAT\nBudget *** vigtigt ***"
    )
    assert body_in_municipality("SENIORRÅDET I HVIDOVRE") == ("SENIORRÅDET", "Hvidovre Kommune")
    assert body_in_municipality("Udsatterådet på Frederiksberg") == (
        "Udsatterådet",
        "Frederiksberg Kommune",
    )
