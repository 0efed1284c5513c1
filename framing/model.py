"""Plain data objects passed between the pipeline stages.

Frozen dataclasses only. Offsets (``start``/``end``) are Python string indices
into the owning document's text exactly as read, so ``doc.text[s.start:s.end]
== s.text`` for every statement and hit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

KINDS = ("direct", "indirect", "narration")


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its text and metadata."""

    id: str
    text: str
    source: str = ""
    date: str = ""
    lang: str = ""
    url: str = ""
    title: str = ""
    meta: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Statement:
    """What one actor said in one document, as a span of that document.

    ``actor`` is a registry id, ``unknown:<mention>`` for a speaker the
    registry does not know, or ``outlet:<source>`` for narration.
    """

    doc: str
    source: str
    lang: str
    actor: str
    speaker: str
    kind: str
    start: int
    end: int
    text: str
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Hit:
    """One lexicon term matched in a text; offsets into the document."""

    frame: str
    term: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Frame:
    """A frame: an id, a description and its terms per language."""

    id: str
    description: str
    terms: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A named set of frames; ``sha256`` identifies its content."""

    name: str
    description: str
    frames: tuple[Frame, ...]
    sha256: str = ""
    path: str = ""

    @property
    def frame_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.frames)


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor of a registry and its aliases per language."""

    id: str
    name: str
    aliases: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class ScoredStatement:
    """A statement with its frame hits and token count."""

    statement: Statement
    tokens: int
    hits: tuple[Hit, ...]

    def frame_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for hit in self.hits:
            counts[hit.frame] = counts.get(hit.frame, 0) + 1
        return dict(sorted(counts.items()))


@dataclass(frozen=True, slots=True)
class Row:
    """One group of a comparison table."""

    key: tuple[str, ...]
    statements: int
    tokens: int
    values: Mapping[str, float]
    hits: Mapping[str, int]
    with_frame: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class Table:
    """A comparison: groups (rows) by frames (columns) under one metric."""

    by: tuple[str, ...]
    metric: str
    frames: tuple[str, ...]
    rows: tuple[Row, ...]
    lexicons: tuple[tuple[str, str], ...] = ()
