"""Policy areas: the taxonomy and its KLE map, the scoring rules on invented titles, the
build's table, and the evaluation on real titles (``../shared/realworld/titles.csv``,
skipped when absent) and on the seeds' and real-world files' items."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest

from analysis import evaluate_titles as et
from analysis.cli import main
from analysis.enrich import policy_areas as pa

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "titles" / "labelled_titles.csv"
SHARED = ROOT.parent.parent / "shared"
REALWORLD = Path("/work/shared/realworld")
TITLES = REALWORLD / "titles.csv"
KLE_TITLES = ROOT / "src" / "analysis" / "data" / "kle_titles.csv"

#: The issue's targets on titles.csv (titles alone).
MIN_AREA_ACCURACY = 0.85
MAX_NO_AREA = 0.05
MIN_INSTRUMENT_PRECISION = 0.90


def area_of(title: str, body: str = "", case: str | None = None) -> str | None:
    items = pd.DataFrame({"item_id": ["x-01"], "title": [title], "case_number": [case]})
    sections = pd.DataFrame(
        {"item_id": ["x-01"], "section": ["sagsfremstilling"], "position": [1], "text": [body]}
    )
    return pa.primary_area(pa.item_policy_areas_table(items, sections)).get("x-01")


# --- Taxonomy ---------------------------------------------------------------------------


def test_packaged_areas_and_kle_map():
    areas = pa.load_policy_areas()
    assert 18 <= len(areas.keys) <= 25
    for area in areas.taxonomy:
        assert area.label and area.description and area.terms
    # every KLE main group has an area, and every area but none is reachable from KLE
    with KLE_TITLES.open(encoding="utf-8") as fh:
        mains = {r["code"] for r in csv.DictReader(fh) if r["level"] == "1"}
    assert mains and mains <= set(areas.kle_map)
    assert set(areas.kle_map.values()) == set(areas.keys)
    assert areas.kle_map["00"] == "styrelse" and areas.kle_map["27"] == "social"
    assert areas.general == frozenset({"styrelse"})
    assert pa.policy_area_labels()["skole"] == "Skole og uddannelse"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("areas: [", "not valid YAML"),
        ("- a list", "mapping"),
        ("areas: []", "non-empty list"),
        ("areas:\n  - {key: a, label: A, terms: [x]}\ncolour: red", "colour"),
        ("areas:\n  - {key: a, terms: [x]}", "'label'"),
        ("areas:\n  - {key: a, label: A, terms: [x]}\n  - {key: a, label: B, terms: [y]}", "twice"),
        ("areas:\n  - {key: a, label: A, terms: [x]}\nkle_main_groups: {'7': a}", "two-digit"),
        ("areas:\n  - {key: a, label: A, terms: [x]}\nkle_main_groups: {'07': b}", "'b'"),
        ("areas:\n  - {key: a, label: A, terms: [x]}\ngeneral_areas: [c]", "'c'"),
        ("areas:\n  - {key: a, label: A, terms: [x]}\nprocedural_terms: ['to ord']", "one word"),
        ("areas:\n  - {key: a, label: A, terms: [x]}\nyielding_terms: [to ord]", "yielding_terms"),
        ("areas:\n  - {key: a, label: A, terms: [x]}\ncouncil: [valg]", "'council' must"),
        ("areas:\n  - {key: a, label: A, terms: [x]}\ncouncil: {area: b, membership: [v]}", "'b'"),
        (
            "areas:\n  - {key: a, label: A, terms: [x]}\ncouncil: {area: a, bodies: [udvalg]}",
            "'membership'",
        ),
        (
            "areas:\n  - {key: a, label: A, terms: [x]}\n"
            "council: {area: a, membership: [v], bodies: [u], external: ['to ord']}",
            "single word",
        ),
        ("areas:\n  - {key: a, label: A, terms: [x]}\ncouncil: {area: a, colour: red}", "colour"),
        ("areas:\n  - {key: a, label: A, terms: [x]}\ncommittee_order: [a, z]", "'z'"),
    ],
)
def test_malformed_area_file(tmp_path, text, message):
    bad = tmp_path / "areas.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(pa.PolicyAreaConfigError, match="areas.yaml") as err:
        pa.load_policy_areas(bad)
    assert message in str(err.value)


def test_user_file_is_used_instead(tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text(
        "areas:\n  - {key: vand, label: Vand, terms: ['*vand*']}\n"
        "  - {key: adm, label: Adm, terms: [budget]}\n"
        "kle_main_groups: {'06': vand, '00': adm}\ngeneral_areas: [adm]\n",
        encoding="utf-8",
    )
    areas = pa.load_policy_areas(user)
    assert areas.keys == ["vand", "adm"]
    assert pa.classify_titles(["Budget for spildevandet", "Budget"], areas) == ["vand", "adm"]


# --- Rules (invented titles) ------------------------------------------------------------

RULES = [
    # a unit's name says its area (the themes blank it out; "&" or "og")
    ("Bevilling til ekstra stillinger i Myndighed Børn & Familie", None, "boern_familie"),
    ("Budgetopfølgning - Center for Børn og Familie", None, "boern_familie"),
    # words two areas could claim, as KLE and the labelled titles have them
    ("Udfasning af Nordbyens fritidsklub", None, "fritid"),
    ("Regnbede i Vestbyen - klimatilpasning", None, "vand_forsyning"),
    # compounds and inflections of the area vocabularies
    ("Ny sundhedspolitik for 2031", None, "sundhed"),
    ("Kapacitetsudfordringer i vuggestuerne", None, "dagtilbud"),
    ("Renovering af Vestskolens faglokaler", None, "skole"),
    ("Hjemmeplejens rekrutteringsudfordringer", None, "social"),
    ("Kloakseparering i Kirkevænget", None, "vand_forsyning"),
    ("Nye cykelstier langs Ringvejen", None, "trafik"),
    ("Bibliotekernes åbningstider", None, "kultur"),
    ("Endelig vedtagelse af lokalplan 77", None, "planlaegning"),
    ("Ansættelse af ny kommunaldirektør", None, "personale"),
    ("Salg af kommunal ejendom i bymidten", None, "ejendomme"),
    ("Tilskud til idrætsforeningernes ungdomsarbejde", None, "fritid"),
    ("Ny erhvervsstrategi for turismen", None, "erhverv"),
    ("Plan for risikobaseret dimensionering af redningsberedskabet", None, "beredskab"),
    ("Kontanthjælpsmodtagere i virksomhedspraktik", None, "beskaeftigelse"),
    ("Nye anbringelser af udsatte børn", None, "boern_familie"),
    ("Skema B for almene familieboliger", None, "byggeri_boliger"),
    # building is about what is built
    ("Nybyggeri af plejecenter i bydelen", None, "social"),
    ("Byggeri af ny daginstitution - byggeprogram", None, "dagtilbud"),
    ("Kunstgræsbane ved stadion", None, "parker_natur"),
    ("Sportsparken - ny belysning, anlægsbevilling", None, "parker_natur"),
    ("Affaldssortering i etageboliger", None, "miljoe_klima"),
    # cemeteries are KLE 04.31 (kommunale kirkegårde), not civil matters (23)
    ("Udvidelse af kirkegården", None, "parker_natur"),
    ("Vielse på rådhuset", None, "borgerforhold"),
    # the municipality's own steering: an area of its own, not none
    ("Godkendelse af dagsorden", None, "styrelse"),
    ("Budgetopfølgning pr. 31. marts", None, "styrelse"),
    ("Valg af ny borgmester", None, "styrelse"),
    # ... and so is an item naming only an instrument or a step of the process
    ("Anlægsbevillinger 2031", None, "styrelse"),
    ("Høringssvar til ministeriet", None, "styrelse"),
    ("Temadrøftelse", None, "styrelse"),
    ("Høringssvar om skolestrukturen", None, "skole"),
    # ... but a subject named beside it is what the item is about
    ("Budgetopfølgning på ældreområdet", None, "social"),
    ("Valg af medlemmer til Folkeoplysningsudvalget", None, "fritid"),
    # ... and so is a committee named after the area (the first named)
    ("Budgetopfølgning - Børne- og Ungeudvalget", None, "boern_familie"),
    ("Budgetopfølgning for Plan- og Boligudvalget", None, "planlaegning"),
    ("Budgetopfølgning - Velfærdsudvalget", None, "social"),
    ("Budgetopfølgning - Fritidsudvalget", None, "fritid"),
    ("Budgetopfølgning på Børne- og Skoleudvalgets område", None, "skole"),
    # ... unless it is the committee's own procedure
    ("Mødeplan 2031 for Kultur- og Fritidsudvalget", None, "styrelse"),
    ("Ændring af styrelsesvedtægten vedr. Børne- og Skoleudvalget", None, "styrelse"),
    ("Nedsættelse af opgaveudvalg om fremtidens ældrepleje", None, "styrelse"),
    ("Skoleudvalgets mødekalender", None, "styrelse"),
    # the council's own bodies: electing their members is the council's steering,
    # whatever field a committee is named after; so is a title that only names one
    ("Valg af medlemmer til Teknik- og Miljøudvalget", None, "styrelse"),
    ("Udpegning af ny næstformand i Social- og Sundhedsudvalget", None, "styrelse"),
    ("Ansøgning om fritagelse for hvervet som medlem af Beskæftigelsesudvalget", None, "styrelse"),
    ("Kultur- og Fritidsudvalget", None, "styrelse"),
    ("Anmodning om orlov fra byrådet", None, "styrelse"),
    # ... but not the bodies outside the council, nor a committee's own business
    ("Udpegning af medlem til bestyrelsen for Nordby Museum", None, "kultur"),
    ("Valg af medlemmer til Handicaprådet", None, "social"),
    ("Valg af medlemmer til Børn og Unge-udvalget", None, "boern_familie"),
    ("Valg af leverandør af skolemælk", None, "skole"),
    ("Kultur- og Fritidsudvalgets budgetønsker", None, "kultur"),
    ("Valg af medlemmer til Skoleudvalget", "17.01.00-A00-1-30", "skole"),
    # the journal number's main group is strong evidence
    ("Orientering om et projekt", "27.12.00-A00-1-30", "social"),
    ("Budget 2031", "17.01.00-S00-3-30", "skole"),
    # several subjects: the one named first
    ("Budget for sundhedsplejen og socialpsykiatrien", None, "sundhed"),
    ("Budget for socialpsykiatrien og sundhedsplejen", None, "social"),
    # ... but a committee named after several areas is about the one with the larger
    # budget (committee_order), wherever its name puts it
    ("Social- og sundhedsudvalgets budget", None, "social"),
    ("Sundheds- og socialudvalgets budget", None, "social"),
    ("Budgetopfølgning - Erhvervs- og Beskæftigelsesudvalget", None, "beskaeftigelse"),
    ("Regnskab 2030 for Vækst- og Byudviklingsudvalget", None, "planlaegning"),
    ("Budgetopfølgning for skolerne - Kultur- og Fritidsudvalget", None, "skole"),
    # exclusions: politicians, unit names, look-alike words
    ("Erhvervelse af grund til ny daginstitution", None, "dagtilbud"),
    ("Ny tagbelægning på Vestbyens idrætshal", None, "parker_natur"),
    # the educational-psychological advice is the school's (KLE 17.03.04)
    ("Ventetider i PPR på pædagogisk-psykologiske vurderinger", None, "skole"),
    ("Pædagogisk-psykologisk rådgivning for førskolebørn", None, "skole"),
    ("Eventuelt", None, "styrelse"),
    ("Vejledning om aktindsigt", None, "styrelse"),
    ("Et punkt om ingenting", None, None),
    # words the terms do not know: KLE's own subject words (a compound by its head)
    ("Tilladelse til hestehold", None, "miljoe_klima"),
    # KLE's own filing of tasks: winter service 05.07, bathing water 09.19, coastal
    # protection 01.24, refugees' housing 03.25, the jobcentre's yearly review 15.00.15
    ("Vinterregnskab 2030/31", None, "trafik"),
    ("Badevandskvalitet 2031", None, "miljoe_klima"),
    ("Kystsikring ved Nordstranden", None, "planlaegning"),
    ("Boligplacering af flygtninge 2031", None, "byggeri_boliger"),
    ("Resultatrevision 2030", None, "beskaeftigelse"),
    # yielding words (whom an item is for, the kind of plan) give way to a subject named
    # beside them: refugees are social, their homes housing, their jobs employment
    ("Modtagelse af flygtninge i 2031", None, "social"),
    ("Fordrevne fra Ukraine - status", None, "social"),
    ("Ny integrationspolitik", None, "social"),
    ("Flygtninge og integration - boligplacering 2031", None, "byggeri_boliger"),
    ("Integrationsindsats: jobcentrets tilbud til flygtninge", None, "beskaeftigelse"),
    ("Integrationsgrunduddannelse for nyankomne flygtninge", None, "beskaeftigelse"),
    ("Helhedsplan for Østhavnen", None, "trafik"),
    ("Helhedsplan for Sønderby", None, "planlaegning"),
    ("Kvalitetsstandard for træning i eget hjem og genoptræning", None, "sundhed"),
    ("Kvalitetsstandarder 2031", None, "social"),
    ("Kommunal medfinansiering 2031", None, "sundhed"),
    ("Byens museum - kommunal medfinansiering af ny udstillingsbygning", None, "kultur"),
    ("Egnsmuseets fremtid", None, "kultur"),
    ("Jelling Verdensarv - ny partnerskabsaftale", None, "kultur"),
    ("Ændret udbudsform for STU", None, "skole"),
    # the sender before a colon names its department's whole field: the rest decides
    ("Indstilling fra Teknik og Miljø: Ny busterminal ved stationen", None, "trafik"),
    ("Sag fra Sundhed og Omsorg: Forslag til lokalplan for Nordbyen", None, "planlaegning"),
    ("Indstilling fra Kultur og Borgerservice: Driftsaftale med fonden", None, "kultur"),
    ("Ny organisering af HR-funktionerne", None, "personale"),
    # external bodies by name keep their field, also when members are elected to them
    ("Valg af medlem til bestyrelsen for HOFOR A/S", None, "vand_forsyning"),
    ("Novafos - kommunegaranti for lån", None, "vand_forsyning"),
    ("Movia - trafikbestilling 2032", None, "trafik"),
    ("Bybanen - forundersøgelse af etape 3", None, "trafik"),
    ("Vestforbrænding - ejerstrategi", None, "miljoe_klima"),
    ("Kontingent til Greater Copenhagen 2031", None, "erhverv"),
    # a street address says where, not what ("Skolevej" is no school)
    ("Salg af den tidligere Vestre Skole, Skolevej 12", None, "ejendomme"),
    # the agenda's furniture is no procedure of the council's ("dagsorden" is)
    ("Sag til lukket dagsorden - salg af byggegrund", None, "ejendomme"),
    ("Godkendelse af dagsorden for Skoleudvalget", None, "styrelse"),
]


def test_addresses_are_masked():
    assert pa.mask_addresses("Salg af Skolevej 8-10, Nordby") == "Salg af " + " " * 13 + ", Nordby"
    assert (
        pa.mask_addresses("Lokalplan 306 - Søborg Hovedgade 129")
        == "Lokalplan 306 - Søborg " + " " * 13
    )
    # a year is no house number, a road without a number no address
    assert pa.mask_addresses("Tilsyn Ressourcevejen 2031") == "Tilsyn Ressourcevejen 2031"
    assert pa.mask_addresses("Ny cykelsti langs Skolevej") == "Ny cykelsti langs Skolevej"


def test_sender_words():
    assert pa.sender_words("Indstilling fra Teknik og Miljø: Letbane") == {"teknik", "og", "miljø"}
    assert pa.sender_words("Rådmandsindstilling fra Børn og Unge: Ny skole") == {
        "børn",
        "og",
        "unge",
    }
    assert pa.sender_words("Beslutning: Ny skole") == frozenset()
    assert pa.sender_words("Forslag fra Enhedslisten om en ny skole") == frozenset()


@pytest.mark.parametrize(("title", "case", "expected"), RULES)
def test_rules(title, case, expected):
    assert area_of(title, case=case) == expected


def test_every_area_has_a_rule_case():
    assert set(pa.load_policy_areas().keys) <= {e for _, _, e in RULES}


def test_kle_words_when_the_terms_find_nothing():
    """A title the hand-written terms miss gets the area of KLE's own subject words
    ("vildtpleje" occurs only in KLE's park titles), a compound by its head ("hestehold"
    -> "hold": animal keeping is environment in KLE); the words never override an area
    the terms found, and a title without any stays without."""
    vocab = pa.kle_words()
    assert list(vocab["lejer"]) == ["byggeri_boliger"]
    assert all(pa.KLE_WORD_PURITY <= s <= 1 for v in vocab.values() for s in v.values())
    rows = pa.item_area_rows(["x"], ["Vildtplejen i kommunen"], [""], [None])
    assert rows[0][1:] == ("parker_natur", 1, pa.KLE_WORDS_WEIGHT, "KLE-ord: vildtpleje")
    rows = pa.item_area_rows(["x"], ["Tilladelse til hestehold"], [""], [None])
    assert rows[0][1] == "miljoe_klima" and rows[0][4] == "KLE-ord: hold"
    # short words vote by no form ("nyt", whose lemma is "nytte")
    assert pa.kle_word_areas([("nyt", "nytte")], vocab) == {}
    assert area_of("Budgetopfølgning pr. 31. marts") == "styrelse"
    assert area_of("Et punkt om ingenting") is None


def test_kle_words_of_one_half():
    """The held-out protocol builds the KLE words of half A only: no word of a half-B
    title's own group is known unless half A has it too."""
    a, b = pa.kle_words(half="A"), pa.kle_words(half="B")
    assert a and b and a != b
    assert {pa.kle_half(c) for c in ("27.12.00", "27.12.04", "27.12")} in ({"A"}, {"B"})
    halves = [pa.kle_half(r["code"]) for r in pa.kle_title_rows()]
    assert 0.35 < halves.count("A") / len(halves) < 0.65


def test_user_file_from_the_environment(tmp_path, monkeypatch):
    user = tmp_path / "omraader.yaml"
    user.write_text(
        "areas:\n  - {key: vand, label: Vand, terms: ['*vand*']}\nkle_main_groups: {'06': vand}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("MINUTES_POLICY_AREAS_FILE", str(user))
    assert pa.load_policy_areas().keys == ["vand"]
    assert pa.classify_titles(["Spildevandsplan"]) == ["vand"]
    user.write_text("areas: [", encoding="utf-8")
    with pytest.raises(pa.PolicyAreaConfigError, match="omraader.yaml"):
        pa.load_policy_areas()
    monkeypatch.setenv("MINUTES_POLICY_AREAS_FILE", str(tmp_path / "nope.yaml"))
    with pytest.raises(pa.PolicyAreaConfigError, match="cannot read"):
        pa.load_policy_areas()
    monkeypatch.delenv("MINUTES_POLICY_AREAS_FILE")
    assert "styrelse" in pa.load_policy_areas().keys


def test_bad_user_file_stops_the_build_and_a_new_one_changes_the_fingerprint(
    tmp_path, monkeypatch, capsys
):
    from analysis.build import settings_fingerprint

    before = settings_fingerprint()
    bad = tmp_path / "mine-omraader.yaml"
    bad.write_text("areas: []", encoding="utf-8")
    monkeypatch.setenv("MINUTES_POLICY_AREAS_FILE", str(bad))
    assert settings_fingerprint() != before
    out = tmp_path / "out"
    assert main(["build", "--raw", str(RAW), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "mine-omraader.yaml" in err and "non-empty list" in err and err.count("\n") == 1
    assert not out.exists()  # checked before any file was parsed


def test_body_decides_only_when_dense():
    filler = "Udvalget drøftede sagen og bad administrationen arbejde videre med den. " * 10
    assert area_of("Orientering om status", filler + "Skolerne er nævnt.") == "styrelse"
    dense = "Skolerne, folkeskolen og eleverne: skoledagen og undervisningen i skolerne."
    assert area_of("Orientering om status", dense) == "skole"


def test_table_shape_rank_and_evidence():
    items = pd.DataFrame(
        {
            "item_id": ["x-01", "x-02", "x-03"],
            "title": ["Budget for skoleområdet", "Et punkt om ingenting", "Orientering"],
            "kle_main_group": [None, None, "28"],
        }
    )
    out = pa.item_policy_areas_table(items)
    assert list(out.columns) == ["item_id", "area", "rank", "score", "evidence"]
    x1 = out.loc[out["item_id"] == "x-01"].set_index("area")
    assert x1.loc["skole", "rank"] == 1 and x1.loc["styrelse", "rank"] == 2
    assert x1.loc["skole", "evidence"] == "title: skoleområdet"
    assert "x-02" not in set(out["item_id"])
    x3 = out.loc[(out["item_id"] == "x-03") & (out["rank"] == 1)].iloc[0]
    assert x3["area"] == "dagtilbud" and x3["evidence"] == "KLE 28"
    assert x3["score"] == pytest.approx(pa.KLE_WEIGHT)


def test_build_writes_policy_areas():
    from analysis.pipeline import parse_corpus

    tables = parse_corpus(RAW)
    items, areas = tables["items"], tables["item_policy_areas"]
    assert items["policy_area"].notna().all()
    first = areas.loc[areas["rank"] == 1].set_index("item_id")["area"]
    assert (
        items.set_index("item_id")["policy_area"]
        .astype(str)
        .equals(first.reindex(items["item_id"]).astype(str).rename("policy_area"))
    )
    # every seed item has a KLE journal number: its main group's area is primary
    kle_map = pa.load_policy_areas().kle_map
    assert (items["policy_area"] == items["kle_main_group"].map(kle_map)).all()


# --- Evaluation -------------------------------------------------------------------------


def test_instrument_priority():
    assert et.instrument_of({"budget", "regnskab"}) == "regnskab"
    assert et.instrument_of({"planer", "hoering", "borgerinddragelse"}) == "plan"
    assert et.instrument_of({"ledelse_organisation"}) == et.NO_INSTRUMENT
    assert et.instrument_of(()) == et.NO_INSTRUMENT


def test_scores_on_the_fixture():
    classified = et.classify(et.load_titles(FIXTURE))
    s = et.scores(classified)
    # 9 titles with a KLE label; "Orientering om et projekt" (27) is known to be wrong
    assert (s.n_area_labelled, s.area_right, s.no_area) == (9, 8, 0)
    # "Kloakrenovering" is labelled anlaeg and not found: precision 6/6, recall 6/7
    assert (s.n_instrument_predicted, s.instrument_right) == (6, 6)
    assert (s.n_instrument_labelled, s.instrument_found) == (7, 6)
    table = et.area_table(classified, pa.policy_area_labels())
    social = table.set_index("område").loc["Ældre, handicap og social"]
    assert (social["titler"], social["rigtige"]) == (2, 1)
    assert "Styrelse" in social["forvekslet med"]


def test_cli_evaluate_titles(capsys, tmp_path):
    assert main(["evaluate", "--titles", str(FIXTURE)]) == 0
    out = capsys.readouterr().out
    assert "Rigtigt område: 8 af 9 (88.9 %)" in out
    assert "Præcision: 6 af 6 (100.0 %)" in out
    bad = tmp_path / "bad.csv"
    bad.write_text("navn,x\na,b\n", encoding="utf-8")
    assert main(["evaluate", "--titles", str(bad)]) == 2
    assert "no 'title' column" in capsys.readouterr().err
    assert main(["evaluate", "--titles", str(tmp_path / "nope.csv")]) == 2
    assert main(["evaluate"]) == 2


def test_fold_protocol():
    """Whole municipalities fall in one fixed fold; the table reports each fold and the
    training and held-out folds together; only training-fold errors are listed."""
    assert et.fold_of("Opdigtet") == et.fold_of(" Opdigtet ") == et.fold_of("Opdigtet", 5)
    assert {et.fold_of(f"Kommune {i}", 3) for i in range(30)} == {0, 1, 2}
    titles = et.load_titles(FIXTURE)
    two = pd.concat([titles, titles.assign(municipality="Andetsteds")], ignore_index=True)
    classified = et.classify(two)
    folds = {et.fold_of("Opdigtet"), et.fold_of("Andetsteds")}
    table = et.fold_table(classified, training=[et.fold_of("Opdigtet")]).set_index("fold")
    assert len(folds) == 2 and list(table.index[:5]) == ["0", "1", "2", "3", "4"]
    assert table.loc["træning", "titler"] == table.loc["holdt ude", "titler"] == 9
    assert table.loc["træning", "område rigtigt"] == pytest.approx(8 / 9)
    errors = et.fold_errors(classified, training=[et.fold_of("Opdigtet")])
    assert list(errors["title"]) == ["Orientering om et projekt"]
    with pytest.raises(et.TitlesError, match="municipality"):
        et.fold_table(classified.drop(columns="municipality"))


def test_cli_evaluate_titles_folds(capsys):
    assert main(["evaluate", "--titles", str(FIXTURE), "--folds", "5"]) == 0
    out = capsys.readouterr().out
    assert "Kommuner delt i 5 folds" in out and "holdt ude" in out
    assert "Krydsvalideret (lært model uden titlernes egen kommune, " in out


def test_cli_evaluate_protocol(capsys):
    assert main(["evaluate", "--protocol"]) == 0
    out = capsys.readouterr().out
    assert "halvdel B (holdt ude)" in out and "titles.csv" not in out
    assert main(["evaluate", "--protocol", "--titles", str(FIXTURE)]) == 0
    out = capsys.readouterr().out
    assert "KLE-ord alene" in out and "Politikområder" in out


@pytest.mark.skipif(not TITLES.is_file(), reason="../shared/realworld/titles.csv not present")
def test_real_titles_meet_the_targets():
    titles = et.load_titles(TITLES)
    classified = et.classify(titles)
    s = et.scores(classified)
    print("\n" + et.render(classified, pa.policy_area_labels()))
    # held-out protocol: changes are decided from the training folds' errors only
    print("\n" + et.render_folds(classified))
    assert s.n_area_labelled > 400
    assert s.area_accuracy >= MIN_AREA_ACCURACY
    assert s.no_area_share < MAX_NO_AREA
    assert s.instrument_precision >= MIN_INSTRUMENT_PRECISION


def test_kle_subject_titles_find_their_own_area():
    """KLE's own subject titles (levels 2-3, "i almindelighed" left out), each classified
    as a title by the hand-written terms alone (the KLE-word fallback is made of these
    titles), against the area of its main group: a check of the vocabulary that does not
    depend on the titles it was tuned on."""
    areas = pa.load_policy_areas()
    with KLE_TITLES.open(encoding="utf-8") as fh:
        rows = [
            r
            for r in csv.DictReader(fh)
            if r["level"] in ("2", "3") and "i almindelighed" not in r["title"]
        ]
    titles = [r["title"] for r in rows]
    truth = [areas.kle_map[r["code"][:2]] for r in rows]
    figures = {}
    for fallback in (False, True):
        got = pa.classify_titles(titles, areas, kle_fallback=fallback)
        right = sum(g == t for g, t in zip(got, truth, strict=True)) / len(rows)
        figures[fallback] = (right, sum(g is None for g in got) / len(rows))
    print(
        f"\nKLE subject titles (n={len(rows)}): terms alone right {figures[False][0]:.3f}, "
        f"no area {figures[False][1]:.3f}; with the KLE words (fitted to these titles) "
        f"right {figures[True][0]:.3f}, no area {figures[True][1]:.3f}"
    )
    assert len(rows) > 1500
    assert figures[False][0] >= 0.58 and figures[False][1] <= 0.21
    # the fallback only fills titles without area: never fewer right, far fewer without
    assert figures[True][0] >= figures[False][0] + 0.15 and figures[True][1] <= 0.06


#: What the held-out protocol reaches (``evaluate_titles.protocol``): KLE's subject titles
#: of half B, classified with the terms and the KLE words of half A only. Far below the
#: issue's 85 %: KLE files many subjects under the law they follow ("Daginstitutioner,
#: brandforhold" is building, 02), which no title vocabulary gets right.
MIN_KLE_HALF_B_RIGHT = 0.63
MAX_KLE_HALF_B_NONE = 0.055


def test_protocol_rows_count_nan_as_no_area():
    row = et._area_row(
        "s", "d", "k", ["skole", "skole", None, "social"], ["skole", float("nan"), "x", None]
    )
    assert row["titler"] == 3
    assert row["område rigtigt"] == pytest.approx(1 / 3)
    assert row["uden område"] == pytest.approx(2 / 3)


def test_held_out_protocol():
    """The honest figures: KLE half B with half A's words, and titles.csv (when present)
    as a regression check and by the KLE words alone (never tuned on it)."""
    titles = et.load_titles(TITLES) if TITLES.is_file() else None
    table = et.protocol(titles)
    print("\n" + et.render_protocol(table))
    kle_b = table.loc[table["del"].str.startswith("halvdel B")].set_index("klassificering")
    full = kle_b.loc[et.FULL_HALF_A]
    words = kle_b.loc["termer + KLE-ord (halvdel A)"]
    assert full["titler"] > 900
    assert full["område rigtigt"] >= MIN_KLE_HALF_B_RIGHT
    assert full["uden område"] <= MAX_KLE_HALF_B_NONE
    # the KLE words only fill titles the terms leave without area, and the learned model
    # (of half A) those still without one or with a general area only
    assert words["område rigtigt"] >= kle_b.loc["termer alene", "område rigtigt"]
    assert words["uden område"] < kle_b.loc["termer alene", "uden område"]
    assert full["område rigtigt"] >= words["område rigtigt"]
    assert full["uden område"] < words["uden område"] - 0.01
    if titles is not None:
        real = table.loc[table["sæt"] == "titles.csv"].set_index("klassificering")
        assert real.loc[et.FULL, "område rigtigt"] >= 0.92
        assert real.loc[et.FULL, "uden område"] < 0.01
        assert real.loc[et.FULL, "instrument-præcision"] >= 0.95
        assert real.loc["KLE-ord alene", "område rigtigt"] >= 0.24
        assert real.loc["KLE-ord alene", "uden område"] <= 0.15


#: Titles the team wrote for 20 other municipalities without seeing the vocabulary
#: (tests/fixtures/titles/README.md). Tuned on: in-sample, like titles.csv.
WRITTEN_TEST = Path(__file__).resolve().parent / "fixtures" / "titles" / "written-test.csv"
WRITTEN_DEV = Path(__file__).resolve().parent / "fixtures" / "titles" / "written-dev.csv"
#: The development half of a second written set (another writer, 10 other
#: municipalities): its figure before anything was tuned on it was 88.7 % right.
WRITTEN2_DEV = Path(__file__).resolve().parent / "fixtures" / "titles" / "written2-dev.csv"
#: Its held-out half (19 further municipalities), evaluated by the lead only.
WRITTEN2_TEST = Path(__file__).resolve().parent / "fixtures" / "titles" / "written2-test.csv"
#: The development half of a third set (another writer, 12 further municipalities, among
#: them Aarhus's and København's own forms): 83.0 % right before anything was tuned on it.
WRITTEN3_DEV = Path(__file__).resolve().parent / "fixtures" / "titles" / "written3-dev.csv"
#: The held-out half of the third set (12 further municipalities), evaluated by the lead
#: only; its other half (``written3-dev.csv``) became a development set in the tenth session.
WRITTEN3_TEST = Path(__file__).resolve().parent / "fixtures" / "titles" / "written3-test.csv"
#: A fourth set held out whole (24 municipalities, a fourth writer), evaluated by the lead
#: only: 85.1 % right before the tenth session's tuning, 86.4 % after.
WRITTEN4_TEST = Path(__file__).resolve().parent / "fixtures" / "titles" / "written4-test.csv"


@pytest.mark.parametrize(
    ("path", "n", "right", "precision"),
    [
        (WRITTEN_DEV, 290, 0.90, 0.94),
        (WRITTEN2_DEV, 190, 0.94, 0.93),
        (WRITTEN3_DEV, 230, 0.885, 0.90),
    ],
    ids=["written-dev", "written2-dev", "written3-dev"],
)
def test_written_titles_meet_the_targets(path, n, right, precision):
    """The development halves of the written titles, as built (in-sample), reach the
    issue's bars."""
    classified = et.classify(et.load_titles(path))
    s = et.scores(classified)
    print("\n" + et.render(classified, pa.policy_area_labels()))
    assert s.n_area_labelled > n
    assert s.area_accuracy >= right
    assert s.no_area_share < 0.01
    assert s.instrument_precision >= precision


def _labelled_sets() -> dict[str, Path]:
    sets = {"written-dev": WRITTEN_DEV, "written2-dev": WRITTEN2_DEV, "written3-dev": WRITTEN3_DEV}
    return {**sets, "titles.csv": TITLES} if TITLES.is_file() else sets


#: Least area accuracy cross-validated (measured in the tenth session: 89.3, 93.8, 87.7
#: and 92.1 %, after the yielding terms, the sender and address rules and the external
#: bodies; 87.9, 92.8, 83.0 and 92.1 % before them; 87.9, 90.2 and 90.5 % before the
#: ninth session's council rule, committee order and acquisition/roof/PPR words).
CROSS_VALIDATED = {
    "written-dev": 0.89,
    "written2-dev": 0.935,
    "written3-dev": 0.875,
    "titles.csv": 0.915,
}


@pytest.mark.parametrize("name", ["written-dev", "written2-dev", "written3-dev", "titles.csv"])
def test_labelled_titles_cross_validated(name):
    """Each labelled set with the learned model cross-validated by municipality: each
    fold classified by a model that never saw its municipalities' titles (KLE, the other
    labelled sets, the other folds). The terms stay in-sample; the model does not."""
    sets = _labelled_sets()
    if name not in sets:
        pytest.skip("../shared/realworld/titles.csv not present")
    titles = et.load_titles(sets[name])
    also = [et.load_titles(p) for n, p in sets.items() if n != name]
    cross = et.cross_validated(titles, 5, also)
    s = et.scores(cross)
    print(f"\n{name} cross-validated: {s.area_accuracy:.3f}, none {s.no_area_share:.3f}")
    assert sorted(cross["fold"].unique()) == [0, 1, 2, 3, 4]
    assert s.n_area_labelled > 190
    assert s.area_accuracy >= CROSS_VALIDATED[name]
    assert s.no_area_share <= 0.01


def test_cross_validation_never_trains_on_the_fold():
    """A fold's model has not seen the fold's titles, nor the same titles in ``also``."""
    from analysis.enrich import area_model as am

    seen: list[list[str]] = []
    real = am.with_labelled

    def spy(base, titles, labels, areas, groups=None):
        seen.append(list(titles))
        return real(base, titles, labels, areas, groups)

    titles = et.load_titles(FIXTURE)
    two = pd.concat([titles, titles.assign(municipality="Andetsteds")], ignore_index=True)
    two["title"] = two["title"] + two["municipality"].map({"Opdigtet": "", "Andetsteds": " 2"})
    mp = pytest.MonkeyPatch()
    mp.setattr(am, "with_labelled", spy)
    try:
        cross = et.cross_validated(two, 5, also=[two.iloc[:3]])
    finally:
        mp.undo()
    assert len(seen) == 5 and len(cross) == len(two)
    for fold, trained in enumerate(seen):
        held = set(two.loc[cross["fold"] == fold, "title"])
        assert not held & set(trained)  # also the same titles given in ``also``
    with pytest.raises(et.TitlesError, match="kle_main_group"):
        et.cross_validated(titles.drop(columns="kle_main_group"))


@pytest.mark.parametrize(
    ("path", "n", "right", "none", "precision"),
    [
        (WRITTEN_TEST, 290, 0.85, 0.015, 0.90),
        (WRITTEN2_TEST, 360, 0.88, 0.005, 0.91),
        (WRITTEN3_TEST, 230, 0.865, 0.015, 0.91),
        (WRITTEN4_TEST, 470, 0.86, 0.01, 0.93),
    ],
    ids=["written-test", "written2-test", "written3-test", "written4-test"],
)
def test_written_held_out_titles_hold_their_measured_level(path, n, right, none, precision):
    """The held-out halves of three written sets and a fourth set held out whole (75
    municipalities' titles in all), each evaluated by the lead after the tuning on the
    development sets: regression bars at the levels measured then (85.5 %, 88.3 %, 86.8 %
    and 86.4 % right; 1.0 %, 0.0 %, 0.9 % and 0.4 % none; instruments 90.7 %, 91.9 %,
    91.9 % and 93.8 %). Never tune on
    their errors: they are the team's unseen measures; raise the bars when general
    changes raise the figures."""
    classified = et.classify(et.load_titles(path))
    s = et.scores(classified)
    print("\n" + et.render(classified, pa.policy_area_labels()))
    assert s.n_area_labelled > n
    assert s.area_accuracy >= right
    assert s.no_area_share <= none
    assert s.instrument_precision >= precision


def test_instruments_of_choices_and_rules():
    """An election names who is elected; choosing a project or a supplier is no
    appointment."""
    titles = [
        "Valg af nyt medlem til Handicaprådet",
        "Valg af medlemmer til bestyrelsen for forsyningen",
        "Valg af næstformand for Idrætsrådet",
        "Renovering af Nordskolen - valg af projekt",
        "Frit valg af leverandør af madservice",
        "Regnskab 2030",
    ]
    assert et.classify_instruments(titles) == [
        "udpegning",
        "udpegning",
        "udpegning",
        "other",
        "other",
        "regnskab",
    ]


def test_result_reports_are_goal_plans():
    """The jobcentres' follow-up and result reports are statutory goal documents; a
    report of a supervision or of the accounts is none."""
    titles = [
        "Opfølgningsrapport for 2. kvartal 2031",
        "Beskæftigelsesregionens opfølgningsrapport",
        "Resultatrapport for jobcentret 2031",
        "Rapport om uanmeldt tilsyn på plejecentret",
    ]
    assert et.classify_instruments(titles) == ["maalplan", "maalplan", "maalplan", "other"]


def test_kle_word_purity_is_the_one_tuned_on_half_a():
    """The purity of the KLE words is the best of those tried on half A's inner halves
    (half B is never read while tuning)."""
    table = et.tune_kle_words()
    print("\n" + table.to_string(index=False))
    assert pa.KLE_WORD_PURITY in set(table["renhed"])
    best = table["område rigtigt"].max()
    chosen = table.loc[table["renhed"] == pa.KLE_WORD_PURITY, "område rigtigt"].iloc[0]
    assert chosen == best
    parts = {pa.kle_part(r["code"]) for r in pa.kle_title_rows()}
    assert parts == {"A0", "A1", "B0", "B1"}


def test_seed_items_against_their_kle_numbers():
    """The seeds' items, classified without their journal number, against its area."""
    from analysis.pipeline import parse_corpus

    tables = parse_corpus(RAW, enriched=False)
    items, sections = tables["items"], tables["sections"]
    kle_map = pa.load_policy_areas().kle_map
    truth = items["case_number"].map(pa.kle_main_group).map(kle_map)
    assert truth.notna().all()
    found = pa.primary_area(pa.item_policy_areas_table(items[["item_id", "title"]], sections))
    got = items["item_id"].map(found)
    accuracy, no_area = (got == truth).mean(), got.isna().mean()
    print(f"\nseed items (title and body, no KLE): right {accuracy:.3f}, no area {no_area:.3f}")
    assert accuracy >= 0.7 and no_area <= 0.15


@pytest.mark.skipif(not (REALWORLD / "labels").is_dir(), reason="realworld labels not present")
def test_realworld_items_get_an_area():
    """Real council and committee items, parsed whole: few without area; where the label
    gives a KLE journal number, the title and body alone find its area."""
    from analysis.pipeline import parse_bytes

    kle_map = pa.load_policy_areas().kle_map
    n = with_area = kle_right = kle_n = 0
    for path in sorted((REALWORLD / "labels").glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        result = parse_bytes((REALWORLD / "raw" / label["file"]).read_bytes(), label["file"])
        if result.tables is None:
            continue
        items = result.tables["items"]
        primary = pa.primary_area(result.tables["item_policy_areas"])
        n += len(items)
        with_area += int(items["item_id"].isin(primary.index).sum())
        cases = {str(i["n"]): i.get("case") for i in label["items"]}
        no_kle = items.assign(case_number=None)
        alone = pa.primary_area(
            pa.item_policy_areas_table(no_kle[["item_id", "title"]], result.tables["sections"])
        )
        for item_id, number in zip(items["item_id"], items["number"], strict=True):
            group = pa.kle_main_group(cases.get(str(number)))
            if group:
                kle_n += 1
                kle_right += alone.get(item_id) == kle_map[group]
    print(f"\nreal-world items: {with_area}/{n} with an area; KLE-labelled {kle_right}/{kle_n}")
    assert n > 100
    assert with_area / n >= 0.85


def test_word_is_reads_each_kind_of_one_word_term():
    """Whole word, prefix ("mødeplan*"), head ("*dagsorden") and inside ("*asyl*"), as
    the terms are written in the yaml; the terms are sorted by kind once per list."""
    terms = ("valg", "mødeplan*", "*dagsorden", "*asyl*")
    hits = ["valg", "mødeplanen", "mødeplan", "budgetdagsorden", "asylcenter", "x-asyl-y"]
    misses = ["valget", "ny mødeplan", "dagsordenen", "asy", "", "vælg"]
    assert [pa._word_is(w, terms) for w in hits] == [True] * len(hits)
    assert [pa._word_is(w, terms) for w in misses] == [False] * len(misses)
    assert not pa._word_is("valg", ())
    assert pa._word_is("hvad som helst", ("*",))  # a lone star is inside every word
