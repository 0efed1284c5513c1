"""Tables and statements as text, in every output format. Pure: no printing.

Formats are every ``tabulate`` table format plus ``csv``, ``tsv`` (written
with the ``csv`` module; tabulate's own ``tsv`` pads cells), ``json`` and
``jsonl``. Output is deterministic: fixed key order, ``ensure_ascii=False``,
``\\n`` line ends and a trailing newline.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from tabulate import tabulate, tabulate_formats

from framing.errors import UsageError
from framing.model import Row, ScoredStatement, Table

DEFAULT_FORMAT = "simple"
#: Width of the text column in tabulate renderings of statements.
TEXT_WIDTH = 60
# Decimals per metric; kept here so rendering does not import compare.
DECIMALS = {"count": 0, "per1k": 1, "share": 1}

Records = tuple[Sequence[str], Sequence[Sequence[Any]]]


# -- generic records (header + rows) in every format -----------------------

def _csv(records: Records, tsv: bool) -> Iterator[str]:
    headers, rows = records
    buffer = io.StringIO()
    writer = csv.writer(buffer, dialect="excel-tab" if tsv else "excel", lineterminator="\n")
    writer.writerow(headers)
    yield _drain(buffer)
    for row in rows:
        writer.writerow(row)
        yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def _tabulate(records: Records, fmt: str) -> str:
    headers, rows = records
    rows = [list(r) for r in rows]
    numeric = [bool(rows) and all(_is_number(r[i]) for r in rows) for i in range(len(headers))]
    align = ["right" if n else "left" for n in numeric]
    cells = [["" if v is None else str(v) for v in r] for r in rows]
    # Values are pre-formatted strings: no number parsing, so "100.0" stays.
    text = tabulate(cells, headers=list(headers), tablefmt=fmt, disable_numparse=True,
                    colalign=align if headers else None)
    return text + "\n"


def _is_number(value: Any) -> bool:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?", value) is not None


def _dumps(obj: Any, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def render_records(headers: Sequence[str], rows: Iterable[Sequence[Any]], fmt: str) -> str:
    """Any list of records as text: a header row and rows of plain values.

    ``json`` is a list of objects, ``jsonl`` one object per line. Used by the
    listing commands (``lexicons``, ``actors``, ``corpora``).
    """
    return "".join(iter_records(headers, rows, fmt))


def iter_records(headers: Sequence[str], rows: Iterable[Sequence[Any]], fmt: str) -> Iterator[str]:
    """:func:`render_records` in chunks, streaming where the format allows."""
    check_format(fmt)
    if fmt in ("csv", "tsv"):
        yield from _csv((headers, rows), fmt == "tsv")
    elif fmt == "jsonl":
        for row in rows:
            yield _dumps(dict(zip(headers, row))) + "\n"
    elif fmt == "json":
        yield from _json_list(dict(zip(headers, row)) for row in rows)
    else:
        yield _tabulate((headers, list(rows)), fmt)


def _json_list(objects: Iterable[Any]) -> Iterator[str]:
    """A JSON list, one object per line, streamed."""
    first = True
    for obj in objects:
        yield ("[\n  " if first else ",\n  ") + _dumps(obj)
        first = False
    yield "[]\n" if first else "\n]\n"


# -- comparison tables ------------------------------------------------------

def format_value(value: float, metric: str) -> str:
    """A metric value as shown in text formats (share/per1k: 1 decimal)."""
    decimals = DECIMALS.get(metric, 1)
    return str(int(round(value))) if decimals == 0 else f"{value:.{decimals}f}"


def _json_value(value: float, metric: str) -> float | int:
    decimals = DECIMALS.get(metric, 1)
    return int(round(value)) if decimals == 0 else round(value, decimals)


def _table_records(table: Table) -> Records:
    headers = [*table.by, "statements", "tokens", *table.frames]
    rows = [
        [*row.key, row.statements, row.tokens, *(format_value(row.values[f], table.metric) for f in table.frames)]
        for row in table.rows
    ]
    return headers, rows


def _row_object(table: Table, row: Row) -> dict[str, Any]:
    return {
        **dict(zip(table.by, row.key)),
        "statements": row.statements,
        "tokens": row.tokens,
        "values": {f: _json_value(row.values[f], table.metric) for f in table.frames},
        "hits": {f: row.hits[f] for f in table.frames},
        "with_frame": {f: row.with_frame[f] for f in table.frames},
    }


def table_object(table: Table) -> dict[str, Any]:
    """The ``compare -f json`` document as a plain object."""
    return {
        "lexicons": [{"name": name, "sha256": sha} for name, sha in table.lexicons],
        "by": list(table.by),
        "metric": table.metric,
        "frames": list(table.frames),
        "rows": [_row_object(table, row) for row in table.rows],
    }


def _render_json(table: Table) -> str:
    return _dumps(table_object(table), indent=2) + "\n"


def _render_jsonl(table: Table) -> str:
    return "".join(_dumps(_row_object(table, row)) + "\n" for row in table.rows)


def _render_csv(table: Table) -> str:
    return "".join(_csv(_table_records(table), tsv=False))


def _render_tsv(table: Table) -> str:
    return "".join(_csv(_table_records(table), tsv=True))


def _tabulate_renderer(fmt: str) -> Callable[[Table], str]:
    def render_tabulate(table: Table) -> str:
        return _tabulate(_table_records(table), fmt)

    return render_tabulate


#: Table renderers by format name. To add a format: a function
#: ``(Table) -> str`` here, a statements renderer below, and a golden file in
#: ``tests/golden/``.
RENDERERS: dict[str, Callable[[Table], str]] = {
    **{fmt: _tabulate_renderer(fmt) for fmt in tabulate_formats},
    "csv": _render_csv,
    "tsv": _render_tsv,
    "json": _render_json,
    "jsonl": _render_jsonl,
}

#: The machine-readable formats (not tabulate's).
DATA_FORMATS = ("csv", "tsv", "json", "jsonl")


def formats() -> list[str]:
    """All format names, data formats first, then tabulate's, each sorted."""
    return [*DATA_FORMATS, *sorted(f for f in RENDERERS if f not in DATA_FORMATS)]


def check_format(fmt: str) -> str:
    """``fmt`` if it is a known format, else a :class:`UsageError` listing them."""
    if fmt not in RENDERERS:
        raise UsageError(f"unknown format {fmt!r}; choose from: {', '.join(formats())}")
    return fmt


def render(table: Table, fmt: str = DEFAULT_FORMAT) -> str:
    """A comparison table as text in format ``fmt``.

    Examples
    --------
    >>> from framing.model import Row, Table
    >>> t = Table(("actor",), "share", ("calm",), (Row(("eu",), 2, 30, {"calm": 50.0}, {"calm": 1}, {"calm": 1}),))
    >>> print(render(t, "csv"), end="")
    actor,statements,tokens,calm
    eu,2,30,50.0
    """
    return RENDERERS[check_format(fmt)](table)


# -- statements -------------------------------------------------------------

def statement_object(scored: ScoredStatement) -> dict[str, Any]:
    """One statement in the ``statements -f jsonl`` schema."""
    s = scored.statement
    return {
        "doc": s.doc, "source": s.source, "lang": s.lang, "actor": s.actor, "speaker": s.speaker,
        "kind": s.kind, "start": s.start, "end": s.end, "text": s.text, "tokens": scored.tokens,
        "frames": scored.frame_counts(),
        "hits": [{"frame": h.frame, "term": h.term, "start": h.start, "end": h.end}
                 for h in sorted(scored.hits, key=lambda h: (h.start, h.end, h.frame, h.term))],
        "confidence": s.confidence,
    }


def _frames_cell(counts: Mapping[str, int]) -> str:
    return ";".join(f"{frame}:{n}" for frame, n in counts.items())


def shorten(text: str, width: int = TEXT_WIDTH) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


STATEMENT_CSV_COLUMNS = ("doc", "source", "lang", "actor", "speaker", "kind", "start", "end",
                         "tokens", "frames", "confidence", "text")
STATEMENT_TABLE_COLUMNS = ("doc", "lang", "actor", "speaker", "kind", "start", "end", "tokens",
                           "frames", "text")


def _statement_row(scored: ScoredStatement, columns: Sequence[str], short: bool) -> list[Any]:
    obj = statement_object(scored)
    obj["frames"] = _frames_cell(obj["frames"])
    obj["confidence"] = repr(obj["confidence"])
    if short:
        obj["text"] = shorten(obj["text"])
    return [obj[c] for c in columns]


def iter_statements(scored: Iterable[ScoredStatement], fmt: str = DEFAULT_FORMAT) -> Iterator[str]:
    """Statements as text chunks, streaming for ``jsonl``, ``json``, ``csv``, ``tsv``.

    ``jsonl`` is the evaluation schema (see DESIGN.md), ``json`` a list of the
    same objects, ``csv``/``tsv`` flat with ``frames`` as ``frame:count;...``,
    tabulate formats a readable table with the text shortened.
    """
    check_format(fmt)
    if fmt == "jsonl":
        for item in scored:
            yield _dumps(statement_object(item)) + "\n"
    elif fmt == "json":
        yield from _json_list(statement_object(item) for item in scored)
    elif fmt in ("csv", "tsv"):
        rows = (_statement_row(item, STATEMENT_CSV_COLUMNS, short=False) for item in scored)
        yield from _csv((STATEMENT_CSV_COLUMNS, rows), fmt == "tsv")
    else:
        rows = [_statement_row(item, STATEMENT_TABLE_COLUMNS, short=True) for item in scored]
        yield _tabulate((STATEMENT_TABLE_COLUMNS, rows), fmt)


def render_statements(scored: Iterable[ScoredStatement], fmt: str = DEFAULT_FORMAT) -> str:
    """Statements as text in format ``fmt`` (see :func:`iter_statements`)."""
    return "".join(iter_statements(scored, fmt))
