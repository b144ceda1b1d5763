"""Twenty-ninth round on layouts156 (minutes of municipal crisis and emergency staffs): the
staff and its incident named by the title line, items numbered after the meeting's number,
"Drøftelse og beslutning:" as the decision label, a decision log after the items, the
standing item "Næste møde" and its outcome. The whole shapes are held by the fixtures
``generic-krisestab-moedenummer-punkter-log.txt``,
``generic-kriseledelse-understreget-naeste-moede.txt``,
``generic-krisestab-dagsorden-foerste-punkter-uden-label.md`` and
``generic-beredskab-ekstraordinaert-indhold-naeste-moede.md``."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, next_meeting_set
from analysis.layouts.header import _SECOND_FIELD
from analysis.layouts.meeting_prefixed import unprefixed_meeting_points
from analysis.layouts.title_forum import crisis_title_forum
from analysis.parse import Line, heading_key


def _lines(*texts: str) -> list[Line]:
    return [Line(k, t, 0) for k, t in enumerate(texts)]


def test_crisis_staff_and_incident_on_the_title_line() -> None:
    for title, forum in (
        ("Krisestab – IT-nedbrud (ransomware)", "Krisestab – IT-nedbrud (ransomware)"),
        ("Den centrale krisestab – COVID-19", "Den centrale krisestab – COVID-19"),
        ("Vejle Kommune – Kommunal beredskabsledelse", "Kommunal beredskabsledelse"),
        ("**Ældre- og sundhedsberedskabet – kulde**", "Ældre- og sundhedsberedskabet – kulde"),
        ("Referat – Kriseledelsen (energikrise)", "Kriseledelsen (energikrise)"),
    ):
        assert crisis_title_forum(_lines("Vejle Kommune", title), set()) == forum, title


def test_no_crisis_forum_from_a_rescue_service_or_a_meeting_line() -> None:
    assert crisis_title_forum(_lines("Beredskab Fyn", "Referat"), set()) is None
    assert crisis_title_forum(_lines("REFERAT AF KRISESTABSMØDE NR. 4"), set()) is None
    assert crisis_title_forum(_lines("Kommune · Krisestab IT · FORTROLIGT"), set()) is None


def test_items_numbered_after_the_meetings_number() -> None:
    text = "Møde nr. 6, kl. 09.00\n\n6.1  Status\nTekst.\n\n6.2  Næste møde\nTekst.\n"
    out = unprefixed_meeting_points(text)
    assert "\n1. Status\n" in out and "\n2. Næste møde\n" in out


def test_points_under_a_group_heading_of_the_number_stay() -> None:
    text = "Møde nr. 6\n\n6. Orientering\n6.1 Status\n6.2 Økonomi\n"
    assert unprefixed_meeting_points(text) == text
    # (not from 1 in order: a time or a list)
    text = "Møde nr. 14\n\n14.30 Kaffe\n14.45 Afslutning\n"
    assert unprefixed_meeting_points(text) == text


def test_clock_label_after_a_typed_date() -> None:
    line = "Dato: 3/2 2025 Kl.: 10.00 – 11.00 Sted: Teams"
    cut = _SECOND_FIELD.search(line, 6)
    assert cut is not None and line[cut.end() :].startswith("Kl.:")


def test_discussion_and_decision_label() -> None:
    key = heading_key(Line(0, "Drøftelse og beslutning:", 0))
    assert key is not None and key[0] == "beslutning"


def test_laid_before_a_body_afterwards_is_no_referral() -> None:
    text = "Bevilget. Forelægges Økonomiudvalget efterfølgende."
    assert [t for t, _ in classify_decision(text)] == ["decided"]
    assert "referred" in [t for t, _ in classify_decision("Forelægges Økonomiudvalget.")]


def test_next_meeting_set_under_its_standing_item() -> None:
    assert next_meeting_set(["other"], "Tirsdag kl. 07.30 samme sted.", "Næste møde") == ["decided"]
    assert next_meeting_set(["other"], "Telefonmøde kl. 15.00.", "Næste møde") == ["decided"]
    # (another title, or words with no day or hour, stay as they were)
    assert next_meeting_set(["other"], "Tirsdag kl. 07.30.", "Kommunikation") == ["other"]
    assert next_meeting_set(["other"], "Efter behov.", "Næste møde") == ["other"]
