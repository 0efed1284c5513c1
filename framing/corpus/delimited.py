"""CSV and TSV corpora: a header row naming the columns, then one document per row.

Read with the :mod:`csv` module (CSV as Excel writes it; TSV tab-separated,
quoted the same way, as ``framing -f tsv`` writes it), one line at a time:
memory holds one row, not the file. A quoted field may span lines; a row is
numbered by the line it starts on. A row larger than the size limit
(``--max-document-bytes``) is refused before the rest of it is read. A
leading byte order mark (Excel's "CSV UTF-8") is dropped and blank rows are
skipped. Which column holds what: :mod:`framing.corpus.columns`.
"""

from __future__ import annotations

import csv
from typing import BinaryIO, Iterator

from framing.corpus.columns import Columns
from framing.corpus.readers import MAX_DOCUMENT_BYTES, decode_lines, empty_file, short_lines, too_large
from framing.corpus.rows import Rows, Where
from framing.errors import InputError
from framing.model import Document

# csv counts a field's length in characters, and a field is never longer than its row in bytes:
# this only has to be the size limit, capped where the csv module's own counter ends.
_FIELD_LIMIT_CAP = 2**31 - 1


def read_csv(stream: BinaryIO, label: str, *, limit: int = MAX_DOCUMENT_BYTES, columns: Columns = Columns()
             ) -> Iterator[Document]:
    """The documents of a CSV file, one per row below the header."""
    return _read(stream, label, limit, columns, "excel", "CSV")


def read_tsv(stream: BinaryIO, label: str, *, limit: int = MAX_DOCUMENT_BYTES, columns: Columns = Columns()
             ) -> Iterator[Document]:
    """The documents of a TSV file, one per row below the header."""
    return _read(stream, label, limit, columns, "excel-tab", "TSV")


def _read(stream: BinaryIO, label: str, limit: int, columns: Columns, dialect: str, kind: str
          ) -> Iterator[Document]:
    csv.field_size_limit(max(csv.field_size_limit(), min(limit + 2, _FIELD_LIMIT_CAP)))
    lines = _RowLines(stream, label, limit)
    reader = csv.reader(lines, dialect=dialect, strict=True)
    rows = Rows(columns, label, limit)
    header: list[str] | None = None
    header_line = 0
    while True:
        lines.next_row()
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            raise InputError(f"malformed {kind} row: {e}", path=label, line=lines.first) from None
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header, header_line = row, lines.first
            rows.use_header(header, header_line)
            continue
        if len(row) != len(header):
            raise InputError(f"malformed {kind} row: {len(row)} fields, but the header (line {header_line}) "
                             f"has {len(header)}", path=label, line=lines.first)
        yield rows.document(dict(zip(header, row)), Where(label, lines.first))
    if not rows.count:
        raise empty_file(label) if header is None else InputError(
            f"no documents: the header (line {header_line}) has no rows below it", path=label)


class _RowLines:
    """The decoded lines of a stream, for :func:`csv.reader`, with the bytes of the current row counted.

    Call :meth:`next_row` before each row is read: a row (all its lines,
    line ends aside) longer than ``limit`` bytes is refused, naming the line
    it starts on, once that much of it has been read.
    """

    def __init__(self, stream: BinaryIO, label: str, limit: int) -> None:
        self.label, self.limit = label, limit
        self.line = 0  # the last line read
        self.first = 1  # the line the current row starts on
        self._used = 0
        self._lines = decode_lines(self._counted(short_lines(stream, limit)), label)

    def next_row(self) -> None:
        self.first = self.line + 1
        self._used = 0

    def __iter__(self) -> _RowLines:
        return self

    def __next__(self) -> str:
        self.line, text = next(self._lines)
        return text.removeprefix("\ufeff") if self.line == 1 else text

    def _counted(self, raw: Iterator[bytes]) -> Iterator[bytes]:
        for line in raw:
            self._used += len(line)
            if self._used - (len(line) - len(line.rstrip(b"\r\n"))) > self.limit:
                raise too_large(self.label, self.limit, self.first)
            yield line
