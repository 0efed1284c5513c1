"""What a lexicon misses: statements that hit no frame, and their most frequent words.

``framing lexicons coverage`` groups statements (by actor and language by
default), counts those without a single hit, and lists the content words
that are most frequent in them, so a user sees which vocabulary the lexicon
does not cover. Like :mod:`framing.comparison` it is a sum: per-group
:class:`Coverage` counts merge by addition, so the map over documents stays
streaming and parallel.

Content words are word tokens counted in their normalised form (as the
matcher sees them) and shown as most often written, without numbers,
one-letter tokens and the stopwords of the language
(:mod:`framing.languages.stopwords`, which include its negators).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from framing.grouping import check_by, group_key
from framing.languages.stopwords import is_stopword
from framing.model import ScoredStatement
from framing.totals import Totals, count_words
from framing.text import most_written


@dataclass
class Coverage(Totals):
    """Mergeable totals of one group."""

    statements: int = 0
    unmatched: int = 0
    tokens: int = 0
    words: Counter[str] = field(default_factory=Counter)            # normalised word -> count
    forms: Counter[tuple[str, str]] = field(default_factory=Counter)  # (normalised, as written) -> count

    def add(self, scored: ScoredStatement) -> None:
        """Count one statement in; its words only if it hit no frame."""
        self.statements += 1
        self.tokens += scored.tokens
        if scored.hits:
            return
        self.unmatched += 1
        lang = scored.statement.lang
        count_words(scored.statement.text, lang, self.words, self.forms,
                    lambda word: len(word) > 1 and not word.isdigit() and not is_stopword(word, lang))

    def shown(self, word: str) -> str:
        """A normalised word as it is most often written (ties: alphabetical)."""
        return most_written(self.forms).get(word, word)

    @property
    def share(self) -> float:
        """% of the group's statements with no hit."""
        return 100 * self.unmatched / self.statements if self.statements else 0.0


def coverage(scored: Iterable[ScoredStatement], by: Sequence[str] = ("actor", "lang")) -> dict[tuple[str, ...], Coverage]:
    """Coverage per group (keys from :data:`framing.comparison.GROUP_KEYS`), plus ``()`` for all statements."""
    keys = check_by(by)
    groups: dict[tuple[str, ...], Coverage] = {}
    total = Coverage()
    for item in scored:
        key = group_key(item.statement, keys)
        groups.setdefault(key, Coverage()).add(item)
        total.add(item)
    groups[()] = total
    return groups


def top_words(words: Counter[str], n: int) -> list[tuple[str, int]]:
    """The ``n`` most frequent words, ties in alphabetical order (deterministic)."""
    return sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def coverage_rows(groups: dict[tuple[str, ...], Coverage], by: Sequence[str], top: int = 10
                  ) -> tuple[list[str], list[list[object]]]:
    """Header and rows for rendering: the groups by statements (desc), then an ``(all)`` row."""
    keys = check_by(by)
    headers = [*keys, "statements", "unmatched", "unmatched_pct", "top_unmatched_words"]
    rows = []
    ordered = sorted(((k, c) for k, c in groups.items() if k), key=lambda kv: (-kv[1].statements, kv[0]))
    if () in groups:
        ordered.append((tuple("(all)" for _ in keys), groups[()]))
    for key, c in ordered:
        shown = most_written(c.forms)
        words = ", ".join(f"{shown.get(w, w)} ({n})" for w, n in top_words(c.words, top))
        rows.append([*key, c.statements, c.unmatched, f"{c.share:.1f}", words])
    return headers, rows
