"""The README documents every command, and CI runs the README's test command."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_group(app)
    return sorted(group.commands)


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_in_the_readme(command):
    assert f"framing {command}" in README


def test_ci_runs_the_readme_test_command():
    assert "python -m pytest" in README
    assert "python -m pytest" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
