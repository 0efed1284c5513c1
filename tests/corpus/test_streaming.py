"""corpus/: JSONL is read line by line, with the errors, offsets and line numbers of the whole file."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Iterator

import pytest

from framing.corpus import load_corpora, load_corpus
from framing.errors import InputError

FIRST = b'{"id": "a", "text": "The minister said the talks went well."}\n'
SECOND = '{"id": "b", "text": "Caf\u00e9 owners said they would reopen."}\n'.encode()


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def read(tmp_path: Path, data: bytes, where: str) -> list[tuple[str, str, dict]]:
    """The documents of ``data`` read from a file (``where == "file"``) or from stdin."""
    if where == "file":
        docs = load_corpus(str(write(tmp_path / "n.jsonl", data)))
    else:
        docs = load_corpus("-", stdin=io.BytesIO(data))
    return [(d.id, d.text, {k: v for k, v in d.meta.items() if k != "file"}) for d in docs]


def label(where: str) -> str:
    return r".*/n\.jsonl" if where == "file" else "<stdin>"


BOTH = pytest.mark.parametrize("where", ["file", "stdin"])


# -- the same documents --------------------------------------------------------------

@BOTH
@pytest.mark.parametrize("data", [
    FIRST + SECOND,
    FIRST + b"\n  \n" + SECOND + b"\n",  # blank lines are skipped, numbers still count them
    FIRST.replace(b"\n", b"\r\n") + SECOND.replace(b"\n", b"\r\n"),
    b"\xef\xbb\xbf" + FIRST + SECOND.rstrip(b"\n"),  # a byte order mark, and no newline at the end
])
def test_documents_and_their_lines(tmp_path: Path, where: str, data: bytes) -> None:
    docs = read(tmp_path, data, where)
    assert [(i, t) for i, t, _ in docs] == [
        ("a", "The minister said the talks went well."), ("b", "Café owners said they would reopen.")]
    second_line = data.replace(b"\r\n", b"\n").lstrip(b"\xef\xbb\xbf").split(b"\n").index(SECOND.rstrip(b"\n")) + 1
    assert [m["line"] for _, _, m in docs] == ["1", str(second_line)]


def test_stdin_text_keeps_its_leading_blank_lines() -> None:
    (doc,) = load_corpus("-", stdin=io.BytesIO(b"\n \r\n  The minister said so.\n{not json}\n"))
    assert (doc.id, doc.text) == ("stdin", "\n \r\n  The minister said so.\n{not json}\n")


def test_stdin_jsonl_after_blank_lines_and_a_byte_order_mark() -> None:
    docs = list(load_corpus("-", stdin=io.BytesIO(b"\xef\xbb\xbf\n \t\n" + FIRST)))
    assert [(d.id, d.meta["line"]) for d in docs] == [("a", "3")]


# -- the same errors, with offsets into the whole file ---------------------------------

# FIRST is 62 bytes long: offsets on its next line start at 62.
@BOTH
@pytest.mark.parametrize("data,message", [
    (FIRST + b'{"id": "b", "text": "x\x00y"}\n', r":2: binary file \(NUL byte at byte offset 84\)"),
    (FIRST + b"\n" + b'{"id": "b", "text": "caf\xe9"}\n', r":3: not UTF-8 text: invalid byte 0xe9 at byte offset 87; "),
    (FIRST + b'{"id": "b", "text": "\xc3"}', r":2: not UTF-8 text: invalid byte 0xc3 at byte offset 83; "),
    (FIRST + b"[1]\n", r":2: expected a JSON object, got a list"),
    (FIRST + b"\n" + FIRST, r":3: duplicate document id 'a' \(first on line 1\)"),
    (b"\xef\xbb\xbf\xef\xbb\xbf\n" + FIRST, r":1: not a JSON object: Unexpected UTF-8 BOM"),
])
def test_errors_name_the_line_and_the_offset_in_the_file(tmp_path: Path, where: str, data: bytes,
                                                         message: str) -> None:
    with pytest.raises(InputError, match="^" + label(where) + message):
        read(tmp_path, data, where)


@BOTH
@pytest.mark.parametrize("data", [b"", b"\n \t\n\r\n", b"\xef\xbb\xbf\n\n", b"\xef\xbb\xbf\xef\xbb\xbf\n \n"])
def test_empty(tmp_path: Path, where: str, data: bytes) -> None:
    with pytest.raises(InputError, match="^" + label(where) + ": empty file: no text to read$"):
        read(tmp_path, data, where)


def test_binary_file_whose_first_line_has_a_nul(tmp_path: Path) -> None:
    path = write(tmp_path / "n.jsonl", b"\x1f\x8b\x08\x00\xff\xfe" + FIRST)
    with pytest.raises(InputError, match=r"n\.jsonl:1: binary file \(NUL byte at byte offset 3\)"):
        list(load_corpus(str(path)))


# -- not read whole -------------------------------------------------------------------

@pytest.mark.parametrize("later", [b'{"id": "b", "text": \n', b'{"id": "b", "text": "\x00"}\n', b"\xff\n"])
def test_first_document_comes_before_a_bad_later_line_is_read(tmp_path: Path, later: bytes) -> None:
    docs = load_corpus(str(write(tmp_path / "n.jsonl", FIRST + later)))
    assert next(docs).id == "a"
    with pytest.raises(InputError, match=r"n\.jsonl:2: "):
        next(docs)


class Feed:
    """A binary stream that hands out its lines one at a time and counts those taken."""

    def __init__(self, lines: list[bytes]) -> None:
        self.taken = 0
        self._lines = self._take(lines)

    def _take(self, lines: list[bytes]) -> Iterator[bytes]:
        for line in lines:
            self.taken += 1
            yield line

    def __iter__(self) -> Iterator[bytes]:
        return self._lines

    def read(self) -> bytes:
        return b"".join(self._lines)


def test_stdin_is_read_one_line_per_document() -> None:
    feed = Feed([b"\n", FIRST, SECOND, b"not json\n"])
    docs = load_corpus("-", stdin=feed)  # type: ignore[arg-type]
    assert next(docs).id == "a" and feed.taken == 2
    assert next(docs).id == "b" and feed.taken == 3
    with pytest.raises(InputError, match=r"<stdin>:4: not a JSON object"):
        next(docs)


# -- duplicate ids, across files and sources ----------------------------------------------

def test_duplicate_of_a_jsonl_id_in_a_later_source(tmp_path: Path) -> None:
    one = write(tmp_path / "one.jsonl", FIRST + SECOND)
    two = write(tmp_path / "two.jsonl", SECOND.replace(b'"b"', b'"c"') + FIRST)
    with pytest.raises(InputError, match=r"two\.jsonl: duplicate document id 'a' \(also in .*one\.jsonl\)$"):
        list(load_corpora([str(one), str(two)]))


def test_same_source_twice(tmp_path: Path) -> None:
    one = write(tmp_path / "one.jsonl", FIRST)
    with pytest.raises(InputError, match=r"duplicate document id 'a' \(also in .*one\.jsonl\)$"):
        list(load_corpora([str(one), str(one)]))


def test_duplicate_between_stdin_and_a_file(tmp_path: Path) -> None:
    one = write(tmp_path / "one.jsonl", SECOND + FIRST)
    with pytest.raises(InputError, match=r"one\.jsonl: duplicate document id 'a' \(also in -\)$"):
        list(load_corpora(["-", str(one)], stdin=io.BytesIO(FIRST)))


def test_duplicate_in_two_jsonl_files_of_a_folder(tmp_path: Path) -> None:
    write(tmp_path / "a.jsonl", FIRST)
    write(tmp_path / "b.jsonl", SECOND + FIRST)
    with pytest.raises(InputError, match=r"b\.jsonl: duplicate document id 'a'$"):
        list(load_corpus(str(tmp_path)))


def test_manifest_entry_counts_only_documents_of_its_folder(tmp_path: Path) -> None:
    other = write(tmp_path / "other.jsonl", SECOND)
    write(tmp_path / "folder" / "f.jsonl", FIRST)
    write(tmp_path / "folder" / "corpus.yml", b"documents:\n  a: {title: A}\n  b: {title: B}\n")
    with pytest.raises(InputError, match=r"corpus\.yml:3: documents\.b: no document with this id in the folder"):
        list(load_corpora([str(other), str(tmp_path / "folder")]))


def test_many_ids_are_checked(tmp_path: Path) -> None:
    records = [{"id": f"d{i}", "text": "The minister said so."} for i in range(3000)]
    data = "".join(json.dumps(r) + "\n" for r in [*records, records[1234]]).encode()
    with pytest.raises(InputError, match=r"n\.jsonl:3001: duplicate document id 'd1234' \(first on line 1235\)"):
        list(load_corpus(str(write(tmp_path / "n.jsonl", data))))
