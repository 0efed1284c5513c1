"""Keyness: the frames and words that set each group apart, for any number of groups.

Every group is compared with every other group and with the rest (all other
groups pooled) by the log-odds ratio with an informative Dirichlet prior of
Monroe, Colaresi & Quinn (2008) and its z-score (:func:`framing.stats.log_odds_dirichlet`).
The prior is the corpus itself: ``alpha_w`` is feature w's count in all
groups together, rescaled to ``prior`` when one is given.

Frames
    ``y`` is a group's hits of the frame and ``n`` its tokens: the odds that
    a token is one of the frame's terms. Each comparison also has Pearson's
    chi-square of the 2 x 2 table (hits, other tokens) x (group, versus)
    with its p-value, and the whole groups x frames table of hits gets one
    chi-square test of independence.
Words
    ``y`` is a group's count of the word (normalised like lexicon terms:
    case-folded, Arabic diacritics removed) and ``n`` its tokens. Only words
    the group uses and over-uses (z > 0) are kept, the ``top`` highest.
    Stopwords (:mod:`framing.languages.stopwords`) are left out unless
    ``keep_stopwords``; the other words' numbers are the same either way, as
    ``n`` counts every token. A word is shown as it is most often written in
    the corpus (lower-cased): Arabic "على", not its normalised key "علي".

Counting is a sum per group (:class:`GroupTotals`), mergeable like
:class:`framing.comparison.Counts`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from framing.comparison import check_count
from framing.grouping import check_by, group_key
from framing.errors import UsageError
from framing.model import ScoredStatement
from framing.totals import Totals, count_words

if TYPE_CHECKING:
    from framing.stats import Chi2Test

#: Values of ``--against``: the rest, each other group, or both.
AGAINST = ("rest", "each", "both")
#: Words shown per comparison by default.
TOP = 10


@dataclass
class GroupTotals(Totals):
    """Mergeable totals of one group: statements, tokens, frame hits, words."""

    statements: int = 0
    tokens: int = 0
    frames: Counter[str] = field(default_factory=Counter)
    words: Counter[str] = field(default_factory=Counter)              # normalised word -> count
    forms: Counter[tuple[str, str]] = field(default_factory=Counter)  # (normalised, as written) -> count
    stop: set[str] = field(default_factory=set)                       # words read as stopwords of their language

    def add(self, scored: ScoredStatement) -> None:
        """Count one statement in."""
        from framing.languages.stopwords import is_stopword

        s = scored.statement
        self.statements += 1
        self.tokens += scored.tokens
        self.frames.update(h.frame for h in scored.hits)
        self.stop.update(w for w in count_words(s.text, s.lang, self.words, self.forms) if is_stopword(w, s.lang))


def count_groups(scored: Iterable[ScoredStatement], by: Sequence[str] = ("actor",)) -> dict[tuple[str, ...], GroupTotals]:
    """Totals per group key (the map step)."""
    keys = check_by(by)
    groups: dict[tuple[str, ...], GroupTotals] = {}
    for item in scored:
        groups.setdefault(group_key(item.statement, keys), GroupTotals()).add(item)
    return groups


@dataclass(frozen=True)
class Group:
    """A group compared: its key and size."""

    key: tuple[str, ...]
    statements: int
    tokens: int


@dataclass(frozen=True)
class KeyFeature:
    """One frame or word in one comparison of a group with another group or the rest.

    ``count``/``total`` are the group's hits (or word count) and tokens,
    ``count_versus``/``total_versus`` the other side's. ``log_odds`` and
    ``z`` are positive when the group uses the feature more. ``chi2``/``p``
    are given for frames only.
    """

    group: tuple[str, ...]
    versus: tuple[str, ...] | None
    kind: str
    feature: str
    count: int
    total: int
    count_versus: int
    total_versus: int
    log_odds: float
    z: float
    chi2: float | None = None
    p: float | None = None

    @property
    def versus_label(self) -> str:
        """The other side as shown: a group key joined by ``,``, or ``rest``."""
        return "rest" if self.versus is None else ",".join(self.versus)


@dataclass(frozen=True)
class Keyness:
    """Every comparison's frames (all, by z) and top words, and the table test."""

    by: tuple[str, ...]
    frames: tuple[str, ...]
    groups: tuple[Group, ...]
    prior: float | None
    features: tuple[KeyFeature, ...]
    table_test: Chi2Test | None
    keep_stopwords: bool = False

    @property
    def prior_label(self) -> str:
        """How the prior was set, as shown."""
        return "corpus counts" if self.prior is None else f"corpus proportions x {self.prior:g}"


def keyness(
    groups: Mapping[tuple[str, ...], GroupTotals],
    frames: Sequence[str],
    *,
    by: Sequence[str] = ("actor",),
    against: str = "both",
    top: int = TOP,
    prior: float | None = None,
    only: Sequence[tuple[str, ...]] | None = None,
    keep_stopwords: bool = False,
) -> Keyness:
    """Compare every group with the rest and with each other group.

    Parameters
    ----------
    groups : totals per group key (:func:`count_groups`); two or more.
    frames : the lexicon's frame ids, in order.
    by : the fields the keys are made of.
    against : ``rest``, ``each`` or ``both`` (see :data:`AGAINST`).
    top : words per comparison (0 for frames only).
    prior : ``alpha_0``; None uses the corpus counts as the prior.
    only : compare only these groups with the others (all by default).
    keep_stopwords : list stopwords among the words too (left out by default).

    Returns
    -------
    Keyness
        Comparisons in group order (statements desc, then key), each group
        first against the rest, then against each other group.
    """
    import numpy as np

    from framing.stats import chi2_2x2, chi2_table, informative_prior, log_odds_dirichlet

    keys = check_by(by)
    if against not in AGAINST:
        raise UsageError(f"unknown --against {against!r}; choose from: {', '.join(AGAINST)}")
    check_count("--top", top, 0)
    if prior is not None and prior <= 0:
        raise UsageError(f"--prior must be more than 0, got {prior:g}")
    if len(groups) < 2:
        raise UsageError(f"keyness needs at least two groups to compare; found {len(groups)}")
    ordered = sorted(groups, key=lambda k: (-groups[k].statements, k))
    chosen = ordered if only is None else [k for k in ordered if k in set(map(tuple, only))]
    if only is not None and len(chosen) != len(set(map(tuple, only))):
        missing = sorted(",".join(k) for k in set(map(tuple, only)) - set(ordered))
        raise UsageError(f"no such group: {', '.join(missing)}; groups: {', '.join(','.join(k) for k in ordered)}")
    frames = tuple(frames)
    words = _words(groups.values(), keep_stopwords)
    shown = _shown(groups.values())
    index = {k: i for i, k in enumerate(ordered)}
    tokens = np.array([groups[k].tokens for k in ordered], dtype=float)
    frame_counts = np.array([[groups[k].frames[f] for f in frames] for k in ordered], dtype=float)
    word_counts = np.array([[groups[k].words[w] for w in words] for k in ordered], dtype=float)
    total_tokens = float(tokens.sum())
    frame_prior = informative_prior(frame_counts.sum(axis=0), total_tokens, prior)
    word_prior = informative_prior(word_counts.sum(axis=0), total_tokens, prior)

    features: list[KeyFeature] = []
    for key in chosen:
        i = index[key]
        others: list[tuple[str, ...] | None] = []
        if against in ("rest", "both"):
            others.append(None)
        if against in ("each", "both"):
            others.extend(k for k in ordered if k != key)
        for other in others:
            if other is None:
                n_j = total_tokens - tokens[i]
                f_j, w_j = frame_counts.sum(axis=0) - frame_counts[i], word_counts.sum(axis=0) - word_counts[i]
            else:
                j = index[other]
                n_j, f_j, w_j = tokens[j], frame_counts[j], word_counts[j]
            n_i, f_i, w_i = tokens[i], frame_counts[i], word_counts[i]
            side = dict(group=key, versus=other, total=int(n_i), total_versus=int(n_j))
            lo = log_odds_dirichlet(f_i, n_i, f_j, n_j, *frame_prior)
            chi2, p = chi2_2x2(f_i, n_i - f_i, f_j, n_j - f_j)
            rows = [KeyFeature(kind="frame", feature=f, count=int(f_i[x]), count_versus=int(f_j[x]),
                               log_odds=float(lo.delta[x]), z=float(lo.z[x]), chi2=float(chi2[x]),
                               p=float(p[x]), **side)  # type: ignore[arg-type]
                    for x, f in enumerate(frames)]
            features.extend(sorted(rows, key=lambda r: (-r.z, r.feature)))
            if top and words:
                lo = log_odds_dirichlet(w_i, n_i, w_j, n_j, *word_prior)
                picked = [x for x in np.flatnonzero((w_i > 0) & (lo.z > 0))]
                picked.sort(key=lambda x: (-lo.z[x], words[x]))
                features.extend(
                    KeyFeature(kind="word", feature=shown.get(words[x], words[x]), count=int(w_i[x]),
                               count_versus=int(w_j[x]), log_odds=float(lo.delta[x]), z=float(lo.z[x]),
                               **side)  # type: ignore[arg-type]
                    for x in picked[:top])
    return Keyness(
        by=keys, frames=frames,
        groups=tuple(Group(k, groups[k].statements, groups[k].tokens) for k in ordered),
        prior=prior, features=tuple(features), table_test=chi2_table(frame_counts), keep_stopwords=keep_stopwords,
    )


def _words(groups: Iterable[GroupTotals], keep_stopwords: bool) -> list[str]:
    """The words compared, sorted: all the groups use, without stopwords unless kept."""
    groups = list(groups)
    used = set().union(*(g.words for g in groups))
    if not keep_stopwords:
        used -= set().union(*(g.stop for g in groups))
    return sorted(used)


def _shown(groups: Iterable[GroupTotals]) -> dict[str, str]:
    """Each word as it is most often written in all the groups together."""
    from framing.text import most_written

    forms: Counter[tuple[str, str]] = Counter()
    for g in groups:
        forms.update(g.forms)
    return most_written(forms)
