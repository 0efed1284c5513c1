"""`framing compare` on the bundled article shows what a reader of it sees."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from framing.cli import app

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _rows() -> dict[str, dict[str, float]]:
    result = CliRunner().invoke(app, ["compare", "-f", "json"])
    assert result.exit_code == 0, result.output
    return {row["actor"]: row["values"] for row in json.loads(result.output)["rows"]}


def _leading(values: dict[str, float]) -> set[str]:
    top = max(values.values())
    return {frame for frame, value in values.items() if value == top}


def test_kazakhstan_leads_with_terrorism_and_speaks_of_foreign_interference():
    rows = _rows()
    assert _leading(rows["kz_government"]) == {"terrorism"}
    assert rows["kz_government"]["foreign_interference"] > 0


def test_russia_leads_with_dialogue():
    assert _leading(_rows()["russia"]) == {"dialogue"}


def test_eu_and_un_lead_with_restraint():
    rows = _rows()
    assert _leading(rows["eu"]) == {"restraint"}
    assert _leading(rows["un"]) == {"restraint"}


def test_us_speaks_of_restraint_and_disinformation():
    us = _rows()["us"]
    assert us["restraint"] > 0 and us["disinformation"] > 0
    assert _leading(us) == {"restraint"}


def test_readme_worked_example_is_the_real_output():
    block = re.search(r"\$ framing compare -f github\n(.*?)\n```", README, re.S)
    assert block, "the worked example is missing from the README"
    result = CliRunner().invoke(app, ["compare", "-f", "github"])
    assert block.group(1).strip() == result.output.strip()
