"""compare.py: grouping and metrics on hand-made statements, hand-computed numbers."""

from __future__ import annotations

import pickle

import pytest

from framing.comparison import METRICS, Counts, compare, merge, partial, table
from framing.errors import UsageError
from framing.model import Hit, Lexicon, ScoredStatement, Statement


def scored(actor: str, lang: str, tokens: int, *frames: str, doc: str = "d1", kind: str = "direct") -> ScoredStatement:
    s = Statement(doc, "Outlet", lang, actor, actor.title(), kind, 0, 10, "x" * 10)
    hits = tuple(Hit(f, f"{f}*", i, i + 1) for i, f in enumerate(frames))
    return ScoredStatement(s, tokens, hits)


SCORED = [
    scored("kz_government", "en", 10, "terrorism", "terrorism"),
    scored("kz_government", "en", 20, "restraint"),
    scored("kz_government", "ar", 5, "terrorism", doc="d2"),
    scored("eu", "en", 8, "restraint", kind="indirect"),
    scored("eu", "en", 12),
    scored("russia", "en", 15, "dialogue"),  # a frame not asked for: ignored
]
FRAMES = ("terrorism", "restraint")


def values(t, key):
    (row,) = [r for r in t.rows if r.key == key]
    return {f: round(v, 3) for f, v in row.values.items()}


def test_share_by_actor() -> None:
    t = compare(SCORED, FRAMES)
    assert t.by == ("actor",) and t.metric == "share" and t.frames == FRAMES
    assert [r.key for r in t.rows] == [("kz_government",), ("eu",), ("russia",)]
    assert [(r.statements, r.tokens) for r in t.rows] == [(3, 35), (2, 20), (1, 15)]
    # kz: 2 of 3 statements have terrorism (one of them twice), 1 of 3 restraint
    assert values(t, ("kz_government",)) == {"terrorism": 66.667, "restraint": 33.333}
    assert values(t, ("eu",)) == {"terrorism": 0.0, "restraint": 50.0}
    assert values(t, ("russia",)) == {"terrorism": 0.0, "restraint": 0.0}


def test_count_by_actor() -> None:
    t = compare(SCORED, FRAMES, metric="count")
    assert values(t, ("kz_government",)) == {"terrorism": 3, "restraint": 1}
    assert values(t, ("eu",)) == {"terrorism": 0, "restraint": 1}


def test_per1k_by_actor() -> None:
    t = compare(SCORED, FRAMES, metric="per1k")
    # 3 hits / 35 tokens * 1000; 1 / 35 * 1000; 1 / 20 * 1000
    assert values(t, ("kz_government",)) == {"terrorism": 85.714, "restraint": 28.571}
    assert values(t, ("eu",)) == {"terrorism": 0.0, "restraint": 50.0}


def test_raw_counts_kept_for_every_metric() -> None:
    for metric in METRICS:
        row = compare(SCORED, FRAMES, metric=metric).rows[0]
        assert dict(row.hits) == {"terrorism": 3, "restraint": 1}
        assert dict(row.with_frame) == {"terrorism": 2, "restraint": 1}


def test_by_actor_and_lang_sorted_by_statements_then_key() -> None:
    t = compare(SCORED, FRAMES, by=("actor", "lang"))
    assert [(r.key, r.statements) for r in t.rows] == [
        (("eu", "en"), 2), (("kz_government", "en"), 2), (("kz_government", "ar"), 1), (("russia", "en"), 1),
    ]
    assert values(t, ("kz_government", "en")) == {"terrorism": 50.0, "restraint": 50.0}
    assert values(t, ("kz_government", "ar")) == {"terrorism": 100.0, "restraint": 0.0}


@pytest.mark.parametrize("by,keys", [
    ("doc", [("d1",), ("d2",)]),
    ("kind", [("direct",), ("indirect",)]),
    ("source", [("Outlet",)]),
    ("lang,actor", [("en", "kz_government"), ("en", "eu"), ("ar", "kz_government"), ("en", "russia")]),
])
def test_other_group_keys(by: str, keys: list) -> None:
    t = compare(SCORED, FRAMES, by=by)
    assert sorted(r.key for r in t.rows) == sorted(keys)
    assert sum(r.statements for r in t.rows) == len(SCORED)


def test_partials_merge_to_the_whole() -> None:
    whole = partial(SCORED, ("actor",))
    parts = [partial(SCORED[:2], ("actor",)), partial(SCORED[2:], ("actor",)), {}]
    merged = merge(parts)
    assert merged == whole
    assert table(merged, FRAMES) == compare(SCORED, FRAMES)
    # merge does not modify its inputs
    assert parts[0][("kz_government",)].statements == 2
    # partials travel between processes
    assert pickle.loads(pickle.dumps(whole)) == whole


def test_counts_add() -> None:
    c = Counts()
    c.add(SCORED[0])
    c.add(SCORED[1])
    assert (c.statements, c.tokens, dict(c.hits), dict(c.with_frame)) == (
        2, 30, {"terrorism": 2, "restraint": 1}, {"terrorism": 1, "restraint": 1})


def test_empty_input() -> None:
    t = compare([], FRAMES)
    assert t.rows == ()
    assert compare([scored("eu", "en", 0)], FRAMES, metric="per1k").rows[0].values == {
        "terrorism": 0.0, "restraint": 0.0}


def test_lexicon_provenance() -> None:
    lex = Lexicon("unrest", "", (), sha256="ab" * 32)
    assert compare(SCORED, FRAMES, lexicons=[lex, ("mine", "cd")]).lexicons == (("unrest", "ab" * 32), ("mine", "cd"))


def test_frame_order_is_the_callers() -> None:
    t = compare(SCORED, ("restraint", "terrorism"))
    assert t.frames == ("restraint", "terrorism")
    assert list(t.rows[0].values) == ["restraint", "terrorism"]


@pytest.mark.parametrize("kwargs,message", [
    ({"metric": "mean"}, r"unknown metric 'mean'; choose from: count, per1k, share, weighted"),
    ({"by": ("speaker",)}, r"unknown --by key 'speaker'; choose from: actor, source, lang, doc, kind"),
    ({"by": ("actor", "actor")}, r"--by repeats a key"),
    ({"by": ()}, r"--by needs at least one key"),
])
def test_bad_options(kwargs: dict, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        compare(SCORED, FRAMES, **kwargs)


# -- the map (pipeline) and the sum, as a parallel run would do them ---------------

def test_per_document_map_pickles_and_sums_to_the_whole() -> None:
    from functools import partial as bind

    from framing.registry_file import load_registry
    from framing.corpus import load_corpus
    from framing.lexicon import compile_lexicon, load_lexicon
    from framing.pipeline import analyse, analyse_document

    (doc,) = load_corpus("kazakhstan-2022")
    lexicon = load_lexicon("unrest")
    step = bind(analyse_document, registry=load_registry("kazakhstan-2022"), matcher=compile_lexicon(lexicon))
    step = pickle.loads(pickle.dumps(step))  # what a worker process receives
    scored = step(doc)
    assert scored and all(s.statement.kind != "narration" for s in scored)
    for item in scored:
        assert doc.text[item.statement.start:item.statement.end] == item.statement.text
        assert all(item.statement.start <= h.start < h.end <= item.statement.end for h in item.hits)
    # one partial per "worker", summed, equals the single-process comparison
    halves = [partial(scored[: len(scored) // 2]), partial(scored[len(scored) // 2:])]
    whole = compare(analyse([doc], step.keywords["registry"], step.keywords["matcher"]), lexicon.frame_ids)
    assert table(merge(halves), lexicon.frame_ids) == whole
    narrated = step(doc, narration=True)
    assert any(s.statement.kind == "narration" for s in narrated) and len(narrated) > len(scored)
