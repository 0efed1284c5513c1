"""Options every statement-reading command shares, and the library's import surface."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from framing.cli import app

STATEMENT_COMMANDS = ["compare", "statements", "explain", "kwic", "keyness", "similarity", "report", "plot", "evaluate"]


@pytest.mark.parametrize("command", STATEMENT_COMMANDS)
def test_every_statement_command_takes_the_shared_options(command):
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    for option in ("--min-confidence", "--lexicon-format", "--negation", "--max-document-bytes", "--text-column"):
        assert option in result.output, option


def test_lexicon_format_is_read_by_every_scoring_command(tmp_path):
    lexicon = tmp_path / "calm.txt"  # a word list, read as csv whatever its suffix says
    lexicon.write_text("restraint,calm\n", encoding="utf-8")
    runner = CliRunner()
    for command in (["kwic", "calm"], ["explain", "eu", "calm"], ["keyness", "--by", "actor"]):
        result = runner.invoke(app, [*command, "-l", str(lexicon), "--lexicon-format", "csv", "-f", "csv"])
        assert result.exit_code == 0, (command, result.output)


def test_min_confidence_drops_less_certain_statements():
    runner = CliRunner()
    every = runner.invoke(app, ["statements", "-f", "jsonl"]).output.splitlines()
    sure = runner.invoke(app, ["statements", "-f", "jsonl", "--min-confidence", "0.9"]).output.splitlines()
    assert 0 < len(sure) < len(every)
    assert all('"confidence": 0.9' in line for line in sure)


def test_library_names_are_functions_whatever_was_imported_first():
    code = ("import framing.rendering, framing.comparison\n"
            "from framing import compare, render\n"
            "assert callable(compare) and callable(render) and not hasattr(render, '__path__')\n"
            "print(compare.__module__, render.__module__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["framing.comparison", "framing.rendering"]
