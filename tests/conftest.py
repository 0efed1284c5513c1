"""Fixtures shared by every test folder."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from framing.cli import app


@pytest.fixture
def run():
    """``run(*args, input=None)`` -> click Result with separate stdout/stderr."""
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke
