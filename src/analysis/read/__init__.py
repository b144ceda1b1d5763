"""Readers: one per file format, each turning a raw file into plain text.

Every reader returns a :class:`Document` whose ``text`` is in the plain form the parser
reads (one paragraph per line, blank lines between blocks, headings on lines of their
own; markdown headings and emphasis are allowed). A file that cannot be read raises
:class:`UnreadableDocument` with a message an analyst understands.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from html import unescape as unescape_html  # (as a name apart: read.html is our reader)
from pathlib import Path

from analysis.read.codepages import (
    c1_as_cp1252,
    decode_quoted_printable,
    is_latin1,
    repair_dos_letters,
)
from analysis.read.mojibake import repair_mojibake


class UnreadableDocument(Exception):
    """The file cannot be turned into text; the message says why in plain words."""


@dataclass(frozen=True)
class Document:
    """Text extracted from one raw file."""

    text: str
    #: "txt", "md", "pdf", "docx" or "html".
    source_format: str
    #: Character encoding detected for text formats, else None.
    encoding: str | None = None
    #: Notes on anything odd met while reading (they become manifest warnings).
    warnings: tuple[str, ...] = field(default_factory=tuple)
    #: The layout family the reader recognised while restructuring (the HTML reader
    #: rewrites Albertslund's web minutes into the agenda system's form: "web"), else None.
    family: str | None = None


Reader = Callable[[bytes], Document]


def _text_reader(fmt: str) -> Reader:
    def read(data: bytes) -> Document:
        from analysis.read.text import read_text

        return read_text(data, fmt)

    return read


def _lazy(module: str, fmt: str) -> Reader:
    """Import a format's reader only when such a file is met (keeps start-up fast)."""

    def read(data: bytes) -> Document:
        import importlib

        mod = importlib.import_module(f"analysis.read.{module}")
        return mod.read(data)

    read.__name__ = f"read_{fmt}"
    return read


#: File suffix -> reader. Only these formats are read; anything else is rejected.
READERS: dict[str, Reader] = {
    ".txt": _text_reader("txt"),
    ".text": _text_reader("txt"),
    ".md": _text_reader("md"),
    ".markdown": _text_reader("md"),
    ".pdf": _lazy("pdf", "pdf"),
    ".docx": _lazy("docx", "docx"),
    ".html": _lazy("html", "html"),
    ".htm": _lazy("html", "html"),
}


def supported_suffixes() -> tuple[str, ...]:
    """File suffixes the build reads."""
    return tuple(sorted(READERS))


#: Word-processor formats the build does not read but any office program saves as .docx:
#: the rejection says so (older minutes are often kept in them).
_SAVE_AS_DOCX = {
    ".doc": "a Word 97-2003 document",
    ".rtf": "a Rich Text document",
    ".odt": "an OpenDocument text",
    ".wpd": "a WordPerfect document",
    ".pages": "a Pages document",
}


def read_bytes(data: bytes, suffix: str) -> Document:
    """Turn the bytes of a file with ``suffix`` into a :class:`Document`."""
    reader = READERS.get(suffix.lower())
    if reader is None:
        kind = _SAVE_AS_DOCX.get(suffix.lower())
        advice = f" ({kind}: save it as .docx or PDF and build again)" if kind else ""
        raise UnreadableDocument(
            f"unsupported file type '{suffix or '(none)'}'{advice}: the build reads "
            + ", ".join(supported_suffixes())
        )
    if not data.strip():
        raise UnreadableDocument("the file is empty")
    doc = without_invisible_marks(
        without_control_characters(
            without_entities(
                without_dos_letters(without_mojibake(without_transfer_encoding(reader(data))))
            )
        )
    )
    return without_comment_anchors(composed(doc))


def _repaired(
    doc: Document, repair: Callable[[str], tuple[str, int]], note: Callable[[int], str]
) -> Document:
    """``doc`` with ``repair`` applied to its text and, where it changed anything, the
    count said in a warning (``note``)."""
    text, n = repair(doc.text)
    return replace(doc, text=text, warnings=(*doc.warnings, note(n))) if n else doc


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def without_mojibake(doc: Document) -> Document:
    """``doc`` with UTF-8 letters that were read as Windows-1252 ("TÃ¸nder") repaired
    (:func:`analysis.read.mojibake.repair_mojibake`) and counted in a warning. Before the
    control characters go: a Latin-1 reading shows some continuation bytes as C1 codes."""
    return _repaired(
        doc,
        repair_mojibake,
        lambda n: (
            f"repaired {_plural(n, 'character')} written in the wrong encoding "
            "(mojibake such as 'Ã¸' for 'ø')"
        ),
    )


def without_transfer_encoding(doc: Document) -> Document:
    """``doc`` with the body of an e-mail saved raw in quoted-printable ("m=F8det")
    decoded (:func:`analysis.read.codepages.decode_quoted_printable`), in a warning."""
    return _repaired(
        doc,
        decode_quoted_printable,
        lambda n: f"decoded {_plural(n, 'quoted-printable escape')} of an e-mail ('=F8' for 'ø')",
    )


def without_dos_letters(doc: Document) -> Document:
    """``doc`` with a DOS code page's æøå that were read as Windows-1252 ("M›de") restored
    (:func:`analysis.read.codepages.repair_dos_letters`), in a warning; before the control
    characters go, which would drop the C1 codes a Latin-1 reading of the same bytes shows."""
    return _repaired(
        doc,
        repair_dos_letters,
        lambda n: (
            f"repaired {_plural(n, 'letter')} written in a DOS code page "
            "(such as '›' for 'ø'); an Ø or Å shown as '?' cannot be told and stays"
        ),
    )


#: "&oslash;", "&aring;", "&#230;", "&#xE6;": a character written as an HTML entity.
_ENTITY = re.compile(r"&(?:#\d{2,5}|#[xX][0-9a-fA-F]{2,4}|[A-Za-z][A-Za-z0-9]{1,7});")


def without_entities(doc: Document) -> Document:
    """``doc`` with the characters an archived page's text kept as HTML entities
    ("Milj&oslash;udvalget", copied from its source or printed by an old system that
    escaped twice; "&nbsp;" in markdown) written as the characters they stand for, as a
    browser shows them; a name no entity has ("&foo;") stays as written."""
    if "&" not in doc.text or ";" not in doc.text:
        return doc
    text = _ENTITY.sub(lambda m: unescape_html(m.group(0)), doc.text)
    return doc if text == doc.text else replace(doc, text=text)


#: C0 controls except tab, newline and carriage return, then DEL and the C1 controls.
#: They are invisible, mean nothing in minutes, and Excel (openpyxl) refuses them.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
#: The same plus vertical tab and form feed, which are line breaks (Word, page breaks).
_ANY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAK_CONTROLS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})


#: The characters of :data:`_ANY_CONTROL`, as Latin-1 bytes (all are below U+0100).
_ANY_CONTROL_BYTES = bytes(
    sorted(c for c in range(256) if _ANY_CONTROL.fullmatch(chr(c)) is not None)
)


def _has_control(text: str) -> bool:
    """``_ANY_CONTROL.search(text)`` in effect, many times faster: every control character
    is Latin-1, so it survives encoding the text to Latin-1 with the rest left out, and
    ``bytes.translate`` counts them in C (a regex tests a character class char by char)."""
    data = text.encode("latin-1", errors="ignore")
    return len(data.translate(None, _ANY_CONTROL_BYTES)) != len(data)


def without_control_characters(doc: Document) -> Document:
    """``doc`` with control characters removed and counted in a warning.

    Done once here, at the exit every reader shares, so no format lets them reach the
    tables and the spreadsheets made from them.
    """
    if not _has_control(doc.text):
        return doc
    # Windows-1252 text read as Latin-1: "\x96" is the en dash, not a control to drop.
    clean, n = _CONTROL_CHARS.subn("", c1_as_cp1252(doc.text).translate(_LINE_BREAK_CONTROLS))
    if not n:
        return replace(doc, text=clean)
    note = f"removed {n} control character{'s' if n != 1 else ''} (invisible codes such as ESC)"
    return replace(doc, text=clean, warnings=(*doc.warnings, note))


#: Characters that show nothing, a plain hyphen or a plain space, removed or made the
#: hyphen or the space: a zero-width space, joiner or non-joiner and a word joiner (web
#: editors' and Word's line-break hints) and a stray byte-order mark inside the text would
#: stay glued to a title or a case number ("Forsyning A/S\u200b"); a non-breaking hyphen
#: ("2025\u20112035") or the Unicode hyphen is printed as, and searched for as, "-"; a
#: no-break, narrow no-break or figure space (Word's and web pages' "kl.\xa016.00", "Punkt\xa04")
#: is a space every rule reads as " ".
_INVISIBLE: dict[str, str | None] = {
    **dict.fromkeys(("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")),  # removed
    "\u2010": "-",
    "\u2011": "-",
    **dict.fromkeys(("\xa0", "\u2007", "\u202f"), " "),
}
_INVISIBLE_MARKS = str.maketrans(_INVISIBLE)
_INVISIBLE_CHARS = tuple(_INVISIBLE)


def without_invisible(text: str) -> str:
    """``text`` with :data:`_INVISIBLE_MARKS` applied; a text with none of them (almost
    every one) is returned as it was."""
    if not any(ch in text for ch in _INVISIBLE_CHARS):
        return text
    return text.translate(_INVISIBLE_MARKS)


def without_invisible_marks(doc: Document) -> Document:
    """``doc`` with zero-width characters removed and Unicode hyphens and spaces made "-"
    and " " (:func:`without_invisible`), silently: they change nothing a reader sees."""
    text = without_invisible(doc.text)
    return doc if text is doc.text else replace(doc, text=text)


#: Full-width forms (U+FF01-U+FF5E: "２４／１８３２２", "Beslutning：", "（Lukket）", typed with
#: an East Asian input method or pasted from one) and the ideographic space, as the ASCII
#: character each shows: a reader sees the digit, colon or bracket, and so must the parser.
_FULL_WIDTH = str.maketrans(
    {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)} | {"\u3000": " "}
)
_FULL_WIDTH_RANGE = re.compile("[\uff01-\uff5e\u3000]")


def _may_hold_full_width(text: str) -> bool:
    """False only where ``text`` holds no full-width form nor the ideographic space: their
    UTF-8 forms all start with the byte 0xEF (U+F000-U+FFFF) or 0xE3 (U+3000-U+3FFF), which
    the en dashes and curly quotes of ordinary minutes never do. The encoding and two
    ``memchr`` cost a few µs; ``_FULL_WIDTH_RANGE``, a character class tried at every
    position of a text beyond Latin-1, about 0.1 ms for a page of minutes."""
    utf8 = text.encode("utf-8", "surrogatepass")
    return b"\xef" in utf8 or b"\xe3" in utf8


def composed(doc: Document) -> Document:
    """``doc`` with decomposed letters composed (NFC: "a" + combining ring is "å", as a
    Mac or a web form may write it) and full-width forms made ASCII (:data:`_FULL_WIDTH`),
    silently: the text reads the same. Other compatibility forms stay ("CO₂", "½"). A text
    already composed with no full-width form (almost every one) is returned as it was."""
    text = doc.text
    if is_latin1(text):
        # (every Latin-1 text is composed, and holds no full-width form: the two scans of
        # the whole text below cost ~0.1 ms, the test a copy of its bytes)
        return doc
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _may_hold_full_width(text) and _FULL_WIDTH_RANGE.search(text) is not None:
        text = text.translate(_FULL_WIDTH)
    return doc if text is doc.text else replace(doc, text=text)


#: A shared document's comment as its export lists it after the text ("[a]Lisbeth Holm:",
#: "[b]Jan Toft: Kommentar: …"): the anchor's letters glued to the commenter's name.
_COMMENT_ENTRY = re.compile(r"^\[([a-z]{1,2})\](?=[A-ZÆØÅ])", re.MULTILINE)


def without_comment_anchors(doc: Document) -> Document:
    """``doc`` without the anchors of a shared document's comments (a Google Docs export:
    "Status på økonomi[a]", "Anbefales.[b]", the comments listed after the text as "[a]Name:
    …"): an anchor glued to the text it marks goes where a comment so listed names it, so
    no title or decision keeps it; the comments stay as written. A text without such a
    list (almost every one) is returned as it was."""
    if "[" not in doc.text or "[a]" not in doc.text:
        return doc  # (the bracket alone first: one character is found many times faster)
    letters = set(_COMMENT_ENTRY.findall(doc.text))
    if "a" not in letters:
        return doc
    anchor = re.compile(r"(?<=[^\s\[(])\[(?:" + "|".join(sorted(letters)) + r")\]")
    return replace(doc, text=anchor.sub("", doc.text))


def read_document(path: Path) -> Document:
    """Read the file at ``path`` (I/O edge) and extract its text."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(f"the file cannot be opened: {exc.strerror or exc}") from exc
    return read_bytes(data, path.suffix)
