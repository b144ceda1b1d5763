"""A web page's cookie consent banner at the top of a browser's copy (pure).

Copied with "select all", a municipality's page keeps its consent banner over the site's
navigation: a heading that names the cookies ("Sådan bruger vi cookies", "Cookies på
<site>.dk"), a sentence or two, and the banner's buttons each on a line or on one ("Tillad
alle" / "Kun nødvendige cookies" / "Tilpas valg", "Ja tak til alle   Nej tak", "Godkend
valgte"). The sentence that asks for consent is furniture already
(``text.is_furniture``); the heading and the buttons are words no minutes write, read as the
banner's only beside it, among the page's first lines (the skip link and the site's menu
over it, furniture already, not counted: the banner under the menu opens there too).
"""

from __future__ import annotations

import re

from analysis.parse import Line

#: One button of the banner: accept, refuse, choose ("Tillad alle", "Kun nødvendige
#: cookies", "Tilpas valg", "Ja tak til alle", "Nej tak", "Afvis alle", "Vis detaljer",
#: "Tillad valgte", "Gem indstillinger").
_BUTTON = (
    r"(?:(?:accepter|godkend|tillad|afvis)(?:\s+(?:alle|kun\s+nødvendige|valgte|nødvendige))?"
    r"(?:\s+cookies)?|kun\s+nødvendige(?:\s+cookies)?|tilpas(?:\s+(?:valg|indstillinger))?"
    r"|ja\s+tak(?:\s+til\s+(?:alle|statistik|cookies|[a-zæøå]+cookies))?|nej\s+tak"
    r"|vis\s+detaljer|(?:cookie)?indstillinger|gem\s+(?:valg|indstillinger))"
)
#: A line of one or more such buttons and nothing else.
_BUTTONS = re.compile(rf"^{_BUTTON}(?:\s+{_BUTTON})*$", re.IGNORECASE)
#: A line naming the cookies ("Cookies på <site>.dk", "Vi sætter cookies for at …").
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
#: The banner opens among the page's first non-blank lines (under the page's title).
_OPENS_BY = 3
#: A banner's lines at most: heading, sentences, buttons, skip link.
_MOST = 8


def consent_banner(lines: list[Line], furniture_at: set[int]) -> set[int]:
    """Indexes of the banner's heading, sentences and buttons: the run of lines from the
    first naming the cookies (among the page's first three that are no furniture without
    the cookies' name) on, each furniture, a line of
    buttons or a line naming the cookies, where one of them is furniture already (the
    sentence asking for consent); else none."""
    filled = [ln for ln in lines[: _MOST * 3] if not ln.blank]
    # (the site's skip link and menu a word a line over it, furniture already, not counted)
    opening = [
        k for k, ln in enumerate(filled) if ln.index not in furniture_at or _COOKIE.search(ln.clean)
    ][:_OPENS_BY]
    first = next((k for k in opening if _COOKIE.search(filled[k].clean)), None)
    if first is None:
        return set()
    run: list[Line] = []
    for ln in filled[first : first + _MOST]:
        text = ln.clean.strip()
        if not (
            ln.index in furniture_at
            or (len(text) <= 40 and _BUTTONS.match(text))
            or (len(text) <= 200 and _COOKIE.search(text))
        ):
            break
        run.append(ln)
    if not any(ln.index in furniture_at and _COOKIE.search(ln.clean) for ln in run):
        return set()
    return {ln.index for ln in run if ln.index not in furniture_at}
