"""The forum named only by the document's title line or a loose first line (pure).

Minutes written by volunteers and small secretariats (an elder council, a youth council,
a school board, a residents' joint council) rarely write a ``Forum:`` field: the body is
named in the title ("Ungerådet Thisted – referat", "Ældrerådet – referat 4. marts"), in
a first line that also names the owner ("Samrådet for Grundejerforeninger på Amager Syd –
Tårnby Kommune"), or in the mail's subject in the genitive ("Referat fra Ældrerådets møde
onsdag 22/1"). Read only where no labelled forum was found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analysis.layouts.meeting_kind import body_of_gathering
from analysis.municipalities import municipality_from_folder
from analysis.parse import Line
from analysis.vocab import MAIL_SUBJECT

#: The body's own word closing a name's first word: "Ældrerådet", "Ungerådet",
#: "Samrådet", "Handicaprådet", "Brugerbestyrelsen", "Koordinationsforum",
#: "Følgegruppen", "Hoved-MED", "Beredskabskommissionen".
_BODY_END = (
    r"(?:råd|udvalg|bestyrelse|forum|gruppe|kommission|repræsentantskab|netværk)"
    # ("Kommunaldirektørkredsen": the circle of several municipalities' chiefs)
    # ("Budgetstyregruppen", "Skolebestyrelsen": a word ending in -e takes -n alone)
    r"(?:et|en|(?<=e)n)?|(?:direktør|chef|borgmester)kreds(?:en)?|(?-i:MED)"
)
#: "Ældrerådet", "Samrådet for Grundejerforeninger på Amager Syd", "Brugerbestyrelsen ved
#: Plejecenter Engly": the body's word, then what or where it is for (capitalised words).
_NAME = (
    # ("Kultur- og Fritidsudvalget": two fields' words joined, the first cut to its dash)
    rf"(?:(?:(?-i:[A-ZÆØÅ])[\wæøå]*-\s+og\s+)?(?-i:[A-ZÆØÅ])[\wæøå-]*?(?:{_BODY_END})"
    # ("Grønt Forum Aalborg", "Lokalt Råd Nord": an adjective, then the body's word
    # capitalised as a word of its own)
    r"|(?-i:[A-ZÆØÅ][a-zæøå]+\s+(?:Forum|Råd(?:et)?|Udvalg(?:et)?|Netværk(?:et)?))"
    # ("Vestegnens Beskæftigelsesnetværk", "Fyns Borgmesterforum": the area in the
    # genitive, then the body's compound word)
    rf"|(?-i:[A-ZÆØÅ][a-zæøå]+s\s+[A-ZÆØÅ])[\wæøå-]*?(?:{_BODY_END}))"
    # ("Kommunaldirektørkredsen i hovedstadsregionen": the area a common noun in the
    # definite form, in lower case as a sentence writes it)
    r"(?:\s+(?:for|ved|på|i)\s+(?:(?-i:[A-ZÆØÅ])[\wæøå-]*|(?-i:[a-zæøå-]+(?:regionen|området)))"
    # ("… Brand & Redning": a joint service's name written with an ampersand for "og")
    r"(?:\s+(?:og|&|på|i|for|(?-i:[A-ZÆØÅ])[\wæøå-]*)){0,6})?"
)
#: What may close the title after the name: the document's kind (and its date), the owner
#: ("– Tårnby Kommune"), the town the body is of ("Ungerådet Thisted").
#: ("Grønt Forum Aalborg – mødenoter", "Naturrådet Faxe – noter fra mødet": a notes page's)
_DOC = r"(?:referat|dagsorden|mødereferat|beslutningsreferat|protokol|mødenoter|noter)"
_TITLE = re.compile(
    # ("Kommunaldirektørkredsen i Hovedstaden (K29)": the body's short name in brackets
    # closing its name, part of it)
    # ("K17 – Kommunaldirektørkredsen i Region Sjælland": the short name before a dash,
    # part of the name too)
    # ("Referat fra Klima- og Miljøudvalget": the kind, then "fra" or "af" before the body)
    rf"^(?:{_DOC}(?:\s*[:–—-]|\s+(?:fra|af))\s*)?(?P<name>(?:(?-i:[A-ZÆØÅ][A-ZÆØÅ0-9]{{1,7}})\s+[–—-]\s+)?"
    rf"{_NAME}(?:\s+\((?-i:[A-ZÆØÅ][A-ZÆØÅ0-9]{{1,7}})\))?)"
    r"(?P<town>\s+(?-i:[A-ZÆØÅ])[\wæøå-]+)?"
    r"(?:\s*[–—-]\s*(?-i:[A-ZÆØÅ])[\wæøå-]+(?:\s(?-i:[A-ZÆØÅ])[\wæøå-]+)?\s+(?:Regions)?[Kk]ommune)?"
    # ("Beredskabskommissionen – ekstraordinært møde efter stormen": the meeting's kind)
    rf"(?:\s*[–—:-]\s*(?:{_DOC}|(?:ekstra)?ordinært\s+møde)\b.{{0,40}})?$",
    re.IGNORECASE,
)
#: "Referat fra Ældrerådets møde onsdag 22/1", "Dagsorden til Handicaprådets ordinære
#: møde": the body that met, in the genitive.
_GENITIVE = re.compile(
    rf"^{_DOC}\s+(?:fra|af|til|for)\s+(?:det\s+)?(?P<name>(?-i:[A-ZÆØÅ])[\wæøå-]*"
    rf"(?:{_BODY_END}))s\s+(?:\w+\s+){{0,2}}?møde(?:t)?\b",
    re.IGNORECASE,
)
#: A mail's subject line: "Emne: Referat fra …", "Subject: SV: …".
_SUBJECT = re.compile(rf"^{MAIL_SUBJECT}", re.I)
#: "Referat Udsatterådet": a subject's kind word right before the body's capital.
_SUBJECT_KIND = re.compile(rf"^(?P<kind>{_DOC})\s+(?=(?-i:[A-ZÆØÅ]))", re.I)
#: " 14.06.2023", " d. 1. juni", " 27/11": the meeting's day closing a subject.
_SUBJECT_DATE = re.compile(
    r"\s+(?:d\.\s*|den\s+)?\d{1,2}(?:[./]\s*\d{1,2}\.?(?:[./-]\d{2,4})?|\.\s*[a-zæøå]{3,9}"
    r"(?:\s+\d{4})?)\s*$",
    re.I,
)
#: "BUU – referat", "Referat - ØK", "KFU-møde", "KFU referat 2017": a title naming the body
#: only by its abbreviation in capitals (a committee's own shorthand), beside the
#: document's kind (and its year) or as the meeting's "<ABBR>-møde".
_ABBREVIATION_TITLE = re.compile(
    rf"^(?:{_DOC}\s*[:–—-]\s*(?P<after>(?-i:[A-ZÆØÅ]{{2,5}}))"
    rf"|(?P<before>(?-i:[A-ZÆØÅ]{{2,5}}))(?:-møde|\s*[–—:-]?\s*{_DOC}(?:\s+(?:19|20)\d\d)?))$",
    re.IGNORECASE,
)
#: Capitals that are words or marks, not a body's abbreviation.
_NO_BODY = frozenset({"MØDE", "NB", "OBS", "PDF", "REF", "NOTAT", "UDKAST", "TIL", "FRA"})
#: Markdown marks, emojis and other symbols around a title ("# Ungerådet Thisted 🎤 – referat").
_MARKS = re.compile(r"[#*_]+|[^\w\s.,:;/()&§'\"–—-]")


#: "Seniorrådet i Lejre", "UDSATTERÅDET PÅ FREDERIKSBERG": a body and the municipality it
#: is of, by its bare name.
_BODY_IN = re.compile(
    r"^(?P<body>(?-i:[A-ZÆØÅ])[\wæøå-]+)\s+(?:i|på|I|PÅ)\s+(?P<owner>(?-i:[A-ZÆØÅ])[\wæøå-]+)$"
)


def body_in_municipality(name: str) -> tuple[str, str] | None:
    """(body, municipality) of "Seniorrådet i Lejre" ("… på Frederiksberg"), the municipality
    by its bare name;
    None for anything else (a town's name, "Ældrerådet i Gudhjem", stays the body's)."""
    m = _BODY_IN.match(name) if " i " in name.lower() or " på " in name.lower() else None
    if m is None or (owner := municipality_from_folder(m["owner"])) is None:
        return None
    return m["body"], owner


def _bare(text: str) -> str:
    return re.sub(r"\s+", " ", _MARKS.sub(" ", text)).strip()


def title_line_forum(
    lines: list[Line], placed: set[int], top: int = 3, skip: set[int] | frozenset[int] = frozenset()
) -> tuple[str | None, str | None]:
    """The body a title or loose first line names (one of the first ``top`` filled lines,
    or the mail's subject) and the municipality a town after it names ("Ungerådet Thisted"),
    else (None, None); the line used is marked as placed. Lines in ``skip`` (a mail's
    envelope and covering letter above the minutes) are not counted, the subject read."""
    filled = 0
    if skip:  # (the first twelve filled lines not skipped)
        lines = [
            line
            for line in lines
            if line.clean and (line.index not in skip or _SUBJECT.match(line.clean))
        ]
    for line in lines[:12]:
        raw = line.clean.strip()
        if not raw:
            continue
        filled += line.index not in skip  # (a skipped subject is read, not counted)
        if filled > top and not _SUBJECT.match(raw):
            continue
        subject = _SUBJECT.match(raw)
        text = _bare(raw[subject.end() :] if subject else raw)
        if subject:
            # "Emne: Referat Udsatterådet 14.06.2023": a subject names the document's kind
            # and the body without a dash between them, and the meeting's day after them
            text = _SUBJECT_DATE.sub("", _SUBJECT_KIND.sub(r"\g<kind> – ", text, count=1))
        if (m := _GENITIVE.match(text)) is not None:
            placed.add(line.index)
            return m.group("name"), None
        short = _ABBREVIATION_TITLE.match(text)
        if short is not None and (abbr := short["after"] or short["before"]) not in _NO_BODY:
            placed.add(line.index)
            return abbr, None  # "BUU – referat", "Referat - ØK", "KFU-møde"
        m = _TITLE.match(text)
        if m is None and not subject and " | " in raw:
            # "Folkeoplysningsudvalget (FOU) | Kultur, Fritid og Borgerservice": a logo line,
            # the body's name, then the department that serves it after a bar
            m = _TITLE.match(_bare(raw.split(" | ", 1)[0]))
        if m is None and subject and " – " in text:
            # "Emne: Referat FOU 4/3-2015 – Folkeoplysningsudvalget": the subject's last
            # part after a dash names the body in full (the short name and date before it)
            m = _TITLE.match(text.rsplit(" – ", 1)[1])
        if m is None:
            continue
        town = (m.group("town") or "").strip()
        owner = municipality_from_folder(town) if town else None
        if town and owner is None:
            continue  # "Ungerådet Thisted", not "Skolebestyrelsen Holmen" (a name's part)
        placed.add(line.index)
        if (split := body_in_municipality(m.group("name"))) is not None:
            return split[0], owner or split[1]  # "Seniorrådet i Lejre"
        return m.group("name"), owner
    return None, None


#: "Referat fra bestyrelsesmøde i Vestbjerg Skolebestyrelse", "Referat af ordinært
#: rådsmøde i Ældrerådet": a title line read whole as the forum, the body after "møde i".
_KIND_MEETING_IN = re.compile(
    # ("Referat – bestyrelsesmøde i Hasselø Borgerråd", "Bestyrelsesmøde i …": the
    # document's kind after a dash or a colon, or left off, the same meeting of the body)
    rf"^(?:{_DOC}(?:\s+(?:fra|af)|\s*[:–—-])\s+)?(?:det\s+)?(?:(?:ekstra)?ordinære?t?\s+)?[\wæøå-]*møde(?:t)?\s+i\s+"
    rf"(?P<name>(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+(?-i:[A-ZÆØÅ])[\wæøå-]*){{0,3}}?\s*(?:{_BODY_END})"
    # ("Referat af mødet i udvalget for teknik og miljø": a committee named by its common
    # noun and what it is for, in small letters)
    r"|(?-i:udvalget|rådet|bestyrelsen|nævnet)\s+for\s+(?-i:[a-zæøå-]+)"
    r"(?:(?:,\s*|\s+og\s+)(?-i:[a-zæøå-]+)){0,4})$",
    re.IGNORECASE,
)


#: "Dagsorden til møde i forældrebestyrelsen for Dagtilbud Nord", "Møde i skolebestyrelsen
#: ved Vestskolen": a board named in small letters, as running text names it, before the
#: institution it governs (capitalised words); the board is the forum, its word capitalised.
_MEETING_IN_BOARD = re.compile(
    rf"^(?:{_DOC}\s*(?:[–—:-]\s*|\s+(?:til|fra|af)\s+))?(?:(?:ekstra)?ordinært\s+)?møde(?:t)?\s+i\s+"
    r"(?P<name>(?-i:[a-zæøå])[\wæøå-]*bestyrelsen\s+(?:for|ved|på|i)\s+(?-i:[A-ZÆØÅ])[\wæøå-]*"
    r"(?:\s+(?-i:[A-ZÆØÅ0-9])[\wæøå-]*){0,3})$",
    re.IGNORECASE,
)


#: "Referat af møde i skolebestyrelsen": the document's title naming the board by its word
#: alone, in small letters (its institution named on a line of the header).
_MEETING_IN_BARE_BOARD = re.compile(
    rf"^(?:{_DOC}\s*(?:[–—:-]\s*|\s+(?:til|fra|af)\s+))?(?:(?:ekstra)?ordinært\s+)?møde(?:t)?\s+i\s+"
    r"(?P<board>(?-i:[a-zæøå])[\wæøå-]*bestyrelsen)$",
    re.IGNORECASE,
)


def board_named_in_full(forum: str, lines: list[Line], placed: set[int]) -> str | None:
    """The header's line naming in full the board a title names by its word alone
    ("Referat af møde i skolebestyrelsen" over "Skolebestyrelsen ved Dybkær Skole": the
    board and the institution after "ved", "for", "på" or "i", capitalised words, a town
    after a comma perhaps), the line placed; else None."""
    m = _MEETING_IN_BARE_BOARD.match(forum)
    if m is None:
        return None
    full = re.compile(
        rf"^{re.escape(m.group('board'))}\s+(?:for|ved|på|i)\s+[A-ZÆØÅ][\wæøå-]*"
        r"(?:\s+[A-ZÆØÅ0-9][\wæøå-]*){0,3}(?:,\s+[A-ZÆØÅ][\wæøå-]*)?$",
        re.IGNORECASE,
    )
    for line in lines:
        text = line.clean.strip().lstrip("#").strip()
        if text[:1].isupper() and full.match(text):
            placed.add(line.index)
            return text
    return None


#: "Dialogmøde mellem Ældre- og Sundhedsudvalget og Ældrerådet", "Møde mellem Ungerådet og
#: Børne- og Ungeudvalget": a meeting of two bodies, the bodies after "mellem".
_MEETING_BETWEEN = re.compile(
    rf"^(?:{_DOC}\s+(?:fra|af)\s+)?[\wæøå-]*møde(?:t)?\s+mellem\s+"
    rf"(?P<name>(?-i:[A-ZÆØÅ])(?:[\wæøå-]+\s+og\s+)?[\wæøå-]*(?:{_BODY_END})"
    # ("Fællesmøde mellem Sundheds- og Ældreudvalget, Socialudvalget og Handicaprådet":
    # three or more bodies, the first ones parted by commas)
    rf"(?:,\s+(?-i:[A-ZÆØÅ])(?:[\wæøå-]+\s+og\s+)?[\wæøå-]*(?:{_BODY_END})){{0,3}}\s+og\s+"
    rf"(?:(?:[\wæøå-]+\s+og\s+)?(?-i:[A-ZÆØÅ])[\wæøå-]*(?:{_BODY_END})"
    # ("… og skolebestyrelserne", "… og lokalrådene": many bodies of one kind, in small
    # letters, the last party)
    r"|(?-i:[a-zæøå])[\wæøå-]*(?:bestyrelserne|rådene|udvalgene)))$",
    re.IGNORECASE,
)


def body_of_title_forum(forum: str) -> str | None:
    """The body a forum read as a whole title line names after "…møde i" (a board in small
    letters before its institution capitalised: ``_MEETING_IN_BOARD``), else None; the
    two bodies of a meeting "mellem <body> og <body>", both named so."""
    m = _KIND_MEETING_IN.match(forum)
    if m is None and "møde" in forum.lower() and (board := _MEETING_IN_BOARD.match(forum)):
        name = board.group("name")
        return name[:1].upper() + name[1:]
    if m is None and " mellem " in forum:
        m = _MEETING_BETWEEN.match(forum)
    if m is None and " i " in forum:
        # "Temamøde i Skoleudvalget" (a title's municipality taken off): the body gathered
        return body_of_gathering(forum)
    return m.group("name") if m else None


#: ", Aalborg Kommune, By- og Landskabsforvaltningen", " – Esbjerg Kommune": the owner
#: after a title's name (and the department after it), no part of the forum.
_OWNER_AFTER = (
    r"\s*(?:[–—-]|,)\s*(?-i:[A-ZÆØÅ])[\wæøå-]+(?:\s+(?-i:[A-ZÆØÅ])[\wæøå-]+)?\s+"
    r"(?:regions)?kommune\b(?:\s*,[^:]{0,80})?"
)
#: The word of an emergency body set up for an incident: "Krisestab", "Kriseledelsen",
#: "Beredskabsledelsen", "Sundheds- og omsorgsberedskabet", "corona-beredskab",
#: "Sundhedskrisestab", "Taskforce" (not "Beredskab Fyn", a rescue service, nor "krisestabsmøde").
_CRISIS_WORD = (
    # ("Sundhedskrisestab": the field's word before the staff's, one compound)
    r"(?:[\wæøå]*krise(?:stab|ledelse|gruppe|beredskab|styring)(?:en|et|n)?"
    r"|[\wæøå]*beredskabs(?:ledelse|stab|gruppe)(?:n|en)?"
    r"|[\wæøå]+-?beredskab(?:et)?|beredskabet|task\s?-?force(?:n|en)?)"
)
#: "Krisestab – IT-nedbrud (ransomware)", "Den centrale krisestab – COVID-19", "Aabenraa
#: Kommune – Kommunal beredskabsledelse": at most two words before the body's word, the
#: incident it is for after it; an owner ("<X> Kommune –") or the document's kind before.
_CRISIS_TITLE = re.compile(
    rf"^(?:{_DOC}\s*[:–—-]\s*)?"
    r"(?:(?-i:[A-ZÆØÅ])[\wæøå-]+(?:\s+(?-i:[A-ZÆØÅ])[\wæøå-]+)?\s+(?:regions)?kommune\s*[–—-]\s*)?"
    # ("Statusmøde COVID-19, MSO's beredskabsledelse": the meeting's kind and its incident
    # before a comma, the body after it)
    r"(?:[\wæøå-]*møde\b[^,:]{0,40},\s+)?"
    rf"(?P<name>(?:[\wæøå.'-]+\s+(?:og\s+)?){{0,2}}?{_CRISIS_WORD}\b[^:]{{0,90}}?)"
    # ("Beredskabsstab – Esbjerg Kommune": the owner after the body, no part of it;
    # "Krisestaben – LOG / REFERAT": the staff's log and minutes in one, the kind too)
    rf"(?:\s*[–—-]\s*(?:log(?:bog)?\s*[/&]\s*)?{_DOC}|{_OWNER_AFTER})?$",
    re.IGNORECASE,
)


#: A line that is only the owner ("Aarhus Kommune") or the document's kind ("REFERAT").
_NO_TITLE = re.compile(
    rf"^(?:(?-i:[A-ZÆØÅ])[\wæøå-]+(?:\s+(?-i:[A-ZÆØÅ])[\wæøå-]+)?\s+(?:regions)?kommune|{_DOC})$",
    re.IGNORECASE,
)


def _title_lines(
    lines: list[Line], top: int, skip: set[int] | frozenset[int]
) -> Iterator[tuple[Line, str]]:
    """The first ``top`` filled lines that may be a title, each with its text stripped:
    no rule under a title ("====="), no owner's or document kind's line over it ("Aarhus
    Kommune", "REFERAT": counted as no line), none in ``skip``."""
    filled = 0
    for line in lines[:12]:
        raw = line.clean.strip()
        if not raw or line.index in skip or not any(c.isalpha() for c in raw[:40]):
            continue
        if _NO_TITLE.match(raw):
            continue
        filled += 1
        if filled > top:
            return
        yield line, raw


def crisis_title_forum(
    lines: list[Line], placed: set[int], top: int = 3, skip: set[int] | frozenset[int] = frozenset()
) -> str | None:
    """The emergency body a title line names with the incident it meets on ("Krisestab –
    IT-nedbrud (ransomware)", "Kommunal kriseledelse – skybrud 12.–13. august 2026"): the
    line whole, as the labels of such minutes hold the forum, less an owner before it; one
    of the first ``top`` filled lines, else None. The line used is marked as placed."""
    for line, raw in _title_lines(lines, top, skip):
        low = raw.lower()
        if "krise" not in low and "beredskab" not in low and "task" not in low:
            continue
        if "·" in raw or "|" in raw:
            continue  # ("<X> Kommune · Krisestab IT · FORTROLIGT": a page's running header)
        if (m := _CRISIS_TITLE.match(_bare(raw))) is not None:
            placed.add(line.index)
            return m.group("name").strip()
    return None


#: "Driftsmøde - Park & Natur / Vej, Aalborg Kommune, …", "Tavlemøde IT-drift": a team's
#: standing operational meeting named by its kind and the unit or service it runs, the
#: owner after it no part of the name (a date or a time after it ends it too).
_OPERATIONS_TITLE = re.compile(
    r"^(?P<name>(?:drifts|tavle|status|puls|morgen)møde(?:\s*[–—-]\s*|\s+)"
    r"(?-i:[A-ZÆØÅ])[^,:\n]{1,60}?)"
    rf"(?:{_OWNER_AFTER}|\s*,?\s+(?:(?:man|tirs|ons|tors|fre|lør|søn)dag|den|d\.|kl\.?|uge)\b.*"
    r"|\s+\d.*)?$",
    re.IGNORECASE,
)


def operations_title_forum(
    lines: list[Line], placed: set[int], top: int = 3, skip: set[int] | frozenset[int] = frozenset()
) -> str | None:
    """The operational meeting a title line names by its kind and the service it runs
    ("Tavlemøde IT-drift", "Driftsmøde - Park & Natur / Vej"), the owner after it left
    off; one of the first ``top`` filled lines (the owner's or the document's own line not
    counted), else None. The line used is marked as placed."""
    for line, raw in _title_lines(lines, top, skip):
        if "møde" not in raw[:12].lower():
            continue
        if (m := _OPERATIONS_TITLE.match(_bare(raw))) is not None:
            placed.add(line.index)
            return m.group("name").strip()
    return None
