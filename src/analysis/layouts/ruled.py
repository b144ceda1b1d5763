"""Unnumbered items parted only by rules (pure, on the raw text).

A council's or advisory board's plain-text minutes typed without numbers often draw a rule
("- - - - - -", "------", "______") between the items: the first line after each rule is
the item's title, its notes and its decision label ("Referat:", "Beslutning:") under it.
Rules are blanked before the layouts read the lines (see ``text.unrule``), so the titles
are marked here first, as the headings they stand for ("## Title"); the unnumbered layouts
then read them as a Word note's styled headings (``unnumbered.heading_items``).

Only where the text has no headings of its own, at least three rules of one kind, every
block after a rule opens with a title-like line (the block after the last rule is the
coda unless it holds a decision label), and at least two blocks hold a decision label.
"""

from __future__ import annotations

import re

from analysis.case_labels import CASE_NUMBER_LABEL
from analysis.field_value import FIELD_VALUE
from analysis.layouts.outcome import ARROW_OUTCOME, framed_agenda, standing_title
from analysis.parse import (
    YEAR_SPAN,
    decision_heading,
    join_wrapped,
    marked_closed,
    match_case_number,
    strip_markdown,
)

#: A line that is only a rule, its marks spaced or not ("- - - -", "-----", "====="), or
#: drawn with box-drawing characters ("────", "━━━━", "════": a web page's rule as text).
_RULE = re.compile(r"^\s*([-_=~*·─━═])(?:\s?\1){2,}\s*$")
#: The first characters of such a line: the cheap test before the pattern.
_RULE_MARKS = frozenset("-_=~*·─━═")
#: "Referat:", "Beslutning:", "Konklusion" …: a decision label opening a line (alone or with
#: the outcome after its colon).
_DECISION_LABEL = re.compile(
    r"^(?:referat|beslutning|konklusion|afgørelse|aftalt|aftale|vedtaget|udtalelse|"
    r"rådets\s+(?:bemærkninger|udtalelse)|indstilling\s+og\s+beslutning)\s*(?::|$)",
    re.I,
)

#: "Sagsnummer: 2023-0001265", "Sagsnr. 24/1187": a case number's field, which no coda
#: ("Referent: …", "Mødet hævet …") holds.
_CASE_FIELD = re.compile(rf"^{CASE_NUMBER_LABEL}\s*:?\s*\d", re.I)


def _decided(text: str) -> bool:
    """A decision label's line, or a body's name and a date alone on a line over the
    outcome (see :func:`_body_dated`), with its colon or without ("Socialudvalget,
    07-09-2021:", the heading a committee system prints over each decision)."""
    if _DECISION_LABEL.match(text) or _body_dated(text):
        return True
    return text[-1:] == ":" and text[-2:-1].isdigit() and decision_heading(text) is not None


def _body_dated(text: str) -> bool:
    """ "Undervisningsudvalget 06.02.2023", "Teknisk Udvalg den 4. marts 2025": a body's
    name and a date alone on a line, a web page's heading of the body's decision copied as
    text without its colon."""
    return text[-1:].isdigit() and decision_heading(f"{text}:") is not None


#: "Tema: ", "Emne: " opening the line after a rule: a project group's topic label over
#: the title it names.
_TOPIC_LABEL = re.compile(r"^(?:tema|emne)\s*:\s*(?=\S)", re.IGNORECASE)

#: At least this many rules of one kind part the items.
_MIN_RULES = 3


def _title_like(text: str) -> bool:
    """A short line in the shape of a title: capitalised, no sentence's end, no list; or a
    standing item's ("Evt.")."""
    return standing_title(text) or (
        2 <= len(text) <= 100
        and (text[:1].isupper() or text[:1].isdigit())
        and not text.endswith((".", ":", ",", ";"))
        and not text.startswith(("-", "•", "*", "#", "("))
    )


def _plain(line: str) -> str:
    """A line as the reader will see it: a markdown quote's mark and emphasis taken off
    ("**Title**", "> **Referat:** Godkendt." in markdown notes)."""
    text = line.strip()
    if text[:1] == ">":
        text = text[1:].lstrip()
    return strip_markdown(text).strip()


def _is_rule(line: str) -> bool:
    stripped = line.lstrip()
    return stripped[:1] in _RULE_MARKS and _RULE.match(line) is not None


#: "Side 2 af 6", "Page 2", "… Side 2 af 6": a page's number closing the line above a rule.
_PAGE_NUMBER = re.compile(r"(?:^|\s)(?:side|page)\s+\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?$", re.I)


def _page_break(lines: list[str], rule: int) -> bool:
    """The rule at ``rule`` closes a printed page: the line above it (blank lines skipped)
    ends with the page's number. Such rules part pages, not items (a PDF printed as text,
    its items numbered, "Side 2 af 6" / "------" / the running header)."""
    k = rule - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0:
        return False
    return _page_header(lines[k])


#: Three marks side by side or parted by spaces ("---", "- - -") as one search led by the
#: mark (the regex engine scans for it: about three times faster than two searches).
_RULE_HINTS = {
    mark: re.compile(
        f"{re.escape(mark)}(?:{re.escape(mark * 2)}|{re.escape(f' {mark} {mark}')})"
    ).search
    for mark in _RULE_MARKS
}
#: "\n--" or "\n==" as one search (the regex engine scans for the line break, about three
#: times faster than two searches for words).
_UNDERLINE_HINT = re.compile("\n(?:--|==)").search


def _page_header(line: str) -> bool:
    """A printed page's running header or footer: a line ending with the page's number
    ("Teknisk Udvalg 12-03-2008   Side 4", "Side 4 af 9"), which is never an item's title."""
    text = line.rstrip()
    return text[-1:].isdigit() and _PAGE_NUMBER.search(text) is not None


def ruled_titles(text: str) -> str:
    """``text`` with the first line after each rule written as a heading ("## Title"),
    where the rules part unnumbered items (see the module docstring); else unchanged."""
    # (the mark alone first: one character is found many times faster than three)
    if not any(mark in text and _RULE_HINTS[mark](text) for mark in _RULE_MARKS):
        return text
    lines = text.split("\n")
    rules = [k for k, line in enumerate(lines) if _is_rule(line) and not _page_break(lines, k)]
    if len(rules) < _MIN_RULES or len({lines[k].strip()[:1] for k in rules}) != 1:
        return text
    if "#" in text and any(lines[k][:1] == "#" for k in range(rules[0], len(lines))):
        return text  # headings of its own among the items (a markdown title above is none)
    if 3 * sum(map(lambda k: _underlines(lines, k), rules)) >= 2 * len(rules):
        return text  # most rules underline the title right above them: underlined_titles'
    titles: list[int] = []
    decided = 0
    for n, rule in enumerate(rules):
        end = rules[n + 1] if n + 1 < len(rules) else len(lines)
        block = [k for k in range(rule + 1, end) if lines[k].strip()]
        while block and _page_header(lines[block[0]]):
            # the next page's running header under the rule that closed the last item
            # ("Ældrerådet 07-09-2011        Side 2"): the page's, the title is below it
            del block[0]
        if not block:
            continue
        first = _plain(lines[block[0]])
        holds = any(_decided(_plain(lines[k])) for k in block[1:])
        if (
            n == len(rules) - 1
            and not holds
            and not (len(block) > 1 and _CASE_FIELD.match(_plain(lines[block[1]])))
            and not (len(block) == 1 and marked_closed(first))
        ):
            # after the last rule, no outcome: the coda ("Referent: Bente Lassen", "Mødet
            # hævet kl. 20.40"), no item; but a title over its case number is an item,
            # the page cut before its outcome, and so is a closed item's title alone
            # ("Salg af ejendom (lukket punkt)": the public minutes hold nothing more)
            continue
        if (
            n == 0
            and not holds
            and FIELD_VALUE.match(first)
            and not _TOPIC_LABEL.match(first)
            and not _decided(first)
        ):
            # the meeting's fields framed by the first two rules ("Mødetidspunkt: kl. 9.00",
            # "Mødested: …", "Til stede: …" under the letterhead's rule): the header, no item
            # (not "Referat: Godkendt." under a title's underline: the first item's outcome)
            continue
        if not _title_like(first) or (FIELD_VALUE.match(first) and len(block) == 1):
            return text
        titles.append(block[0])
        decided += holds
    if len(titles) < 2 or decided < 2:
        return text
    if (first := _first_before_rules(lines, rules[0], titles)) is not None:
        titles.insert(0, first)
    for k in titles:
        title = lines[k].strip()
        if title[:1] in "TtEe":
            # "Tema: Budget", "Emne: Navn på skolen": the topic's label is no part of its title
            title = _TOPIC_LABEL.sub("", title)
        lines[k] = "## " + title  # ("## **Title**": the emphasis is read off)
    for k, line in enumerate(lines):
        if k > titles[0] and line[-1:].isdigit() and _body_dated(_plain(line)):
            # the body's dated line heads its decision: written with its colon, the form
            # the item grammar reads ("Undervisningsudvalget 06.02.2023:")
            lines[k] = line.rstrip() + ":"
    return "\n".join(lines)


def _case_under(lines: list[str], k: int) -> bool:
    """The next non-blank line after ``k`` is a case number's field ("Sag nr.: 2  …")."""
    for q in range(k + 1, min(k + 3, len(lines))):
        if lines[q].strip():
            return _CASE_FIELD.match(_plain(lines[q])) is not None
    return False


def _first_before_rules(lines: list[str], first_rule: int, titles: list[int]) -> int | None:
    """The first item's title where the rules close the items instead of opening them
    (the outcome, then "-----" under each item; none above the first): the last title-like
    line before the first rule, after a blank line, with its case field right under it and a
    decision label below, where every ruled title has its case field under it too (the
    header's fields have none); else None."""
    if not all(_case_under(lines, k) for k in titles):
        return None
    for k in range(first_rule - 1, 0, -1):
        text = _plain(lines[k])
        if not text or lines[k - 1].strip() or not _title_like(text) or not _case_under(lines, k):
            continue
        below = (_plain(lines[q]) for q in range(k + 1, first_rule))
        return k if any(_decided(t) for t in below) else None
    return None


def _underlines(lines: list[str], rule: int) -> bool:
    """The rule at ``rule`` underlines the line right above it (no blank line between),
    drawn to the title's length as a setext heading's is ("Takster 2014" / "------------"):
    a title's underline, not a rule parting items."""
    if rule == 0 or not (above := lines[rule - 1].strip()) or _is_rule(above):
        return False
    # (a title's shape: "Godkendt." over the rule closing an item is the item's last line)
    return abs(len(lines[rule].strip()) - len(above)) <= 2 and _title_like(above)


def _title_over_break(lines: list[str], rule: int) -> int | None:
    """The title a page break parted from its underline (the title at one page's foot,
    the page's footer and the next page's running header between, the rule at that page's
    top after a blank line): the nearest line above, within a dozen, of the rule's very
    length, title-like and after a blank line; else None."""
    width = len(lines[rule].strip())
    for k in range(rule - 2, max(0, rule - 14), -1):
        text = lines[k].strip()
        if len(text) == width and not lines[k - 1].strip():
            return k if _title_like(text) and not _is_rule(text) else None
    return None


def _case_over_rule(lines: list[str], k: int) -> bool:
    """Line ``k``, right over a rule, is the item's case line ("Acadre sag 09/12883",
    "Sagsnr.: 24/1187") under a title-like line after a blank one: the title and its case
    underlined as one block, as a fixed-width template prints the item's head."""
    return (
        k >= 2
        and not lines[k - 2].strip()
        and match_case_number(lines[k]) is not None
        and _title_like(lines[k - 1].strip())
    )


#: A wrapped title's first line is at least this long (a typed line wraps near 70).
_MIN_WRAPPED_FIRST = 45


def _wrapped_over_rule(lines: list[str], k: int) -> bool:
    """Line ``k``, right over a rule, is the rest of a long title wrapped onto a second
    line, both underlined as one setext heading ("04 Ansøgning om tilskud til ny bro
    over" / "   Mølleåen" / "-----", "… – aftale med Turistforeningen" / "2025-2027" /
    "-----"): the line above it a title of at least ``_MIN_WRAPPED_FIRST`` characters
    after a blank line, the rest shorter than it, no field, label, sentence's end or case
    number (a span of years is none), and the rule drawn to the longer line's width."""
    if k < 2 or lines[k - 2].strip():
        return False
    first, rest = lines[k - 1].strip(), lines[k].strip()
    return (
        len(first) >= _MIN_WRAPPED_FIRST
        and len(rest) < len(first)
        and abs(len(lines[k + 1].strip()) - len(first)) <= 2
        and _title_like(_plain(first))
        and _title_like(_plain(rest))
        and FIELD_VALUE.match(rest) is None
        and not _decided(_plain(rest))
        and (match_case_number(rest) is None or YEAR_SPAN.match(rest) is not None)
    )


def _text_under(lines: list[str], k: int) -> bool:
    """Whether text stands at line ``k``, right under a rule, or after one blank line
    ("Eventuelt" / "=========" / "" / "Konklusion:"), and is no rule itself."""
    for q in (k, k + 1):
        if q < len(lines) and lines[q].strip():
            return not _is_rule(lines[q])
    return False


def underlined_titles(text: str) -> str:
    """``text`` with each title underlined by a rule written as a heading ("## Title"):
    plain-text minutes that number nothing and set each item's title off as markdown's
    setext headings are ("GODKENDELSE AF DAGSORDENEN" over "-------", the case, the
    proposal and the outcome under the rule). Only where at least three such titles stand
    after a blank line, each underlined with the same mark and shaped like a title, with
    text under the rule, and at least two of the blocks they open state an outcome (a
    decision label or a note taker's arrow, ">> Vedtaget."); else unchanged. A title
    between two rules (a letterhead's framed line) is none, and neither is a line after
    the last title's block (the signature under its rule)."""
    if _UNDERLINE_HINT(text) is None:
        return text
    lines = text.split("\n")
    if "#" in text and any(line[:1] == "#" for line in lines):
        return text  # headings of its own
    marks: dict[str, list[int]] = {}
    bare: dict[str, list[int]] = {}  # with or without text under the rule
    broken: dict[int, int] = {}  # a title parted from its underline by a page break
    wrapped: dict[int, int] = {}  # a long title's first line: its rest's line
    for k in range(1, len(lines) - 2):
        rule = lines[k + 1]
        if rule[:1] not in "-=" or not _is_rule(rule):
            continue
        if not lines[k].strip() and (over := _title_over_break(lines, k + 1)) is not None:
            broken[over] = k + 1
            k = over
        elif lines[k - 1].strip() and _wrapped_over_rule(lines, k):
            # (the title wrapped over two lines, then the rule: read as one title)
            broken[k - 1], wrapped[k - 1] = k + 1, k
            k -= 1
        elif lines[k - 1].strip() and _case_over_rule(lines, k):
            broken[k - 1] = k + 1  # (the title, its case line, then the rule)
            k -= 1
        elif lines[k - 1].strip():
            continue
        title = lines[k].strip()
        if not title or not _title_like(title):
            continue
        bare.setdefault(rule.strip()[:1], []).append(k)
        if _text_under(lines, broken.get(k, k + 1) + 1):
            marks.setdefault(rule.strip()[:1], []).append(k)
    framed = _after_plain(max(bare.values(), key=len, default=[]), wrapped)
    if framed_agenda([lines[k] for k in framed]):
        # an agenda's titles, nothing decided under them ("Godkendelse af dagsorden" /
        # "------------------------" … "Eventuelt" / "---------"): framed by the items
        # every agenda opens and closes with, each underlined with the same mark
        return "\n".join(_as_headings(lines, framed, wrapped))
    titles = _after_plain(max(marks.values(), key=len, default=[]), wrapped)
    if len(titles) < 3:
        return text
    decided = 0
    for n, k in enumerate(titles):
        end = titles[n + 1] if n + 1 < len(titles) else len(lines)
        block = (lines[q].strip() for q in range(k + 2, end))
        # (a decision label, or the body's dated line over its decision)
        decided += any(ARROW_OUTCOME.match(t) or _decided(_plain(t)) for t in block)
    if decided < 2:
        return text
    return "\n".join(_as_headings(lines, titles, wrapped))


def _after_plain(titles: list[int], wrapped: dict[int, int]) -> list[int]:
    """``titles`` less each wrapped one before the first title on one line (a header's
    lines over a rule are no title)."""
    if not wrapped:
        return titles
    plain = [k for k in titles if k not in wrapped]
    return [k for k in titles if k not in wrapped or (plain and k > plain[0])]


def _as_headings(lines: list[str], titles: list[int], wrapped: dict[int, int]) -> list[str]:
    """``lines`` with each title at ``titles`` written as a heading ("## Title"), a wrapped
    title's rest (``wrapped``: its line) joined to it and its own line left blank."""
    for k in titles:
        title = lines[k].strip()
        if k in wrapped:
            title = join_wrapped(title, lines[wrapped[k]].strip())
            lines[wrapped[k]] = ""
        lines[k] = "## " + title
    return lines
