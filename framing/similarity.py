"""Which groups talk alike: cosine similarity of frame profiles, and their clustering.

A group's profile is its row of a comparison table (the values of every
frame under the table's metric, e.g. the share of its statements invoking
each frame). :func:`similarity` gives the group x group cosine similarity
(scikit-learn) and orders the groups by average-linkage hierarchical
clustering on cosine distance, with optimal leaf ordering (scipy), so that
groups that talk alike sit next to each other.

A group with no hits at all has a zero profile, with no direction: its
similarity with every other group is 0 (scikit-learn's convention), and 1
with itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from framing.errors import UsageError
from framing.model import Table

#: Linkage methods of ``scipy.cluster.hierarchy.linkage`` that take any distance.
METHODS = ("average", "complete", "single", "weighted")


def check_method(method: str) -> str:
    """A clustering method of :data:`METHODS` (``--linkage``)."""
    if method not in METHODS:
        from framing.errors import UsageError

        raise UsageError(f"unknown --linkage {method!r}; choose from: {', '.join(METHODS)}")
    return method


@dataclass(frozen=True)
class Merge:
    """One step of the clustering: two clusters (their labels) joined at a distance."""

    left: tuple[str, ...]
    right: tuple[str, ...]
    distance: float


@dataclass(frozen=True)
class Similarity:
    """Cosine similarity of the groups' frame profiles, in clustering order.

    ``keys``, ``statements``, ``flagged`` (fewer statements than the
    table's ``min_statements``) and the rows and columns of ``matrix``
    follow ``labels`` (the clustering's leaf order); ``merges`` are its
    steps.
    """

    by: tuple[str, ...]
    metric: str
    frames: tuple[str, ...]
    method: str
    keys: tuple[tuple[str, ...], ...]
    statements: tuple[int, ...]
    flagged: tuple[bool, ...]
    matrix: tuple[tuple[float, ...], ...]
    merges: tuple[Merge, ...]

    @property
    def labels(self) -> tuple[str, ...]:
        """Group keys as shown (values joined by ``,``)."""
        return tuple(",".join(k) for k in self.keys)


def similarity(table: Table, *, method: str = "average") -> Similarity:
    """Cosine similarity of the rows of ``table`` and their clustering order.

    Examples
    --------
    >>> from framing.model import Row
    >>> def row(actor, a, b): return Row((actor,), 5, 50, {"a": a, "b": b}, {}, {})
    >>> t = Table(("actor",), "share", ("a", "b"), (row("x", 80, 0), row("y", 0, 60), row("z", 60, 10)))
    >>> s = similarity(t)
    >>> s.labels, round(s.matrix[0][1], 3)
    (('y', 'z', 'x'), 0.164)
    """
    import numpy as np
    from scipy.cluster.hierarchy import leaves_list, linkage
    from scipy.spatial.distance import squareform
    from sklearn.metrics.pairwise import cosine_similarity

    if method not in METHODS:
        raise UsageError(f"unknown --linkage {method!r}; choose from: {', '.join(METHODS)}")
    rows = list(table.rows)
    if not rows:
        return Similarity(table.by, table.metric, table.frames, method, (), (), (), (), ())
    profiles = np.array([[row.values[f] for f in table.frames] for row in rows], dtype=float)
    sim = cosine_similarity(profiles) if table.frames else np.zeros((len(rows), len(rows)))
    np.fill_diagonal(sim, 1.0)
    sim = np.clip(sim, -1.0, 1.0)
    order = list(range(len(rows)))
    steps: list[tuple[list[int], list[int], float]] = []
    if len(rows) > 1:
        distance = np.clip(1.0 - sim, 0.0, 2.0)
        distance = (distance + distance.T) / 2
        np.fill_diagonal(distance, 0.0)
        tree = linkage(squareform(distance, checks=False), method=method, optimal_ordering=True)
        order = [int(i) for i in leaves_list(tree)]
        members: list[list[int]] = [[i] for i in range(len(rows))]
        for left, right, height, _ in tree:
            a, b = members[int(left)], members[int(right)]
            steps.append((a, b, float(height)))
            members.append(a + b)
    position = {row: at for at, row in enumerate(order)}
    labels = [",".join(rows[i].key) for i in range(len(rows))]

    def names(group: list[int]) -> tuple[str, ...]:
        return tuple(labels[i] for i in sorted(group, key=position.__getitem__))

    return Similarity(
        by=table.by, metric=table.metric, frames=table.frames, method=method,
        keys=tuple(rows[i].key for i in order),
        statements=tuple(rows[i].statements for i in order),
        flagged=tuple(rows[i].statements < table.min_statements for i in order),
        matrix=tuple(tuple(float(sim[i, j]) for j in order) for i in order),
        merges=tuple(Merge(names(a), names(b), h) for a, b, h in steps),
    )
