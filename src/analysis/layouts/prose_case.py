"""A case number written inside the prose of an item's first lines (pure).

Volunteers' minutes and short notes cite the municipality's case in a sentence rather
than on a field line of its own: "Kommunen har givet tilladelse … (Sag: 05.07.02-G01-33-25).",
"Kommunen har svaret på vores henvendelse fra juni (J.nr. 05.04.00-P20-7-24).", "Ansøgningen
er sendt, sagsnr. 24/1234, og …". Read only where the item has no case line of its own,
only behind a case label, and only in a case number's shape: a whole KLE journal number, a
year and a running number ("24/1234", "2025-004412", "25-4411"). A date ("4/3", "12.03.2025"),
an amount ("1.500.000"), a law's paragraph ("§ 17, stk. 4") or a phone number (bare digits)
is never read as a case; nor a line that opens with its label or whose fields are parted
by middle dots or tabs (a page's footer, "Intern arbejdsdokument · Sagsnr. 23/31877").
"""

from __future__ import annotations

import re

from analysis import dates
from analysis.case_labels import CASE_NUMBER_LABEL, CASE_SYSTEM
from analysis.vocab import BULLET_MARKS

#: How many of the item's first filled lines are searched.
FIRST_LINES = 3
#: A label in the text: "Sagsnr.", "J.nr.", "journalnummer", the case system's name
#: ("Acadre 24/1187"), or "Sag:" with its colon ("(Sag: …)"; the word "sag" alone is prose).
_LABELLED = re.compile(
    rf"(?:^|(?<=[\s(\[,;]))(?:{CASE_NUMBER_LABEL}|{CASE_SYSTEM}|sag(?=\s*:))\s*:?\s*"
    r"(?P<case>\d[\dA-ZÆØÅ./-]*\d)(?=[\s).,;\]]|$)",
    re.IGNORECASE,
)
#: The shapes of a case number: a KLE journal number (with or without its facet), a
#: two-digit year and a running number of three digits or more ("24/1234", "25-4411"), a
#: four-digit year and a running number of five digits or more ("2025-004412").
_CASE_SHAPE = re.compile(
    r"^(?:\d{2}\.\d{2}\.\d{2}(?:-[A-ZÆØÅ]\d{2})?-\d{1,5}-\d{2}"
    r"|\d{2}[/-]\d{3,6}"
    r"|(?:19|20)\d{2}-\d{5,7})$"
)


def prose_case(texts: list[str]) -> str | None:
    """The case number a labelled mention in one of the first lines' prose gives, else None."""
    first = [t.strip() for t in texts if t.strip()][:FIRST_LINES]
    # (a list of news, two lines or more opening with a bullet: each its own matter)
    news = sum(t[:1] in BULLET_MARKS and t[1:2] == " " for t in first) > 1
    for text in first:
        if "·" in text or "\t" in text:
            continue  # "Intern arbejdsdokument · Sagsnr. 23/31877": a page footer's fields
        told = news and text[:1] in BULLET_MARKS
        for m in _LABELLED.finditer(text):
            if m.start() == 0:
                continue  # "Sag: 25/2211 · Dok: …": a case line, no prose (read elsewhere)
            if told and text[1 : m.start()].strip():
                # "- Ankenævnet har stadfæstet afgørelsen i sagen om … (j.nr. 23/4411).":
                # one piece of news among others, the case of the matter it tells of, not
                # the item's (a bullet that is the label and its number, "- Sagsnr. …", is)
                continue
            case = m.group("case").rstrip(".")
            if not _CASE_SHAPE.match(case):
                continue
            found = dates.find_date(case)
            if found is not None and found.start == 0:
                continue  # ("J.nr. 12-2024" is no case: a month and a year)
            return case
    return None


#: "Handling: …", "Opfølgning: …": an action list's line of who does what by when.
_ACTION_LINE = re.compile(r"^(?:handling(?:er)?|opfølgning)\s*:\s*\S", re.I)


def action_case(texts: list[str]) -> str | None:
    """The case number an item's action line cites in its prose ("Handling: OT skriver
    sagsfremstilling (j.nr. 24/7715) – frist 15. august": the case the matter goes on
    under), anywhere in the item, where no earlier line gave one; else None."""
    actions = [t for t in texts if t[:1] in "HhOo" and _ACTION_LINE.match(t)]
    return prose_case(actions[:FIRST_LINES]) if actions else None
