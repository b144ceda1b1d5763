"""The forum named by the kind of meeting in a title line (pure).

Bodies outside the council's committee system rarely write a ``Udvalg:`` field: the
title says the kind of meeting ("Direktionsmøde – referat", "REFERAT AF
BESTYRELSESMØDE") and, for a municipal company, the company's name stands above it
("KALUNDBORG FORSYNING A/S"). The forum is then the body that meets: "Direktionen",
"Bestyrelsen for Kalundborg Forsyning A/S".
"""

from __future__ import annotations

import re

from analysis.parse import Line
from analysis.vocab import LEGAL_FORMS, MAIL_SUBJECT, MONTHS_DA

#: The compound's first part -> the body in the definite form.
_BODIES: dict[str, str] = {
    "direktion": "Direktionen",
    "bestyrelse": "Bestyrelsen",
    # an institution's board: "REFERAT AF SKOLEBESTYRELSESMØDE" (the school named apart)
    "skolebestyrelse": "Skolebestyrelsen",
    "forældrebestyrelse": "Forældrebestyrelsen",
    "brugerbestyrelse": "Brugerbestyrelsen",
    "repræsentantskab": "Repræsentantskabet",
    "styregruppe": "Styregruppen",
    "koncernledelse": "Koncernledelsen",
    "ledelse": "Ledelsen",
    "chefgruppe": "Chefgruppen",
    "hovedudvalg": "Hovedudvalget",
    "ledergruppe": "Ledergruppen",
    "projektgruppe": "Projektgruppen",
    "arbejdsgruppe": "Arbejdsgruppen",
}
#: ("Beslutningslog – Direktionsmøde 5. september 2023": a decision log headed by its meeting)
#: ("Dagsorden og protokol for bestyrelsesmøde": the agenda and the minutes in one document)
_DOC = (
    r"(?:dagsorden\s+og\s+(?:beslutnings)?(?:protokol|referat)|referat|dagsorden|"
    r"beslutningsprotokol|beslutningslog|beslutningsnotat|protokol)"
)
#: The document's kind after a dash, also a note taker's ("FAGCHEFMØDE - noter").
_NOTES_DOC = (
    r"(?:referat|beslutningsreferat|dagsorden|beslutningsprotokol|beslutningslog|beslutningsnotat|"
    r"protokol|noter|mødenoter|notat|handlingslog)"
)
#: How often or how the meeting is held, before its kind: "Ugentligt direktionsmøde".
_HOW = r"(?:ugentlig|månedlig|ordinær|ekstraordinær)t?\s+"
#: Between the parts of a Teams or Loop page title: "Chefgruppemøde – Teknik og Miljø".
_DASH = r"\s*[–—-]\s*"
#: "marts 2025", "november 2024": a month's minutes titled by the month and year alone
#: (a volunteer's title).
_MONTH_YEAR = rf"(?:{'|'.join(MONTHS_DA)})\s+(?:19|20)\d\d"
#: "Direktionsmøde – referat", "Referat af bestyrelsesmøde", "Referat fra direktionsmødet
#: den 3. marts", "BESTYRELSESMØDE", "Ugentligt direktionsmøde 2024-03-12".
_KIND = re.compile(
    rf"^(?:{_DOC}\s+(?:af|fra|for)\s+(?:ordinært\s+|ekstraordinært\s+)?|{_DOC}{_DASH}|"
    # ("MØDENOTER · DIREKTIONSMØDE": a note taker's notes before the kind, a dot between;
    # "Mødenoter: Direktionsmøde": a Teams recap's title, a colon after the notes' word)
    rf"{_NOTES_DOC}\s*(?:\s·|:)\s+|"
    # "Referat chefgruppemøde 12.02.2025" (a mail's subject: the kind word right before)
    rf"{_DOC}\s+(?=[a-zæøå]))?"
    rf"(?:{_HOW})?(?P<body>{'|'.join(_BODIES)})"
    # ("Referat forældrebestyrelsen januar 2025": the body itself before the month and year)
    rf"(?:s?møde(?:t)?|(?<=e)n(?=\s+{_MONTH_YEAR}\s*$))\b"
    # "Referat fra styregruppemøde nr. 7": the meeting's number, no part of the body
    r"(?:\s+nr\.?\s*\d{1,3}(?:/\d{2,4})?\b)?"
    # ("Direktionsmøde – noter (OneNote)": a note taker's notes, the app named in brackets)
    # ("Direktionsmøde<TAB>Beslutningsreferat": a page header's two cells, the kind of
    # meeting and the document's, no area)
    rf"(?:(?:{_DASH}|\t+){_NOTES_DOC}(?:\s+\([\wæøå .-]{{2,20}}\))?)?"
    # "Chefgruppemøde Børn og Unge", "Ledergruppemøde Social og Sundhed 4/9", a page
    # title's "Chefgruppemøde – Teknik og Miljø – 12. marts 2024": the area
    # ("Ledergruppemøde, Teknik og Miljø": after a comma, the body's name so written)
    rf"(?P<area>(?P<comma>,\s+)?(?(comma)|(?:\s+|{_DASH}))"
    r"(?!(?:man|tirs|ons|tors|fre|lør|søn)dag\b|den\b|d\.)"
    # ("Projektgruppemøde – Klimaplan 2030": a year in the project's name)
    r"(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+(?-i:og|&|for|[A-ZÆØÅ][\wæøå-]*|\d{4}\b(?![-./]))){0,4}"
    # "Direktionsmøde med Hoved-MED formøde": a joint meeting, the other body kept
    r"|\s+(?-i:med)\s+(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+[\wæøå-]+){0,2})?"
    # ("Ledergruppemøde, Teknik og Miljø (LG TM)": the body's initials in brackets after it)
    r"(?:\s+\((?-i:[A-ZÆØÅ]{2,5}(?:\s[A-ZÆØÅ]{2,5})?)\))?"
    # ("Direktionsmøde mandag d. 7/4-2025 kl. 8.30-10.30, …": the weekday before the date;
    # "Referat skolebestyrelsesmøde Løsning Skole marts 2025": the month and year only)
    rf"(?:(?:\s+|{_DASH})(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den|d\.)?\s*\d.*"
    rf"|\s+{_MONTH_YEAR})?\s*:?$",
    re.IGNORECASE,
)
#: "Områdeledermøde", "Referat – dagtilbudsledermøde tirsdag den 8. september 2020",
#: "Ledelsesmøde i Teknik og Miljø" (a department's leadership meeting),
#: "Fagchefmøde – referat": a meeting of the leaders (or chiefs) of one kind, no body with
#: a name of its own: the kind of meeting is the forum ("Dagtilbudsledermøde"); so is
#: "Direktørmøde – referat", the directors' meeting (the directors as one body write
#: "Direktionsmøde", ``_KIND``).
_LEADERS = re.compile(
    # ("Referat: Områdeledermøde": a colon after the document's kind)
    rf"^(?:{_DOC}\s*[:–—-]\s*|{_DOC}\s+(?:af|fra)\s+)?"
    # ("Koordinationsmøde Vej & Trafik / Byggesag": the departments that coordinate meet)
    # ("Fælles ledelsesmøde": the leaders of several levels or areas meeting together)
    r"(?P<kind>(?:fælles\s+)?[\wæøå]{0,30}(?:leder|chef|ledelses|direktør)møde|koordinationsmøde)\b"
    # "Områdeledermøde, Dagtilbud": the area whose leaders meet after a comma
    r"(?P<area>,\s+(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+(?-i:og|&|[A-ZÆØÅ][\wæøå-]*)){0,3}"
    # "Ledermøde – Ældre og Sundhed", "Områdeledermøde – Dagtilbud": the area after a dash
    # (not the owner "– X Kommune", the document's kind, a weekday, "uge", "kl.", "den"),
    # then a dash, a date or the end
    rf"|{_DASH}(?!{_NOTES_DOC}\b|(?:man|tirs|ons|tors|fre|lør|søn)dag\b|uge\b|kl\b|den\b)"
    r"(?![^–—]*\bkommune\b)"
    r"(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+(?-i:og|&|[A-ZÆØÅ][\wæøå-]*)){0,3}"
    rf"(?=\s*(?:[–—-]|$)|(?:\s+|{_DASH})(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?"
    r"(?:den\b|d\.)?\s*\d)"
    # "Centerledermøde Sundhed og Ældre": the area in capitals right after the kind (no
    # weekday, document kind or owner), also areas parted by slashes
    r"|\s+(?!(?-i:(?:Man|Tirs|Ons|Tors|Fre|Lør|Søn)dag|Den|Referat|Dagsorden|Kl)\b)"
    r"(?-i:[A-ZÆØÅ])[\wæøå-]*"
    r"(?:\s+(?-i:og|&|[A-ZÆØÅ][\wæøå-]*)|\s+/\s+(?-i:[A-ZÆØÅ])[\wæøå-]*){0,5}"
    r"(?<!Kommune)(?<!KOMMUNE)"
    # "Referat af ledermøde i Børn og Unge": the area (a department) after "i"
    r"|\s+i\s+(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+(?-i:og|&|[A-ZÆØÅ][\wæøå-]*)){0,3}"
    # "Områdeledermøde dagtilbud" (a OneNote page's title): the area in lower case
    r"|\s+(?!(?:man|tirs|ons|tors|fre|lør|søn)dag\b|den\b|d\.|kl\b|i\b|på\b|uge\b)"
    r"(?-i:[a-zæøå])[\wæøå-]{3,30}(?:\s+og\s+[\wæøå-]{3,30})?)?"
    # "Skoleledermøde – Vejle Kommune": the owner after a dash is no part of the name
    r"(?:\s*[–—-]\s*(?-i:[A-ZÆØÅ])[\wæøå-]+(?:\s+(?-i:[A-ZÆØÅ])[\wæøå-]+)?\s+Kommune)?"
    rf"(?:(?:\s+|{_DASH})(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\b|d\.)?\s*\d.*)?"
    # "Fagchefmøde – referat", "FAGCHEFMØDE - noter": the document's kind after a dash
    rf"(?:{_DASH}{_NOTES_DOC})?\s*:?$",
    re.IGNORECASE,
)
#: "Center for Sundhed – ledermøde", "Skoleafdelingen – chefmøde 12. maj": the unit whose
#: leaders meet named first, the kind of meeting after a dash; the forum as written (the
#: unit and the kind, as "Ledermøde – Ældre og Sundhed" keeps its area), its date and
#: the document's kind no part of it.
_UNIT_THEN_LEADERS = re.compile(
    rf"^(?!{_NOTES_DOC}\b|{_DOC}\b)"
    r"(?P<name>(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+(?:og|for|&|(?-i:[A-ZÆØÅ])[\wæøå-]*)){0,5}"
    rf"(?<!ommune)(?<!OMMUNE){_DASH}"
    r"[\wæøå]{0,30}(?:leder|chef|ledelses|direktør)møde)"
    rf"(?:(?:\s+|{_DASH})(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\b|d\.)?\s*\d.*)?"
    rf"(?:{_DASH}{_NOTES_DOC})?\s*:?$",
    re.IGNORECASE,
)
#: "Ordinær generalforsamling 2022 – protokol", "REFERAT AF ORDINÆR GENERALFORSAMLING 2015":
#: a company's or an association's general assembly, no standing body's meeting: the
#: assembly is the forum (its year and the document's kind no part of it).
_ASSEMBLY = re.compile(
    rf"^(?:{_DOC}\s+(?:af|fra|for)\s+(?:den\s+)?|{_DOC}{_DASH})?"
    r"(?P<kind>(?:(?:ordinær|ekstraordinær|årlig)e?\s+)?generalforsamling)"
    r"(?:\s+(?:(?:i|for)\s+[^\d\n]{2,60}?\s+)?(?:19|20)\d\d)?"
    rf"(?:{_DASH}{_NOTES_DOC})?\s*:?$",
    re.IGNORECASE,
)
#: "Ordinær generalforsamling i Hammel Fjernvarmeselskab a.m.b.a.", "Referat – Ordinært
#: afdelingsmøde i afdeling 7, Skovparken", "Beboermøde i afd. 31 Stengårdsvej": a general
#: meeting named with what it is the meeting of (a company, an association, a housing
#: department): the whole name is the forum, as "Årsmøde i <lokalråd>" is (a standing
#: body's meeting, "Repræsentantskabsmøde i <selskab>", names the body: ``_BOARD_OF``).
_ASSEMBLY_OF = re.compile(
    rf"^(?:{_DOC}\s+(?:af|fra|for)\s+(?:den\s+|det\s+)?|{_DOC}{_DASH})?"
    r"(?P<name>(?:(?:ordinær|ekstraordinær|årlig)[et]?\s+)?"
    r"(?:generalforsamling|afdelingsmøde|beboermøde|årsmøde)\s+i\s+"
    r"[\wæøå][^\n:;|]{2,70}?)"
    rf"(?:\s+(?:19|20)\d\d)?(?:{_DASH}{_NOTES_DOC})?\s*$",
    re.IGNORECASE,
)
#: "Referat – Netværksmøde for ledere af træning og rehabilitering": a network's meeting,
#: the network named by whom it is for ("Netværk for ledere af …").
_NETWORK = re.compile(
    rf"^(?:{_DOC}\s*[–—-]\s*|{_DOC}\s+(?:af|fra)\s+)?(?:tværkommunalt\s+)?netværksmøde(?:t)?"
    r"\s+(?P<whom>for\s+[\wæøå][^:;]{2,80}?)\s*$",
    re.IGNORECASE,
)
#: "Ledelsesseminar for chefer og ledere", "Referat – Direktionsseminar 26. januar 2023": a
#: seminar of a forum's own, the kind of gathering (and whom it is for) its name.
_SEMINAR = re.compile(
    # ("Opsamling fra chefseminar": the summary a seminar's notes are, as minutes)
    rf"^(?:{_DOC}\s*[–—-]\s*|(?:{_DOC}|opsamling)\s+(?:af|fra|på)\s+)?"
    r"(?P<kind>[\wæøå]{2,30}seminar)"
    r"(?P<whom>\s+for\s+[\wæøå][^:;·]{2,80}?)?"
    rf"(?:(?:\s+|{_DASH})(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\s+|d\.\s*)?\d.*)?"
    rf"(?:{_DASH}{_DOC})?\s*:?$",
    re.IGNORECASE,
)
#: "Byrådets temadrøftelse - Klimaplan 2030", "REFERAT AF BYRÅDETS STRATEGISEMINAR",
#: "Temamøde i Skoleudvalget – Aalborg Kommune": a council's or a committee's gathering
#: (a theme meeting, a seminar) named by the body, in the genitive or after "i": the body
#: met, its name the forum ("Byrådet", "Skoleudvalget").
#: ("Byrådets budgetinternat …", "KOMMUNALBESTYRELSENS SEMINAR …", "Chefgruppens
#: internatdag": a board's or a group's too, and the gathering held away over a day or two)
#: ("Workshop for Børn- og Ungeudvalget: Fremtidens dagtilbud", "Temadag om
#: sundhedsreformen – Sundheds- og Ældreudvalget": the body after "for", or after the
#: theme and a dash)
_GATHERING = (
    r"(?:temadrøftelse|temamøde|temadag|workshop|[a-zæøå]{0,30}(?:seminar|internat(?:dag)?))"
)
_STEM = r"(?:[a-zæøå]{2,30}-\s+og\s+)?[a-zæøå]{2,40}?(?:råd|udvalg)"
_BODY_GATHERING = re.compile(
    rf"^(?:{_DOC}\s+(?:af|fra)\s+|{_DOC}{_DASH})?"
    rf"(?:(?P<stem>{_STEM})ets\s+{_GATHERING}"
    rf"|(?P<board>[a-zæøå]{{2,40}}?(?:bestyrelse|gruppe))ns\s+{_GATHERING}"
    rf"|{_GATHERING}\s+(?:i|for)\s+(?P<stem2>{_STEM})et"
    rf"|{_GATHERING}\s+om\s+[^\n]{{2,80}}?{_DASH}(?P<stem3>{_STEM})et)"
    rf"(?:{_DASH}[^\n]{{0,80}}|:\s+[^\n]{{0,80}}|\s+(?:den\s+)?\d[^\n]*)?\s*$",
    re.IGNORECASE,
)
#: "Temamøde for skoleledere og dagtilbudsledere" alone on its line: a theme meeting named
#: by whom it gathers (those who meet so have no body's name).
_THEME_FOR = re.compile(
    r"^(?P<kind>temamøde|temadag)(?P<whom>\s+for\s+(?-i:[a-zæøå])[\wæøå-]*(?:\s+[\wæøå-]+){0,6})$",
    re.IGNORECASE,
)
#: "Ungerådsmøde onsdag 12/11 2025 kl. 16.30", "Referat fra handicaprådsmødet den …",
#: "Økonomiudvalgsmøde – referat": a council's (råd) or a committee's meeting, the body
#: named in the meeting's word ("Ungerådet", "Handicaprådet", "Økonomiudvalget").
_BODY_MEETING = re.compile(
    rf"^(?:{_DOC}\s+(?:af|fra|for)\s+(?:det\s+)?(?:ordinære?\s+|ekstraordinære?\s+)?|{_DOC}{_DASH})?"
    r"(?P<stem>[A-ZÆØÅa-zæøå][a-zæøå]{2,40}?(?:råd|udvalg))s?møde(?:t)?\b"
    rf"(?:{_DASH}{_DOC})?"
    rf"(?:(?:\s+|{_DASH})(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\s+|d\.\s*)?\d.*)?\s*:?$",
    re.IGNORECASE,
)
#: "Mødenoter – Chefgruppen, By, Kultur og Miljø", "Referat - Styregruppen": a notes page's
#: title, the kind of page, a dash, then the body that met by its name (an area after a
#: comma kept as written).
_NOTES_OF_BODY = re.compile(
    rf"^(?:mødenoter|noter|mødenotat|notat|{_DOC}){_DASH}"
    rf"(?P<body>{'|'.join(dict.fromkeys(_BODIES.values()))})"
    r"(?P<area>,\s+(?-i:[A-ZÆØÅ])[\wæøå-]*(?:,?\s+(?-i:og|&|[A-ZÆØÅ][\wæøå-]*)){0,5})?\s*$",
    re.IGNORECASE,
)
#: "Styregruppe for klimahandleplan – referat", "Temadag i Netværk for Forebyggelse og
#: Sundhedsfremme": a working group or network named by what it is for, as the page's
#: title (the document's kind after a dash, or the gathering "i" the body before it).
_GROUP_FOR = re.compile(
    r"^(?:(?P<gathering>temadag|temamøde|seminar|møde|workshop)\s+i\s+)?"
    r"(?P<body>(?-i:(?=[A-ZÆØÅ]))(?:styregruppe|projektgruppe|arbejdsgruppe|følgegruppe|"
    r"koordinationsgruppe|netværk|partnerskab)(?:en|et)?\s+for\s+[\wæøå][^:;–—·|\t]{2,70}?)"
    rf"(?:{_DASH}{_NOTES_DOC})?\s*$",
    re.IGNORECASE,
)
#: "KOORDINATIONSMØDE – BYGGESAG / MYNDIGHED / VEJ": a title in capitals naming the kind of
#: meeting and what it covers after a dash (the team's standing meeting).
_CAPS_KIND = re.compile(
    r"^(?P<kind>[A-ZÆØÅ]{4,30}MØDE)\s+[–—-]\s+(?!.*\bKOMMUNE$)"
    r"(?P<area>[A-ZÆØÅ][A-ZÆØÅ0-9 /,&-]{2,60})$"
)
#: "Styregruppemøde – Nyt plejecenter Farum Midtpunkt": a group's meeting named by the
#: group's task after a dash (the group's word opening the line: a title).
_GROUP_MEETING_TASK = re.compile(
    r"^(?P<group>(?:styre|projekt|arbejds|følge)gruppe)møde"
    r"(?P<task>\s+[–—-]\s+(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?:/\s+)?[\w&-]+){0,6})\s*$",
    re.IGNORECASE,
)
#: "Referat koordinationsmøde sundhed 20/5": the document's word, a kind of meeting and
#: its area in small letters (a word or two), then the day and month.
_KIND_AREA_DATED = re.compile(
    r"^(?:referat|notat|noter)\s+(?:fra\s+)?(?P<kind>(?-i:[a-zæøå]){4,30}møde)\s+"
    r"(?P<area>(?-i:[a-zæøå])[\wæøå-]+(?:\s+og\s+[\wæøå-]+)?)\s+\d{1,2}/\d{1,2}(?:[-/ ]\d{2,4})?$",
    re.IGNORECASE,
)
#: "Faaborg-Midtfyn Kommune / Område Social, Sundhed og Beskæftigelse" under a leaders'
#: meeting's title: the owner, a slash, then the area whose leaders meet.
_OWNER_SLASH_AREA = re.compile(
    r"^(?-i:[A-ZÆØÅ])[\w-]+(?:\s(?-i:[A-ZÆØÅ])[\w-]+)?\s+kommune\s*/\s*(?:området\s+|område\s+)?"
    r"(?P<area>(?-i:[A-ZÆØÅ])[\wæøå-]*(?:,?\s+(?:og|&|(?-i:[A-ZÆØÅ])[\wæøå-]*)){0,5})$",
    re.IGNORECASE,
)


#: "LOLLAND KOMMUNE – Dagtilbud" over a leaders' meeting's title: the owner, a dash, then
#: the area whose leaders meet.
_OWNER_DASH_AREA = re.compile(
    r"^(?-i:[A-ZÆØÅ])[\w-]+(?:\s(?-i:[A-ZÆØÅ])[\w-]+)?\s+kommune\s+[–—-]\s+"
    r"(?P<area>(?-i:[A-ZÆØÅ])[\wæøå-]*(?:,?\s+(?:og|&|(?-i:[A-ZÆØÅ])[\wæøå-]*)){0,4})$",
    re.IGNORECASE,
)


def _area_above(lines: list[Line], at: int, placed: set[int]) -> str:
    """ ", Dagtilbud": the area an owner line right above a leaders' meeting's title names
    after a dash (the line marked as placed), else ""."""
    for line in reversed(lines[max(at - 2, 0) : at]):
        if line.blank:
            continue
        text = line.clean.strip().strip("#*").strip()
        m = _OWNER_DASH_AREA.match(text) if "ommune" in text or "OMMUNE" in text else None
        if m:
            placed.add(line.index)
            return f", {m.group('area')}"
        return ""
    return ""


def _area_below(lines: list[Line], at: int, placed: set[int]) -> str:
    """ ", Social, Sundhed og Beskæftigelse": the area an owner line right under a leaders'
    meeting's title names after a slash (the line marked as placed), else ""."""
    for line in lines[at + 1 : at + 3]:
        if line.blank:
            continue
        m = _OWNER_SLASH_AREA.match(line.clean.strip()) if "/" in line.clean else None
        if m:
            placed.add(line.index)
            return f", {m.group('area')}"
        return ""
    return ""


#: "Emne: ", "Subject: RE: ": the subject field of the mail the minutes came in.
_SUBJECT = re.compile(rf"^{MAIL_SUBJECT}", re.I)
#: "Til: Chefgruppen Teknik og Miljø": the one recipient of the mail the minutes came in.
_RECIPIENT = re.compile(r"^(?:til|to)\s*:\s*(?P<name>[A-ZÆØÅ][^;,@<>()\d]{2,60})$", re.I)


def _stem(word: str) -> str:
    """ "Chefgruppen", "chefgruppe" -> "chefgrupp": a body's word without its article."""
    return word.lower().removesuffix("n").removesuffix("e")


def _named_in_full(body: str, recipient: str | None) -> str | None:
    """The recipient of the mail when it names the subject's body in full ("Til:
    Chefgruppen Teknik og Miljø" for "Referat fra chefgruppemøde …"; "Styregruppe
    skolestruktur" for a "styregruppemøde"): the same kind of body, with more words."""
    if recipient is None:
        return None
    words = recipient.split()
    if len(words) < 2 or len(words) <= len(body.split()) or len(words) > 8:
        return None
    return recipient if _stem(words[0]) == _stem(body.split()[0]) else None


#: "KALUNDBORG FORSYNING A/S", "Vestforbrænding I/S": a company's name ("Hobro Fjernvarme
#: A.m.b.a.": a cooperative's, its form capitalised as the name's last word).
_COMPANY = re.compile(
    r"^(?P<name>[A-ZÆØÅ][\wÆØÅæøå&.\- ]{2,60}?\s"
    rf"(?:{LEGAL_FORMS}|A\.m\.b\.a\.|A\.M\.B\.A\.))$"
)


#: "Referat af bestyrelsesmøde i Frederikshavn Forsyning A/S": the meeting of a company's
#: or an association's board, the organisation named after "i" on the same line.
_BOARD_OF = re.compile(
    # ("Referat – bestyrelsesmøde i Reno Djurs I/S": a dash or a colon after the kind)
    rf"^(?:{_DOC}(?:\s+(?:af|fra)|\s*:|\s+[–—-])\s+)?(?:ordinært\s+|ekstraordinært\s+)?"
    r"(?P<body>bestyrelse|repræsentantskab|direktion)smøde(?:t)?"
    # ("Bestyrelsesmøde nr. 4/2023 – Vestby Forsyning A/S": the meeting's number, then the
    # company after a dash; only a name that ends in a company's form follows a dash)
    r"(?:\s+nr\.?\s*\d{1,3}(?:/\d{2,4})?)?(?:\s+i\s+|(?P<dash>\s+[–—-]\s+))"
    r"(?P<org>(?-i:[A-ZÆØÅ])[\w&/.-]*(?:\s+(?:og|&|(?-i:[A-ZÆØÅ])[\w&/.-]*)){0,5}?)"
    r"(?(dash)(?<=\s(?-i:A/S|I/S|P/S|ApS)))"
    # ("… i Vestby Forsyning Holding A/S og datterselskaber": the holding company's
    # subsidiaries meet under its board, no part of its name)
    r"(?:\s+(?:og|med)\s+(?:dets\s+|dens\s+|tilhørende\s+)?datterselskaber)?"
    # ("… i Provas (Haderslev Forsyning A/S m.fl.)": the group's companies in brackets)
    r"(?:\s+\([^()\n]{2,80}\))?$",
    re.IGNORECASE,
)


#: "Referat fra mødet i bestyrelsen for Midtvest Renovation I/S", "Referat af ekstraordinært
#: møde i bestyrelsen for Sejerø Havn A/S", "Til bestyrelsen for Kongeåen Forsyning A/S" (an agenda
#: letter's addressee): the board named by its word and the organisation after "for".
_BOARD_FOR = re.compile(
    rf"^(?:{_DOC}\s+(?:af|fra)\s+(?:det\s+)?(?:(?:ekstra)?ordinær[et]?\s+)?møde(?:t)?\s+i"
    # ("Bestyrelsesmøde nr. 3/2023 i Bestyrelsen for Vestby Vand A/S": the kind of meeting
    # and its number, then the board named in full)
    # ("BESLUTNINGSPROTOKOL" / "for bestyrelsesmøde i Bestyrelsen for …": the title's second
    # line under its kind word, which a page may set as a paragraph of its own)
    rf"|(?:(?:{_DOC}\s+)?for\s+)?"
    r"(?:bestyrelses|repræsentantskabs|direktions)møde(?:t)?(?:\s+nr\.?\s*\d{1,3}(?:/\d{2,4})?)?"
    r"\s+i|til)\s+(?P<body>bestyrelsen|repræsentantskabet|direktionen)\s+for\s+"
    r"(?P<org>(?-i:[A-ZÆØÅ])[\w&/.-]*(?:\s+(?:og|&|(?-i:[A-ZÆØÅ])[\w&/.-]*)){0,5})$",
    re.IGNORECASE,
)


def _board_for(text: str) -> str | None:
    """ "Bestyrelsen for Sejerø Havn A/S" for a line naming the meeting of a board "for" its
    organisation (or the letter's addressee), else None."""
    m = _BOARD_FOR.match(text) if "or" in text or "OR" in text else None
    return f"{m.group('body').capitalize()} for {m.group('org')}" if m else None


#: "Forældrebestyrelsen for Børnehuset Kløveren", "Skolebestyrelsen ved Engskolen": an
#: institution's board named in full on a line of its own (the institution in capitalised
#: words after "for", "ved" or "på"; no sentence, no kind of document).
_BOARD_NAMED_FOR = re.compile(
    r"^(?P<body>(?:skole|forældre|bruger|dagtilbuds|institutions)bestyrelsen)\s+(?:for|ved|på)\s+"
    r"(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+(?:og|&|(?-i:[A-ZÆØÅ])[\wæøå-]*)){0,4}$",
    re.IGNORECASE,
)


#: "Kirkebakkeskolen – Vejle Kommune": the institution whose board meets, and its owner.
_INSTITUTION = re.compile(
    # ("Korsvejens Skole · Tårnby Kommune": the kind of institution as a word of its own,
    # a middle dot before the owner)
    r"^(?P<name>(?-i:[A-ZÆØÅ])[\wæøå-]*?\s?(?:skole|skolen|gymnasium|børnehave|børnehaven|"
    r"børnehus|børnehuset|vuggestue|vuggestuen|dagtilbud|fritidscenter|fritidscentret)"
    r"(?:\s+(?-i:[A-ZÆØÅ])[\wæøå-]*){0,2})\s+[–—·-]\s+(?-i:[A-ZÆØÅ])[\wæøå-]*\s+Kommune$",
    re.IGNORECASE,
)
#: "Sophienborgskolen", "Hadsten Børnehus": an institution's name alone on its line (a
#: web page's site name over the board's page), the kind of institution ending it.
_INSTITUTION_ALONE = re.compile(
    # ("Maribo Skole": the kind as a word of its own after the town)
    r"^(?P<name>(?:(?-i:[A-ZÆØÅ])[\wæøå-]*\s)?(?:(?-i:[A-ZÆØÅ])[\wæøå-]*?|(?<=\s))(?:skole|skolen|"
    r"gymnasium|børnehave|børnehaven|børnehus|børnehuset|vuggestue|vuggestuen|fritidscenter|"
    r"fritidscentret))$",
    re.IGNORECASE,
)
#: "Børnehuset Solsikken, Juelsminde", "Plejecenter Lindegården": an institution named by
#: its kind first, then its own name (perhaps the town after a comma), alone on its line.
_KIND_FIRST = re.compile(
    r"^(?P<name>(?:børnehuset|børnehus|børnehaven|vuggestuen|dagtilbud|plejecenter|plejecentret|"
    r"plejehjemmet|plejehjem|bofællesskabet|botilbud|fritidscenter)"
    r"(?:\s+(?-i:[A-ZÆØÅ])[\wæøå-]*){1,2})(?:,\s+(?-i:[A-ZÆØÅ])[\wæøå-]*)?$",
    re.IGNORECASE,
)
#: " Udskrevet 31-03-2025": the day a page was printed, in the column beside a name.
_PRINT_STAMP = re.compile(r"\s+(?:udskrevet|printet)\s+(?:den\s+)?\d[\d./-]+$", re.I)
_INSTITUTION_BOARDS = frozenset({"Skolebestyrelsen", "Forældrebestyrelsen", "Brugerbestyrelsen"})
#: The boards of one institution (its name kept beside the board's).
INSTITUTION_BOARDS = _INSTITUTION_BOARDS


#: "Dagtilbud Juelsminde": an institution's name beside its board (capitalised words, no
#: sentence), perhaps with its owner after a comma ("Vestre Skole, Horsens Kommune").
_BESIDE_BOARD = re.compile(
    r"^(?P<name>(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+(?-i:[A-ZÆØÅ0-9])[\wæøå.-]*){0,3})"
    r"(?:\s*[,–—-]\s*(?-i:[A-ZÆØÅ])[\wæøå-]*\s+Kommune)?$"
)


#: The boards named beside their institution: an institution's, and a day-care area's or
#: an institution's board by those names ("Dagtilbudsbestyrelsen – Dagtilbud Midt").
_BESIDE_BOARDS = _INSTITUTION_BOARDS | {"Dagtilbudsbestyrelsen", "Institutionsbestyrelsen"}
#: "Referat fra ", "Dagsorden til mødet i ": the document's kind before the board's name.
_DOC_OF_BOARD = re.compile(
    r"^(?:referat|dagsorden|protokol)\s+(?:fra|af|for|til)\s+(?:mødet\s+i\s+)?(?=\w+bestyrelsen$)",
    re.IGNORECASE,
)
#: The middle dot or spaced dash between an institution and its board.
_BESIDE_PARTS = re.compile(r"\s+[·–—]\s+")


def board_beside_institution(forum: str) -> str | None:
    """ "Dagtilbud Juelsminde · Forældrebestyrelsen" (a Word page header naming the
    institution and its board, either first) -> "Forældrebestyrelsen, Dagtilbud
    Juelsminde"; None where the line is not just an institution's board and its name."""
    # ("Børnehuset Mols – Forældrebestyrelsen": a Word template's first line, a dash
    # between them)
    parts = [p.strip() for p in _BESIDE_PARTS.split(forum)]
    if len(parts) != 2:
        return None
    if (doc := _DOC_OF_BOARD.match(parts[0])) is not None:
        # "Referat fra dagtilbudsbestyrelsen – Dagtilbud Midt" (a post's title): the
        # document's kind before the board, the board written in lower case
        board = parts[0][doc.end() :]
        parts[0] = board[:1].upper() + board[1:]
    boards = [p for p in parts if p in _BESIDE_BOARDS]
    if len(boards) != 1:
        return None
    other = parts[1] if parts[0] == boards[0] else parts[0]
    m = _BESIDE_BOARD.match(other)
    return f"{boards[0]}, {m.group('name')}" if m else None


#: " - " between a site title's parts ("Rønde Skole - Forældre - Skolebestyrelsen").
_TITLE_PARTS = re.compile(r"\s+[-–—|]\s+")


def board_in_site_title(forum: str) -> str | None:
    """ "Vestby Skole - Forældre - Skolebestyrelsen" (a school's web page title: the
    institution, the site's section, the board's page) -> "Skolebestyrelsen, Vestby
    Skole"; None where the first part is no institution's name or the last no board."""
    parts = _TITLE_PARTS.split(forum)
    if len(parts) < 2 or len(parts) > 4 or parts[-1] not in _INSTITUTION_BOARDS:
        return None
    m = _INSTITUTION_ALONE.match(parts[0])
    return f"{parts[-1]}, {m.group('name')}" if m else None


def institution_on_top(lines: list[Line], top: int = 4) -> str | None:
    """The institution an owner line among the first ``top`` filled lines names
    ("Korsvejens Skole · Tårnby Kommune" -> "Korsvejens Skole"), or a line naming it
    alone ("Sophienborgskolen"), else None: a board's forum read from its own line
    ("Skolebestyrelsen") is that institution's board."""
    filled = 0
    for line in lines:
        if line.blank:
            continue
        # ("Plejecenter Lindegården  Udskrevet 31-03-2025": a print's stamp beside it)
        text = _PRINT_STAMP.sub("", line.clean.strip().strip("#*").strip())
        m = (
            _INSTITUTION.match(text)
            if text.endswith(" Kommune")
            else (_INSTITUTION_ALONE.match(text) or _KIND_FIRST.match(text))
            if len(text) <= 40
            else None
        )
        if m:
            return m.group("name")
        filled += 1
        if filled >= top:
            return None
    return None


#: "RENO DJURS I/S   Bestyrelsesmøde nr. 2/2025": a PDF's header row, the company's name
#: beside the kind of meeting and its number.
_COMPANY_BESIDE = re.compile(
    r"^(?P<name>[A-ZÆØÅ][\wÆØÅæøå&.\- ]{2,60}?\s(?:A/S|I/S|P/S|ApS))\s+"
    rf"(?:{'|'.join(_BODIES)})s?møde\b",
    re.IGNORECASE,
)


def _title_case(name: str) -> str:
    """ "KALUNDBORG FORSYNING A/S" -> "Kalundborg Forsyning A/S" (a name in capitals)."""
    if name != name.upper():
        return name
    return " ".join(w if "/" in w or "." in w else w.capitalize() for w in name.split())


def body_of_meeting(text: str) -> str | None:
    """The body a line naming the kind of meeting names ("Direktionsmøde – referat" ->
    "Direktionen", "Chefgruppemøde – Teknik og Miljø – 12. marts 2024" -> "Chefgruppen
    Teknik og Miljø"), else None."""
    m = _KIND.match(text.strip().strip("#*").strip())
    if m is None:
        return None
    body = _BODIES[m.group("body").lower()]
    area = (m.group("area") or "").strip(" ,–—-")
    # "Direktionsmøde - Referat - Næstved Kommune", "DIREKTIONSMØDE – SYDDJURS KOMMUNE": the
    # owner, no area
    if area.lower().endswith("kommune"):
        area = ""
    if area and body in _INSTITUTION_BOARDS:
        return f"{body}, {area}"  # "Referat skolebestyrelsesmøde Løsning Skole": its school
    if area and m.group("comma"):
        return f"{body}, {area}"  # "Ledergruppemøde, Teknik og Miljø": the comma kept
    return f"{body} {area}" if area else body


#: "REBILD KOMMUNE<TAB>Center for Teknik og Miljø", "Odder Kommune, Børne- og
#: Ungeforvaltningen": the owner and the department whose leaders meet.
_OWNER_DEPARTMENT = re.compile(
    r"^(?-i:[A-ZÆØÅ])[\w-]+(?:\s(?-i:[A-ZÆØÅ])[\w-]+)?\s+kommune(?:\t+|,\s+|\s+[–—·-]\s+)"
    r"(?P<department>(?:center|centret|afdelingen|sekretariatet|området)\s+for\s+"
    r"(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+(?:og|&|(?-i:[A-ZÆØÅ])[\wæøå-]*)){0,4}"
    r"|(?-i:[A-ZÆØÅ])[\wæøå-]*forvaltning(?:en)?)$",
    re.IGNORECASE,
)
#: "LOLLAND KOMMUNE Teknik og Miljø": the owner in capitals and its department in mixed
#: case run onto one line (a Word page header's cell whose two lines were joined); the
#: change of case is the border between them.
_CAPS_OWNER_DEPARTMENT = re.compile(
    r"^[A-ZÆØÅ][A-ZÆØÅ-]+(?:\s[A-ZÆØÅ][A-ZÆØÅ-]+)?\s+KOMMUNE\s+"
    r"(?P<department>[A-ZÆØÅ][a-zæøå-]+(?:\s+(?:og|&|[A-ZÆØÅ][a-zæøå-]+)){0,4})$"
)
#: "SKIVE KOMMUNE - BØRN OG UNGE": the owner and the area whose leaders meet, both in
#: capitals (a typed template's first line), parted by a dash.
_CAPS_OWNER_AREA = re.compile(
    r"^[A-ZÆØÅ][A-ZÆØÅ-]+(?:\s[A-ZÆØÅ][A-ZÆØÅ-]+)?\s+KOMMUNE\s+[–—-]\s+"
    r"(?P<department>[A-ZÆØÅ][A-ZÆØÅ-]+(?:\s+(?:OG|&|[A-ZÆØÅ][A-ZÆØÅ-]+)){0,4})$"
)
#: Small words of an area's name written in capitals ("BØRN OG UNGE": "Børn og Unge").
_SMALL_WORDS = frozenset({"og", "for", "i", "af", "til", "&"})


def _area_case(name: str) -> str:
    """ "BØRN OG UNGE" -> "Børn og Unge": an area's name in capitals as it is written."""
    return " ".join(
        w.lower() if w.lower() in _SMALL_WORDS else w.capitalize() for w in name.split()
    )


#: The groups of a department's leaders, named by it where the title names no area.
_DEPARTMENT_GROUPS = frozenset({"Ledergruppen", "Chefgruppen", "Ledelsen"})
#: "Lemvig Kommune · Børn og Unge · Ledermøde": a page header's owner, area and kind.
_AREA_PART = re.compile(r"^(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+(?:og|&|(?-i:[A-ZÆØÅ])[\wæøå-]*)){0,4}$")
_OWNER_PART = re.compile(r"^[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+[Kk]ommune$")
#: "THISTED KOMMUNE": the owner set in capitals.
_OWNER_CAPS = re.compile(r"^[A-ZÆØÅ][A-ZÆØÅ-]+(?:\s[A-ZÆØÅ][A-ZÆØÅ-]+)?\s+KOMMUNE$")


def _owner_area_kind(text: str) -> str:
    """ "Lemvig Kommune · Børn og Unge · Ledermøde" -> "Ledermøde, Børn og Unge" (the kind
    of meeting with its area, as a title writes them), else the text as it was."""
    parts = [p.strip() for p in text.split(" · ")]
    owner = _OWNER_PART.match(parts[0]) or _OWNER_CAPS.match(parts[0])
    if len(parts) == 2 and owner and _LEADERS.match(parts[1]):
        return parts[1]  # "THISTED KOMMUNE · Centerledermøde Sundhed og Ældre": the owner
    if len(parts) != 3 or not _OWNER_PART.match(parts[0]) or not _AREA_PART.match(parts[1]):
        return text
    kind = parts[2]
    leaders = _LEADERS.match(kind)
    if leaders and not leaders.group("area"):
        return f"{kind}, {parts[1]}"
    m = _KIND.match(kind)
    if m and not m.group("area"):
        return f"{kind} {parts[1]}"
    return text


#: "Referat af afdelingsmøde – Myndighed, Sundhed og Omsorg", "Afdelingsmøde 16. maj 2017": a
#: department's meeting of its staff, the department (named after a dash, or by the page's
#: owner line) the body that meets.
_DEPARTMENT_MEETING = re.compile(
    rf"^(?:{_DOC}\s+(?:af|fra)\s+|{_DOC}{_DASH})?(?:{_HOW})?afdelingsmøde(?:t)?"
    rf"(?:{_DASH}(?!(?:man|tirs|ons|tors|fre|lør|søn)dag\b|den\b)(?P<unit>(?-i:[A-ZÆØÅ])[\wæøå-]*"
    r"(?:,?\s+(?-i:og|&|[A-ZÆØÅ][\wæøå-]*)){0,5}))?(?<!Kommune)"
    rf"(?:(?:\s+|{_DASH})(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\s+|d\.\s*)?\d.*)?\s*:?$",
    re.IGNORECASE,
)


def _owner_unit(text: str) -> str | None:
    """ "Herning Kommune · Teknik og Miljø · Natur og Miljø": the unit a page's owner line
    names last (the department within the area), else None."""
    parts = [p.strip() for p in text.split(" · ")]
    if (
        len(parts) == 3
        and _OWNER_PART.match(parts[0])
        and all(_AREA_PART.match(p) and "møde" not in p.lower() for p in parts[1:])
    ):
        return parts[2]
    return None


#: The bodies of a company (its board, its council of owners, its management).
_COMPANY_BODIES = ("Bestyrelsen", "Repræsentantskabet", "Direktionen")


def _company_below(lines: list[Line], at: int) -> tuple[Line | None, str]:
    """(line, name) of a company's name alone on the first filled line under line ``at``
    (the title), else (None, "")."""
    below = next((ln for ln in lines[at + 1 : at + 4] if not ln.blank), None)
    m = _COMPANY.match(below.clean.strip().strip("#*").strip()) if below is not None else None
    return (below, m.group("name")) if m else (None, "")


def body_of_gathering(text: str) -> str | None:
    """The council or committee whose gathering ``text`` names ("Byrådets temadrøftelse -
    …", "Temamøde i Skoleudvalget"): "Byrådet", "Skoleudvalget"; else None."""
    low = text.lower()  # (every gathering named so has "…ets" / "…et", or "…ns")
    m = _BODY_GATHERING.match(text) if "et" in low or "ns" in low else None
    if m is None:
        return None
    stem = m.group("stem") or m.group("stem2") or m.group("stem3") or m.group("board")
    stem = stem.capitalize() if stem.isupper() else stem  # ("BYRÅDETS …")
    return stem + ("n" if m.group("board") else "et")


def forum_from_meeting_kind(lines: list[Line], placed: set[int]) -> str | None:
    """The body a title line's kind of meeting names (with the company named above it for
    a board), else None; the lines used are marked as placed."""
    company: Line | None = None
    name = ""
    institution: str | None = None
    institution_at = -1
    department: Line | None = None
    department_name = ""
    recipient: str | None = None
    unit_line: tuple[Line, str | None] | None = None  # (the owner line naming the unit)
    named_board: tuple[Line, str, str] | None = None  # (line, full name, the board's word)
    for at, line in enumerate(lines):
        text = line.clean.strip().strip("#*").strip()
        if at < 12 and text[:2].lower() in ("ti", "to") and (to := _RECIPIENT.match(text)):
            recipient = to.group("name").strip()
        if text[:2].lower() in ("em", "su") and _SUBJECT.match(text):
            text = _SUBJECT.sub("", text)  # the mail's subject names the meeting
        if not text:
            continue
        if " · " in text:
            unit_line = (line, _owner_unit(text)) if unit_line is None else unit_line
            text = _owner_area_kind(text)
        if (
            department is None
            and ("ommune" in text or "OMMUNE" in text)
            and (owner := _OWNER_DEPARTMENT.match(text) or _CAPS_OWNER_DEPARTMENT.match(text))
        ):
            department, department_name = line, owner.group("department")
            continue
        if department is None and "OMMUNE " in text and (owner := _CAPS_OWNER_AREA.match(text)):
            department, department_name = line, _area_case(owner.group("department"))
            continue
        if institution is None and text.endswith(" Kommune") and (m := _INSTITUTION.match(text)):
            institution, institution_at = m.group("name"), line.index
            continue
        if named_board is None and (full := _BOARD_NAMED_FOR.match(text)):
            named_board = (line, text, full.group("body").casefold())
            continue
        board = _BOARD_OF.match(text) if "møde" in text else None
        if board:
            placed.add(line.index)
            return f"{_BODIES[board.group('body').lower()]} for {board.group('org')}"
        low = text.lower()
        if ("forsamling" in low or "møde" in low) and (named := _ASSEMBLY_OF.match(text)):
            # (before the company's name: "… i Vestforsyning A/S" ends as a company's does)
            placed.add(line.index)
            return named.group("name")
        if board_for := _board_for(text):
            # (before the company's name: "… bestyrelsen for Sejerø Havn A/S" ends as one does)
            placed.add(line.index)
            return board_for
        if company is None and (m := _COMPANY.match(text) or _COMPANY_BESIDE.match(text)):
            # the company's name alone, or beside the kind of meeting (a PDF's header row)
            company, name = line, m.group("name")
            continue
        body = body_of_meeting(text)
        network = _NETWORK.match(text) if body is None else None
        if network:
            placed.add(line.index)
            return f"Netværk {network.group('whom')}"
        if body is None:
            staff = _DEPARTMENT_MEETING.match(text) if "fdelingsm" in text.lower() else None
            if staff and (staff.group("unit") or (unit_line and unit_line[1])):
                placed.add(line.index)
                if staff.group("unit"):
                    return staff.group("unit")
                assert unit_line is not None and unit_line[1] is not None
                placed.add(unit_line[0].index)
                return unit_line[1]
            unit = _UNIT_THEN_LEADERS.match(text) if "møde" in low else None
            if unit:
                placed.add(line.index)
                return unit.group("name")
            leaders = _LEADERS.match(text)
            if leaders:
                placed.add(line.index)
                kind = leaders.group("kind")
                area = (
                    leaders.group("area")
                    or _area_below(lines, at, placed)
                    or _area_above(lines, at, placed)
                )
                return kind[:1].upper() + kind[1:].lower() + area
            assembly = (
                _ASSEMBLY.match(text)
                if "eneralforsamling" in text or "ENERALFORSAMLING" in text
                else None
            )
            if assembly:
                placed.add(line.index)
                kind = assembly.group("kind")
                return kind[:1].upper() + kind[1:].lower()
            gathered = body_of_gathering(text)
            if gathered:
                placed.add(line.index)
                return gathered
            seminar = _SEMINAR.match(text) if "eminar" in text else None
            if seminar:
                placed.add(line.index)
                from analysis.layouts.header import _MUNICIPALITY_TAIL  # (imports this)

                kind = seminar.group("kind")
                # "… for direktion og centerchefer – Furesø Kommune": the owner after it
                whom = _MUNICIPALITY_TAIL.sub("", seminar.group("whom") or "")
                return kind[:1].upper() + kind[1:].lower() + whom
            theme = _THEME_FOR.match(text) if text[:4].lower() == "tema" else None
            if theme:
                # "Temamøde for skoleledere og dagtilbudsledere": the gathering and for whom
                placed.add(line.index)
                return theme.group("kind").capitalize() + theme.group("whom")
            council = _BODY_MEETING.match(text) if "møde" in text.lower() else None
            if council:
                placed.add(line.index)
                stem = council.group("stem")
                return stem[:1].upper() + stem[1:].lower() + "et"
            notes = _NOTES_OF_BODY.match(text) if "–" in text or "-" in text else None
            if notes:
                placed.add(line.index)
                return notes.group("body").capitalize() + (notes.group("area") or "")
            group = _GROUP_FOR.match(text) if " for " in text else None
            if group and (group.group("gathering") or group.end("body") < len(text)):
                placed.add(line.index)
                return group.group("body")
            task = _GROUP_MEETING_TASK.match(text) if "gruppemøde " in text.lower() else None
            if task:
                # "Styregruppemøde – Nyt plejecenter …": the group that met, named by its task
                placed.add(line.index)
                return task.group("group").capitalize() + task.group("task")
            kind_area = _KIND_AREA_DATED.match(text) if "møde " in text else None
            if kind_area:
                # "Referat koordinationsmøde sundhed 20/5" (a mail's subject): the team's
                # standing meeting and its area, written small, before the day
                return kind_area.group("kind").capitalize() + " " + kind_area.group("area")
            caps = _CAPS_KIND.match(text) if "MØDE " in text else None
            if caps:
                placed.add(line.index)
                return f"{caps.group('kind').capitalize()} – {caps.group('area').lower()}"
            continue
        placed.add(line.index)
        if named_board is not None and named_board[2] == body.casefold():
            # "Forældrebestyrelsen for Dagtilbud Vestby" over "Referat af
            # forældrebestyrelsesmøde": the board the title names, named in full above it
            placed.add(named_board[0].index)
            return named_board[1]
        if institution is not None and body in _INSTITUTION_BOARDS:
            placed.add(institution_at)
            return f"{body}, {institution}"  # "Skolebestyrelsen, Kirkebakkeskolen"
        if company is None and body in _COMPANY_BODIES:
            # "Referat af bestyrelsesmøde nr. 2/2025" over "Frederiksberg Forsyning A/S":
            # the company named right under the title
            company, name = _company_below(lines, at)
        if company is not None and body in _COMPANY_BODIES:
            placed.add(company.index)
            if board_for := _board_for(name):
                # "Bestyrelsesmøde 2/2024" over "Referat fra møde i bestyrelsen for <org>"
                return board_for
            named = _title_case(name)
            if named.casefold().startswith(board := f"{body.casefold()} for "):
                # "Bestyrelsen for Vejle Vand A/S" over "Referat af bestyrelsesmøde": the
                # company's line already names its board
                named = named[len(board) :]
            return f"{body} for {named}"
        if department is not None and body in _DEPARTMENT_GROUPS:
            # "REBILD KOMMUNE<TAB>Center for Teknik og Miljø" over "LEDERGRUPPEMØDE …": the
            # group of that department's leaders
            placed.add(department.index)
            return f"{body}, {department_name}"
        return _named_in_full(body, recipient) or body
    return None


_BARE_BODIES = frozenset(_BODIES.values())


def area_of_bare_body(forum: str | None, lines: list[Line], placed: set[int]) -> str | None:
    """The forum with its area where the header names the body by its word alone
    ("Chefgruppen" on a line of its own) and the title line names the same kind of
    meeting with the area ("Referat af chefgruppemøde – Social og Sundhed"): "Chefgruppen,
    Social og Sundhed" (the area after a comma, as an owner line's area is joined); else
    None (nothing placed)."""
    if forum not in _BARE_BODIES:
        return None
    found: set[int] = set()
    wider = forum_from_meeting_kind(lines, found)
    if not wider or wider == forum or not wider.startswith(f"{forum} "):
        return None
    area = wider[len(forum) + 1 :]
    if area.lstrip("–—- ").lower() == forum.lower():
        # "Referat af direktionsmøde – Direktionen": the body named again, no area
        return None
    if area[:4] == "for ":
        # "Forum: Bestyrelsen" under "# Vestegnens Genbrug I/S" / "Referat af
        # bestyrelsesmøde": the company's board, named in the field by its word alone (the
        # company after "for" is no area of it); but a letterhead's line of the body's word
        # alone right under the company's name is the company's board, as the title reads
        if not body_under_company(forum, lines):
            return None
        placed |= found
        return wider
    placed |= found
    return f"{forum}, {area}"


def body_under_company(body: str, lines: list[Line]) -> bool:
    """Whether ``body`` ("Bestyrelsen") stands alone on a line right under a line naming a
    company ("VESTBY FORSYNING A/S"): a letterhead naming the company and then its body."""
    above = ""
    for line in lines:
        if line.blank:
            continue
        text = line.clean.strip().strip("#*").strip()
        if text.casefold() == body.casefold() and _COMPANY.match(above):
            return True
        above = text
    return False


#: "Til stede: Bestyrelsen for Vestby Trafik: Anna Holm (formand), …": the participants
#: field opened by the body's whole name (its owner after "for"), a colon before the names.
_PRESENT_BODY = re.compile(
    r"^(?:til\s+stede|deltagere|mødedeltagere|fremmødte|deltog)\s*:?\s+"
    r"(?P<body>(?-i:[A-ZÆØÅ])[a-zæøå]+)\s+for\s+"
    r"(?P<org>(?-i:[A-ZÆØÅ])[\w&/.-]*(?:\s+(?:og|&|(?-i:[A-ZÆØÅ])[\w&/.-]*)){0,5}):\s",
    re.IGNORECASE,
)


def board_in_attendance(forum: str | None, lines: list[Line]) -> str | None:
    """The forum in full where the header named the body by its word alone ("Bestyrelsen",
    from "Bestyrelsesmøde nr. 2/2022") and the participants field opens with the same body
    and its owner ("Til stede: Bestyrelsen for Vestby Trafik: …"): "Bestyrelsen for Vestby
    Trafik"; else None."""
    if forum not in _BARE_BODIES:
        return None
    for line in lines:
        text = line.clean.strip()
        if not text or text[:1] not in "TtDdMmFf":
            continue  # (the cheap gate: the field's label opens the line)
        m = _PRESENT_BODY.match(text)
        if m and m.group("body").casefold() == forum.casefold():
            return f"{forum} for {m.group('org')}"
    return None


#: "Tønder Ungdomsskole · Bestyrelsen": a page header naming the organisation, then its
#: body by the body's word alone.
_OWNER_THEN_BODY = re.compile(r"^(?P<org>\S.{1,60}?)\s+[·|–—-]\s+(?P<body>[A-ZÆØÅ][a-zæøå]+)$")


#: "CVR 12 34 56 78", "CVR-nr. 12345678": a company's register number.
_CVR = re.compile(r"^CVR(?:-?nr\.?)?:?\s*\d{2}\s?\d{2}\s?\d{2}\s?\d{2}$", re.I)


def board_of_owner_header(forum: str | None, lines: list[Line], placed: set[int]) -> str | None:
    """The forum a title names where the header's forum is an organisation and its body's
    word ("Tønder Ungdomsskole · Bestyrelsen" over "Referat af bestyrelsesmøde i Tønder
    Ungdomsskole"): "Bestyrelsen for Tønder Ungdomsskole", as the title alone reads. Only
    where the title names the same organisation and the same body; else None."""
    m = _OWNER_THEN_BODY.match(forum or "")
    if m is None or m.group("body") not in _BARE_BODIES:
        return None
    found: set[int] = set()
    titled = forum_from_meeting_kind(lines, found)
    if titled is None:
        return None
    if _CVR.match(m.group("org")):
        # "CVR 12 34 56 78 · Bestyrelsen" under "ODSHERRED VAND A/S": the company's register
        # number is no name; the title's company names the board
        if not titled.startswith(f"{m.group('body')} for "):
            return None
    elif titled.casefold() != f"{m.group('body')} for {m.group('org')}".casefold():
        return None
    placed |= found
    return titled
