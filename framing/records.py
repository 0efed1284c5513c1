"""Records, and views of any result, as text in every format (:mod:`framing.formats`). Pure: no printing.

A result is written by the kind of its format: ``csv`` with Python's ``csv``
module (tabulate's own ``tsv`` pads cells), ``json`` and ``jsonl`` with fixed
key order and ``ensure_ascii=False``, and tabulate's table formats. Output is
deterministic, with ``\\n`` line ends and a trailing newline.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

from framing.formats import CSV, DEFAULT_FORMAT, JSON, JSONL, get_format

#: Width of the text column in tabulate renderings of statements.
TEXT_WIDTH = 60

Records = tuple[Sequence[str], Sequence[Sequence[Any]]]


# -- generic records (header + rows) in every format -----------------------

def write_csv(records: Records, delimiter: str = ",") -> Iterator[str]:
    """Records as CSV (or TSV with ``delimiter="\\t"``), a chunk per row."""
    headers, rows = records
    buffer = io.StringIO()
    writer = csv.writer(buffer, dialect="excel-tab" if delimiter == "\t" else "excel", lineterminator="\n")
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


def tabulated(records: Records, fmt: str, align: Sequence[str] | None = None) -> str:
    """Records as a tabulate table in table format ``fmt``."""
    from tabulate import tabulate  # here: a third of the CLI's import time, and only tables need it

    headers, rows = records
    rows = [list(r) for r in rows]
    if align is None:
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


def dumps(obj: Any, indent: int | None = None) -> str:
    """JSON as every format writes it: non-ASCII as is, fixed key order."""
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def render_records(headers: Sequence[str], rows: Iterable[Sequence[Any]], fmt: str) -> str:
    """Any list of records as text: a header row and rows of plain values.

    ``json`` is a list of objects, ``jsonl`` one object per line. Used by the
    listing commands (``lexicons``, ``actors``, ``corpora``).
    """
    return "".join(iter_records(headers, rows, fmt))


def iter_records(headers: Sequence[str], rows: Iterable[Sequence[Any]], fmt: str) -> Iterator[str]:
    """:func:`render_records` in chunks, streaming where the format allows."""
    chosen = get_format(fmt)
    if chosen.kind == CSV:
        yield from write_csv((headers, rows), chosen.delimiter)
    elif chosen.kind == JSONL:
        for row in rows:
            yield dumps(dict(zip(headers, row))) + "\n"
    elif chosen.kind == JSON:
        yield from json_list(dict(zip(headers, row)) for row in rows)
    else:
        yield tabulated((headers, list(rows)), fmt)


def json_list(objects: Iterable[Any]) -> Iterator[str]:
    """A JSON list, one object per line, streamed."""
    first = True
    for obj in objects:
        yield ("[\n  " if first else ",\n  ") + dumps(obj)
        first = False
    yield "[]\n" if first else "\n]\n"


# -- views: any other result in every format ----------------------------------

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
#: First-strong isolate and pop directional isolate (Unicode bidi controls).
FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """Each line of ``text`` that holds right-to-left script, wrapped in a bidi isolate.

    The characters stay in logical order. The isolate keeps a terminal's
    bidi algorithm from running Arabic in neighbouring cells together, which
    would swap the columns of a table; it has no width and no other effect.
    """
    return "\n".join(FSI + line + PDI if _RTL.search(line) else line for line in text.split("\n"))


@dataclass(frozen=True)
class View:
    """One result laid out for every format.

    ``json`` is the ``-f json`` document, ``lines`` the ``-f jsonl`` objects,
    ``flat`` the ``csv``/``tsv`` records (plain values), ``table`` the records
    for tabulate formats (pre-formatted strings, cells may span lines),
    ``align`` their column alignment and ``title`` a line shown above them.
    """

    json: Any
    lines: Sequence[Any]
    flat: Records
    table: Records
    align: Sequence[str] | None = None
    title: str | None = None


def render_view(view: View, fmt: str = DEFAULT_FORMAT) -> str:
    """A :class:`View` as text in format ``fmt``."""
    chosen = get_format(fmt)
    if chosen.kind == CSV:
        return "".join(write_csv(view.flat, chosen.delimiter))
    if chosen.kind == JSON:
        return dumps(view.json, indent=2) + "\n"
    if chosen.kind == JSONL:
        return "".join(dumps(obj) + "\n" for obj in view.lines)
    text = tabulated(view.table, fmt, view.align)
    return text if view.title is None else f"{view.title}\n\n{text}"
