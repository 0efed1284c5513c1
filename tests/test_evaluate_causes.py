"""Causes of misses and false alarms, ``evaluate_corpus``, and ``benchmarks/realnews.py`` on a tiny event.

Every text here is written for these tests; none comes from the real-news set.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from framing.actors import ActorRegistry
from framing.evaluate import ERROR_COLUMNS, Gold, error_rows, evaluate_corpus
from framing.evaluate_errors import CAUSES, describe_other, diagnose
from framing.model import Actor, Document, Statement

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "realnews.py"

# Filler text: only offsets matter: only offsets matter to the cause rules.
TEXT = ("The council said the ferry would run again in spring, and the port authority added that the pier "
        "needed repairs first. A spokesman for the shipping line said fares would not rise this year at all.")


def P(actor: str, start: int, end: int, doc: str = "d1", kind: str = "indirect") -> Statement:
    return Statement(doc, "Test Wire", "en", actor, "", kind, start, end, TEXT[start:end])


def G(actor: str, start: int, end: int, doc: str = "d1") -> Gold:
    return Gold(doc, actor, "", "indirect", start, end, TEXT[start:end], "en")


# (case, predicted, gold, expected errors as (error, cause, actor of the error, actor of the other side or None))
CASES = [
    ("exact match", [P("us", 0, 40)], [G("us", 0, 40)], []),
    ("wrong actor", [P("us", 0, 40)], [G("uk", 0, 38)],
     [("miss", "wrong actor", "uk", "us"), ("false alarm", "wrong actor", "us", "uk")]),
    ("span: prediction covers under half of the gold", [P("us", 0, 30)], [G("us", 0, 100)],
     [("miss", "span", "us", "us"), ("false alarm", "span", "us", "us")]),
    ("span: gold covers under half of the prediction", [P("us", 0, 150)], [G("us", 100, 140)],
     [("miss", "span", "us", "us"), ("false alarm", "span", "us", "us")]),
    ("span and actor", [P("uk", 0, 30)], [G("us", 0, 100)],
     [("miss", "span and actor", "us", "uk"), ("false alarm", "span and actor", "uk", "us")]),
    ("no overlap", [P("us", 100, 140)], [G("us", 0, 40)],
     [("miss", "not found", "us", None), ("false alarm", "no gold statement", "us", None)]),
    ("touching spans share nothing", [P("us", 40, 80)], [G("us", 0, 40)],
     [("miss", "not found", "us", None), ("false alarm", "no gold statement", "us", None)]),
    ("another document", [P("us", 0, 40, doc="d2")], [G("us", 0, 40)],
     [("miss", "not found", "us", None), ("false alarm", "no gold statement", "us", None)]),
    ("gold unknown takes an unknown speaker", [P("unknown:the captain", 0, 40)], [G("unknown", 0, 40)], []),
    ("gold unknown refuses a registry actor", [P("us", 0, 40)], [G("unknown", 0, 40)],
     [("miss", "wrong actor", "unknown", "us"), ("false alarm", "wrong actor", "us", "unknown")]),
    ("other: gold actors are never remapped", [P("unknown:a teacher", 0, 40)], [G("other:teacher", 0, 40)],
     [("miss", "wrong actor", "other:teacher", "unknown:a teacher"),
      ("false alarm", "wrong actor", "unknown:a teacher", "other:teacher")]),
    ("joint statement: the second actor is missed", [P("eu", 0, 40)], [G("eu", 0, 40), G("un", 0, 40)],
     [("miss", "wrong actor", "un", "eu")]),
    ("one-to-one: two gold statements of one actor", [P("us", 0, 40)], [G("us", 0, 40), G("us", 0, 42)],
     [("miss", "one-to-one", "us", "us")]),
    ("one-to-one: two predictions of one gold statement", [P("us", 0, 40), P("us", 2, 40)], [G("us", 0, 40)],
     [("false alarm", "one-to-one", "us", "us")]),
    ("a full match of another actor outranks a partial one of the same actor",
     [P("uk", 0, 90), P("us", 0, 20)], [G("us", 0, 100)],
     [("miss", "wrong actor", "us", "uk"), ("false alarm", "wrong actor", "uk", "us"),
      ("false alarm", "span", "us", "us")]),
    ("the largest overlap explains the error", [P("uk", 0, 60), P("ru", 0, 90)], [G("us", 0, 100)],
     [("miss", "wrong actor", "us", "ru"), ("false alarm", "wrong actor", "uk", "us"),
      ("false alarm", "wrong actor", "ru", "us")]),
    ("narration is never an error", [P("outlet:Test Wire", 0, 40, kind="narration")], [], []),
]


@pytest.mark.parametrize(("predicted", "gold", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_cause_rules(predicted, gold, expected):
    found = [(d.error, d.cause, d.item.actor, None if d.other is None else d.other.actor)
             for d in diagnose(predicted, gold)]
    assert found == expected
    assert {d.cause for d in diagnose(predicted, gold)} <= set(CAUSES)


@pytest.mark.parametrize(("predicted", "gold", "other"), [
    ([P("us", 0, 40)], [G("uk", 0, 38)], "us"),
    ([P("us", 0, 30)], [G("us", 0, 100)], "0-30 " + TEXT[0:30]),
    ([P("uk", 0, 30)], [G("us", 0, 100)], "uk 0-30 " + TEXT[0:30]),
    ([P("us", 100, 140)], [G("us", 0, 40)], ""),
])
def test_other_column_of_a_miss(predicted, gold, other):
    miss = next(d for d in diagnose(predicted, gold) if d.error == "miss")
    assert describe_other(miss) == other


def test_error_rows_keep_the_columns_and_text_order():
    rows = error_rows([P("uk", 0, 30), P("us", 150, 190)], [G("us", 0, 100)])
    assert ERROR_COLUMNS == ("error", "cause", "doc", "lang", "actor", "speaker", "kind", "start", "end",
                             "text", "other")
    assert [(r[0], r[1], r[4], r[7], r[8]) for r in rows] == [
        ("false alarm", "span and actor", "uk", 0, 30),
        ("miss", "span and actor", "us", 0, 100),
        ("false alarm", "no gold statement", "us", 150, 190),
    ]


def test_causes_do_not_change_the_scores():
    from framing.evaluate import score

    predicted, gold = [P("us", 0, 40), P("us", 2, 40)], [G("us", 0, 40), G("uk", 0, 40)]
    before = score(predicted, gold)["all"]
    assert len(diagnose(predicted, gold)) == (before.predicted - before.tp) + (before.gold - before.tp)


# ---------------------------------------------------------------- evaluate_corpus

REGISTRY = ActorRegistry([Actor("city", "City of Dalton", {"en": ("Anna Reyes", "Reyes", "mayor of Dalton")}),
                          Actor("union", "Harbour Union", {"en": ("Harbour Union", "Tom Baker", "Baker")})])
DOC1 = ("Bridge to reopen\n\nThe mayor of Dalton, Anna Reyes, said that the old bridge would reopen on Monday. "
        '"We will not wait any longer," Reyes told reporters.\n\n'
        "The Harbour Union said the closure had cost its members dearly.")
DOC2 = "Rain delays repairs\n\nUnion leader Tom Baker said that workers would return to the site once the rain stopped."
DOCS = [Document("t1", DOC1, source="Test Wire", lang="en"), Document("t2", DOC2, source="Test Post", lang="en")]


def _gold(doc: str, text: str, actor: str, kind: str) -> dict:
    body = DOC1 if doc == "t1" else DOC2
    start = body.index(text)
    return {"doc": doc, "actor": actor, "speaker": None, "kind": kind, "text": text, "frames": [],
            "start": start, "end": start + len(text)}


# The third record gives the union leader's words to the city on purpose: a wrong actor by design.
GOLD = [_gold("t1", "the old bridge would reopen on Monday", "city", "indirect"),
        _gold("t1", "We will not wait any longer,", "city", "direct"),
        _gold("t2", "workers would return to the site once the rain stopped", "city", "indirect")]


def test_evaluate_corpus_takes_gold_lines_or_records():
    lines = [json.dumps(g) for g in GOLD]
    from_lines = evaluate_corpus(DOCS, REGISTRY, lines)
    records = from_lines.gold
    from_records = evaluate_corpus(DOCS, REGISTRY, records)
    assert from_lines == from_records
    assert from_lines.frames is None and from_lines.missing == ()
    assert all(p.kind != "narration" for p in from_lines.predicted)
    wrong = [r for r in from_lines.error_rows() if r[1] == "wrong actor"]
    assert [(r[0], r[2], r[4], r[10]) for r in wrong] == [("false alarm", "t2", "union", "city"),
                                                          ("miss", "t2", "city", "union")]


def test_evaluate_corpus_reports_missing_documents_and_confidence_floor():
    records = evaluate_corpus(DOCS, REGISTRY, [json.dumps(g) for g in GOLD]).gold
    ghost = Gold("t9", "city", "", "indirect", 0, 4, "none", "en")
    result = evaluate_corpus(DOCS[:1], REGISTRY, [*records, ghost], min_confidence=1.01)
    assert result.missing == ("t2", "t9") and result.predicted == ()


# ---------------------------------------------------------------- benchmarks/realnews.py

def _write_event(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "actors.yml").write_text(
        "actors:\n"
        "  city:\n    name: City of Dalton\n    kind: state\n"
        "    aliases:\n      en: [Anna Reyes, Reyes, mayor of Dalton]\n"
        "  union:\n    name: Harbour Union\n    kind: organisation\n"
        "    aliases:\n      en: [Harbour Union, Tom Baker, Baker]\n", encoding="utf-8")
    docs = [{"id": d.id, "source": d.source, "lang": d.lang, "text": d.text} for d in DOCS]
    (folder / "corpus.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    (folder / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in GOLD), encoding="utf-8")


def _load_script():
    spec = importlib.util.spec_from_file_location("realnews_benchmark", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def bench(tmp_path, monkeypatch, capsys):
    """``bench(*args)``: the script's stdout on the tiny event, run in-process."""
    _write_event(tmp_path / "town")
    monkeypatch.setenv("FRAMING_REALNEWS", str(tmp_path))
    module = _load_script()

    def run(*args: str) -> str:
        assert module.main(list(args)) == 0
        return capsys.readouterr().out

    return run


def test_benchmark_skips_without_the_set(tmp_path):
    env = {**os.environ, "FRAMING_REALNEWS": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr.startswith("skipped: ")


def test_benchmark_pooled_figures_on_a_tiny_event(bench):
    rows = list(csv.DictReader(io.StringIO(bench("--format", "csv"))))
    pooled = {(r["task"], r["lang"]): r for r in rows if r["table"] == "scores" and r["event"] == "all events"}
    figures = {key: (r["gold"], r["predicted"], r["matched"], r["precision"], r["recall"], r["f1"])
               for key, r in pooled.items() if key[1] in ("en", "all")}
    assert figures == {
        ("attribution", "en"): ("3", "4", "2", "0.5", "0.667", "0.571"),
        ("attribution", "all"): ("3", "4", "2", "0.5", "0.667", "0.571"),
        ("extraction", "en"): ("3", "4", "3", "0.75", "1.0", "0.857"),
        ("extraction", "all"): ("3", "4", "3", "0.75", "1.0", "0.857"),
    }
    bands = [r for r in rows if r["table"] == "bands"]
    assert [r["band"] for r in bands] == ["0.9-1.0", "0.8-0.9", "0.7-0.8", "0.5-0.7", "0.0-0.5"]
    assert sum(int(r["predicted"]) for r in bands) == 4 and sum(int(r["matched"]) for r in bands) == 2
    assert abs(sum(float(r["share"]) for r in bands) - 1.0) < 0.01


def test_benchmark_json_and_text_agree(bench):
    data = json.loads(bench("--format", "json"))
    assert data["events"] == ["town"] and data["gold"] == 3 and data["command"].endswith("--format json")
    pooled = {(r["task"], r["lang"]): r["f1"] for r in data["scores"] if r["event"] == "all events"}
    assert pooled[("attribution", "all")] == 0.571 and pooled[("extraction", "all")] == 0.857
    text = bench().splitlines()
    assert text[-1].startswith("command: ") and any(line.startswith("goal: ") for line in text[-4:])
    tail = "\n".join(text[-25:])  # pooled scores, bands, frame figures per language, goal, commit, command
    assert "all events, pooled" in tail and "0.0-0.5" in tail
    assert any(line.split()[:6] == ["attribution", "all", "events", "all", "3", "4"] for line in text[-25:])
    frame_lines = [line for line in text if line.startswith("frames on matched statements, ")]
    assert [line.split(":")[0].rsplit(" ", 1)[1] for line in frame_lines] == ["en", "ar", "ru", "pooled"]
    assert text[text.index(frame_lines[0]) - 1].startswith("0.0-0.5") and frame_lines[-1] in text[-4:]
    assert data["frames"] == {"gold": 0, "predicted": 0, "matched": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_benchmark_errors_grouped_by_cause(bench):
    rows = list(csv.DictReader(io.StringIO(bench("--errors", "--format", "csv"))))
    assert [(r["event"], r["error"], r["cause"], r["doc"], r["other"]) for r in rows] == [
        ("town", "miss", "wrong actor", "t2", "union"), ("town", "false alarm", "wrong actor", "t2", "city"),
        ("town", "false alarm", "no gold statement", "t1", "")]
    headings = [line for line in bench("--errors").splitlines()
                if re.fullmatch(r"(miss|false alarm): [a-z -]+ \(\d+\)", line)]
    assert headings == ["miss: wrong actor (1)", "false alarm: wrong actor (1)", "false alarm: no gold statement (1)"]
    assert bench("--errors", "--lang", "ar").startswith("0 misses, 0 false alarms")
    assert bench("--errors", "--event", "town", "--format", "json").startswith("[")
