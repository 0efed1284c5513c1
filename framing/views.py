"""What the evidence and statistics commands show, as :class:`framing.rendering.View`.

One function per result: :func:`explanation_view` (``explain``),
:func:`kwic_view` (``kwic``), :func:`keyness_view` (``keyness``) and
:func:`similarity_view` (``similarity``). Each lays its result out once for
every format (a JSON document, JSONL lines, flat CSV records and a readable
table); :func:`framing.rendering.render_view` turns that into text. Pure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from framing.evidence import MARKS, Explanation, Line, flatten
from framing.records import Lines
from framing.rendering import FLAG, View, format_value, isolate
from framing.model import AFFIRMED

if TYPE_CHECKING:
    from framing.keyness import Keyness
    from framing.similarity import Similarity

#: Widths of wrapped columns in table formats.
STATEMENT_WIDTH = 60
SPEAKER_WIDTH = 24


def _wrap(text: str, width: int) -> Lines:
    """``text`` on one line, wrapped at ``width`` in terminal formats only."""
    return Lines((flatten(text),), width)


def _kwic_text(line: Line) -> str:
    mark = "" if line.polarity == AFFIRMED else f" ({line.polarity})"
    return f"{line.left}{MARKS[0]}{line.match}{MARKS[1]}{line.right}{mark}"


def _line_object(line: Line) -> dict[str, Any]:
    return {"frame": line.frame, "term": line.term, "start": line.start, "end": line.end,
            "left": line.left, "match": line.match, "right": line.right, "polarity": line.polarity}


# -- explain ------------------------------------------------------------------------

def explanation_summary(expl: Explanation) -> str:
    """One line: the cell and the counts behind it."""
    c, values = expl.counts, expl.values
    return (f"{','.join(expl.key)} × {expl.frame}: {c.with_frame[expl.frame]} of {c.statements} statements "
            f"({format_value(values['share'], 'share')}%), {c.hits[expl.frame]} hits in {c.tokens} tokens "
            f"({format_value(values['per1k'], 'per1k')} per 1,000)")


def _evidence_object(expl: Explanation, n: int) -> dict[str, Any]:
    ev = expl.evidence[n]
    s = ev.scored.statement
    return {
        "n": n + 1, "doc": s.doc, "date": ev.date, "source": s.source, "title": ev.title, "url": ev.url,
        "lang": s.lang, "actor": s.actor, "speaker": s.speaker, "kind": s.kind, "start": s.start, "end": s.end,
        "text": s.text, "marked": ev.marked, "tokens": ev.scored.tokens,
        "hits": [_line_object(line) for line in ev.lines],
    }


def explanation_view(expl: Explanation) -> View:
    """``explain``: one entry per statement behind the cell.

    JSON is the cell (group, frame, counts, the value under every metric)
    with its statements; JSONL one statement per line; CSV one row per hit
    (statement fields repeated, ``n`` numbers the statement); tables one row
    per statement with the matched terms marked ``⟦…⟧`` and a
    keyword-in-context line per hit, under a line with the cell's counts
    (wrapped and stacked in terminal formats, one row per statement in
    markup formats: see :class:`framing.records.Lines`).
    """
    c = expl.counts
    objects = [_evidence_object(expl, n) for n in range(len(expl.evidence))]
    document = {
        "by": list(expl.by), "group": dict(zip(expl.by, expl.key)), "frame": expl.frame,
        "statements": c.statements, "tokens": c.tokens, "with_frame": c.with_frame[expl.frame],
        "hits": c.hits[expl.frame], "values": {name: round(v, 3) for name, v in expl.values.items()},
        "evidence": objects,
    }
    flat_headers = ("n", "doc", "date", "source", "lang", "actor", "speaker", "kind", "start", "end",
                    "term", "hit_start", "hit_end", "polarity", "left", "match", "right", "marked")
    flat_rows = [
        [obj["n"], obj["doc"], obj["date"], obj["source"], obj["lang"], obj["actor"], obj["speaker"],
         obj["kind"], obj["start"], obj["end"], hit["term"], hit["start"], hit["end"], hit["polarity"], hit["left"],
         hit["match"], hit["right"], obj["marked"]]
        for obj in objects for hit in obj["hits"]
    ]
    table_headers = ("n", "doc", "date", "source", "actor", "speaker", "kind", "statement", "in context")
    table_rows = [
        [obj["n"], obj["doc"], obj["date"], obj["source"], obj["actor"], _wrap(obj["speaker"], SPEAKER_WIDTH),
         obj["kind"], _wrap(obj["marked"], STATEMENT_WIDTH), Lines(tuple(_kwic_text(line) for line in ev.lines))]
        for obj, ev in zip(objects, expl.evidence)
    ]
    align = ["right", *["left"] * (len(table_headers) - 1)]
    return View(document, objects, (flat_headers, flat_rows), (table_headers, table_rows), align,
                explanation_summary(expl))


# -- kwic -----------------------------------------------------------------------------

KWIC_FIELDS = ("doc", "source", "date", "lang", "actor", "speaker", "kind", "frame", "term", "start", "end",
               "polarity", "left", "match", "right")
KWIC_TABLE = ("doc", "start", "lang", "actor", "term", "polarity", "left", "match", "right")


def kwic_view(lines: Iterable[Line]) -> View:
    """``kwic``: one line per hit; in tables the left context is right-aligned
    against the match, and right-to-left text is isolated so columns hold."""
    lines = list(lines)
    objects = [{f: getattr(line, f) for f in KWIC_FIELDS} for line in lines]
    table_rows = [[line.doc, line.start, line.lang, line.actor, line.term, line.polarity,
                   isolate(line.left.strip()), isolate(line.match), isolate(line.right.strip())] for line in lines]
    align = ["left", "right", "left", "left", "left", "left", "right", "center", "left"]
    return View(objects, objects, (KWIC_FIELDS, [[o[f] for f in KWIC_FIELDS] for o in objects]),
                (KWIC_TABLE, table_rows), align)


# -- keyness and similarity -------------------------------------------------------------

def _number(value: float | None, decimals: int) -> str:
    return "" if value is None else f"{value:.{decimals}f}"


def _p(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.4f}" if value >= 0.0001 else f"{value:.1e}"


def keyness_view(result: Keyness) -> View:
    """``keyness``: one row per (group, versus, feature), frames first.

    ``versus`` is another group or ``rest`` (all the others pooled). A group key
    named like a column of the row (``--by kind``: the statements' kind, not the
    feature's) is shown as ``group_<key>``.
    """
    fields = ("versus", "kind", "feature", "count", "tokens", "count_versus", "tokens_versus",
              "log_odds", "z", "chi2", "p")
    by = [f"group_{key}" if key in fields else key for key in result.by]
    rows = []
    objects = []
    for f in result.features:
        obj = {**dict(zip(by, f.group)), "versus": f.versus_label, "kind": f.kind, "feature": f.feature,
               "count": f.count, "tokens": f.total, "count_versus": f.count_versus,
               "tokens_versus": f.total_versus, "log_odds": round(f.log_odds, 4), "z": round(f.z, 3),
               "chi2": None if f.chi2 is None else round(f.chi2, 3),
               "p": None if f.p is None else float(f"{f.p:.4g}")}
        objects.append(obj)
        rows.append([*f.group, f.versus_label, f.kind, f.feature, f.count, f.total, f.count_versus,
                     f.total_versus, _number(f.log_odds, 3), _number(f.z, 2), _number(f.chi2, 2), _p(f.p)])
    headers = (*by, *fields)
    test = result.table_test
    document = {
        "by": by, "frames": list(result.frames), "prior": result.prior_label,
        "stopwords": "kept" if result.keep_stopwords else "left out",
        "groups": [{**dict(zip(by, g.key)), "statements": g.statements, "tokens": g.tokens} for g in result.groups],
        "table_chi2": None if test is None else {"statistic": round(test.statistic, 3), "dof": test.dof,
                                                 "p": float(f"{test.p:.4g}"), "groups": test.rows,
                                                 "frames": test.columns},
        "features": objects,
    }
    flat = [[("" if v is None else v) for v in obj.values()] for obj in objects]
    table_rows = [[isolate(str(v)) for v in row] for row in rows]
    align = ["left"] * (len(by) + 3) + ["right"] * len(fields[3:])
    title = None
    if test is not None:
        title = (f"frames x {','.join(result.by)}: chi2 = {test.statistic:.2f}, df = {test.dof}, "
                 f"p = {_p(test.p)} ({test.rows} groups, {test.columns} frames with hits)")
    return View(document, objects, (headers, flat), (headers, table_rows), align, title)


def similarity_view(result: Similarity) -> View:
    """``similarity``: the group x group cosine matrix, rows and columns in
    clustering order; JSON adds the order and the merges of the clustering.
    In tables a group resting on few statements has ``*`` after its count."""
    by = list(result.by)
    labels = list(result.labels)
    matrix = [[round(v, 3) for v in row] for row in result.matrix]
    rows = list(zip(result.keys, result.statements, result.flagged, matrix))
    headers = (*by, "statements", "flagged", *labels)
    flat = [[*key, n, "true" if few else "false", *row] for key, n, few, row in rows]
    table = [[*(isolate(k) for k in key), f"{n}{FLAG if few else ''}", *(f"{v:.3f}" for v in row)]
             for key, n, few, row in rows]
    document = {
        "by": by, "metric": result.metric, "frames": list(result.frames), "linkage": result.method,
        "order": labels,
        "groups": [{**dict(zip(by, key)), "statements": n, "flagged": few, "similarity": dict(zip(labels, row))}
                   for key, n, few, row in rows],
        "merges": [{"left": list(m.left), "right": list(m.right), "distance": round(m.distance, 4)}
                   for m in result.merges],
    }
    align = ["left"] * len(by) + ["right"] * (1 + len(labels))
    return View(document, document["groups"], (headers, flat), ((*by, "statements", *labels), table), align)
