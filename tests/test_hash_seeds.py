"""Identical input gives byte-identical output whatever Python's hash seed.

One check for the whole tool: a fresh interpreter per hash seed (two, run in
parallel) runs every command that orders what it prints (compare, pivoted
and with intervals, keyness, similarity, explain, kwic, statements, a report
with its figure), renders the table and statement formats, and lists the
bundled lexicon's hits in the demo article; the two outputs must be equal.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ("0", "4242")
RUNS = [
    ["compare", "-f", "json", "--by", "actor,lang"],
    ["compare", "--ci", "95", "--by", "actor,lang", "-f", "csv"],
    ["compare", "--ci", "95", "--show-counts", "--by", "actor,source", "--pivot", "frame", "-f", "json"],
    ["statements", "-f", "jsonl"],
    ["keyness", "--top", "5", "-f", "jsonl"],
    ["similarity", "-f", "json"],
    ["explain", "kz_government", "terrorism"],
    ["kwic", "restraint", "--all-text"],
]
SCRIPT = """
import hashlib, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from typer.testing import CliRunner
from framing.cli import app
from framing.rendering import render
from framing.statement_rendering import render_statements
from tests.lexicon.test_lexicon_bundled import demo_hits
from tests.test_render import SCORED, TABLE

runner = CliRunner()
for args in %r:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, (args, result.stderr)
    sys.stdout.write(result.stdout)
report = Path(sys.argv[2])
if report.name:
    result = runner.invoke(app, [*sys.argv[3:], "-o", str(report), "--voice", "both"])
    assert result.exit_code == 0, result.stderr
    print("report", hashlib.sha256(report.read_bytes()).hexdigest())
print("".join(render(TABLE, f) for f in ("json", "csv", "simple")) + render_statements([SCORED], "jsonl"))
print("\\n".join(demo_hits()))
"""


def _report_args(tmp_path: Path) -> list[str]:
    """The small corpus of the report tests, written out (no report without matplotlib)."""
    from tests.cli.test_cli_report import FILES

    try:
        import matplotlib

        del matplotlib
    except ImportError:
        return []
    for name, text in FILES.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return ["report", str(tmp_path / "corpus"), "-l", str(tmp_path / "mini.yml")]


def test_output_is_byte_identical_under_any_hash_seed(tmp_path: Path) -> None:
    args = _report_args(tmp_path)
    runs = [subprocess.Popen([sys.executable, "-c", SCRIPT % (RUNS,), str(ROOT),
                              str(tmp_path / f"report-{seed}.html") if args else "", *args],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed})
            for seed in SEEDS]
    outs = []
    for run in runs:
        out, err = run.communicate()
        assert run.returncode == 0, err.decode()
        outs.append(out)
    assert outs[0] == outs[1], "output differs between hash seeds " + " and ".join(SEEDS)
    text = outs[0].decode()
    assert "terrorism:low" in text and '"pivot": "frame"' in text and "⟦terrorist" in text
    assert text.count("Hit(frame=") > 50 and '"speaker":' in text
    if args:  # (the report's figure needs matplotlib)
        assert "report " + hashlib.sha256((tmp_path / "report-0.html").read_bytes()).hexdigest() in text
