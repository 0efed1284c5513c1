"""`framing evaluate`: scores against hand-coded statements, the error list, and bad gold files."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from framing.cli import app

GOLD = Path(__file__).resolve().parents[1] / "data" / "seed_gold.jsonl"


def _rows(*args: str) -> list[dict[str, str]]:
    result = CliRunner().invoke(app, ["evaluate", str(GOLD), *args, "-f", "csv"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def test_scores_per_language_kind_and_band():
    rows = _rows()
    by = {(r["task"], r["scope"], r["group"]): r for r in rows}
    assert float(by[("attribution", "lang", "en")]["f1"]) >= 0.95
    assert float(by[("attribution", "lang", "ar")]["f1"]) >= 0.92
    assert {"direct", "indirect"} <= {r["group"] for r in rows if r["scope"] == "kind"}
    assert any(r["task"] == "frames" for r in rows)
    assert [r["group"] for r in rows if r["task"] == "calibration"] == ["0.9-1.0", "0.8-0.9", "0.7-0.8", "0.5-0.7",
                                                                        "0.0-0.5"]


def test_errors_list_misses_and_false_alarms(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(GOLD.read_text(encoding="utf-8")
                    + '{"doc": "almayadeen-2022-01-06", "actor": "china", "start": 0, "end": 10, "text": "Jan 6 2022"}\n',
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--errors", "-f", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["error"], r["actor"]) for r in rows] == [("miss", "china")]


def test_bad_gold_line_names_file_and_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "x"}\n', encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "framing", "evaluate", str(gold)], capture_output=True, text=True)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip() == f"framing: {gold}:1: missing field(s) actor, text"
