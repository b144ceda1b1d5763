"""Plain text and markdown: detect the encoding, normalise line endings."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from itertools import pairwise

from analysis.read import Document, UnreadableDocument, without_invisible
from analysis.read.codepages import mac_roman_text
from analysis.read.item_table import fixed_width_item_table, pasted_item_table
from analysis.vocab import CONTENTS_HEADS

# Bytes that never occur in real text files; a file full of them is binary.
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32)) - {27}
#: The same bytes for ``bytes.translate`` (counting them in C, not in a Python loop).
_CONTROL_BYTES = bytes(sorted(_CONTROL))
BINARY = "the file holds binary data, not text (is it a mis-named PDF, Word or image file?)"
#: U+FFFD as UTF-8: a replacement character already in the file is not a decoding fault.
_REPLACEMENT_UTF8 = "\ufffd".encode()


def looks_binary(data: bytes) -> bool:
    """True when ``data`` holds NUL bytes or a large share of control bytes."""
    if b"\x00" in data[:65536]:
        return True
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(sample) // 100)


def utf16_byte_order(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when BOM-less ``data`` has UTF-16's NUL pattern.

    Danish text is almost all below U+0100, so in UTF-16 nearly every high byte is NUL
    and no low byte is: NULs at the odd (LE) or even (BE) offsets only. Binary files
    have NULs at both.
    """
    sample = data[:65536]
    pairs = len(sample) // 2
    if pairs < 2 or b"\x00" not in sample:
        return None  # (no NUL at all: no UTF-16, found by one scan without the two copies)
    even, odd = sample[0 : 2 * pairs : 2].count(0), sample[1 : 2 * pairs : 2].count(0)
    if odd >= 0.3 * pairs and even <= 0.01 * pairs:
        return "utf-16-le"
    if even >= 0.3 * pairs and odd <= 0.01 * pairs:
        return "utf-16-be"
    return None


def _replaced(text: str, data: bytes) -> int:
    """How many U+FFFD the decoder put in ``text`` (those in the file itself aside)."""
    return text.count("\ufffd") - data.count(_REPLACEMENT_UTF8)


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, replacements) when ``data`` is UTF-8 with a few bad bytes, else None.

    A cp1252 file's æøå are lone high bytes, none of them valid UTF-8; a UTF-8 file with
    one damaged byte still has far more valid multi-byte characters than bad sequences.
    """
    text = data.decode("utf-8", errors="replace")
    bad = _replaced(text, data)
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    valid = non_ascii - text.count("\ufffd")
    return (text, bad) if valid > bad else None


def _bad_bytes_note(n: int, encoding: str) -> str:
    what = "1 character" if n == 1 else f"{n} characters"
    verb = "was" if n == 1 else "were"
    return f"{what} could not be decoded as {encoding.upper()} and {verb} replaced by '\ufffd'"


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode text bytes; returns (text, encoding name, warnings).

    A byte-order mark decides (UTF-8, UTF-16); BOM-less UTF-16 is recognised by its NUL
    pattern. Then UTF-8, since that is what the agenda system writes: a file that is
    mostly valid UTF-8 keeps it, its few bad bytes replaced by U+FFFD and counted (one
    damaged byte must not garble every æøå). Then Mac OS Roman where its bytes show it
    beyond doubt (:func:`analysis.read.codepages.mac_roman_text`). Then Windows-1252, the
    usual encoding of older Danish Windows files. charset-normalizer decides only when
    none fits.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
        n = _replaced(text, data[3:])
        return text, "utf-8-sig", [_bad_bytes_note(n, "utf-8")] if n else []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
        return _decode_utf16(data[2:], encoding, "utf-16")
    order = utf16_byte_order(data)
    if order is not None:
        return _decode_utf16(data, order, order)
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        text, n = mostly
        return text, "utf-8", [_bad_bytes_note(n, "utf-8")]
    if (mac := mac_roman_text(data)) is not None:
        # ("B\xbfrne": an old Mac's text, its ø read as Windows-1252 would be "¿")
        return mac, "mac_roman", []
    try:
        return data.decode("cp1252"), "cp1252", []
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableDocument("the text encoding could not be recognised")
    return str(best), best.encoding, []


def _decode_utf16(data: bytes, codec: str, name: str) -> tuple[str, str, list[str]]:
    text = data.decode(codec, errors="replace")
    n = text.count("\ufffd") - data.count("\ufffd".encode(codec))
    # A binary file can have the NUL pattern by chance: it decodes to controls and junk.
    sample = text[:32768]
    odd = sum(1 for ch in sample if ch < " " and ord(ch) in _CONTROL) + sample.count("\ufffd")
    if odd > max(8, len(sample) // 100):
        raise UnreadableDocument(BINARY)
    return text, name, [_bad_bytes_note(n, "utf-16")] if n else []


def normalise_newlines(text: str) -> str:
    """CRLF and CR to LF; drop a stray BOM and form feeds (page breaks). Soft hyphens
    (U+00AD, left by PDF-to-text tools) go: inside a line they only mark where a word may
    break ("vinter\xadvedligeholdelse"); at a line's end the word did break there, so
    they become the hyphen the paragraph joining knows ("kon-" / "krete")."""
    if "\r" in text:  # (one character is found fast; "\r\n" is looked for slowly)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\ufeff", "").replace("\f", "\n")
    if "\xad" in text:
        text = _SOFT_HYPHEN_END.sub("-", text).replace("\xad", "")
    return text


_SOFT_HYPHEN_END = re.compile(r"\xad(?=[ \t]*$)", re.MULTILINE)

#: Spaces at a line's end (an editor's or a converter's, or Markdown's hard line break).
_TRAILING_SPACES = re.compile(r" +$", re.MULTILINE)
#: Tabs and spaces at the end of a line with no other tab (no row of a pasted table).
_TRAILING_TABS = re.compile(r"^([^\t\n]*?)[ \t]+$", re.MULTILINE)


def without_trailing_spaces(text: str) -> str:
    """``text`` with no line ending in spaces, nor in tabs where the line has no other tab:
    nothing a reader sees, but a rule that ends a line with ``$`` would not read
    "Beslutning  " or a quoted-printable soft break "=  ". The trailing tab of a line with
    other tabs stays: it is the empty last cell of a pasted table's row."""
    if " \n" in text or text.endswith(" "):
        text = _TRAILING_SPACES.sub("", text)
    if "\t\n" in text or text.endswith("\t"):
        text = _TRAILING_TABS.sub(r"\1", text)
    return text


#: A line that starts with no indentation: one is enough for ``dedented`` to do nothing.
_FLUSH_LINE = re.compile(r"^[^ \t\n]", re.MULTILINE)


def dedented(text: str) -> str:
    """``text`` without the indentation every non-blank line shares (a PDF converter's left
    margin, a copy from an indented block): the rules read a heading at the line's start,
    and the lines keep their indentation relative to each other. A text with one line
    starting at its first column (almost every one) is returned as it was."""
    if _FLUSH_LINE.search(text) is not None:
        return text
    lines = text.split("\n")
    margin = min((len(line) - len(line.lstrip(" \t")) for line in lines if line.strip()), default=0)
    shared = {line[:margin] for line in lines if line.strip()}
    if not margin or len(shared) != 1:  # (spaces on some lines, tabs on others: left alone)
        return text
    return "\n".join(line[margin:] if line.strip() else "" for line in lines)


#: A text of at least this many lines without one blank line lost its paragraph breaks (a
#: .txt saved from Word, a copy from a PDF viewer): short notes of a few lines are left alone.
_MIN_NOBLANK_LINES = 12

#: A line that goes on the line above: it starts in lower case, with a closing bracket,
#: punctuation or a figure (not an item number before a title: "3. Budget", "12 Budget"),
#: or the line above broke after a hyphen, a comma, an open bracket or a small word; a
#: chevron opens a quote ("»Vi vil …«") but with a space after it a marked title ("» Title").
_CONTINUES = re.compile(
    r"^[a-zæøå,;:)\]”\"'/&+–-]|^»(?![ \t])|^[.]{2}|^\d(?!\d{0,2}[.)]?[ \t]+[A-ZÆØÅ])"
)
#: (a dash alone after a column's gap is an empty cell: "23/1290     H. Berg     -")
_BROKEN_END = re.compile(
    r"(?:[,(/&+]|(?<![ \t]{3})(?<!\t)-)$|\b(?:og|i|af|for|til|på|med|om|ved|fra|den|det|de|en|et)$"
)
#: Lines that stand together in the original: table rows (tab, pipe, or fixed-width columns
#: apart by three spaces or more), quoted mail, list points, indented lines.
_TABLE_ROW = re.compile(r"\t|^\s*[|+]|^\s*>|\S {3,}\S")
_LIST_POINT = re.compile(r"^\s*(?:[-*•▪◦·–]\s|\[[ xX]\]|[☐☒☑✓✔]|\(?[a-zæøå]\)\s|\(\d{1,2}\)\s)")
_INDENTED = re.compile(r"^[ \t]")
#: A numbered line ("2. …", "3) …"): under another or under a line ending in a colon, a
#: numbered list or a contents list.
_NUMBERED = re.compile(r"^\d{1,3}[.)][ \t]")
#: A web page's menu entry (forum names, "Søg", "Politik"): a run of them is one block.
_MENU_ENTRY = re.compile(r"^[^\d\n]{1,25}(?<![.!?:])$")
_MIN_MENU_RUN = 4
#: Parallel numbered lines one under the other ("Ad 1: …", "Ad 2: …"; a contents list's
#: "Punkt 1. …", "Punkt 2. …"): a list, one block.
_NUMBERED_RUN = re.compile(r"^([A-ZÆØÅa-zæøå]+\.? )\d{1,3}[.:)] ")
#: A place alone on a line: a building, a street and its number, a room, parted by commas
#: ("Mødelokale 2, Torvet 3, Grenaa"), a room's word or an address in it, no label, no
#: full stop.
_PLACE_LINE = re.compile(
    r"^(?=[^,\n]*,)[A-ZÆØÅ]"
    r"(?=[^:.!?]*(?:\b(?:[Mm]øde)?[Ll]okale\b|\b[Mm]ødesal"
    r"|\b[A-ZÆØÅ][a-zæøå-]+\s\d{1,3}[a-z]?(?:,|$)))"
    r"[^:!?\n]{5,70}(?<![.!?])$"
)
#: A date ("4. februar 2026", "02.06.2025", "7/5 2025") and an hour ("kl. 15.00", "14:00")
#: on one line: the meeting's date line.
_DATE_AND_HOUR = re.compile(
    r"(?:\b\d{1,2}\.?\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zæøå]*\.?\s+\d{4}"
    r"|\b\d{1,2}[./-]\d{1,2}(?:[./-]|\s)\d{2,4})"
    r".{0,30}?\b(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\b",
    re.IGNORECASE,
)
_MAX_DATE_LINE = 80

#: A line that opens an item's heading block and is read with the lines under it: a case
#: line, a number alone ("Punkt 1", or with its time slot far to its right: "Punkt 1<gap>
#: 09.00-09.10"), an open/closed mark.
_HEAD_PART = re.compile(
    r"^(?:Sagsnr\.?|Sag nr\.|J\.?\s?nr\.|Journalnr\.)\s?:?\s?\S.{0,40}$"
    r"|^(?:Punkt|Pkt\.)\s?\d{1,3}\.?"
    r"(?:[ \t]{2,}(?:kl\.\s?)?\d{1,2}[.:]\d{2}\s?[-–]\s?\d{1,2}[.:]\d{2})?$"
    r"|^(?:Åben|Åbent|Lukket)(?: sag| punkt)?$",
    re.IGNORECASE,
)


def _goes_on(above: str, line: str, cases_close: bool = False) -> bool:
    """Whether ``line`` belongs to the paragraph of the line ``above`` in a text whose blank
    lines were lost: a wrapped sentence, a table, a quoted mail or a list keeps together.
    ``cases_close``: the text's case lines close their items (``_cases_close_items``), so
    a case line opens no heading block."""
    if _TABLE_ROW.search(above) and _TABLE_ROW.search(line) and not _PAGE_MARK.search(above):
        return True
    if _LIST_POINT.match(line):
        return True
    if _NUMBERED.match(line) and (_NUMBERED.match(above) or above.endswith(":")):
        return True
    if _HEAD_PART.match(above) and not (cases_close and _CASE_FIELD.match(above)):
        return True
    if _INDENTED.match(line):
        return True
    if _place_under_date(above, line):
        return True
    return bool(_CONTINUES.match(line) or _BROKEN_END.search(above))


def place_line(text: str) -> bool:
    """Whether ``text`` names a place alone, its parts parted by commas, a room's word or
    a street and its number among them (``Rådhuset, Ramsherred 5, mødelokale 3``), no
    label and no sentence: a header's place line, no item's title."""
    return _PLACE_LINE.match(text) is not None


def _place_under_date(above: str, line: str) -> bool:
    """Whether ``line`` is the meeting's place written with no label right under its
    date and hour (``Onsdag den 4. februar 2026 kl. 15.00`` / ``Rådhuset, Ramsherred 5,
    mødelokale 3``): the header's lines, one block as written."""
    if not place_line(line):
        return False
    return _DATE_AND_HOUR.search(above) is not None and len(above) <= _MAX_DATE_LINE


def _menu_lines(lines: list[str]) -> set[int]:
    """The indices of the lines after the first in a run of at least four menu entries (a web
    page's navigation copied as text), which stands as one block; a short title is no menu."""
    found: set[int] = set()
    start = 0
    for i in range(len(lines) + 1):
        if i < len(lines) and _MENU_ENTRY.match(lines[i]):
            continue
        if i - start >= _MIN_MENU_RUN:
            found.update(range(start + 1, i))
        start = i + 1
    return found


def _numbered_list(lines: list[str]) -> set[int]:
    """The indices of the lines that go on a list of numbered sentences with one prefix
    ("Ad 1: Godkendt." / "Ad 2: Drøftet." / a line of note / "Ad 3: …"), one block as written.
    A heading ("Punkt 2. Budget") ends no sentence, so items one line apart stay apart."""
    found: set[int] = set()
    last: tuple[str, int] | None = None  # the prefix of the last numbered sentence, its index
    for i, line in enumerate(lines):
        run = _NUMBERED_RUN.match(line)
        if run is None or not line.endswith((".", "!", "?")):
            continue
        if last is not None and last[0] == run.group(1) and i - last[1] <= 2:
            found.update(range(last[1] + 1, i + 1))
        last = (run.group(1), i)
    return found


#: "Mødedato:", "Sagsbehandler:", "Dok.nr.:": a field's label alone on its line, its colon
#: closing it (a table's column of labels read before its column of values).
_LABEL_ALONE = re.compile(r"^[A-ZÆØÅ][\wæøåÆØÅ.\-/ ]{1,28}:$")
#: The most labels such a column holds.
_MAX_LABELS = 6
#: A value that is none: an item's heading ("3. Title", "Punkt 3"), a label of its own (nor
#: is a list's point, "Sted:" / "Indkaldelse:" left empty over the members' list, nor a
#: sentence, ``_is_sentence``).
_NO_VALUE = re.compile(r"^(?:\d{1,3}[.)]?(?:\s|$)|(?:punkt|pkt\.)\s*\d)|:$", re.IGNORECASE)


def _label_columns(lines: list[str]) -> tuple[set[int], set[int]]:
    """(the indices of the lines after the first in a column of field labels alone
    ("Mødedato:" / "Mødetid:" / "Mødested:", two to ``_MAX_LABELS``) and after the first
    in the column of as many values right under it, the indices of the values' first
    lines): a cover's or an item's table read column by column, each column one block as
    written, the values a paragraph of their own. A column that a heading or another
    label ends before its values are all there is none."""
    found: set[int] = set()
    firsts: set[int] = set()
    k = 0
    while k < len(lines):
        if not lines[k].endswith(":") or not _LABEL_ALONE.match(lines[k]):
            k += 1
            continue
        run = k
        while run < len(lines) and _LABEL_ALONE.match(lines[run]):
            run += 1
        count = run - k
        values = lines[run : run + count]
        if (
            2 <= count <= _MAX_LABELS
            and len(values) == count
            and all(
                v.strip()
                and not _NO_VALUE.search(v.strip())
                and not _LIST_POINT.match(v)
                and not _is_sentence(v)
                for v in values
            )
        ):
            found.update(range(k + 1, run))
            found.update(range(run + 1, run + count))
            firsts.add(run)
        k = run
    return found, firsts


#: A contents list's head alone on its line: "Indholdsfortegnelse", "Indhold".
_CONTENTS_HEAD = re.compile(rf"^(?:{CONTENTS_HEADS})[ \t]*:?$", re.IGNORECASE)
#: The most lines a contents list of bare titles takes.
_MAX_CONTENTS = 40


def _contents_titles(lines: list[str]) -> set[int]:
    """The indices of the lines under the head of a contents list of bare titles
    ("Indhold" / "Godkendelse af dagsorden" / … / "Eventuelt"), up to the line that repeats
    one of them (the first item's heading, in the list's order or not): one block with its
    head, as a list is written, so its last title is no item's heading. A list with a sentence
    in it, or whose titles no line below repeats, is none."""
    found: set[int] = set()
    for k, line in enumerate(lines):
        if line[:1] not in "Ii" or not _CONTENTS_HEAD.match(line):
            continue  # (the cheap test first: the head's first letter)
        seen: set[str] = set()
        j = k + 1
        while j < len(lines) and j - k <= _MAX_CONTENTS and lines[j] not in seen:
            if _is_sentence(lines[j]):
                break
            seen.add(lines[j])
            j += 1
        if j < len(lines) and lines[j] in seen and len(seen) >= 2:
            found.update(range(k + 1, j))
    return found


#: An item's numbered heading: "3. Title", "12 Title", "Punkt 3", "Pkt. 3 Title".
_ITEM_HEADING = re.compile(r"^(?:(?:punkt|pkt\.?)\s?\d{1,3}\b|\d{1,3}[.)]?[ \t]+[A-ZÆØÅ])", re.I)


def _cases_close_items(lines: list[str]) -> bool:
    """Whether the case lines ("Sagsnr.: 17/0412") close their items rather than open the
    heading under them: the last one has no numbered item heading nor an item's section
    label anywhere below it (the last item's case line ends the text, or stands over its
    signatures), where numbered
    headings stand above it. Minutes that set the case line under the item's decision
    give every other case line a heading right under it too, as if it opened one."""
    last = next((k for k in range(len(lines) - 1, -1, -1) if _CASE_FIELD.match(lines[k])), None)
    if last is None:
        return False
    below = lines[last + 1 :]
    return not any(
        _ITEM_HEADING.match(line) or _OUTCOME_LABEL.match(line) for line in below
    ) and any(_ITEM_HEADING.match(line) for line in lines[:last])


#: "Beslutning", "Indstilling: …": an item's section under the last case line (the case
#: line then heads its item's text, no item's close).
_OUTCOME_LABEL = re.compile(r"^(?:beslutning|indstilling|afgørelse|konklusion)\b", re.I)


def paragraphs_restored(text: str) -> str:
    """A text of many lines with no blank line at all (every paragraph one line, as a .txt
    saved from Word or a PDF viewer's copy gives it) gets a blank line between its paragraphs,
    so the layouts find the headings, labels and titles they read as paragraphs of their own.
    Lines that go on the line above (a wrapped sentence, table rows, quoted mail, a list) stay
    together. A text with any blank line is returned as it was.

    Only for a text no layout reads as it is (``layouts.parse_text`` tries it then): many
    texts without blank lines are read well as they are (a browser's copy of a web page,
    which the layouts know), and the restored breaks could mislead them."""
    return _restored(text, _nothing_under)


def _nothing_under(line: str) -> bool:
    """No line goes under the heading above it for that alone."""
    return False


def sentences_under_headings(text: str, section_label: Callable[[str], bool]) -> str:
    """A text of many lines with no blank line at all read as a heading's paragraph: a
    sentence (a line of two words or more that ends in a full stop, a question or an
    exclamation mark), a case field (``Sagsnr.: …``), a section's label with its colon
    (``Beslutning i Byrådet den 14-03-2023:``, as ``section_label`` reads the label without
    it) and a sentence's lead-in to a list (four words or more and a colon) go on the line
    above, as do the lines ``paragraphs_restored`` keeps together; every
    other line (a title, a header's field: they end in no full stop) starts a paragraph of
    its own. So a title gathers the text written under it, as when every line of minutes
    was made its own paragraph and the blank lines say nothing. A text with any blank line
    is returned as it was (a cheap ``"\n\n" in text`` first)."""
    return _restored(text, partial(_under_heading, section_label=section_label))


def _restored(text: str, under_heading: Callable[[str], bool]) -> str:
    """``text`` (many lines, no blank line) with a blank line before every line that goes
    neither on the line above (``_goes_on``, a list or a menu) nor under the heading above
    it (``under_heading``); any other text as it was."""
    if "\n\n" in text or text.count("\n") < _MIN_NOBLANK_LINES:
        return text
    lines = text.split("\n")
    if any(not line.strip() for line in lines[1:-1]):
        return text
    columns, values = _label_columns(lines)
    kept = _menu_lines(lines) | _numbered_list(lines) | columns | _contents_titles(lines)
    cases_close = _cases_close_items(lines)
    out = [lines[0]]
    for i, (above, line) in enumerate(pairwise(lines), 1):
        goes_on = i in kept or (
            i not in values and (_goes_on(above, line, cases_close) or under_heading(line))
        )
        if line and not goes_on:
            out.append("")
        out.append(line)
    return "\n".join(out)


def _under_heading(line: str, section_label: Callable[[str], bool]) -> bool:
    """A line that goes under the heading above it where every line is a paragraph: a
    sentence, a case field (``Sagsnr.: 00.01.00-A00-2-23``), a section's label ending in a
    colon or a sentence of four words or more leading in to a list with one (a short title
    may end in one too: ``VALG AF DIRIGENT:``)."""
    if _is_sentence(line) or _CASE_FIELD.match(line):
        return True
    head = line.rstrip()
    if not head.endswith(":"):
        return False
    # (a sentence leading in to a list: "Rådet godkendte svaret med følgende tilføjelser:")
    return len(_WORD.findall(head)) >= _LEAD_IN_WORDS or section_label(head[:-1])


#: The words of a line ending in a colon that make it a sentence's lead-in, no heading.
_LEAD_IN_WORDS = 4


#: A case field ("Sagsnr.: 24/1234", "J.nr. 18.15.00-A00-2-25"), its number after the label.
_CASE_FIELD = re.compile(
    r"^(?:Sagsnr\.?|Sagsnummer|Sag nr\.|J\.?\s?nr\.|Journalnr\.)\s?:?\s?\S", re.IGNORECASE
)


def _is_sentence(line: str) -> bool:
    """A line of two words or more ending in a full stop, a question or an exclamation
    mark (``Godkendt.`` alone, one word, may be a title as well as a decision, and so may a
    marked ``» Evt.``)."""
    end = line.rstrip()
    return end.endswith((".", "!", "?")) and len(_WORD.findall(end)) >= 2


#: A word: a run of letters or figures (a mark before a title is none: "» Evt.").
_WORD = re.compile(r"\w+")


#: A page's running header or footer, its page number last ("Byrådet, 09.10.2019     Side 2
#: af 4"): a line of its own, no table's row over the line under it.
_PAGE_MARK = re.compile(r"\bside[ \t]+\d{1,4}(?:[ \t]*(?:af|/)[ \t]*\d{1,4})?$", re.I)


#: A run of blank lines between two filled lines.
_BLANK_RUN = re.compile(r"\n((?:[ \t]*\n)+)")


def blank_lines_halved(text: str) -> str:
    """A text whose every line break was doubled (a converter that writes each line as a
    paragraph: every run of blank lines between filled lines odd, most of them one) with the
    doubling undone: a run of 2n + 1 blank lines is n again, so each line is back beside its
    neighbours and the paragraph breaks where they were. Any other text is returned as it
    was (a run of two blank lines anywhere: no doubling)."""
    runs = [m.group(1).count("\n") for m in _BLANK_RUN.finditer(text.strip("\n"))]
    if len(runs) < _MIN_NOBLANK_LINES or any(r % 2 == 0 for r in runs):
        return text
    return _BLANK_RUN.sub(lambda m: "\n" * (m.group(1).count("\n") // 2 + 1), text)


#: Two filled lines with no blank line between: no text written one paragraph per line (a
#: cheap test, exactly sufficient: a pair it finds is one ``wrapped_lines_joined`` sees).
FILLED_PAIR = re.compile(r"\S[ \t]*\n[ \t]*\S")


def wrapped_lines_joined(text: str) -> str:
    """A text written one paragraph per line (a Word document read paragraph by paragraph,
    a web page whose every line is a block, a converter that doubled every line break: no
    two filled lines side by side, every run of blank lines between them odd, as in
    ``blank_lines_halved``) with its paragraphs as written before: the doubling undone, and
    where that leaves no blank line at all, the paragraph breaks restored
    (``paragraphs_restored``: a wrapped sentence, a field's value broken after a comma, a
    heading's parts, a table, a list or a menu keep together, every other line stands
    apart). A decision, a field or a sentence wrapped over lines reads as one again. Any
    other text is returned as it was."""
    if FILLED_PAIR.search(text):
        return text  # (the cheap test first: most texts have such a pair)
    halved = blank_lines_halved(text)
    if halved is text:
        return text
    lines = text.split("\n")
    if any(above.strip() and line.strip() for above, line in pairwise(lines)):
        return text  # (two lines of one paragraph: the paragraphs are written as such)
    return paragraphs_restored(halved)


def read_text(data: bytes, fmt: str = "txt") -> Document:
    """Read a .txt or .md file."""
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_byte_order(data) is not None
    if not utf16 and looks_binary(data):
        raise UnreadableDocument(BINARY)
    text, encoding, warnings = decode(data)
    text = dedented(without_trailing_spaces(without_invisible(normalise_newlines(text))))
    if "<" in text and _MARKUP_TAG.search(text) is not None:
        read = html_markup_as_text(text)
        if read != text:
            text = read
            warnings.append(MARKUP_READ)
    if fmt == "md" and text.startswith("---\n"):
        text = front_matter_as_text(text)
    if fmt == "md" and ("[!" in text or ":: " in text):
        text = note_app_markup(text)
    if fmt == "md" and ">" in text:
        text = labelled_quotes(text)
    if fmt == "md" and "\n**" in text:
        text = bold_titles_as_headings(text)
    if fmt == "md" and "<a " in text:
        text = _ANCHOR_LINE.sub("", text)
    text = pasted_item_table(fixed_width_item_table(text))
    # The encoding is recorded in the manifest; a non-UTF-8 file read correctly is no fault.
    return Document(text, fmt, encoding, tuple(warnings))


MARKUP_READ = (
    "the text carries HTML markup (tags such as <br>, <b>, <table> or <details>); it was "
    "read as a web page shows it"
)
#: A tag of a page's markup (a line break, an inline style, a paragraph, a heading, a
#: table, a fold) or a comment: a text with one carries HTML. A stray "<" ("< 5 mio. kr.",
#: "<mail@example.dk>") is none.
_MARKUP_TAG = re.compile(
    r"<(?:/?(?:br|b|strong|u|i|em|span|font|p|div|h[1-6]|table|tr|td|th|details|summary|hr"
    r"|ul|ol|li|aside|section|blockquote)(?=[\s/>])[^<>\n]*>|!--)",
    re.IGNORECASE,
)
#: A comment ("<!-- exported from SharePoint -->"), with its line where it stands alone.
_COMMENT = re.compile(r"^[ \t]*<!--.*?-->[ \t]*\n|<!--.*?-->", re.DOTALL | re.MULTILINE)
#: A line that opens a block of HTML in markdown (CommonMark's HTML block: a block-level
#: tag at the line's start), which runs to the next blank line (a table to its end).
_BLOCK_START = re.compile(
    r"^ {0,3}</?(?:address|article|aside|blockquote|caption|center|dd|details|dialog|div|dl"
    r"|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|legend|li|main|menu|nav"
    r"|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?:[ \t>]|/>|$)",
    re.IGNORECASE,
)
#: "<br>", "<br/>", "<br />": a line break; at a line's end the line's own.
_LINE_BREAK_TAG = re.compile(r"[ \t]*<br\s*/?>[ \t]*(?:$|(?=\n))|[ \t]*<br\s*/?>[ \t]*", re.I)
#: Any tag of :data:`_MARKUP_TAG` inside a line of text (a style, a fold's end): dropped.
_INLINE_TAG = re.compile(
    r"</?(?:b|strong|u|i|em|span|font|p|div|h[1-6]|details|summary|aside|section|small|mark"
    r"|sup|sub|s|strike|del|ins|abbr|label|a)(?=[\s/>])[^<>\n]*>",
    re.IGNORECASE,
)


def html_markup_as_text(text: str) -> str:
    """``text`` (minutes saved as text or markdown from a wiki, a notes app, a mail or
    SharePoint that kept their HTML: "Beslutning:<br/>Godkendt.", "<b>Sagsnr.:</b> …",
    "<details><summary>Punkt 1 …</summary>", a raw "<table>" in a .md) as the page that
    markup makes shows it: comments gone; a block of HTML (a line opening with a block's
    tag, to the next blank line, a table to its end) as the HTML reader writes it
    (``html.html_to_text``: a table's rows, a heading, a fold's label as lines of their
    own); in the other lines a "<br>" a line break and any other tag dropped, so the
    markdown around stays markdown. A markdown table's row (``| … |``) and a pasted table's
    (tabs) keep their "<br>", which the layouts read as the cell's lines. Entities are left
    to ``read.without_entities``, which every reader's text passes."""
    from analysis.read.html import html_to_text  # (the HTML reader imports this module)

    if "<!--" in text:
        text = _COMMENT.sub("", text)
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if _BLOCK_START.match(line):
            end = k + 1
            while end < len(lines) and lines[end].strip():
                end += 1
            block = "\n".join(lines[k:end])
            if re.match(r"\s*<table", line, re.I) and "</table" not in block.lower():
                while end < len(lines) and "</table" not in lines[end - 1].lower():
                    end += 1
                block = "\n".join(lines[k:end])
            shown = html_to_text(block).strip("\n")
            if out and out[-1].strip():
                out.append("")
            if shown:
                out.extend([*shown.split("\n"), ""])
            k = end
            while k < len(lines) and not lines[k].strip() and out and not out[-1]:
                k += 1  # (one blank line parts the block from the text below)
            continue
        if "<" in line and line.lstrip()[:1] != "|" and "\t" not in line:
            line = _INLINE_TAG.sub("", _LINE_BREAK_TAG.sub("\n", line))
            line = line[:-1] if line.endswith("\n") else line
        out.append(line)
        k += 1
    return "\n".join(out)


#: '<a id="3"></a>', "<a name='pkt3'></a>": an HTML anchor alone on its line, the target
#: of a markdown export's contents links ("[3. Title](#3)"): no text, blanked (its line
#: kept so line numbers hold).
_ANCHOR_LINE = re.compile(
    r"^[ \t]*<a\s+(?:id|name)\s*=\s*[\"']?[^\"'<>\n]*[\"']?\s*/?>[ \t]*(?:</a>)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)

_FRONT_TITLE = re.compile(
    r"^(?:title|titel)\s*:\s*(?P<q>[\"']?)(?P<title>.*?)(?P=q)\s*$", re.IGNORECASE
)
#: Keys that say how the site files the page, nothing of the meeting: dropped.
_FRONT_PUBLISHING = re.compile(
    r"^(?:author|authors|categories|tags|slug|draft|layout|permalink|weight|lastmod|aliases|"
    # (a wiki's: "space: Arbejdsmiljø / Referater", "updated: 2021-03-11", when the page
    # was edited, never the meeting's date)
    r"type|space|updated|created|modified|last_modified|version|"
    # (who edited the page last: "last_edited_by: kbr@…", no participant of the meeting)
    r"(?:last_)?(?:edited|modified|updated|created)_by|"
    # (the same in Danish: "forfatter: ach", "opdateret: …", "kategorier: …")
    r"forfatter|forfattere|kategori|kategorier|emneord|oprettet|opdateret|ændret|udgave|"
    # (who keeps the page: "owner: @mette.sund", a wiki's page owner, no participant)
    r"owner|owners|maintainer|maintainers|sideejer|ejer)\s*:",
    re.IGNORECASE,
)


def front_matter_as_text(text: str) -> str:
    """A markdown export's YAML front matter (``---`` / ``title: "Referat - …"`` / ``---``)
    with its title as a line of text, the way a page shows it, and its rules and the keys
    that only file the page (``author``, ``categories``, ``slug`` …) blank; the other keys
    stay as written (``date: 2024-09-04``). Line numbers are kept."""
    lines = text.split("\n")
    end = next((k for k in range(1, min(len(lines), 40)) if lines[k].strip() == "---"), None)
    if end is None:
        return text
    for k in range(1, end):
        m = _FRONT_TITLE.match(lines[k])
        if m:
            lines[k] = m.group("title")
        elif _FRONT_PUBLISHING.match(lines[k]):
            lines[k] = ""
        elif lines[k][-1:] in "\"'" and (q := _FRONT_QUOTED.match(lines[k])):
            # 'sted: "Rådhuset, lokale 2"': YAML quotes a value with a comma or a colon;
            # the page shows the value without them
            lines[k] = f"{q.group('key')}: {q.group('value')}"
    lines[0] = lines[end] = ""
    return "\n".join(lines)


#: A front matter's quoted value ('start: "13:15"', "sted: 'Rådhuset, lokale 2'").
_FRONT_QUOTED = re.compile(
    r"^(?P<key>[^\s:\"'][^:\"']*?)\s*:\s+(?P<q>[\"'])(?P<value>.*)(?P=q)\s*$"
)

#: A note app's callout opening a quote (Obsidian, also GitHub's alerts): "> [!success]
#: Beslutning", "> [!note]", "> [!info]- Referat" (folded), its title after the type.
_CALLOUT = re.compile(r"^\s*>\s*\[!\w[\w-]*\][+-]?\s*(?P<title>.*)$")
#: A Dataview inline field on a line of its own ("sagsnr:: 25-11802", "Ansvarlig:: @Per").
_INLINE_FIELD = re.compile(r"^(?P<key>[^\s:>#|`-][^:|`]{0,40}?)::\s+(?P<value>\S.*)$")


def note_app_markup(text: str) -> str:
    """A note app's markdown (Obsidian, Logseq, GitHub) written as the page shows it: a
    callout (``> [!success] Beslutning`` / ``> Godkendt.``) is its title on a line of its
    own over its text unquoted, as a labelled block reads (a callout without a title is
    its text alone); a Dataview inline field (``sagsnr:: 25-11802``) a field
    (``sagsnr: 25-11802``). Only a callout titled by a section's label (``Beslutning``,
    ``Konklusion``, ``Aftalt``) is unwrapped: another (``> [!note] Forberedelse``, a
    reminder above the items) stays a quote, as before. Line numbers are kept."""
    from analysis.parse import Line, heading_key  # (the parser imports the readers)

    lines = text.split("\n")
    in_callout = False
    for k, line in enumerate(lines):
        if in_callout:
            stripped = line.lstrip()
            if stripped[:1] == ">":
                lines[k] = stripped[1:].strip()
                continue
            in_callout = False
        if "[!" in line:
            m = _CALLOUT.match(line)
            title = m.group("title").strip() if m else ""
            if m and heading_key(Line(k, title.strip("*"), 0)) is not None:
                lines[k] = title
                in_callout = True
                continue
        if ":: " in line:
            m = _INLINE_FIELD.match(line)
            if m:
                lines[k] = f"{m.group('key')}: {m.group('value')}"
    return "\n".join(lines)


#: A markdown quote's line: its mark and its text.
_QUOTED = re.compile(r"^>[ \t]?(?P<text>.*)$")


def labelled_quotes(text: str) -> str:
    """A markdown quote that a section's label opens alone on its first line (``>
    **Beslutning i Udvalget den 06.05.2025:**`` / ``> Godkendt.``, a wiki's decision set off
    in a quote or a panel) written unquoted, as a labelled block reads, the label over its
    text; any other quote (a mail's, a reminder) stays a quote, and so does a quote of the
    label alone. Line numbers are kept."""
    from analysis.parse import Line, heading_key  # (the parser imports the readers)

    lines = text.split("\n")
    k = 0
    while k < len(lines):
        if lines[k][:1] != ">" or (k and lines[k - 1][:1] == ">"):
            k += 1
            continue
        end = k
        while end < len(lines) and lines[end][:1] == ">":
            end += 1
        label = _QUOTED.match(lines[k]).group("text").strip()
        body = [_QUOTED.match(ln).group("text") for ln in lines[k + 1 : end]]
        if (
            label.endswith(("**", ":"))
            and any(ln.strip() for ln in body)
            and heading_key(Line(k, label.strip("*").strip(), 0)) is not None
        ):
            lines[k:end] = [label, *body]
        k = end
    return "\n".join(lines)


#: A markdown line wholly bold ("**godkendelse af dagsorden**"): nothing bold inside it.
_BOLD_LINE = re.compile(r"^\*\*(?!\*)([^*\n]{2,80}?)\*\*\s*$")
#: Bold title paragraphs that make a markdown note's items (as ``docx``'s bold titles).
_MIN_BOLD_TITLES = 3


def _bold_title(line: str) -> str | None:
    """The title of a line wholly bold that can title an item: short, no sentence and no
    field's or list's end (",", ";", ":"; "Evt." may close with its dot), no known section
    label ("**Beslutning**") and no date (the meeting's own line, "**Referat fra mødet d.
    7/9-2023 kl 9.30**"); else None. A small first letter is taken: a careless note
    writes its titles so."""
    from analysis import dates
    from analysis.vocab import SECTION_HEADINGS

    m = _BOLD_LINE.match(line.strip())
    if m is None:
        return None
    title = m.group(1).strip()
    if (
        len(title) < 2
        or title.endswith((",", ";", ":"))
        or (title.endswith(".") and (" " in title or len(title) > 6))
        or title.lower().rstrip(".") in SECTION_HEADINGS
        or dates.find_date(title) is not None
    ):
        return None
    return title


def bold_titles_as_headings(text: str) -> str:
    """A markdown note whose items are bold one-line paragraphs with no number and no
    heading mark (``**godkendelse af dagsorden**`` / blank / ``godkendt``), its lines as
    the items' headings (``## godkendelse af dagsorden``), as ``docx`` reads a Word note's
    bold title paragraphs: only where no ``#`` heading stands below the first line (a
    styled note's bold lines stay text) and three or more such titles each stand alone
    between blank lines with a paragraph of text, no bold line and no list, after them.
    One bold line or two (a name, a label) stay text. Line numbers are kept."""
    lines = text.split("\n")
    first = next((k for k, ln in enumerate(lines) if ln.strip()), 0)
    if any(ln[:1] == "#" for ln in lines[first + 1 :]):
        return text
    found: list[tuple[int, str]] = []
    for k in range(first + 1, len(lines) - 2):
        if lines[k][:2] != "**" or lines[k - 1].strip() or lines[k + 1].strip():
            continue
        title = _bold_title(lines[k])
        if title is None:
            continue
        below = next((ln.strip() for ln in lines[k + 1 :] if ln.strip()), "")
        if not below or below[:2] == "**" or below[:1] in "-*+>|" or below[:1].isdigit():
            continue
        found.append((k, title))
    if len(found) < _MIN_BOLD_TITLES:
        return text
    for k, title in found:
        lines[k] = f"## {title}"
    return "\n".join(lines)
