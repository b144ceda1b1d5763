"""The forty-ninth round's rules outside the fixers' sets: a member's remark under
Eventuelt ("gjorde opmærksom på") is an orientation; what was sent on named
with what it is about ("Henvendelsen om … oversendes til …") is a referral; a body's "no
remarks" ends where a second clause names it again (", men rådet anbefaler …"); a town's
initial after "i" keeps its dot ("Rådhuset i Nykøbing Sj."); a former kommune named on a
saved page's line indented by a tab; a duty modal opening an inverted clause ("Indtil …, skal
X godkendes af …") makes the passive a rule for later; a year alone under a title is its
wrapped end, no case; a long paragraph naming one mark of the structure is no flattened
page."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import _former_kommune
from analysis.layouts.header import _place_text
from analysis.layouts.text import unflatten
from analysis.parse import match_case_number


def _primary(text: str, forum: str | None = None) -> str:
    return primary_decision_type([t for t, _ in classify_decision(text, forum=forum)])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a member drawing the forum's attention, or telling it something: an orientation
        ("Lone Berg gjorde opmærksom på, at cykelstien ved hallen mangler lys.", "noted"),
        ("Formanden gjorde opmærksom på det nye mødelokale.", "noted"),
        # "oplyste" also answers a question under question time: no orientation by itself
        ("Sekretæren oplyste, at næste møde holdes på biblioteket.", "other"),
        # an outcome beside the remark stays the outcome
        ("Godkendt. Formanden gjorde opmærksom på fristen.", "approved"),
        ("Formanden fortalte, at tidsplanen holder. Godkendt.", "approved"),
        # the present tense is a statement of the body's own (a hearing reply), no record
        ("Udvalget gør opmærksom på, at planen mangler en tidsplan.", "other"),
    ],
)
def test_a_members_remark_is_an_orientation(text: str, expected: str) -> None:
    assert _primary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the thing sent on named with what it is about or whom it is from
        ("Henvendelsen om bænke ved søen oversendes til Teknik og Miljø.", "referred"),
        ("Brevet fra grundejerforeningen oversendes til Vej og Park.", "referred"),
        ("Spørgsmålet vedrørende parkering blev oversendt til Byg og Plan.", "referred"),
        # material sent to the meeting's own people is no referral
        ("Henvendelsen om bænke oversendes til deltagerne.", "other"),
    ],
)
def test_what_was_sent_on_named_with_its_subject(text: str, expected: str) -> None:
    assert _primary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no remarks to the object, then the body named again with what it does
        (
            "Ingen bemærkninger til høringen, men rådet anbefaler, at planen vedtages.",
            "recommended",
        ),
        ("Rådet har ingen bemærkninger til planen, og udvalget godkender den.", "approved"),
        # an object with "og" inside it is still the object
        ("Ingen bemærkninger til planen for skolen og idrætten.", "none"),
    ],
)
def test_no_remarks_then_the_body_named_again(text: str, expected: str) -> None:
    assert _primary(text, forum="Handicaprådet") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town's initial after the building "i" it: the dot is the name's
        ("Mødelokale A, Rådhuset i Nykøbing Sj.", "Mødelokale A, Rådhuset i Nykøbing Sj."),
        ("Byrådssalen, Rådhuset på Nykøbing F.", "Byrådssalen, Rådhuset på Nykøbing F."),
        # a room's letter at the end is the sentence's full stop
        ("Rådhuset, Mødelokale A.", "Rådhuset, Mødelokale A"),
    ],
)
def test_town_initial_after_a_preposition(text: str, expected: str) -> None:
    assert _place_text(text) == expected


def test_former_kommune_on_a_line_indented_by_a_tab() -> None:
    assert _former_kommune("\tNørre Alslev Kommune Forside | Politik | Socialudvalget") == (
        "Nørre Alslev Kommune"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a duty modal opening an inverted clause: a rule for later, no approval now
        (
            "Indtil planerne foreligger, skal nyansættelser af administrative medarbejdere "
            "godkendes af den ansvarlige direktør.",
            "other",
        ),
        (
            "Taget til efterretning. Fremover skal alle indkøb over 50.000 kr. godkendes af "
            "direktionen.",
            "noted",
        ),
        # the plain passive is the forum's approval
        ("Regnskabet for foreningen godkendes.", "approved"),
        ("Planen godkendes med de nævnte ændringer.", "approved"),
    ],
)
def test_a_duty_modal_before_the_subject(text: str, expected: str) -> None:
    assert _primary(text, forum="Koncernledelsen") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year alone on its line is a wrapped title's end, no case
        ("2014", None),
        ("1998", None),
        # a labelled year-like number, and longer running numbers, stay cases
        ("Sagsnr.: 2014", "2014"),
        ("299835", "299835"),
    ],
)
def test_a_year_alone_is_no_case(text: str, expected: str | None) -> None:
    assert match_case_number(text) == expected


def test_a_long_paragraph_is_not_a_flattened_page() -> None:
    # a web page's paragraph on one line, naming one mark of the structure ("Bilag 2"):
    # no section starts inside it
    paragraph = (
        "Forvaltningen har gennemgået de indkomne høringssvar, som fremgår af Bilag 2, og "
        + "foreslår på den baggrund en række mindre ændringer af planen, herunder at " * 6
        + "stierne langs åen bevares."
    )
    text = f"Sagsfremstilling\n{paragraph}\n\nBeslutning\nGodkendt.\n"
    assert len(paragraph) > 400
    assert unflatten(text) == text


def test_a_flattened_page_is_still_parted() -> None:
    page = (
        "1. Godkendelse af dagsorden Beslutning Godkendt. 2. Budgetopfølgning Sagsnr.: 24/1187 "
        + "Sagsfremstilling Forvaltningen har lavet en opfølgning på budgettet. " * 6
        + "Indstilling Forvaltningen indstiller, at opfølgningen tages til efterretning."
    )
    assert len(page) > 400
    assert unflatten(page).count("\n") >= 4
