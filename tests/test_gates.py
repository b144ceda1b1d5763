"""Every cheap gate lets through every text its pattern reads.

A parsing pass often starts with a cheap test (a character, a word, a small regex, a
line-start test) before its expensive pattern: ``if _GATE.search(text) is None: return
text``. A gate narrower than its pattern makes the pass silently never run on some
minutes (a capital ``PKT 3`` behind a lower-case gate, a tab where the gate wants a
space). Each entry below names a pass, its gate and the pattern (or helper) the pass
consults right after the gate. Hypothesis generates texts the pattern reads, set in
ordinary minutes, and the test spies on that pattern: the pass must consult it.

Where a pattern is written ``re.I``, the texts are generated from it in lower case and
then set in each case minutes use (lower, capitalised, title case, capitals), not in
every mixed case ("pKt") a case-insensitive pattern also reads.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import analysis.layouts as layouts_package
from analysis import dates, municipalities, ocr_labels, parse
from analysis.case_labels import CASE_LABEL
from analysis.enrich import decisions, policy_areas
from analysis.layouts import (
    appended,
    authored_labels,
    base,
    bilingual,
    block_decisions,
    boxed_table,
    chevron,
    consent,
    decision_column,
    decision_log,
    decision_summary,
    disclosure,
    elided_contents,
    elsewhere_date,
    field_column,
    field_row,
    framed,
    guest_session,
    header,
    header_columns,
    header_fallback,
    headings,
    indented_outcomes,
    inline_case,
    lead_in_list,
    lead_sentence,
    mail_date,
    margin_numbers,
    marked,
    meeting_kind,
    meeting_prefixed,
    member_table,
    meta_lead,
    number_under_title,
    ocr_date,
    option_boxes,
    outcome,
    outcome_list,
    outcome_overview,
    owner_kind,
    owners,
    page_title,
    paged_contents,
    procedure_notes,
    remarks,
    review_marks,
    ruled,
    run_in_label,
    signature_note,
    slides,
    split_decision_date,
    substitutes,
    tab_item_row,
    text,
    time_slots,
    timecodes,
    title_field,
    title_forum,
    title_row,
    trailing_number,
    unnumbered,
    yearless,
)
from analysis.layouts.headings import Head
from analysis.model import Item, ParsedMeeting, Section
from analysis.municipalities import REGION_PATTERN
from analysis.read import docx as read_docx
from analysis.read import html as html_reader
from analysis.read import item_table
from analysis.read import pdf as read_pdf
from analysis.read import text as read_text_module

Strategy = st.SearchStrategy[str]


class _Spy:
    """Stands in for a pattern or helper and records whether the pass consulted it."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.used = False

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.real, name)
        if not callable(attr):
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            self._note(args, kwargs)
            return attr(*args, **kwargs)

        return call

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self._note(args, kwargs)
        return self.real(*args, **kwargs)

    def _note(self, args: tuple, kwargs: dict) -> None:
        """A consultation counts unless every text it was given is blank: an empty line's
        first letter passes every ``text[:1] in "…"`` gate, so a pattern asked only about
        the blank lines around the drawn line says nothing of the gate."""
        texts = [a for a in (*args, *kwargs.values()) if isinstance(a, str)]
        if not texts or any(t.strip() for t in texts):
            self.used = True


@dataclass(frozen=True)
class Gate:
    """A pass's gate and what stands behind it.

    where: the pass (module.function) and its gate, for the failure message. module, spy:
    the name the pass consults right after the gate. run: calls the pass. texts: texts the
    pattern reads. reads: whether the pass, without its gate, would read the text (a
    generated text that ``reads`` refuses is skipped)."""

    where: str
    module: ModuleType
    spy: str
    run: Callable[[str], object]
    texts: Strategy
    reads: Callable[[str], bool]

    def __str__(self) -> str:
        return self.where


def _reached(gate: Gate, text: str) -> bool:
    real = getattr(gate.module, gate.spy)
    spy = _Spy(real)
    setattr(gate.module, gate.spy, spy)
    try:
        gate.run(text)
    finally:
        setattr(gate.module, gate.spy, real)
    return spy.used


def _case_forms(s: str) -> list[str]:
    """The cases minutes write a word or a line in."""
    return [s, s.upper(), s[:1].upper() + s[1:], s.title()]


#: White space minutes hold: any other (a ``\\s`` reads "\\x85", "\\x1c" …) is written as one
#: of those.
_ODD_SPACE = re.compile(r"[^\S \t\n\u00a0]")


def _usual_space(m: re.Match[str]) -> str:
    """A space, a tab or a no-break space for odd white space, by its code (so every kind a
    ``\\s`` reads turns up)."""
    return " \t\u00a0"[ord(m.group(0)) % 3]


def rx(pattern: re.Pattern[str] | str, *, fullmatch: bool = False, cased: bool = True) -> Strategy:
    """Strings ``pattern`` matches (odd white space as spaces); an ``re.I`` pattern's in the
    cases of ``_case_forms``."""
    if isinstance(pattern, str):
        pattern = re.compile(pattern)
    flags = pattern.flags
    if cased and flags & re.I:
        plain = re.compile(pattern.pattern, flags & ~re.I)
        found = st.from_regex(plain, fullmatch=fullmatch).flatmap(
            lambda s: st.sampled_from(_case_forms(s))
        )
    else:
        found = st.from_regex(pattern, fullmatch=fullmatch)
    return found.map(lambda s: _ODD_SPACE.sub(_usual_space, s))


#: A run of white space: written as its first character (where no one writes "del<TAB><TAB>2").
_RUN = re.compile(r"([ \t\u00a0])[ \t\u00a0]+")


def single_spaced(s: str) -> str:
    return _RUN.sub(r"\1", s)


def like(pattern: re.Pattern[str], old: str, new: str) -> re.Pattern[str]:
    """``pattern`` with ``old`` written ``new``, its flags kept."""
    return re.compile(pattern.pattern.replace(old, new), pattern.flags)


def line(pattern: re.Pattern[str] | str, *, indent: bool = False) -> Strategy:
    """One line the (``^``/``$``-anchored) pattern matches whole, maybe indented."""
    s = rx(pattern, fullmatch=True).filter(lambda s: "\n" not in s)
    if indent:
        s = st.tuples(st.sampled_from(["", " ", "  ", "\t"]), s).map("".join)
    return s


#: (No date, no field, no mark in it: the text around a line lets no gate through itself.)
_HEAD = "Referat af mødet i Økonomiudvalget\n\n"
_TAIL = "\n\nMødet sluttede kl. 17.30.\n"


def embedded(lines: Strategy, *, at_top: bool = False, many: int = 1) -> Strategy:
    """Texts of minutes with one (or ``many``) of ``lines`` among ordinary lines."""
    return st.lists(lines, min_size=many, max_size=many).map(
        lambda found: "\n\n".join(found) + _TAIL if at_top else _HEAD + "\n\n".join(found) + _TAIL
    )


def searched(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    return lambda text: pattern.search(text) is not None


def any_line(pattern: re.Pattern[str], strip: bool = False) -> Callable[[str], bool]:
    return lambda text: any(pattern.match(ln.strip() if strip else ln) for ln in text.split("\n"))


def _in_cases(*phrases: str) -> Strategy:
    """``phrases``, each in the cases of ``_case_forms``."""
    return st.sampled_from(phrases).flatmap(lambda s: st.sampled_from(_case_forms(s)))


def _item(title: str, *sections: Section) -> Item:
    """Item 1 titled ``title`` with ``sections`` and nothing else."""
    return Item(1, title, title, None, False, None, None, None, sections, (), (), ())


def _classified_anew(text: str) -> object:
    """``decisions.classify_decision`` with ``_classified``'s and ``_hits``' caches emptied
    first (a text classified before would not consult the patterns again)."""
    decisions._classified.cache_clear()
    decisions._hits.cache_clear()
    return decisions.classify_decision(text)


def _action_under_full_line(action: str) -> str:
    """The PDF reader's text of an action line (``action``) under a sentence whose line
    fills the column, the action's first word too long to fit at its end."""
    m = read_pdf._Metrics(10.0, 12.0, 500.0)
    full = read_pdf._Seg(
        "Der var enighed om forslaget.", 0, 70.0, 495.0, 700.0, 10.0, False, 20.0, 2.5, 70.0
    )
    under = read_pdf._Seg(action, 0, 70.0, 300.0, 688.0, 10.0, False, 40.0, 2.5, 70.0)
    return read_pdf._assemble([full, under], m)


# --- the table -------------------------------------------------------------------------

_TN = trailing_number
_NUT = number_under_title
_TIR = tab_item_row
# ("(01)": no one numbers a heading so)
_BARE_ONE = like(trailing_number._BARE, r"(?P<num>\d{1,2})", "(?P<num>1)")
# ("Titel (nr. 3)": a title before the number's end)
_BESIDE_LINE = re.compile(
    "^Titel" + trailing_number._BESIDE_END.pattern, trailing_number._BESIDE_END.flags
)
_LEAD_ONE = like(meeting_prefixed._LEAD_BEFORE_NUMBER, r"(?P<num>\d{1,3})", "(?P<num>1)")
_VERBS = (
    r"(?:forlod\s+mødet|ankom|kom\s+til\s+mødet|"
    r"deltog\s+(?:fra|til|ikke\s+i)\s+(?:kl|pkt|punkt))"
)
_MEETING_EVENT_FORMS = [
    ("" if alt.startswith("^") else "^") + alt
    for alt in header._MEETING_EVENT.pattern.split("|^")
    if _VERBS not in alt
] + [
    "^" + named.replace(_VERBS, verb)
    for named in header._MEETING_EVENT.pattern.split("|^")
    if _VERBS in named
    for verb in (r"forlod\s+mødet", "ankom", r"kom\s+til\s+mødet", r"deltog\s+fra\s+kl")
]
_EMPTY_BOX = re.compile(r"\[\s*\]|\(\s*\)|[☐□]")
#: A youth council's notes, a vote counted over an arrowed result in point 2.
_ARROWED = (
    "Ungerådet\nReferat fra møde 4. februar 2025 kl. 17.00\n\n1. Runde\nAlle sagde hej.\n\n"
    "2. Skaterbane\nBo har set på pladsen.\n{vote}\n-> Det blev et ja.\n\n"
    "3. Cykler\n-> Godkendt.\n\n4. Eventuelt\nIntet.\n"
)


def _numbered_from(found: list[str], first: int) -> list[str]:
    """``found``'s numbered lines renumbered ``first``, ``first + 1``, …: a run of them."""
    out = []
    for k, entry in enumerate(found):
        m = outcome_list._NUMBERED_LINE.match(entry)
        assert m is not None, entry
        out.append(f"{entry[: m.start('num')]}{first + k}{entry[m.end('num') :]}")
    return out


def _decided(text: str) -> Item:
    """An item whose decision is ``text``."""
    return Item(
        number=1,
        raw_title="Salg af grund",
        title="Salg af grund",
        bodies=None,
        closed=False,
        case_number=None,
        proposer=None,
        duration_min=None,
        sections=(Section("beslutning", "Beslutning", text),),
        recommendations=(),
        attachments=(),
        references=(),
    )


#: "Lokalrådet går ikke videre med forslaget": ``_NOT_SUPPORTED``'s branch of a proposal let drop
#: (drawn alone: the whole pattern's other branches hide it among 20 examples).
_DROPPED = re.compile(
    r"(?:lokalrådet|bestyrelsen|udvalget|rådet|vi) (?:går|gik) ikke videre med "
    r"(?:forslaget|idéen|ideen|ønsket|henvendelsen|ansøgningen|anmodningen)",
    re.IGNORECASE,
)


def _signed_by_gate(where: str, run: Callable[[list[parse.Line]], object], above: str) -> Gate:
    """The entry of a pass that reads the label over the minutes' signatures
    (``base._SIGNED_BY``): the label drawn from the pattern under ``above``, names under it."""
    return Gate(
        where,
        base,
        "_SIGNED_BY",
        lambda t: run(parse.to_lines(t)),
        line(base._SIGNED_BY).map(lambda s: f"{above}\n{single_spaced(s)}\nKaren Holm  Ib Berg\n"),
        lambda t: True,
    )


#: The words ``parse._GENITIVE_DECISION`` reads after a body's genitive ("beslutning", …).
_GENITIVE_WORDS = (
    re.search(r"\(\?P<word>([^)]*)\)", parse._GENITIVE_DECISION.pattern).group(1).split("|")
)


def _council_item(heading: str) -> object:
    """An advisory council's item whose reply heading ``heading`` follows its Indstilling."""
    text = (
        f"Indstilling\nDet indstilles, at rådet afgiver svar.\n\n{heading}\nRådet anbefaler planen."
    )
    body = [parse.Line(k, ln, 0) for k, ln in enumerate(text.split("\n"))]
    rules = parse.BodyRules(forum="Seniorrådet")
    return parse._parse_item(2, "Høring", body, _COUNCIL_DAY, set(), rules=rules)


_COUNCIL_DAY = dt.date(2025, 9, 9)
#: ``parse._DATED_CELL_HEADING`` with its label longer than ``_INLINE_HEADING`` reads.
_LONG_DATED_CELL = like(parse._DATED_CELL_HEADING, "{3,90}?", "{41,90}?")


def _cell_item(text: str) -> object:
    """A committee's item of table rows ("Label<TAB>text"), the drawn row last."""
    body = [parse.Line(k, ln, 0) for k, ln in enumerate(text.split("\n"))]
    rules = parse.BodyRules(meeting_date=_COUNCIL_DAY, forum="Teknikudvalget")
    return parse._parse_item(2, "Vejplan", body, _COUNCIL_DAY, set(), rules=rules)


def _cell_row_unread(text: str) -> bool:
    """The drawn row (the last line) is no heading of its own and no label that
    ``_INLINE_HEADING`` or ``_DATED_INLINE_HEADING`` reads first."""
    row = parse.to_lines(text)[-1]
    return (
        parse.heading_key(row) is None
        and parse._INLINE_HEADING.match(row.clean) is None
        and parse._DATED_INLINE_HEADING.match(row.clean) is None
    )


def _under_last_entry(drawn: str) -> str:
    """A contents list whose last entry's title goes on in ``drawn`` (and a word), over the
    blank that ends the list."""
    rest = f"{single_spaced(drawn)}herunder stier"
    return f"Indhold\n1. Godkendelse af dagsorden\n2. Trafikplan - etape\n{rest}\n\n1. Punkt\n"


def _rest_after_entry(text: str) -> bool:
    """The drawn line (under the list's last entry) is no entry, case nor plan row of its
    own, one line, and not all the rest of a title that other tests already take."""
    rest = parse.to_lines(text)[3]
    return (
        text.count("\n") == 6
        and headings.toc_entry(rest) is None
        and " " in rest.clean
        and not headings._plan_cells(rest.clean)
        and not rest.clean[:1].islower()
    )


def _beslutning_label(text: str) -> bool:
    """The "Beslutning i <body>" forms :func:`parse.heading_key` reads with
    ``_undated_body_decision`` (in capitals, run together, with no "i")."""
    t = text.rstrip(":").strip()
    return (
        (t[:13] == "Beslutning i " and not t[-1:].isdigit())
        or (t[:13] == "BESLUTNING I " and t.isupper() and not t[-1:].isdigit())
        or (t[:12] == "Beslutningi " and t[-1:].isalpha())
        or (t[:11] == "Beslutning " and t[11:12].isupper() and t[-1:].isalpha())
    )


#: Texts written one paragraph per line (a blank line, perhaps of spaces, between every two).
_EVERY_LINE_A_PARAGRAPH: Strategy = st.tuples(
    st.lists(
        st.tuples(
            st.sampled_from(["", " ", "\t"]),
            st.sampled_from(["Godkendelse af dagsorden", "Dagsordenen blev godkendt.", "Punkt 3"]),
            st.sampled_from(["", " ", "\t"]),
        ).map("".join),
        min_size=13,
        max_size=20,
    ),
    st.sampled_from(["\n\n", "\n \n", "\n\t\n"]),
).map(lambda p: p[1].join(p[0]) + "\n")

GATES: list[Gate] = [
    Gate(
        "read.docx._dated_break: a line break before _TIME_BREAK",
        read_docx,
        "_TIME_BREAK",
        read_docx._dated_break,
        st.tuples(
            st.sampled_from(
                ["26-08-2025 kl. 15:00", "Tirsdag 3. juni 2025, kl. 9.30", "14.05.2024 16.00"]
            ),
            st.sampled_from(["\n", " \n", "\n "]),
            st.sampled_from(["Mødelokale 1, Rådhuset", "Byrådssalen", "Ørsted Hallen"]),
        ).map("".join),
        searched(read_docx._TIME_BREAK),
    ),
    Gate(
        "layouts.framed.unspaced: _has_spaced (the lines' starts) before _SPACED",
        framed,
        "_SPACED",
        framed.unspaced,
        embedded(line(framed._SPACED, indent=True)),
        searched(framed._SPACED),
    ),
    Gate(
        "read.pdf._stamp: _STAMP_FIRST before _STAMP",
        read_pdf,
        "_STAMP",
        read_pdf._stamp,
        st.tuples(
            rx(read_pdf._STAMP), st.sampled_from(["", "marts 2026", "april 2025 Side 1/2"])
        ).map("".join),
        lambda t: read_pdf._STAMP.match(t) is not None,
    ),
    Gate(
        "layouts.header._todays_meeting_body: 'dagens' before _TODAYS_BODY",
        header,
        "_TODAYS_BODY",
        lambda t: header.forum_from_body(parse.to_lines(t), None),
        st.tuples(
            _in_cases("Godkendelse af dagsorden til", "Punktet blev behandlet på"),
            st.sampled_from([" ", "\t", "\u00a0", "  "]),
            _in_cases("dagens"),
            st.sampled_from([" ", "\t", "\u00a0"]),
            st.sampled_from(["møde i Klima- og Miljøudvalget.", "møde i Handicaprådet."]),
        ).map(lambda p: _HEAD + "".join(p) + _TAIL),
        lambda t: any(header._TODAYS_BODY.search(line) for line in t.splitlines()),
    ),
    Gate(
        "layouts.text.item_jump_menu: _JUMP_MENU searched before _JUMP_LINK",
        text,
        "_JUMP_LINK",
        lambda t: text.item_jump_menu(text.prepare(t)),
        st.tuples(
            _in_cases("Punkt", "Pkt.", "Pkt"),
            st.sampled_from([" ", "\t", "\u00a0", ""]),
            st.integers(1, 40),
            st.integers(3, 6),
            st.sampled_from(["\n", "\n\n"]),
        ).map(
            lambda p: (
                _HEAD + p[4].join(f"{p[0]}{p[1]}{n}" for n in range(p[2], p[2] + p[3])) + _TAIL
            )
        ),
        lambda t: True,
    ),
    Gate(
        "layouts.title_forum.body_of_title_forum: 'møde' before _MEETING_IN_BOARD",
        title_forum,
        "_MEETING_IN_BOARD",
        title_forum.body_of_title_forum,
        line(title_forum._MEETING_IN_BOARD),
        lambda text: (
            title_forum._KIND_MEETING_IN.match(text) is None
            and title_forum._MEETING_IN_BOARD.match(text) is not None
        ),
    ),
    Gate(
        "layouts.outcome._told_over_news: a colon last before _TOLD_LEAD",
        outcome,
        "_TOLD_LEAD",
        lambda text: outcome._told_over_news([text, "- Nyt fra lederen."], 0),
        line(outcome._TOLD_LEAD),
        lambda text: outcome._TOLD_LEAD.match(text.strip()) is not None,
    ),
    Gate(
        "layouts.outcome._split: a capital first before _TOLD_MINUTE",
        outcome,
        "_TOLD_MINUTE",
        lambda text: outcome._split(_item("Nyt fra formanden", Section("tekst", "", text)), False),
        line(outcome._TOLD_MINUTE).map(lambda s: s + " budgettet."),
        lambda text: outcome._TOLD_MINUTE.match(text) is not None,
    ),
    Gate(
        "decisions.classify_decision: '____' before _SIGN_OFF_LINE",
        decisions,
        "_SIGN_OFF_LINE",
        lambda text: _classified_anew("Godkendt.\n" + text),
        rx(decisions._SIGN_OFF_LINE).filter(lambda s: "\n" not in s),
        lambda text: decisions._SIGN_OFF_LINE.search(text) is not None,
    ),
    Gate(
        "parse._title_continuation: a tab before _rest_beside_case",
        parse,
        "_rest_beside_case",
        lambda text: parse._title_continuation(
            "Ansøgning om tilskud til ny varmepumpe - Hammel",
            [parse.Line(1, text, 0)],
            None,
        ),
        st.tuples(
            st.sampled_from(["Roklub", "medlemstal - Skakklubben"]),
            st.sampled_from(["\t", "\t\t", " \t"]),
            st.sampled_from(["Sagsnr.: 25/311", "Sag: 25/311", "Sagsnr. 25-000311"]),
        ).map("".join),
        lambda text: parse._rest_beside_case("x" * 40, text) is not None,
    ),
    Gate(
        "layouts._place_remark_off: 'ært' / 'ÆRT' before header.without_host",
        layouts_package,
        "without_host",
        layouts_package._place_remark_off,
        st.tuples(
            st.sampled_from(["Rådhuset, lokale 2", "Microsoft Teams", "Kulturhuset"]),
            rx(header.HOST_REMARK),
        ).map("".join),
        searched(header.HOST_REMARK),
    ),
    Gate(
        "parse.split_title: title[:3] == 'Sag' before _CASE_WORD_MARK",
        parse,
        "_CASE_WORD_MARK",
        parse.split_title,
        st.tuples(rx(parse._CASE_WORD_MARK), st.sampled_from(["Budget 2026", "Ny skole"])).map(
            "".join
        ),
        lambda text: parse._CASE_WORD_MARK.match(text.strip()) is not None,
    ),
    Gate(
        "parse._parse_item: text[:1] in 'HhUu' before council_reply_heading",
        parse,
        "council_reply_heading",
        _council_item,
        line(parse._REPLY_LABEL).map(single_spaced),
        lambda text: parse._REPLY_LABEL.match(text.strip()) is not None,
    ),
    Gate(
        "layouts.authored_labels.authored_labels: _GATE before _AUTHORED",
        authored_labels,
        "_AUTHORED",
        authored_labels.authored_labels,
        embedded(line(like(authored_labels._AUTHORED, "(?=", "(?:").pattern + ".*")),
        searched(authored_labels._AUTHORED),
    ),
    Gate(
        "layouts.outcome_overview.overview_decisions: _HEAD_WORDS and _may_hold_head (a head's "
        "last word at a line's end) before heads_in",
        outcome_overview,
        "heads_in",
        outcome_overview.overview_decisions,
        embedded(line(outcome_overview._HEAD)),
        any_line(outcome_overview._HEAD),
    ),
    Gate(
        "layouts.trailing_number.trailing_numbers: _GATE and _SQUARE_GATE before _bare_numbers",
        _TN,
        "_bare_numbers",
        _TN.trailing_numbers,
        embedded(line(_TN._TRAILING)),
        searched(_TN._TRAILING),
    ),
    Gate(
        "layouts.trailing_number.trailing_numbers: holds_after('(' / '[', pkt words) before "
        "_TRAILING",
        _TN,
        "_TRAILING",
        _TN.trailing_numbers,
        embedded(line(_TN._TRAILING)),
        searched(_TN._TRAILING),
    ),
    Gate(
        "layouts.trailing_number._separated_numbers: _DASH_GATE and _TAB_GATE before _SEPARATED",
        _TN,
        "_SEPARATED",
        _TN._separated_numbers,
        embedded(line(_TN._SEPARATED)),
        searched(_TN._SEPARATED),
    ),
    Gate(
        "layouts.trailing_number._spaced_numbers: '#' lines ending as _SPACED_END before _SPACED",
        _TN,
        "_SPACED",
        _TN._spaced_numbers,
        # (two such headings: the pass reads no fewer)
        embedded(line(_TN._SPACED), many=2),
        lambda text: len(_TN._SPACED.findall(text)) >= 2,
    ),
    Gate(
        "layouts.trailing_number._bare_numbers: ' (1)' before _BARE",
        _TN,
        "_BARE",
        _TN._bare_numbers,
        embedded(line(_BARE_ONE)),
        searched(_BARE_ONE),
    ),
    Gate(
        "layouts.review_marks.review_marks_off: _MAY_HOLD before _BALLOON (not on line 1)",
        review_marks,
        "_marked",
        review_marks.review_marks_off,
        # (each kind of balloon drawn as often: the pattern's alternation, one line each)
        embedded(
            st.tuples(
                st.sampled_from(["", " ", "\t"]),
                st.sampled_from(
                    [
                        "Formateret",
                        "Slettet",
                        "Indsat",
                        "Flyttet til",
                        "Flyttet fra",
                        "Kommenteret [A1]",
                    ]
                ),
                st.sampled_from([":", " :", ": Godkendt.", ":\tSkrifttype: Fed"]),
            ).map("".join)
        ),
        searched(review_marks._BALLOON),
    ),
    Gate(
        "layouts.review_marks.corrected_labels: _CORRECTED_MARK before _CORRECTED_LABEL",
        review_marks,
        "_CORRECTED_LABEL",
        review_marks.corrected_labels,
        embedded(line(review_marks._CORRECTED_LABEL)),
        searched(review_marks._CORRECTED_LABEL),
    ),
    Gate(
        "layouts.header_columns.unmixed_header_columns: '    ' in the head before _GAP",
        header_columns,
        "_GAP",
        header_columns.unmixed_header_columns,
        embedded(
            line(r"[A-Za-zæøå]{1,20}" + header_columns._GAP.pattern + "[A-Za-z]{1,20}"), at_top=True
        ),
        searched(header_columns._GAP),
    ),
    Gate(
        "layouts.margin_numbers.margin_numbers_off: '  ' before _MARGIN_AFTER_BREAK",
        margin_numbers,
        "_MARGIN_AFTER_BREAK",
        margin_numbers.margin_numbers_off,
        # (a number alone on its line has no text column: the pass needs one beside it)
        embedded(line(r" {0,3}\d{1,3} {2,}\S[a-zæø .]{0,30}")),
        searched(margin_numbers._MARGIN),
    ),
    Gate(
        "read.html._kept_gaps: '  ' before _COLUMN_GAP",
        html_reader,
        "_COLUMN_GAP",
        html_reader._kept_gaps,
        # (a paragraph's text: the title, a gap of spaces, the number)
        rx(r"[A-Za-zæø]{1,12}(?: [a-zæø]{1,8}){0,2} {2,6}(?:Pkt\. )?\d{1,2}", fullmatch=True),
        searched(html_reader._COLUMN_GAP),
    ),
    Gate(
        "layouts.meeting_prefixed.numbers_before_leads: _FIRST_LED before _HAS_LEAD_BEFORE_NUMBER",
        meeting_prefixed,
        "_HAS_LEAD_BEFORE_NUMBER",
        meeting_prefixed.numbers_before_leads,
        embedded(line(_LEAD_ONE)),
        searched(_LEAD_ONE),
    ),
    Gate(
        "layouts.meeting_prefixed.unprefixed_year_headings: '/' before _NUMBER_YEAR",
        meeting_prefixed,
        "_NUMBER_YEAR",
        meeting_prefixed.unprefixed_year_headings,
        embedded(rx(meeting_prefixed._NUMBER_YEAR)),
        searched(meeting_prefixed._NUMBER_YEAR),
    ),
    Gate(
        "layouts.number_under_title.bracketed_numbers_after_titles: _BRACKET_END before "
        "_NUMBER_IN_BRACKETS",
        _NUT,
        "_NUMBER_IN_BRACKETS",
        _NUT.bracketed_numbers_after_titles,
        embedded(line(_NUT._NUMBER_IN_BRACKETS)),
        any_line(_NUT._NUMBER_IN_BRACKETS),
    ),
    Gate(
        "layouts.number_under_title.numbers_right_of_titles: _label_after_gap before _NUMBER_CELL",
        _NUT,
        "_NUMBER_CELL",
        _NUT.numbers_right_of_titles,
        embedded(line(_NUT._NUMBER_CELL)),
        any_line(_NUT._NUMBER_CELL),
    ),
    Gate(
        "layouts.number_under_title.numbers_right_of_titles: _label_after_gap before "
        "_NUMBER_CELL (rows set in by a printed page's margin)",
        _NUT,
        "_NUMBER_CELL",
        _NUT.numbers_right_of_titles,
        embedded(line(_NUT._NUMBER_CELL).map(lambda s: "      " + s)),
        any_line(_NUT._NUMBER_CELL, strip=True),
    ),
    Gate(
        "layouts.number_under_title._leader_rows: '..' or '. .' in the line before _LEADER_CELL",
        _NUT,
        "_LEADER_CELL",
        lambda text: _NUT._leader_rows(text.split("\n"), {"1"}),
        embedded(line(_NUT._LEADER_CELL)),
        any_line(_NUT._LEADER_CELL, strip=True),
    ),
    Gate(
        "parse.strip_markdown: '[^' before _MD_NOTE_MARK",
        parse,
        "_MD_NOTE_MARK",
        parse.strip_markdown,
        st.tuples(
            st.sampled_from(["Godkendt", "perioden 2013-2017", "Anbefales"]),
            rx(r"\[\^[\w-]{1,12}\]"),
            st.sampled_from([".", "", " over for Byrådet."]),
        ).map("".join),
        searched(parse._MD_NOTE_MARK),
    ),
    Gate(
        "parse.strip_markdown: ']{' before _MD_SPAN",
        parse,
        "_MD_SPAN",
        parse.strip_markdown,
        st.tuples(
            st.sampled_from(["", "Sagen blev ", "Punkt 3: "]),
            st.sampled_from(["Beslutning", "Sagsnr.", "udsat", "Indstilling og bilag"]),
            rx(r"\{[#.][\w:.-]*(?:[ \t]+[#.]?[\w:.=\"-]+)*\}", fullmatch=True),
            st.sampled_from(["", ".", " til næste møde."]),
        ).map(lambda p: f"{p[0]}[{p[1]}]{p[2]}{p[3]}"),
        searched(parse._MD_SPAN),
    ),
    Gate(
        "layouts.number_under_title.bare_numbers_right_of_titles: '   ' before _SPACED_END",
        _NUT,
        "_SPACED_END",
        _NUT.bare_numbers_right_of_titles,
        embedded(line(like(_NUT._SPACED_END, "   ", "Titel   "))),
        searched(_NUT._SPACED_END),
    ),
    Gate(
        "layouts.number_under_title.numbers_under_titles: _may_number_under and 'punkt'/'pkt' "
        "before _NUMBER_LINE",
        _NUT,
        "_NUMBER_LINE",
        _NUT.numbers_under_titles,
        embedded(line(_NUT._NUMBER_LINE).map(lambda s: f"Godkendelse af dagsorden\n{s}")),
        any_line(_NUT._NUMBER_LINE),
    ),
    Gate(
        "layouts.procedure_notes.procedure_notes_apart: _CUES in the decision's opening "
        "(to its first full stop or line break) before _NOTE",
        procedure_notes,
        "_NOTE",
        lambda text: procedure_notes.procedure_notes_apart([_decided(text)]),
        line(procedure_notes._NOTE).map(lambda s: f"{s}\nGodkendt."),
        searched(procedure_notes._NOTE),
    ),
    Gate(
        "layouts.number_under_title.counted_headings: ' af ' and _has_counted_heading before "
        "_COUNTED_HEADING",
        _NUT,
        "_COUNTED_HEADING",
        _NUT.counted_headings,
        embedded(line(_NUT._COUNTED_HEADING)),
        searched(_NUT._COUNTED_HEADING),
    ),
    Gate(
        "layouts.option_boxes.unticked_option_lines: empty boxes before _OPTION_LINE",
        option_boxes,
        "_OPTION_LINE",
        option_boxes.unticked_option_lines,
        embedded(line(option_boxes._OPTION_LINE)),
        lambda text: any(
            (m := option_boxes._OPTION_LINE.match(ln)) and _EMPTY_BOX.fullmatch(m["box"])
            for ln in text.split("\n")
        ),
    ),
    Gate(
        "layouts.option_boxes.marked_status_labels: has_tick and 'tatus'/'esultat' before "
        "_MARKED_STATUS",
        option_boxes,
        "_MARKED_STATUS",
        option_boxes.marked_status_labels,
        embedded(
            st.tuples(
                rx(
                    re.compile(r"(?:\*\*|__)?(?:status|resultat):?(?:\*\*|__)?:?[ \t]*", re.I),
                    fullmatch=True,
                ),
                st.sampled_from(["✔ Godkendt", "[x] Godkendt", "☒ Godkendt", "(X) Afvist"]),
            ).map("".join)
        ),
        searched(option_boxes._MARKED_STATUS),
    ),
    Gate(
        "layouts.outcome._status_outcome: 'tatus' before STATUS_LINE",
        outcome,
        "STATUS_LINE",
        outcome._status_outcome,
        embedded(line(like(outcome.STATUS_LINE, r"(?=\S)", r"\S.*"))),
        any_line(outcome.STATUS_LINE),
    ),
    Gate(
        "layouts.outcome._outcome_after_change: 'fter' / 'ermed' / 'ledes' before _THEN_CLOSING",
        outcome,
        "_THEN_CLOSING",
        outcome._outcome_after_change,
        rx(outcome._THEN_CLOSING).map(lambda s: "Datoen rettes" + s),
        lambda text: outcome._THEN_CLOSING.search(text.strip()) is not None,
    ),
    Gate(
        "layouts.owner_kind.owner_and_kind: 'ommune' before _OWNER_THEN_KIND",
        owner_kind,
        "_OWNER_THEN_KIND",
        owner_kind.owner_and_kind,
        line(owner_kind._OWNER_THEN_KIND),
        # (the pass keeps only a name ending "Kommune" as written)
        lambda text: bool(
            (m := owner_kind._OWNER_THEN_KIND.match(text)) and m["mun"].endswith("Kommune")
        ),
    ),
    Gate(
        "layouts.owners.rescue_service: _HINT before _RESCUE_SERVICE",
        owners,
        "_RESCUE_SERVICE",
        owners.rescue_service,
        line(owners._RESCUE_SERVICE),
        lambda text: (
            2 <= len(text.split()) <= 6
            and owners._RESCUE_SERVICE.match(" ".join(text.split())) is not None
        ),
    ),
    Gate(
        "layouts.signature_note.attachments_elsewhere: 'BbAa' and 'ilag' before "
        "_ATTACHMENTS_ELSEWHERE",
        signature_note,
        "_ATTACHMENTS_ELSEWHERE",
        signature_note.attachments_elsewhere,
        line(like(signature_note._ATTACHMENTS_ELSEWHERE, r"(?:alle\s+)?", r"(?:alle\s{1,3})?")),
        lambda text: signature_note._ATTACHMENTS_ELSEWHERE.match(text) is not None,
    ),
    Gate(
        "layouts.signature_note.signatures_elsewhere: 'und'/'se ' before _SIGNATURES_ELSEWHERE",
        signature_note,
        "_SIGNATURES_ELSEWHERE",
        signature_note.signatures_elsewhere,
        line(signature_note._SIGNATURES_ELSEWHERE),
        lambda text: signature_note._SIGNATURES_ELSEWHERE.match(text) is not None,
    ),
    Gate(
        "layouts.slides.slide_marks_off: _MARK_WORDS in the head and _has_slide_mark before "
        "_SLIDE_MARK",
        slides,
        "_SLIDE_MARK",
        slides.slide_marks_off,
        # (near the top: a deck marks its first slides, the gate looks in the text's head)
        embedded(line(slides._SLIDE_MARK), at_top=True),
        searched(slides._SLIDE_MARK),
    ),
    Gate(
        "layouts.field_row.field_rows: '  ' and _GAPPED_CASE_HEAD before _gapped_cells",
        field_row,
        "_gapped_cells",
        field_row.field_rows,
        # (a fixed-width field box: a head row with a case column over one row of values)
        embedded(
            st.tuples(
                rx(r"[A-ZÆØÅ][a-zæøå.]{2,12}", fullmatch=True),
                rx(re.compile(CASE_LABEL, re.I), fullmatch=True).map(single_spaced),
                rx(r"[A-ZÆØÅ][a-zæøå/]{2,12}", fullmatch=True),
                st.integers(2, 9),
            )
            .filter(lambda t: "\n" not in t[1])
            .map(lambda t: (" " * t[3]).join(t[:3]) + "\nAnne Holm       24/1187       Åben")
        ),
        searched(field_row._GAPPED_CASE_HEAD),
    ),
    Gate(
        "layouts.header.read_header: 'ommune ' or 'region' first before _OWNER_KIND",
        header,
        "_OWNER_KIND",
        lambda t: header.read_header(parse.to_lines(t), set(), set()),
        # (a region's title row: the owner, then the kind of document)
        line(re.compile(rf"{REGION_PATTERN} (?:referat|dagsorden|beslutningsprotokol)", re.I))
        .map(single_spaced)
        .map(lambda s: s + "\n\nRegionsrådet\n\nMødedato: 4. maj 2025\n"),
        lambda t: header._OWNER_KIND.match(t.split("\n")[0]) is not None,
    ),
    Gate(
        "layouts.title_row.tabbed_title_rows: '    ' in the head before _ROW",
        title_row,
        "_ROW",
        title_row.tabbed_title_rows,
        embedded(line(title_row._ROW), at_top=True),
        lambda text: title_row._ROW.match(text.split("\n")[0].strip()) is not None,
    ),
    Gate(
        "layouts.tab_item_row.tabbed_item_rows: tab, ':' and a digit first before _ROW",
        _TIR,
        "_ROW",
        _TIR.tabbed_item_rows,
        embedded(line(_TIR._ROW, indent=True)),
        any_line(_TIR._ROW, strip=True),
    ),
    Gate(
        "layouts.tab_item_row.decision_column_rows: 'eslutning' and a tab or bar before "
        "_DECISION_HEAD",
        _TIR,
        "_DECISION_HEAD",
        _TIR.decision_column_rows,
        embedded(line(_TIR._DECISION_HEAD)),
        any_line(_TIR._DECISION_HEAD),
    ),
    Gate(
        "layouts.tab_item_row.column_item_rows: tab and 'eslutning'/'onklusion'/'esultat' "
        "before _may_be_columns_head",
        _TIR,
        "_may_be_columns_head",
        _TIR.column_item_rows,
        embedded(
            st.tuples(
                # (a timetable's slot column after the number's: "Pkt.<TAB>Tid<TAB>Emne …")
                rx(re.compile(r"(?:nr|pkt|punkt)\.?(?:\t(?:tid|tidspunkt|kl\.?))?", re.I)),
                rx(re.compile(r"emne|titel|overskrift|sag|punkt", re.I), fullmatch=True),
                st.sampled_from(["Ansvar", "Frist", "Status"]),
                rx(
                    re.compile(r"beslutning|konklusion|aftale|afgørelse|resultat", re.I),
                    fullmatch=True,
                ),
            ).map("\t".join)
        ),
        any_line(_TIR._COLUMNS_HEAD_START),
    ),
    Gate(
        "layouts.tab_item_row.case_column_rows: tab, _NR and 'Sag'/'J.' before _CASE_TABLE_HEAD",
        _TIR,
        "_CASE_TABLE_HEAD",
        _TIR.case_column_rows,
        embedded(line(_TIR._CASE_TABLE_HEAD)),
        any_line(_TIR._CASE_TABLE_HEAD, strip=True),
    ),
    Gate(
        "layouts.timecodes.timecodes_off: _has_code_start before _LED",
        timecodes,
        "_LED",
        timecodes.timecodes_off,
        embedded(line(timecodes._LED)),
        searched(timecodes._LED),
    ),
    Gate(
        "layouts.lead_sentence.meeting_lead: 'øde' before _BODY_MET",
        lead_sentence,
        "_BODY_MET",
        lead_sentence.meeting_lead,
        rx(lead_sentence._BODY_MET).map(lambda s: s + " i går."),
        lambda text: lead_sentence._BODY_MET.match(text) is not None,
    ),
    Gate(
        "layouts.lead_sentence.meeting_lead: 'øde' before _COUNCIL_MET",
        lead_sentence,
        "_BODY_MET",
        lead_sentence.meeting_lead,
        rx(lead_sentence._COUNCIL_MET).map(lambda s: "I går " + s + " på rådhuset."),
        searched(lead_sentence._COUNCIL_MET),
    ),
    Gate(
        "layouts.lead_sentence.news_title_forum: 'fortalt' or _TITLE_STARTS before _NEWS_TITLE",
        lead_sentence,
        "_NEWS_TITLE",
        lead_sentence.news_title_forum,
        rx(lead_sentence._NEWS_TITLE),
        lambda text: (
            12 <= len(t := text.strip().strip("#*").strip()) <= 120
            and lead_sentence._NEWS_TITLE.match(t) is not None
        ),
    ),
    Gate(
        "layouts.meta_lead.read_lead_fields: 'ato' before _DATE_LABEL",
        meta_lead,
        "_DATE_LABEL",
        meta_lead.read_lead_fields,
        rx(like(meta_lead._DATE_LABEL, r"(?=\d)", ""), fullmatch=True).map(
            lambda s: f"Faxe Kommune · Referat · {s}3. maj 2024"
        ),
        lambda text: any(meta_lead._DATE_LABEL.match(p.strip()) for p in text.split(" · ")),
    ),
    Gate(
        "layouts.substitutes.called_in: 'stedfortræder'/'suppleant' before _CALLED_IN_SENTENCE",
        substitutes,
        "_CALLED_IN_SENTENCE",
        substitutes.called_in,
        st.one_of(
            line(substitutes._CALLED_IN_SENTENCE),
            line(substitutes._CALLED_IN_CLAUSE),
            line(substitutes._CALLED_IN_COMMA),
        ),
        lambda text: any(
            p.search(text)
            for p in (
                substitutes._CALLED_IN_SENTENCE,
                substitutes._CALLED_IN_CLAUSE,
                substitutes._CALLED_IN_COMMA,
            )
        ),
    ),
    Gate(
        "municipalities._regions: 'egion'/'EGION' before _REGION_NAME",
        municipalities,
        "_REGION_NAME",
        lambda text: list(municipalities._regions(text)),
        embedded(rx(municipalities._REGION_NAME)),
        searched(municipalities._REGION_NAME),
    ),
    Gate(
        "dates._word_dates: _WORD_DATE_GATE before _WORD_DATE (after _SPACES)",
        dates,
        "_WORD_DATE",
        dates._word_dates,
        embedded(rx(dates._WORD_DATE)),
        # (an English month after a Danish ordinal word, "fireogtyvende october", is no
        # date anyone writes: the gate looks for the Danish months' heads alone)
        lambda text: bool(
            (m := dates._WORD_DATE.search(text.translate(dates._SPACES)))
            and m["month"][:3].lower() not in ("oct", "may")
        ),
    ),
    Gate(
        "dates._scan: _YEAR_LIKE before _DATE (after _SPACES)",
        dates,
        "_DATE",
        dates._scan,
        embedded(rx(dates._DATE)),
        lambda text: dates._DATE.search(text.translate(dates._SPACES)) is not None,
    ),
    Gate(
        "layouts.header.meeting_event: the words in its first 120 characters before _MEETING_EVENT",
        header,
        "_MEETING_EVENT",
        header.meeting_event,
        # (each form drawn as often: one of the pattern's alternatives, the name's verbs
        # one each; one space or tab between words, as a clean line has them)
        st.one_of(
            [
                line(re.compile(alt, header._MEETING_EVENT.flags)).map(single_spaced)
                for alt in _MEETING_EVENT_FORMS
            ]
        ),
        searched(header._MEETING_EVENT),
    ),
    Gate(
        "layouts.decision_column.decision_column_off: 'eslutning'/'fgørelse' and "
        "_column_heads_in before _COLUMN_HEADS",
        decision_column,
        "_COLUMN_HEADS",
        decision_column.decision_column_off,
        embedded(line(decision_column._COLUMN_HEADS)),
        searched(decision_column._COLUMN_HEADS),
    ),
    Gate(
        "layouts.trailing_number._right_numbers: a tab before _RIGHT_NUMBER",
        _TN,
        "_RIGHT_NUMBER",
        _TN._right_numbers,
        embedded(line(like(_TN._RIGHT_NUMBER, r"\t(?<=[^\s.…:]\t)", r"Titel\t"))),
        searched(_TN._RIGHT_NUMBER),
    ),
    Gate(
        "layouts.trailing_number._beside_title_numbers: _BESIDE_GATE and a bracket or the "
        "item's word before _BESIDE_END",
        _TN,
        "_BESIDE_END",
        _TN._beside_title_numbers,
        # (two such lines, one space or tab between words: the pass reads no fewer)
        embedded(line(_BESIDE_LINE).map(single_spaced), many=2),
        lambda text: len(_TN._BESIDE_END.findall(text)) >= 2,
    ),
    Gate(
        "parse.heading_key: ')' last and 'del' in the last 10 before _SESSION_MARK",
        parse,
        "_SESSION_MARK",
        lambda text: parse.heading_key(parse.Line(0, text, 0)),
        # (one space or tab between a mark's words: no one writes "(del<TAB><TAB>2)")
        rx(parse._SESSION_MARK, fullmatch=True).map(lambda s: "Beslutning" + single_spaced(s)),
        lambda text: parse._SESSION_MARK.search(text.rstrip(":").strip()) is not None,
    ),
    Gate(
        "parse._title_continuation: a full stop last before _YEAR_CLOSING",
        parse,
        "_YEAR_CLOSING",
        # (a Danish title: "Titel" over a Danish line is taken for a translation's pair)
        lambda text: parse._title_continuation(
            "Orientering om kundeservice", parse.to_lines(text), None
        ),
        line(parse._YEAR_CLOSING).map(
            lambda s: "Direktøren orienterede om den nye kundeservice, som åbner 1. februar\n" + s
        ),
        lambda text: True,
    ),
    Gate(
        "parse._title_continuation: a full stop last and 'ukke' (or 'UKKE') before "
        "_CLOSED_DOORS (a closed item's note over its case line)",
        parse,
        "_CLOSED_DOORS",
        lambda text: parse._title_continuation("Salg af grund", parse.to_lines(text), None),
        line(parse._CLOSED_DOORS).map(
            lambda s: f"Sagen behandles {single_spaced(s)}.\nSagsnr.: 25/1187\n"
        ),
        lambda text: True,
    ),
    Gate(
        "parse._title_continuation: '-ÅåLl' first before _MARK_OR_POINT_CELL",
        parse,
        "_MARK_OR_POINT_CELL",
        lambda text: parse._title_continuation("Titel", parse.to_lines(text), None),
        st.tuples(
            st.sampled_from(["", "- ", "-\t", "-"]),
            line(parse._MARK_OR_POINT_CELL).map(single_spaced),
        ).map("".join),
        # (a bare "Punkt 5" under a title is the rule's to keep, not the gate's: the pass
        # reads the point's number only in a dashed list of fields)
        lambda text: text[:1] == "-" or text[:1] not in "Pp",
    ),
    Gate(
        "enrich.decisions.classify_decision: 'del' in the first 48 before _TO_LATER_SESSION",
        decisions,
        "_TO_LATER_SESSION",
        lambda text: decisions.classify_decision(text),
        # (one space or tab between the words, as a decision is written)
        rx(decisions._TO_LATER_SESSION, fullmatch=True).map(
            lambda s: single_spaced(s) + " Godkendt."
        ),
        lambda text: decisions._TO_LATER_SESSION.match(text.strip()) is not None,
    ),
    Gate(
        "enrich.decisions.classify_decision: a '1' or a '0' before _OCR_DIGIT",
        decisions,
        "_OCR_DIGIT",
        lambda text: _classified_anew(text),
        # (a word with a digit OCR read for its letter, in a decision's sentence)
        st.one_of(
            st.from_regex(r"[a-zæøå]{2,6}1[a-zæøå]{0,4}", fullmatch=True),
            st.from_regex(r"[a-zæøå]{1,5}[01][a-zæøå]{1,5}", fullmatch=True),
        ).map(lambda word: f"Udvalget tog sagen {word} efterretning."),
        searched(decisions._OCR_DIGIT),
    ),
    Gate(
        "enrich.decisions._redacted_only: a bracket, star, block or 'ndtaget' (any case) "
        "before _REDACTION",
        decisions,
        "_REDACTION",
        decisions._redacted_only,
        st.one_of(
            rx(decisions._REDACTION, fullmatch=True).map(single_spaced),
            # (the words' branch in the cases minutes write it: "UNDTAGET FRA AKTINDSIGT")
            _in_cases("undtaget fra aktindsigt", "undtaget fra aktindsigt, jf. loven"),
        ),
        lambda text: len(text) <= 200 and decisions._REDACTION.search(text) is not None,
    ),
    Gate(
        "enrich.decisions._says_nothing: 'trak' or 'trukket' before _WITHDRAWN_BY",
        decisions,
        "_WITHDRAWN_BY",
        decisions._says_nothing,
        rx(decisions._WITHDRAWN_BY, fullmatch=True).map(single_spaced),
        lambda text: decisions._WITHDRAWN_BY.fullmatch(text.strip()) is not None,
    ),
    Gate(
        "enrich.policy_areas.mask_addresses: a digit and a street word before _ADDRESS",
        policy_areas,
        "_ADDRESS",
        policy_areas.mask_addresses,
        # (a street address in an item's title)
        rx(policy_areas._ADDRESS, fullmatch=True).map(lambda s: f"Salg af {s}, Nordby"),
        searched(policy_areas._ADDRESS),
    ),
    Gate(
        "enrich.decisions._is_none_text: the first word character's letter before _NOT_WORD",
        decisions,
        "_NOT_WORD",
        decisions._is_none_text,
        # (each none text in the cases minutes write it, with a bullet, brackets or a stop)
        st.tuples(
            st.sampled_from(["", " ", "- ", "• ", "(", "«", "1. "]),
            st.sampled_from(sorted(decisions._NONE_TEXTS - {""})).flatmap(
                lambda s: st.sampled_from(_case_forms(s))
            ),
            st.sampled_from(["", ".", "!", ")", " .", "»", ". "]),
        ).map("".join),
        lambda text: decisions._NOT_WORD.sub("", text).strip().lower() in decisions._NONE_TEXTS,
    ),
    Gate(
        "enrich.decisions._says_nothing: 'intet' or 'ingen' first before _NOTHING_BEYOND_ELSEWHERE",
        decisions,
        "_NOTHING_BEYOND_ELSEWHERE",
        decisions._says_nothing,
        rx(decisions._NOTHING_BEYOND_ELSEWHERE, fullmatch=True).map(single_spaced),
        lambda text: decisions._NOTHING_BEYOND_ELSEWHERE.fullmatch(text.strip()) is not None,
    ),
    Gate(
        "enrich.decisions._terse_decision: 'støt', 'fremme', 'bakke' or 'videre' before "
        "_NOT_SUPPORTED",
        decisions,
        "_NOT_SUPPORTED",
        decisions._terse_decision,
        rx(decisions._NOT_SUPPORTED).map(lambda s: single_spaced(s) + "."),
        lambda text: decisions._NOT_SUPPORTED.match(decisions._first_sentence(text)) is not None,
    ),
    Gate(
        "layouts.outcome.outcome_line: its first two letters in _WE_OR_IT before _SHOW_OF_HANDS",
        outcome,
        "_SHOW_OF_HANDS",
        outcome.outcome_line,
        line(outcome._SHOW_OF_HANDS).map(single_spaced),
        lambda text: outcome._SHOW_OF_HANDS.match(text.strip()) is not None,
    ),
    Gate(
        "layouts.outcome._split: its first two letters in _WE_OR_IT before _VOTE_COUNT",
        outcome,
        "_VOTE_COUNT",
        lambda text: parse.parse_minutes(_ARROWED.format(vote=text)),
        line(outcome._VOTE_COUNT).map(single_spaced),
        lambda text: outcome._VOTE_COUNT.match(text) is not None,
    ),
    Gate(
        "enrich.decisions._classified: 'vent' or 'igen' before _WAITS_TILL_LATER",
        decisions,
        "_WAITS_TILL_LATER",
        _classified_anew,
        rx(decisions._WAITS_TILL_LATER).map(lambda s: "Drøftet. " + single_spaced(s) + "."),
        searched(decisions._WAITS_TILL_LATER),
    ),
    Gate(
        "enrich.decisions.put_off_only_as_alternative: 'stedet' or 'frem' before "
        "_INSTEAD_OF_PUTTING_OFF",
        decisions,
        "_INSTEAD_OF_PUTTING_OFF",
        decisions.put_off_only_as_alternative,
        rx(decisions._INSTEAD_OF_PUTTING_OFF).map(
            lambda s: "Udvalget besluttede at holde mødet virtuelt " + single_spaced(s) + " det."
        ),
        searched(decisions._INSTEAD_OF_PUTTING_OFF),
    ),
    Gate(
        "enrich.decisions._classified: 'aldt' or 'ALDT' before _fallen",
        decisions,
        "_fallen",
        _classified_anew,
        rx(decisions._POINT_FELL).map(lambda s: "Ad 1: Godkendt." + single_spaced(s) + "."),
        lambda text: (
            decisions._POINT_FELL.search(text) is not None
            and "rejected" not in {h.dtype for h in decisions._hits(text)}
        ),
    ),
    Gate(
        "enrich.decisions._classified: an approval, 'kke'/'KKE' and 'kt'/'KT' before _POINT_NOT",
        decisions,
        "_POINT_NOT",
        _classified_anew,
        rx(decisions._POINT_NOT, fullmatch=True)
        .filter(lambda s: "\n" not in s)
        .map(lambda s: "Indstillingen blev godkendt " + single_spaced(s)),
        lambda text: (
            decisions._POINT_NOT.search(text) is not None
            and "approved" in (hit_types := {h.dtype for h in decisions._hits(text)})
            and "rejected" not in hit_types
        ),
    ),
    Gate(
        "enrich.decisions._show_of_hands: 'ja' or 'nej' before _PLAIN_YES_NO",
        decisions,
        "_PLAIN_YES_NO",
        decisions._show_of_hands,
        rx(decisions._PLAIN_YES_NO).map(lambda s: "Nr. 1 " + s + "."),
        searched(decisions._PLAIN_YES_NO),
    ),
    Gate(
        "layouts.header._place_after: 'ted:' before _PLACE_FIELD_AFTER",
        header,
        "_PLACE_FIELD_AFTER",
        header._place_after,
        rx(header._PLACE_FIELD_AFTER, fullmatch=True).map(lambda s: " i 2. frikvarter" + s),
        lambda text: (
            header._PLACE_AFTER.match(text) is None
            and header._PLACE_FIELD_AFTER.search(text) is not None
        ),
    ),
    Gate(
        "layouts.header._place_after: ':' among the place's first 12 characters before "
        "_HOUR_FIELD (a meta line's labelled hour and place after its date)",
        header,
        "_HOUR_FIELD",
        header._place_after,
        rx(header._HOUR_FIELD, fullmatch=True).map(
            lambda s: " · " + single_spaced(s) + " Sted: Rådhuset"
        ),
        lambda text: (
            (m := header._PLACE_AFTER.match(text)) is not None
            and header._HOUR_FIELD.match(m.group("place")) is not None
            and "B)" not in text
            and header._SITE_TAIL.match(m.group("place").strip()) is None
        ),
    ),
    Gate(
        "layouts.header._place_text: 'hyb' (lowered) before _HYBRID_LABEL",
        header,
        "_HYBRID_LABEL",
        header._place_text,
        st.tuples(
            rx(header._HYBRID_LABEL, fullmatch=True),
            st.sampled_from(["Mødesal 2 / Zoom", "Rådhuset, lokale 4 og Teams"]),
        ).map("".join),
        lambda text: header._HYBRID_LABEL.match(text.strip()) is not None,
    ),
    Gate(
        "layouts.header._weekday_meeting_at_end: '/' before _MEETING_DK_SHORT_DATE_END",
        header,
        "_MEETING_DK_SHORT_DATE_END",
        header._weekday_meeting_at_end,
        rx(header._MEETING_DK_SHORT_DATE_END, fullmatch=True).map(
            lambda s: "Ungerådet – referat fra " + single_spaced(s)
        ),
        lambda text: (
            header._WEEKDAY_MEETING_AT_END.search(text) is None
            and header._MEETING_SHORT_DATE_LINE.match(text) is None
            and header._MEETING_DK_SHORT_DATE_END.search(text) is not None
        ),
    ),
    Gate(
        "layouts.headings.candidates: _may_head and '-' in text[1:4] before _PREFIXED_JOINED",
        headings,
        "_PREFIXED_JOINED",
        lambda text: headings.candidates(parse.to_lines(text), set()),
        embedded(line(headings._PREFIXED_JOINED)),
        any_line(headings._PREFIXED_JOINED, strip=True),
    ),
    Gate(
        "layouts.headings.candidates: 'TtVv' first before _ANSWER_WORD",
        headings,
        "_ANSWER_WORD",
        lambda text: headings.candidates(parse.to_lines(text), set()),
        embedded(line(like(headings._ANSWER_WORD, "(?=", "(?:"))),
        any_line(headings._ANSWER_WORD, strip=True),
    ),
    Gate(
        "layouts.base._closing_line: 'Ss' first before _PASSED",
        base,
        "_PASSED",
        lambda text: base._closing_line(parse.to_lines(text), 0),
        line(base._PASSED).map(lambda s: "1. Punkt\n\nTekst om punktet.\n\n" + s.strip()),
        lambda text: base._PASSED.match(text.rsplit("\n", 1)[-1]) is not None,
    ),
    Gate(
        "layouts.base._minutes_word: 'RrBb' first before _MINUTES_WORD",
        base,
        "_MINUTES_WORD",
        lambda text: base._minutes_word(
            parse.to_lines(text),
            base.Found([headings.Head(len(parse.to_lines(text)) - 1, 1, "Titel")], None, 0),
        ),
        line(base._MINUTES_WORD).map(lambda s: "Udvalget\n\n" + s.strip() + "\n\n1. Titel"),
        lambda text: True,
    ),
    Gate(
        "layouts.outcome.outcome_line: 'ast' / 'AST' before _DATE_SET",
        outcome,
        "_DATE_SET",
        outcome.outcome_line,
        # (a date's word and the participle, then the day: "Dato fastsat til 3. maj.")
        line(like(outcome._DATE_SET, r"til\s", r"til\s")).map(lambda s: s + "3. maj."),
        lambda text: outcome._DATE_SET.match(text.strip()) is not None,
    ),
    Gate(
        "enrich.decisions.classify_decision: 'ndelig' / 'NDELIG' before _FINAL_LATER",
        decisions,
        "_FINAL_LATER",
        lambda text: decisions.classify_decision(text),
        st.sampled_from(
            [
                "tages endelig stilling i juni",
                "træffes endelig beslutning på næste møde",
                "til næste møde, før planen vedtages endeligt",
            ]
        )
        .flatmap(lambda s: st.sampled_from(_case_forms(s)))
        .map(lambda s: f"Det blev aftalt, at NN undersøger sagen, og at der {s}."),
        searched(decisions._FINAL_LATER),
    ),
    Gate(
        "enrich.decisions._terse_decision: 'truf'/'traf'/'træf' in the first sentence before "
        "_DECISION_MADE",
        decisions,
        "_DECISION_MADE",
        decisions._terse_decision,
        # (each form drawn as often: the past's, the present's opening the sentence)
        st.one_of(
            [
                line(re.compile(("" if k == 0 else "^") + alt, decisions._DECISION_MADE.flags))
                .map(single_spaced)
                .map(lambda s: s.strip() + " sagen afsluttes.")
                for k, alt in enumerate(decisions._DECISION_MADE.pattern.split("|^"))
            ]
        ),
        lambda text: decisions._DECISION_MADE.search(decisions._first_sentence(text)) is not None,
    ),
    Gate(
        "layouts.base.part_markers: the first letter (and 30 characters) before _PART",
        base,
        "_PART",
        lambda text: base.part_markers(parse.to_lines(text)),
        embedded(line(base._PART).map(single_spaced)),
        lambda text: any(
            base._PART.match(ln.clean) and len(ln.clean) <= 30 for ln in parse.to_lines(text)
        ),
    ),
    _signed_by_gate(
        "layouts.base._coda: 'GgUuSsRrPp' first before _SIGNED_BY",
        lambda lines: base._coda(lines, 0),
        "Næste møde: 1. maj 2024.",
    ),
    Gate(
        "enrich.decisions._pool_grant: 'bevil' or 'fordel' in the lead before _GRANT_LEAD",
        decisions,
        "_GRANT_LEAD",
        lambda text: decisions._pool_grant(text, text, []),
        rx(decisions._GRANT_LEAD).map(lambda s: f"Udvalget {single_spaced(s)} 10.000 kr."),
        searched(decisions._GRANT_LEAD),
    ),
    Gate(
        "enrich.decisions._classified: 'ndstil'/'oreslå' (or in capitals) before "
        "_GRANTED_AS_RECOMMENDED",
        decisions,
        "_GRANTED_AS_RECOMMENDED",
        _classified_anew,
        st.tuples(
            st.sampled_from(
                [
                    "Bevilget",
                    "BEVILGET",
                    "Tilskuddet blev bevilget",
                    "Bevilges",
                    "Puljen blev fordelt",
                ]
            ),
            rx(
                r"(?:som|SOM) (?:indstillet|INDSTILLET|foreslået|FORESLÅET)"
                r"|(?:jf|JF)\. (?:indstillingen|INDSTILLINGEN)",
                fullmatch=True,
            ),
            st.sampled_from(["", ", i alt 5.000 kr", " (i alt kr. 12.000)"]),
        ).map(lambda p: f"{p[0]} {single_spaced(p[1])}{p[2]}."),
        # (where the text's outcome is the grant alone, as the pass asks before the gate)
        lambda text: (
            decisions._GRANTED_AS_RECOMMENDED.match(decisions._first_sentence(text)) is not None
            and {h.dtype for h in decisions._hits(text)} == {"decided"}
        ),
    ),
    Gate(
        "enrich.decisions._classified: 'ndstil'/'oreslå' (or in capitals) before "
        "_DISCUSSED_THEN_DONE_AS_PROPOSED",
        decisions,
        "_DISCUSSED_THEN_DONE_AS_PROPOSED",
        _classified_anew,
        st.tuples(
            st.sampled_from(
                [
                    "Drøftet og sendt i høring",
                    "DRØFTET OG SENDT I HØRING",
                    "Behandlet og lagt på hjemmesiden",
                ]
            ),
            rx(r"(?:som|SOM) (?:indstillet|INDSTILLET|foreslået|FORESLÅET)", fullmatch=True),
        ).map(lambda p: f"{p[0]} {single_spaced(p[1])}."),
        # (where the matcher reads the discussion alone, as the pass asks before the gate)
        lambda text: (
            decisions._DISCUSSED_THEN_DONE_AS_PROPOSED.match(decisions._first_sentence(text))
            is not None
            and {h.dtype for h in decisions._hits(text)} == {"discussed"}
        ),
    ),
    Gate(
        "enrich.decisions._classified: 'ndstil'/'oreslå' (or in capitals) before "
        "_GRANTED_AS_RECOMMENDED_EXCEPT",
        decisions,
        "_GRANTED_AS_RECOMMENDED_EXCEPT",
        _classified_anew,
        st.tuples(
            st.sampled_from(
                ["Bevilget", "BEVILGET", "Bevilges", "Puljen blev fordelt", "FORDELES"]
            ),
            rx(r"(?:som|SOM) (?:indstillet|INDSTILLET|foreslået|FORESLÅET)", fullmatch=True),
            st.sampled_from([" med undtagelse af", ", dog får", " BORTSET FRA"]),
        ).map(lambda p: f"{p[0]} {single_spaced(p[1])}{p[2]} ansøgning nr. 2."),
        lambda text: (
            decisions._GRANTED_AS_RECOMMENDED_EXCEPT.match(decisions._first_sentence(text))
            is not None
            and {h.dtype for h in decisions._hits(text)} == {"decided"}
        ),
    ),
    Gate(
        "enrich.decisions.classify_decision: 'nhabil' or 'deltog' in the opening before "
        "_RECUSAL_LEAD",
        decisions,
        "_RECUSAL_LEAD",
        lambda text: decisions.classify_decision(text),
        # (one space or tab between the words; the outcome after it one the patterns miss)
        rx(re.compile(decisions._RECUSAL_LEAD.pattern[: -len(r"\s+(?=\S)")], re.I), fullmatch=True)
        .filter(lambda s: "\n" not in s)
        .map(lambda s: single_spaced(s) + " Qwxz zyq."),
        lambda text: (
            decisions._RECUSAL_LEAD.match(text) is not None
            and decisions._classified(text, None, False)[0][0] == "other"
        ),
    ),
    Gate(
        "layouts.run_in_label.split_run_in_labels: ' Beslutning i ' before _RUN_IN_HEADING",
        run_in_label,
        "_RUN_IN_HEADING",
        lambda text: run_in_label.split_run_in_labels(parse.to_lines(text)),
        embedded(
            line(
                r"[A-ZÆØÅ][a-zæøå ]{2,30}[a-zæøå0-9][.!?] Beslutning i [A-ZÆØÅ][a-zæøå -]{0,30}"
                r"(?:udvalget|rådet|byrådet|bestyrelsen|nævnet)"
            )
        ),
        lambda text: any(run_in_label._RUN_IN_HEADING.search(ln) for ln in text.split("\n")),
    ),
    Gate(
        "layouts.header.read_header: a first letter or 'møde' in the first 24 before _MEETING_OF",
        header,
        "_MEETING_OF",
        lambda text: header.read_header(parse.to_lines(text), set(), set()),
        embedded(
            line(
                re.compile(
                    r"(?:[a-zæøå]{2,20}møde og )?(?:ordinært )?(?:[a-zæøå]{2,20}s)?møde i "
                    r"[A-ZÆØÅ][a-zæøå]{2,15}udvalget",
                    re.I,
                )
            ).map(single_spaced),
            at_top=True,
        ),
        lambda text: any(header._MEETING_OF.match(ln) for ln in text.split("\n")),
    ),
    Gate(
        "layouts.header.read_header: 'mødet' first before _held_sentence_rest",
        header,
        "_held_sentence_rest",
        lambda text: header.read_header(parse.to_lines(text), set(), set()),
        # (no "embedded": its closing line is a sentence of the meeting's own, "Mødet …")
        line(
            re.compile(
                r"mødet (?:blev )?(?:afholdt|holdt|holdtes) (?:onsdag )?den 4\. marts 2026 "
                r"kl\. 19\.00 i (?:[a-zæøå]{2,10}huset hos|[A-ZÆØÅ][a-zæøå]{2,10}huset,)",
                re.I,
            )
        ).map(lambda s: single_spaced(s) + "\nVestby Roklub, Havnevej 3.\n\n1. Eventuelt\n"),
        lambda text: any(
            header._held_sentence_rest(lines, k, set())
            for lines in [parse.to_lines(text)]
            for k in range(len(lines))
        ),
    ),
    Gate(
        "layouts.text.furniture: _task_head_in before task_table_lines",
        text,
        "task_table_lines",
        lambda t: text.furniture(parse.to_lines(t)),
        embedded(
            line(text._TASK_HEAD_ROW).map(
                lambda head: head + "\nKim L. | ringer til værket | fredag\nBo | skriver | 1/12"
            )
        ),
        lambda t: any("|" in ln and text._TASK_HEAD_ROW.match(ln) for ln in t.split("\n")),
    ),
    Gate(
        "layouts.text.task_table_lines: a first letter before _TASK_HEAD_ROW",
        text,
        "_TASK_HEAD_ROW",
        lambda t: text.task_table_lines(parse.to_lines(t)),
        # (each first word drawn: "hvem", the first branch, is what the strategy favours)
        embedded(
            st.one_of(
                line(text._TASK_HEAD_ROW),
                line(like(text._TASK_HEAD_ROW, "(?:hvem|ansvarlig)", "ansvarlig")),
            )
        ),
        lambda t: True,
    ),
    Gate(
        "layouts.outcome.task_tables: a first letter before _TASK_HEAD",
        outcome,
        "_TASK_HEAD",
        lambda t: outcome.task_tables([_item("Opgaver", Section("tekst", "", t))]),
        line(decisions._TASK_HEAD).map(lambda head: head + "\nKim\tringer\tfredag"),
        lambda t: True,
    ),
    Gate(
        "enrich.decisions.is_agreed_label: a first letter before _TASK_HEAD",
        decisions,
        "_TASK_HEAD",
        decisions.is_agreed_label,
        line(decisions._TASK_HEAD),
        lambda t: True,
    ),
    Gate(
        "layouts.outcome._closing_outcome: 'ingen' before _NO_DECISION_WHY",
        outcome,
        "_NO_DECISION_WHY",
        lambda t: outcome._closing_outcome(["Status: arbejdet er i gang.", t]),
        rx(outcome._NO_DECISION_WHY).map(lambda s: s + "orventes færdigt i uge 47."),
        lambda t: True,
    ),
    Gate(
        "layouts.header.read_header: a closing bracket before _IN_PERSON",
        header,
        "_IN_PERSON",
        lambda t: header.read_header(parse.to_lines(t), set(), set()),
        # (on the field's line: a bracket on a line of its own is no part of its value)
        rx(header._IN_PERSON)
        .filter(lambda s: "\n" not in s)
        .map(lambda s: "Sted: Rådhuset, mødelokale 2" + s),
        lambda t: True,
    ),
    Gate(
        "layouts.title_forum.operations_title_forum: 'møde' in the first 12 before "
        "_OPERATIONS_TITLE",
        title_forum,
        "_OPERATIONS_TITLE",
        # (the title line alone: the ordinary lines around it hold "Mødet …" themselves)
        lambda t: title_forum.operations_title_forum(parse.to_lines(t), set()),
        # (each kind drawn: the strategy favours the first branch)
        st.one_of(
            *(
                line(like(title_forum._OPERATIONS_TITLE, "(?:drifts|tavle|status|puls|morgen)", k))
                for k in ("drifts", "tavle", "status", "puls", "morgen")
            )
        ),
        lambda t: title_forum._OPERATIONS_TITLE.match(title_forum._bare(t.strip())) is not None,
    ),
    Gate(
        "layouts.inline_case.split_case_headings: a line-start test before _CASE_LED_HEADING",
        inline_case,
        "_CASE_LED_HEADING",
        lambda text: inline_case.split_case_headings(parse.to_lines(text), text),
        embedded(line(inline_case._CASE_LED_HEADING), many=2),
        searched(inline_case._CASE_LED_HEADING),
    ),
    Gate(
        "layouts.inline_case.titles_over_cases: a board named on top, _NR_FIGURE and a "
        "line-start test before _CASE_OVER_TITLE",
        inline_case,
        "_CASE_OVER_TITLE",
        lambda text: inline_case.titles_over_cases(parse.to_lines(text), text),
        # (the rule is a board's: the minutes name one on top)
        embedded(line(inline_case._CASE_OVER_TITLE).map(lambda s: f"{s}\nLejer mod udlejer")).map(
            lambda text: f"Huslejenævnet\n{text}"
        ),
        searched(inline_case._CASE_OVER_TITLE),
    ),
    Gate(
        "layouts.inline_case.leading_case: a capital and a hyphen before _LEADING_BOARD_CASE",
        inline_case,
        "_LEADING_BOARD_CASE",
        inline_case.leading_case,
        rx(inline_case._LEADING_BOARD_CASE)
        .filter(lambda s: "\n" not in s)
        .map(lambda s: s + "Klage over støj"),
        lambda text: (
            (m := inline_case._LEADING_BOARD_CASE.match(text)) is not None
            and bool(m.group("kind") or m.group("letters"))
            and inline_case._LEADING_CASE_DASH.match(text) is None
        ),
    ),
    Gate(
        "layouts.header_columns.gapped_fields: '  ' in the head and a capital before _GAPPED_LABEL",
        header_columns,
        "_GAPPED_LABEL",
        header_columns.gapped_fields,
        embedded(
            rx(r"[A-ZÆØÅ][a-zæøå]{1,20}(?: [a-zæøå]{1,12})? {2,9}[A-ZÆØÅ][a-zæøå,.0-9]{1,20}"),
            at_top=True,
            many=2,
        ),
        lambda text: any(header_columns._GAPPED_LABEL.match(ln) for ln in text.split("\n")[:30]),
    ),
    Gate(
        "enrich.decisions._ruling: its words in the first 80 characters before _RULING",
        decisions,
        "_RULING",
        _classified_anew,
        st.sampled_from(
            [
                "Klagen blev ikke taget til følge.",
                "Nævnet meddeler A en advarsel.",
                "Beboerklagenævnet meddelte lejer påbud om oprydning.",
                "Hegnsynet bestemmer, at hækken klippes.",
                "Nævnet fastsætter lejen til 5.000 kr.",
                "Udlejer skal betale 300 kr.",
                "Lejeren pålægges at rydde loftet.",
                "Bevillingen fornys for 8 år.",
                "Natbevillingen meddeles for 2 år.",
                "Sagen afsluttet ved forlig – nævnet har ikke truffet afgørelse.",
                "Sagen hævet uden afgørelse.",
            ]
        ).flatmap(lambda s: st.sampled_from(_case_forms(s))),
        lambda text: decisions._RULING.match(decisions._first_sentence(text)) is not None,
    ),
    Gate(
        "parse._case_among_fields: f[:1] in 'BbKk' before _COMPETENCE_CELL",
        parse,
        "_COMPETENCE_CELL",
        lambda cell: parse.match_case_number.__wrapped__(f"Sag: 19/3312 · Åben · {cell}"),
        rx(parse._COMPETENCE_CELL, fullmatch=True).filter(
            lambda s: not re.search(r"[·|\t\n]|\s-\s|\s[A-ZÆØÅ]", s)
        ),
        lambda cell: parse._COMPETENCE_CELL.match(cell.strip()) is not None,
    ),
    Gate(
        "parse.match_case_number: stripped[:1] in 'ÅåLl' before _OPEN_MARK_FIRST",
        parse,
        "_OPEN_MARK_FIRST",
        lambda text: parse.match_case_number.__wrapped__(f"{text}00.01.00-A00-3-15"),
        rx(like(parse._OPEN_MARK_FIRST, "(?=\\d\\d", "(?:\\d\\d"), fullmatch=False).map(
            lambda s: s.split("00.01.00")[0] if "00.01.00" in s else s
        ),
        lambda text: parse._OPEN_MARK_FIRST.match(f"{text}00.01.00-A00-3-15") is not None,
    ),
    Gate(
        "layouts.outcome._told_at_the_meeting: 'øde' / 'ØDE' before _AT_THIS_MEETING",
        outcome,
        "_AT_THIS_MEETING",
        lambda words: outcome._told_at_the_meeting(
            _item(
                "Tilskud",
                Section(
                    "sagsfremstilling",
                    "Sagsfremstilling",
                    f"Foreningen søger om tilskud.\nUdvalget bevilgede {words} 5.000 kr.",
                ),
            )
        ),
        rx(outcome._AT_THIS_MEETING, fullmatch=True).filter(
            lambda s: "\n" not in s and "." not in s
        ),
        searched(outcome._AT_THIS_MEETING),
    ),
    Gate(
        "enrich.decisions._terse_decision: 'som' in the lowered lead before _AS_PROPOSED_EXCEPT",
        decisions,
        "_AS_PROPOSED_EXCEPT",
        _classified_anew,
        _in_cases(
            # ("Puljen fordeles som …" is the grant's reading, _GRANTED_AS_RECOMMENDED_EXCEPT)
            "Ordningen videreføres som foreslået, dog således at Holmeskolen får 5.000 kr.",
            "Ordningen videreføres som indstillet bortset fra ansøgning nr. 3.",
        ),
        lambda text: decisions._AS_PROPOSED_EXCEPT.match(text) is not None,
    ),
    Gate(
        "enrich.decisions.classify_decision: text[:1] in '-•–' before _NEWS_LINE",
        decisions,
        "_NEWS_LINE",
        _classified_anew,
        st.lists(
            rx(decisions._NEWS_LINE, fullmatch=True).filter(lambda s: "\n" not in s),
            min_size=2,
            max_size=3,
        ).map(lambda found: "\n".join(f"{s}er nu ansat" for s in found) + "\nTil orientering."),
        lambda text: decisions._NEWS_LINE.match(text) is not None,
    ),
    Gate(
        "layouts.base._closing_line: text[:1] in 'RrGgEeDd_*' before _MINUTES_APPROVED_BY",
        base,
        "_MINUTES_APPROVED_BY",
        lambda text: base._closing_line(
            parse.to_lines(f"1. Eventuelt\n\nIntet.\n\n{text}\n"), 0, set()
        ),
        line(base._MINUTES_APPROVED_BY).filter(lambda s: s.strip() == s),
        searched(base._MINUTES_APPROVED_BY),
    ),
    Gate(
        "enrich.decisions.met_in_part: 'mødekom' or 'MØDEKOM' in the text before _MET_WITH_AMOUNT",
        decisions,
        "_MET_WITH_AMOUNT",
        lambda text: decisions.met_in_part(["approved"], text, "søger om 900.000 kr."),
        st.tuples(
            _in_cases("ansøgningen blev imødekommet", "imødekommes", "imødekommet"),
            st.sampled_from([" med 40.000 kr.", " med et tilskud på 5.000 kr.", " med kr. 800."]),
        ).map("".join),
        searched(decisions._MET_WITH_AMOUNT),
    ),
    Gate(
        "enrich.decisions.amendment_decided: 'orslag' or 'ORSLAG' in the text before "
        "_AMENDMENT_CARRIED",
        decisions,
        "_AMENDMENT_CARRIED",
        lambda text: decisions.amendment_decided(
            ["approved"], text, ["at udvalget tager stilling til forslaget"]
        ),
        st.tuples(
            _in_cases("et ændringsforslag fra a", "underforslaget", "det alternative forslag"),
            st.sampled_from(
                [" om åbning før kl. 10 blev vedtaget.", " blev godkendt", " vedtaget"]
            ),
        ).map("".join),
        searched(decisions._AMENDMENT_CARRIED),
    ),
    Gate(
        "layouts.base._closing_line: text[:1] in 'Rr' before _minutes_approved_signed "
        "('Referatet godkendt.' over the signer's name and office)",
        base,
        "_MINUTES_APPROVED_BARE",
        lambda text: base._closing_line(
            parse.to_lines(f"1. Eventuelt\n\nIntet.\n\n{text}\n\nKaren Holm\nFormand\n"),
            0,
            set(),
        ),
        _in_cases("referatet godkendt.", "referat godkendt", "referatet blev godkendt."),
        lambda text: True,
    ),
    Gate(
        "layouts.text.is_furniture: a long line led by 'Sidst'/'Senest' before _UPDATED",
        text,
        "_UPDATED",
        lambda line: (text._furniture_tests.cache_clear(), text.is_furniture(line, ())),
        _in_cases(
            "Sidst ændret 03-10-2019 09:12 af Karin Bjerre Jensen",
            "Senest opdateret 01.06.2022 09:14 af Direktionssekretariatet",
        ),
        lambda line: text._UPDATED.match(line) is not None,
    ),
    Gate(
        "layouts.text._furniture_tests: 'B'/'A'/'D' first (either case) before _VISITOR_COUNT",
        text,
        "_VISITOR_COUNT",
        lambda line: (text._furniture_tests.cache_clear(), text.is_furniture(line, ())),
        _in_cases(
            "Besøgende siden 1. januar 2000: 23.514",
            "Antal besøgende siden 1997: 4.711",
            "Du er besøgende nr. 1234",
        ),
        lambda line: text._VISITOR_COUNT.match(line) is not None,
    ),
    Gate(
        "layouts.text._item_pager: 120 characters at most and 'orrige'/'æste' (either case) "
        "before _ITEM_PAGER",
        text,
        "_ITEM_PAGER",
        text._item_pager,
        line(text._ITEM_PAGER).map(single_spaced),
        lambda t: len(t) <= 120 and t.strip().lower() not in ("forrige", "næste"),
    ),
    Gate(
        "parse._genitive_heading: ',' in the genitive's body before _CLAUSE_IN_BODY",
        parse,
        "_CLAUSE_IN_BODY",
        lambda t: parse._genitive_heading(t, parse.BodyRules(forum="Ældrerådet")),
        rx(parse._CLAUSE_IN_BODY, fullmatch=True).map(
            lambda clause: f"Rådet gav råd{clause}indgår i rådets høringssvar:"
        ),
        lambda t: parse._GENITIVE_DECISION.match(t) is not None,
    ),
    Gate(
        "layouts._place_remark_off: ' ikke ', 'OBS', 'NB' or ' dog ' before _PLACE_REMARK",
        layouts_package,
        "_PLACE_REMARK",
        layouts_package._place_remark_off,
        st.tuples(
            st.sampled_from(["Sognehuset (store sal)", "Rådhuset, lokale 2", "Sognegården"]),
            st.sampled_from([" – ", " - ", " — "]),
            st.sampled_from(["dog med to på Teams", "ikke som sædvanligt i salen"]),
        ).map("".join),
        searched(layouts_package._PLACE_REMARK),
    ),
    Gate(
        "layouts._parish_after: the line's last four letters in _SOGN before _PARISH_TAIL",
        layouts_package,
        "_PARISH_TAIL",
        lambda text: layouts_package._parish_after("Kirkeudvalget", layouts_package.prepare(text)),
        embedded(
            st.tuples(st.just("Kirkeudvalget"), rx(layouts_package._PARISH_TAIL)).map("".join),
            at_top=True,
        ),
        lambda text: any(
            layouts_package._PARISH_TAIL.fullmatch(ln.strip()[len("Kirkeudvalget") :])
            for ln in text.split("\n")
            if ln.strip().startswith("Kirkeudvalget,")
        ),
    ),
    Gate(
        "enrich.decisions._own_body: ' under ' in three cases before _UNDER_PARENT",
        decisions,
        "_UNDER_PARENT",
        decisions._own_body,
        st.tuples(
            st.sampled_from(["Kirkegårdsudvalget", "Arbejdsgruppen"]),
            rx(decisions._UNDER_PARENT),
            st.sampled_from(["Holsted Menighedsråd", "Økonomiudvalget"]),
        ).map("".join),
        searched(decisions._UNDER_PARENT),
    ),
    Gate(
        "read.html._page_text: _ITALIC_TAG before _italic_outcomes",
        html_reader,
        "_italic_outcomes",
        lambda text: html_reader.read(text.encode()),
        st.sampled_from(["em", "i", "EM", "I", 'em class="x"', 'i style="color:red"']).map(
            lambda tag: (
                f"<html><body><p><strong>1. Valg</strong><br>Tekst.<br><{tag}>Anna blev valgt."
                f"</{tag.split()[0]}></p></body></html>"
            )
        ),
        lambda text: True,
    ),
    Gate(
        "enrich.decisions.refusal_replaced: 'stedet', 'sættes', 'sattes' or 'besluttede' before "
        "_DECIDED_INSTEAD",
        decisions,
        "_DECIDED_INSTEAD",
        lambda text: decisions.refusal_replaced(["rejected", "decided"], text),
        rx(decisions._DECIDED_INSTEAD).filter(lambda s: "\n" not in s),
        searched(decisions._DECIDED_INSTEAD),
    ),
    Gate(
        "layouts.meeting_kind.board_in_attendance: 'TtDdMmFf' first before _PRESENT_BODY",
        meeting_kind,
        "_PRESENT_BODY",
        lambda text: meeting_kind.board_in_attendance("Bestyrelsen", parse.to_lines(text)),
        line(meeting_kind._PRESENT_BODY).map(lambda s: s + "Anna Holm (formand)"),
        lambda text: meeting_kind._PRESENT_BODY.match(text) is not None,
    ),
    Gate(
        "layouts.meeting_kind.body_of_gathering: 'et' or 'ns' before _BODY_GATHERING",
        meeting_kind,
        "_BODY_GATHERING",
        meeting_kind.body_of_gathering,
        line(meeting_kind._BODY_GATHERING),
        lambda text: meeting_kind._BODY_GATHERING.match(text) is not None,
    ),
    Gate(
        "layouts.time_slots.time_slot_headings: _has_clock_start and _has_session_slot before "
        "_SESSION_SLOT",
        time_slots,
        "_SESSION_SLOT",
        time_slots.time_slot_headings,
        embedded(line(time_slots._SESSION_SLOT)),
        searched(time_slots._SESSION_SLOT),
    ),
    Gate(
        "layouts.time_slots.programme_first_slot: _has_programme_slot before _PROGRAMME_SLOT",
        time_slots,
        "_PROGRAMME_SLOT",
        time_slots.programme_first_slot,
        embedded(line(time_slots._PROGRAMME_SLOT), many=3),
        searched(time_slots._PROGRAMME_SLOT),
    ),
    Gate(
        "layouts.owners.member_municipalities: '(' and ',' before _LISTED_IN_BRACKETS",
        owners,
        "_LISTED_IN_BRACKETS",
        lambda text: owners.member_municipalities([text]),
        rx(owners._LISTED_IN_BRACKETS).filter(lambda s: "\n" not in s and len(s) <= 600),
        searched(owners._LISTED_IN_BRACKETS),
    ),
    Gate(
        "enrich.decisions._agreed_or_wished: 'nig' or 'ønsker' before _AGREED_OR_WISHED",
        decisions,
        "_AGREED_OR_WISHED",
        decisions._agreed_or_wished,
        rx(decisions._AGREED_OR_WISHED).filter(lambda s: "\n" not in s),
        lambda text: decisions._AGREED_OR_WISHED.match(text) is not None,
    ),
    Gate(
        "enrich.decisions._terse_decision: 'valg)' or 'valg af' in the first sentence before "
        "_ELECTED_NOUN",
        decisions,
        "_ELECTED_NOUN",
        decisions._terse_decision,
        line(decisions._ELECTED_NOUN).map(single_spaced).map(lambda s: s.strip() + " Tak."),
        lambda text: decisions._ELECTED_NOUN.match(decisions._first_sentence(text)) is not None,
    ),
    Gate(
        "layouts.meeting_kind.forum_from_meeting_kind: 'forsamling' or 'møde' before _ASSEMBLY_OF",
        meeting_kind,
        "_ASSEMBLY_OF",
        lambda text: meeting_kind.forum_from_meeting_kind(parse.to_lines(text), set()),
        embedded(line(meeting_kind._ASSEMBLY_OF).map(single_spaced), at_top=True),
        lambda text: any_line(meeting_kind._ASSEMBLY_OF, strip=True)(text),
    ),
    Gate(
        "layouts.meeting_kind.forum_from_meeting_kind: 'møde' before _UNIT_THEN_LEADERS",
        meeting_kind,
        "_UNIT_THEN_LEADERS",
        lambda text: meeting_kind.forum_from_meeting_kind(parse.to_lines(text), set()),
        embedded(line(meeting_kind._UNIT_THEN_LEADERS).map(single_spaced), at_top=True),
        lambda text: any_line(meeting_kind._UNIT_THEN_LEADERS, strip=True)(text),
    ),
    Gate(
        "layouts.header_fallback.lead_place: 'mødt', 'øde', 'samlet' or 'holdt' before _LEAD_PLACE",
        header_fallback,
        "_LEAD_PLACE",
        lambda text: header_fallback.lead_place(parse.to_lines(text), set()),
        embedded(line(header_fallback._LEAD_PLACE).map(single_spaced)),
        searched(header_fallback._LEAD_PLACE),
    ),
    Gate(
        "layouts.header._split_columns: a letterhead's line holding 'nr' or 'nummer' before "
        "_BODY_THEN_CASE",
        header,
        "_BODY_THEN_CASE",
        lambda text: header._split_columns(parse.to_lines(text)),
        embedded(
            line(header._BODY_THEN_CASE).filter(
                lambda s: "\t" not in s and not s.lower().startswith("desuden")
            ),
            at_top=True,
        ),
        lambda text: header._BODY_THEN_CASE.match(parse.to_lines(text)[0].clean) is not None,
    ),
    Gate(
        "layouts.elsewhere_date.crumb_date: '›', '»' or '>' before _CRUMB_SPLIT",
        elsewhere_date,
        "_CRUMB_SPLIT",
        lambda text: elsewhere_date.crumb_date(parse.to_lines(text)),
        embedded(
            st.tuples(
                st.sampled_from(
                    ["Forside › Politik › ", "Forside » Udvalg » ", "Forside > Politik > "]
                ),
                line(elsewhere_date._DATED_CRUMB).map(single_spaced),
            ).map("".join),
            at_top=True,
        ),
        searched(elsewhere_date._CRUMB_SPLIT),
    ),
    Gate(
        "layouts.elsewhere_date.closing_meeting: the line opening with 'mødet' before "
        "_CLOSING_DATED",
        elsewhere_date,
        "_CLOSING_DATED",
        lambda text: elsewhere_date.closing_meeting(parse.to_lines(text), 0),
        embedded(line(elsewhere_date._CLOSING_DATED).map(single_spaced)),
        any_line(elsewhere_date._CLOSING_DATED, strip=True),
    ),
    Gate(
        "layouts.elsewhere_date.closing_date_field: 'møde' or 'dato' first and a colon before "
        "_DATE_FIELD",
        elsewhere_date,
        "_DATE_FIELD",
        lambda text: elsewhere_date.closing_date_field(
            parse.to_lines(text), 0, parse.Header(), set(), set()
        ),
        embedded(line(elsewhere_date._DATE_FIELD).map(single_spaced)),
        any_line(elsewhere_date._DATE_FIELD, strip=True),
    ),
    Gate(
        "layouts.boxed_table.unbox: '+-', '+=', '+:', '-|' or '- |' before _FRAME_RULE",
        boxed_table,
        "_FRAME_RULE",
        boxed_table.unbox,
        embedded(line(boxed_table._FRAME_RULE, indent=True)),
        any_line(boxed_table._FRAME_RULE),
    ),
    Gate(
        "layouts.elsewhere_date.closing_place: a first letter M or S and a colon near the start "
        "before _PLACE_FIELD",
        elsewhere_date,
        "_PLACE_FIELD",
        lambda text: elsewhere_date.closing_place(parse.to_lines(text), 0, set()),
        embedded(line(elsewhere_date._PLACE_FIELD).map(single_spaced)),
        any_line(elsewhere_date._PLACE_FIELD, strip=True),
    ),
    Gate(
        "layouts.elsewhere_date.closing_footer: a last line of at most 120 characters holding "
        "'·' or '|' before _FOOTER_PARTS",
        elsewhere_date,
        "_FOOTER_PARTS",
        lambda text: elsewhere_date.closing_footer(parse.to_lines(text), 0, parse.Header(), set()),
        st.tuples(
            st.sampled_from(["Vejle Kommune", "Ældrerådet", "Referat"]),
            rx(elsewhere_date._FOOTER_PARTS, fullmatch=True),
            st.sampled_from(["Teknik og Miljø", "Referat af møde den 9. marts 2026", "Side 2"]),
        ).map(lambda parts: _HEAD + "".join(parts) + "\n"),
        lambda text: (
            len(last := text.strip().split("\n")[-1].strip()) <= 120
            and elsewhere_date._FOOTER_PARTS.search(last) is not None
        ),
    ),
    Gate(
        "layouts.elsewhere_date.closing_fact_table: the last block's first line opening with "
        "M or D before _FACT_TABLE_DATE",
        elsewhere_date,
        "_FACT_TABLE_DATE",
        lambda text: elsewhere_date.closing_fact_table(
            parse.to_lines(text), 0, parse.Header(), set()
        ),
        line(elsewhere_date._FACT_TABLE_DATE).map(lambda found: _HEAD + found + "\n"),
        lambda text: (
            elsewhere_date._FACT_TABLE_DATE.match(text.strip().split("\n")[-1].strip()) is not None
        ),
    ),
    Gate(
        "layouts.elsewhere_date.sidebar_meeting: a short line opening with M, O or F before "
        "_SIDEBAR_HEAD",
        elsewhere_date,
        "_SIDEBAR_HEAD",
        lambda text: elsewhere_date.sidebar_meeting(parse.to_lines(text), 0, parse.Header(), set()),
        embedded(line(elsewhere_date._SIDEBAR_HEAD).map(single_spaced)),
        any_line(elsewhere_date._SIDEBAR_HEAD, strip=True),
    ),
    Gate(
        "layouts.header_fallback.lead_place: the line opening with 'mødet' before _HELD_PLACE",
        header_fallback,
        "_HELD_PLACE",
        lambda text: header_fallback.lead_place(parse.to_lines(text), set()),
        embedded(line(header_fallback._HELD_PLACE)),
        any_line(header_fallback._HELD_PLACE),
    ),
    Gate(
        "layouts.mail_date._subject_dated: '/' and a first letter E or S before _SUBJECT_DAY",
        mail_date,
        "_SUBJECT_DAY",
        lambda text: mail_date._subject_dated(
            parse.to_lines(text), 99, dates.safe_date(2030, 1, 1)
        ),
        embedded(line(mail_date._SUBJECT_DAY), at_top=True),
        any_line(mail_date._SUBJECT_DAY),
    ),
    Gate(
        "layouts.mail_date._subject_dated: 'ødet' or 'ØDET' before _HELD_ON",
        mail_date,
        "_HELD_ON",
        lambda text: mail_date._subject_dated(
            parse.to_lines(text), 99, dates.safe_date(2030, 1, 1)
        ),
        st.tuples(
            st.just("Emne: Referat fra Vejudvalget 4/3\n\n"),
            rx(mail_date._HELD_ON).filter(lambda s: "\n" not in s),
        ).map("".join),
        searched(mail_date._HELD_ON),
    ),
    Gate(
        "layouts.header._sent_stamp: the first letter before _SENT_STAMP",
        header,
        "_SENT_STAMP",
        header._sent_stamp,
        line(header._SENT_STAMP),
        lambda text: header._SENT_STAMP.match(text) is not None,
    ),
    Gate(
        "parse.split_title: minutes or a time box closing the title and 'v/' or 'v.' in it before "
        "_PRESENTER_BEFORE_TIME",
        parse,
        "_PRESENTER_BEFORE_TIME",
        parse.split_title,
        st.tuples(
            st.just("Budgetopfølgning"),
            rx(parse._PRESENTER_BEFORE_TIME, fullmatch=True),
            st.sampled_from([" (15 min.)", " (kl. 9.00-9.30)"]),
        ).map("".join),
        lambda text: parse._PRESENTER_BEFORE_TIME.search(text[: text.rindex(" (")]) is not None,
    ),
    Gate(
        "parse.split_title: a closing bracket and 'agsorden' or 'AGSORDEN' before "
        "_AGENDA_PLACE_NOTE",
        parse,
        "_AGENDA_PLACE_NOTE",
        parse.split_title,
        st.tuples(st.just("Regnskab 2025"), rx(parse._AGENDA_PLACE_NOTE, fullmatch=True)).map(
            "".join
        ),
        searched(parse._AGENDA_PLACE_NOTE),
    ),
    Gate(
        "enrich.decisions._done_as_recommended: 'ndstil' or 'oreslå' before _AS_RECOMMENDED",
        decisions,
        "_AS_RECOMMENDED",
        _classified_anew,
        _in_cases(
            "som indstillet.",
            "som foreslået.",
            "jf. indstillingen.",
            "i overensstemmelse med indstillingen.",
        ).map(lambda tail: f"Udvalget drøftede sagen. Sendes i høring {tail}"),
        lambda text: True,
    ),
    Gate(
        "layouts.remarks.remarks_before_decision: 'emærk', 'dtalelse' or 'øringssvar' before "
        "_OWN_REMARKS",
        remarks,
        "_OWN_REMARKS",
        lambda text: remarks.remarks_before_decision(
            [
                _item(
                    "Høring",
                    Section("beslutning", text, "Rådet bakker op."),
                    Section("beslutning", "Beslutning", "Godkendt."),
                )
            ]
        ),
        line(remarks._OWN_REMARKS),
        lambda text: remarks._OWN_REMARKS.match(text) is not None,
    ),
    Gate(
        "layouts.yearless._meeting_line: 'kl' or 'dato' before _YEARLESS",
        yearless,
        "_YEARLESS",
        lambda text: yearless._meeting_line(parse.to_lines(text), set()),
        _in_cases(
            "mødedato: tirsdag d. 2.5.",
            "dato: 4/3",
            "tid: torsdag 17. oktober kl. 19.30 i hallen",
            "tirsdag d. 4/3 klokken 17.00",
        ).map(lambda first: first + "\n\n1. Godkendelse af dagsorden\n"),
        lambda text: True,
    ),
    Gate(
        "layouts.block_decisions.block_decisions: items without a decision, then _block_in "
        "(line_start_test) before _BLOCK",
        block_decisions,
        "_BLOCK",
        lambda text: block_decisions.block_decisions(
            [_gate_item(1, text, "tekst"), _gate_item(2, "")], [], text, set()
        ),
        embedded(line(block_decisions._BLOCK, indent=True)),
        any_line(block_decisions._BLOCK, strip=True),
    ),
    Gate(
        "layouts.block_decisions.block_decisions: one item without a decision, then "
        "_block_in on the last item's sections before _BLOCK",
        block_decisions,
        "_BLOCK",
        lambda text: block_decisions.block_decisions(
            [_gate_item(1, "Godkendt."), _gate_item(2, text, "tekst")], [], text, set()
        ),
        embedded(line(block_decisions._BLOCK, indent=True)),
        any_line(block_decisions._BLOCK, strip=True),
    ),
    Gate(
        "enrich.decisions._terse_decision: 'som' opening the sentence before _AS_BODY",
        decisions,
        "_AS_BODY",
        decisions._terse_decision,
        line(decisions._AS_BODY),
        lambda text: decisions._AS_BODY.match(text) is not None,
    ),
    Gate(
        "enrich.decisions._without_rejected_amendment: the line's first word starting a "
        "tally's (_TALLY_WORDS) before _TALLY_LINE",
        decisions,
        "_TALLY_LINE",
        _classified_anew,
        line(decisions._TALLY_LINE).map(
            lambda tally: (
                "Ændringsforslag fra V: Flere p-pladser.\n"
                f"{tally} V (3). Forkastet.\nHerefter blev indstillingen godkendt."
            )
        ),
        lambda text: True,
    ),
    Gate(
        "layouts.headings.toc_entry: a digit first before _CASE_COLUMN",
        headings,
        "_CASE_COLUMN",
        lambda text: headings.toc_entry(parse.Line(0, text, 0)),
        # (a contents row as the lines reach the reader: white space collapsed to one)
        line(headings._CASE_COLUMN).map(single_spaced),
        # (a tab after the number is a numbered row's, "1<TAB>Title", read before)
        lambda text: headings._NUMBERED.match(text) is None,
    ),
    Gate(
        "layouts.headings.toc_entry: the title's first letter in 'ÅL' before _MARK_BEFORE_TITLE",
        headings,
        "_MARK_BEFORE_TITLE",
        lambda text: headings.toc_entry(parse.Line(0, text, 0)),
        # ("12.<TAB>Åbent<TAB>Title": a contents row's status cell after the number)
        st.tuples(
            st.sampled_from(["3.\t", "12.\t", "Pkt. 4\t"]),
            rx(headings._MARK_BEFORE_TITLE),
            st.sampled_from(["Plan for botilbud", "Budget 2026"]),
        ).map("".join),
        lambda text: True,
    ),
    Gate(
        "read.html._facts_before: a short block outside the site's chrome before the page's "
        "one <main>, then _MEETING_FIELD",
        html_reader,
        "_MEETING_FIELD",
        lambda text: html_reader._page_text(
            f"<html><body><div><p>{text} 4. maj 2025</p></div><main><h2>1. Godkendelse af "
            "dagsorden</h2><p>Godkendt.</p></main></body></html>"
        ),
        rx(html_reader._MEETING_FIELD),
        lambda text: True,
    ),
    Gate(
        "enrich.decisions._terse_decision: 'bakke' or 'støt' before _SUPPORT_WITH_REMARKS",
        decisions,
        "_SUPPORT_WITH_REMARKS",
        decisions._terse_decision,
        rx(decisions._SUPPORT_WITH_REMARKS).map(lambda s: single_spaced(s) + "."),
        lambda text: (
            decisions._SUPPORT_WITH_REMARKS.match(decisions._first_sentence(text)) is not None
        ),
    ),
    Gate(
        "enrich.decisions._says_nothing: 'bem' and 'ngen' or 'nogen' in the first 80, lowered, "
        "before _BODY_NO_REMARKS (its branch without the body, _NO_REMARKS_TO)",
        decisions,
        "_BODY_NO_REMARKS",
        decisions._says_nothing,
        rx(re.compile(decisions._NO_REMARKS_TO, re.I), fullmatch=True).map(single_spaced),
        lambda text: decisions._BODY_NO_REMARKS.fullmatch(text.strip()) is not None,
    ),
    Gate(
        "enrich.decisions.classify_decision: a bullet first or ':' in the first 120, then "
        "a colon ending the first line, before _TOLD_LEAD",
        decisions,
        "_TOLD_LEAD",
        lambda text: decisions.classify_decision(text),
        line(decisions._TOLD_LEAD).map(
            lambda s: single_spaced(s) + "\n- Brevet er sendt til forvaltningen.\nNoteret."
        ),
        lambda text: decisions._TOLD_LEAD.match(text.strip().split("\n")[0].strip()) is not None,
    ),
    Gate(
        "layouts.text.furniture: a cookie word among the document's hints before consent_banner",
        text,
        "consent_banner",
        lambda t: text.furniture(parse.to_lines(t)),
        embedded(
            line(re.compile(r"(?:[a-zæøå]{2,12} ){0,3}cookies?(?: [a-zæøå.]{2,12}){0,3}", re.I)),
            at_top=True,
        ),
        lambda t: any(consent._COOKIE.search(ln) for ln in t.split("\n")[:3]),
    ),
    Gate(
        "layouts.text.site_logo: a line ending in '.dk' before _SITE_DOMAIN",
        text,
        "_SITE_DOMAIN",
        lambda t: text.site_logo(parse.to_lines(t), set()),
        embedded(line(text._SITE_DOMAIN), at_top=True),
        lambda t: any(text._SITE_DOMAIN.match(ln) for ln in t.split("\n")[:3]),
    ),
    Gate(
        "parse.broken_case_rest: the case's hyphen or slash last before _CASE_REST",
        parse,
        "_CASE_REST",
        lambda text: parse.broken_case_rest("09.00.00-", text),
        st.tuples(
            rx(parse._CASE_REST), st.sampled_from(["", "   Sagsbehandler: Ib Holm", "\tÅben"])
        ).map("".join),
        lambda text: parse._CASE_REST.match(text) is not None,
    ),
    Gate(
        "layouts.inline_case.leading_case: a digit first or a hyphen in title[2:6] before "
        "_BARE_LEADING_CASE",
        inline_case,
        "_BARE_LEADING_CASE",
        inline_case.leading_case,
        line(like(inline_case._BARE_LEADING_CASE, "(?=[A-ZÆØÅ])", "Salg af grund")),
        # (read where the labelled and the board's forms read nothing, as the pass tries them
        # first)
        lambda text: (
            inline_case._BARE_LEADING_CASE.match(text) is not None
            and inline_case._LEADING_CASE_DASH.match(text) is None
            and inline_case._board_case(text) is None
        ),
    ),
    Gate(
        "layouts.inline_case.bracketed_case: ')' or ']' last, then the labelled and KLE forms "
        "before _BRACKETED_SYSTEM_CASE",
        inline_case,
        "_BRACKETED_SYSTEM_CASE",
        inline_case.bracketed_case,
        st.tuples(st.just("Tilskud til koncerter"), line(inline_case._BRACKETED_SYSTEM_CASE)).map(
            "".join
        ),
        lambda text: inline_case._BRACKETED_SYSTEM_CASE.search(text) is not None,
    ),
    Gate(
        "layouts.headings.candidates: 'L' or 'l' first in the title before _CLOSED_TITLED "
        "(a closed item's title alone, 'Lukket dagsorden: …')",
        headings,
        "_CLOSED_TITLED",
        lambda text: headings.candidates(parse.to_lines(f"Referat\n\n14. {text}\n"), set()),
        st.tuples(
            _in_cases("lukket dagsorden", "lukket punkt", "lukket sag"),
            st.sampled_from([": ", " – ", " - ", "\t- ", ":\u00a0"]),
            st.sampled_from(["Salg af grund", "Personalesag", "Klage over afgørelse"]),
        ).map("".join),
        # ("Lukket Punkt: …" in title case: the mark before a capital is taken off the title
        # first, ``_LEADING_OPEN_WORD``; "14. lukket punkt: …" in small letters is read as
        # no heading of the run, no evidence asked for)
        lambda text: (
            headings._CLOSED_TITLED.match(text) is not None
            and headings._LEADING_OPEN_WORD.match(text) is None
            and not text[:1].islower()
        ),
    ),
    Gate(
        "layouts.headings.candidates: '(', 'S', 's', 'J' or 'j' first on the line under 'Punkt N' "
        "before _LEADING_CASE",
        headings,
        "_LEADING_CASE",
        lambda text: headings.candidates(parse.to_lines(f"Punkt 3\n{text}\n"), set()),
        line(like(headings._LEADING_CASE, "(?=\\S)", "Salg af grund")),
        # (the line as the pass reads it: a row's "Sag<TAB>" label taken off first)
        lambda text: (
            (m := headings._LEADING_CASE.match(headings._TITLE_LABEL.sub("", text.strip())))
            is not None
            and m.group("case") is not None
        ),
    ),
    Gate(
        "layouts.header.owner_first_off: the last letter in 'dgnt' before _OWNER_FIRST",
        header,
        "_OWNER_FIRST",
        header.owner_first_off,
        line(header._OWNER_FIRST),
        lambda text: header._OWNER_FIRST.match(text) is not None,
    ),
    Gate(
        "layouts._abbreviation_off: 'møde)' closing the forum (any case) before KIND_IN_BRACKETS",
        layouts_package,
        "KIND_IN_BRACKETS",
        layouts_package._abbreviation_off,
        st.tuples(
            st.sampled_from(["Økonomiudvalget", "Børne- og Skoleudvalget og Ældrerådet"]),
            rx(header.KIND_IN_BRACKETS, fullmatch=True),
        ).map("".join),
        searched(header.KIND_IN_BRACKETS),
    ),
    Gate(
        "parse.heading_key: 'B' opening the line before the 'Beslutning i <body>' labels' "
        "_undated_body_decision",
        parse,
        "_undated_body_decision",
        lambda text: parse.heading_key(parse.Line(0, text, 0), parse.BodyRules(forum="Byrådet")),
        st.tuples(
            st.sampled_from(["Beslutning i ", "BESLUTNING I ", "Beslutningi ", "Beslutning "]),
            st.sampled_from(["Byrådet", "Økonomiudvalget", "Teknik- og Miljøudvalget", "rådet"]),
            st.sampled_from(["", ":"]),
        ).map(lambda t: t[0] + (t[1].upper() if t[0].isupper() else t[1]) + t[2]),
        _beslutning_label,
    ),
    Gate(
        "parse.heading_key: '§ ' opening the line (beside a capital) and a dated end before "
        "_BODY_DATE_COLON",
        parse,
        "_BODY_DATE_COLON",
        lambda text: parse.heading_key(parse.Line(0, text, 0)),
        line(like(parse._BODY_DATE_COLON, r"(?:[A-ZÆØÅ]|§\s?\d)", r"§\s\d")),
        lambda text: parse._BODY_DATE_COLON.match(text) is not None,
    ),
    Gate(
        "layouts.headings._evidence: a colon in the first 26 characters before _ITEM_FIELD_LINE",
        headings,
        "_ITEM_FIELD_LINE",
        lambda text: headings._evidence(
            parse.to_lines(f"2. Budget 2025\n{text}\nSagsfremstilling:\nTekst."),
            0,
            "Budget 2025",
            set(),
        ),
        # (hypothesis writes no text for the pattern's look-ahead: labels of one to three
        # words up to 28 characters, then kept where the pattern reads them)
        st.from_regex(
            r"[A-ZÆØÅ][a-zæøå]{1,10}\.?(?:[ /-][a-zæøå]{1,8}\.?){0,2} ?: ?[A-Za-zæøå0-9 .-]{1,40}",
            fullmatch=True,
        ).filter(lambda text: headings._ITEM_FIELD_LINE.match(text) is not None),
        lambda text: (
            headings._case_of(text) is None
            and not headings._is_known_heading(text)
            and not parse._PLAN_FIELD.match(text)
            and not headings.is_furniture(text)
        ),
    ),
    Gate(
        "layouts.text._contact_line: a 'K' first and 120 characters at most before _CONTACT_BOX",
        text,
        "_CONTACT_BOX",
        text._contact_line,
        line(text._CONTACT_BOX).map(single_spaced),
        lambda t: len(t) <= 120 and text._CONTACT_BOX.match(t) is not None,
    ),
    Gate(
        "layouts.header.read_header: 'møde)' closing the line before KIND_IN_BRACKETS",
        header,
        "KIND_IN_BRACKETS",
        lambda t: header.read_header(parse.to_lines(t), set(), set()),
        line(header.KIND_IN_BRACKETS).map(
            lambda s: f"Dagsorden{single_spaced(s)}\n\nMødedato: 3. marts 2025\n"
        ),
        lambda t: True,
    ),
    Gate(
        "parse._parse_header: 'Pp' opening a listed entry's title before _TOC_PUNKT",
        parse,
        "_TOC_PUNKT",
        lambda text: parse._parse_header(
            parse.to_lines(f"Økonomiudvalget\n\n- 1. {text}Budget 2026\n"), set(), []
        ),
        # (the pattern written "Punkt", generated from "punkt" so that the lower case turns up)
        rx(
            like(
                like(parse._TOC_PUNKT, "Punkt", "punkt"),
                r"\s*(?:[:.]\s*|\t\s*)",
                r"(?:[:.] |\t)",
            ),
            fullmatch=True,
        ),
        lambda text: parse._TOC_PUNKT.match(text) is not None,
    ),
    Gate(
        "layouts.headings.candidates: 'A' first and a full stop last before _AD_POINT",
        headings,
        "_AD_POINT",
        lambda text: headings.candidates(parse.to_lines(f"Beslutning:\n{text}\n"), set()),
        line(headings._AD_POINT),
        # (a tab makes the line a table's row of cells, read by the cell rules before)
        lambda text: "\t" not in text and headings._AD_POINT.match(text) is not None,
    ),
    Gate(
        "layouts.headings.marks_off: the title's first letter in 'ÅåLl' before _MARK_COLUMN",
        headings,
        "_MARK_COLUMN",
        lambda text: headings.marks_off(
            [headings.TocEntry(text, 2, 0), headings.TocEntry(text, 3, 1)]
        ),
        st.tuples(
            rx(headings._MARK_COLUMN), st.sampled_from(["Plan for botilbud", "Budget 2026"])
        ).map("".join),
        searched(headings._MARK_COLUMN),
    ),
    Gate(
        "layouts.paged_contents.repeated_titles: the line's first letter in 'ÅåLl' before MARK",
        paged_contents,
        "MARK",
        lambda text: paged_contents.paged_items(
            parse.to_lines(
                "Indhold\nPlan for botilbud ..... 2\nBudget 2026 ..... 3\n\n"
                f"{text}\nPlan for botilbud\nGodkendt.\n\n{text}\nBudget 2026\nGodkendt.\n"
            ),
            set(),
        ),
        line(marked.MARK),
        lambda text: marked.MARK.match(text) is not None,
    ),
    Gate(
        "layouts.ruled._page_header: a digit last before _PAGE_NUMBER",
        ruled,
        "_PAGE_NUMBER",
        ruled._page_header,
        st.tuples(st.just("Ældrerådet 04-03-2010"), rx(ruled._PAGE_NUMBER, fullmatch=True)).map(
            "".join
        ),
        searched(ruled._PAGE_NUMBER),
    ),
    Gate(
        "parse.merger_notes: 'Kommune' in the line before _MERGER_NOTE",
        parse,
        "_MERGER_NOTE",
        lambda text: parse.merger_notes([ln for ln in parse.to_lines(text) if ln.clean]),
        embedded(line(parse._MERGER_NOTE)),
        lambda text: any(parse._MERGER_NOTE.match(ln.clean.strip()) for ln in parse.to_lines(text)),
    ),
    Gate(
        "parse.merger_notes: 'Kommune' in the line and ')' last before _MERGED_OF",
        parse,
        "_MERGED_OF",
        lambda text: parse.merger_notes([ln for ln in parse.to_lines(text) if ln.clean]),
        embedded(line(parse._MERGED_OF)),
        lambda text: any(parse._MERGED_OF.match(ln.clean.strip()) for ln in parse.to_lines(text)),
    ),
    Gate(
        "layouts.header._member_values: '(' first on the line under the list before _PARTY_ALONE",
        header,
        "_PARTY_ALONE",
        lambda text: header._member_values(
            parse.to_lines(f"Afbud: Ole Hansen (A), Bo Lund Berg\n{text}\n"),
            0,
            "Ole Hansen (A), Bo Lund Berg",
            set(),
        ),
        line(header._PARTY_ALONE, indent=True),
        lambda text: header._PARTY_ALONE.match(text.strip()) is not None,
    ),
    Gate(
        "layouts.text.furniture: 'P' or 'p' first and a digit last in a furniture text before "
        "_PAGER",
        text,
        "_PAGER",
        lambda found: text.furniture(
            parse.to_lines(f"{found}\nFærgeplan 2026\nBeslutning\nGodkendt.")
        ),
        line(text._PAGER),
        lambda found: text._PAGER.match(found) is not None and text.is_furniture(found),
    ),
    Gate(
        "enrich.decisions.classify_decision: ')' and ':' in the text before _MEMBER_ANSWER",
        decisions,
        "_MEMBER_ANSWER",
        decisions.classify_decision,
        st.lists(line(decisions._MEMBER_ANSWER), min_size=2, max_size=3).map("\n".join),
        lambda found: all(decisions._MEMBER_ANSWER.match(ln.strip()) for ln in found.split("\n")),
    ),
    Gate(
        "enrich.decisions._terse_decision: 'arbejde' in the first sentence, lowered, before "
        "_VIEWS_CARRIED_ON",
        decisions,
        "_VIEWS_CARRIED_ON",
        decisions._terse_decision,
        # (one line of single spaces: the first sentence ends at a tab or a line break)
        rx(decisions._VIEWS_CARRIED_ON).map(lambda s: " ".join(s.split()) + "."),
        lambda text: decisions._VIEWS_CARRIED_ON.match(decisions._first_sentence(text)) is not None,
    ),
    Gate(
        "layouts.header._short_year_meeting: 'kl' / 'KL' / 'Kl' before _SHORT_YEAR_MEETING",
        header,
        "_SHORT_YEAR_MEETING",
        header._short_year_meeting,
        rx(header._SHORT_YEAR_MEETING).map(single_spaced),
        searched(header._SHORT_YEAR_MEETING),
    ),
    Gate(
        "layouts.headings._planned: first letter in _PLAN_STARTS before parse._PLAN_FIELD",
        headings,
        "_PLAN_FIELD",
        lambda text: headings._planned(
            parse.to_lines("1. Title\n" + text), headings.Head(0, 1, "Title")
        ),
        line(parse._PLAN_FIELD),
        lambda text: parse._PLAN_FIELD.match(text.strip()) is not None,
    ),
    Gate(
        "enrich.decisions._terse_decision: 'videre' before _NOT_SUPPORTED's 'går ikke videre med'",
        decisions,
        "_NOT_SUPPORTED",
        decisions._terse_decision,
        rx(_DROPPED, fullmatch=True).map(lambda s: s + "."),
        lambda text: decisions._NOT_SUPPORTED.match(decisions._first_sentence(text)) is not None,
    ),
    Gate(
        "enrich.decisions.classify_decision: 'nsvarlig' before _OWNER_FIELD",
        decisions,
        "_OWNER_FIELD",
        _classified_anew,
        rx(decisions._OWNER_FIELD).map(lambda s: "Referater hænges op i vagtstuen" + s + "o."),
        searched(decisions._OWNER_FIELD),
    ),
    Gate(
        "layouts.text.prepare: ':<TAB>' / ': <TAB>' before _COLON_TAB",
        text,
        "_COLON_TAB",
        text.prepare,
        embedded(line(text._COLON_TAB).map(lambda s: s + "24/1234")),
        searched(text._COLON_TAB),
    ),
    Gate(
        "layouts.text.prepare: a gap or a tab, then '\\t' before number_under_title._TABBED_END",
        _NUT,
        "_TABBED_END",
        text.prepare,
        embedded(line(like(_NUT._TABBED_END, r"\t", "Titel\t"))),
        searched(_NUT._TABBED_END),
    ),
    Gate(
        "layouts.text.prepare: a gap of two spaces before header_columns._GAPPED_SECTION",
        header_columns,
        "_GAPPED_SECTION",
        text.prepare,
        # (the pattern ends looking ahead to the text: drawn as a label, a gap, a text)
        embedded(
            st.tuples(
                st.sampled_from(["Beslutning", "Indstilling", "Sagsfremstilling", "Økonomi"]),
                st.from_regex(r"  +", fullmatch=True),
                st.just("Godkendt."),
            ).map("".join)
        ),
        searched(header_columns._GAPPED_SECTION),
    ),
    Gate(
        "layouts.text.prepare: a gap or a tab before inline_case._case_led_heading_in",
        inline_case,
        "_case_led_heading_in",
        text.prepare,
        embedded(line(inline_case._CASE_LED_HEADING), many=2),
        searched(inline_case._CASE_LED_HEADING),
    ),
    Gate(
        "layouts.time_slots.time_slot_headings: two spaces or a tab and _has_number_then_slot "
        "before _NUMBER_THEN_SLOT",
        time_slots,
        "_NUMBER_THEN_SLOT",
        time_slots.time_slot_headings,
        embedded(rx(time_slots._NUMBER_THEN_SLOT, fullmatch=True)),
        searched(time_slots._NUMBER_THEN_SLOT),
    ),
    Gate(
        "enrich.decisions._terse_decision: 'holdes' in the first sentence, lowered, before "
        "_EVENT_SET",
        decisions,
        "_EVENT_SET",
        decisions._terse_decision,
        rx(decisions._EVENT_SET).map(lambda s: " ".join(s.split()) + " i hallen."),
        lambda text: decisions._EVENT_SET.match(decisions._first_sentence(text)) is not None,
    ),
    Gate(
        "enrich.decisions._classified: 'følgende' first, lowered, before _NEXT_AGENDA_SET",
        decisions,
        "_NEXT_AGENDA_SET",
        _classified_anew,
        rx(decisions._NEXT_AGENDA_SET).map(lambda s: " ".join(s.split()) + "\n1. Budget\n2. IT"),
        searched(decisions._NEXT_AGENDA_SET),
    ),
    Gate(
        "read.html._page_text: 'ata-' / 'ATA-' and _CASE_ATTRIBUTE_MARKUP before _attribute_cases",
        html_reader,
        "_attribute_cases",
        html_reader._page_text,
        # (an attribute's name in any case and after any white space: the parser lowers it)
        st.tuples(
            st.sampled_from([" ", "\n", "\t", "\n  "]),
            rx(html_reader._CASE_ATTRIBUTE, fullmatch=True).flatmap(
                lambda s: st.sampled_from(_case_forms(s))
            ),
        ).map(
            lambda found: (
                f'<html><body><main><div class="punkt"{found[0]}{found[1]}="24/1187"><h2>1. '
                "Vejnavne</h2><p>Godkendt.</p></div></main></body></html>"
            )
        ),
        lambda text: True,
    ),
    Gate(
        "read.html._page_text: 'bsolute' / 'BSOLUTE' and _ABSOLUTE before _positioned_order",
        html_reader,
        "_positioned_order",
        html_reader._page_text,
        # (a style's property and value in any case, spaced or not around the colon)
        rx(html_reader._ABSOLUTE, fullmatch=True)
        .flatmap(lambda s: st.sampled_from(_case_forms(s)))
        .map(
            lambda found: (
                f'<html><body><div style="{found};left:40px;top:90px"><p>Beslutning: '
                f'Godkendt.</p></div><div style="{found};left:30px;top:60px"><p>1. Vejnavne'
                f'</p></div><div style="{found};left:30px;top:20px"><p>Referat 4. maj 2025'
                "</p></div></body></html>"
            )
        ),
        lambda text: True,
    ),
    Gate(
        "read.html._page_text: 'ooter' / 'OOTER' and 'ommune' / 'OMMUNE' before _footer_owner",
        html_reader,
        "_footer_owner",
        html_reader._page_text,
        st.tuples(
            st.one_of(
                st.sampled_from(["footer", "FOOTER", "Footer"]).map(
                    lambda t: (f"<{t}>", f"</{t}>")
                ),
                st.tuples(
                    st.sampled_from(["id", "class"]),
                    rx(html_reader._FOOTER_NAME, fullmatch=True),
                ).map(lambda a: (f'<div {a[0]}="{a[1]}">', "</div>")),
            ),
            _in_cases("Kommune"),
        ).map(
            lambda found: (
                "<html><body><main><h2>1. Vejnavne</h2><p>Godkendt.</p></main>"
                f"{found[0][0]}<p>Odder {found[1]} · Rådhusgade 3 · 8300 Odder</p>{found[0][1]}"
                "</body></html>"
            )
        ),
        lambda text: True,
    ),
    Gate(
        "parse._parse_header: 'Møde' / 'MØDE' first on the line before _MEETING_FIELD_BODY",
        parse,
        "_MEETING_FIELD_BODY",
        lambda text: parse._parse_header(parse.to_lines(text), set(), []),
        # (the label in either case the pattern reads, each drawn as often, among lines
        # no other opening with "Møde": ``embedded``'s closing line does)
        line(parse._MEETING_FIELD_BODY)
        .map(str.strip)
        .flatmap(lambda s: st.sampled_from(["Møde" + s[4:], "MØDE" + s[4:]]))
        .map(lambda s: f"Referat\n\n{s}\nDato: 3. juni 2025\n"),
        any_line(parse._MEETING_FIELD_BODY),
    ),
    Gate(
        "parse._parse_header: 'Udvalg' first on a heading naming no body by _FORUM_HEADING "
        "before _COMMITTEE_FOR",
        parse,
        "_COMMITTEE_FOR",
        lambda text: parse._parse_header(parse.to_lines(text), set(), []),
        embedded(line(parse._COMMITTEE_FOR).map(lambda s: "## " + single_spaced(s)), at_top=True),
        lambda text: parse._FORUM_HEADING.match(text.split("\n", 1)[0][3:]) is None,
    ),
    Gate(
        "layouts.headings.candidates: a digit last and a dash in the line before "
        "_DATED_FORUM_PREFIX",
        headings,
        "_DATED_FORUM_PREFIX",
        lambda text: headings.candidates(parse.to_lines(text), set()),
        # (the lookahead written as a group, so the item's word and number are drawn too)
        line(like(headings._DATED_FORUM_PREFIX, "(?=", "(?:")).map(
            lambda s: f"{s}\nGodkendelse af dagsorden\nBeslutning\nGodkendt.\n"
        ),
        lambda text: True,
    ),
    Gate(
        "layouts.signature_note.signers_named: first letter 'GgUuSsRrPp' before _SIGNED_BY_NAMES",
        signature_note,
        "_SIGNED_BY_NAMES",
        signature_note.signers_named,
        line(signature_note._SIGNED_BY_NAMES),
        lambda text: True,
    ),
    Gate(
        "layouts.header.read_header: 'B'/'K' first on the dated line before _DATED_COUNCIL_MEETING",
        header,
        "_DATED_COUNCIL_MEETING",
        lambda t: header.read_header(parse.to_lines(t), set(), set()),
        # (the pattern stops at the day's first digit: the date written out after it)
        rx(header._DATED_COUNCIL_MEETING, fullmatch=True)
        .filter(lambda s: "\n" not in s)
        .map(lambda s: single_spaced(s[:-1]) + "4. maj 2025 kl. 17.00\nSted: Rådhuset\n"),
        lambda t: True,
    ),
    Gate(
        "enrich.decisions._classified: 'afslag' first (lowered) before _REFUSAL_LEAD",
        decisions,
        "_REFUSAL_LEAD",
        _classified_anew,
        # (a remark the matcher reads after it, so no fallback consults the pattern instead)
        rx(decisions._REFUSAL_LEAD, fullmatch=True)
        .filter(lambda s: "\n" not in s)
        .map(lambda s: single_spaced(s).rstrip() + " ansøgningen.\nPlanen er godkendt."),
        lambda text: (
            decisions._REFUSAL_LEAD.match(decisions._first_sentence(text.split("\n\n")[0]))
            is not None
        ),
    ),
    Gate(
        "layouts.header._field: ')' last and 'kl' (lowered) in the place before _CLOCK_BRACKET",
        header,
        "_CLOCK_BRACKET",
        lambda t: header.read_header(parse.to_lines(t), set(), set()),
        rx(header._CLOCK_BRACKET, fullmatch=True)
        .filter(lambda s: "\n" not in s)
        .map(
            lambda s: (
                "Referat\nMøde i Byrådet den 4. maj 2025 kl. 17.00\nMødested: Rådhuset, "
                f"lokale 2 {single_spaced(s).strip()}\n"
            )
        ),
        lambda t: True,
    ),
    Gate(
        "enrich.decisions._ruling: 'synet ' in the first 80 characters before _RULING "
        "(the hegnsyn spelt with the joining s)",
        decisions,
        "_RULING",
        _classified_anew,
        _in_cases(
            "Hegnssynet bestemmer, at hækken klippes.",
            "Hegnssynet pålægger ejeren at beskære hækken.",
            "Hegnssynet meddeler ejeren påbud om beskæring.",
        ),
        lambda text: decisions._RULING.match(decisions._first_sentence(text)) is not None,
    ),
    Gate(
        "layouts.text.prepare: outcome_list.AD_GATE before outcome_list._AD_OUTCOME",
        outcome_list,
        "_AD_OUTCOME",
        text.prepare,
        # (an outcome after the number, as the protocols write it: "0" alone is none)
        embedded(
            line(
                like(outcome_list._AD_OUTCOME, r"(?P<outcome>\S.*)", "(?P<outcome>Godkendt\\.)"),
                indent=True,
            )
        ),
        lambda t: any(outcome_list._AD_OUTCOME.match(ln.strip()) for ln in t.split("\n")),
    ),
    Gate(
        "layouts.outcome_list.dashed_outcomes: a digit, 'Pp' or 'Aa' first, and three numbered "
        "lines one after another (_numbered_lines), before _split",
        outcome_list,
        "_split",
        lambda t: outcome_list.dashed_outcomes(parse.to_lines(t)),
        st.lists(line(outcome_list._NUMBERED_DASHED), min_size=3, max_size=3).map(
            lambda found: _HEAD + "\n\n".join(_numbered_from(found, 4)) + _TAIL
        ),
        lambda t: any(outcome_list._NUMBERED_DASHED.match(ln.clean) for ln in parse.to_lines(t)),
    ),
    Gate(
        "layouts.outcome_list.headed_outcomes: a digit first and ' -' / ' –' / ':' before "
        "_short_item (a short item's minute after a colon on its heading line)",
        outcome_list,
        "_short_item",
        lambda t: outcome_list.headed_outcomes(parse.to_lines(t)),
        embedded(
            line(
                r"[1-8][.)][ \t][a-zæøå]{3,20}(?: [a-zæøå]{2,12})?: (?:godkendt|intet nyt|udsat)\."
            ).map(lambda s: s[:3] + s[3:4].upper() + s[4:]),
            many=2,
        ),
        lambda t: True,
    ),
    Gate(
        "layouts.outcome_list.headed_outcomes: a digit first, a full stop or '!' last and a "
        "full stop before it, before stopped_outcome (a short item's minute after the "
        "title's full stop on its heading line)",
        outcome_list,
        "stopped_outcome",
        lambda t: outcome_list.headed_outcomes(parse.to_lines(t)),
        embedded(
            line(
                r"[1-8][.)][ \t][A-ZÆØÅ][a-zæøå]{3,20}(?: [a-zæøå]{2,12})?\.[ \t\u00a0]{1,2}"
                r"(?:Godkendt|Intet|Udsat|Taget til efterretning)[.!]"
            ),
        ),
        lambda t: any(
            outcome_list._NUMBERED_LINE.match(ln.clean) and ln.clean[-1:] in ".!"
            for ln in parse.to_lines(t)
        ),
    ),
    Gate(
        "layouts.text.prepare: ' – ' / ' - ' / _NUMBERED_COLON before dashed_outcomes "
        "('Punkt 4: Title: Outcome', the item's word in any case)",
        text,
        "dashed_outcomes",
        text.prepare,
        embedded(
            line(r"(?:punkt|pkt\.) ?[1-9]\d?:? [a-zæøå]{3,20}(?: [a-zæøå]{2,12})?: godkendt\.")
            .flatmap(lambda s: st.sampled_from(_case_forms(s)))
            .map(lambda s: s.replace("  ", " ")),
            many=3,
        ),
        lambda t: True,
    ),
    Gate(
        "layouts.text.prepare: ')' / ']' and _BRACKET_END before dashed_outcomes ('3) Title "
        "(Udsat)': the outcome in brackets closing the line, no dash or colon in the text)",
        text,
        "dashed_outcomes",
        text.prepare,
        embedded(
            line(
                r"(?:punkt |pkt\. )?[1-9][.)] [A-ZÆØÅ][a-zæøå]{3,20}(?: [a-zæøå]{2,12})?[ \t]{1,3}"
                r"(?:\((?:Godkendt|Udsat|Drøftet)\)|\[(?:Godkendt|Udsat|Drøftet)\])[ \t]{0,2}"
            ),
            many=3,
        ),
        lambda t: True,
    ),
    Gate(
        "enrich.decisions._without_statements: 'forslag' / 'protokol' / 'efterskrift' / "
        "'til referat' before _STATEMENT (a member's words for the referat)",
        decisions,
        "_STATEMENT",
        _classified_anew,
        rx(r"ført til (?:protokols|protokollen|referat|referatet)", fullmatch=True)
        .flatmap(lambda s: st.sampled_from(_case_forms(s)))
        .map(lambda s: f"Godkendt.\nIb Holm ønskede {s}, at sagen udsættes."),
        lambda t: True,
    ),
    Gate(
        "layouts.decision_summary.summary_decisions: a title's word ('eslutning', "
        "'ecision', or in capitals) before _SUMMARY_TITLE",
        decision_summary,
        "_SUMMARY_TITLE",
        decision_summary.summary_decisions,
        embedded(line(decision_log._LOG_HEAD)),
        searched(decision_summary._SUMMARY_TITLE),
    ),
    Gate(
        "layouts.decision_summary.heads_in: the pattern matched at the text's start, then "
        "led by a line break (_after_break) in its finditer",
        decision_summary,
        "_SUMMARY_TITLE",
        lambda t: list(decision_summary.heads_in(t, decision_summary._SUMMARY_TITLE)),
        embedded(line(decision_summary._SUMMARY_TITLE)),
        searched(decision_summary._SUMMARY_TITLE),
    ),
    Gate(
        "layouts.text.counted_page_feet: _bare_number_in (a number alone on a line, form "
        "feeds before it) before the pages' numbers are read",
        text,
        "pairwise",
        lambda t: text.counted_page_feet(parse.to_lines(t)),
        # (pages 1 and 2, or 2 and 3, a form feed or none before each number and the next
        # page's head, the last number closing the text)
        st.tuples(st.sampled_from([1, 2]), *[st.sampled_from(["", "\f", "\f\f"])] * 3).map(
            lambda a: (
                f"{_HEAD}Tekst.\n\n\n{a[1]}{a[0]}\n\n\n\n{a[2]}Mere tekst.\n\n{a[3]}{a[0] + 1}"
            )
        ),
        lambda t: True,
    ),
    Gate(
        "layouts.outcome_overview.overview_decisions: a head's word ('eslutning', "
        "'eferat', 'rotokol', or in capitals) before _HEAD",
        outcome_overview,
        "_HEAD",
        outcome_overview.overview_decisions,
        embedded(line(outcome_overview._HEAD)),
        searched(outcome_overview._HEAD),
    ),
    Gate(
        "layouts.chevron.triangle_outcomes: '►' / '▶' in the text and first on the line "
        "before _TRIANGLE",
        chevron,
        "_TRIANGLE",
        chevron.triangle_outcomes,
        embedded(line(chevron._TRIANGLE)),
        any_line(chevron._TRIANGLE),
    ),
    Gate(
        "layouts.mail_date.covering_note_meeting: 'eferat' or 'EFERAT' before _NOTE_MINUTES",
        mail_date,
        "_NOTE_MINUTES",
        lambda text: mail_date.covering_note_meeting(parse.to_lines(text)),
        st.tuples(
            st.just("Sendt: 14. februar 2030 10:02\n\n"),
            rx(mail_date._NOTE_MINUTES).filter(lambda s: "\n" not in s),
        ).map("".join),
        lambda text: "møde" not in text or mail_date._NOTE_MEETING.search(text) is None,
    ),
    Gate(
        "enrich.decisions._classified: 'edtaget' / 'odkendt' (or in capitals) before "
        "_BARE_VOTE_AFTER (the vote adopting a motion told before it)",
        decisions,
        "_BARE_VOTE_AFTER",
        _classified_anew,
        rx(
            r"(?:ændringsforslaget|borgmesterens forslag|dette) blev (?:dermed |herefter )?"
            r"(?:enstemmigt )?(?:vedtaget|godkendt)"
            r"(?:, og sagen blev herefter (?:sendt|oversendt) til teknisk udvalg)?\.",
            fullmatch=True,
        )
        .flatmap(lambda s: st.sampled_from(_case_forms(s)))
        .map(lambda s: f"Forslaget oversendes til Teknisk Udvalg. {s}"),
        searched(decisions._BARE_VOTE_AFTER),
    ),
    Gate(
        "layouts.owners.region_over_department: '·' or '|' before _REGION_DEPARTMENT",
        owners,
        "_REGION_DEPARTMENT",
        owners.region_over_department,
        line(owners._REGION_DEPARTMENT),
        searched(owners._REGION_DEPARTMENT),
    ),
    Gate(
        "layouts.owners.member_municipalities: _SEAT_LABEL on every opening line (the "
        "members under their kommune, a board's or its leaders')",
        owners,
        "_SEAT_LABEL",
        lambda text: owners.member_municipalities([text], board=True),
        rx(owners._SEAT_LABEL).filter(lambda s: "\n" not in s and len(s) <= 600),
        lambda text: owners._SEAT_LABEL.match(text) is not None,
    ),
    Gate(
        "enrich.decisions.classify_decision: ':' in the first 24 before _OFFICERS_NAMED "
        "(the meeting's officers named after their office)",
        decisions,
        "_OFFICERS_NAMED",
        _classified_anew,
        rx(decisions._OFFICERS_NAMED, fullmatch=True).filter(lambda s: "\n" not in s),
        lambda text: decisions._classified(text, None, False)[0][0] == "other",
    ),
    Gate(
        "enrich.decisions.classify_decision: 'henvend' / 'brev' (lowered) before _LETTER_SENT "
        "(the forum writing to another body)",
        decisions,
        "_LETTER_SENT",
        _classified_anew,
        rx(decisions._LETTER_SENT)
        .filter(lambda s: "\n" not in s)
        .map(lambda s: single_spaced(s) + " om sagen."),
        lambda text: decisions._classified(text, None, False)[0][0] == "other",
    ),
    Gate(
        "layouts.text.prepare: a gap or a tab before inline_case._margin_number_case_in "
        "(line_start_test) before _MARGIN_NUMBER_CASE",
        inline_case,
        "_margin_number_case_in",
        text.prepare,
        embedded(
            st.tuples(
                st.integers(1, 999).map(str),
                st.sampled_from(["   ", "\t", "        ", " \t"]),
                st.sampled_from(["Sag nr.: ", "Sagsnr. ", "J.nr. ", "SAGSNR.: ", "Journalnr.: "]),
                st.sampled_from(["00.01.00A00-4-16", "15/2207", "27.12.00-G01-3-15"]),
                st.just("\n"),
                st.sampled_from(["Godkendelse af dagsorden", "Takster for madservice"]),
            ).map("".join),
            many=2,
        ),
        searched(inline_case._MARGIN_NUMBER_CASE),
    ),
    Gate(
        "parse.heading_key: 'indstilling' closing the line before _OFFICE_RECOMMENDATION",
        parse,
        "_OFFICE_RECOMMENDATION",
        lambda text: parse.heading_key(parse.Line(0, text, 0)),
        line(parse._OFFICE_RECOMMENDATION),
        lambda text: parse._OFFICE_RECOMMENDATION.match(text.rstrip(":").strip()) is not None,
    ),
    Gate(
        "layouts.header.read_header: 'ÅåOo' first before _OPEN_AGENDA_ALONE (a skipped line "
        "under the owner's)",
        header,
        "_OPEN_AGENDA_ALONE",
        lambda t: header.read_header(parse.to_lines(t), {1}, set()),
        line(header._OPEN_AGENDA_ALONE).map(lambda s: f"Kalundborg Kommune\n{s}\nMiljøudvalget\n"),
        lambda t: True,
    ),
    Gate(
        "layouts.header.read_header: 'PpTt*' first before time_slots._PROGRAMME_HEAD (a "
        "timetable in the header)",
        time_slots,
        "_PROGRAMME_HEAD",
        lambda t: header.read_header(parse.to_lines(t), set(), set()),
        line(time_slots._PROGRAMME_HEAD).map(
            lambda s: (
                f"Miljøudvalget\nMødedato: 4. maj 2025\n\n{s}\n"
                "Kl. 15.00 – 15.45: Oplæg\nKl. 15.45 – 16.00: Kaffe\n"
            )
        ),
        lambda t: True,
    ),
    Gate(
        "layouts.header.read_header: 'TtDd' first before _SUPPLEMENT_NOTE",
        header,
        "_SUPPLEMENT_NOTE",
        lambda t: header.read_header(parse.to_lines(t), set(), set()),
        rx(header._SUPPLEMENT_NOTE, fullmatch=True)
        .filter(lambda s: "\n" not in s)
        .map(lambda s: f"Byrådet\nMødedato: 4. maj 2025\n{s} dagsordenen udsendt den 28. april.\n"),
        lambda t: True,
    ),
    Gate(
        "layouts.header_fallback.lead_place: 'holdt' in the line before _HELD_AT (the place "
        "closing the attendance paragraph)",
        header_fallback,
        "_HELD_AT",
        lambda t: header_fallback.lead_place(parse.to_lines(t), set()),
        st.tuples(_in_cases("mødet blev holdt på"), st.sampled_from([" ", "\t", "\u00a0"])).map(
            lambda p: f"Til stede: Ib og Kaj. {p[0].replace(' ', p[1])} Rådhuset, sal 2."
        ),
        searched(header_fallback._HELD_AT),
    ),
    Gate(
        "layouts.header_fallback.closing_facts: 'mødet' opening the line before _STARTED_AT",
        header_fallback,
        "_STARTED_AT",
        lambda t: header_fallback.closing_facts(parse.to_lines(t), 0, parse.Header(), set()),
        st.tuples(
            _in_cases("mødet startede kl. 16.00 og sluttede kl. 18.10."),
            st.sampled_from([" ", "\t", "\u00a0"]),
        ).map(lambda p: f"{_HEAD}{p[0].replace(' ', p[1])}\n"),
        any_line(header_fallback._STARTED_AT, strip=True),
    ),
    Gate(
        "layouts.text.dated_page_footer: a skipped line ending in a digit before PAGE_TAIL",
        text,
        "PAGE_TAIL",
        lambda t: text.dated_page_footer(parse.to_lines(t), {ln.index for ln in parse.to_lines(t)}),
        rx(text.PAGE_TAIL, fullmatch=True)
        .filter(lambda s: "\n" not in s and "\u00a0" not in s)
        .map(lambda s: f"Miljøudvalget, 9. april 2024{s}"),
        lambda t: True,
    ),
    Gate(
        "layouts.header.read_header: 'flyttet' in a note before _MOVED (the meeting moved)",
        header,
        "_MOVED",
        lambda t: header.read_header(parse.to_lines(t), set(), set()),
        st.tuples(
            _in_cases("mødet er flyttet fra 4. til 11. marts 2025."),
            st.sampled_from([" ", "\t", "\u00a0"]),
        ).map(
            lambda p: (
                "Miljøudvalget\nMødedato: Tirsdag den 4. marts 2025\n"
                f"Bemærk: {p[0].replace(' ', p[1])}\n"
            )
        ),
        lambda t: True,
    ),
    Gate(
        "layouts.inline_case.closing_journal: a digit last and a hyphen in the last seven "
        "characters before _CLOSING_JOURNAL",
        inline_case,
        "_CLOSING_JOURNAL",
        inline_case.closing_journal,
        rx(inline_case._CLOSING_JOURNAL)
        .filter(lambda s: "\n" not in s)
        .map(lambda s: "Godkendelse af dagsorden" + s),
        searched(inline_case._CLOSING_JOURNAL),
    ),
    Gate(
        "layouts.bilingual.danish_text: _BRACKET_TAG before _TAG_LINE (a translation behind "
        "its language's tag in brackets, '(DE) …', under a Danish title)",
        bilingual,
        "_TAG_LINE",
        bilingual.danish_text,
        # (the colon's form, "DE: …", is gated by ``_holds_tag_hint`` as before)
        rx(r"[(\[](?:DE|EN|SV|SE|GB|UK|TY|ENG)[)\]] [A-Z][a-z]{3,12}", fullmatch=True).map(
            lambda s: f"1. Godkendelse af dagsorden\n   {s}\nBeslutning:\nGodkendt.\n"
        ),
        searched(bilingual._TAG_LINE),
    ),
    Gate(
        "layouts.base._closing_line: text[:1] in 'RrGgEeDd_*' before _MINUTES_APPROVED_BY "
        "(an agenda system's stamp, 'Elektronisk godkendt 16.01.2025 kl. 09.12', drawn "
        "alone; no blank line, which the first-letter test lets through, after the item)",
        base,
        "_MINUTES_APPROVED_BY",
        lambda text: base._closing_line(parse.to_lines(f"1. Eventuelt\nIntet.\n{text}"), 0, set()),
        line(base._STAMPED).filter(lambda s: s.strip() == s),
        searched(base._MINUTES_APPROVED_BY),
    ),
    Gate(
        "enrich.decisions.classify_decision: 'forespørgsl' in the lowered first sentence "
        "before _INTERPELLATION_ANSWERED (a member's interpellation answered)",
        decisions,
        "_INTERPELLATION_ANSWERED",
        _classified_anew,
        _in_cases(
            "forespørgslen blev besvaret af borgmesteren.",
            "Rådmanden for Teknik og Miljø besvarede forespørgslen.",
            "forespørgslerne blev besvaret.",
        ),
        lambda t: True,
    ),
    Gate(
        "enrich.decisions.same_as_item: 'ehandlet' in the lowered text before _WITH_ITEM "
        "(an item treated together with an earlier one)",
        decisions,
        "_WITH_ITEM",
        lambda t: decisions.same_as_item(["discussed"], t, {3: ["approved"]}),
        rx(decisions._WITH_ITEM, fullmatch=True).filter(lambda s: "\n" not in s),
        lambda t: decisions._WITH_ITEM.match(t.strip()) is not None,
    ),
    Gate(
        "enrich.decisions.interpellation_debated: an 'F' title and 'esvare' in the lowered "
        "text before _INTERPELLATION_TITLE",
        decisions,
        "_INTERPELLATION_TITLE",
        lambda t: decisions.interpellation_debated(["none"], "BESVARET AF BORGMESTEREN.", t),
        rx(decisions._INTERPELLATION_TITLE).map(lambda s: s + " Venstre om cykelstier"),
        lambda t: True,
    ),
    Gate(
        "enrich.decisions._terse_decision: ':' and '(' in the first sentence before "
        "_OFFICE_FILLED (the body first: '<udvalg>: formand NN (A)')",
        decisions,
        "_OFFICE_FILLED",
        decisions._terse_decision,
        rx(decisions._OFFICE_FILLED).filter(lambda s: "\n" not in s).map(single_spaced),
        lambda text: decisions._OFFICE_FILLED.match(decisions._first_sentence(text)) is not None,
    ),
    Gate(
        "layouts.base._list_in_one_listed_item: the run on adjacent lines before "
        "listed_items (a numbered list inside one of a plain-text agenda's listed items)",
        base,
        "listed_items",
        lambda t: base.parse_numbered(parse.to_lines(t), "generic"),
        st.tuples(
            st.sampled_from(["1. ", "1) ", " 1. ", "\t1. ", "1.\t"]),
            st.sampled_from(["Fodbolde og net: 2.500 kr.", "Brætspil til klublokalet"]),
        ).map(
            lambda p: (
                "Ungdomsrådet\nReferat af møde tirsdag den 4. marts 2025 kl. 16.00\n\n"
                "Dagsorden:\n- Godkendelse af dagsorden\n- Indkøb\n- Eventuelt\n\n"
                "Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n\nIndkøb\n\n"
                f"{p[0]}{p[1]}\n{p[0].replace('1', '2')}{p[1]}\n"
                f"{p[0].replace('1', '3')}{p[1]}\n\nBeslutning:\nGodkendt.\n\n"
                "Eventuelt\n\nBeslutning:\nIntet.\n"
            )
        ),
        lambda t: True,
    ),
    Gate(
        "layouts.guest_session._session_head: 'øde' in the lowered line before "
        "_MEETING_WITH_GUEST (a session with guests before item 1)",
        guest_session,
        "_MEETING_WITH_GUEST",
        lambda t: guest_session._session_head(parse.to_lines(t), 0),
        rx(header._MEETING_WITH_GUEST)
        .filter(lambda s: "\n" not in s and len(s) < 60)
        .map(lambda s: f"## {single_spaced(s)}Ældrerådet\n\nTekst.\n"),
        lambda t: True,
    ),
    Gate(
        "layouts.disclosure.unfolded_headings: _MARKS (a toggle's triangle, a portal's "
        "chevron or plus) before _FOLDED_HEADING",
        disclosure,
        "_FOLDED_HEADING",
        disclosure.unfolded_headings,
        # ("## + 1. Title": a browser's print of the page, the heading's style kept before
        # the mark)
        embedded(
            rx(r"(?:## )?[▾▸▿▹▼▽›+−][ \t]\d{1,3}\.? [A-ZÆØÅ][a-zæøå]{3,12}", fullmatch=True),
            many=2,
        ),
        any_line(disclosure._FOLDED_HEADING),
    ),
    Gate(
        "layouts.disclosure.unfolded_sections: _SECTION_MARKS (a fold's mark, a label's "
        "solid mark) before _FOLDED_SECTION",
        disclosure,
        "_FOLDED_SECTION",
        disclosure.unfolded_sections,
        embedded(
            rx(
                r"[▾▸▿▹▼▽›+−■►▶◆][ \t](?:Beslutning|Indstilling|Resume|Sagsfremstilling):?",
                fullmatch=True,
            ),
            many=2,
        ),
        any_line(disclosure._FOLDED_SECTION),
    ),
    Gate(
        "layouts.header._field: a ')' closing a forum field before _OWNER_IN_BRACKETS",
        header,
        "_OWNER_IN_BRACKETS",
        lambda t: header.read_header(parse.to_lines(t), set(), set()),
        rx(r" \((?:[A-ZÆØÅ][a-zæøå]{2,10} )?Kommune(?:, [A-ZÆØÅ][a-zæøå]{2,10})?\)", fullmatch=True)
        .filter(lambda s: "\n" not in s)
        .map(lambda s: f"Forum: Styregruppen for Nyt Bad{s}\nDato: 3. marts 2024\n"),
        lambda t: True,
    ),
    Gate(
        "layouts.header._field: ',' in a municipality field before _DEPARTMENT_AFTER",
        header,
        "_DEPARTMENT_AFTER",
        lambda t: header.read_header(parse.to_lines(t), set(), set()),
        rx(r"[A-ZÆØÅ][a-zæøå]{2,10} Kommune ?, [A-ZÆØÅ][a-zæøå]{2,10}", fullmatch=True)
        .filter(lambda s: "\n" not in s)
        .map(lambda s: f"Kommune: {s}\nDato: 3. marts 2024\n"),
        lambda t: True,
    ),
    Gate(
        "layouts.header._field: a ')' closing a meeting field before _NUMBERED_IN_BRACKETS",
        header,
        "_NUMBERED_IN_BRACKETS",
        lambda t: header.read_header(parse.to_lines(t), set(), set()),
        rx(header._NUMBERED_IN_BRACKETS, fullmatch=True)
        .filter(lambda s: "\n" not in s)
        .map(lambda s: f"Møde: Koncernledelsen{single_spaced(s)}\nDato: 3. marts 2024\n"),
        lambda t: True,
    ),
    Gate(
        "enrich.decisions.classify_decision: '[' in the text before _TASK_LINE",
        decisions,
        "_TASK_LINE",
        _classified_anew,
        line(decisions._TASK_LINE).map(lambda s: f"Drøftet.\n\n{s}"),
        lambda t: True,
    ),
    Gate(
        "municipalities.region_of_house: 'Regions' in the place before _REGION_HOUSE",
        municipalities,
        "_REGION_HOUSE",
        municipalities.region_of_house,
        rx(municipalities._REGION_HOUSE).map(lambda s: f"Mødelokale 2, {s}"),
        lambda t: True,
    ),
    Gate(
        "layouts.lead_in_list.folded_caption: '<' first before _SUMMARY",
        lead_in_list,
        "_SUMMARY",
        lead_in_list.folded_caption,
        line(lead_in_list._SUMMARY),
        lambda t: True,
    ),
    Gate(
        "layouts.elided_contents.ellipsis_alone: twelve characters at most, opening with a dot, "
        "'…' or a bracket, before _ELLIPSIS (a contents list cut short)",
        elided_contents,
        "_ELLIPSIS",
        elided_contents.ellipsis_alone,
        st.tuples(
            st.sampled_from(["", " ", "\t"]),
            rx(elided_contents._ELLIPSIS, fullmatch=True).filter(lambda s: "\n" not in s),
        ).map("".join),
        lambda t: True,
    ),
    Gate(
        "enrich.decisions.classify_decision: 'esvare' in the first paragraph before "
        "_answer_noted (a question answered, then the answer taken to note)",
        decisions,
        "_answer_noted",
        _classified_anew,
        st.tuples(
            _in_cases(
                "besvaret.",
                "spørgsmålet blev besvaret af formanden.",
                "borgmesteren besvarede spørgsmålet.",
            ),
            st.sampled_from([" ", "\t", "\u00a0"]),
        ).map(lambda p: f"{p[0].replace(' ', p[1])}\n\nUdvalget tog besvarelsen til efterretning."),
        lambda t: decisions._says_nothing(t.split("\n\n", 1)[0].strip()),
    ),
    Gate(
        "layouts.outcome._closes_with_outcome: 'taben' in the first word before _STAFF_PRESENT "
        "(a crisis staff deciding in the present)",
        outcome,
        "_STAFF_PRESENT",
        outcome._closes_with_outcome,
        # (drawn from words: hypothesis draws nothing from the pattern's lookahead)
        st.tuples(
            st.sampled_from(["staben", "krisestaben", "beredskabsstaben", "sundheds-krisestaben"]),
            st.sampled_from([" ", "\t", "\u00a0", "  "]),
            st.sampled_from(["beslutter,", "godkender", "indstiller til", "tiltræder", "afviser"]),
        ).flatmap(
            lambda p: st.sampled_from(_case_forms(f"{p[0]}{p[1]}{p[2]}")).map(
                lambda s: f"{s} at der bestilles brændstof."
            )
        ),
        lambda t: outcome._STAFF_PRESENT.match(t) is not None,
    ),
    Gate(
        "layouts.header.read_header: the line ending 'amt' / 'une' before _county (a county "
        "by either of its names, 'RIBE AMT', 'Vejle Amtskommune')",
        header,
        "_county",
        lambda t: header.read_header(parse.to_lines(t), set(), set()),
        st.tuples(
            _in_cases("fyns amt", "vejle amtskommune", "ringkjøbing amtskommune", "viborg amt"),
            st.sampled_from([" ", "\t", "\u00a0"]),
        ).map(lambda p: f"{p[0].replace(' ', p[1])}\nØkonomiudvalget\nMøde den 3/3 1998 kl. 9\n"),
        lambda t: header._county(t.split("\n", 1)[0].strip()) is not None,
    ),
    Gate(
        "layouts._place_remark_off: a closing ')' and 'elt' / 'ELT' before _ATTENDANCE_BRACKET "
        "(who took part from elsewhere, '(Eva Holm (A) deltog via Teams)')",
        layouts_package,
        "_ATTENDANCE_BRACKET",
        layouts_package._place_remark_off,
        st.tuples(
            st.sampled_from(["Rådhuset, mødelokale 2", "Sognegården", "Borgerhuset, sal B"]),
            rx(layouts_package._ATTENDANCE_BRACKET).filter(lambda s: "\n" not in s),
        ).map("".join),
        searched(layouts_package._ATTENDANCE_BRACKET),
    ),
    Gate(
        "parse.with_room_under: the next line's first letter in 'MmLlUu' before "
        "_ROOM_LINE_UNDER (the room a line of its own under the place field)",
        parse,
        "_ROOM_LINE_UNDER",
        lambda t: parse.with_room_under("Rådhuset, Torvet 1", parse.to_lines(t), 0, set()),
        line(parse._ROOM_LINE_UNDER, indent=True).map(lambda s: f"Rådhuset, Torvet 1\n{s}"),
        lambda t: parse._ROOM_LINE_UNDER.match(parse.to_lines(t)[1].clean) is not None,
    ),
    Gate(
        "parse._parse_header: the line above opening 'P' / 'p' before _ITEM_HEAD and "
        "_entry_rest (a contents entry's title wrapped onto the next line)",
        parse,
        "_entry_rest",
        lambda t: parse._parse_header(parse.to_lines(t), set(), []),
        st.tuples(
            _in_cases("punkt 3.", "punkt 12:", "punkt 4 ·"),
            st.sampled_from([" ", "\t", "\u00a0", "   "]),
            st.sampled_from(["Udbygning af stien langs", "Salg af grunde i"]),
            st.sampled_from(["åen ved Brande", "Nørre Vium"]),
        ).map(lambda p: f"Dagsorden\n\n{p[0]}{p[1]}{p[2]}\n{p[3]}\nPunkt 9. Eventuelt\n"),
        lambda t: True,
    ),
    Gate(
        "parse._title_continuation: '- ' opening the line before _BULLETED_PLAN (an item's "
        "facts as a dash list under its title)",
        parse,
        "_BULLETED_PLAN",
        lambda text: parse._title_continuation("Titel", parse.to_lines(text), None),
        line(parse._BULLETED_PLAN).map(single_spaced).map(lambda s: f"{s}\nSag: 25/1187"),
        lambda text: parse._BULLETED_PLAN.match(text) is not None,
    ),
    Gate(
        "parse._after_plan_fields: '- ' opening the line before _BULLETED_PLAN",
        parse,
        "_BULLETED_PLAN",
        lambda text: parse._after_plan_fields(("tekst", "", parse.to_lines(text))),
        line(parse._BULLETED_PLAN).map(single_spaced),
        lambda text: parse._BULLETED_PLAN.match(text) is not None,
    ),
    Gate(
        "parse._after_plan_fields: a digit or '(' first before TIME_BOX (the minutes alone "
        "over the case line)",
        parse,
        "TIME_BOX",
        lambda text: parse._after_plan_fields(("tekst", "", parse.to_lines(text))),
        # (the minutes alone, or with who brings it after a dot: a plan line's forms)
        st.tuples(
            st.sampled_from(["", "("]),
            st.integers(1, 120),
            st.sampled_from([" min.", "min", " minutter", " min"]),
            st.sampled_from(["", " · HR", " – Anne Holm"]),
        ).map(lambda p: f"{p[0]}{p[1]}{p[2]}{')' if p[0] else ''}{p[3]}"),
        lambda text: parse.TIME_BOX.match(text) is not None,
    ),
    Gate(
        "parse.match_case_number: a space among the third to sixth characters before "
        "_BARE_LETTERED",
        parse,
        "_BARE_LETTERED",
        lambda text: parse.match_case_number.__wrapped__(text),
        line(parse._BARE_LETTERED),
        lambda text: parse._BARE_LETTERED.match(text.strip()) is not None,
    ),
    Gate(
        "parse.match_case_number: ':' as the fourth character before _SCHEME_LABELLED",
        parse,
        "_SCHEME_LABELLED",
        lambda text: parse.match_case_number.__wrapped__(text),
        line(parse._SCHEME_LABELLED).map(single_spaced),
        lambda text: parse._SCHEME_LABELLED.match(text.strip()) is not None,
    ),
    Gate(
        "parse.match_case_number: 'bygg' opening the line before _BUILDING_CASE (a building "
        "case's number labelled by its kind)",
        parse,
        "_BUILDING_CASE",
        lambda text: parse.match_case_number.__wrapped__(text),
        line(parse._BUILDING_CASE).map(single_spaced),
        lambda text: parse._BUILDING_CASE.match(text.strip()) is not None,
    ),
    Gate(
        "layouts.headings.candidates: the title's last three letters ('sag', 'ing', 'lse') and "
        "a tab or a column's gap before _TRAILING_KIND_COLUMN (the item's kind or purpose in "
        "a cell after the title)",
        headings,
        "_TRAILING_KIND_COLUMN",
        lambda text: headings.candidates(parse.to_lines(text), set()),
        st.tuples(
            # (a column's gap of spaces is one space in the lines ``to_lines`` makes)
            st.sampled_from(["\t", " \t", "\t\t", "\t "]),
            _in_cases(
                "Til beslutning",
                "Til orientering",
                "Til drøftelse",
                "Til godkendelse",
                "Til efterretning",
                "Beslutningssag",
                "Orienteringssag",
            ),
        ).map(
            lambda p: (
                f"1. Takster for vand 2026{p[0]}{p[1]}\nSagsnr.: 25/1187\n\nBeslutning\nGodkendt.\n"
            )
        ),
        lambda text: True,
    ),
    Gate(
        "parse.match_case_number: 'emne' opening the line before _EMNE_FIELD",
        parse,
        "_EMNE_FIELD",
        lambda text: parse.match_case_number.__wrapped__(text),
        line(parse._EMNE_FIELD).map(single_spaced),
        lambda text: parse._EMNE_FIELD.match(text.strip()) is not None,
    ),
    Gate(
        "parse.match_case_number: a bracket opening and closing the line before _EMNE_FIELD "
        "(a mail-merged body's '(Emne: EMN-2025-00187)')",
        parse,
        "_EMNE_FIELD",
        lambda text: parse.match_case_number.__wrapped__(text),
        line(parse._EMNE_FIELD).map(single_spaced).map(lambda s: f"({s.strip()})"),
        lambda text: parse._EMNE_FIELD.match(text.strip()[1:-1].strip()) is not None,
    ),
    Gate(
        "layouts.outcome._initials_decided: two capitals first before _INITIALS_VERB (the "
        "forum deciding by its initials)",
        outcome,
        "_INITIALS_VERB",
        lambda text: outcome._initials_decided(text, "Koordinationsforum"),
        st.tuples(
            st.sampled_from(["KF", "KOF", "ÆKF"]),
            st.sampled_from([" ", "\t", "\u00a0", "  "]),
            _in_cases(
                "valgte", "besluttede", "godkendte", "drøftede", "tog sagen til efterretning"
            ),
        ).map(lambda p: f"{p[0]}{p[1]}{p[2]} forslaget."),
        lambda text: outcome._INITIALS_VERB.match(text.strip()) is not None,
    ),
    Gate(
        "layouts.headings._wrapped_entry: ')' closing the title before _DURATION_IN_TITLE (a "
        "contents entry wrapped under its minutes' column)",
        headings,
        "_DURATION_IN_TITLE",
        lambda title: headings._wrapped_entry(title, "rest"),
        st.tuples(
            st.sampled_from(["Budget for", "Tilsyn med bo-"]),
            rx(parse._DURATION_IN_TITLE, fullmatch=True).filter(lambda s: "\n" not in s),
        ).map("".join),
        lambda title: parse._DURATION_IN_TITLE.search(title) is not None,
    ),
    Gate(
        "layouts.text.prepare: two spaces in the text before field_column._heading_rows_in "
        "(planning fields in a PDF's column right of the heading)",
        field_column,
        "_heading_rows_in",
        text.prepare,
        embedded(line(field_column._HEADING_ROW)),
        searched(field_column._HEADING_ROW),
    ),
    Gate(
        "layouts.headings._evidence: 'Tt' first at rank 0 before _PURPOSE_ALONE (an item's "
        "purpose without a colon over its case line)",
        headings,
        "_PURPOSE_ALONE",
        lambda t: headings.candidates(parse.to_lines(t), set()),
        line(headings._PURPOSE_ALONE).map(
            lambda s: (
                "Dagsorden\n\nSag 3  Ny pumpestation (etape 2)\n"
                f"{single_spaced(s)}\nSagsfremstilling:\n"
            )
        ),
        # (a title closed by its bracket, so the purpose in small letters is no wrapped rest
        # of it: a line of its own at rank 0, as the other forms are)
        lambda t: (
            [h.title for h in headings.candidates(parse.to_lines(t), set())]
            == ["Ny pumpestation (etape 2)"]
        ),
    ),
    Gate(
        "layouts.header._letter_reference: 'JjVvDdSs' first before _LETTER_REFERENCE (a "
        "letterhead's or memo's reference field beside its 'Dato:')",
        header,
        "_LETTER_REFERENCE",
        lambda t: header._letter_reference(parse.to_lines(t), 0, set()),
        rx(header._LETTER_REFERENCE).map(lambda s: f"Dato: 30. januar 2025\n{single_spaced(s)} 77"),
        lambda t: True,
    ),
    Gate(
        "layouts.meeting_kind._board_for: 'or' / 'OR' before _BOARD_FOR (the board 'for' its "
        "organisation)",
        meeting_kind,
        "_BOARD_FOR",
        meeting_kind._board_for,
        line(meeting_kind._BOARD_FOR).map(single_spaced),
        lambda t: True,
    ),
    Gate(
        "parse.decision_heading: 'Beslutning i ' and a small letter before _LOWER_BODY_DECISION "
        "('Beslutning i bestyrelsen den …')",
        parse,
        "_LOWER_BODY_DECISION",
        parse.decision_heading,
        # (drawn from words: hypothesis draws nothing from the pattern's lookarounds)
        st.tuples(
            st.sampled_from(["bestyrelsen", "havnebestyrelsen", "byrådet", "udvalget", "rådet"]),
            st.sampled_from([" ", "\t", "\u00a0", "  "]),
            st.sampled_from(["den 22. maj 2025", "22.05.2025", "d. 3/4 2025", "2025-05-22"]),
            st.sampled_from(["", ":"]),
        ).map(lambda p: f"Beslutning i {p[0]}{p[1]}{p[2]}{p[3]}"),
        lambda t: parse._LOWER_BODY_DECISION.match(t) is not None,
    ),
    Gate(
        "enrich.decisions._sent_on_first: 'send' / 'Send' / 'SEND' before _first_sentence "
        "(a case sent on as its own first sentence)",
        decisions,
        "_first_sentence",
        lambda t: decisions._sent_on_first(t, [("discussed", "bemærkede")]),
        rx(decisions._SENT_ON).map(
            lambda s: f"{single_spaced(s)}. Jakob Ravn bemærkede, at det haster."
        ),
        lambda t: True,
    ),
    Gate(
        "layouts.outcome._decided_after_debate: 'røftede' / 'RØFTEDE' before _DEBATED (the "
        "forum's discussion before the proposal put)",
        outcome,
        "_DEBATED",
        lambda t: outcome._decided_after_debate(t.split("\n"), 0),
        rx(outcome._DEBATED).map(lambda s: single_spaced(s).replace("\n", " ")),
        lambda t: True,
    ),
    Gate(
        "layouts.outcome._decided_after_debate: 'ndstill' / 'NDSTILL' before _PROPOSED (the "
        "proposal between the debate and the decision)",
        outcome,
        "_PROPOSED",
        lambda t: outcome._decided_after_debate(t.split("\n"), 0),
        rx(outcome._PROPOSED).map(
            lambda s: f"Bestyrelsen drøftede sagen.\n\n{single_spaced(s)}, at X.\n\nGodkendt."
        ),
        lambda t: "\n" not in t.split("\n\n")[1],
    ),
    _signed_by_gate(
        "layouts.base._closing_line: 'GgUuSsRrPp' first before _SIGNED_BY (the minutes "
        "signed under the last item)",
        lambda lines: base._closing_line(lines, 0),
        "3. Eventuelt\nIntet at bemærke.",
    ),
    Gate(
        "layouts.header._place_goes_on: a digit first before _POSTCODE_TOWN_ALONE (a place "
        "field wrapped before its postcode and town)",
        header,
        "_POSTCODE_TOWN_ALONE",
        lambda t: header._place_goes_on(parse.to_lines(t), 0, set()),
        line(header._POSTCODE_TOWN_ALONE).map(
            lambda s: f"Sted: Godsbanevej 2,\n{single_spaced(s)}"
        ),
        lambda t: len(t.split("\n")[1].strip()) <= 60,
    ),
    Gate(
        "layouts.header._time_and_place: 'som' first before _HELD_AS_REMOTE (a meeting held "
        "at a distance, 'som videomøde (Teams)')",
        header,
        "_HELD_AS_REMOTE",
        header._time_and_place,
        rx(header._HELD_AS_REMOTE, fullmatch=True).map(single_spaced),
        lambda t: True,
    ),
    Gate(
        "layouts.header._time_and_place: 'som' first before _HELD_AS_VIRTUAL (a meeting held "
        "at a distance in two words, 'som virtuelt møde (Teams).')",
        header,
        "_HELD_AS_VIRTUAL",
        header._time_and_place,
        rx(header._HELD_AS_VIRTUAL, fullmatch=True).map(single_spaced),
        lambda t: True,
    ),
    Gate(
        "layouts.outcome._outcome_under_proposal_paragraph: 'ndstiller' / 'NDSTILLER' before "
        "_PROPOSAL (the proposal's paragraph under the outcome line found)",
        outcome,
        "_PROPOSAL",
        lambda t: outcome._outcome_under_proposal_paragraph(
            ["Godkendt.", "", t, "", "Godkendt."], 0
        ),
        line(outcome._PROPOSAL).map(single_spaced),
        lambda t: bool(t.strip()) and outcome._PROPOSAL.match(t.strip()) is not None,
    ),
    Gate(
        "enrich.decisions._says_nothing: 'ngen' / 'ikke' in the first 16 characters (any case) "
        "before _NO_ONE_CAME (question time unused)",
        decisions,
        "_NO_ONE_CAME",
        decisions._says_nothing,
        rx(decisions._NO_ONE_CAME, fullmatch=True).map(single_spaced),
        lambda t: decisions._NO_ONE_CAME.fullmatch(t.strip()) is not None,
    ),
    Gate(
        "enrich.decisions._says_nothing: 'der' first and 'spørgsmål' in the first 80, lowered, "
        "before _QUESTION_IN (the question received, told before its answer)",
        decisions,
        "_QUESTION_IN",
        decisions._says_nothing,
        rx(like(decisions._QUESTION_IN, r"\.\s+(?=\S)", r"\."), fullmatch=True).map(
            lambda s: single_spaced(s) + " Besvaret."
        ),
        lambda t: decisions._QUESTION_IN.match(t.strip()) is not None,
    ),
    Gate(
        "enrich.decisions._says_nothing: 'der' first and 'spørgsmål' in the first 80, lowered, "
        "and 'besvaret' (any case) before _QUESTION_ANSWERED_IN (the questions told with "
        "their answer in a clause after them)",
        decisions,
        "_QUESTION_ANSWERED_IN",
        decisions._says_nothing,
        rx(decisions._QUESTION_ANSWERED_IN, fullmatch=True).map(single_spaced),
        lambda t: decisions._QUESTION_ANSWERED_IN.fullmatch(t.strip()) is not None,
    ),
    Gate(
        "enrich.decisions._says_nothing: 'vedl' / 'vedhæft' (any case) before _ANSWER_ATTACHED "
        "(the answers attached to the minutes)",
        decisions,
        "_ANSWER_ATTACHED",
        decisions._says_nothing,
        rx(decisions._ANSWER_ATTACHED, fullmatch=True).map(single_spaced),
        lambda t: decisions._ANSWER_ATTACHED.fullmatch(t.strip()) is not None,
    ),
    Gate(
        "layouts.text.site_footer: 'M' / 'm' first before _MEETING_CLOSED (the footer right "
        "under the line closing the minutes)",
        text,
        "_MEETING_CLOSED",
        lambda t: text.site_footer(
            (lines := parse.to_lines(t)),
            {ln.index for ln in lines if ln.clean and text.is_furniture(ln.clean)},
        ),
        line(text._MEETING_CLOSED).map(
            lambda s: (
                f"Godkendt.\n\n{s}\n\nOdsherred Kommune\nNyvej 22\n4573 Højby\n\n"
                "Privatlivspolitik\n"
            )
        ),
        lambda t: _closing_line_reads(t.split("\n")[2]),
    ),
    Gate(
        "layouts.indented_outcomes.indented_outcomes: a line break and six spaces before "
        "_blocks (a decision set off by its indentation alone)",
        indented_outcomes,
        "_blocks",
        indented_outcomes.indented_outcomes,
        st.tuples(
            st.integers(min_value=6, max_value=24),
            st.sampled_from(["Udvalget godkendte planen.", "Sagen blev udsat.", "Intet."]),
        ).map(lambda p: f"Ad 1)   Vejplan\n\nForvaltningen indstiller.\n\n{' ' * p[0]}{p[1]}\n"),
        lambda t: True,
    ),
    Gate(
        "layouts.indented_outcomes.indented_outcomes: a decision label's word before "
        "_LABEL_LINE (minutes that label their decisions)",
        indented_outcomes,
        "_LABEL_LINE",
        indented_outcomes.indented_outcomes,
        line(indented_outcomes._LABEL_LINE, indent=True).map(
            lambda label: f"Ad 1)   Vejplan\n\n{label}\n\n          Udvalget godkendte planen.\n"
        ),
        searched(indented_outcomes._LABEL_LINE),
    ),
    Gate(
        "parse.decision_heading: 'den ' before _OCR_DAY (a decision heading's day OCR'd with "
        "a small l for its 1)",
        parse,
        "_OCR_DAY",
        parse.decision_heading,
        st.tuples(
            st.sampled_from(["l", "l9", "2l", "3l", "ll"]),
            st.sampled_from(["-", ".", "/"]),
            st.sampled_from([" ", "\t", "\u00a0"]),
        ).map(lambda p: f"Beslutning i Udvalget{p[2]}den {p[0]}{p[1]}05{p[1]}2009:"),
        lambda t: True,
    ),
    Gate(
        "layouts._capital_i: a small 'l' first before _SMALL_L_FOR_I (an owner line's I read "
        "by OCR as l)",
        layouts_package,
        "_SMALL_L_FOR_I",
        layouts_package._capital_i,
        st.tuples(
            st.sampled_from(["SHØJ", "KAST", "NDRE", "LLEBØLLE"]),
            st.sampled_from([" KOMMUNE", "\tKOMMUNE", " BYRÅD"]),
        ).map(lambda p: f"l{p[0]}{p[1]}"),
        lambda t: True,
    ),
    Gate(
        "layouts.header._received_stamp: 'M', 'm', 'I' or 'i' first before _RECEIVED (a "
        "received stamp's word over its date)",
        header,
        "_RECEIVED",
        lambda t: header._received_stamp(parse.to_lines(t), 1, "14. OKT. 1996"),
        line(header._RECEIVED).map(lambda stamp: f"{stamp}\n14. OKT. 1996\n"),
        lambda t: header._RECEIVED.match(t.split("\n", 1)[0].strip()) is not None,
    ),
    Gate(
        "layouts.header.letterhead_body: 'OMMUNE' / 'ommune' before _FORUM_PREFIX (a "
        "letterhead's body beside its owner)",
        header,
        "_FORUM_PREFIX",
        header.letterhead_body,
        st.tuples(
            _in_cases("stenløse kommune", "holbæk kommune", "vejle kommune"),
            st.sampled_from([" ", "  ", "\t"]),
            st.sampled_from(["TEKNISK UDVALG", "ØK0NOMIUDVALGET", "Børne- og Skoleudvalget"]),
        ).map("".join),
        lambda t: True,
    ),
    Gate(
        "layouts.text.unbreak_labels: a small letter before the closing hyphen and under it, "
        "a colon closing the rest, before _label (a decision heading hyphenated in its body)",
        text,
        "_label",
        lambda t: text.unbreak_labels(parse.to_lines(t)),
        st.tuples(
            st.sampled_from(
                [
                    ("Teknik- og Miljø", "udvalget"),
                    ("Børne- og Skole", "udvalget"),
                    ("Social- og Sundheds", "udvalget"),
                    ("Økonomi", "udvalget"),
                ]
            ),
            st.sampled_from(["\n", "\n\n"]),
            st.sampled_from(["den 3. maj 2009:", "den 03-05-2009:", "12.05.2020:"]),
        ).map(lambda p: f"Beslutning i {p[0][0]}-{p[1]}{p[0][1]} {p[2]}\nGodkendt.\n"),
        lambda t: True,
    ),
    Gate(
        "parse.match_case_number: a dot third and a space after the number before "
        "_SPACED_FACET (a KLE subject and its facet parted by a space)",
        parse,
        "_SPACED_FACET",
        lambda t: parse.match_case_number.__wrapped__(t),
        st.tuples(
            _in_cases("j.nr.", "sagsnr.", "journalnr.:"),
            rx(r"\d{2}\.\d{2}\.\d{2}", fullmatch=True),
            rx(parse._SPACED_FACET, fullmatch=True),
        ).map(lambda p: f"{p[0]} {p[1]}{p[2]}"),
        lambda t: True,
    ),
    Gate(
        "layouts.header.read_header: a place ending in ' på' or ' i' before _PLACE_REST (its rest "
        "on the line under the sentence of meeting)",
        header,
        "_PLACE_REST",
        lambda t: header.read_header(parse.to_lines(t), set(), set()),
        st.tuples(
            st.sampled_from(["Mødesalen på", "Byrådssalen i", "Salen på"]),
            line(header._PLACE_REST),
        ).map(lambda p: f"14. november 1995 kl. 19.00 i {p[0]}\n{p[1]}\n"),
        lambda t: True,
    ),
    Gate(
        "layouts._finish: a zero in a forum set in capitals before _OCR_ZERO (a scan's O read "
        "by OCR as a zero)",
        layouts_package,
        "_OCR_ZERO",
        lambda t: layouts_package.parse_text(t),
        st.sampled_from(["ØK0NOMIUDVALGET", "S0CIALUDVALGET", "K0MMUNALBESTYRELSEN"]).map(
            lambda body: (
                f"HOLBÆK KOMMUNE    {body}\n\nMøde den 14. maj 2002 kl. 16.30\n\n"
                "1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n"
            )
        ),
        lambda t: True,
    ),
    Gate(
        "parse.join_wrapped: a figure before the first line's closing hyphen before "
        "_COMPOUND_REST (a compound led by a number, broken after its hyphen)",
        parse,
        "_COMPOUND_REST",
        lambda t: parse.join_wrapped(*t.split("\n", 1)),
        st.tuples(
            rx(r"[A-ZÆØÅ][A-ZÆØÅa-zæøå ]{2,20} [0-9]{1,4}-", fullmatch=True),
            rx(parse._COMPOUND_REST).filter(lambda s: "\n" not in s),
        ).map("\n".join),
        lambda t: True,
    ),
    Gate(
        "layouts.outcome_list.labelled_heading_outcomes: a digit, 'Pp' or '#' first and a "
        "colon before _LABELLED_ON_HEADING ('3. Title – Beslutning: Udsat.')",
        outcome_list,
        "_LABELLED_ON_HEADING",
        lambda t: outcome_list.labelled_heading_outcomes(parse.to_lines(t)),
        embedded(
            line(
                like(
                    outcome_list._LABELLED_ON_HEADING,
                    r"(?P<text>\S.*)",
                    "(?P<text>Godkendt\\.)",
                )
            ).map(single_spaced)
        ),
        lambda t: any(
            outcome_list._LABELLED_ON_HEADING.match(ln.clean) for ln in parse.to_lines(t)
        ),
    ),
    Gate(
        "enrich.decisions._classified: 'AaOoHh' first before _LAST_TASKS_DONE (the last "
        "meeting's tasks reported done)",
        decisions,
        "_LAST_TASKS_DONE",
        _classified_anew,
        rx(decisions._LAST_TASKS_DONE, fullmatch=True).map(single_spaced).map(lambda s: f"{s}."),
        lambda t: decisions._LAST_TASKS_DONE.match(t) is not None,
    ),
    Gate(
        "parse._paged_title: a figure last before _TITLE_AND_PAGE (a contents entry and its "
        "page, 'Eventuelt 11')",
        parse,
        "_TITLE_AND_PAGE",
        lambda t: parse._paged_title(t, "Eventuelt"),
        line(parse._TITLE_AND_PAGE).map(single_spaced),
        searched(parse._TITLE_AND_PAGE),
    ),
    Gate(
        "layouts.text.crumb_trail: a separator alone on a line before _crumb (a breadcrumb "
        "trail copied a crumb a line)",
        text,
        "_crumb",
        lambda t: text.crumb_trail(parse.to_lines(t)),
        st.tuples(
            st.sampled_from(sorted(text._CRUMB_MARK)),
            st.lists(_in_cases("Politik", "Udvalg", "Råd og nævn", "Byrådet"), min_size=1),
        ).map(
            lambda d: "Forside\n" + "".join(f"{d[0]}\n{c}\n" for c in d[1]) + f"{d[0]}\nReferater\n"
        ),
        lambda t: True,
    ),
    Gate(
        "layouts.page_title.county_in_title: 'amt' in the lowered title before _county (a "
        "county's name as a part of a page's title, 'Ribe Amt - Miljøudvalget - Referat')",
        header,
        "_county",
        page_title.county_in_title,
        st.tuples(
            _in_cases("ribe amt", "vejle amt", "fyns amt", "ringkjøbing amtskommune"),
            st.sampled_from([" ", "\t", "\u00a0"]),
            st.sampled_from([" - Miljøudvalget - Referat", " | Referat", ""]),
        ).map(lambda p: p[0].replace(" ", p[1]) + p[2]),
        lambda t: True,
    ),
    Gate(
        "layouts.header.council_over_committee: the line ending 'udvalg' / 'udvalget' before "
        "_COMMITTEE_ALONE (a committee's name under its council's letterhead)",
        header,
        "_COMMITTEE_ALONE",
        lambda t: header.council_over_committee("Hovedstadens Udviklingsråd", t),
        line(header._COMMITTEE_ALONE).filter(lambda s: len(s) <= 60),
        lambda t: len(t) <= 60,
    ),
    Gate(
        "layouts.header.read_header: 'flyttet' in a note before _MOVED, the header giving no "
        "date of its own (the note's day moved to dates the meeting)",
        header,
        "_MOVED",
        lambda t: header.read_header(parse.to_lines(t), set(), set()),
        st.tuples(
            _in_cases("mødet er flyttet fra tirsdag den 4. til torsdag den 6. marts 2025."),
            st.sampled_from([" ", "\t", "\u00a0"]),
        ).map(lambda p: f"Miljøudvalget\nReferat\n\nBemærk: {p[0].replace(' ', p[1])}\n"),
        lambda t: True,
    ),
    Gate(
        "layouts.header._time_and_place: 'som' first before _KIND_THEN_PLACE (the kind of "
        "meeting, a colon and the place: 'som hybridmøde: Rådhuset, …')",
        header,
        "_KIND_THEN_PLACE",
        header._time_and_place,
        st.tuples(
            _in_cases("som hybridmøde: ", "som et fysisk møde: ", "som kombineret møde: "),
            st.sampled_from(["Rådhuset, lokale 2", "Kulturhuset og via Teams"]),
        ).map(lambda p: p[0] + p[1]),
        lambda t: True,
    ),
    Gate(
        "layouts.header._place_text: 'kl' in the last 24 characters (any case) before "
        "_TRAILING_CLOCK (the hours after the place, 'fra kl. 10 til ca. 12')",
        header,
        "_TRAILING_CLOCK",
        header._place_text,
        st.tuples(
            _in_cases(", fra kl. 10 til ca. 12.", ", kl. 14.00.", " kl. 9.00-11.30"),
            st.sampled_from([" ", "\t", "\u00a0"]),
        ).map(lambda p: "Hos formanden, Skovvej 3" + p[0].replace(" ", p[1])),
        lambda t: True,
    ),
    Gate(
        "layouts.split_decision_date.joined_body_dates: a digit or a colon last and "
        "22 characters at most before _DATE_ALONE (a treatment's date under its body)",
        split_decision_date,
        "_DATE_ALONE",
        lambda t: split_decision_date.joined_body_dates(
            parse.to_lines(f"Kulturudvalget\n{t}\nGodkendt.")
        ),
        # (a month's name has nine letters at most: the pattern reads any word there)
        line(like(split_decision_date._DATE_ALONE, "[a-zæøå]+", "[a-zæøå]{3,9}")).map(
            single_spaced
        ),
        lambda t: split_decision_date._DATE_ALONE.match(t.strip()) is not None,
    ),
    Gate(
        "parse.heading_key: 'pkt' / 'Pkt' / 'PKT' (or another dated mark) before _BODY_PKT "
        "(\"Byrådet - 21-06-2022 - Pkt. 112\", a body's treatment by its meeting's item)",
        parse,
        "_BODY_PKT",
        lambda t: parse.heading_key(parse.Line(0, t, 0)),
        line(parse._BODY_PKT).map(single_spaced),
        lambda t: t[:1].isupper() and parse._BODY_PKT.match(t) is not None,
    ),
    Gate(
        "municipalities.regions_named_or_owning: 'egion'/'EGION' before _REGION_GENITIVE",
        municipalities,
        "_REGION_GENITIVE",
        municipalities.regions_named_or_owning,
        embedded(rx(municipalities._REGION_GENITIVE)),
        searched(municipalities._REGION_GENITIVE),
    ),
    Gate(
        "layouts._sent_to_regional_council: may_hold 'regionsråd' in the document, then "
        "'egionsråd'/'EGIONSRÅD' before _TO_REGIONAL_COUNCIL (a case sent on to the regionsråd)",
        layouts_package,
        "_TO_REGIONAL_COUNCIL",
        lambda t: layouts_package._sent_to_regional_council(parse.to_lines(t)),
        embedded(
            rx(layouts_package._TO_REGIONAL_COUNCIL).map(
                lambda s: f"Udvalget anbefaler {s}, at planen godkendes."
            )
        ),
        searched(layouts_package._TO_REGIONAL_COUNCIL),
    ),
    Gate(
        "layouts._sent_to_regional_council: may_hold 'regionsråd' in the document before "
        "_DECIDED_BY_LABEL (the deciding body's field: 'Sagen afgøres af' over 'Regionsrådet')",
        layouts_package,
        "_DECIDED_BY_LABEL",
        lambda t: layouts_package._sent_to_regional_council(parse.to_lines(t)),
        st.tuples(line(layouts_package._DECIDED_BY_LABEL), _in_cases("regionsrådet")).map(
            lambda p: f"{_HEAD}1. Budget\n\n{single_spaced(p[0]).strip()}\n{p[1]}{_TAIL}"
        ),
        lambda t: True,
    ),
    Gate(
        "layouts.appended.earlier_minutes: a blank line, or a first character neither white "
        "space nor 'RrDdBb#', before the strip and _DATED_KIND",
        appended,
        "_DATED_KIND",
        lambda t: appended.earlier_minutes(parse.to_lines(t), 0, dt.date(2025, 3, 4)),
        embedded(line(appended._DATED_KIND, indent=True).map(lambda s: s + " 5. februar 2025")),
        lambda t: any(
            appended._DATED_KIND.match(s := ln.strip()) and s[-1:] != "." and len(s) <= 140
            for ln in t.split("\n")
        ),
    ),
    Gate(
        "parse._parse_item: the first letter and 'len <= 40' before _CASE_LABEL_ALONE and "
        "case_under_label (the case field's label alone under the item's sections)",
        parse,
        "case_under_label",
        lambda t: parse_text_items(t),
        line(parse._CASE_LABEL_ALONE).map(
            lambda s: (
                "Økonomiudvalget\n\nReferat\n\nMødedato: 3. marts 2025\n\n1. Salg af grund\n\n"
                f"Beslutning\nGodkendt.\n\n{single_spaced(s).strip()}\n25/1234\n"
            )
        ),
        lambda t: True,
    ),
    Gate(
        "parse._parse_item: 'TtVv' first, before any section, before _stated_duration (an "
        "item's stated time on a line under its title: 'Tid: 10 min', 'Varighed: 30 min')",
        parse,
        "_stated_duration",
        lambda t: parse_text_items(t),
        line(like(parse._DURATION_FIELD, "(?P<rest>.*)", "(?P<rest>)")).map(
            lambda s: (
                "Chefforum\n\nReferat\n\nMødedato: 3. marts 2025\n\n1. Salg af grund\n"
                f"{single_spaced(s).strip()}\n\nBeslutning\nGodkendt.\n"
            )
        ),
        lambda t: True,
    ),
    Gate(
        "parse.unbulleted: a letter first before FOLLOW_UP_LABEL (the follow-up list's label "
        "under a bulleted decision)",
        parse,
        "FOLLOW_UP_LABEL",
        lambda t: parse.unbulleted(f"- Drøftet.\n\n{t}\n\n- [ ] Bo sender planen"),
        line(parse.FOLLOW_UP_LABEL).map(str.strip),
        lambda t: True,
    ),
    Gate(
        "layouts.unnumbered._without_theme_numbers: a title opening with 'tema' before "
        "_THEME_NUMBER (a seminar's numbered themes as its items)",
        unnumbered,
        "_THEME_NUMBER",
        lambda t: unnumbered._without_theme_numbers([Head(0, 1, t), Head(5, 2, t)]),
        rx(unnumbered._THEME_NUMBER).map(lambda s: f"{s}Budget"),
        lambda t: True,
    ),
    Gate(
        "layouts.unnumbered._plain_title: a colon last before _RECAP_LABEL (a meeting tool's "
        "recap label under an unnumbered title)",
        unnumbered,
        "_RECAP_LABEL",
        lambda t: unnumbered._plain_title(parse.to_lines(f"\nVintertjeneste\n{t}\n"), 1, set()),
        line(unnumbered._RECAP_LABEL).map(str.strip),
        lambda t: unnumbered._BULLET.match(t) is None,
    ),
    Gate(
        "enrich.decisions._without_statements: 'fra' and _VOTED_DOWN before "
        "_MOTION_VOTED_DOWN (a member's motion voted down beside the decision)",
        decisions,
        "_MOTION_VOTED_DOWN",
        _classified_anew,
        # (the motion's sentence whole: a text drawn around it may open its paragraph with a
        # mark, "☐forslag fra …", which the pass reads as a list's line, not the decision's)
        rx(decisions._MOTION_VOTED_DOWN, fullmatch=True).map(
            lambda s: "Godkendt og taget til efterretning.\n\n" + single_spaced(s) + "."
        ),
        searched(decisions._MOTION_VOTED_DOWN),
    ),
    Gate(
        "enrich.decisions._part_put_off_only: 'til' before _PART_TO_LATER_YEAR (one part of "
        "the case moved to a later year)",
        decisions,
        "_PART_TO_LATER_YEAR",
        lambda t: decisions._part_put_off_only(t, ["udskydes"]),
        rx(decisions._PART_TO_LATER_YEAR).map(
            lambda s: "Udvalget valgte model A. " + single_spaced(s) + "."
        ),
        searched(decisions._PART_TO_LATER_YEAR),
    ),
    Gate(
        "parse.to_lines: ':::' in the text and a line opening with it before _DIV_FENCE",
        parse,
        "_DIV_FENCE",
        parse.to_lines,
        embedded(line(parse._DIV_FENCE, indent=True)),
        any_line(parse._DIV_FENCE, strip=True),
    ),
    Gate(
        "parse.to_lines: '](' before _WRAPPED_LINK (a link wrapped over two lines)",
        parse,
        "_WRAPPED_LINK",
        parse.to_lines,
        st.tuples(
            st.sampled_from(["* ", "-   ", ""]),
            rx(parse._WRAPPED_LINK, fullmatch=True),
        ).map(lambda p: _HEAD + "".join(p) + _TAIL),
        searched(parse._WRAPPED_LINK),
    ),
    Gate(
        "parse._tidy: a heading's last character '}' before _HEADING_ATTRIBUTES",
        parse,
        "_HEADING_ATTRIBUTES",
        parse.to_lines,
        st.tuples(
            st.sampled_from(["## 4 Budget 2026", "# Referat - Byrådet", "### Eventuelt"]),
            rx(parse._HEADING_ATTRIBUTES, fullmatch=True),
        ).map(lambda p: _HEAD + "".join(p) + _TAIL),
        lambda text: any(
            parse._HEADING_ATTRIBUTES.search(parse.strip_markdown(ln[ln.index(" ") :]).rstrip())
            for ln in text.split("\n")
            if ln.startswith("#")
        ),
    ),
    Gate(
        "layouts.headings._run: text[:1].isdigit() before _NUMBER_GOES_ON (the last contents "
        "entry's title going on with a number)",
        headings,
        "_NUMBER_GOES_ON",
        lambda t: headings.contents(parse.to_lines(t), set()),
        rx(parse._NUMBER_GOES_ON).map(_under_last_entry),
        _rest_after_entry,
    ),
    Gate(
        "enrich.decisions.classify_decision: a line break, then a letter first on a line, before "
        "FOLLOW_UP_LABEL (above_follow_up: the follow-up list's label under the outcome)",
        decisions,
        "FOLLOW_UP_LABEL",
        _classified_anew,
        line(parse.FOLLOW_UP_LABEL, indent=True).map(
            lambda s: f"Taget til efterretning.\n\n{single_spaced(s)}\nKim sender planen."
        ),
        lambda t: True,
    ),
    Gate(
        "enrich.decisions._classified: 'nbefal' (or 'NBEFAL') before _CANNOT_RECOMMEND "
        "(reply_after_stance: a stance that cannot recommend, then the hearing reply)",
        decisions,
        "_CANNOT_RECOMMEND",
        _classified_anew,
        rx(decisions._CANNOT_RECOMMEND).map(
            lambda s: single_spaced(s).replace("\n", " ") + " forslaget. Høringssvar afgives."
        ),
        lambda t: decisions._CANNOT_RECOMMEND.match(t) is not None,
    ),
    Gate(
        "layouts.field_row.field_rows: a tab before 'Beslutning' before _MEETING_HEAD",
        field_row,
        "_MEETING_HEAD",
        field_row.field_rows,
        # (a table of decisions by meeting: "Møde<TAB>Beslutning" over a row per meeting)
        st.tuples(
            _in_cases("møde", "mødedato", "udvalg", "organ", "forum", "behandlet i"),
            st.sampled_from(["\t", "\t\t"]),
            st.sampled_from(["Beslutning", "BESLUTNING", "Beslutning:"]),
            st.sampled_from(["", "\t"]),
        ).map(lambda p: _HEAD + "".join(p) + "\nMiljøudvalget 05-09-2019\tGodkendt.\t" + _TAIL),
        lambda t: True,
    ),
    Gate(
        "layouts._lines_as_paragraphs_reread: no two filled lines together (FILLED_PAIR) "
        "before blank_lines_halved",
        layouts_package,
        "blank_lines_halved",
        lambda t: layouts_package._lines_as_paragraphs_reread(t, _NO_ITEMS, None, t),
        _EVERY_LINE_A_PARAGRAPH,
        lambda t: True,
    ),
    Gate(
        "read.text._contents_titles: a line's first letter (I, i) before _CONTENTS_HEAD",
        read_text_module,
        "_CONTENTS_HEAD",
        lambda t: read_text_module._contents_titles(t.split("\n")),
        line(read_text_module._CONTENTS_HEAD).map(
            lambda head: f"Referat\n{head}\nBudget\nEventuelt\nBudget\nGodkendt."
        ),
        lambda t: True,
    ),
    Gate(
        "read.text.read_text: a '<' before _MARKUP_TAG",
        read_text_module,
        "_MARKUP_TAG",
        lambda t: read_text_module.read_text(t.encode(), "md"),
        embedded(line(read_text_module._MARKUP_TAG).map(lambda tag: f"Beslutning:{tag}Godkendt.")),
        lambda t: True,
    ),
    Gate(
        "read.text.html_markup_as_text: '<!--' before _COMMENT",
        read_text_module,
        "_COMMENT",
        read_text_module.html_markup_as_text,
        embedded(line(read_text_module._COMMENT)),
        lambda t: True,
    ),
    Gate(
        "read.text.read_text: a '>' in a markdown text before labelled_quotes",
        read_text_module,
        "labelled_quotes",
        lambda t: read_text_module.read_text(t.encode(), "md"),
        embedded(line(read_text_module._QUOTED)),
        lambda t: True,
    ),
    Gate(
        "read.text.wrapped_lines_joined: no two filled lines together (FILLED_PAIR) before "
        "blank_lines_halved",
        read_text_module,
        "blank_lines_halved",
        read_text_module.wrapped_lines_joined,
        _EVERY_LINE_A_PARAGRAPH,
        lambda t: True,
    ),
    Gate(
        "read.pdf._assemble: a capital A, H or O first before _ACTION_START",
        read_pdf,
        "_ACTION_START",
        lambda t: _action_under_full_line(t),
        line(read_pdf._ACTION_START).map(lambda s: f"{single_spaced(s)}Sagen sendes videre."),
        lambda t: True,
    ),
    Gate(
        "read.pdf._unmapped_symbols: U+FFFD before _UNMAPPED_SYMBOL",
        read_pdf,
        "_UNMAPPED_SYMBOL",
        read_pdf._unmapped_symbols,
        embedded(
            st.tuples(
                st.sampled_from(["", "## ", "> ", "- "]),
                st.sampled_from(["\ufffd", "\ufffd\ufe0f", "\ufffd\u200d"]),
                st.sampled_from([" ", "  ", "\t"]),
                st.sampled_from(["Onsdag 5/11-2025", "Konklusion: Godkendt.", "Sag: 25/4410"]),
            ).map("".join)
            | st.tuples(
                st.sampled_from(["**Beslutning", "Tak for i dag", "Dagsorden"]),
                st.sampled_from([" ", "\t"]),
                st.sampled_from(["\ufffd", "\ufffd\ufe0f"]),
                st.sampled_from(["", "**", "_"]),
            ).map("".join)
        ),
        searched(read_pdf._UNMAPPED_SYMBOL),
    ),
    Gate(
        "layouts.header._icon_fields: ' · ' before _bare_fact_row",
        header,
        "_bare_fact_row",
        lambda t: header._icon_fields(parse.to_lines(t)),
        embedded(
            st.tuples(
                st.sampled_from(["12/6-2025", "Torsdag 20/11-2025", "3. marts 2026"]),
                st.just(" · "),
                line(header._FACT_CLOCK),
                st.just(" · "),
                st.sampled_from(["Kulturcenteret, Jernbanegade 2", "Rådhuset, lokale 4"]),
            ).map("".join),
            at_top=True,
        ),
        lambda t: any(header._bare_fact_row(ln) for ln in t.splitlines()),
    ),
    Gate(
        "layouts.header._icon_fields: a tab before _bare_fact_row (a borderless table "
        "row's three cells: date, start, place)",
        header,
        "_bare_fact_row",
        lambda t: header._icon_fields(parse.to_lines(t)),
        embedded(
            st.tuples(
                st.sampled_from(["Den 7. maj 2025", "Onsdag den 7. maj 2025", "7.5.2025"]),
                st.sampled_from(["\t", "\t\t"]),
                line(header._FACT_CLOCK),
                st.sampled_from(["\t", "\t\t"]),
                st.sampled_from(["Mødelokale 2, Vestby Rådhus", "Byrådssalen"]),
            ).map("".join),
            at_top=True,
        ),
        lambda t: any(header._bare_fact_row(ln) for ln in t.splitlines()),
    ),
    Gate(
        "layouts.text.continuation_notes: 'orts' / 'ORTS' before _CONTINUED_TITLE_NOTE",
        text,
        "_CONTINUED_TITLE_NOTE",
        lambda t: text.continuation_notes(parse.to_lines(t)),
        embedded(line(text._CONTINUED_TITLE_NOTE)),
        lambda t: any(
            not (6 <= len(ln.clean) <= 45 and text._CONTINUATION_NOTE.match(ln.clean.strip("*_ ")))
            and text._CONTINUED_TITLE_NOTE.match(ln.clean.strip("*_ "))
            for ln in parse.to_lines(t)
        ),
    ),
    Gate(
        "parse.presenter_line: 'kl.' or a digit first before _SLOT_PRESENTER",
        parse,
        "_SLOT_PRESENTER",
        parse.presenter_line,
        line(parse._SLOT_PRESENTER).map(single_spaced),
        searched(parse._SLOT_PRESENTER),
    ),
    Gate(
        "layouts.elsewhere_date.signed_date: a capital first before _PLACE_DATED",
        elsewhere_date,
        "_PLACE_DATED",
        lambda t: elsewhere_date.signed_date(parse.to_lines(t), 0),
        embedded(line(elsewhere_date._PLACE_DATED).map(single_spaced)),
        any_line(elsewhere_date._PLACE_DATED, strip=True),
    ),
    Gate(
        "layouts.header.read_header: 'øde' in the first 30 and 80 long at most before "
        "_MEETING_ON_APP",
        header,
        "_MEETING_ON_APP",
        lambda t: header.read_header(parse.to_lines(t), set(), set()),
        embedded(line(header._MEETING_ON_APP).map(single_spaced), at_top=True),
        lambda t: any(header._MEETING_ON_APP.match(ln.strip()) for ln in t.split("\n")),
    ),
    Gate(
        "parse._parse_item: 'A'/'B' first and a tab in the row before _DATED_CELL_HEADING",
        parse,
        "_DATED_CELL_HEADING",
        _cell_item,
        # (a label longer than ``_INLINE_HEADING``'s forty characters: a shorter one, and
        # one whose word a tab follows, is that pattern's)
        line(_LONG_DATED_CELL).map(
            lambda s: f"Sagsfremstilling\tVejen skal renoveres.\n{single_spaced(s).strip()}"
        ),
        _cell_row_unread,
    ),
    Gate(
        "parse._parse_header: a heading ending 'Kommune' before _BODY_IN_MUNICIPALITY",
        parse,
        "_BODY_IN_MUNICIPALITY",
        lambda text: parse._parse_header(parse.to_lines(text), set(), []),
        embedded(
            line(parse._BODY_IN_MUNICIPALITY).map(lambda s: "## " + single_spaced(s)), at_top=True
        ),
        lambda text: (
            parse._FORUM_HEADING.match(parse.to_lines(text)[0].clean) is None
            and parse._COMMITTEE_FOR.match(parse.to_lines(text)[0].clean) is None
        ),
    ),
    Gate(
        "read.item_table.pasted_item_table: two tabs on one line (_TWO_TABS) before "
        "_NUMBER_HEAD (a head row's first cell)",
        item_table,
        "_NUMBER_HEAD",
        item_table.pasted_item_table,
        embedded(
            st.tuples(
                line(item_table._NUMBER_HEAD),
                st.sampled_from(["\tEmne\tBeslutning", "\t\tReferat", " \tIndhold\t Beslutning"]),
            ).map("".join)
        ),
        lambda t: any(
            len(cells := ln.split("\t")) >= 3 and item_table._NUMBER_HEAD.match(cells[0].strip())
            for ln in t.split("\n")
        ),
    ),
    Gate(
        "layouts.title_field.cased_title_fields: 'itel', 'ITEL' or 'verskrift' before _TITLE_FIELD",
        title_field,
        "_TITLE_FIELD",
        title_field.cased_title_fields,
        embedded(line(title_field._TITLE_FIELD)),
        any_line(title_field._TITLE_FIELD),
    ),
    Gate(
        "parse.split_title: a tab in the title before _STATUS_CELL",
        parse,
        "_STATUS_CELL",
        parse.split_title,
        st.tuples(
            st.sampled_from(["Budget 2026", "Godkendelse af dagsorden", "Ny skole i Aars"]),
            rx(parse._STATUS_CELL).map(single_spaced),
        ).map("".join),
        lambda t: parse._STATUS_CELL.search(t.strip()) is not None,
    ),
    Gate(
        "parse._genitive_heading: _GENITIVE_WORD (each word the pattern reads after the "
        "genitive's 's ', 'behandling' too) before _GENITIVE_DECISION",
        parse,
        "_GENITIVE_DECISION",
        lambda t: parse._genitive_heading(t, parse.BodyRules(forum="Ældrerådet")),
        st.tuples(
            st.sampled_from(["Rådets", "Ældrerådets", "Udvalgets", "Økonomiudvalgets", "Byrådets"]),
            st.sampled_from(_GENITIVE_WORDS),
            st.sampled_from(["", ":", " den 04-11-2025", " 04.11.2025:"]),
        ).map(lambda p: f"{p[0]} {p[1]}{p[2]}"),
        lambda t: parse._GENITIVE_DECISION.match(t) is not None,
    ),
    Gate(
        "parse.heading_key: a capital first and 's b' or 's a' (the genitive before its "
        "noun) before ocr_genitive",
        parse,
        "ocr_genitive",
        lambda t: parse.heading_key(parse.Line(0, t, 0), parse.BodyRules(forum="Byrådet")),
        st.tuples(
            st.sampled_from(["Byrådets", "Udvalgets", "Økonomiudvalgets", "K.B.'s", "Nævnets"]),
            st.sampled_from(
                ["beslutnlng", "beslutniug", "beslutuing", "bes1utning", "afgorelse", "besiutning"]
            ),
            st.sampled_from(["", ":", " den 12. maj 1998:"]),
        ).map(lambda p: f"{p[0]} {p[1]}{p[2]}"),
        lambda t: ocr_labels.ocr_genitive(t.rstrip(":")) is not None,
    ),
    Gate(
        "layouts.ocr_date._figures_read: _LETTER_AMONG before _OCR_DATE",
        ocr_date,
        "_OCR_DATE",
        ocr_date._figures_read,
        st.tuples(
            st.sampled_from(["Møde ", "Onsdag den ", "Mødedato: ", ""]),
            rx(ocr_date._OCR_DATE),
            st.sampled_from(["", " kl. 16.00", " i Byrådssalen"]),
        ).map("".join),
        lambda t: any(
            sum(c.isdigit() for c in m["y"]) >= 2
            and not all(m[g].isdigit() for g in ("d", "nd", "nm", "y") if m[g])
            for m in ocr_date._OCR_DATE.finditer(t)
        ),
    ),
    Gate(
        "layouts.elsewhere_date.closing_start: a first letter M or S and a colon near the start "
        "before _START_FIELD",
        elsewhere_date,
        "_START_FIELD",
        lambda text: elsewhere_date.closing_start(parse.to_lines(text), 0, set()),
        embedded(line(elsewhere_date._START_FIELD).map(single_spaced)),
        any_line(elsewhere_date._START_FIELD, strip=True),
    ),
    Gate(
        "read.html._counted_items: a heading's first letter P before _COUNTED ('Punkt 3 af 7 "
        "Title', the page's count after the item's number)",
        html_reader,
        "_COUNTED",
        lambda text: html_reader._counted_items(
            [html_reader._L("h", html_reader._collapse(ln)) for ln in text.split("\n")]
        ),
        line(html_reader._COUNTED).map(single_spaced),
        lambda t: html_reader._COUNTED.match(html_reader._collapse(t)) is not None,
    ),
    Gate(
        "read.html._is_chrome: a p, div or span whose one string is at most 40 characters "
        "before _LOADING ('Indlæser …', an app's notice while a part loads)",
        html_reader,
        "_LOADING",
        lambda text: html_reader.read(text.encode()),
        rx(html_reader._LOADING, fullmatch=True)
        .map(single_spaced)
        .filter(lambda t: len(t) <= 38 and "<" not in t and "&" not in t)
        .flatmap(
            lambda t: st.sampled_from(["p", "div", "span"]).map(
                lambda tag: f"<html><body><h1>Byrådet</h1><{tag}>{t}</{tag}></body></html>"
            )
        ),
        lambda t: True,
    ),
    Gate(
        "parse.venue_change_off: 'oprindelig' or 'mødested' lowered before _VENUE_CHANGED",
        parse,
        "_VENUE_CHANGED",
        parse.venue_change_off,
        st.tuples(
            st.sampled_from(["Rådhuset, sal 2", 'Kulturhuset, lokale "Sundet"']),
            rx(parse._VENUE_CHANGED, fullmatch=True),
        ).map("".join),
        searched(parse._VENUE_CHANGED),
    ),
    Gate(
        "read.pdf._body_and_date: a figure closing the line before _BODY_AND_DATE",
        read_pdf,
        "_BODY_AND_DATE",
        read_pdf._body_and_date,
        rx(read_pdf._BODY_AND_DATE, fullmatch=True),
        lambda t: read_pdf._BODY_AND_DATE.match(t) is not None,
    ),
    Gate(
        "layouts.page_title.title_date: a figure in the title before _DATE",
        page_title,
        "_DATE",
        page_title.title_date,
        st.tuples(
            st.sampled_from(["Handicaprådet – møde ", "Byrådet ", "Referat "]),
            rx(page_title._DATE, fullmatch=True).map(single_spaced),
            st.sampled_from([" – Faxe Kommune", "", " | Referat"]),
        ).map("".join),
        searched(page_title._DATE),
    ),
]

#: Minutes read with no items (the reading a pass may replace).
_NO_ITEMS = ParsedMeeting("Byrådet", dt.date(2025, 3, 4), None, None, [], [])


def parse_text_items(text: str) -> object:
    """The items of minutes read from ``text`` (for the passes inside an item's reading)."""
    return layouts_package.parse_text(text).items


def _closing_line_reads(raw: str) -> bool:
    """The drawn closing line, cleaned as a line is, is read as closing the minutes and is
    neither a footer's line nor furniture itself."""
    clean = parse.to_lines(raw + "\n")[0].clean
    return (
        text._MEETING_CLOSED.match(clean) is not None
        and text._FOOTER_LINE.match(clean.strip()) is None
        and not text.is_furniture(clean)
    )


def _gate_item(number: int, text: str, key: str = "beslutning") -> Item:
    """An item numbered ``number`` whose decision (or the section ``key``) is ``text`` (for
    the passes that read items)."""
    return replace(_decided(text), number=number, sections=(Section(key, key, text),))


@pytest.mark.parametrize("gate", GATES, ids=str)
@settings(
    derandomize=True,
    max_examples=20,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)
@given(data=st.data())
def test_the_gate_lets_through_what_its_pattern_reads(gate: Gate, data: st.DataObject) -> None:
    text = data.draw(gate.texts, label="text")
    assume(gate.reads(text))
    assert _reached(gate, text), f"{gate.where}: the gate kept out {text!r}"


def test_member_table_heads_pass_the_gate_in_every_case() -> None:
    """``member_table._columns`` reads a word list, lower-cased: each word in each case."""
    for word in sorted(member_table._NAME_HEADS):
        for form in _case_forms(word):
            for colon in ("", ":"):
                text = f"{form}{colon}\tStatus"
                assert member_table._columns(text) is not None, text


def test_meeting_event_reads_a_long_name_before_its_verb() -> None:
    """A name of four words and a party puts "mødet" past the 60th character."""
    text = "Anne-Marie Kristensen-Sørensen Holm-Petersen (Venstre) forlod mødet kl. 18.10"
    assert header.meeting_event(text)


def test_a_pattern_asked_only_about_blank_lines_was_not_reached() -> None:
    """An empty line's first letter passes every ``text[:1] in "…"`` gate: a pattern the pass
    asked only about blank lines does not count as reached, one asked about a text does, and
    a helper given no text (items, sections) counts when it is called."""
    pattern = _Spy(re.compile("x"))
    pattern.match("")
    pattern.match("  \t")
    assert not pattern.used
    pattern.match("x")
    assert pattern.used
    helper = _Spy(len)
    helper(())
    assert helper.used
