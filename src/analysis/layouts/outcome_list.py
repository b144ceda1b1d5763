"""A short protocol written as a list of items, each with its outcome after a dash (pure).

An internal forum's "kort referat" often lists the agenda once, with what became of each
point written on the item's own line after a dash, and a note or two as bullets under it:

    Dagsorden / udfald
    1) Opfølgning på handlingslisten – Drøftet
       * Punkt om mødeplan løses af HR inden 1/4
    2) Budget 2026 - tidsplan og proces – Godkendt
    3) Sager til Økonomiudvalget – Oversendes til Økonomiudvalget

Read as it stands, the outcome is part of the title and the list looks like a contents
list without items. :func:`dashed_outcomes` writes each such line as the heading and a
``Beslutning:`` line under it (both keep the line's number), and the list's head
("Dagsorden / udfald") as the lone ``Dagsorden`` it stands for. It does so only for a run of
three or more numbered lines in a row, numbered one after another, each ending in an
outcome (``outcome_line``: "Godkendt", "Udsat", "Taget til efterretning", "Intet",
"Oversendes til …"): one title that happens to end so is no such list, nor is a summary
of the decisions above the minutes' full items (the numbers come again below).
"""

from __future__ import annotations

import re

from analysis.layouts.outcome import outcome_line
from analysis.parse import Line, heading_key

#: "1) Title – Outcome", "2. Title - Outcome": a numbered line with a dash before its end.
#: ("2. Sygefravær: Drøftet": a colon for the dash)
_NUMBERED_DASHED = re.compile(r"^(?P<num>\d{1,3})[.)]\s+(?P<rest>\S.*(?:\s[–—-]|:)\s+\S.*)$")
#: The dashes that may part a title from its outcome (the last one whose tail is an outcome).
_DASH = re.compile(r"\s+[–—-]\s+|(?<=[\w.)]):\s+")
#: "5. Title": a numbered line without an outcome (an item of the list nothing was noted on).
_NUMBERED_LINE = re.compile(r"^(?P<num>\d{1,3})[.)]\s+(?P<rest>\S.*)$")
#: "-" after the dash: the note taker's mark that the point brought nothing.
_NOTHING_DASH = re.compile(r"^[–—-]$")
#: A note under the item: a bullet ("* …", "- …", "• …").
_NOTE = re.compile(r"^\s*[-*•–▪◦]\s+\S")
#: "Dagsorden / udfald", "Punkter og beslutninger": the list's head, the agenda and its
#: outcomes (read as the lone "Dagsorden" over a list: the title of the agenda).
_LIST_HEAD = re.compile(
    r"^(?:dagsorden|punkter|dagsordenspunkter)\s*(?:/|og|&|\+)\s*"
    r"(?:udfald|resultat|beslutninger|beslutning|konklusioner)\s*:?$",
    re.I,
)
#: The fewest such lines in a row that make a list.
_MIN_RUN = 3


def _split(rest: str) -> tuple[str, str] | None:
    """(title, outcome) at the last dash whose tail states an outcome, else None; an
    outcome with a remark after its own dash ("Gennemgået - ingen bem.") is whole."""
    dashes = list(_DASH.finditer(rest))
    for k in range(len(dashes) - 1, -1, -1):
        m = dashes[k]
        title, outcome = rest[: m.start()].strip(), rest[m.end() :].strip()
        if title and outcome and len(outcome) <= 80 and outcome_line(outcome):
            for earlier in reversed(dashes[:k]):
                longer = rest[earlier.end() :].strip()
                if not (len(longer) <= 80 and outcome_line(longer)):
                    break
                title, outcome = rest[: earlier.start()].strip(), longer
            return (title, outcome) if title else None
        if title and _NOTHING_DASH.match(outcome) and m.end() == len(rest) - len(outcome):
            # "7. Evt. - -": a dash for the outcome, nothing to record
            return title, outcome
    return None


def dashed_outcomes(lines: list[Line]) -> list[Line]:
    """The lines with each item of such a list as its heading and ``Beslutning: <outcome>``
    (see the module docstring); the lines as they were where there is no such list."""
    # (position, number, title, outcome): every numbered line, the outcome None where the
    # line has none ("5. Politiske sager på vej" amid the list: an item nothing was noted on)
    numbered: list[tuple[int, int, str, str | None]] = []
    outcomes = 0
    for pos, line in enumerate(lines):
        text = line.clean
        if not text[:1].isdigit():
            continue
        m = _NUMBERED_DASHED.match(text)
        parts = _split(m.group("rest")) if m else None
        if parts:
            numbered.append((pos, int(m.group("num")), *parts))
            outcomes += 1
        elif plain := _NUMBERED_LINE.match(text):
            numbered.append((pos, int(plain.group("num")), plain.group("rest").strip(), None))
    if outcomes < _MIN_RUN:
        return lines
    runs: list[list[tuple[int, int, str, str | None]]] = []
    subs: set[int] = set()  # the lines of a list an outcome announces ("… ændringer:")
    for entry in numbered:
        run = runs[-1] if runs else None
        if (
            run
            and entry[3] is None
            and entry[1] != run[-1][1] + 1
            and (run[-1][3] or "").endswith(":")
        ):
            subs.add(entry[0])  # "4. Title – Tiltrådt med ændringer:" over "1. …", "2. …"
            continue
        if run and entry[1] == run[-1][1] + 1 and _only_notes(lines, run[-1][0], entry[0], subs):
            run.append(entry)
        else:
            runs.append([entry])
    # a run of three or more outcomes, most of its lines carrying one (not the points of
    # one item's decision under its label: "Beslutning:" / "1) <point>: Godkendt." / …)
    runs = [run for run in runs if _listed_outcomes(run) and not _under_decision(lines, run[0][0])]
    chosen = {e[0]: e for run in runs for e in run}
    if not chosen or _repeated_below(lines, chosen):
        return lines
    heads = {_head_above(lines, run[0][0]) for run in runs}
    out: list[Line] = []
    for pos, line in enumerate(lines):
        if pos in heads:
            out.append(line._replace(clean="Dagsorden"))
            continue
        entry = chosen.get(pos)
        if entry is None:
            out.append(line)
            continue
        _, number, title, outcome = entry
        out.append(line._replace(clean=f"{number}. {title}"))
        if outcome is not None:
            out.append(Line(line.index, f"Beslutning: {outcome}", 0))
    return out


#: "3. Title" / "Punkt 3: Title": a numbered heading elsewhere in the text.
_HEADING = re.compile(r"^(?:(?:punkt|pkt\.?)\s*)?(?P<num>\d{1,3})[.):]?\s+\S", re.I)


def _repeated_below(lines: list[Line], chosen: dict[int, tuple[int, int, str, str | None]]) -> bool:
    """Whether the listed items come again as numbered headings after the list (a summary
    of the decisions over the minutes' full items): then the list is no protocol of its
    own, and its lines stay as written."""
    last = max(chosen)
    numbers = {e[1] for e in chosen.values()}
    again = {
        int(m.group("num"))
        for ln in lines[last + 1 :]
        if ln.clean[:1].isdigit() or ln.clean[:1] in "Pp"
        if (m := _HEADING.match(ln.clean))
    }
    return len(numbers & again) >= 2


def _head_above(lines: list[Line], pos: int) -> int | None:
    """Position of the list's head right above its first line ("Dagsorden / udfald")."""
    above = next((k for k in range(pos - 1, -1, -1) if not lines[k].blank), None)
    return above if above is not None and _LIST_HEAD.match(lines[above].clean) else None


def _under_decision(lines: list[Line], pos: int) -> bool:
    """Whether the line right above ``pos`` (blank lines aside) is an item's decision label
    alone ("Beslutning:", "Konklusion:", "Udvalgets beslutning den 12. marts 2019"): the
    numbered lines under it are the decision's points, one outcome each for the points of
    the recommendation ("1) Pulje til aktiviteter: Godkendt." / "3) …: Udsat."), no list of
    items."""
    above = next((ln for ln in reversed(lines[:pos]) if not ln.blank), None)
    if above is None or len(above.clean) > 80 or not above.clean.rstrip(":").strip():
        return False
    if ":" in above.clean.rstrip(":"):
        return False  # "Beslutning: Godkendt." (a label with its text): the item's own outcome
    found = heading_key(above)
    return found is not None and found[0] in ("beslutning", "tidligere_beslutning")


def _only_notes(lines: list[Line], a: int, b: int, subs: set[int] = frozenset()) -> bool:
    """Whether only blank lines, bullet notes, the numbered points an outcome announced
    (``subs``) and an outcome's wrapped rest (a line in lower case: "med to modeller til
    oktobermødet.") stand between positions ``a`` and ``b``."""
    return all(
        ln.blank or k in subs or ln.clean[:1].islower() or _NOTE.match(ln.clean)
        for k, ln in enumerate(lines[a + 1 : b], a + 1)
    )


def _listed_outcomes(run: list[tuple[int, int, str, str | None]]) -> bool:
    """Whether a run of numbered lines is such a list: three or more of them with an
    outcome after a dash, and at most a third of them without one."""
    with_outcome = sum(e[3] is not None for e in run)
    return with_outcome >= _MIN_RUN and 3 * (len(run) - with_outcome) <= len(run)


#: "Beslutning", "BESLUTNING:", "Beslutning - …": the item's own decision label.
_OWN_DECISION = re.compile(r"^beslutning\b", re.I)


def headed_outcomes(lines: list[Line]) -> list[Line]:
    """The lines with the outcome on a full item's heading ("3.  SPILDEVANDSPLAN - TILLÆG
    NR. 4  -  GODKENDT" over its case line and text) cut off the title and written as the
    item's ``Beslutning: <outcome>`` at its end, where the item has no decision label of
    its own (a ``Beslutning`` section under it says more and wins); the lines as they were
    where fewer than two headings so end. Unlike :func:`dashed_outcomes` the items have
    text under them (a contents list above them may name the titles without the outcome)."""
    found: dict[int, tuple[str, str, int]] = {}  # position -> (heading, outcome, number)
    for pos, line in enumerate(lines):
        text = line.clean
        if not text[:1].isdigit() or " -" not in text and " –" not in text:
            continue
        m = _NUMBERED_DASHED.match(text)
        parts = _split(m.group("rest")) if m else None
        if parts is None or _NOTHING_DASH.match(parts[1]):
            continue
        title, outcome = parts
        tail = m.group("rest")[len(title) :].lstrip()
        nxt = next((ln for ln in lines[pos + 1 :] if not ln.blank), None)
        if tail[:1] not in "-–—" or nxt is None or _NUMBERED_LINE.match(nxt.clean):
            continue  # a colon, or a list's line (see dashed_outcomes), not a full item's
        found[pos] = (text[: m.start("rest")] + title, outcome, int(m.group("num")))
    if len(found) < 2:
        return lines
    ends: dict[int, int] = {}  # the position before which each item's outcome is written
    for pos, (_, _, number) in found.items():
        ends[pos] = next(
            (
                k
                for k in range(pos + 1, len(lines))
                if k in found
                or ((m := _NUMBERED_LINE.match(lines[k].clean)) and int(m["num"]) == number + 1)
            ),
            len(lines),
        )
    inserts: dict[int, list[Line]] = {}
    for pos, (_, outcome, _) in found.items():
        if any(_OWN_DECISION.match(ln.clean) for ln in lines[pos + 1 : ends[pos]]):
            continue
        end = ends[pos]
        inserts.setdefault(end, []).append(Line(lines[end - 1].index, f"Beslutning: {outcome}", 0))
    out: list[Line] = []
    for pos, line in enumerate(lines):
        out.extend(inserts.get(pos, ()))
        out.append(line._replace(clean=found[pos][0]) if pos in found else line)
    out.extend(inserts.get(len(lines), ()))
    return out
