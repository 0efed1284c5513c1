"""corpus/: every bad table, compressed file and columns file is one line naming the file and the line or row."""

from __future__ import annotations

import gzip
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from framing.corpus import Columns, load_corpus
from framing.errors import TOO_DEEP, InputError, UsageError


def read(path: Path, **options: object) -> list:
    return list(load_corpus(str(path), **options))  # type: ignore[arg-type]


# (file name, its bytes, the error after "<file>")
CASES = [
    # CSV and TSV
    ("a.csv", b'text,outlet\n"One.",Wire\n"Two,Daily\n', r":3: malformed CSV row: unexpected end of data"),
    ("a.csv", b'text,outlet\n"One."x,Wire\n', r":2: malformed CSV row: ',' expected after '\"'"),
    ("a.csv", b"text,outlet\nOne.,Wire\nTwo.,Daily,extra\n",
     r":3: malformed CSV row: 3 fields, but the header \(line 1\) has 2"),
    ("a.tsv", b"text\toutlet\nOne.\n", r":2: malformed TSV row: 1 fields, but the header \(line 1\) has 2"),
    ("a.csv", b"story,outlet\nOne.,Wire\n", r":1: no text column \(looked for text, body, content, article; "
     r"name it with --text-column\); columns found: 'story', 'outlet'$"),
    ("a.csv", b"Text,TEXT\nOne.,Two.\n", r":1: columns 'Text' and 'TEXT' both match the text; name one with "
     r"--text-column"),
    ("a.csv", b"text,outlet\nOne.,Wire\ncaf\xe9,Daily\n", r":3: not UTF-8 text: invalid byte 0xe9 at byte offset 25; "),
    ("a.csv", b"text,outlet\nOne.,Wi\x00re\n", r":2: binary file \(NUL byte at byte offset 19\)"),
    ("a.csv", b"text,outlet\n\n", r": no documents: the header \(line 1\) has no rows below it$"),
    ("a.csv", b"\xef\xbb\xbf \n", r": empty file: no text to read$"),
    # JSON arrays
    ("a.json", b'{"text": "One."}\n{"text": "Two."}\n', r":1: expected a JSON array of objects \(\[\{\.\.\.\}, \.\.\.\]\); "
     r"a file of one JSON object per line is JSON Lines: name it \.jsonl$"),
    ("a.json", b'[{"text": "One."},\n {"text": "Two.",}]', r":2: not valid JSON: Expecting property name enclosed "
     r"in double quotes at column 18$"),
    ("a.json", b'[{"text": "One."}\n {"text": "Two."}]', r":2: expected ',' or '\]' after object 1, got '\{'$"),
    ("a.json", b'[{"text": "One."},\n 7]', r":2: expected a JSON object, got a number$"),
    ("a.json", b'[{"text": "One."},\n "Two."]', r":2: expected a JSON object, got a string$"),
    ("a.json", b'[{"text": "One."},]', r":1: expected an object after ',', got '\]'$"),
    ("a.json", b'[{"text": "One."},\n {"text": "Two."', r":2: the object is not closed: the file ends inside it$"),
    ("a.json", b'[{"text": "One."}', r":1: the array is not closed: the file ends$"),
    ("a.json", b'[{"text": "One."}] []', r":1: unexpected '\[' after the end of the array$"),
    ("a.json", b"[]", r": no documents: the array is empty$"),
    ("a.json", b"\n  ", r": empty file: no text to read$"),
    ("a.json", b'[{"body": "One.", "tags": ["x"]},\n {"tags": ["y"]}]', r":2: no text column \(looked for text, "
     r"body, content, article; name it with --text-column\); columns found: 'tags'$"),
    ("a.json", b'[{"text": ["One."]}]', r":1: column 'text' \(the text\) must be text, a number or a date, got a list$"),
    ("a.json", b'[{"text": "One.", "source": true}]', r":1: column 'source' \(the source\) must be text, a number "
     r"or a date, got a boolean$"),
    ("a.json", b'[{"text": "\\ud800"}]', r":1: column 'text' holds an unpaired surrogate \\ud800 at character 0"),
    ("a.json", b'[{"text": "One."},\n{"text": "caf\xe9"}]', r":2: not UTF-8 text: invalid byte 0xe9 at byte offset 32"),
    ("a.json", b'[{"text": "One.", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}]", ":1: " + re.escape(TOO_DEEP)),
    # compressed files
    ("a.csv.gz", b"text\nOne.\n", r": not gzip data, or damaged: Error -3 while decompressing data: incorrect "
     r"header check$"),
    ("a.csv.gz", gzip.compress(b"text\nOne.\nTwo.\n")[:-6], r": gzip data ends early: the file is cut short$"),
    ("a.jsonl.gz", gzip.compress(b'{"id": "a", "text": "One."}\n') + b"junk", r": not gzip data, or damaged"),
    ("a.pdf.gz", gzip.compress(b"%PDF"), r": unsupported file type '\.pdf\.gz'; expected one of: "),
    ("a.gz", gzip.compress(b"One."), r": unsupported file type '\.gz'; expected one of: "),
    ("a.jsonl.gz", gzip.compress(b'{"id": "a", "text": "One."}\n{"id": "a"}\n'), r":2: missing required field 'text'$"),
]


@pytest.mark.parametrize("name,data,message", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_bad_files(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=f"^{path}{message}"):
        read(path)


def test_a_given_column_must_be_there(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("text,outlet,published\nOne.,Wire,2022-01-05\n")
    with pytest.raises(InputError, match=r"a\.csv:1: no column 'paper' for the source; columns found: 'text', "
                       r"'outlet', 'published'$"):
        read(path, columns=Columns({"source": "paper"}))


def test_a_long_header_is_cut_short_in_the_message(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(",".join(f"c{i}" for i in range(30)) + "\n" + ",".join("x" * 30) + "\n")
    with pytest.raises(InputError, match=r"columns found: 'c0', .* 'c19', \.\.\. \(30 in all\)$"):
        read(path)


@pytest.mark.parametrize("name,data,message", [
    ("a.csv", b'text,outlet\nOne.,Wire\n"Two\n' + b"x" * 40 + b'",Daily\n', r":3: document larger than 30 bytes"),
    ("a.tsv", b"text\toutlet\nOne.\tWire\n" + b"x" * 5000, r":3: document larger than 30 bytes"),
    ("a.json", b'[{"text": "One."},\n {"text": "' + b"x" * 5000 + b'"}]', r":2: document larger than 30 bytes"),
    ("a.csv.gz", gzip.compress(b"text\nOne.\n" + b"x" * 100_000), r":3: document larger than 30 bytes"),
])
def test_a_document_over_the_limit_is_named_by_its_first_line(tmp_path: Path, name: str, data: bytes,
                                                              message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=f"^{path}{message} \\(--max-document-bytes\\)"):
        read(path, max_bytes=30)


# -- Parquet ------------------------------------------------------------------------

@pytest.fixture
def parquet(tmp_path: Path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")

    def write(**columns: object) -> Path:
        path = tmp_path / "a.parquet"
        pq.write_table(pa.table(columns), path)
        return path

    return write


def test_parquet_errors(parquet, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"a\.parquet: column 'text' \(the text\) holds int64, not text$"):
        read(parquet(text=[1, 2]))
    with pytest.raises(InputError, match=r"a\.parquet: row 2: column 'source' \(the source\) must be text, a number "
                       r"or a date, got a list$"):
        read(parquet(text=["One.", "Two."], source=[None, ["Wire"]]))
    with pytest.raises(InputError, match=r"a\.parquet: row 2: document larger than 30 bytes"):
        read(parquet(text=["One.", "x" * 31]), max_bytes=30)
    with pytest.raises(InputError, match=r"a\.parquet: no documents: the file has no rows$"):
        read(parquet(text=pytest.importorskip("pyarrow").array([], "string")))
    (tmp_path / "b.parquet").write_bytes(b"PAR1 not really")
    with pytest.raises(InputError, match=r"b\.parquet: not a Parquet file: "):
        read(tmp_path / "b.parquet")
    (tmp_path / "c.parquet.gz").write_bytes(gzip.compress(parquet(text=["One."]).read_bytes()))
    with pytest.raises(InputError, match=r"c\.parquet\.gz: a Parquet file must be read whole, by seeking"):
        read(tmp_path / "c.parquet.gz")


# -- optional extras ---------------------------------------------------------------------

@pytest.mark.parametrize("name,module,message", [
    ("a.parquet", "pyarrow", 'reading Parquet needs pyarrow: pip install "framing[parquet]"'),
    ("a.jsonl.zst", "zstandard", 'reading .zst files needs zstandard: pip install "framing[zstd]"'),
])
def test_a_missing_extra_says_how_to_install_it(run, tmp_path: Path, monkeypatch, name: str, module: str,
                                                message: str) -> None:
    (tmp_path / name).write_bytes(b"whatever")
    monkeypatch.setitem(sys.modules, module, None)  # import fails
    result = run("compare", str(tmp_path / name))
    assert result.exit_code == 2
    assert result.stderr == f"framing: {tmp_path / name}: {message}\n"


# -- the command line: one line, exit 2, no traceback ---------------------------------

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name,data,message", [CASES[0], CASES[11], CASES[28]], ids=["csv", "json", "gz"])
def test_the_command_prints_one_line(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = subprocess.run([sys.executable, "-m", "framing", "compare", str(path), "--by", "source", "-f", "csv"],
                            capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 2
    assert re.fullmatch(f"framing: {re.escape(str(path))}{message}\n", result.stderr.decode())
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"framing: {path}:"), lines


# -- columns files ------------------------------------------------------------------------

@pytest.mark.parametrize("text,message", [
    ("text: body\nbody: text\n", r"cols\.yml:2: the columns file: unknown key 'body'; expected one of: id, text, source, date, lang, "
     r"url, title$"),
    ("text: body\ntext: story\n", r"cols\.yml:2: the columns file: duplicate key 'text' \(first at line 1\)$"),
    ("text: [body]\n", r"cols\.yml:1: text must be a column name, got list$"),
    ("- text\n", r"cols\.yml:1: the columns file must be a mapping of fields to column names \(text: body\), got list$"),
    ("text: [body\n", r"cols\.yml:2: invalid YAML: "),
    ("", r"cols\.yml: the columns file is empty; it must be a mapping of fields to column names"),
    ("text: ' '\n", r"cols\.yml:1: text must be a column name, got ' '$"),
])
def test_bad_columns_files(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "cols.yml").write_text(text)
    with pytest.raises(InputError, match=message):
        Columns.of(str(tmp_path / "cols.yml"))


def test_a_columns_file_that_is_not_there(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.yml: cannot read: No such file or directory$"):
        Columns.of(str(tmp_path / "nope.yml"))


def test_an_empty_column_name_is_refused(run) -> None:
    with pytest.raises(UsageError, match=r"the text column needs a name, got an empty one"):
        Columns({"text": " "})
    result = run("compare", "--text-column", "")
    assert result.exit_code == 2
    assert result.stderr == "framing: the text column needs a name, got an empty one\n"


def test_stdin_is_still_jsonl_or_text(tmp_path: Path) -> None:
    (doc,) = load_corpus("-", stdin=io.BytesIO(b"text,outlet\nOne.,Wire\n"))
    assert (doc.id, doc.text) == ("stdin", "text,outlet\nOne.,Wire\n")
