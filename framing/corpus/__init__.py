"""Reading corpora: files, folders, JSONL, tables, stdin and bundled corpora.

A *source* is one of:

- a ``.txt`` or ``.md`` file: one document whose id is the file stem;
- a ``.jsonl`` file: one document per line, ``{"id": ..., "text": ...}``
  required, ``source``, ``date``, ``lang``, ``url``, ``title`` optional;
- a table: a ``.csv`` or ``.tsv`` file with a header row, a ``.json`` array
  of objects or a ``.parquet`` file, one document per row, its fields found
  in the columns :class:`Columns` names (:mod:`framing.corpus.columns`);
- any of these files compressed, ``.gz`` or ``.zst`` (``news.jsonl.gz``),
  decompressed as it is read (:mod:`framing.corpus.compressed`);
- a folder: every such file below it (hidden files and
  folders skipped), in order of relative path, with optional ``corpus.yml``
  metadata (see :mod:`framing.corpus.manifest`) and an optional
  ``actors.yml`` registry (see :func:`corpus_registry_path`);
- ``-``: standard input, JSONL if its first non-space character is ``{``,
  else one plain-text document with id ``stdin``;
- a bare name such as ``kazakhstan-2022``: a bundled corpus (an existing
  path of that name wins).

A single file inside a folder gets that folder's ``corpus.yml`` metadata too.

Texts are UTF-8 decoded and nothing else (see :mod:`framing.corpus.readers`):
CRLF line ends are kept and a leading byte order mark stays in the text as
U+FEFF, so offsets index the text exactly as read. A document larger than
``max_bytes`` (a plain-text file, a JSONL line, a row of a table, stdin's
text) is refused before it is read whole (a Parquet row: once read). Document ids must be unique within a source.
Problems raise :class:`framing.errors.InputError` naming the file (and line,
where there is one): this covers paths the system cannot open (too long,
symbolic link loops) too, and folders are walked without recursion, so any
depth is read.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from itertools import chain
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, NamedTuple

from framing import resources
from framing.corpus.columns import DEFAULT_COLUMNS, Columns
from framing.corpus.compressed import COMPRESSIONS, file_stem
from framing.corpus.ids import DocumentIds
from framing.corpus.manifest import MANIFEST, Manifest, load_manifest
from framing.corpus.readers import MAX_DOCUMENT_BYTES, decode, read_at_most, read_jsonl, short_lines
from framing.corpus.registry import READERS, file_format, is_single_document, read_file
from framing.errors import InputError
from framing.model import Document

__all__ = [
    "COMPRESSIONS", "DEFAULT_COLUMNS", "MAX_DOCUMENT_BYTES", "READERS", "REGISTRY", "Columns", "Manifest",
    "corpus_manifest", "corpus_registry_path", "load_corpora", "load_corpus", "source_files",
]

#: The file name of a corpus's own actor registry.
REGISTRY = "actors.yml"
STDIN = "-"


def load_corpus(source: str, *, stdin: BinaryIO | None = None, max_bytes: int = MAX_DOCUMENT_BYTES,
                columns: Columns | None = None) -> Iterator[Document]:
    """Stream the documents of one source, one at a time.

    Files are opened one at a time and JSONL and tables are read line by
    line (row by row), so a bad line is reported when reading reaches it,
    after the documents before it.

    Parameters
    ----------
    source : a file, a folder, ``-`` for standard input, or a bundled corpus name.
    stdin : the binary stream ``-`` reads (default ``sys.stdin.buffer``).
    max_bytes : the largest document read (a plain-text file, a JSONL line, a row of a table).
    columns : the columns of a table that hold each field (default: the usual names, see
        :data:`DEFAULT_COLUMNS`).

    Yields
    ------
    Document
        With ``source`` from the manifest, the JSONL record, or ``"unknown"``.

    Raises
    ------
    InputError
        For a missing or unreadable path, an unsupported file type, binary
        or non-UTF-8 data, an empty file or folder, a bad JSONL line or row,
        a table without a text column, a document larger than ``max_bytes``,
        duplicate ids.

    Examples
    --------
    >>> docs = list(load_corpus("kazakhstan-2022"))
    >>> [(d.id, d.source) for d in docs]
    [('almayadeen-2022-01-06', 'Al Mayadeen')]
    """
    return _load(source, stdin, DocumentIds(), _Reading(max_bytes, columns or Columns()))


def load_corpora(sources: Iterable[str], *, stdin: BinaryIO | None = None, max_bytes: int = MAX_DOCUMENT_BYTES,
                 columns: Columns | None = None) -> Iterator[Document]:
    """Stream the documents of several sources; ids must be unique across them.

    Only the ids are kept, to find duplicates (see :mod:`framing.corpus.ids`).
    """
    ids = DocumentIds()
    reading = _Reading(max_bytes, columns or Columns())
    for source in sources:
        yield from _load(source, stdin, ids, reading)


class _Reading(NamedTuple):
    """How every file of a corpus is read."""

    limit: int
    columns: Columns


def _load(source: str, stdin: BinaryIO | None, ids: DocumentIds, reading: _Reading) -> Iterator[Document]:
    ids.start_source(source)
    if source == STDIN:
        yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, ids, reading.limit)
        return
    path, label = _resolve(source)
    if path.is_dir():
        yield from _read_folder(path, label, ids, reading)
        return
    manifest = load_manifest(path.parent, str(Path(label).parent))
    ids.start_file(label)
    for doc in read_file(path, label, limit=reading.limit, columns=reading.columns):
        ids.add(doc)
        yield manifest.apply(replace(doc, meta={"file": path.name, **doc.meta}))


def corpus_registry_path(source: str) -> Path | None:
    """The ``actors.yml`` that applies to a source, or None.

    For a folder (or bundled corpus) it is the one in that folder, for a file
    the one beside it; stdin has none.
    """
    if source == STDIN:
        return None
    try:
        path, _ = _resolve(source)
    except InputError:
        return None
    registry = (path if path.is_dir() else path.parent) / REGISTRY
    return registry if _is_file(registry) else None


def source_files(source: str) -> list[Path]:
    """Every file that reading ``source`` opens: its documents, and the ``corpus.yml``
    and ``actors.yml`` that apply to them (none for stdin or an unknown name).

    Writers check their output against these, so as never to overwrite an input.
    """
    if source == STDIN:
        return []
    try:
        path, label = _resolve(source)
    except InputError:
        return []
    folder = path if path.is_dir() else path.parent
    documents = _folder_files(path, label) if path.is_dir() else [path]
    return [*documents, *(p for p in (folder / MANIFEST, folder / REGISTRY) if _is_file(p))]


def corpus_manifest(source: str) -> Manifest:
    """The ``corpus.yml`` of a folder or bundled corpus (empty if none)."""
    path, label = _resolve(source)
    return load_manifest(path if path.is_dir() else path.parent, label if path.is_dir() else str(Path(label).parent))


def _resolve(source: str) -> tuple[Path, str]:
    """The path a source names and the label to show for it in errors."""
    path = Path(source)
    try:
        found = path.exists()
    except OSError as e:  # a name too long for the file system
        raise InputError(f"cannot read: {e.strerror}", path=source) from None
    if found:
        return path, source.rstrip("/") or source
    if path.is_symlink():
        raise InputError("cannot follow this symbolic link: it loops, or its target is missing", path=source)
    bundled = resources.corpus_path(source) if "/" not in source else None
    if bundled is not None:
        return bundled, source
    names = ", ".join(resources.bundled_corpora()) or "none"
    raise InputError(f"no such file or folder, and no bundled corpus of that name (bundled: {names})", path=source)


def _read_folder(folder: Path, label: str, ids: DocumentIds, reading: _Reading) -> Iterator[Document]:
    files = _folder_files(folder, label)
    if not files:
        raise InputError(f"empty folder: no {', '.join(sorted(READERS))} files below it "
                         f"(compressed too: {', '.join(sorted(COMPRESSIONS))})", path=label)
    manifest = load_manifest(folder, label)
    # With only plain-text files every id is known up front, so a manifest
    # entry for a missing document fails before any output is produced.
    if all(is_single_document(p.name) for p in files):
        _check_manifest(manifest, {file_stem(p.name) for p in files})
    listed: set[str] = set()  # the manifest's ids found, not every id: that set stays as small as the manifest
    for path in files:
        rel = path.relative_to(folder).as_posix()
        ids.start_file(f"{label}/{rel}")
        for doc in read_file(path, f"{label}/{rel}", limit=reading.limit, columns=reading.columns):
            ids.add(doc)
            if doc.id in manifest.documents:
                listed.add(doc.id)
            yield manifest.apply(replace(doc, meta={"file": rel, **doc.meta}))
    _check_manifest(manifest, listed)


def _folder_files(folder: Path, label: str) -> list[Path]:
    """The documents below ``folder`` in order of relative path: files of a known suffix, hidden
    files and folders left out, folders that are symbolic links not entered (as ``rglob`` does).

    Walked with a list of folders to visit, not recursion, so no depth is too deep.
    """
    found: list[Path] = []
    pending = [folder]
    while pending:
        here = pending.pop()
        for entry in _entries(here, folder, label):
            path = here / entry.name
            if entry.is_dir(follow_symlinks=False):
                pending.append(path)
            elif file_format(entry.name) is not None and _is_document(entry, _shown(path, folder, label)):
                found.append(path)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _entries(here: Path, folder: Path, label: str) -> list[os.DirEntry[str]]:
    """The entries of one folder that are not hidden; none if it may not be read (as ``rglob`` does)."""
    try:
        with os.scandir(here) as entries:
            return [e for e in entries if not e.name.startswith(".")]
    except PermissionError:
        return []
    except OSError as e:  # too long a path (PATH_MAX), a folder gone meanwhile
        raise InputError(f"cannot read folder: {e.strerror}", path=_shown(here, folder, label)) from None


def _is_document(entry: os.DirEntry[str], shown: str) -> bool:
    try:
        return entry.is_file()
    except OSError:  # a symbolic link that loops
        raise InputError("cannot follow this symbolic link: it loops", path=shown) from None


def _shown(path: Path, folder: Path, label: str) -> str:
    rel = path.relative_to(folder).as_posix()
    return label if rel == "." else f"{label}/{rel}"


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a name too long for the file system
        return False


def _read_stdin(stream: BinaryIO, ids: DocumentIds, limit: int) -> Iterator[Document]:
    """JSONL, read line by line, if the first character that is not a space or a
    byte order mark is ``{``; else one plain-text document, read whole (up to ``limit`` bytes)."""
    label = "<stdin>"
    ids.start_file(label)
    lines = short_lines(stream, limit)
    head: list[bytes] = []  # blank lines, then the first line with that character
    first = ""
    for line in lines:
        head.append(line)
        first = line.decode("utf-8", "replace").lstrip("\ufeff \t\r\n")[:1]
        if first:
            break
    docs: Iterable[Document]
    if first == "{":
        docs = read_jsonl(chain(head, lines), label, limit=limit)
    else:
        docs = [Document(id="stdin", text=decode(read_at_most(stream, label, limit, b"".join(head)), label))]
    for doc in docs:
        ids.add(doc)
        yield Manifest().apply(doc)


def _check_manifest(manifest: Manifest, found: set[str]) -> None:
    missing = manifest.unknown_ids(found)
    if missing:
        raise InputError(f"documents.{missing[0]}: no document with this id in the folder",
                         path=manifest.path, line=manifest.lines.get(missing[0]))
