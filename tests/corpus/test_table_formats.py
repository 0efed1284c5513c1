"""corpus/: one corpus as JSONL, CSV, TSV, a JSON array and Parquet, plain or compressed, gives one table."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
from pathlib import Path
from typing import Callable

import pytest

from framing.corpus import Columns, load_corpus
from framing.errors import InputError

# Made-up news items: quotes, reported speech, two languages, a quote mark and a comma in a title,
# a line break inside the text (a CSV field over two lines).
ITEMS = [
    {"id": "a1", "source": "Wire", "date": "2022-01-05", "lang": "en", "url": "https://example.org/a1",
     "title": 'Tokayev: "terrorists", not protesters',
     "text": 'President Tokayev said the unrest was the work of "terrorists and bandits".\n\n'
             'Police said 26 armed criminals were killed.'},
    {"id": "a2", "source": "Daily", "date": "2022-01-06", "lang": "en", "url": "https://example.org/a2",
     "title": "EU urges restraint, dialogue",
     "text": 'The European Union called for restraint and urged a peaceful dialogue. '
             '"We call on all sides to refrain from violence," the EU spokesperson said.'},
    {"id": "a3", "source": "Radio", "date": "2022-01-06", "lang": "ar", "url": "https://example.org/a3",
     "title": "توكاييف",
     "text": 'قال الرئيس توكاييف إن الإرهابيين هاجموا المدينة. ودعا الاتحاد الأوروبي إلى ضبط النفس والحوار.'},
    {"id": "a4", "source": "Wire", "date": "2022-01-07", "lang": "en", "url": "https://example.org/a4",
     "title": "Order restored",
     "text": 'Russia said the CSTO peacekeeping mission would protect order. Tokayev said '
             'foreign-trained terrorists had attacked Almaty.'},
]
FIELDS = ("id", "source", "date", "lang", "url", "title", "text")
# The column names of a CSV export: text, outlet, published (and the rest as they are).
EXPORT = {"id": "id", "text": "text", "source": "outlet", "date": "published", "lang": "lang", "url": "url",
          "title": "title"}
# Names no default knows: they need a columns file.
ODD = {"id": "Story ID", "text": "Story", "source": "Paper", "date": "When", "lang": "Tongue", "url": "Link",
       "title": "Head"}
ODD_COLUMNS = "".join(f"{key}: {name}\n" for key, name in ODD.items())


def rows(names: dict[str, str], items: list[dict[str, str]] = ITEMS) -> list[dict[str, str]]:
    return [{names[key]: item[key] for key in FIELDS} for item in items]


def as_jsonl() -> bytes:
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in ITEMS).encode()


def as_delimited(names: dict[str, str], dialect: str, items: list[dict[str, str]] = ITEMS) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, list(names.values()), dialect=dialect, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows(names, items))
    return out.getvalue().encode()


def as_json(names: dict[str, str]) -> bytes:
    return json.dumps(rows(names), ensure_ascii=False, indent=2).encode()


def as_parquet(names: dict[str, str]) -> bytes:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    out = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows(names)), out, row_group_size=2)  # two row groups
    return out.getvalue()


def zstd(data: bytes) -> bytes:
    zstandard = pytest.importorskip("zstandard")
    return zstandard.ZstdCompressor().compress(data)


# name -> (file name, its bytes, the options that map its columns)
Variant = tuple[str, Callable[[], bytes], list[str]]
SOURCE_DATE = ["--text-column", "text", "--source-column", "outlet", "--date-column", "published"]
VARIANTS: dict[str, Variant] = {
    "jsonl": ("news.jsonl", as_jsonl, []),
    "csv with options": ("news.csv", lambda: as_delimited(EXPORT, "excel"), SOURCE_DATE),
    "csv by default names": ("news.csv", lambda: as_delimited(EXPORT, "excel"), []),
    "csv with a columns file": ("news.csv", lambda: as_delimited(ODD, "excel"), ["--columns", "{cols}"]),
    "tsv": ("news.tsv", lambda: as_delimited(EXPORT, "excel-tab"), SOURCE_DATE),
    "json array": ("news.json", lambda: as_json(EXPORT), SOURCE_DATE),
    "json array with a columns file": ("news.json", lambda: as_json(ODD), ["--columns", "{cols}"]),
    "parquet": ("news.parquet", lambda: as_parquet(EXPORT), SOURCE_DATE),
    "parquet with a columns file": ("news.parquet", lambda: as_parquet(ODD), ["--columns", "{cols}"]),
    "jsonl.gz": ("news.jsonl.gz", lambda: gzip.compress(as_jsonl()), []),
    "csv.gz": ("news.csv.gz", lambda: gzip.compress(as_delimited(EXPORT, "excel")), SOURCE_DATE),
    "jsonl.zst": ("news.jsonl.zst", lambda: zstd(as_jsonl()), []),
    "json.zst": ("news.json.zst", lambda: zstd(as_json(EXPORT)), []),
}


def materialise(tmp_path: Path, variant: str) -> tuple[Path, list[str]]:
    name, data, options = VARIANTS[variant]
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / name
    path.write_bytes(data())
    cols = tmp_path / "columns.yml"
    cols.write_text(ODD_COLUMNS, encoding="utf-8")
    return path, [option.format(cols=cols) for option in options]


def columns_of(options: list[str]) -> Columns:
    given = dict(zip(options[::2], options[1::2]))
    return Columns.of(given.get("--columns"), text=given.get("--text-column"), source=given.get("--source-column"),
                      date=given.get("--date-column"))


def fields(path: Path, options: list[str]) -> list[tuple[str, ...]]:
    return [tuple(getattr(doc, key) for key in FIELDS) for doc in load_corpus(str(path), columns=columns_of(options))]


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_format_gives_the_documents_of_the_jsonl(tmp_path: Path, variant: str) -> None:
    jsonl, _ = materialise(tmp_path / "jsonl", "jsonl")
    path, options = materialise(tmp_path, variant)
    assert fields(path, options) == fields(jsonl, []) == [tuple(item[key] for key in FIELDS) for item in ITEMS]


COMMANDS = [
    ["compare", "--by", "source", "-f", "csv"],
    ["statements", "-f", "jsonl"],
]


@pytest.mark.parametrize("variant", [v for v in VARIANTS if v != "jsonl"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:3]))
def test_every_format_gives_the_bytes_of_the_jsonl(run, tmp_path: Path, variant: str, command: list[str]) -> None:
    jsonl, _ = materialise(tmp_path / "jsonl", "jsonl")
    path, options = materialise(tmp_path, variant)
    expected = run(*command, str(jsonl), "--actors", "kazakhstan-2022")
    got = run(*command, str(path), "--actors", "kazakhstan-2022", *options)
    assert got.exit_code == expected.exit_code == 0, got.stderr
    assert got.stdout.count("\n") > 3
    assert got.stdout == expected.stdout


def test_a_folder_of_every_format_is_read_in_path_order(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes(as_delimited(EXPORT, "excel", ITEMS[:1]))
    (tmp_path / "b.json.gz").write_bytes(gzip.compress(json.dumps(rows(EXPORT, ITEMS[1:2])).encode()))
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(b"Tokayev said so."))
    (tmp_path / "backup.tar.gz").write_bytes(gzip.compress(b"not a corpus"))
    (tmp_path / "corpus.yml").write_text("documents:\n  a1:\n    section: world\n  c:\n    source: Radio\n")
    docs = list(load_corpus(str(tmp_path)))
    assert [(d.id, d.source, d.meta["file"]) for d in docs] == [
        ("a1", "Wire", "a.csv"), ("a2", "Daily", "b.json.gz"), ("c", "Radio", "c.txt.gz")]
    assert docs[0].meta == {"file": "a.csv", "line": "2", "section": "world"}


def test_rows_without_an_id_are_named_by_file_and_row(tmp_path: Path) -> None:
    path = tmp_path / "export.csv.gz"
    path.write_bytes(gzip.compress(b"text,id\nFirst.,\n\nSecond.,b\nThird.,\n"))
    assert [(d.id, d.meta["line"]) for d in load_corpus(str(path))] == [
        ("export-1", "2"), ("b", "4"), ("export-3", "5")]


def test_names_match_whatever_their_case_and_the_first_default_wins(tmp_path: Path) -> None:
    path = tmp_path / "mc.csv"
    path.write_text("stories_id, Media_Name ,Body,URL,content,publish_date,Language\n"
                    "12345,Wire,The text.,https://x.org/1,not this,2022-01-05T10:00:00Z,en\n")
    (doc,) = load_corpus(str(path))
    assert (doc.id, doc.source, doc.text, doc.url, doc.date, doc.lang) == (
        "12345", "Wire", "The text.", "https://x.org/1", "2022-01-05T10:00:00Z", "en")


def test_options_win_over_the_columns_file_and_the_defaults(tmp_path: Path) -> None:
    cols = tmp_path / "cols.yml"
    cols.write_text("text: body\nsource: outlet\ntitle: head\n")
    path = tmp_path / "a.csv"
    path.write_text("text,body,outlet,paper,head\nA,B,C,D,E\n")
    (doc,) = load_corpus(str(path), columns=Columns.of(str(cols), source="paper"))
    assert (doc.text, doc.source, doc.title) == ("B", "D", "E")


def test_numbers_and_dates_are_read_as_text(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table({
        "stories_id": pa.array([7, 8], pa.int64()),
        "text": pa.array(["A said b.", None]),
        "media_name": pa.array(["Wire", None]).dictionary_encode(),
        "publish_date": pa.array([dt.date(2022, 1, 5), None], pa.date32()),
        "seendate": pa.array([dt.datetime(2022, 1, 5, 10, 30), None], pa.timestamp("s")),
    })
    pq.write_table(table, tmp_path / "mc.parquet")
    docs = list(load_corpus(str(tmp_path / "mc.parquet")))
    assert [(d.id, d.text, d.source, d.date, d.meta) for d in docs] == [
        ("7", "A said b.", "Wire", "2022-01-05", {"file": "mc.parquet", "row": "1"}),
        ("8", "", "unknown", "", {"file": "mc.parquet", "row": "2"})]
    (tmp_path / "mc.json").write_text('[{"id": 12, "text": "x", "date": 20220105, "title": 1.5, "lang": null}]')
    (doc,) = load_corpus(str(tmp_path / "mc.json"))
    assert (doc.id, doc.date, doc.title, doc.lang) == ("12", "20220105", "1.5", "")


def test_json_objects_may_name_their_fields_differently(tmp_path: Path) -> None:
    path = tmp_path / "mixed.json"
    path.write_text('[{"body": "One.", "outlet": "Wire"},\n{"text": "Two.", "source": "Daily", "extra": [1]}]')
    assert [(d.id, d.text, d.source, d.meta["line"]) for d in load_corpus(str(path))] == [
        ("mixed-1", "One.", "Wire", "1"), ("mixed-2", "Two.", "Daily", "2")]


def test_a_duplicate_id_is_named_as_in_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "a.tsv"
    path.write_text("id\ttext\na\tOne.\nb\tTwo.\na\tThree.\n")
    with pytest.raises(InputError, match=r"a\.tsv:4: duplicate document id 'a' \(first on line 2\)$"):
        list(load_corpus(str(path)))


def test_a_duplicate_id_in_parquet_is_named_by_row(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.table({"id": ["a", "b", "a"], "text": ["1", "2", "3"]}), tmp_path / "a.parquet")
    with pytest.raises(InputError, match=r"a\.parquet: row 3: duplicate document id 'a' \(first on row 1\)$"):
        list(load_corpus(str(tmp_path / "a.parquet")))


# -- the Dask engine (tests/conftest.py's scheduler): tables are read here, sent to the workers in chunks --

@pytest.mark.parametrize("variant", ["csv with options", "jsonl.gz"])
def test_the_dask_engine_reads_tables_and_compressed_files(run, tmp_path: Path, scheduler, variant: str) -> None:
    path, options = materialise(tmp_path, variant)
    command = [*COMMANDS[0], str(path), "--actors", "kazakhstan-2022", *options]
    local = run(*command)
    distributed = run(*command, "--engine", "dask", "--scheduler", scheduler)
    assert local.exit_code == distributed.exit_code == 0, distributed.stderr
    assert distributed.stdout == local.stdout
