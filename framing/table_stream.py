"""A comparison table rendered while its rows are still coming (``compare --by doc``).

``csv``, ``tsv``, ``jsonl`` and ``json`` are written row by row, each chunk
as soon as its row exists, byte for byte what :func:`framing.rendering.render`
gives for the whole table. The aligned (tabulate) formats size their columns
to the widest cell and ``--pivot`` lays rows out by frame, so both need every
row first: those are rendered once the rows are all there.

Examples
--------
>>> from framing.model import Row, Table
>>> t = Table(("doc",), "count", ("calm",), ())
>>> rows = iter([Row(("a",), 2, 30, {"calm": 1.0}, {"calm": 1}, {"calm": 1})])
>>> print("".join(iter_render(t, rows, "csv")), end="")
doc,statements,tokens,flagged,calm,calm:hits,calm:with_frame,calm:affirmed,calm:negated,calm:attributed
a,2,30,false,1,1,1,1,0,0
"""

from __future__ import annotations

import dataclasses
from typing import Iterable, Iterator

from framing.model import Row, Table
from framing.formats import CSV, DEFAULT_FORMAT, JSON, JSONL, get_format
from framing.records import dumps, write_csv
from framing.rendering import csv_headers, csv_row, header_object, render, row_object

#: Kinds of format written row by row.
STREAMED = (CSV, JSON, JSONL)


def iter_render(table: Table, rows: Iterable[Row], fmt: str = DEFAULT_FORMAT, *, show_counts: bool = False,
                pivot: str | None = None, polarity: bool = False) -> Iterator[str]:
    """``render(table with rows, fmt, ...)`` in chunks, one per row where the format allows.

    ``table`` gives everything but the rows (its own ``rows`` are ignored).
    """
    chosen = get_format(fmt)
    if pivot is not None or chosen.kind not in STREAMED:
        whole = dataclasses.replace(table, rows=tuple(rows))
        yield render(whole, fmt, show_counts=show_counts, pivot=pivot, polarity=polarity)
        return
    if chosen.kind == CSV:
        yield from write_csv((csv_headers(table), (csv_row(table, row) for row in rows)), chosen.delimiter)
    elif chosen.kind == JSONL:
        for row in rows:
            yield dumps(row_object(table, row)) + "\n"
    else:
        yield from _json(table, rows)


def _json(table: Table, rows: Iterable[Row]) -> Iterator[str]:
    """The ``-f json`` document (``json.dumps(..., indent=2)``) one row at a time."""
    empty = dumps({**header_object(table), "rows": []}, indent=2)
    head, tail = empty.rsplit("[]", 1)
    first = True
    for row in rows:
        text = dumps(row_object(table, row), indent=2).replace("\n", "\n    ")
        yield (head + "[\n    " if first else ",\n    ") + text
        first = False
    yield (head + "[]" if first else "\n  ]") + tail + "\n"
