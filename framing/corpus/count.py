"""How many documents a corpus holds, when that is cheap to know: for progress with a total.

A text or Markdown file is one document, a JSONL file one per non-empty line
(counted in C, a megabyte at a time), a CSV or TSV one per line after the
header (a quoted field over several lines makes that an upper bound), a
Parquet file its row count from the footer. Compressed files, JSON arrays,
stdin and URLs are not counted: the total is then unknown (None), and
progress counts documents without one.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from framing.corpus.registry import file_format, is_single_document

_CHUNK = 1 << 20
_BLANK = re.compile(rb"(?=\n\r?\n)")  # an empty line: a line end right after a line end


def corpus_size(sources: Iterable[str]) -> int | None:
    """The number of documents of corpus sources (files, folders, bundled names), None when unknown
    (stdin, a compressed file, a JSON array, a URL)."""
    from framing.corpus import STDIN, source_files

    total = 0
    for source in sources:
        files = source_files(source)
        n = count_documents(files) if files and source != STDIN else None
        if n is None:
            return None
        total += n
    return total


def count_documents(files: Iterable[Path]) -> int | None:
    """The number of documents in ``files`` (a corpus's :func:`framing.corpus.source_files`), or None."""
    total = 0
    for path in files:
        found = file_format(path.name)
        if found is None:
            continue  # corpus.yml, actors.yml
        suffix, compression = found
        n = None if compression else _count(path, suffix)
        if n is None:
            return None
        total += n
    return total


def _count(path: Path, suffix: str) -> int | None:
    if is_single_document(path.name):
        return 1
    if suffix == ".jsonl":
        return _lines(path, nonblank=True)
    if suffix in (".csv", ".tsv"):
        return max(_lines(path, nonblank=True) - 1, 0)
    if suffix == ".parquet":
        try:
            import pyarrow.parquet as pq
        except ImportError:
            return None
        return pq.ParquetFile(path).metadata.num_rows
    return None


def _lines(path: Path, *, nonblank: bool) -> int:
    """Lines of a file; with ``nonblank``, those with a character besides the line end."""
    count = blank = 0
    previous = b"\n"
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            count += chunk.count(b"\n")
            if nonblank:
                blank += len(_BLANK.findall(chunk)) + (previous == b"\n" and chunk[:1] == b"\n")
            previous = chunk[-1:]
    if previous != b"\n":
        count += 1  # a last line without its line end
    return count - blank if nonblank else count
