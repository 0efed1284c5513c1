"""Frame scores per language and frame (benchmarks/realnews_frames.py), on toy statements of our own."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

from framing.evaluate import Evaluation, Gold
from framing.lexicon import compile_lexicon
from framing.model import Frame, Statement

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import realnews_frames as rf  # noqa: E402

fs = frozenset


def pair(lang: str, found: set[str], wanted: set[str], doc: str = "d1", start: int = 0) -> rf.FramePair:
    return rf.FramePair(lang, fs(found), fs(wanted), event="e", doc=doc, start=start, text="")


PAIRS = [
    pair("en", {"calm", "talks"}, {"calm"}),          # talks: a false alarm
    pair("en", set(), {"calm", "order"}),              # two misses
    pair("en", {"order"}, {"order"}),
    pair("ar", {"talks"}, {"talks"}),
    pair("ar", set(), set()),                          # counts nowhere
    pair("ru", {"order"}, {"calm"}),
]


def test_frame_scores_per_language_and_frame_then_pooled():
    rows = rf.frame_scores(PAIRS, ["en", "ar", "ru"], ["calm", "talks", "order"])
    got = {(c.lang, c.frame): (c.gold, c.predicted, c.matched) for c in rows}
    assert [(c.lang, c.frame) for c in rows] == [
        ("en", "all"), ("en", "calm"), ("en", "talks"), ("en", "order"),
        ("ar", "all"), ("ar", "talks"),
        ("ru", "all"), ("ru", "calm"), ("ru", "order"),
        ("all", "all"), ("all", "calm"), ("all", "talks"), ("all", "order")]
    assert got[("en", "all")] == (4, 3, 2) and got[("en", "talks")] == (0, 1, 0)
    assert got[("ru", "calm")] == (1, 0, 0) and got[("ru", "order")] == (0, 1, 0)
    assert got[("all", "all")] == (6, 5, 3) and got[("all", "calm")] == (3, 1, 1)
    pooled = {c.frame: c for c in rows if c.lang == "all"}
    assert pooled["all"].figures() == (0.6, 0.5, 0.545)
    assert pooled["calm"].figures() == (1.0, 0.333, 0.5)
    # every language's "all" row is the sum of its frame rows
    for lang in ("en", "ar", "ru", "all"):
        mine = [c for c in rows if c.lang == lang]
        assert (mine[0].gold, mine[0].predicted, mine[0].matched) == tuple(
            sum(getattr(c, f) for c in mine[1:]) for f in ("gold", "predicted", "matched"))


def test_frame_scores_keep_an_empty_language_and_put_unknown_frames_last_by_name():
    rows = rf.frame_scores([pair("en", {"zeta", "alpha"}, {"calm"})], ["en", "ar"], ["calm"])
    assert [(c.lang, c.frame, c.gold, c.predicted) for c in rows] == [
        ("en", "all", 1, 2), ("en", "calm", 1, 0), ("en", "alpha", 0, 1), ("en", "zeta", 0, 1),
        ("ar", "all", 0, 0),
        ("all", "all", 1, 2), ("all", "calm", 1, 0), ("all", "alpha", 0, 1), ("all", "zeta", 0, 1)]
    assert rows[4].figures() == (0.0, 0.0, 0.0)
    assert rf.frame_scores([], ["en"]) == [rf.FrameCounts("en", "all", 0, 0, 0), rf.FrameCounts("all", "all", 0, 0, 0)]


def test_summary_lines_one_per_language():
    lines = rf.summary_lines(rf.frame_scores(PAIRS, ["en", "ar", "ru"]))
    assert lines == [
        "frames on matched statements, en: gold 4, predicted 3, matched 2, P 0.667, R 0.500, F1 0.571",
        "frames on matched statements, ar: gold 1, predicted 1, matched 1, P 1.000, R 1.000, F1 1.000",
        "frames on matched statements, ru: gold 1, predicted 1, matched 0, P 0.000, R 0.000, F1 0.000",
        "frames on matched statements, pooled: gold 6, predicted 5, matched 3, P 0.600, R 0.500, F1 0.545"]


TEXT = "The mayor said the talks would go on. Later the union urged calm on the docks."


def test_matched_pairs_use_the_gold_actor_and_the_gold_language():
    said = Statement("d1", "Wire", "en", "city", "The mayor", "indirect", 15, 36, TEXT[15:36])
    urged = Statement("d1", "Wire", "en", "city", "the union", "indirect", 60, 77, TEXT[60:77])  # wrong actor
    gold = (Gold("d1", "city", "The mayor", "indirect", 15, 36, TEXT[15:36], "en", ("talks",)),
            Gold("d1", "union", "the union", "indirect", 60, 77, TEXT[60:77], "en", ("calm",)))
    evaluation = Evaluation((said, urged), gold, (fs({"talks", "order"}), fs({"calm"})))
    pairs = rf.matched_pairs("town", evaluation)
    assert pairs == [rf.FramePair("en", fs({"talks", "order"}), fs({"talks"}), event="town", doc="d1",
                                  actor="city", start=15, text="the talks would go on")]
    assert rf.matched_pairs("town", Evaluation((said,), gold[:1])) == []  # no lexicon, no frames


def test_disagreements_misses_first_with_the_terms_found():
    errors = rf.disagreements(PAIRS)
    assert [(e, f, p.lang) for e, f, p in errors] == [
        ("miss", "calm", "en"), ("miss", "calm", "ru"), ("miss", "order", "en"),
        ("false alarm", "order", "ru"), ("false alarm", "talks", "en")]
    assert [f for _, f, _ in rf.disagreements(PAIRS, "order")] == ["order", "order"]
    matcher = compile_lexicon([Frame("calm", "", {"en": ("calm",)}), Frame("talks", "", {"en": ("talks",)})])
    one = rf.FramePair("en", fs({"talks"}), fs({"calm"}), event="town", doc="d1", actor="city",
                       text="the talks would go on, not calm\nat all")
    rows = rf.disagreement_rows(rf.disagreements([one]), matcher, width=20)
    found, cut = "talks:talks; not:calm:calm", "the talks would go \u2026"
    assert rows == [("miss", "calm", "town", "d1", "en", "city", found, cut),
                    ("false alarm", "talks", "town", "d1", "en", "city", found, cut)]
    assert rf.disagreement_rows(rf.disagreements([one]), None, width=80)[0][6:] == (
        "-", "the talks would go on, not calm at all")
    table = rf.render_disagreements(rows, "csv", lambda header, body: [])
    assert list(csv.reader(io.StringIO(table)))[0] == list(rf.DISAGREEMENT_COLUMNS)
    assert json.loads(rf.render_disagreements(rows, "json", lambda h, b: []))[1]["error"] == "false alarm"
    assert rf.render_disagreements(rows, "text", lambda h, b: ["T"]) == (
        "1 frames missed, 1 found wrongly, on matched statements\nT\n")
