"""Minutes quoted in a reply mail (pure).

A mail client answering a message sets the message it answers off with ``>`` before
every line, the blank lines too (``>`` alone). Where the minutes were pasted into that
message, the reply chain holds them only quoted (``> I. Title`` / ``>    Beslutning: …``).
A long quoted run, one of whose lines is a quoted blank, is written without its quote
marks, one level at a time (a reply's comment written into it, a line or two without
quote marks between quoted lines, ``*** 5 mod 2 ***``, stays in it as a line of text),
so the minutes inside read as they were written; a short quote (a notes page's
``> 📍 place`` facts, a decision set off as ``> **Beslutning:**``) stays as it is. Line
numbers are kept.
"""

from __future__ import annotations

import re

from analysis.vocab import SECTION_HEADINGS

#: Quoted lines in a run before it is taken for a mail's quote: more than a notes page's
#: quoted facts or a quoted decision ever hold.
MIN_QUOTED = 8
#: ">", "> ", "> text": one level of quoting and the space after it.
_QUOTE = re.compile(r"^>(?: |(?=\S)|$)")


def unquote_mail(text: str) -> str:
    """``text`` with each mail-quoted run of lines (``MIN_QUOTED`` or more lines opening
    with ``>``, one of them a quoted blank ``>``) written without one level of quoting,
    repeated for a quote inside a quote; as it was where there is none."""
    # (the mark alone first: one character is found many times faster than two)
    if ">" not in text or ("\n>" not in text and not text.startswith(">")):
        return text
    lines = text.split("\n")
    for _ in range(3):  # a reply to a reply quotes twice: "> > …"
        if not _unquote_runs(lines):
            break
    return "\n".join(lines)


#: "REF: Aftalt at …": a reply's note written into the quoted message under the point it
#: answers, opened by the writer's tag (a word or initials in capitals and a colon); the
#: tag may stand alone, the note on the lines under it ("REF:" / "Godkendt at …").
_NOTE_TAG = re.compile(r"^(?P<tag>[A-ZÆØÅ]{2,10}):(?:\s+\S|\s*$)")


def _quoted_end(lines: list[str], k: int) -> int:
    """The end of the quoted run from ``k``, taking in the reply's tagged notes written
    between its lines ("> 2) Title" / "REF: Drøftet." / ">"): one tag throughout, two or
    more such notes, each with quoted lines after it."""
    end = k
    tag: str | None = None
    notes = 0
    while True:
        while end < len(lines) and lines[end].startswith(">"):
            end += 1
        m = _NOTE_TAG.match(lines[end]) if end < len(lines) else None
        if (
            m is None
            and tag is None
            and end < len(lines)
            and (after := _reply_end(lines, end)) > end
        ):
            # "> 2. Title" / ">" / "Godkendt." / "" / "> 3. Title": the reply's minutes
            # written untagged under a point of the quoted agenda
            notes += 1
            end = after
            continue
        if m is None or (tag is not None and m.group("tag") != tag):
            break
        after = end
        while (
            after < len(lines)
            and (m := _NOTE_TAG.match(lines[after])) is not None
            and m.group("tag") == (tag or m.group("tag"))
        ):
            tag = m.group("tag")
            after += 1
        # the note goes on over a line or two without a tag ("REF: Taget til efterretning"
        # / "Merforbrug forventes nu …") up to the next quoted line
        after = _note_lines_end(lines, after)
        if after >= len(lines) or not lines[after].startswith(">"):
            break
        notes += 1
        end = after
    if notes < 2:  # no reply written into the quote: the quoted lines alone
        end = k
        while end < len(lines) and lines[end].startswith(">"):
            end += 1
            if end < len(lines) and _inline_comment(lines, end):
                end += 1 if lines[end + 1].startswith(">") else 2
    return end


#: How many lines the reply's untagged minutes under one quoted point hold at most.
_REPLY_LINES = 8


def _reply_end(lines: list[str], at: int) -> int:
    """Where the quote goes on after the reply's untagged minutes at ``at``: lines without
    a quote mark (at most ``_REPLY_LINES``, none blank) after a quoted blank line and
    followed, after at most one blank line, by quoted lines again ("> 2. Title" / ">" /
    "Drøftet." / "Konklusion: …" / "" / "> 3. Title"); ``at`` where there are none."""
    if lines[at - 1].strip("> \t") or not lines[at - 1].startswith(">"):
        return at  # (a comment under a quoted line of text: ``_inline_comment``'s)
    end = at
    while end < len(lines) and end - at <= _REPLY_LINES and lines[end].strip():
        if lines[end].startswith(">"):
            return end if end > at else at
        end += 1
    if end == at or end - at > _REPLY_LINES:
        return at
    if end < len(lines) and not lines[end].strip():
        end += 1
    return end if end < len(lines) and lines[end].startswith(">") else at


def _labelled_outcome(block: list[str]) -> bool:
    """Whether a line of ``block`` opens with a decision's label ("Konklusion: …",
    "Aftalt: …", "Beslutning:")."""
    for line in block:
        label, colon, _ = line.partition(":")
        if colon and SECTION_HEADINGS.get(label.strip().lower()) == "beslutning":
            return True
    return False


#: How many unquoted lines a reply's inline comment holds at most.
_COMMENT_LINES = 2


def _note_lines_end(lines: list[str], at: int) -> int:
    """The end of a tagged note's untagged lines from ``at`` (at most ``_COMMENT_LINES``,
    none blank or quoted or tagged), where a quoted line follows them; else ``at``."""
    end = at
    while (
        end < len(lines)
        and end - at < _COMMENT_LINES
        and lines[end].strip()
        and not lines[end].startswith(">")
        and not _NOTE_TAG.match(lines[end])
    ):
        end += 1
    return end if end < len(lines) and lines[end].startswith(">") else at


def _inline_comment(lines: list[str], at: int) -> bool:
    """Whether the unquoted line at ``at`` (one or two lines) is the reply's comment written
    into the quoted message under a quoted line of text and followed by quoted lines again
    ("> Konklusion: … 6 mod 1 …" / "*** 5 mod 2 ***" / "> Budget …"): the quote goes on."""
    if lines[at].startswith(">") or not lines[at].strip() or not lines[at - 1].strip("> \t"):
        return False
    if _NOTE_TAG.match(lines[at]):
        return False  # "NB: …": a tagged note, read above only where two or more are
    for k in range(at + 1, min(at + 1 + _COMMENT_LINES, len(lines))):
        if lines[k].startswith(">"):
            return True
        if not lines[k].strip():
            return False
    return False


def _unquote_runs(lines: list[str]) -> bool:
    """Unquote every long run in ``lines`` in place; whether any was. A reply's tagged
    notes inside the run ("REF: …" under a quoted agenda's point) are the minutes of the
    point above: the first line of each note is written as its "Referat:" (the outcome),
    the rest as its lines."""
    changed = False
    k = 0
    while k < len(lines):
        if not lines[k].startswith(">"):
            k += 1
            continue
        end = _quoted_end(lines, k)
        run = lines[k:end]
        quoted = [line for line in run if line.startswith(">")]
        if len(quoted) >= MIN_QUOTED and any(not line.strip("> \t") for line in quoted):
            out = []
            replied = False
            for j, line in enumerate(run):
                if line.startswith(">"):
                    out.append(_QUOTE.sub("", line, count=1))
                    continue
                tagged = _NOTE_TAG.match(line)
                if tagged is None and j and line.strip() and not run[j - 1].strip("> \t"):
                    # the first line of the reply's untagged minutes under a quoted point
                    # (after its quoted blank): its outcome, unless a label names one
                    block = run[
                        j : next(
                            (
                                e
                                for e in range(j, end - k)
                                if not run[e].strip() or run[e][:1] == ">"
                            ),
                            end - k,
                        )
                    ]
                    out.append(line if _labelled_outcome(block) else f"Referat: {line}")
                    replied = True
                    continue
                if tagged is None:
                    # the reply's comment inside the quote: a line as written; the first
                    # line of a note under its bare tag ("REF:" / "Godkendt …") its outcome
                    bare = out and out[-1] == "\x00"
                    out.append(f"\x00Referat: {line}" if bare else line)
                    continue
                note = line[len(tagged.group("tag")) + 1 :].strip()
                first = not out or not out[-1].startswith("\x00")
                if not note:
                    out.append("\x00" if first else "")
                    continue
                out.append(f"\x00{'Referat: ' if first else ''}{note}")
            if replied:
                _as_minutes(out)
            lines[k:end] = [line.lstrip("\x00") for line in out]
            changed = True
        k = end
    return changed


#: "Dagsorden for Styregruppen …", "DAGSORDEN": the quoted agenda's title naming its kind.
_AGENDA_TITLE = re.compile(r"^(?:#+\s*)?(?:\*\*)?dagsorden\b", re.IGNORECASE)


def _as_minutes(run: list[str]) -> None:
    """The quoted agenda's title (among its first filled lines) called minutes in place:
    with the reply's minutes written under its points the quote is no agenda any more."""
    filled = [j for j, line in enumerate(run) if line.strip()][:3]
    for j in filled:
        if m := _AGENDA_TITLE.match(run[j]):
            word = run[j][m.start() : m.end()][-len("dagsorden") :]
            run[j] = run[j][: m.end() - len(word)] + "Referat" + run[j][m.end() :]
            return
