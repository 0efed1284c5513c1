"""The heatmap of a comparison table: groups (rows) x frames (columns).

matplotlib is optional (``pip install "framing[plot]"``); without it
:func:`heatmap` raises :class:`PlotUnavailable`, a :class:`FramingError` the
CLI turns into one line and exit code 2. The figure is drawn on a bare
:class:`matplotlib.figure.Figure` (no pyplot, no global state) and its bytes
are deterministic: no date or software metadata, a fixed SVG hash salt.

A row resting on fewer than the table's ``min_statements`` statements is
faded towards white and hatched, and its label ends in ``*``: its colour is
not to be read like the others'.

Row labels are the registry's display names (``Actor.name``), so an actor
written in Arabic in the text shows under its registry name. Labels that are
still Arabic (an unknown speaker quoted from an Arabic article) are drawn
shaped and right to left by matplotlib >= 3.11 (libraqm); an older matplotlib
cannot shape Arabic, so there they are transliterated (:func:`transliterate`).
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any, Sequence

from framing.errors import FramingError, UsageError
from framing.model import Table
from framing.rendering import FLAG, flagged, format_value

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from framing.actors import ActorRegistry

#: How to get the figure when matplotlib is missing.
INSTALL_HINT = 'pip install "framing[plot]"'
#: Image formats :func:`heatmap` writes.
FIGURE_FORMATS = ("png", "svg")
#: Rows drawn at most by default; the table's first rows (most statements) are kept.
MAX_ROWS = 40
#: Characters of a row label at most.
LABEL_WIDTH = 50
DPI = 150
COLORMAP = "Blues"
#: How far a row of fewer than ``min_statements`` statements is faded towards white (0: not at all).
FADE = 0.65
# Per-metric upper end of the colour scale; None means the table's maximum.
_SCALE = {"share": 100.0}
_RC = {
    "svg.hashsalt": "framing",  # clip-path ids are hashes: salt them for stable bytes
    "svg.fonttype": "path",     # glyphs as paths: the SVG looks the same without the font
    "font.family": "DejaVu Sans",  # ships with matplotlib and has Arabic glyphs
    "font.size": 9,
}
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


class PlotUnavailable(FramingError):
    """matplotlib is not installed."""

    def __init__(self) -> None:
        super().__init__(f"the figure needs matplotlib: {INSTALL_HINT}")


def available() -> bool:
    """Whether matplotlib can be imported."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def _matplotlib() -> Any:
    try:
        import matplotlib
        from matplotlib.figure import Figure  # noqa: F401
    except ImportError:
        raise PlotUnavailable() from None
    return matplotlib


def shapes_arabic() -> bool:
    """Whether this matplotlib lays out complex scripts (libraqm, matplotlib >= 3.11)."""
    from matplotlib import ft2font

    return hasattr(ft2font.FT2Font, "_layout")


# -- labels ------------------------------------------------------------------------

# A reading transliteration (close to ALA-LC without diacritics on consonants):
# for labels only, where an older matplotlib would draw Arabic letters unjoined
# and left to right.
_TRANSLIT = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j",
    "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s",
    "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ى": "a", "ة": "a", "ء": "'", "ؤ": "'",
    "ئ": "'", "پ": "p", "چ": "ch", "گ": "g", "ڤ": "v", "،": ",", "؛": ";", "؟": "?", "ـ": "",
    **{chr(0x0660 + d): str(d) for d in range(10)},
}


def transliterate(text: str) -> str:
    """Arabic letters in ``text`` as Latin letters; diacritics dropped, other text kept.

    Examples
    --------
    >>> transliterate("unknown:سائق سيارة أجرة")
    "unknown:sa'q syara ajra"
    """
    out = []
    for ch in text:
        if "\u064B" <= ch <= "\u065F" or ch == "\u0670":  # harakat, shadda, sukun, dagger alef
            continue
        out.append(_TRANSLIT.get(ch, ch))
    return "".join(out)


def _shorten(text: str, width: int = LABEL_WIDTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def actor_label(actor: str, registry: ActorRegistry | None = None) -> str:
    """An actor value as a reader sees it: the registry's display name where it has one.

    ``about:<id>`` becomes ``about: <name>``; ``outlet:`` and ``unknown:``
    values keep their text after a space.

    Examples
    --------
    >>> from framing.actors import ActorRegistry
    >>> from framing.model import Actor
    >>> reg = ActorRegistry([Actor("us", "United States", {"en": ("US",)})])
    >>> [actor_label(a, reg) for a in ("us", "about:us", "unknown:Marco", "outlet:AP")]
    ['United States', 'about: United States', 'unknown: Marco', 'outlet: AP']
    """
    prefix, _, rest = actor.partition(":")
    if rest and prefix in ("about", "outlet", "unknown"):
        inner = actor_label(rest, registry) if prefix == "about" else rest
        return f"{prefix}: {inner}"
    return registry.name(actor) if registry is not None else actor


def row_labels(table: Table, registry: ActorRegistry | None = None) -> list[str]:
    """One label per row: its key's values joined by `` · ``, actors by display name."""
    labels = []
    for row in table.rows:
        parts = [actor_label(v, registry) if k == "actor" else v for k, v in zip(table.by, row.key)]
        labels.append(" · ".join(parts))
    return labels


def _drawable(label: str, shaping: bool) -> str:
    label = _shorten(label)
    if _ARABIC.search(label) and not shaping:
        return transliterate(label)
    return label


# -- the figure --------------------------------------------------------------------

def heatmap_figure(table: Table, labels: Sequence[str] | None = None, *, max_rows: int | None = MAX_ROWS,
                   title: str = "") -> Figure:
    """The heatmap as a matplotlib :class:`~matplotlib.figure.Figure` (not yet drawn).

    Cell ``(i, j)`` is row ``i`` and frame ``j`` of the table, centred at data
    coordinates ``(j, i)`` of ``figure.axes[0]``. Raises
    :class:`PlotUnavailable` without matplotlib and :class:`UsageError` for a
    table with no rows or no frames.
    """
    mpl = _matplotlib()
    from matplotlib.figure import Figure

    if not table.rows or not table.frames:
        raise UsageError("nothing to plot: there are no statements" if not table.rows
                         else "nothing to plot: the table has no frames")
    shaping = shapes_arabic()
    labels = list(labels) if labels is not None else row_labels(table)
    rows = table.rows[:max_rows] if max_rows else table.rows
    # a row resting on few statements is flagged once, on its label
    labels = [_drawable(label, shaping) + (f" {FLAG}" if flagged(table, row) else "")
              for label, row in zip(labels, rows)]
    frames = [_drawable(f, shaping) for f in table.frames]
    values = [[row.values[f] for f in table.frames] for row in rows]
    top = _SCALE.get(table.metric) or max((v for r in values for v in r), default=0.0) or 1.0

    with mpl.rc_context(_RC):
        width = 2.2 + 0.11 * max(len(label) for label in labels) * 0.75 + 0.62 * len(frames) + 1.2
        height = 1.6 + 0.11 * max(len(f) for f in frames) * 0.6 + 0.3 * len(rows)
        fig = Figure(figsize=(max(width, 5.0), max(height, 2.5)), dpi=DPI, layout="constrained")
        ax = fig.add_subplot()
        cmap = mpl.colormaps[COLORMAP]
        image = ax.imshow(values, cmap=cmap, vmin=0.0, vmax=top, aspect="auto", interpolation="nearest")
        ax.set_xticks(range(len(frames)), frames, rotation=45, ha="left", rotation_mode="anchor")
        ax.set_yticks(range(len(rows)), labels)
        ax.xaxis.tick_top()
        ax.tick_params(length=0)
        ax.set_xticks([x - 0.5 for x in range(1, len(frames))], minor=True)
        ax.set_yticks([y - 0.5 for y in range(1, len(rows))], minor=True)
        ax.grid(which="minor", color="white", linewidth=1.0)
        ax.tick_params(which="minor", length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        few = [flagged(table, row) for row in rows]
        for i, row in enumerate(values):
            if few[i]:
                _fade_row(ax, i, len(frames))
            for j, value in enumerate(row):
                color = _text_color(value / top, few[i], value)
                ax.text(j, i, format_value(value, table.metric), ha="center", va="center", fontsize=7,
                        color=color)
        bar = fig.colorbar(image, ax=ax, shrink=min(1.0, 6 / max(len(rows), 1)) if len(rows) > 6 else 1.0,
                           aspect=20, pad=0.02)
        bar.set_label(_metric_label(table.metric))
        bar.outline.set_visible(False)
        notes = [title] if title else []
        if len(rows) < len(table.rows):
            notes.append(f"the {len(rows)} groups with most statements, of {len(table.rows)}")
        if any(few):
            notes.append(f"{FLAG} rows of fewer than {table.min_statements} statements (faded, hatched)")
        caption = "\n".join(notes)
        if caption:
            ax.set_title(caption, loc="left", fontsize=9, pad=12)
    return fig


def _fade_row(ax: Any, i: int, columns: int) -> None:
    """Fade row ``i`` towards white and hatch it, so a row of few statements does not dominate the colour."""
    from matplotlib.patches import Rectangle

    ax.add_patch(Rectangle((-0.5, i - 0.5), columns, 1, facecolor="white", alpha=FADE, linewidth=0))
    ax.add_patch(Rectangle((-0.5, i - 0.5), columns, 1, fill=False, hatch="///", edgecolor="#c4c4c4",
                           linewidth=0))


def _text_color(scaled: float, faded: bool, value: float) -> str:
    if faded:
        return "#555555" if value else "#9a9a9a"
    return "white" if scaled > 0.55 else "#222222" if value else "#8a8a8a"


def _metric_label(metric: str) -> str:
    return {"share": "% of statements with the frame", "count": "term hits",
            "per1k": "term hits per 1,000 tokens"}.get(metric, metric)


def heatmap(table: Table, *, fmt: str = "png", registry: ActorRegistry | None = None,
            max_rows: int | None = MAX_ROWS, title: str = "") -> bytes:
    """The heatmap of ``table`` as PNG or SVG bytes, identical for identical input.

    Parameters
    ----------
    table : a comparison table (:func:`framing.comparison.compare`).
    fmt : ``png`` or ``svg``.
    registry : gives actors their display names; ids are shown without one.
    max_rows : draw at most this many rows (the table's first); None for all.
    title : a caption above the figure.

    Raises
    ------
    PlotUnavailable
        matplotlib is not installed.
    UsageError
        an unknown format, or a table with nothing to draw.
    """
    if fmt not in FIGURE_FORMATS:
        raise UsageError(f"unknown figure format {fmt!r}; choose from: {', '.join(FIGURE_FORMATS)}")
    mpl = _matplotlib()
    fig = heatmap_figure(table, row_labels(table, registry), max_rows=max_rows, title=title)
    buffer = io.BytesIO()
    metadata = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
    with mpl.rc_context(_RC):
        fig.savefig(buffer, format=fmt, dpi=DPI, metadata=metadata, facecolor="white")
    return buffer.getvalue()
