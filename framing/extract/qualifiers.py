"""A common noun qualified by a word that only one actor's names use: "الشرطة الكارينية", "Karinian police".

A registry writes a state's qualified forms ("الحكومة الكارينية", "السلطات
الكارينية", "Karinian government", "Karinian authorities") and leaves bare common
nouns ("الشرطة", "police") to the event's main side. A mention that joins such
a bare noun with a qualifier every alias of which belongs to one other actor
("الشرطة الكارينية") is that actor's: the qualifier says whose body speaks.
"""

from __future__ import annotations

from functools import lru_cache

from framing import languages
from framing.actors import ActorRegistry
from framing.extract.view import Paragraph, Tok

_MIN_LETTERS = 5   # a qualifier is a content word ("الكارينية", "Karinian"), not a particle
_MIN_ALIASES = 2   # it qualifies at least two of the actor's names


def qualified_actor(registry: ActorRegistry, p: Paragraph, words: list[Tok], actor: str) -> str | None:
    """The other actor a qualifier in ``words`` (outside every alias of the mention) names, or None."""
    table = p.table
    if p.is_media(actor):
        return None  # "الوكالة الكارينية": an outlet, whatever its country
    closed = table.subject_stop | table.particles | table.discourse | table.determiners | table.time_words
    index = _qualifiers(registry, p.lang)
    for w in words:
        if p.mention_at(w.start) is not None or len(w.norm) < _MIN_LETTERS or w.norm in closed:
            continue
        owners = {owner for b in w.bases for owner in index.get(b, ())}
        if len(owners) == 1 and actor not in owners:
            return owners.pop()
    return None


@lru_cache(maxsize=8)
def _qualifiers(registry: ActorRegistry, lang: str) -> dict[str, frozenset[str]]:
    """Word form -> the actors whose multi-word aliases use it, kept when one actor uses it twice or more
    and no other actor at all."""
    language = languages.get(lang)
    uses: dict[str, dict[str, int]] = {}
    for actor in registry.actors:
        if registry.kind(actor.id) == "media":
            continue  # outlets carry their country's adjective too ("وكالة الأنباء الكارينية"); bodies are the state's
        for alias in registry.aliases_for(actor.id, lang):
            words = alias.split()
            if len(words) < 2:
                continue
            for form in {b for word in words for b in language.bases(word)}:
                counts = uses.setdefault(form, {})
                counts[actor.id] = counts.get(actor.id, 0) + 1
    return {form: frozenset(counts) for form, counts in uses.items()
            if len(counts) > 1 or max(counts.values()) >= _MIN_ALIASES}
