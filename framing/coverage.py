"""What a lexicon misses: statements that hit no frame, and their most frequent words.

``framing lexicons coverage`` groups statements (by actor and language by
default), counts those without a single hit, and lists the content words
that are most frequent in them, so a user sees which vocabulary the lexicon
does not cover. Like :mod:`framing.comparison` it is a sum: per-group
:class:`Coverage` counts merge by addition, so the map over documents stays
streaming and parallel.

Content words are word tokens counted in their normalised form (as the
matcher sees them) and shown as most often written, without numbers,
one-letter tokens, the stopwords of the language (:func:`stopwords`) and the
negators of :mod:`framing.languages`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from framing import languages
from framing.comparison import check_by
from framing.model import ScoredStatement
from framing.text import WORD_RE

# Function words per language. scikit-learn's English list plus reporting
# words every news statement has; short Arabic and Russian lists of
# particles, pronouns and prepositions (normalised as the language does).
_AR = """في من إلى الى على عن مع هذا هذه ذلك تلك التي الذي الذين ان أن إن كان كانت قد لقد ما لا لم لن جميع كافة
هو هي هم نحن انا أنا انت أنت كل بعد قبل حتى او أو ثم بين عند كما اي أي وقد فقد ايضا أيضا لكن بل
منذ خلال حول ضد دون غير له لها لهم به بها فيه فيها منه منها عليه عليها اليوم امس أمس قال قالت وقال وقالت
يكون تكون التى وهو وهي عبر لدى""".split()
_RU = """и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было
вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять
уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без
будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти
мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше
тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть
том нельзя такой им более всегда конечно всю между это заявил заявила сказал сказала также""".split()


def _english() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "say", "told", "added", "also", "would", "could",
                                            "will", "s", "t", "mr", "ms"}


def stopwords(lang: str) -> frozenset[str]:
    """The words never listed as content words in ``lang`` (normalised)."""
    language = languages.get(lang)
    base: Iterable[str] = {"ar": _AR, "ru": _RU}.get(lang, ())
    words = _english() if lang not in ("ar", "ru") else frozenset()
    return frozenset(language.normalize(w) for w in (*words, *base)) | frozenset(language.negators)


@dataclass
class Coverage:
    """Mergeable totals of one group."""

    statements: int = 0
    unmatched: int = 0
    tokens: int = 0
    words: Counter[str] = field(default_factory=Counter)            # normalised word -> count
    forms: Counter[tuple[str, str]] = field(default_factory=Counter)  # (normalised, as written) -> count

    def add(self, scored: ScoredStatement, stop: frozenset[str]) -> None:
        """Count one statement in; its words only if it hit no frame."""
        self.statements += 1
        self.tokens += scored.tokens
        if scored.hits:
            return
        self.unmatched += 1
        normalize = languages.get(scored.statement.lang).normalize
        for match in WORD_RE.finditer(scored.statement.text):
            word = normalize(match.group())
            if len(word) > 1 and not word.isdigit() and word not in stop:
                self.words[word] += 1
                self.forms[(word, match.group().lower())] += 1

    def merge(self, other: Coverage) -> None:
        """Add another group's totals to these."""
        self.statements += other.statements
        self.unmatched += other.unmatched
        self.tokens += other.tokens
        self.words.update(other.words)
        self.forms.update(other.forms)

    def shown(self, word: str) -> str:
        """A normalised word as it is most often written (ties: alphabetical)."""
        written = [(n, form) for (norm, form), n in self.forms.items() if norm == word]
        return min(written, key=lambda nf: (-nf[0], nf[1]))[1] if written else word

    @property
    def share(self) -> float:
        """% of the group's statements with no hit."""
        return 100 * self.unmatched / self.statements if self.statements else 0.0


def coverage(scored: Iterable[ScoredStatement], by: Sequence[str] = ("actor", "lang")) -> dict[tuple[str, ...], Coverage]:
    """Coverage per group (keys from :data:`framing.comparison.GROUP_KEYS`), plus ``()`` for all statements."""
    keys = check_by(by)
    groups: dict[tuple[str, ...], Coverage] = {}
    total = Coverage()
    stops: dict[str, frozenset[str]] = {}
    for item in scored:
        lang = item.statement.lang
        if lang not in stops:
            stops[lang] = stopwords(lang)
        key = tuple(getattr(item.statement, k) for k in keys)
        groups.setdefault(key, Coverage()).add(item, stops[lang])
        total.add(item, stops[lang])
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
        words = ", ".join(f"{c.shown(w)} ({n})" for w, n in top_words(c.words, top))
        rows.append([*key, c.statements, c.unmatched, f"{c.share:.1f}", words])
    return headers, rows
