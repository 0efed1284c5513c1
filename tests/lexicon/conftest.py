"""Fixtures for the lexicon tests: the CLI in-process, and the copied real dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "lexicon-fixtures"


@pytest.fixture
def run():
    """``run(*args, input=None)`` -> click Result with separate stdout/stderr."""
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def fixtures() -> Path:
    """The folder of real dictionaries and texts (tests/data/lexicon-fixtures)."""
    return FIXTURES
