"""Outcomes written in English, Swedish or German (pure).

Danish municipal bodies with members from abroad (an international council, a twin-town
committee with a Swedish sister town, the German minority's contact committee, a
cross-border Interreg committee) write some decisions in the other language: "Approved.",
"The council recommends that …", "Kommittén föreslår att …", "Zur Kenntnis genommen.".
The Danish grammar of decisions reads none of them and types them ``other``.
:func:`foreign_outcome` types such a text by its first sentence, for
:func:`analysis.enrich.decisions.classify_decision` to ask where Danish found nothing: the
words are another language's, so a Danish decision never reaches them.
"""

from __future__ import annotations

import re

#: One pattern per type and language, each searched in the first sentence; the earliest
#: match types it ("was not approved" is met before any "approved" after it). Each holds
#: only words Danish does not write (Danish "afslag", not Swedish "avslag"), so a Danish
#: sentence the Danish grammar left untyped stays untyped.
_ENGLISH: tuple[tuple[str, str], ...] = (
    ("none", r"^(?:nothing|none|no\s+(?:comments|remarks|decision|questions))\b[.!]?$"),
    (
        "rejected",
        r"^(?:rejected|not\s+approved|declined|refused)\b"
        r"|\b(?:was|were|is|are)\s+(?:rejected|declined|refused|not\s+(?:approved|adopted))\b"
        r"|\b(?:rejected|declined|refused)\s+the\b",
    ),
    (
        "postponed",
        r"^(?:postponed|deferred)\b|\b(?:was|were|is|are|be)\s+(?:postponed|deferred)\b"
        r"|\b(?:postponed|deferred)\s+(?:to|until)\b",
    ),
    (
        "referred",
        r"^(?:referred|forwarded|passed\s+on)\s+to\b"
        r"|\b(?:will\s+be|was|were|is|are)\s+(?:forwarded|referred|passed\s+on|sent\s+on)\s+to\b",
    ),
    ("recommended", r"^recommended\b|\brecommends?\s+(?:that|to|the)\b"),
    (
        "approved",
        r"^(?:approved|adopted|endorsed|accepted)\b"
        r"|\b(?:was|were|is|are)\s+(?:approved|adopted|endorsed|accepted)\b"
        r"|\b(?:approved|adopted|endorsed)\s+the\b",
    ),
    (
        "decided",
        r"\b(?:decided|resolved|elected|appointed|agreed\s+(?:to|that|on))\b",
    ),
    ("discussed", r"^discussed\b|\b(?:discussed|debated)\b"),
    (
        "noted",
        r"^(?:noted|taken\s+note\s+of|for\s+information)\b|\btook\s+note\b|\bnoted\s+the\b"
        r"|\b(?:reported|informed|briefed)\s+(?:on|about|the)\b",
    ),
)
_SWEDISH: tuple[tuple[str, str], ...] = (
    ("none", r"^(?:inget|inga\s+(?:frågor|synpunkter|övriga\s+frågor))[.!]?$"),
    ("rejected", r"\b(?:avslås|avslogs|avslag)\b"),
    ("postponed", r"\b(?:bordläggs|bordlades|skjuts\s+upp|sköts\s+upp)\b"),
    ("referred", r"\b(?:överlämnas|överlämnades)\s+till\b|\bremitteras\b"),
    ("recommended", r"\bföreslår\s+att\b|\brekommenderar\b"),
    ("approved", r"^godkänn?[ds]\b|\bgodkändes\b|\b(?:bifalls|biföll|antogs)\b"),
    ("decided", r"\b(?:beslutade|beslöt|utses|utsågs|valdes)\b"),
    ("discussed", r"\b(?:diskuterade|diskuterades)\b"),
    ("noted", r"\binformerade\s+om\b|\blades?\s+till\s+handlingarna\b|\bnoterades\b"),
)
_GERMAN: tuple[tuple[str, str], ...] = (
    ("none", r"^(?:keine\s+(?:bemerkungen|anmerkungen)|nichts)[.!]?$"),
    ("rejected", r"\babgelehnt\b"),
    ("postponed", r"\b(?:vertagt|verschoben|zurückgestellt)\b"),
    ("referred", r"\b(?:weitergeleitet|überwiesen)\b"),
    ("recommended", r"\b(?:empfiehlt|empfehlen)\b"),
    ("approved", r"\b(?:genehmigt|angenommen|zugestimmt|gebilligt)\b"),
    ("decided", r"\b(?:beschloss|beschließt|beschlossen|gewählt)\b"),
    ("discussed", r"\b(?:diskutiert|diskutierte|erörtert|beraten)\b"),
    ("noted", r"\bzur\s+kenntnis\b|\b(?:berichtete|informierte)\s+über\b"),
)
#: Every language's patterns, in the order ties are broken (a refusal before an approval).
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for table in (_ENGLISH, _SWEDISH, _GERMAN)
    for kind, pattern in table
)
#: The end of the first sentence: a stop before a capital, or the line's end.
_SENTENCE_END = re.compile(r"(?<=[a-zäöüåæø)\d][.!?])\s+(?=[A-ZÆØÅÄÖÜ])|\n")


def first_sentence(text: str) -> str:
    """The text's first sentence (up to a stop before a capital, or the first line's end)."""
    text = text.strip()
    end = _SENTENCE_END.search(text)
    return (text[: end.start()] if end else text).strip()


def foreign_outcome(text: str) -> tuple[str, str] | None:
    """(decision type, first sentence) of a decision written in English, Swedish or
    German ("The council discussed the plan." -> discussed), else None."""
    sentence = first_sentence(text)
    if not sentence:
        return None
    found = [
        (m.start(), order, kind)
        for order, (kind, pattern) in enumerate(_PATTERNS)
        if (m := pattern.search(sentence))
    ]
    return (min(found)[2], sentence) if found else None
