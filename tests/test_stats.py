"""stats.py and keyness.py: the Monroe et al. log-odds by hand, chi-square, the bootstrap.

The keyness example below is small enough to do on paper; the numbers in
the assertions were worked out by hand from the formula, not by the code.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from scipy.stats import chi2_contingency

from framing.comparison import compare, intervals
from framing.errors import UsageError
from framing.keyness import GroupTotals, count_groups, keyness
from framing.model import Hit, ScoredStatement, Statement
from framing.stats import (
    bootstrap_interval, chi2_2x2, chi2_table, group_rng, informative_prior, log_odds_dirichlet, resample_sums,
)

ROOT = Path(__file__).resolve().parents[1]

# -- Monroe, Colaresi & Quinn (2008), eq. 16-18, by hand --------------------------------
#
# For feature w, groups i and j with counts y and sizes n, Dirichlet prior alpha_w
# with total alpha_0:
#
#   delta_w = ln[(y_i + a_w) / (n_i + a_0 - y_i - a_w)] - ln[(y_j + a_w) / (n_j + a_0 - y_j - a_w)]
#   var_w   = 1 / (y_i + a_w) + 1 / (y_j + a_w)
#   z_w     = delta_w / sqrt(var_w)
#
# Three groups, two frames; n is the group's tokens, y its hits of the frame:
#
#   group   tokens   x   y
#   A          100  10   2
#   B           50   1   5
#   C           50   4   3
#   corpus     200  15  10      -> informative prior: a_x = 15, a_y = 10, a_0 = 200
#
# A vs rest (B+C: 100 tokens, x = 5), frame x:
#   delta = ln(25/275) - ln(20/280) = ln(1/11) - ln(1/14) = ln(14/11) = 0.241162
#   var   = 1/25 + 1/20 = 0.09, sqrt = 0.3            -> z = 0.241162 / 0.3 = 0.803874
# A vs B, frame x:
#   delta = ln(25/275) - ln(16/234) = ln(234/176) = 0.284837
#   var   = 1/25 + 1/16 = 0.1025                      -> z = 0.284837 / 0.320156 = 0.889682
# B vs C, frame y:
#   delta = ln(15/235) - ln(13/237) = ln(3555/3055) = 0.151575
#   var   = 1/15 + 1/13 = 0.143590                    -> z = 0.151575 / 0.378932 = 0.400007
HAND = {
    (("A",), None, "x"): (0.241162, 0.803874),
    (("A",), ("B",), "x"): (0.284837, 0.889682),
    (("B",), ("C",), "y"): (0.151575, 0.400007),
}


def totals(tokens: int, x: int, y: int, statements: int = 5) -> GroupTotals:
    return GroupTotals(statements=statements, tokens=tokens, frames=Counter({"x": x, "y": y}))


GROUPS = {("A",): totals(100, 10, 2, 9), ("B",): totals(50, 1, 5), ("C",): totals(50, 4, 3, 4)}


def feature(result, group, versus, name):
    (found,) = [f for f in result.features if (f.group, f.versus, f.feature) == (group, versus, name)]
    return found


def test_log_odds_by_hand_three_groups() -> None:
    result = keyness(GROUPS, ("x", "y"), top=0)
    for (group, versus, name), (delta, z) in HAND.items():
        f = feature(result, group, versus, name)
        assert f.log_odds == pytest.approx(delta, abs=1e-6)
        assert f.z == pytest.approx(z, abs=1e-6)
    # every group against the rest and against each other: 3 x (1 + 2) comparisons x 2 frames
    assert len(result.features) == 3 * 3 * 2
    # a pair seen from both sides has the opposite sign
    assert feature(result, ("B",), ("A",), "x").z == pytest.approx(-0.889682, abs=1e-6)
    # groups in table order: statements desc, then key
    assert [g.key for g in result.groups] == [("A",), ("B",), ("C",)]


def test_log_odds_function_matches_the_formula() -> None:
    a, a0 = np.array([15.0, 10.0]), 200.0
    r = log_odds_dirichlet(np.array([10.0, 2.0]), 100, np.array([5.0, 8.0]), 100, a, a0)
    assert r.delta[0] == pytest.approx(math.log(14 / 11))
    assert r.variance[0] == pytest.approx(0.09)
    assert r.z[0] == pytest.approx(math.log(14 / 11) / 0.3)
    # no count and no prior: nothing to compare, not a NaN
    empty = log_odds_dirichlet(np.array([0.0]), 10, np.array([0.0]), 10, np.array([0.0]), 20)
    assert (empty.delta[0], empty.z[0]) == (0.0, 0.0)


def test_prior_size() -> None:
    alpha, a0 = informative_prior(np.array([15, 10]), 200, size=20)
    assert alpha.tolist() == [1.5, 1.0] and a0 == 20
    assert informative_prior(np.array([15, 10]), 200)[0].tolist() == [15.0, 10.0]
    weak = keyness(GROUPS, ("x", "y"), top=0, prior=20, against="rest")
    f = feature(weak, ("A",), None, "x")
    # by hand with a_x = 1.5, a_0 = 20: ln(11.5/108.5) - ln(6.5/113.5), var = 1/11.5 + 1/6.5
    delta = math.log(11.5 / 108.5) - math.log(6.5 / 113.5)
    assert f.log_odds == pytest.approx(delta)
    assert f.z == pytest.approx(delta / math.sqrt(1 / 11.5 + 1 / 6.5))


def test_chi2_2x2_equals_scipy() -> None:
    chi2, p = chi2_2x2(np.array([10, 0]), np.array([90, 50]), np.array([5, 0]), np.array([95, 50]))
    expected = chi2_contingency([[10, 90], [5, 95]], correction=False)
    assert chi2[0] == pytest.approx(expected.statistic) and p[0] == pytest.approx(expected.pvalue)
    assert (chi2[1], p[1]) == (0.0, 1.0)  # an empty column: nothing to test
    f = feature(keyness(GROUPS, ("x", "y"), top=0), ("A",), None, "x")
    ref = chi2_contingency([[10, 90], [5, 95]], correction=False)
    assert (f.chi2, f.p) == (pytest.approx(ref.statistic), pytest.approx(ref.pvalue))


def test_table_chi2() -> None:
    test = chi2_table(np.array([[10, 2, 0], [1, 5, 0], [4, 3, 0], [0, 0, 0]]))
    ref = chi2_contingency([[10, 2], [1, 5], [4, 3]], correction=False)
    assert (test.statistic, test.dof, test.p) == (pytest.approx(ref.statistic), 2, pytest.approx(ref.pvalue))
    assert (test.rows, test.columns) == (3, 2)  # all-zero rows and columns left out
    assert chi2_table(np.array([[1, 2]])) is None
    assert keyness(GROUPS, ("x", "y"), top=0).table_test.dof == 2


def scored(actor: str, text: str, *frames: str, lang: str = "en") -> ScoredStatement:
    s = Statement("d", "Outlet", lang, actor, actor, "direct", 0, len(text), text)
    return ScoredStatement(s, len(text.split()), tuple(Hit(f, f, 0, 1) for f in frames))


def test_words_only_the_groups_own_and_over_used() -> None:
    statements = [
        scored("gov", "Terrorists attacked the city", "terrorism"),
        scored("gov", "the terrorists must be stopped", "terrorism"),
        scored("ngo", "we urge calm and dialogue", "restraint"),
        scored("ngo", "Calm is needed in the city"),
        scored("un", "the UN urges calm"),
    ]
    result = keyness(count_groups(statements), ("terrorism", "restraint"), top=3, against="rest")
    words = {g.key[0]: [f.feature for f in result.features if f.group == g.key and f.kind == "word"]
             for g in result.groups}
    assert words["gov"][0] == "terrorists"  # case-folded, counted twice
    assert "dialogue" in words["ngo"] and "calm" not in words["gov"]
    assert all(f.count > 0 and f.z > 0 for f in result.features if f.kind == "word")
    assert all(f.chi2 is None for f in result.features if f.kind == "word")
    assert len(words["gov"]) <= 3


@pytest.mark.parametrize("kwargs,message", [
    ({"against": "all"}, "unknown --against 'all'; choose from: rest, each, both"),
    ({"top": -1}, "--top must be 0 or more"),
    ({"prior": 0}, "--prior must be more than 0"),
    ({"only": [("Z",)]}, "no such group: Z; groups: A, B, C"),
])
def test_keyness_errors(kwargs, message) -> None:
    with pytest.raises(UsageError, match=message):
        keyness(GROUPS, ("x", "y"), **kwargs)
    with pytest.raises(UsageError, match="at least two groups"):
        keyness({("A",): GROUPS[("A",)]}, ("x", "y"))


def test_only_some_groups() -> None:
    result = keyness(GROUPS, ("x", "y"), top=0, only=[("C",)])
    assert {f.group for f in result.features} == {("C",)}
    assert {f.versus_label for f in result.features} == {"rest", "A", "B"}


# -- bootstrap ---------------------------------------------------------------------------

def test_resample_sums_are_sums_of_drawn_rows() -> None:
    units = np.array([[1, 0], [1, 1], [1, 3]])
    sums = resample_sums(units, 50, group_rng(7, ("g",)))
    assert sums.shape == (50, 2) and (sums[:, 0] == 3).all()  # always n rows drawn
    assert set(sums[:, 1]) <= {0, 1, 2, 3, 4, 5, 6, 7, 9}  # sums of three draws from {0, 1, 3}
    assert resample_sums(np.zeros((0, 2), dtype=int), 4, group_rng(0, ())).tolist() == [[0, 0]] * 4


def test_interval_bounds_are_attainable_and_ordered() -> None:
    units = np.array([[1, 1]] * 2 + [[1, 0]] * 4)  # 2 of 6 statements
    low, high = bootstrap_interval(units, lambda s: [100 * s[1] / s[0]], resamples=500, rng=group_rng(0, ("g",)))
    assert low[0] <= 100 / 3 <= high[0]
    for bound in (low[0], high[0]):
        assert any(math.isclose(bound, 100 * k / 6) for k in range(7))


def shares(n: int, p: float, rng: random.Random, actor: str = "g") -> list[ScoredStatement]:
    return [scored(actor, "word " * 10, *(["f"] if rng.random() < p else [])) for _ in range(n)]


def test_coverage_on_synthetic_data_with_a_known_rate() -> None:
    # 150 samples of 60 statements, each invoking the frame with probability 0.3:
    # the 95% interval of the share should cover 30% in about 95% of them (and
    # not in all of them: the intervals are not uselessly wide).
    rng = random.Random(20220106)
    covered = 0
    replicates = 150
    for seed in range(replicates):
        table = compare(shares(60, 0.3, rng), ("f",), ci=95, resamples=200, seed=seed)
        row = table.rows[0]
        covered += row.low["f"] <= 30.0 <= row.high["f"]
    assert 0.90 <= covered / replicates <= 0.99, covered


def test_interval_depends_only_on_the_groups_statements() -> None:
    rng = random.Random(1)
    a, b = shares(20, 0.4, rng, "a"), shares(15, 0.2, rng, "b")
    alone = compare(a, ("f",), ci=95)
    mixed = list(a + b)
    random.Random(2).shuffle(mixed)
    together = compare(mixed, ("f",), ci=95)
    row_a = [r for r in together.rows if r.key == ("a",)][0]
    assert (row_a.low, row_a.high) == (alone.rows[0].low, alone.rows[0].high)
    assert compare(a, ("f",), ci=95).rows[0] == alone.rows[0]  # the same again
    assert compare(a, ("f",), ci=90).rows[0].high["f"] <= alone.rows[0].high["f"]
    assert together.ci.level == 95 and together.ci.resamples == 1000 and together.ci.seed == 0


def test_intervals_for_every_metric() -> None:
    rng = random.Random(3)
    items = shares(30, 0.5, rng)
    for metric in ("count", "per1k", "share"):
        row = compare(items, ("f",), metric=metric, ci=95).rows[0]
        assert row.low["f"] <= row.values["f"] <= row.high["f"]
    units = {("g",): [[1, 10, 1, 1, 2.5, 0], [1, 10, 0, 0, 0.0, 0]]}
    assert set(intervals(units, ("f",), metric="count", resamples=50)[("g",)][0]) == {"f"}


@pytest.mark.parametrize("kwargs,message", [
    ({"ci": 100}, "--ci must be a percentage between 0 and 100"),
    ({"ci": 95, "resamples": 0}, "--resamples must be 1 or more"),
    ({"ci": 95, "seed": -1}, "--seed must be 0 or more"),
    ({"min_statements": -1}, "--min-statements must be 0 or more"),
])
def test_bad_bootstrap_options(kwargs, message) -> None:
    with pytest.raises(UsageError, match=message):
        compare([], ("f",), **kwargs)
