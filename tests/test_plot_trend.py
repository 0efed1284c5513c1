"""framing plot --trend: one line per group through the periods, undated statements counted, not drawn."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.errors import UsageError
from framing.model import Row, Table
from framing.plot_trend import series

pytest.importorskip("matplotlib")

DOCS = [("a", "2022-01-03", "“We call for calm and restraint,” the EU said."),
        ("b", "2022-01-10", "Tokayev said: “Terrorists attacked our cities.”"),
        ("c", "", "Tokayev said: “The terrorists will be punished.”"),
        ("d", "2022-01-20", "Tokayev said: “Bandits are defeated.” The EU said: “Restraint and dialogue.”")]


def _row(key, statements):
    return Row(key, statements, 10, {"t": 50.0}, {"t": 1}, {"t": 1})


def test_series_orders_periods_and_counts_the_undated() -> None:
    table = Table(("actor", "date:week"), "share", ("t",), (
        _row(("eu", "2022-W03"), 1), _row(("eu", "2022-W01"), 2), _row(("kz", "undated"), 4),
        _row(("kz", "2022-W02"), 1)))
    periods, groups, undated = series(table)
    assert periods == ["2022-W01", "2022-W02", "2022-W03"]
    assert {g: sorted(rows) for g, rows in groups.items()} == {("eu",): ["2022-W01", "2022-W03"],
                                                                ("kz",): ["2022-W02"]}
    assert undated == 4
    with pytest.raises(UsageError, match="--trend draws dates"):
        series(Table(("actor",), "share", ("t",), (_row(("eu",), 1),)))
    with pytest.raises(UsageError, match="no statement comes from a dated document"):
        series(Table(("date",), "share", ("t",), (_row(("undated",), 1),)))


@pytest.fixture
def corpus(jsonl_corpus) -> Path:
    return jsonl_corpus([{"id": i, "date": d, "text": t, "source": "Wire"} for i, d, t in DOCS], "dated.jsonl")


def test_plot_trend_writes_the_same_figure_twice(run, corpus: Path, tmp_path: Path) -> None:
    out = [tmp_path / "one.svg", tmp_path / "two.svg"]
    for path in out:
        result = run("plot", str(corpus), "--actors", "kazakhstan-2022", "--trend", "--frame", "terrorism",
                     "-o", str(path))
        assert result.exit_code == 0, result.stderr
    svg = out[0].read_text(encoding="utf-8")
    assert svg == out[1].read_text(encoding="utf-8") and svg.startswith("<?xml")
    png = tmp_path / "all.png"
    assert run("plot", str(corpus), "--actors", "kazakhstan-2022", "--trend", "--by", "actor,date", "--period",
               "month", "-o", str(png)).exit_code == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plot_trend_errors_are_one_line(run, corpus: Path, tmp_path: Path) -> None:
    result = run("plot", str(corpus), "--actors", "kazakhstan-2022", "--trend", "--frame", "nope",
                 "-o", str(tmp_path / "x.png"))
    assert result.exit_code == 2 and result.stderr.startswith("framing: unknown frame 'nope'; choose from:")
    assert len(result.stderr.strip().splitlines()) == 1
