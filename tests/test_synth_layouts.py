"""The synthetic corpus in the new layouts: reproducible, marked, truthful; default untouched.

Parse accuracy on these layouts is not tested here (the parser does not read them yet):
only that the generator writes what the layouts look like and that its ground truth
describes its own files.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis.synth import corpus
from analysis.synth.corpus import (
    GROUND_TRUTH_COLUMNS,
    LAYOUT_FORMATS,
    LAYOUTS,
    edit_corpus,
    generate_corpus,
    load_ground_truth,
    plan_corpus,
    render_meeting,
)
from analysis.synth.render_layouts import layout_bytes, render_layout

NEW = ("web", "beslutning_i", "udvalg_header")
#: Hashes of the default corpora written by the generator before layouts existed (commit
#: 7660bb9): the files, and the ground truth without the new document_layout column (its
#: hash renewed when the truth gained the instrument themes a title names; files unchanged).
#: The (40, 11) corpus renewed when "KommuneMED møde d. {meddate}" titles got their date
#: (four files and their truth rows; nothing else changed: the random stream is the same).
DEFAULT_DIGESTS = {
    (12, 5, ("txt", "md", "docx", "html")): (
        "bd9d8bb05e75ece7de120fbe56caf172c035fc44f861780940fb0a9d0403ebd9",
        "7e64f43f7c7a7dd115f659223dd3894878e29b7093ccc7cc4da8e35fe256877b",
    ),
    (40, 11, ("txt",)): (
        "5f21de5cd109e81380b255030567b6d4fdad9beb4952882bf87a5ad09dd55444",
        "4eff6c862a8af9dafc15afa3f07b321e3cf428c2d9a28a2579b3b6d27b07ffb5",
    ),
}


def _formats() -> tuple[str, ...]:
    return ("txt", "html", "docx", "pdf") if corpus.pdf_renderer() else ("txt", "html", "docx")


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def layouts_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("layouts")
    generate_corpus(out, 24, seed=3, formats=_formats(), layouts=NEW, workers=1)
    return out


@pytest.fixture(scope="module")
def texts() -> dict[str, list[tuple[corpus.MeetingPlan, str, list[dict]]]]:
    """Text forms of planned meetings, by layout (every forum, a year of meetings)."""
    plan = plan_corpus(120, seed=4, formats=("txt",), layouts=NEW)
    out: dict[str, list] = {name: [] for name in NEW}
    for m in plan:
        text, rows = render_meeting(m, 4)
        out[m.document_layout].append((m, text, rows))
    return out


@pytest.mark.parametrize(("n", "seed", "formats"), list(DEFAULT_DIGESTS))
def test_default_output_is_unchanged(
    tmp_path: Path, n: int, seed: int, formats: tuple[str, ...]
) -> None:
    raw = generate_corpus(tmp_path, n, seed=seed, formats=formats, workers=1)
    h = hashlib.sha256()
    for name, data in sorted(_files(raw).items()):
        h.update(name.encode() + b"\0" + data)
    gt = load_ground_truth(tmp_path)
    assert set(gt["document_layout"]) == {"agenda"}
    old = gt[[c for c in gt.columns if c != "document_layout"]]
    gt_digest = hashlib.sha256(old.to_csv(index=False, lineterminator="\n").encode()).hexdigest()
    assert (h.hexdigest(), gt_digest) == DEFAULT_DIGESTS[(n, seed, formats)]
    assert corpus.read_params(tmp_path)["layouts"] == ["agenda"]


def test_default_plan_is_agenda_only() -> None:
    plan = plan_corpus(60, seed=1)
    assert {m.document_layout for m in plan} == {"agenda"}
    assert {m.first_number for m in plan} == {1}
    explicit = plan_corpus(60, seed=1, layouts=["agenda"])
    assert [(m.file_name, m.items) for m in explicit] == [(m.file_name, m.items) for m in plan]


def test_same_seed_gives_identical_bytes(layouts_corpus: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    generate_corpus(again, 24, seed=3, formats=_formats(), layouts=NEW, workers=1)
    assert _files(again / "raw") == _files(layouts_corpus / "raw")
    pd.testing.assert_frame_equal(load_ground_truth(again), load_ground_truth(layouts_corpus))
    other = tmp_path / "other"
    generate_corpus(other, 24, seed=4, formats=("txt",), layouts=NEW, workers=1)
    assert not set(_files(other / "raw").values()) & set(_files(layouts_corpus / "raw").values())


def test_rendering_is_deterministic_per_meeting() -> None:
    plan = plan_corpus(6, seed=9, formats=("txt",), layouts=NEW)
    assert {m.document_layout for m in plan} == set(NEW)
    for m in plan:
        page, rows = render_layout(m, 9)
        again, rows_again = render_layout(m, 9)
        assert page.text == again.text and rows == rows_again
        for fmt in LAYOUT_FORMATS[m.document_layout]:
            if fmt == "pdf" and corpus.pdf_renderer() is None:
                continue
            assert layout_bytes(page, fmt, 1) == layout_bytes(again, fmt, 1), fmt


def test_every_layout_and_allowed_format_is_written(layouts_corpus: Path) -> None:
    gt = load_ground_truth(layouts_corpus)
    files = gt.drop_duplicates("source_file")
    assert set(files["document_layout"]) == set(NEW)
    for layout, fmt in zip(files["document_layout"], files["format"], strict=True):
        assert fmt in LAYOUT_FORMATS[layout]
    assert set(files["format"]) == set(_formats())
    raw = layouts_corpus / "raw"
    assert sorted(_files(raw)) == sorted(files["source_file"])


def test_ground_truth_columns(layouts_corpus: Path) -> None:
    gt = load_ground_truth(layouts_corpus)
    assert list(gt.columns) == list(GROUND_TRUTH_COLUMNS)
    assert (gt["layout"] == gt["document_layout"]).all()
    assert gt["duration_min"].isna().all()
    web = gt[gt["document_layout"] == "web"]
    assert web["case_number"].isna().all() and web["start_time"].notna().all()
    besl = gt[gt["document_layout"] == "beslutning_i"]
    assert besl["case_number"].notna().all()
    assert besl["start_time"].isna().all() and besl["location"].isna().all()
    assert (besl["n_participants"] == 0).all() and (besl["n_attachments"] == 0).all()
    udv = gt[gt["document_layout"] == "udvalg_header"]
    assert udv["case_number"].isna().all() and udv["location"].notna().all()
    assert set(udv.loc[~udv["closed"], "proposer"]) == {"Administrationen"}


def _lines(text: str) -> list[str]:
    return text.split("\n")


def test_every_new_layout_names_its_municipality(texts: dict) -> None:
    for layout in NEW:
        for m, text, _ in texts[layout]:
            assert m.municipality.endswith(" Kommune")
            assert m.municipality in _lines(text), (layout, m.file_name)
            assert "REFERAT" not in text and "Punkt 1:" not in text


def test_web_markers(texts: dict) -> None:
    for m, text, rows in texts["web"]:
        lines = _lines(text)
        for marker in ("Printvenlig version", f"Udvalg: {m.forum}", "Indholdsfortegnelse"):
            assert marker in lines, marker
        assert re.search(r"^Dato: \w+dag den \d{1,2}\. [a-z]+ \d{4}$", text, re.M)
        assert re.search(r"^Tid: Kl\. \d\d:\d\d$", text, re.M)
        assert re.search(r"^Sted: \S", text, re.M)
        assert lines.count("Tilbage til toppen") == len(m.items)
        for row in rows:
            heads = [x for x in lines if re.match(rf"{row['number']}\. (\S+ - )?", x)]
            assert any(h.endswith(str(row["title"])) for h in heads), row["title"]
            assert row["start_time"] and row["location"]
    joined = "\n".join(t for _, t, _ in texts["web"])
    assert re.search(r"^\d+\. [A-ZÆØÅ/]+/KB - ", joined, re.M)  # a route prefix
    assert re.search(r"^ • Formand ", joined, re.M) and "Indkaldelse :" in joined
    assert "Deltagere:" in joined and "Kommunaldirektøren indstiller," in joined
    assert re.search(r"^ 1\. at ", joined, re.M) and re.search(r"^1 \S", joined, re.M)
    with_lists = [r for _, _, rows in texts["web"] for r in rows if r["n_participants"]]
    assert with_lists


def test_beslutning_i_markers(texts: dict) -> None:
    earlier = 0
    for m, text, rows in texts["beslutning_i"]:
        lines = _lines(text)
        assert re.search(
            rf"^{re.escape(m.forum)} – Referat – \d{{1,2}}\. [a-z]+ \d{{4}}$", text, re.M
        )
        ours = f"Beslutning i {m.forum} den "
        assert sum(x.startswith(ours) and x.endswith(":") for x in lines) == len(m.items)
        for row in rows:
            n, title = row["number"], row["title"]
            assert any(x.startswith(f"{n}.     ") for x in lines)
            assert any(x.startswith(f"{n}. ") and x.endswith(str(title)) for x in lines)
            assert f"Sagsnr.: {row['case_number']} " in text
        assert all(
            re.match(r"Sagsnr\.: \S+ +Dok\.nr\.: \S+ +(Åbent|Lukket)$", x)
            for x in lines
            if x.startswith("Sagsnr.:")
        )
        assert "Kompetence: " in text and "Beslutningstema" in lines and "Indstilling" in lines
        assert "Fraværende: " in text
        for i, x in enumerate(lines):
            if x.startswith("Beslutning i ") and not x.startswith(ours):
                earlier += 1
                later = lines[i + 1 :]
                assert any(y.startswith(ours) for y in later)  # ours comes after
    assert earlier > 0
    assert re.search(r"^1\.    at ", "\n".join(t for _, t, _ in texts["beslutning_i"]), re.M)


def test_udvalg_header_markers(texts: dict) -> None:
    running = False
    for m, text, rows in texts["udvalg_header"]:
        day = m.date.strftime("%d-%m-%Y")
        head = f"UDVALG\n\n{m.forum}\n\nMØDE\n\nReferat\n\nSTED\n\n"
        assert head in text
        assert re.search(rf"^STARTTIDSPUNKT\n\n{day} \d\d:\d\d:00$", text, re.M)
        assert re.search(rf"^SLUTTIDSPUNKT\n\n{day} \d\d:\d\d:00$", text, re.M)
        assert "PUNKTER" in _lines(text) and "Sagsgang og sagstype" in text
        assert f"Beslutning i {m.forum} den {day}" in _lines(text)
        numbers = [r["number"] for r in rows]
        assert numbers == list(range(m.first_number, m.first_number + len(m.items)))
        running = running or numbers[0] > 1
        for row in rows:
            assert f"\n{row['number']}. {row['title']}" in text or row["closed"]
        assert "Administrationen indstiller, at" in text
    assert running


def test_binary_renderings_are_readable(layouts_corpus: Path) -> None:
    from analysis.read import read_bytes

    gt = load_ground_truth(layouts_corpus)
    for name, rows in gt.groupby("source_file"):
        if rows["format"].iloc[0] == "txt":
            continue
        path = layouts_corpus / "raw" / name
        doc = read_bytes(path.read_bytes(), path.suffix)
        flat = " ".join(doc.text.split())
        assert rows["municipality"].iloc[0] in flat, name
        open_titles = rows.loc[~rows["closed"], "title"]
        assert all(" ".join(str(t).split()) in flat for t in open_titles), name


def test_unknown_or_unrenderable_layouts_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="layouts"):
        plan_corpus(4, layouts=("gazette",))
    with pytest.raises(ValueError, match="md"):
        generate_corpus(tmp_path, 4, formats=("txt", "md"), layouts=("web",))
    mixed = plan_corpus(40, seed=2, formats=("txt", "md"), layouts=("agenda", "web"))
    assert {m.document_layout for m in mixed if m.fmt == "md"} == {"agenda"}
    assert {m.document_layout for m in mixed} == {"agenda", "web"}
    weighted = plan_corpus(20, seed=2, layouts={"agenda": 0, "udvalg_header": 1})
    assert {m.document_layout for m in weighted} == {"udvalg_header"}
    with pytest.raises(ValueError, match="md"):
        plan_corpus(4, formats=("md",), layouts={"agenda": 0, "web": 1})
    assert set(LAYOUTS) == {"agenda", *NEW}


def test_edit_changes_bytes_not_truth(tmp_path: Path) -> None:
    raw = generate_corpus(tmp_path, 12, seed=6, formats=("txt",), layouts=NEW, workers=1)
    before, truth = _files(raw), load_ground_truth(tmp_path)
    changed = edit_corpus(tmp_path, 0.5, seed=1)
    after = _files(raw)
    assert {k for k in before if before[k] != after[k]} == set(changed)
    for name in changed:
        assert "rettelse 1" in after[name].decode("utf-8-sig", errors="replace")
    pd.testing.assert_frame_equal(load_ground_truth(tmp_path), truth)
    edit_corpus(tmp_path, 0.5, seed=1, revision=0)
    assert _files(raw) == before
