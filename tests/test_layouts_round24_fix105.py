"""Twenty-fourth round (layouts105: committee and council minutes exported as PDF, Word and
HTML): the small rules."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.header_columns import unmixed_header_columns
from analysis.layouts.label_column import label_column_case
from analysis.parse import Line


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # a refusal given in the passive, no body named as its giver: the application fell
        ("Der meddeles afslag på ansøgningen om dispensation.", "rejected"),
        ("Udvalget tiltrådte indstillingen, og der gives afslag på ansøgningen.", "rejected"),
        # (the body's own act on the application, and a permit granted, stay decided)
        ("Nævnet meddelte afslag på ansøgningen.", "decided"),
        ("Der gives tilladelse til skiltet.", "decided"),
        # a case sent on to a joint service's owners, the municipality or a state agency
        ("Regnskabet sendes til ejerkommunerne.", "referred"),
        ("Forslaget sendes til Miljøstyrelsen og interessentkommunerne.", "referred"),
        # (out for consultation stays no referral)
        ("Forslaget sendes til høring i kommunerne.", "other"),
    ],
)
def test_decision_types(text: str, primary: str) -> None:
    assert primary_decision_type(t for t, _ in classify_decision(text)) == primary


def _lines(*texts: str) -> list[Line]:
    return [Line(k, t, 0) for k, t in enumerate(texts)]


def test_label_column_reads_the_case_at_its_labels_place() -> None:
    body = _lines("Ansvarlig:", "Sagsnr.:", "", "Pia Holm", "24/11873", "Lukket sag", "Tekst.")
    assert label_column_case(body) == ("24/11873", [0, 1, 3, 4])
    # (one label alone over its number, a value no case, or too few values: not this shape)
    assert label_column_case(_lines("Sagsnr.:", "", "24/11873")) is None
    assert label_column_case(_lines("Ansvarlig:", "Sagsnr.:", "", "Pia Holm", "Budget")) is None
    assert label_column_case(_lines("Ansvarlig:", "Sagsnr.:", "", "24/11873")) is None


def test_right_column_label_alone_beside_unlabelled_lines() -> None:
    text = (
        "Ældrerådet                                  Mødested\n"
        "Torsdag den 6. marts 2025                   Aktivitetscentret,\n"
        "kl. 10.00                                   Torvet 4, Skælskør\n"
        "\n"
        "1. Godkendelse af dagsorden\n"
    )
    lines = unmixed_header_columns(text).split("\n")
    assert lines[:4] == [
        "Ældrerådet",
        "Torsdag den 6. marts 2025",
        "kl. 10.00",
        "Mødested: Aktivitetscentret, Torvet 4, Skælskør",
    ]
