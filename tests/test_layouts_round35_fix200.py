"""Round thirty-five (layouts200: joint meetings of two or three committees, councils or
municipalities, decisions per body, items for one body only, two numbering sequences):
small rules."""

from __future__ import annotations

import datetime as dt

from analysis.layouts.groups import is_group_heading
from analysis.layouts.headings import candidates
from analysis.layouts.run_in_label import split_run_in_labels
from analysis.parse import BodyRules, Line, heading_key, match_case_number, to_lines
from analysis.pipeline import parse_bytes

_RULES = BodyRules(meeting_date=dt.date(2024, 10, 2), forum="Miljøudvalget og Erhvervsudvalget")


def test_joint_meeting_named_by_its_kind_in_the_decision_heading():
    line = Line(0, "Beslutning Fællesmøde (MU/EU) den 02-10-2024", 0)
    assert heading_key(line, _RULES)[0] == "beslutning"
    # the joint meeting's earlier decision (another date) stays the case's history
    earlier = Line(0, "Beslutning Fællesmøde (MU/EU) den 12-06-2024", 0)
    assert heading_key(earlier, _RULES)[0] == "tidligere_beslutning"
    # another body's decision of the same day is still another body's
    other = Line(0, "Beslutning Økonomiudvalget den 02-10-2024", 0)
    assert heading_key(other, _RULES)[0] == "tidligere_beslutning"


def test_joint_meeting_parts_are_groups():
    assert is_group_heading("FÆLLES PUNKTER")
    assert is_group_heading("Fælles sager:")
    assert is_group_heading("KULTURUDVALGETS PUNKTER (kun KU)")
    assert is_group_heading("Børne- og Skoleudvalgets sager")
    assert is_group_heading("Sager for Børne- og Skoleudvalget")
    assert is_group_heading("Punkter kun for Socialudvalget")
    # an item's numbered title or a sentence is no group
    assert not is_group_heading("5 Byrådets punkter")
    assert not is_group_heading("Byrådets sager blev behandlet først")
    assert not is_group_heading("Fælles punkter for skolerne og bibliotekerne i kommunen")


def test_theme_meeting_with_the_ordinary_meeting_names_the_body():
    text = (
        "Norddjurs Kommune\nREFERAT\nTemamøde og ordinært møde i Miljø- og Teknikudvalget\n"
        "Mødedato: 05-03-2024 Start: 13:00\n\n1. Godkendelse af dagsorden\n"
        "Beslutning i Miljø- og Teknikudvalget\nGodkendt.\n\n2. Eventuelt\n"
        "Beslutning i Miljø- og Teknikudvalget\nIntet.\n"
    )
    result = parse_bytes(text.encode(), "t.txt")
    assert result.tables["meetings"]["forum"].iloc[0] == "Miljø- og Teknikudvalget"


def test_inserted_item_with_an_em_dash():
    lines = to_lines("2a — Tillægspunkt: Snerydning på cykelstier\nSagsnr.: 05.01.10-G01-1-24\n")
    heads = candidates(lines, set())
    assert [(h.number, h.inserted, h.title) for h in heads] == [
        (2, True, "Tillægspunkt: Snerydning på cykelstier")
    ]


def test_case_led_by_the_municipality_and_a_colon():
    assert match_case_number("Sagsnr. Odder: 20.00.00-P22-2-23 / Skanderborg: 23/4410") == (
        "20.00.00-P22-2-23"
    )
    # the item's text run into the case line
    assert match_case_number("Sagsnr. Odder: 20.00.00-P22-2-23 Forvaltningerne foreslår …") == (
        "20.00.00-P22-2-23"
    )
    # a word that is no municipality's name before the colon gives no case
    assert match_case_number("Sagsnr. Bemærk: 20.00.00-P22-2-23") is None


def test_decision_heading_run_into_the_sentence_before_it():
    body = [
        Line(
            1,
            "Forvaltningen foreslår at slukke hver anden. Beslutning i Miljø- og Teknikudvalget",
            0,
        ),
        Line(2, "Godkendt.", 0),
    ]
    out = split_run_in_labels(body)
    assert [ln.clean for ln in out] == [
        "Forvaltningen foreslår at slukke hver anden.",
        "Beslutning i Miljø- og Teknikudvalget",
        "Godkendt.",
    ]
    # mid-sentence, or with more after the body's name, the line stays whole
    kept = [Line(1, "Sagen sendes til høring. Beslutning i Byrådet ventes i maj.", 0)]
    assert split_run_in_labels(kept) == kept
