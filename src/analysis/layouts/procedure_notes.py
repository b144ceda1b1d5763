"""Notes on how an item was handled, written under its decision heading (pure).

Councils and committees minute who took part in each item where its decision stands: a
member declaring himself inhabil and leaving, a member arriving or leaving during the
item, a guest present, a reservation taken, the meeting suspended, the item handled out
of the agenda's order, the chair's welcome. Written before the outcome (``<name> (C)
erklærede sig inhabil og forlod mødet under behandlingen.`` / ``Godkendt.``), such a note
is no part of what was decided: it is moved to a section of its own (``moedeforloeb``,
under the decision's heading) ahead of the decision, so the decision opens with the
item's own outcome and is typed by it. Only notes that open the decision move, whole
lines or the first sentences of a line, and only where text follows them. Votes, an
amendment's fate and a proposal put to the vote stay in the decision: earlier rounds'
labels hold them as its first line (the vote is how the item was decided).
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.model import Item, Section
from analysis.parse import BODY_WORDS, unbulleted
from analysis.vocab import HANDLING_NOTES

#: What the opening of a note (lowered: up to its first full stop, line's end or 200th
#: character) holds, one of them at least: the cheap gate before the patterns below.
_CUES = re.compile(
    r"inhabil|fravær|afbud|mødt|ankom|kom\s|forlod|deltog|indtråd|stede|forbehold|suspender"
    r"|afbrudt|genoptag|behandle|velkom"
)

#: A sentence's end: a full stop (or ! ?) before a capital or the line's end, not after an
#: abbreviation ("vedr. Gedved", "kl. 17.40" end nothing).
_SENTENCE_END = re.compile(
    r"(?<!\bkl)(?<!\bpkt)(?<!\bnr)(?<!\bvedr)(?<!\bpga)(?<!\bca)(?<!\bjf)(?<!\bbl\.a)"
    r"[.!?](?=[ \t]+[\"„”(]?(?-i:[A-ZÆØÅ])|[ \t]*$)"
)

#: Who the note is about: a member (``Peter Kragh (C)``, ``Rådmand Hans Christian Brix
#: (O)``, ``Handicaprådets formand Birgit Stær``, ``Hun``), anything up to the note's verb
#: without a sentence's stop; :func:`_person` rejects a clause or the forum.
_WHO = r"(?P<who>(?-i:[A-ZÆØÅ])[^.;:!?\n]{0,160}?)\s+"
#: What is said of him: inhabil, absent, arriving, leaving, present from a time or during
#: the item, a reservation taken, standing in for another member.
_DONE = (
    r"(?:erklærede\s+sig\s+inhabil|(?:var|blev\s+erklæret)\s+inhabil"
    r"|deltog\s+ikke\s+i\s+(?:sagens\s+|punktets\s+)?behandling"
    r"|(?:var|blev)\s+fraværende\s+under|var\s+ikke\s+til\s+stede\s+under"
    r"|forlod\s+(?:mødet|salen|lokalet|byrådssalen)"
    r"|(?:mødte|ankom|kom)\s+(?:til\s+mødet\s+)?(?:kl\.?\s*\d|under\s+(?:behandlingen|punktet|dette)"
    r"|fra\s+(?:kl|punkt|pkt))"
    r"|deltog\s+(?:i\s+(?:behandlingen|mødet)\s+)?(?:fra\s+(?:kl\.?\s*\d|dette\s+punkt|punktet"
    r"|punkt\s+\d|pkt)|under\s+(?:punktet|behandlingen|dette\s+punkt|sagens\s+behandling))"
    r"|(?:tog|tager|har\s+taget)\s+(?:et\s+|sit\s+)?(?:\w+\s+)?forbehold"
    r"|(?:deltog|mødte|indtrådte)\s+(?:som\s+stedfortræder\s+)?(?:i\s+stedet\s+for|for)\s+"
    r"(?-i:[A-ZÆØÅ]))"
)
#: A note on how the item was handled, as a whole sentence's start.
_NOTE = re.compile(
    # "Mødt kl. 16.50 under behandlingen af punkt 2: <name>.", "Inhabil: <name>."
    r"^(?:(?:mødt|ankommet|fraværende|afbud)\s+(?:kl\.?\s*\d|under\s+(?:behandlingen|punkt)"
    r"|fra\s+(?:kl|punkt|pkt))|inhabil(?:itet)?\s*:"
    # "Afbud: <name> (V)", "Fraværende: <name>, <name>": who was absent, as the decision's
    # first line (or on its label's own line: "Beslutning: Afbud: <name>")
    r"|(?:fraværende|fravær|afbud)\s*:[ \t]*\S"
    # "Kl. 18.20 forlod <name> mødet.", "Kl. 17.05 ankom <name> (A).": the time first
    r"|kl\.?\s*\d{1,2}[.:]\d{2}\s+(?:forlod|ankom|mødte|kom|indtrådte)\s+(?-i:[A-ZÆØÅ])"
    # "Mødet blev suspenderet kl. 18.40-18.55."
    r"|mødet\s+(?:blev\s+)?(?:suspenderet|afbrudt|genoptaget)\b"
    # "Sagen blev behandlet efter punkt 200.", "Punktet blev behandlet som første punkt."
    # "Sagen blev behandlet sammen med punkt 4.", "… under ét med pkt. 12."
    r"|(?:sagen|punktet)\s+(?:blev\s+)?behandle(?:t|des|s)\s+(?:efter|før|forud\s+for"
    r"|som\s+(?:det\s+)?(?:første|sidste)|(?:sammen|under\s+ét)\s+med)\b"
    # "I stedet deltog stedfortræder <name>."
    r"|i\s+stedet\s+(?:deltog|mødte)\b"
    rf"|{_WHO}{_DONE})",
    re.IGNORECASE,
)
#: Words in ``who`` that make it a clause of the outcome ("Udsat, da <name> var …"), or a
#: body opening it ("Udvalget", "Økonomiudvalget", "Direktionen"): the forum's own act or
#: another body's, no member's note.
_NOT_PERSON = re.compile(
    r"\b(?:da|idet|fordi|eftersom|men|hvis|når|mens|dog|besluttede|godkendte|vedtog|blev"
    r"|anbefaler|anbefalede|udsat|godkendt|vedtaget)\b"
    rf"|^[\w-]*(?:{BODY_WORDS})\b",
    re.IGNORECASE,
)
#: "Formanden bød velkommen til <name>, der er indtrådt …": the chair's welcome, a note
#: where it is a line of its own (a welcome and the outcome in one line stay together).
_WELCOME = re.compile(r"^(?-i:[A-ZÆØÅ])[^.;:!?\n]{0,60}?\s+bød\s+(?:\w+\s+)?velkommen\b", re.I)
#: An item whose content is what the chair or others tell ("Formandens bemærkninger",
#: "Meddelelser", "Velkomst"): a welcome there is the item's own text.
_TOLD_TITLE = re.compile(
    r"formand|meddelelse|orientering|velkom|bemærkning|nyt?\s+medlem|konstituer|eventuelt",
    re.IGNORECASE,
)


def _person(m: re.Match[str]) -> bool:
    """The note's subject is a member (or it has none), not a clause or the forum."""
    who = m.group("who")
    return who is None or _NOT_PERSON.search(who) is None


def _note(sentence: str) -> bool:
    """Whether ``sentence`` is a note on the item's handling (see the module)."""
    m = _NOTE.match(sentence)
    return m is not None and _person(m)


def _first_sentence_end(line: str) -> int:
    """Where the line's first sentence ends (after its stop), brackets kept whole; the
    line's length where it is one sentence."""
    for m in _SENTENCE_END.finditer(line):
        head = line[: m.end()]
        if head.count("(") == head.count(")"):
            return m.end()
    return len(line)


def _notes_ahead(text: str, told: bool) -> int:
    """Length of the notes opening ``text`` (0 for none): whole lines, or a line's first
    sentences; never all of it."""
    at = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end]
        if not line.strip():
            at = end + 1
            continue
        if not told and _WELCOME.match(line.strip()):
            at = end + 1
            continue
        pos = 0
        stripped = line.rstrip()
        while pos < len(stripped):
            rest = stripped[pos:].lstrip()
            cut = _first_sentence_end(rest)
            if not _note(rest[:cut]):
                break
            pos = len(stripped) - len(rest) + cut
        if pos == 0:
            return at
        if pos < len(stripped):
            return at + pos
        at = end + 1
    return 0


#: Where the decision's opening ends: a line break, or a full stop that is neither the
#: abbreviation "kl." nor inside a time ("Kl. 19.05 forlod <name> mødet." names its cue
#: after both).
_OPENING_STOP = re.compile(r"\n|(?<![Kk][Ll])\.(?!\d)")


def _opening(text: str) -> str:
    """The decision's first words, lowered, up to its first full stop or line break (200
    characters at most; "kl." and a time's stop end nothing): every note names what it
    tells of there (the patterns allow no other full stop before their cue word), while
    an outcome followed by a note ("Godkendt. <name> deltog under punktet.") is cut
    before the note."""
    m = _OPENING_STOP.search(text, 1, 200)
    return text[: m.start() if m else min(200, len(text))].lower()


def procedure_notes_apart(items: list[Item]) -> list[Item]:
    """The items with the notes opening their decision moved to a section of their own
    ahead of it (see the module); items without such notes as they were."""
    out = list(items)
    for k, it in enumerate(items):
        for j, sec in enumerate(it.sections):
            if sec.key != "beslutning" or not sec.text or sec.text.isspace():
                continue
            if _CUES.search(_opening(sec.text)) is not None:
                told = _TOLD_TITLE.search(it.title) is not None
                cut = _notes_ahead(sec.text, told)
                if cut:
                    notes = Section(HANDLING_NOTES, sec.heading, sec.text[:cut].strip())
                    # ("> **Beslutning:** <note>" / "> Anbefalet.": the rest of a quoted
                    # decision loses its quote marks, as a decision opening so does)
                    rest = replace(sec, text=unbulleted(sec.text[cut:].lstrip(" \t\n")))
                    sections = (*it.sections[:j], notes, rest, *it.sections[j + 1 :])
                    out[k] = replace(it, sections=sections)
            break  # (the first decision with text opens the item's outcome)
    return out
