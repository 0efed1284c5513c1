"""How each outlet reported each actor: the classes of the attribution cues, per group.

Every attributed statement carries its cue (:class:`framing.model.Cue`):
the verb or source phrase as written and its class, from each language's
data (:data:`framing.languages.CUE_CLASSES`): *neutral* ("said", заявил,
قال), *assertive* ("stressed", подчеркнул, أكد), *doubt* ("claimed",
утверждает, زعم), *admission* ("admitted", признал, اعترف), *denial*,
*opinion*, *evaluative*, *directive*, *other* (a cue of no class) and
*none* (a statement without a cue: a continued quotation, a signed post).
:func:`cue_counts` counts them per group, mergeably (a worker's counts add
to another's); :func:`cue_view` lays them out for every format with the
cues behind each number, so a reader sees which outlet reported an actor
with "claimed" rather than "said".

>>> from framing.model import Cue, Statement
>>> said = Statement("d", "Wire", "en", "eu", "the EU", "indirect", 0, 1, "x", cue=Cue("said", "say", "neutral", 2, 6))
>>> claimed = Statement("d", "Post", "en", "eu", "the EU", "indirect", 0, 1, "x",
...                     cue=Cue("claimed", "claim", "doubt", 2, 9))
>>> counts = cue_counts([said, claimed, said], ("source",))
>>> counts[("Wire",)].classes["neutral"], counts[("Post",)].cues["doubt"]
(2, Counter({'claimed': 1}))
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from framing.grouping import check_by, group_key, is_dated
from framing.languages import CUE_CLASSES
from framing.model import Statement
from framing.records import View, isolate
from framing.totals import Totals

#: Cues shown per class and group in tables (all of them in json and jsonl).
SHOWN_CUES = 3


@dataclass
class CueCounts(Totals):
    """Mergeable totals of one group: statements per cue class, and each class's cues as written."""

    statements: int = 0
    classes: Counter[str] = field(default_factory=Counter)
    cues: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, statement: Statement) -> None:
        cue = statement.cue
        cls = cue.cls if cue is not None else "none"
        self.statements += 1
        self.classes[cls] += 1
        if cue is not None:
            self.cues.setdefault(cls, Counter())[" ".join(cue.text.casefold().split())] += 1

    def share(self, cls: str) -> float:
        """The percentage of the group's statements attributed with a cue of ``cls``."""
        return 100 * self.classes[cls] / self.statements if self.statements else 0.0

    def top(self, cls: str, n: int | None = None) -> list[tuple[str, int]]:
        """The cues of a class, most frequent first (ties in alphabetical order)."""
        return sorted(self.cues.get(cls, Counter()).items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def cue_counts(statements: Iterable[Statement], by: Sequence[str] = ("source",)) -> dict[tuple[str, ...], CueCounts]:
    """Cue classes per group of ``by`` keys (one pass; narration, which has no cue, is left out)."""
    keys = check_by(by)
    groups: dict[tuple[str, ...], CueCounts] = {}
    for statement in statements:
        if statement.kind != "narration":
            groups.setdefault(group_key(statement, keys), CueCounts()).add(statement)
    return groups


def merge_cue_counts(parts: Iterable[Mapping[tuple[str, ...], CueCounts]]) -> dict[tuple[str, ...], CueCounts]:
    """Several workers' :func:`cue_counts` as one."""
    merged: dict[tuple[str, ...], CueCounts] = {}
    for part in parts:
        for key, counts in part.items():
            merged.setdefault(key, CueCounts()).merge(counts)
    return merged


def used_classes(groups: Mapping[tuple[str, ...], CueCounts]) -> list[str]:
    """The classes with a statement in some group, in :data:`CUE_CLASSES` order."""
    return [cls for cls in CUE_CLASSES if any(c.classes[cls] for c in groups.values())]


def cue_view(groups: Mapping[tuple[str, ...], CueCounts], by: Sequence[str]) -> View:
    """The cue table in every format: a row per group, the share of each class (its count, and in
    tables the most frequent cues of the row's rarer classes)."""
    keys = check_by(by)
    order = sorted(groups.items(), key=(lambda kv: kv[0]) if is_dated(keys) else (lambda kv: (-kv[1].statements,
                                                                                              kv[0])))
    classes = used_classes(groups)
    objects = [_row_object(keys, key, counts, classes) for key, counts in order]
    flat = ([*keys, "statements", *classes, *(f"{c}:count" for c in classes), *(f"{c}:cues" for c in classes)],
            [[*key, c.statements, *(f"{c.share(k):.1f}" for k in classes), *(c.classes[k] for k in classes),
              *("; ".join(f"{w} ({n})" for w, n in c.top(k)) for k in classes)] for key, c in order])
    table = ([*keys, "statements", *classes, "cues"],
             [[*map(isolate, key), c.statements, *(_cell(c, k) for k in classes), isolate(_cues(c, classes))]
              for key, c in order])
    document = {"by": list(keys), "classes": classes, "rows": objects}
    return View(document, objects, flat, table, ["left"] * len(keys) + ["right"] * (len(classes) + 1) + ["left"])


def _row_object(keys: Sequence[str], key: tuple[str, ...], counts: CueCounts, classes: Sequence[str]) -> dict:
    return {**dict(zip(keys, key)), "statements": counts.statements,
            "classes": {k: {"count": counts.classes[k], "share": round(counts.share(k), 1),
                            "cues": dict(counts.top(k))} for k in classes}}


def _cell(counts: CueCounts, cls: str) -> str:
    return f"{counts.share(cls):.1f} ({counts.classes[cls]})"


def _cues(counts: CueCounts, classes: Sequence[str]) -> str:
    """The most frequent cues of each class but neutral and none: where the outlet's wording shows."""
    parts = [f"{w} ({n})" for cls in classes if cls not in ("neutral", "none")
             for w, n in counts.top(cls, SHOWN_CUES)]
    return ", ".join(parts)


@dataclass(frozen=True)
class CountCues:
    """Chunk task (any engine): the cue counts per group of a chunk of documents."""

    registry: Any
    by: tuple[str, ...]
    min_confidence: float = 0.0

    def __call__(self, docs: list) -> list[dict[tuple[str, ...], CueCounts]]:
        from framing.extract import extract_statements

        statements = (s for doc in docs for s in extract_statements(doc, self.registry)
                      if s.confidence >= self.min_confidence)
        return [cue_counts(statements, self.by)]


def corpus_cues(documents: Iterable, registry: Any, by: Sequence[str] = ("source",), *, min_confidence: float = 0.0,
                engine: Any = None) -> dict[tuple[str, ...], CueCounts]:
    """The cue counts per group of a whole corpus, mapped over ``engine`` (:mod:`framing.engine`) and merged."""
    from framing.engine import Engine, map_chunks

    task = CountCues(registry, check_by(by), min_confidence)
    return merge_cue_counts(part for results in map_chunks(task, documents, engine or Engine())
                            for part in results)


__all__ = ["CountCues", "CueCounts", "corpus_cues", "cue_counts", "cue_view", "merge_cue_counts", "used_classes"]
