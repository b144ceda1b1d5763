"""Round thirty-seven (layouts215: exports of the less common agenda and meeting systems):
page furniture counted once a page, the open mark before an unlabelled journal number, the
deciding body as a field of the case line, a decision heading with its year typed wrong, a
decision told "på mødet" inside the case text, and decision phrases of such minutes. The
fixtures ``beslutning_i-aaben-streg-journalnr-aarstal-fejl.txt`` and
``generic-intranet-protokol-ok-formandens-godkendelse.html`` hold the layouts."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from analysis.enrich.decisions import classify_decision, endorsement_approved
from analysis.layouts.outcome import unlabelled_decisions
from analysis.model import Item, Section
from analysis.parse import match_case_number, misdated_own_decision
from analysis.read.pdf import read


def _types(text: str, forum: str | None = None) -> list[str]:
    return [t for t, _ in classify_decision(text, forum)]


# --- the PDF reader ---------------------------------------------------------------------


def _contents_pdf() -> bytes:
    """Three pages under a running footer; the first page's last line is a contents line
    whose number (numbered through the year) and page are digits alone, on one line."""
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    first = ["Indholdsfortegnelse", "112 Godkendelse af dagsorden"]
    for page in range(3):
        c.setFont("Helvetica", 10)
        if page == 0:
            for k, line in enumerate(first):
                c.drawString(72, 760 - 13 * k, line)
            c.drawString(72, 400, "113")
            c.drawString(120, 400, "Salg af grund ved Havnevej")
            c.drawString(500, 400, "3")
        else:
            c.drawString(72, 760, f"{111 + page}. Punkt nummer {111 + page}")
            c.drawString(72, 747, "Sagen er beskrevet her.")
        c.drawString(400, 40, f"Side {page + 1} af 3")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_a_contents_lines_digits_on_one_page_are_no_running_footer() -> None:
    text = read(_contents_pdf()).text
    assert "113\tSalg af grund ved Havnevej\t3" in text
    assert "Side 1 af 3" not in text  # (the footer on every page still goes)


# --- case lines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Åbent - 00.01.00-A00-3-15", "00.01.00-A00-3-15"),
        ("Lukket – 18.15.00-Ø40-2-15", "18.15.00-Ø40-2-15"),
        ("Åbent punkt - 05.01.08-G01-7-14", "05.01.08-G01-7-14"),
        # (a year or a KLE subject alone after the mark is no case)
        ("Åbent - 2015", None),
        ("Åbent - 05.01.08", None),
    ],
)
def test_open_mark_then_an_unlabelled_journal_number(line: str, case: str | None) -> None:
    assert match_case_number(line) == case


@pytest.mark.parametrize(
    "line",
    [
        "Sag: 19/3312 · Sagsbehandler: Lone Berg · Åben · Beslutningskompetence: KB",
        "Sag: 19/5120 · Åben · Kompetence: Børne- og Skoleudvalget",
    ],
)
def test_the_deciding_body_as_a_field_of_the_case_line(line: str) -> None:
    assert match_case_number(line) == line.split(" ", 2)[1]


def test_a_competence_field_holding_prose_is_no_field() -> None:
    assert match_case_number("Sag: 19/3312 · Kompetence: Udvalget godkendte. Det var godt") is None


# --- a decision heading with the year typed wrong ---------------------------------------

_DAY = dt.date(2015, 3, 11)
_FORUM = "Kommunalbestyrelsen"


@pytest.mark.parametrize(
    ("heading", "ours"),
    [
        ("Beslutning i Kommunalbestyrelsen den 11-03-2014", True),
        ("Beslutning i Kommunalbestyrelsen den 11. marts 2016", True),
        ("Beslutning i Kommunalbestyrelsen den 11-03-2013", False),  # (two years off)
        ("Beslutning i Kommunalbestyrelsen den 12-03-2014", False),  # (another day)
        ("Beslutning i Økonomiudvalget den 11-03-2014", False),  # (another body)
    ],
)
def test_misdated_own_decision(heading: str, ours: bool) -> None:
    assert misdated_own_decision(heading, _DAY, _FORUM) is ours


def _item(*sections: tuple[str, str, str]) -> Item:
    return Item(
        number=1,
        raw_title="Punkt",
        title="Punkt",
        bodies=None,
        closed=False,
        case_number=None,
        proposer=None,
        duration_min=None,
        sections=tuple(Section(*s) for s in sections),
        recommendations=(),
        attachments=(),
        references=(),
    )


def _keys(item: Item) -> list[str]:
    return [sec.key for sec in item.sections]


def test_the_misdated_heading_closing_the_item_is_its_decision() -> None:
    misdated = ("tidligere_beslutning", "Beslutning i Kommunalbestyrelsen den 11-03-2014", "Ja.")
    item = _item(("indstilling", "Indstilling", "at …"), misdated)
    (out,) = unlabelled_decisions([item], _DAY, _FORUM)
    assert _keys(out) == ["indstilling", "beslutning"]
    # (not beside this meeting's own decision, nor before more text of the item)
    own = ("beslutning", "Beslutning i Kommunalbestyrelsen den 11-03-2015", "Godkendt.")
    assert _keys(unlabelled_decisions([_item(misdated, own)], _DAY, _FORUM)[0])[0] == (
        "tidligere_beslutning"
    )
    later = ("sagsfremstilling", "Sagsfremstilling", "Tekst.")
    assert "beslutning" not in _keys(
        unlabelled_decisions([_item(misdated, later)], _DAY, _FORUM)[0]
    )


# --- a decision told in the case text ---------------------------------------------------

_LABELLED = ("beslutning", "Beslutning", "Godkendt.")


def _told(text: str) -> list[str]:
    item = _item(
        ("sagsfremstilling", "Sagsfremstilling", text), ("indstilling", "Indstilling", "at …")
    )
    out = unlabelled_decisions([_item(_LABELLED), _item(_LABELLED), item], _DAY, _FORUM)[2]
    return [sec.text for sec in out.sections if sec.key == "beslutning"]


def test_the_forums_act_at_the_meeting_inside_the_case_text_is_its_decision() -> None:
    text = (
        "Foreningen søger om 85.000 kr. til nyt køkken.\n"
        "Udvalget bevilgede på mødet 60.000 kr. af puljen. Resten\n"
        "kan søges i næste runde."
    )
    assert _told(text) == [
        "Udvalget bevilgede på mødet 60.000 kr. af puljen. Resten\nkan søges i næste runde."
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Udvalget bevilgede på mødet den 3. februar 60.000 kr. af puljen.",  # (another meeting)
        "Udvalget bevilgede på mødet i februar 60.000 kr. af puljen.",
        "Udvalget bevilgede sidste år 60.000 kr. af puljen.",  # (no word of this meeting)
    ],
)
def test_an_earlier_meetings_act_stays_case_text(line: str) -> None:
    assert _told(f"Foreningen søger om 85.000 kr. til nyt køkken.\n{line}") == []


# --- decision types ---------------------------------------------------------------------


def test_a_members_protocol_addition_after_a_colon_is_no_decision() -> None:
    text = (
        "Anbefales.\n\nJens Bach (V) ønskede en protokoltilføjelse: "
        '"Venstre støtter planen, men beklager, at naboernes ønsker ikke er blevet imødekommet."'
    )
    assert _types(text) == ["recommended"]


def test_the_council_writing_its_hearing_reply_decides() -> None:
    assert _types("Handicaprådet udarbejder et høringssvar. Formanden skriver udkastet.") == [
        "decided"
    ]
    assert _types("Forvaltningen udarbejder et høringssvar.") != ["decided"]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (
            "Puljen fordeles som foreslået, dog således at Toftegårdsskolen tildeles 30.000 kr. "
            "i stedet for 25.000 kr.",
            ["approved"],
        ),
        ("Planen vedtages som indstillet med undtagelse af afsnit 4.", ["approved"]),
        # (a grant cut down as a whole stays the forum's own measure: the pool shared out,
        # decided)
        ("Puljen fordeles som foreslået, dog kun med 10.000 kr. til lejrskoler.", ["decided"]),
    ],
)
def test_done_as_proposed_with_one_change_is_approved(text: str, types: list[str]) -> None:
    assert _types(text) == types


def test_sent_on_to_the_budget_seminar_is_referred() -> None:
    assert "referred" in _types("Drøftet. Sagen videresendes til budgetseminaret i januar.")
    assert _types("Sagen sendes videre til budgetlægningen.") == ["referred"]


def test_a_news_round_closed_by_til_orientering_is_noted() -> None:
    text = (
        "- Skolechefen: Ny skoleleder på Boesagerskolen er ansat\n"
        "- Skolebestyrelserne: Budgettet for 2020 er godkendt i alle bestyrelser\n"
        "Til orientering."
    )
    assert _types(text) == ["noted"]
    # (a closing outcome of the forum's own keeps its type)
    assert _types(text.replace("Til orientering.", "Godkendt.")) == ["approved"]


@pytest.mark.parametrize(
    ("types", "asked", "out"),
    [
        (["approved", "recommended"], {"recommended"}, ["recommended"]),
        (["approved", "recommended"], {"approved"}, ["approved", "recommended"]),
        (["approved", "recommended"], set(), ["approved", "recommended"]),
        (
            ["approved", "recommended", "postponed"],
            {"recommended"},
            ["approved", "recommended", "postponed"],
        ),
        (["approved"], {"recommended"}, ["approved"]),
    ],
)
def test_an_approval_of_a_recommendation_to_recommend(types, asked, out) -> None:
    assert endorsement_approved(types, asked) == out
