"""Helpers for CLI tests: run in-process (CliRunner) or as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def process():
    """``process(*args, input=None, env=None, shell=None)``: see :func:`run_process`."""
    return run_process


def run_process(*args: str, input: bytes | None = None, env: dict | None = None,
                shell: str | None = None) -> subprocess.CompletedProcess:
    """``python -m framing ARGS`` (or a shell pipeline using $FRAMING) from the repo root."""
    environ = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    if shell is not None:
        environ["FRAMING"] = f"{sys.executable} -m framing"
        return subprocess.run(["bash", "-c", shell], input=input, capture_output=True, cwd=ROOT, env=environ)
    return subprocess.run([sys.executable, "-m", "framing", *args], input=input, capture_output=True,
                          cwd=ROOT, env=environ)
