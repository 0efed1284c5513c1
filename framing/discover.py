"""Actor discovery: the speakers a registry does not resolve, and a registry stub for them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

import yaml

from framing.model import Statement

UNKNOWN = "unknown:"


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


def _slug(mention: str, taken: set[str]) -> str:
    ascii_ = unicodedata.normalize("NFKD", mention).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_.casefold()).strip("_")[:40]
    if not re.search("[a-z]", slug):
        slug = "actor"  # a mention in another script: name it by hand
    candidate, n = slug, 1
    while candidate in taken:
        n += 1
        candidate = f"{slug}_{n}"
    taken.add(candidate)
    return candidate


def registry_stub(speakers: Iterable[UnknownSpeaker]) -> str:
    """A YAML registry holding one actor per unknown speaker, to edit and merge with ``--actors``.

    Mentions that name the same actor ("Ahmed Saleh", "Saleh") come out as
    separate entries: merge their aliases by hand.
    """
    taken: set[str] = set()
    actors = {}
    comments = []
    for speaker in speakers:
        alias = re.split(r"\s*[,;:()\[\]«»“”\"]\s*", speaker.mention)[0].strip() or speaker.mention
        actor_id = _slug(alias, taken)
        actors[actor_id] = {"name": alias, "aliases": {speaker.lang: [alias]}}
        comments.append(f"# {actor_id}: {speaker.statements} statement(s) in {speaker.documents} document(s),"
                        f" e.g. {speaker.example!r}")
    header = ["# Speakers the registry did not resolve, as a registry to edit: give each actor a",
              "# meaningful id, merge entries that name one actor, delete those that are not actors,",
              "# then use it with --actors FILE.", *comments]
    body = yaml.safe_dump({"actors": actors}, allow_unicode=True, sort_keys=False, width=100)
    return "\n".join(header) + "\n" + body
