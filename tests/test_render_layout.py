"""rendering.py: intervals, flags, --show-counts and --pivot frame on fixed tables, against golden files."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from tabulate import tabulate_formats

from framing.errors import UsageError
from framing.model import Bootstrap, Row, Table
from framing.rendering import format_cell, render

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("FRAMING_UPDATE_GOLDEN") == "1"
FRAMES = ("terrorism", "restraint")


def row(key, statements, tokens, hits, with_frame, low=None, high=None) -> Row:
    values = {f: 100 * with_frame[i] / statements for i, f in enumerate(FRAMES)}
    return Row(key, statements, tokens, values, dict(zip(FRAMES, hits)), dict(zip(FRAMES, with_frame)),
               dict(zip(FRAMES, low)) if low else {}, dict(zip(FRAMES, high)) if high else {})


# actor x outlet, with 95% intervals; ("us", "Outlet B") does not exist
TABLE = Table(
    by=("actor", "source"), metric="share", frames=FRAMES,
    rows=(
        row(("kz_government", "Outlet A"), 8, 120, (5, 0), (4, 0), (12.5, 0.0), (87.5, 0.0)),
        row(("us", "Outlet A"), 4, 60, (0, 3), (0, 2), (0.0, 0.0), (0.0, 100.0)),
        row(("kz_government", "Outlet B"), 2, 30, (1, 0), (1, 0), (0.0, 0.0), (100.0, 0.0)),
    ),
    lexicons=(("unrest", "0" * 64),), ci=Bootstrap(95, 1000, 0), min_statements=3,
)
SUFFIX = {"csv": "csv", "tsv": "tsv", "json": "json", "jsonl": "jsonl", "simple": "txt", "github": "md"}


@pytest.mark.parametrize("pivot", [None, "frame"])
@pytest.mark.parametrize("fmt", sorted(SUFFIX))
def test_golden(fmt: str, pivot: str | None) -> None:
    path = GOLDEN / f"table_{'pivot' if pivot else 'ci'}.{SUFFIX[fmt]}"
    out = render(TABLE, fmt, show_counts=True, pivot=pivot)
    if UPDATE:
        path.write_bytes(out.encode("utf-8"))
    assert out == path.read_bytes().decode("utf-8")


def test_cell() -> None:
    first, _, few = TABLE.rows
    assert format_cell(TABLE, first, "terrorism") == "50.0 [12.5–87.5]"
    assert format_cell(TABLE, first, "terrorism", show_counts=True) == "50.0 (4/8) [12.5–87.5]"
    assert format_cell(TABLE, few, "terrorism") == "50.0* [0.0–100.0]"  # 2 < 3 statements
    count = Table(("actor",), "count", FRAMES, (row(("x",), 4, 60, (7, 0), (3, 0)),))
    per1k = Table(("actor",), "per1k", FRAMES, count.rows)
    assert format_cell(count, count.rows[0], "terrorism", True).endswith("(7/4)")  # hits/statements
    assert format_cell(per1k, per1k.rows[0], "terrorism", True).endswith("(7/60)")  # hits/tokens


def test_data_formats_carry_counts_flags_and_bounds() -> None:
    data = json.loads(render(TABLE, "json"))
    assert data["ci"] == {"level": 95, "method": "percentile bootstrap", "unit": "statement",
                          "resamples": 1000, "seed": 0}
    assert data["min_statements"] == 3
    last = data["rows"][2]
    assert last["flagged"] is True and last["low"] == {"terrorism": 0.0, "restraint": 0.0}
    assert last["high"]["terrorism"] == 100.0 and last["hits"]["terrorism"] == 1
    rows = list(csv.DictReader(io.StringIO(render(TABLE, "csv"))))
    assert rows[0]["terrorism"] == "50.0" and rows[0]["terrorism:low"] == "12.5"
    assert rows[0]["terrorism:high"] == "87.5" and rows[0]["terrorism:hits"] == "5"
    assert rows[0]["terrorism:with_frame"] == "4" and rows[2]["flagged"] == "true"
    # --show-counts changes table formats only
    assert render(TABLE, "csv", show_counts=True) == render(TABLE, "csv")


def test_pivot_tables() -> None:
    data = json.loads(render(TABLE, "json", pivot="frame"))
    assert data["pivot"] == "frame" and data["rows"] == "actor" and data["columns"] == ["Outlet A", "Outlet B"]
    terrorism = data["tables"][0]
    assert terrorism["frame"] == "terrorism"
    us = [r for r in terrorism["rows"] if r["actor"] == "us"][0]
    assert us["cells"]["Outlet B"] is None  # no statements: empty, not zero
    gov = terrorism["rows"][0]["cells"]
    assert gov["Outlet B"] == {"value": 50.0, "statements": 2, "tokens": 30, "hits": 1, "with_frame": 1,
                               "flagged": True, "low": 0.0, "high": 100.0}
    text = render(TABLE, "simple", pivot="frame")
    assert text.count("share of ") == 2 and "Outlet B" in text
    rows = list(csv.reader(io.StringIO(render(TABLE, "csv", pivot="frame"))))
    assert rows[0][:4] == ["frame", "actor", "Outlet A", "Outlet B"]
    assert [r[:2] for r in rows[1:]] == [["terrorism", "kz_government"], ["terrorism", "us"],
                                         ["restraint", "kz_government"], ["restraint", "us"]]
    for fmt in set(tabulate_formats) - {"tsv"}:  # tsv is ours: the csv module, data only
        assert render(TABLE, fmt, pivot="frame", show_counts=True).count("(4/8)") == 1, fmt


@pytest.mark.parametrize("kwargs,message", [
    ({"pivot": "actor"}, "unknown --pivot 'actor'; choose from: frame"),
])
def test_bad_layout(kwargs, message) -> None:
    with pytest.raises(UsageError, match=message):
        render(TABLE, "simple", **kwargs)
    one_key = Table(("actor",), "share", FRAMES, ())
    with pytest.raises(UsageError, match="--pivot frame needs --by with two keys"):
        render(one_key, "csv", pivot="frame")
