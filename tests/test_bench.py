"""The benchmark's floor (the benchmark itself runs outside the tests: `make bench`)."""

from __future__ import annotations

from analysis.bench import floor


def test_floor_reads_every_file_and_counts_item_headings(tmp_path):
    (tmp_path / "a").mkdir()
    one = "Referat\n\nPunkt 1: Budget\nTekst\nPunkt 2. Målplan\n".encode()
    two = "Punkt 1: Personalepolitik\nI punkt 3: nævnt i teksten\n".encode("latin-1")
    (tmp_path / "a" / "one.txt").write_bytes(one)
    (tmp_path / "two.md").write_bytes(two)

    for repeats in (1, 3):
        seconds, files, size, headings = floor(tmp_path, repeats=repeats)
        assert (files, size, headings) == (2, len(one) + len(two), 3)
        assert seconds >= 0


def test_parse_floor_parses_every_item(tmp_path):
    from analysis.bench import parse_floor
    from analysis.synth.corpus import generate_corpus, load_ground_truth

    raw = generate_corpus(tmp_path, 3, seed=1, distinct=1, workers=1)
    seconds, items = parse_floor(raw)
    assert items == len(load_ground_truth(tmp_path)) and items > 0
    assert seconds > 0
