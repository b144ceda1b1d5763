"""Owners of minutes that are neither a municipality nor a region.

A joint rescue service (a § 60 partnership of several municipalities: "Beredskab
Østjylland", "Nordjyllands Beredskab", "Midtjysk Brand & Redning", "Sydvestjysk
Brandvæsen") keeps minutes of its own commission and board; their header names the
service alone on a line, as a kommune's names the kommune. The service is then recorded
as the municipality (the owner), as a region or a county is.
"""

from __future__ import annotations

import re

#: The service's word(s), capitalised: "Beredskab", "Brand & Redning", "Brandvæsen".
_SERVICE = r"(?:Beredskab(?:et)?|Brand\s*(?:&|og)\s*Redning|Brandvæsen(?:et)?)"
#: A place's name, capitalised ("Midt- og Sydsjællands" as one name).
_PLACE = r"[A-ZÆØÅ][\w-]*(?:\s+og\s+[A-ZÆØÅ][\w-]*)?"
#: "Beredskab Østjylland", "Brand & Redning Sønderjylland" (the place after), "Nordjyllands
#: Beredskab", "Midtjysk Brand & Redning", "Midt- og Sydsjællands Brand & Redning" (before);
#: "Beredskab Vestkyst I/S": the partnership's company form after the name, kept in it.
#: The whole line: a sentence that mentions a service is none.
_RESCUE_SERVICE = re.compile(
    rf"^(?:(?P<before>{_PLACE})\s+{_SERVICE}|{_SERVICE}\s+(?P<after>{_PLACE}))"
    rf"(?P<company>\s+I/S)?$"
)
#: The cheap test: the letters every service's word holds.
_HINT = re.compile(r"eredskab|edning|randvæsen", re.IGNORECASE)
#: Words before the service's word that name no place ("Kommunens Beredskab").
_NO_PLACE = frozenset({"kommunens", "regionens", "det", "vores", "nyt", "nye", "et", "vort"})


def rescue_service(text: str) -> str | None:
    """The joint rescue service a header line names alone ("Beredskab Østjylland",
    "MIDTJYSK BRAND & REDNING" as "Midtjysk Brand & Redning"), else None."""
    text = " ".join(text.split())
    if not 2 <= len(text.split()) <= 6 or not _HINT.search(text):
        return None
    if text.isupper():  # set in capitals: the name as it is written in a sentence
        text = text.title().replace(" Og ", " og ")
    m = _RESCUE_SERVICE.match(text)
    if m is None or (m.group("before") or m.group("after")).lower() in _NO_PLACE:
        return None
    return text


def is_company(owner: str) -> bool:
    """Whether an owner is named as an inter-municipal company ("Beredskab Vestkyst I/S"):
    a body of its own, never a department of the kommune a header beside it names."""
    return owner.endswith(" I/S")


#: "Region Nordjylland · Sundhed", "Region Hovedstaden | Center for Regional Udvikling": the
#: region, a middle dot or a bar, then its department (a few words, no sentence): a letterhead.
#: (not after a dash: "Region Sjælland - høring om …" may be an item's title)
_REGION_DEPARTMENT = re.compile(
    r"^(?P<owner>region\s+\w+)\s+[·|]\s+(?-i:[A-ZÆØÅ])[\w-]*(?:\s+[\w-]+){0,4}$", re.IGNORECASE
)


def region_over_department(text: str, forum: str | None = None) -> str | None:
    """The region of a letterhead line naming it and one of its departments ("Region
    Nordjylland · Sundhed"), else None: not where a body or the document's kind follows
    ("Region Syddanmark · Udvalg for …", "Region Midtjylland | Referat"), which name the
    forum and the kind as ``owner_in_forum`` and the titles read them; but where the body
    is the ``forum`` a title already named ("Direktionsmøde 10. december" over "Region
    Midtjylland · Direktionen": a meeting tool's page, the owner over the body), the region
    owns it all the same."""
    from analysis.layouts.header import looks_like_body, names_document_kind
    from analysis.municipalities import region_named

    if "·" not in text and "|" not in text:
        return None  # (the cheap test: the separator the pattern needs)
    m = _REGION_DEPARTMENT.match(text)
    if m is None:
        return None
    rest = text[m.end("owner") :].strip(" \t·|")
    if names_document_kind(rest) or (
        looks_like_body(rest) and (forum is None or rest.casefold() != forum.casefold())
    ):
        return None
    return region_named(m.group("owner"))


#: "KKR Sjælland", "Kommunekontaktrådet Nordjylland": the municipalities' contact council
#: of a region (KL's), which no one municipality owns.
_CONTACT_COUNCIL = re.compile(r"^(?:KKR|Kommunekontaktråd(?:et)?)(?:\s|$)", re.IGNORECASE)


def owned_by_no_municipality(forum: str) -> bool:
    """Whether the forum is a body of all a region's municipalities (a KKR): a kommune its
    header names is where it meets ("Mødested: Sorø Kommune, …"), not its owner."""
    return bool(_CONTACT_COUNCIL.match(forum))


def contact_council_name(forum: str) -> str:
    """ "Kkr Sjælland" (a name set in capitals, title-cased) as "KKR Sjælland"."""
    return "KKR" + forum[3:] if forum[:4].lower() == "kkr " else forum


#: How many lines open a document where its member list stands (the header).
_MEMBER_LINES = 60
#: The parts of a member list's line: "Christian Bro, Fredericia (formand)", "Tina Hansen
#: (Assens)", "Aarhus<TAB>Borgmester …", "… Gentofte (formand) · Peter Christensen, …".
#: The separators are ``\s*[,;·•()\t]\s*|\s+[–—-]\s+``, written to start with the one
#: character every separator starts with (the look-behinds tell which it was, the branches
#: in the order that pattern's backtracking takes them: the same splits), so that the regex
#: engine scans for it instead of trying every position: about twice as fast.
_MEMBER_PARTS = re.compile(
    r"[\s,;·•()\t](?:(?<=\s)\s*[,;·•()\t]\s*|(?<=[,;·•()\t])\s*|(?<=\s)\s*[–—-]\s+)"
)
#: Distinct municipalities a member list names as its members' seats to make the body a
#: joint one (two may be a municipality and its neighbour it invites).
_JOINT_SEATS = 3


def member_municipalities(lines: list[str], board: bool = False) -> set[str]:
    """The municipalities the opening lines name as their members' seats, a municipality's
    short name alone between a list's separators ("Christian Bro, Fredericia (formand)",
    "Tina Hansen (Assens)", "Aarhus<TAB>Borgmester …"); with ``board`` (a company's board)
    also the kommune labelling the members who sit for it ("Morsø Kommune: NN, NN")."""
    from analysis.municipalities import short_names

    names = short_names()
    found: set[str] = set()
    for text in lines[:_MEMBER_LINES]:
        if (
            (seat := _SEAT_LABEL.match(text))
            and (name := names.get(seat.group("name").casefold()))
            and (board or _LEADER_TITLE.match(text, seat.end()))
        ):
            # "Morsø Kommune: Borgmester NN (formand), NN", a table's "Aarhus Kommune<TAB>NN":
            # the members listed under the kommune they sit for; outside a board where the
            # member is the kommune's mayor or chief ("Favrskov: Borgmester NN", "Vejle
            # Kommune: Kommunaldirektør NN"), who can sit for no other
            found.add(name)
            continue
        if ("," not in text and "(" not in text and "\t" not in text) or len(text) > 600:
            continue  # (the cheap test: a member's seat follows a comma, a bracket, a tab)
        if "(" in text and "," in text:
            # ("… sundhedsrådet for Vestklyngen (Holstebro, Struer, Lemvig, …)": a sentence
            # naming the municipalities in brackets, no member's seat among them)
            text = _LISTED_IN_BRACKETS.sub(lambda m: _unless_all_named(m, names), text)
        for part in _MEMBER_PARTS.split(text):
            if part[-8:] == " Kommune":
                # "Pia Krogh, formand (Fredericia Kommune)": the seat named with its "Kommune"
                part = part[:-8]
            if part[:1].isupper() and (name := names.get(part.casefold())):
                found.add(name)
    return found


#: "Morsø Kommune: …", "Aarhus Kommune<TAB>…": a line opening with a kommune's name as the
#: label (a colon) or the first cell (a tab) of the members who sit for it.
_SEAT_LABEL = re.compile(
    r"^(?P<name>[A-ZÆØÅ][\w-]*(?:[ -](?!Kommune\b)[A-ZÆØÅ][\w-]*)?)(?:\s+Kommune)?(?:\s*:|\s*\t)"
)
#: "Borgmester", "Kommunaldirektør", "Administrerende direktør": a kommune's mayor or chief
#: executive opening the members under a seat label (the kommune's own leader).
_LEADER_TITLE = re.compile(
    r"\s*(?i:(?:vice|over)?borgmester|kommunaldirektør|stadsdirektør|rådmand"
    r"|administrerende direktør)\b"
)
#: "(Holstebro, Struer, Lemvig)": a bracket holding a list.
_LISTED_IN_BRACKETS = re.compile(r"\((?P<inner>[^()]{3,300},[^()]*)\)")


def _unless_all_named(m: re.Match[str], names: dict[str, str]) -> str:
    """The bracket, or nothing where it lists municipalities alone (``_JOINT_SEATS`` or
    more): the places a sentence names, not members' seats."""
    parts = [p.strip() for p in re.split(r",|\s+og\s+", m.group("inner"))]
    named = len(parts) >= _JOINT_SEATS and all(names.get(p.casefold()) for p in parts)
    return "" if named else m.group(0)


def joint_body(lines: list[str], board: bool = False, partnership: bool = False) -> bool:
    """Whether the document's members sit for three or more municipalities (a KKR, a
    rescue commission, a transport company's board, a partnership's board or steering
    group): a body of several municipalities, owned by none of them. ``board``: the forum
    is a board, whose members a company's minutes list under their kommuner' names (a
    network's officials so listed meet at a host kommune, whose the labels make them).
    ``partnership``: the forum names an I/S, a company of several owners by its legal
    form, so two kommuner seating its members make it joint ("Bestyrelsen for I/S
    Sydfyns Vand" with "Ole Bak (formand, Faaborg)" and "Eva Lund (Svendborg)")."""
    seats = member_municipalities(lines, board)
    return len(seats) >= (2 if partnership else _JOINT_SEATS)


#: "Region Syddanmark – Forretningsudvalget", "Region Midtjylland · Miljøudvalget": the
#: region's name, a dash or a middle dot, then the body (a markdown heading, a page title).
_REGION_BEFORE = re.compile(r"^(?P<owner>region\s+\w+)\s+[–—·|-]\s+(?P<forum>\S.*)$", re.I)
#: "Hjørring Kommune · Børne- og Skoleudvalget", "Ikast-Brande Kommune – Økonomiudvalget":
#: the kommune's name, a middle dot or a dash, then the body (a page's running title).
_KOMMUNE_BEFORE = re.compile(
    r"^(?P<owner>[A-ZÆØÅ][\wæøå-]*(?:\s[A-ZÆØÅ][\wæøå-]*)?\s+Kommune)\s+[–—·|]\s+(?P<forum>\S.*)$"
)
#: "Praksisplanudvalget for almen praksis i Region Nordjylland", "Bestyrelsen for Beredskab
#: Østjylland": the owner closing the forum's name after "i" or "for" (the name kept whole;
#: a region after "i" only, see owner_in_forum).
_OWNER_AFTER = re.compile(r"(?=\s(?P<word>i|for)\s+(?P<owner>[A-ZÆØÅ].*)$)")


#: "Kommunaldirektørkredsen", "Borgmesterkredsen", "Direktørkredsen": the circle of several
#: municipalities' chiefs (as ``title_forum`` names it).
_CHIEFS_CIRCLE = re.compile(r"(?:direktør|chef|borgmester)kreds", re.IGNORECASE)


def owner_in_forum(forum: str) -> tuple[str, str] | None:
    """(forum, owner) where the forum's own name names a region or a joint rescue service:
    before a dash, the body after it the forum ("Region Syddanmark – Forretningsudvalget":
    ``Forretningsudvalget``); or closing the name, the name kept whole: a region after "i"
    ("Udvalget for nære sundhedstilbud i Region Sjælland"), a rescue service after "i" or
    "for" ("Bestyrelsen for Beredskab Østjylland"). Else None (a kommune's forum, a body
    named after a region: "Udvalget for Region Sjælland")."""
    from analysis.municipalities import region_named

    if forum[:6].lower() == "region" and (lead := _REGION_BEFORE.match(forum)):
        owner = region_named(lead.group("owner"))
        body = lead.group("forum").strip()
        if owner and body[:1].isupper() and not body[:1].isdigit():
            return body, owner
    if " Kommune " in forum and (lead := _KOMMUNE_BEFORE.match(forum)):
        # "Hjørring Kommune · Børne- og Skoleudvalget · Referat" read as the forum: the
        # kommune before a middle dot or a dash, the body after it
        from analysis.layouts.header import looks_like_body
        from analysis.municipalities import municipality_in

        owner = municipality_in(lead.group("owner"))
        body = lead.group("forum").strip()
        if owner and looks_like_body(body):
            return body, owner
    if " i " not in forum and " for " not in forum:
        return None
    # (each "i"/"for" in turn, a lookahead: "Udvalget for Tandpleje i Region Sjælland")
    for m in _OWNER_AFTER.finditer(forum):
        tail = m.group("owner")
        if tail[:6].lower() == "region":
            # (a region after "i" only: "Udvalget for Region Sjælland" may be a body named
            # after the region, as a kommune's "Udvalget for Region og Erhverv" is)
            # (nor a circle of the region's municipal chiefs, "K17 – Kommunaldirektørkredsen
            # i Region Sjælland": the region its area, the municipalities its members)
            owner = (
                region_named(tail)
                if m.group("word") == "i" and not _CHIEFS_CIRCLE.search(forum, 0, m.start())
                else None
            )
        else:
            owner = rescue_service(tail)
        if owner:
            return forum, owner
    return None
