"""Compare extracted statements with hand-coded ones.

A predicted statement matches a gold one when they share the document (and,
for attribution, the actor) and their overlap covers at least half of each
span; matching is one-to-one, greedy by largest overlap. Narration is never
scored. :func:`evaluate_corpus` runs the whole evaluation (the one behind
``framing evaluate`` and ``benchmarks/realnews.py``); why each miss and false
alarm happened is worked out in :mod:`framing.evaluate_errors`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from framing.errors import InputError
from framing.model import Document, Statement

if TYPE_CHECKING:
    from framing.actors import ActorRegistry
    from framing.engine import Engine
    from framing.evaluate_errors import Diagnosis
    from framing.lexicon import Matcher


@dataclass(frozen=True, slots=True)
class Gold:
    """One hand-coded statement."""

    doc: str
    actor: str
    speaker: str
    kind: str
    start: int
    end: int
    text: str
    lang: str = ""
    frames: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 from counts."""

    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters shared by two spans when they cover at least half of each, else 0."""
    shared = min(a_end, b_end) - max(a_start, b_start)
    if shared <= 0 or 2 * shared < a_end - a_start or 2 * shared < b_end - b_start:
        return 0
    return shared


def same_actor(predicted: str, gold: str) -> bool:
    """Actor ids agree; gold ``unknown`` accepts any speaker the registry does not know."""
    if gold == "unknown":
        return predicted.startswith("unknown:")
    return predicted == gold


def match(predicted: Sequence[Statement], gold: Sequence[Gold], *, by_actor: bool = True) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs, largest overlap first."""
    by_doc: dict[str, list[int]] = {}
    for j, g in enumerate(gold):
        by_doc.setdefault(g.doc, []).append(j)
    candidates = []
    for i, p in enumerate(predicted):
        for j in by_doc.get(p.doc, ()):  # only the same document's gold: linear in the corpus
            g = gold[j]
            if by_actor and not same_actor(p.actor, g.actor):
                continue
            shared = overlaps(p.start, p.end, g.start, g.end)
            if shared:
                candidates.append((-shared, i, j))
    pairs, used_p, used_g = [], set(), set()
    for _, i, j in sorted(candidates):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def score(predicted: Sequence[Statement], gold: Sequence[Gold], *, key: str | None = None,
          by_actor: bool = True) -> dict[str, Score]:
    """Scores overall (key ``"all"``) and per value of ``key`` (``lang``, ``actor``, ``kind``)."""
    predicted = [p for p in predicted if p.kind != "narration"]
    pairs = match(predicted, gold, by_actor=by_actor)
    groups: dict[str, list[int]] = {"all": [0, len(predicted), len(gold)]}
    if key:
        for p in predicted:
            groups.setdefault(getattr(p, key), [0, 0, 0])[1] += 1
        for g in gold:
            groups.setdefault(getattr(g, key), [0, 0, 0])[2] += 1
    for i, j in pairs:
        groups["all"][0] += 1
        if key:
            groups[getattr(gold[j], key)][0] += 1 if getattr(predicted[i], key) == getattr(gold[j], key) else 0
    return {name: Score(*counts) for name, counts in sorted(groups.items())}


def read_gold(path: str) -> list[str]:
    """The lines of a gold file (UTF-8, with or without a BOM); a missing or unreadable file is an
    :class:`InputError` naming it."""
    from pathlib import Path

    from framing.corpus.readers import decode

    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError("no such gold file", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read gold file: {exc.strerror}", path=path) from None
    return decode(data, path).splitlines()


def _gold_documents(lines: Iterable[str]) -> set[str]:
    """The document ids the gold lines name (lines that do not parse are left to :func:`parse_gold`)."""
    ids = set()
    for line in lines:
        try:
            data = json.loads(line) if line.strip() else None
        except json.JSONDecodeError:
            continue
        if isinstance(data, dict) and isinstance(data.get("doc"), str):
            ids.add(data["doc"])
    return ids


def parse_gold(lines: Iterable[str], *, path: str = "<gold>",
               documents: Mapping[str, str] | None = None) -> list[Gold]:
    """Gold records from JSONL lines; ``start``/``end`` may be omitted when ``text`` occurs once.

    ``documents`` maps doc id to text, used to locate spans and to infer a
    record's language from its script when it has no ``lang``.
    """
    from framing.text import script_lang

    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON: {exc.msg}", path=path, line=number) from None
        if not isinstance(data, dict):
            raise InputError("each line must be a JSON object", path=path, line=number)
        missing = [k for k in ("doc", "actor", "text") if k not in data]
        if missing:
            raise InputError(f"missing field(s) {', '.join(missing)}", path=path, line=number)
        start, end = data.get("start"), data.get("end")
        if start is None or end is None:
            text = (documents or {}).get(data["doc"])
            if text is None:
                raise InputError(f"no start/end and document {data['doc']!r} not given", path=path, line=number)
            start = text.find(data["text"])
            if start < 0 or text.find(data["text"], start + 1) >= 0:
                raise InputError("text occurs 0 or several times in its document; give start/end",
                                 path=path, line=number)
            end = start + len(data["text"])
        lang = data.get("lang") or script_lang(data["text"])
        records.append(Gold(doc=data["doc"], actor=data["actor"], speaker=data.get("speaker", ""),
                            kind=data.get("kind", ""), start=int(start), end=int(end), text=data["text"],
                            lang=lang, frames=tuple(data.get("frames") or ())))
    return records


# Confidence bands for calibration, highest first: (low, high) with high exclusive except 1.0.
BANDS = ((0.9, 1.0), (0.8, 0.9), (0.7, 0.8), (0.5, 0.7), (0.0, 0.5))


def in_band(confidence: float, low: float, high: float) -> bool:
    """Whether a confidence falls in the band ``[low, high)`` (``[low, 1.0]`` for the top band)."""
    return low <= confidence < high or (high == 1.0 and confidence == 1.0)

EVALUATION_COLUMNS = ("task", "scope", "group", "gold", "predicted", "matched", "precision", "recall", "f1")


def evaluation_rows(predicted: Sequence[Statement], gold: Sequence[Gold],
                    predicted_frames: Sequence[frozenset[str]] | None = None) -> list[tuple]:
    """The rows of ``framing evaluate``: attribution and extraction scores overall and
    per language, actor and kind; frame detection on matched statements; and the
    precision of attribution per confidence band (calibration).

    ``predicted_frames[i]`` are the frames the lexicon finds in ``predicted[i]``.
    """
    predicted = [p for p in predicted if p.kind != "narration"]
    rows: list[tuple] = []
    for task, by_actor in (("attribution", True), ("extraction", False)):
        for key in ("all", "lang", "actor", "kind"):
            scores = score(predicted, gold, key=None if key == "all" else key, by_actor=by_actor)
            for group, s in scores.items():
                if key != "all" and group == "all":
                    continue
                rows.append((task, key, group, s.gold, s.predicted, s.tp,
                             round(s.precision, 3), round(s.recall, 3), round(s.f1, 3)))
    pairs = match(predicted, gold)
    if predicted_frames is not None:
        rows.extend(_frame_rows(pairs, gold, predicted_frames))
    matched = {i for i, _ in pairs}
    for low, high in BANDS:
        members = [i for i, p in enumerate(predicted) if in_band(p.confidence, low, high)]
        hits = sum(1 for i in members if i in matched)
        rows.append(("calibration", "confidence", f"{low:.1f}-{high:.1f}", None, len(members), hits,
                     round(hits / len(members), 3) if members else None, None, None))
    return rows


def _frame_rows(pairs, gold, predicted_frames) -> list[tuple]:
    counts: dict[str, list[int]] = {}
    for i, j in pairs:
        found, wanted = predicted_frames[i], set(gold[j].frames)
        for frame in found | wanted:
            c = counts.setdefault(frame, [0, 0, 0])
            c[0] += frame in found and frame in wanted
            c[1] += frame in found
            c[2] += frame in wanted
    total = [sum(c[k] for c in counts.values()) for k in range(3)]
    rows = []
    for group, (tp, n_pred, n_gold) in [("all", total), *sorted(counts.items())]:
        s = Score(tp, n_pred, n_gold)
        rows.append(("frames", "all" if group == "all" else "frame", group, n_gold, n_pred, tp,
                     round(s.precision, 3), round(s.recall, 3), round(s.f1, 3)))
    return rows


ERROR_COLUMNS = ("error", "cause", "doc", "lang", "actor", "speaker", "kind", "start", "end", "text", "other")


def error_rows(predicted: Sequence[Statement], gold: Sequence[Gold]) -> list[tuple]:
    """Misses (gold not found) and false alarms (predictions matching no gold), in text order.

    Each row has the ``cause`` of the error and, in ``other``, the statement
    on the other side that explains it (see :mod:`framing.evaluate_errors`).
    """
    from framing.evaluate_errors import diagnose, error_row

    rows = [error_row(e) for e in diagnose(predicted, gold)]
    return sorted(rows, key=lambda r: (r[2], r[7], r[8], r[0], r[4], r[1], r[10]))


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The statements of an evaluation: what was predicted and what was hand-coded.

    ``frames[i]`` are the lexicon's frames in ``predicted[i]`` (``None`` when
    no lexicon was given); ``missing`` lists the gold documents that were not
    in the corpus (their statements count as misses).
    """

    predicted: tuple[Statement, ...]
    gold: tuple[Gold, ...]
    frames: tuple[frozenset[str], ...] | None = None
    missing: tuple[str, ...] = ()

    def rows(self) -> list[tuple]:
        """The score rows of ``framing evaluate`` (:data:`EVALUATION_COLUMNS`)."""
        return evaluation_rows(self.predicted, self.gold, self.frames)

    def error_rows(self) -> list[tuple]:
        """The rows of ``framing evaluate --errors`` (:data:`ERROR_COLUMNS`)."""
        return error_rows(self.predicted, self.gold)

    def errors(self) -> list[Diagnosis]:
        """Every miss and false alarm with its cause, in text order."""
        from framing.evaluate_errors import diagnose

        return diagnose(self.predicted, self.gold)


def evaluate_corpus(documents: Iterable[Document], registry: ActorRegistry,
                    gold: Iterable[Gold] | Iterable[str], matcher: Matcher | None = None, *,
                    min_confidence: float = 0.0, gold_path: str = "<gold>", engine: Engine | None = None,
                    unregistered_as_one: bool = False) -> Evaluation:
    """Extract the statements of the gold's documents and pair them with the gold.

    Parameters
    ----------
    documents : the corpus; statements are extracted only from the documents
        that have gold statements.
    registry : the actor registry used to attribute statements.
    gold : hand-coded statements, or the JSONL lines of a gold file (parsed
        with :func:`parse_gold`, which can then locate spans in ``documents``).
    matcher : a compiled lexicon; when given, the frames of each prediction are
        found for frame detection scores.
    min_confidence : drop predictions attributed with less confidence.
    gold_path : the gold file's name, for error messages about its lines.
    engine : where statements are extracted (:mod:`framing.engine`); default here.
    unregistered_as_one : a gold actor the registry does not know (``other:<name>``,
        or any id not in it) is ``unknown``: any prediction ``unknown:<mention>`` matches it,
        so the label a tool gives an unregistered speaker need not be guessed.

    Returns
    -------
    Evaluation
        Predictions (narration excluded) sorted by document and offset, the gold, the frames.

    Raises
    ------
    InputError
        For a gold line that is not valid (named by ``gold_path`` and line number).

    Examples
    --------
    >>> from framing.actors import ActorRegistry
    >>> text = 'The minister said that the talks would resume soon.'
    >>> line = '{"doc": "d1", "actor": "unknown", "text": "the talks would resume soon"}'
    >>> ev = evaluate_corpus([Document("d1", text, lang="en")], ActorRegistry(), [line])
    >>> [(r[0], r[3], r[4], r[5]) for r in ev.rows()[:1]]
    [('attribution', 1, 1, 1)]
    """
    from framing.engine import Engine
    from framing.mapping import extracted

    engine = engine or Engine()
    items: list[Gold | str] = list(gold)
    lines = [g for g in items if isinstance(g, str)]
    records = [g for g in items if isinstance(g, Gold)]
    if lines and records:
        raise TypeError("gold must be all Gold records or all JSONL lines, not a mix")
    wanted = _gold_documents(lines) if lines else {g.doc for g in records}
    texts = {doc.id: doc for doc in documents if doc.id in wanted}  # the corpus streams; only these stay
    if lines:
        records = parse_gold(lines, path=gold_path, documents={k: d.text for k, d in texts.items()})
    if unregistered_as_one:
        records = [g if g.actor in registry else replace(g, actor="unknown") for g in records]
    wanted = {g.doc for g in records}
    chosen = (texts[doc_id] for doc_id in sorted(wanted & texts.keys()))
    predicted = tuple(s for s in extracted(chosen, registry, engine=engine) if s.confidence >= min_confidence)
    frames = None
    if matcher is not None:
        frames = tuple(frozenset(h.frame for h in matcher.match(texts[p.doc].text, p.lang, p.start, p.end))
                       for p in predicted)
    return Evaluation(predicted, tuple(records), frames, tuple(sorted(wanted - texts.keys())))
