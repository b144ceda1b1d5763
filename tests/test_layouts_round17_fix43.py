"""Rules taught from a set of internal meetings' and committees' documents in unusual
conventions (seventeenth round, layouts43) (pure).

The fixtures in ``tests/fixtures/layouts/`` check each family end to end; these tests pin
the rules themselves, and what they must leave alone.
"""

from __future__ import annotations

from analysis.layouts import parse_text
from analysis.layouts.text import is_furniture
from analysis.parse import abbreviates_forum

_HEAD = (
    "Syddjurs Kommune\nKultur- og Fritidsudvalget\n\nReferat\n\n"
    "Mandag den 3. marts 2025 kl. 9.00\n\n"
)


def _items(body: str) -> list[tuple[int, str, str | None]]:
    meeting = parse_text(_HEAD + body)
    out = []
    for it in meeting.items:
        decision = next((s.text for s in it.sections if s.key == "beslutning"), None)
        out.append((it.number, it.raw_title, decision))
    return out


def test_points_lettered_after_the_items_word() -> None:
    body = (
        "Punkt A\tBudget 2026\n\tSagsnr. 25/1\n\tBeslutning:\tGodkendt.\n\n"
        "Punkt B\tSygefravær\n\tSagsnr. 25/2\n\tBeslutning:\tTaget til efterretning.\n\n"
        "Punkt C\tEventuelt\n\tBeslutning:\tIntet.\n"
    )
    titles = [(n, t) for n, t, _ in _items(body)]
    assert titles == [(1, "Budget 2026"), (2, "Sygefravær"), (3, "Eventuelt")]


def test_numbered_with_a_colon_and_the_bodys_abbreviation_as_decision_label() -> None:
    body = (
        "1: GODKENDELSE AF DAGSORDEN\n   KFU: Godkendt.\n\n"
        "2: TILSKUD TIL FORENINGER\n   (Sag 18.20.00-Ø40-3-25)\n   KFU: Taget til efterretning.\n\n"
        "3: EVT.\n"
    )
    assert _items(body) == [
        (1, "GODKENDELSE AF DAGSORDEN", "Godkendt."),
        (2, "TILSKUD TIL FORENINGER", "Taget til efterretning."),
        (3, "EVT.", None),
    ]


def test_abbreviation_must_be_the_meetings_body() -> None:
    assert abbreviates_forum("FOU", "Folkeoplysningsudvalget")
    assert abbreviates_forum("SSU", "Social- og Sundhedsudvalget")
    assert abbreviates_forum("KB", "Kommunalbestyrelsen")
    assert not abbreviates_forum("HR", "Direktionen")
    assert not abbreviates_forum("ØU", "Byrådet")  # another body's line
    assert not abbreviates_forum("FOU", None)
    assert not abbreviates_forum("Fou", "Folkeoplysningsudvalget")  # capitals only


def test_clock_time_with_colon_is_no_item() -> None:
    body = "1. Budget\nBeslutning: Godkendt.\n\n10:30 Frokost\n\n2. Eventuelt\nBeslutning: Intet.\n"
    assert [n for n, _, _ in _items(body)] == [1, 2]


def test_site_section_trail_and_attachment_mark_are_furniture() -> None:
    assert is_furniture("Politik / Udvalg / Økonomiudvalget / Møder")
    assert is_furniture("<<Referat_OEU_2025-01-30.pdf>>")
    assert not is_furniture("Politik / strategi")  # two parts: may be a title
    assert not is_furniture("<<citat>> fra borgermødet")


def test_council_remarks_heading_is_the_decision_only_of_the_meetings_council() -> None:
    from analysis.parse import BodyRules, Line, heading_key

    ours = BodyRules(forum="Handicaprådet")
    assert heading_key(Line(0, "Rådets bemærkninger", 0), ours) == (
        "beslutning",
        "Rådets bemærkninger",
    )
    committee = BodyRules(forum="Socialudvalget")
    assert heading_key(Line(0, "Handicaprådets bemærkninger", 0), committee) is None
    assert heading_key(Line(0, "Administrationens bemærkninger", 0), ours) is None


def test_site_footer_under_the_last_control_is_furniture() -> None:
    from analysis.layouts.text import furniture
    from analysis.parse import to_lines

    text = (
        "1. Budget\nBeslutning: Godkendt.\nTil toppen\nFaxe Kommune\nFrederiksgade 9\n"
        "4690 Haslev\nTlf. 5620 3000\nFølg os"
    )
    lines = to_lines(text)
    found = furniture(lines)
    assert {ln.clean for ln in lines if ln.index in found} >= {"Frederiksgade 9", "4690 Haslev"}
    assert "Beslutning: Godkendt." not in {ln.clean for ln in lines if ln.index in found}
    # without a control above it an address closing the text stays the text's
    plain = to_lines("1. Budget\nBeslutning: Godkendt.\nFrederiksgade 9\n4690 Haslev")
    assert not furniture(plain)


def test_short_year_date_after_the_body_and_weekday() -> None:
    from analysis.layouts.header import _short_year_meeting

    found = _short_year_meeting("Møde i styregruppen onsdag 12.3.25 fra kl. 14.00 til 15.30")
    assert found is not None and str(found.date) == "2025-03-12" and found.time == "14:00"
    assert _short_year_meeting("Budget 12.3.25 fra kl. 14.00") is None  # no meeting's word


def test_case_label_written_out_and_series_letter() -> None:
    from analysis.parse import match_case_number

    assert match_case_number("Journalnummer: 28.00.00-P35-1-25") == "28.00.00-P35-1-25"
    assert match_case_number("Sagsid: S 25/3301") == "S 25/3301"
    assert match_case_number("Sagsid: -") is None
    assert match_case_number("Sagsnr. A 12") is None  # a letter and no case number


def test_nothing_decided_texts() -> None:
    from analysis.enrich.decisions import classify_decision

    assert classify_decision("Ingen punkter.")[0][0] == "none"
    assert classify_decision("Næste møde 2. april kl. 14.")[0][0] == "none"
    assert classify_decision("Næste møde 2. april kl. 14. Budgettet blev godkendt.")[0][0] == (
        "approved"
    )


def test_mail_and_pdf_bookkeeping_lines_are_furniture() -> None:
    from analysis.layouts.text import covering_letter
    from analysis.parse import to_lines

    assert is_furniture("Dokument oprettet af SKL · version 2 · 14-03-2025")
    assert not is_furniture("Dokumentet blev godkendt i version 2 af planen")
    lines = to_lines(
        "Fra: Lene <l@x.dk>\nEmne: Noter\n\nHej alle – her er noterne fra i dag. Rettelser "
        "til mig.\n\n1. Budget\n-> Godkendt.\n"
    )
    found = covering_letter(lines)
    assert {ln.clean for ln in lines if ln.index in found} == {
        "Hej alle – her er noterne fra i dag. Rettelser til mig."
    }
    # a greeting that names nothing the mail carries is no such letter
    other = to_lines("Hej Jens – tak for sidst.\n\n1. Budget\n-> Godkendt.\n")
    assert not covering_letter(other)


def test_kind_title_naming_whom_the_meeting_is_for() -> None:
    from analysis.layouts.header import _TITLE_KIND

    assert _TITLE_KIND.match("Dagsorden med referat – Ledermøde for skoleledere og ledere")
    assert not _TITLE_KIND.match("Referat – Budget for skolerne")


def test_running_header_of_three_lines_stays_out_of_the_decisions() -> None:
    page = (
        "Side {n} af 4\nGribskov Kommune\nØkonomiudvalget\nReferat – Mandag den 3. marts 2025\n\n"
    )
    text = "Gribskov Kommune\nØkonomiudvalget\nMødedato: 03.03.2025\nMødetidspunkt: kl. 16.00\n\n"
    for n, title in enumerate(("Budget", "Takster", "Lejeaftale"), start=1):
        text += page.format(n=n) + f"Pkt. {n}\n{title}\nSag: 00.01.00-A00-{n}-25\n\n"
        text += "Sagsfremstilling\nSagen forelægges.\n\nBeslutning:\nGodkendt.\n\n"
    text += "Side 4 af 4\n"
    meeting = parse_text(text)
    decisions = [next(s.text for s in it.sections if s.key == "beslutning") for it in meeting.items]
    assert decisions == ["Godkendt."] * 3


def test_bodys_abbreviation_alone_over_its_outcome() -> None:
    from analysis.parse import BodyRules, Line, heading_key

    rules = BodyRules(forum="Kultur- og Fritidsudvalget")
    assert heading_key(Line(0, "KFU:", 0), rules) == ("beslutning", "KFU")
    assert heading_key(Line(0, "KFU", 0), rules) is None  # the label needs its colon
    assert heading_key(Line(0, "HR:", 0), rules) is None
