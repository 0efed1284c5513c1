"""Grouping scored statements and measuring frames per group.

The work is a sum: each statement adds to its group's :class:`Counts`
(statements, tokens, hits per frame, statements with the frame), so partial
results from different documents, workers or machines merge by addition
(:func:`merge`). A metric then turns a group's counts into one number per
frame (:data:`METRICS`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping, Sequence

from framing.errors import UsageError
from framing.model import Lexicon, Row, ScoredStatement, Table

#: Statement fields a comparison can group by.
GROUP_KEYS = ("actor", "source", "lang", "doc", "kind")


@dataclass
class Counts:
    """Mergeable totals of one group."""

    statements: int = 0
    tokens: int = 0
    hits: Counter[str] = field(default_factory=Counter)
    with_frame: Counter[str] = field(default_factory=Counter)

    def add(self, scored: ScoredStatement) -> None:
        """Count one statement in."""
        self.statements += 1
        self.tokens += scored.tokens
        frames = scored.frame_counts()
        self.hits.update(frames)
        self.with_frame.update(frames.keys())

    def merge(self, other: Counts) -> None:
        """Add another group's totals to these."""
        self.statements += other.statements
        self.tokens += other.tokens
        self.hits.update(other.hits)
        self.with_frame.update(other.with_frame)


Partial = dict[tuple[str, ...], Counts]


@dataclass(frozen=True)
class Metric:
    """A measure of one frame in one group, and how to show it."""

    name: str
    description: str
    decimals: int
    value: Callable[[Counts, str], float]


def _count(c: Counts, frame: str) -> float:
    return c.hits[frame]


def _per1k(c: Counts, frame: str) -> float:
    return 1000 * c.hits[frame] / c.tokens if c.tokens else 0.0


def _share(c: Counts, frame: str) -> float:
    return 100 * c.with_frame[frame] / c.statements if c.statements else 0.0


#: Metrics by name. To add one: a function ``(Counts, frame) -> float`` built
#: from the mergeable counts only, and an entry here.
METRICS: dict[str, Metric] = {
    "count": Metric("count", "term hits in the group's statements (after longest match)", 0, _count),
    "per1k": Metric("per1k", "term hits per 1,000 tokens of the group's statements", 1, _per1k),
    "share": Metric("share", "% of the group's statements with at least one hit", 1, _share),
}


def check_by(by: Sequence[str]) -> tuple[str, ...]:
    """Validated group keys (a non-empty sequence of :data:`GROUP_KEYS`, no repeats)."""
    if isinstance(by, str):
        by = [part.strip() for part in by.split(",")]
    keys = tuple(by)
    if not keys:
        raise UsageError(f"--by needs at least one key; choose from: {', '.join(GROUP_KEYS)}")
    for key in keys:
        if key not in GROUP_KEYS:
            raise UsageError(f"unknown --by key {key!r}; choose from: {', '.join(GROUP_KEYS)}")
    if len(set(keys)) != len(keys):
        raise UsageError(f"--by repeats a key: {','.join(keys)}")
    return keys


def check_metric(metric: str) -> Metric:
    """The metric of that name, or a :class:`UsageError` listing the valid ones."""
    try:
        return METRICS[metric]
    except KeyError:
        raise UsageError(f"unknown metric {metric!r}; choose from: {', '.join(METRICS)}") from None


def partial(scored: Iterable[ScoredStatement], by: Sequence[str] = ("actor",)) -> Partial:
    """Counts per group key for some statements (the map step)."""
    keys = check_by(by)
    groups: Partial = {}
    for item in scored:
        key = tuple(getattr(item.statement, k) for k in keys)
        groups.setdefault(key, Counts()).add(item)
    return groups


def merge(parts: Iterable[Partial]) -> Partial:
    """Sum of partial counts (the reduce step); inputs are not modified."""
    total: Partial = {}
    for part in parts:
        for key, counts in part.items():
            total.setdefault(key, Counts()).merge(counts)
    return total


def table(
    groups: Mapping[tuple[str, ...], Counts],
    frames: Sequence[str],
    *,
    by: Sequence[str] = ("actor",),
    metric: str = "share",
    lexicons: Iterable[Lexicon | tuple[str, str]] = (),
) -> Table:
    """A :class:`Table` from merged counts; rows by statements desc, then key."""
    keys = check_by(by)
    measure = check_metric(metric)
    frames = tuple(frames)
    rows = []
    for key, c in sorted(groups.items(), key=lambda kv: (-kv[1].statements, kv[0])):
        rows.append(Row(
            key=key,
            statements=c.statements,
            tokens=c.tokens,
            values={f: measure.value(c, f) for f in frames},
            hits={f: c.hits[f] for f in frames},
            with_frame={f: c.with_frame[f] for f in frames},
        ))
    named = tuple(
        (lx.name, lx.sha256) if isinstance(lx, Lexicon) else (str(lx[0]), str(lx[1])) for lx in lexicons
    )
    return Table(by=keys, metric=measure.name, frames=frames, rows=tuple(rows), lexicons=named)


def compare(
    scored: Iterable[ScoredStatement],
    frames: Sequence[str],
    *,
    by: Sequence[str] = ("actor",),
    metric: str = "share",
    lexicons: Iterable[Lexicon | tuple[str, str]] = (),
) -> Table:
    """Compare groups of statements frame by frame.

    Parameters
    ----------
    scored : statements with their hits, e.g. from :func:`framing.pipeline.analyse`.
    frames : the columns, in order; hits of other frames are ignored.
    by : statement fields to group by, from :data:`GROUP_KEYS`.
    metric : a name in :data:`METRICS`: ``count``, ``per1k`` or ``share``.
    lexicons : the lexicons used (or ``(name, sha256)`` pairs), for provenance.

    Returns
    -------
    Table
        Unrounded values; rows sorted by number of statements (descending),
        then by key.

    Examples
    --------
    >>> from framing.model import Hit, ScoredStatement, Statement
    >>> s = Statement("d", "src", "en", "eu", "EU", "direct", 0, 9, "restraint")
    >>> t = compare([ScoredStatement(s, 1, (Hit("restraint", "restraint", 0, 9),))],
    ...             ["restraint", "terrorism"])
    >>> t.rows[0].key, dict(t.rows[0].values)
    (('eu',), {'restraint': 100.0, 'terrorism': 0.0})
    """
    keys = check_by(by)
    check_metric(metric)
    return table(partial(scored, keys), frames, by=keys, metric=metric, lexicons=lexicons)
