"""Grouping scored statements and measuring frames per group.

The work is a sum: each statement adds to its group's :class:`Counts`
(statements, tokens, hits per frame, statements with the frame), so partial
results from different documents, workers or machines merge by addition
(:func:`merge`). A metric then turns a group's counts into one number per
frame (:data:`METRICS`).

Intervals (``ci``) need more than the sums: each statement's own counts are
kept as a vector (:meth:`Counts.vector`, :func:`collect`), and the bootstrap
(:func:`intervals`, math in :mod:`framing.stats`) resamples the statements of
each group, sums each resample back into :class:`Counts` and applies the same
metric, so every metric gets intervals with no code of its own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Callable, Iterable, Mapping, Sequence

from framing.errors import UsageError
from framing.grouping import check_by, group_key, is_dated
from framing.totals import Totals
from framing.model import AFFIRMED, ATTRIBUTED, NEGATED, Bootstrap, Lexicon, Row, ScoredStatement, Table

#: Statement fields a comparison can group by.
#: Rows resting on fewer statements than this are flagged by default.
MIN_STATEMENTS = 3
#: Bootstrap resamples per group by default ...
RESAMPLES = 1000
#: ... and at most: 100 times the default gives no better interval, only a larger array per group.
MAX_RESAMPLES = 100_000


@dataclass
class Counts(Totals):
    """Mergeable totals of one group."""

    statements: int = 0
    tokens: int = 0
    hits: Counter[str] = field(default_factory=Counter)
    with_frame: Counter[str] = field(default_factory=Counter)
    #: Sum of the hits' lexicon weights per frame (``--metric weighted``).
    weighted: Counter[str] = field(default_factory=Counter)
    #: Matches a negator cancelled, per frame (``--negation exclude``; evidence, never hits).
    cancelled: Counter[str] = field(default_factory=Counter)
    #: The hits per frame that are negated, and attributed (the rest are affirmed).
    negated: Counter[str] = field(default_factory=Counter)
    attributed: Counter[str] = field(default_factory=Counter)

    def add(self, scored: ScoredStatement) -> None:
        """Count one statement in."""
        self.statements += 1
        self.tokens += scored.tokens
        frames = scored.frame_counts()
        self.hits.update(frames)
        self.with_frame.update(frames.keys())
        for hit in scored.hits:
            self.weighted[hit.frame] += hit.weight
            if hit.polarity == NEGATED:
                self.negated[hit.frame] += 1
            elif hit.polarity == ATTRIBUTED:
                self.attributed[hit.frame] += 1
        self.cancelled.update(scored.cancelled_counts())

    def polarity(self, frame: str) -> dict[str, int]:
        """The frame's hits by polarity (:data:`framing.model.POLARITIES`)."""
        negated, attributed = self.negated[frame], self.attributed[frame]
        return {AFFIRMED: self.hits[frame] - negated - attributed, NEGATED: negated, ATTRIBUTED: attributed}

    def vector(self, frames: Sequence[str]) -> list[float]:
        """These counts as one flat list: every number field in field order,
        a per-frame counter as one entry per frame of ``frames``.

        Counts add, so their vectors add; :meth:`from_vector` turns a sum back
        into counts. Generic over the fields, so a field added to this class
        (a number or a ``Counter`` per frame) is carried along.
        """
        out: list[float] = []
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Counter):
                out.extend(value[frame] for frame in frames)
            else:
                out.append(value)
        return out

    @classmethod
    def from_vector(cls, vector: Sequence[float], frames: Sequence[str]) -> Counts:
        """The counts a :meth:`vector` (or a sum of vectors) stands for."""
        # Runs once per bootstrap resample and group: no dataclass machinery.
        counts = object.__new__(cls)
        i, n = 0, len(frames)
        for name, per_frame in _layout(cls):
            if per_frame:
                value: object = Counter()
                dict.update(value, zip(frames, vector[i:i + n]))  # type: ignore[arg-type]
                i += n
            else:
                value = vector[i]
                i += 1
            setattr(counts, name, value)
        return counts


@cache
def _layout(cls: type) -> tuple[tuple[str, bool], ...]:
    """The fields of a counts class: (name, whether it is a Counter per frame)."""
    return tuple((f.name, f.default_factory is Counter) for f in fields(cls))  # type: ignore[comparison-overlap]


Partial = dict[tuple[str, ...], Counts]
#: Per group, one :meth:`Counts.vector` per statement (what the bootstrap resamples).
Units = dict[tuple[str, ...], list[list[float]]]


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


def _weighted(c: Counts, frame: str) -> float:
    return c.weighted[frame]


#: Metrics by name. To add one: a function ``(Counts, frame) -> float`` built
#: from the mergeable counts only, and an entry here.
METRICS: dict[str, Metric] = {
    "count": Metric("count", "term hits in the group's statements (after longest match)", 0, _count),
    "per1k": Metric("per1k", "term hits per 1,000 tokens of the group's statements", 1, _per1k),
    "share": Metric("share", "% of the group's statements with at least one hit", 1, _share),
    "weighted": Metric("weighted", "sum of the lexicon weights of the hits (1 per hit unless the lexicon "
                       "gives weights)", 2, _weighted),
}


def check_metric(metric: str) -> Metric:
    """The metric of that name, or a :class:`UsageError` listing the valid ones."""
    try:
        return METRICS[metric]
    except KeyError:
        raise UsageError(f"unknown metric {metric!r}; choose from: {', '.join(METRICS)}") from None


def check_ci(level: float | None) -> float | None:
    """A confidence level in percent (0 < level < 100), or None for no intervals."""
    if level is not None and not 0 < level < 100:
        raise UsageError(f"--ci must be a percentage between 0 and 100, e.g. 95; got {level:g}")
    return level


def check_options(by: Sequence[str], metric: str, ci: float | None, resamples: int, seed: int,
                  min_statements: int) -> tuple[str, ...]:
    """Check the options of a comparison; the grouping keys."""
    keys = check_by(by)
    check_metric(metric)
    check_ci(ci)
    check_count("--resamples", resamples, 1, MAX_RESAMPLES)
    check_count("--seed", seed, 0)
    check_count("--min-statements", min_statements, 0)
    return keys


def check_count(name: str, value: int, least: int, most: int | None = None) -> int:
    """``value`` if it is at least ``least`` (and at most ``most``), else a :class:`UsageError` naming the option."""
    if value < least:
        raise UsageError(f"{name} must be {least} or more, got {value}")
    if most is not None and value > most:
        raise UsageError(f"{name} must be between {least:,} and {most:,}, got {value:,}")
    return value


def partial(scored: Iterable[ScoredStatement], by: Sequence[str] = ("actor",)) -> Partial:
    """Counts per group key for some statements (the map step)."""
    return collect(scored, by)[0]


def collect(
    scored: Iterable[ScoredStatement], by: Sequence[str] = ("actor",), frames: Sequence[str] | None = None
) -> tuple[Partial, Units]:
    """Counts per group and, when ``frames`` is given, each statement's vector.

    One pass over the statements. Both parts merge by addition across
    workers: counts with :func:`merge`, units by concatenating the lists.
    """
    keys = check_by(by)
    groups: Partial = {}
    units: Units = {}
    for item in scored:
        key = group_key(item.statement, keys)
        groups.setdefault(key, Counts()).add(item)
        if frames is not None:
            one = Counts()
            one.add(item)
            units.setdefault(key, []).append(one.vector(frames))
    return groups, units


def intervals(
    units: Mapping[tuple[str, ...], Sequence[Sequence[float]]],
    frames: Sequence[str],
    *,
    metric: str = "share",
    level: float = 95.0,
    resamples: int = RESAMPLES,
    seed: int = 0,
) -> dict[tuple[str, ...], tuple[dict[str, float], dict[str, float]]]:
    """Bootstrap interval of every value of every group: ``{key: (low, high)}``.

    The statements of each group are resampled with replacement
    (``resamples`` times), each resample is summed into :class:`Counts` and
    measured with ``metric``; the interval is the central ``level`` % of
    those values (percentile bootstrap). Each group has its own random
    stream from ``seed`` and its key (:func:`framing.stats.group_rng`), and
    its statements are put in a canonical order first, so the result depends
    only on the group's statements, not on their order or on other groups.
    """
    import numpy as np

    from framing.stats import bootstrap_interval, group_rng

    measure = check_metric(metric)
    check_ci(level)
    check_count("--resamples", resamples, 1)
    frames = tuple(frames)
    out = {}
    for key in sorted(units):
        rows = units[key]
        integral = all(float(v).is_integer() for row in rows for v in row)
        matrix = np.array(rows, dtype=np.int64 if integral else np.float64)
        matrix = matrix[np.lexsort(matrix.T[::-1])]

        def statistic(total: np.ndarray) -> list[float]:
            counts = Counts.from_vector(total.tolist(), frames)
            return [measure.value(counts, f) for f in frames]

        low, high = bootstrap_interval(matrix, statistic, level=level, resamples=resamples,
                                       rng=group_rng(seed, key))
        out[key] = ({f: float(v) for f, v in zip(frames, low)}, {f: float(v) for f, v in zip(frames, high)})
    return out


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
    ci: Bootstrap | None = None,
    bounds: Mapping[tuple[str, ...], tuple[Mapping[str, float], Mapping[str, float]]] | None = None,
    min_statements: int = MIN_STATEMENTS,
) -> Table:
    """A :class:`Table` from merged counts; rows by statements desc, then key.

    ``bounds`` are the intervals from :func:`intervals` and ``ci`` how they
    were made; rows with fewer than ``min_statements`` statements are flagged.
    """
    keys = check_by(by)
    measure = check_metric(metric)
    check_count("--min-statements", min_statements, 0)
    frames = tuple(frames)
    rows = []
    order = (lambda kv: kv[0]) if is_dated(keys) else (lambda kv: (-kv[1].statements, kv[0]))  # time runs down
    for key, c in sorted(groups.items(), key=order):
        low, high = (bounds or {}).get(key, ({}, {}))
        rows.append(Row(
            key=key,
            statements=c.statements,
            tokens=c.tokens,
            values={f: measure.value(c, f) for f in frames},
            hits={f: c.hits[f] for f in frames},
            with_frame={f: c.with_frame[f] for f in frames},
            cancelled={f: c.cancelled[f] for f in frames},
            polarity={f: c.polarity(f) for f in frames},
            low={f: low[f] for f in frames if f in low},
            high={f: high[f] for f in frames if f in high},
        ))
    named = tuple(
        (lx.name, lx.sha256) if isinstance(lx, Lexicon) else (str(lx[0]), str(lx[1])) for lx in lexicons
    )
    return Table(by=keys, metric=measure.name, frames=frames, rows=tuple(rows), lexicons=named,
                 ci=ci if bounds is not None else None, min_statements=min_statements)


def compare(
    scored: Iterable[ScoredStatement],
    frames: Sequence[str],
    *,
    by: Sequence[str] = ("actor",),
    metric: str = "share",
    lexicons: Iterable[Lexicon | tuple[str, str]] = (),
    ci: float | None = None,
    resamples: int = RESAMPLES,
    seed: int = 0,
    min_statements: int = MIN_STATEMENTS,
) -> Table:
    """Compare groups of statements frame by frame.

    Parameters
    ----------
    scored : statements with their hits, e.g. from :func:`framing.pipeline.analyse`.
    frames : the columns, in order; hits of other frames are ignored.
    by : statement fields to group by, from :data:`GROUP_KEYS`.
    metric : a name in :data:`METRICS`: ``count``, ``per1k`` or ``share``.
    lexicons : the lexicons used (or ``(name, sha256)`` pairs), for provenance.
    ci : confidence level in percent (e.g. 95) for bootstrap intervals of
        every value (:func:`intervals`), or None for none.
    resamples, seed : bootstrap resamples per group, and the random seed.
    min_statements : rows with fewer statements are flagged (not hidden).

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
    keys = check_options(by, metric, ci, resamples, seed, min_statements)
    frames = tuple(frames)
    groups, units = collect(scored, keys, frames if ci is not None else None)
    if ci is None:
        return table(groups, frames, by=keys, metric=metric, lexicons=lexicons, min_statements=min_statements)
    bounds = intervals(units, frames, metric=metric, level=ci, resamples=resamples, seed=seed)
    return table(groups, frames, by=keys, metric=metric, lexicons=lexicons,
                 ci=Bootstrap(level=ci, resamples=resamples, seed=seed), bounds=bounds,
                 min_statements=min_statements)
