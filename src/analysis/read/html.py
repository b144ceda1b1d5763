"""Web pages (.html, .htm) -> the parser's plain-text form (BeautifulSoup with lxml).

Made for the web version of municipal minutes, as Albertslund publishes them::

    Udvalg: Kommunalbestyrelsen / Dato: Tirsdag den 12. maj 2020 / Tid: Kl. 18:00 / Sted: …
    Indkaldelse: Steen Christiansen (A), …      Deltagere / Fraværende: …
    Indholdsfortegnelse: 1. Godkendelse af dagsorden … 5. MBU/ØU/KB - Miljøberetning 2019
    5. MBU/ØU/KB - Miljøberetning 2019   (one heading per item)
       Anledning / Sagsfremstilling / Indstilling / Beslutning / Bilag

Reading happens in two steps.

1. Layout. Page chrome is dropped (script, style, nav, forms' controls, hidden elements,
   ``header``/``footer`` outside the article, breadcrumbs, screen-reader-only text); when
   the page has one ``main`` element only that is read. Block elements become lines, a
   blank line between blocks; ``<br>`` ends a line; list items become ``- text`` /
   ``N. text`` lines (``ol`` ``start``/``type``/``value`` respected) with no blank line
   between them; data tables become tab-separated rows (a table whose cells hold
   headings, lists or tables is a layout table and is read as blocks); definition lists
   become ``term: description`` lines. White space is collapsed as a browser does and
   ``&nbsp;`` is a space; a run of two or more spaces between words on one line of the
   source is a column gap and is kept (a text or PDF laid out one paragraph a line:
   ``Title<gap>Pkt. 1``, see ``_kept_gaps``).
2. Minutes structure. The header block ("Udvalg", "Dato", "Tid", "Sted" written inline,
   as a label above its value, as table rows or as a definition list) becomes the
   parser's ``Key: value`` lines. The member lists become participants:

   * ``Indkaldelse`` (members summoned) -> one ``Mødedeltagere Name (A), Name (B)`` line,
     the party letter as role;
   * ``Deltagere`` (who attended): when it names members from the summons, it decides
     who was present and the summoned members it leaves out were absent; other names in
     it (officials, substitutes) are added to the participants;
   * ``Stedfortræder(e)`` (substitutes) are added to the participants like other names;
   * ``Fraværende`` / ``Afbud`` (and members left out of ``Deltagere``) -> a
     ``Fraværende Name, …`` / ``Afbud Name, …`` line: the parser gives them that word as
     role, so the party letter of an absent member is not kept.

   Each person is listed once. "Ingen" / "Alle medlemmer" name nobody and are dropped;
   text that is not a list of names ("Deltagere: Se bilag 1.") stays as text under the
   bare label, which the parser then reports as unplaced rather than making a person.

   The ``Indholdsfortegnelse`` entries "5. title" (list items, lines or table rows) become
   TOC lines "title.....<TAB>5": the web page has no pages, so the item number stands in
   the page column (``items.toc_page`` is the item number for web pages). Headings "N. title"
   after the table of contents, at the level of the first such heading, become item
   headings "Punkt N: title" ("Punkt N: title" headings stay as they are); known section
   headings become plain lines and other headings ``## text``.

A page without that structure still gives its text; the parser then rejects it as not
minutes. Decoding: byte-order mark, then the page's ``<meta charset>`` (ISO-8859-1 and
other Latin-1 labels mean Windows-1252, as browsers read them; a page that declares a
single-byte charset but is valid UTF-8 is read as UTF-8, with a warning), then UTF-8,
then Windows-1252.
"""

from __future__ import annotations

import codecs
import re
import warnings
from dataclasses import dataclass

from analysis.case_labels import CASE_ID_LABEL, CASE_NUMBER_LABEL
from analysis.read import Document, UnreadableDocument
from analysis.read.item_table import field_row_items, item_rows, label_cell, label_row_lines
from analysis.read.text import looks_binary, normalise_newlines
from analysis.vocab import SECTION_HEADINGS

# --- decoding ---------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
#: Labels browsers read as Windows-1252 (WHATWG encoding standard).
_LATIN1_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii"}
_HTML_MARKUP = re.compile(
    r"<\s*(?:!doctype|html|head|body|p|div|h[1-6]|table|br|ul|ol|span|a|section|article)\b",
    re.I,
)


def decode_html(data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings) for the bytes of a web page."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16", []
    warnings: list[str] = []
    m = _META_CHARSET.search(data[:16384])
    if m:
        label = m.group(1).decode("ascii", errors="replace").lower()
        codec = "cp1252" if label in _LATIN1_LABELS else label
        try:
            name = codecs.lookup(codec).name
        except LookupError:
            name = None
            warnings.append(f"the page declares an unknown character set '{label}'")
        if name is not None:
            if name not in ("utf-8", "utf-16", "utf-32") and _is_utf8(data):
                warnings.append(
                    f"the page declares the character set '{label}' but is written in "
                    "UTF-8; read as UTF-8"
                )
                return data.decode("utf-8"), "utf-8", warnings
            try:
                return data.decode(name), name, warnings
            except UnicodeDecodeError:
                warnings.append(
                    f"the page declares the character set '{label}' but its bytes do not "
                    "fit it; the encoding was guessed"
                )
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252", warnings
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", warnings


def _is_utf8(data: bytes) -> bool:
    """True when ``data`` is valid UTF-8 and holds non-ASCII characters."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(b >= 0x80 for b in data)


# --- step 1: layout ---------------------------------------------------------------------


@dataclass
class _L:
    """One laid-out line: kind h (heading), p (text), li (list item), row, brk (blank)."""

    kind: str
    text: str = ""
    level: int = 0  # heading level or list depth
    marker: str = ""  # list marker: "-" or "3."


_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_DROP = {
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "button", "select", "input", "textarea", "option", "head", "title", "meta", "link",
    "nav", "map", "audio", "video", "img", "picture",
}  # fmt: skip
_BLOCKS = {
    "p", "div", "section", "article", "main", "aside", "blockquote", "address", "figure",
    "figcaption", "fieldset", "form", "center", "details", "summary", "header", "footer",
    "hgroup", "body", "html", "caption", "legend", "li", "tr", "td", "th", "tbody",
    "thead", "tfoot", "dt", "dd",
}  # fmt: skip
#: (a "tablist": the row of tabs over an item's panels, "Sagsfremstilling | Beslutning |
#: Bilag", controls whose panels hold the text)
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "tablist"}
_CHROME_CLASSES = {
    "breadcrumb", "breadcrumbs", "cookie", "cookies", "cookie-banner", "cookiebanner",
    "skip-link", "skiplink", "sr-only", "visually-hidden", "visuallyhidden",
    "screen-reader-text", "element-invisible", "print-only", "modal",
    # a site's menu and notices by their usual class names (a <ul> of the site's sections
    # in a top bar that is no <nav>: "Borger", "Erhverv", "Kommunen" as bullets)
    "menu", "main-menu", "topmenu", "topnav", "navbar", "crumbs", "cookieinfo",
    "cookie-consent", "cookie-notice", "cookiebar", "cookie-bar", "cookie-dialog",
}  # fmt: skip
#: An id or class naming the site's navigation or an editor's toolbar where it is no
#: ``<nav>``: an intranet's ribbon ("s4-ribbonrow": "Gennemse  Side  Del  Følg") and its
#: menu down the side ("sideNav", "leftNav", "QuickLaunch", "leftmenu": an old table-laid
#: site's links to its other pages, "Alle udvalg  Mødekalender  Arkiv"), and a mega menu
#: of its sections ("mega-menu": "Borger  Erhverv  Politik").
_CHROME_NAME = re.compile(r"ribbon|(?:side|left|right|top|mega)-?(?:nav|menu)|quick-?launch", re.I)
#: "Indlæser …", "Henter referatet ...", "Loading…": an app's notice while a part loads.
_LOADING = re.compile(r"(?:indlæser|henter|loading)(?:\s+\w+){0,2}\s*(?:…|\.{3})", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"[ \t\n\r\f\v]+")
_BR = "\x00"


#: A column gap in a paragraph's text: two or more spaces between words on one line of the
#: page's source ("Godkendelse af dagsorden            Pkt. 1").
_COLUMN_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
#: What stands for each space of a column gap while the text's white space is collapsed.
_GAP = "\x01"


def _kept_gaps(text: str) -> str:
    """``text`` with its column gaps kept through the collapse of white space: a page that
    writes a minutes' lines one to a paragraph, as a text or PDF converted to a web page
    does, keeps their columns apart by runs of spaces ("Title<spaces>Pkt. 1", "Sagsnr.
    <spaces>24-001187", "15.00<spaces>Velkommen"); a browser shows them as one space, but
    the gap is the layout's column (the number right of the title, a field's label left of
    its value), as it is in the text, and is read so. (A line break in the run is the
    source's formatting, not a gap, and so are no-break spaces, which an editor writes for
    a space the reader is to see: collapsed as before.)"""
    if "  " not in text:
        return text
    return _COLUMN_GAP.sub(lambda m: _GAP * len(m[0]), text)


def _collapse(text: str) -> str:
    text = _WS.sub(" ", text).replace("\xa0", " ").replace("\u200b", "").replace("\xad", "")
    return re.sub(r" {2,}", " ", text).strip()


def _is_chrome(tag) -> bool:
    name = tag.name
    if name in _DROP:
        # A heading inside a button is an expandable item's title (FirstAgenda), not a control,
        # as is a fold's toggle naming an item ("<button aria-expanded …>Punkt 1 Title") and
        # a button that is all of a heading ("<h2><button>2 - Title</button></h2>").
        return not (
            name == "button"
            and (
                tag.find(list(_HEADINGS)) is not None
                or _item_toggle(tag)
                or _whole_heading(tag)
                or _opens_section(tag)
            )
        )
    attrs = tag.attrs or {}
    if (
        name in ("p", "div", "span")
        and (only := tag.string) is not None
        and len(only) <= 40
        and _LOADING.fullmatch(only.strip())
    ):
        # "<p class="placeholder">Indlæser …</p>": a saved app's notice where its script was
        # to load a part (an item's decision, the minutes), no text of the minutes
        return True
    if (
        name in ("header", "footer")
        and tag.find_parent(["main", "article"]) is None
        and not (name == "header" and _meeting_header(tag))
    ):
        return True
    if name == "div" and _footer_div(tag, attrs):
        return True
    if str(attrs.get("role", "")).lower() in _CHROME_ROLES:
        return True
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    if _HIDDEN_STYLE.search(str(attrs.get("style", ""))):
        return True
    classes = _classes(tag)
    if any(c.lower() in _CHROME_CLASSES for c in classes):
        return not _hidden_case_label(tag, classes)
    if any(c[:2] in ("d-", "vi") for c in classes) and (
        _mobile_twin(tag, classes) or _hidden_twin(tag, classes)
    ):
        return True
    if str(attrs.get("id") or "").lower() in _CHROME_CLASSES:
        return True  # '<div id="cookie-consent" class="cc-banner">': the notice by its id
    named = " ".join([str(attrs.get("id") or ""), *classes])
    low = named.lower()
    if "cookie" in low or "gdpr" in low or "consent" in low:
        # a consent dialog by any vendor's name ("cookiebot", "cookie-modal", "gdpr-overlay")
        return True
    if len(named) > 5 and _CHROME_NAME.search(named) is not None:
        return True
    return (name == "aside" or _BAR_NAME.search(named) is not None) and _links_only(tag)


#: The classes hiding a label from the eye but not from a screen reader.
_SCREEN_READER_ONLY = {"sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text"}
#: A case number's label alone ("Sagsnummer:", "Sagsnr.", "Sags-ID:").
_CASE_LABEL_ONLY = re.compile(rf"(?:{CASE_NUMBER_LABEL}|{CASE_ID_LABEL})\s*:?", re.I)


def _hidden_case_label(tag, classes: list[str]) -> bool:
    """Whether ``tag`` is a case number's label hidden for the eye and kept for a screen
    reader ('<span class="sr-only">Sagsnummer:</span> 2024-0043811'): the number on the
    screen is the item's case by its place, which the label says in words; it is kept, as
    other hidden labels (furniture: "Punkt", "Status:") are not."""
    if tag.name != "span" or not any(c.lower() in _SCREEN_READER_ONLY for c in classes):
        return False
    text = tag.get_text()
    return len(text) <= 24 and _CASE_LABEL_ONLY.fullmatch(text.strip()) is not None


#: A long date in a page header's line ("tirsdag den 2. november 2021", "2. nov. 2021").
_HEADER_DATE = re.compile(
    r"\b\d{1,2}\.\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\b",
    re.I,
)


#: A meeting's date field with the date in figures ("Mødedato 09-02-2026", "Dato: 3.3.2025"):
#: a header table's row, its label cell beside the value's.
_HEADER_DATE_FIELD = re.compile(
    r"\b(?:Mødedato|Dato)\s*:?\s+\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d\b", re.I
)


def _meeting_header(tag) -> bool:
    """Whether a ``<header>`` outside the article is the meeting's own head, not the site's:
    the forum as its ``<h1>`` over a line with the meeting's long date ('<header><h1>Social-
    og Sundhedsudvalget</h1><p>Referat · tirsdag den 2. november 2021 · 14:00</p>'), as an
    app's page writes it above the agenda, or over a date field with the date in figures
    ('<h1>Referat</h1>' / '<table><tr><td>Mødedato</td><td>09-02-2026</td></tr>': a
    portal's fields of the meeting). A site's header (logo, menu) has neither."""
    if tag.find("h1") is None or tag.find(["nav", "form", "input"]) is not None:
        return False
    text = tag.get_text(" ")
    return len(text) <= 600 and (
        _HEADER_DATE.search(text) is not None or _HEADER_DATE_FIELD.search(text) is not None
    )


#: A responsive framework's class showing an element on small screens only ("d-md-none",
#: "d-lg-none", Bootstrap 3's "visible-xs"), and one showing it from a width on only
#: ("d-none d-md-block", "hidden-xs"): the page's mobile and desktop versions of the same text.
_MOBILE_ONLY = re.compile(r"^(?:d-(?:sm|md|lg|xl)-none|visible-xs(?:-block)?)$")
_DESKTOP_ONLY = re.compile(r"(?:^|\s)(?:d-(?:sm|md|lg|xl)-(?:block|flex|grid)|hidden-xs)(?:\s|$)")


def _mobile_twin(tag, classes: list[str]) -> bool:
    """Whether ``tag`` is shown on small screens only while the page holds a version shown
    from a width on ('<div class="d-md-none">' beside '<div class="d-none d-md-block">'):
    the same items twice, read once, from the desktop version (it has the full text)."""
    if "d-none" in classes or not any(_MOBILE_ONLY.match(c) for c in classes):
        return False
    root = tag
    while root.parent is not None:
        root = root.parent
    return root.find(class_=_DESKTOP_ONLY) is not None


#: The blocks a page's second version of the minutes comes in.
_TWIN_BLOCKS = frozenset({"div", "section", "table", "article", "ul", "ol", "main"})
#: The headings and bold lines a version of the minutes names its items by (not its
#: ``<h1>``: each version may title the page its own way).
_TWIN_HEADS = ["h2", "h3", "h4", "strong", "b", "summary"]


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def _hidden_twin(tag, classes: list[str]) -> bool:
    """Whether ``tag`` is hidden at every width ('<div class="desktop-table d-none">':
    Bootstrap's ``d-none`` with no ``d-md-block`` to show it) and a copy of what the page
    shows elsewhere: its first headings each stand outside it too (the mobile cards beside a
    hidden table of the same items). Read once, from the version shown. A hidden block whose
    headings the page has nowhere else is kept: a script shows it, and it is the only copy."""
    if (
        tag.name not in _TWIN_BLOCKS
        or "d-none" not in classes
        or _DESKTOP_ONLY.search(" ".join(classes))
    ):
        return False
    heads = [_squeezed(h.get_text(" ")) for h in tag.find_all(_TWIN_HEADS, limit=12)]
    heads = [h for h in heads if len(h) >= 12][:3]
    if len(heads) < 2:
        return False
    root = tag
    while root.parent is not None:
        root = root.parent
    page = _squeezed(root.get_text(" "))
    return all(page.count(h) >= 2 for h in heads)


#: The ids and classes a site gives the ``<div>`` it uses as its page footer.
_FOOTER_NAMES = frozenset(
    {"footer", "site-footer", "sitefooter", "page-footer", "pagefooter", "global-footer"}
)


def _footer_div(tag, attrs: dict) -> bool:
    """Whether a ``<div>`` is the site's page footer by its id or class ('<div
    id="footer">Rudersdal Kommune, <address> · CVR … · Cookies</div>'), as a ``<footer>``
    outside the article is: short, with no heading or table of the minutes in it."""
    names = [str(attrs.get("id") or ""), *_classes(tag)]
    if not any(n.lower() in _FOOTER_NAMES for n in names):
        return False
    if tag.find_parent(["main", "article"]) is not None:
        return False
    return tag.find(["table", *_HEADINGS]) is None and len(tag.get_text()) <= 400


#: A bar of the site's links by its class ("topbar", "sidebar", "tool-bar", "utility-nav").
#: Also the row of sharing links under an article ("social", "share-buttons"), and a
#: ``<div class="nav">`` of the site's sections ("Politik", "Møder", "Søg i dagsordener").
_BAR_NAME = re.compile(
    r"(?:side|top|tool|utility)[-_]?bar\b|utility[-_]?(?:nav|links)|(?:^|\s)nav(?:\s|$)|"
    r"(?:^|\s)(?:social|share|sharing|some)(?:[-_](?:links|buttons|bar|icons))?(?:\s|$)",
    re.I,
)


def _links_only(tag) -> bool:
    """Whether ``tag`` holds links and nothing else to read (headings over them aside): a
    side column of the site's other committees ("<aside><h2>Udvalg</h2><ul><li><a>Byrådet
    </a>…"), a top bar of its controls ("skive.dk  Log ind  English"). A sidebar holding
    the meeting's own text (a field, a paragraph) is no such bar."""
    links = tag.find_all("a")
    if len(links) < 2:
        return False
    linked = sum(len(_squeezed(a.get_text())) for a in links)
    headed = sum(len(_squeezed(h.get_text())) for h in tag.find_all(list(_HEADINGS)))
    # (a list's entry of the page shown, marked as current and not linked, and a filter's
    # drop-down: "<li class="current">Byrådet 24.06.2020</li>", "<select>…</select>")
    controls = sum(len(_squeezed(c.get_text())) for c in tag.find_all(_current_or_control))
    return len(_squeezed(tag.get_text())) <= linked + headed + controls


def _paragraphed(tr) -> bool:
    """Whether the row's last cell holds its text in paragraphs (``<p>``, or the old
    pages' blank line of two ``<br>`` in a row: "J.nr. …<br><br>Text …<br><br><i>Udvalgets
    beslutning:</i><br>Godkendt."), not a line of run-in parts joined by one ``<br>``
    ("<u>Beslutning …:</u><br>Godkendt.")."""
    cells = tr.find_all(["td", "th"], recursive=False)
    return bool(cells) and (cells[-1].find("p") is not None or _blank_line_breaks(cells[-1]))


#: An item's number alone in its cell ("4", "12.").
_BARE_NUMBER = re.compile(r"^\d{1,3}\.?$")
#: An item's number with its word, alone in its cell ("Pkt. 4", "Punkt 7b").
_WORDED_NUMBER = re.compile(r"^(?:pkt\.?|punkt)\s*\d{1,3}[a-h]?\.?$", re.I)
#: A decision's label alone on a line of its own ("Bestyrelsens beslutning:",
#: "Beslutning:"): the outcome follows on the next line.
_DECISION_LABEL_LINE = re.compile(r"^(?:\w+s\s+)?(?:beslutning|afgørelse)\s*:$", re.I)


def _fact_lines(lines: list[str]) -> bool:
    """Whether a cell's ``<br>`` lines after its first open with a label of the meeting's
    facts ("Teknisk Udvalg<br>Referat<br>Mandag den 3. marts 1999 kl. 15.00<br>Mødested:
    …", the page's head beside the logo), or with the meeting's date, no label on any
    ("Referat<br>Teknisk Udvalg<br>03.03.1999 kl. 15:00<br>Rådhuset"): the header's fields,
    each a line of its own."""
    return any(_MEETING_FIELD.match(line) or _DATE_OPENS.match(line) for line in lines[1:])


#: "04.11.2024 kl. 16:00", "Mandag den 4. november 2024 kl. 16.00": a line of a page's head
#: opening with the meeting's date (unlabelled, under the document's kind and the body,
#: over the place), the header's line of its own.
_DATE_OPENS = re.compile(
    r"^(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+(?:den\s+|d\.\s*)?)?"
    r"(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|\d{1,2}\.\s*(?:jan|feb|mar|apr|maj|jun|jul"
    r"|aug|sep|okt|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d)\b",
    re.I,
)


def _blank_line_breaks(cell) -> bool:
    """Whether ``cell`` parts its text with a blank line made of two ``<br>`` with nothing
    but white space between them (the paragraph break of pages written before ``<p>``
    was used for it)."""
    for br in cell.find_all("br"):
        after = br.next_sibling
        while after is not None and _is_text(after) and not str(after).strip():
            after = after.next_sibling
        if getattr(after, "name", None) == "br":
            return True
    return False


def _current_or_control(tag) -> bool:
    """A list's unlinked entry marked as the page shown, or a form's drop-down."""
    if tag.name == "select":
        return True
    if tag.name != "li" or tag.find("a") is not None:
        return False
    attrs = tag.attrs or {}
    return "aria-current" in attrs or any(c in _CURRENT for c in _classes(tag))


#: The class names a list gives its entry of the page shown.
_CURRENT = frozenset({"current", "active", "selected", "is-current", "is-active"})


def _squeezed(text: str) -> str:
    """``text`` without white space and the separators put between links."""
    return _LINK_GAPS.sub("", text)


_LINK_GAPS = re.compile(r"[\s·|/»>•-]+")


#: A toggle's text naming an agenda item: "Punkt 1 Title", "Pkt. 2 – Title", "3. Title",
#: "§ 12 Title" (a council numbering its items through the year as a protocol's paragraphs).
_ITEM_TOGGLE = re.compile(r"^(?:(?:(?i:punkt|pkt\.?)|§)\s*\d{1,3}\b|\d{1,3}[.)]?\s+[A-ZÆØÅ])")


def _fold_marked(button) -> bool:
    """Whether ``button`` opens a fold: ``aria-expanded`` / ``aria-controls``, or an
    accordion's class."""
    attrs = button.attrs or {}
    classes = attrs.get("class") or []
    return bool(
        "aria-expanded" in attrs
        or "aria-controls" in attrs
        or _FOLD_CLASS.search(" ".join(classes) if isinstance(classes, list) else str(classes))
    )


def _item_toggle(button) -> bool:
    """Whether ``button`` opens a fold (:func:`_fold_marked`) and its text names an agenda
    item: an accordion whose items' titles are the buttons that unfold their text, no
    control."""
    return _fold_marked(button) and _ITEM_TOGGLE.match(button.get_text(" ", strip=True)) is not None


#: A control's words ("Vis mere", "Udskriv", "Fold ud"): a button opening every section
#: with them is no item's heading.
_CONTROL_TEXT = re.compile(
    r"^(?:print|udskriv|del|luk|åbn|vis(?:\s+(?:mere|alle|detaljer))?|skjul|læs\s+mere|"
    r"fold\s+(?:ud|sammen)|til\s+toppen|menu|søg|ok|[+−-]|▼|▲)$",
    re.I,
)
#: The elements an accordion wraps each item in, its toggle first.
_FOLD_SECTIONS = ("section", "article")


def _toggle_link(link) -> bool:
    """Whether a link is an accordion's toggle naming an item ('<a href="#item-7"
    aria-expanded="false"><span>7.</span> <span>Title</span></a>' over the panel it
    unfolds): the item's heading, as such a button is. A contents list's links to the items
    ('<a href="#punkt-7">7. Title</a>') fold nothing and stay links."""
    attrs = link.attrs or {}
    return ("aria-expanded" in attrs or "aria-controls" in attrs) and _item_toggle(link)


def _opens_section(button) -> bool:
    """Whether ``button`` opens a ``<section>`` (or ``<article>``) of an accordion with no
    class names or ARIA marks: the section's first element, text after it in the section
    (the fold's panel), and a sibling section opened by a button too (the next item).
    Such a button is the item's heading; a lone "Læs mere" in one section stays a control."""
    parent = button.parent
    if parent is None:
        return False
    if parent.name not in _FOLD_SECTIONS and not (
        # A ``<div>`` / ``<li>`` fold with its own class names ("acc-item" / "acc-head"):
        # the toggle must name a numbered item ("1 Title") as well, or call itself a fold
        # ('<button class="accordion">Title</button>': the items of a council's page
        # unnumbered, each toggle the title over its panel).
        parent.name in ("div", "li")
        and (_ITEM_TOGGLE.match(button.get_text(" ", strip=True)) or _fold_marked(button))
    ):
        return False
    kids = [c for c in parent.children if getattr(c, "name", None)]
    if not kids or kids[0] is not button or len(kids) < 2:
        return False
    text = button.get_text(" ", strip=True)
    if not (3 <= len(text) <= 200) or not any(ch.isalpha() for ch in text):
        return False
    if _CONTROL_TEXT.match(text) or not any(k.get_text(strip=True) for k in kids[1:]):
        return False
    for sibling in (
        parent.find_previous_sibling(parent.name),
        parent.find_next_sibling(parent.name),
    ):
        if sibling is not None:
            first = sibling.find(True, recursive=False)
            if first is not None and first.name == "button":
                return True
    return False


#: Pictograms at a heading's ends: a closed item's padlock ("Title 🔒"), a file's icon.
#: An icon says what the heading is, it is no part of its words.
_ICONS_AROUND = re.compile(
    r"^(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s*)+"
    r"|(?:\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?)+$"
)


def _whole_heading(button) -> bool:
    """Whether ``button`` is the whole text of the heading around it: an accordion whose
    headings are their toggles ("<h2><button>2 - Title</button></h2>"), where a control
    beside a heading's own text ("<h2>Title <button>Print</button></h2>") is not."""
    parent = button.parent
    if parent is None or parent.name not in _HEADINGS:
        return False
    text = button.get_text(" ", strip=True)
    return bool(text) and text == parent.get_text(" ", strip=True)


_INLINE_CELLS = frozenset({"span", "b", "strong", "label", "em", "i"})


def label_value_cell(row):
    """The value's element of a row :func:`_glued_label` accepts."""
    return [c for c in row.children if getattr(c, "name", None)][1]


def _span_row(tag) -> list[str] | None:
    """The texts of a ``<div>`` holding nothing but three or more classed ``<span>``s, one
    of them a date ("Mandag 01-10-2018 kl. 14.00"): a page's meta row of the meeting's
    facts (body, date and time, place, absent members), each shown apart by the style;
    else None. A heading's number and title spans are no such row (no date among them)."""
    children = [c for c in tag.children if not (_is_text(c) and not str(c).strip())]
    if len(children) < 3 or any(
        getattr(c, "name", None) != "span" or not c.get("class") for c in children
    ):
        return None
    texts = [_inline(c) for c in children]
    if not all(texts) or any(len(t) > 160 for t in texts):
        return None
    from analysis.dates import find_date

    return texts if any(find_date(t) is not None for t in texts) else None


def _header_spans(tag) -> list[str] | None:
    """The texts of a ``<header>`` holding nothing but two or more ``<span>``s, each short
    ('<header><span>Punkt 2 af 9</span><span class="chip">Åben</span></header>': an item
    card's head row of its count and its tags, set apart by the style, where the text run
    together glued the count to the tag, "9Åben"); else None."""
    children = [c for c in tag.children if not (_is_text(c) and not str(c).strip())]
    if len(children) < 2 or any(getattr(c, "name", None) != "span" for c in children):
        return None
    texts = [_inline(c) for c in children]
    if not all(texts) or any(len(t) > 60 for t in texts):
        return None
    return texts


def _glued_label(row) -> str | None:
    """The label of a field row written as two inline elements with nothing between them
    (``<span class="lbl">Udvalg</span><span class="val">Byrådet</span>``: a print view's
    meeting head, whose style sets them apart): a short capitalised label of one to three
    words with no colon, the value starting as a name or a number does; else None."""
    children = list(row.children)
    if len(children) != 2 or any(_is_text(c) for c in children):
        return None
    label_el, value_el = children
    if label_el.name not in _INLINE_CELLS or value_el.name not in _INLINE_CELLS:
        return None
    label = _inline(label_el)
    value = _inline(value_el)
    if not (3 <= len(label) <= 25 and label[:1].isupper() and label[-1:].isalpha()):
        return None
    if len(label.split()) > 3 or not value or not (value[:1].isupper() or value[:1].isdigit()):
        return None
    return label


def _is_text(node) -> bool:
    from bs4.element import NavigableString, PreformattedString

    return isinstance(node, NavigableString) and not isinstance(node, PreformattedString)


def _strings(
    node, out: list[str], skip: frozenset[str] = frozenset(), br: str = " ", block: str = " "
) -> None:
    """Text of ``node`` for one line: ``<br>`` as ``br``, blocks parted by ``block``;
    chrome left out."""
    for child in node.children:
        if _is_text(child):
            if type(child).__name__ in ("Script", "Stylesheet", "TemplateString"):
                continue
            out.append(str(child))
        elif getattr(child, "name", None):
            if child.name == "br":
                out.append(br)
            elif child.name in skip or _is_chrome(child):
                continue
            elif child.name in _BLOCKS or child.name in _HEADINGS or child.name in ("ul", "ol"):
                out.append(block)
                _strings(child, out, skip, br, block)
                out.append(block)
            else:
                _strings(child, out, skip, br, block)


def _cell_inline(cell) -> str:
    """A table cell's text on one line; a second line in another language after a
    ``<br>`` ("<b>Valg af næstformand<br><span>Election of vice-chair</span></b>": a title's
    translation under it) joined by a spaced slash, as a translation beside the Danish is
    written (``layouts.bilingual`` then reads the Danish alone)."""
    if cell.find("br") is None:
        return _inline(cell)
    from analysis.layouts.bilingual import foreign

    parts: list[str] = []
    _strings(cell, parts, br=_BR)
    lines = [_collapse(t) for t in "".join(parts).split(_BR) if _collapse(t)]
    if (
        len(lines) == 2
        and ":" not in lines[0]
        and ":" not in lines[1]
        and foreign(lines[1])
        and not foreign(lines[0])
    ):
        return f"{lines[0]} / {lines[1]}"
    return _inline(cell)


def _inline(node, skip: frozenset[str] = frozenset()) -> str:
    out: list[str] = []
    _strings(node, out, skip)
    return _collapse("".join(out))


#: A list's style hiding its markers ("list-style: none", "list-style-type:none").
_NO_MARKER = re.compile(r"list-style(?:-type)?\s*:\s*none", re.I)


def _ol_marker(n: int, kind: str) -> str:
    """The marker a browser shows for item ``n`` of an ``<ol type=kind>``."""
    from analysis.read.docx import format_number

    fmt = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
    return format_number(n, fmt.get(kind, "decimal") if n > 0 else "decimal") + "."


def _int_attr(tag, name: str, default: int) -> int:
    try:
        return int(str(tag.get(name, default)).strip())
    except ValueError:
        return default


def _spaced_number(tag, text: str) -> str:
    """``text`` of a heading whose number stands in an element of its own before the title's
    ("<button><span class="no">1</span><span class="t">Title</span></button>"): the style
    sets them apart, so a space does ("1 Title", not "1Title")."""
    if not text[:1].isdigit():
        return text
    first = tag.find(True)
    if first is None:
        return text
    number = first.get_text(strip=True)
    if (
        number.isdigit()
        and len(number) <= 3
        and text.startswith(number)
        and text[len(number) : len(number) + 1].isalpha()
    ):
        return f"{number} {text[len(number) :]}"
    return text


def _parted(tag) -> str:
    """The text of a toggle or a disclosure's label built of elements side by side, each a
    part of its own ("<summary><span>Punkt 8</span><span>Title</span><span>Lukket
    punkt</span></summary>": the style sets them apart, so a space does, not
    "TitleLukket punkt"); any other heading's text as it runs."""
    if tag.name not in ("button", "summary", "a"):
        return _inline(tag)
    kids = list(tag.children)
    parts = [k for k in kids if getattr(k, "name", None) and k.name != "br"]
    if len(parts) < 2 or any(_is_text(k) and str(k).strip() for k in kids):
        return _inline(tag)
    return _collapse(" ".join(_inline(k) for k in parts if not _is_chrome(k)))


class _Layout:
    """Walks the tree and lays out :class:`_L` lines."""

    def __init__(self, titled: frozenset[int] = frozenset()) -> None:
        self.lines: list[_L] = []
        self.buf: list[str] = []
        #: ids of the paragraphs that are an unnumbered item's bold title over its italic
        #: outcome (see :func:`_titled_outcomes`)
        self.titled = titled
        #: (id of its parent, the line) of the outcome of the item whose text is being
        #: laid out: written after that text, as the decision closing the item
        self.pending: tuple[int, str] | None = None
        #: ids of the italic runs that close a numbered item's paragraph, its outcome
        #: written without a label (see :func:`_italic_outcomes`)
        self.italic: frozenset[int] = frozenset()

    def flush(self) -> None:
        if not self.buf:
            return
        text, self.buf = "".join(self.buf), []
        for part in text.split(_BR):
            part = _collapse(part).replace(_GAP, " ")
            if part:
                self.lines.append(_L("p", part))

    def brk(self) -> None:
        self.flush()
        if self.lines and self.lines[-1].kind != "brk":
            self.lines.append(_L("brk"))

    def emit_pending(self) -> None:
        """Write the outcome of the item laid out last (see ``pending``)."""
        if self.pending is not None:
            self.brk()
            self.lines.append(_L("p", self.pending[1]))
            self.brk()
            self.pending = None

    def walk(self, node) -> None:
        self._walk(node)
        if self.pending is not None and self.pending[0] == id(node):
            self.emit_pending()  # the items' container ends: so does the last item

    def _walk(self, node) -> None:
        for child in node.children:
            if _is_text(child):
                if type(child).__name__ not in ("Script", "Stylesheet", "TemplateString"):
                    self.buf.append(_kept_gaps(str(child)))
                continue
            name = getattr(child, "name", None)
            if not name or _is_chrome(child):
                continue
            if self.pending is not None and name == "p" and _numbered_bold_lead(child):
                # "<p><strong>4. Title</strong><br>…": the next item's heading closes the
                # item whose italic outcome waits for the end of its text
                self.emit_pending()
            if name in ("em", "i") and id(child) in self.italic:
                self.buf.append("Beslutning: ")  # (then the run's text, as any inline run)
            if name == "summary" and _members_fold(child):
                continue  # the fold's count of the member lists it holds, no item's title
            if name == "br":
                self.buf.append(_BR)
            elif name == "hr":
                self.brk()
            elif (
                name in _HEADINGS
                or (name == "button" and child.find(list(_HEADINGS)) is None)
                or (name in _CARD_PARTS and _card_head(child))
                or (name == "summary" and _disclosure_label(child))
                or (name == "a" and _toggle_link(child))
            ):
                # (a fold's toggle naming an item: the item's heading, see _item_toggle; a
                # card's title over its body, "<div class="card__head">Title</div><dl
                # class="card__body">…": the heading of an unnumbered item, see _card_head;
                # a disclosure's label over what it folds, see _disclosure_label)
                self.brk()
                text = _ICONS_AROUND.sub("", _spaced_number(child, _parted(child)))
                if text:
                    self.lines.append(_L("h", text, _HEADINGS.get(name, 3)))
                self.brk()
            elif name in ("ul", "ol", "menu"):
                self.brk()
                self.list(child, 0)
                self.brk()
            elif name == "table" and not _is_layout_table(child):
                self.brk()
                self.table(child)
                self.brk()
            elif name == "dl" and _sectioned(child):
                # an accordion: each <dt> an item's title over its <dd> of headed sections
                parts = [
                    p
                    for p in child.find_all(["dt", "dd"])
                    if p.find_parent("dl") is child and not _is_chrome(p)
                ]
                fields = _case_fields(parts)
                for k, part in enumerate(parts):
                    if k in fields:  # "<dt>Sagsnr.</dt><dd>25/1187</dd>": the case's field
                        if part.name == "dt":
                            self.brk()
                            self.lines.append(_L("p", fields[k]))
                            self.brk()
                        continue
                    self.brk()
                    if part.name == "dt":
                        text = _inline(part)
                        if text:
                            self.lines.append(_L("h", text, 2))
                    else:
                        self.walk(part)
                    self.brk()
            elif name == "dl":
                self.brk()
                self.definitions(child)
                self.brk()
            elif name == "p" and id(child) in self.titled:
                # "<p><strong>Title</strong><br><em>Godkendt.</em></p>": the item's heading
                # and its outcome, written in italics with no label (the decision's line)
                # (the outcome goes after the item's text: notes under it are the case's,
                # "Sagsnr. 22/4106. …", not the decision's)
                bold, outcome = _title_and_outcome(child)
                self.emit_pending()
                self.brk()
                self.lines.append(_L("h", bold, 3))
                self.brk()
                labelled = outcome if _LABELLED.match(outcome) else f"Beslutning: {outcome}"
                self.pending = (id(node), labelled)
            elif name == "pre":
                self.brk()
                for part in child.get_text().split("\n"):
                    if part.strip():
                        self.lines.append(_L("p", _collapse(part)))
                self.brk()
            elif name in _BLOCKS and (label := _glued_label(child)) is not None:
                # "<div><span>Sted</span><span>Byrådssalen, …</span></div>": a print view's
                # field row, label and value glued by the markup (set apart by its style)
                self.brk()
                self.buf.append(f"{label}: ")
                self.walk(label_value_cell(child))
                self.brk()
            elif name == "div" and (parts := _span_row(child)):
                # "<div class="meta"><span>Social- og Sundhedsudvalget</span><span>Mandag
                # 01-10-2018 kl. 14.00</span><span>Mødelokale F.2.1</span>…": a meeting's
                # facts side by side, set apart by the style: one line each
                self.brk()
                for part in parts:
                    self.lines.append(_L("p", part))
                self.brk()
            elif name == "header" and (parts := _header_spans(child)):
                # '<article><header><span>Punkt 2 af 9</span><span>Åben</span></header>':
                # a card's head row of tags, each shown apart by the style: a line each
                self.brk()
                for part in parts:
                    self.lines.append(_L("p", part))
                self.brk()
            elif name in ("div", "section", "aside") and _unheaded_decision(child):
                # '<div class="decision-box"><p>Anbefalet.</p></div>' with no heading over
                # it: the box's class is the decision's label the page shows as a frame
                # ('<aside class="beslutning"><b>Beslutning</b>Godkendt.</aside>': the box's
                # own bold label, set on a line of its own by the style, is that heading)
                label = _box_label(child)
                self.brk()
                self.lines.append(_L("h", _inline(label) if label else "Beslutning", 3))
                self.brk()
                if label is not None:
                    label.extract()
                self.walk(child)
                self.brk()
            elif name in _BLOCKS or name == "table":
                self.brk()
                self.walk(child)
                self.brk()
            else:
                self.walk(child)

    def list(self, el, depth: int) -> None:
        ordered = el.name == "ol"
        # "<ol style="list-style:none">": the browser shows no counter, so an item that
        # writes its own number ("<li><b>3. Title</b> — Godkendt</li>") is that number alone
        unmarked = ordered and _NO_MARKER.search(str(el.get("style", ""))) is not None
        n = _int_attr(el, "start", 1)
        kind = str(el.get("type", "1"))
        ticked = _ticked_options(el)
        # whether the list is an agenda of section items (found when first asked)
        agenda: bool | None = None
        for child in el.children:
            name = getattr(child, "name", None)
            if ticked is not None and name == "li":
                # a list of check boxes with one ticked (a form's outcome options): the
                # ticked option's words are the outcome, the options left empty go
                if id(child) in ticked and (text := _inline(child)):
                    self.lines.append(_L("p", text))
                continue
            if name in ("ul", "ol"):  # a list nested without its <li>
                self.list(child, depth + 1)
                continue
            if name != "li" or _is_chrome(child):
                continue
            if child.get("value") is not None:
                n = _int_attr(child, "value", n)
            section = _is_section_item(child)
            if not section and _headed_item(child):
                # a closed item in an agenda of section items, its heading alone with no
                # text to unfold, is an item all the same (see :func:`_headed_item`)
                if agenda is None:
                    agenda = any(
                        getattr(c, "name", None) == "li" and _is_section_item(c)
                        for c in el.children
                    )
                section = agenda
            if section:
                # an agenda point as a list item ("<li><span>67.</span> <h2>Title</h2>
                # <div><h3>Beslutning</h3><p>…</p></div></li>"): its headings and paragraphs
                # are lines of their own, as in a <div>; the list's counter is the number
                # only when the item shows none of its own
                self.brk()
                if ordered and not (
                    _own_number(_inline(child), n)
                    # the number in an element of its own ("<span>1</span><span>Title")
                    or _own_number(child.get_text(" ", strip=True), n)
                ):
                    self.lines.append(_L("p", _ol_marker(n, kind)))
                self.walk(child)
                self.brk()
                n += 1
                continue
            text = _inline(child, frozenset({"ul", "ol"}))
            if text and child.get("data-decision-state") is not None:
                # '<ul class="decision-list"><li data-decision-state="DECIDED">✔ Godkendt.'
                # (a wiki's decision macro, Confluence's): the item's decision, its tick
                # no part of the words, read as a labelled decision is
                self.lines.append(_L("p", "Beslutning: " + text.lstrip("✔✓☑✅\ufe0f ")))
                n += 1
                continue
            rest: list[str] = []
            if text and (child.find("p", recursive=False) is not None or _bold_led(child)):
                # an item of paragraphs (a OneNote page's agenda: "<p><b>3. Title</b> (13.15-14.00)
                # <br>Sagsnr. …</p><p>Formål: …</p>"): its lines stay lines under the point
                parts: list[str] = []
                _strings(child, parts, frozenset({"ul", "ol"}), br=_BR, block=_BR)
                lines = [_collapse(t) for t in "".join(parts).split(_BR) if _collapse(t)]
                if len(lines) > 1:
                    text, rest = lines[0], lines[1:]
            if text:
                marker = _ol_marker(n, kind) if ordered else "-"
                if unmarked and _LEADING_NUMBER.match(text):
                    self.lines.append(_L("p", text))
                else:
                    self.lines.append(_L("li", text, depth, marker))
                self.lines.extend(_L("p", line) for line in rest)
            n += 1
            for sub in child.find_all(["ul", "ol"]):
                if sub.find_parent(["ul", "ol"]) is el:  # not inside a deeper list
                    self.list(sub, depth + 1)

    def table(self, el) -> None:
        caption = el.find("caption", recursive=False)
        if caption is not None and _inline(caption):
            self.lines.append(_L("p", _inline(caption)))
        grid = _grid(el)
        # an agenda as one table, a row per item, or a row per field under each item's row
        items = item_rows(grid) or field_row_items(grid)
        if items is not None:
            self.lines.extend(_L("p", line) if line else _L("brk") for line in items)
            return
        trs = [tr for tr in el.find_all("tr") if tr.find_parent("table") is el]
        for tr, row in zip((tr for tr in trs if not _is_chrome(tr)), grid, strict=False):
            # "Beslutning | For stemte: …<br>Imod stemte: …": a field's lines stay lines
            lines = label_row_lines(row)
            if lines is not None:
                self.lines.append(_L("row", lines[0]))
                self.lines.extend(_L("p", line) for line in lines[1:])
                continue
            if (
                len(row) == 2
                and not row[0]
                and len(row[1]) > 1
                and (_paragraphed(tr) or _fact_lines(row[1]))
            ):
                # "<tr><td></td><td><p><b>Beslutning:</b><br>For stemte: …<br>…</p>": an
                # item's text in paragraphs in the cell beside the number's column left
                # empty, its lines lines of their own (as in one cell across the row, below)
                self.lines.extend(_L("p", line) for line in row[1])
                continue
            if (
                len(row) == 2
                and len(row[0]) == 1
                and len(row[1]) > 2
                and len(tr.find_all(["td", "th"], recursive=False)) == 2
                and (
                    (_BARE_NUMBER.match(row[0][0]) and _paragraphed(tr))
                    or (
                        _WORDED_NUMBER.match(row[0][0])
                        and any(_DECISION_LABEL_LINE.match(t) for t in row[1][1:])
                    )
                )
            ):
                # "<td>4</td><td><b>Title</b><br><br><b>Sagsresumé</b><br>Text …": an item's
                # number in a cell of its own beside its title over the case's text in
                # paragraphs: the number and the title a row, each further paragraph a line
                # of its own (run together, the title swallowed the headings and the text);
                # so too "<td>Pkt. 3a</td><td><b>Title</b><br>Text …<br><u>Bestyrelsens
                # beslutning:</u><br>Godkendt.", its number worded, its lines parted by one
                # ``<br>`` each where a decision's label stands alone on one of them
                self.lines.append(_L("row", f"{row[0][0]}\t{row[1][0]}"))
                self.lines.extend(_L("p", line) for line in row[1][1:])
                continue
            if len(row) == 1 and len(row[0]) > 1:
                # "<tr><td colspan="3"><p><b>Beslutning …</b></p><p>Godkendt.</p>": an item's
                # text in one cell under its number and title row, its paragraphs lines of
                # their own (run together, the label and the outcome were one sentence)
                self.lines.extend(_L("p", line) for line in row[0])
                continue
            cells = [
                _cell_inline(c).replace("\t", " ")
                for c in tr.find_all(["td", "th"], recursive=False)
                if not _is_chrome(c)
            ]
            line = "\t".join(cells).rstrip("\t")
            if line.strip():
                self.lines.append(_L("row", line))

    def definitions(self, el) -> None:
        term: str | None = None
        values: list[str] = []

        def emit() -> None:
            if term is None and not values:
                return
            if term is None:
                self.lines.extend(_L("p", v) for v in values)
            elif not values:
                self.lines.append(_L("p", term))
            else:
                sep = " " if term.endswith(":") else ": "
                self.lines.append(_L("p", f"{term}{sep}{', '.join(values)}"))

        for child in el.find_all(["dt", "dd"]):
            if child.find_parent("dl") is not el:
                continue
            text = _inline(child)
            if child.name == "dt":
                emit()
                term, values = text, []
            elif text:
                values.append(text)
        emit()


_CARD_PARTS = frozenset({"div", "p", "header", "span", "strong", "b"})
#: A class naming the title part of a card or panel ("agenda-card__head", "card-header",
#: "panel-title", "punkt__overskrift") and the part under it ("agenda-card__body",
#: "card-body", "panel-content", "punkt__indhold").
_CARD_HEAD_CLASS = re.compile(r"(?:^|[-_])(?:head|header|heading|title|titel|overskrift)$", re.I)
_CARD_BODY_CLASS = re.compile(
    r"(?:^|[-_])(?:body|content|text|details?|fields|indhold|tekst|felter)$", re.I
)


def _disclosure_label(summary) -> bool:
    """Whether a ``<summary>`` labels what its ``<details>`` folds ("<details><summary>Høring:
    Title</summary><div>…</div></details>", a page's items as disclosures): the item's
    title, a heading, so a title that opens with a section's word ("Høring: …") is not
    taken for that section. A disclosure with nothing under its label is no item."""
    details = summary.parent
    if details is None or details.name != "details":
        return False
    for child in details.children:
        if child is summary:
            continue
        if child.name is not None or (_is_text(child) and str(child).strip()):
            return True
    return False


def _classes(tag) -> list[str]:
    classes = (tag.attrs or {}).get("class") or []
    return classes.split() if isinstance(classes, str) else list(classes)


def _card_head(tag) -> bool:
    """Whether ``tag`` is the title of a card: its class names a card's head, it holds a
    short line of text and no blocks, and the element after it is the card's body (by its
    class, or a definition list or table of the item's fields). Sites that set each agenda
    point as such a card write no heading element and no number."""
    if not any(_CARD_HEAD_CLASS.search(c) for c in _classes(tag)):
        return False
    body = tag.find_next_sibling(True)
    if body is None or not (
        body.name in ("dl", "table") or any(_CARD_BODY_CLASS.search(c) for c in _classes(body))
    ):
        return False
    if tag.find(["p", "div", "ul", "ol", "table", "dl", *_HEADINGS]) is not None:
        return False
    text = tag.get_text(" ", strip=True)
    return 0 < len(text) <= 200 and bool(body.get_text(strip=True))


#: The point's own number leading its text ("67. Title", "Pkt. 4 Title"; not "2025 budget").
_LEADING_NUMBER = re.compile(r"(?:(?:pkt|punkt)\.?\s*\d{1,3}\b|\d{1,3}\s*[.):](?:\s|$))", re.I)


def _own_number(text: str, n: int) -> bool:
    """Whether a list item's text opens with its own number: "3. Title", "Pkt. 3", or the
    counter's number bare before the title ("<li><h2><span class=sr-only>Punkt</span> 3
    Title</h2>", the list's markers hidden by the site's stylesheet): the list's counter is
    then no line of its own."""
    if _LEADING_NUMBER.match(text):
        return True
    number = str(n)
    return text.startswith(number) and text[len(number) : len(number) + 1] == " "


_SECTION_BLOCKS = ["p", "div", "dl", "table", "section", "article"]


def _case_fields(parts: list) -> dict[int, str]:
    """In a ``<dl>`` of an item's sections, the ``<dt>`` / ``<dd>`` pairs that are the
    case's field ("<dt>Sagsnr.</dt><dd>25/1187</dd>", the page's fields among the item's
    headed sections): both places mapped to the field written "Sagsnr.: 25/1187"."""
    from analysis.parse import match_case_number  # (the item grammar's case numbers)

    out: dict[int, str] = {}
    for k in range(len(parts) - 1):
        dt, dd = parts[k], parts[k + 1]
        if dt.name != "dt" or dd.name != "dd" or dd.find(_SECTION_BLOCKS + ["ul", "ol"]):
            continue
        term = _inline(dt).rstrip(":").strip()
        if len(term) > 20 or term[:1].lower() not in "sjk":  # Sagsnr., Journalnr., KLE
            continue
        field = f"{term}: {_inline(dd)}"
        if match_case_number(field):
            out[k] = out[k + 1] = field
    return out


def _sectioned(dl) -> bool:
    """Whether ``dl`` is an accordion of items, not a list of terms: two or more of its
    ``<dd>`` hold blocks of their own (a section heading, paragraphs, a list), the item's
    text under the ``<dt>`` that titles it."""
    blocks = 0
    for dd in dl.find_all("dd"):
        if dd.find_parent("dl") is dl and dd.find(["h2", "h3", "h4", "h5", "p", "ul", "div"]):
            blocks += 1
            if blocks >= 2:
                return True
    return False


def _bold_led(li) -> bool:
    """Whether ``li`` opens with a bold run and a line break, text after it (a blog's
    minutes as a list: "<li><strong>Title</strong><br>Text …<br><em>Aftale: …</em></li>"):
    the bold run is the point's title, the lines under it its text."""
    first = next((c for c in li.children if not (_is_text(c) and not str(c).strip())), None)
    if getattr(first, "name", None) not in ("strong", "b") or not first.get_text(strip=True):
        return False
    after = first.find_next_sibling()
    return getattr(after, "name", None) == "br" and any(
        (str(s) if _is_text(s) else s.get_text()).strip()
        for s in after.next_siblings
        if _is_text(s) or getattr(s, "name", None)
    )


#: A block's class or id naming the decision ("decision-box", "beslutning", "konklusion").
_DECISION_NAME = re.compile(
    r"(?:^|[\s_-])(?:decision|beslutning|konklusion|afg(?:oe|ø)relse)", re.I
)


def _unheaded_decision(tag) -> bool:
    """Whether ``tag`` is a box holding an item's decision by its class alone ('<div
    class="decision-box"><p>Udsat.</p></div>'): no heading inside it or right before it,
    no label of its own ("Beslutning: …"), and some words."""
    attrs = tag.attrs or {}
    named = " ".join([str(attrs.get("id") or ""), *_classes(tag)])
    if len(named) < 6 or _DECISION_NAME.search(named) is None:
        return False
    if tag.find(list(_HEADINGS)) is not None or tag.find(["table", "ul", "ol", "dl"]) is not None:
        return False
    before = tag.find_previous_sibling(True)
    if before is not None and (before.name in _HEADINGS or before.name in ("dt", "strong", "b")):
        return False
    if (
        before is not None
        and len(label := _collapse(before.get_text())) <= 30
        and _DECISION_NAME.search(label.rstrip(":").lower()) is not None
    ):
        return False  # '<p><b>Beslutning</b></p><div class="beslutning">…': labelled
    text = _collapse(tag.get_text(" "))
    return bool(text) and _LABELLED.match(text) is None and len(text) <= 2000


def _box_label(box):
    """The bold run opening a decision's box that labels it, with no colon ('<aside
    class="beslutning"><b>Beslutning</b>Godkendt.</aside>', the style setting the label
    on a line of its own over the outcome): a short run whose words name the decision
    ("Beslutning", "Udvalgets beslutning"), followed by the outcome's words; else None."""
    kids = [k for k in box.children if not (_is_text(k) and not str(k).strip())]
    if len(kids) < 2 or getattr(kids[0], "name", None) not in ("b", "strong"):
        return None
    label = _inline(kids[0])
    if not label or len(label) > 30 or _DECISION_NAME.search(label.lower()) is None:
        return None
    return kids[0]


#: The label of a fold holding the meeting's member lists, often with their counts
#: ("<details><summary>Medlemmer (4) · Afbud (1)</summary><p>Medlemmer: …</p>…").
_MEMBERS_FOLD = re.compile(
    r"^(?:deltagere|mødedeltagere|medlemmer|fremmødte|til stede|fraværende|afbud)\b", re.I
)


def _members_fold(summary) -> bool:
    """Whether a ``<summary>`` is the label of a fold of the meeting's member lists (the
    head's "Medlemmer (4) · Afbud (1)" over the lists "Medlemmer: …", "Afbud: …"): no
    item's title; the lists under it say who, and the header reads them."""
    text = _inline(summary)
    if len(text) > 80 or _MEMBERS_FOLD.match(text) is None:
        return False
    details = summary.parent
    if details is None or details.name != "details":
        return False
    under = _collapse(details.get_text(" "))[len(text) :].lstrip()
    return _MEMBERS_FOLD.match(under) is not None


#: "Beslutning: …", "Aftale: …": a line opening with its own label.
_LABELLED = re.compile(r"^[\wæøåÆØÅ /.-]{2,30}:\s")


def _title_and_outcome(p) -> tuple[str, str] | None:
    """(title, outcome) of a paragraph that is a bold run, a line break and an italic run,
    nothing else ("<p><strong>Title</strong><br><em>Godkendt.</em></p>"), else None. A
    bold run ending in a colon is a label, no title."""
    parts = [c for c in p.children if not (_is_text(c) and not str(c).strip())]
    if len(parts) != 3 or [getattr(c, "name", None) for c in parts[1:2]] != ["br"]:
        return None
    bold, _, italic = parts
    if getattr(bold, "name", None) not in ("strong", "b") or getattr(italic, "name", None) not in (
        "em",
        "i",
    ):
        return None
    title, outcome = _inline(bold), _inline(italic)
    if not title or not outcome or title.endswith(":") or len(title) > 150:
        return None
    return title, outcome


def _numbered_bold_lead(p) -> bool:
    """Whether paragraph ``p`` opens with a bold run that starts with a number ("<p><strong>4.
    Title</strong><br>…"): an item's heading."""
    first = next((c for c in p.children if not (_is_text(c) and not str(c).strip())), None)
    return getattr(first, "name", None) in ("strong", "b") and _inline(first)[:1].isdigit()


#: "<em>", "<i class=…>": an italic run's tag (the cheap test before reading the page's
#: paragraphs for italic outcomes).
_ITALIC_TAG = re.compile(r"<(?:em|i)\b", re.IGNORECASE)


def _italic_outcome(p) -> object | None:
    """The italic run of paragraph ``p`` that opens its last line (after a line break, or
    the paragraph's start), a sentence with no label of its own ("…<br><em>Bo blev
    valgt.</em></p>"), else None."""
    parts = [c for c in p.children if not (_is_text(c) and not str(c).strip())]
    for k in range(len(parts) - 1, -1, -1):
        name = getattr(parts[k], "name", None)
        if name == "br":
            return None
        if name in ("em", "i"):
            if k and getattr(parts[k - 1], "name", None) != "br":
                return None
            text = _inline(parts[k])
            if text[-1:] in ".!" and _LABELLED.match(text) is None:
                return parts[k]
            return None
    return None


def _italic_outcomes(root, titled: frozenset[int]) -> frozenset[int]:
    """ids of the italic runs that state items' outcomes without a label: the last line of
    a numbered item's paragraph ("<p><strong>4. Title</strong><br>…<br><em>Bo blev
    valgt.</em></p>"), on a page where two or more numbered items close so (a parish's
    web page writes every decision in italics); then also such a run opening a paragraph
    of its own under an item's table."""
    found = [
        (p, run)
        for p in root.find_all("p")
        if id(p) not in titled and (run := _italic_outcome(p)) is not None
    ]
    if sum(1 for p, _ in found if _numbered_bold_lead(p)) < 2:
        return frozenset()
    return frozenset(id(run) for _, run in found)


def _titled_outcomes(root) -> frozenset[int]:
    """ids of the paragraphs that open unnumbered items with their outcome in italics
    under the bold title (an intranet page's notes of an internal forum): two or more of
    them on the page, else none (a single one may be any emphasised remark)."""
    found = [p for p in root.find_all("p") if _title_and_outcome(p) is not None]
    return frozenset(id(p) for p in found) if len(found) >= 2 else frozenset()


def _is_section_item(li) -> bool:
    """Whether ``li`` is a section, not a bullet: a heading of its own (not in a deeper
    list) and text under it, a second heading or a block beside it. A list of headings
    alone (a contents list of linked titles) stays a list."""
    own = [h for h in li.find_all(list(_HEADINGS)) if h.find_parent(["li", "ul", "ol"]) is li]
    if not own:
        # (an accordion's toggle link over its panel heads the item as a heading would)
        own = [a for a in li.find_all("a", recursive=False) if _toggle_link(a)]
    if not own and (fold := li.find("details", recursive=False)) is not None:
        # a toggle block ("<li><details><summary>01 — Title</summary><p>…</p>", a wiki's
        # page exported with its items folded): the fold's label heads what it folds
        label = fold.find("summary", recursive=False)
        return label is not None and _disclosure_label(label)
    if len(own) != 1:
        return len(own) > 1
    around = {id(a) for a in own[0].parents}
    return any(
        id(b) not in around and b.find_parent(["li", "ul", "ol"]) is li and b.get_text(strip=True)
        for b in li.find_all(_SECTION_BLOCKS)
    )


def _headed_item(li) -> bool:
    """Whether ``li`` holds an item's heading of its own: a heading element or a fold's
    toggle naming an item ("<li class="closed"><button aria-expanded disabled><span>8</span>
    <span>Title</span><span>Lukket punkt</span></button></li>"). In a list of section items
    (:func:`_is_section_item`) such an item is one too: a closed item shows its heading
    alone, with no text to unfold."""
    if any(h.find_parent(["li", "ul", "ol"]) is li for h in li.find_all(list(_HEADINGS))):
        return True
    return any(
        (t.name == "button" and _item_toggle(t)) or (t.name == "a" and _toggle_link(t))
        for t in li.find_all(["button", "a"])
        if t.find_parent(["li", "ul", "ol"]) is li
    )


def _grid(table) -> list[list[list[str]]]:
    """A data table's rows of cells, each cell the lines its ``<br>``/blocks make; a cell
    spanning rows (``rowspan``) stands in each row it spans (see :func:`_spanned`)."""
    out: list[list[list[str]]] = []
    spans: dict[int, list] = {}  # column -> [rows still spanned, the cell's lines]
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table or _is_chrome(tr):
            continue
        cells = []
        column = 0  # (counted as the grid's columns: a colspan takes several)
        for cell in tr.find_all(["td", "th"], recursive=False):
            if spans:
                column = _spanned(spans, cells, column)
            parts: list[str] = []
            # a cell's paragraphs are lines of their own ("Konklusion: …" under the notes)
            _strings(cell, parts, br=_BR, block=_BR)
            cells.append([_collapse(t) for t in "".join(parts).split(_BR) if _collapse(t)])
            if cell.get("rowspan") is not None and _int_attr(cell, "rowspan", 1) > 1:
                spans[column] = [_int_attr(cell, "rowspan", 1) - 1, cells[-1]]
            column += max(_int_attr(cell, "colspan", 1), 1)
        if spans:
            _spanned(spans, cells, column, to_end=True)
        out.append(cells)
    return out


def _spanned(
    spans: dict[int, list], cells: list[list[str]], column: int, to_end: bool = False
) -> int:
    """``cells`` with the cells spanning down into this row from above put in where their
    column comes (a case number shared by two items, "<td rowspan=2>24/118</td>": each
    item's row holds it, as a reader of the table sees it), from ``column`` on (to the
    row's end where ``to_end``); the column after them."""
    while column in spans or (to_end and any(c >= column for c in spans)):
        if column in spans:
            left, lines = spans[column]
            cells.append(list(lines))
            if left > 1:
                spans[column][0] = left - 1
            else:
                del spans[column]
        column += 1
    return column


def _is_layout_table(table) -> bool:
    """A table used for page layout: its own cells hold headings, lists or tables. Lists
    or headings do not make it one where the table reads as an agenda's rows (``Pkt. | Sag |
    Sagsnr. | Beslutning`` with a decision cell's points as a bulleted list, or the case's
    sections under headings of their own in the title's cell), nor lists where it reads as
    an item's fields a row each (see :func:`field_row_items`)."""
    listed = headed = False
    for cell in table.find_all(["td", "th"]):
        if cell.find_parent("table") is not table:
            continue
        if cell.find(["table", "dl"]):
            return True
        headed = headed or cell.find(list(_HEADINGS)) is not None
        listed = listed or cell.find(["ul", "ol"]) is not None
    if not listed and not headed:
        return False
    grid = _grid(table)
    if item_rows(grid) is not None:
        # (an agenda's rows, "Pkt. | Sag | Udvalgets beslutning", the case's sections headed
        # "<h5>Sagsfremstilling</h5>" in the title's cell: the item's own headings)
        return False
    return headed or (not _field_table(grid) and field_row_items(grid) is None)


def _field_table(grid: list[list[list[str]]]) -> bool:
    """A template's table of an item's fields, a label and its value on each row
    ("Emne: | Title", "Indstilling: | At …<ul>…</ul>"): a list in a value cell is the
    field's points, not a layout's block (three such rows or more, every row so)."""
    rows = [row for row in grid if any(row)]
    return len(rows) >= 3 and all(
        len(row) == 2 and len(row[0]) == 1 and _field_label(row[0][0]) for row in rows
    )


def _field_label(text: str) -> bool:
    """A field table's label: a short one ("Sagsnr.", "Resumé"), or a decision's heading
    naming its body and date ("Beslutning i Økonomiudvalget den 02-09-2025", the
    label of the outcome's row, longer than any other field's)."""
    if label_cell(text):
        return True
    from analysis.parse import decision_heading  # (the item grammar's decision headings)

    return bool(text.strip()) and decision_heading(text.strip()) is not None


# --- step 2: minutes structure ----------------------------------------------------------

_TOC_HEAD = re.compile(r"^indholdsfortegnelse\s*:?$", re.I)
_NUMBERED = re.compile(
    # ("7 A Title", "7a. Title": an item inserted after 7, a supplementary agenda's, its
    # letter after the number; written "Punkt 7a:" as the item grammar reads it)
    r"^(?:Punkt\s+)?(?P<num>\d{1,3})(?:\s?(?P<letter>[a-h])(?=[\s.:]))?\s*[.:]\s+(?P<title>\S.*)$"
    r"|^(?:Punkt\s+)?(?P<lnum>\d{1,3})\s?(?P<lone>[a-h])\s+(?P<ltitle>[A-ZÆØÅ]\S*.*)$",
    re.I,
)
_PUNKT = re.compile(r"^Punkt\s+\d{1,3}\s*[:.]\s*\S", re.I)
_FIELD_KEYS = {
    "udvalg": "Udvalg",
    "dato": "Dato",
    "mødedato": "Mødedato",
    "tid": "Tid",
    "mødetidspunkt": "Mødetidspunkt",
    "tidspunkt": "Tid",
    "sted": "Sted",
    "mødested": "Mødested",
    "kommune": "Kommune",
}
_MEMBER_KEYS = {
    "indkaldelse": "invited",
    "indkaldte": "invited",
    "deltagere": "present",
    "mødedeltagere": "present",
    "stedfortræder": "present",
    "stedfortrædere": "present",
    "fraværende": "Fraværende",
    "afbud": "Afbud",
}
_LABEL = re.compile(r"^(?P<key>[^\W\d][\w ]{1,20}?)\s*:\s*(?P<value>.*)$")
_ONE_MEMBER = re.compile(r"^[^():,]{2,80}\([^()]{1,80}\)$")
_MEMBER = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<role>[^()]*)\)\s*[,;:–-]?\s*(?P<rest>.*)$")


def _label(line: _L) -> tuple[str, str] | None:
    """(key, inline value) when the line is a header label such as 'Dato:' or 'Udvalg: X'."""
    if line.kind not in ("h", "p", "row"):
        return None
    text = line.text
    if line.kind == "row" and "\t" in text:
        first, _, rest = text.partition("\t")
        text = f"{first.rstrip(':').strip()}: {_collapse(rest.replace(chr(9), ' '))}"
    bare = text.rstrip(":").strip().lower()
    if bare in _FIELD_KEYS or bare in _MEMBER_KEYS:
        return bare, ""
    m = _LABEL.match(text)
    if m and m.group("key").strip().lower() in (_FIELD_KEYS.keys() | _MEMBER_KEYS.keys()):
        return m.group("key").strip().lower(), m.group("value").strip()
    return None


@dataclass
class _Person:
    name: str
    role: str | None

    @property
    def key(self) -> str:
        return _collapse(self.name).casefold()

    def __str__(self) -> str:
        return f"{self.name} ({self.role})" if self.role else self.name


#: "Fraværende: Ingen" and the like: nobody, and nothing to keep.
_NOBODY = re.compile(r"^(?:ingen(?:\s+\w+)?|intet|-|–|—|alle(?:\s+\w+){0,4})$", re.I)


#: "fra punkt 2", "til og med pkt. 4", "under punkt 3-5", "fra kl. 17.30": the part of the
#: meeting a member was away for (or at), written after the name and party.
_PART_OF_MEETING = re.compile(
    r"(?:fra|til|under|efter|indtil|før)\s+(?:og\s+med\s+)?(?:punkt|pkt\.?)\s*\d{1,3}"
    r"(?:\s*[-–]\s*\d{1,3})?|(?:fra|til|indtil)\s+kl\.\s*\d{1,2}[.:]\d{2}",
    re.I,
)
_NAME_PARTICLES = {"af", "von", "van", "de", "la", "le", "du", "der", "den", "da", "di"}


def _looks_like_name(text: str) -> bool:
    """A person's name: one to five capitalised words (particles aside), no punctuation."""
    words = text.split()
    return (
        0 < len(words) <= 5
        and not re.search(r"[.!?:;]", text)
        and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)
    )


def _people(texts: list[str], one_per_line: bool) -> tuple[list[_Person], list[str]]:
    """Member texts -> (people, texts that are not names and stay as text lines)."""
    from analysis.parse import parse_participants

    out: list[_Person] = []
    prose: list[str] = []
    for raw in texts:
        text = raw.strip().rstrip(".;").strip()
        if not text or _NOBODY.match(text):
            continue
        m = _MEMBER.match(text)
        if one_per_line and m and text.count("(") == 1:
            role = m.group("role").strip() or None
            rest = m.group("rest").strip().strip(",").strip()
            if rest:  # "Name (A), formand": the title is kept after the party letter
                role = f"{role}, {rest}" if role else rest
            out.append(_Person(m.group("name").strip(), role))
            continue
        if m and text.count("(") == 1 and _PART_OF_MEETING.fullmatch(m.group("rest").strip()):
            # "Poul Krogh (V) fra punkt 2": away (or there) for part of the meeting,
            # the items or the hour named after the party; the person, the part aside
            out.append(_Person(m.group("name").strip(), m.group("role").strip() or None))
            continue
        found = [_Person(p.name, p.role) for p in parse_participants(text)]
        if found and all(p.role or _looks_like_name(p.name) for p in found):
            out.extend(found)
        else:
            prose.append(raw.strip())
    return [p for p in out if p.name], prose


def _without_substitutes(texts: list[str], people: dict[str, list[_Person]]) -> list[str]:
    """An absence list's texts without the substitute called in ("Susanne Eilersen (C),
    stedfortræder Jesper Bjerre indkaldt."): the substitute attends, listed among the
    present (as the text parser's header reads the field, see layouts/substitutes.py)."""
    from analysis.layouts.substitutes import called_in

    out: list[str] = []
    for text in texts:
        called = called_in(text)
        if called is None:
            out.append(text)
            continue
        for name in re.split(r"\s*,\s*|\s+og\s+", called.group("names").strip().rstrip(".")):
            m = _MEMBER.match(name)
            party = m.group("role").strip() if m else ""
            who = m.group("name").strip() if m else name.strip()
            role = ", ".join(filter(None, ("Suppleant", party)))
            people.setdefault("present", []).append(_Person(who, role))
        out.append(text[: called.start()])
    return out


def _member_lines(people: dict[str, list[_Person]]) -> list[str]:
    """Indkaldelse / Deltagere / Fraværende / Afbud lists -> the parser's header lines."""
    invited = people.get("invited", [])
    present_list = people.get("present", [])
    absent: list[tuple[str, _Person]] = [
        (key, p) for key in ("Fraværende", "Afbud") for p in people.get(key, [])
    ]
    absent_keys = {p.key for _, p in absent}
    roles = {p.key: p.role for p in invited if p.role}
    invited_keys = {p.key for p in invited}
    present_keys = {p.key for p in present_list}
    if invited and present_keys & invited_keys:
        # "Deltagere" tells who came: summoned members missing from it were absent.
        attending = [
            _Person(p.name, p.role or roles.get(p.key))
            for p in present_list
            if p.key not in absent_keys
        ]
        absent += [
            ("Fraværende", p)
            for p in invited
            if p.key not in present_keys and p.key not in absent_keys
        ]
    else:
        attending = [p for p in invited if p.key not in absent_keys] + [
            p for p in present_list if p.key not in invited_keys and p.key not in absent_keys
        ]
    out = []
    if attending:
        out.append("Mødedeltagere " + ", ".join(str(p) for p in attending))
    for key in ("Fraværende", "Afbud"):
        names = [p.name for k, p in absent if k == key]
        if names:
            out.append(f"{key} " + ", ".join(names))
    return out


def _known_heading(text: str) -> bool:
    return text.rstrip(":").strip().lower() in SECTION_HEADINGS


def _format(line: _L) -> str:
    if line.kind == "li":
        return "  " * line.level + f"{line.marker} {line.text}"
    return line.text


#: "Punkt 3 af 7 Title", "Pkt. 3 af 7: Title": an item's heading with the page's count of
#: items after its number (a portal's fold of each item, "<summary><span>Punkt 3 af 7</span>
#: <span>Title</span></summary>").
_COUNTED = re.compile(
    r"^(?:Punkt|Pkt\.)\s*(?P<num>\d{1,3})\s+af\s+(?P<of>\d{1,3})\s*[:.–-]?\s+(?P<title>\S.*)$", re.I
)


def _counted_items(lines: list[_L]) -> None:
    """Rewrite the headings "Punkt 3 af 7 Title" as "Punkt 3: Title" where every such
    heading counts the same number of items, its own number no higher: the count is the
    page's furniture, not the title's first words (read as it stood, the number "7" was
    taken for the item's and the titles shifted a place)."""
    found = [
        (ln, m)
        for ln in lines
        if ln.kind == "h" and ln.text[:1] in "Pp" and (m := _COUNTED.match(ln.text)) is not None
    ]
    if not found or len({m["of"] for _, m in found}) != 1:
        return
    if any(int(m["num"]) > int(m["of"]) for _, m in found):
        return
    for ln, m in found:
        ln.text = f"Punkt {int(m['num'])}: {m['title']}"


def structured(lines: list[_L]) -> tuple[str, bool]:
    """Laid-out lines -> the parser's plain-text form (see the module docstring), and
    whether numbered web headings were rewritten as ``Punkt N:`` items."""
    _counted_items(lines)
    toc_at = next(
        (i for i, ln in enumerate(lines) if ln.kind in ("h", "p") and _TOC_HEAD.match(ln.text)),
        None,
    )
    start = toc_at + 1 if toc_at is not None else 0
    numbered = [
        i
        for i in range(start, len(lines))
        if lines[i].kind == "h" and _NUMBERED.match(lines[i].text) and not _is_date(lines[i].text)
    ]
    item_level = lines[numbered[0]].level if numbered else None
    items = {i for i in numbered if lines[i].level == item_level}
    items |= {
        i for i, ln in enumerate(lines) if ln.kind == "h" and _PUNKT.match(ln.text) and i >= start
    }
    plain_items = [i for i, ln in enumerate(lines) if ln.kind == "p" and _PUNKT.match(ln.text)]
    if not items and not plain_items:
        # No item headings this reader knows: the page's text as it stands, for the
        # layouts (analysis.layouts) to recognise. Restructuring a header that never ends
        # would read a decision's "Fraværende:" and the lines after it as a member list.
        return _tidy(
            [
                "" if ln.kind == "brk" else f"## {ln.text}" if ln.kind == "h" else _format(ln)
                for ln in lines
            ]
        ), False
    first_item = min([*items, *plain_items], default=len(lines))

    out: list[str] = []
    # Header: fields, member lists, table of contents.
    people: dict[str, list[_Person]] = {}
    members_at: int | None = None
    in_toc = False
    i = 0
    header = lines[:first_item]
    while i < len(header):
        ln = header[i]
        if ln.kind == "brk":
            out.append("")
            i += 1
            continue
        if ln.kind in ("h", "p") and _TOC_HEAD.match(ln.text):
            out.append("Indholdsfortegnelse")
            in_toc = True
            i += 1
            continue
        if in_toc and ln.kind == "h":
            in_toc = False
        if in_toc:
            out.append(_toc_line(ln))
            i += 1
            continue
        label = _label(ln)
        if label and label[0] in _MEMBER_KEYS:
            key, value = label
            texts, j, one_per_line = _collect_members(header, i + 1, value)
            if _MEMBER_KEYS[key] in ("Fraværende", "Afbud"):
                texts = _without_substitutes(texts, people)
            found, prose = _people(texts, one_per_line)
            people.setdefault(_MEMBER_KEYS[key], []).extend(found)
            if members_at is None:
                members_at = len(out)
                out.append("")  # placeholder, filled in below
            if prose:
                # "Deltagere: Alle medlemmer var til stede." is no list of names: kept as
                # text (the parser reports it as unplaced) rather than made a participant.
                out.extend(["", key.capitalize(), *prose])
            i = j
            continue
        if label and label[0] in _FIELD_KEYS:
            key, value = label
            j = i + 1
            if not value:  # label above its value: take the next text line
                k = j
                while k < len(header) and header[k].kind == "brk":
                    k += 1
                if k < len(header) and header[k].kind in ("p", "row") and not _label(header[k]):
                    value, j = _collapse(header[k].text.replace("\t", " ")), k + 1
            if value:
                out.append(f"{_FIELD_KEYS[key]}: {value}")
                i = j
                continue
        if ln.kind == "h":
            out.append(f"## {ln.text}")
        else:
            out.append(_format(ln))
        i += 1
    if members_at is not None:
        out[members_at : members_at + 1] = _member_lines(people) or [""]

    # Items.
    rewritten = False
    for idx in range(first_item, len(lines)):
        ln = lines[idx]
        if ln.kind == "brk":
            out.append("")
        elif ln.kind == "h":
            m = _NUMBERED.match(ln.text)
            if idx in items and m:
                num, letter, title = (
                    (m.group("num"), m.group("letter"), m.group("title"))
                    if m.group("num")
                    else (m.group("lnum"), m.group("lone"), m.group("ltitle"))
                )
                number = f"{int(num)}{(letter or '').lower()}"
                out.append(f"Punkt {number}: {title.strip()}")
                rewritten = rewritten or not _PUNKT.match(ln.text)
            elif _known_heading(ln.text):
                out.append(ln.text)
            else:
                out.append(f"## {ln.text}")
        else:
            out.append(_format(ln))
    return _tidy(out), rewritten


def _is_date(text: str) -> bool:
    """A heading that is a date ("02. sep 2020"), not a numbered item."""
    from analysis.dates import find_date

    found = find_date(text)
    return found is not None and found.start == 0


def _collect_members(lines: list[_L], j: int, value: str) -> tuple[list[str], int, bool]:
    """Member texts after a label (inline value, a list, or text lines); next index."""
    if value:
        return [value], j, False
    k = j
    while k < len(lines) and lines[k].kind == "brk":
        k += 1
    texts: list[str] = []
    if k < len(lines) and lines[k].kind == "li":
        while k < len(lines) and lines[k].kind == "li":
            texts.append(lines[k].text)
            k += 1
        return texts, k, True
    while k < len(lines) and lines[k].kind in ("p", "row") and not _label(lines[k]):
        if _TOC_HEAD.match(lines[k].text):
            break
        texts.append(lines[k].text.replace("\t", " "))
        k += 1
    # One paragraph per member: keep taking lines shaped like "Name (A)".
    while True:
        m = k
        while m < len(lines) and lines[m].kind == "brk":
            m += 1
        if m < len(lines) and lines[m].kind == "p" and _ONE_MEMBER.match(lines[m].text):
            texts.append(lines[m].text)
            k = m + 1
        else:
            break
    return texts, k, all(_ONE_MEMBER.match(t) for t in texts) and len(texts) > 1


def _toc_line(line: _L) -> str:
    """A TOC entry "5. title" -> "title.....\\t5" (the item number in the page column)."""
    text = line.text
    cells = text.split("\t")
    number = re.match(r"^(?:Punkt\s+)?(\d{1,3})\s*[.:]?$", cells[0].strip(), re.I)
    if line.kind == "row" and number and len(cells) > 1 and cells[1].strip():
        return f"{cells[1].strip()}.....\t{int(number.group(1))}"  # | 5. | title | (page) |
    if line.kind == "row" or "\t" in text or re.search(r"(?:\.{3,}|…)\s*\d{1,4}$", text):
        return text
    m = _NUMBERED.match(text)
    if m and m.group("num"):
        return f"{m.group('title').strip()}.....\t{int(m.group('num'))}"
    if line.kind == "li" and re.match(r"^\d{1,3}\.$", line.marker):
        return f"{text}.....\t{line.marker[:-1]}"
    return text


def _tidy(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
        else:
            out.append(line.rstrip())
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n" if out else ""


# --- entry point ------------------------------------------------------------------------


def html_to_text(markup: str) -> str:
    """The text of a decoded web page in the parser's plain-text form."""
    return _page_text(markup)[0]


_FOLD_CLASS = re.compile(r"accordion|collaps|fold|expand", re.I)


def _unfold(soup, links: bool = True) -> None:
    """Show the folded parts of a page: an item's text in an accordion is hidden until a
    toggle (``aria-controls``) opens it, yet it is the minutes, not chrome; so is a tab's
    panel (``role="tabpanel"``: "Sagsfremstilling | Beslutning | Bilag", one shown at a
    time). ``links``: whether the page may hold a link that folds a panel (see below)."""
    targets = {str(t.get("aria-controls")) for t in soup.find_all(attrs={"aria-controls": True})}
    if links:
        # ('<a href="#item-7" aria-expanded="false">7. Title</a><div id="item-7" hidden>': a
        # link folding the panel it points to, the item's text, as aria-controls names it)
        targets |= {
            str(t.get("href"))[1:]
            for t in soup.find_all("a", attrs={"aria-expanded": True})
            if str(t.get("href", "")).startswith("#")
        }
    for tag in soup.find_all(attrs={"hidden": True}):
        classes = " ".join(tag.get("class") or [])
        if (
            str(tag.get("id")) in targets
            or _FOLD_CLASS.search(classes)
            or str(tag.get("role", "")).lower() == "tabpanel"
            or _toggled(tag)
        ):
            del tag["hidden"]
            tag.attrs.pop("aria-hidden", None)


#: An attribute holding an item's case number on the element that wraps the item
#: ("data-case", "data-sagsnr", "data-case-number", "data-journalnr"; not an internal
#: "data-id" or "data-case-id").
_CASE_ATTRIBUTE = re.compile(
    r"^data-(?:(?:case|sags?)(?:[-_]?(?:nr|no|number|nummer))?|(?:journal|j)[-_]?(?:nr|no|nummer))$"
)
#: The cheap test of the markup before :func:`_attribute_cases` looks at every element.
_CASE_ATTRIBUTE_MARKUP = re.compile(r"\sdata-(?:case|sag|journal|j)", re.I)


def _attribute_cases(soup) -> None:
    """Write an item's case number that the page keeps only in an attribute of the element
    wrapping the item ('<div class="fold" data-case="27.12.00-P21-4-25"><h2>1 Title</h2>
    …', '<li data-sagsnr="24-031877"><a aria-expanded …>1. Title</a>…') as the case's line
    under the item's heading, "Sagsnr.: …", as the pages that show it write it. Only a value
    the item grammar reads as a case number, only under a heading the item holds (its
    ``<h2>``, a disclosure's ``<summary>`` or a fold's toggle), and not where the item
    shows the number itself."""
    from analysis.parse import match_case_number  # (the item grammar's case numbers)

    for tag in soup.find_all(lambda t: any(_CASE_ATTRIBUTE.match(k) for k in t.attrs)):
        value = next(_collapse(str(v)) for k, v in tag.attrs.items() if _CASE_ATTRIBUTE.match(k))
        field = f"Sagsnr.: {value}"
        if not value or match_case_number(field) is None or value in tag.get_text(" "):
            continue
        head = tag if tag.name in _HEADINGS else tag.find(_item_head)
        if head is None:
            continue
        line = soup.new_tag("p")
        line.string = field
        head.insert_after(line)


def _item_head(tag) -> bool:
    """An element the layout reads as an item's heading: a heading element, a disclosure's
    label, or a fold's toggle naming an item (a button or a link)."""
    if tag.name in _HEADINGS or tag.name == "summary":
        return True
    return (tag.name == "button" and _item_toggle(tag)) or (tag.name == "a" and _toggle_link(tag))


def _toggled(panel) -> bool:
    """Whether ``panel`` follows a toggle naming an agenda item (``<button aria-expanded>``
    "§ 13 Title" right before it, no ``aria-controls``; or another element marked
    ``aria-expanded``, a clickable heading row): a disclosure's panel, the item's text."""
    toggle = panel.find_previous_sibling(True)
    return (
        toggle is not None
        # a button, or any element the page marks as a fold's toggle ('<div class="head"
        # tabindex="0" aria-expanded="false"><span>1</span><h2>Title</h2></div>')
        and (toggle.name == "button" or "aria-expanded" in (toggle.attrs or {}))
        and _item_toggle(toggle)
    )


def _inline_frames(soup) -> None:
    """Put the page an ``<iframe srcdoc="…">`` shows in the frame's place: a site that
    embeds the minutes as a page of their own inside its own page (the markup escaped in
    the attribute) shows them there, so they are the page's text. Frames inside such a
    page are read the same way, three levels at most; a frame that loads another address
    (``src``) holds nothing the saved page has."""
    from bs4 import BeautifulSoup

    for _ in range(3):
        frames = soup.find_all("iframe", srcdoc=True)
        if not frames:
            return
        for frame in frames:
            inner = BeautifulSoup(str(frame.get("srcdoc") or ""), "lxml")
            box = soup.new_tag("div")
            for child in list((inner.body or inner).children):
                box.append(child.extract())
            frame.replace_with(box)


def _danish_columns(soup) -> None:
    """A table printed in two languages side by side under a head row naming them
    ("Dansk | Svenska", "Dansk | English"): the other languages' cells left out, so each
    row reads as its Danish cell (``layouts.bilingual``)."""
    from analysis.layouts.bilingual import foreign_columns

    for table in soup.find_all("table"):
        first = table.find("tr")
        if first is None:
            continue
        heads = first.find_all(["td", "th"], recursive=False)
        drop = foreign_columns([c.get_text(" ", strip=True) for c in heads]) if heads else []
        if not drop:
            continue
        for tr in table.find_all("tr"):
            row = tr.find_all(["td", "th"], recursive=False)
            if tr.find_parent("table") is table and len(row) == len(heads):
                for i in drop:
                    row[i].decompose()


#: Text struck through in a page: ``<del>``, ``<s>``, ``<strike>`` or a line-through style.
_STRUCK_MARKUP = re.compile(r"<(?:del|s|strike)\b|line-through", re.I)
_LINE_THROUGH = re.compile(r"text-decoration(?:-line)?\s*:[^;\"]*line-through", re.I)


def _struck_off(soup) -> None:
    """Leave out the text a page strikes through: minutes corrected after the meeting
    and published with the corrections visible (``Sagsnr. <del>23/1102</del>
    <ins>23/1120</ins>``, ``<p><s>Udsat.</s></p><p>Godkendt.</p>``, a span styled
    ``text-decoration: line-through`` before the new words) show the old words struck,
    and they are no longer the minutes. A struck heading (a withdrawn item's title, kept
    on the agenda struck out) keeps its words, as it does in markdown."""
    struck = soup.find_all(["del", "s", "strike"]) + [
        t for t in soup.find_all(style=_LINE_THROUGH) if t.name not in _HEADINGS
    ]
    for tag in struck:
        if tag.find_parent(list(_HEADINGS)) is None and tag.find(list(_HEADINGS)) is None:
            tag.decompose()


#: "position:absolute" in a style: the cheap test before ``_positioned_order``.
_ABSOLUTE = re.compile(r"position\s*:\s*absolute", re.I)
#: "position:absolute;left:48px;top:292px": a block placed on the page by its offsets; the
#: top (and left) in px, pt, in, cm or mm.
_PLACED = re.compile(r"(?:^|;)\s*position\s*:\s*absolute\s*(?:;|$)", re.I)
_OFFSET = re.compile(
    r"(?:^|;)\s*(top|left)\s*:\s*(-?\d+(?:\.\d+)?)\s*(px|pt|in|cm|mm)?\s*(?=;|$)", re.I
)
_PX = {"px": 1.0, "pt": 4 / 3, "in": 96.0, "cm": 96 / 2.54, "mm": 9.6 / 2.54}


def _placed_at(tag) -> tuple[float, float] | None:
    """(top, left) in px of a block placed with ``position:absolute`` and a ``top:``."""
    style = tag.get("style") or ""
    if not _PLACED.search(style):
        return None
    at = {k.lower(): float(v) * _PX[(u or "px").lower()] for k, v, u in _OFFSET.findall(style)}
    return (at["top"], at.get("left", 0.0)) if "top" in at else None


def _positioned_order(soup) -> None:
    """Put blocks placed with absolute positions in the order a browser shows them: a page
    saved from a note tool (OneNote's "single file web page") writes each paragraph as a
    ``<div style="position:absolute;left:…;top:…">`` in the order it was typed or moved,
    not read, so the source order is shuffled and only the ``top:`` (then ``left:``) offsets
    give the reading order. Only siblings that are all placed so (three or more), and only
    where their source order differs from their places: a page whose one positioned box
    holds the whole text, or whose boxes already stand in order, reads as it is."""
    parents = {id(t.parent): t.parent for t in soup.find_all(style=_ABSOLUTE) if t.parent}
    for parent in parents.values():
        kids = [c for c in parent.children if getattr(c, "name", None)]
        places = [_placed_at(c) for c in kids]
        if len(kids) < 3 or None in places:
            continue
        order = sorted(range(len(kids)), key=lambda i: places[i])
        if order == list(range(len(kids))):
            continue
        for kid in kids:
            kid.extract()
        for i in order:
            parent.append(kids[i])


_SRCDOC = re.compile("srcdoc", re.IGNORECASE)
#: The cheap test of the markup before :func:`_shell_copy` looks at its elements.
_SHELL_MARKUP = re.compile(r"<(?:noscript|template)\b", re.IGNORECASE)


def _shell_copy(soup):
    """The minutes of an app's page whose body is only its shell ("Indlæser …" where the
    script is to put the minutes), the minutes themselves kept in a ``<noscript>`` (the
    page for a browser without scripts) or a ``<template>`` (the markup the script copies
    in): that element, renamed ``<main>`` to be read as the page's main text, else None.
    It must hold the minutes (two headings at least: the forum's, the items'), and the
    page outside it must not show them already (a page that shows the minutes and keeps a
    copy for a browser without scripts is read once, from what it shows); an element
    holding a notice ("Aktivér JavaScript …") or an item's empty pattern is no copy."""
    best, heads = None, []
    for tag in soup.find_all(["noscript", "template"]):
        found = tag.find_all(list(_HEADINGS))
        if len(found) >= 2 and len(found) > len(heads):
            best, heads = tag, found
    if best is None:
        return None
    shown = {
        _collapse(h.get_text(" "))
        for h in soup.find_all(list(_HEADINGS))
        if h.find_parent(["noscript", "template"]) is None
    }
    if 2 * sum(_collapse(h.get_text(" ")) in shown for h in heads) >= len(heads):
        return None
    from bs4 import NavigableString

    for text in best.find_all(string=True):
        if type(text).__name__ == "TemplateString":  # (a template's text, read as the page's)
            text.replace_with(NavigableString(str(text)))
    best.name = "main"
    return best


def _page_text(markup: str) -> tuple[str, bool]:
    """(text, whether the page's numbered item headings were rewritten as Punkt N:)."""
    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():
        # (an XHTML page with its "<?xml …?>" prolog, an agenda system's export, is read
        # as the HTML it is: bs4's advice to parse it as XML is noise on the build's stderr)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(markup, "lxml")
    # (tag and attribute names in any case: "<TABLE>", "SRCDOC" in an old page's markup)
    if "srcdoc" in markup or _SRCDOC.search(markup):
        _inline_frames(soup)
    _unfold(soup, "expanded" in markup or "EXPANDED" in markup)
    if ("ata-" in markup or "ATA-" in markup) and _CASE_ATTRIBUTE_MARKUP.search(markup):
        _attribute_cases(soup)
    if "<t" in markup or "<T" in markup:
        _danish_columns(soup)
    if _STRUCK_MARKUP.search(markup):
        _struck_off(soup)
    if ("bsolute" in markup or "BSOLUTE" in markup) and _ABSOLUTE.search(markup):
        _positioned_order(soup)
    root = soup.body or soup
    mains = soup.find_all("main") + [
        t for t in soup.find_all(attrs={"role": "main"}) if t.name != "main"
    ]
    if len(mains) == 1 and mains[0].find(list(_HEADINGS)) is not None:
        root = mains[0]
    if _SHELL_MARKUP.search(markup) and (shell := _shell_copy(soup)) is not None:
        root = shell
    layout = _Layout(_titled_outcomes(root))
    if _ITALIC_TAG.search(markup):
        layout.italic = _italic_outcomes(root, layout.titled)
    if root is not soup.body and root is not soup:
        for block in _facts_before(root):
            layout.walk(block)
            layout.brk()
    layout.walk(root)
    layout.brk()
    if (
        ("ooter" in markup or "OOTER" in markup)
        and ("ommune" in markup or "OMMUNE" in markup or "Region " in markup)
        and not _kommune_named(soup, layout.lines)
    ):
        owner = _footer_owner(soup)
        if owner is not None:
            layout.lines.extend([_L("p", owner), _L("brk")])
    return structured(layout.lines)


#: "Odder Kommune", "ODDER KOMMUNE": a kommune named by its name.
_KOMMUNE_NAMED = re.compile(r"\b[A-ZÆØÅ][\w-]+\s+(?:Kommune|KOMMUNE)\b")


def _kommune_named(soup, lines: list[_L]) -> bool:
    """Whether the page's ``<title>`` or its text names a kommune: then the footer's owner
    stays out with the rest of the chrome (the text, not the site's frame, says whose
    minutes they are, or which kommunes its items are about)."""
    title = soup.title.get_text(" ") if soup.title is not None else ""
    return any(
        _KOMMUNE_NAMED.search(t) or ("Region" in t and _REGION_NAMED.search(t))
        for t in (title, *(ln.text for ln in lines))
    )


#: "Region Syddanmark": one of the five regions by its name (a region's minutes).
_REGION_NAMED = re.compile(
    r"\bRegion\s+(?:Hovedstaden|Sjælland|Syddanmark|Midtjylland|Nordjylland)\b"
)


#: "Odder Kommune · Rådhusgade 3 · 8300 Odder": a kommune's name opening a
#: line that holds a postcode and a town, the owner's address.
_OWNER_ADDRESS = re.compile(
    r"^(?:[A-ZÆØÅ][\w-]+(?:[ -][A-ZÆØÅ][\w-]+)?\s+(?:Kommune|KOMMUNE)"
    # ("Region Syddanmark · Damhaven 12 · 7100 Vejle": a region's site, its footer)
    r"|Region\s+(?:Hovedstaden|Sjælland|Syddanmark|Midtjylland|Nordjylland))\b.*\b\d{4}\s+[A-ZÆØÅ]"
)
#: The id or class of a ``<div>`` a site uses as its footer (see :func:`_footer_div`).
_FOOTER_NAME = re.compile(r"^(?:site-?|page-?|global-)?footer$", re.I)


def _footer_owner(soup) -> str | None:
    """The owner's address line of the site's footer, which the layout leaves out with the
    rest of the page's chrome ('<footer><p>Vejen Kommune – Rådhuspassagen 3 – 6600
    Vejen</p>…'): where nothing on the page itself names the municipality, the footer
    does, as it does at the end of a page copied as text (``layouts._kommune_address_below``
    reads it there). Only a footer the layout drops, only a line opening with the kommune,
    only where its parts are the footer's (address, phone, mail, CVR)."""
    from analysis.layouts.text import is_furniture  # (the layouts read the reader's text)

    footers = [
        *soup.find_all("footer"),
        # ('<td class="footer">': an old page laid out as a table)
        *soup.find_all(["div", "td"], id=_FOOTER_NAME),
        *soup.find_all(["div", "td"], class_=_FOOTER_NAME),
    ]
    for footer in footers:
        if not _is_chrome(footer) or footer.find_parent(["footer"]) is not None:
            continue
        parts: list[str] = []
        _strings(footer, parts, br=_BR, block=_BR)
        for line in "".join(parts).split(_BR):
            line = _collapse(line)
            if len(line) > 160 or not _OWNER_ADDRESS.match(line):
                continue
            # (its parts set apart by middle dots, as the footer of a page copied as text is
            # written and read as furniture, no text of the last item's decision)
            line = _ADDRESS_PARTS.sub(" · ", line)
            return line if is_furniture(line) else None
    return None


#: What parts an address line's fields: a comma, a dash, a bar, a star or a dot between spaces.
_ADDRESS_PARTS = re.compile(r",\s+|\s+[–—|*•·-]\s+")


#: "Mødedato:", "Dato:", "Mødested:", "Sted:", "Mødetid:", "Tidspunkt:": a field of the
#: meeting's own facts (the labels ``_FIELD_KEYS`` reads that no site's chrome writes).
_MEETING_FIELD = re.compile(r"\b(?:møde)?(?:dato|sted|tid|tidspunkt)\s*:", re.IGNORECASE)
#: "Mødedato", "Starttidspunkt", "Sted": a term of a list of the meeting's facts
#: ('<dl><dt>Mødedato</dt><dd>…</dd>…', '<th>Sted</th>'), its label without the colon.
_FIELD_TERM = re.compile(r"^(?:møde|start)?(?:dato|sted|tid|tidspunkt)\s*:?$", re.IGNORECASE)


def _holds_meeting_fields(block) -> bool:
    """Whether ``block`` (short) holds a field of the meeting's facts: a label and its
    colon in its text, or a term or head cell of its own naming one."""
    text = block.get_text(" ")
    if len(text) > 1000:
        return False
    return (
        _MEETING_FIELD.search(text) is not None
        or any(
            _FIELD_TERM.match(_collapse(term.get_text(" ")))
            for term in block.find_all(["dt", "th"])
        )
        or any(_field_row(row) for row in block.find_all("tr"))
    )


def _field_row(row) -> bool:
    """Whether a table row is a field of the meeting's facts written in plain cells, its
    label in the first and the value in the second ('<tr><td>Mødedato</td><td>09-02-2026
    </td></tr>': a portal's box of the meeting's fields, no head cell in it)."""
    cells = row.find_all(["td", "th"], recursive=False)
    return len(cells) == 2 and _FIELD_TERM.match(_collapse(cells[0].get_text(" "))) is not None


def _facts_before(main) -> list:
    """The blocks before the page's one ``main`` that hold the meeting's facts, where
    ``main`` holds none: a page that sets the forum, date, hours and place in a box of its
    own above the items' ``<main>`` ('<div class="meeting-header"><h1>Byrådet</h1><p>
    Mødedato: …</p><p>Mødested: …</p></div><main>…'). Reading ``main`` alone, which keeps
    the site's chrome out, lost them; the blocks are walked as any other (chrome stays
    out), and only short ones with a field's label are taken, nearest the page's top
    first; then those of a side column after it (see :func:`_side_facts`)."""
    found = []
    after = []
    node = main
    while node is not None and node.name not in ("body", "html", "[document]"):
        for sib in node.find_previous_siblings():
            if _is_chrome(sib):
                continue
            if _holds_meeting_fields(sib):
                found.append(sib)
        # (a side column beside it: '<main>…</main><aside><h2>Om mødet</h2><p>Møde den
        # 03.06.2025 kl. 16.00</p><p>Sted: …</p>', the meeting's facts in a sidebar that a
        # grid sets to the right of the items: read before them, as a head)
        for sib in node.find_next_siblings(["aside", "div", "section"]):
            if _side_column(sib) and not _is_chrome(sib) and _holds_meeting_fields(sib):
                after.extend(_side_facts(sib))
        node = node.parent
    found = found[::-1] + after
    if found and _MEETING_FIELD.search(main.get_text(" ")[:1500]):
        return []  # (the dearer test last: most pages have only chrome before main)
    return found


def _side_facts(column) -> list:
    """The blocks of a side column that hold the meeting's facts: those under its first
    box's heading ("Om mødet", the box's caption, left out), up to the next heading (the
    column's next box: "Andre møder" over links to the forum's other meetings)."""
    out = []
    for child in column.find_all(True, recursive=False):
        if child.name in _HEADINGS:
            if out:
                break
            continue
        out.append(child)
    return out


def _side_column(tag) -> bool:
    """Whether ``tag`` is a side column: an ``<aside>``, or a block whose role says so
    ("complementary")."""
    attrs = tag.attrs or {}
    return tag.name == "aside" or str(attrs.get("role", "")).lower() == "complementary"


def read(data: bytes) -> Document:
    """Read a web page into the parser's plain-text form."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and looks_binary(data):
        raise UnreadableDocument(
            "the file holds binary data, not a web page (is it a mis-named PDF, Word or "
            "image file?)"
        )
    markup, encoding, warnings = decode_html(data)
    if not _HTML_MARKUP.search(markup[:65536]):
        warnings.append("the file has no HTML markup; it was read as plain text")
        return Document(normalise_newlines(markup), "html", encoding, tuple(warnings))
    try:
        text, rewritten = _page_text(markup)
        title = page_title(markup)
    except RecursionError:
        # The layout walks the tree recursively: real pages nest a few dozen levels, so
        # one nested past Python's limit (about a thousand) is junk or an attack.
        raise UnreadableDocument("the web page is nested too deeply to read") from None
    if not text.strip():
        raise UnreadableDocument("the web page holds no text")
    if title:  # the first line; the layouts take it off and read facts from it
        text = f"<title>{title}</title>\n{text}"
    return Document(text, "html", encoding, tuple(warnings), "web" if rewritten else None)


_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def page_title(markup: str) -> str | None:
    """The page's ``<title>``, one line (it often names the municipality and the forum the
    body leaves out: "Handicaprådet 17-04-2018 - Referat - Næstved Kommune")."""
    from html import unescape

    head = markup[: markup.lower().find("<body")] if "<body" in markup.lower() else markup[:65536]
    m = _TITLE.search(head)
    title = _collapse(unescape(re.sub(r"<[^>]+>", " ", m.group(1)))) if m else ""
    return title[:300] or None


def _ticked_options(el) -> set[int] | None:
    """The ids of a list's items whose check box is ticked, where every item is a check box
    and one at least is ticked ("<li><input type="checkbox" checked disabled> Godkendt</li>");
    else None."""
    items = [c for c in el.children if getattr(c, "name", None) == "li"]
    if not items or "checkbox" not in str(el):
        return None
    boxes = [li.find("input", attrs={"type": "checkbox"}) for li in items]
    if any(b is None for b in boxes):
        return None
    ticked = {id(li) for li, b in zip(items, boxes, strict=True) if b.has_attr("checked")}
    return ticked or None
