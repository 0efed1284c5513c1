"""The analyses of ``keyness``, ``similarity``, ``explain`` and ``kwic`` over a corpus, one call each.

Each takes the corpus (streamed), the registry, the compiled lexicon with its
lexicon, and the engine of the map, as :func:`framing.corpus_compare.compare_corpus`
does for ``compare``; the command line only renders what they return.

>>> from framing import compile_lexicon, load_corpus, load_lexicon, load_registry
>>> lexicon = load_lexicon("unrest")
>>> found = explain_corpus(load_corpus("kazakhstan-2022"), load_registry("kazakhstan-2022"),
...                        compile_lexicon(lexicon), lexicon, ("kz_government",), "terrorism")
>>> len(found.evidence) > 0 and found.counts.statements > 0
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from framing.comparison import MIN_STATEMENTS
from framing.engine import Engine
from framing.evidence import WIDTH
from framing.model import Document, Lexicon

if TYPE_CHECKING:
    from framing.actors import ActorRegistry
    from framing.evidence import Explanation, Line
    from framing.keyness import Keyness
    from framing.pipeline import SupportsMatch
    from framing.similarity import Similarity


def keyness_corpus(documents: Iterable[Document], registry: ActorRegistry, matcher: SupportsMatch,
                   lexicon: Lexicon, *, by: Sequence[str] = ("actor",), narration: bool = False,
                   voice: str = "said", min_confidence: float = 0.0, engine: Engine = Engine(),
                   **options: object) -> Keyness:
    """:func:`framing.keyness.keyness` of the corpus's statements grouped ``by`` (``options``: its
    ``against``, ``top``, ``prior``, ``only`` and ``keep_stopwords``)."""
    from framing.keyness import count_groups, keyness
    from framing.pipeline import analyse

    scored = analyse(documents, registry, matcher, narration=narration, voice=voice,
                     min_confidence=min_confidence, engine=engine)
    return keyness(count_groups(scored, by), lexicon.frame_ids, by=by, **options)  # type: ignore[arg-type]


def similarity_corpus(documents: Iterable[Document], registry: ActorRegistry, matcher: SupportsMatch,
                      lexicon: Lexicon, *, method: str = "average", by: Sequence[str] = ("actor",),
                      metric: str = "share", narration: bool = False, voice: str = "said",
                      min_confidence: float = 0.0, min_statements: int = MIN_STATEMENTS, lexicons: Sequence = (),
                      engine: Engine = Engine()) -> Similarity:
    """The cosine similarity of the groups' rows in a ``compare`` table of the corpus (by ``by``,
    in ``metric``) and their clustering by ``method``."""
    from framing.comparison import compare
    from framing.pipeline import analyse
    from framing.similarity import check_method, similarity

    check_method(method)
    scored = analyse(documents, registry, matcher, narration=narration, voice=voice,
                     min_confidence=min_confidence, engine=engine)
    table = compare(scored, lexicon.frame_ids, by=by, metric=metric, lexicons=lexicons,
                    min_statements=min_statements)
    return similarity(table, method=method)


def explain_corpus(documents: Iterable[Document], registry: ActorRegistry, matcher: SupportsMatch,
                   lexicon: Lexicon, key: Sequence[str], frame: str, *, by: Sequence[str] = ("actor",),
                   width: int = 30, min_confidence: float = 0.0, engine: Engine = Engine()) -> Explanation:
    """The statements and hits behind one cell (group ``key``, ``frame``) of a ``compare`` table.
    An ``outlet:`` actor's statements are the outlet's narration, an ``about:`` actor's the outlet's
    sentences about it: those are read only when the key asks for them."""
    from framing.evidence import explain
    from framing.pipeline import analyse_documents

    actor = key[list(by).index("actor")] if "actor" in by else ""
    analysed = analyse_documents(documents, registry, matcher, narration=actor.startswith("outlet:"),
                                 voice="both" if actor.startswith("about:") else "said",
                                 min_confidence=min_confidence, engine=engine)
    return explain(analysed, key, frame, frames=lexicon.frame_ids, by=by, width=width)


def kwic_corpus(documents: Iterable[Document], registry: ActorRegistry, matcher: SupportsMatch,
                lexicon: Lexicon, query: str, *, width: int = WIDTH, all_text: bool = False, narration: bool = False,
                min_confidence: float = 0.0, engine: Engine = Engine()) -> Iterator[Line]:
    """Keyword-in-context lines of a frame (``query`` names one) or of a term, in the statements
    (and the outlet's narration with ``narration``), or in all the text with ``all_text``."""
    from framing.evidence import kwic, make_query
    from framing.pipeline import analyse_documents

    wanted = make_query(query, lexicon.frame_ids, matcher)
    analysed = analyse_documents(documents, registry, matcher, narration=narration or all_text,
                                 min_confidence=min_confidence, engine=engine)
    return kwic(analysed, wanted, width=width, all_text=all_text)
