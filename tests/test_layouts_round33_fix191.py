"""Round thirty-three (layouts190, layouts191: standing committees' minutes and the whole
range of their decision language): small rules."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.headings import Head, _closes_list, _note_point
from analysis.layouts.outcome import _proposal_carried, _told_dated
from analysis.parse import Line
from analysis.read.html import html_to_text


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


def test_refusal_given_as_a_bare_participle_is_rejected():
    assert _type("Meddelt afslag.") == "rejected"
    assert _type("a) Bevilget 15.000 kr.\nb) Meddelt afslag, da foreningen har midler.") == (
        "rejected"
    )
    # the body's own act stays decided, as before
    assert _type("Udvalget meddelte afslag.") == "decided"


def test_order_imposed_is_decided():
    assert _type("Foreningen blev pålagt at betale tilskuddet tilbage.") == "decided"


def test_decision_in_the_closed_minutes_is_none():
    assert _type("Beslutning i lukket referat.") == "none"


def test_case_sent_back_and_resumed_later_is_postponed():
    text = "Sagen sendes tilbage til forvaltningen. Genoptages på mødet i april."
    assert _type(text) == "postponed"
    # sent back alone stays referred
    assert _type("Sagen sendes tilbage til forvaltningen.") == "referred"


def test_postscript_is_no_part_of_the_decision():
    assert _type("Taget til efterretning.\n\nEfterskrift: Et ekstra tilsyn er aftalt.") == "noted"


def test_restated_points_are_typed_by_their_outcome():
    text = (
        "1. at udvalget anbefaler forslaget – ikke godkendt\n"
        "2. at der regnes på udgiften – godkendt"
    )
    assert _type(text) == "rejected"
    assert _type("at udvalget anbefaler forslaget") == "recommended"


def test_proposal_accepted():
    assert _type("Mette foreslog at mødet flyttes. Det blev godtaget.") == "approved"
    assert _proposal_carried("Mette foreslog at mødet flyttes. Det blev godtaget.")
    assert not _proposal_carried("Mette foreslog at mødet flyttes. Det blev drøftet.")


def test_deadline_date_does_not_date_the_decision():
    assert not _told_dated("Udvalget besluttede at sende den i høring frem til 1/3-2026.")
    assert _told_dated("Udvalget besluttede den 12. maj 2025 at sende den i høring.")


def test_lettered_points_are_notes_under_a_heading():
    assert _note_point("a. Ny vejformand", 0)
    assert _note_point("b) Status på vintertjenesten", 1)
    assert not _note_point("b. Status", 0)  # a list does not start at b
    assert not _note_point("Ny vejformand", 0)


def test_last_point_of_a_numbered_list_is_no_item_out_of_order():
    lines = [Line(k, t, 0) for k, t in enumerate(["8. Kortbilag", "9. Miljøvurdering", ""])]
    heads = {0: Head(0, 8, "Kortbilag", (), None, 0), 1: Head(1, 9, "Miljøvurdering", (), None, 2)}
    assert _closes_list(lines, heads, heads[1])
    assert not _closes_list(lines, heads, heads[0])


def test_title_with_its_number_after_it():
    page = (
        "<html><body><main><h1>Kulturudvalget</h1><p>Referat</p><p>Dato: 09.09.2024</p><ol>"
        "<li><h2><span>Godkendelse af dagsorden</span> <span>Punkt 1</span></h2>"
        "<h3>Beslutning</h3><p>Godkendt.</p></li>"
        "<li><h2><span>Eventuelt</span> <span>Punkt 2</span></h2>"
        "<h3>Beslutning</h3><p>Intet.</p></li></ol></main></body></html>"
    )
    from analysis.pipeline import parse_bytes

    result = parse_bytes(page.encode(), "kulturudvalget-2024-09-09.html")
    assert list(result.tables["items"]["title"]) == ["Godkendelse af dagsorden", "Eventuelt"]


def test_sidebar_of_other_meetings_is_dropped():
    page = (
        "<html><body><aside class='sidebar'><h4>Møder</h4><ul>"
        "<li><a href='/a'>Byrådet 07.10.2024</a></li><li class='current'>Byrådet 09.09.2024</li>"
        "<li><a href='/b'>Byrådet 12.08.2024</a></li></ul>"
        "<select><option>Alle udvalg</option></select></aside>"
        "<main><h1>Byrådet</h1><p>Mandag den 9. september 2024</p></main></body></html>"
    )
    text = html_to_text(page)
    assert "07.10.2024" not in text
    assert "9. september 2024" in text


def test_item_text_beside_an_empty_number_cell_keeps_its_lines():
    page = (
        "<html><body><table><tr><td>5.</td><td><b>Parkering</b></td></tr>"
        "<tr><td></td><td><p><b>Beslutning:</b><br>For stemte: 2 (A)<br>Imod stemte: 3 (V)"
        "</p></td></tr></table></body></html>"
    )
    lines = html_to_text(page).split("\n")
    assert "For stemte: 2 (A)" in lines
