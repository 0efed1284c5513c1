"""Framing over time as a figure: one line per group, for one frame or each frame.

``framing plot --trend`` draws a comparison grouped by a date key (``--by
actor,date --period week``): the x axis runs through the periods, each group
(the other keys: an actor, an outlet) is one line, and each point is labelled
with the statements it rests on, so a thin period shows as thin. Without a
frame chosen, every frame with a hit gets its own small panel, sharing the
axes. Statements of undated documents are not drawn; the caption says how
many there are. Bytes are identical for identical input, as for the heatmap.
"""

from __future__ import annotations

import io
from typing import Sequence

from framing.errors import UsageError
from framing.grouping import UNDATED
from framing.model import Row, Table
from framing.plot import _RC, DPI, FIGURE_FORMATS, _drawable, _matplotlib, _metric_label, actor_label, shapes_arabic

#: Lines drawn at most per panel (the groups with most statements).
MAX_LINES = 8
#: Panels per row of small multiples.
COLUMNS = 3


def series(table: Table) -> tuple[list[str], dict[tuple[str, ...], dict[str, Row]], int]:
    """The dated periods in order, each group's row per period, and the undated statements.

    The date key is the table's key that starts with ``date``; the other keys name the group.
    """
    at = next((i for i, key in enumerate(table.by) if key.startswith("date")), None)
    if at is None:
        raise UsageError("--trend draws dates: give date among the --by keys, e.g. --by actor,date --period week")
    periods: set[str] = set()
    groups: dict[tuple[str, ...], dict[str, Row]] = {}
    undated = 0
    for row in table.rows:
        when, group = row.key[at], row.key[:at] + row.key[at + 1:]
        if when == UNDATED:
            undated += row.statements
            continue
        periods.add(when)
        groups.setdefault(group, {})[when] = row
    if not periods:
        raise UsageError("nothing to plot over time: no statement comes from a dated document")
    return sorted(periods), groups, undated


def trend(table: Table, *, frame: str | None = None, fmt: str = "png", registry=None, title: str = "") -> bytes:
    """The trend figure of a table grouped by a date key, as PNG or SVG bytes.

    ``frame`` draws one frame; None draws a panel for each frame with a hit.
    """
    if fmt not in FIGURE_FORMATS:
        raise UsageError(f"unknown figure format {fmt!r}; choose from: {', '.join(FIGURE_FORMATS)}")
    if frame is not None and frame not in table.frames:
        raise UsageError(f"unknown frame {frame!r}; choose from: {', '.join(table.frames)}")
    mpl = _matplotlib()
    periods, groups, undated = series(table)
    frames = [frame] if frame else [f for f in table.frames if any(r.hits[f] for r in table.rows)] or [table.frames[0]]
    with mpl.rc_context(_RC):
        fig = _figure(table, frames, periods, groups, registry)
        notes = [title] if title else []
        if undated:
            notes.append(f"{undated} statement{'s' if undated != 1 else ''} of undated documents "
                         f"{'are' if undated != 1 else 'is'} not drawn")
        if notes:
            fig.suptitle("\n".join(notes), x=0.01, ha="left", fontsize=9)
        buffer = io.BytesIO()
        metadata = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
        fig.savefig(buffer, format=fmt, dpi=DPI, metadata=metadata, facecolor="white")
    return buffer.getvalue()


def _figure(table: Table, frames: Sequence[str], periods: list[str], groups: dict, registry):
    from matplotlib.figure import Figure

    shaping = shapes_arabic()
    shown = sorted(groups, key=lambda g: (-sum(r.statements for r in groups[g].values()), g))[:MAX_LINES]
    columns = min(COLUMNS, len(frames))
    rows = -(-len(frames) // columns)
    fig = Figure(figsize=(1.5 + 3.6 * columns + 0.25 * len(periods) * columns / 4, 1.2 + 2.8 * rows), dpi=DPI,
                 layout="constrained")
    axes = fig.subplots(rows, columns, sharex=True, sharey=True, squeeze=False)
    for n, ax in enumerate(axes.flat):
        if n >= len(frames):
            ax.set_visible(False)
            continue
        for group in shown:
            _line(ax, table, frames[n], periods, groups[group], _label(group, registry, shaping))
        ax.set_title(_drawable(frames[n], shaping), loc="left", fontsize=9)
        ax.set_xticks(range(len(periods)), periods, rotation=45, ha="right", rotation_mode="anchor")
        ax.tick_params(labelbottom=True)  # every panel names its periods, whatever stands below it
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    axes.flat[0].set_ylabel(_metric_label(table.metric))
    handles, labels = axes.flat[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncols=min(4, len(labels)), frameon=False)
    return fig


def _line(ax, table: Table, frame: str, periods: list[str], rows: dict[str, Row], label: str) -> None:
    """One group's values over the periods it has statements in, each point labelled n=statements."""
    xs = [i for i, p in enumerate(periods) if p in rows]
    ys = [rows[periods[i]].values[frame] for i in xs]
    (line,) = ax.plot(xs, ys, marker="o", markersize=3, linewidth=1.2, label=label)
    for x, y in zip(xs, ys):
        ax.annotate(f"n={rows[periods[x]].statements}", (x, y), textcoords="offset points", xytext=(0, 4),
                    ha="center", fontsize=6, color=line.get_color())


def _label(group: tuple[str, ...], registry, shaping: bool) -> str:
    parts = [actor_label(part, registry) for part in group] if group else ["all"]
    return _drawable(" · ".join(parts), shaping)


__all__ = ["MAX_LINES", "series", "trend"]
