"""Statistics behind the tables: bootstrap intervals, log-odds keyness, chi-square.

Pure functions over numpy arrays, no I/O and no knowledge of statements or
frames (:mod:`framing.comparison` and :mod:`framing.keyness` bring those).
Everything random takes a seed or a ``numpy.random.Generator``, so the same
input gives the same numbers, bit for bit, on every run.

Bootstrap
    :func:`bootstrap_interval` resamples the rows (units, e.g. statements)
    of a matrix with replacement, sums each resample and turns the sums into
    statistics; the percentile interval of the replicates is returned.
Keyness
    :func:`log_odds_dirichlet` is the log-odds ratio with an informative
    Dirichlet prior of Monroe, Colaresi & Quinn (2008), "Fightin' words",
    *Political Analysis* 16(4), eq. 16-18, with its z-score;
    :func:`informative_prior` builds the prior from background counts.
Chi-square
    :func:`chi2_2x2` is Pearson's chi-square (no continuity correction) for
    many 2 x 2 tables at once; :func:`chi2_table` tests a whole contingency
    table.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

# Upper bound on the number of cells of one block of resample weights, so
# memory stays flat for large groups (the block size depends only on the
# number of units, so results do not depend on it).
_BLOCK_CELLS = 1 << 22


# -- bootstrap -----------------------------------------------------------------

def group_rng(seed: int, key: Sequence[str]) -> np.random.Generator:
    """A generator for one group: the same seed and key give the same stream.

    Each group draws from its own stream, so its interval does not depend on
    which other groups a table has, nor on their order.

    Examples
    --------
    >>> a = group_rng(0, ("eu",)).integers(0, 100, 3)
    >>> b = group_rng(0, ("eu",)).integers(0, 100, 3)
    >>> bool((a == b).all())
    True
    """
    if seed < 0:
        raise ValueError(f"seed must be 0 or more, got {seed}")
    digest = zlib.crc32("\x1f".join(key).encode("utf-8"))
    return np.random.default_rng([int(seed), digest])


def resample_sums(units: np.ndarray, resamples: int, rng: np.random.Generator) -> np.ndarray:
    """Column sums of ``resamples`` bootstrap resamples of the rows of ``units``.

    Parameters
    ----------
    units : array of shape (n, d)
        One row per resampling unit (a statement), one column per additive
        quantity (statements, tokens, hits of each frame, ...).
    resamples : number of resamples.
    rng : source of randomness (:func:`group_rng`).

    Returns
    -------
    array of shape (resamples, d)
        Row ``b`` is the sum of ``n`` rows drawn with replacement. Integer
        input gives exact integer sums.
    """
    units = np.asarray(units)
    n, d = units.shape
    out = np.zeros((resamples, d), dtype=units.dtype)
    if n == 0:
        return out
    block = max(1, _BLOCK_CELLS // n)
    for first in range(0, resamples, block):
        b = min(block, resamples - first)
        drawn = rng.integers(0, n, size=(b, n))
        # times each unit was drawn in each resample, as a (b, n) matrix
        flat = (drawn + (np.arange(b) * n)[:, None]).ravel()
        weights = np.bincount(flat, minlength=b * n).reshape(b, n).astype(units.dtype)
        # einsum without optimisation runs numpy's own loops, not BLAS, so
        # float sums are added in one fixed order on every machine.
        out[first:first + b] = np.einsum("bn,nd->bd", weights, units, optimize=False)
    return out


def percentile_interval(replicates: np.ndarray, level: float) -> tuple[np.ndarray, np.ndarray]:
    """The central ``level`` % interval of replicates (rows) per column.

    Both ends are replicate values, the lower end rounded down and the upper
    end rounded up between order statistics: never narrower than the
    interpolated interval, and always a value the statistic can take (a share
    of 6 statements is a multiple of 1/6).
    """
    tail = (100.0 - level) / 2.0
    replicates = np.asarray(replicates, dtype=float)
    low = np.percentile(replicates, tail, axis=0, method="lower")
    high = np.percentile(replicates, 100.0 - tail, axis=0, method="higher")
    return low, high


def bootstrap_interval(
    units: np.ndarray,
    statistic: Callable[[np.ndarray], Sequence[float]],
    *,
    level: float = 95.0,
    resamples: int = 1000,
    rng: np.random.Generator,
) -> tuple[np.ndarray, np.ndarray]:
    """Percentile bootstrap interval of statistics of summed units.

    Parameters
    ----------
    units : array of shape (n, d), one row per unit (see :func:`resample_sums`).
    statistic : maps one vector of column sums (d,) to the statistics (k,),
        e.g. the share of statements with each frame.
    level : coverage in percent, between 0 and 100.
    resamples : number of bootstrap resamples.
    rng : source of randomness (:func:`group_rng`).

    Returns
    -------
    (low, high) : arrays of shape (k,)

    Examples
    --------
    >>> units = np.array([[1, 1], [1, 0], [1, 0], [1, 1]])  # statements, with frame
    >>> low, high = bootstrap_interval(units, lambda s: [100 * s[1] / s[0]], rng=group_rng(0, ("g",)))
    >>> float(low[0]) <= 50.0 <= float(high[0])
    True
    """
    sums = resample_sums(units, resamples, rng)
    replicates = np.array([statistic(row) for row in sums], dtype=float)
    if replicates.ndim == 1:
        replicates = replicates[:, None]
    return percentile_interval(replicates, level)


# -- keyness: log-odds ratio with an informative Dirichlet prior -----------------

@dataclass(frozen=True)
class LogOdds:
    """Per-feature results of :func:`log_odds_dirichlet` (arrays of one shape)."""

    delta: np.ndarray  #: log-odds ratio, group i over group j
    variance: np.ndarray  #: its approximate variance
    z: np.ndarray  #: delta / sqrt(variance)


def informative_prior(background: np.ndarray, total: float | None = None,
                      size: float | None = None) -> tuple[np.ndarray, float]:
    """An informative Dirichlet prior: ``alpha_w`` proportional to background counts.

    Parameters
    ----------
    background : counts of each feature in the background (the corpus).
    total : the background's size (tokens); default the sum of the counts.
        Give it when features do not exhaust the tokens (frame hits).
    size : ``alpha_0``, the prior's total weight. Default ``total``: the
        background counts are the prior as they are, the usual choice when
        the background is the corpus the groups come from. A smaller size
        shrinks less.

    Returns
    -------
    (alpha, alpha_0) : ``alpha_w = alpha_0 * background_w / total``.
    """
    background = np.asarray(background, dtype=float)
    total = float(background.sum()) if total is None else float(total)
    if total == 0:
        return np.zeros_like(background), 0.0
    size = total if size is None else float(size)
    return background * (size / total), size


def log_odds_dirichlet(
    y_i: np.ndarray, n_i: float, y_j: np.ndarray, n_j: float, alpha: np.ndarray, alpha0: float
) -> LogOdds:
    r"""Log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008).

    For each feature w, with counts ``y`` in groups i and j of sizes ``n``
    and prior ``alpha_w`` of total ``alpha_0``:

    .. math::

        \delta_w = \log\frac{y^i_w + \alpha_w}{n^i + \alpha_0 - y^i_w - \alpha_w}
                 - \log\frac{y^j_w + \alpha_w}{n^j + \alpha_0 - y^j_w - \alpha_w}

        \sigma^2(\delta_w) \approx \frac{1}{y^i_w + \alpha_w} + \frac{1}{y^j_w + \alpha_w}
        \qquad z_w = \delta_w / \sqrt{\sigma^2(\delta_w)}

    Natural logarithms. A feature with no count and no prior anywhere gets
    ``delta = z = 0`` (there is nothing to compare).

    Examples
    --------
    >>> r = log_odds_dirichlet(np.array([3.0]), 10, np.array([1.0]), 10, np.array([4.0]), 20)
    >>> round(float(r.delta[0]), 4), round(float(r.z[0]), 4)
    (0.4199, 0.717)
    """
    y_i, y_j, alpha = (np.asarray(a, dtype=float) for a in (y_i, y_j, alpha))
    a_i, a_j = y_i + alpha, y_j + alpha
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log(a_i / (n_i + alpha0 - a_i)) - np.log(a_j / (n_j + alpha0 - a_j))
        variance = 1.0 / a_i + 1.0 / a_j
        z = delta / np.sqrt(variance)
    empty = (a_i <= 0) | (a_j <= 0)
    delta = np.where(empty, 0.0, delta)
    z = np.where(empty, 0.0, z)
    variance = np.where(empty, np.inf, variance)
    return LogOdds(delta=delta, variance=variance, z=z)


# -- chi-square ------------------------------------------------------------------

def chi2_2x2(a: np.ndarray, b: np.ndarray, c: np.ndarray, d: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pearson chi-square (1 df, no continuity correction) and p-value of 2 x 2 tables.

    Each table is ``[[a, b], [c, d]]``, e.g. group i's hits and other tokens
    over group j's. A table with an empty row or column gives chi2 0, p 1.

    Examples
    --------
    >>> chi2, p = chi2_2x2(np.array([10]), np.array([90]), np.array([20]), np.array([80]))
    >>> round(float(chi2[0]), 4), round(float(p[0]), 4)
    (3.9216, 0.0477)
    """
    from scipy.stats import chi2 as chi2_dist

    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    n = a + b + c + d
    margins = (a + b) * (c + d) * (a + c) * (b + d)
    with np.errstate(divide="ignore", invalid="ignore"):
        stat = np.where(margins > 0, n * (a * d - b * c) ** 2 / margins, 0.0)
    return stat, chi2_dist.sf(stat, 1)


@dataclass(frozen=True)
class Chi2Test:
    """A chi-square test of independence of a contingency table."""

    statistic: float
    dof: int
    p: float
    rows: int  #: rows and columns tested (all-zero ones are left out)
    columns: int


def chi2_table(counts: np.ndarray) -> Chi2Test | None:
    """Pearson chi-square test of independence of a groups x features table.

    Rows and columns that are all zero are left out (they have no expected
    count); None when fewer than two rows or columns remain.
    """
    from scipy.stats import chi2_contingency

    counts = np.asarray(counts, dtype=float)
    if counts.ndim != 2:
        return None
    counts = counts[counts.sum(axis=1) > 0]
    counts = counts[:, counts.sum(axis=0) > 0] if counts.size else counts
    if counts.shape[0] < 2 or counts.shape[1] < 2:
        return None
    result = chi2_contingency(counts, correction=False)
    return Chi2Test(float(result.statistic), int(result.dof), float(result.pvalue), *counts.shape)
