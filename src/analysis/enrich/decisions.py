"""Decisions: what each item's Beslutning decided, whether that followed the Indstilling,
and which follow-up tasks it wrote down (pure functions over DataFrames).

The text is tokenised and lemmatised by the shared Danish pipeline (``analysis.nlp``) and
spaCy ``Matcher`` patterns on lemmas find the trigger phrases. The lemma says *which* verb
("godkendte", "godkendt", "godkendes" -> godkende); the surface form says its tense, and a
few tokens around the trigger say whether it is negated, modal, conditional, about another
body or about a later meeting. The rules, in order of the checks:

* negation ("ikke godkendt", "godkendte ikke", "blev ikke drøftet") turns an approval into
  ``rejected`` and an unhandled discussion into ``postponed``; other negated triggers drop;
* a modal ("skal godkendes", "bør nedsættes"), a subordinate clause ("hvis planen
  godkendes", "når de gennemgår", "hvor der var drøftelser"), an earlier decision
  ("tidligere godkendte") or another body as agent ("Kommunalbestyrelsen godkendte",
  "godkendt af ØU") means the trigger does not record this forum's decision;
* a present-tense trigger pointing to a later meeting ("drøftes igen", "udvælger … på
  næste møde") is a plan, not a decision (it becomes a follow-up instead);
* discussion is only recorded in the past ("drøftede", "blev drøftet", "faldt følgende
  kommentarer"), since present forms in a Beslutning describe plans;
* presentations ("X orienterede/præsenterede …") count as ``noted`` only when nothing
  else was found: the forum received an orientation and did nothing else with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from analysis.nlp import danish_nlp
from analysis.vocab import DECISION_PRIORITY, DECISION_TYPES

# --- Word lists -----------------------------------------------------------------------
#: Tokens that end a clause for the context windows around a trigger.
_CLAUSE_STOP = frozenset({".", ",", ";", ":", "!", "?", "(", ")", "–", "—", "-", '"', "“", "”"})
_NEGATIONS = frozenset({"ikke", "ej", "aldrig", "ingen"})
#: "ikke blot/kun/alene/mindst" do not negate.
_NOT_NEGATING = frozenset({"blot", "kun", "alene", "bare", "mindst"})
_MODALS = frozenset(
    {"skal", "vil", "kan", "bør", "må", "skulle", "ville", "kunne", "burde", "måtte"}
)
#: A negated "kan/kunne" approval is a refusal ("kunne ikke godkende").
_ABILITY_MODALS = frozenset({"kan", "kunne"})
_SUBORDINATORS = frozenset(
    {
        "hvis",
        "når",
        "såfremt",
        "medmindre",
        "inden",
        "før",
        "indtil",
        "hvor",
        "hvorvidt",
        "hvordan",
        "hvornår",
        "hvilke",
        "hvilken",
        "hvad",
    }
)
#: "om" opens a subordinate clause ("drøfter, om planen godkendes") only clause-initially.
_CLAUSE_INITIAL_SUBORDINATORS = frozenset({"om"})
_EARLIER = frozenset({"tidligere", "allerede", "oprindeligt", "oprindelig", "forrige"})
#: A past form right after a determiner is an adjective: "det godkendte budget".
_DETERMINERS = frozenset(
    {
        "den",
        "det",
        "de",
        "denne",
        "dette",
        "disse",
        "en",
        "et",
        "sin",
        "sit",
        "sine",
        "hans",
        "hendes",
        "deres",
        "vores",
    }
)
_FUTURE = frozenset({"igen", "senere", "næste", "kommende", "fremover"})
_OTHER_BODY = re.compile(
    r"^(kommunalbestyrelse\w*|økonomiudvalg\w*|fagudvalg\w*|byråd\w*|regionsråd\w*|"
    r"folketing\w*|direktion\w*|direktørforum\w*|øu|kb|kkr|bsu)$"
)
#: Auxiliaries and negations pulled into the evidence phrase ("blev ikke godkendt").
_EVIDENCE_LEFT = frozenset({"blev", "bliver", "er", "var", "har", "havde", "blevet", "det"})

#: Forms of "tage", whose lookup lemmas are irregular ("tog" -> tog, "taget" -> tag).
_TAKE = ["tog", "tager", "tage", "taget", "tages", "toges"]
#: Irregular verb forms and their tense.
_IRREGULAR_FORMS = {
    "tog": "past",
    "vedtog": "past",
    "modtog": "past",
    "udskød": "past",
    "fik": "past",
    "gav": "past",
    "kom": "past",
    "faldt": "past",
    "havde": "past",
    "var": "past",
    "blev": "past",
    "gennemgik": "past",
    "bifaldt": "past",
    "deltog": "past",
    "indgik": "past",
    "udgik": "past",
    "har": "present",
    "er": "present",
    "får": "present",
    "går": "present",
    "gennemgår": "present",
    "indgår": "present",
}

_PAST = frozenset({"past", "participle"})
_FINAL = frozenset({"past", "participle", "passive", "present"})
_NOT_PRESENT = frozenset({"past", "participle", "passive"})

_NONE_TEXTS = frozenset(
    {"", "intet", "ingen", "intet at bemærke", "ingen bemærkninger", "ingen beslutning"}
)


# --- Rules ----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Rule:
    """One trigger: its Matcher patterns and how its context is judged.

    head: lemmas (or lower-case forms) of the token whose tense/negation is checked; empty
    for phrase-only triggers. forms: verb forms that count in a Beslutning. negated: the
    type when the trigger is negated (None: the trigger is dropped). weak: only used when
    no other trigger fired. timeless: assignments ("er tovholder", "deltager i
    styregruppen") may be modal or point ahead.
    """

    key: str
    dtype: str | None
    patterns: tuple[list[dict], ...]
    head: frozenset[str] = frozenset()
    forms: frozenset[str] = _FINAL
    negated: str | None = None
    weak: bool = False
    timeless: bool = False


def _lemma_in(words: Iterable[str]) -> dict:
    return {"LEMMA": {"IN": sorted(words)}}


_NOT_STOP = {"TEXT": {"NOT_IN": sorted(_CLAUSE_STOP)}, "IS_SPACE": False}

_APPROVE = {"godkende", "tiltræde", "vedtage", "anbefale", "bifalde", "imødekomme"}
_REJECT = {"afvise", "forkaste"}
_POSTPONE = {"udsætte", "udskyde"}
_DECIDE = {"beslutte", "aflyse"}
# "aftalt/aftalte" are lemmatised to "aftælle" by the lookup table.
_DECIDE_PAST = {"aftale", "aftælle", "nedsætte", "fastlægge", "fastsætte", "afgøre", "enes"}
_CHOOSE = {"vælge", "udvælge", "udpege"}
_DISCUSS = {"drøfte", "gennemgå", "behandle", "bemærke", "kommentere", "sammenligne"}
_PRESENT = {"orientere", "informere", "præsentere", "fremlægge", "redegøre"}
_ROLES = [
    "ansvarlig",
    "hovedansvarlig",
    "tovholder",
    "sparringspartner",
    "formand",
    "næstformand",
    "repræsentant",
    "kontaktperson",
    "projektleder",
    "projektejer",
    "koordinator",
    "medlem",
    "ambassadør",
]
_REMARKS = ["kommentar", "input", "bemærkning", "indspil", "forslag"]

_RULES: tuple[_Rule, ...] = (
    _Rule("approve", "approved", ([_lemma_in(_APPROVE)],), frozenset(_APPROVE), negated="rejected"),
    _Rule(
        "follow_recommendation",
        "approved",
        (
            [{"LEMMA": "følge"}, {"LEMMA": {"IN": ["indstilling", "anbefaling"]}}],
            [
                {"LEMMA": {"IN": ["indstilling", "anbefaling"]}},
                {"LOWER": {"IN": ["blev", "er", "bliver"]}, "OP": "?"},
                {"LOWER": "ikke", "OP": "?"},
                {"LEMMA": "følge"},
            ],
        ),
        frozenset({"følge"}),
        negated="rejected",
    ),
    _Rule("reject", "rejected", ([_lemma_in(_REJECT)],), frozenset(_REJECT)),
    _Rule("postpone", "postponed", ([_lemma_in(_POSTPONE)],), frozenset(_POSTPONE), timeless=True),
    # "Punktet blev ikke nået": only the negated form means anything.
    _Rule("reach", None, ([{"LEMMA": "nå"}],), frozenset({"nå"}), _PAST, negated="postponed"),
    _Rule("decide", "decided", ([_lemma_in(_DECIDE)],), frozenset(_DECIDE)),
    _Rule(
        "decide_past",
        "decided",
        ([_lemma_in(_DECIDE_PAST)],),
        frozenset(_DECIDE_PAST),
        _NOT_PRESENT,
    ),
    _Rule("choose", "decided", ([_lemma_in(_CHOOSE)],), frozenset(_CHOOSE), _NOT_PRESENT),
    _Rule(
        "take_stance",
        "decided",
        ([{"LOWER": {"IN": _TAKE}}, {**_NOT_STOP, "OP": "{0,3}"}, {"LEMMA": "stilling"}],),
        frozenset(_TAKE),
        negated="postponed",
    ),
    _Rule(
        "agree",
        "decided",
        ([{"LOWER": {"IN": ["blev", "bliver"]}}, {"LOWER": {"IN": ["enige", "enig"]}}],),
        frozenset({"blev", "bliver"}),
    ),
    _Rule(
        "role",
        "decided",
        (
            [
                {"LOWER": {"IN": ["er", "bliver", "blev"]}},
                {"LOWER": {"IN": ["ny", "nye", "fælles"]}, "OP": "?"},
                {"LEMMA": {"IN": _ROLES}},
            ],
        ),
        timeless=True,
    ),
    _Rule(
        "join",
        "decided",
        (
            [
                {"LEMMA": {"IN": ["deltage", "indgå"]}},
                {"LOWER": "i"},
                {"LOWER": {"REGEX": r"(udvalg|grupp|panel|forum)\w*$"}},
            ],
        ),
        frozenset({"deltage", "indgå"}),
        frozenset({"present", "inf"}),
        timeless=True,
    ),
    _Rule(
        "discuss",
        "discussed",
        ([_lemma_in(_DISCUSS)],),
        frozenset(_DISCUSS),
        _PAST,
        negated="postponed",
    ),
    _Rule(
        "remarks",
        "discussed",
        (
            [
                _lemma_in({"få", "give", "komme", "have", "falde", "være", "modtage"}),
                {**_NOT_STOP, "OP": "{0,3}"},
                {"LEMMA": {"IN": _REMARKS}},
            ],
        ),
        frozenset({"få", "give", "komme", "have", "falde", "være", "modtage"}),
        _PAST,
    ),
    _Rule(
        "following_remarks",
        "discussed",
        ([{"LOWER": "følgende"}, {"LEMMA": {"IN": ["kommentar", "bemærkning", "input"]}}],),
    ),
    _Rule(
        "discussion",
        "discussed",
        (
            [
                {"LOWER": {"IN": ["var", "havde", "blev", "efter", "under"]}},
                {
                    "LOWER": {
                        "IN": [
                            "en",
                            "et",
                            "god",
                            "kort",
                            "grundig",
                            "længere",
                            "livlig",
                            "lang",
                            "indgående",
                            "rigtig",
                            "fin",
                            "gode",
                            "flere",
                        ]
                    },
                    "OP": "*",
                },
                {"LEMMA": "drøftelse"},
            ],
        ),
    ),
    _Rule(
        "take_note",
        "noted",
        (
            [
                {"LOWER": {"IN": _TAKE}},
                {**_NOT_STOP, "OP": "{0,12}"},
                {"LOWER": "til"},
                {"LEMMA": {"IN": ["efterretning", "orientering"]}},
            ],
        ),
        frozenset(_TAKE),
    ),
    _Rule("bare_note", "noted", ([{"LOWER": "til"}, {"LEMMA": "efterretning"}],)),
    _Rule("note", "noted", ([{"LEMMA": "notere"}],), frozenset({"notere"}), _NOT_PRESENT),
    _Rule("presented", "noted", ([_lemma_in(_PRESENT)],), frozenset(_PRESENT), _PAST, weak=True),
    _Rule(
        "orientation",
        "noted",
        (
            [
                _lemma_in({"få", "give", "modtage"}),
                {**_NOT_STOP, "OP": "{0,2}"},
                {"LEMMA": {"IN": ["orientering", "præsentation", "redegørelse"]}},
            ],
        ),
        frozenset({"få", "give", "modtage"}),
        _PAST,
        weak=True,
    ),
)
_RULES_BY_KEY = {r.key: r for r in _RULES}
assert all(r.dtype in DECISION_TYPES for r in _RULES if r.dtype)
assert all(r.negated in DECISION_TYPES for r in _RULES if r.negated)


@lru_cache(maxsize=1)
def _matcher() -> Matcher:
    matcher = Matcher(danish_nlp().vocab)
    for rule in _RULES:
        matcher.add(rule.key, list(rule.patterns))
    return matcher


@lru_cache(maxsize=8192)
def _doc(text: str) -> Doc:
    return danish_nlp()(text)


# --- Token helpers --------------------------------------------------------------------
def _verb_form(tok: Token) -> str:
    """past, participle, passive, present or inf, from the surface form of a verb token."""
    low, lemma = tok.lower_, tok.lemma_
    if low in _IRREGULAR_FORMS:
        return _IRREGULAR_FORMS[low]
    if low == lemma or low == "tage":  # the lookup table lemmatises "tage" to "tag"
        return "inf"
    if low.endswith(("ede", "te")):
        return "past"
    if low.endswith("s"):
        return "passive"
    if low.endswith("r"):
        return "present"
    if low.endswith("t"):
        return "participle"
    return "inf"


def _is_stop(tok: Token) -> bool:
    return tok.is_space or tok.text in _CLAUSE_STOP


def _left(doc: Doc, i: int, n: int) -> list[Token]:
    """Up to ``n`` tokens before index ``i`` in the same clause, nearest first."""
    out: list[Token] = []
    j = i - 1
    while j >= 0 and len(out) < n and not _is_stop(doc[j]):
        out.append(doc[j])
        j -= 1
    return out


def _right(doc: Doc, i: int, n: int) -> list[Token]:
    """Up to ``n`` tokens after index ``i`` in the same clause, nearest first."""
    out: list[Token] = []
    j = i + 1
    while j < len(doc) and len(out) < n and not _is_stop(doc[j]):
        out.append(doc[j])
        j += 1
    return out


def _negation(doc: Doc, head: Token) -> Token | None:
    """The negation of ``head`` ("ikke godkendt", "godkendte ikke"), if any.

    "ikke blot/kun …" does not negate, nor does a following "ikke at …", which negates
    the infinitive ("besluttede ikke at gå videre" is a decision).
    """
    for tok in _left(doc, head.i, 3) + _right(doc, head.i, 2):
        if tok.lower_ in _NEGATIONS:
            nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
            if nxt in _NOT_NEGATING or (tok.i > head.i and nxt == "at"):
                continue
            return tok
    return None


def _subordinate(left: list[Token]) -> bool:
    """Whether the clause before a trigger (``left``, nearest first) is subordinate."""
    if any(t.lower_ in _SUBORDINATORS for t in left):
        return True
    if not left or left[-1].lower_ not in _CLAUSE_INITIAL_SUBORDINATORS:
        return False
    first = left[-1].i
    return first == 0 or _is_stop(left[-1].doc[first - 1])


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Whether a sentence can start at token ``i`` (not after "bla." + lower case)."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or doc[i].is_space:
        return True
    first = doc[i].text[:1]
    return not first.isalpha() or first.isupper()


def _sentences(doc: Doc) -> list[tuple[Span, int]]:
    """Sentences and list lines of ``doc`` with their paragraph number.

    A standalone ".", "!" or "?" before a capital, digit or line end ends a sentence
    (abbreviations such as "bl.a.", "d." and "B." are single tokens, and "bla. på" goes
    on); a line break ends a sentence, a blank line a paragraph.
    """
    out: list[tuple[Span, int]] = []
    start, para = 0, 0
    for tok in doc:
        if tok.is_space:
            if tok.i > start:
                out.append((doc[start : tok.i], para))
            start = tok.i + 1
            if tok.text.count("\n") > 1:
                para += 1
        elif tok.text in (".", "!", "?") and _opens_sentence(doc, tok.i + 1):
            out.append((doc[start : tok.i + 1], para))
            start = tok.i + 1
    if start < len(doc):
        out.append((doc[start:], para))
    return [(s, p) for s, p in out if any(not t.is_punct for t in s)]


def _strip_bullet(text: str) -> str:
    return re.sub(r"^\s*[-–•*]\s+", "", text).strip()


# --- Triggers -------------------------------------------------------------------------
@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    dtype: str
    evidence: str
    weak: bool


def _head(span: Span, rule: _Rule) -> Token | None:
    if not rule.head:
        return None
    for tok in span:
        if tok.lemma_ in rule.head or tok.lower_ in rule.head:
            return tok
    return None


def _decided_infinitive(doc: Doc, head: Token) -> bool:
    """An infinitive after a past decision: "besluttede at godkende", "valgte at udsætte"."""
    if head.i < 2 or doc[head.i - 1].lower_ != "at":
        return False
    prev = doc[head.i - 2]
    return prev.lemma_ in ("beslutte", "vælge") and _verb_form(prev) in _PAST


def _judge(doc: Doc, span: Span, rule: _Rule, recommendation: bool) -> tuple[str | None, int, int]:
    """The type a match stands for in its context (None: not this forum's decision).

    Also returns the evidence bounds: the match widened over a negation.
    """
    head = _head(span, rule)
    anchor = head if head is not None else span[0]
    left = _left(doc, anchor.i, 4)
    neg = _negation(doc, anchor) if head is not None else None
    start, end = span.start, span.end
    if neg is not None:
        start, end = min(start, neg.i), max(end, neg.i + 1)
    if _subordinate(left) or {t.lower_ for t in left[:2]} & _EARLIER:
        return None, start, end
    if any(_OTHER_BODY.match(t.lower_) for t in left[:2]):
        return None, start, end
    right = _right(doc, anchor.i, 2)
    if len(right) == 2 and right[0].lower_ == "af" and _OTHER_BODY.match(right[1].lower_):
        return None, start, end
    modal = next((t.lower_ for t in left if t.lower_ in _MODALS), None)
    if neg is not None:
        if modal and not recommendation and modal not in _ABILITY_MODALS:
            return None, start, end
        return rule.negated, start, end
    if rule.dtype is None:
        return None, start, end
    if recommendation or rule.timeless:
        return rule.dtype, start, end
    if modal:
        return None, start, end
    if head is not None:
        form = _verb_form(head)
        if form == "past" and head.i > 0 and doc[head.i - 1].lower_ in _DETERMINERS:
            return None, start, end
        if form not in rule.forms and not (form == "inf" and _decided_infinitive(doc, head)):
            return None, start, end
        if form in ("present", "passive"):
            ahead = {t.lower_ for t in _right(doc, head.i, 8)}
            if ahead & _FUTURE:
                return None, start, end
    return rule.dtype, start, end


def _hits(text: str, recommendation: bool = False) -> list[_Hit]:
    doc = _doc(text)
    matches = sorted(_matcher()(doc), key=lambda m: (m[1], -m[2]))
    note_ends = {e for mid, _s, e in matches if doc.vocab.strings[mid] == "take_note"}
    hits: list[_Hit] = []
    for match_id, start, end in matches:
        rule = _RULES_BY_KEY[doc.vocab.strings[match_id]]
        if rule.key == "bare_note" and end in note_ends:
            continue
        span = doc[start:end]
        if rule.key == "take_note":
            # Variable-length gap: keep the take-verb nearest to "til efterretning".
            takes = [t for t in span[:-2] if t.lower_ in _TAKE]
            if takes and takes[-1].i != start:
                continue
        dtype, ev_start, ev_end = _judge(doc, span, rule, recommendation)
        if dtype is None:
            continue
        while ev_start > 0 and (
            doc[ev_start - 1].lower_ in _EVIDENCE_LEFT or doc[ev_start - 1].lower_ in _NEGATIONS
        ):
            ev_start -= 1
        hits.append(_Hit(start, end, dtype, doc[ev_start:ev_end].text, rule.weak))
    strong = [h for h in hits if not h.weak]
    return strong or hits


def _first_sentence(text: str) -> str:
    sents = _sentences(_doc(text))
    return _strip_bullet(sents[0][0].text) if sents else text.strip()


# --- Public API -----------------------------------------------------------------------
def classify_decision(text: str | None) -> list[tuple[str, str]]:
    """(decision_type, evidence) pairs of a Beslutning text, in order of appearance.

    One pair per type (its first evidence). Empty text -> [("none", "")]; "Intet." ->
    [("none", "Intet.")]; nothing recognised -> [("other", <first sentence>)].
    """
    text = (text or "").strip()
    if re.sub(r"[^\w ]+", "", text).strip().lower() in _NONE_TEXTS:
        return [("none", text)]
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for hit in _hits(text):
        if hit.dtype not in seen:
            seen.add(hit.dtype)
            out.append((hit.dtype, hit.evidence))
    return out or [("other", _first_sentence(text))]


def primary_decision_type(types: Iterable[str]) -> str:
    """The primary type among ``types``: the first of ``vocab.DECISION_PRIORITY`` present.

    The order puts the outcome that decides what happens to the case first. A refusal or a
    postponement overrides any discussion or partial approval in the same item ("Sagen
    udskydes, idet der dog kort blev drøftet …" is postponed); a formal approval ranks
    above other decisions because it settles the proposal that was put forward; a decision
    (people chosen, process set) ranks above taking note, and taking note above a plain
    discussion, because each records a firmer outcome. ``other`` and ``none`` only win when
    nothing else is there. No types at all -> "none".
    """
    present = set(types)
    unknown = present - set(DECISION_TYPES)
    if unknown:
        raise ValueError(f"unknown decision types: {sorted(unknown)}")
    return next((t for t in DECISION_PRIORITY if t in present), "none")


def recommended_actions(text: str | None) -> list[str]:
    """Every decision type a recommendation asks for, in order of appearance.

    "at der drøftes koblinger … samt udvælges en sparringspartner" -> [discussed, decided].
    Tense is not checked (recommendations use every form); negation, subordinate clauses
    ("inden den skal behandles") and other bodies are.
    """
    out: list[str] = []
    for hit in _hits((text or "").strip(), recommendation=True):
        if hit.dtype not in out:
            out.append(hit.dtype)
    return out


def recommended_action(text: str | None) -> str | None:
    """What a recommendation asks for, in the decision vocabulary; None if not recognised.

    "at punktet drøftes" -> discussed, "at … godkendes"/"godkender" -> approved,
    "tages til efterretning" -> noted, "udvælger/beslutter/tager stilling til" -> decided.
    When one point asks for several things the primary one (``primary_decision_type``)
    is returned.
    """
    actions = recommended_actions(text)
    return primary_decision_type(actions) if actions else None


# --- Follow-ups -----------------------------------------------------------------------
#: Verbs of future work: present tense, present passive or after "skal/vil" they state a
#: task ("Økonomi udarbejder oplæg", "der udarbejdes", "skal … afklare").
_TASK_VERBS = frozenset(
    {
        "udarbejde",
        "sende",
        "rundsende",
        "udsende",
        "fremsende",
        "eftersende",
        "tilrette",
        "indarbejde",
        "arbejde",
        "afklare",
        "meddele",
        "forberede",
        "undersøge",
        "koordinere",
        "lave",
        "ændre",
        "justere",
        "revidere",
        "tilpasse",
        "opdatere",
        "færdiggøre",
        "udvælge",
        "udpege",
        "indkalde",
        "planlægge",
        "gennemgå",
        "kvalificere",
        "implementere",
    }
)
#: Verbs that need a particle to state a task: "følges op", "samler op", "vender tilbage".
_PARTICLE_VERBS = {
    "følge": "op",
    "samle": "op",
    "vende": "tilbage",
    "sørge": "for",
    "forholde": "sig",
}
#: Verbs of meeting business: a task only when they point ahead ("drøftes igen på …",
#: "præsenteres på mødet den 26. oktober").
_MEETING_VERBS = frozenset(
    {"drøfte", "behandle", "præsentere", "fremlægge", "forelægge", "genoptage", "godkende"}
)
_TASK_MODALS = frozenset({"skal", "vil"})
_WEAK_TASK_MODALS = _MODALS - _TASK_MODALS
_TASK_LABEL = frozenset({"opgave", "opfølgning", "aftale", "handling", "handlingspunkt"})
_ACTOR_WORDS = re.compile(
    r"(chef|direktør|sekretariat|økonomi|jura|^hr$|^it$|grupp|afdeling|administration|"
    r"forvaltning|konsulent|tovholder|leder|ledelse|^stab|udvalg|team|enhed)"
)
_NOT_ACTORS = frozenset({"der", "det", "man", "vi", "de", "den", "dette", "disse", "som"})
_QUANTIFIERS = frozenset({"hver", "enkelt", "begge", "alle"})
_JOINERS = frozenset({"og", "&", "samt", "for"})
_CLAUSE_WORDS = frozenset({"at", "hvorefter", "som", "idet", "hvor", "men", "så", "da"})
#: Words that open a fronted adverbial, after which Danish puts the subject behind the verb
#: ("Videre sender Økonomi …", "Til kommende møde skal hver afdelingschef …").
_ADVERBIAL_STARTS = frozenset(
    {
        "til",
        "på",
        "i",
        "ved",
        "efter",
        "før",
        "inden",
        "senest",
        "frem",
        "fra",
        "med",
        "videre",
        "derefter",
        "herefter",
        "desuden",
        "derudover",
        "endvidere",
        "samtidig",
        "fremover",
        "nu",
        "så",
        "dernæst",
        "endelig",
        "også",
        "løbende",
        "snarest",
    }
)


def _future_marker(sent: Span, after: int) -> bool:
    """A later meeting or time named after token ``after`` ("igen", "næste", "den 26.")."""
    toks = [t for t in sent if t.i > after]
    for k, tok in enumerate(toks):
        if tok.lower_ in _FUTURE:
            return True
        if (
            tok.lower_ in ("den", "d.")
            and k + 1 < len(toks)
            and re.match(r"\d{1,2}\.$", toks[k + 1].text)
        ):
            return True
    return False


def _task_trigger(doc: Doc, sent: Span) -> tuple[Token, Token | None] | None:
    """The first (verb, modal) stating future work in ``sent``, if any."""
    for tok in sent:
        lemma = tok.lemma_
        particle = _PARTICLE_VERBS.get(lemma)
        is_task = lemma in _TASK_VERBS or (
            particle is not None and any(t.lower_ == particle for t in _right(doc, tok.i, 2))
        )
        is_meeting = lemma in _MEETING_VERBS
        if not (is_task or is_meeting):
            continue
        left = _left(doc, tok.i, 4)
        words = {t.lower_ for t in left}
        if _subordinate(left) or words & _WEAK_TASK_MODALS or _negation(doc, tok):
            continue
        modal = next((t for t in left if t.lower_ in _TASK_MODALS), None)
        form = _verb_form(tok)
        if modal is None and form not in ("present", "passive"):
            continue
        if is_meeting and not is_task and not _future_marker(sent, tok.i):
            continue
        return tok, modal
    return None


def _decided_that(doc: Doc, sent: Span) -> Token | None:
    """The "at" of "besluttede, at …" / "blev det besluttet at …" in ``sent``."""
    for tok in sent:
        if tok.lemma_ != "beslutte" or _negation(doc, tok):
            continue
        if {t.lower_ for t in _left(doc, tok.i, 4)} & _MODALS:
            continue
        for nxt in doc[tok.i + 1 : min(tok.i + 3, sent.end)]:
            if nxt.lower_ == "at":
                return nxt
            if nxt.text != ",":
                break
    return None


def _actor_text(tokens: list[Token]) -> str | None:
    toks = list(tokens)
    while toks and (toks[0].lower_ in ("og", "samt") or _is_stop(toks[0])):
        toks = toks[1:]
    while toks and (_is_stop(toks[-1]) or toks[-1].lower_ in ("og", "samt")):
        toks = toks[:-1]
    if not toks or toks[0].lower_ in _NOT_ACTORS:
        return None
    if not any(_ACTOR_WORDS.search(t.lower_) or t.text[:1].isupper() for t in toks):
        return None
    return toks[0].doc[toks[0].i : toks[-1].i + 1].text


def _clause_start(doc: Doc, sent: Span, i: int) -> int:
    """Index of the first token of the clause that holds token ``i``."""
    j = i - 1
    while j >= sent.start:
        tok = doc[j]
        if tok.lower_ in _CLAUSE_WORDS or tok.text in (":", ";") or tok.is_space:
            return j + 1
        if tok.text == "," and j + 1 < i and doc[j + 1].lower_ in ("og", "men", "så"):
            return j + 2
        if tok.text == "-" and j == sent.start:
            return j + 1
        j -= 1
    return sent.start


def _subject_after(doc: Doc, start: int, stop: int) -> list[Token]:
    """The inverted subject after a finite verb: actor-like tokens from ``start``."""
    out: list[Token] = []
    for tok in doc[start:stop]:
        actorish = bool(_ACTOR_WORDS.search(tok.lower_)) or tok.text[:1].isupper()
        if actorish or tok.lower_ in _QUANTIFIERS or (out and tok.lower_ in _JOINERS):
            out.append(tok)
        else:
            break
    return out


def _actor(doc: Doc, sent: Span, verb: Token, modal: Token | None) -> str | None:
    """Who is to do the task: the subject of the finite verb, or None (passive, unclear)."""
    if _verb_form(verb) == "passive":
        return None
    finite = modal if modal is not None else verb
    start = _clause_start(doc, sent, finite.i)
    before = list(doc[start : finite.i])
    if before and before[0].lower_ not in _ADVERBIAL_STARTS:
        return _actor_text(before)
    stop = verb.i if modal is not None else min(finite.i + 8, sent.end)
    return _actor_text(_subject_after(doc, finite.i + 1, stop))


def _that_clause_actor(doc: Doc, sent: Span, at: Token) -> str | None:
    """Subject of the clause after "besluttede, at": tokens up to its finite verb."""
    for tok in doc[at.i + 1 : min(at.i + 16, sent.end)]:
        low, lemma = tok.lower_, tok.lemma_
        if low in ("har", "er", "bliver", "får") or low in _MODALS:
            return _actor_text(list(doc[at.i + 1 : tok.i]))
        if lemma.endswith("e") and low != lemma and not tok.text[:1].isupper():
            if low == lemma + "s":
                return None
            if low == lemma + "r":
                return _actor_text(list(doc[at.i + 1 : tok.i]))
    return None


def _label_end(sent: Span) -> int | None:
    """End of a task label such as "Besluttede opgaver efter behandlingen:", if any."""
    for tok in sent[:7]:
        if tok.text == ":":
            if any(t.lemma_ in _TASK_LABEL for t in sent[: tok.i - sent.start]):
                return tok.i + 1
            return None
    return None


def follow_ups(text: str | None) -> list[tuple[str | None, str]]:
    """(actor, sentence) for each sentence of a Beslutning text that states future work.

    A sentence is a follow-up when it
    * follows a task label ("Besluttede opgaver efter behandlingen: …", "Opfølgning: …")
      in the same paragraph;
    * has a work verb in the present, present passive or after "skal/vil" ("Økonomi
      udarbejder oplæg", "der udarbejdes", "følges op på", "skal … afklare");
    * has a meeting verb pointing ahead ("drøftes igen på Chefforum den …",
      "præsenteres på mødet den 26. oktober");
    * records a decision that something is to happen ("besluttede, at … vælger").
    Work after "kan/bør" (suggestions), in "når/hvis" clauses, or negated is not a task.
    The actor is the subject of that verb when it names someone, else None.
    """
    text = (text or "").strip()
    if not text:
        return []
    doc = _doc(text)
    out: list[tuple[str | None, str]] = []
    label_para: int | None = None
    for sent, para in _sentences(doc):
        if label_para is not None and para != label_para:
            label_para = None
        label_end = _label_end(sent)
        if label_end is not None:
            label_para = para
        trigger = _task_trigger(doc, sent)
        that = _decided_that(doc, sent)
        if trigger is None and that is None and label_para is None:
            continue
        if trigger is not None:
            actor = _actor(doc, sent, *trigger)
        elif that is not None:
            actor = _that_clause_actor(doc, sent, that)
        else:
            actor = None
        body = doc[label_end : sent.end].text if label_end is not None else sent.text
        body = _strip_bullet(body)
        if body:
            out.append((actor, body))
    return out


# --- Tables ---------------------------------------------------------------------------
def _decision_texts(sections: pd.DataFrame) -> dict[str, str]:
    """item_id -> its Beslutning text ("" when it has none), for every item in sections."""
    texts = {str(i): "" for i in sections["item_id"].dropna().unique()}
    dec = sections[sections["section"] == "beslutning"]
    if "position" in dec:
        dec = dec.sort_values(["item_id", "position"], kind="mergesort")
    for item_id, grp in dec.groupby("item_id", sort=False):
        parts = [str(t) for t in grp["text"] if isinstance(t, str) and t.strip()]
        texts[str(item_id)] = "\n\n".join(parts)
    return texts


def _frame(rows: list[dict], columns: dict[str, str]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=list(columns))
    df = df.astype(columns)
    sort = [c for c in ("item_id", "position") if c in df]
    return df.sort_values(sort, kind="mergesort").reset_index(drop=True)


_DECISION_COLUMNS = {
    "item_id": "string",
    "position": "int64",
    "decision_type": "string",
    "evidence": "string",
}
_FOLLOW_UP_COLUMNS = {"item_id": "string", "position": "int64", "actor": "string", "text": "string"}
_SUMMARY_COLUMNS = {
    "item_id": "string",
    "decision_type": "string",
    "decision_types": "string",
    "recommended_types": "string",
    "followed_recommendation": "boolean",
    "n_follow_ups": "int64",
}


def decisions_table(sections: pd.DataFrame) -> pd.DataFrame:
    """One row per (item, decision type) found in the item's Beslutning.

    In: sections (item_id, section, position, text). Out: item_id, position (order of
    appearance in the decision, from 1), decision_type, evidence. Items without a
    beslutning section get one row of type "none" with empty evidence.
    """
    rows = []
    for item_id, text in _decision_texts(sections).items():
        for pos, (dtype, evidence) in enumerate(classify_decision(text), start=1):
            rows.append(
                {"item_id": item_id, "position": pos, "decision_type": dtype, "evidence": evidence}
            )
    return _frame(rows, _DECISION_COLUMNS)


def follow_ups_table(sections: pd.DataFrame) -> pd.DataFrame:
    """Follow-up tasks written in each item's Beslutning (see ``follow_ups``).

    In: sections (item_id, section, position, text). Out: item_id, position (from 1 per
    item), actor (who does it; <NA> when the sentence does not say), text (the sentence).
    """
    rows = []
    for item_id, text in _decision_texts(sections).items():
        for pos, (actor, sentence) in enumerate(follow_ups(text), start=1):
            rows.append({"item_id": item_id, "position": pos, "actor": actor, "text": sentence})
    return _frame(rows, _FOLLOW_UP_COLUMNS)


#: Decision types that follow a recommendation of each type. A recommendation to discuss
#: or to take note asks for no formal outcome, so any handling that is not a refusal or a
#: postponement follows it (discussed, noted, or going further to a decision/approval). A
#: recommendation to approve is followed only by an approval (a discussion with change
#: requests is not); one to decide ("udvælger", "tager stilling til") by a decision, an
#: approval or a refusal, all of which are decisions.
FOLLOWS: dict[str, frozenset[str]] = {
    "discussed": frozenset({"discussed", "noted", "decided", "approved"}),
    "noted": frozenset({"noted", "discussed", "decided", "approved"}),
    "approved": frozenset({"approved"}),
    "decided": frozenset({"decided", "approved", "rejected"}),
    "postponed": frozenset({"postponed"}),
    "rejected": frozenset({"rejected"}),
}


def followed_recommendation(decision_type: str, recommended_types: Iterable[str]) -> bool | None:
    """Whether a primary decision type followed the recommendations; None if undecidable.

    The strongest thing asked for (``primary_decision_type`` of the recommended types)
    must be delivered (see ``FOLLOWS``). None when nothing was recommended in a recognised
    way, or when the decision is "none"/"other" and so does not say what happened.
    """
    recs = set(recommended_types) & set(FOLLOWS)
    if not recs or decision_type in ("none", "other"):
        return None
    return decision_type in FOLLOWS[primary_decision_type(recs)]


def decision_summary(sections: pd.DataFrame, recommendations: pd.DataFrame) -> pd.DataFrame:
    """One row per item: its decision, what was recommended and whether it was followed.

    In: sections (item_id, section, position, text); recommendations (item_id, position,
    text). Out: item_id, decision_type (primary), decision_types (sorted, ";"-joined),
    recommended_types (sorted, ";"-joined; <NA> when none recognised),
    followed_recommendation (boolean, <NA> when undecidable), n_follow_ups.
    """
    texts = _decision_texts(sections)
    recs: dict[str, set[str]] = {}
    for item_id, text in zip(recommendations["item_id"], recommendations["text"], strict=True):
        recs.setdefault(str(item_id), set()).update(recommended_actions(text))
    rows = []
    for item_id in sorted(set(texts) | set(recs)):
        text = texts.get(item_id, "")
        types = [t for t, _ in classify_decision(text)]
        primary = primary_decision_type(types)
        asked = recs.get(item_id, set())
        followed = followed_recommendation(primary, asked)
        rows.append(
            {
                "item_id": item_id,
                "decision_type": primary,
                "decision_types": ";".join(sorted(types)),
                "recommended_types": ";".join(sorted(asked)) if asked else pd.NA,
                "followed_recommendation": pd.NA if followed is None else followed,
                "n_follow_ups": len(follow_ups(text)),
            }
        )
    return _frame(rows, _SUMMARY_COLUMNS)


__all__ = [
    "FOLLOWS",
    "classify_decision",
    "decision_summary",
    "decisions_table",
    "follow_ups",
    "follow_ups_table",
    "followed_recommendation",
    "primary_decision_type",
    "recommended_action",
    "recommended_actions",
]
