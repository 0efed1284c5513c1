"""Fixtures for the lexicon tests: the CLI in-process, and the copied real dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest


FIXTURES = Path(__file__).resolve().parents[1] / "data" / "lexicon-fixtures"


@pytest.fixture
def fixtures() -> Path:
    """The folder of real dictionaries and texts (tests/data/lexicon-fixtures)."""
    return FIXTURES
