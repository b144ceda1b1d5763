"""UTF-8 text that was read as Windows-1252 / Latin-1 ("mojibake"), repaired (pure).

A scan's text layer or an export written as UTF-8 and read back as Windows-1252 shows each
Danish letter as two: "TÃ¸nder" for "Tønder", "BYRÃ…DET" for "BYRÅDET", "Ã†ndring" for
"Ændring". Such a pair is the two bytes of one UTF-8 character: a lead byte C2 or C3
("Â", "Ã") and a continuation byte 80–BF (in Windows-1252 "€", "…", "†", "¸", "¥" …).
Punctuation is three bytes in UTF-8 (lead byte E2, read as "â"): the en dash shows as
"â€“", quotes as "â€œ" / "â€\x9d", the euro sign as "â‚¬", a bullet as "â€¢"; such a triple is
repaired the same way. Only pairs and triples that provably are that are repaired: encoded
back to their bytes, they decode as UTF-8 to one character. Letters that lost their marks
in OCR ("Byradssalen") and any other text are left as printed.
"""

from __future__ import annotations

import re


def _byte_char(b: int) -> str:
    """The character byte ``b`` shows as when read as Windows-1252 (Latin-1 where that
    code page leaves the byte undefined)."""
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


_CONTINUATION = "".join(_byte_char(b) for b in range(0x80, 0xC0))
_CONT = f"[{re.escape(_CONTINUATION)}]"
#: A lead byte C2/C3 read as "Â"/"Ã", then a continuation byte read as Windows-1252; or
#: the lead byte E2 ("â", general punctuation, currency, arrows) and two continuation bytes.
_PAIR = re.compile(f"[\u00c2\u00c3]{_CONT}|\u00e2{_CONT}{_CONT}")
_BYTE_OF = {_byte_char(b): b for b in range(0x80, 0x100)}


def _repair(m: re.Match[str]) -> str:
    pair = m.group(0)
    try:
        return bytes(_BYTE_OF[c] for c in pair).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return pair


def repair_mojibake(text: str) -> tuple[str, int]:
    """``text`` with every mojibake pair turned back into its character, and how many
    were. A text with none of "Â", "Ã", "â" (almost every one) is returned as it was."""
    if "\u00c3" not in text and "\u00c2" not in text and "\u00e2" not in text:
        return text, 0
    return _PAIR.subn(_repair, text)
