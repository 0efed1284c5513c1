"""Joint speakers: "the EU and the UN called for …", "witnesses and local media said".

Aliases joined only by commas and the language's coordinators give one actor
each; a speaker noun phrase joined to one alias adds an unknown actor, in
text order.
"""

from __future__ import annotations

import re
from functools import cache

from framing import languages
from framing.actors import Mention

_PUNCT = ".,،«»\"“”"
_MAX_OTHER_WORDS = 6


@cache
def _joiner(lang: str) -> re.Pattern:
    """What may stand between joint speakers: commas, the language's "and", an article."""
    table = languages.attribution(lang)
    words = sorted(table.list_joiners, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    clitics = "|".join(re.escape(c) for c in table.conjunction_clitics)
    articles = "|".join(re.escape(a) for a in table.articles)
    conjunction = f"(?:{alternatives})(?=\\s)" + (f"|{clitics}" if clitics else "")
    article = rf"(?:(?:{articles})\s+)?" if articles else ""
    # the first run never gives back what the second could take ("*+"): one way to read the gap
    return re.compile(rf"^[\s,،»”\"']*+(?:{conjunction})?[\s,،«“\"']*{article}$", re.I)


@cache
def _splitters(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """"and X" after an alias, "X and" before one."""
    table = languages.attribution(lang)
    words = sorted(table.list_joiners, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    articles = "|".join(re.escape(a) for a in table.articles)
    article = rf"(?:\s+(?:{articles}))?" if articles else ""
    leading = re.compile(rf"^[\s,]*(?:{alternatives})\s+(?P<x>\S.*)$", re.I)
    trailing = re.compile(rf"^(?P<x>.*?[^\s,])[\s,]+(?:{alternatives}){article}$", re.I)
    return leading, trailing


_MAX_TITLE_WORDS = 3  # a title between the "and" and the next name ("and Energy Minister Mara Quint")


def coordinated(text: str, inside: list[Mention], lang: str) -> bool:
    """Whether two or more mentions are one list joined by the language's "and", each name with its
    title ("Trade Minister A and Energy Minister B"; not the apposition "A, the B chief")."""
    if len(inside) < 2:
        return False
    joiners = languages.attribution(lang).list_joiners
    for k, (a, b) in enumerate(zip(inside, inside[1:])):
        gap = text[a.end:b.start]
        words = gap.replace(",", " ").casefold().split()
        if any(c in gap for c in ".;:()\"“”«»") or len(words) > _MAX_TITLE_WORDS + 1:
            return False
        if k == len(inside) - 2 and not (words and words[0] in joiners):
            return False
    return True


def joint_actors(text: str, s: int, e: int, inside: list[Mention], lang: str) -> tuple[str, ...]:
    """Actors of joint speakers in ``text[s:e]`` holding the mentions ``inside``; () when not joint."""
    joiner = _joiner(lang)
    if len(inside) >= 2:
        if not all(joiner.match(text[a.end:b.start]) for a, b in zip(inside, inside[1:])):
            return ()
        actors = tuple(dict.fromkeys(m.actor for m in inside))
        return actors if len(actors) > 1 else ()
    if len(inside) != 1:
        return ()
    m = inside[0]
    clitics = languages.attribution(lang).conjunction_clitics
    # "لشهود عيان ووسائل إعلام": the conjunction is written on the alias
    clitic_and = text[m.start] in clitics and not m.alias.startswith(clitics) if clitics else False
    for rest, first in ((text[s:m.start], True), (text[m.end:e], False)):
        rest = rest.strip()
        if not rest:
            continue
        other = _split_joined(rest, lang, leading=not first)
        if other is None and first and clitic_and:
            other = rest.strip(" ,،")
        if other and _names_speaker(other, lang):
            unknown = f"unknown:{other}"
            return (unknown, m.actor) if first else (m.actor, unknown)
    return ()


def _split_joined(rest: str, lang: str, *, leading: bool) -> str | None:
    """The other speaker of "X and <alias>" / "<alias> and X", or None."""
    before, after = _splitters(lang)
    m = before.match(rest) if leading else after.match(rest)
    return m.group("x").strip(" ,،") if m else None


def _names_speaker(phrase: str, lang: str) -> bool:
    """A short phrase holding a speaker noun ("witnesses", "شهود عيان")."""
    language = languages.get(lang)
    words = phrase.split()
    bases = {b for w in words for b in language.bases(w.strip(_PUNCT))}
    return 0 < len(words) <= _MAX_OTHER_WORDS and bool(bases & languages.attribution(lang).speaker_nouns)
