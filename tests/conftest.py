"""Fixtures shared by every test folder."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from framing.cli import app


@pytest.fixture
def jsonl_corpus(tmp_path):
    """``jsonl_corpus(rows, name="corpus.jsonl")`` -> the path of a JSONL corpus of those objects."""
    import json

    def write(rows, name: str = "corpus.jsonl"):
        path = tmp_path / name
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
        return path

    return write


@pytest.fixture
def run():
    """``run(*args, input=None)`` -> click Result with separate stdout/stderr."""
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.fixture(scope="module")
def scheduler():
    """The address of a Dask LocalCluster on 127.0.0.1 (one in-process worker); skips without the dask extra."""
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    import logging

    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None,
                                  silence_logs=logging.ERROR) as cluster:
        yield cluster.scheduler_address
