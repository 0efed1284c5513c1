"""The rows of a table (a CSV line, a JSON object, a Parquet row) as documents.

Each field is read from the column :class:`~framing.corpus.columns.Columns`
finds for it. A cell is text; a number or a date (JSON, Parquet) is written
as text (``12345``, ``2022-01-06``); an empty cell or null is missing, and
a missing text is an empty document. A row with no id (no id column, or an
empty cell) is ``<file stem>-<row number>``, rows numbered from 1 below the
header. Lists, mappings and booleans are refused, naming the row and column.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from framing.corpus.columns import Columns
from framing.corpus.compressed import file_stem
from framing.corpus.readers import too_large
from framing.errors import InputError
from framing.model import Document

# Enough layouts for JSON objects whose keys come in a few orders; more are found again.
_LAYOUTS = 64
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Where:
    """Where a row is: its file, and its line (text formats) or row number (Parquet)."""

    label: str
    number: int
    unit: str = "line"

    def error(self, message: str) -> InputError:
        """An :class:`InputError` at this row."""
        if self.unit == "line":
            return InputError(message, path=self.label, line=self.number)
        return InputError(f"{self.unit} {self.number}: {message}", path=self.label)

    @property
    def meta(self) -> dict[str, str]:
        return {self.unit: str(self.number)}


class Rows:
    """Turns the rows of one file into documents, numbering them.

    Call :meth:`use_header` once for a table with a header (CSV, Parquet);
    without one (a JSON array), each row's own keys are looked up.
    """

    def __init__(self, columns: Columns, label: str, limit: int) -> None:
        self.columns, self.label, self.limit = columns, label, limit
        self.stem = file_stem(label)
        self.count = 0
        self._header: dict[str, str] | None = None
        self._layouts: dict[tuple[str, ...], dict[str, str]] = {}

    def use_header(self, header: list[str], line: int | None = None) -> dict[str, str]:
        """Find the columns in ``header`` (``line`` for errors); every row has these."""
        self._header = self.columns.find(header, self.label, line)
        return self._header

    def document(self, record: Mapping[str, Any], where: Where) -> Document:
        """The document in one row (a mapping of column names to values)."""
        self.count += 1
        layout = self._header if self._header is not None else self._layout(record, where)
        values = {key: cell(record.get(column), key, column, where) for key, column in layout.items()}
        if _larger(values.values(), self.limit):
            raise where.error(too_large(self.label, self.limit).message)
        doc_id = values.pop("id", "")
        text = values.pop("text", "")
        fields = {key: value for key, value in values.items() if value}
        return Document(id=doc_id if doc_id.strip() else f"{self.stem}-{self.count}", text=text,
                        meta=where.meta, **fields)

    def _layout(self, record: Mapping[str, Any], where: Where) -> dict[str, str]:
        keys = tuple(record)
        layout = self._layouts.get(keys)
        if layout is None:
            if len(self._layouts) >= _LAYOUTS:
                self._layouts.clear()
            line = where.number if where.unit == "line" else None
            layout = self._layouts[keys] = self.columns.find(keys, self.label, line, required=False)
        return layout


def _larger(values: Iterable[str], limit: int) -> bool:
    """Whether ``values`` take more than ``limit`` bytes in UTF-8."""
    values = list(values)
    # a character is at most 4 bytes: most rows need not be encoded to be measured
    if sum(len(v) for v in values) <= limit // 4:
        return False
    return sum(len(v.encode("utf-8", "surrogatepass")) for v in values) > limit


def cell(value: Any, key: str, column: str, where: Where) -> str:
    """The text of one cell; ``""`` for an empty one."""
    if value is None:
        return ""
    if isinstance(value, str):
        bad = _SURROGATE.search(value)
        if bad:
            raise where.error(f"column {column!r} holds an unpaired surrogate \\u{ord(bad.group()):04x} at "
                              f"character {bad.start()}: an invalid \\u escape, not a character")
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float, decimal.Decimal, dt.date, bytes)):
        raise where.error(f"column {column!r} (the {key}) must be text, a number or a date, got {_kind(value)}")
    if isinstance(value, bytes):
        try:
            return cell(value.decode("utf-8"), key, column, where)
        except UnicodeDecodeError:
            raise where.error(f"column {column!r} (the {key}) holds bytes that are not UTF-8 text") from None
    if isinstance(value, float):
        return "" if math.isnan(value) else str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.date):  # datetime too
        return value.isoformat()
    return str(value)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, (list, tuple)):
        return "a list"
    return type(value).__name__
