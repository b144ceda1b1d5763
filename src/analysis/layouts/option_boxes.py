"""Outcomes marked among options, one option a line (pure, on the raw text).

A template lists an item's possible outcomes under its decision label, one a line, and
the secretary ticks the one that holds::

    Afgørelse   ☐ Godkendt
    ☒ Anbefales til Byrådet
    ☐ Udsat

    **Udfald:**
    - [ ] Godkendt
    - [x] Besluttet: model B sendes videre

The options left empty were not chosen: their lines are left out here, so the ticked line
is the decision's first line (the label's line keeps the label, "Afgørelse"; a task list's
bullet before the ticked box goes, "[x] Besluttet: …"). Only a run of two or more lines in a
row (no blank between), each one box and a short option (an empty one at most six words, a
ticked one fourteen) after an optional bullet, the first line also after a label, with at
least one box ticked and one empty; a list where nothing is ticked (an agenda's empty
outcome field) and options written on one line ("☒ Godkendt ☐ Udsat", typed by
``decisions._ticked_only``) are left as they are.

Also here: a status field holding a marked outcome ("**Status:** ✔ Godkendt") labelled as
the decision, and a line of options standing without a label (``marked_outcome_lines``).
"""

from __future__ import annotations

import re

from analysis.layouts.outcome import marked_options
from analysis.parse import holds_after
from analysis.vocab import CROSSES, OPTION_BOX, TICKED_BOXES, TICKED_LETTER_BOX, TICKS, empty_box

#: An option's line: a bullet, the box, the option ("- [x] Godkendt", "☐ Udsat", "(x)
#: Drøftet"); on a run's first line a label may stand before it ("Afgørelse\t☐ Godkendt").
_OPTION_LINE = re.compile(
    r"^(?P<label>[^\s☐☑☒■□\[(•*-][^☐☑☒■□\[(]{0,40}?[\t:]\s*)?\s*(?:[-•*]\s+)?"
    rf"(?P<box>{OPTION_BOX})\s+(?P<option>[^☐☑☒■□\[\]()]+?)\s*$"
)
_OPTION_WORDS_MAX = 6
#: (the ticked option may carry what was decided: "[x] Besluttet: model 2 indføres fra …")
_TICKED_WORDS_MAX = 14


#: What follows a bracket that opens an empty box (white space or its close).
_EMPTY_BOX_RESTS = (" ", "\t", "\u00a0", "]", ")")


def unticked_option_lines(text: str) -> str:
    """``text`` with the empty options of a ticked list of options, one a line, left out."""
    # (the empty boxes of brackets found by the brackets: one character is found fast)
    if not (
        # ("[]", "[  ]": ``_OPTION_LINE`` reads any white space in an empty box)
        "☐" in text
        or "□" in text
        or holds_after(text, "[", _EMPTY_BOX_RESTS)
        or holds_after(text, "(", _EMPTY_BOX_RESTS)
    ):
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        run: list[re.Match] = []
        j = k
        while j < len(lines):
            m = _OPTION_LINE.match(lines[j])
            if m is None or (run and m.group("label")):
                break
            words = len(m.group("option").split())
            if words > (_OPTION_WORDS_MAX if empty_box(m.group("box")) else _TICKED_WORDS_MAX):
                break
            run.append(m)
            j += 1
        empties = [empty_box(m.group("box")) for m in run]
        if len(run) < 2 or all(empties) or not any(empties):
            out.extend(lines[k : max(j, k + 1)])
            k = max(j, k + 1)
            continue
        for m, empty in zip(run, empties, strict=True):
            if not empty:
                # ("- [x] Udsat": a task list's bullet no part of the option)
                out.append(m.string[: m.start("box")].rstrip(" -•*") + m.string[m.start("box") :])
            elif m.group("label"):
                out.append(m.group("label").rstrip("\t "))  # "Afgørelse", its label kept
        k = j
    return "\n".join(out)


#: "**Status:** ✔ Godkendt", "Resultat: ✘ Ikke tiltrådt": a status field whose value opens
#: with a mark (a tick, a cross, a ticked box) is the item's outcome as a template marks it.
_MARKED_STATUS = re.compile(
    r"^(?P<open>\*\*|__)?(?:status|resultat)(?P<colon>:?)(?P<close>\*\*|__)?(?P<colon2>:?)"
    rf"(?P<gap>[ \t]*)(?=(?:[{TICKS}{TICKED_BOXES}{CROSSES}]|{TICKED_LETTER_BOX})\s*\S)",
    re.IGNORECASE | re.MULTILINE,
)


def _as_decision(m: re.Match) -> str:
    if not (m.group("colon") or m.group("colon2")):
        return m.group(0)
    return f"{m.group('open') or ''}Beslutning:{m.group('close') or ''}{m.group('gap') or ' '}"


#: "[x]", "(X)": a ticked box written with letters (see :func:`has_tick`).
_LETTER_TICK = re.compile(TICKED_LETTER_BOX)
#: The marks of one character, each looked for as a substring.
_MARKS = TICKED_BOXES + TICKS + CROSSES


def has_tick(text: str) -> bool:
    """Whether ``text`` holds any mark of an option ticked ("✔", "☒", "■", "[x]", "(x)" …):
    the gate of the passes below, which ordinary minutes hold none of. (One character is
    looked for fast; "[x]" as a substring about twenty times slower, so a pattern.)"""
    return any(mark in text for mark in _MARKS) or _letter_tick(text)


def _letter_tick(text: str) -> bool:
    """``_LETTER_TICK.search(text) is not None``, found by the brackets (few in a text:
    the pattern tries every position, about 2-3 ns a character)."""
    return holds_after(text, "(", _TICKS_CLOSED["("]) or holds_after(text, "[", _TICKS_CLOSED["["])


#: What follows an opening bracket in a ticked letter box (``TICKED_LETTER_BOX``).
_TICKS_CLOSED = {
    opening: tuple(f"{tick}{closing}" for tick in "xX✓✔") for opening, closing in ("()", "[]")
}


def marked_status_labels(text: str) -> str:
    """``text`` with a status field holding a marked outcome labelled as the decision
    ("**Status:** ✔ Godkendt" reads "**Beslutning:** ✔ Godkendt")."""
    # (the tick first: its characters are found many times faster than the two words)
    if not has_tick(text) or not any(w in text for w in ("tatus", "esultat", "TATUS", "ESULTAT")):
        return text
    return _MARKED_STATUS.sub(_as_decision, text)


_TASK_BULLET = re.compile(r"^[ \t]*[-*•][ \t]+(?=\[)")
#: A decision's label opening a line ("Beslutning:", "**Afgørelse**", "Konklusion").
_DECISION_LABEL = re.compile(
    r"^[ \t*_#]*(?:beslutning|afgørelse|konklusion|aftalt|udfald)\b", re.IGNORECASE | re.MULTILINE
)


def marked_outcome_lines(text: str) -> str:
    """``text`` with a line of options standing in an item's text without a label, where
    what is ticked is an outcome, labelled as the decision ("( ) Taget til efterretning
    (x) Drøftet" reads "Beslutning: ( ) Taget til efterretning (x) Drøftet"; "(x) Aftalt"
    alone too). Under a label's line ("**Udfald:**" over "- [x] Drøftet") the line is
    left under it, a task list's bullet dropped. A line whose options are not all outcomes
    (an item's kind: "[X] Til beslutning [ ] Til orientering") is left as it is."""
    if not any(box in text for box in TICKED_BOXES) and not _letter_tick(text):
        return text
    # (minutes with no decision label at all have their outcomes read where they stand,
    # ``outcome.headless_decisions``: a label here would hide the others)
    labelled = _DECISION_LABEL.search(text) is not None
    lines = text.split("\n")
    above = ""
    for k, line in enumerate(lines):
        stripped = _TASK_BULLET.sub("", line).strip()
        if stripped[:1] in "☐☑☒■□[(" and marked_options(stripped):
            indent = line[: len(line) - len(line.lstrip())]
            under = above.rstrip("*_ ").endswith(":")
            label = "Beslutning: " if labelled and not under else ""
            lines[k] = f"{indent}{label}{stripped}"
        if line.strip():
            above = line.strip()
    return "\n".join(lines)
