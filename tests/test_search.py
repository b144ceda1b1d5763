"""analysis.search: lemmatised word and phrase search over titles and sections."""

from __future__ import annotations

import pandas as pd

from analysis import search
from analysis.nlp import lemmas
from tests.metrics_helpers import tiny_tables


def test_inflected_query_finds_the_base_form():
    t = tiny_tables()
    found = search.find_items(t, "budgettet")
    assert list(found.columns) == search.RESULT_COLUMNS
    assert found["item_id"].tolist() == ["chefforum-2022-03-01-01", "chefforum-2024-05-02-01"]
    first = found.iloc[0]
    assert first["section"] == "title" and first["section_label"] == "Titel"
    assert first["match"] == "Budget" and first["decision_label"] == "Udsat"
    assert first["n_matches"] == 2  # title and decision
    assert found["date"].is_monotonic_increasing


def test_phrase_matches_consecutive_words_in_any_inflection():
    found = search.find_items(tiny_tables(), "borgermødet om budgettet")
    assert found["item_id"].tolist() == ["chefforum-2024-05-02-01"]
    row = found.iloc[0]
    assert row["match"] == "borgermøde om budget"
    assert row["section_label"] == "Sagsfremstilling"
    assert row["match"] in row["snippet"]


def test_compound_heads_match_modifiers_are_opt_in():
    t = tiny_tables()
    assert search.find_items(t, "budgetproces").empty is False  # the word itself
    # a budget process is a process: the compound's head matches by default ...
    assert search.find_items(t, "proces")["match"].tolist() == ["Budgetprocessen"]
    # ... its modifier, or any part of a word, only with compounds=True
    assert search.find_items(t, "budgetpro").empty
    compound = search.find_items(t, "budgetpro", compounds=True)
    assert compound["match"].tolist() == ["Budgetprocessen"]


def _matcher(text: str):
    """A function query -> matches (as written) in ``text``, put in tiny_tables as the
    first item's Sagsfremstilling."""
    t = tiny_tables()
    sections = t["sections"].copy()
    first = sections.index[sections["section"] == "sagsfremstilling"][0]
    sections.loc[first, "text"] = text
    t = {**t, "sections": sections}
    item = sections.loc[first, "item_id"]

    def matches(query: str, compounds: bool = False) -> list[str]:
        found = search.find_items(t, query, compounds=compounds, all_matches=True)
        return found.loc[found["item_id"] == item, "match"].tolist()

    return matches


def test_compounds_reduced_to_head_and_modifier():
    matches = _matcher("Dagtilbudspolitikken og målplanerne blev drøftet med orienteringen.")
    assert matches("politik") == ["Dagtilbudspolitikken"]
    assert matches("politikker") == ["Dagtilbudspolitikken"]
    assert matches("målplan") == ["målplanerne"]
    assert matches("plan") == ["målplanerne"]
    assert matches("dagtilbudspolitik") == ["Dagtilbudspolitikken"]
    assert matches("dagtilbud") == []
    assert matches("dagtilbud", compounds=True) == ["Dagtilbudspolitikken"]
    assert matches("mål", compounds=True) == ["målplanerne"]
    # derivations and inflected forms are not split into false compounds
    assert matches("ring") == []
    assert "kerne" not in search._word("politik", "politikkerne").heads


def test_acronyms_match_case_sensitively():
    matches = _matcher("MED-udvalget og HovedMED mødes med ØU. Sagen går til KB med det samme.")
    assert matches("MED") == ["MED-udvalget"]
    assert matches("MED", compounds=True) == ["MED-udvalget", "HovedMED"]
    assert matches("ØU") == ["ØU"]
    assert matches("KB") == ["KB"]
    # lower case is the word; the hyphenated acronym is a modifier (compounds=True)
    assert matches("med") == ["med", "med"]
    assert matches("med", compounds=True) == ["MED-udvalget", "HovedMED", "med", "med"]
    assert matches("udvalg") == ["MED-udvalget"]


def test_acronym_is_not_the_start_of_a_word_in_capitals():
    """The acronym "MED" is in "LokalMED" but not in "MEDDELELSER" or "MEDLEMMER", and a title in
    capitals ("SAMARBEJDE MED PPR") holds the word "med", not the acronym."""
    text = "MEDDELELSER\nLokalMED og MEDLEMMER af Område-MED\nSAMARBEJDE MED PPR OM INDSATS"
    matches = _matcher(text)
    assert matches("MED", compounds=True) == ["LokalMED", "Område-MED"]
    assert matches("MED") == ["Område-MED"]
    assert _matcher("Orientering fra MED")("MED") == ["MED"]
    assert _matcher("ORIENTERING FRA MED")("MED") == []  # a line in capitals: not told apart
    assert _matcher("MED\nSAMARBEJDE")("MED") == ["MED"]  # capitals on another line


def test_filters_all_matches_and_no_match():
    t = tiny_tables()
    assert search.find_items(t, "budget", years=2024)["item_id"].tolist() == [
        "chefforum-2024-05-02-01"
    ]
    assert search.find_items(t, "budget", forum="Økonomiudvalget").empty
    every = search.find_items(t, "budget", all_matches=True)
    assert len(every) == 4 and set(every["n_matches"]) == {2}
    none = search.find_items(t, "vindmølle")
    assert none.empty and list(none.columns) == search.RESULT_COLUMNS
    assert search.find_items(t, "  ,. ").empty


def test_snippet_is_cut_at_words_with_ellipsis():
    text = "et " * 40 + "budgettet " + "to " * 40
    snippet, match = search._snippet(text, 120, 129, 20)
    assert match == "budgettet"
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "budgettet" in snippet and len(snippet) < 60


def test_index_is_reused_for_the_same_tables_and_inputs_untouched():
    t = tiny_tables()
    before = {k: v.copy() for k, v in t.items()}
    assert search.search_index(t) is search.search_index(t)
    search.find_items(t, "budget")
    for name, df in t.items():
        pd.testing.assert_frame_equal(df, before[name])


def test_to_html_marks_the_match():
    html = search.to_html(search.find_items(tiny_tables(), "budgettet"))
    assert "<mark>Budget</mark>" in html and "Dato" in html and "Udsat" in html
    assert "Ingen punkter fundet" in search.to_html(pd.DataFrame(columns=search.RESULT_COLUMNS))


def test_seed_corpus_search(seed_tables):
    found = search.find_items(seed_tables, "budgettet")
    assert len(found) >= 3
    for rec in found.itertuples():
        assert "budget" in lemmas(rec.match)
    assert (found["forum"] == "Chefforum").all()


def test_index_tokens_equal_the_full_pipeline() -> None:
    """The index tokenises only; its keys must equal the pipeline's lemmas."""
    from analysis.nlp import danish_nlp
    from analysis.search import _tokens

    text = (
        "Budgettet for 2025 blev GODKENDT. Orienteringen tages til efterretning; "
        "Økonomiudvalget drøftede 10,5 mio. kr., bl.a. anlægsbudgetterne (se bilag 3)."
    )
    keys, lowers, spans = [], [], []
    for tok in danish_nlp()(text):
        if tok.is_alpha or tok.like_num:
            keys.append(tok.lemma_ if tok.is_alpha else tok.lower_)
            lowers.append(tok.lower_)
            spans.append((tok.idx, tok.idx + len(tok.text)))
    assert _tokens(text) == (tuple(keys), tuple(lowers), tuple(spans))
    assert "budget" in keys and "10,5" in keys


def _queries(index: search.SearchIndex, every: int) -> list[str]:
    """Queries drawn from the corpus itself: written forms (inflected, upper- and
    lower-case), their beginnings (the substring fallback), acronyms, and phrases of two
    and three consecutive words."""
    written = sorted({u.written(i) for u in index.units for i in range(len(u.keys))})
    words = written[::every]
    parts = [w[:n] for w in words[::3] if len(w) > 6 for n in (3, 5)]
    acronyms = [w for w in written if search._ACRONYM.match(w)][:20]
    acronyms += ["MED", "ØU", "KB", "BUDGET"]
    phrases = []
    for u in index.units[:: max(1, len(index.units) // 40)]:
        if len(u.keys) >= 3:
            phrases.append(" ".join(u.written(i) for i in range(2)))
            phrases.append(" ".join(u.written(i) for i in range(len(u.keys) - 3, len(u.keys))))
    return words + parts + acronyms + phrases + ["", "zzzz", "budget politik", "42"]


def _assert_filter_is_exact(tables: dict[str, pd.DataFrame], every: int) -> None:
    index = search.SearchIndex(tables)
    queries = _queries(index, every)
    assert len(queries) > 100
    found_any = 0
    for query in queries:
        for compounds in (False, True):
            fast = index.matches(query, compounds)
            slow = index.matches(query, compounds, exhaustive=True)
            assert [(id(u), i, j) for u, i, j in fast] == [(id(u), i, j) for u, i, j in slow], (
                query,
                compounds,
            )
            found_any += bool(fast)
    assert found_any > len(queries)  # most queries find something: the test has teeth


def test_candidate_filter_finds_exactly_what_a_full_scan_finds(seed_tables):
    """The vocabulary lookup (``_Vocabulary``) answers as testing every token would,
    for words, inflections, compounds on and off, substrings, acronyms and phrases."""
    _assert_filter_is_exact(seed_tables, every=25)


def test_candidate_filter_is_exact_on_a_synthetic_corpus(tmp_path):
    import analysis
    from analysis.build import build
    from analysis.synth.corpus import generate_corpus

    raw = generate_corpus(tmp_path / "corpus", 3, seed=7, distinct=1, workers=1)
    build(raw_dir=raw, out_dir=tmp_path / "processed", progress=False)
    tables = analysis.load(("meetings", "items", "sections"), processed_dir=tmp_path / "processed")
    _assert_filter_is_exact(tables, every=5)
