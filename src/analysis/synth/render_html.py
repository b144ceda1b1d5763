"""Minutes text -> a web page like the municipality's published minutes.

``web_style=True`` (the default) gives the structure of Albertslund's web minutes::

    <h1>REFERAT Chefforum d. 03-02-2022</h1>          (when the text has that line)
    <div class="moedeinfo">Udvalg: … / Dato: Torsdag den 3. februar 2022 / Tid: Kl. 09:00
                           / Sted: …</div>
    <h2>Indkaldelse</h2><ul><li>Name (Role)</li>…</ul>  (from "Mødedeltagere")
    <h2>Indholdsfortegnelse</h2><ul><li><a href="#punkt-1">1. title</a></li>…</ul>
    <article id="punkt-1"><h2>1. title</h2><p>journal number</p>
      <h3>Anledning</h3><p>…</p> … </article>

inside page chrome (site header with navigation, breadcrumbs, a cookie banner, a script,
a footer), which a reader must skip. The web TOC numbers entries by item, not by page, so
``items.toc_page`` read from this page is the item number (the TOC titles are the
source's). ``web_style=False`` keeps the text's own header lines and writes items as
"<h2>Punkt N: title</h2>" and the TOC as a two-column table with the page numbers, like a
document saved as HTML.

The body is the same in both: section headings in ``<h3>``, paragraphs in ``<p>``, "- "
lines as ``<ul>`` (nested when indented), numbered "N. " lines as ``<ol start=N>``,
tab-separated rows as a ``<table>``. Lines that follow each other without a blank line
and are not one list (a lead-in above its numbered points) share a ``<p>``, separated by
``<br>``. Inline markdown becomes ``<strong>``/``<em>``.

``encoding`` sets the bytes and the ``<meta charset>`` ("windows-1252" gives a page like
older municipal sites; characters the encoding lacks become character references).
"""

from __future__ import annotations

import datetime as dt
import re
from html import escape

from analysis.parse import parse_long_date, parse_numeric_date, parse_participants
from analysis.synth.render_docx import _ITEM, _REFERAT, Line, inline_runs, text_blocks
from analysis.vocab import MONTHS_DA

_WEEKDAYS = ("Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag")
_MONTH_NAMES = {n: name for name, n in MONTHS_DA.items()}
_TIME = re.compile(r"\bkl\.?\s*(\d{1,2})[:.](\d{2})\b", re.IGNORECASE)

_CSS = """body{font-family:Arial,sans-serif;margin:0}main{max-width:60em;margin:auto}
.moedeinfo p{margin:.2em 0}table{border-collapse:collapse}td,th{border:1px solid #999}
.cookie-banner{position:fixed;bottom:0}"""
_CHROME_TOP = """<header class="site-header">
<a class="logo" href="/">Albertslund Kommune</a>
<nav aria-label="Hovedmenu"><ul><li><a href="/borger">Borger</a></li>
<li><a href="/erhverv">Erhverv</a></li><li><a href="/politik">Politik</a></li></ul></nav>
<form class="search" role="search"><input type="search" name="q" placeholder="Søg">
<button type="submit">Søg</button></form>
</header>
<div class="cookie-banner" role="dialog"><p>Vi bruger cookies til statistik.</p>
<button>OK</button></div>
<nav class="breadcrumb" aria-label="Brødkrumme"><a href="/">Forside</a> &rsaquo;
<a href="/politik">Politik</a> &rsaquo; <a href="/politik/dagsordener">Dagsordener og
referater</a></nav>
"""
_CHROME_BOTTOM = """<footer class="site-footer"><p>Albertslund Kommune &middot; Nordmarks
Allé 1 &middot; 2620 Albertslund &middot; Tlf. 43 68 68 68</p>
<p><a href="/tilgaengelighed">Tilgængelighedserklæring</a></p></footer>
<script>document.querySelector('.cookie-banner button').onclick=function(){
this.parentNode.style.display='none'};</script>
"""


def _runs(line: Line) -> str:
    parts = []
    for text, bold, italic in inline_runs(line.raw or line.text, line.text):
        s = escape(text, quote=False)
        if bold:
            s = f"<strong>{s}</strong>"
        if italic:
            s = f"<em>{s}</em>"
        parts.append(s)
    return "".join(parts)


def _literal(line: Line) -> str:
    """A line as the text has it, list marker included (for ``<p>`` with ``<br>``)."""
    if line.kind == "bullet":
        return "&nbsp;" * (2 * line.level) + "- " + _runs(line)
    if line.kind == "number":
        return f"{line.number}. " + _runs(line)
    if line.kind == "row":
        return escape(line.text, quote=False)
    return _runs(line)


def _bullets(lines: list[Line]) -> str:
    """Bullet lines -> nested ``<ul>`` (deeper lines inside the item above them)."""
    out = ["<ul>"]
    depth = 0
    open_li = False
    for line in lines:
        while line.level > depth:
            out.append("<ul>")
            depth += 1
            open_li = False
        while line.level < depth:
            out.append("</li></ul>" if open_li else "</ul>")
            depth -= 1
            open_li = True
        if open_li:
            out.append("</li>")
        out.append(f"<li>{_runs(line)}")
        open_li = True
    out.append("</li>" if open_li else "")
    while depth > 0:
        out.append("</ul></li>")
        depth -= 1
    out.append("</ul>")
    return "".join(out)


def _is_sequence(lines: list[Line]) -> bool:
    return all(
        ln.level == lines[0].level and ln.number == (lines[0].number or 0) + i
        for i, ln in enumerate(lines)
    )


def _block_html(block: list[Line]) -> str:
    kinds = {ln.kind for ln in block}
    first = block[0]
    if first.kind == "heading":
        return f"<h3>{_runs(first)}</h3>"
    if kinds == {"bullet"}:
        return _bullets(block)
    if kinds == {"number"} and _is_sequence(block):
        start = f' start="{first.number}"' if first.number != 1 else ""
        items = "".join(f"<li>{_runs(ln)}</li>" for ln in block)
        return f"<ol{start}>{items}</ol>"
    if kinds == {"row"}:
        rows = [ln.text.split("\t") for ln in block]
        width = max(len(r) for r in rows)
        body = []
        for i, row in enumerate(rows):
            tag = "th" if i == 0 else "td"
            cells = "".join(
                f"<{tag}>{escape(row[c].strip(), quote=False) if c < len(row) else ''}</{tag}>"
                for c in range(width)
            )
            body.append(f"<tr>{cells}</tr>")
        return f"<table>{''.join(body)}</table>"
    return "<p>" + "<br>\n".join(_literal(ln) for ln in block) + "</p>"


def _long_date(date: dt.date) -> str:
    return f"{_WEEKDAYS[date.weekday()]} den {date.day}. {_MONTH_NAMES[date.month]} {date.year}"


def _web_header(header: list[list[Line]]) -> tuple[list[str], list[tuple[str, str | None]]]:
    """The header lines -> the web header block; also returns the TOC entries."""
    title: str | None = None
    forum = date = time = place = None
    people: list[str] = []
    toc: list[tuple[str, str | None]] = []
    other: list[str] = []
    for block in header:
        for line in block:
            if line.kind == "title":
                title = line.text
                m = _REFERAT.match(line.text)
                if m:
                    forum = forum or m.group("forum")
                    date = date or parse_numeric_date(m.group("date"))
            elif line.kind == "toc":
                toc.append((line.text, line.page))
            elif line.kind == "field" and line.key:
                key = line.key.lower()
                value = line.text[len(line.key) :].lstrip(" :")
                if key in ("mødedato", "dato"):
                    date = parse_long_date(value) or parse_numeric_date(value) or date
                    t = _TIME.search(value)
                    time = f"{int(t.group(1)):02d}:{t.group(2)}" if t else time
                elif key in ("mødetidspunkt", "tid"):
                    t = _TIME.search(value) or re.search(r"(\d{1,2})[:.](\d{2})", value)
                    time = f"{int(t.group(1)):02d}:{t.group(2)}" if t else time
                elif key in ("mødested", "sted"):
                    place = value
                elif key == "udvalg":
                    forum = value
                elif key in ("mødedeltagere", "deltagere"):
                    people.extend(
                        f"{p.name} ({p.role})" if p.role else p.name
                        for p in parse_participants(value)
                    )
                else:
                    other.append(f"<p><strong>{escape(line.key)}:</strong> {escape(value)}</p>")
            elif line.kind != "toc_head":
                other.append(f"<p>{_runs(line)}</p>")
    out = []
    if title:
        out.append(f"<h1>{escape(title, quote=False)}</h1>")
    info = []
    for key, value in (
        ("Udvalg", forum),
        ("Dato", _long_date(date) if date else None),
        ("Tid", f"Kl. {time}" if time else None),
        ("Sted", place),
    ):
        if value:
            info.append(f"<p><strong>{key}:</strong> {escape(value, quote=False)}</p>")
    if info:
        out.append('<div class="moedeinfo">\n' + "\n".join(info) + "\n</div>")
    out.extend(other)
    if people:
        items = "".join(f"<li>{escape(p, quote=False)}</li>" for p in people)
        out.append(f'<h2>Indkaldelse</h2>\n<ul class="medlemmer">{items}</ul>')
    return out, toc


def _plain_header(header: list[list[Line]]) -> list[str]:
    out = []
    for block in header:
        toc = [ln for ln in block if ln.kind == "toc"]
        if toc:
            rows = "".join(
                f"<tr><td>{escape(ln.text, quote=False)}</td><td>{ln.page or ''}</td></tr>"
                for ln in toc
            )
            out.append(f'<table class="indholdsfortegnelse">{rows}</table>')
            continue
        first = block[0]
        if first.kind == "title":
            out.append(f"<h1>{_runs(first)}</h1>")
        elif first.kind in ("toc_head", "heading"):
            out.append(f"<h2>{_runs(first)}</h2>")
        else:
            lines = []
            for ln in block:
                if ln.kind == "field" and ln.key and ln.text.startswith(ln.key):
                    rest = escape(ln.text[len(ln.key) :], quote=False)
                    lines.append(f"<strong>{escape(ln.key, quote=False)}</strong>{rest}")
                else:
                    lines.append(_literal(ln))
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return out


def render_html(text: str, *, web_style: bool = True, encoding: str = "utf-8") -> bytes:
    """Render minutes text (plain or markdown) as the bytes of a web page."""
    blocks = text_blocks(text)
    first_item = next((i for i, b in enumerate(blocks) if b[0].kind == "item"), len(blocks))
    header, body = blocks[:first_item], blocks[first_item:]
    parts: list[str] = []
    page_title = "Referat"
    if web_style:
        head, toc = _web_header(header)
        parts.extend(head)
        if toc:
            entries = "".join(
                f'<li><a href="#punkt-{n}">{n}. {escape(title, quote=False)}</a></li>'
                for n, (title, _) in enumerate(toc, start=1)
            )
            parts.append(f'<h2>Indholdsfortegnelse</h2>\n<ul class="dagsorden">{entries}</ul>')
    else:
        parts.extend(_plain_header(header))
    for b in header:
        if b[0].kind == "title":
            page_title = b[0].text
    in_article = False
    for block in body:
        first = block[0]
        if first.kind == "item":
            if web_style:
                if in_article:
                    parts.append("</article>")
                parts.append(f'<article class="punkt" id="punkt-{first.number}">')
                in_article = True
                m = _ITEM.match(first.text)
                title = m.group("title").strip() if m else first.text
                parts.append(f"<h2>{first.number}. {escape(title, quote=False)}</h2>")
            else:
                parts.append(f"<h2>{_runs(first)}</h2>")
            continue
        parts.append(_block_html(block))
    if in_article:
        parts.append("</article>")

    enc_label = "windows-1252" if encoding.lower() in ("cp1252", "windows-1252") else encoding
    content = "\n".join(parts)
    if web_style:
        content = f'{_CHROME_TOP}<main id="indhold">\n{content}\n</main>\n{_CHROME_BOTTOM}'
    page = (
        "<!DOCTYPE html>\n"
        '<html lang="da">\n<head>\n'
        f'<meta charset="{enc_label}">\n'
        f"<title>{escape(page_title, quote=False)} - Albertslund Kommune</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n{content}\n</body>\n</html>\n"
    )
    return page.encode(encoding, errors="xmlcharrefreplace")
