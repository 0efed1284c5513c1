"""The pure helpers of the side-by-side benchmark (benchmarks/peers.py), on small inputs of our own."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import peers_helpers as ph  # noqa: E402

TEXT = ("The mayor said the talks would go on.\n\nThe union called for calm and restraint.\n\n"
        "A spokesman warned of a threat to security.\n\nThe council met again on Tuesday.")
DIC = "%\n1\tsecurity\n2\trestraint\n%\nsecur*\t1\nthreat\t1\ncalm\t2\nshow restraint\t2\nrestrain*\t2\n"


def test_repeated_corpus_reaches_its_size_with_unique_ids_and_cycling_sources(tmp_path):
    docs = ph.split_documents(TEXT, chars=60)
    assert len(docs) > 1
    assert "\n\n".join(d["text"] for d in docs) == TEXT  # cut at paragraph breaks, nothing lost
    path = tmp_path / "corpus.jsonl"
    size = ph.repeat_corpus(docs, path, 0.01)
    assert size == path.stat().st_size >= 10_000
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert size - len(path.read_text(encoding="utf-8").splitlines()[-1].encode()) - 1 < 10_000  # stops at the size
    assert len({r["id"] for r in rows}) == len(rows)
    assert [r["source"] for r in rows[:6]] == [*ph.SOURCES, ph.SOURCES[0]]
    assert rows[0]["text"] == rows[len(docs)]["text"] and rows[0]["id"] != rows[len(docs)]["id"]


def test_repeat_corpus_refuses_nothing_to_repeat(tmp_path):
    with pytest.raises(ValueError, match="no records"):
        ph.repeat_corpus([], tmp_path / "c.jsonl", 1)


def test_peers_get_the_lexicon_terms_they_can_use():
    names, pairs = ph.dic_terms(DIC)
    assert names == ["security", "restraint"]
    scan = ph.scan_terms(pairs)
    assert scan["secur"] == [0] and scan["restrain"] == [1] and scan["show restraint"] == [1]
    assert ph.vocabulary(pairs) == {"calm": [1], "threat": [0]}  # no glob, no phrase
    assert "show restraint" not in ph.dic_without_phrases(DIC) and "restrain*\t2" in ph.dic_without_phrases(DIC)
    frames, terms = ph.yaml_terms({"frames": {"calm": {"terms": {"en": ["Calm*"], "ar": ["تهدئ*"]}},
                                              "talks": {"terms": {"en": ["talks"]}}}}, "ar")
    assert frames == ["calm", "talks"] and terms == [("تهدئ*", 0)]


def _runs():
    return [ph.Run(ph.SCAN, "sotu-1MB", 1.0, cpu, cpu + 0.1, 30.0) for cpu in (0.4, 0.5, 0.9)] + \
        [ph.Run(ph.SCORING, "sotu-1MB", 1.0, cpu, cpu + 0.2, rss) for cpu, rss in ((0.6, 150), (0.7, 190), (2.0, 170))] + \
        [ph.Run(ph.LIWC, "sotu-1MB", 1.0, cpu, cpu, 30.0) for cpu in (1.0, 1.1, 1.2)] + \
        [ph.Run(ph.FULL, "sotu-1MB", 1.0, 3.0, 3.2, 210.0), ph.Run(ph.HELP, "start-up", 0.0, 0.1, 0.35, 30.0)]


def test_medians_and_ratios_to_the_scan_of_the_same_corpus():
    rows = ph.summarise(_runs(), ["sotu-1MB", "start-up"])
    assert [r.runner for r in rows] == [ph.SCAN, ph.LIWC, ph.SCORING, ph.FULL, ph.HELP]
    scoring = rows[2]
    assert (scoring.cpu, scoring.wall, scoring.rss, scoring.runs) == pytest.approx((0.7, 0.9, 170, 3))
    assert scoring.vs_scan == pytest.approx(1.4) and scoring.mb_per_cpu_second == pytest.approx(1 / 0.7)
    assert rows[-1].vs_scan is None and rows[-1].mb_per_cpu_second is None  # no scan for start-up


def test_markdown_table_has_one_line_per_runner_and_corpus():
    table = ph.markdown_table(ph.summarise(_runs(), ["sotu-1MB", "start-up"])).splitlines()
    assert table[0].startswith("| runner | corpus | size MB | CPU s | wall s | × scan | MB per CPU-second |")
    assert len(table) == 2 + 5
    assert table[4] == "| framing scoring | sotu-1MB | 1.00 | 0.70 | 0.90 | 1.40 | 1.43 | 170 |"
    assert table[6] == "| framing --help | start-up | – | 0.10 | 0.35 | – | – | 30 |"


def test_verdicts_say_pass_fail_or_skipped_for_every_target():
    rows = ph.summarise(_runs(), ["sotu-1MB", "start-up"])
    facts = ph.Facts(sotu=["sotu-1MB"], sizes_wanted=(1, 10), counts_equal=True, counts_note="same",
                     skipped={ph.JOBS2: "framing compare has no --jobs"})
    lines = ph.verdicts(rows, facts)
    assert lines[0] == "pass: framing scoring ≤ 1.5 × scan CPU on sotu-1MB (1.40 ×)"
    assert lines[1] == "pass: framing scoring faster than liwc on sotu-1MB (0.70 s vs 1.10 s CPU)"
    assert lines[2].startswith("pass: framing scoring counts = reference")
    assert [line.split(":")[0] for line in lines[3:6]] == ["skipped"] * 3  # no news
    assert "FAIL: framing --help ≤ 0.3 s wall (0.35 s)" in lines
    assert "skipped: framing lexicons ≤ 0.3 s wall (not run)" in lines
    assert "FAIL: peak RSS ≤ 200 MiB, --by source, 1 MB (210 MiB)" in lines  # the full compare's 210
    assert "skipped: peak RSS ≤ 200 MiB, --by source, 10 MB (sotu-10MB not run)" in lines
    assert lines[-1] == "skipped: --jobs 2 output byte-identical (framing compare has no --jobs)"


def test_jobs_verdicts_compare_wall_times_and_outputs():
    rows = [ph.Row(ph.FULL, "sotu-1MB", 1, 3.0, 4.0, 150, 3), ph.Row(ph.JOBS2, "sotu-1MB", 1, 3.2, 2.0, 150, 3)]
    lines = ph.verdicts(rows, ph.Facts(jobs_corpus="sotu-1MB", jobs_identical=False, sizes_wanted=()))
    assert lines[-2] == "pass: --jobs 2 ≥ 1.8 × --jobs 1 (wall) on sotu-1MB (2.00 ×: 4.00 s vs 2.00 s)"
    assert lines[-1] == "FAIL: --jobs 2 output byte-identical (compared in every round)"


def test_category_totals_count_negated_hits_as_liwc_does():
    rows = [{"hits": {"security": 2, "restraint": 0}, "negated": {"security": 1}}, {"hits": {"restraint": 3}}]
    assert ph.category_totals(iter(rows), ["security", "restraint"]) == {"security": 3, "restraint": 3}
