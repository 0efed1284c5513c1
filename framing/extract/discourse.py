"""What a document has said so far, for the sentences that refer back to it.

Extraction walks a document in order; :class:`Discourse` keeps the actors
mentioned (registry mentions, in text order) and the last speaker, so that
"he added", "the ministry said", a continuation paragraph and Arabic pro-drop
resolve to someone met before. Lookups are binary searches, so a long
document costs linear time.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterator, Sequence

from framing.actors import Mention

# How far back a description looks for the actor it names ("the commission" after
# "the Central Electoral Commission"): mentions, not characters.
RECALL = 400


class Earlier(Sequence[Mention]):
    """The mentions of a document that end at or before a position, most recent last."""

    __slots__ = ("_mentions", "_count")

    def __init__(self, mentions: list[Mention], count: int):
        self._mentions = mentions
        self._count = count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return self._mentions[:self._count][index]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        return self._mentions[index]

    def __iter__(self) -> Iterator[Mention]:
        return iter(self._mentions[:self._count])

    def recent(self) -> Iterator[Mention]:
        """The last :data:`RECALL` mentions, most recent first."""
        stop = max(0, self._count - RECALL)
        for k in range(self._count - 1, stop - 1, -1):
            yield self._mentions[k]


@dataclass
class Discourse:
    """The actors a document has mentioned and who spoke last."""

    media: frozenset[str] = frozenset()   # actor ids of news media in the registry
    last: tuple[str, ...] = ()            # the actors of the last statement
    last_speaker: str = ""                # its speaker mention as written
    last_para: int = -100                 # the paragraph it was in
    last_end: int = -1                    # where its attribution ended
    mentions: list[Mention] = field(default_factory=list)
    _ends: list[int] = field(default_factory=list)

    def add(self, mentions: list[Mention]) -> None:
        """Record a paragraph's mentions (paragraphs come in text order)."""
        self.mentions.extend(mentions)
        self._ends.extend(m.end for m in mentions)

    def before(self, pos: int) -> Earlier:
        """The mentions ending at or before ``pos``."""
        return Earlier(self.mentions, bisect_right(self._ends, pos))

    def remember(self, actors: tuple[str, ...], speaker: str, paragraph: int) -> None:
        """A statement was attributed: its actors are now the last speaker."""
        self.last = tuple(actors)
        self.last_speaker = speaker
        self.last_para = paragraph
