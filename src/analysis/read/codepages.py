"""Text damaged by a wrong code page or by an e-mail's transfer encoding, repaired (pure).

Three kinds of damage that can be told from the text itself without doubt:

- Quoted-printable e-mail text saved raw ("m=F8det", "B=C3=B8rn", "=" at a line's end
  for a soft break), recognised only by its own header "Content-Transfer-Encoding:
  quoted-printable": the body after that header block is decoded in the charset its
  "Content-Type" names, and encoded words in the headers ("=?utf-8?Q?...?=") as well.
- A DOS code page (865, the Danish one; 850/437 place æ, Æ, ø, å alike) read as
  Windows-1252: "M›dedato", "R†dhuset", "hj‘lp". Recognised by several of "›", "†", "‘"
  between letters in a text with no æ, ø or å of its own; Ø and Å, undefined in
  Windows-1252, are often lost as "?" and stay so.
- Windows-1252 punctuation read as Latin-1: the C1 control codes U+0080-U+009F that stand
  in a text for "–", "“", "”", "’" (as a browser reads an "iso-8859-1" page, as cp1252).

Text files of an old Mac (Mac OS Roman: ø 0xBF, æ 0xBE, å 0x8C, Ø 0xAF, Æ 0xAE, Å 0x81)
are read in that code page from their bytes (:func:`mac_roman_text`), recognised by
several of those bytes between letters and no Windows or DOS æ, ø, å of their own (read
as Windows-1252 they show "B¿rne", "RŒdhus", "Ð" for "–", "Õ" for "’").

ASCII transliteration ("Moedet", "Raadhuset") is not damage that can be undone without
doubt (Haarby, Israel) and is left as printed.
"""

from __future__ import annotations

import quopri
import re
from email.header import decode_header, make_header

#: The header naming the body's transfer encoding, on a line of its own.
_QP_HEADER = re.compile(r"^content-transfer-encoding:[ \t]*quoted-printable[ \t]*$", re.I | re.M)
#: 'Content-Type: text/plain; charset="iso-8859-1"': the body's charset.
_CHARSET = re.compile(r"^content-type:[^\n]*?charset=\"?([\w.:-]+)", re.I | re.M)
#: An escaped byte ("=E6") or a soft line break ("=" at a line's end).
_QP_ESCAPE = re.compile(r"=(?:[0-9A-F]{2}|\n)")
#: An RFC 2047 encoded word in a header: "=?utf-8?Q?Referat_B=C3=B8rne?=".
_ENCODED_WORD = re.compile(r"=\?[\w.:-]+\?[QqBb]\?[^?\s]*\?=")
#: How far into the text a mail's header block is looked for (a forwarding note above it).
_HEADER_REACH = 5000
#: Charsets an e-mail names for what is Windows-1252 in practice.
_LATIN1_NAMES = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"})


def _body_codec(head: str) -> str:
    m = _CHARSET.search(head)
    name = m.group(1).lower() if m else "utf-8"
    return "cp1252" if name in _LATIN1_NAMES else name


def _decoded(body: str, codec: str) -> str:
    raw = quopri.decodestring(body.encode("utf-8"))
    for name in (codec, "utf-8"):
        try:
            return raw.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("cp1252", errors="replace")


def _header_line(line: str) -> str:
    if "=?" not in line or _ENCODED_WORD.search(line) is None:
        return line
    try:
        return str(make_header(decode_header(line)))
    except (LookupError, UnicodeDecodeError, ValueError):
        return line


def decode_quoted_printable(text: str) -> tuple[str, int]:
    """``text`` with the body of a quoted-printable e-mail decoded, and how many escapes
    were. Only a text that says it is quoted-printable (its header) is touched: "=" and
    two hex digits can be anything elsewhere."""
    # (the cheap gate: ordinary minutes have no "=" at all; the header opens the mail)
    if "=" not in text or (
        text.find("uoted-printable", 0, _HEADER_REACH) < 0
        and text.find("UOTED-PRINTABLE", 0, _HEADER_REACH) < 0
    ):
        return text, 0
    m = _QP_HEADER.search(text, 0, _HEADER_REACH)
    if m is None:
        return text, 0
    blank = text.find("\n\n", m.end())
    if blank < 0:
        return text, 0
    head, body = text[: blank + 2], text[blank + 2 :]
    n = len(_QP_ESCAPE.findall(body))
    if not n:
        return text, 0
    head = "\n".join(_header_line(line) for line in head.split("\n"))
    return head + _decoded(body, _body_codec(head)), n


#: Windows-1252 characters (and the C1 codes of a Latin-1 reading) that are the bytes of
#: a DOS code page's Danish letters: 0x91 æ, 0x92 Æ, 0x9B ø, 0x9D Ø, 0x86 å, 0x8F Å.
_DOS_LETTERS = str.maketrans(
    {
        "\u2018": "æ", "\x91": "æ", "\u2019": "Æ", "\x92": "Æ",
        "\u203a": "ø", "\x9b": "ø", "\x9d": "Ø", "\u2020": "å", "\x86": "å", "\x8f": "Å",
    }
)  # fmt: skip
#: ø, å or æ of a DOS code page between two letters: "M›de", "R†dhus", "Kj‘rgaard".
_DOS_IN_WORD = re.compile(r"(?<=[^\W\d_])[\u203a\u2020\u2018\x9b\x86\x91](?=[^\W\d_])")
#: How many such letters make a text one read in the wrong code page.
_DOS_EVIDENCE = 3


def repair_dos_letters(text: str) -> tuple[str, int]:
    """``text`` with a DOS code page's æ, ø, å (read as Windows-1252 "‘", "›", "†")
    restored, and how many characters were. Only a text with several of them inside words
    and no æ, ø or å of its own is touched; a text with no "›" (ø, the most frequent of
    the three; almost every text) is returned at once."""
    if "\u203a" not in text:
        return text, 0
    if any(c in text for c in "æøåÆØÅ"):
        return text, 0
    if len(_DOS_IN_WORD.findall(text)) < _DOS_EVIDENCE:
        return text, 0
    fixed = text.translate(_DOS_LETTERS)
    return fixed, sum(a != b for a, b in zip(text, fixed, strict=True))


#: A Mac OS Roman ø, æ or å (bytes 0xBF, 0xBE, 0x8C) between two ASCII letters: "B\xbfrne",
#: "R\x8cdhus", "N\xbesten"; in Windows-1252 they are "¿", "¾", "Œ", no Danish word's letters.
_MAC_IN_WORD = re.compile(rb"(?<=[A-Za-z])[\xbf\xbe\x8c](?=[A-Za-z])")
#: The æ, ø, å of Windows-1252 (Latin-1) and of a DOS code page between letters: a text
#: with one of them is no Mac text.
_OTHER_IN_WORD = re.compile(rb"(?<=[A-Za-z])[\xe6\xf8\xe5\xc6\xd8\xc5\x91\x9b\x86](?=[A-Za-z])")
#: How many Mac letters inside words make a text one written on an old Mac.
_MAC_EVIDENCE = 3


def mac_roman_text(data: bytes) -> str | None:
    """``data`` read as Mac OS Roman where its bytes are that code page's beyond doubt
    (several of its ø, æ, å inside words, no Windows or DOS æ, ø, å inside one), else
    None. Asked only of a file that is no UTF-8."""
    if len(_MAC_IN_WORD.findall(data)) < _MAC_EVIDENCE:
        return None
    if _OTHER_IN_WORD.search(data) is not None:
        return None
    return data.decode("mac_roman")


#: C1 codes that Windows-1252 gives a character: "\x96" is "–", "\x93" "“".
_C1_AS_CP1252 = {
    c: bytes([c]).decode("cp1252")
    for c in range(0x80, 0xA0)
    if c not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


#: A control that is no Windows-1252 character read as Latin-1: a C0 code (line breaks and
#: tab aside), DEL, or a C1 code Windows-1252 leaves undefined. One in a text says its C1
#: codes are junk too (a terminal's escapes, a damaged file), to be removed, not read.
_FOREIGN_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\x81\x8d\x8f\x90\x9d]")


def c1_as_cp1252(text: str) -> str:
    """``text`` with the C1 codes of Windows-1252 text read as Latin-1 made the characters
    they are ("\x96" the en dash, "\x93" "“"), where every control in it is such a code;
    else as it was. Called only on a text that has control characters."""
    if _FOREIGN_CONTROL.search(text):
        return text
    return text.translate(_C1_AS_CP1252)


def is_latin1(text: str) -> bool:
    """Whether ``text`` is Latin-1 alone (no dash, quote or pictogram beyond U+00FF): an
    encoding copy in C, many times faster than a search of the text for such characters,
    so the cheap test before passes that only wider characters need."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True
