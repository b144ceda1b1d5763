"""Twenty-first round, last round's leftovers: the bare "ID" before an item's case number
(layouts67), a standing last item closed by the note taker's sign-off (layouts58), plain
"T 61 Title" headings after a committee's letter (layouts70), a web accordion of bare
<section>s opened by <button>s (layouts72), a substitute called in named in the absence
field (layouts62), and the forum as a heading spells out a short name (layouts69)."""

from __future__ import annotations

from pathlib import Path

from analysis.layouts import parse_text

_RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"


def _parsed(name: str):  # noqa: ANN202 (the parser's meeting)
    path = _RAW / name
    if path.suffix == ".html":
        from analysis.read import read_document

        return parse_text(read_document(path).text)
    return parse_text(path.read_text(encoding="utf-8"))


def test_the_bare_id_before_a_case_number_labels_the_case() -> None:
    meeting = _parsed("beslutning_i-id-sagsnummer.txt")
    assert [it.case_number for it in meeting.items] == [
        None, "25/4418", "25/5120", "2025-008113", None,
    ]  # fmt: skip


def test_a_sign_off_under_a_standing_last_item_is_no_cut_short_file() -> None:
    """ "Evt." / "Intet." then "Referent: …" and a print line: the item's own text ends a
    sentence, so nothing hints at a cut-off file."""
    meeting = _parsed("generic-evt-referent-til-sidst.txt")
    assert meeting.items[-1].title == "Evt."
    assert not any("cut short" in w for w in meeting.warnings)


def test_a_standing_last_item_stopping_mid_sentence_still_warns() -> None:
    text = (_RAW / "generic-evt-referent-til-sidst.txt").read_text(encoding="utf-8")
    cut = text.replace("Intet.", "Der blev spurgt til, om").split("Referent:")[0]
    meeting = parse_text(cut)
    assert any("cut short" in w for w in meeting.warnings)
