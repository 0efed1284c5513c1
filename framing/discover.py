"""Actor discovery: the speakers a registry does not resolve, and a registry stub for them.

A speaker the registry does not know is labelled ``unknown:<mention as
written>`` (the subject of the cue, without what follows a comma or a
bracket). :func:`registry_stub` turns those mentions into a registry to edit:

- a mention loses the time adverbials it ends with ("Mihail Radu on
  Monday" -> "Mihail Radu");
- mentions that name one person are one actor: a surname with the full
  name ("Brenner", "Prime Minister Tomas Brenner"), inflected forms
  ("Марковой", "Елена Маркова": their words compared by stem), and the same
  name in two scripts ("Mihail Radu", "ميهاي رادو": the surname the same in
  Latin letters, the first names alike);
- each actor gets a readable ASCII id, transliterated from Arabic and
  Cyrillic (``mihail_radu``, ``elena_markova``), never ``actor_2``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable

import yaml

from framing import languages
from framing.model import Statement

UNKNOWN = "unknown:"
# What ends the name part of a mention: "Carla Benn, a shopkeeper", "Radu (a driver)".
_NAME_END = re.compile(r"[,;:()\[\]«»“”\"]")


@dataclass(frozen=True, slots=True)
class UnknownSpeaker:
    """A speaker mention no alias matched, with how often and where it speaks."""

    mention: str
    lang: str
    statements: int
    documents: int
    example: str


def unknown_speakers(statements: Iterable[Statement], *, width: int = 100) -> list[UnknownSpeaker]:
    """Unresolved speaker mentions, most frequent first, with their first statement as example."""
    seen: dict[tuple[str, str], list[Statement]] = {}
    for s in statements:
        if s.actor.startswith(UNKNOWN):
            seen.setdefault((s.actor[len(UNKNOWN):], s.lang), []).append(s)
    rows = []
    for (mention, lang), found in seen.items():
        example = " ".join(found[0].text.split())
        if len(example) > width:
            example = example[: width - 1] + "…"
        rows.append(UnknownSpeaker(mention, lang, len(found), len({s.doc for s in found}), example))
    return sorted(rows, key=lambda r: (-r.statements, r.mention, r.lang))


def alias_of(mention: str, lang: str) -> str:
    """The name part of a mention: the name a description gives ("a driver named X"), without the
    time adverbials it ends with.

    >>> alias_of("Mihail Radu on Monday", "en"), alias_of("Carla Benn, a shopkeeper", "en")
    ('Mihail Radu', 'Carla Benn')
    >>> alias_of("a taxi driver named Mihail Radu", "en")
    'Mihail Radu'
    """
    alias = _NAME_END.split(mention)[0].strip() or mention
    norm = languages.get(lang).normalize
    folded = norm(alias)
    for namer in languages.reference(lang).namers:
        at = folded.find(f" {norm(namer)} ")
        if at >= 0 and len(folded) == len(alias):
            alias = alias[at + len(namer) + 2:].strip() or alias
            break
    words = alias.split()
    time_words = languages.attribution(lang).time_words
    while len(words) > 1 and norm(words[-1].strip(".,")) in time_words:
        words.pop()
    return " ".join(words)


@dataclass
class _Actor:
    """Mentions taken for one actor."""

    speakers: list[UnknownSpeaker] = field(default_factory=list)
    aliases: dict[str, list[str]] = field(default_factory=dict)

    def add(self, speaker: UnknownSpeaker, alias: str) -> None:
        self.speakers.append(speaker)
        names = self.aliases.setdefault(speaker.lang, [])
        if alias not in names:
            names.append(alias)

    @property
    def name(self) -> str:
        first = next(iter(self.aliases.values()))
        return max(first, key=len)


def _stems(alias: str, lang: str) -> frozenset[str]:
    language = languages.get(lang)
    return frozenset(language.bases(w)[-1] for w in alias.split())


def _is_name(alias: str, lang: str) -> bool:
    """A proper name: its last word capitalised where the script has case; short where it has none."""
    words = alias.split()
    if languages.get(lang).cased:
        return bool(words) and words[-1][:1].isupper()
    return 1 <= len(words) <= 4


def _latin(words: str, lang: str) -> list[str]:
    return languages.transliterate(lang, words).split()


def _same_person(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether alias ``a`` names the person of the longer alias ``b`` (each ``(alias, lang)``)."""
    (alias, lang), (other, other_lang) = a, b
    if not (_is_name(alias, lang) and _is_name(other, other_lang)):
        return alias == other and lang == other_lang
    if lang == other_lang:
        return _stems(alias, lang) <= _stems(other, other_lang)
    mine, theirs = _latin(alias, lang), _latin(other, other_lang)
    if not mine or not theirs or mine[-1] != theirs[-1]:
        return False  # the surname, in Latin letters
    return len(mine) == 1 or len(theirs) == 1 or mine[0][:3] == theirs[0][:3]


def group_speakers(speakers: Iterable[UnknownSpeaker]) -> list[_Actor]:
    """The unknown speakers as actors: mentions of one person together, the longest mention first seen."""
    ordered = sorted(speakers, key=lambda s: (-len(alias_of(s.mention, s.lang).split()), -s.statements, s.mention))
    actors: list[tuple[_Actor, list[tuple[str, str]]]] = []
    for speaker in ordered:
        alias = alias_of(speaker.mention, speaker.lang)
        home = next((actor for actor, names in actors if any(_same_person((alias, speaker.lang), n) for n in names)),
                    None)
        if home is None:
            actors.append((_Actor(), []))
            home = actors[-1][0]
        home.add(speaker, alias)
        next(names for actor, names in actors if actor is home).append((alias, speaker.lang))
    result = [actor for actor, _ in actors]
    return sorted(result, key=lambda a: (-sum(s.statements for s in a.speakers), a.name))


def _slug(name: str, lang: str, taken: set[str]) -> str:
    latin = unicodedata.normalize("NFKD", languages.transliterate(lang, name))
    slug = re.sub(r"[^a-z0-9]+", "_", latin.encode("ascii", "ignore").decode()).strip("_")[:40].strip("_")
    slug = slug if re.search("[a-z]", slug) else "speaker"
    candidate, n = slug, 1
    while candidate in taken:
        n += 1
        candidate = f"{slug}_{n}"
    taken.add(candidate)
    return candidate


def registry_stub(speakers: Iterable[UnknownSpeaker]) -> str:
    """A YAML registry holding one actor per person among the unknown speakers, to edit and merge
    with ``--actors``; a comment per actor says which mentions it took and how often they speak."""
    taken: set[str] = set()
    actors, comments = {}, []
    for actor in group_speakers(speakers):
        lang = next(iter(actor.aliases))
        actor_id = _slug(actor.name, lang, taken)
        actors[actor_id] = {"name": actor.name, "aliases": {code: names for code, names in actor.aliases.items()}}
        statements = sum(s.statements for s in actor.speakers)
        documents = sum(s.documents for s in actor.speakers)
        mentions = "; ".join(dict.fromkeys(s.mention for s in actor.speakers))
        comments.append(f"# {actor_id}: {statements} statement(s) in {documents} document(s) as {mentions}, "
                        f"e.g. {actor.speakers[0].example!r}")
    header = ["# Speakers the registry did not resolve, as a registry to edit: mentions of one person are one",
              "# actor (check them), give each a meaningful id, delete those that are not actors,",
              "# then use it with --actors FILE.", *comments]
    body = yaml.safe_dump({"actors": actors}, allow_unicode=True, sort_keys=False, width=100)
    return "\n".join(header) + "\n" + body
