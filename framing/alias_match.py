"""Where a text's tokens meet an actor registry's aliases, token by token.

An alias compiled for matching (:func:`compile_alias`: its normalised
tokens, their stems, whether it is a common noun), a mention found in a
text (:class:`Mention`), the forms under which a token can match an alias
token, remembered per word, and the punctuation an alias never spans;
:class:`framing.actors.ActorRegistry` does the matching.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial
from typing import Sequence

from dataclasses import dataclass

from framing import languages
from framing.memo import Memo, memo
from framing.text import token_spans

# Punctuation that ends a phrase: an alias never matches across it, and
# resolve() treats it as the boundary of an appositive ("X, Title").
PHRASE_BREAK = re.compile(r"[,;:،؛!?؟()\[\]{}\r\n—–|]")

# Arabic proclitics that swallow the article's alef: li + al-ittihad -> lil-ittihad.
_ARTICLE = "ال"


def token_keys(token: str, lang: str, bases: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The forms under which a text token can match an alias token (``bases``: its ``Language.bases``, if known)."""
    language = languages.get(lang)
    forms = list(language.bases(token) if bases is None else bases)
    if language.proclitics:
        norm = forms[0]
        # A clitic ending in the article (wal-, bil-) or fused with it (lil-)
        # leaves a bare noun that matches an alias token with its own "al-".
        for clitic in language.proclitics:
            if norm.startswith(clitic) and len(norm) - len(clitic) >= language.min_base:
                if clitic.endswith(_ARTICLE) or clitic.endswith("لل"):
                    forms.append(_ARTICLE + norm[len(clitic):])
    return tuple(dict.fromkeys(forms))


def keys_of(lang: str, *, written: bool) -> Memo:
    """A token (as written, or its ``Language.bases``) -> :func:`token_keys`."""
    if written:
        return memo(("alias keys", lang), partial(token_keys, lang=lang))
    return memo(("alias keys of bases", lang), partial(token_keys, "", lang))


class Breaks:
    """Whether a phrase break (a comma, a bracket, a line break) separates token ``i`` from the next, looked
    at only where an alias of several tokens is tried."""

    __slots__ = ("text", "spans")

    def __init__(self, text: str, spans: Sequence) -> None:
        self.text, self.spans = text, spans

    def __getitem__(self, i: int) -> bool:
        return bool(PHRASE_BREAK.search(self.text, self.spans[i].end, self.spans[i + 1].start))


def matches(alias, text: str, spans: Sequence, keys: list, hard: Breaks, i: int) -> bool:
    """Whether ``alias`` (an ``_Alias`` of :mod:`framing.actors`) matches the tokens from ``spans[i]``."""
    for j, forms in enumerate(alias.forms):
        if forms.isdisjoint(keys[i + j]):
            return False
        if alias.capitals[j] and not text[spans[i + j].start:spans[i + j].end].isupper():
            return False
        if j and hard[i + j - 1]:
            return False
    return True


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


# Reading and merging registries compiles each alias several times (the file's checks, each registry, the
# merge): the compiled aliases are remembered, a few MiB at most.
@lru_cache(maxsize=8192)
def compile_alias(alias: str, lang: str, actor: str) -> _Alias | None:
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
        # A common noun ("police", "власти", "السلطات"), not a name: told by case where the
        # script has it, else by the language's list of common-noun aliases.
        generic=_generic(alias, lang),
        handle=alias.startswith("@"),
    )


def _generic(alias: str, lang: str) -> bool:
    if languages.get(lang).cased:  # (the language, not its attribution tables: those may be heavy to build)
        return not any(c.isupper() for c in alias)
    return languages.get(lang).normalize(alias) in languages.reference(lang).generic_nouns


def alias_key(compiled: _Alias, lang: str) -> tuple[str, tuple[str, ...]]:
    return ("@" if compiled.handle else lang, compiled.tokens)
