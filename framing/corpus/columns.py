"""Which column of a table holds each field of a document.

CSV, TSV, JSON-array and Parquet corpora are tables whose columns are named
by whoever exported them (Media Cloud's ``stories_id`` and ``media_name``,
GDELT's ``seendate``, a scraper's ``body``). A document's fields are found
under the names given (``--text-column body``, or a columns file), else
under the first of the common names in :data:`DEFAULT_COLUMNS` the table has.
A name matches exactly, else ignoring case and surrounding spaces.

A columns file is YAML, one field per key::

    text: body
    source: outlet
    date: published
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

from framing import yaml_text
from framing.corpus.readers import read_small_text
from framing.errors import InputError, UsageError
from framing.yaml_shape import TEXT, Fields, read

#: The names each field is looked for under when none is given, first found wins.
from framing.corpus_defaults import DEFAULT_COLUMNS  # noqa: E402  (re-exported: the readers' defaults)
#: The fields with an option of their own (``--text-column``); url and title are named in a columns file.
OPTIONS = ("id", "text", "source", "date", "lang")
#: The most column names an error message lists.
SHOWN = 20
#: The shape of a columns file: a field's column is a name as written (``2022`` is the column '2022').
_COLUMN = TEXT.but(expected="a column name", check=lambda name: bool(name.strip()))
_COLUMNS = Fields(dict.fromkeys(DEFAULT_COLUMNS, _COLUMN), expected="a mapping of fields to column names (text: body)")


@dataclass(frozen=True)
class Columns:
    """The column names given for some fields (``{"text": "body"}``); the rest take the defaults.

    Examples
    --------
    >>> Columns({"text": "body"}).find(["ID", "body", "Outlet"], "news.csv")
    {'id': 'ID', 'text': 'body', 'source': 'Outlet'}
    """

    names: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for key, name in self.names.items():
            if key not in DEFAULT_COLUMNS:
                raise UsageError(f"unknown field {key!r} for a column; expected one of: {', '.join(DEFAULT_COLUMNS)}")
            if not name.strip():
                raise UsageError(f"the {key} column needs a name, got an empty one")

    @classmethod
    def of(cls, file: str | None = None, **names: str | None) -> Columns:
        """The names of a columns ``file`` (if any), overridden by the ``names`` given (None: not given)."""
        found = dict(load_columns(file)) if file else {}
        found.update((key, name) for key, name in names.items() if name is not None)
        return cls(found)

    def find(self, header: Iterable[str], label: str, line: int | None = None, *, required: bool = True
             ) -> dict[str, str]:
        """The column of ``header`` that holds each field found (``field -> column``).

        A name given must be in ``header`` and the text column must be found,
        else :class:`InputError` naming ``label`` (and ``line``) and listing the
        columns there are; with ``required=False`` (a JSON object, whose keys
        vary) a field given but absent is just missing.
        """
        header = list(header)
        exact = set(header)
        folded: dict[str, list[str]] = {}
        for name in header:
            folded.setdefault(name.strip().casefold(), []).append(name)
        found: dict[str, str] = {}
        for key, candidates in DEFAULT_COLUMNS.items():
            given = self.names.get(key)
            for name in (given,) if given is not None else candidates:
                column = name if name in exact else _one(folded.get(name.strip().casefold(), []), key, label, line)
                if column is not None:
                    found[key] = column
                    break
            else:
                if given is not None and required:
                    raise InputError(f"no column {given!r} for the {key}; {_listed(header)}", path=label, line=line)
        if "text" not in found:
            raise InputError(f"no text column (looked for {', '.join(DEFAULT_COLUMNS['text'])}; "
                             f"name it with --text-column); {_listed(header)}", path=label, line=line)
        return found


def _one(columns: list[str], key: str, label: str, line: int | None) -> str | None:
    if len(columns) > 1:
        how = f"--{key}-column" if key in OPTIONS else "a columns file (--columns)"
        raise InputError(f"columns {columns[0]!r} and {columns[1]!r} both match the {key}; name one with {how}",
                         path=label, line=line)
    return columns[0] if columns else None


def _listed(header: list[str]) -> str:
    if not header:
        return "no columns found"
    shown = ", ".join(repr(name) for name in header[:SHOWN])
    more = f", ... ({len(header)} in all)" if len(header) > SHOWN else ""
    return f"columns found: {shown}{more}"


def load_columns(path: str) -> dict[str, str]:
    """The ``field: column`` entries of a columns file (YAML), checked, errors naming file and line."""
    top = read(yaml_text.parse(read_small_text(Path(path), path), path, InputError), _COLUMNS, file=path, error=InputError,
               label="the columns file")
    return {key: str(value.data) for key, value in top.items()}
