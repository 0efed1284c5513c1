"""Document ids read so far, to refuse a duplicate without keeping documents.

Every id is kept, with where it was first read (its file's number and line,
packed in one int), in one dict for all the sources read together. That is
the only memory of reading that grows with the corpus: some 110 bytes plus
the id's length per document (measured: 3.5 MiB for 30,000 ids of 10
characters, 33 MiB for 300,000).
"""

from __future__ import annotations

from bisect import bisect_right

from framing.errors import InputError
from framing.model import Document

# A file's number is kept above its lines: no file has 2**32 lines.
_LINE_BITS = 32


class DocumentIds:
    """The ids of the documents read so far, and which file and line each came from.

    Call :meth:`start_source` before each source, :meth:`start_file` before
    each file (or stream) of it, and :meth:`add` with each document read.

    Examples
    --------
    >>> ids = DocumentIds()
    >>> ids.start_source("news.jsonl"); ids.start_file("news.jsonl")
    >>> ids.add(Document(id="a", text="A.", meta={"line": "1"}))
    >>> ids.add(Document(id="a", text="A again.", meta={"line": "3"}))
    Traceback (most recent call last):
    ...
    framing.errors.InputError: news.jsonl:3: duplicate document id 'a' (first on line 1)
    """

    def __init__(self) -> None:
        self._first: dict[str, int] = {}
        self._sources: list[str] = []
        self._source_files: list[int] = []  # the number of each source's first file
        self._file = -1
        self._label = ""

    def start_source(self, source: str) -> None:
        """The files that follow belong to ``source`` (a path, ``-`` or a bundled name, as given)."""
        self._sources.append(source)
        self._source_files.append(self._file + 1)

    def start_file(self, label: str) -> None:
        """The documents that follow come from the file ``label`` (as shown in errors)."""
        self._file += 1
        self._label = label

    def add(self, doc: Document) -> None:
        """Record ``doc.id``, or raise :class:`InputError` if it was read before.

        The error names the file (and line, or row of a Parquet file) of the
        duplicate: for a repeat in the same file, the line (row) of the first;
        in another file of the same source, that file; in another source, that
        source.
        """
        unit = "row" if "row" in doc.meta else "line"
        line = int(doc.meta.get(unit, 0))
        here = self._file << _LINE_BITS | line
        first = self._first.setdefault(doc.id, here)
        if first == here:
            return
        file, first_line = first >> _LINE_BITS, first & ((1 << _LINE_BITS) - 1)
        if file < self._source_files[-1]:
            earlier = self._sources[bisect_right(self._source_files, file) - 1]
            raise InputError(f"duplicate document id {doc.id!r} (also in {earlier})", path=self._sources[-1])
        if file == self._file and first_line and unit == "row":
            raise InputError(f"row {line}: duplicate document id {doc.id!r} (first on row {first_line})",
                             path=self._label)
        if file == self._file and first_line:
            raise InputError(f"duplicate document id {doc.id!r} (first on line {first_line})",
                             path=self._label, line=line or None)
        raise InputError(f"duplicate document id {doc.id!r}", path=self._label)
