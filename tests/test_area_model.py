"""The learned policy-area fallback (analysis.enrich.area_model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.enrich import area_model as am
from analysis.enrich import policy_areas as pa

ROOT = Path(__file__).resolve().parents[1]
TITLES = (
    next(
        (
            p
            for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared", Path("/work/shared"))
            if (p / "realworld" / "titles.csv").is_file()
        ),
        ROOT.parent / "shared",
    )
    / "realworld"
    / "titles.csv"
)
MODEL = ROOT / "src" / "analysis" / "data" / "area_model.json"
DEV = ROOT / "tests" / "fixtures" / "titles" / "written-dev.csv"
DEV2 = ROOT / "tests" / "fixtures" / "titles" / "written2-dev.csv"
DEV3 = ROOT / "tests" / "fixtures" / "titles" / "written3-dev.csv"


def _units(*words: str) -> list[tuple[str, str]]:
    return [(w, w) for w in words]


def test_naive_bayes_counts_and_posterior():
    model = am.train(
        [_units("skolebestyrelse"), _units("skolevej"), _units("vejbelysning")],
        ["skole", "trafik", "trafik"],
    )
    assert model.counts["skolevej"] == {"trafik": 1}
    post = model.posterior(["vejbelysning"])
    assert set(post) == {"skole", "trafik"} and post["trafik"] > post["skole"]
    assert sum(post.values()) == pytest.approx(1.0)
    assert model.best(["ukendtord"]) is None
    assert model.posterior([]) == {}
    # a feature seen in fewer titles than asked is left out; base counts are kept
    more = am.train([_units("skolevej")], ["skole"], min_titles=2, base=model)
    assert more.counts["skolevej"] == {"trafik": 1} and more.totals == model.totals


def test_json_round_trip_is_exact():
    model = am.train([_units("kirkegård", "urne"), _units("vielse")], ["park", "civil"])
    text = model.to_json()
    assert am.AreaModel.from_json(text).to_json() == text
    assert am.AreaModel.from_json(text).posterior(["urne"]) == model.posterior(["urne"])


def test_the_shipped_model_reads_titles_the_terms_miss():
    model = am.load_model()
    assert model is not None and set(model.areas) == set(pa.load_policy_areas().keys)
    # neither the terms nor the KLE words find an area; the model does
    title = "Furesø Bad - fremtidig drift"
    assert pa.classify_titles([title], learned=False) == [None]
    rows = pa.item_area_rows(["x"], [title], [""], [None])
    assert rows and rows[0][4].startswith("lært model: ")
    assert rows[0][3] >= am.MIN_PROB_NONE
    # a title whose words say too little stays without an area
    assert pa.classify_titles(["Et punkt om ingenting"]) == [None]


def test_the_model_never_overrides_a_subject_or_a_journal_number():
    rows = pa.item_area_rows(["x"], ["Budget for skolerne"], [""], [None])
    assert rows[0][1] == "skole" and "lært model" not in " ".join(r[4] for r in rows)
    rows = pa.item_area_rows(["x"], ["Orientering om et projekt"], [""], ["27"])
    assert rows[0][1] == "social" and all("lært model" not in r[4] for r in rows)


def test_general_area_gives_way_only_to_a_confident_model():
    # "Budgetopfølgning" alone is steering: the model does not move it
    assert pa.classify_titles(["Budgetopfølgning pr. 31. marts"]) == ["styrelse"]
    cands: list = [((True, True, True, False, -3.0, 0, "styrelse"), "styrelse", 3.0, "title")]
    per_item = [("x", cands)]
    am.add_candidates(per_item, [_units("folkeskole", "elev", "undervisning")], [None], _areas())
    assert per_item[0][1][0][1] == "skole"
    assert per_item[0][1][0][2] >= am.MIN_PROB_GENERAL


def _areas():
    return pa.load_policy_areas()


@pytest.mark.skipif(not TITLES.is_file(), reason="../shared/realworld/titles.csv not present")
def test_the_shipped_model_is_the_built_one(tmp_path):
    """``make area-model`` rebuilds data/area_model.json byte for byte."""
    out = tmp_path / "model.json"
    args = ["--out", str(out)]
    for path in (TITLES, DEV, DEV2, DEV3):
        args += ["--titles", str(path)]
    assert am.main(args) == 0
    assert out.read_text(encoding="utf-8") == MODEL.read_text(encoding="utf-8")


def test_place_names_of_one_municipality_are_no_feature():
    """A labelled title's word counts only when titles of two municipalities have it."""
    units = [_units("furesø", "skolevej"), _units("furesø", "skolevej"), _units("skolevej")]
    model = am.train(units, ["trafik"] * 3, groups=["Furesø", "Furesø", "Ishøj"], min_groups=2)
    assert "skolevej" in model.counts and "furesø" not in model.counts
    assert "furesø" in am.train(units, ["trafik"] * 3, min_titles=2).counts


def test_agenda_furniture_is_no_feature():
    areas = _areas()
    units = am._title_units(["Lukket punkt: Beslutningssag om skolevej"], areas)[0]
    found = am.features(units)
    assert "skolevej" in found and not set(found) & am.FURNITURE


def test_a_confident_model_goes_before_kle_words_alone():
    """Areas found only by KLE's words (weak: a word seen in one KLE title) give way to a
    model at least ``MIN_PROB_KLE_WORDS`` sure; a KLE-word area it agrees with stays."""
    kle_words = ((True, True, False, False, -1.0, 0, "beskaeftigelse"), "beskaeftigelse", 1.0)
    model = am.train([_units("regnskov", "tilskud")] * 3, ["kultur"] * 3)
    per_item = [("x", [(*kle_words, "KLE-ord: forhøjet")])]
    units = [_units("regnskov", "tilskud")]
    am.add_candidates(per_item, units, [None], _areas(), model=model)
    assert [c[1] for c in per_item[0][1]] == ["kultur", "beskaeftigelse"]
    # a title term's area is never overridden
    per_item = [("x", [(*kle_words, "title: jobcenter")])]
    am.add_candidates(per_item, units, [None], _areas(), model=model)
    assert [c[1] for c in per_item[0][1]] == ["beskaeftigelse"]
    # the model agreeing with the KLE words adds nothing
    agree = am.train([_units("regnskov")] * 3, ["beskaeftigelse"] * 3)
    per_item = [("x", [(*kle_words, "KLE-ord: forhøjet")])]
    am.add_candidates(per_item, units, [None], _areas(), model=agree)
    assert [c[1] for c in per_item[0][1]] == ["beskaeftigelse"]
