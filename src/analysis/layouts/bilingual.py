"""Minutes printed in two languages (Danish-German border bodies, Danish-Swedish Øresund
bodies, Danish-English councils of international residents): the Danish text alone.

The second language stands beside the Danish in four shapes: after a spaced slash on the
same line (``3. Tysk sprog i skolerne / Deutsch an den Schulen``, ``Beslutning /
Beschluss``, ``Sted / Venue: …``), in a second cell of a tabbed row
(``Godkendt.<TAB>Approved.``, a Word or PDF table with no grid), on its own line behind a
language tag (``DE: Entscheidung: Genehmigt.``), or in a column of its own under a head
naming the languages (``| Nr. | Dansk | Deutsch |``, ``Dansk<TAB>English``). Each is read
as the Danish part, the lines kept in place (a dropped line is left blank)."""

from __future__ import annotations

import re

#: Words only Danish writes (not German, English or Swedish ones).
_DANISH_WORDS = frozenset(
    {
        "og",
        "af",
        "ikke",
        "blev",
        "fra",
        "til",
        "samt",
        "også",
        "hvor",
        "være",
        "bliver",
        "mødet",
        "ved",
        "vedr",
        "eller",
        "udvalget",
        "dagsorden",
        "godkendt",
        "godkendelse",
        "drøftet",
        # (the header's labels: "Ort / Sted: …", the German label first, keeps the Danish)
        "sted",
        "mødested",
        "dato",
        # (and "Time / Tid<TAB>17:00": the hour's labels, Danish second)
        "tid",
        "tidspunkt",
        "mødetid",
    }
)

#: Function words and a few meeting words of German, English and Swedish that Danish
#: never writes.
_FOREIGN_WORDS = frozenset(
    {
        # German
        "der",
        "die",
        "das",
        "des",
        "dem",
        "und",
        "für",
        "von",
        "vom",
        "zum",
        "zur",
        "mit",
        "ist",
        "wird",
        "wurde",
        "nicht",
        "auf",
        "bei",
        "aus",
        "eine",
        "einer",
        "eines",
        "sich",
        "dass",
        "über",
        "keine",
        "nichts",
        "verschiedenes",
        "sonstiges",
        "ausschuss",
        "protokoll",
        "beschluss",
        # (German outcomes before the Danish: "Einstimmig beschlossen. / Vedtaget …")
        "beschlossen",
        "einstimmig",
        "genehmigt",
        "abgelehnt",
        "vertagt",
        # English
        "the",
        "of",
        "and",
        "from",
        "with",
        "was",
        "were",
        "any",
        "which",
        "will",
        "has",
        "have",
        "been",
        "this",
        "is",
        "are",
        "approval",
        "business",
        "minutes",
        # (the English label before the Danish one: "Decision / Beslutning", "Venue / Sted")
        "decision",
        "venue",
        # (prepositions and an article Danish spells otherwise: "Proposal for an
        # international market in …", "information on …", "for new employees")
        "on",
        "an",
        "in",
        "new",
        # Swedish
        "och",
        "från",
        "av",
        "till",
        "inte",
        "är",
        "ett",
        "övrigt",
        "beslut",
    }
)

#: German nouns by their endings ("Tagesordnung", "Mitteilungen", "Minderheit").
_GERMAN_ENDINGS = ("ungen", "ung", "heit", "keit", "schaft")

_WORD = re.compile(r"[^\W\d_]+")


def _counts(text: str) -> tuple[int, int]:
    """Danish and foreign evidence among the words of ``text``."""
    danish = foreign = 0
    for word in _WORD.findall(text):
        low = word.lower()
        if low in _DANISH_WORDS:
            danish += 1
        elif low in _FOREIGN_WORDS or (len(low) > 5 and low.endswith(_GERMAN_ENDINGS)):
            foreign += 1
        elif word[0].islower():
            if "æ" in word or "ø" in word:
                danish += 1
            elif "ä" in word or "ö" in word or "ü" in word or "ß" in word:
                foreign += 1
    return danish, foreign


def foreign(text: str) -> bool:
    """True where ``text`` reads as German, English or Swedish and shows nothing Danish."""
    danish, other = _counts(text)
    return other > 0 and danish == 0


def translation_under(title: str, line: str) -> bool:
    """True where ``line`` under ``title`` is the title's translation: German, English or
    Swedish under a title that is not ("Godkendelse af dagsorden" / "Genehmigung der
    Tagesordnung"), no wrapped rest of it."""
    return foreign(line) and not foreign(title)


def _danish(text: str) -> bool:
    danish, other = _counts(text)
    return danish > 0 and other == 0


#: The languages' names as a column's head ("Dansk", "DEUTSCH", "Svenska", "English").
_LANGUAGE = re.compile(
    r"^(?:\*\*)?(?:dansk|danish|deutsch|dänisch|tysk|german|english|engelsk|svenska|svensk"
    r"|swedish)(?:\*\*)?$",
    re.IGNORECASE,
)
_DANISH_NAME = ("dansk", "danish", "dänisch")

#: A table's head cell naming Danish ("| Dansk |", "| **DANSK** |"): the cheap test before
#: the pipe tables are looked at.
_DANISH_HEAD = re.compile(r"\|\s*\**(?:dansk|danish)\**\s*\|", re.IGNORECASE)

#: "DE: Entscheidung: …", "EN: Decision: …": a translation behind its language's tag; also
#: the tag in brackets ("(DE) Genehmigung der Tagesordnung", "[EN] Approval of …"), as a
#: title's translation is set, indented, on the line under the Danish title.
_TAGGED = re.compile(
    r"^\s*(?:(?:DE|EN|SV|SE|GB|UK|TY|ENG)\s*:|[(\[](?:DE|EN|SV|SE|GB|UK|TY|ENG)[)\]])\s"
)

#: A language's tag in brackets anywhere in a text: the cheap test before its lines are
#: read for ``_TAGGED``'s bracketed form (searched by :func:`_holds_bracket_tag`).
_BRACKET_TAG = re.compile(r"[(\[](?:DE|EN|SV|SE|GB|UK|TY|ENG)[)\]]")
#: ``_BRACKET_TAG``'s tags with their closing bracket, by length (after the opening one).
_CLOSED_TAGS = frozenset(
    tag + close for tag in ("DE", "EN", "SV", "SE", "GB", "UK", "TY") for close in ")]"
)
_CLOSED_LONG_TAGS = frozenset({"ENG)", "ENG]"})


def _holds_bracket_tag(text: str) -> bool:
    """``_BRACKET_TAG.search(text) is not None``, found by a scan for each opening bracket
    and a look after it: a pattern led by a character class is tried at every position
    (~90 µs for a page of minutes, most of them holding no tag), a ``str.find`` of one
    character is a fast scan (a few µs)."""
    for mark in "([":
        at = text.find(mark)
        while at >= 0:
            if text[at + 1 : at + 4] in _CLOSED_TAGS or text[at + 1 : at + 5] in _CLOSED_LONG_TAGS:
                return True
            at = text.find(mark, at + 1)
    return False


def foreign_columns(heads: list[str]) -> list[int]:
    """The places of the columns in another language, where a table's first row names
    the languages ("Dansk | Deutsch", "Nr. | Dansk | Svenska"): one column Danish and one
    at least another language; else []."""
    names = [_LANGUAGE.match(h.strip()) for h in heads]
    danish = [i for i, m in enumerate(names) if m and m.group(0).strip("*").lower() in _DANISH_NAME]
    others = [i for i, m in enumerate(names) if m and i not in danish]
    return others if len(danish) == 1 and others else []


def _danish_pipe_columns(lines: list[str]) -> list[str]:
    """A pipe table (Markdown, or a text grid under ``+---+`` rules) whose head row names
    the languages: the other languages' cells blanked in each row of as many cells."""
    out: list[str] = []
    drop: list[int] = []
    width = 0
    for line in lines:
        stripped = line.strip()
        if not (stripped.startswith(("|", "+")) and stripped.endswith(("|", "+"))):
            drop = []
        elif stripped[0] == "|" and len(stripped) > 1:
            cells = stripped[1:-1].split("|")
            if drop and len(cells) == width:
                cells = [" " * len(c) if i in drop else c for i, c in enumerate(cells)]
                line = "|" + "|".join(cells) + "|"
            elif not drop and (found := foreign_columns(cells)):
                drop, width = found, len(cells)
                cells = [" " * len(c) if i in drop else c for i, c in enumerate(cells)]
                line = "|" + "|".join(cells) + "|"
        out.append(line)
    return out


def _slash_half(line: str) -> str:
    """The Danish part of "<Danish> / <translation>" (a label's value kept: "Sted /
    Venue: X" is "Sted: X"), else the line as it is."""
    if (first := _ITEM_WORD_FIRST.match(line)) is not None:
        return _slash_half(line[first.end() :])
    left, _, right = line.partition(" / ")
    if foreign(left) or not left.strip() or not right.strip():
        return line
    if (":" in right or "\t" in right) and not left.rstrip().endswith(":"):
        # ("Sted / Venue: <a Danish place>": the labels' languages, not the value's; the
        # label ends at its colon or at the tab of a table's row, "Time / Tid<TAB>17:00",
        # whichever comes first, so a clock's colon in the value is no label's)
        cut = min(at for at in (right.find(":"), right.find("\t")) if at >= 0)
        label, value = right[:cut], right[cut:]
        if len(label.split()) > 3 or len(left.split()) > 3 or _danish(label):
            return line
        return f"{left.rstrip()}{value}"
    if _danish(right):
        return line
    bold = left.lstrip().startswith("**") and right.rstrip().endswith("**")
    tail = "**" if bold and not left.rstrip().endswith("**") else ""
    return left.rstrip() + tail


def _bar_half(line: str) -> str:
    """ "TOP 1 | Punkt 1   Title" as "Punkt 1   Title": the second language's item word and
    number before a bar left out (a contents line, or the heading alone over its title);
    any other line with a bar as it is (a table's row opens with its bar)."""
    first = _ITEM_WORD_FIRST.match(line)
    return line if first is None else line[first.end() :]


def _piped_halves(line: str) -> str:
    """A Markdown table's row with each cell's Danish half ("| 1 | Godkendelse af dagsorden
    / Genehmigung der Tagesordnung |"): its pipes kept, so the row stays a table's row."""
    return "|".join(_slash_half(cell) if " / " in cell else cell for cell in line.split("|"))


#: "TOP 1 / Pkt. 1 Title": the item's word and number in the second language before the
#: Danish ones (a German-Danish body's "TOP", Tagesordnungspunkt); also parted by a bar
#: ("TOP 1 | Punkt 1", the two numbers as a table's cells), read by ``_bar_half``.
_ITEM_WORD_FIRST = re.compile(
    r"^\s*[^\W\d_]{2,12}\.?\s*(?P<n>\d{1,3})\s+[/|]\s+(?=(?:Pkt\.?|Punkt)\s*(?P=n)\b)"
)


#: A cell holding an item's number alone ("Pkt. 7", "7.", "Punkt 7"): no Danish cell
#: beside a translation, but the number of the title in the next cell.
_NUMBER_CELL = re.compile(r"^\s*(?:(?:pkt|punkt|nr|top)\.?\s*)?\d{1,3}[.)]?\s*$", re.IGNORECASE)


def _tab_half(line: str) -> str:
    """The Danish cell of "<Danish><TAB><translation>", else the line as it is."""
    left, _, right = line.partition("\t")
    if not left.strip() or not right.strip() or foreign(left) or not foreign(right):
        return line
    if _NUMBER_CELL.match(left):
        return line  # ("Pkt. 7<TAB>Eventuelt / Any other business": the number's row)
    return left


#: The lines of a text that open with a language's tag.
_TAG_LINE = re.compile(_TAGGED.pattern, re.M)


#: The tags before a colon that make a text's lines worth reading for a language's tag.
_TAG_HINTS = frozenset({"DE", "EN", "SV", "SE", "GB"})


def _find(text: str, mark: str, start: int = 0) -> int:
    """``text.find(mark, start)``; a spaced slash found by its slash (a scan for one
    character is many times faster than for three, and most texts hold few slashes)."""
    if mark != " / ":
        return text.find(mark, start)
    at = text.find("/", start + 1)
    while at >= 0:
        if text[at - 1 : at + 2] == " / ":
            return at - 1
        at = text.find("/", at + 1)
    return -1


def _holds_tag_hint(text: str) -> bool:
    """Whether "DE:", "EN:", "SV:", "SE:" or "GB:" stands in ``text``: the two characters
    before each colon looked at (one fast scan for the colons, not five searches)."""
    at = text.find(":")
    while at >= 0:
        if text[at - 2 : at] in _TAG_HINTS:
            return True
        at = text.find(":", at + 1)
    return False


#: "DE: ", "EN: ", "SV: ", "SE: ": the tags before a colon and a space that make a text
#: worth reading for a translation at all (see :func:`danish_text`).
_SPACED_TAGS = frozenset({"DE: ", "EN: ", "SV: ", "SE: "})


def _holds_spaced_tag(text: str) -> bool:
    """Whether "DE: ", "EN: ", "SV: " or "SE: " stands in ``text``: the characters round
    each colon looked at (one fast scan for the colons, not four searches of a word, each
    ~1 ns a character of the whole text)."""
    at = text.find(":")
    while at >= 0:
        if text[at - 2 : at + 2] in _SPACED_TAGS:
            return True
        at = text.find(":", at + 1)
    return False


def _candidate_lines(text: str) -> dict[int, str]:
    """The lines that may hold a translation (a spaced slash, a tab, a language's tag), by
    where they start: found by their marks, not by reading every line."""
    found: dict[int, str] = {}
    for mark in (" / ", "\t"):
        at = _find(text, mark)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            found[start] = text[start:end]
            at = _find(text, mark, end)
    if _holds_tag_hint(text) or _holds_bracket_tag(text):
        for m in _TAG_LINE.finditer(text):
            end = text.find("\n", m.start())
            found[m.start()] = text[m.start() : len(text) if end < 0 else end]
    return found


def _bilingual(text: str) -> bool:
    """Two lines at least give a translation beside the Danish (after a slash, in a
    tabbed cell, behind a language tag) or a head names the languages."""
    seen = 0
    for line in _candidate_lines(text).values():
        if " / " in line:
            left, _, right = line.partition(" / ")
            if foreign(right) and not foreign(left):
                seen += 1
        elif "\t" in line:
            if line.count("\t") != 1:
                continue
            first, _, second = line.partition("\t")
            short = len(line) < 30
            if short and _LANGUAGE.match(first.strip()) and _LANGUAGE.match(second.strip()):
                return True
            if foreign(second) and not foreign(first):
                seen += 1
        else:
            seen += 1
        if seen >= 2:
            return True
    return False


def danish_text(text: str) -> str:
    """The text of minutes printed in two languages with the second language left out
    (see the module docstring); any other text as it is."""
    if (
        _find(text, " / ") < 0
        and "\t" not in text
        and "|" not in text
        and not _holds_spaced_tag(text)
        and not _holds_bracket_tag(text)
    ):
        return text
    if "|" in text and _DANISH_HEAD.search(text):
        text = "\n".join(_danish_pipe_columns(text.split("\n")))
    if not _bilingual(text):
        return text
    lines = text.split("\n")
    out = []
    for line in lines:
        if _TAGGED.match(line):
            line = ""
        elif "\t" in line:
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) == 2 and all(_LANGUAGE.match(c) for c in cells):
                line = ""
            elif line.count("\t") == 1:
                line = _tab_half(line)
        if " / " in line:
            line = _piped_halves(line) if line.lstrip()[:1] == "|" else _slash_half(line)
        elif " | " in line:
            line = _bar_half(line)
        out.append(line)
    return "\n".join(out)


#: The letters Greenlandic writes (no b, c, d, h, w, x, y, z, no æ, ø, å).
_GREENLANDIC_LETTERS = frozenset("aefgijklmnopqrstuv")
#: Danish small words a Greenlandic line never holds ("Vandforsyning i Akunnaaq": a Danish
#: title naming a Greenlandic place).
_DANISH_SMALL = frozenset({"i", "og", "af", "til", "for", "fra", "på", "med", "om", "ved", "den"})


def _greenlandic_word(word: str) -> bool:
    """A word of seven letters or more in Greenlandic's letters with its marks: a ``q`` or a
    long vowel ("oqaluuserisassat", "nalunaarutai", "Missingersuutit"; a Danish town's
    "Aarup" is too short to tell)."""
    low = word.lower()
    return (
        len(low) >= 7
        and set(low) <= _GREENLANDIC_LETTERS
        and ("q" in low or "aa" in low or "ii" in low or "uu" in low)
    )


def greenlandic(text: str) -> bool:
    """True where ``text`` (a title's line) reads as Greenlandic: half its long words at
    least Greenlandic ones, nothing Danish in it (no æ, ø, å, no Danish small word)."""
    if any(c in text for c in "æøåÆØÅ"):
        return False
    words = _WORD.findall(text)
    if any(w.lower() in _DANISH_SMALL or w.lower() in _DANISH_WORDS for w in words):
        return False
    long_words = [w for w in words if len(w) >= 5]
    found = sum(1 for w in long_words if _greenlandic_word(w))
    return found >= 1 and 2 * found >= len(long_words)
