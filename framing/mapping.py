"""The map over a corpus, on any engine: what a worker computes for a chunk of documents.

Two kinds of chunk task, both picklable frozen dataclasses:

- :class:`Analyse`: each document's scored statements (or, with
  ``unit="document"``, the document scored as one unit), returned in
  document order. Commands that need every statement (``statements``,
  ``explain``, ``kwic``, ``keyness`` ...) get them back in input order.
- :class:`Count`: the chunk's mergeable partial counts per group
  (:func:`framing.comparison.collect`), and each statement's vector when
  intervals are wanted. Only these small sums travel back to the main
  process, which adds them up (:func:`framing.comparison.merge`).

Summing partials is exact, so ``compare`` gives the same bytes on any
engine: counts and token totals are integers, bootstrap intervals depend on
each group's statements only (put in a canonical order first), and lexicon
weights that are whole numbers add exactly in any order. A lexicon with
fractional weights (``--metric weighted`` over AFINN-like lists) is summed
statement by statement in input order instead (:func:`exact_sums`), as in
one process, since floating-point addition depends on the order.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from framing.comparison import Partial, Units, collect, merge
from framing.engine import Engine, map_chunks
from framing.model import Document, Lexicon, ScoredStatement, Statement
from framing.pipeline import SupportsMatch, analyse_document, score_document

if TYPE_CHECKING:
    from framing.actors import ActorRegistry

STATEMENT, DOCUMENT = "statement", "document"


@dataclass(frozen=True)
class Analyse:
    """Chunk task: each document's scored statements, in document order.

    ``unit="document"`` scores each whole document as one unit
    (:func:`framing.pipeline.score_document`); the other options are those
    of :func:`framing.pipeline.analyse_document`. With ``documents`` each
    result is ``(document, statements)``.
    """

    registry: ActorRegistry | None
    matcher: SupportsMatch
    narration: bool = False
    voice: str = "said"
    min_confidence: float = 0.0
    unit: str = STATEMENT
    documents: bool = False

    def scored(self, doc: Document) -> list[ScoredStatement]:
        """The scored statements of one document."""
        if self.unit == DOCUMENT:
            return [score_document(doc, self.matcher)]
        assert self.registry is not None, "statements need an actor registry"
        return analyse_document(doc, self.registry, self.matcher, narration=self.narration, voice=self.voice,
                                min_confidence=self.min_confidence)

    def __call__(self, docs: list[Document]) -> list:
        if self.documents:
            return [(doc, self.scored(doc)) for doc in docs]
        return [self.scored(doc) for doc in docs]


@dataclass(frozen=True)
class Count:
    """Chunk task: partial counts per group (and statement vectors for
    ``frames``), for the whole chunk or, with ``per_document``, one pair per
    document."""

    analyse: Analyse
    by: tuple[str, ...]
    frames: tuple[str, ...] | None = None
    per_document: bool = False

    def __call__(self, docs: list[Document]) -> list[tuple[Partial, Units]]:
        scored = self.analyse(docs)
        if self.per_document:
            return [collect(items, self.by, self.frames) for items in scored]
        return [collect(chain.from_iterable(scored), self.by, self.frames)]


@dataclass(frozen=True)
class Extract:
    """Chunk task: each document's statements, unscored (``actors --unknown``, ``evaluate``)."""

    registry: ActorRegistry
    narration: bool = False

    def __call__(self, docs: list[Document]) -> list[list[Statement]]:
        from framing.extract import extract_statements

        return [list(extract_statements(doc, self.registry, narration=self.narration)) for doc in docs]


def extracted(documents: Iterable[Document], registry: ActorRegistry, *, narration: bool = False,
              engine: Engine = Engine()) -> Iterator[Statement]:
    """The statements of every document, in input order, extracted on ``engine``."""
    for statements in map_chunks(Extract(registry, narration), documents, engine):
        for one in statements:
            yield from one


def exact_sums(lexicon: Lexicon) -> bool:
    """Whether partial sums of ``lexicon``'s hit weights are exact in any order (all weights whole)."""
    return all(float(w).is_integer() for frame in lexicon.frames for table in frame.weights.values()
               for w in table.values())


def scored_statements(task: Analyse, documents: Iterable[Document], engine: Engine) -> Iterator:
    """Each document's result of ``task``, in input order: its scored statements (a list), or
    ``(document, statements)``."""
    for results in map_chunks(task, documents, engine):
        yield from results


def count_groups(task: Count, documents: Iterable[Document], engine: Engine) -> tuple[Partial, Units]:
    """Merged counts and statement vectors per group over the whole corpus."""
    groups: list[Partial] = []
    units: Units = {}
    for results in map_chunks(task, documents, engine):
        for part, vectors in results:
            groups.append(part)
            for key, rows in vectors.items():
                units.setdefault(key, []).extend(rows)
            if len(groups) > 64:  # keep the list short: fold it as it grows
                groups = [merge(groups)]
    return merge(groups), units


def per_document_counts(task: Count, documents: Iterable[Document], engine: Engine
                        ) -> Iterator[tuple[Partial, Units]]:
    """Counts per group of each document, in input order (for keys that include ``doc``)."""
    for results in map_chunks(task, documents, engine):
        yield from results


def keys_within_document(by: Sequence[str]) -> bool:
    """Whether every group of ``by`` lies inside one document (the key includes ``doc``)."""
    return "doc" in by
