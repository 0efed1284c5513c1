"""Negation settings compiled for the matcher: which tokens negate a following term.

A lexicon frame's :class:`~framing.model.Negation` (or the language defaults
of :mod:`framing.languages`) becomes a :class:`NegationRule` per language:
normalised negator words, contraction endings (``n't``, seen from its last
token ``t``), negator-led phrases that do not negate (``not only``), the
proclitics a negator may carry (Arabic ``ولا``), the contrast words that end
a negator's scope (``but``, ``بل``) and the window in tokens. The scan in
:mod:`framing.lexicon.patterns` applies it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from framing import languages
from framing.model import EXCLUDE, Negation
from framing.text import WORD_RE


@dataclass(frozen=True, slots=True)
class NegationRule:
    """One negation setting of one language, ready for the scan (all words normalised)."""

    window: int
    negators: frozenset[str]                              # normalised single words
    contractions: dict[str, tuple[str, ...]]              # last word ("t") -> endings ("n't")
    pseudo: dict[str, tuple[tuple[str, ...], ...]]        # negator -> following words that cancel it
    proclitics: tuple[str, ...]
    stops: frozenset[str]                                 # words that end a negator's scope
    transparent: frozenset[str] = frozenset()             # words a negator's scope passes over ("a", "any")
    adjective_endings: tuple[str, ...] = ()               # a term after its noun ("عملية إرهابية")
    governed_by: tuple[str, ...] = ()                     # proclitics that make the term a complement
    exclude: bool = False                                 # a negated match is cancelled, not a negated hit


def negation_rule(code: str, negation: Negation | None) -> NegationRule | None:
    """The rule for terms of language ``code`` of a frame with this setting; None when off."""
    language, polarity = languages.get(code), languages.polarity(code)
    window = language.negation_window
    negators: Iterable[str] = language.negators
    pseudo: Iterable[str] = language.pseudo_negators
    exclude = False
    if negation is not None:
        exclude = negation.mode == EXCLUDE
        if negation.window is not None:
            window = negation.window
        negators = negation.negators.get(code, negators)
        pseudo = negation.pseudo.get(code, pseudo)
    if window <= 0:
        return None
    words: set[str] = set()
    contractions: dict[str, list[str]] = {}
    for entry in negators:
        norm = language.normalize(entry.strip())
        parts = WORD_RE.findall(norm)
        if len(parts) == 1 and parts[0] == norm:
            words.add(norm)
        elif parts:  # "n't": the end of a contraction, seen from its last token "t"
            contractions.setdefault(parts[-1], []).append(norm)
    tails: dict[str, list[tuple[str, ...]]] = {}
    for phrase in pseudo:
        parts = [language.normalize(w) for w in WORD_RE.findall(phrase)]
        if len(parts) > 1:
            tails.setdefault(parts[0], []).append(tuple(parts[1:]))
    return NegationRule(
        window=window,
        negators=frozenset(words),
        contractions={k: tuple(v) for k, v in sorted(contractions.items())},
        pseudo={k: tuple(v) for k, v in sorted(tails.items())},
        proclitics=tuple(language.negator_proclitics),
        stops=frozenset(language.normalize(w) for w in language.negation_stops),
        transparent=polarity.transparent,
        adjective_endings=polarity.adjective_endings,
        governed_by=polarity.governed_by,
        exclude=exclude,
    )


def negation_key(negation: Negation | None) -> object:
    """A hashable key: frames with equal settings share one compiled rule."""
    if negation is None:
        return None
    return (negation.window, tuple(sorted((k, tuple(v)) for k, v in negation.negators.items())),
            tuple(sorted((k, tuple(v)) for k, v in negation.pseudo.items())), negation.mode)


def negator_words(rule: NegationRule) -> list[str]:
    """Every normalised token that may be a negator under ``rule``: the words, with their
    proclitics, and the last word of each contraction ("t" of "n't")."""
    words = [clitic + word for word in rule.negators for clitic in ("",) + rule.proclitics]
    return words + list(rule.contractions)
