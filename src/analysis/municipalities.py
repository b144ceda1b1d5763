"""The 98 Danish municipalities (since 2007) and how texts and folder names name them.

The list ships as ``analysis/data/municipalities.csv`` (``name``, ``official``, ``slug``,
``code``). Official names are written as KL and Danmarks Statistik write them, genitive
included: ``Københavns Kommune``, ``Bornholms Regionskommune``, ``Nordfyns Kommune``; ``code``
is Danmarks Statistik's three-digit municipality code (``101`` København, ``330`` Slagelse).
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: Names used since 2007 that were later changed (Århus until 2011, Brønderslev-Dronninglund
#: until 2011) or that are commonly written without the official genitive s -> short name.
_ALIASES: dict[str, str] = {
    "Århus": "Aarhus",
    "Brønderslev-Dronninglund": "Brønderslev",
    "Nordfyn": "Nordfyns",
    "Vesthimmerland": "Vesthimmerlands",
}
# Inflected forms of the words that make a place name an institution.
_INSTITUTION = (
    r"(?:regionskommune|kommune|byråd|kommunalbestyrelse|borgerrepræsentation)"
    r"(?:n|ns|s|et|ets|en|ens)?"
)
_SPACE = r"[ \t\u00a0\u202f]+"
# Skips texts that cannot name an institution before the long name alternation is tried.
_MAY_MENTION = re.compile(r"kommun|byråd|borgerrepræsentation", re.IGNORECASE)
# ASCII spellings a folder may use for æ, ø and å; a name is indexed under all of them.
_FOLDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("æ", ("ae", "a")),
    ("ø", ("oe", "o")),
    ("å", ("aa", "a")),
)


@dataclass(frozen=True)
class Municipality:
    name: str  # short name: "København"
    official: str  # "Københavns Kommune"
    slug: str  # ASCII: "koebenhavn"
    code: str  # Danmarks Statistik: "101"


@lru_cache(maxsize=1)
def municipalities() -> tuple[Municipality, ...]:
    """The 98 municipalities from the packaged CSV, loaded once."""
    raw = resources.files("analysis").joinpath("data/municipalities.csv").read_text("utf-8")
    return tuple(Municipality(**row) for row in csv.DictReader(io.StringIO(raw)))


@lru_cache(maxsize=1)
def _by_short_name() -> dict[str, Municipality]:
    """Casefolded short names and aliases -> municipality."""
    by_name = {m.name: m for m in municipalities()}
    names = {m.name.casefold(): m for m in municipalities()}
    names.update({alias.casefold(): by_name[name] for alias, name in _ALIASES.items()})
    return names


def _name_pattern(name: str) -> str:
    # A hyphenated name is also written with a space: "Høje Taastrup Kommune".
    return r"[- ]".join(re.escape(part) for part in name.split("-"))


@lru_cache(maxsize=1)
def _mention() -> re.Pattern[str]:
    """One alternation over every name, as written and in capitals, longest first."""
    written = [*(m.name for m in municipalities()), *_ALIASES]
    spellings = {s for name in written for s in (name, name.upper())}
    names = "|".join(_name_pattern(s) for s in sorted(spellings, key=len, reverse=True))
    # Testing the first character before the alternation makes the search several times
    # faster: most positions in a text start no name.
    first = "".join(sorted({s[0] for s in spellings} | set("bBkK")))
    return re.compile(
        rf"(?=[{first}])"
        rf"(?<![\w-])(?P<a>{names})[sS]?{_SPACE}(?i:{_INSTITUTION})(?!\w)"
        rf"|(?<!\w)(?i:byrådet|kommunalbestyrelsen){_SPACE}[iI]{_SPACE}(?P<b>{names})"
        r"(?![\w-])"
    )


@lru_cache(maxsize=1)
def _mention_lookup() -> dict[str, str]:
    """Casefolded name as matched (hyphens and spaces as '-') -> official name."""
    return {name: m.official for name, m in _by_short_name().items()}


#: Greenland's five municipalities (2009, Qeqertalik and Avannaata since 2018), whose
#: councils, committees and village boards write their minutes in Greenlandic and Danish:
#: short name -> the name as the municipality writes it. Not among the 98 (no code of
#: Danmarks Statistik); the labels name them by the short name as printed.
GREENLAND: dict[str, str] = {
    "Sermersooq": "Kommuneqarfik Sermersooq",
    "Kujalleq": "Kommune Kujalleq",
    "Qeqqata": "Qeqqata Kommunia",
    "Qeqertalik": "Qeqertalik Kommunia",
    "Avannaata": "Avannaata Kommunia",
}
_GREENLAND_NAMES = "|".join(n for name in GREENLAND for n in (name, name.upper()))
#: "Kommuneqarfik Sermersooq", "KOMMUNE KUJALLEQ", "Qeqqata Kommunia", "Avannaata Kommune":
#: the institution's word before the name (Greenlandic order) or after it.
_GREENLAND_MENTION = re.compile(
    rf"(?<![\w-])(?:(?i:kommuneqarfik|kommune){_SPACE}(?P<a>{_GREENLAND_NAMES})"
    rf"|(?P<b>{_GREENLAND_NAMES}){_SPACE}(?i:kommunia|kommunea|kommune[ns]?))(?![\w-])"
)
#: The names' letters no Danish municipality's name has together: the cheap gate.
_MAY_GREENLAND = re.compile(r"q|vannaata", re.IGNORECASE)


def _greenland_in(text: str) -> re.Match[str] | None:
    return _GREENLAND_MENTION.search(text) if _MAY_GREENLAND.search(text) else None


def municipality_in(text: str) -> str | None:
    """Official name of the first municipality ``text`` names as an institution.

    ``Roskilde Kommune``, ``Roskilde Kommunes driftstilskud``, ``Københavns Kommune``,
    ``GENTOFTE KOMMUNE``, ``Aarhus Byråd``, ``Byrådet i Odense``, ``Fanø Kommunalbestyrelse``
    count; a town named in passing (``Roskilde Kro``) does not. The name must be capitalised
    or in capitals, so ``vejen kommunen har …`` is not Vejen Kommune.
    """
    if not _MAY_MENTION.search(text):
        return None
    m = _mention().search(text)
    greenland = _greenland_in(text)
    if greenland and (not m or greenland.start() < m.start()):
        # "Kommuneqarfik Sermersooq", "QEQQATA KOMMUNIA": one of Greenland's municipalities
        return GREENLAND[(greenland.group("a") or greenland.group("b")).capitalize()]
    if not m:
        return None
    written = m.group("a") or m.group("b")
    return _mention_lookup()[re.sub(r"[- ]+", "-", written).casefold()]


def _dashed(text: str) -> str:
    """Lower case with spaces, underscores and dashes as single '-'."""
    return re.sub(r"[\s_\-–]+", "-", text.casefold()).strip("-")


def _fold(text: str) -> str:
    """:func:`_dashed` with æ/ø/å spelled ae/oe/aa, as in the slugs."""
    return _dashed(text).replace("æ", "ae").replace("ø", "oe").replace("å", "aa")


def _ascii_spellings(text: str) -> set[str]:
    """Every ASCII spelling of ``text``: "Høje-Taastrup" -> hoeje-taastrup, hoje-taastrup."""
    base = _dashed(text)
    spellings = set()
    for choice in itertools.product(*(ascii_ for _, ascii_ in _FOLDINGS)):
        key = base
        for (letter, _), ascii_ in zip(_FOLDINGS, choice, strict=True):
            key = key.replace(letter, ascii_)
        spellings.add(key)
    return spellings


@lru_cache(maxsize=1)
def _folder_lookup() -> dict[str, str]:
    """Every ASCII spelling of every name, official name and slug -> official name.

    A spelling shared by two municipalities would be a guess and is left out.
    """
    found: dict[str, set[str]] = {}
    by_short = _by_short_name()
    for written, m in [*by_short.items(), *((m.official, m) for m in by_short.values())]:
        for key in {*_ascii_spellings(written), m.slug}:
            found.setdefault(key, set()).add(m.official)
    for name, official in GREENLAND.items():
        # "sermersooq", "qeqqata-kommunia": Greenland's municipalities by folder and file name
        for key in (_fold(name), _fold(official)):
            found.setdefault(key, set()).add(official)
    return {key: next(iter(officials)) for key, officials in found.items() if len(officials) == 1}


@lru_cache(maxsize=1 << 16)
def municipality_from_folder(name: str) -> str | None:
    """Official name for a folder name, None for anything else.

    "albertslund", "albertslund_kommune", "kobenhavn", "høje-taastrup" and "Bornholms
    Regionskommune" all name a municipality. Cached: a build asks it of every word (and
    pair and triple of words) of every file name, and those repeat from file to file.
    """
    lookup = _folder_lookup()
    key = _fold(name)
    for suffix in ("", "-regionskommune", "-kommune", "-kommunes"):
        if suffix and not key.endswith(suffix):
            continue
        stem = key.removesuffix(suffix) if suffix else key
        # "koebenhavns-kommune" is a genitive of a name indexed without the s.
        for candidate in (stem, stem.removesuffix("s")):
            if candidate in lookup:
                return lookup[candidate]
    return None


#: Words of a file name that name a municipality but are more often something else
#: ("vejen" is "the road", "greve" "count"): they count only as the name's first word.
_COMMON_WORDS = frozenset({"vejen", "greve"})
#: A file name's words: runs of letters (dates and numbers split them too).
_FILE_WORD = re.compile(r"[^\W\d_]+")


def municipality_in_file_name(stem: str) -> str | None:
    """Official name of the one municipality a file name names, None when it names none or
    several.

    "albertslund-kommunalbestyrelsen-2021-03-09", "Referat_Hoeje-Taastrup_KB_2020" and
    "2019-04-03 Roskilde Kultur- og Idrætsudvalget" name one. Names of several words are
    tried before their parts, so "Lyngby-Taarbæk" is not also read as Lyngby.
    """
    return _municipality_in_words(tuple(_FILE_WORD.findall(stem)))


@lru_cache(maxsize=1 << 14)
def _municipality_in_words(words: tuple[str, ...]) -> str | None:
    """``municipality_in_file_name`` of a name's words (cached: the names of one forum's
    files differ in their dates, which are not words)."""
    found: set[str] = set()
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + 3), i, -1):
            if i > 0 and j == i + 1 and _fold(words[i]) in _COMMON_WORDS:
                continue
            official = municipality_from_folder("-".join(words[i:j]))
            if official is not None:
                found.add(official)
                i = j
                break
        else:
            i += 1
    return next(iter(found)) if len(found) == 1 else None


#: "330-2018-3619": a case number that starts with the municipality's code and a year.
_CODED_CASE = re.compile(r"(\d{3})-(?:19|20)\d{2}-\d+")


@lru_cache(maxsize=1)
def _by_code() -> dict[str, str]:
    return {m.code: m.official for m in municipalities()}


def municipality_from_case_numbers(case_numbers: list[str]) -> str | None:
    """Official name of the municipality whose code every coded case number starts with.

    Some case systems number cases ``<municipality code>-<year>-<serial>`` (Slagelse:
    ``330-2018-3619``). At least one case number must have that form and all that have it
    must agree; other forms are ignored.
    """
    codes = {m.group(1) for case in case_numbers if (m := _CODED_CASE.fullmatch(case.strip()))}
    if len(codes) != 1:
        return None
    return _by_code().get(codes.pop())


#: Web domains of municipalities that are not their name (the rest use ``<name>.dk``).
_DOMAIN_ALIASES: dict[str, str] = {
    "kk": "København",
    "brk": "Bornholm",
    "ltk": "Lyngby-Taarbæk",
    "htk": "Høje-Taastrup",
    "rksk": "Ringkøbing-Skjern",
    "fmk": "Faaborg-Midtfyn",
    "vhk": "Vesthimmerlands",
}
#: The label right before ".dk" at the end of a window ("post@esbjerg", "www.struer").
_LABEL_BEFORE = re.compile(r"(?<![\w-])(?:[\w-]+\.)*([\w-]+)\Z")
#: What may follow a host name: not a letter or another label ("struer.dkx", "x.dk.com").
_AFTER_HOST = re.compile(r"[\w-]|\.\w")


def _domain_labels(text: str) -> list[str]:
    """Casefolded labels before ".dk" of every address or host name in ``text``
    (``post@esbjerg.dk`` -> esbjerg, ``dagsorden-og-referater.brk.dk/…`` -> brk)."""
    folded = text.casefold()
    labels = []
    at = folded.find(".dk")
    while at >= 0:
        after = folded[at + 3 : at + 5]
        if not _AFTER_HOST.match(after):
            m = _LABEL_BEFORE.search(folded, max(0, at - 120), at)
            if m:
                labels.append(m.group(1))
        at = folded.find(".dk", at + 3)
    return labels


def municipality_in_web_addresses(text: str) -> str | None:
    """Official name of the municipality the text's web and e-mail addresses most often
    belong to (``post@esbjerg.dk``, ``www.struer.dk``, ``…brk.dk``), None when none does
    or two are as frequent. Other domains (``kl.dk``, ``borger.dk``) are ignored."""
    by_short = _by_short_name()
    votes: Counter[str] = Counter()
    for label in _domain_labels(text):
        alias = _DOMAIN_ALIASES.get(label)
        official = by_short[alias.casefold()].official if alias else municipality_from_folder(label)
        if official is not None:
            votes[official] += 1
    top = votes.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


@lru_cache(maxsize=1)
def _short_lookup() -> dict[str, str]:
    """Casefolded short name, alias or official name -> short name."""
    lookup = {key: m.name for key, m in _by_short_name().items()}
    lookup.update({m.official.casefold(): m.name for m in municipalities()})
    for name, official in GREENLAND.items():
        lookup.update({name.casefold(): name, official.casefold(): name})
    return lookup


@lru_cache(maxsize=1)
def short_names() -> dict[str, str]:
    """Casefolded short name (or alias) of each of the 98 -> short name ("aarhus" ->
    "Aarhus", "københavn" -> "København")."""
    return {key: m.name for key, m in _by_short_name().items()}


def short_name(name: str) -> str:
    """Short name of a municipality named any way: "Københavns Kommune" -> "København".

    Other strings come back stripped of whitespace and of a trailing " Kommune".
    """
    text = " ".join(name.split())
    lookup = _short_lookup()
    if (found := lookup.get(text.casefold())) is not None:
        return found
    stripped = re.sub(r" kommune$", "", text, flags=re.IGNORECASE)
    return lookup.get(stripped.casefold(), stripped)


def same_municipality(a: str | None, b: str | None) -> bool:
    """Whether ``a`` and ``b`` name the same municipality (False when either is missing)."""
    if not a or not b:
        return False
    return short_name(a).casefold() == short_name(b).casefold()


#: The five regions (since 2007), whose regionsråd and committees keep minutes as the
#: municipalities' councils do: folded name -> the name as written.
REGIONS: dict[str, str] = {
    name.casefold(): name
    for name in (
        "Region Hovedstaden",
        "Region Sjælland",
        "Region Syddanmark",
        "Region Midtjylland",
        "Region Nordjylland",
    )
}
#: "Region Syddanmark": a region's name as a pattern (for patterns that open with one).
REGION_PATTERN = r"Region\s+(?:" + "|".join(n.split()[1] for n in REGIONS.values()) + ")"
#: "Region Midtjylland" / "REGION SYDDANMARK" as a whole name, not inside another word.
_REGION_NAME = re.compile(
    r"(?<![\w-])region[ \t\u00a0]+(hovedstaden|sjælland|syddanmark|midtjylland|nordjylland)"
    r"(?![\w-])",
    re.IGNORECASE,
)


#: The regions' own web domains (the label before ".dk").
_REGION_DOMAINS = {
    "regionh": "Region Hovedstaden",
    "regionsjaelland": "Region Sjælland",
    "rsyd": "Region Syddanmark",
    "regionsyddanmark": "Region Syddanmark",
    "rm": "Region Midtjylland",
    "rn": "Region Nordjylland",
}


def region_of_web_address(text: str) -> str | None:
    """The region whose own web domain a text names (``rm.dk``, ``www.regionh.dk``), else
    None. For a page's top bar only: a kommune's minutes may link to a region's site."""
    found = {_REGION_DOMAINS[label] for label in _domain_labels(text) if label in _REGION_DOMAINS}
    return found.pop() if len(found) == 1 else None


#: Each region's house by the town it stands in, as a meeting's place names it
#: ("Regionshuset Viborg", "Regionshuset, Damhaven 12, 7100 Vejle", "Regionsgården,
#: Hillerød"): the region's seat.
_REGION_SEATS = {
    "viborg": "Region Midtjylland",
    "vejle": "Region Syddanmark",
    "sorø": "Region Sjælland",
    "aalborg": "Region Nordjylland",
    "hillerød": "Region Hovedstaden",
}
_REGION_HOUSE = re.compile(
    r"\bRegions(?:huset|gården)\b[ \t,]+(?:[^,\n]{1,40},[ \t]*)?(?:\d{4}[ \t]+)?"
    r"(?P<town>" + "|".join(t.capitalize() for t in _REGION_SEATS) + r")\b"
)


def region_of_house(place: str | None) -> str | None:
    """The region whose own house a meeting's place names with its town ("Regionshuset
    Viborg, lokale D3": Region Midtjylland's), else None. For the meeting's place only,
    where nothing in the document names its owner."""
    if not place or "Regions" not in place:
        return None
    m = _REGION_HOUSE.search(place)
    return _REGION_SEATS[m.group("town").lower()] if m else None


def region_named(text: str) -> str | None:
    """The region a text is the name of and nothing more ("REGION SYDDANMARK",
    "Region Midtjylland."), else None: a header's owner line, not a mention in a sentence."""
    return REGIONS.get(" ".join(text.strip(" .,:;–-\t").split()).casefold())


def _regions(text: str) -> Iterator[str]:
    """The regions a text names, in order."""
    if "egion" not in text and "EGION" not in text:
        return
    for m in _REGION_NAME.finditer(text):
        yield REGIONS[f"region {m.group(1).casefold()}"]


def regions_in(text: str) -> set[str]:
    """Every region a text names ("Region Sjælland og Region Hovedstaden …": both)."""
    return set(_regions(text))


#: "Region Hovedstadens Psykiatri", "Region Syddanmarks sygehuse": a region's name in the
#: genitive, owning a unit or a service of its own.
_REGION_GENITIVE = re.compile(
    r"(?<![\w-])region[ \t\u00a0]+(hovedstaden|sjælland|syddanmark|midtjylland|nordjylland)s"
    r"(?![\w-])",
    re.IGNORECASE,
)


def regions_named_or_owning(text: str) -> set[str]:
    """Every region a text names, by its name or in the genitive ("Region Hovedstadens
    Psykiatri": the region's own psychiatric service)."""
    found = regions_in(text)
    if "egion" in text or "EGION" in text:
        found |= {
            REGIONS[f"region {m.group(1).casefold()}"] for m in _REGION_GENITIVE.finditer(text)
        }
    return found


def region_in(text: str) -> str | None:
    """The first region a text names ("Dagsorden - Regionsrådet - Region Midtjylland").

    For a document's own title or page header only: a kommune's items often mention a
    region ("Region Hovedstaden har sendt …"), which never makes the region their owner.
    """
    return next(_regions(text), None)
