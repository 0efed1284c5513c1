"""Which reader reads a file: by its suffix, after a compression suffix if any.

``news.csv`` is read by :func:`~framing.corpus.delimited.read_csv`,
``news.csv.gz`` by the same reader from the decompressed stream
(:mod:`framing.corpus.compressed`).
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Callable, Iterator

from framing.corpus.columns import Columns
from framing.corpus.compressed import COMPRESSIONS, decompressed, split_compression
from framing.corpus.delimited import read_csv, read_tsv
from framing.corpus.json_array import read_json
from framing.corpus.parquet import read_parquet
from framing.corpus.readers import read_jsonl, read_text
from framing.errors import InputError
from framing.model import Document

#: ``reader(stream, label, *, limit, columns)``: the documents of one open binary stream.
Reader = Callable[..., Iterator[Document]]


def _plain(read: Callable[..., Iterator[Document]]) -> Reader:
    """A reader of a format whose fields have fixed names (columns do not apply)."""
    def reader(stream: BinaryIO, label: str, *, limit: int, columns: Columns) -> Iterator[Document]:
        return read(stream, label, limit=limit)

    reader.__doc__ = read.__doc__
    return reader


#: Readers by file suffix. To add a format: write a module with
#: ``read_<format>(stream, label, *, limit, columns)`` yielding Documents from the
#: open binary stream, and add its suffix here (folders and compressed files pick it up too).
READERS: dict[str, Reader] = {
    ".txt": _plain(read_text),
    ".md": _plain(read_text),
    ".jsonl": _plain(read_jsonl),
    ".csv": read_csv,
    ".tsv": read_tsv,
    ".json": read_json,
    ".parquet": read_parquet,
}
#: The formats whose files are one document each, named by the file.
SINGLE_DOCUMENT = (".txt", ".md")


def file_format(name: str) -> tuple[str, str] | None:
    """The format suffix and the compression suffix (``""`` if none) of a file name, or None.

    >>> file_format("news.CSV.gz"), file_format("a.txt"), file_format("backup.tar.gz")
    (('.csv', '.gz'), ('.txt', ''), None)
    """
    inner, compression = split_compression(name)
    suffix = Path(inner).suffix.lower()
    return (suffix, compression) if suffix in READERS else None


def is_single_document(name: str) -> bool:
    """Whether a file of this name is one document, named by the file (``a.txt``, ``a.md.gz``)."""
    kind = file_format(name)
    return kind is not None and kind[0] in SINGLE_DOCUMENT


def read_file(path: Path, label: str, *, limit: int, columns: Columns) -> Iterator[Document]:
    """The documents of one file, by the reader its suffix names, decompressed if it says so."""
    kind = file_format(path.name)
    if kind is None:
        inner, compression = split_compression(path.name)
        shown = (Path(inner).suffix or ("" if compression else "(none)")) + compression
        raise InputError(f"unsupported file type {shown!r}; expected one of: {', '.join(sorted(READERS))} "
                         f"(compressed too: {', '.join(sorted(COMPRESSIONS))})", path=label)
    suffix, compression = kind
    try:
        with path.open("rb") as stream:
            source = decompressed(stream, compression, label) if compression else stream
            yield from READERS[suffix](source, label, limit=limit, columns=columns)
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror}", path=label) from None
