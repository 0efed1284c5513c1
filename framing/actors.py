"""Actor registries: alias lists per language mapped to canonical actor ids.

A registry is a YAML file::

    actors:
      kz_government:
        name: Kazakhstan (government)
        kind: state                      # optional: state, organisation, person, media, group
        aliases:
          en: ["Tokayev", "Kazakhstan's President"]
          ar: ["توكاييف", "الرئيس الكازاخستاني"]

Aliases are matched as whole tokens on normalised text (``text.token_spans``
and the language's ``normalize``), Arabic tokens also without their
proclitics, so ``وروسيا`` finds ``روسيا`` and ``للاتحاد الأوروبي`` finds
``الاتحاد الأوروبي``.  Two conventions keep short aliases honest: an alias
token written in capitals of at most two letters (``US``, ``UN``, ``EU``,
``AP``) only matches a token written in capitals, so "told us" is no actor;
and an alias starting with ``@`` is a Twitter handle, matched in every
language.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from framing import languages
from framing.alias_match import (PHRASE_BREAK, Breaks, Mention, _Alias, _generic, alias_key, compile_alias,  # noqa: F401
                                 keys_of, matches, token_keys)
from framing.errors import RegistryError
from framing.model import Actor
from framing.text import token_spans

KINDS = ("state", "organisation", "person", "media", "group")
ID_RE = re.compile(r"[a-z0-9_]+")


# Prepositions that open a trailing locative or directional phrase in a
# speaker mention ("... in Moscow", "... to the US", "... في موسكو").  Language
# data; it belongs in languages/ once Language has a field for it.
LOCATIVES = {
    "en": ("in", "at", "near", "from", "to", "inside", "outside", "within", "across", "around"),
    "ar": ("في", "لدى", "إلى", "داخل", "قرب"),
}

# Aliases of at least this many words may match with one word changed (:meth:`ActorRegistry.approximate`).
_APPROXIMATE_MIN = 4



class ActorRegistry:
    """An immutable set of actors with their aliases, compiled for matching.

    Parameters
    ----------
    actors : the actors; ids must be unique and no normalised alias may belong
        to two actors.
    kinds : optional actor id -> kind (one of ``KINDS``).

    Examples
    --------
    >>> reg = ActorRegistry([Actor("russia", "Russia", {"en": ("Russia", "Kremlin")})])
    >>> [m.actor for m in reg.find_mentions("The Kremlin and Russia’s envoy", "en")]
    ['russia', 'russia']
    >>> reg.resolve("Russia's ambassador to the US", "en")
    'russia'
    """

    __slots__ = ("_actors", "_kinds", "_index", "_long", "_memo")

    def __init__(self, actors: Iterable[Actor] = (), *, kinds: Mapping[str, str] | None = None):
        by_id: dict[str, Actor] = {}
        for actor in actors:
            if actor.id in by_id:
                raise RegistryError(f"actor id {actor.id!r} is defined twice")
            by_id[actor.id] = actor
        owners: dict[tuple[str, tuple[str, ...]], _Alias] = {}
        index: dict[str, dict[str, list[_Alias]]] = {}
        handles: list[_Alias] = []
        for actor in sorted(by_id.values(), key=lambda a: a.id):
            for lang in sorted(actor.aliases):
                for alias in actor.aliases[lang]:
                    compiled = compile_alias(alias, lang, actor.id)
                    if compiled is None:
                        raise RegistryError(f"actors.{actor.id}.aliases.{lang}: alias {alias!r} has no letters or digits")
                    key = alias_key(compiled, lang)
                    other = owners.setdefault(key, compiled)
                    if other.actor != actor.id:
                        raise RegistryError(
                            f"alias {alias!r} ({lang}) of {actor.id!r} is also an alias of {other.actor!r}"
                            f" (as {other.alias!r}); an alias must name one actor"
                        )
                    if compiled.handle:
                        handles.append(compiled)
                    else:
                        for form in sorted(compiled.forms[0]):
                            index.setdefault(lang, {}).setdefault(form, []).append(compiled)
        for lang in sorted(set(index) | set(languages.codes())):
            for compiled in handles:
                index.setdefault(lang, {}).setdefault(compiled.tokens[0], []).append(compiled)
        kinds = dict(kinds or {})
        for actor_id, kind in kinds.items():
            if kind not in KINDS:
                raise RegistryError(f"actors.{actor_id}.kind must be one of {', '.join(KINDS)}, got {kind!r}")
        object.__setattr__(self, "_actors", dict(sorted(by_id.items())))
        object.__setattr__(self, "_kinds", {k: v for k, v in sorted(kinds.items()) if k in by_id})
        object.__setattr__(self, "_index", index)
        long: dict[str, list[_Alias]] = {}
        for lang, forms in index.items():
            seen = {id(a): a for aliases in forms.values() for a in aliases if len(a.tokens) >= _APPROXIMATE_MIN}
            long[lang] = sorted(seen.values(), key=lambda a: (-len(a.tokens), a.actor, a.alias))
        object.__setattr__(self, "_long", long)
        # resolve, approximate and is_generic are pure: a speaker named again is looked up once
        object.__setattr__(self, "_memo", {})

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("ActorRegistry is immutable")

    def __reduce__(self) -> tuple:
        return (_rebuild, (tuple(self._actors.values()), dict(self._kinds)))

    # -- the actors -----------------------------------------------------------------

    @property
    def actors(self) -> tuple[Actor, ...]:
        """All actors, sorted by id."""
        return tuple(self._actors.values())

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors

    def __repr__(self) -> str:
        return f"ActorRegistry({len(self)} actors)"

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None."""
        return self._actors.get(actor_id)

    def name(self, actor_id: str) -> str:
        """The display name of an actor; an id the registry does not know is returned as is."""
        actor = self._actors.get(actor_id)
        return actor.name if actor else actor_id

    def kind(self, actor_id: str) -> str | None:
        """The actor's kind if the registry gives one."""
        return self._kinds.get(actor_id)

    def aliases_for(self, actor_id: str, lang: str | None = None) -> tuple[str, ...]:
        """The aliases of an actor in one language, or in all (by language code).

        Raises KeyError for an unknown id.
        """
        aliases = self._actors[actor_id].aliases
        if lang is not None:
            return tuple(aliases.get(lang, ()))
        return tuple(a for code in sorted(aliases) for a in aliases[code])

    # -- matching -------------------------------------------------------------------

    def find_mentions(self, text: str, lang: str, start: int = 0, end: int | None = None,
                      tokens: Sequence | None = None) -> list[Mention]:
        """Every alias occurrence in ``text[start:end]``, as offsets into ``text``.

        Matches are whole tokens compared in normalised form (Arabic also
        without proclitics).  Overlaps are settled longest first (tokens, then
        characters), then leftmost; the result is sorted by position.
        ``tokens``: the span's tokens if the caller has them (``start``, ``end``,
        ``bases``, as statement extraction's), not to tokenise it twice.
        """
        index = self._index.get(lang)
        if not index:
            return []
        if tokens is None:
            spans = token_spans(text, start, end)
            keys = list(map(keys_of(lang, written=True).__getitem__, [text[s:e] for s, e in spans]))
        else:
            spans = tokens
            keys = list(map(keys_of(lang, written=False).__getitem__, [t.bases for t in tokens]))
        first = index.keys()
        hard = Breaks(text, spans)
        candidates: list[tuple[int, int, _Alias]] = []
        for i in [i for i, token_keys in enumerate(keys) if not first.isdisjoint(token_keys)]:
            token_keys = keys[i]
            seen: set[int] = set()
            for key in token_keys:
                for alias in index.get(key, ()):
                    if id(alias) in seen:
                        continue
                    seen.add(id(alias))
                    n = len(alias.tokens)
                    if i + n <= len(spans) and matches(alias, text, spans, keys, hard, i):
                        candidates.append((i, i + n, alias))
        candidates.sort(key=lambda c: (-(c[1] - c[0]), -len(c[2].alias), c[0], c[2].actor, c[2].alias))
        taken = [False] * len(spans)
        found: list[Mention] = []
        for first, last, alias in candidates:
            if any(taken[first:last]):
                continue
            taken[first:last] = [True] * (last - first)
            begin = spans[first].start
            if alias.handle and begin > start and text[begin - 1] == "@":
                begin -= 1
            finish = spans[last - 1].end
            # An alias ending in punctuation ("U.S.") covers it when the text has it too.
            tail = alias.alias[len(alias.alias.rstrip(".")):]
            if tail and text.startswith(tail, finish) and (end is None or finish + len(tail) <= end):
                finish += len(tail)
            found.append(Mention(begin, finish, alias.actor, alias.alias))
        return sorted(found, key=lambda m: m.start)

    def _remember(self, key: tuple, compute: Callable[[], object]):
        memo = self._memo
        if key not in memo:
            if len(memo) >= _MEMO_MAX:
                memo.clear()
            memo[key] = compute()
        return memo[key]

    def resolve(self, mention: str, lang: str) -> str | None:
        """The actor id a speaker mention refers to, or None.

        Rule, in order of precedence, over the aliases found in the mention:

        1. an alias in the head of a phrase beats one inside a trailing
           locative/directional phrase ("Al Mayadeen's Bureau Chief in
           Moscow" -> media, "Russia's ambassador to the US" -> russia); the
           trailing phrase counts only when the head holds no alias ("an
           official in Moscow" -> russia);
        2. an alias of more tokens beats one of fewer;
        3. a name beats a lower-case common noun ("Russia's government" ->
           russia, not the "government" of the event registry; English only);
        4. an earlier appositive (split at commas, brackets, dashes) beats a
           later one, and within one phrase the rightmost alias wins ("Russia's
           TASS" -> media).

        A person's name has no precedence of its own over a title: a registry
        gives a person's titles the actor the person speaks for.
        """
        return self._remember(("resolve", mention, lang), lambda: self._resolve(mention, lang))

    def _resolve(self, mention: str, lang: str) -> str | None:
        found = self.find_mentions(mention, lang)
        if not found:
            return None
        bounds = [m.start() for m in PHRASE_BREAK.finditer(mention)]
        locatives = _locatives(lang)
        spans = token_spans(mention)
        covered = [any(m.start <= s < m.end for m in found) for s, _ in spans]
        tails: dict[int, int] = {}  # phrase number -> offset where its trailing PP starts
        for (s, e), inside in zip(spans, covered):
            phrase = _phrase(bounds, s)
            if not inside and phrase not in tails and languages.get(lang).normalize(mention[s:e]) in locatives:
                tails[phrase] = s

        def in_tail(m: Mention) -> bool:
            return m.start >= tails.get(_phrase(bounds, m.start), len(mention) + 1)

        def rank(m: Mention) -> tuple:
            return (in_tail(m), -len(token_spans(mention, m.start, m.end)), _is_generic(m, lang),
                    _phrase(bounds, m.start), -m.start)

        best = min(found, key=rank)
        if _is_generic(best, lang):
            # "the authorities in China", "السلطات في الصين": a name in the trailing phrase says whose
            named = [m for m in found if in_tail(m) and not _is_generic(m, lang)]
            if named:
                return min(named, key=rank).actor
        return best.actor

    def approximate(self, mention: str, lang: str, *, longer_than: int = 0) -> str | None:
        """The actor of a long alias (four words or more) the mention spells with one word changed.

        Names of organisations vary in one word ("هيئة شؤون الأقاليم الشمالية" for "مكتب شؤون الأقاليم
        الشمالية"); with ``longer_than``, only aliases of more tokens count (so they beat a short exact alias
        inside, "الأقاليم الشمالية"), and the changed word lies outside every exact alias of the mention.
        """
        return self._remember(("approximate", mention, lang, longer_than),
                              lambda: self._approximate(mention, lang, longer_than))

    def _approximate(self, mention: str, lang: str, longer_than: int) -> str | None:
        spans = token_spans(mention)
        keys = [set(token_keys(mention[s:e], lang)) for s, e in spans]
        exact = [(m.start, m.end) for m in self.find_mentions(mention, lang)] if longer_than else []
        for alias in (a for a in self._long.get(lang, ()) if len(a.tokens) > longer_than):
            n = len(alias.tokens)
            for i in range(len(keys) - n + 1):
                misses = [i + j for j, forms in enumerate(alias.forms) if forms.isdisjoint(keys[i + j])]
                if len(misses) <= 1 and not any(s <= spans[k][0] < e for k in misses for s, e in exact):
                    return alias.actor
        return None

    def is_generic(self, mention: str, lang: str) -> bool:
        """Whether the alias that :meth:`resolve` picks in ``mention`` is a common noun ("the government")."""
        return self._remember(("is_generic", mention, lang), lambda: self._is_generic(mention, lang))

    def _is_generic(self, mention: str, lang: str) -> bool:
        found = self.find_mentions(mention, lang)
        actor = self.resolve(mention, lang)
        return bool(found) and all(_is_generic(m, lang) for m in found if m.actor == actor)


_MEMO_MAX = 1 << 16  # mentions remembered per registry


def _is_generic(m: Mention, lang: str) -> bool:
    return _generic_alias(m.alias, lang)


@lru_cache(maxsize=1 << 12)
def _generic_alias(alias: str, lang: str) -> bool:
    return bool(token_spans(alias)) and _generic(alias, lang)  # compile_alias's ``generic``


def _rebuild(actors: tuple[Actor, ...], kinds: dict[str, str]) -> ActorRegistry:
    return ActorRegistry(actors, kinds=kinds)


def _phrase(bounds: list[int], offset: int) -> int:
    return sum(1 for b in bounds if b < offset)


@cache
def _locatives(lang: str) -> frozenset[str]:
    normalize = languages.get(lang).normalize
    return frozenset(normalize(w) for w in LOCATIVES.get(lang, ()))


def merge_registries(registries: Iterable[ActorRegistry]) -> ActorRegistry:
    """One registry from several; later ones win.

    An actor id defined again replaces the earlier actor whole; an alias that
    a later registry gives to another actor moves to that actor.
    """
    registries = list(registries)
    actors: dict[str, Actor] = {}
    kinds: dict[str, str] = {}
    owner: dict[tuple[str, tuple[str, ...]], str] = {}
    for registry in registries:
        for actor in registry.actors:
            actors[actor.id] = actor
            kinds.pop(actor.id, None)
            if registry.kind(actor.id):
                kinds[actor.id] = registry.kind(actor.id)
        for actor in registry.actors:
            for lang, aliases in actor.aliases.items():
                for alias in aliases:
                    compiled = compile_alias(alias, lang, actor.id)
                    if compiled:
                        owner[alias_key(compiled, lang)] = actor.id
    merged = []
    for actor in actors.values():
        kept = {}
        for lang, aliases in actor.aliases.items():
            kept[lang] = tuple(
                a for a in aliases
                if (c := compile_alias(a, lang, actor.id)) and owner[alias_key(c, lang)] == actor.id
            )
        merged.append(Actor(actor.id, actor.name, kept))
    return ActorRegistry(merged, kinds=kinds)
