"""Comparison tables as text, in every output format (:mod:`framing.formats`). Pure: no printing.

Records and views of other results: :mod:`framing.records`; statements:
:mod:`framing.statement_rendering`. The names of those every command needs
(:func:`check_format`, :func:`iter_records`, :func:`render_view`, ...) are
importable from here too. Output is deterministic: fixed key order,
``ensure_ascii=False``, ``\\n`` line ends and a trailing newline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterator, Mapping

from framing.errors import UsageError
from framing.formats import CSV, DATA_FORMATS, DEFAULT_FORMAT, JSON, JSONL, check_format, formats, get_format
from framing.model import AFFIRMED, ATTRIBUTED, NEGATED, POLARITIES, Row, Table
from framing.records import (FSI, PDI, TEXT_WIDTH, Records, View, dumps, isolate, iter_records, render_records,
                             render_view, tabulated, titled, write_csv)

__all__ = ["DATA_FORMATS", "DEFAULT_FORMAT", "FLAG", "FSI", "PDI", "Layout", "TEXT_WIDTH", "View", "check_format",
           "check_layout", "csv_headers", "csv_row", "flagged", "format_cell", "format_value", "formats",
           "header_object", "isolate", "iter_records", "render", "render_records", "render_view", "row_object",
           "table_object"]

# Decimals per metric; kept here so rendering does not import compare.
DECIMALS = {"count": 0, "per1k": 1, "share": 1, "weighted": 2}


# -- comparison tables ------------------------------------------------------

#: Marks the value of a cell resting on fewer than ``Table.min_statements`` statements.
FLAG = "*"
#: What ``--show-counts`` puts beside a value, per metric: the numerator and
#: denominator it was computed from (Row attribute names), so the value can be
#: recomputed by hand. Other metrics show hits/statements.
SHOWN_COUNTS = {"count": ("hits", "statements"), "per1k": ("hits", "tokens"), "share": ("with_frame", "statements")}
#: Layouts of a comparison besides the plain one (``--pivot``).
PIVOTS = ("frame",)


@dataclass(frozen=True)
class Layout:
    """How a comparison table is laid out.

    ``show_counts`` adds ``(numerator/denominator)`` to each value in table
    formats (data formats always carry the raw counts). ``pivot="frame"``
    makes one table per frame, with the first ``by`` key as rows and the
    second as columns (e.g. actors x outlets). ``polarity`` follows each
    frame's value with its hits by polarity (affirmed, negated, attributed),
    as data formats always do.
    """

    show_counts: bool = False
    pivot: str | None = None
    polarity: bool = False


def check_layout(table: Table, layout: Layout) -> Layout:
    """``layout`` if it fits ``table``, else a :class:`UsageError` saying why."""
    if layout.pivot is not None:
        if layout.pivot not in PIVOTS:
            raise UsageError(f"unknown --pivot {layout.pivot!r}; choose from: {', '.join(PIVOTS)}")
        if len(table.by) != 2:
            raise UsageError("--pivot frame needs --by with two keys (rows, columns), e.g. --by actor,source")
        if layout.polarity:
            raise UsageError("--polarity shows columns per frame; it does not combine with --pivot")
    return layout


def format_value(value: float, metric: str) -> str:
    """A metric value as shown in text formats (share/per1k: 1 decimal)."""
    decimals = DECIMALS.get(metric, 1)
    return str(int(round(value))) if decimals == 0 else f"{value:.{decimals}f}"


def _json_value(value: float, metric: str) -> float | int:
    decimals = DECIMALS.get(metric, 1)
    return int(round(value)) if decimals == 0 else round(value, decimals)


def flagged(table: Table, row: Row) -> bool:
    """Whether a row rests on fewer statements than the table's ``min_statements``."""
    return row.statements < table.min_statements


def shown_counts(table: Table, row: Row, frame: str) -> tuple[int, int]:
    """The (numerator, denominator) behind a cell's value (:data:`SHOWN_COUNTS`)."""
    numerator, denominator = SHOWN_COUNTS.get(table.metric, ("hits", "statements"))
    top, bottom = getattr(row, numerator), getattr(row, denominator)
    return (top[frame] if isinstance(top, Mapping) else top), (bottom[frame] if isinstance(bottom, Mapping) else bottom)


def format_cell(table: Table, row: Row, frame: str, show_counts: bool = False) -> str:
    """A cell as shown in table formats: ``value[*] [(n/d)] [[low–high]]``.

    ``*`` flags a row resting on few statements, ``(n/d)`` (with
    ``show_counts``) the counts the value comes from, ``[low–high]`` the
    bootstrap interval when the table has one.
    """
    text = format_value(row.values[frame], table.metric)
    if flagged(table, row):
        text += FLAG
    if show_counts:
        top, bottom = shown_counts(table, row, frame)
        text += f" ({top}/{bottom})"
    if frame in row.low:
        low, high = (format_value(row.low[frame], table.metric), format_value(row.high[frame], table.metric))
        text += f" [{low}–{high}]"
    return text


def _table_sections(table: Table, layout: Layout) -> list[tuple[str | None, Records, list[str]]]:
    """What table formats show: (title, records, column alignment) per table."""
    if layout.pivot:
        return [(f"{table.metric} of {frame}", *_pivot_records(table, frame, layout)) for frame in table.frames]
    split = POLARITIES if layout.polarity else ()
    headers = [*table.by, table.counted, "tokens", *(h for f in table.frames for h in (f, *(f"{f}:{p}" for p in split)))]
    rows = [[*map(isolate, row.key), row.statements, row.tokens,
             *(c for f in table.frames for c in (format_cell(table, row, f, layout.show_counts),
                                                 *(polarity_count(row, f, p) for p in split)))]
            for row in table.rows]
    return [(None, (headers, rows), ["left"] * len(table.by) + ["right"] * (len(headers) - len(table.by)))]


def polarity_count(row: Row, frame: str, polarity: str) -> int:
    """The row's hits of ``frame`` with ``polarity``; the three add up to the frame's hits."""
    counts = row.polarity.get(frame, {})
    if polarity == AFFIRMED:
        return row.hits[frame] - counts.get(NEGATED, 0) - counts.get(ATTRIBUTED, 0)
    return counts.get(polarity, 0)


def _csv_records(table: Table) -> Records:
    """The flat records of ``csv``/``tsv``: keys, counts, the values, then the
    raw counts (``frame:hits``, ``frame:with_frame``) and any interval bounds."""
    return csv_headers(table), [csv_row(table, row) for row in table.rows]


def _csv_extra(table: Table) -> list[tuple[str, Callable[[Row, str], Any]]]:
    extra: list[tuple[str, Callable[[Row, str], Any]]] = [
        ("hits", lambda r, f: r.hits[f]), ("with_frame", lambda r, f: r.with_frame[f]),
        *((p, lambda r, f, p=p: polarity_count(r, f, p)) for p in POLARITIES)]
    if table.ci is not None:
        extra += [("low", lambda r, f: format_value(r.low[f], table.metric)),
                  ("high", lambda r, f: format_value(r.high[f], table.metric))]
    return extra


def csv_headers(table: Table) -> list[str]:
    """The header row of ``csv``/``tsv`` (it depends on the table, not on its rows)."""
    frames = table.frames
    return [*table.by, table.counted, "tokens", "flagged", *frames,
            *(f"{f}:{name}" for name, _ in _csv_extra(table) for f in frames)]


def csv_row(table: Table, row: Row) -> list[Any]:
    """One row of ``csv``/``tsv``."""
    frames = table.frames
    return [*row.key, row.statements, row.tokens, _bool(flagged(table, row)),
            *(format_value(row.values[f], table.metric) for f in frames),
            *(get(row, f) for _, get in _csv_extra(table) for f in frames)]


def _bool(value: bool) -> str:
    return "true" if value else "false"


def row_object(table: Table, row: Row) -> dict[str, Any]:
    obj = {
        **dict(zip(table.by, row.key)),
        table.counted: row.statements,
        "tokens": row.tokens,
        "flagged": flagged(table, row),
        "values": {f: _json_value(row.values[f], table.metric) for f in table.frames},
        "hits": {f: row.hits[f] for f in table.frames},
        "with_frame": {f: row.with_frame[f] for f in table.frames},
        "polarity": {f: {p: polarity_count(row, f, p) for p in POLARITIES} for f in table.frames},
        "cancelled": {f: row.cancelled.get(f, 0) for f in table.frames},
    }
    if table.ci is not None:
        obj["low"] = {f: _json_value(row.low[f], table.metric) for f in table.frames}
        obj["high"] = {f: _json_value(row.high[f], table.metric) for f in table.frames}
    return obj


def header_object(table: Table) -> dict[str, Any]:
    ci = None
    if table.ci is not None:
        level = table.ci.level
        ci = {"level": int(level) if float(level).is_integer() else level, "method": "percentile bootstrap",
              "unit": "statement", "resamples": table.ci.resamples, "seed": table.ci.seed}
    return {
        "lexicons": [{"name": name, "sha256": sha} for name, sha in table.lexicons],
        "by": list(table.by),
        "metric": table.metric,
        "frames": list(table.frames),
        "min_statements": table.min_statements,
        "ci": ci,
    }


def table_object(table: Table, layout: Layout = Layout()) -> dict[str, Any]:
    """The ``compare -f json`` document as a plain object."""
    if layout.pivot:
        return _pivot_object(table)
    return {**header_object(table), "rows": [row_object(table, row) for row in table.rows]}


# -- pivot: one table per frame, the second key as columns -------------------

def _pivot_axes(table: Table) -> tuple[list[str], list[str], dict[tuple[str, ...], Row]]:
    """Row labels and column labels (each by statements desc, then name) and rows by key."""
    totals: tuple[dict[str, int], dict[str, int]] = ({}, {})
    for row in table.rows:
        for axis, label in zip(totals, row.key):
            axis[label] = axis.get(label, 0) + row.statements
    ordered = [sorted(axis, key=lambda label, axis=axis: (-axis[label], label)) for axis in totals]
    return ordered[0], ordered[1], {row.key: row for row in table.rows}


def _pivot_records(table: Table, frame: str, layout: Layout) -> tuple[Records, list[str]]:
    labels, columns, cells = _pivot_axes(table)
    rows = [[isolate(label), *(format_cell(table, cells[(label, c)], frame, layout.show_counts)
                               if (label, c) in cells else "" for c in columns)] for label in labels]
    return ([table.by[0], *map(isolate, columns)], rows), ["left"] + ["right"] * len(columns)


def _pivot_cell(table: Table, row: Row | None, frame: str) -> dict[str, Any] | None:
    if row is None:
        return None
    cell = {"value": _json_value(row.values[frame], table.metric), "statements": row.statements,
            "tokens": row.tokens, "hits": row.hits[frame], "with_frame": row.with_frame[frame],
            "flagged": flagged(table, row)}
    if table.ci is not None:
        cell["low"] = _json_value(row.low[frame], table.metric)
        cell["high"] = _json_value(row.high[frame], table.metric)
    return cell


def _pivot_lines(table: Table) -> Iterator[dict[str, Any]]:
    labels, columns, cells = _pivot_axes(table)
    for frame in table.frames:
        for label in labels:
            yield {"frame": frame, table.by[0]: label,
                   "cells": {c: _pivot_cell(table, cells.get((label, c)), frame) for c in columns}}


def _pivot_object(table: Table) -> dict[str, Any]:
    _, columns, _ = _pivot_axes(table)
    tables: dict[str, list[dict[str, Any]]] = {}
    for line in _pivot_lines(table):
        tables.setdefault(line.pop("frame"), []).append(line)
    return {**header_object(table), "pivot": "frame", "rows": table.by[0], "columns": columns,
            "tables": [{"frame": frame, "rows": rows} for frame, rows in tables.items()]}


def _pivot_csv_records(table: Table) -> Records:
    """Pivot tables stacked with a ``frame`` column: values per column label,
    then the raw counts and bounds as ``label:statements``, ``label:hits``, ..."""
    labels, columns, cells = _pivot_axes(table)
    extra = ["statements", "hits", "with_frame", "flagged", *(["low", "high"] if table.ci is not None else [])]
    headers = ["frame", table.by[0], *columns, *(f"{c}:{name}" for name in extra for c in columns)]
    rows = []
    for frame in table.frames:
        for label in labels:
            row_cells = [_pivot_cell(table, cells.get((label, c)), frame) for c in columns]
            values = ["" if cell is None else format_value(cells[(label, c)].values[frame], table.metric)
                      for c, cell in zip(columns, row_cells)]
            more = [_csv_cell(cell, name, table.metric) for name in extra for cell in row_cells]
            rows.append([frame, label, *values, *more])
    return headers, rows


def _csv_cell(cell: dict[str, Any] | None, name: str, metric: str) -> Any:
    if cell is None:
        return ""
    value = cell[name]
    if name == "flagged":
        return _bool(value)
    return format_value(value, metric) if name in ("low", "high") else value


# -- the renderers, one per kind of format ------------------------------------

def _render_json(table: Table, layout: Layout) -> str:
    return dumps(table_object(table, layout), indent=2) + "\n"


def _render_jsonl(table: Table, layout: Layout) -> str:
    lines = _pivot_lines(table) if layout.pivot else (row_object(table, row) for row in table.rows)
    return "".join(dumps(line) + "\n" for line in lines)


def _render_csv(table: Table, layout: Layout, delimiter: str) -> str:
    records = _pivot_csv_records(table) if layout.pivot else _csv_records(table)
    return "".join(write_csv(records, delimiter))


def _render_table(table: Table, layout: Layout, fmt: str) -> str:
    blocks = []
    for title, records, align in _table_sections(table, layout):
        blocks.append(titled(title, tabulated(records, fmt, align), fmt))
    return "\n".join(blocks)


def render(table: Table, fmt: str = DEFAULT_FORMAT, *, show_counts: bool = False, pivot: str | None = None,
           polarity: bool = False) -> str:
    """A comparison table as text in format ``fmt``.

    ``show_counts``, ``pivot`` and ``polarity`` are the :class:`Layout` options. In table
    formats a value flagged for resting on few statements ends in ``*``, and
    an interval shows as ``[low–high]``; csv/tsv/json/jsonl always carry the
    raw counts, the flag and the interval bounds as fields.

    Examples
    --------
    >>> from framing.model import Row, Table
    >>> t = Table(("actor",), "share", ("calm",), (Row(("eu",), 2, 30, {"calm": 50.0}, {"calm": 1}, {"calm": 1}),))
    >>> print(render(t, "csv"), end="")
    actor,statements,tokens,flagged,calm,calm:hits,calm:with_frame,calm:affirmed,calm:negated,calm:attributed
    eu,2,30,false,50.0,1,1,1,0,0
    >>> print(render(t, "plain", show_counts=True), end="")
    actor      statements    tokens        calm
    eu                  2        30  50.0 (1/2)
    """
    layout = check_layout(table, Layout(show_counts=show_counts, pivot=pivot, polarity=polarity))
    chosen = get_format(fmt)
    if chosen.kind == CSV:
        return _render_csv(table, layout, chosen.delimiter)
    if chosen.kind == JSON:
        return _render_json(table, layout)
    if chosen.kind == JSONL:
        return _render_jsonl(table, layout)
    return _render_table(table, layout, fmt)
