"""The shape of a language's data on feelings a speaker expresses ("expressed concern over X",
"أعرب عن قلقه إزاء X", "выразил обеспокоенность X"): :class:`Feelings`, the part of
:class:`~framing.languages.tables.Attribution` that tells what a feeling is about."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping


@dataclass(frozen=True)
class Feelings:
    """How a language reports a feeling about something, as data for ``framing.extract.content``.

    Word lists hold normalised forms; a feeling noun matches any base of a token.

    Attributes
    ----------
    feeling_verbs : verbs that report a feeling about something ("expressed
        concern over X", "extended condolences to X", "أعرب عن قلقه إزاء"):
        the content is what the feeling is about.
    needs_feeling : feeling verbs that report nothing without a feeling
        ("extended condolences to", not "extended the deadline").
    feeling_nouns : the feelings ("concern", "regret", "قلق", "обеспокоенность").
    feeling_prepositions : what links a feeling to its object ("over", "إزاء").
    feeling_case : whether a word's case alone links it to the feeling right before it, with no
        preposition (the Russian instrumental: "обеспокоенность увольнениями", "озабоченность ситуацией"),
        or None.
    feeling_homographs : forms of a feeling verb that are mostly another word (unvowelled عبر, "via"),
        mapped to the particle that must follow them: they are the verb only at the head of a clause and
        with that particle and a feeling noun after its subject ("وعبر X عن قلقه"), never "عبر حسابه".
    """

    feeling_verbs: frozenset[str] = frozenset()
    needs_feeling: frozenset[str] = frozenset()
    feeling_nouns: frozenset[str] = frozenset()
    feeling_prepositions: frozenset[str] = frozenset()
    feeling_case: Callable[[str], bool] | None = None
    feeling_homographs: Mapping[str, str] = field(default_factory=dict)
