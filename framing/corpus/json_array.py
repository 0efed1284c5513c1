"""JSON corpora: one array of objects, ``[{"text": ...}, ...]``, one document per object.

The array is read as a stream: the text is decoded a chunk at a time, the
end of each object is found by a scan that skips strings (in C, by regular
expressions), and only that object is parsed, so memory holds one object,
whether the file is pretty-printed or all on one line. An object larger than
the size limit (``--max-document-bytes``) is refused once that much of it
has been read. Errors name the line (and column) in the file. Which key holds
what: :mod:`framing.corpus.columns` (the same names as the columns of a CSV).
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Any, BinaryIO, Iterator

from framing.corpus.columns import Columns
from framing.corpus.readers import MAX_DOCUMENT_BYTES, binary_data, empty_file, not_utf8, too_large
from framing.corpus.rows import Rows, Where
from framing.errors import InputError, refuse_deep_nesting
from framing.model import Document

#: Bytes read at a time (more while one object is longer than what is held).
CHUNK = 1 << 16
_SPACE = re.compile(r"[ \t\r\n]*")
_TOKEN = re.compile(r'[{}\[\]"]')
_STRING_REST = re.compile(r'[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_KINDS = {"[": "a list", '"': "a string", "t": "a boolean", "f": "a boolean", "n": "null"}


def read_json(stream: BinaryIO, label: str, *, limit: int = MAX_DOCUMENT_BYTES, columns: Columns = Columns()
              ) -> Iterator[Document]:
    """The documents of a JSON array of objects, one per object, read as a stream."""
    text = _Text(stream, label)
    rows = Rows(columns, label, limit)
    opening = text.skip_space(bom=True)
    if opening != "[":
        raise _not_an_array(text, opening)
    text.pos += 1
    char = text.skip_space()
    while char != "]":
        where = Where(label, text.line_at(text.pos))
        record = _parse(_object(text, char, limit, where), text, where)
        yield rows.document(record, where)
        text.discard()
        char = text.skip_space()
        if char == ",":
            text.pos += 1
            char = _after_comma(text)
        elif char == "":
            raise text.error("the array is not closed: the file ends")
        elif char != "]":
            raise text.error(f"expected ',' or ']' after object {rows.count}, got {_shown(char)}")
    text.pos += 1
    _rest_is_space(text)
    if not rows.count:
        raise InputError("no documents: the array is empty", path=label)


def _after_comma(text: _Text) -> str:
    char = text.skip_space()
    if char == "]":
        raise text.error("expected an object after ',', got ']'")
    return char


def _not_an_array(text: _Text, char: str) -> InputError:
    if char == "":
        return empty_file(text.label)
    if char == "{":
        return text.error("expected a JSON array of objects ([{...}, ...]); a file of one JSON object per line "
                          "is JSON Lines: name it .jsonl")
    return text.error(f"expected a JSON array of objects ([{{...}}, ...]), got {_shown(char)}")


def _object(text: _Text, char: str, limit: int, where: Where) -> str:
    """The JSON text of the object starting at ``text.pos``; ``text.pos`` moves past it."""
    if char != "{":
        if char == "":
            raise text.error("the array is not closed: the file ends")
        kind = _KINDS.get(char, "a number" if char in "-0123456789" else None)
        raise text.error(f"expected a JSON object, got {kind}" if kind else f"not JSON: {_shown(char)}")
    start = i = text.pos
    depth = 0
    while True:
        found = _TOKEN.search(text.buf, i)
        if found is not None and found.group() == '"':
            end = _STRING_REST.match(text.buf, found.end())
            if end is not None:
                i = end.end()
                continue
            i = found.start()  # the string goes on past what is read: scan it again with more
        elif found is not None:
            depth += 1 if found.group() in "{[" else -1
            i = found.end()
            if depth == 0:
                text.pos = i
                return _sized(text.buf[start:i], limit, where)
            continue
        else:
            i = len(text.buf)
        if len(text.buf) - start > limit:
            raise too_large(where.label, limit, where.number)
        if not text.more():
            raise where.error("the object is not closed: the file ends inside it")


def _sized(element: str, limit: int, where: Where) -> str:
    # a character is at most 4 bytes: most objects need not be encoded to be measured
    if len(element) > limit // 4 and len(element.encode("utf-8", "surrogatepass")) > limit:
        raise too_large(where.label, limit, where.number)
    return element


def _parse(element: str, text: _Text, where: Where) -> dict[str, Any]:
    try:
        with refuse_deep_nesting(InputError, where.label, where.number):
            return json.loads(element)  # type: ignore[no-any-return]
    except json.JSONDecodeError as e:
        column = e.colno + (text.column() - 1 if e.lineno == 1 else 0)
        raise InputError(f"not valid JSON: {e.msg} at column {column}", path=where.label,
                         line=where.number + e.lineno - 1) from None


def _rest_is_space(text: _Text) -> None:
    char = text.skip_space()
    if char:
        raise text.error(f"unexpected {_shown(char)} after the end of the array")


def _shown(char: str) -> str:
    return repr(char) if char else "the end of the file"


class _Text:
    """The decoded text of a stream, held from the object being read on, with lines counted."""

    def __init__(self, stream: BinaryIO, label: str) -> None:
        self.stream, self.label = stream, label
        self.buf = ""
        self.pos = 0
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._eof = False
        self._bytes = 0  # bytes read
        self._newlines = 0  # newlines in the text decoded
        self._dropped = 0  # characters discarded before buf
        self._line, self._mark = 1, 0  # the line of buf[_mark]
        self._line_start = 0  # where that line starts, counted from the start of the file

    def more(self) -> bool:
        """Read more of the stream (at least as much as is held); False at its end."""
        if self._eof:
            return False
        data = self.stream.read(max(CHUNK, len(self.buf) - self.pos))
        self._eof = not data
        self.buf += self._decode(data)
        return True

    def skip_space(self, *, bom: bool = False) -> str:
        """Move past spaces (and a byte order mark at the start); the next character, ``""`` at the end."""
        if bom and self.more() and self.buf.startswith("\ufeff"):
            self.pos = 1
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            self.discard()
            if not self.more():
                return ""

    def discard(self) -> None:
        """Forget the text before ``pos`` once it is most of what is held (so each character is copied
        a few times at most, however small the objects)."""
        if self.pos < len(self.buf) // 2:
            return
        self.line_at(self.pos)
        self._dropped += self.pos
        self.buf, self._mark, self.pos = self.buf[self.pos:], 0, 0

    def line_at(self, i: int) -> int:
        """The line of ``buf[i]`` (``i`` never before a position asked for earlier)."""
        newlines = self.buf.count("\n", self._mark, i)
        if newlines:
            self._line += newlines
            self._line_start = self._dropped + self.buf.rfind("\n", self._mark, i) + 1
        self._mark = i
        return self._line

    def column(self) -> int:
        """The column of the last position :meth:`line_at` was asked for."""
        return self._dropped + self._mark - self._line_start + 1

    def error(self, message: str) -> InputError:
        return InputError(message, path=self.label, line=self.line_at(self.pos))

    def _decode(self, data: bytes) -> str:
        nul = data.find(b"\0")
        if nul >= 0:
            raise binary_data(self.label, self._bytes + nul, self._newlines + data.count(b"\n", 0, nul) + 1)
        pending = self._decoder.getstate()[0]
        try:
            text = self._decoder.decode(data, final=not data)
        except UnicodeDecodeError as e:
            held = pending + data
            raise not_utf8(self.label, held[e.start], self._bytes - len(pending) + e.start,
                           self._newlines + held.count(b"\n", 0, e.start) + 1) from None
        self._bytes += len(data)
        self._newlines += text.count("\n")
        return text
