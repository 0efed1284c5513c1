"""plot.py: the heatmap is an image of the table, deterministic, and optional."""

from __future__ import annotations

import io
import sys

import pytest

from framing.actors import ActorRegistry
from framing.errors import UsageError
from framing.model import Actor, Row, Table

mpl = pytest.importorskip("matplotlib", reason="the figure needs matplotlib (pip install 'framing[plot]')")
Image = pytest.importorskip("PIL.Image", reason="pillow comes with matplotlib")

from framing import plot  # noqa: E402

FRAMES = ("terrorism", "restraint", "dialogue")
REGISTRY = ActorRegistry([Actor("kz_government", "Kazakhstan (government)", {"en": ("Tokayev",)}),
                          Actor("eu", "European Union", {"en": ("EU",)})])


def _row(key: str, n: int, *values: float) -> Row:
    return Row((key,), n, 10 * n, dict(zip(FRAMES, values)), {f: 0 for f in FRAMES}, {f: 0 for f in FRAMES})


TABLE = Table(("actor",), "share", FRAMES, (
    _row("kz_government", 4, 100.0, 0.0, 25.0),
    _row("eu", 3, 0.0, 66.7, 50.0),
    _row("unknown:المتحدث باسم الخارجية", 1, 0.0, 0.0, 100.0),
))


def _png(data: bytes):
    return Image.open(io.BytesIO(data)).convert("RGB")


def test_the_heatmap_is_an_image_of_the_table() -> None:
    data = plot.heatmap(TABLE, registry=REGISTRY)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = _png(data)
    # The same figure, drawn again, tells where each cell is.
    fig = plot.heatmap_figure(TABLE, plot.row_labels(TABLE, REGISTRY))
    fig.savefig(io.BytesIO(), format="png", dpi=plot.DPI)
    assert image.size == tuple(round(v) for v in fig.bbox.size)
    ax = fig.axes[0]
    cmap = mpl.colormaps[plot.COLORMAP]
    for i, row in enumerate(TABLE.rows):
        for j, frame in enumerate(FRAMES):
            # a point inside the cell, away from the number written at its centre
            x, y = ax.transData.transform((j - 0.35, i - 0.35))
            got = image.getpixel((int(x), int(image.height - y)))
            want = tuple(round(255 * c) for c in cmap(row.values[frame] / 100.0)[:3])
            assert all(abs(g - w) <= 3 for g, w in zip(got, want)), (row.key, frame, got, want)


def test_labels_are_display_names_and_cells_show_values() -> None:
    fig = plot.heatmap_figure(TABLE, plot.row_labels(TABLE, REGISTRY))
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Kazakhstan (government)", "European Union", "unknown: المتحدث باسم الخارجية"]
    assert [t.get_text() for t in ax.get_xticklabels()] == list(FRAMES)
    assert [t.get_text() for t in ax.texts] == ["100.0", "0.0", "25.0", "0.0", "66.7", "50.0", "0.0", "0.0", "100.0"]


def test_arabic_is_transliterated_where_matplotlib_cannot_shape_it(monkeypatch) -> None:
    monkeypatch.setattr(plot, "shapes_arabic", lambda: False)
    fig = plot.heatmap_figure(TABLE, plot.row_labels(TABLE, REGISTRY))
    assert fig.axes[0].get_yticklabels()[2].get_text() == "unknown: almthdth basm alkharjya"


def test_about_and_other_actor_labels() -> None:
    t = Table(("actor", "source"), "share", FRAMES, (Row(("about:eu", "AP"), 1, 1, {}, {}, {}),
                                                     Row(("outlet:AP", "AP"), 1, 1, {}, {}, {})))
    assert plot.row_labels(t, REGISTRY) == ["about: European Union · AP", "outlet: AP · AP"]


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_same_table_same_bytes(fmt) -> None:
    first = plot.heatmap(TABLE, fmt=fmt, registry=REGISTRY)
    assert plot.heatmap(TABLE, fmt=fmt, registry=REGISTRY) == first
    if fmt == "svg":
        assert first.startswith(b"<?xml") and b"<dc:date>" not in first
    else:
        assert b"Software" not in first and b"matplotlib" not in first


def test_rows_of_few_statements_are_flagged_on_their_label() -> None:
    import dataclasses

    fig = plot.heatmap_figure(dataclasses.replace(TABLE, min_statements=3), plot.row_labels(TABLE, REGISTRY))
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Kazakhstan (government)", "European Union", "unknown: المتحدث باسم الخارجية *"]
    assert "* rows of fewer than 3 statements" in ax.get_title(loc="left")
    assert "*" not in "".join(t.get_text() for t in ax.texts)


def test_rows_beyond_max_rows_are_left_out_and_said_so() -> None:
    fig = plot.heatmap_figure(TABLE, max_rows=2)
    ax = fig.axes[0]
    assert len(ax.get_yticklabels()) == 2
    assert "the 2 groups with most statements, of 3" in ax.get_title(loc="left")


def test_nothing_to_plot_and_unknown_format() -> None:
    with pytest.raises(UsageError, match="nothing to plot: there are no statements"):
        plot.heatmap(Table(("actor",), "share", FRAMES, ()))
    with pytest.raises(UsageError, match=r"unknown figure format 'gif'; choose from: png, svg"):
        plot.heatmap(TABLE, fmt="gif")


def test_count_scale_is_the_tables_maximum() -> None:
    t = Table(("actor",), "count", FRAMES, (_row("eu", 2, 4.0, 2.0, 0.0),))
    fig = plot.heatmap_figure(t)
    assert fig.axes[0].images[0].get_clim() == (0.0, 4.0)
    assert [x.get_text() for x in fig.axes[0].texts] == ["4", "2", "0"]


def test_without_matplotlib_a_clear_error(monkeypatch) -> None:
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    assert not plot.available()
    with pytest.raises(plot.PlotUnavailable, match=r'^the figure needs matplotlib: pip install "framing\[plot\]"$'):
        plot.heatmap(TABLE)


def test_transliterate() -> None:
    assert plot.transliterate("توكاييف") == "twkayyf"
    assert plot.transliterate("مُحَمَّد ٢٠٢٢") == "mhmd 2022"
    assert plot.transliterate("Tokayev") == "Tokayev"


def test_rows_of_few_statements_are_faded_and_hatched() -> None:
    import dataclasses

    table = dataclasses.replace(TABLE, rows=(_row("kz_government", 4, 100.0, 0.0, 25.0),
                                             _row("eu", 1, 100.0, 0.0, 25.0)), min_statements=3)
    image = _png(plot.heatmap(table))
    fig = plot.heatmap_figure(table)
    fig.savefig(io.BytesIO(), format="png", dpi=plot.DPI)
    ax = fig.axes[0]

    def pixels(i: int) -> list[tuple[int, int, int]]:  # a patch of the first cell of row i, off its number
        x, y = ax.transData.transform((-0.3, i - 0.3))
        x, y = int(x), int(image.height - y)
        return [image.getpixel((x + dx, y + dy)) for dx in range(12) for dy in range(12)]

    full, faded = pixels(0), pixels(1)
    assert len(set(full)) == 1  # a plain cell: one colour
    assert min(sum(p) for p in faded) > sum(full[0]) + 150  # the same value, much lighter
    assert len(set(faded)) > 1  # hatched: not one flat colour
    assert "(faded, hatched)" in ax.get_title(loc="left")
