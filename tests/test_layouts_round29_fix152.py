"""Twenty-ninth round on layouts152 (minutes of inter-municipal bodies): the small rules
(invented texts). The whole shapes are held by the fixtures
``generic-faelles-trafikselskab-sag-skraastreg-sagsnr.txt`` and
``agenda-direktoerkreds-kl-sag-indkaldelse.txt``."""

from __future__ import annotations

import datetime as dt

from analysis.enrich.decisions import classify_decision
from analysis.layouts.owners import joint_body, member_municipalities
from analysis.parse import BodyRules, heading_key, match_case_number, parse_minutes, to_lines

_DAY = dt.date(2024, 3, 11)


def _key(text: str, rules: BodyRules) -> str | None:
    found = heading_key(to_lines(text)[0], rules)
    return found[0] if found else None


def test_the_forum_named_by_its_own_name_in_the_genitive_heads_its_decision() -> None:
    """ "KKR Sydjyllands beslutning den 11-03-2024:": the meeting's own body, whatever
    word its name ends in; with the forum not yet known, the meeting's date says so."""
    known = BodyRules(_DAY, "KKR Sydjylland")
    assert _key("KKR Sydjyllands beslutning den 11-03-2024:", known) == "beslutning"
    assert _key("KKR Sydjyllands beslutning:", known) == "beslutning"
    unknown = BodyRules(_DAY, None)
    assert _key("KKR Sydjyllands beslutning den 11-03-2024:", unknown) == "beslutning"
    # another day's, or a name with no date while the forum is unknown: not taken here
    assert _key("KKR Sydjyllands beslutning den 12-02-2024:", unknown) is None
    assert _key("Region Sydjyllands beslutning:", unknown) is None
    # another body than the known forum: not its decision
    assert _key("Region Sydjyllands beslutning den 11-03-2024:", known) is None


def test_a_case_labelled_with_the_keeping_organisations_letters() -> None:
    assert match_case_number("(KL-sag 23/20114)") == "23/20114"
    assert match_case_number("KL-sag 23/20114") == "23/20114"
    assert match_case_number("Sagsnr. KL: 23/19876") == "23/19876"
    assert match_case_number("Sagsnr. TBV 25/08") == "TBV 25/08"  # (as before)


def test_siding_with_a_proposal() -> None:
    assert classify_decision("Kredsen tilsluttede sig forslaget.")[0][0] == "approved"
    assert classify_decision("Kredsen kunne ikke tilslutte sig modellen.")[0][0] == "rejected"
    # a building connected to a network, a step agreed under an orientation: no approval
    assert classify_decision("Ejendommen tilsluttes fjernvarmen.")[0][0] == "other"
    assert classify_decision("Udvalget tilsluttede sig, at det meddeles.")[0][0] == "other"


def test_put_before_an_inter_municipal_body() -> None:
    text = "Forelægges kommunaldirektørkredsen, da aftalen skal ændres."
    assert classify_decision(text)[0][0] == "referred"


def test_members_listed_by_municipality_make_a_joint_body() -> None:
    lines = [
        "Mødt: Anne Vinther, Haderslev (formand) · Bo Kjær, Sønderborg ·",
        "Lis Ahlmann (Aabenraa)",
    ]
    assert member_municipalities(lines) == {"Haderslev", "Sønderborg", "Aabenraa"}
    assert joint_body(lines)
    assert not joint_body(["Mødt: Anne Vinther, Haderslev · Bo Kjær, Sønderborg"])


def test_a_member_tables_column_heads_name_no_municipality() -> None:
    """ "Kommune<TAB>Deltager" over "Haderslev<TAB>Borgmester …" read as a field."""
    text = (
        "Referat af bestyrelsesmøde i Erhvervssamarbejdet Syd\n\n"
        "Mødedato: 11. marts 2024, kl. 10.00\n"
        "Kommune: Deltager\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning: Godkendt.\n\n"
        "2. Eventuelt\n\nBeslutning: Intet.\n"
    )
    assert parse_minutes(text).municipality != "Deltager"


def test_the_notice_sent_out_does_not_date_the_meeting() -> None:
    text = (
        "Bestyrelsesmøde i Turistsamarbejdet Syd\n\n"
        "Tidspunkt: onsdag 13. marts 2024 kl. 14.00\n"
        "Sted: Rådhuset, mødelokale 1\n\n"
        "Mødeindkaldelse udsendt 1.03.2024 af sekretariatet.\n\n"
        "1. Godkendelse af dagsorden\n\n2. Eventuelt\n"
    )
    assert parse_minutes(text).date == dt.date(2024, 3, 13)
