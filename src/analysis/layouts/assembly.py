"""General meetings of companies, joint bodies, housing departments and associations
(generalforsamling, repræsentantskabsmøde, afdelingsmøde, årsmøde) (pure).

Their agenda is the statutory one, the same in every such meeting: the election of the
chairman of the meeting (``Valg af dirigent``), the board's report, the accounts, the
proposals received, the budget or the fee, the elections and ``Eventuelt``. Their minutes
are written as prose under the numbered titles, the outcome a closing sentence
(``Beretningen blev godkendt.``) and seldom under a label, so the item headings carry none
of the evidence (case line, section label) a council's do: the statutory titles are it,
where the agenda is a general meeting's (a heading elects the ``dirigent``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.layouts.headings import Head
from analysis.layouts.outcome import standing_title
from analysis.model import Item, Section
from analysis.parse import Line

#: "Valg af dirigent", "Velkomst og valg af dirigent", "Valg af dirigent og referent": the
#: point every general meeting opens with (no council's agenda has it).
_CHAIR_POINT = re.compile(r"\bvalg\s+af\s+dirigent", re.IGNORECASE)

#: The statutory points of a general meeting's agenda: "Bestyrelsens beretning",
#: "Fremlæggelse af det reviderede regnskab …", "Forelæggelse af budget 2008/09",
#: "Indkomne forslag", "Forslag fra bestyrelsen", "Fastsættelse af kontingent",
#: "Valg af revisor", "Valg til bestyrelsen", "Valg" (an act "… af" before the point, a
#: body's genitive before the report).
_STATUTORY_POINT = re.compile(
    r"^(?:[a-zæøå]+\s+af\s+(?:de[tn]\s+)?(?:reviderede?\s+)?)?(?:[a-zæøå]+s\s+)?"
    r"(?:valg\b|[a-zæøå]*beretning|(?:års)?regnskab|årsrapport|budget|(?:indkomne\s+)?forslag|"
    r"kontingent|velkomst|revisor|eventuelt|evt\.?$)",
    re.IGNORECASE,
)


def _elects_chair(title: str) -> bool:
    """Whether ``title`` elects the meeting's chairman (the substring first: no
    council's title holds it)."""
    return ("irigent" in title or "IRIGENT" in title) and _CHAIR_POINT.search(title) is not None


def statutory_point(title: str) -> bool:
    """Whether ``title`` is one of a general meeting's statutory points."""
    return len(title) <= 90 and _STATUTORY_POINT.match(title.strip()) is not None


def assembly_heads(cands: list[Head]) -> list[Head]:
    """``cands`` with the statutory points of a general meeting's agenda given evidence
    (1) where they have none, when one of them elects the meeting's chairman; else as
    they were."""
    if not any(_elects_chair(h.title) for h in cands):
        return cands
    return [
        replace(h, evidence=1) if h.evidence < 1 and statutory_point(h.title) else h for h in cands
    ]


#: The statutory titles written without numbers that make a general meeting's items.
_MIN_TITLES = 4
#: The lines the chairman's election is looked for in (it opens the agenda).
_CHAIR_WITHIN = 80


def _title_line(lines: list[Line], p: int) -> str | None:
    """The statutory point heading the paragraph at ``p`` (a line after a blank one with
    text under it: ``BERETNING:``, ``Regnskab:``, ``VALG TIL BESTYRELSEN``, ``Evt.``; a
    label's colon, capitals or a standing point's word mark it off from a sentence),
    else None."""
    text = lines[p].clean.strip().strip("#*").strip()
    title = text.rstrip(":").rstrip()
    if not title or len(title) > 60 or not (p == 0 or lines[p - 1].blank):
        return None
    if p + 1 >= len(lines) or lines[p + 1].blank:
        return None
    if not (text.endswith(":") or title.isupper() or standing_title(title)):
        return None
    return title if statutory_point(title) else None


def assembly_titles(lines: list[Line], skip: set[int]) -> list[Head]:
    """The items of a general meeting whose statutory points head their paragraphs
    without numbers (``VALG AF DIRIGENT OG REFERENT:`` … ``Evt.``), numbered 1, 2 … by
    place, where four or more do and one elects the chairman; else []."""
    if not any("irigent" in ln.clean or "IRIGENT" in ln.clean for ln in lines[:_CHAIR_WITHIN]):
        return []
    heads: list[Head] = []
    for p, line in enumerate(lines):
        if line.blank or line.index in skip:
            continue
        title = _title_line(lines, p)
        if title is not None:
            heads.append(Head(p, len(heads) + 1, title, evidence=1))
    if len(heads) < _MIN_TITLES or not any(_elects_chair(h.title) for h in heads):
        return []
    return heads


#: Capitalised names, one to six, parted by commas or "og" ("Anne Holm og Per Chr. Vestergaard").
_NAMES = r"(?-i:[A-ZÆØÅ])[\wæøå.&-]*(?:(?:,|\s+og)?\s+(?-i:[A-ZÆØÅ])[\wæøå.&-]*){0,5}"
#: What a general meeting decides, opening a line of the item's prose: an election
#: ("Svend Bondo valgtes som dirigent.", "NN blev valgt som dirigent.", "Genvalgt: NN",
#: "Genvalg af PwC.", "Bestyrelsen pegede på NN som dirigent, begge valgt."), a vote's
#: result ("Resultat: 47 stemmer for …", "Vedtaget ved håndsoprækning …", "Forslaget blev
#: forkastet, …") or the report or accounts approved or noted ("Efter en kort debat blev
#: beretningen godkendt.", "Årsrapporten 2018 blev godkendt.").
_ASSEMBLY_OUTCOME = re.compile(
    rf"^{_NAMES},?\s+(?:blev\s+|er\s+)?(?:gen|ny)?valg(?:t|tes)\b"
    r"|^[^\n]{3,160}?,\s+(?:(?:der|som)\s+blev|begge|alle)\s+(?:gen|ny)?valgt\b"
    r"|^(?:(?:gen|ny)?valgt\s*:\s*|(?:gen|ny)valg\s+af\s+)(?-i:[A-ZÆØÅ])"
    r"|^resultat\s*:\s*\d"
    r"|^(?:enstemmigt\s+)?(?:vedtaget|forkastet|godkendt)\b"
    r"|^(?:efter\s+(?:en\s+)?(?:kort\s+)?(?:debat|drøftelse)\s+blev\s+|begge\s+|alle\s+)?"
    r"(?:[a-zæøå]*forslag(?:et)?(?:\s+[A-Z0-9]{1,2})?|beretningen|regnskabet|årsrapporten|"
    r"årsregnskabet|budgettet|budget|kontingentet)(?:\s+\d{4})?\s+"
    r"(?:blev\s+|er\s+(?:hermed\s+)?)?(?:enstemmigt\s+)?"
    r"(?:vedtaget|forkastet|godkendt|nedstemt|t[ao]ges\s+til\s+efterretning|taget\s+til\s+efterretning)\b",
    re.IGNORECASE,
)
#: The same stated later in the line: "Forslag fra NN om … Efter en god snak blev det
#: besluttet at nedsætte …", "Uændret 100 kr. pr. husstand – vedtaget." (the item's one
#: line is its outcome).
_OUTCOME_IN_LINE = re.compile(
    r"(?:^|[.!]\s+)(?:efter\s+[^.\n]{2,40}?\s+)?blev\s+det\s+(?:besluttet|vedtaget)\s+at\s"
    r"|\s[–-]\s+(?:enstemmigt\s+)?(?:vedtaget|godkendt)\.?$",
    re.IGNORECASE,
)


def _outcome_line(line: str) -> bool:
    """Whether a line of a general meeting's prose states what the meeting decided."""
    return bool(_ASSEMBLY_OUTCOME.match(line) or _OUTCOME_IN_LINE.search(line))


def _assembly_outcome(item: Item) -> Item:
    """``item`` with its prose parted at the first line stating what the meeting decided
    (the text above it, the decision from it on), where no decision is labelled."""
    if len(item.sections) != 1 or item.sections[0].key != "tekst":
        return item
    text = item.sections[0].text
    lines = text.split("\n")
    at = next((k for k, ln in enumerate(lines) if _outcome_line(ln.strip())), None)
    if at is None:
        return item
    before = "\n".join(lines[:at]).strip("\n")
    decision = "\n".join(lines[at:]).strip("\n")
    sections = (
        *([Section("tekst", "", before)] if before else []),
        Section("beslutning", "", decision),
    )
    return replace(item, sections=sections)


#: The items the chairman's election is looked for among (it opens the agenda, perhaps
#: after the welcome: "Velkomst", "Valg af dirigent").
_CHAIR_AMONG = 3


def assembly_outcomes(items: list[Item]) -> list[Item]:
    """``items`` of a general meeting (an item elects the chairman: ``Valg af dirigent``)
    with their unlabelled outcomes read from the prose (``_ASSEMBLY_OUTCOME``); other
    meetings' items as they were."""
    if not any(_elects_chair(it.title) for it in items[:_CHAIR_AMONG]):
        return items  # (runs on every document: three titles' substring tests)
    return [_assembly_outcome(it) for it in items]
