"""Command-line conventions: --version, shell completion, a reader that stops early (| head -1)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from framing.cli import app

# Every command that writes data to stdout, with arguments that make its output long (over a pipe's buffer:
# the reader then goes away while the command still writes).
LONG = [["statements", "-f", "jsonl"], ["compare", "--by", "doc,actor", "-f", "jsonl"],
        ["kwic", "terror*", "--all-text"], ["explain", "kz_government", "terrorism", "-f", "jsonl"],
        ["keyness", "--by", "actor", "-f", "jsonl"], ["similarity", "-f", "jsonl"], ["cues", "--by", "actor"],
        ["lexicons", "unrest", "-f", "jsonl"], ["actors", "-f", "jsonl"], ["corpora"],
        ["lexicons", "coverage"]]


def test_version(run) -> None:
    from importlib.metadata import version

    result = run("--version")
    assert result.exit_code == 0 and result.stdout == f"framing {version('framing')}\n"


def test_completion_is_offered(run) -> None:
    out = run("--help").stdout
    assert "--install-completion" in out and "--show-completion" in out


@pytest.mark.parametrize("args", LONG, ids=[" ".join(a[:2]) for a in LONG])
def test_a_reader_that_stops_early_ends_the_command_quietly(args: list[str]) -> None:
    script = ("set -o pipefail; " + " ".join([sys.executable, "-m", "framing", *map(repr, args)])
              + " | head -c 10 > /dev/null")
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120)
    assert (result.returncode, result.stderr) == (0, "")


def test_kwic_names_a_mistyped_frame(run) -> None:
    result = run("kwic", "violence_casualty")
    assert result.exit_code == 2 and result.stderr.startswith(
        "framing: unknown frame 'violence_casualty'; did you mean violence_casualties? (frames of the lexicon:")
    nothing = run("kwic", "terorism")
    assert nothing.exit_code == 0
    assert nothing.stderr == "framing: warning: 'terorism' matched nothing in the statements\n"


def test_commands_are_the_documented_ones() -> None:
    import typer.main

    assert "cues" in typer.main.get_group(app).commands
