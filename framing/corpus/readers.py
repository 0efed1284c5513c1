"""Readers: bytes of one file (or stream) -> documents.

Each reader takes the raw bytes and a *label* (the path as shown in error
messages, e.g. ``news/a.txt`` or ``<stdin>``) and yields :class:`Document`
objects whose ``text`` is the bytes decoded as UTF-8 and nothing else: no
newline translation (CRLF stays CRLF), no normalisation, and a leading byte
order mark stays in the text as U+FEFF. Offsets computed later therefore index
the text exactly as read.

Metadata a reader cannot know is left empty (``source=""`` etc.); the corpus
manifest and the documented defaults fill it in (see ``framing.corpus``).
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any, Callable, Iterator

from framing.errors import InputError
from framing.model import Document

#: Optional string fields a JSONL record (or a manifest entry) may carry.
FIELDS = ("source", "date", "lang", "url", "title")

Reader = Callable[[bytes, str], Iterator[Document]]


def decode(data: bytes, label: str) -> str:
    """UTF-8 text of ``data``, or an :class:`InputError` saying why not.

    Rejects binary data (a NUL byte), bytes that are not UTF-8 (naming the
    byte offset and line) and empty or whitespace-only input.
    """
    nul = data.find(b"\0")
    if nul >= 0:
        raise InputError(
            f"binary file (NUL byte at byte offset {nul}); expected UTF-8 text",
            path=label, line=data.count(b"\n", 0, nul) + 1,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(
            f"not UTF-8 text: invalid byte 0x{data[e.start]:02x} at byte offset {e.start}; "
            "convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)",
            path=label, line=data.count(b"\n", 0, e.start) + 1,
        ) from None
    if not text.lstrip("\ufeff").strip():
        raise InputError("empty file: no text to read", path=label)
    return text


def read_text(data: bytes, label: str) -> Iterator[Document]:
    """One plain-text (``.txt``/``.md``) document; its id is the file stem."""
    yield Document(id=PurePath(label).stem, text=decode(data, label))


def read_jsonl(data: bytes, label: str) -> Iterator[Document]:
    """One document per line: ``{"id": ..., "text": ...}`` plus optional fields.

    Blank lines are skipped. A byte order mark before the first record is
    ignored (it belongs to the file, not to any document). Lines are split on
    ``\\n`` only (a trailing ``\\r`` is dropped), so U+2028 inside a JSON
    string does not break a record. Ids must be unique within the file.
    """
    text = decode(data, label)
    seen: dict[str, int] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removeprefix("\ufeff") if number == 1 else line
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        doc = parse_record(line, label, number)
        if doc.id in seen:
            raise InputError(
                f"duplicate document id {doc.id!r} (first on line {seen[doc.id]})",
                path=label, line=number,
            )
        seen[doc.id] = number
        yield doc


def parse_record(line: str, label: str, number: int) -> Document:
    """The document in one JSONL line (``number`` is 1-based, for errors)."""
    try:
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
    meta = {"line": str(number)}
    return Document(id=record["id"], text=record["text"], meta=meta, **fields)


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), type(value).__name__
    )


#: Readers by file suffix. To add a format: write ``read_<format>(data, label)``
#: yielding Documents, and add its suffix here (folders pick it up too).
READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_text,
    ".jsonl": read_jsonl,
}
