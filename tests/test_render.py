"""rendering.py: every format of a fixed table against golden files, and determinism."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from tabulate import tabulate_formats

from framing.errors import UsageError
from framing.model import Hit, Row, ScoredStatement, Statement, Table
from framing.formats import formats
from framing.rendering import check_format, format_value, render, render_records
from framing.statement_rendering import iter_statements, render_statements, shorten

GOLDEN = Path(__file__).parent / "golden"
# FRAMING_UPDATE_GOLDEN=1 pytest tests/test_render.py rewrites the golden files.
UPDATE = os.environ.get("FRAMING_UPDATE_GOLDEN") == "1"

TABLE = Table(
    by=("actor", "lang"),
    metric="share",
    frames=("terrorism", "restraint"),
    rows=(
        Row(("kz_government", "en"), 3, 61, {"terrorism": 200 / 3, "restraint": 0.0},
            {"terrorism": 3, "restraint": 0}, {"terrorism": 2, "restraint": 0},
            polarity={"terrorism": {"negated": 1, "attributed": 1}}),
        Row(("eu", "en"), 2, 40, {"terrorism": 0.0, "restraint": 100.0},
            {"terrorism": 0, "restraint": 2}, {"terrorism": 0, "restraint": 2}),
        Row(("unknown:وكالة, سبوتنيك", "ar"), 1, 12, {"terrorism": 100.0, "restraint": 0.0},
            {"terrorism": 1, "restraint": 0}, {"terrorism": 1, "restraint": 0}),
    ),
    lexicons=(("unrest", "0" * 64),),
    min_statements=2,
)

GOLDEN_FORMATS = {"csv": "csv", "tsv": "tsv", "json": "json", "jsonl": "jsonl", "ndjson": "ndjson",
                  "github": "md", "simple": "txt", "latex": "tex"}

TEXT = "Tokayev said “terrorist gangs” led the protests. EU: calm."
START, END = TEXT.index("“"), TEXT.index("EU") - 1
STATEMENT = Statement("doc-1", "Al Mayadeen", "en", "kz_government", "Tokayev", "indirect",
                      START, END, TEXT[START:END], confidence=0.9)
T = TEXT.index("terrorist")
SCORED = ScoredStatement(STATEMENT, 5, (Hit("terrorism", "terror*", T, T + 9),))


@pytest.mark.parametrize("fmt", sorted(GOLDEN_FORMATS))
def test_golden(fmt: str) -> None:
    path = GOLDEN / f"table.{GOLDEN_FORMATS[fmt]}"
    out = render(TABLE, fmt)
    if UPDATE:
        path.write_bytes(out.encode("utf-8"))
    assert out == path.read_bytes().decode("utf-8")


def test_json_schema_traceable() -> None:
    data = json.loads(render(TABLE, "json"))
    assert data["lexicons"] == [{"name": "unrest", "sha256": "0" * 64}]
    assert data["by"] == ["actor", "lang"] and data["metric"] == "share"
    assert data["frames"] == ["terrorism", "restraint"]
    assert data["min_statements"] == 2 and data["ci"] is None
    first = data["rows"][0]
    assert first == {
        "actor": "kz_government", "lang": "en", "statements": 3, "tokens": 61, "flagged": False,
        "values": {"terrorism": 66.7, "restraint": 0.0},
        "hits": {"terrorism": 3, "restraint": 0}, "with_frame": {"terrorism": 2, "restraint": 0},
        "polarity": {"terrorism": {"affirmed": 1, "negated": 1, "attributed": 1},
                     "restraint": {"affirmed": 0, "negated": 0, "attributed": 0}},
        "cancelled": {"terrorism": 0, "restraint": 0},
    }
    for row in data["rows"]:  # every hit has one polarity
        assert all(sum(row["polarity"][f].values()) == row["hits"][f] for f in data["frames"])
    assert data["rows"][2]["flagged"] is True  # 1 statement < min_statements
    # non-ASCII is written as is
    assert "وكالة" in render(TABLE, "json")


def test_jsonl_rows_equal_json_rows() -> None:
    lines = render(TABLE, "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == json.loads(render(TABLE, "json"))["rows"]


@pytest.mark.parametrize("fmt,dialect", [("csv", "excel"), ("tsv", "excel-tab")])
def test_csv_parses(fmt: str, dialect: str) -> None:
    rows = list(csv.reader(io.StringIO(render(TABLE, fmt)), dialect=dialect))
    assert rows[0] == ["actor", "lang", "statements", "tokens", "flagged", "terrorism", "restraint",
                       "terrorism:hits", "restraint:hits", "terrorism:with_frame", "restraint:with_frame",
                       "terrorism:affirmed", "restraint:affirmed", "terrorism:negated", "restraint:negated",
                       "terrorism:attributed", "restraint:attributed"]
    assert rows[1] == ["kz_government", "en", "3", "61", "false", "66.7", "0.0", "3", "0", "2", "0",
                       "1", "0", "1", "0", "1", "0"]
    assert rows[3][0] == "unknown:وكالة, سبوتنيك"  # quoted, not split at the comma
    assert rows[3][4] == "true"
    assert len(rows) == 4


def test_every_tabulate_format_renders() -> None:
    assert set(tabulate_formats) <= set(formats())
    for fmt in formats():
        out = render(TABLE, fmt)
        assert out.endswith("\n") and "kz" in out


def test_count_metric_is_integer() -> None:
    table = Table(("actor",), "count", ("calm",), (Row(("eu",), 1, 10, {"calm": 2.0}, {"calm": 2}, {"calm": 1}),))
    assert render(table, "csv").splitlines()[1] == "eu,1,10,false,2,2,1,2,0,0"
    assert json.loads(render(table, "json"))["rows"][0]["values"] == {"calm": 2}


def test_format_value() -> None:
    assert format_value(66.6666, "share") == "66.7"
    assert format_value(0.0, "per1k") == "0.0"
    assert format_value(3.0, "count") == "3"


def test_empty_table() -> None:
    table = Table(("actor",), "share", ("calm",), ())
    assert render(table, "csv") == ("actor,statements,tokens,flagged,calm,calm:hits,calm:with_frame,calm:affirmed,"
                                    "calm:negated,calm:attributed\n")
    assert json.loads(render(table, "json"))["rows"] == []
    assert render(table, "jsonl") == ""
    assert "calm" in render(table, "simple")


def test_unknown_format() -> None:
    with pytest.raises(UsageError, match=r"unknown format 'nope'; choose from: csv, tsv, json, jsonl, .*github"):
        render(TABLE, "nope")
    with pytest.raises(UsageError, match="unknown format"):
        render_statements([], "nope")
    assert check_format("grid") == "grid"


def test_statements_jsonl_schema() -> None:
    line = render_statements([SCORED], "jsonl")
    assert line.endswith("\n") and line.count("\n") == 1
    obj = json.loads(line)
    assert list(obj) == ["doc", "source", "date", "lang", "actor", "speaker", "kind", "start", "end", "text",
                         "tokens", "frames", "hits", "cancelled", "confidence", "via", "cue", "cue_lemma", "cue_class",
                         "cue_start", "cue_end", "speaker_start", "speaker_end", "lexicons"]
    assert obj["frames"] == {"terrorism": 1}
    assert obj["hits"] == [{"frame": "terrorism", "term": "terror*", "start": T, "end": T + 9, "polarity": "affirmed"}]
    assert obj["text"] == TEXT[obj["start"]:obj["end"]]
    assert TEXT[T:T + 9] == "terrorist"
    assert "“terrorist" in line  # ensure_ascii=False


def test_statements_json_is_list_of_jsonl_objects() -> None:
    both = [SCORED, SCORED]
    assert json.loads(render_statements(both, "json")) == [
        json.loads(x) for x in render_statements(both, "jsonl").splitlines()
    ]
    assert render_statements([], "json") == "[]\n"


def test_statements_csv_has_a_column_per_frame() -> None:
    hits = SCORED.hits + (Hit("restraint", "calm", 30, 34), Hit("terrorism", "gang*", 24, 29))
    scored = [ScoredStatement(STATEMENT, 5, hits)]
    rows = list(csv.DictReader(io.StringIO(render_statements(scored, "csv", frames=("dialogue", "terrorism",
                                                                                    "restraint")))))
    assert list(rows[0])[-4:] == ["dialogue", "terrorism", "restraint", "text"]
    assert (rows[0]["dialogue"], rows[0]["terrorism"], rows[0]["restraint"]) == ("0", "2", "1")
    assert rows[0]["confidence"] == "0.9" and rows[0]["text"] == STATEMENT.text
    assert (rows[0]["cue"], rows[0]["cue_class"], rows[0]["cue_start"]) == ("", "none", "-1")
    tsv = list(csv.reader(io.StringIO(render_statements([SCORED], "tsv")), dialect="excel-tab"))
    assert tsv[1][0] == "doc-1" and tsv[0][-2:] == ["terrorism", "text"]  # no frames given: those hit


def test_statements_csv_streams_under_a_fixed_header() -> None:
    def statements():
        yield SCORED
        raise AssertionError("read past the first row")

    chunks = iter_statements(statements(), "csv", frames=("terrorism", "restraint"))
    assert next(chunks).endswith(",terrorism,restraint,text\n")
    assert next(chunks).startswith("doc-1,")
    assert render_statements([], "csv", frames=("a", "b")).endswith(",a,b,text\n")


def test_statements_csv_refuses_a_hit_outside_the_frames() -> None:
    with pytest.raises(UsageError, match="doc-1:.* has hits of terrorism, which are not among the frames restraint"):
        render_statements([SCORED], "csv", frames=("restraint",))


def test_statements_table_shortens_text() -> None:
    long = Statement("d", "s", "en", "eu", "EU", "direct", 0, 200, "word\n" * 40)
    out = render_statements([ScoredStatement(long, 40, ())], "simple")
    assert "…" in out and "\nword" not in out
    assert shorten("a  b\nc") == "a b c"
    assert len(shorten("x" * 100, 10)) == 10


def test_records() -> None:
    out = render_records(("name", "n"), [("a", 1), ("b", 22)], "json")
    assert json.loads(out) == [{"name": "a", "n": 1}, {"name": "b", "n": 22}]
    assert render_records(("name", "n"), [("a", 1)], "csv") == "name,n\na,1\n"
