"""Thirty-first round (layouts175: plan, technical and environmental committees with case
and document numbers from many case systems): small rules."""

from analysis.layouts import agenda
from analysis.layouts.field_row import field_rows
from analysis.parse import Line, decision_heading, heading_key, match_case_number, to_lines


def test_contents_entries_alone_do_not_make_the_agenda_export():
    contents = to_lines(
        "Indholdsfortegnelse\n\n"
        " Punkt 1.   Godkendelse af dagsorden           1\n"
        " Punkt 2.   Vejplan 2025                         2\n"
        " Punkt 3.   Eventuelt                            4\n\n"
        "Punkt 1.\nGodkendelse af dagsorden\nGodkendt.\n"
    )
    assert not agenda.recognise(contents)
    # the export's own headings still make it, contents list or not
    assert agenda.recognise(contents + to_lines("Punkt 4: Nyt punkt\n\nTekst.\n"))
    assert agenda.recognise(to_lines("Punkt 1: Godkendelse af dagsorden\n\nGodkendt.\n"))


def test_points_of_a_split_decision_do_not_make_the_agenda_export():
    lines = to_lines(
        "## 3. Lokalplan 88\n\n**Afgørelse:**\nPunkt 1: Ikke godkendt.\nPunkt 2: Bortfalder.\n"
    )
    assert not agenda.recognise(lines)
    assert agenda.recognise(to_lines("Indstilling:\nPunkt 1: Lokalplan 88\n\nTekst.\n"))


def test_decision_label_dated_day_slash_month_space_year():
    assert decision_heading("Beslutning d. 21/10 2024") is not None
    assert decision_heading("Beslutning d. 21/10 2024")[1].isoformat() == "2024-10-21"
    assert heading_key(Line(0, "Beslutning den 3/2 2025:", 0)) is not None


def test_case_field_closing_the_item():
    from analysis.parse import _closing_case_field

    assert _closing_case_field("Sagsnr.: 2015-117702") == "2015-117702"
    assert _closing_case_field("Acadre sagsnr. 12/2209    Dok.nr. 188734/12") == "12/2209"
    assert _closing_case_field("Sagen er sendt videre.") is None
    assert _closing_case_field("Acadre er kommunens ESDH-system") is None


def test_case_among_a_meta_lines_open_mark_and_number():
    line = "Åben sag · Punkt 2 · Sags ID: EMN-2021-01234 Dok.nr. 312988-21"
    assert match_case_number(line) == "EMN-2021-01234"
    assert match_case_number("Åben sag · Punkt 2 · Forslaget blev drøftet") is None


def test_fact_box_row_with_its_last_cells_empty():
    text = "Sagsbehandler\tSagsnr.\tDato\nOle Dam\t13.02.03-P19-41-23\n\nTekst."
    assert "Sagsnr.: 13.02.03-P19-41-23" in field_rows(text).split("\n")


def test_kle_subject_column_after_the_title():
    from analysis.layouts.inline_case import without_trailing_subject

    assert without_trailing_subject("Vejnavn i Alslev\tKLE 05.01.00 G01") == "Vejnavn i Alslev"
    assert without_trailing_subject("Vejnavn i Alslev\tKLE 05.01.00-G01") == "Vejnavn i Alslev"
    assert without_trailing_subject("Budget 2025\t4") is None


def test_no_agreement_reached_is_no_item_put_off():
    from analysis.enrich.decisions import classify_decision

    types = [t for t, _ in classify_decision("Udvalget kunne ikke nå til enighed.")]
    assert "postponed" not in types
    assert classify_decision("Punktet blev ikke nået.")[0][0] == "postponed"
    assert classify_decision("Udvalget nåede ikke til punkt 7.")[0][0] == "postponed"


def test_case_taken_up_again_when_something_is_done():
    from analysis.enrich.decisions import classify_decision

    assert classify_decision("Sagen genoptages, når høringen er afsluttet.")[0][0] == "postponed"
    assert classify_decision("Sagen genoptages.")[0][0] != "postponed"
