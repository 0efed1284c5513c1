"""Readers of plain text and JSONL, and what every reader shares.

Each reader takes an open binary stream and a *label* (the path as shown in
error messages, e.g. ``news/a.txt`` or ``<stdin>``) and yields
:class:`Document` objects whose ``text`` is the bytes decoded as UTF-8 and
nothing else: no newline translation (CRLF stays CRLF), no normalisation, and
a leading byte order mark stays in the text as U+FEFF. Offsets computed later
therefore index the text exactly as read.

A plain-text file is one document and is read whole; a JSONL file is read
one line at a time, so memory holds one line, not the file. Either is read
only up to a size limit (:data:`MAX_DOCUMENT_BYTES` unless a reader is given
``limit``): a document larger than that is refused, naming its file (and
line), before more of it is read.

The readers of tables (CSV, TSV, JSON arrays, Parquet) have modules of
their own, and :mod:`framing.corpus.registry` says which reader reads a file.

Metadata a reader cannot know is left empty (``source=""`` etc.); the corpus
manifest and the documented defaults fill it in (see ``framing.corpus``).
Document ids are checked for uniqueness there, not here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator

from framing.corpus.compressed import file_stem
from framing.errors import InputError, refuse_deep_nesting
from framing.model import Document

#: Optional string fields a JSONL record (or a manifest entry) may carry.
FIELDS = ("source", "date", "lang", "url", "title")
#: The largest document read by default (``--max-document-bytes``): a plain-text
#: file, or one JSONL line. Far above any article; a book is a few MB.
from framing.corpus_defaults import MAX_DOCUMENT_BYTES  # noqa: E402  (re-exported)

# A UTF-16 surrogate code point can only come from an unpaired "\ud800"-style escape
# in JSON; it is no character and cannot be written out as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")  # the JSON escape of a surrogate code point


def decode(data: bytes, label: str) -> str:
    """UTF-8 text of ``data``, or an :class:`InputError` saying why not.

    Rejects binary data (a NUL byte), bytes that are not UTF-8 (naming the
    byte offset and line) and empty or whitespace-only input.
    """
    nul = data.find(b"\0")
    if nul >= 0:
        raise binary_data(label, nul, data.count(b"\n", 0, nul) + 1)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise not_utf8(label, data[e.start], e.start, data.count(b"\n", 0, e.start) + 1) from None
    if not text.lstrip("\ufeff").strip():
        raise empty_file(label)
    return text


def read_small_text(path: Path, where: str) -> str:
    """A small UTF-8 file the corpus is described by (a manifest, a columns file), errors naming ``where``."""
    try:
        return path.read_text(encoding="utf-8")
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror}", path=where) from None
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 text (byte offset {e.start})", path=where) from None


def decode_lines(lines: Iterable[bytes], label: str) -> Iterator[tuple[int, str]]:
    """``(number, text)`` of each line (1-based; ``\\n`` kept), decoded one at a time.

    ``lines`` are the raw lines of one file, each ending in ``b"\\n"`` but
    perhaps the last (a binary stream is such an iterable). A line with a
    NUL byte or bytes that are not UTF-8 raises the error :func:`decode`
    gives for the whole file, with the same byte offset and line. Splitting on
    ``b"\\n"`` before decoding is safe: that byte never occurs inside a UTF-8
    sequence.

    Examples
    --------
    >>> list(decode_lines([b"caf\\xc3\\xa9\\n", b"ok"], "a.jsonl"))
    [(1, 'café\\n'), (2, 'ok')]
    >>> list(decode_lines([b"ok\\n", b"caf\\xe9\\n"], "a.jsonl"))
    Traceback (most recent call last):
    ...
    framing.errors.InputError: a.jsonl:2: not UTF-8 text: invalid byte 0xe9 at byte offset 6; ...
    """
    offset = 0
    for number, raw in enumerate(lines, start=1):
        nul = raw.find(b"\0")
        if nul >= 0:
            raise binary_data(label, offset + nul, number)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise not_utf8(label, raw[e.start], offset + e.start, number) from None
        offset += len(raw)
        yield number, text


def read_text(stream: BinaryIO, label: str, *, limit: int = MAX_DOCUMENT_BYTES) -> Iterator[Document]:
    """One plain-text (``.txt``/``.md``) document of at most ``limit`` bytes; its id is the file stem."""
    yield Document(id=file_stem(label), text=decode(read_at_most(stream, label, limit), label))


def read_at_most(stream: BinaryIO, label: str, limit: int, head: bytes = b"") -> bytes:
    """``head`` and the rest of ``stream``, or an :class:`InputError` once more than ``limit`` bytes come."""
    data = head + stream.read(max(0, limit + 1 - len(head)))
    if len(data) > limit:
        raise too_large(label, limit)
    return data


def bounded_lines(stream: BinaryIO, label: str, limit: int) -> Iterator[bytes]:
    """The raw lines of ``stream``, each read only up to ``limit`` bytes (line end aside):
    a longer line is refused, naming its number, without reading the rest of it."""
    return _checked(short_lines(stream, limit), label, limit)


def short_lines(stream: BinaryIO, limit: int) -> Iterator[bytes]:
    """The lines of ``stream``, a line longer than ``limit`` bytes cut just past the limit
    (so that :func:`read_jsonl` refuses it without holding it whole). A stream that
    only iterates gives its lines whole."""
    readline = getattr(stream, "readline", None)
    return iter(stream) if readline is None else iter(lambda: readline(limit + 2), b"")


def too_large(label: str, limit: int, line: int | None = None) -> InputError:
    """The error for a document (a file, or a JSONL line) larger than ``limit`` bytes."""
    return InputError(f"document larger than {limit:,} bytes (--max-document-bytes); split it or raise the limit",
                      path=label, line=line)


def read_jsonl(lines: Iterable[bytes] | BinaryIO, label: str, *, limit: int = MAX_DOCUMENT_BYTES
               ) -> Iterator[Document]:
    """One document per line: ``{"id": ..., "text": ...}`` plus optional fields.

    ``lines``: a binary stream, or any iterable of its raw lines; each is
    decoded and parsed only when the document before it has been taken, so a
    bad line is reported when reading reaches it. A line longer than
    ``limit`` bytes is refused (from a stream, before it is read whole).
    Blank lines are skipped. A byte order mark before the first record is
    ignored (it belongs to the file, not to any document). Lines are split on ``\\n`` only (a trailing
    ``\\r`` is dropped), so U+2028 inside a JSON string does not break a
    record. A file with no record at all is an error.
    """
    found = False
    marks = None  # a first line of byte order marks only: an error if any record follows, else an empty file
    raw = bounded_lines(lines, label, limit) if hasattr(lines, "readline") else _checked(lines, label, limit)
    for number, line in decode_lines(raw, label):
        if number == 1:
            line = line.removeprefix("\ufeff")
            if line.strip() and not line.lstrip("\ufeff").strip():
                marks = line
                continue
        line = line.removesuffix("\n").removesuffix("\r")
        if not line.strip():
            continue
        if marks is not None:
            parse_record(marks.removesuffix("\n").removesuffix("\r"), label, 1)
        found = True
        yield parse_record(line, label, number)
    if not found:
        raise empty_file(label)


def _checked(lines: Iterable[bytes], label: str, limit: int) -> Iterator[bytes]:
    for number, raw in enumerate(lines, start=1):
        if len(raw.rstrip(b"\r\n")) > limit:
            raise too_large(label, limit, number)
        yield raw


def parse_record(line: str, label: str, number: int) -> Document:
    """The document in one JSONL line (``number`` is 1-based, for errors)."""
    try:
        with refuse_deep_nesting(InputError, label, number):
            record: Any = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"not a JSON object: {e.msg} at column {e.colno}", path=label, line=number) from None
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {_kind(record)}", path=label, line=number)
    for key in ("id", "text"):
        if key not in record:
            raise InputError(f"missing required field {key!r}", path=label, line=number)
        if not isinstance(record[key], str):
            raise InputError(f"field {key!r} must be a string, got {_kind(record[key])}", path=label, line=number)
    if not record["id"].strip():
        raise InputError("field 'id' must not be empty", path=label, line=number)
    fields: dict[str, str] = {}
    for key in FIELDS:
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise InputError(f"field {key!r} must be a string, got {_kind(value)}", path=label, line=number)
        fields[key] = value
    if _SURROGATE_ESCAPE.search(line):  # only a \u escape makes a surrogate: UTF-8 cannot hold one
        for key, value in (("id", record["id"]), ("text", record["text"]), *fields.items()):
            _check_unicode(value, key, label, number)
    meta = {"line": str(number)}
    return Document(id=record["id"], text=record["text"], meta=meta, **fields)


def _check_unicode(value: str, key: str, label: str, number: int) -> None:
    bad = _SURROGATE.search(value)
    if bad:
        raise InputError(f"field {key!r} holds an unpaired surrogate \\u{ord(bad.group()):04x} at character "
                         f"{bad.start()}: an invalid \\u escape, not a character", path=label, line=number)


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), type(value).__name__
    )


def binary_data(label: str, offset: int, line: int) -> InputError:
    """The error for a NUL byte at ``offset`` (on ``line``): binary data, not text."""
    return InputError(f"binary file (NUL byte at byte offset {offset}); expected UTF-8 text", path=label, line=line)


def not_utf8(label: str, byte: int, offset: int, line: int) -> InputError:
    """The error for ``byte``, at ``offset`` (on ``line``), that is not UTF-8."""
    return InputError(f"not UTF-8 text: invalid byte 0x{byte:02x} at byte offset {offset}; "
                      "convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)", path=label, line=line)


def empty_file(label: str) -> InputError:
    """The error for a file with nothing to read."""
    return InputError("empty file: no text to read", path=label)
