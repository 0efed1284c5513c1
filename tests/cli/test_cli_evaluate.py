"""`framing evaluate`: scores against hand-coded statements, the error list, and bad gold files."""

from __future__ import annotations

import csv
import io
import json
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
    assert result.output.splitlines()[0] == "error,cause,doc,lang,actor,speaker,kind,start,end,text,other"
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["error"], r["cause"], r["actor"], r["other"]) for r in rows] == [("miss", "not found", "china", "")]


def test_errors_name_the_cause_and_the_other_actor(tmp_path):
    # The seed gold with every actor swapped: each miss is found, under another actor.
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    for record in records:
        record["actor"] = "nobody"
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--errors", "-f", "csv"])
    assert result.exit_code == 0, result.output
    misses = [r for r in csv.DictReader(io.StringIO(result.output)) if r["error"] == "miss"]
    assert len(misses) == len(records)
    assert {r["cause"] for r in misses} <= {"wrong actor", "span and actor", "not found"}
    assert any(r["cause"] == "wrong actor" and r["other"] not in ("", "nobody") for r in misses)


def test_cli_output_is_the_library_result():
    from framing.inputs import load_inputs
    from framing.evaluate import evaluate_corpus

    inputs = load_inputs(None, None, None)
    result = evaluate_corpus(inputs.documents, inputs.registry, GOLD.read_text(encoding="utf-8").splitlines(),
                             inputs.matcher)
    rows = _rows()
    assert [tuple(r.values()) for r in rows] == [tuple("" if v is None else str(v) for v in row)
                                                 for row in result.rows()]
    errors = CliRunner().invoke(app, ["evaluate", str(GOLD), "--errors", "-f", "csv"]).output
    assert list(csv.reader(io.StringIO(errors)))[1:] == [[str(v) for v in row] for row in result.error_rows()]


def test_bad_gold_line_names_file_and_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "x"}\n', encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "framing", "evaluate", str(gold)], capture_output=True, text=True)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip() == f"framing: {gold}:1: missing field(s) actor, text"
