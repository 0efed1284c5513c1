"""corpus/: every reader, the manifest, stdin, bundled corpora and every input error."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from framing.corpus import READERS, corpus_manifest, corpus_registry_path, load_corpora, load_corpus
from framing.errors import InputError

TEXT = "Tokayev said “terrorist gangs” were to blame.\n\nوقال توكاييف إن «إرهابيين» هاجموا.\n"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def jsonl(*records: dict) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# -- plain-text files ----------------------------------------------------------

@pytest.mark.parametrize("name", ["article.txt", "article.md"])
def test_text_file_is_one_document(tmp_path: Path, name: str) -> None:
    (doc,) = load_corpus(str(write(tmp_path / name, TEXT)))
    assert doc.id == "article"
    assert doc.text == TEXT
    assert doc.source == "unknown" and doc.date == "" and doc.lang == ""
    assert doc.meta == {"file": name}


def test_crlf_is_kept(tmp_path: Path) -> None:
    (doc,) = load_corpus(str(write(tmp_path / "a.txt", b"one\r\ntwo\r\n")))
    assert doc.text == "one\r\ntwo\r\n"


def test_bom_is_kept_so_offsets_index_the_text_as_read(tmp_path: Path) -> None:
    (doc,) = load_corpus(str(write(tmp_path / "a.txt", b"\xef\xbb\xbfHello")))
    assert doc.text == "\ufeffHello"
    assert doc.text[1:6] == "Hello"


def test_readers_registry() -> None:
    assert sorted(READERS) == [".csv", ".json", ".jsonl", ".md", ".parquet", ".tsv", ".txt"]


# -- JSONL ---------------------------------------------------------------------

def test_jsonl_documents(tmp_path: Path) -> None:
    path = write(tmp_path / "news.jsonl", jsonl(
        {"id": "a", "text": "First.", "source": "Reuters", "date": "2022-01-05", "lang": "en",
         "url": "https://example.org/a", "title": "A"},
        {"id": "b", "text": "وقال الرئيس"},
    ) + "\n   \n")
    a, b = load_corpus(str(path))
    assert (a.id, a.text, a.source, a.date, a.lang, a.url, a.title) == (
        "a", "First.", "Reuters", "2022-01-05", "en", "https://example.org/a", "A")
    assert a.meta == {"file": "news.jsonl", "line": "1"}
    assert (b.id, b.text, b.source) == ("b", "وقال الرئيس", "unknown")


def test_jsonl_crlf_bom_and_line_separator(tmp_path: Path) -> None:
    data = "\ufeff" + jsonl({"id": "a", "text": "x\u2028y"}).replace("\n", "\r\n")
    (doc,) = load_corpus(str(write(tmp_path / "n.jsonl", data)))
    assert doc.text == "x\u2028y"


@pytest.mark.parametrize("line,message", [
    ('{"id": "a", "text": ', r"n\.jsonl:2: not a JSON object: Expecting value at column 21"),
    ('["a", "b"]', r"n\.jsonl:2: expected a JSON object, got a list"),
    ('{"text": "x"}', r"n\.jsonl:2: missing required field 'id'"),
    ('{"id": "b"}', r"n\.jsonl:2: missing required field 'text'"),
    ('{"id": 3, "text": "x"}', r"n\.jsonl:2: field 'id' must be a string, got int"),
    ('{"id": "b", "text": "x", "date": 2022}', r"n\.jsonl:2: field 'date' must be a string, got int"),
    ('{"id": " ", "text": "x"}', r"n\.jsonl:2: field 'id' must not be empty"),
    ('{"id": "a", "text": "again"}', r"n\.jsonl:2: duplicate document id 'a' \(first on line 1\)"),
])
def test_jsonl_bad_line(tmp_path: Path, line: str, message: str) -> None:
    path = write(tmp_path / "n.jsonl", jsonl({"id": "a", "text": "ok"}) + line + "\n")
    with pytest.raises(InputError, match=message) as info:
        list(load_corpus(str(path)))
    assert info.value.line == 2


# -- folders and corpus.yml ------------------------------------------------------

MANIFEST = """\
name: mine
description: Two outlets.
defaults:
  outlet: Agency
  lang: en
documents:
  b:
    source: Reuters
    date: 2022-01-06
    title: "B: the title"
    section: world
  j2:
    lang: ar
"""


def make_folder(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    write(root / "b.txt", "Bee.")
    write(root / "a.md", "Ay.")
    write(root / "sub" / "c.txt", "See.")
    write(root / "sub" / "feed.jsonl", jsonl({"id": "j1", "text": "J1", "source": "AP"}, {"id": "j2", "text": "J2"}))
    write(root / ".hidden" / "x.txt", "hidden")
    write(root / ".y.txt", "hidden")
    write(root / "notes.pdf", b"%PDF")
    write(root / "corpus.yml", MANIFEST)
    return root


def test_folder_order_and_metadata(tmp_path: Path) -> None:
    docs = list(load_corpus(str(make_folder(tmp_path))))
    assert [d.id for d in docs] == ["a", "b", "c", "j1", "j2"]
    by_id = {d.id: d for d in docs}
    assert (by_id["a"].source, by_id["a"].lang, by_id["a"].meta) == ("Agency", "en", {"file": "a.md"})
    b = by_id["b"]
    assert (b.source, b.date, b.title, b.lang) == ("Reuters", "2022-01-06", "B: the title", "en")
    assert b.meta == {"file": "b.txt", "section": "world"}
    assert by_id["c"].meta == {"file": "sub/c.txt"}
    assert by_id["j1"].source == "AP"  # the record beats the defaults
    assert (by_id["j2"].source, by_id["j2"].lang) == ("Agency", "ar")  # the manifest entry beats the record
    assert by_id["j2"].meta == {"file": "sub/feed.jsonl", "line": "2"}


def test_manifest_fields(tmp_path: Path) -> None:
    manifest = corpus_manifest(str(make_folder(tmp_path)))
    assert (manifest.name, manifest.description) == ("mine", "Two outlets.")
    assert manifest.defaults == {"source": "Agency", "lang": "en"}


def test_single_file_gets_its_folders_manifest(tmp_path: Path) -> None:
    root = make_folder(tmp_path)
    (doc,) = load_corpus(str(root / "b.txt"))
    assert (doc.source, doc.date) == ("Reuters", "2022-01-06")


def test_folder_is_streamed(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "fine")
    write(tmp_path / "b.txt", b"\xff")
    docs = load_corpus(str(tmp_path))
    assert next(docs).id == "a"
    with pytest.raises(InputError, match="not UTF-8"):
        next(docs)


@pytest.mark.parametrize("manifest,message", [
    ("documents:\n  a: {}\n  zzz:\n    title: X\n", r"corpus\.yml:3: documents\.zzz: no document with this id"),
    ("titel: X\n", r"corpus\.yml:1: the corpus file: unknown key 'titel'; expected one of: name, description, defaults, documents"),
    ("documents: [a, b]\n", r"corpus\.yml:1: documents must be a mapping of document id to fields, got list"),
    ("documents:\n  a:\n    title: [x, y]\n", r"corpus\.yml:3: documents\.a\.title must be a single value, got list"),
    ("documents:\n  a:\n    source: X\n    outlet: Y\n", r"corpus\.yml:4: documents\.a gives both 'source' and 'outlet'"),
    ("name: [unclosed\n", r"corpus\.yml:2: invalid YAML"),
    ("documents:\n  a:\n    date: 2022-13-45\n", r"corpus\.yml:3: documents\.a\.date must be a single value, "
     r"got an unreadable date '2022-13-45'"),
    ("defaults: {source: !wire X}\n", r"corpus\.yml:1: defaults\.source must be a single value, got an unreadable !wire"),
])
def test_manifest_errors(tmp_path: Path, manifest: str, message: str) -> None:
    write(tmp_path / "a.txt", "A.")
    write(tmp_path / "corpus.yml", manifest)
    with pytest.raises(InputError, match=message):
        list(load_corpus(str(tmp_path)))


def test_manifest_unknown_jsonl_id_fails_after_reading(tmp_path: Path) -> None:
    write(tmp_path / "f.jsonl", jsonl({"id": "a", "text": "A"}))
    write(tmp_path / "corpus.yml", "documents:\n  b: {title: B}\n")
    with pytest.raises(InputError, match=r"corpus\.yml:2: documents\.b: no document"):
        list(load_corpus(str(tmp_path)))


def test_duplicate_ids_in_folder(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "A.")
    write(tmp_path / "sub" / "a.md", "A again.")
    with pytest.raises(InputError, match=r"sub/a\.md: duplicate document id 'a'"):
        list(load_corpus(str(tmp_path)))


def test_duplicate_ids_across_sources(tmp_path: Path) -> None:
    one = write(tmp_path / "one" / "a.txt", "A.")
    two = write(tmp_path / "two" / "a.txt", "A.")
    with pytest.raises(InputError, match=r"duplicate document id 'a' \(also in .*one/a\.txt\)"):
        list(load_corpora([str(one), str(two)]))


# -- stdin and bundled corpora ---------------------------------------------------------

def test_stdin_plain_text() -> None:
    (doc,) = load_corpus("-", stdin=io.BytesIO(TEXT.encode()))
    assert (doc.id, doc.text, doc.source) == ("stdin", TEXT, "unknown")


def test_stdin_jsonl() -> None:
    data = "\n  " + jsonl({"id": "x", "text": "X"}, {"id": "y", "text": "Y", "source": "S"})
    docs = list(load_corpus("-", stdin=io.BytesIO(data.encode())))
    assert [(d.id, d.source) for d in docs] == [("x", "unknown"), ("y", "S")]


def test_stdin_errors_say_stdin() -> None:
    with pytest.raises(InputError, match=r"<stdin>: empty file"):
        list(load_corpus("-", stdin=io.BytesIO(b"  \n")))
    with pytest.raises(InputError, match=r"<stdin>:1: missing required field 'text'"):
        list(load_corpus("-", stdin=io.BytesIO(b'{"id": "x"}\n')))


def test_bundled_corpus() -> None:
    (doc,) = load_corpus("kazakhstan-2022")
    assert doc.id == "almayadeen-2022-01-06"
    assert (doc.source, doc.date, doc.lang) == ("Al Mayadeen", "2022-01-06", "en,ar")
    assert (doc.title, doc.url) == ("Kazakhstan unrest: world reactions", "")
    assert doc.text.startswith("Jan 6 2022\n") and "توكاييف" in doc.text
    assert corpus_manifest("kazakhstan-2022").name == "kazakhstan-2022"


# -- registries ------------------------------------------------------------------

def test_corpus_registry_path(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "A.")
    assert corpus_registry_path(str(tmp_path)) is None
    registry = write(tmp_path / "actors.yml", "actors: {}\n")
    assert corpus_registry_path(str(tmp_path)) == registry
    assert corpus_registry_path(str(tmp_path / "a.txt")) == registry
    assert corpus_registry_path("-") is None
    assert corpus_registry_path(str(tmp_path / "missing")) is None


# -- errors ------------------------------------------------------------------------

def test_missing_path() -> None:
    with pytest.raises(InputError, match=r"^nope\.txt: no such file or folder, and no bundled corpus .*kazakhstan-2022"):
        list(load_corpus("nope.txt"))


def test_binary_file(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"text\nmore\x00\x01")
    with pytest.raises(InputError, match=r"a\.txt:2: binary file \(NUL byte at byte offset 9\)"):
        list(load_corpus(str(path)))


def test_not_utf8(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "line one\ncaf".encode() + b"\xe9\n")
    with pytest.raises(InputError, match=r"a\.txt:2: not UTF-8 text: invalid byte 0xe9 at byte offset 12"):
        list(load_corpus(str(path)))


@pytest.mark.parametrize("data", [b"", b"  \n\t\n", b"\xef\xbb\xbf\n"])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path / "a.txt", data)
    with pytest.raises(InputError, match=r"a\.txt: empty file"):
        list(load_corpus(str(path)))


def test_empty_jsonl(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"a\.jsonl: empty file"):
        list(load_corpus(str(write(tmp_path / "a.jsonl", "\n\n"))))


def test_empty_folder(tmp_path: Path) -> None:
    write(tmp_path / "notes.pdf", b"%PDF")
    with pytest.raises(InputError, match=r"empty folder: no \.csv, \.json, \.jsonl, \.md, \.parquet, \.tsv, \.txt "
                       r"files below it \(compressed too: \.gz, \.zst\)"):
        list(load_corpus(str(tmp_path)))


def test_unsupported_file_type(tmp_path: Path) -> None:
    path = write(tmp_path / "a.pdf", b"%PDF")
    with pytest.raises(InputError, match=r"a\.pdf: unsupported file type '\.pdf'; expected one of: \.csv, \.json, "
                       r"\.jsonl, \.md, \.parquet, \.tsv, \.txt \(compressed too: \.gz, \.zst\)$"):
        list(load_corpus(str(path)))
