"""corpus/: tables and compressed files are streamed: the first document comes before most of the file is read."""

from __future__ import annotations

import csv
import gzip
import io
import json
import random
import types
from typing import Callable

import pytest

from framing.corpus.columns import Columns
from framing.corpus.compressed import decompressed
from framing.corpus.registry import READERS

N = 3000
# Text that compresses as news does (a few times, not a thousand), so compressed files are large too.
_RANDOM = random.Random(0)
_WORDS = [f"{_RANDOM.choice('bcdfgklmnprstvz')}{_RANDOM.choice('aeiou')}{_RANDOM.randrange(10**6)}" for _ in range(5000)]
ITEMS = [{"id": f"d{i}", "text": "The minister said " + " ".join(_RANDOM.choices(_WORDS, k=40)) + ".\nThey agreed.",
          "source": "Wire"} for i in range(N)]


class Counting(io.RawIOBase):
    """A binary stream over ``data`` that counts the bytes read from it."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._data.seek(offset, whence)

    def tell(self) -> int:
        return self._data.tell()

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        n = self._data.readinto(buffer)
        self.read_bytes += n
        return n


def delimited(dialect: str) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, ["id", "text", "source"], dialect=dialect)
    writer.writeheader()
    writer.writerows(ITEMS)
    return out.getvalue().encode()


def jsonl() -> bytes:
    return "".join(json.dumps(item) + "\n" for item in ITEMS).encode()


def one_line_json() -> bytes:
    return json.dumps(ITEMS).encode()


def parquet() -> bytes:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    out = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(ITEMS), out, row_group_size=200)
    return out.getvalue()


def zstd(data: bytes) -> bytes:
    return pytest.importorskip("zstandard").ZstdCompressor().compress(data)


FILES: dict[str, Callable[[], bytes]] = {
    "news.csv": lambda: delimited("excel"),
    "news.tsv": lambda: delimited("excel-tab"),
    "news.json": lambda: json.dumps(ITEMS, indent=1).encode(),
    "all-on-one-line.json": one_line_json,
    "news.parquet": parquet,
    "news.jsonl.gz": lambda: gzip.compress(jsonl()),
    "news.csv.gz": lambda: gzip.compress(delimited("excel")),
    "news.json.zst": lambda: zstd(one_line_json()),
}


@pytest.mark.parametrize("name", FILES)
def test_the_first_document_comes_before_most_of_the_file_is_read(name: str) -> None:
    data = FILES[name]()
    stream = Counting(data)
    suffix, _, compression = name.partition(".")[2].partition(".")
    source = decompressed(stream, "." + compression, name) if compression else io.BufferedReader(stream)
    documents = READERS["." + suffix](source, name, limit=10_000_000, columns=Columns())
    assert isinstance(documents, types.GeneratorType)
    assert stream.read_bytes == 0  # nothing read until a document is asked for
    first = next(documents)
    assert (first.id, first.text) == ("d0", ITEMS[0]["text"])
    assert stream.read_bytes < len(data) / 4, (stream.read_bytes, len(data))
    assert sum(1 for _ in documents) == N - 1
