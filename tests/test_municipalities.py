"""The Danish municipalities and how texts and folders name them (analysis.municipalities)."""

from __future__ import annotations

import re

import pytest

from analysis.municipalities import (
    Municipality,
    municipalities,
    municipality_from_case_numbers,
    municipality_from_folder,
    municipality_in,
    municipality_in_file_name,
    municipality_in_web_addresses,
    same_municipality,
    short_name,
)


def test_ninety_eight_unique_municipalities() -> None:
    rows = municipalities()
    assert len(rows) == 98
    for column in ("name", "official", "slug", "code"):
        assert len({getattr(m, column) for m in rows}) == 98, column


def test_rows_are_consistent() -> None:
    for m in municipalities():
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", m.slug), m
        expected = m.name.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        assert m.slug == expected.replace(" ", "-")
        assert m.official.startswith(m.name)
        assert m.official.endswith(" Kommune") or m.official == "Bornholms Regionskommune"
        assert re.fullmatch(r"[1-8]\d\d", m.code), m


@pytest.mark.parametrize(
    ("name", "official", "slug"),
    [
        ("København", "Københavns Kommune", "koebenhavn"),
        ("Frederiksberg", "Frederiksberg Kommune", "frederiksberg"),
        ("Bornholm", "Bornholms Regionskommune", "bornholm"),
        ("Høje-Taastrup", "Høje-Taastrup Kommune", "hoeje-taastrup"),
        ("Lyngby-Taarbæk", "Lyngby-Taarbæk Kommune", "lyngby-taarbaek"),
        ("Nordfyns", "Nordfyns Kommune", "nordfyns"),
        ("Vesthimmerlands", "Vesthimmerlands Kommune", "vesthimmerlands"),
        ("Ærø", "Ærø Kommune", "aeroe"),
        ("Aarhus", "Aarhus Kommune", "aarhus"),
    ],
)
def test_known_rows(name: str, official: str, slug: str) -> None:
    assert any(m[:3] == (name, official, slug) for m in map(astuple3, municipalities()))


def astuple3(m: Municipality) -> tuple[str, str, str]:
    return (m.name, m.official, m.slug)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("København", "101"),
        ("Albertslund", "165"),
        ("Slagelse", "330"),
        ("Bornholm", "400"),
        ("Aarhus", "751"),
        ("Hjørring", "860"),
    ],
)
def test_municipality_codes(name: str, code: str) -> None:
    assert {m.name: m.code for m in municipalities()}[name] == code


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("albertslund-oekonomiudvalget-2019-09-10", "Albertslund Kommune"),
        ("holbaek-udvalget-for-aeldre-og-sundhed-2020-06-04", "Holbæk Kommune"),
        ("Referat_Hoeje-Taastrup_KB_2020", "Høje-Taastrup Kommune"),
        ("2019-04-03 Roskilde Kultur- og Idrætsudvalget", "Roskilde Kommune"),
        ("Ringkøbing-Skjern byråd", "Ringkøbing-Skjern Kommune"),
        ("lyngby-taarbaek-kb", "Lyngby-Taarbæk Kommune"),  # not also Lyngby
        ("koebenhavns-kommune-br", "Københavns Kommune"),
        ("vejen-byraad-2020", "Vejen Kommune"),
        # "vejen" (the road) and "greve" (count) count only as the first word.
        ("referat-vejen-til-nyt-plejecenter", None),
        ("referat-greve-kb", None),
        ("roskilde-og-koege-faelles-udvalg", None),  # two: no guess
        ("chefforum-2024-01-03", None),
        ("SYNTETISK-vesteraa-oekonomiudvalget-2019-06-25", None),
        ("", None),
    ],
)
def test_municipality_in_file_name(stem: str, expected: str | None) -> None:
    assert municipality_in_file_name(stem) == expected


@pytest.mark.parametrize(
    ("cases", "expected"),
    [
        (["330-2018-3619", "330-2018-3619", "330-2019-12"], "Slagelse Kommune"),
        (["330-2018-3619", "00.01.00-G01-4-19"], "Slagelse Kommune"),  # others ignored
        (["330-2018-1", "101-2019-2"], None),  # disagree
        (["999-2018-1"], None),  # no such code
        (["00.01.00P35-0104", "EMN-2023-009832", "299835"], None),
        (["1330-2018-1", "330-2018"], None),
        ([], None),
    ],
)
def test_municipality_from_case_numbers(cases: list[str], expected: str | None) -> None:
    assert municipality_from_case_numbers(cases) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Albertslund Kommune", "Albertslund Kommune"),
        ("Referat fra Roskilde Kommune, Chefforum", "Roskilde Kommune"),
        ("Roskilde Kommunes driftstilskud", "Roskilde Kommune"),
        ("Roskilde kommune", "Roskilde Kommune"),
        ("Københavns Kommune", "Københavns Kommune"),
        ("København Kommune", "Københavns Kommune"),
        ("Københavns Borgerrepræsentation", "Københavns Kommune"),
        ("GENTOFTE KOMMUNE", "Gentofte Kommune"),
        ("KØBENHAVNS KOMMUNE", "Københavns Kommune"),
        ("Aarhus Byråd", "Aarhus Kommune"),
        ("Aarhus Byråds møde", "Aarhus Kommune"),
        ("Odenses Byråd", "Odense Kommune"),
        ("Byrådet i Odense", "Odense Kommune"),
        ("som byrådet i Høje Taastrup besluttede", "Høje-Taastrup Kommune"),
        ("Fanø Kommunalbestyrelse", "Fanø Kommune"),
        ("Læsø Kommunalbestyrelsen", "Læsø Kommune"),
        ("Kommunalbestyrelsen i Samsø", "Samsø Kommune"),
        ("Bornholms Regionskommune", "Bornholms Regionskommune"),
        ("Lyngby-Taarbæk Kommune", "Lyngby-Taarbæk Kommune"),
        ("Ringkøbing-Skjern Kommunes plan", "Ringkøbing-Skjern Kommune"),
        ("Faaborg-Midtfyn Kommune", "Faaborg-Midtfyn Kommune"),
        ("Vesthimmerlands Kommune", "Vesthimmerlands Kommune"),
        ("Nordfyns Kommune", "Nordfyns Kommune"),
        ("Ærø Kommune", "Ærø Kommune"),
        ("Stevns Kommune", "Stevns Kommune"),
        ("Frederikssund Kommune", "Frederikssund Kommune"),
        ("Århus Kommune", "Aarhus Kommune"),
        ("Brønderslev-Dronninglund Kommune", "Brønderslev Kommune"),
        ("Albertslund\u00a0Kommune", "Albertslund Kommune"),
        ("Frederiksberg Kommune og Københavns Kommune", "Frederiksberg Kommune"),
        ("Herning er en by; Herning Kommune er en kommune", "Herning Kommune"),
        # A town in passing, a lower-case common word, other institutions: no mention.
        ("bog om Roskilde Kro", None),
        ("Herning", None),
        ("Turen gik til Herning og Holstebro", None),
        ("langs vejen kommunen har anlagt", None),
        ("Kommunen og Region Hovedstaden", None),
        ("Nord-Lolland Kommune", None),
        ("Roskildekommune", None),
        ("Sydby Kommune", None),
        ("", None),
    ],
)
def test_municipality_in(text: str, expected: str | None) -> None:
    assert municipality_in(text) == expected


def test_every_official_name_is_found() -> None:
    for m in municipalities():
        assert municipality_in(f"Referat, {m.official}") == m.official
        assert municipality_in(m.official.upper()) == m.official


@pytest.mark.parametrize(
    ("folder", "expected"),
    [
        ("albertslund", "Albertslund Kommune"),
        ("Albertslund", "Albertslund Kommune"),
        ("albertslund-kommune", "Albertslund Kommune"),
        ("albertslund_kommune", "Albertslund Kommune"),
        ("Albertslund Kommune", "Albertslund Kommune"),
        ("koebenhavn", "Københavns Kommune"),
        ("københavn", "Københavns Kommune"),
        ("kobenhavn", "Københavns Kommune"),
        ("koebenhavns-kommune", "Københavns Kommune"),
        ("hoeje-taastrup", "Høje-Taastrup Kommune"),
        ("høje-taastrup", "Høje-Taastrup Kommune"),
        ("hoje_taastrup", "Høje-Taastrup Kommune"),
        ("Høje Taastrup", "Høje-Taastrup Kommune"),
        ("Bornholms Regionskommune", "Bornholms Regionskommune"),
        ("bornholm", "Bornholms Regionskommune"),
        ("taarnby", "Tårnby Kommune"),
        ("aeroe", "Ærø Kommune"),
        ("aero", "Ærø Kommune"),
        ("århus", "Aarhus Kommune"),
        ("vesthimmerland", "Vesthimmerlands Kommune"),
        ("lyngby_taarbaek_kommune", "Lyngby-Taarbæk Kommune"),
        ("  Gentofte  ", "Gentofte Kommune"),
        # Unknown.
        ("chefforum", None),
        ("region-hovedstaden", None),
        ("kommune", None),
        ("albertslund-2022", None),
        ("", None),
    ],
)
def test_municipality_from_folder(folder: str, expected: str | None) -> None:
    assert municipality_from_folder(folder) == expected


def test_every_slug_name_and_official_name_resolves() -> None:
    for m in municipalities():
        for folder in (m.slug, m.name, m.official, m.slug.replace("-", "_") + "_kommune"):
            assert municipality_from_folder(folder) == m.official, folder


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Albertslund Kommune", "Albertslund"),
        ("Københavns Kommune", "København"),
        ("københavns kommune", "København"),
        ("Bornholms Regionskommune", "Bornholm"),
        ("Høje-Taastrup Kommune", "Høje-Taastrup"),
        ("Nordfyns Kommune", "Nordfyns"),
        ("Århus Kommune", "Aarhus"),
        ("Albertslund", "Albertslund"),
        ("  Gentofte Kommune ", "Gentofte"),
        # Unknown names: stripped, without a trailing " Kommune".
        ("Sydby Kommune", "Sydby"),
        (" Region Hovedstaden ", "Region Hovedstaden"),
        ("Kommunernes Landsforening", "Kommunernes Landsforening"),
    ],
)
def test_short_name(name: str, expected: str) -> None:
    assert short_name(name) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Albertslund Kommune", "Albertslund", True),
        ("Københavns Kommune", "københavn", True),
        ("Bornholms Regionskommune", "Bornholm Kommune", True),
        ("Århus Kommune", "Aarhus Kommune", True),
        ("Sydby Kommune", "sydby", True),
        ("Albertslund Kommune", "Ballerup Kommune", False),
        ("Frederiksberg Kommune", "Frederikssund Kommune", False),
        ("Albertslund Kommune", None, False),
        (None, None, False),
        ("", "", False),
    ],
)
def test_same_municipality(a: str | None, b: str | None, expected: bool) -> None:
    assert same_municipality(a, b) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kontakt: post@esbjerg.dk", "Esbjerg Kommune"),
        ("https://www.struer.dk/politik/referater", "Struer Kommune"),
        ("https://dagsorden-og-referater.brk.dk/Sites/x.html", "Bornholms Regionskommune"),
        ("mail@htk.dk", "Høje-Taastrup Kommune"),  # a domain that is not the name
        ("www.hoeje-taastrup.dk", "Høje-Taastrup Kommune"),
        ("Læs mere på esbjerg.dk.", "Esbjerg Kommune"),
        ("WWW.AARHUS.DK", "Aarhus Kommune"),
        ("post@odense.dk, post@odense.dk og info@assens.dk", "Odense Kommune"),  # most
        ("a@vejle.dk b@kolding.dk", None),  # as many: no guess
        ("se www.kl.dk og borger.dk", None),  # not a municipality's
        ("struer.dkx og x.dk.com", None),  # no .dk host
        ("ingen adresser", None),
    ],
)
def test_municipality_in_web_addresses(text: str, expected: str | None) -> None:
    assert municipality_in_web_addresses(text) == expected
