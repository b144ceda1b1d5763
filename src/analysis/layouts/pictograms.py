"""Pictograms that lead a line of chat or notes minutes (pure, on the raw text).

Minutes typed into a Teams channel or a OneNote page mark their lines with pictograms: a
keycap digit numbers an item (``## 1️⃣ Title``), a small diamond or a pin opens a heading
(``### 🔹 Title``, ``## 📋 Dagsorden``), a tick or a folder opens a label (``✅
**Konklusion:** …``, ``🗂️ Sag: 22-041877``, ``📎 Sag 24/18332``), and a hand points from a
label to its text (``**Beslutning 👉** Godkendt.``). A pictogram says what kind of line it
is; it is no part of the words. Here a keycap digit becomes the number it shows (``1.``), a
pointing hand after a label's word the label's colon, and the other pictograms opening a
heading or a label, or closing a heading, are dropped, so the layouts read the numbered
headings, labels and case lines they stand for. A fact's pictogram ("📍 Rådhuset") is left
to the header, which reads it as the field it names; a pictogram inside a sentence, or
closing a line of text, is left as it is.
"""

from __future__ import annotations

import re

from analysis.read.codepages import is_latin1

#: The pictograms' characters: emoji and dingbats (a skin tone is one of them), and the
#: information sign "ℹ️" a notes page's callout opens with.
_ICONS = r"[\U0001F000-\U0001FAFF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF\u2139]"
#: One pictogram, with its variation selector.
_ICON = _ICONS + r"\ufe0f?\u200d?"
#: A keycap digit ("1️⃣": the digit, U+FE0F, U+20E3) and the keycap ten ("🔟").
_KEYCAP = r"(?:(?P<digit>\d)\ufe0f?\u20e3|(?P<ten>\U0001F51F))"
#: Any pictogram or keycap in a text: the cheap test before the lines are split.
_ANY = re.compile(rf"{_ICONS}|\u20e3")
#: What ``_ANY`` needs in a text's UTF-8 bytes: a character beyond U+FFFF (lead byte 0xF0),
#: or the lead byte 0xE2 then the second byte of U+20C0-U+213F, U+2300-U+23FF,
#: U+2600-U+27BF or U+2B00-U+2BFF (the en dashes and curly quotes of ordinary minutes,
#: U+2000-U+203F, have 0x80 there).
_ICON_BYTES = re.compile(rb"\xe2[\x83\x84\x8c-\x8f\x98-\x9e\xac-\xaf]")


def _may_hold_pictogram(text: str) -> bool:
    """False only where ``_ANY`` finds nothing in ``text``: the bytes' search is led by a
    byte the engine finds by ``memchr`` (a few µs for a page), ``_ANY`` a character class
    tried at every position of a text beyond Latin-1 (about 0.1 ms). (One pattern of both
    forms would lose its literal lead: a class of two bytes is tried at every byte.)"""
    utf8 = text.encode("utf-8", "surrogatepass")
    return b"\xf0" in utf8 or _ICON_BYTES.search(utf8) is not None


#: A line's opening: a markdown heading's marks, a bullet or a quote's mark (a wiki's
#: callout exported as a quote, "> 💡 **Beslutning:** …"), then pictograms or a keycap.
_LEADING = re.compile(
    rf"^(?P<lead>\s*(?:#{{1,6}}\s+|[-*]\s+|>\s*)?)(?:{_KEYCAP}\s*|(?:{_ICON}\s*)+)(?=\S)"
)
#: What a line's pictograms may open outside a heading: a label ("Konklusion:", "Sag:") or a
#: case line's word before its number ("Sag 24/18332"). A fact's pictogram alone ("📍
#: Rådhuset", "📅 Onsdag …") is the header's to read as the field it names.
_LABEL_AFTER = re.compile(
    # (a case number joins its parts by a slash, a hyphen or a dot: "Udsat til mødet 23.
    # september" behind its pause sign is an outcome, no case line, and keeps its sign)
    r"^(?:\*\*|__)?[A-ZÆØÅ][\wæøå-]*(?: [\wæøå-]+){0,2}(?:\*\*|__)?(?::|\s+\d+[-/.]\d)"
)
#: Pictographs a chat-style page puts before a fact instead of its label ("📅 Onsdag den
#: 19. februar 2025, kl. 16.30", "📍 Ungdomshuset"), and the label each stands for (the
#: header reads them as those fields).
ICON_FIELDS = {
    **dict.fromkeys("📅📆🗓", "Dato"),
    **dict.fromkeys("📍📌🏢🏠🏛", "Sted"),
    **dict.fromkeys("🕐🕑🕒🕓🕔🕕🕖🕗🕘🕙🕚🕛⏰⏱⌚", "Tid"),
}
#: A fact's pictograms (a calendar, a clock, a pin): "📅 Tirsdag 1/10 · ⏰ 9.00 · 📍 Sal 2"
#: reads like a label's word before a number, but is the header's line of facts to read.
_FACT_ICONS = frozenset(ICON_FIELDS)
#: "**Budget 2022**": a line wholly in bold after its pictogram (no text after the bold).
_BOLD_ALONE = re.compile(r"^(?:\*\*|__)(?P<title>[^*_\n]{2,120}?)(?:\*\*|__)\s*$")
#: "**Referat fra …** – …", "Skolebestyrelsen – …": a title's words (perhaps in bold) after
#: the pictogram that opens a post's first line.
_TITLE_AFTER = re.compile(r"^(?:\*\*|__)?[A-ZÆØÅ][\wæøå-]+\s")
#: Pictograms between a markdown heading's number and its title ("### 4. 🔒 Title": a
#: template's padlock on a closed item); the number and the hashes kept.
_AFTER_NUMBER = re.compile(rf"^(?P<lead>\s*#{{1,6}}\s+\d{{1,3}}[.)]?\s+)(?:{_ICON}\s*)+(?=\S)")
#: Pictograms closing a markdown heading ("## Title 🔒").
_TRAILING = re.compile(rf"(?:\s+{_ICON})+\s*$")
#: "**Beslutning 👉** Godkendt.", "Beslutning ➡️ Godkendt.": a label's word or two, then a
#: pointing hand or arrow where its colon would be.
_POINTING = re.compile(
    r"^(?P<open>\*\*|__)?(?P<label>[A-ZÆØÅ][a-zæøå]+(?: [a-zæøå]+){0,2})\s*"
    r"(?:👉|👇|➡\ufe0f?|⬇\ufe0f?)(?P<colon>:?)\s*(?P<close>\*\*|__)?\s*"
)


def _line(line: str, first: bool = False) -> str:
    m = _LEADING.match(line)
    if m is not None:
        digit = m.group("digit") or ("10" if m.group("ten") else None)
        rest = line[m.end() :]
        fact = not digit and line[len(m.group("lead")) : len(m.group("lead")) + 1] in _FACT_ICONS
        if not (digit or fact or m.group("lead")) and (bold := _BOLD_ALONE.match(rest)):
            # "🔹 **Budget 2022**": a pictogram before a bold line alone marks a heading
            # (an Aula or Facebook post's items), read as the heading it stands for
            line = f"### {bold.group('title')}"
        elif digit or "#" in m.group("lead") or (_LABEL_AFTER.match(rest) and not fact):
            line = m.group("lead") + (f"{digit}. " if digit else "") + rest
        elif first and not (fact or m.group("lead")) and _TITLE_AFTER.match(rest):
            # "📣 **Referat fra dagtilbudsbestyrelsen** – <institution>, <kommune>": a post's
            # pictogram before its title on the document's first line, no part of the title
            line = rest
    if line.lstrip()[:1] == "#":
        line = _TRAILING.sub("", line)
        if numbered := _AFTER_NUMBER.match(line):
            line = numbered.group("lead") + line[numbered.end() :]
    p = _POINTING.match(line)
    if p is not None:
        label = p.group("label")
        close = p.group("close") or ""
        line = f"{p.group('open') or ''}{label}:{close} {line[p.end() :]}".rstrip()
    return line


def unpictogram(text: str) -> str:
    """``text`` with the pictograms that lead its lines read as what they mark (see the
    module docstring); unchanged where it holds none."""
    if (
        is_latin1(text)  # (every pictogram is above U+20E2)
        or not _may_hold_pictogram(text)
        or _ANY.search(text) is None
    ):
        return text
    lines = text.split("\n")
    first = next((k for k, line in enumerate(lines) if line.strip()), -1)
    return "\n".join(
        _line(line, k == first) if _ANY.search(line) else line for k, line in enumerate(lines)
    )
