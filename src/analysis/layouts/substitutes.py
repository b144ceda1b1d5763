"""A substitute named in an absence field: who stood in for the absent member.

Minutes often list the absent member and the substitute called in for them in one field:
"Fraværende: Erik Flyvholm (V). Som stedfortræder var indkaldt Bent Skrubbeltrang (V).",
"Afbud: Claus Dam (C). Stedfortræder: Birte Lund (C).", or in one sentence with a comma,
"Fraværende: Susanne Eilersen (C), stedfortræder Jesper Bjerre indkaldt." (the verb may
be left out: "…, stedfortræder Lone Fuglsang (S)"). The absent
member is absent and the substitute attends; the text parser's header and the HTML reader's
member lists both ask :func:`called_in` where the absence ends and the substitutes begin.
"""

from __future__ import annotations

import re

#: "… . Som stedfortræder var indkaldt Bent Skrubbeltrang (V).": a second sentence in an
#: absence field naming the substitute.
_CALLED_IN_SENTENCE = re.compile(
    # ("Afbud: Claus Dam (C). Stedfortræder: Birte Lund (C).": the substitute as a field
    # after the absent member's sentence)
    r"\.\s+(?:som\s+)?(?:stedfortræder|suppleant)"
    r"(?:\s+(?:var|blev)?\s*(?:indkaldt|mødte|deltog)|(?=\s*:))"
    r"\s*:?\s*(?P<names>[A-ZÆØÅ].*)$",
    re.I,
)
#: "…, stedfortræder Jesper Bjerre indkaldt.", "… (C), suppleant Birte Lund (C) mødte",
#: "…, og stedfortræderen Ole Dam (V) deltog": the substitute in a clause after a comma,
#: the verb that says they attended after the name (without it "…, stedfortræder for
#: borgmesteren" would be a role, not a person called in).
_CALLED_IN_CLAUSE = re.compile(
    r",\s*(?i:(?:og\s+)?(?:som\s+)?(?:stedfortræder|suppleant)(?:en)?)\s+"
    r"(?P<names>[A-ZÆØÅ][^,;:]*?)\s+(?i:(?:var\s+|blev\s+)?(?:indkaldt|mødte|deltog))\s*\.?$"
)

#: "Fraværende: Jørgen Popp Petersen (S), stedfortræder Lone Fuglsang (S)": the substitute
#: after a comma with no verb, the word right before a capitalised name (so "…, stedfortræder
#: for borgmesteren" stays a role).
_CALLED_IN_COMMA = re.compile(r",\s+(?i:stedfortræder|suppleant)\s+(?P<names>[A-ZÆØÅ].*)$")


def called_in(text: str) -> re.Match[str] | None:
    """The substitute part of an absence field's ``text`` (its group ``names``; the absent
    members are ``text[: match.start()]``), or None."""
    if "stedfortræder" not in text.lower() and "suppleant" not in text.lower():
        return None  # (the cheap test: most absence fields name no substitute)
    return (
        _CALLED_IN_SENTENCE.search(text)
        or _CALLED_IN_CLAUSE.search(text)
        or _CALLED_IN_COMMA.search(text)
    )
