"""Output formats: the one registry of format names.

A format is known by its name and written by its *kind*: ``csv`` (a field
delimiter), ``json`` (one document), ``jsonl`` (one object per line) or
``table`` (a tabulate table format, every one tabulate has). Every renderer
(comparison tables, records, views, statements) dispatches on the kind, so a
new format is one entry in :data:`DATA_FORMATS` (or a new tabulate format)
plus a golden file in ``tests/golden/``; ``ndjson`` is such an entry, an
alias of ``jsonl``.

Looking a data format up does not import tabulate (a third of the command
line's start-up); the table formats are listed from tabulate on first need.

>>> get_format("tsv")
Format(name='tsv', kind='csv', delimiter='\\t')
>>> get_format("ndjson").kind
'jsonl'
>>> get_format("github").kind
'table'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from framing.errors import UsageError

#: The kinds of format, each written one way by every renderer.
CSV, JSON, JSONL, TABLE = "csv", "json", "jsonl", "table"
DEFAULT_FORMAT = "simple"


@dataclass(frozen=True)
class Format:
    """A format name and how it is written (``delimiter``: of the ``csv`` kind)."""

    name: str
    kind: str
    delimiter: str = ","


#: The machine-readable formats, in the order ``--help`` lists them.
DATA_FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("csv", CSV),
    Format("tsv", CSV, "\t"),
    Format("json", JSON),
    Format("jsonl", JSONL),
    Format("ndjson", JSONL),  # newline-delimited JSON: jsonl by its other name
)}


@cache
def _table_formats() -> tuple[str, ...]:
    from tabulate import tabulate_formats

    return tuple(sorted(set(tabulate_formats) - set(DATA_FORMATS)))


def get_format(name: str) -> Format:
    """The format called ``name``, else a :class:`UsageError` listing them."""
    found = DATA_FORMATS.get(name)
    if found is not None:
        return found
    if name in _table_formats():
        return Format(name, TABLE)
    raise UsageError(f"unknown format {name!r}; choose from: {', '.join(formats())}")


def formats() -> list[str]:
    """All format names: the data formats, then tabulate's, sorted."""
    return [*DATA_FORMATS, *_table_formats()]


def check_format(name: str) -> str:
    """``name`` if it is a known format, else a :class:`UsageError` listing them."""
    get_format(name)
    return name
