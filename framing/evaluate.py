"""Compare extracted statements with hand-coded ones.

A predicted statement matches a gold one when they share the document (and,
for attribution, the actor) and their overlap covers at least half of each
span; matching is one-to-one, greedy by largest overlap. Narration is never
scored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from framing.errors import InputError
from framing.model import Statement


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
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if p.doc != g.doc or (by_actor and not same_actor(p.actor, g.actor)):
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
