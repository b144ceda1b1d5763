"""Plain text and markdown: detect the encoding, normalise line endings."""

from __future__ import annotations

from analysis.read import Document, UnreadableDocument

# Bytes that never occur in real text files; a file full of them is binary.
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32)) - {27}


def looks_binary(data: bytes) -> bool:
    """True when ``data`` holds NUL bytes or a large share of control bytes."""
    if b"\x00" in data[:65536]:
        return True
    sample = data[:65536]
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls > max(8, len(sample) // 100)


def decode(data: bytes) -> tuple[str, str]:
    """Decode text bytes; returns (text, encoding name).

    UTF-8 (with or without BOM) first, since that is what the agenda system writes; then
    Windows-1252, the usual encoding of older Danish Windows files (it is a superset of
    Latin-1 for printable text). charset-normalizer decides only when neither fits.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        return text, "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableDocument("the text encoding could not be recognised")
    return str(best), best.encoding


def normalise_newlines(text: str) -> str:
    """CRLF and CR to LF; drop a stray BOM and form feeds (page breaks)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace(
        "\f", "\n"
    )


def read_text(data: bytes, fmt: str = "txt") -> Document:
    """Read a .txt or .md file."""
    if looks_binary(data):
        raise UnreadableDocument(
            "the file holds binary data, not text (is it a mis-named PDF, Word or image file?)"
        )
    text, encoding = decode(data)
    # The encoding is recorded in the manifest; a non-UTF-8 file read correctly is no fault.
    return Document(normalise_newlines(text), fmt, encoding)
