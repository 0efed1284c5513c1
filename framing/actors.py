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
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Iterable, Iterator, Mapping

import yaml

from framing import languages, resources
from framing.errors import RegistryError
from framing.model import Actor
from framing.text import token_spans

KINDS = ("state", "organisation", "person", "media", "group")
ID_RE = re.compile(r"[a-z0-9_]+")

# Punctuation that ends a phrase: an alias never matches across it, and
# resolve() treats it as the boundary of an appositive ("X, Title").
_HARD = re.compile(r"[,;:،؛!?؟()\[\]{}\n—–|]")

# Prepositions that open a trailing locative or directional phrase in a
# speaker mention ("... in Moscow", "... to the US", "... في موسكو").  Language
# data; it belongs in languages/ once Language has a field for it.
LOCATIVES = {
    "en": ("in", "at", "near", "from", "to", "inside", "outside", "within", "across", "around"),
    "ar": ("في", "لدى", "إلى", "داخل", "قرب"),
}

# Arabic proclitics that swallow the article's alef: li + al-ittihad -> lil-ittihad.
_ARTICLE = "ال"


@dataclass(frozen=True, slots=True)
class Mention:
    """An alias found in a text: offsets into that text, actor id, alias as registered."""

    start: int
    end: int
    actor: str
    alias: str


@dataclass(frozen=True, slots=True)
class _Alias:
    actor: str
    alias: str
    tokens: tuple[str, ...]      # normalised
    forms: tuple[frozenset[str], ...]  # per token: the normalised form and its stem (inflected languages)
    capitals: tuple[bool, ...]   # token must be written in capitals
    generic: bool                # a common noun ("police"), not a name ("Russia")
    handle: bool


def _compile(alias: str, lang: str, actor: str) -> _Alias | None:
    language = languages.get(lang)
    spans = token_spans(alias)
    if not spans:
        return None
    words = [alias[s:e] for s, e in spans]
    tokens = tuple(language.normalize(w) for w in words)
    return _Alias(
        actor=actor,
        alias=alias,
        tokens=tokens,
        # "Песков" must match "Пескова", "Захарова" "Захаровой": compare stems too
        forms=tuple(frozenset({t, language.stem(t)} if language.stem else {t}) for t in tokens),
        capitals=tuple(len(w) <= 2 and w.isupper() for w in words),
        # Only scripts with case can tell a common noun from a name.
        generic=lang == "en" and not any(c.isupper() for c in alias),
        handle=alias.startswith("@"),
    )


def _alias_key(compiled: _Alias, lang: str) -> tuple[str, tuple[str, ...]]:
    return ("@" if compiled.handle else lang, compiled.tokens)


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

    __slots__ = ("_actors", "_kinds", "_index")

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
                    compiled = _compile(alias, lang, actor.id)
                    if compiled is None:
                        raise RegistryError(f"actors.{actor.id}.aliases.{lang}: alias {alias!r} has no letters or digits")
                    key = _alias_key(compiled, lang)
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

    def find_mentions(self, text: str, lang: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Every alias occurrence in ``text[start:end]``, as offsets into ``text``.

        Matches are whole tokens compared in normalised form (Arabic also
        without proclitics).  Overlaps are settled longest first (tokens, then
        characters), then leftmost; the result is sorted by position.
        """
        index = self._index.get(lang)
        if not index:
            return []
        spans = token_spans(text, start, end)
        if not spans:
            return []
        keys = [_token_keys(text[s:e], lang) for s, e in spans]
        hard = [bool(_HARD.search(text, spans[i].end, spans[i + 1].start)) for i in range(len(spans) - 1)]
        candidates: list[tuple[int, int, _Alias]] = []
        for i, token_keys in enumerate(keys):
            seen: set[int] = set()
            for key in token_keys:
                for alias in index.get(key, ()):
                    if id(alias) in seen:
                        continue
                    seen.add(id(alias))
                    n = len(alias.tokens)
                    if i + n <= len(spans) and _matches(alias, text, spans, keys, hard, i):
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
        found = self.find_mentions(mention, lang)
        if not found:
            return None
        bounds = [m.start() for m in _HARD.finditer(mention)]
        locatives = _locatives(lang)
        spans = token_spans(mention)
        covered = [any(m.start <= s < m.end for m in found) for s, _ in spans]
        tails: dict[int, int] = {}  # phrase number -> offset where its trailing PP starts
        for (s, e), inside in zip(spans, covered):
            phrase = _phrase(bounds, s)
            if not inside and phrase not in tails and languages.get(lang).normalize(mention[s:e]) in locatives:
                tails[phrase] = s

        def rank(m: Mention) -> tuple:
            phrase = _phrase(bounds, m.start)
            in_tail = m.start >= tails.get(phrase, len(mention) + 1)
            compiled = _compile(m.alias, lang, m.actor)
            generic = compiled.generic if compiled else False
            return (in_tail, -len(token_spans(mention, m.start, m.end)), generic, phrase, -m.start)

        return min(found, key=rank).actor


def _rebuild(actors: tuple[Actor, ...], kinds: dict[str, str]) -> ActorRegistry:
    return ActorRegistry(actors, kinds=kinds)


def _phrase(bounds: list[int], offset: int) -> int:
    return sum(1 for b in bounds if b < offset)


@cache
def _locatives(lang: str) -> frozenset[str]:
    normalize = languages.get(lang).normalize
    return frozenset(normalize(w) for w in LOCATIVES.get(lang, ()))


def _token_keys(token: str, lang: str) -> tuple[str, ...]:
    """The forms under which a text token can match an alias token."""
    language = languages.get(lang)
    forms = list(language.bases(token))
    if language.proclitics:
        norm = forms[0]
        # A clitic ending in the article (wal-, bil-) or fused with it (lil-)
        # leaves a bare noun that matches an alias token with its own "al-".
        for clitic in language.proclitics:
            if norm.startswith(clitic) and len(norm) - len(clitic) >= language.min_base:
                if clitic.endswith(_ARTICLE) or clitic.endswith("لل"):
                    forms.append(_ARTICLE + norm[len(clitic):])
    return tuple(dict.fromkeys(forms))


def _matches(alias: _Alias, text: str, spans: list, keys: list, hard: list[bool], i: int) -> bool:
    for j, forms in enumerate(alias.forms):
        if forms.isdisjoint(keys[i + j]):
            return False
        if alias.capitals[j] and not text[spans[i + j].start:spans[i + j].end].isupper():
            return False
        if j and hard[i + j - 1]:
            return False
    return True


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
                    compiled = _compile(alias, lang, actor.id)
                    if compiled:
                        owner[_alias_key(compiled, lang)] = actor.id
    merged = []
    for actor in actors.values():
        kept = {}
        for lang, aliases in actor.aliases.items():
            kept[lang] = tuple(
                a for a in aliases
                if (c := _compile(a, lang, actor.id)) and owner[_alias_key(c, lang)] == actor.id
            )
        merged.append(Actor(actor.id, actor.name, kept))
    return ActorRegistry(merged, kinds=kinds)


# -- loading ----------------------------------------------------------------------


def load_registry(source: str | Path) -> ActorRegistry:
    """Read a registry: a YAML file, a corpus folder holding ``actors.yml``, or a bundled corpus name.

    Raises
    ------
    RegistryError
        naming the file and line of the problem.
    """
    path = Path(source)
    if "\x00" in str(source):
        raise RegistryError("not a file name (contains a NUL character)", path=repr(str(source)))
    if path.is_dir():
        path = path / "actors.yml"
    elif not path.exists() and resources.corpus_path(str(source)) is not None:
        path = resources.corpus_path(str(source)) / "actors.yml"
    elif not path.exists():
        corpora = ", ".join(resources.bundled_corpora()) or "none"
        raise RegistryError(f"no such registry file or bundled corpus (bundled: {corpora})", path=str(source))
    where = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RegistryError("no such file", path=where) from None
    except OSError as e:
        raise RegistryError(f"cannot read: {e.strerror}", path=where) from None
    return parse_registry(data, path=where)


def parse_registry(data: bytes | str, *, path: str = "<registry>") -> ActorRegistry:
    """Build a registry from YAML text; ``path`` is used in error messages only."""
    if isinstance(data, bytes):
        if b"\x00" in data:
            raise RegistryError("binary file, expected UTF-8 YAML", path=path)
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            raise RegistryError(f"not UTF-8 text (byte 0x{data[e.start]:02x})", path=path, line=line) from None
    try:
        root = yaml.compose(data, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        what = ", ".join(part for part in (e.context, e.problem) if part)
        raise RegistryError(f"invalid YAML: {what}", path=path, line=mark.line + 1 if mark else None) from None
    except yaml.reader.ReaderError as e:
        line = data[: e.position].count("\n") + 1
        char = e.character if isinstance(e.character, str) else chr(e.character)
        raise RegistryError(
            f"invalid YAML: control character U+{ord(char):04X} is not allowed", path=path, line=line
        ) from None
    except yaml.YAMLError as e:
        raise RegistryError(f"invalid YAML: {e}", path=path) from None
    if root is None:
        raise RegistryError("empty registry; expected a mapping with 'actors:'", path=path, line=1)
    return _build(root, path)


def _fail(message: str, node: yaml.Node, path: str) -> RegistryError:
    return RegistryError(message, path=path, line=node.start_mark.line + 1)


def _type(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return node.tag.rsplit(":", 1)[-1]


def _mapping(node: yaml.Node, where: str, path: str, allowed: tuple[str, ...] | None = None) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """A mapping node as key -> (key node, value node), rejecting duplicates and unknown keys."""
    if not isinstance(node, yaml.MappingNode):
        raise _fail(f"{where} must be a mapping, got {_type(node)}", node, path)
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            raise _fail(f"{where}: keys must be plain words, got a {_type(key)}", key, path)
        if key.value in out:
            first = out[key.value][0].start_mark.line + 1
            raise _fail(f"{where}: duplicate key {key.value!r} (first at line {first})", key, path)
        if allowed is not None and key.value not in allowed:
            raise _fail(f"{where}: unknown key {key.value!r}; expected {', '.join(allowed)}", key, path)
        out[key.value] = (key, value)
    return out


def _string(node: yaml.Node, where: str, path: str) -> str:
    if not (isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str"):
        raise _fail(f"{where} must be a string, got {_type(node)} (quote it)", node, path)
    return node.value


def _build(root: yaml.Node, path: str) -> ActorRegistry:
    top = _mapping(root, "the registry", path, ("actors", "name", "description"))
    if "actors" not in top:
        raise _fail("missing 'actors:' mapping of actor id to name and aliases", root, path)
    entries = _mapping(top["actors"][1], "actors", path)
    if not entries:
        raise _fail("actors has no actors", top["actors"][1], path)
    codes = languages.codes()
    actors: list[Actor] = []
    kinds: dict[str, str] = {}
    owners: dict[tuple[str, tuple[str, ...]], tuple[str, int]] = {}
    for actor_id, (key_node, node) in entries.items():
        if not ID_RE.fullmatch(actor_id):
            raise _fail(f"actor id {actor_id!r} must be lower-case letters, digits and _", key_node, path)
        where = f"actors.{actor_id}"
        fields = _mapping(node, where, path, ("name", "kind", "aliases"))
        name = _string(fields["name"][1], f"{where}.name", path) if "name" in fields else actor_id
        if "kind" in fields:
            kind = _string(fields["kind"][1], f"{where}.kind", path)
            if kind not in KINDS:
                raise _fail(f"{where}.kind must be one of {', '.join(KINDS)}, got {kind!r}", fields["kind"][1], path)
            kinds[actor_id] = kind
        if "aliases" not in fields:
            raise _fail(f"{where} has no aliases", key_node, path)
        aliases: dict[str, tuple[str, ...]] = {}
        for lang, (lang_node, seq) in _mapping(fields["aliases"][1], f"{where}.aliases", path).items():
            if lang not in codes:
                raise _fail(f"{where}.aliases: unknown language {lang!r}; choose one of {', '.join(codes)}", lang_node, path)
            here = f"{where}.aliases.{lang}"
            if not isinstance(seq, yaml.SequenceNode):
                raise _fail(f"{here} must be a list of strings, got {_type(seq)}", seq, path)
            kept: list[str] = []
            for item in seq.value:
                alias = _string(item, f"{here} item", path).strip()
                line = item.start_mark.line + 1
                if _HARD.search(alias):
                    raise _fail(f"{here}: alias {alias!r} contains punctuation that ends a phrase; split it", item, path)
                compiled = _compile(alias, lang, actor_id)
                if compiled is None:
                    raise _fail(f"{here}: alias {alias!r} has no letters or digits", item, path)
                other, other_line = owners.setdefault(_alias_key(compiled, lang), (actor_id, line))
                if other != actor_id:
                    raise _fail(
                        f"{here}: alias {alias!r} is also an alias of {other!r} (line {other_line}); "
                        f"an alias must name one actor",
                        item, path,
                    )
                if alias not in kept:
                    kept.append(alias)
            aliases[lang] = tuple(kept)
        actors.append(Actor(actor_id, name, dict(sorted(aliases.items()))))
    return ActorRegistry(actors, kinds=kinds)
