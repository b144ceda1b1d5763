"""The forum named in an e-mail's signature (pure).

Minutes mailed by a volunteer chair or secretary often name the body nowhere but under
the greeting that closes the mail: "Mvh" / "Birthe Kjærgaard" / "Formand, Ældrerådet",
or "Venlig hilsen" / "Sofie" / "Skolebestyrelsen, Stilling Skole". Read only among the
last lines after such a greeting, and only a line whose part is a body's name.
"""

from __future__ import annotations

import re

from analysis.layouts.header import looks_like_body
from analysis.layouts.meeting_kind import INSTITUTION_BOARDS
from analysis.layouts.title_forum import body_in_municipality
from analysis.parse import Line

#: "Mvh", "Venlig hilsen", "Med venlig hilsen", "Mange hilsner", "Hilsen": the greeting.
_GREETING = re.compile(
    r"^(?:mvh\.?|(?:med\s+)?venlig(?:st)?\s+hilsen|(?:mange|de\s+bedste)\s+hilsner|"
    r"hilsen|kh\.?|kærlig\s+hilsen)\s*,?$",
    re.I,
)
#: "Formand, Ældrerådet", "Sekretær for Seniorrådet": the sender's role, then the body.
_ROLE = re.compile(
    r"^(?:formand|næstformand|sekretær|referent|kasserer|forperson)\s*(?:,|for|i)\s+"
    r"(?P<body>(?-i:[A-ZÆØÅ])[\wæøå-]+(?:\s+[\wæøå-]+){0,4})$",
    re.I,
)
#: "Skolebestyrelsen, Stilling Skole": an institution's board and the institution.
_BOARD = re.compile(
    r"^(?P<board>(?-i:[A-ZÆØÅ])[a-zæøå]+bestyrelsen),\s+"
    r"(?P<place>(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+(?-i:[A-ZÆØÅ])[\wæøå-]*){0,3})$"
)
#: How many filled lines from the end the greeting is looked for.
_TAIL = 6


def signed_forum(lines: list[Line]) -> str | None:
    """The body the mail's signature names (see the module docstring), else None."""
    filled = [ln.clean.strip() for ln in lines if not ln.blank][-_TAIL:]
    start = next((k for k, text in enumerate(filled) if _GREETING.match(text)), None)
    if start is None:
        return None
    for text in filled[start + 1 :]:
        if (m := _BOARD.match(text)) and m["board"] in INSTITUTION_BOARDS:
            return f"{m['board']}, {m['place']}"
        if (m := _ROLE.match(text)) and looks_like_body(m["body"]):
            return m["body"]
    return None


def body_in_municipality_on_top(lines: list[Line], top: int = 3) -> str | None:
    """The body a line among the first ``top`` filled ones names with the municipality it
    is of ("Seniorrådet i Lejre" -> "Seniorrådet"), the municipality by its bare name (a
    town's name, "Ældrerådet i Gudhjem", is no owner and is left alone), else None."""
    for text in [ln.clean.strip().strip("#*").strip() for ln in lines if not ln.blank][:top]:
        if (split := body_in_municipality(text)) and looks_like_body(split[0]):
            return split[0]
    return None


#: A running footer's date: "12-03-2019", "31.10.2016", "2024-01-17", a page number after it.
_FOOTER_DATE = re.compile(r"^(?:\d{1,2}[.-]\d{1,2}[.-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:\s+\d{1,3})?$")
#: The parts of a running footer: "Vejle Kommune · Direktionen · 12-03-2019".
_FOOTER_PARTS = re.compile(r"\s+[·|]\s+")


def body_in_running_footer(lines: list[Line]) -> str | None:
    """The body a page's running footer names between its municipality and the meeting's
    date ("Vejle Kommune · Direktionen · 12-03-2019  3"), for minutes whose header names
    only the kind of meeting ("Direktionsmøde"), else None."""
    for line in lines:
        text = line.clean
        if "ommune · " not in text and "ommune | " not in text:
            continue  # the cheap gate: ordinary lines name no owner before a dot
        parts = _FOOTER_PARTS.split(text.strip().strip("*_").strip())
        if (
            len(parts) in (3, 4)
            and parts[0].endswith(" Kommune")
            and _FOOTER_DATE.match(parts[2])
            and (len(parts) == 3 or parts[3].isdigit())
            and not any(ch.isdigit() for ch in parts[1])
            and looks_like_body(parts[1])
        ):
            return parts[1]
    return None
