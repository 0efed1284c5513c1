"""Parquet corpora: one document per row, read a batch of rows at a time.

Needs the optional extra ``pip install "framing[parquet]"`` (pyarrow). Only
the columns that hold a field are read, a batch of :data:`BATCH` rows at a
time (within one row group), so memory holds a batch, not the file. Text,
integer, decimal, date and timestamp columns are read as text
(:mod:`framing.corpus.rows`); rows are numbered from 1 in errors. Parquet
compresses inside the file and is read by seeking to its footer, so a
``.parquet.gz`` is refused: read the ``.parquet`` itself.
"""

from __future__ import annotations

from typing import Any, BinaryIO, Iterator

from framing.corpus.columns import Columns
from framing.corpus.readers import MAX_DOCUMENT_BYTES
from framing.corpus.rows import Rows, Where
from framing.errors import InputError
from framing.model import Document

#: Rows per batch read.
BATCH = 256
INSTALL = 'pip install "framing[parquet]"'


def read_parquet(stream: BinaryIO, label: str, *, limit: int = MAX_DOCUMENT_BYTES, columns: Columns = Columns()
                 ) -> Iterator[Document]:
    """The documents of a Parquet file, one per row."""
    pa, pq = _pyarrow(label)
    if not stream.seekable():
        raise InputError("a Parquet file must be read whole, by seeking: read the .parquet file itself, "
                         "not a compressed copy", path=label)
    try:
        table = pq.ParquetFile(stream, pre_buffer=False)  # pre-buffering reads every row group at once
    except (pa.ArrowException, OSError) as e:
        raise InputError(f"not a Parquet file: {e}", path=label) from None
    rows = Rows(columns, label, limit)
    layout = rows.use_header(table.schema_arrow.names)
    _check_text_type(table.schema_arrow, layout["text"], label, pa)
    batches = table.iter_batches(batch_size=BATCH, columns=sorted(set(layout.values())))
    while True:
        try:
            batch = next(batches, None)
        except (pa.ArrowException, OSError) as e:
            raise InputError(f"cannot read row {rows.count + 1} on: {e}", path=label) from None
        if batch is None:
            break
        for record in batch.to_pylist():
            yield rows.document(record, Where(label, rows.count + 1, "row"))
    if not rows.count:
        raise InputError("no documents: the file has no rows", path=label)


def _pyarrow(label: str) -> tuple[Any, Any]:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise InputError(f"reading Parquet needs pyarrow: {INSTALL}", path=label) from None
    return pyarrow, pyarrow.parquet


def _check_text_type(schema: Any, column: str, label: str, pa: Any) -> None:
    kind = schema.field(column).type
    if pa.types.is_dictionary(kind):
        kind = kind.value_type
    if not (pa.types.is_string(kind) or pa.types.is_large_string(kind) or getattr(pa.types, "is_string_view",
                                                                                  lambda _: False)(kind)):
        raise InputError(f"column {column!r} (the text) holds {kind}, not text", path=label)
