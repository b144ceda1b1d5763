"""KLE journal numbers: parse them and give them titles (pure, apart from the loaders).

A KLE journal number such as ``00.30.00-P00-7-23`` is the KLE subject code (main group
``00``, group ``00.30``, subject ``00.30.00``), a handling facet (``P00``), the case's
serial number (``7``) and the year the case was opened (``23`` -> 2023).

Titles come from the CSVs shipped in the package (``analysis/data/kle_main_groups.csv``,
every main group in use; ``analysis/data/kle_titles.csv``, partial; provenance in
``analysis/data/README.md``) or, when a user places KL's official KLE-Emneplan /
KLE-Handlingsfacetter XML in an external folder, from those files (see
:func:`load_kle_titles`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pandas as pd

from analysis.errors import ConfigError

# --- journal numbers -------------------------------------------------------------------------

#: Hyphen, Unicode hyphens, figure dash, en dash, em dash and minus sign.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_SEP = rf"[ \t\u00a0]*[{_DASHES}][ \t\u00a0]*"
_BODY = (
    r"(?P<main>[0-9]{2})\.(?P<group>[0-9]{2})\.(?P<subject>[0-9]{2})"
    rf"{_SEP}(?P<facet>[A-ZÆØÅ][0-9]{{2}}|[0-9]{{3}})"
    rf"{_SEP}(?P<serial>[0-9]+)"
    rf"{_SEP}(?P<year>(?:19|20)[0-9]{{2}}|[0-9]{{2}})"
)
_FULL = re.compile(_BODY)
_FIND = re.compile(rf"(?<![\w.]){_BODY}(?![\w]|[{_DASHES}]\w|\.[0-9])")


@dataclass(frozen=True)
class CaseNumber:
    """The parts of a KLE journal number, e.g. ``00.30.00-P00-7-23``."""

    raw: str  #: as written (surrounding whitespace removed)
    kle_code: str  #: "00.30.00" (the subject code; same as ``subject``)
    main_group: str  #: "00"
    group: str  #: "00.30"
    subject: str  #: "00.30.00"
    facet: str  #: "P00"; kept as written, also the odd "000"
    serial: int  #: 7
    year: int  #: 2023 (four digits, see :func:`expand_year`)
    scheme: str = "kle"


def expand_year(year: int, current_year: int | None = None) -> int:
    """Four-digit year of a journal number's year.

    A two-digit ``yy`` is ``2000 + yy`` when ``yy`` is at most the current two-digit year
    plus one (a case may be numbered for next year), otherwise ``1900 + yy``: in 2026,
    ``27`` -> 2027 and ``28`` -> 1928. Years of three or more digits are returned unchanged.
    ``current_year`` defaults to today's year.
    """
    if year >= 100:
        return year
    now = dt.date.today().year if current_year is None else current_year
    return 2000 + year if year <= now % 100 + 1 else 1900 + year


def _from_match(m: re.Match[str], current_year: int | None) -> CaseNumber:
    main = m["main"]
    group = f"{main}.{m['group']}"
    subject = f"{group}.{m['subject']}"
    return CaseNumber(
        raw=m.group(0),
        kle_code=subject,
        main_group=main,
        group=group,
        subject=subject,
        facet=m["facet"],
        serial=int(m["serial"]),
        year=expand_year(int(m["year"]), current_year),
    )


def parse_case_number(text: str, *, current_year: int | None = None) -> CaseNumber | None:
    """The parts of a KLE journal number, or None when ``text`` is not one.

    The whole text (surrounding whitespace ignored) must be the number. Any dash (hyphen,
    en/em dash, minus) separates the parts, with optional spaces around it. Each code level
    must have two digits: a missing leading zero (``0.30.00-…``) is rejected, since which
    digit was lost cannot be known. The facet is a capital letter and two digits, or three
    digits (``000`` is seen in practice, kept as written). The year has two digits or four
    (19xx/20xx); see :func:`expand_year`. Other schemes (``EMN-2025-003383``, ``17/46``,
    ``2024-012345``) give None.
    """
    if not isinstance(text, str):
        return None
    m = _FULL.fullmatch(text.strip())
    return _from_match(m, current_year) if m else None


def main_group(text: str) -> str | None:
    """``parse_case_number(text).main_group`` (None when ``text`` is not a journal number),
    without making the number: the enrichment asks it of every item."""
    m = _FULL.fullmatch(text.strip())
    return m["main"] if m else None


def find_case_number(text: str) -> str | None:
    """The first KLE journal number in a line, as written, or None.

    The number must stand apart: not glued to letters, digits or a further dash-part, so
    a date like ``30.04.2025`` or ``x00.30.00-P00-7-23`` is not one.
    """
    if not isinstance(text, str):
        return None
    m = _FIND.search(text)
    return m.group(0) if m else None


# --- titles ---------------------------------------------------------------------------------

#: The only facet title known without KL's Handlingsfacetter XML.
BUILTIN_FACETS: dict[str, str] = {"A00": "Organisering mv. i almindelighed"}

_PACKAGE_CSV = "data/kle_titles.csv"
#: KLE's main groups, so every main group in use has a title even where the partial
#: kle_titles.csv lacks it (rows marked ``unverified`` there are to be checked against KL).
_MAIN_GROUPS_CSV = "data/kle_main_groups.csv"


class KleXmlError(ConfigError, ValueError):
    """A KLE XML file that cannot be read; the message names the file (exit code 2)."""


@dataclass
class KleTitles:
    """KLE titles: subject codes (all levels) and facets, plus retired codes and provenance."""

    codes: dict[str, str] = field(default_factory=dict)  #: "00.30.00" -> title
    facets: dict[str, str] = field(default_factory=dict)  #: "A00" -> title
    retired: set[str] = field(default_factory=set)  #: codes/facets with an UdgaaetDato
    sources: list[str] = field(default_factory=list)  #: where the titles came from


def _package_rows(name: str = _PACKAGE_CSV) -> list[tuple[str, str]]:
    text = resources.files("analysis").joinpath(name).read_text(encoding="utf-8")
    return [
        (row["code"].strip(), row["title"].strip())
        for row in csv.DictReader(io.StringIO(text))
        if row.get("code") and row.get("title")
    ]


def load_kle_titles(external_dir: Path | None = None) -> KleTitles:
    """KLE titles from the package CSVs, overlaid with KL's XML files in ``external_dir``.

    The main-group list comes first and ``kle_titles.csv`` over it (they agree where both
    have a code).

    Every ``*.xml`` directly in ``external_dir`` (the same files the build fingerprints) is
    read and recognised by its elements, not its name: ``Hovedgruppe`` > ``Gruppe`` >
    ``Emne`` for KLE-Emneplan, ``HandlingsfacetKategori`` > ``Handlingsfacet`` for
    KLE-Handlingsfacetter, with or without XML namespaces. Precedence: an XML title wins;
    the CSV still titles codes the XML lacks (a partial or older XML never loses titles).
    Files are read in name order, a later one winning. Codes with an ``UdgaaetDato`` keep
    their title and are listed in ``retired``. Facet titles come only from the XML, plus
    the built-in A00. An XML file that is not well formed raises :class:`KleXmlError`; a
    well-formed file with neither structure is skipped with a warning.
    """
    titles = KleTitles(
        codes=dict(_package_rows(_MAIN_GROUPS_CSV)) | dict(_package_rows()),
        facets=dict(BUILTIN_FACETS),
        sources=[f"package:{_MAIN_GROUPS_CSV}", f"package:{_PACKAGE_CSV}"],
    )
    if external_dir is None or not Path(external_dir).is_dir():
        return titles
    for path in sorted(Path(external_dir).glob("*.xml")):
        _read_xml(path, titles)
    return titles


def _local(tag: object) -> str:
    """Element name without its namespace ('{uri}Emne' -> 'Emne')."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(elem: ET.Element, name: str) -> Iterator[ET.Element]:
    return (c for c in elem if _local(c.tag) == name)


def _text(elem: ET.Element, name: str) -> str | None:
    for child in _children(elem, name):
        text = " ".join("".join(child.itertext()).split())
        if text:
            return text
    return None


def _is_retired(elem: ET.Element, levels: set[str]) -> bool:
    """True when the element's own data (not a nested level's) has an UdgaaetDato."""
    for child in elem:
        if _local(child.tag) in levels:
            continue
        for node in child.iter():
            if _local(node.tag) == "UdgaaetDato" and (node.text or "").strip():
                return True
    return False


def _code(path: Path, raw: str | None, parent: str | None, level: str) -> str:
    """Validated dotted code; a bare two-digit number under a parent gets the parent's prefix."""
    raw = (raw or "").strip()
    if parent is not None and re.fullmatch(r"[0-9]{2}", raw):
        raw = f"{parent}.{raw}"
    dots = {"Hovedgruppe": 0, "Gruppe": 1, "Emne": 2}[level]
    if not re.fullmatch(r"[0-9]{2}" + r"\.[0-9]{2}" * dots, raw):
        raise KleXmlError(f"{path}: {level} with a missing or invalid {level}Nr {raw!r}")
    return raw


def _set(titles: KleTitles, key: str, title: str | None, retired: bool, facet: bool) -> None:
    if title:
        (titles.facets if facet else titles.codes)[key] = title
    if retired:
        titles.retired.add(key)
    else:
        titles.retired.discard(key)


def _read_xml(path: Path, titles: KleTitles) -> None:
    """Add the titles of one KLE XML file to ``titles`` (in place; loader helper)."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, UnicodeDecodeError) as err:
        raise KleXmlError(f"{path}: not well-formed XML ({err})") from err
    levels = {"Hovedgruppe", "Gruppe", "Emne"}
    found = False
    for main in (e for e in root.iter() if _local(e.tag) == "Hovedgruppe"):
        found = True
        mcode = _code(path, _text(main, "HovedgruppeNr"), None, "Hovedgruppe")
        _set(titles, mcode, _text(main, "HovedgruppeTitel"), _is_retired(main, levels), False)
        for group in _children(main, "Gruppe"):
            gcode = _code(path, _text(group, "GruppeNr"), mcode, "Gruppe")
            _set(titles, gcode, _text(group, "GruppeTitel"), _is_retired(group, levels), False)
            for subject in _children(group, "Emne"):
                scode = _code(path, _text(subject, "EmneNr"), gcode, "Emne")
                retired = _is_retired(subject, levels)
                _set(titles, scode, _text(subject, "EmneTitel"), retired, False)
    for category in (e for e in root.iter() if _local(e.tag) == "HandlingsfacetKategori"):
        found = True
        for facet in _children(category, "Handlingsfacet"):
            nr = (_text(facet, "HandlingsfacetNr") or "").strip()
            if not re.fullmatch(r"[A-ZÆØÅ0-9][0-9]{2}", nr):
                raise KleXmlError(f"{path}: Handlingsfacet with a missing or invalid nr {nr!r}")
            retired = _is_retired(facet, set())
            _set(titles, nr, _text(facet, "HandlingsfacetTitel"), retired, True)
    if found:
        titles.sources.append(str(path))
    else:
        warnings.warn(
            f"{path}: neither a KLE-Emneplan nor a KLE-Handlingsfacetter file; ignored",
            stacklevel=3,
        )


def _ancestors(code: str) -> list[str]:
    """'00.30.14' -> ['00.30.14', '00.30', '00']."""
    parts = code.split(".")
    return [".".join(parts[:n]) for n in range(len(parts), 0, -1)]


def title_for(code: str | None, titles: KleTitles) -> tuple[str | None, str | None]:
    """(title, matched code) of a KLE code, walking up subject -> group -> main group.

    ``matched code`` differs from ``code`` when a parent's title was used; (None, None)
    when no level is known.
    """
    if not code:
        return None, None
    for candidate in _ancestors(code.strip()):
        title = titles.codes.get(candidate)
        if title:
            return title, candidate
    return None, None


def kle_main_group_labels(titles: KleTitles) -> dict[str, str]:
    """Main group titles for charts, in code order: {'00': 'Kommunens styrelse', …}."""
    return {c: t for c, t in sorted(titles.codes.items()) if re.fullmatch(r"[0-9]{2}", c)}


# --- items columns --------------------------------------------------------------------------

#: Output columns of :func:`kle_columns` (after ``item_id``) and their dtypes.
KLE_COLUMNS: dict[str, str] = {
    "case_scheme": "string",
    "kle_code": "string",
    "kle_main_group": "string",
    "kle_main_group_title": "string",
    "kle_group": "string",
    "kle_group_title": "string",
    "kle_title": "string",
    "kle_title_code": "string",
    "facet": "string",
    "facet_title": "string",
    "case_serial": "Int64",
    "case_year": "Int64",
}


def _case_fields(value: object, titles: KleTitles) -> dict[str, object]:
    case = parse_case_number(value) if isinstance(value, str) else None
    if case is None:
        return dict.fromkeys(KLE_COLUMNS)
    title, title_code = title_for(case.subject, titles)
    return {
        "case_scheme": case.scheme,
        "kle_code": case.kle_code,
        "kle_main_group": case.main_group,
        "kle_main_group_title": title_for(case.main_group, titles)[0],
        "kle_group": case.group,
        "kle_group_title": title_for(case.group, titles)[0],
        "kle_title": title,
        "kle_title_code": title_code,
        "facet": case.facet,
        "facet_title": titles.facets.get(case.facet),
        "case_serial": case.serial,
        "case_year": case.year,
    }


def kle_columns(items: pd.DataFrame, titles: KleTitles | None = None) -> pd.DataFrame:
    """KLE columns for items: a new frame with the input's index and order.

    items: case_number (nullable), and item_id, which is copied as the first column when
    present. Out: item_id, case_scheme ('kle' or null), kle_code, kle_main_group,
    kle_main_group_title, kle_group, kle_group_title, kle_title, kle_title_code (the code
    whose title was used), facet, facet_title, case_serial, case_year. Titles of unknown
    codes (group and subject) are their nearest known parent's; all KLE columns are null
    where the case number is missing or not a KLE journal number. ``titles`` defaults to
    the package CSV.
    """
    if "case_number" not in items.columns:
        raise KeyError("kle_columns needs a 'case_number' column")
    titles = load_kle_titles() if titles is None else titles
    cache: dict[object, dict[str, object]] = {}
    rows = []
    for value in items["case_number"].tolist():
        key = value if isinstance(value, str) else None
        if key not in cache:
            cache[key] = _case_fields(key, titles)
        rows.append(cache[key])
    data: dict[str, object] = {}
    if "item_id" in items.columns:
        data["item_id"] = items["item_id"].array.copy()
    for col, dtype in KLE_COLUMNS.items():
        data[col] = pd.array([row[col] for row in rows], dtype=dtype)
    return pd.DataFrame(data, index=items.index.copy())
