"""The streaming map: documents -> scored statements.

Per document: extract its statements, drop narration unless asked for, find
lexicon hits inside each statement's span and count its tokens. The
per-document step (:func:`analyse_document`) is a pure, module-level function
of picklable arguments, so the same step can run in worker processes
(``functools.partial(analyse_document, registry=..., matcher=...)`` mapped
over documents) and its results be summed with :func:`framing.comparison.merge`.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, Iterable, Iterator, Protocol, Sequence

from framing.model import Document, Hit, ScoredStatement, Statement
from framing.text import ParagraphTokens
from framing.token_count import count_tokens

if TYPE_CHECKING:
    from framing.actors import ActorRegistry
    from framing.engine import Engine

NARRATION = "narration"


class SupportsMatch(Protocol):
    """What the pipeline needs of a compiled lexicon (``framing.lexicon.Matcher``)."""

    def match(self, text: str, lang: str, start: int = 0, end: int | None = None) -> list[Hit]: ...

    def scan(self, text: str, lang: str, start: int = 0, end: int | None = None) -> tuple[list[Hit], list[Hit]]: ...


_HIT_ORDER = attrgetter("start", "end", "frame", "term")


def _ordered(hits: Iterable[Hit]) -> tuple[Hit, ...]:
    return tuple(sorted(hits, key=_HIT_ORDER))


def score_statement(text: str, statement: Statement, matcher: SupportsMatch,
                    tokens: Sequence | None = None) -> ScoredStatement:
    """One statement of a document with ``text``, with its hits, cancelled matches and token count.

    ``tokens``: the statement's word tokens, when known (:meth:`ParagraphTokens.within`).
    """
    hits, cancelled = matcher.scan(text, statement.lang, statement.start, statement.end)
    count = count_tokens(statement.text) if tokens is None else len(tokens)
    return ScoredStatement(statement=statement, tokens=count, hits=_ordered(hits), cancelled=_ordered(cancelled))


#: ``kind`` of a whole document scored without attribution.
DOCUMENT = "document"
# Enough of a paragraph to judge its script; a paragraph of megabytes is not copied whole.
_LANG_SAMPLE = 4000


def language_runs(text: str) -> Iterator[tuple[str, int, int]]:
    """``(lang, start, end)`` runs of consecutive paragraphs in the same script."""
    from framing.text import paragraph_spans, script_lang

    if text.isascii():  # every paragraph is in Latin script (or has no letters): one run
        if text.strip():
            yield script_lang(text[:_LANG_SAMPLE]), 0, len(text)
        return
    run: list = []
    for start, end in paragraph_spans(text):
        lang = script_lang(text[start:min(end, start + _LANG_SAMPLE)])
        if run and run[0] == lang:
            run[2] = end
            continue
        if run:
            yield run[0], run[1], run[2]
        run = [lang, start, end]
    if run:
        yield run[0], run[1], run[2]


def score_document(doc: Document, matcher: SupportsMatch) -> ScoredStatement:
    """A whole document as one unit, without attribution (``compare --unit document``).

    Its paragraphs are matched in the language of their script, as
    statements are; the unit's ``actor`` is ``outlet:<source>``, its
    ``kind`` ``document`` and its ``lang`` that of most of its text.
    """
    text = doc.text
    hits: list[Hit] = []
    cancelled: list[Hit] = []
    sizes: dict[str, int] = {}
    for lang, start, end in language_runs(text):
        found, off = matcher.scan(text, lang, start, end)
        hits.extend(found)
        cancelled.extend(off)
        sizes[lang] = sizes.get(lang, 0) + end - start
    lang = doc.lang or (max(sorted(sizes), key=sizes.__getitem__) if sizes else "")
    statement = Statement(doc=doc.id, source=doc.source, lang=lang, actor=f"outlet:{doc.source}", speaker="",
                          kind=DOCUMENT, start=0, end=len(text), text=text, date=doc.date)
    return ScoredStatement(statement=statement, tokens=count_tokens(text), hits=_ordered(hits),
                           cancelled=_ordered(cancelled))


def score_documents(documents: Iterable[Document], matcher: SupportsMatch, *, engine: Engine | None = None
                    ) -> Iterator[ScoredStatement]:
    """Stream whole documents as scored units, in input order (the ``--unit document`` map).

    ``engine`` (:mod:`framing.engine`) runs the map elsewhere, e.g. in worker processes.
    """
    if engine is not None and not engine.in_process:
        from framing.mapping import Analyse, scored_statements

        for scored in scored_statements(Analyse(None, matcher, unit=DOCUMENT), documents, engine):
            yield from scored
        return
    for doc in documents:
        yield score_document(doc, matcher)


def analyse_document(
    doc: Document, registry: ActorRegistry, matcher: SupportsMatch, *, narration: bool = False,
    voice: str = "said", min_confidence: float = 0.0,
) -> list[ScoredStatement]:
    """The scored statements of one document, in document order.

    Parameters
    ----------
    doc : the document.
    registry : actor registry used to attribute statements.
    matcher : compiled lexicon (:func:`framing.lexicon.compile_lexicon`).
    narration : keep the outlet's own narration (``kind == "narration"``).
    voice : ``said`` keeps the actors' statements, ``about`` the narration
        sentences about each actor they mention (actor ``about:<id>``, see
        :mod:`framing.voice`), ``both`` both; each follows its narration
        sentence.
    min_confidence : drop statements attributed with less confidence
        (:attr:`framing.model.Statement.confidence`); narration is kept.
    """
    from framing.extract import extract_statements
    from framing.voice import score_about, wants

    said, about = wants(voice)
    out: list[ScoredStatement] = []
    # each paragraph is tokenised once: extraction's tokens give each statement's token count
    shared = ParagraphTokens()
    # the outlet's own sentences are built only when they are kept or read for what they say about actors
    for statement in extract_statements(doc, registry, narration=narration or about, tokens=shared):
        tokens = shared.within(statement.start, statement.end, statement.lang)
        if statement.kind != NARRATION:
            if said and statement.confidence >= min_confidence:
                out.append(score_statement(doc.text, statement, matcher, tokens))
            continue
        if narration:
            out.append(score_statement(doc.text, statement, matcher, tokens))
        if about:
            out.extend(score_about(doc.text, statement, registry, matcher))
    return out


def analyse(
    documents: Iterable[Document], registry: ActorRegistry, matcher: SupportsMatch, *, narration: bool = False,
    voice: str = "said", min_confidence: float = 0.0, engine: Engine | None = None,
) -> Iterator[ScoredStatement]:
    """Stream scored statements over documents, in input order.

    ``engine`` (:mod:`framing.engine`) runs the map elsewhere, e.g. in
    ``jobs`` worker processes; None (or one local job) runs it here, one
    document at a time.

    Examples
    --------
    >>> from framing import load_corpus, load_registry, load_lexicon, compile_lexicon
    >>> scored = analyse(load_corpus("kazakhstan-2022"), load_registry("kazakhstan-2022"),
    ...                  compile_lexicon(load_lexicon("unrest")))
    >>> next(scored).statement.doc
    'almayadeen-2022-01-06'
    """
    if engine is not None and not engine.in_process:
        from framing.mapping import Analyse, scored_statements

        task = Analyse(registry, matcher, narration=narration, voice=voice, min_confidence=min_confidence)
        for scored in scored_statements(task, documents, engine):
            yield from scored
        return
    for doc in documents:
        yield from analyse_document(doc, registry, matcher, narration=narration, voice=voice,
                                    min_confidence=min_confidence)


def analyse_documents(
    documents: Iterable[Document], registry: ActorRegistry, matcher: SupportsMatch, *, narration: bool = False,
    voice: str = "said", min_confidence: float = 0.0, engine: Engine | None = None,
) -> Iterator[tuple[Document, list[ScoredStatement]]]:
    """Like :func:`analyse`, but each document comes with its scored statements.

    For evidence (:mod:`framing.evidence`), which needs the document's
    metadata (date, title) and text around a statement.
    """
    if engine is not None and not engine.in_process:
        from framing.mapping import Analyse, scored_statements

        task = Analyse(registry, matcher, narration=narration, voice=voice, min_confidence=min_confidence,
                       documents=True)
        yield from scored_statements(task, documents, engine)
        return
    for doc in documents:
        yield doc, analyse_document(doc, registry, matcher, narration=narration, voice=voice,
                                    min_confidence=min_confidence)
