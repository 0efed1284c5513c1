"""Compressed corpus files: ``corpus.jsonl.gz``, ``corpus.csv.zst``, read as a stream.

A compressed file is decompressed while it is read, a few kilobytes at a
time, into a binary stream the format's reader takes as it would the plain
file; nothing is written to disk and the whole file is never held. gzip comes
with Python; Zstandard needs the optional extra ``pip install
"framing[zstd]"``. Data that is damaged, or ends before its last frame (a
download cut short), is an :class:`InputError` naming the file, never a
silently shorter corpus.
"""

from __future__ import annotations

import io
import zlib
from pathlib import PurePath
from typing import Any, BinaryIO, Callable

from framing.errors import InputError

#: Compressed bytes decompressed per step: bounds what one step can produce
#: (a gzip step at most ~8 MB, and ordinary text some 50 KB).
CHUNK = 8192
#: The buffer of the decompressed stream the readers see.
BUFFER = 1 << 16
ZSTD_INSTALL = 'pip install "framing[zstd]"'


def _gzip() -> Any:
    # wbits 16 + 15: a gzip header and trailer (checked), not a raw zlib stream
    return zlib.decompressobj(wbits=31)


def _zstd() -> Any:
    import zstandard

    return zstandard.ZstdDecompressor().decompressobj()


def _damaged() -> tuple[type[Exception], ...]:
    """What the decompressors raise for data that is not theirs, or damaged."""
    try:
        from zstandard import ZstdError
    except ImportError:
        return (zlib.error,)
    return (zlib.error, ZstdError)


#: Decompressors by file suffix: a factory of objects with ``decompress(data)``,
#: ``eof`` and ``unused_data`` (zlib's and zstandard's both are), and the name of
#: the format in messages. To add one: one entry here.
COMPRESSIONS: dict[str, tuple[Callable[[], Any], str]] = {
    ".gz": (_gzip, "gzip"),
    ".zst": (_zstd, "zstd"),
}


def split_compression(name: str) -> tuple[str, str]:
    """``name`` without its compression suffix, and that suffix (``""`` if none).

    >>> split_compression("news.CSV.gz")
    ('news.CSV', '.gz')
    >>> split_compression("news.jsonl")
    ('news.jsonl', '')
    """
    for suffix in COMPRESSIONS:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)], suffix
    return name, ""


def file_stem(label: str) -> str:
    """A file's name without its compression and format suffixes: a document id.

    >>> file_stem("exports/news.csv.gz")
    'news'
    """
    return PurePath(split_compression(PurePath(label).name)[0]).stem


def decompressed(stream: BinaryIO, suffix: str, label: str) -> BinaryIO:
    """The decompressed bytes of ``stream`` (compressed as ``suffix`` says), as a buffered stream."""
    factory, name = COMPRESSIONS[suffix]
    try:
        factory()
    except ImportError:
        raise InputError(f"reading .zst files needs zstandard: {ZSTD_INSTALL}", path=label) from None
    return io.BufferedReader(_Decompressing(stream, factory, name, label), buffer_size=BUFFER)


class _Decompressing(io.RawIOBase):
    """A raw stream of the decompressed data; frames (gzip members) one after another are one stream."""

    def __init__(self, source: BinaryIO, factory: Callable[[], Any], name: str, label: str) -> None:
        super().__init__()
        self._source, self._factory, self._name, self._label = source, factory, name, label
        self._decoder = factory()
        self._out = b""
        self._at = 0
        self._pending = False  # whether the decoder holds the start of a frame not yet ended

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while self._at >= len(self._out):
            if not self._step():
                return 0
        n = min(len(buffer), len(self._out) - self._at)
        buffer[:n] = self._out[self._at:self._at + n]
        self._at += n
        return n

    def _step(self) -> bool:
        """Decompress one more piece; False at the end of the data."""
        data = b""
        if self._decoder.eof:
            data = self._decoder.unused_data  # the next frame, already read
            self._decoder = self._factory()
            self._pending = False
        data = data or self._source.read(CHUNK)
        if not data:
            if self._pending:
                raise InputError(f"{self._name} data ends early: the file is cut short", path=self._label)
            return False
        try:
            self._out, self._at = self._decoder.decompress(data), 0
        except _damaged() as e:
            raise InputError(f"not {self._name} data, or damaged: {e}", path=self._label) from None
        self._pending = not self._decoder.eof
        return True
