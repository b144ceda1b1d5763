"""Twenty-sixth round, found after the merges: a decisions-only protocol's paragraphs
(``unnumbered._outcome_paragraphs``) must not drop an action list's items told without an
outcome between those that have one."""

from analysis.layouts import parse_text

_ACTION_LIST = """Referat – Trafiksikkerhedsgruppen, Guldborgsund Kommune

Tirsdag 4. marts 2025, 13:00–14:30
Lokale: Byrådssalen, Parkvej 37, Nykøbing F.
Til stede: Mette Lund (fmd.), Kasper Holm (sekr.), Lone Berg

Kort referat med handlinger.


GODKENDELSE AF DAGSORDEN
Dagsorden godkendt.
Handling: ingen

STATUS PÅ SKOLEVEJSANALYSEN
Kasper gennemgik de 12 strækninger. 5 er udbedret.
Handling: KH sender status til skolerne – frist uge 12

CYKELSTI LANGS ØSTERGADE
Strækningen omfatter:
- Østergade
- Stubbekøbingvej
Gruppen ønsker, at sagen sendes videre med ønske om opstart i 2026.
Handling: LB skriver notat – frist 1. maj

HASTIGHEDSZONER VED BØRNEHAVER
Drøftet. Der var enighed om at tage kontakt til politiet.
Handling: ML kontakter politiet

LYSREGULERING VED HAVNEN
Forslaget om nyt signalanlæg blev ikke tiltrådt – for dyrt i forhold til trafikken.
Handling: ingen

EVT.
Intet.
"""


def test_action_list_items_without_outcome_are_kept() -> None:
    meeting = parse_text(_ACTION_LIST)
    assert [it.title for it in meeting.items] == [
        "GODKENDELSE AF DAGSORDEN",
        "STATUS PÅ SKOLEVEJSANALYSEN",
        "CYKELSTI LANGS ØSTERGADE",
        "HASTIGHEDSZONER VED BØRNEHAVER",
        "LYSREGULERING VED HAVNEN",
        "EVT.",
    ]
