"""Score the parser against hand-labelled minutes (``minutes evaluate LABELS_DIR``).

A label is a JSON file per document: ``file`` (the raw document, relative to the raw
folder), ``document``, ``meeting`` {municipality, forum, date, start, location} and
``items`` [{n, title, case, decision_first_line, decision_type}], null where the text does
not say. ``evaluate_file`` compares one label with the tables ``parse_bytes`` gives for its
document; ``summarise`` adds the scores up. Both are pure; ``load_labels`` and
``evaluate_dir`` do the reading.

Scoring rules (every comparison collapses whitespace first):

* meeting facts: date, forum, municipality, start and location are each right or wrong.
  A null label is right only where we have nothing either. Forum and location are
  compared case-insensitively; the municipality by its short name ("Københavns Kommune"
  is "København"); the start as HH:MM ("9.30" is "09:30").
* items: a labelled item is found when a parsed item has the same number ``n`` (a label
  whose items all have ``n`` null is numbered 1, 2, 3 … by place, as the reader numbers
  unnumbered items); parsed items no label names are counted as extra. Each per-item
  score below counts a labelled item that was not found as wrong, so a missed item costs
  on every line.
* title: right when our raw title, ``"<bodies> - <title>"`` or our clean title equals the
  label (which is the title as printed, route prefix included).
* case: right when the label equals our journal number; both null is right.
* decision text: scored only where the label has a ``decision_first_line``; right when
  the first non-blank line of our Beslutning equals it, a trailing period aside, or
  starts with it when the label stops at a full stop inside a longer printed line, or
  at a word broken by its hyphen ("ansættel-") that our text joins ("ansættelsen"). A
  paragraph hard-wrapped over lines (a converter's or a narrow column's line breaks) may
  also be labelled as its joined line: the lines of our first paragraph joined then count
  the same way (the first line as printed stays right too).
* decision type: scored only where the label has a ``decision_type``; right when our
  primary type (``item_decisions.decision_type``) equals it. A label ``approved`` also
  accepts our ``noted``: labellers mark "Tiltrådte indstillingen" approved even where the
  indstilling asked to take an orientation to note.

A document that is missing or rejected scores zero on everything it was labelled with,
and its message is reported.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.municipalities import same_municipality

#: The meeting facts a label gives, in report order.
FACTS: tuple[str, ...] = ("date", "forum", "municipality", "start", "location")
#: Our column for each meeting fact.
FACT_COLUMNS: dict[str, str] = {
    "date": "date",
    "forum": "forum",
    "municipality": "municipality",
    "start": "start_time",
    "location": "location",
}
#: Label type -> our primary types that count as right besides the same type.
ALSO_RIGHT: dict[str, frozenset[str]] = {"approved": frozenset({"noted"})}


class NoLabels(ValueError):
    """The labels folder holds no label files (or is not a folder)."""


class LabelError(ValueError):
    """A label file cannot be used; the message names the file and says why."""


# --- scores -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Score:
    """``right`` out of ``total`` scored cases."""

    right: int = 0
    total: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.right + other.right, self.total + other.total)

    @property
    def pct(self) -> float | None:
        """Share right in percent; None when nothing was scored."""
        return 100 * self.right / self.total if self.total else None

    def __str__(self) -> str:
        return f"{self.right}/{self.total}" if self.total else "-"

    def with_pct(self) -> str:
        pct = self.pct
        return "-" if pct is None else f"{self.right}/{self.total} ({pct:.0f} %)"

    def as_dict(self) -> dict[str, object]:
        pct = self.pct
        return {
            "right": self.right,
            "total": self.total,
            "pct": None if pct is None else round(pct, 1),
        }


def _tally(flags: Iterable[bool]) -> Score:
    flags = list(flags)
    return Score(sum(flags), len(flags))


@dataclass(frozen=True)
class FileScore:
    """How the parser did on one labelled document."""

    file: str
    status: str  # the manifest status (ok / warning / rejected), or "missing"
    message: str
    layout: str | None
    document_type: str | None
    facts: Mapping[str, bool]
    items: Score  # found / labelled
    extra: int  # parsed items no label names
    titles: Score
    cases: Score
    decision_text: Score
    decision_types: Score
    #: One line per wrong value ("item 3 case: '…' != '…'"), to see what to fix.
    misses: tuple[str, ...] = ()

    @property
    def fact_score(self) -> Score:
        return _tally(self.facts[f] for f in FACTS)


@dataclass(frozen=True)
class Summary:
    """The scores of every file added up."""

    files: int
    facts: Score
    by_fact: Mapping[str, Score]
    items: Score
    extra: int
    titles: Score
    cases: Score
    decision_text: Score
    decision_types: Score
    by_status: Mapping[str, int] = field(default_factory=dict)


# --- normalising ------------------------------------------------------------------------


def _text(value: object) -> str | None:
    """``value`` as text with whitespace collapsed; None for null, NA and blank."""
    if value is None:
        return None
    try:
        if pd.isna(value):  # type: ignore[arg-type]
            return None
    except (TypeError, ValueError):  # list-likes are not NA
        pass
    text = " ".join(str(value).split())
    return text or None


def _folded(value: object) -> str | None:
    text = _text(value)
    return text.casefold() if text else None


def _iso_date(value: object) -> str | None:
    if _text(value) is None:
        return None
    try:
        return pd.Timestamp(value).date().isoformat()  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return _text(value)


_CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})")


def _clock(value: object) -> str | None:
    text = _text(value)
    m = _CLOCK.search(text) if text else None
    return f"{int(m.group(1)):02d}:{m.group(2)}" if m else text


#: "12", "12.", "12.0", "01", "45/2024" and "45/24" (the year's running number): item 12,
#: 1, 45;
#: also with the word printed before the number ("Pkt. 12", "Punkt 12:", "Sag nr. 12",
#: "§ 12", "Ad punkt 12", "(12)"), which a label may copy as printed.
_PRINTED_NUMBER = re.compile(
    r"^(?:(?:ad\s+)?(?:pkt|punkt|tillægspunkt|sag(?:\s+nr)?|nr|§)\.?\s*|\(|#)?"
    # ("12 a", "9 A": an inserted item's letter after a space, as "12a")
    r"0*(?P<n>\d{1,4})(?:\s?[a-h])?(?:\.0?|/(?:(?:19|20)?\d{2})?)?[:.)]?$",
    re.IGNORECASE,
)


#: "B-24-031": a decision log's id (a letter code, the year, the running number through
#: the year), item 31 as the reader numbers it; also "2025-14" (the year and the number).
#: Also "BY 2023-061": the council's letters, a space, the year and the running number.
_LOG_ID = re.compile(r"^(?:[A-ZÆØÅ]{1,3}[- ](?:\d{2}|\d{4})|(?:19|20)\d{2})-0*(?P<n>\d{1,4})$")
#: "B 14": a committee's letter before the item's number running through the election
#: period, item 14 as the reader numbers it; also "TMU 12/2023" (the year after the number)
#: and "ØU-31", "ØU-32A" (the letters joined by a hyphen, an inserted item's letter after).
_PREFIXED_ID = re.compile(
    r"^[A-ZÆØÅ]{1,3}(?: |-(?=\d{1,3}[A-Ha-h]?$))0*(?P<n>\d{1,4})"
    r"(?:/(?:19|20)?\d{2}|[A-Ha-h])?$"
)
#: "B7.1": a decision log's id after the meeting's number (letter code, meeting 7,
#: decision 1), item 1 as the reader numbers it.
_MEETING_LOG_ID = re.compile(r"^[A-ZÆØÅ]{1,3}-?\d{1,3}\.0*(?P<n>[1-9]\d?)$")
#: "L1", "L2.": an item of a closed part lettered L (lukket) and numbered from 1 again,
#: item 1 as the reader numbers it (its printed number kept, as a closed part's are);
#: also written out ("Lukket punkt 1", "Lukket sag 2", "Lukket 3": the same series).
_CLOSED_ID = re.compile(
    r"^(?:L\.?|Lukket(?:\s+(?:punkt|sag))?\s+(?:nr\.\s*)?)0*(?P<n>[1-9]\d?)\.?$", re.IGNORECASE
)


#: "3l2", "1O.": figures with an OCR'd small l or capital O among them (one figure at least).
_OCR_NUMBER = re.compile(r"^(?=[\dlO]*\d)(?=[\dlO]*[lO])[\dlO]{2,4}[.)]?$")


def _item_number(value: object) -> object:
    """An item number as int where it is one: '12', '12.', '12.0' and 12 are the same item,
    '45/2024' and a decision log's 'B-24-045' are item 45 (the reader numbers items by
    their running number), an action log's '#7' item 7, a meeting's log id 'B7.1' item 1,
    a committee's 'B 14' item 14,
    '12a' (an
    item inserted after 12) is numbered 12 as the reader numbers it, and an item
    lettered 'A', 'B' … is numbered by the letter's place in the alphabet, as the items
    table holds it ('I', 'V' and 'X' stay text: Roman numerals, see :func:`_label_numbers`)."""
    text = _text(value)
    if text is None:
        return None
    if _OCR_NUMBER.match(text):
        # "3l2", "1O": a number as an OCR'd page prints it, l for 1 and O for 0; the reader
        # reads it as the figures it stands for
        text = text.replace("l", "1").replace("O", "0")
    m = (
        _PRINTED_NUMBER.match(text)
        or _LOG_ID.match(text)
        or _MEETING_LOG_ID.match(text)
        or _PREFIXED_ID.match(text)
        or _CLOSED_ID.match(text)
    )
    if m:
        return int(m.group("n"))
    letter = _letter(text)
    return _letter_place(letter) if letter is not None and letter not in "IVX" else text


def _letter(text: str) -> str | None:
    """The capital of an item lettered "C", "C." or "c)" (a note taker's small letters
    number the items as capitals do), else None."""
    letter = text.rstrip(".)").upper()
    return letter if len(letter) == 1 and "A" <= letter <= "Z" else None


def _letter_place(letter: str) -> int:
    """A capital's place in the alphabet: A is 1."""
    return ord(letter) - ord("A") + 1


#: "A1", "B2.", "A.1": an item numbered within its agenda's lettered group (also "O1":
#: groups lettered by the kind of point, Beslutning / Drøftelse / Orientering).
_GROUPED_NUMBER = re.compile(r"^[A-Z]\.?[1-9]\d?\.?$")
#: "1.1", "2.3": an item numbered within a numbered group ("2. Orienteringssager"); an
#: agenda system may zero-pad both ("03.02").
#: Also "3.3.a", "3.3a": a point inserted after 3.3 in the same group.
_DOTTED_NUMBER = re.compile(r"^0?[1-9]\d?\.(?:0(?=[1-9]))?[1-9]\d?(?:\.?[a-h])?$")


_ZERO_DECIMAL = re.compile(r"^[1-9]\d?\.0$")


def _dotted_with_whole(texts: list[str | None]) -> bool:
    """ "1", "2.1", "2.2", "3.1", "4": items numbered within numbered groups, a group of
    one item written with the group's number alone (the reader numbers them by place)."""
    dotted = [t for t in texts if t is not None and _DOTTED_NUMBER.match(t)]
    # ("3.0": a whole point written with a zero decimal beside "3.1", as the reader reads it)
    whole = [t for t in texts if t is not None and (t.isdigit() or _ZERO_DECIMAL.match(t))]
    return len(dotted) >= 2 and bool(whole) and len(dotted) + len(whole) == len(texts)


def _grouped_with_letter(texts: list[str | None]) -> bool:
    """ "A1", "A2", "B1", "D": items numbered within lettered groups, a group of one item
    written with the group's letter alone ("D. Eventuelt"; the reader numbers them by place)."""
    grouped = [t for t in texts if t is not None and _GROUPED_NUMBER.match(t)]
    letters = [t for t in texts if t is not None and len(t.rstrip(".")) == 1 and t[:1].isupper()]
    return len(grouped) >= 2 and bool(letters) and len(grouped) + len(letters) == len(texts)


def _label_numbers(items: list[Mapping]) -> list[object]:
    """The labelled items' numbers as the reader numbers them. A label may give a number
    as printed: Roman numerals (I, II, III …) are their value and letters (A, B, C …) their
    place in the alphabet, as for the reader's items; whether "I" is a letter or a numeral
    the label's other numbers tell (A … I is a run of letters); numbers within lettered
    groups (A1, A2, B1 …, a group of one item by its letter alone, or 1.1, 1.2, 2.1 …) are
    their place in the list, and so are the numbers of a list whose items all carry none
    (``n`` null)."""
    texts = [_text(it.get("n")) for it in items]
    if texts and all(t is None for t in texts):
        # items printed without numbers ("n": null for every one): the reader numbers them
        # 1, 2, 3 … in the order they stand, and so does the label
        return list(range(1, len(texts) + 1))
    numbers = [_item_number(t) for t in texts]
    if texts.count("l") == 1 and 2 in numbers and not any(isinstance(n, str) for n in numbers):
        # "l", "2", "3" …: the first item's figure 1 as OCR read it, a small l, among
        # figures (a lettered item would be a capital among letters)
        numbers = [1 if t == "l" else n for t, n in zip(texts, numbers, strict=True)]
    if not any(isinstance(n, str) for n in numbers):
        return numbers
    dotted = [k for k, n in enumerate(numbers) if isinstance(n, str) and _DOTTED_NUMBER.match(n)]
    if len(dotted) == 1 and sum(isinstance(n, str) for n in numbers) == 1:
        # "6.1" once among whole numbers, right after 6 (an extra item numbered as a point
        # of the one it follows): numbered 6, as the reader numbers it and as "6a" is
        k = dotted[0]
        major, _, minor = str(numbers[k]).partition(".")
        if minor == "1" and k > 0 and numbers[k - 1] == int(major):
            return [*numbers[:k], int(major), *numbers[k + 1 :]]
    if (
        all(t is not None and _GROUPED_NUMBER.match(t) for t in texts)
        or all(t is not None and _DOTTED_NUMBER.match(t) for t in texts)
        or _dotted_with_whole(texts)
        or _grouped_with_letter(texts)
    ):
        # "A1", "A2", "B1" … or "1.1", "1.2", "2.1" …: items numbered within (lettered or
        # numbered) groups are numbered by their place in the agenda, as the reader numbers
        # them; the closed part's "L1", "L2" after the lettered groups keep their printed
        # numbers, as the reader's do (see ``_CLOSED_ID``)
        closed = [
            t is not None and t[0] == "L" and "K" not in {u[0] for u in texts if u} for t in texts
        ]
        open_place = iter(range(1, len(texts) + 1))
        return [
            _item_number(t) if shut else next(open_place)
            for t, shut in zip(texts, closed, strict=True)
        ]
    from analysis.layouts.headings import roman_value  # the reader's own numeral values

    printed = [t for t in texts if t is not None and not _PRINTED_NUMBER.match(t)]
    if all(_letter(t) for t in printed) and any(t.rstrip(".") not in "IVX" for t in printed):
        letters = [None if t is None else _letter(t) for t in texts]
        return [
            _letter_place(c) if c is not None else n for c, n in zip(letters, numbers, strict=True)
        ]

    def roman(n: str) -> int | None:
        n = n.rstrip(".").upper()
        return roman_value(n) if n and set(n) <= set("IVX") else None

    return [(roman(n) or n) if isinstance(n, str) else n for n in numbers]


def _first_line(text: object) -> str | None:
    if not isinstance(text, str):
        return None
    return next((line for line in (_text(x) for x in text.splitlines()) if line), None)


def _same_decision_text(ours: str | None, label: str) -> bool:
    """Equal, a trailing period aside; or the label is our line's first sentence(s) (a
    labeller may stop at the first full stop of a long printed line)."""
    if ours is None:
        return False
    if ours.rstrip(".") == label.rstrip("."):
        return True
    if label[-1:] == "-" and label[-2:-1].isalpha():
        # "… foretage ansættel-": the printed line broken in a word that our text joins
        # ("ansættelsen"), the word's rest in small letters right after the label's part
        part = label[:-1]
        return ours.startswith(part) and ours[len(part) : len(part) + 1].islower()
    return label.endswith((".", "!", "?", ":")) and ours.startswith(label + " ")


# --- comparing --------------------------------------------------------------------------


def fact_right(fact: str, label: object, ours: object) -> bool:
    """Whether our value of one meeting fact matches the label (see the module rules)."""
    if fact == "date":
        a, b = _iso_date(label), _iso_date(ours)
    elif fact == "start":
        a, b = _clock(label), _clock(ours)
    elif fact == "municipality":
        a, b = _text(label), _text(ours)
        if a is not None and b is not None:
            return same_municipality(a, b)
    elif fact == "forum":
        a, b = _forum_key(label), _forum_key(ours)
    else:  # location
        a, b = _folded(label), _folded(ours)
    return a == b


#: A dash or a comma between a body and what it is of ("Chefforum – Socialforvaltningen",
#: "Forældrebestyrelsen, Dagtilbud Overlund"): labels write either for the same forum.
_FORUM_JOINT = re.compile(r"\s*(?:,|\s[–—-])\s+")


#: "Bestyrelsen for Vestforbrænding I/S": a body of one word "for" what it is of, the same
#: forum as "Vestforbrænding I/S, bestyrelsen" (labels write either).
_BODY_FOR = re.compile(r"^(?P<body>\w+(?:en|et))\s+for\s+(?P<of>\S.*)$")


def _forum_key(value: object) -> str | None:
    """A forum name for comparing: case, the joint between its parts and their order
    ("Bestyrelsen for X" / "X, bestyrelsen") aside."""
    text = _folded(value)
    if not text:
        return None
    m = _BODY_FOR.match(text)
    if m:
        text = f"{m.group('of')}, {m.group('body')}"
    return _FORUM_JOINT.sub(", ", text)


def title_right(label: object, raw_title: object, bodies: object, title: object) -> bool:
    """Whether the printed title of the label is one of the ways we hold the title."""
    want = _text(label)
    if want is None:
        return _text(raw_title) is None and _text(title) is None
    candidates = [_text(raw_title), _text(title)]
    if _text(bodies) and _text(title):
        candidates.append(_text(f"{bodies} - {title}"))
    return want in candidates


def case_right(label: object, ours: object) -> bool:
    return _text(label) == _text(ours)


def decision_type_right(label: str, ours: object) -> bool:
    ours_text = _text(ours)
    return ours_text == label or ours_text in ALSO_RIGHT.get(label, frozenset())


# --- one file ---------------------------------------------------------------------------


def _column(df: pd.DataFrame, name: str) -> pd.Series:
    """A column of ``df``, or nulls where the column is not (yet) there."""
    return df[name] if name in df.columns else pd.Series([None] * len(df), index=df.index)


def _meeting_row(tables: Mapping[str, pd.DataFrame]) -> dict[str, object]:
    meetings = tables.get("meetings")
    if meetings is None or meetings.empty:
        return {}
    return meetings.iloc[0].to_dict()


def _first_paragraph(text: object) -> str | None:
    """The first paragraph of ``text`` (its lines to the first blank one) as one line,
    joined as the parser joins a wrapped title (``parse.join_wrapped``: "ansættel-" /
    "sen" one word, "Teknik-" / "og Miljøudvalget" keeping its hyphen and a space)."""
    from analysis.parse import join_wrapped  # (the scorer needs the parser only here)

    if not isinstance(text, str):
        return None
    joined = ""
    for raw in text.strip().splitlines():
        line = _text(raw)
        if line is None:
            break
        joined = join_wrapped(joined, line) if joined else line
    return joined or None


def _first_of_decisions(
    tables: Mapping[str, pd.DataFrame], first: Callable[[str], str | None]
) -> dict[str, str]:
    """item_id -> ``first`` of the item's first Beslutning section that gives one, in order
    (``_first_line``: the first non-blank line; ``_first_paragraph``: the first paragraph,
    its hard-wrapped lines joined)."""
    sections = tables.get("sections")
    if sections is None or sections.empty:
        return {}
    key = "section" if "section" in sections.columns else "key"
    dec = sections[sections[key] == "beslutning"]
    if "position" in dec.columns:
        dec = dec.sort_values(["item_id", "position"], kind="mergesort")
    out: dict[str, str] = {}
    for item_id, text in zip(dec["item_id"], dec["text"], strict=True):
        if (found := first(text)) is not None:
            out.setdefault(str(item_id), found)
    return out


def _primary_types(tables: Mapping[str, pd.DataFrame]) -> dict[str, object]:
    """item_id -> primary decision type (the per-item summary ``enrich.items`` makes)."""
    summary = tables.get("item_decisions")
    if summary is None or summary.empty:
        items = tables.get("items")  # enriched items carry the type themselves
        if items is None or "decision_type" not in items.columns:
            return {}
        summary = items
    return dict(zip(summary["item_id"].astype(str), summary["decision_type"], strict=True))


def _unparsed_score(label: Mapping, status: str, manifest: Mapping[str, object]) -> FileScore:
    """Zero on everything labelled: the document is missing or was rejected."""
    items = list(label.get("items") or [])
    return FileScore(
        file=str(label.get("file")),
        status=status,
        message=str(manifest.get("message") or ""),
        layout=_text(manifest.get("layout")),
        document_type=_text(manifest.get("document_type")),
        facts=dict.fromkeys(FACTS, False),
        items=Score(0, len(items)),
        extra=0,
        titles=Score(0, len(items)),
        cases=Score(0, len(items)),
        decision_text=Score(0, sum(_text(i.get("decision_first_line")) is not None for i in items)),
        decision_types=Score(0, sum(_text(i.get("decision_type")) is not None for i in items)),
    )


def evaluate_file(
    label: Mapping,
    tables: Mapping[str, pd.DataFrame] | None,
    manifest: Mapping[str, object] | None = None,
) -> FileScore:
    """Score one document's parsed ``tables`` against its ``label`` (pure).

    ``tables`` are ``FileResult.tables`` (None when the file was rejected or is missing);
    ``manifest`` is its manifest row (status, message; a ``layout`` or ``document_type``
    there is used when the meetings table has none).
    """
    manifest = manifest or {}
    status = str(manifest.get("status") or ("ok" if tables is not None else "missing"))
    message = str(manifest.get("message") or "")
    if tables is None:
        return _unparsed_score(
            label, "rejected" if status in ("ok", "warning") else status, manifest
        )
    meeting = _meeting_row(tables)
    wanted = label.get("meeting") or {}
    misses: list[str] = []
    facts: dict[str, bool] = {}
    for fact in FACTS:
        ours = meeting.get(FACT_COLUMNS[fact])
        facts[fact] = fact_right(fact, wanted.get(fact), ours)
        if not facts[fact]:
            misses.append(f"{fact}: label {_text(wanted.get(fact))!r}, ours {_text(ours)!r}")

    items = tables.get("items", pd.DataFrame())
    # A number may repeat (a closed part that numbers from 1 again): the k-th label with a
    # number is paired with the k-th parsed item with it, in document order.
    parsed: dict[object, list[dict[str, object]]] = {}
    for row in items.to_dict("records"):
        parsed.setdefault(_item_number(row.get("number")), []).append(row)
    decision_lines = _first_of_decisions(tables, _first_line)
    decision_paragraphs = _first_of_decisions(tables, _first_paragraph)
    types = _primary_types(tables)

    found, titles, cases, texts, kinds = [], [], [], [], []
    labelled: Counter[object] = Counter()
    labelled_items = label.get("items") or []
    for it, n in zip(labelled_items, _label_numbers(labelled_items), strict=True):
        same_number = parsed.get(n, [])
        row = same_number[labelled[n]] if labelled[n] < len(same_number) else None
        labelled[n] += 1
        want_line = _text(it.get("decision_first_line"))
        want_type = _text(it.get("decision_type"))
        found.append(row is not None)
        if row is None:
            titles.append(False)
            cases.append(False)
            if want_line is not None:
                texts.append(False)
            if want_type is not None:
                kinds.append(False)
            misses.append(f"item {n}: not found")
            continue
        item_id = str(row.get("item_id"))
        titles.append(
            title_right(it.get("title"), row.get("raw_title"), row.get("bodies"), row.get("title"))
        )
        if not titles[-1]:
            misses.append(
                f"item {n} title: label {_text(it.get('title'))!r}, "
                f"ours {_text(row.get('raw_title'))!r}"
            )
        cases.append(case_right(it.get("case"), row.get("case_number")))
        if not cases[-1]:
            misses.append(
                f"item {n} case: label {_text(it.get('case'))!r}, "
                f"ours {_text(row.get('case_number'))!r}"
            )
        if want_line is not None:
            ours_line = decision_lines.get(item_id)
            texts.append(
                _same_decision_text(ours_line, want_line)
                or _same_decision_text(decision_paragraphs.get(item_id), want_line)
            )
            if not texts[-1]:
                misses.append(f"item {n} decision: label {want_line!r}, ours {ours_line!r}")
        if want_type is not None:
            ours_type = types.get(item_id)
            kinds.append(decision_type_right(want_type, ours_type))
            if not kinds[-1]:
                misses.append(
                    f"item {n} decision type: label {want_type!r}, ours {_text(ours_type)!r}"
                )
    extra = sum(max(0, len(rows) - labelled[n]) for n, rows in parsed.items())
    return FileScore(
        file=str(label.get("file")),
        status=status,
        message=message,
        layout=_text(meeting.get("layout")) or _text(manifest.get("layout")),
        document_type=_text(meeting.get("document_type")) or _text(manifest.get("document_type")),
        facts=facts,
        items=_tally(found),
        extra=extra,
        titles=_tally(titles),
        cases=_tally(cases),
        decision_text=_tally(texts),
        decision_types=_tally(kinds),
        misses=tuple(misses),
    )


def summarise(scores: Iterable[FileScore]) -> Summary:
    """Every file's scores added up (pure)."""
    scores = list(scores)

    def total(attr: str) -> Score:
        return sum((getattr(s, attr) for s in scores), Score())

    by_status: dict[str, int] = {}
    for s in scores:
        by_status[s.status] = by_status.get(s.status, 0) + 1
    return Summary(
        files=len(scores),
        facts=sum((s.fact_score for s in scores), Score()),
        by_fact={f: _tally(s.facts[f] for s in scores) for f in FACTS},
        items=total("items"),
        extra=sum(s.extra for s in scores),
        titles=total("titles"),
        cases=total("cases"),
        decision_text=total("decision_text"),
        decision_types=total("decision_types"),
        by_status=by_status,
    )


# --- output -----------------------------------------------------------------------------

_HEADER = (
    "file",
    "layout",
    "document",
    "facts",
    "items",
    "extra",
    "titles",
    "cases",
    "decision text",
    "decision type",
    "status",
)


def _plain_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """Left-aligned columns, a rule under the header and above the last (total) row."""
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in rows[:-1]), rule, line(rows[-1])])


def render(scores: list[FileScore], summary: Summary) -> str:
    """The per-file table with a total line, then the messages of files that have one."""
    rows = [
        (
            s.file,
            s.layout or "-",
            s.document_type or "-",
            str(s.fact_score),
            str(s.items),
            str(s.extra),
            str(s.titles),
            str(s.cases),
            str(s.decision_text),
            str(s.decision_types),
            s.status,
        )
        for s in scores
    ]
    statuses = ", ".join(f"{n} {k}" for k, n in sorted(summary.by_status.items()))
    rows.append(
        (
            f"total ({summary.files} files)",
            "",
            "",
            summary.facts.with_pct(),
            summary.items.with_pct(),
            str(summary.extra),
            summary.titles.with_pct(),
            summary.cases.with_pct(),
            summary.decision_text.with_pct(),
            summary.decision_types.with_pct(),
            statuses,
        )
    )
    lines = [_plain_table(_HEADER, rows)]
    notes = [f"  {s.file} ({s.status}): {s.message}" for s in scores if s.message]
    if notes:
        lines += ["", "Messages:", *notes]
    return "\n".join(lines)


def to_json(scores: list[FileScore], summary: Summary) -> dict[str, object]:
    """Per-file and total scores as plain JSON-ready data."""

    def file_dict(s: FileScore) -> dict[str, object]:
        return {
            "file": s.file,
            "status": s.status,
            "message": s.message,
            "layout": s.layout,
            "document_type": s.document_type,
            "facts": dict(s.facts),
            "facts_score": s.fact_score.as_dict(),
            "items": s.items.as_dict(),
            "extra_items": s.extra,
            "titles": s.titles.as_dict(),
            "cases": s.cases.as_dict(),
            "decision_text": s.decision_text.as_dict(),
            "decision_types": s.decision_types.as_dict(),
            "misses": list(s.misses),
        }

    return {
        "files": [file_dict(s) for s in scores],
        "total": {
            "files": summary.files,
            "by_status": dict(summary.by_status),
            "facts": summary.facts.as_dict(),
            "by_fact": {k: v.as_dict() for k, v in summary.by_fact.items()},
            "items": summary.items.as_dict(),
            "extra_items": summary.extra,
            "titles": summary.titles.as_dict(),
            "cases": summary.cases.as_dict(),
            "decision_text": summary.decision_text.as_dict(),
            "decision_types": summary.decision_types.as_dict(),
        },
    }


# --- I/O edge ---------------------------------------------------------------------------


def _check_label(data: object, name: str) -> dict:
    if not isinstance(data, dict) or not isinstance(data.get("file"), str):
        raise LabelError(f"{name}: not a label (a JSON object with 'file' and 'items')")
    items = data.get("items", [])
    if not isinstance(items, list) or not all(isinstance(i, dict) and "n" in i for i in items):
        raise LabelError(f"{name}: 'items' must be a list of objects, each with 'n'")
    if not isinstance(data.get("meeting") or {}, dict):
        raise LabelError(f"{name}: 'meeting' must be an object")
    return data


def load_labels(labels_dir: Path) -> list[dict]:
    """Every label (``*.json``) in ``labels_dir``, sorted by file name.

    Raises NoLabels when there is none, LabelError when one cannot be used.
    """
    labels_dir = Path(labels_dir)
    if not labels_dir.is_dir():
        raise NoLabels(f"labels folder not found: {labels_dir}")
    paths = sorted(p for p in labels_dir.glob("*.json") if p.is_file())
    if not paths:
        raise NoLabels(f"no label files (*.json) in {labels_dir}")
    labels = []
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise LabelError(f"{path.name}: cannot be read as JSON ({exc})") from exc
        labels.append(_check_label(data, path.name))
    return labels


def default_raw_dir(labels_dir: Path) -> Path:
    """``LABELS_DIR/../raw`` when it exists (the realworld layout), else LABELS_DIR."""
    sibling = Path(labels_dir).parent / "raw"
    return sibling if sibling.is_dir() else Path(labels_dir)


def evaluate_dir(labels_dir: Path, raw_dir: Path | None = None) -> list[FileScore]:
    """Parse the raw document of every label in ``labels_dir`` and score it."""
    from analysis.pipeline import parse_bytes  # spaCy and friends only when evaluating

    labels = load_labels(labels_dir)
    raw_dir = Path(raw_dir) if raw_dir is not None else default_raw_dir(labels_dir)
    scores = []
    for label in labels:
        path = raw_dir / label["file"]
        try:
            data = path.read_bytes()
        except OSError as exc:
            reason = "not found" if isinstance(exc, FileNotFoundError) else exc.strerror
            scores.append(
                evaluate_file(label, None, {"status": "missing", "message": f"{path}: {reason}"})
            )
            continue
        result = parse_bytes(data, label["file"])
        scores.append(evaluate_file(label, result.tables, result.manifest))
    return scores


def write_json(path: Path, scores: list[FileScore], summary: Summary) -> None:
    Path(path).write_text(
        json.dumps(to_json(scores, summary), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


__all__ = [
    "FACTS",
    "FileScore",
    "LabelError",
    "NoLabels",
    "Score",
    "Summary",
    "default_raw_dir",
    "evaluate_dir",
    "evaluate_file",
    "load_labels",
    "render",
    "summarise",
    "to_json",
    "write_json",
]
