"""Fortieth round, layouts239: minutes of seminars, theme days and workshops.

A decision's first sentence may be long and still introduce its own numbered list, right
under the decision label ("Konklusion:" / "Der var enighed om, at … følgende to modeller:" /
"1. …"): no contents list (``lead_in_list._decision_opening``); "Der var enighed om, at …"
with its comma is the seminar's agreement (``decisions._AGREED_OR_WISHED``); views carried
on to the work that follows ("Input fra drøftelsen tages med i det videre arbejde") are
discussed (``decisions._VIEWS_CARRIED_ON``); a title naming the body, a dash and its
gathering with the year ("<Udvalget> – Strategiseminar 2025", "… – Temadag") names the
forum (``header._TITLE_BODY_GATHERING``).
"""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision
from analysis.layouts import parse_text
from analysis.layouts.header import _TITLE_BODY_GATHERING
from analysis.layouts.lead_in_list import lead_in_list
from analysis.parse import to_lines


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Der var enighed om, at forvaltningen belyser to modeller.", "decided"),
        ("Der var bred enighed om, at skolerne samles i ét distrikt.", "decided"),
        ("Der var enighed om at holde en fælles jobdag i maj.", "decided"),
        ("Input fra drøftelsen tages med i det videre arbejde.", "discussed"),
        ("Bemærkningerne fra gruppearbejdet indgår i det videre arbejde med planen.", "discussed"),
        ("Pointerne medtages i det fortsatte arbejde.", "discussed"),
        # not read: a negated agreement, a case (no views) taken on, other work
        ("Der var ikke enighed om, at skolerne samles.", "other"),
        ("Sagen indgår i det videre arbejde.", "other"),
        ("Input fra borgerne er modtaget.", "other"),
        # another trigger keeps its type
        ("Drøftet. Der var enighed om, at vi bruger den nationale måling.", "discussed"),
    ],
)
def test_seminar_outcomes(text: str, kind: str) -> None:
    assert classify_decision(text, "Børne- og Skoleudvalget")[0][0] == kind


_LONG = (
    "Der var enighed om, at forvaltningen belyser de to modeller nedenfor nærmere frem mod "
    "udvalgets møde i december:"
)


def _lines(label: str, lead: str) -> list:
    text = (
        "### Første punkt\n\nTekst.\n\n### Andet punkt\n\nTekst.\n\n"
        f"{label}\n{lead}\n\n1. Samlet overbygning\n2. Fælles overbygning\n"
    )
    return to_lines(text)


def _list_positions(lines: list) -> list[int]:
    return [k for k, ln in enumerate(lines) if ln.clean[:2] in ("1.", "2.")]


def test_long_decision_sentence_over_its_list_is_no_contents() -> None:
    lines = _lines("**Konklusion:**", _LONG)
    assert lead_in_list(_list_positions(lines), lines)


@pytest.mark.parametrize("label", ["Dagens forløb er beskrevet nedenfor.", "**Bemærkning:**"])
def test_long_lead_without_a_decision_label_is_not_read(label: str) -> None:
    lines = _lines(label, _LONG)
    assert not lead_in_list(_list_positions(lines), lines)


def test_workshop_items_with_a_numbered_list_in_a_decision() -> None:
    text = (
        "# Varde Kommune\n\n## Børne- og Skoleudvalget – Temadag 2024\n\n"
        "**Dato:** Tirsdag den 8. oktober 2024\n**Tid:** Kl. 8.30–14.00\n\n---\n\n"
        "### Oplæg om elevtal\n\nElevtallet falder.\n\n**Konklusion:**\n"
        "Oplægget blev taget til efterretning.\n\n---\n\n"
        "### Opsamling\n\nDirektøren samlede op.\n\n**Konklusion:**\n"
        f"{_LONG}\n\n1. Samlet overbygning\n2. Fælles overbygning\n"
    )
    meeting = parse_text(text)
    assert meeting.forum == "Børne- og Skoleudvalget"
    assert [it.raw_title for it in meeting.items] == ["Oplæg om elevtal", "Opsamling"]


@pytest.mark.parametrize(
    ("title", "forum"),
    [
        ("Teknik- og Miljøudvalget – Strategiseminar 2025", "Teknik- og Miljøudvalget"),
        ("Børne- og Skoleudvalget – Temadag", "Børne- og Skoleudvalget"),
        ("Byrådet – Visionsdag 2026: Byen i 2040", "Byrådet"),
        ("Byrådet – Temamøde 2025 om klima", "Byrådet"),
    ],
)
def test_body_dash_gathering_with_its_year(title: str, forum: str) -> None:
    m = _TITLE_BODY_GATHERING.match(title)
    assert m is not None and m.group("forum") == forum


@pytest.mark.parametrize(
    "title",
    ["Byrådet – tirsdag", "Byrådet – Budget 2025", "Økonomiudvalget – 2025"],
)
def test_no_gathering_no_forum_line(title: str) -> None:
    assert _TITLE_BODY_GATHERING.match(title) is None


_GUEST_BODY = """
Tirsdag d. 14/1-2025 kl. 16-18
{place}

1. Velkomst
Formanden bød velkommen.

2. Trivsel
Aftalt:
Drøftet.
"""


@pytest.mark.parametrize(
    ("top", "forum"),
    [
        # the host's own line over the title naming its guest: the host's minutes
        (
            "Børne- og Skoleudvalget\n\nREFERAT AF DIALOGMØDE MED FÆLLESELEVRÅDET",
            "Børne- og Skoleudvalget",
        ),
        # no host's line: the title is all there is
        ("REFERAT AF DIALOGMØDE MED FÆLLESELEVRÅDET", "Dialogmøde med Fælleselevrådet"),
        # a title naming the body in full still names it
        (
            "Referat – Chefgruppen\n\nReferat – Chefgruppen Børn og Skole",
            "Chefgruppen Børn og Skole",
        ),
    ],
)
def test_meeting_with_a_guest_under_the_hosts_line(top: str, forum: str) -> None:
    text = f"Hjørring Kommune\n{top}\n" + _GUEST_BODY.format(place="Vendelbohus, lokale 3")
    assert parse_text(text).forum == forum


@pytest.mark.parametrize(
    ("place", "location"),
    [
        ("Vendelbohus, mødelokale B (2. sal)", "Vendelbohus, mødelokale B (2. sal)"),
        ("Vendelbohus, lokale 3", "Vendelbohus, lokale 3"),
        # a long remark in brackets is no room's note
        ("Vendelbohus, mødelokale B (husk at melde afbud til sekretariatet i god tid)", None),
    ],
)
def test_room_with_its_floor_in_brackets(place: str, location: str | None) -> None:
    text = "Hjørring Kommune\nBørne- og Skoleudvalget\n" + _GUEST_BODY.format(place=place)
    assert parse_text(text).location == location
