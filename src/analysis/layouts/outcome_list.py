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
from operator import attrgetter

from analysis.layouts.followup import states_outcome
from analysis.layouts.outcome import outcome_line
from analysis.parse import (
    Line,
    decision_label_line,
    heading_key,
    join_wrapped,
    match_case_number,
)

#: "1) Title – Outcome", "2. Title - Outcome": a numbered line with a dash before its end.
#: ("2. Sygefravær: Drøftet": a colon for the dash)
#: ("Punkt 2: Sygefravær: Drøftet": a short decision protocol's item word before the number)
_NUMBERED_DASHED = re.compile(
    r"^(?:ad\s{1,2}(?=(?:punkt|pkt\.)?\s?\d))?"
    r"(?:(?:punkt|pkt\.)\s?(?=\d{1,3}[.:]?\s)|(?=\d{1,3}[.)]\s))(?P<num>\d{1,3})[.):]?"
    r"\s+(?P<rest>\S.*(?:\s[–—-]|:)\s+\S.*)$",
    re.I,
)


def _numbered_dashed(text: str) -> re.Match[str] | None:
    """``_NUMBERED_DASHED.match(text)``, where the text holds a colon or a dash (every
    match does): most numbered lines hold neither, and the pattern's ``.*`` tries every
    character of the line before it fails."""
    if ":" in text or "-" in text or "–" in text or "—" in text:
        return _NUMBERED_DASHED.match(text)
    return None


#: The dashes that may part a title from its outcome (the last one whose tail is an outcome).
_DASH = re.compile(r"\s+[–—-]\s+|(?<=[\w.)]):\s+")
#: "5. Title": a numbered line without an outcome (an item of the list nothing was noted on).
_NUMBERED_LINE = re.compile(
    r"^(?:ad\s{1,2}(?=(?:punkt|pkt\.)?\s?\d))?"
    r"(?:(?:punkt|pkt\.)\s?(?=\d{1,3}[.:]?\s)|(?=\d{1,3}[.)]\s))(?P<num>\d{1,3})[.):]?"
    r"\s+(?P<rest>\S.*)$",
    re.I,
)
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
#: The longest outcome after a dash (a short protocol's one sentence with its reason:
#: "Anbefales over for Byrådet, idet rammen forhøjes med 2,4 mio. kr."); a longer tail is
#: a title's subtitle that happens to state an outcome.
_LONGEST = 120
#: The most sentences under one item of such a list (a remark on its outcome: "Sagen
#: genoptages i maj.", "NN tog forbehold.") that leave the list unbroken.
_MOST_REMARKS = 2
#: The fewest such lines in a row that make a list.
_MIN_RUN = 3
#: A line's clean text (``map`` over the lines reads it without a Python step per line).
_CLEAN = attrgetter("clean")


def _split(rest: str) -> tuple[str, str] | None:
    """(title, outcome) at the last dash whose tail states an outcome, else None; an
    outcome with a remark after its own dash ("Gennemgået - ingen bem.") is whole."""
    dashes = list(_DASH.finditer(rest))
    for k in range(len(dashes) - 1, -1, -1):
        m = dashes[k]
        title, outcome = rest[: m.start()].strip(), rest[m.end() :].strip()
        if title and outcome and len(outcome) <= _LONGEST and outcome_line(outcome):
            colon = m.group().strip() == ":"
            for earlier in reversed(dashes[:k]):
                longer = rest[earlier.end() :].strip()
                # (a colon and a dash part different things: "Valg – næstformand: X blev
                # valgt" keeps "valg af næstformand" in the title)
                if (earlier.group().strip() == ":") != colon or not (
                    len(longer) <= _LONGEST and outcome_line(longer)
                ):
                    break
                title, outcome = rest[: earlier.start()].strip(), longer
            return (title, outcome) if title else None
        if title and _NOTHING_DASH.match(outcome) and m.end() == len(rest) - len(outcome):
            # "7. Evt. - -": a dash for the outcome, nothing to record
            return title, outcome
    return None


#: "Title (Godkendt)", "Title  [Taget til efterretning]": the outcome in brackets closing
#: a numbered line, round or square, the brackets' text its own.
_BRACKETED = re.compile(r"\s(?:\((?P<round>[^()]+)\)|\[(?P<square>[^\[\]]+)\])$")


def bracketed_outcome(rest: str) -> tuple[str, str] | None:
    """(title, outcome) of a numbered line's rest whose outcome closes it in brackets
    ("Mødeplan 2026 (Godkendt)", "Indkøb af stige  [Udvalget valgte tilbud A]"), where the
    brackets' text states an outcome (a year, an abbreviation or a case in brackets closes
    many titles and states none); else None. Read only amid such a list
    (:func:`dashed_outcomes`)."""
    m = _BRACKETED.search(rest)
    if m is None:
        return None
    title, outcome = rest[: m.start()].strip(), (m.group("round") or m.group("square")).strip()
    if len(title) < 3 or len(outcome) > _LONGEST or not outcome_line(outcome):
        return None
    return title, outcome


def _numbered_lines(lines: list[Line]) -> list[tuple[int, re.Match[str]]] | None:
    """Every numbered line (position, ``_NUMBERED_LINE`` match), or None where no three of
    them numbered one after another stand with nothing between them that
    :func:`_only_notes` could pass (its blank, lower-case, bullet and sentence lines, and
    other numbered lines): then no run can form, and no title is split at its dashes
    (most minutes' item titles are far apart, and route prefixes put a dash in each)."""
    found: list[tuple[int, re.Match[str]]] = []
    chains: dict[int, int] = {}  # number -> the longest chain ending in it since a blocker
    longest = 0
    for pos, text in enumerate(map(_CLEAN, lines)):
        if not text:
            continue  # (a blank line: no number, and it breaks no run)
        first = text[0]
        if (first.isdigit() or first in "PpAa") and (m := _NUMBERED_LINE.match(text)):
            found.append((pos, m))
            number = int(m.group("num"))
            chain = chains.get(number - 1, 0) + 1
            chains[number] = max(chains.get(number, 0), chain)
            longest = max(longest, chain)
        elif chains and not (
            first.islower() or text[-1] == "." or _NOTE.match(text) or match_case_number(text)
        ):
            chains.clear()
    return found if longest >= _MIN_RUN else None


def dashed_outcomes(lines: list[Line]) -> list[Line]:
    """The lines with each item of such a list as its heading and ``Beslutning: <outcome>``
    (see the module docstring); the lines as they were where there is no such list."""
    # (position, number, title, outcome): every numbered line, the outcome None where the
    # line has none ("5. Politiske sager på vej" amid the list: an item nothing was noted on)
    plain = _numbered_lines(lines)
    if plain is None:
        return lines
    numbered: list[tuple[int, int, str, str | None]] = []
    outcomes = 0
    notes: set[int] = set()  # the lines whose note runs in after the title's colon
    joined: set[int] = set()  # a title's wrapped second line, the outcome at its end
    for pos, m in plain:
        dashed = _numbered_dashed(m.string)
        parts = _split(dashed.group("rest")) if dashed else None
        if parts is None and m.string[-1:] in ")]":
            parts = bracketed_outcome(m.group("rest"))  # "3) Title (Udsat)"
        if parts is None and (wrapped := _wrapped_outcome(lines, pos, m.group("rest"))):
            parts = wrapped  # "3. Title …," / "   rest – Godkendt.": the line wrapped
            joined.add(pos + 1)
        if parts:
            numbered.append((pos, int(m.group("num")), *parts))
            outcomes += 1
        elif dashed and (
            note := run_in_note(dashed.group("rest")) or dashed_note(dashed.group("rest"))
        ):
            numbered.append((pos, int(m.group("num")), *note))
            notes.add(pos)
        else:
            numbered.append((pos, int(m.group("num")), m.group("rest").strip(), None))
    if outcomes < _MIN_RUN - 1 or outcomes + len(notes) < _MIN_RUN:
        return lines  # (two outcomes do with a note beside them: see _listed_outcomes)
    runs: list[list[tuple[int, int, str, str | None]]] = []
    subs: set[int] = set(joined)  # the lines of a list an outcome announces ("… ændringer:")
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
        if (
            run
            and entry[1] == run[-1][1] + 1
            and _only_notes(lines, run[-1][0], entry[0], subs, own_label=run[-1][3] is None)
        ):
            run.append(entry)
        else:
            runs.append([entry])
    # a run of three or more outcomes, most of its lines carrying one (not the points of
    # one item's decision under its label: "Beslutning:" / "1) <point>: Godkendt." / …)
    runs = [
        run
        for run in runs
        if _listed_outcomes(run, notes) and not _under_decision(lines, run[0][0])
    ]
    chosen = {e[0]: e for run in runs for e in run}
    if not chosen or _repeated_below(lines, chosen):
        return lines
    heads = {_head_above(lines, run[0][0]) for run in runs}
    out: list[Line] = []
    for pos, line in enumerate(lines):
        if pos in heads:
            out.append(line._replace(clean="Dagsorden"))
            continue
        if pos in joined and pos - 1 in chosen:
            continue  # (the title's wrapped rest, written into its heading)
        entry = chosen.get(pos)
        if entry is None:
            out.append(line)
            continue
        _, number, title, outcome = entry
        out.append(line._replace(clean=f"{number}. {title}"))
        if outcome is not None:
            out.append(Line(line.index, f"Beslutning: {outcome}", 0))
    return out


def lone_heading_outcomes(lines: list[Line]) -> list[Line]:
    """The lines with each numbered heading that carries a short outcome after its dash and
    has nothing under it ("1. Godkendelse af dagsorden – Godkendt." / blank / "2. …")
    written as the heading and ``Beslutning: <outcome>``, where other items of the minutes
    carry their decision under its label ("Beslutning: …"): the items with no text had
    their outcome written on the heading's line (too few, or too far apart, for a list of
    them, :func:`dashed_outcomes`); the lines as they were otherwise."""
    found: dict[int, tuple[str, str]] = {}  # position -> (heading, the label's line)
    for pos, text in enumerate(map(_CLEAN, lines)):
        if not text[:1].isdigit() or (m := _numbered_dashed(text)) is None:
            continue
        parts = _split(m.group("rest"))
        if parts is None or len(parts[1]) > _SHORT or not _nothing_under(lines, pos):
            continue
        found[pos] = (f"{int(m.group('num'))}. {parts[0]}", f"Beslutning: {parts[1]}")
    # (the labels asked only where a heading carries one: most texts have none)
    if not found or not any(":" in ln.clean and decision_label_line(ln) for ln in lines):
        return lines
    return _outcomes_under_headings(lines, found)


#: The longest outcome :func:`lone_heading_outcomes` reads on a heading ("Godkendt uden
#: bemærkninger.", "Taget til efterretning."; a sentence of the forum's is longer).
_SHORT = 40


def _nothing_under(lines: list[Line], pos: int) -> bool:
    """Whether a blank line follows ``pos`` and the next line with text is a numbered
    heading, or no numbered heading follows (the last item: "7. Eventuelt – Intet." /
    "Næste møde: …"); the item has no text of its own."""
    if pos + 1 < len(lines) and not lines[pos + 1].blank:
        # ("1. Godkendelse af dagsorden – Godkendt." / "2. Godkendelse af referat – …" with
        # no blank line between, as restored where every line was a paragraph: the next
        # item's heading right under it, numbered one on; the title a capital's and parted
        # from its outcome by a dash, not a decision's points: "1) Pulje: Godkendt." or
        # "1. at forslaget godkendes – godkendt")
        here, nxt = _HEADING.match(lines[pos].clean), _HEADING.match(lines[pos + 1].clean)
        return (
            here is not None
            and nxt is not None
            and int(nxt["num"]) == int(here["num"]) + 1
            and here.string[here.end() - 1].isupper()
            and _DASH_PARTED.search(here.string) is not None
        )
    after = next((ln for ln in lines[pos + 1 :] if not ln.blank), None)
    return (
        after is None
        or _HEADING.match(after.clean) is not None
        or not any(_HEADING.match(ln.clean) for ln in lines[pos + 1 :] if ln.clean[:1].isdigit())
    )


#: A title parted from its outcome by a dash between spaces ("Title – Godkendt.").
_DASH_PARTED = re.compile(r"\s[–—-]\s")
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


def _head_above(lines: list[Line], pos: int, head: re.Pattern[str] = _LIST_HEAD) -> int | None:
    """Position of the list's ``head`` right above its first line ("Dagsorden / udfald")."""
    above = next((k for k in range(pos - 1, -1, -1) if not lines[k].blank), None)
    return above if above is not None and head.match(lines[above].clean) else None


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


def _only_notes(
    lines: list[Line], a: int, b: int, subs: set[int] = frozenset(), own_label: bool = False
) -> bool:
    """Whether only blank lines, bullet notes, the numbered points an outcome announced
    (``subs``), an outcome's wrapped rest (a line in lower case: "med to modeller til
    oktobermødet.") and at most two sentences on the outcome stand between positions
    ``a`` and ``b``; ``own_label``: the line at ``a`` states no outcome, and its decision
    may stand under it on its own label's line ("5. Title" / a sentence / "Beslutning:
    …": an item of the list written out as a full item's)."""
    remarks = 0
    for k, ln in enumerate(lines[a + 1 : b], a + 1):
        if ln.blank or k in subs or ln.clean[:1].islower() or _NOTE.match(ln.clean):
            continue
        if match_case_number(ln.clean):
            continue  # "Sagsnr. 24/1187" under the line: the item's case, as a full item's
        if own_label and decision_label_line(ln):
            own_label = False  # (one label, the item's own decision)
            continue
        if ln.clean[-1:] != "." or heading_key(ln) is not None:
            return False
        remarks += 1  # "Sagen genoptages i maj.": a sentence on the outcome above it
    return remarks <= _MOST_REMARKS


def _listed_outcomes(
    run: list[tuple[int, int, str, str | None]], notes: set[int] = frozenset()
) -> bool:
    """Whether a run of numbered lines is such a list: three or more of them with an
    outcome after a dash, and at most a third of them with neither an outcome nor a note
    run in after the title's colon (``notes``: their positions)."""
    stated = sum(e[3] is not None and e[0] not in notes for e in run)
    with_text = sum(e[3] is not None for e in run)
    if stated == _MIN_RUN - 1 and with_text == len(run) >= _MIN_RUN:
        # ("1. Dagsorden: Godkendt." / "2. Byfest: Festen holdes 24. august." / "3.
        # Eventuelt: Intet."): every line a title and its text, two of them outcomes
        return True
    return stated >= _MIN_RUN and 3 * (len(run) - with_text) <= len(run)


def _wrapped_outcome(lines: list[Line], pos: int, rest: str) -> tuple[str, str] | None:
    """(title, outcome) of a numbered line with no outcome whose title wrapped onto the line
    right under it, the outcome after a dash at that line's end ("3. Ansøgning om tilskud
    til klubhus," / "   Vestby Boldklub – Godkendt."): the dash in the second line; else
    None (a second line that is an item of its own, a bullet or a case line)."""
    if pos + 1 >= len(lines) or lines[pos + 1].blank:
        return None
    under = lines[pos + 1].clean.strip()
    if (
        len(rest) < 20
        or _NUMBERED_LINE.match(under)
        or _NOTE.match(under)
        or (" – " not in under and " - " not in under and " — " not in under)
    ):
        return None
    parts = _split(join_wrapped(rest.strip(), under))
    if parts is None or len(parts[0]) <= len(rest.strip()):
        return None
    return parts


#: "Title - Udvalget takkede nej til tilbuddet.": a note in sentences after the title's last
#: spaced dash (a capital first, a full stop last, three words or more).
_DASHED_NOTE = re.compile(r"\s[–—-]\s+(?P<note>[A-ZÆØÅ][\w-]*(?:\s+\S+){2,}[.!])$")


def dashed_note(rest: str) -> tuple[str, str] | None:
    """(title, note) of a numbered line of short minutes whose note follows the title's
    spaced dash in sentences ("5. Kvalitetsstandard 2024 - Rådet anbefaler standarden."),
    as :func:`run_in_note` reads one after a colon: where the lines around it state
    outcomes so, what was said is the item's decision; else None. The note starts after
    the last such dash ("Seniordag - invitation fra X - Rådet sagde ja tak.": the
    title's own dash before a word in lower case stays in it)."""
    for dash in reversed(list(_DASH.finditer(rest))):
        if dash.group().strip() == ":":
            continue
        m = _DASHED_NOTE.match(rest, dash.start())
        title = rest[: dash.start()].strip()
        if m is not None and m.start() == dash.start() and len(title) >= 3:
            return title, m.group("note")
    return None


#: "Klubbens økonomi: Torben gennemgik regnskabet.": a title, its colon, and a note in
#: sentences (a capital first, a full stop last, three words or more).
_RUN_IN = re.compile(r"^(?P<title>[^:]{3,80}?[\w)]):\s+(?P<note>[A-ZÆØÅ][\w-]*(?:\s+\S+){2,}[.!])$")


def run_in_note(rest: str) -> tuple[str, str] | None:
    """(title, note) of a numbered line of short minutes whose note runs in after the
    title's colon ("3. Klubbens økonomi: Torben gennemgik regnskabet. Bestyrelsen tog det
    til efterretning."), where the lines around it state outcomes so
    (:func:`dashed_outcomes`): what was said is the item's decision as a note under it
    would be; else None (a title with a colon and no sentence after it: "Høring: Plan for
    stier")."""
    m = _RUN_IN.match(rest.strip())
    return (m.group("title").strip(), m.group("note")) if m else None


#: "Beslutning", "BESLUTNING:", "Beslutning - …": the item's own decision label.
_OWN_DECISION = re.compile(r"^beslutning\b", re.I)


#: "Næste møde: …", "Ref. <name>", "Referent: …", "Mødet hævet kl. 21.10": the minutes'
#: closing lines under the last item, none of its text.
_CLOSING = re.compile(
    r"^(?:næste\s+møde\b|ref\.\s|referent\s*:|mødet\s+(?:blev\s+)?(?:hævet|sluttede|slut))", re.I
)


def _short_item(lines: list[Line], pos: int, outcome: str, nxt: Line | None, number: int) -> bool:
    """Whether an outcome after a colon on heading ``number``'s line (at ``pos``) is a
    short item's whole minute: a sentence closed by its full stop (a title's subtitle after
    a colon has none), the line set apart by blank lines as the items are (a list's points
    in a row under a decision label are its parts), the next non-blank line the next item's
    heading or a closing line (``_CLOSING``: no text of the item's own), not a list's next
    line numbered otherwise."""
    if outcome[-1:] not in ".!" or (pos > 0 and not lines[pos - 1].blank):
        return False
    if pos + 1 < len(lines) and not lines[pos + 1].blank:
        return False
    if nxt is None or _CLOSING.match(nxt.clean):
        return True
    m = _NUMBERED_LINE.match(nxt.clean)
    return m is not None and int(m.group("num")) == number + 1


#: ". Godkendt": a full stop after a word, then a capital: where a title may end and a
#: sentence start on a short item's heading line.
_STOP_THEN_CAPITAL = re.compile(r"(?<=[\w)])\.\s+(?=[A-ZÆØÅ])")
#: "pr.", "nr.", "kr.", "mio.", "jf.", "vedr.": abbreviations whose full stop ends no title
#: ("Henvendelse vedr. Skovvej 4"; "Evt." is the standing item's title, and ends one).
_ABBREVIATION_END = re.compile(
    r"(?:^|[\s(])(?:pr|nr|kr|mio|mia|ca|jf|pkt|vedr|inkl|ekskl|bl\.a|f\.eks|m\.m|st|ang|tlf)$",
    re.IGNORECASE,
)


def stopped_outcome(text: str) -> tuple[str, str, int] | None:
    """(heading, outcome, number) of a numbered heading line whose short item's minute
    follows the title's full stop ("5. Meddelelser fra forvaltningen. Taget til
    efterretning.", "3. Title. Punktet udgik."): the first full stop (after no
    abbreviation) whose tail is one outcome closed by its own full stop, the title before
    it stating none; else None. Whether the line stands as a short item's does is
    :func:`_short_item`'s to say."""
    m = _NUMBERED_LINE.match(text)
    if m is None or text[-1:] not in ".!":
        return None
    rest = m.group("rest")
    for stop in _STOP_THEN_CAPITAL.finditer(rest):
        title, outcome = rest[: stop.start()].strip(), rest[stop.end() :].strip()
        if len(title) < 3 or _ABBREVIATION_END.search(title) or len(outcome) > _LONGEST:
            continue
        if outcome_line(outcome) and not outcome_line(title):
            if title.isalpha() and len(title) <= 4:
                title += "."  # "Evt.", "Div.": a short word's own abbreviating full stop
            return text[: m.start("rest")] + title, outcome, int(m.group("num"))
    return None


def headed_outcomes(lines: list[Line]) -> list[Line]:
    """The lines with the outcome on a full item's heading ("3.  SPILDEVANDSPLAN - TILLÆG
    NR. 4  -  GODKENDT" over its case line and text) cut off the title and written as the
    item's ``Beslutning: <outcome>`` at its end, where the item has no decision label of
    its own (a ``Beslutning`` section under it says more and wins); the lines as they were
    where fewer than two headings so end. Unlike :func:`dashed_outcomes` the items have
    text under them (a contents list above them may name the titles without the outcome)."""
    found: dict[int, tuple[str, str, int]] = {}  # position -> (heading, outcome, number)
    for pos, text in enumerate(map(_CLEAN, lines)):
        if not text[:1].isdigit():
            continue
        if (
            text[-1:] in ".!"
            and "." in text[3:-1]
            and (stopped := stopped_outcome(text))
            and not _under_decision(lines, pos)
            and _short_item(
                lines,
                pos,
                stopped[1],
                next((ln for ln in lines[pos + 1 :] if not ln.blank), None),
                stopped[2],
            )
        ):
            # "5. Meddelelser fra forvaltningen. Taget til efterretning." over the next item: a
            # short item's whole minute after the title's full stop, as after a colon
            found[pos] = stopped
            continue
        if " -" not in text and " –" not in text and ":" not in text:
            continue
        m = _NUMBERED_DASHED.match(text)
        parts = _split(m.group("rest")) if m else None
        if parts is None or _NOTHING_DASH.match(parts[1]):
            continue
        title, outcome = parts
        tail = m.group("rest")[len(title) :].lstrip()
        nxt = next((ln for ln in lines[pos + 1 :] if not ln.blank), None)
        if tail[:1] == ":" and _short_item(lines, pos, outcome, nxt, int(m.group("num"))):
            # "6. Hjemmesiden: Intet nyt." over the next item: a short item's whole minute
            # after a colon on its heading line, beside items with text (the next item's
            # heading right under it, so the outcome is written under the heading)
            found[pos] = (text[: m.start("rest")] + title, outcome, int(m.group("num")))
            continue
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


#: "1. Title – Beslutning: Godkendt.", "Punkt 5 - Title - Aftale: Udsat.", "#7 Eventuelt —
#: Konklusion: Intet.": a numbered heading with the item's decision beside its title, after a
#: dash and under its own label (a short item's outcome written on the heading's line).
_LABELLED_ON_HEADING = re.compile(
    r"^(?P<head>(?:(?:punkt|pkt\.)\s?\d{1,3}[.:]?|\d{1,3}[.)]|#\s?\d{1,3})\s+\S.*?)"
    r"\s+[–—-]\s+(?P<label>beslutning|afgørelse|aftale|konklusion|opfølgning)\s*:\s*"
    r"(?P<text>\S.*)$",
    re.I,
)


def labelled_heading_outcomes(lines: list[Line]) -> list[Line]:
    """The lines with each numbered heading that carries its decision after a dash under
    the decision's own label ("3. Title – Beslutning: Udsat til januar.") written as the
    heading and the label's line under it (both keep the line's number); the lines as they
    were where none does. An "Opfølgning:" there counts only where its text states an
    outcome ("– Opfølgning: status på handleplanen" may be the title's own subtitle)."""
    found: dict[int, tuple[str, str]] = {}  # position -> (heading, the label's line)
    for pos, text in enumerate(map(_CLEAN, lines)):
        # (the cheap test: a label's colon and a number's first character)
        if ":" not in text or not (text[:1].isdigit() or text[:1] in "Pp#"):
            continue
        m = _LABELLED_ON_HEADING.match(text)
        if m is None:
            continue
        label, said = m.group("label"), m.group("text").strip()
        if label[:1] in "Oo" and not states_outcome(said):
            continue
        found[pos] = (m.group("head").rstrip(), f"{label}: {said}")
    if not found:
        return lines
    return _outcomes_under_headings(lines, found)


def _outcomes_under_headings(lines: list[Line], found: dict[int, tuple[str, str]]) -> list[Line]:
    """``lines`` with each line at a position of ``found`` written as its heading and, under
    it, its decision's labelled line (both keep the line's number); a case line right under
    the heading is read before the decision."""
    out: list[Line] = []
    moved: set[int] = set()  # case lines put between a heading and its decision
    for pos, line in enumerate(lines):
        if pos in moved:
            continue
        if pos not in found:
            out.append(line)
            continue
        heading, labelled = found[pos]
        out.append(line._replace(clean=heading))
        if _case_line_under(lines, pos):
            # ("2. Title – Beslutning: Godkendt." / "Sag: 24/00312": the item's case line
            # under its heading, read before the decision written out under the heading)
            out.append(lines[pos + 1])
            moved.add(pos + 1)
        out.append(Line(line.index, labelled, 0))
    return out


def _case_line_under(lines: list[Line], pos: int) -> bool:
    """Whether the line right under ``pos`` is a short line holding the item's case number
    alone ("Sag: 24/00312", "J.nr. 2023-0045127")."""
    if pos + 1 >= len(lines) or lines[pos + 1].blank:
        return False
    text = lines[pos + 1].clean.strip()
    return len(text) <= 40 and match_case_number(text) is not None


#: "Ad pkt. 3: Godkendt.", "Ad punkt 3 - Udsat.", "Ad 3: Drøftet.": the outcome of the
#: listed point N written in the margin of a protocol's decisions, on the number's line.
_AD_OUTCOME = re.compile(
    r"^ad\.?\s{0,2}(?:(?:pkt|punkt)\.?\s{0,2})?(?P<num>\d{1,3})\s{0,2}[.:)–-]\s*(?P<outcome>\S.*)$",
    re.I,
)
#: The cheap test before :func:`answered_list`: a line opening "Ad" (maybe indented) and a
#: digit within the next twelve characters, as every ``_AD_OUTCOME`` line has.
AD_GATE = re.compile(r"^[ \t]*ad.{0,12}\d", re.I | re.M)
#: "Behandlede punkter", "Dagsorden:", "Punkter": a head over a protocol's list of points.
_POINTS_HEAD = re.compile(
    r"^(?:(?:behandlede|behandlet)\s+(?:punkter|sager)|dagsorden|punkter|dagsordenspunkter)"
    r"\s*:?$",
    re.I,
)
#: "Beslutninger", "Afgørelser:": the head of a protocol's part of decisions (plural: the
#: decisions of all the items, where "Beslutning:" is one item's).
_PART_HEAD = re.compile(r"^(?:beslutninger|afgørelser|udvalgets beslutninger)\s*:?$", re.I)
#: The most non-blank lines between the list and its first answer (a rule, the part's head
#: "Beslutninger"): more is minutes with text of their own, not a protocol's two parts.
_MOST_BETWEEN = 4


def answered_list(lines: list[Line]) -> list[Line]:
    """The lines with each "Ad pkt. N: <outcome>" of a decision protocol written as the
    listed item's heading ``N. <title>`` and ``Beslutning: <outcome>`` (the list above
    stays, read as its contents list), where a protocol first lists the points it dealt
    with ("1. Title" …) and then gives the decisions by number in the list's order, every
    listed number answered; the lines as they were otherwise (an item's decision with one
    outcome per point of its recommendation stays as written: it stands under a decision
    label, and its points are "at …" clauses)."""
    answers: list[tuple[int, int, str]] = []  # (position, number, outcome)
    for pos, line in enumerate(lines):
        text = line.clean.lstrip()  # ("<TAB>Ad pkt. 3: …": an indented margin)
        if text[:2].lower() == "ad" and (m := _AD_OUTCOME.match(text)):
            answers.append((pos, int(m.group("num")), m.group("outcome").strip()))
    numbers = [a[1] for a in answers]
    if len(answers) < _MIN_RUN or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return lines
    first = answers[0][0]
    above = next((ln.clean for ln in reversed(lines[:first]) if not ln.blank), "")
    if not _PART_HEAD.match(above) and _under_decision(lines, first):
        return lines  # "Beslutning:" over "Ad 1: …": one item's decision, point by point
    listed: dict[int, tuple[int, str]] = {}  # number -> (position, title)
    between = 0
    for pos in range(first - 1, -1, -1):
        text = lines[pos].clean
        if lines[pos].blank:
            continue
        m = _NUMBERED_LINE.match(text) if text[:1].isdigit() else None
        if m is None:
            if listed:
                break  # the list's head ("Behandlede punkter") above it
            between += 1
            if between > _MOST_BETWEEN:
                return lines
            continue
        title = m.group("rest").strip()
        if int(m.group("num")) in listed or title[:3].lower() == "at ":
            return lines  # a number twice, or a recommendation's points ("1. at …")
        listed[int(m.group("num"))] = (pos, title)
    if sorted(listed) != numbers or any(listed[n][0] > listed[n + 1][0] for n in numbers[:-1]):
        return lines
    # ("Ad 1. Godkendelse af dagsorden" over the notes: the point's title again, no outcome)
    stated = sum(outcome_line(outcome) for _, _, outcome in answers)
    if 3 * (len(answers) - stated) > len(answers) or any(
        outcome[:12].lower() == listed[number][1][:12].lower() for _, number, outcome in answers
    ):
        return lines
    out: list[Line] = []
    at = {pos: (number, outcome) for pos, number, outcome in answers}
    # the list's head ("Behandlede punkter") read as the "Dagsorden" it stands for, the
    # decisions' part head ("Beslutninger") as the rule between the two parts
    heads: dict[int, str] = {}
    if (head := _head_above(lines, listed[numbers[0]][0], _POINTS_HEAD)) is not None:
        heads[head] = "Dagsorden"
    if _PART_HEAD.match(above):
        heads[max(k for k in range(first) if lines[k].clean == above)] = ""
    for pos, line in enumerate(lines):
        if pos in heads:
            out.append(line._replace(clean=heads[pos]))
            continue
        if pos not in at:
            out.append(line)
            continue
        number, outcome = at[pos]
        out.append(line._replace(clean=f"{number}. {listed[number][1]}"))
        out.append(Line(line.index, f"Beslutning: {outcome}", 0))
    return out
