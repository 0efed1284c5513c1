"""Framing over time: --by date, by day, ISO week, month or year, with undated documents in their own row."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from framing.errors import UsageError
from framing.grouping import check_by, period_of, with_period

DOCS = [  # (id, date, text): the government's wording moves from unrest to terrorism over two weeks
    ("a", "2022-01-03", "“We call for calm and restraint,” the EU said."),
    ("b", "2022-01-05T09:00:00Z", "Tokayev said: “The protests must end peacefully.”"),
    ("c", "2022-01-10", "Tokayev said: “Terrorists attacked our cities.”"),
    ("d", "2022-01-12", "“This is terrorism,” Tokayev said.\n\n“We urge restraint,” the EU said."),
    ("e", "", "Tokayev said: “The terrorists will be punished.”"),
]


@pytest.fixture
def corpus(jsonl_corpus) -> Path:
    return jsonl_corpus([{"id": i, "date": d, "text": t, "source": "Wire"} for i, d, t in DOCS], "dated.jsonl")


@pytest.mark.parametrize(("date", "period", "expected"), [
    ("2022-01-06", "day", "2022-01-06"), ("2022-01-06", "week", "2022-W01"), ("2022-01-06", "month", "2022-01"),
    ("2022-01-06", "year", "2022"), ("2021-01-03", "week", "2020-W53"),  # ISO: 3 Jan 2021 is in 2020's last week
    ("2022-01-06T23:59:00+03:00", "day", "2022-01-06"), ("2022-01", "month", "2022-01"), ("2022-01", "day", "undated"),
    ("", "week", "undated"), ("yesterday", "month", "undated"), ("2022-13-01", "month", "undated"),
    ("2022-02-30", "day", "undated"),
])
def test_period_of(date: str, period: str, expected: str) -> None:
    assert period_of(date, period) == expected


def test_keys_and_periods_are_checked() -> None:
    assert with_period(check_by("actor,date"), "week") == ("actor", "date:week")
    for bad, message in [(lambda: check_by("date:fortnight"), "unknown --by key 'date:fortnight'"),
                         (lambda: check_by("actor:week"), "unknown --by key 'actor:week'"),
                         (lambda: check_by("date,date:week"), "--by repeats a key"),
                         (lambda: with_period(("actor",), "week"), "--period groups dates"),
                         (lambda: with_period(("date",), "decade"), "unknown --period 'decade'")]:
        with pytest.raises(UsageError, match=message):
            bad()


def test_compare_by_actor_and_week_runs_in_time_with_the_undated_row(run, corpus: Path) -> None:
    result = run("compare", str(corpus), "--actors", "kazakhstan-2022", "--by", "actor,date", "--period", "week",
                 "--metric", "count", "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = [(r["actor"], r["date:week"], r["statements"], r["terrorism"], r["restraint"])
            for r in csv.DictReader(io.StringIO(result.stdout))]
    assert rows == [("eu", "2022-W01", "1", "0", "1"), ("eu", "2022-W02", "1", "0", "1"),
                    ("kz_government", "2022-W01", "1", "0", "0"), ("kz_government", "2022-W02", "2", "2", "0"),
                    ("kz_government", "undated", "1", "1", "0")]


def test_compare_by_month_and_statements_carry_the_date(run, corpus: Path) -> None:
    by_month = run("compare", str(corpus), "--actors", "kazakhstan-2022", "--by", "date:month", "-f", "json")
    assert [(r["date:month"], r["statements"]) for r in json.loads(by_month.stdout)["rows"]] == [
        ("2022-01", 5), ("undated", 1)]
    records = [json.loads(line) for line in run("statements", str(corpus), "--actors", "kazakhstan-2022",
                                                   "-f", "jsonl").stdout.splitlines()]
    assert [r["date"] for r in records] == ["2022-01-03", "2022-01-05T09:00:00Z", "2022-01-10", "2022-01-12",
                                            "2022-01-12", ""]


def test_period_errors_are_one_line(run, corpus: Path) -> None:
    result = run("compare", str(corpus), "--by", "actor", "--period", "week")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "framing: --period groups dates: give date among the --by keys, e.g. --by actor,date"]
