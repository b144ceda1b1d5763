"""A header note saying where the members' signatures are (pure).

A council's printed minutes often say under the meeting's facts where the signature page
is: "Underskriftsblad findes sidst i referatet", "Underskrifterne fremgår af sidste side",
"Se underskriftsside bagerst". It is no fact of the meeting and no item's text: the
header places it as it places a decisions-only protocol's scope note. So too the line
naming the members who approved or signed the minutes ("Protokollen er godkendt af: …"),
under the facts or as the document's last line.
"""

from __future__ import annotations

import re

_SIGNATURES_ELSEWHERE = re.compile(
    r"^(?:se\s+)?underskrift(?:sblad(?:et)?|sside(?:n)?|erne|er)\s+"
    r"(?:(?:findes|fremgår|følger|ses|står|er\s+(?:vedlagt|placeret|indsat))\s+)?"
    r"(?:sidst|bagerst|til\s+sidst|nederst|af\s+(?:den\s+)?sidste\s+side|på\s+(?:den\s+)?"
    r"sidste\s+side|som\s+(?:sidste\s+)?bilag|i\s+bilag)\b[^\n]{0,40}$",
    re.IGNORECASE,
)


#: One person's name: two to four capitalised words, a party's letters in brackets after it.
NAME = r"[A-ZÆØÅ][\w.\-]+(?: [A-ZÆØÅ][\w.\-]+){1,3}(?: \([A-ZÆØÅ]{1,3}\))?"
#: A row of names parted by "·", ",", ";", "/" or a column's gap ("Karen Holm · Ib Berg").
NAME_ROW = re.compile(rf"^{NAME}(?:\s*[·,;/]\s*{NAME}|(?:\t+|\s{{2,}}){NAME})*$")
#: "Referat godkendt af: Karen Holm · Ib Berg · …", "Godkendt af: Karen Holm, Ib Berg": the
#: label with the names of the members who approved or signed the minutes on its own line;
#: "Protokollen er godkendt af: Karen Holm (A), …" (a council's protocol signed by the
#: members it names, said under the meeting's facts).
_SIGNED_BY_NAMES = re.compile(
    r"^(?:(?:referat(?:et)?|protokol(?:len)?)\s+(?:(?:er|blev)\s+)?)?"
    r"(?:godkendt|underskrevet|signeret)\s+af\s*:\s*(?P<names>\S.*)$",
    re.IGNORECASE,
)


def signers_named(text: str) -> bool:
    """Whether ``text`` names the members who approved or signed the minutes after its
    label ("Protokollen er godkendt af: Karen Holm (A), Ib Berg (V)"), names only."""
    if text[:1] not in "GgUuSsRrPp":  # (most lines: a cheap look first)
        return False
    signed = _SIGNED_BY_NAMES.match(text)
    return signed is not None and NAME_ROW.match(signed["names"].strip().rstrip(".")) is not None


def signatures_elsewhere(text: str) -> bool:
    """Whether ``text`` only says where the signature page is ("Underskriftsblad findes
    sidst i referatet")."""
    if text[:2].lower() not in ("un", "se"):  # (most lines: a cheap look first)
        return False
    return _SIGNATURES_ELSEWHERE.match(text) is not None


#: "Bilag til de enkelte punkter er samlet bagerst i referatet.", "Alle bilag ligger i
#: bestyrelsens mappe på Aula: https://…", "Bilagene kan ses på kommunens hjemmeside":
#: where the attachments are, said once under the meeting's facts (no fact, no item's text).
_ATTACHMENTS_ELSEWHERE = re.compile(
    r"^(?:alle\s+)?bilag(?:ene)?\b(?![:.])[^\n:]{0,80}?\b(?:ligger|findes|er\s+samlet|samles|"
    r"kan\s+(?:ses|hentes|findes|læses)|er\s+tilgængelige|er\s+lagt)\b[^\n]{0,200}$",
    re.IGNORECASE,
)


def attachments_elsewhere(text: str) -> bool:
    """Whether ``text`` only says where the attachments are ("Bilag til de enkelte punkter
    er samlet bagerst i referatet")."""
    if text[:1] not in "BbAa" or ("ilag" not in text[:12] and "ILAG" not in text[:12]):
        return False
    return _ATTACHMENTS_ELSEWHERE.match(text) is not None
