"""Synthetic minutes in three more real-world layouts, with the ground truth of every item.

:mod:`analysis.synth.corpus` writes every meeting in the agenda-system export layout
(``agenda``) unless asked for others (``layouts=``). This module writes the same planned
meeting (forum, date, agenda, journal numbers, decision types) in the layouts of other
municipalities' published minutes, so the parser can be measured on them. Only the
*structure* is modelled on real minutes; all wording comes from the generator's pools.

``web``
    The text of a municipality's web page as a browser shows it: the site name and a few
    navigation lines, ``Printvenlig version``, ``Udvalg:``/``Dato:``/``Tid:``/``Sted:``,
    optionally ``Deltagere:`` (officials, one a line) and ``Indkaldelse :`` (`` • Name
    (A)`` bullets), ``Indholdsfortegnelse`` with ``N. ØU/KB - title`` lines, then every
    item under the same heading with Anledning / Sagsfremstilling / Indstilling /
    Beslutning / Bilag (``1 Title`` lines) and ``Tilbage til toppen``. Formats: txt, html
    (the page: h1/h2/h3, lists, the site chrome in ``nav`` elements) and pdf (the page
    printed: the project's PDF renderer on the page text).
``beslutning_i``
    A document export: ``<Forum> – Referat – 1. oktober 2018``, items ``N. Title`` and
    ``N.     Title``, ``Sagsnr.: … Dok.nr.: … Åbent``, ``Kompetence:``,
    ``Beslutningstema``, ``Indstilling`` (``Borgmesteren indstiller,`` / ``1.    at …``)
    and ``Beslutning i <Forum> den <date>:`` + ``Fraværende:`` + the decision. About one
    topical item in five first carries an earlier body's decision ("Beslutning i
    Økonomiudvalget den …:"); the ground truth is always this meeting's decision.
    Formats: txt and docx (item headings in Heading 1, labels bold, tabs in the Sagsnr
    line).
``udvalg_header``
    A committee portal's page: ``UDVALG`` / forum / ``MØDE`` / ``Referat`` / ``STED`` /
    place / ``STARTTIDSPUNKT`` / ``04-06-2020 09:00:00`` / ``SLUTTIDSPUNKT`` / … /
    ``PUNKTER`` and ``49. Title`` lines, the numbers running through the forum's year;
    every item ``49. Title``, the title again, ``Sagsgang og sagstype``, ``Indstilling``
    (``Administrationen indstiller, at:`` / ``  1. …``), ``Beskrivelse af sagen`` and
    ``Beslutning i <forum> den 04-06-2020``. Formats: txt and html.

The municipality is named in the document in every new layout: a line of its own
holding just ``<Name> Kommune`` (the site name at the top of the web page, the first line
of the other two), the form the parser already reads as a municipality line. File names
and folders are those of the agenda layout (``raw/synthetic/SYNTETISK-…``).

Ground truth (one row per item, the columns of ``corpus.GROUND_TRUTH_COLUMNS``) is what a
correct parser reads from the document; a field the layout does not carry is null (or 0
for counts), never the planned value:

* ``number``: as printed (``udvalg_header``: the running number, e.g. 49);
* ``title``: as printed, without the route prefix (``web``: "ØU/KB - ");
* ``case_number``: the ``Sagsnr.`` in ``beslutning_i``; null in ``web``, ``udvalg_header``;
* ``proposer``: X of "X indstiller," (``udvalg_header``: "Administrationen");
* ``duration_min``: null; ``n_attachments``: the Bilag lines of ``web``, else 0;
* ``start_time``/``location``: ``Tid``/``Sted`` (``web``), ``STARTTIDSPUNKT`` as HH:MM /
  ``STED`` (``udvalg_header``), null in ``beslutning_i``;
* ``n_participants``: the names under ``Deltagere`` and ``Indkaldelse`` (``web``), else 0.

Closed items ("Lukket: Salg af grund") have the title after the colon, as in ``agenda``.
The existing ``layout`` column (the agenda layout's section style) holds the layout name
here, and ``document_layout`` says which of the four layouts the file is in.

Each meeting is written from its own random stream (derived from the seed, the meeting's
index and its layout), so the same parameters give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from analysis.synth.corpus import (
    _ASK_POINTS,
    _COMMENTS,
    _DECISIONS,
    _EVENTUELT,
    _FOLLOW_UPS,
    _MONTHS,
    _NEWS,
    _PARTIES,
    _TOPICS_BY_KEY,
    _WEEKDAYS,
    FORUMS,
    LAYOUT_FORMATS,
    PDF_MISSING,
    ItemPlan,
    MeetingPlan,
    Topic,
    _Doc,
    _name,
    _Style,
    _Writer,
    pdf_renderer,
    to_bytes,
)

_NAV = ("Borger", "Erhverv", "Byråd og udvalg", "Job", "Om kommunen")
_INTROS = (
    "Her kan du læse dagsordener og referater fra kommunalbestyrelsen og udvalgene.",
    "Find dagsordener og referater fra de politiske møder herunder.",
    "Dagsordener offentliggøres senest fire dage før mødet, referater efter mødet.",
)
_OFFICIAL_ROLES = ("protokol", "sekretær", "direktør", "referent", "udvalgssekretær")
_EARLIER_BODIES = (
    "Økonomiudvalget",
    "Børne- og Skoleudvalget",
    "Miljø- og Teknikudvalget",
    "Social- og Sundhedsudvalget",
)
_EARLIER_DECISIONS = {
    "recommended": ("Anbefales.", "Indstillingen anbefales over for Byrådet."),
    "approved": ("Godkendt.", "Tiltrådt."),
    "noted": ("Taget til efterretning.",),
    "postponed": ("Sagen blev udsat.",),
}
_CASE_KINDS = {
    "approve": "Beslutningssag",
    "decide": "Beslutningssag",
    "recommend": "Beslutningssag",
    "discuss": "Drøftelsessag",
    "note": "Orienteringssag",
}
_CASE_ORDER = ("Beslutningssag", "Drøftelsessag", "Orienteringssag")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")


def _plain(text: str) -> str:
    """The words a reader sees of a pool sentence's markdown link or emphasis."""
    return _MD_EMPH.sub(r"\1", _MD_LINK.sub(r"\1", text))


# --- the document model -----------------------------------------------------------------


@dataclass
class Block:
    """One block of a page: its role (how HTML/Word show it) and its clean lines.

    List markers are not in ``lines``: each layout writes its own (" • ", "1.    ").
    ``gap`` is the number of blank lines before the block in the text form.
    """

    kind: str
    lines: list[str]
    gap: int = 1


@dataclass
class Page:
    """A rendered meeting in one layout; ``text`` is its txt form."""

    layout: str
    municipality: str
    title: str
    blocks: list[Block] = field(default_factory=list)

    def add(self, kind: str, *lines: str, gap: int = 1) -> None:
        self.blocks.append(Block(kind, list(lines), gap))

    def extend(self, blocks: Sequence[Block], gap: int | None = None) -> None:
        for i, b in enumerate(blocks):
            self.blocks.append(Block(b.kind, list(b.lines), b.gap if gap is None or i else gap))

    @property
    def text(self) -> str:
        out: list[str] = []
        for i, b in enumerate(self.blocks):
            if i:
                out.append("\n" * (b.gap + 1))
            out.append("\n".join(_text_lines(self.layout, b)))
        return "".join(out) + "\n"


def _text_lines(layout: str, b: Block) -> list[str]:
    if b.kind == "bullets":
        mark = {"web": " • ", "beslutning_i": "• ", "udvalg_header": "  • "}[layout]
        return [f"{mark}{line}" for line in b.lines]
    if b.kind == "numbered":
        form = {"web": " {n}. {t}", "beslutning_i": "{n}.    {t}", "udvalg_header": "  {n}. {t}"}
        return [form[layout].format(n=n, t=t) for n, t in enumerate(b.lines, start=1)]
    return list(b.lines)


# --- writing a meeting ------------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    """What one item holds, shared by the layouts: its texts and its ground truth."""

    it: ItemPlan
    topic: Topic | None
    title: str  # as printed (without a route prefix)
    truth_title: str
    obj: str  # the object phrase decisions name
    asks: list[str]  # what the points ask for (approve, discuss, note, decide, recommend)
    points: list[str]  # the Indstilling's "at …" points
    reason: str  # Anledning / Beslutningstema text
    body: list[Block]  # Sagsfremstilling
    decision: list[Block]
    attachments: list[str]

    @property
    def closed(self) -> bool:
        return self.it.topic == "closed"

    @property
    def themes(self) -> str:
        if self.closed:
            return ""
        if self.topic is not None:
            return ";".join(sorted(self.topic.themes))
        return "faste_punkter"


class _LayoutWriter(_Writer):
    """Writes one planned meeting in one of the new layouts from its own random stream."""

    def __init__(self, m: MeetingPlan, seed: int) -> None:
        self.m = m
        self.rng = random.Random(f"{seed}:{m.index}:{m.document_layout}")
        self.forum = FORUMS[m.forum]
        # The agenda writer's helpers (fill, Sagsfremstilling) write plain text to doc.
        self.style = _Style(
            markdown=False,
            layout=m.document_layout,
            prefix=False,
            participants=False,
            two_digit_day=False,
            separate_time=False,
            municipality_line=True,
            md_item_level=1,
            md_bold=False,
        )
        self.doc = _Doc(self.style)
        self.passing_used = False

    # -- content shared by the layouts
    def content(self, it: ItemPlan) -> _Item:
        rng, year = self.rng, it.year
        closed = it.topic == "closed"
        truth_title = it.title.split(":", 1)[1].strip() if closed and ":" in it.title else it.title
        topic = _TOPICS_BY_KEY.get(it.topic)
        if closed:
            decision = [_p("Godkendt.")]
            return _Item(it, None, it.title, truth_title, "", [], [], "", [], decision, [])
        if topic is not None:
            obj = self.fill(rng.choice(topic.objects), year)
            asks = rng.sample(list(topic.asks), rng.randint(1, min(2, len(topic.asks))))
            points = [self.fill(rng.choice(_ASK_POINTS[a]), year, obj) for a in asks]
            reason = self.anledning(topic, year)
            self.sagsfremstilling(topic, year)
            body = self.captured()
            decision = self.decision(it.decision, obj, year, topic.comments)
            attachments = self.attachments(topic, year)
            return _Item(
                it,
                topic,
                it.title,
                truth_title,
                obj,
                asks,
                points,
                reason,
                body,
                decision,
                attachments,
            )
        if it.topic == "first":
            obj = "dagsordenen"
            points = [f"at {obj} godkendes"]
            reason = rng.choice(("Godkendelse af dagsorden.", "Dagsordenen skal godkendes."))
            body: list[Block] = []
            decision = self.decision(it.decision, obj, year)
        elif it.topic == "meddelelser":
            obj = "meddelelserne"
            points = ["at meddelelserne tages til efterretning"]
            reason = "Meddelelser til orientering."
            news = rng.sample(_NEWS, rng.randint(1, 3))
            body = [Block("bullets", [self.fill(x, year) for x in news])]
            noted = ("Taget til efterretning.", "Meddelelserne blev taget til efterretning.")
            decision = [_p(rng.choice(noted))]
        else:  # Eventuelt
            obj = "de aktuelle emner"
            points = ["at punktet drøftes"]
            reason = it.title
            body = []
            if rng.random() < 0.4:
                body = [Block("bullets", rng.sample(_EVENTUELT, rng.randint(1, 2)))]
            if it.decision == "none":
                decision = [_p("Intet.")]
            elif it.decision == "decided":
                decision = self.decision("decided", "temaerne til kommende møder", year)
            else:
                decision = self.decision(it.decision, obj, year)
        asks = ["approve"] if it.topic == "first" else ["note"]
        return _Item(it, None, it.title, truth_title, obj, asks, points, reason, body, decision, [])

    def captured(self) -> list[Block]:
        """The blocks the agenda writer's Sagsfremstilling wrote, as this layout's blocks."""
        blocks = []
        for raw in self.doc.blocks:
            lines = [_plain(x) for x in raw.split("\n")]
            if all(x.startswith("- ") for x in lines):
                blocks.append(Block("bullets", [x[2:] for x in lines]))
            elif all(re.match(r"\d+\. ", x) for x in lines):
                blocks.append(Block("numbered", [x.split(". ", 1)[1] for x in lines]))
            elif any("\t" in x for x in lines):
                blocks.append(Block("table", lines))
            else:
                blocks.append(Block("p", lines))
        self.doc.blocks = []
        return blocks

    def decision(
        self, decision: str, obj: str, year: int, comments: Sequence[str] = ()
    ) -> list[Block]:
        """The decision as the agenda writer words it: a sentence, comments, a follow-up."""
        rng = self.rng
        key = decision
        if decision == "approved" and self.forum.kind != "chefforum" and rng.random() < 0.5:
            key = "approved_pol"
        template = rng.choice(_DECISIONS[key])
        text = self.fill(template, year, obj)
        blocks = [_p(text[0].upper() + text[1:])]
        if template.endswith("følgende kommentarer:"):
            picked = rng.sample(list(comments) + list(_COMMENTS), rng.randint(2, 4))
            blocks.append(Block("bullets", [self.fill(c, year) for c in picked]))
        if decision not in ("none", "postponed") and rng.random() < 0.45:
            blocks.append(_p(self.fill(rng.choice(_FOLLOW_UPS), year)))
        return blocks

    def attachments(self, topic: Topic, year: int) -> list[str]:
        rng = self.rng
        if not topic.bilag or rng.random() < 0.3:
            return []
        picked = rng.sample(list(topic.bilag), rng.randint(1, len(topic.bilag)))
        return [self.fill(b, year) for b in picked]

    def row(self, number: int, item: _Item, **fields: object) -> dict[str, object]:
        truth: dict[str, object] = {
            "number": number,
            "title": item.truth_title,
            "closed": item.closed,
            "case_number": None,
            "proposer": None,
            "duration_min": None,
            "n_attachments": 0,
            "n_recommendations": 0,
            "decision_type": item.it.decision,
            "themes": item.themes,
            "topic": item.it.topic,
        }
        truth.update(fields)
        return truth

    def finish(
        self, rows: list[dict], start: str | None, location: str | None, n_people: int
    ) -> None:
        from analysis.synth.corpus import meeting_truth

        m = self.m
        meeting_truth(m, rows, start, location, n_people, m.document_layout, m.document_layout)

    def members(self) -> list[str]:
        """The summoned members (web "Indkaldelse"): "Name (A)", maybe a chair first."""
        rng = self.rng
        if self.forum.kind == "chefforum":
            people, _ = self.participants()
            return people
        k = rng.randint(5, 9 if self.forum.kind == "udvalg" else 17)
        people = [f"{_name(rng)} ({rng.choice(_PARTIES)})" for _ in range(k)]
        if rng.random() < 0.6:
            people[0] = f"Formand {people[0]}"
        return people

    # -- the layouts
    def page(self) -> tuple[Page, list[dict[str, object]]]:
        return {
            "web": self.web,
            "beslutning_i": self.beslutning_i,
            "udvalg_header": self.udvalg_header,
        }[self.m.document_layout]()

    def web(self) -> tuple[Page, list[dict[str, object]]]:
        m, rng, forum = self.m, self.rng, self.forum
        page = Page("web", m.municipality, f"{m.forum} {_long_date(m.date)} - {m.municipality}")
        page.add("municipality", m.municipality)
        page.add("nav", *[x for x in _NAV if rng.random() < 0.8] or ["Borger"])
        page.add("crumbs", "Forside › Byråd og udvalg › Dagsordener og referater")
        page.add("h1", "Dagsordener og referater")
        page.add("p", rng.choice(_INTROS))
        page.add("print", "Printvenlig version", gap=rng.choice((1, 2)))

        officials: list[str] = []
        if rng.random() < 0.6:
            k = rng.randint(1, 3)
            officials = [f"{_name(rng)} ({r})" for r in rng.sample(_OFFICIAL_ROLES, k)]
        officials_first = rng.random() < 0.7
        if officials and officials_first:
            page.add("label", "Deltagere:")
            page.add("lines", *officials)
        start = rng.choice(forum.times).replace(".", ":")
        location = rng.choice(forum.places)
        day = f"{m.date.day:02d}" if rng.random() < 0.3 else str(m.date.day)
        weekday = _WEEKDAYS[m.date.weekday()]
        page.add("field", f"Udvalg: {m.forum}", gap=2 if officials and officials_first else 1)
        page.add("field", f"Dato: {weekday} den {day}. {_MONTHS[m.date.month - 1]} {m.date.year}")
        page.add("field", f"Tid: Kl. {start}")
        page.add("field", f"Sted: {location}")
        if officials and not officials_first:
            page.add("label", "Deltagere:")
            page.add("lines", *officials)
        members: list[str] = []
        if rng.random() < 0.85:
            members = self.members()
            page.add("label", "Indkaldelse :")
            page.add("bullets", *members)

        items = [self.content(it) for it in m.items]
        heads = []
        for item in items:
            route = self.route(item.it)
            heads.append(f"{route} - {item.title}" if route else item.title)
        page.add("label", "Indholdsfortegnelse", gap=2)
        page.add("toc", *(f"{n}. {h}" for n, h in enumerate(heads, start=1)))

        rows = []
        proposer_pool = ("Kommunaldirektøren",) * 4 + ("Borgmesteren", "Direktionen")
        for n, (item, head) in enumerate(zip(items, heads, strict=True), start=1):
            page.add("item", f"{n}. {head}")
            if item.closed:
                page.add("section", "Beslutning")
                page.extend(item.decision)
                page.add("back", "Tilbage til toppen")
                rows.append(self.row(n, item))
                continue
            page.add("section", "Anledning")
            page.add("p", item.reason)
            if item.body:
                page.add("section", "Sagsfremstilling")
                page.extend(item.body)
            who = rng.choice(proposer_pool)
            page.add("section", "Indstilling")
            page.add("p", f"{who} indstiller,")
            page.add("numbered", *item.points)
            page.add("section", "Beslutning")
            page.extend(item.decision)
            if item.attachments:
                page.add("section", "Bilag")
                page.add("bilag", *(f"{i} {a}" for i, a in enumerate(item.attachments, 1)))
            page.add("back", "Tilbage til toppen")
            rows.append(
                self.row(
                    n,
                    item,
                    proposer=who,
                    n_recommendations=len(item.points),
                    n_attachments=len(item.attachments),
                )
            )
        self.finish(rows, start, location, len(officials) + len(members))
        return page, rows

    def route(self, it: ItemPlan) -> str:
        """The bodies a case passes, written before the title ("BSU/ØU/KB"), or none."""
        rng, f = self.rng, self.forum
        if it.topic in ("first", "last", "meddelelser", "closed") or rng.random() < 0.25:
            return ""
        if f.kind == "chefforum":
            return "CF"
        if f.kind == "council":
            return rng.choice(("KB", "ØU/KB", "BSU/ØU/KB", "MTU/ØU/KB"))
        if f.prefix == "ØU":
            return rng.choice(("ØU", "ØU/KB"))
        return rng.choice((f.prefix, f"{f.prefix}/ØU/KB", f"{f.prefix}/KB"))

    def beslutning_i(self) -> tuple[Page, list[dict[str, object]]]:
        m, rng = self.m, self.rng
        date = _long_date(m.date)
        page = Page("beslutning_i", m.municipality, f"{m.forum} – Referat – {date}")
        page.add("municipality", m.municipality)
        page.add("title", f"{m.forum} – Referat – {date}", gap=rng.choice((1, 2)))
        proposer_pool = ("Borgmesteren",) * 3 + ("Kommunaldirektøren", "Direktionen")
        dok = rng.randint(100_000, 900_000)
        prefix = rng.randint(100, 999)
        rows = []
        for n, it in enumerate(m.items, start=1):
            item = self.content(it)
            page.add("item", f"{n}. {item.title}", gap=3 if n == 1 else 1)
            page.add("subtitle", f"{n}.     {item.title}")
            dok += rng.randint(3, 40)
            access = "Lukket" if item.closed else "Åbent"
            page.add(
                "meta",
                f"Sagsnr.: {it.case_number}{' ' * rng.randint(12, 20)}"
                f"Dok.nr.: {prefix}-{m.date.year}-{dok}{' ' * rng.randint(30, 45)}{access}",
            )
            competent = m.forum
            if it.decision in ("recommended", "referred"):
                competent = "Kommunalbestyrelsen"
            page.add("p", f"Kompetence: {competent}", gap=0)
            absent = f" {_name(rng)} ({rng.choice(_PARTIES)})" if rng.random() < 0.2 else " "
            if item.closed:
                page.add("section", f"Beslutning i {m.forum} den {date}:", gap=0)
                page.add("p", f"Fraværende:{absent}", gap=0)
                page.extend(item.decision, gap=0)
                rows.append(self.row(n, item, case_number=it.case_number))
                continue
            page.add("section", "Beslutningstema", gap=0)
            page.add("p", item.reason, gap=0)
            who = rng.choice(proposer_pool)
            page.add("section", "Indstilling", gap=0)
            page.add("p", f"{who} indstiller,", gap=0)
            page.add("numbered", *item.points, gap=0)
            if item.body:
                page.add("section", "Sagsfremstilling", gap=0)
                page.extend([Block(b.kind, b.lines, 0) for b in item.body])
            if item.topic is not None and rng.random() < 0.2:
                body = rng.choice([b for b in _EARLIER_BODIES if b != m.forum])
                when = _long_date(m.date - dt.timedelta(days=rng.randint(5, 14)))
                kinds = [k for k in _EARLIER_DECISIONS if k != it.decision]
                earlier = rng.choice(_EARLIER_DECISIONS[rng.choice(kinds)])
                page.add("section", f"Beslutning i {body} den {when}:", gap=0)
                page.add("p", "Fraværende: ", gap=0)
                page.add("p", earlier, gap=0)
            page.add("section", f"Beslutning i {m.forum} den {date}:", gap=0)
            page.add("p", f"Fraværende:{absent}", gap=0)
            page.extend([Block(b.kind, b.lines, 0) for b in item.decision])
            rows.append(
                self.row(
                    n,
                    item,
                    case_number=it.case_number,
                    proposer=who,
                    n_recommendations=len(item.points),
                )
            )
        self.finish(rows, None, None, 0)
        return page, rows

    def udvalg_header(self) -> tuple[Page, list[dict[str, object]]]:
        m, rng, forum = self.m, self.rng, self.forum
        page = Page("udvalg_header", m.municipality, f"{m.forum} {m.date.strftime('%d-%m-%Y')}")
        page.add("municipality", m.municipality)
        start = rng.choice(forum.times).replace(".", ":").zfill(5)
        location = rng.choice(forum.places)
        begin = dt.datetime.combine(m.date, dt.time.fromisoformat(start))
        end = begin + dt.timedelta(minutes=rng.choice((60, 90, 120, 150, 180)))
        day = m.date.strftime("%d-%m-%Y")
        for label, value in (
            ("UDVALG", m.forum),
            ("MØDE", "Referat"),
            ("STED", location),
            ("STARTTIDSPUNKT", begin.strftime("%d-%m-%Y %H:%M:%S")),
            ("SLUTTIDSPUNKT", end.strftime("%d-%m-%Y %H:%M:%S")),
        ):
            page.add("dt", label)
            page.add("dd", value)
        items = [self.content(it) for it in m.items]
        numbers = list(range(m.first_number, m.first_number + len(items)))
        page.add("label", "PUNKTER", gap=2)
        page.add("toc", *(f"{n}. {item.title}" for n, item in zip(numbers, items, strict=True)))
        rows = []
        for n, item in zip(numbers, items, strict=True):
            page.add("item", f"{n}. {item.title}", gap=3 if n == numbers[0] else 5)
            page.add("subtitle", item.title)
            decision = [Block(b.kind, list(b.lines)) for b in item.decision]
            if decision[0].lines[0].endswith(".") and rng.random() < 0.5:
                decision[0].lines[0] = decision[0].lines[0][:-1]
            if item.closed:
                page.add("section", f"Beslutning i {m.forum} den {day}", gap=0)
                page.extend(decision)
                rows.append(self.row(n, item))
                continue
            page.add("section", "Sagsgang og sagstype", gap=0)
            bodies = [m.forum]
            if item.it.decision in ("recommended", "referred") or rng.random() < 0.2:
                bodies += [b for b in ("Økonomiudvalget", "Kommunalbestyrelsen") if b != m.forum]
            page.add("p", ", ".join(bodies))
            kinds = [_CASE_KINDS[a] for a in item.asks]
            page.add("p", min(kinds, key=_CASE_ORDER.index))
            page.add("section", "Indstilling")
            page.add("p", "Administrationen indstiller, at" + rng.choice((":", "")))
            page.add("numbered", *(p.removeprefix("at ") for p in item.points))
            if item.body:
                page.add("section", "Beskrivelse af sagen", gap=0)
                page.extend(item.body)
            page.add("section", f"Beslutning i {m.forum} den {day}", gap=0 if not item.body else 1)
            page.extend(decision)
            rows.append(
                self.row(n, item, proposer="Administrationen", n_recommendations=len(item.points))
            )
        self.finish(rows, start, location, 0)
        return page, rows


def _p(text: str) -> Block:
    return Block("p", [text])


def _long_date(date: dt.date) -> str:
    return f"{date.day}. {_MONTHS[date.month - 1]} {date.year}"


# --- entry points -------------------------------------------------------------------------


def render_layout(
    m: MeetingPlan, seed: int, revision: int = 0
) -> tuple[Page, list[dict[str, object]]]:
    """The page of a meeting planned in a new layout, and its ground-truth rows.

    ``revision`` > 0 appends a correction note to the first decision (an edited file)
    without changing anything the ground truth records.
    """
    page, rows = _LayoutWriter(m, seed).page()
    if revision:
        note = f"Referatet er rettet efter mødet (rettelse {revision})."
        ours = f"Beslutning i {m.forum} "
        after = False
        for b in page.blocks:
            head = b.lines[0]
            if b.kind == "section" and (head == "Beslutning" or head.startswith(ours)):
                after = True
            elif after and b.kind == "p" and not b.lines[0].startswith("Fraværende:"):
                b.lines[-1] = f"{b.lines[-1]} {note}"
                break
    return page, rows


def layout_bytes(page: Page, fmt: str, seed: int) -> bytes:
    """The file bytes of ``page`` in ``fmt`` (deterministic for a given ``seed``)."""
    if fmt not in LAYOUT_FORMATS[page.layout]:
        raise ValueError(f"the {page.layout} layout is not rendered as {fmt}")
    rng = random.Random(seed)
    if fmt == "txt":
        return to_bytes(page.text, "txt", rng.randrange(1 << 30))
    if fmt == "html":
        encoding = "windows-1252" if rng.random() < 0.1 else "utf-8"
        return render_page_html(page, encoding=encoding)
    if fmt == "docx":
        return render_page_docx(page)
    render_pdf = pdf_renderer()
    if render_pdf is None:
        raise RuntimeError(PDF_MISSING)
    header = page.title if rng.random() < 0.5 else page.municipality
    return render_pdf(page.text, title=page.title, header=header, seed=rng.randrange(1 << 16))


# --- HTML ---------------------------------------------------------------------------------

_CSS = """body{font-family:Verdana,sans-serif;margin:0}#indhold{max-width:58em;margin:auto}
nav ul{list-style:none;display:flex;gap:1em}dl dt{font-weight:bold;margin-top:.6em}
table{border-collapse:collapse}td,th{border:1px solid #aaa}.print{float:right}"""


def render_page_html(page: Page, encoding: str = "utf-8") -> bytes:
    """A web page showing the same words as the page's text, in ordinary HTML elements.

    Site name outside the navigation (a reader keeps it; the menu and breadcrumbs sit in
    ``nav`` elements a reader drops), h1 for the page, h2 for lists' labels and items,
    h3 for sections, ``ul``/``ol`` for lists (the numbers of items and TOC entries are
    in the text, as the page prints them), ``dl`` for a label-above-value header.
    """
    e = _esc
    parts: list[str] = []
    open_tag: str | None = None  # "article" or "dl"

    def close() -> None:
        nonlocal open_tag
        if open_tag:
            parts.append(f"</{open_tag}>")
            open_tag = None

    for b in page.blocks:
        k, lines = b.kind, b.lines
        if k in ("dt", "dd"):
            if open_tag != "dl":
                close()
                parts.append('<dl class="moede">')
                open_tag = "dl"
            parts.append(f"<{k}>{e(lines[0])}</{k}>")
            continue
        if open_tag == "dl" or (k == "item" and open_tag == "article"):
            close()
        if k == "municipality":
            parts.append(f'<div class="site-name"><a class="logo" href="/">{e(lines[0])}</a></div>')
        elif k == "nav":
            entries = "".join(f'<li><a href="/{_slug(x)}">{e(x)}</a></li>' for x in lines)
            parts.append(f'<nav aria-label="Hovedmenu"><ul>{entries}</ul></nav>')
        elif k == "crumbs":
            parts.append(f'<nav class="breadcrumb" aria-label="Brødkrumme">{e(lines[0])}</nav>')
        elif k in ("h1", "title"):
            parts.append(f'<h1 id="top">{e(lines[0])}</h1>')
        elif k == "print":
            parts.append(f'<p class="print"><a href="?print=1">{e(lines[0])}</a></p>')
        elif k == "field":
            key, _, value = lines[0].partition(":")
            parts.append(f"<p><strong>{e(key)}:</strong>{e(value)}</p>")
        elif k == "label":
            parts.append(f"<h2>{e(lines[0])}</h2>")
        elif k == "toc":
            entries = "".join(
                f'<li><a href="#punkt-{x.split(".", 1)[0]}">{e(x)}</a></li>' for x in lines
            )
            parts.append(f'<ul class="dagsorden">{entries}</ul>')
        elif k == "item":
            number = lines[0].split(".", 1)[0]
            parts.append(f'<article class="punkt" id="punkt-{number}">')
            parts.append(f"<h2>{e(lines[0])}</h2>")
            open_tag = "article"
        elif k == "subtitle":
            parts.append(f'<p class="undertitel">{e(lines[0])}</p>')
        elif k == "section":
            parts.append(f"<h3>{e(lines[0])}</h3>")
        elif k == "bullets":
            parts.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in lines) + "</ul>")
        elif k == "numbered":
            parts.append("<ol>" + "".join(f"<li>{e(x)}</li>" for x in lines) + "</ol>")
        elif k == "table":
            rows = [x.split("\t") for x in lines]
            html_rows = [
                "<tr>" + "".join(f"<{c}>{e(v)}</{c}>" for v in r) + "</tr>"
                for r, c in zip(rows, ["th"] + ["td"] * (len(rows) - 1), strict=True)
            ]
            parts.append("<table>" + "".join(html_rows) + "</table>")
        elif k == "bilag":
            links = []
            for x in lines:
                n, _, name = x.partition(" ")
                links.append(f'{n} <a href="/bilag/{_slug(name)}">{e(name)}</a>')
            parts.append('<p class="bilag">' + "<br>\n".join(links) + "</p>")
        elif k == "back":
            parts.append(f'<p class="til-toppen"><a href="#top">{e(lines[0])}</a></p>')
        else:  # p, lines, meta
            parts.append("<p>" + "<br>\n".join(e(x) for x in lines) + "</p>")
    close()
    label = "windows-1252" if encoding.lower() in ("cp1252", "windows-1252") else encoding
    html = (
        "<!DOCTYPE html>\n"
        '<html lang="da">\n<head>\n'
        f'<meta charset="{label}">\n'
        f"<title>{e(page.title)}</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n"
        '<div id="indhold">\n' + "\n".join(parts) + "\n</div>\n"
        f'<div class="sidefod"><p>{e(page.municipality)} &middot; Rådhuset</p></div>\n'
        "</body>\n</html>\n"
    )
    return html.encode(encoding, errors="xmlcharrefreplace")


def _esc(text: str) -> str:
    return escape(text, quote=False)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9æøå]+", "-", text.lower()).strip("-")


# --- Word ---------------------------------------------------------------------------------


def render_page_docx(page: Page) -> bytes:
    """A Word document of the page, as a document export would be laid out.

    The municipality in bold at the top (and in the page header), the title in the Title
    style, item headings in Heading 1, labels (Beslutningstema, Indstilling, "Beslutning i
    …:") and the repeated item title in bold, tabs between the Sagsnr/Dok.nr/access
    fields, bullets in List Bullet, typed numbers ("1.    at …") in plain paragraphs.
    Inside an item the paragraphs have no space after them, so a reader sees the lines
    run on, as the text does.
    """
    import docx
    from docx.shared import Pt

    from analysis.synth.render_docx import FIXED_DATE, _fixed_zip, _page_field

    doc = docx.Document()
    blocks = page.blocks
    for i, b in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        for _ in range(max(0, b.gap - 1) if i else 0):
            doc.add_paragraph()
        if b.kind == "table":
            rows = [x.split("\t") for x in b.lines]
            table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            table.style = doc.styles["Table Grid"]
            for r, cells in enumerate(rows):
                for c, value in enumerate(cells):
                    table.cell(r, c).text = value.strip()
            continue
        lines = _text_lines(page.layout, b) if b.kind == "numbered" else b.lines
        for j, line in enumerate(lines):
            if b.kind == "title":
                p = doc.add_paragraph(style="Title")
            elif b.kind == "item":
                p = doc.add_paragraph(style="Heading 1")
            elif b.kind == "bullets":
                p = doc.add_paragraph(style="List Bullet")
            else:
                p = doc.add_paragraph()
            if b.kind == "meta":
                line = re.sub(r" {2,}", "\t", line)
            run = p.add_run(line)
            if b.kind in ("municipality", "subtitle", "section"):
                run.bold = True
            last = j == len(lines) - 1
            if not last or (nxt is not None and nxt.gap == 0):
                p.paragraph_format.space_after = Pt(0)
    section = doc.sections[0]
    section.header.paragraphs[0].text = f"{page.municipality}\t\t{page.title}"
    footer = section.footer.paragraphs[0]
    footer.add_run("Side ")
    _page_field(footer)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = page.municipality
    cp.title = page.title
    cp.subject = "Referat"
    cp.keywords = cp.comments = cp.category = ""
    cp.revision = 1
    cp.created = cp.modified = cp.last_printed = FIXED_DATE
    buf = io.BytesIO()
    doc.save(buf)
    return _fixed_zip(buf.getvalue())


__all__ = [
    "Block",
    "Page",
    "layout_bytes",
    "render_layout",
    "render_page_docx",
    "render_page_html",
]
