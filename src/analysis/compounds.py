"""Danish compounds: split a word into modifier and head, and spell out coordinated
compounds, for the search and the policy areas alike (pure, over the lemma table).

Danish writes compounds as one word ("dagtilbudspolitikken") and shares the head of
coordinated ones ("idræts- og svømmehaller", "Social-, Sundheds- og Seniorudvalget").
``split`` finds (modifier, head) by the lemma table; ``expand_coordinated`` writes each
conjunct out in full ("idrætshaller og svømmehaller"), so a matcher that knows
"*haller" or "idræt*" sees both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.nlp import _lemma_table, keep_loaded

#: Inflection endings taken off a word the lemma table does not know (longest first).
ENDINGS: tuple[str, ...] = (
    "ernes", "enes", "erne", "ene", "ens", "ets", "ers", "en", "et", "er", "ne", "es", "e", "s"
)  # fmt: skip
#: Shortest head and modifier of a compound ("plan", "mål"); shorter parts split too much.
MIN_HEAD = 4
MIN_MODIFIER = 3
#: Shortest shared head of a coordinated compound: the hyphen already says the first
#: conjunct is a modifier, so "hal" in "idræts- og svømmehaller" is safe to take.
MIN_SHARED_HEAD = 3
#: Prefixes that make derived words, not compounds: "forhandling" is no kind of "handling".
PREFIXES = frozenset(
    ("for", "be", "ud", "an", "ind", "op", "af", "til", "gen", "sam", "mis", "van", "mod")
    + ("med", "over", "under", "efter", "ned", "om", "fra")
)
#: Derivational endings: a head inside one is no head ("orient|ering" is no "ring").
DERIVATIONAL: tuple[str, ...] = ("ering", "ning", "ing", "else", "hed", "tion", "sion", "isme")


@lru_cache(maxsize=1)
def known() -> frozenset[str]:
    """Every form and lemma of the lemma table: the words a compound is split into."""
    table = _lemma_table()
    words = frozenset(table) | frozenset(table.values())
    keep_loaded()  # half a million strings: out of the garbage collector's walks
    return words


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Function words, never a compound's part ("forhandl|ingen")."""
    from spacy.lang.da.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def stems(lower: str) -> list[str]:
    """Known stems of a word the lemma table lacks: endings off, longest first
    ("målplanerne" -> "målplan", "politikkerne" -> "politik")."""
    words, out = known(), []
    for ending in ENDINGS:
        if not lower.endswith(ending) or len(lower) - len(ending) < MIN_HEAD:
            continue
        stem = lower[: -len(ending)]
        variants = [stem]
        if stem[-1] == stem[-2] and stem[-1] not in "aeiouyæøå":
            variants.insert(0, stem[:-1])
        for v in variants:
            if v in words or split(v):
                out.append(v)
        if out:
            break
    return out


def _modifier(part: str) -> str | None:
    """A compound's first part as a known word: as written or without a linking -s-/-e-,
    never a derivational prefix or a function word."""
    words, bad = known(), PREFIXES | stop_words()
    for m in (part, part[:-1] if part[-1:] in ("s", "e") else None):
        if m and len(m) >= MIN_MODIFIER and m in words and m not in bad:
            return m
    return None


def split(word: str) -> tuple[str, str] | None:
    """(modifier, head) of a compound: the longest known head whose modifier, a linking
    -s- or -e- taken off, is a known word and no derivational prefix."""
    words, stop = known(), stop_words()
    longest_ending = max((len(e) for e in DERIVATIONAL if word.endswith(e)), default=0)
    for cut in range(MIN_MODIFIER, len(word) - max(MIN_HEAD, longest_ending + 1) + 1):
        head = word[cut:]
        if head not in words or head in stop:
            continue
        modifier = _modifier(word[:cut])
        if modifier:
            return modifier, head
    return None


def _simple_form(word: str, words: frozenset[str]) -> bool:
    """Whether a word is a known word or an inflection of one (not of a compound: the
    head of "fritidsudvalget" is "udvalget", not "tidsudvalget")."""
    if word in words:
        return True
    return any(
        word.endswith(e) and len(word) - len(e) >= MIN_SHARED_HEAD and word[: -len(e)] in words
        for e in ENDINGS
    )


def _derived_from_word(lower: str, words: frozenset[str]) -> bool:
    """Whether a word (or its form without an inflection ending) is a known word with a
    derivational ending ("bæredygtig|hed", "beskæftig|else"): its head is the ending,
    which no conjunct shares ("klima- og bæredygtighed" is no "klimadygtighed")."""
    forms = [lower] + [lower[: -len(e)] for e in ENDINGS if lower.endswith(e)]
    return any(
        form.endswith(d) and len(form) - len(d) >= MIN_HEAD and form[: -len(d)] in words
        for form in forms
        for d in DERIVATIONAL
    )


@lru_cache(maxsize=8192)
def shared_head_at(word: str) -> int | None:
    """Where the head of the last conjunct of a coordinated compound starts, as written
    ("svømmehaller" -> 6: "haller"; "ungeudvalget" -> 4), None when it cannot be split
    or is a known word made by a derivational ending ("bæredygtighed"). The longest head
    that is a known word (or an inflection of one) after a known modifier wins: the
    hyphen of the first conjunct says there is a head to share.

    Cached: the same compounds recur in title after title ("Børne- og Ungeudvalget"),
    and each cut is tried against the lemma table in a Python loop."""
    lower, words, stop = word.lower(), known(), stop_words()
    if _derived_from_word(lower, words):
        return None
    for cut in range(MIN_MODIFIER, len(lower) - MIN_SHARED_HEAD + 1):
        head = lower[cut:]
        if head in stop or not _simple_form(head, words):
            continue
        if _modifier(lower[:cut]):
            return cut
    return None


@dataclass(frozen=True)
class Word:
    """What a token can match: its own forms, a compound's head and modifier."""

    forms: frozenset[str]
    heads: frozenset[str]
    modifiers: frozenset[str]


@lru_cache(maxsize=200_000)
def word(key: str, lower: str) -> Word:
    """The forms (lemma, lower case, stems), heads and modifiers of one token."""
    forms = {key, lower}
    if not lower.isalpha():
        parts = [p for p in lower.split("-") if p]
        if len(parts) < 2 or not all(p.isalpha() for p in parts):
            return Word(frozenset(forms), frozenset(), frozenset())
        # "MED-udvalget": head the last part, modifiers the others
        table = _lemma_table()
        last = word(table.get(parts[-1], parts[-1]), parts[-1])
        return Word(frozenset(forms), last.forms | last.heads, frozenset(parts[:-1]))
    table = _lemma_table()
    # split the dictionary form: the lemma of a known word, else its stems (an inflected
    # form split as it stands gives false heads: "politikkerne" is no kind of "kerne")
    if lower in table:
        bases = [key]
    else:
        found = stems(lower)
        forms.update(found)
        bases = found or [lower]
    heads, modifiers = set(), set()
    for base in bases:
        parts = split(base)
        if parts:
            modifiers.update((parts[0], table.get(parts[0], parts[0])))
            heads.update((parts[1], table.get(parts[1], parts[1])))
    return Word(frozenset(forms), frozenset(heads), frozenset(modifiers))


_LETTERS = r"[^\W\d_]"
#: "idræts- og svømmehaller", "Social-, Sundheds- og Seniorudvalget": modifiers ending in
#: a hyphen, joined by commas and a conjunction, then the compound whose head they share.
_COORDINATED = re.compile(
    rf"(?<![\w-])((?:{_LETTERS}+-(?:\s*,\s*|\s+(?:og|eller|samt|&)\s+))+)({_LETTERS}{{4,}})\b"
)
_CONJUNCT = re.compile(rf"({_LETTERS}+)-(\s*,\s*|\s+(?:og|eller|samt|&)\s+)")
#: "budgetopfølgning og -kontrol": a compound, then heads that share its modifier.
_SHARED_MODIFIER = re.compile(
    rf"(?<![\w-])({_LETTERS}{{6,}})((?:\s*,\s*|\s+(?:og|eller|samt|&)\s+)-)({_LETTERS}+)\b"
)


#: What each pattern needs, searched first (a literal start scans fast; most texts,
#: bodies included, have neither): a hyphen before a comma or conjunction ...
_HINT_HEADS = re.compile(r"-(?:\s*,|\s+(?:og|eller|samt|&)\s)")
#: ... and a hyphen that starts a word after a space ("og -kontrol").
#: (led by the hyphen, which the engine scans for, the space looked behind: the same
#: texts found, 10x faster on long bodies than trying ``\s`` at every position)
_HINT_MODIFIER = re.compile(rf"-(?<=\s-){_LETTERS}")


def _spell_heads(match: re.Match[str]) -> str:
    last = match.group(2)
    cut = shared_head_at(last)
    if cut is None:
        return match.group(0)
    head = last[cut:]
    return "".join(m + head + sep for m, sep in _CONJUNCT.findall(match.group(1))) + last


def _spell_modifier(match: re.Match[str]) -> str:
    first, sep, tail = match.group(1), match.group(2), match.group(3)
    parts = split(first.lower())
    if parts is None:
        return match.group(0)
    # the modifier as written, with its linking -s-/-e- ("budget", "skoles")
    cut = len(first) - len(parts[1])
    return first + sep[:-1] + first[:cut] + tail


_LETTER = re.compile(_LETTERS)


def _spelled_heads(text: str) -> str:
    """``_COORDINATED.sub(_spell_heads, text)``, trying the pattern only where a match can
    start: at the letters right before a hyphen and a separator (``_HINT_HEADS``; a match
    starts with such a word). From left to right and past each match, as ``sub`` does,
    without scanning the rest of a long body letter by letter."""
    out: list[str] = []
    done = 0
    for hint in _HINT_HEADS.finditer(text):
        start = hint.start()
        while start > done and _LETTER.match(text, start - 1):
            start -= 1
        if start == hint.start() or start < done:
            continue
        m = _COORDINATED.match(text, start)
        if m is not None:
            out += (text[done:start], _spell_heads(m))
            done = m.end()
    return "".join([*out, text[done:]]) if out else text


def expand_coordinated(text: str) -> str:
    """The text with coordinated compounds written out: "idræts- og svømmehaller" ->
    "idrætshaller og svømmehaller", "Børne- og Ungeudvalget" -> "Børneudvalget og
    Ungeudvalget", "budgetopfølgning og -kontrol" -> "budgetopfølgning og
    budgetkontrol". Text without a hyphen is returned as it is (the common case)."""
    if "-" not in text:
        return text
    if _HINT_HEADS.search(text):
        text = _spelled_heads(text)
    if _HINT_MODIFIER.search(text):
        text = _SHARED_MODIFIER.sub(_spell_modifier, text)
    return text


__all__ = [
    "Word",
    "expand_coordinated",
    "known",
    "shared_head_at",
    "split",
    "stems",
    "stop_words",
    "word",
]
