"""analysis.export: the chart set the notebooks show, slide-sized PNG and SVG files."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import plotly.graph_objects as go
import pytest

from analysis import charts, export, metrics
from tests.metrics_helpers import tiny_tables


def test_chart_set_covers_the_notebooks(seed_tables):
    figs = export.chart_set(seed_tables)
    assert len(figs) >= 14
    for name, fig in figs.items():
        sources = [a.text for a in fig.layout.annotations if (a.text or "").startswith("Kilde:")]
        assert sources and "Chefforum-referater 2022-2025" in sources[0], name
    assert not [name for name in figs if "forum" in name]  # one forum: nothing to compare


FORUM_CHARTS = ("01-forum-comparison", "02-theme-share-by-forum", "03-decisions-by-forum")


def test_chart_set_compares_forums_only_when_there_are_several():
    t = tiny_tables()
    figs = export.chart_set(t)
    assert set(FORUM_CHARTS) <= set(figs)
    src = figs["01-forum-comparison"].layout.annotations[-1].text
    assert src.startswith("Kilde: referater fra Chefforum og Økonomiudvalget")
    assert "uden faste punkter" in figs["03-decisions-by-forum"].layout.annotations[-1].text
    assert not set(FORUM_CHARTS) & set(export.chart_set(t, forum="Chefforum"))
    assert not set(FORUM_CHARTS) & set(export.chart_set(t, years=2022))


def _png_size(path: Path) -> tuple[int, int]:
    with path.open("rb") as fh:
        head = fh.read(24)
    return struct.unpack(">II", head[16:24])


needs_browser = pytest.mark.skipif(
    not (shutil.which("chromium") or shutil.which("chromium-browser")),
    reason="static export needs Chromium (apt-get install chromium)",
)


@needs_browser
def test_save_figure_writes_png_and_svg_at_slide_size(tmp_path):
    pytest.importorskip("kaleido")
    t = tiny_tables()
    fig = charts.theme_share_chart(metrics.theme_share_by_year(t), metrics.source_line(t))
    before = fig.to_json()
    files = export.save_figure(fig, tmp_path / "sub" / "tema")
    assert [p.name for p in files] == ["tema.png", "tema.svg"]
    assert _png_size(files[0]) == (1920, 1080)
    svg = files[1].read_text(encoding="utf-8")
    assert 'width="1920"' in svg and 'height="1080"' in svg
    assert "Temaernes andel af punkterne pr. år" in svg  # æøå survive
    assert fig.to_json() == before


@needs_browser
def test_export_charts_writes_every_chart(tmp_path, seed_tables):
    pytest.importorskip("kaleido")
    files = export.export_charts(seed_tables, tmp_path / "charts")
    assert len(files) == 2 * len(export.chart_set(seed_tables))
    assert all(p.is_file() and p.stat().st_size > 1000 for p in files)
    pngs = [p for p in files if p.suffix == ".png"]
    assert all(_png_size(p) == (1920, 1080) for p in pngs)


def _fake_kaleido(monkeypatch, empty_calls: int) -> list[int]:
    """A browser that returns without writing for its first ``empty_calls`` calls."""
    import plotly.io as pio

    calls: list[int] = []

    def write_images(figs, files, **_):
        calls.append(len(files))
        if len(calls) > empty_calls:
            for file in files:
                Path(file).write_bytes(b"\x89PNG fake")

    monkeypatch.setattr(export, "_ensure_server", lambda: None)
    monkeypatch.setattr(pio, "write_images", write_images)
    return calls


def test_a_chart_the_browser_returned_no_file_for_is_rendered_again(tmp_path, monkeypatch):
    """A busy machine's browser may return without a file: only the missing charts are
    rendered again, and a file is reported written only when it is there."""
    calls = _fake_kaleido(monkeypatch, empty_calls=1)
    figs = {tmp_path / "a": go.Figure(), tmp_path / "b": go.Figure()}
    written = export.save_figures(figs, formats=("png",))
    assert calls == [2, 2]
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in written)


def test_no_file_after_the_retries_is_an_export_error(tmp_path, monkeypatch):
    calls = _fake_kaleido(monkeypatch, empty_calls=99)
    with pytest.raises(export.ExportError, match="returned no file for a.png"):
        export.save_figures({tmp_path / "a": go.Figure()}, formats=("png",))
    assert len(calls) == 1 + export.EXPORT_RETRIES
