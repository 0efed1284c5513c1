"""Frame detection on the matched statements of the real-news set: per language and frame.

The helpers of ``benchmarks/realnews.py`` for frames. A coder's frames and
the lexicon's frames are compared on the statements matched with the same
actor (the pairs of :func:`framing.evaluate.match`, the pairs behind the
``frames`` rows of ``framing evaluate``). Per statement and frame: *gold*
when the coder gave the frame, *predicted* when the lexicon finds it,
*matched* when both. :func:`frame_scores` and :func:`disagreements` are pure;
the language of a pair is the gold statement's.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from framing.evaluate import Evaluation, Score, match

if TYPE_CHECKING:
    from framing.lexicon import Matcher

ALL = "all"
FRAME_GOAL = 0.70  # frame F1 on matched statements, in each language (issue 10)


@dataclass(frozen=True, slots=True)
class FramePair:
    """One matched statement: its language, the frames the lexicon found and those the coder gave."""

    lang: str
    found: frozenset[str]
    wanted: frozenset[str]
    # for the listing of disagreements only; not used by the scores
    event: str = ""
    doc: str = ""
    actor: str = ""
    start: int = 0
    text: str = ""


def figures(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1, rounded as the tables print them."""
    s = Score(matched, predicted, gold)
    return round(s.precision, 3), round(s.recall, 3), round(s.f1, 3)


@dataclass(frozen=True, slots=True)
class FrameCounts:
    """Gold, predicted and matched frame assignments of one language and frame (``all``: pooled)."""

    lang: str
    frame: str
    gold: int
    predicted: int
    matched: int

    def figures(self) -> tuple[float, float, float]:
        return figures(self.matched, self.predicted, self.gold)

    def as_dict(self) -> dict:
        p, r, f1 = self.figures()
        return {"lang": self.lang, "frame": self.frame, "gold": self.gold, "predicted": self.predicted,
                "matched": self.matched, "precision": p, "recall": r, "f1": f1}


def frame_scores(pairs: Iterable[FramePair], langs: Sequence[str], frames: Sequence[str] = ()) -> list[FrameCounts]:
    """Frame counts per language (``langs`` order, then ``all``), each an ``all`` row and one row per frame.

    A language lists the frames that a coder gave or the lexicon found in it,
    in ``frames`` order (the lexicon's), then any others by name. A language
    of ``langs`` without pairs still gets its ``all`` row (zeros).

    Examples
    --------
    >>> pairs = [FramePair("en", frozenset({"a"}), frozenset({"a", "b"})),
    ...          FramePair("ar", frozenset({"b"}), frozenset())]
    >>> for c in frame_scores(pairs, ["en", "ar"], ["b", "a"]):
    ...     print(c.lang, c.frame, c.gold, c.predicted, c.matched)
    en all 2 1 1
    en b 1 0 0
    en a 1 1 1
    ar all 0 1 0
    ar b 0 1 0
    all all 2 2 1
    all b 1 1 0
    all a 1 1 1
    """
    counts: dict[tuple[str, str], list[int]] = {}
    for pair in pairs:
        for frame in pair.found | pair.wanted:
            for lang in (pair.lang, ALL):
                c = counts.setdefault((lang, frame), [0, 0, 0])
                c[0] += frame in pair.wanted
                c[1] += frame in pair.found
                c[2] += frame in pair.wanted and frame in pair.found
    order = {f: k for k, f in enumerate(frames)}
    rows: list[FrameCounts] = []
    for lang in [*dict.fromkeys(x for x in langs if x != ALL), ALL]:
        mine = sorted((frame, c) for (code, frame), c in counts.items() if code == lang)
        mine.sort(key=lambda fc: order.get(fc[0], len(order)))
        totals = [sum(c[k] for _, c in mine) for k in range(3)]
        rows.append(FrameCounts(lang, ALL, *totals))
        rows.extend(FrameCounts(lang, frame, *c) for frame, c in mine)
    return rows


def matched_pairs(event: str, evaluation: Evaluation) -> list[FramePair]:
    """The statements of an evaluation matched with the gold actor, with both sides' frames.

    Empty when the evaluation was run without a lexicon.
    """
    if evaluation.frames is None:
        return []
    pairs = []
    for i, j in match(evaluation.predicted, evaluation.gold):
        p, g = evaluation.predicted[i], evaluation.gold[j]
        pairs.append(FramePair(g.lang, evaluation.frames[i], frozenset(g.frames), event=event, doc=g.doc,
                               actor=g.actor, start=g.start, text=p.text))
    return sorted(pairs, key=lambda x: (x.event, x.doc, x.start, x.actor))


def disagreements(pairs: Iterable[FramePair], frame: str | None = None) -> list[tuple[str, str, FramePair]]:
    """``(error, frame, pair)`` for each frame a coder gave and the lexicon missed (``miss``) or the
    lexicon found and no coder gave (``false alarm``); misses first, then by frame, event, document, offset.

    Examples
    --------
    >>> pair = FramePair("en", frozenset({"a", "c"}), frozenset({"a", "b"}), doc="d1")
    >>> [(error, f) for error, f, _ in disagreements([pair])]
    [('miss', 'b'), ('false alarm', 'c')]
    """
    out = []
    for pair in pairs:
        out += [("miss", f, pair) for f in pair.wanted - pair.found if frame in (None, f)]
        out += [("false alarm", f, pair) for f in pair.found - pair.wanted if frame in (None, f)]
    return sorted(out, key=lambda e: (e[0] != "miss", e[1], e[2].event, e[2].doc, e[2].start, e[2].actor))


# ---------------------------------------------------------------- rendering

def summary_lines(rows: Sequence[FrameCounts]) -> list[str]:
    """One line per language: the pooled frame figures on matched statements."""
    lines = []
    for c in rows:
        if c.frame == ALL:
            p, r, f1 = c.figures()
            where = "pooled" if c.lang == ALL else c.lang
            lines.append(f"frames on matched statements, {where}: gold {c.gold}, predicted {c.predicted}, "
                         f"matched {c.matched}, P {p:.3f}, R {r:.3f}, F1 {f1:.3f}")
    return lines


def table_rows(rows: Sequence[FrameCounts]) -> list[tuple]:
    """``lang, frame, gold, predicted, matched, P, R, F1`` per row."""
    return [(c.lang, c.frame, c.gold, c.predicted, c.matched, *c.figures()) for c in rows]


# How a hit's polarity shows in a list of terms.
_MARKS = {"negated": "not:", "attributed": "ascribed:"}


def disagreement_rows(errors: Sequence[tuple[str, str, FramePair]], matcher: Matcher | None,
                      width: int) -> list[tuple]:
    """``error, frame, event, doc, lang, actor, terms, text`` per disagreement.

    ``terms`` are the lexicon's matches in the statement, scanned alone (a
    negator before the statement's start is not seen), each with a polarity
    other than affirmed marked (``not:`` negated, ``ascribed:`` attributed)
    and matches ``--negation exclude`` cancelled marked ``cancelled:``; the
    text is cut to ``width`` characters.
    """
    rows = []
    for error, frame, pair in errors:
        terms = ""
        if matcher is not None:
            found = matcher.scan(pair.text, pair.lang)
            terms = "; ".join([f"{_MARKS.get(h.polarity, '')}{h.frame}:{h.term}" for h in found.hits]
                              + [f"cancelled:{h.frame}:{h.term}" for h in found.cancelled])
        flat = " ".join(pair.text.split())
        rows.append((error, frame, pair.event, pair.doc, pair.lang, pair.actor, terms or "-",
                     flat if len(flat) <= width else flat[: width - 1] + "\u2026"))
    return rows


DISAGREEMENT_COLUMNS = ("error", "frame", "event", "doc", "lang", "actor", "terms", "text")


def render_disagreements(rows: Sequence[tuple], fmt: str,
                         table: Callable[[Sequence[str], Iterable[Sequence[object]]], list[str]]) -> str:
    """The rows of :func:`disagreement_rows` as CSV, JSON, or text laid out by ``table``."""
    if fmt == "json":
        return json.dumps([dict(zip(DISAGREEMENT_COLUMNS, r)) for r in rows], indent=1, ensure_ascii=False) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows([DISAGREEMENT_COLUMNS, *rows])
        return out.getvalue()
    misses = sum(1 for r in rows if r[0] == "miss")
    return "\n".join([f"{misses} frames missed, {len(rows) - misses} found wrongly, on matched statements",
                      *table(DISAGREEMENT_COLUMNS, rows)]) + "\n"
