"""Field labels misread by OCR ("Beslutnlng", "lndstilling", "Sagsfrems tilling", pure).

Minutes scanned and read by OCR confuse ``i`` with ``l``, ``ì`` or ``1``, ``o`` with ``0``,
``m`` with ``rn``, read ``ø`` as ``o`` and ``æ`` as ``ae``, and keep a word split at a line
end ("Sagsfrems tilling"). The item grammar knows its section headings by their exact words,
so such a heading would be read as text and the decision lost. :func:`ocr_heading` matches a
short line against the known one-word field names only (``vocab.SECTION_HEADINGS``), each
folded the same way, so no other text can become a heading by it. :func:`danish_field_label`
reads a header field's label typed or read without the Danish letters ("M0dested:",
"Fravaerende:"). :func:`ocr_genitive` reads a body's decision label in the genitive with
such a noun ("Udvalgets beslutnlng", "Byrådets beslutniug").
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.vocab import SECTION_HEADINGS

#: Letters OCR confuses, each folded to one ("i" and "l" alike); the Danish letters as an
#: engine without them reads them ("Afgorelse", "Bemaerkninger": ø as o, æ as ae).
_CONFUSED = str.maketrans({"ì": "i", "í": "i", "î": "i", "ï": "i", "1": "i", "|": "i",
                           "l": "i", "0": "o", "ò": "o", "ó": "o", "ø": "o", "æ": "ae",
                           "å": "aa"})  # fmt: skip
#: Separators a split word keeps: a space, a hyphen (perhaps with a space after it).
_SPLIT = re.compile(r"[\s\-‐]+")
#: Shorter names fold into other words too easily ("bilag", "høring" are not folded).
_MIN_LETTERS = 8


def _fold(text: str) -> str:
    # ("Sagsfrernstilling": "rn" read for "m"; "Afgoerelse": "oe" typed for "ø")
    return _SPLIT.sub("", text.lower()).replace("rn", "m").replace("oe", "o").translate(_CONFUSED)


#: Folded one-word field name -> the name as the vocabulary writes it.
_FOLDED: dict[str, str] = {
    _fold(name): name for name in SECTION_HEADINGS if " " not in name and len(name) >= _MIN_LETTERS
}
#: No longer line is read as a misread name (``heading_key`` relies on this bound).
OCR_LONGEST = max(map(len, _FOLDED)) + 4


def _dropped(word: str) -> set[str]:
    """The word with one letter left out, two neighbours swapped or one typed twice (never
    its first)."""
    left_out = {word[:i] + word[i + 1 :] for i in range(1, len(word))}
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
    doubled = {word[: i + 1] + word[i:] for i in range(1, len(word))}
    return (left_out | swapped | doubled) - {word}


#: A label typed with one letter left out, two swapped or one twice ("Beslutnig",
#: "Indstiling", "Beslutnign", "Besluttning"): a careless note taker's, read as the name
#: it misses (not at its first letter; a variant two names share, or that is a name
#: itself, is none).
_DROPPED: dict[str, str] = {}
for _key, _name in _FOLDED.items():
    for _variant in _dropped(_key) - _FOLDED.keys():
        _DROPPED[_variant] = "" if _DROPPED.get(_variant, _name) != _name else _name


def ocr_heading(text: str) -> str | None:
    """The known field name a short heading line misread by OCR stands for, else None.

    ``text`` is the line without a trailing colon: "Beslutnlng" -> "beslutning".
    """
    if len(text) > OCR_LONGEST or len(text) < _MIN_LETTERS:
        return None
    return _folded_heading(text)


@lru_cache(maxsize=4096)
def _folded_heading(text: str) -> str | None:
    """Cached: the short lines asked about (headings, "Godkendt.") come again in every
    document (a line of another length never gets here, so prose does not fill it)."""
    folded = _fold(text)
    return _FOLDED.get(folded) or _DROPPED.get(folded) or None


#: A field's label before its colon with letters OCR or a typewriter wrote for the Danish
#: ones: "0", "oe" for "ø", "ae" for "æ", "aa" for "å" ("M0dested:", "Fravaerende:").
_DANISH_LESS_LABEL = re.compile(r"^(?P<label>[A-Za-zæøå]*(?:0|ae|oe|aa)[A-Za-zæøå0]*)\s*:")


def danish_field_label(text: str) -> str | None:
    """``text`` with its label's misread letters made Danish ("M0dested: Lokale 3" ->
    "Mødested: Lokale 3"), where the label holds such letters; else None. The value is
    left as written."""
    m = _DANISH_LESS_LABEL.match(text)
    if m is None:
        return None
    label = m.group("label")
    fixed = label.replace("0", "ø").replace("ae", "æ").replace("oe", "ø").replace("aa", "å")
    return fixed + text[len(label) :] if fixed != label else None


#: "Udvalgets beslutnlng", "Byrådets beslutniug den 3. maj 1998": the genitive before a
#: noun of a decision's length as the last word (or before the date after "den").
_GENITIVE_NOUN = re.compile(
    r"^(?P<body>[A-ZÆØÅ][^:\n]{0,80}?[a-zæøå.]'?s) (?P<noun>[a-zæøå1|ì]{8,12})"
    r"(?P<rest>\s+(?:den|d\.)\s.*)?$"
)
#: The decision nouns a genitive's label ends in, folded as OCR reads them: also "n" read
#: as "u" ("beslutuing", "beslutniug"), the one further confusion in these two words.
_GENITIVE_NOUNS: dict[str, str] = {
    _fold(name).replace("u", "n"): name for name in ("beslutning", "afgørelse")
}


def ocr_genitive(text: str) -> str | None:
    """``text`` with its genitive label's noun, as OCR misread it, written as the word
    ("Udvalgets beslutnlng" -> "Udvalgets beslutning"); None where the line is no such
    label or its noun is already right. Only the whole noun right after the genitive and
    closing the line (or before its date) is folded, and only to "beslutning" or
    "afgørelse": a word in prose is not one."""
    m = _GENITIVE_NOUN.match(text)
    if m is None:
        return None
    noun = m.group("noun")
    name = _GENITIVE_NOUNS.get(_fold(noun).replace("u", "n"))
    if name is None or name == noun:
        return None
    return f"{m.group('body')} {name}{m.group('rest') or ''}"
